"""The command line: the only part of govdisclosure that reads or writes files.

Commands::

    python -m govdisclosure example [--format text|markdown|html|records] [--lang zh|en]
    python -m govdisclosure report REQUESTS.json --year 2025 --agency NAME [--format ...]
    python -m govdisclosure deadline REQUESTS.json [--on DATE] [--jurisdiction cn|us] [--dc-area]
    python -m govdisclosure validate TABLE.json

``REQUESTS.json`` is a list document of requests as
:func:`govdisclosure.serialization.to_json` writes it
(``{"schema_version": 1, "items": [...]}``); ``TABLE.json`` holds a table 三 as
published, ``{row label: {column label: number or null}}``, optionally with a
table 四 under the key ``"四"``. With ``--jurisdiction us``, ``deadline`` applies
5 U.S.C. § 552(a)(6) on the federal calendar (``--dc-area`` for an office in
the Inauguration Day area).

Exit status: 0 on success; 1 when ``validate`` finds a broken identity; 2 for
bad input (the message names the field and the value).

>>> main(["example", "--lang", "en", "--format", "markdown"])  # doctest: +ELLIPSIS
> Example: the seed district's annual report for 2018. ...
0

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import argparse
import html
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Literal, cast

from govdisclosure.errors import GovDisclosureError, InvalidInputError

if TYPE_CHECKING:
    from collections.abc import Callable

    from govdisclosure.deadlines import Deadline
    from govdisclosure.jurisdictions.cn.report import AnnualReport
    from govdisclosure.requests import Request

__all__ = ["main"]

Language = Literal["zh", "en"]
FORMATS = ("text", "markdown", "html", "records")
JURISDICTIONS = ("cn", "us")


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


def _read_text(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        msg = f"cannot read the file: {exc}"
        raise InvalidInputError(msg, field="path", value=path) from None


def _read_requests(path: str) -> list[Request]:
    from govdisclosure.requests import Request
    from govdisclosure.serialization import from_json

    return from_json(_read_text(path), list[Request])


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        msg = f"not an ISO date (YYYY-MM-DD): {text!r}"
        raise argparse.ArgumentTypeError(msg) from None


def _cmd_example(args: argparse.Namespace) -> int:
    from govdisclosure.examples.seed_report import LAYOUT_NOTE, seed_report

    language = cast("Language", args.lang)
    report = seed_report(language)
    sys.stdout.write(_preface(LAYOUT_NOTE[language], args.format))
    sys.stdout.write(_render(report, args.format, language) + "\n")
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    from govdisclosure.jurisdictions.cn.report import AnnualReport, ReportFormat, aggregate_requests

    language = cast("Language", args.lang)
    layout = ReportFormat.V2019 if args.layout == "2019" else ReportFormat.V2021
    requests = _read_requests(args.requests)
    table = aggregate_requests(requests, year=args.year, layout=layout)
    report = AnnualReport(agency=args.agency, year=args.year, requests=table)
    sys.stdout.write(_render(report, args.format, language) + "\n")
    return 0


def _deadline_function(args: argparse.Namespace) -> Callable[[Request], Deadline]:
    if args.jurisdiction == "us":
        from govdisclosure.jurisdictions import us

        calendar = us.calendar(dc_area=args.dc_area)
        return lambda request: us.reply_deadline(request, calendar=calendar)
    if args.dc_area:
        msg = "--dc-area is for --jurisdiction us"
        raise InvalidInputError(msg, field="--dc-area", value=True)
    from govdisclosure.jurisdictions.cn import reply_deadline

    return reply_deadline


def _cmd_deadline(args: argparse.Namespace) -> int:
    reply_deadline = _deadline_function(args)
    for request in _read_requests(args.requests):
        deadline = reply_deadline(request)
        due = deadline.due.isoformat() if deadline.due else "not fixed yet"
        line = f"{request.id}: received {request.received.isoformat()}, due {due}"
        if args.on is not None:
            line += f", on {args.on.isoformat()}: {deadline.status(args.on).value}"
        sys.stdout.write(line + "\n")
        if args.explain:
            for step in deadline.explain():
                sys.stdout.write(f"    {step}\n")
    return 0


def _cmd_validate(args: argparse.Namespace) -> int:
    from govdisclosure.jurisdictions.cn.report import ReconsiderationLitigationTable, RequestTable

    try:
        data = json.loads(_read_text(args.table))
    except json.JSONDecodeError as exc:
        msg = "malformed JSON"
        raise InvalidInputError(msg, field="$", value=str(exc)) from None
    if not isinstance(data, dict):
        msg = "expected a JSON object of rows"
        raise InvalidInputError(msg, field="$", value=data)
    cases = data.pop("四", None)
    findings = list(RequestTable.from_labels(data).validate())
    if cases is not None:
        findings += ReconsiderationLitigationTable.from_labels(cases).validate()
    for finding in findings:
        sys.stdout.write(f"{finding}\n")
    broken = [f for f in findings if f.rule != "blank"]
    sys.stdout.write(f"{len(findings)} findings, {len(broken)} broken identities\n")
    return 1 if broken else 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m govdisclosure",
        description="Government information disclosure: deadlines and annual reports.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    def output(p: argparse.ArgumentParser) -> None:
        p.add_argument("--format", choices=FORMATS, default="text", help="output format")
        p.add_argument("--lang", choices=("zh", "en"), default="zh", help="label language")

    example = sub.add_parser("example", help="print the bundled example report (the seed district)")
    output(example)
    example.set_defaults(run=_cmd_example)

    report = sub.add_parser("report", help="build an annual report from a JSON file of requests")
    report.add_argument("requests", help="a JSON list document of requests")
    report.add_argument("--year", type=int, required=True, help="the report year")
    report.add_argument("--agency", required=True, help="the reporting organ's name")
    report.add_argument("--layout", choices=("2021", "2019"), default="2021")
    output(report)
    report.set_defaults(run=_cmd_report)

    deadline = sub.add_parser("deadline", help="reply deadlines for a JSON file of requests")
    deadline.add_argument("requests", help="a JSON list document of requests")
    deadline.add_argument("--on", type=_date, help="also give each request's status on DATE")
    deadline.add_argument("--explain", action="store_true", help="print how each date was reached")
    deadline.add_argument(
        "--jurisdiction", choices=JURISDICTIONS, default="cn", help="whose law (default: cn)"
    )
    deadline.add_argument(
        "--dc-area", action="store_true", help="us: the office is in the Inauguration Day area"
    )
    deadline.set_defaults(run=_cmd_deadline)

    validate = sub.add_parser(
        "validate", help="check a published table 三 (and 四) by its identities"
    )
    validate.add_argument("table", help="a JSON object {row label: {column label: number}}")
    validate.set_defaults(run=_cmd_validate)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    args = _parser().parse_args(argv)
    try:
        return int(args.run(args))
    except GovDisclosureError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 2
