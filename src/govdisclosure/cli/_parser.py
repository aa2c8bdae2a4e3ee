"""The command line's options, with examples and the input formats in ``--help``.

>>> args = parser().parse_args(["deadline", "-", "--format", "json"])
>>> args.requests, args.format, args.jurisdiction, args.max_errors
('-', 'json', 'cn', 20)

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import argparse
from datetime import date

from govdisclosure.cli._deadline import run_deadline
from govdisclosure.cli._reports import run_example, run_report, run_validate

__all__ = ["EXIT_USAGE", "JURISDICTIONS", "parser"]

EXIT_USAGE = 2
"""The exit status for a command line that cannot be parsed (argparse's own)."""

JURISDICTIONS = ("cn", "us", "uk")
REPORT_FORMATS = ("text", "markdown", "html", "records")
DEADLINE_FORMATS = ("text", "json", "csv")

_REQUESTS_HELP = (
    'a JSON file of requests: {"schema_version": 1, "items": [...]} as '
    "govdisclosure.serialization.to_json writes it, or a bare JSON list of the same items; "
    "- for standard input"
)

_EPILOG = """\
examples:
  govdisclosure example --lang en
  govdisclosure deadline requests.json --on 2026-03-31 --explain
  govdisclosure deadline requests.json --format json | head
  govdisclosure deadline - --jurisdiction us --format csv -o due.csv < requests.json
  govdisclosure deadline requests.json --jurisdiction uk --act foisa
  govdisclosure deadline requests.json --notice notice-2027.json
  govdisclosure report requests.json --year 2025 --agency "某区人民政府" --format markdown
  govdisclosure validate table.json --blank-policy zero
  govdisclosure validate fy2025.xml --jurisdiction us --previous fy2024.xml

exit status: 0 success; 1 findings (a broken identity, a deadline with findings);
2 usage error; 3 bad or uncovered data (named on standard error).
"""


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        msg = f"not an ISO date (YYYY-MM-DD): {text!r}"
        raise argparse.ArgumentTypeError(msg) from None


def _count(text: str) -> int:
    if not text.isdigit():
        msg = f"not a whole number: {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return int(text)


def _version() -> str:
    from govdisclosure import __version__

    return f"govdisclosure {__version__}"


def parser() -> argparse.ArgumentParser:
    """The argument parser of ``govdisclosure``."""
    top = argparse.ArgumentParser(
        prog="govdisclosure",
        description="Government information disclosure: deadlines and annual reports.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    top.add_argument("--version", action="version", version=_version())
    sub = top.add_subparsers(dest="command", required=True)

    def output(p: argparse.ArgumentParser, formats: tuple[str, ...]) -> None:
        p.add_argument("--format", choices=formats, default=formats[0], help="output format")
        p.add_argument("-o", "--output", metavar="FILE", help="write to FILE (default: stdout)")

    example = sub.add_parser("example", help="print the bundled example report (the seed district)")
    output(example, REPORT_FORMATS)
    example.add_argument("--lang", choices=("zh", "en"), default="zh", help="label language")
    example.set_defaults(run=run_example)

    report = sub.add_parser("report", help="build a PRC annual report from a JSON file of requests")
    report.add_argument("requests", help=_REQUESTS_HELP)
    report.add_argument("--year", type=int, required=True, help="the report year (2008 on)")
    report.add_argument("--agency", required=True, help="the reporting organ's name")
    report.add_argument("--layout", choices=("2021", "2019"), default="2021")
    output(report, REPORT_FORMATS)
    report.add_argument("--lang", choices=("zh", "en"), default="zh", help="label language")
    report.set_defaults(run=run_report)

    deadline = sub.add_parser(
        "deadline",
        help="reply deadlines for a JSON file of requests, one line or record each",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    deadline.add_argument("requests", help=_REQUESTS_HELP)
    output(deadline, DEADLINE_FORMATS)
    deadline.add_argument("--on", type=_date, help="also give each request's status on DATE")
    deadline.add_argument("--explain", action="store_true", help="text: how each date was reached")
    deadline.add_argument(
        "--jurisdiction", choices=JURISDICTIONS, default="cn", help="whose law (default: cn)"
    )
    deadline.add_argument(
        "--notice",
        action="append",
        default=[],
        metavar="FILE",
        help="cn: a State Council holiday notice, its published text or a HolidayNotice as JSON; "
        "repeatable",
    )
    deadline.add_argument(
        "--dc-area", action="store_true", help="us: the office is in the Inauguration Day area"
    )
    deadline.add_argument(
        "--act",
        choices=("foia", "eir", "foisa"),
        default=None,
        help="uk: FOIA 2000 s.10 (default, the whole UK's working days), the EIR 2004 reg 5 "
        "(extension to 40 days) or FOISA 2002 s.10 (Scotland's working days)",
    )
    deadline.add_argument(
        "--review",
        action="store_true",
        help="uk: the internal review clock instead (FOIA s.45 Code, EIR reg 11, FOISA s.21)",
    )
    deadline.add_argument(
        "--fail-fast", action="store_true", help="stop at the first bad or uncovered request"
    )
    deadline.add_argument(
        "--max-errors", type=_count, default=20, metavar="N", help="show at most N errors (20)"
    )
    deadline.set_defaults(run=run_deadline)

    validate = sub.add_parser(
        "validate",
        help="check a published report: a PRC table 三 (and 四), or a US Annual FOIA Report",
    )
    validate.add_argument(
        "table",
        help="cn: a JSON object {row label: {column label: number or null}}; us: the DOJ NIEM "
        "XML of an Annual FOIA Report; - for stdin",
    )
    validate.add_argument(
        "--jurisdiction", choices=("cn", "us"), default="cn", help="whose report (default: cn)"
    )
    validate.add_argument(
        "--previous",
        metavar="FILE",
        help="us: last fiscal year's report, to check the 'last year' columns and carry-overs",
    )
    validate.add_argument(
        "--blank-policy",
        choices=("skip", "zero"),
        default="skip",
        help="kept for scripts: both give the same verdicts (a blank never hides an error: "
        "an identity with a blank and a non-zero cell is checked with the blank read as 0)",
    )
    validate.add_argument("-o", "--output", metavar="FILE", help="write to FILE (default: stdout)")
    validate.set_defaults(run=run_validate)
    return top
