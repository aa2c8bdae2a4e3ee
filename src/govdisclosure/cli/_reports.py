"""``example``, ``report`` and ``validate``: annual reports built, shown and checked.

>>> import argparse
>>> check_report_year(argparse.Namespace(year=2007), [])  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
govdisclosure.errors.InvalidInputError: --year: the Regulations ... took effect on 2008-05-01; ...

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import argparse
import html
import json
from typing import TYPE_CHECKING, Literal, cast

from govdisclosure.cli._io import Output, UsageError, read_items, read_text
from govdisclosure.errors import InvalidInputError

if TYPE_CHECKING:
    from govdisclosure.jurisdictions.cn.report import AnnualReport
    from govdisclosure.reports import Finding
    from govdisclosure.requests import Request

__all__ = ["check_report_year", "run_example", "run_report", "run_validate", "run_validate_us"]

Language = Literal["zh", "en"]
EXIT_OK, EXIT_FINDINGS = 0, 1
BLANK_EXAMPLES = 3
"""How many blank cells the summary line of ``validate`` names."""


def _render(report: AnnualReport, fmt: str, language: Language) -> str:
    if fmt == "markdown":
        return report.to_markdown(language)
    if fmt == "html":
        return report.to_html(language)
    if fmt == "records":
        return json.dumps(report.to_records(), ensure_ascii=False, indent=1)
    return report.to_text(language)


def _preface(note: str, fmt: str) -> str:
    if fmt == "markdown":
        return f"> {note}\n\n"
    if fmt == "html":
        return f"<p><em>{html.escape(note)}</em></p>\n"
    if fmt == "records":
        return ""
    return f"{note}\n\n"


def run_example(args: argparse.Namespace) -> int:
    """Print the bundled example report (the seed district's 2018 report)."""
    from govdisclosure.examples.seed_report import LAYOUT_NOTE, seed_report

    language = cast("Language", args.lang)
    report = seed_report(language)
    with Output(args.output) as out:
        out.write(_preface(LAYOUT_NOTE[language], args.format))
        out.write(_render(report, args.format, language) + "\n")
    return EXIT_OK


def check_report_year(args: argparse.Namespace, requests: list[Request]) -> None:
    """Refuse a report year before the Regulations, or before every request of the data."""
    from govdisclosure.jurisdictions.cn.instruments import OGI_2007

    first = OGI_2007.effective
    if first is not None and args.year < first.year:
        msg = (
            f"the Regulations on Open Government Information took effect on {first.isoformat()};"
            f" no report is due for {args.year}"
        )
        raise InvalidInputError(msg, field="--year", value=args.year)
    if requests and args.year < min(r.received.year for r in requests):
        earliest = min(r.received for r in requests)
        msg = f"every request was received after that year (the first on {earliest.isoformat()})"
        raise InvalidInputError(msg, field="--year", value=args.year)


def run_report(args: argparse.Namespace) -> int:
    """Build the annual report of ``args.year`` from a batch of requests and print it."""
    from govdisclosure.jurisdictions.cn.report import AnnualReport, ReportFormat, aggregate_requests
    from govdisclosure.requests import Request
    from govdisclosure.serialization import from_dict
    from govdisclosure.serialization._fast import read_requests

    language = cast("Language", args.lang)
    layout = ReportFormat.V2019 if args.layout == "2019" else ReportFormat.V2021
    text = read_text(args.requests)
    # The fast reader accepts only what the strict one would, and builds the same requests;
    # where it is unsure (None), the batch is read item by item, and the first bad one named.
    fast = read_requests(text, bare=True)
    if fast is not None:
        requests: list[Request] = fast
    else:
        items = read_items(text, "requests")
        requests = [from_dict(raw, Request) for _, _, raw in items]
    check_report_year(args, requests)
    table = aggregate_requests(requests, year=args.year, layout=layout)
    report = AnnualReport(agency=args.agency, year=args.year, requests=table)
    with Output(args.output) as out:
        out.write(_render(report, args.format, language) + "\n")
    return EXIT_OK


def _summary(findings: list[Finding], blank_rule: str) -> list[str]:
    lines = [str(f) for f in findings if f.rule != blank_rule]
    blanks = [f for f in findings if f.rule == blank_rule]
    if blanks:
        shown = ", ".join(f.message for f in blanks[:BLANK_EXAMPLES])
        more = f", and {len(blanks) - BLANK_EXAMPLES} more" if len(blanks) > BLANK_EXAMPLES else ""
        lines.append(f"blank cells: {len(blanks)} ({shown}{more})")
    return lines


def run_validate_us(args: argparse.Namespace) -> int:
    """Check a DOJ Annual FOIA Report (NIEM XML) by the DOJ form's rules; 1 if one is broken.

    Findings whose rule id ends in ``/undetermined`` (an input is N/A or not
    reported) are listed and counted apart; they do not make the status 1.
    """
    from govdisclosure.jurisdictions.us import AnnualFoiaReport

    report = AnnualFoiaReport.from_xml(read_text(args.table))
    previous = (
        None if args.previous is None else AnnualFoiaReport.from_xml(read_text(args.previous))
    )
    findings = report.validate(previous)
    undetermined = [f for f in findings if f.rule.endswith("/undetermined")]
    broken = [f for f in findings if not f.rule.endswith("/undetermined")]
    with Output(args.output) as out:
        for finding in (*broken, *undetermined):
            out.write(f"{finding.rule}: {finding.message}\n")
        out.write(
            f"FY{report.fiscal_year} {report.agency.abbreviation or report.agency.id}: "
            f"{len(broken)} broken rules, {len(undetermined)} undetermined\n"
        )
    return EXIT_FINDINGS if broken else EXIT_OK


def run_validate(args: argparse.Namespace) -> int:
    """Check a published table 三 (and 四) by its identities; 1 if one is broken."""
    if args.jurisdiction == "us":
        return run_validate_us(args)
    if args.previous is not None:
        msg = "--previous is for --jurisdiction us"
        raise UsageError(msg)
    from govdisclosure.jurisdictions.cn.report import ReconsiderationLitigationTable, RequestTable
    from govdisclosure.reports import BLANK_RULE, BlankPolicy
    from govdisclosure.serialization._bounds import parse

    data = parse(read_text(args.table))
    if not isinstance(data, dict):
        msg = "expected a JSON object of rows"
        raise InvalidInputError(msg, field="$", value=type(data).__name__)
    blanks = BlankPolicy(args.blank_policy)
    cases = data.pop("四", None)
    findings = list(RequestTable.from_labels(data).validate(blanks=blanks))
    if cases is not None:
        findings += ReconsiderationLitigationTable.from_labels(cases).validate(blanks=blanks)
    broken = [f for f in findings if f.rule != BLANK_RULE]
    with Output(args.output) as out:
        for line in _summary(findings, BLANK_RULE):
            out.write(line + "\n")
        out.write(f"{len(findings)} findings, {len(broken)} broken identities\n")
    return EXIT_FINDINGS if broken else EXIT_OK
