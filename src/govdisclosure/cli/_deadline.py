"""``deadline``: the reply deadline of each request in a batch, as text, JSON lines or CSV.

Each request is built and computed on its own: a bad or uncovered request is
reported on its line (and on standard error) and the others go on, unless
``--fail-fast`` is given.

>>> line = DeadlineLine(index=0, id="r1", received="2024-03-01", due="2024-03-29")
>>> print(render_line(line, "json"))  # doctest: +NORMALIZE_WHITESPACE
{"index": 0, "id": "r1", "received": "2024-03-01", "due": "2024-03-29",
 "status": null, "limit": null, "findings": [], "error": null}
>>> render_line(line, "text")
'r1: received 2024-03-01, due 2024-03-29'

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import argparse
import csv
import json
from collections.abc import Callable
from datetime import date
from typing import IO, TYPE_CHECKING, Any

import attrs

from govdisclosure.cli._io import ErrorLog, Output, UsageError, brief_error, read_items, read_text
from govdisclosure.errors import GovDisclosureError, InvalidInputError

if TYPE_CHECKING:
    from govdisclosure.deadlines import Deadline
    from govdisclosure.requests import Request

__all__ = ["DeadlineLine", "deadline_function", "render_line", "run_deadline"]

FIELDS = ("index", "id", "received", "due", "status", "limit", "findings", "error")
"""The fields of one line of ``--format json`` or ``csv``, in order."""

EXIT_OK, EXIT_FINDINGS, EXIT_INVALID = 0, 1, 3


@attrs.frozen
class DeadlineLine:
    """What the command says of one request."""

    index: int
    id: str | None
    received: str | None = None
    due: str | None = None
    status: str | None = None
    limit: str | None = None
    findings: tuple[str, ...] = ()
    error: str | None = None


def render_line(line: DeadlineLine, fmt: str) -> str:
    """One request's line in ``fmt``: ``text`` or ``json`` (CSV rows: :func:`csv_row`)."""
    if fmt == "json":
        data = attrs.asdict(line)
        data["findings"] = list(line.findings)
        return json.dumps(data, ensure_ascii=False)
    name = line.id if line.id is not None else f"item {line.index}"
    if line.error is not None:
        return f"{name}: error: {line.error}"
    due = line.due or "not fixed yet"
    text = f"{name}: received {line.received}, due {due}"
    if line.status is not None:
        text += f", {line.status}"
    return text


def csv_row(line: DeadlineLine) -> list[str]:
    """One request's CSV row, fields as :data:`FIELDS` (findings joined by ``; ``).

    >>> csv_row(DeadlineLine(0, "r1", "2024-03-01", error="bad"))
    ['0', 'r1', '2024-03-01', '', '', '', '', 'bad']
    """
    values: list[Any] = [getattr(line, name) for name in FIELDS]
    values[FIELDS.index("findings")] = "; ".join(line.findings)
    return ["" if v is None else str(v) for v in values]


def _notices(paths: list[str]) -> list[Any]:
    from govdisclosure.jurisdictions import cn
    from govdisclosure.serialization import from_json

    notices: list[cn.HolidayNotice] = []
    for path in paths:
        text = read_text(path)
        if text.lstrip().startswith("{"):
            notices.append(from_json(text, cn.HolidayNotice))
        else:  # the notice as the State Council published it
            notices.append(cn.parse_holiday_notice(text))
    return notices


def deadline_function(args: argparse.Namespace) -> Callable[[Request], Deadline]:
    """The reply clock the options ask for, with its calendar built once."""
    where = args.jurisdiction
    if args.dc_area and where != "us":
        msg = "--dc-area is for --jurisdiction us"
        raise UsageError(msg)
    if args.notice and where != "cn":
        msg = "--notice is for --jurisdiction cn (a State Council holiday notice)"
        raise UsageError(msg)
    if (args.act is not None or args.review) and where != "uk":
        msg = "--act and --review are for --jurisdiction uk"
        raise UsageError(msg)
    if where == "us":
        from govdisclosure.jurisdictions import us

        us_calendar = us.calendar(dc_area=args.dc_area)
        return lambda request: us.reply_deadline(request, calendar=us_calendar)
    if where == "uk":
        return _uk_clock(args)
    from govdisclosure.jurisdictions import cn

    cn_calendar = cn.calendar(extra=_notices(args.notice)) if args.notice else None
    return lambda request: cn.reply_deadline(request, calendar=cn_calendar)


def _uk_clock(args: argparse.Namespace) -> Callable[[Request], Deadline]:
    from govdisclosure.jurisdictions import uk
    from govdisclosure.jurisdictions.uk.clock import default_calendar

    act = uk.Act[(args.act or "foia").upper()]
    calendar = default_calendar(act)
    clock = uk.internal_review_deadline if args.review else uk.reply_deadline
    return lambda request: clock(request, act=act, calendar=calendar)


def _line(
    index: int,
    ident: str | None,
    raw: object,
    clock: Callable[[Request], Deadline],
    on: date | None,
) -> tuple[DeadlineLine, Deadline | None]:
    from govdisclosure.requests import Request
    from govdisclosure.serialization import from_dict

    if isinstance(raw, Request):  # built already, by the fast reader
        request = raw
    else:
        try:
            request = from_dict(raw, Request)
        except InvalidInputError as exc:
            return DeadlineLine(index, ident, error=brief_error(exc)), None
    received = request.received.isoformat()
    try:
        deadline = clock(request)
        status = None if on is None else f"on {on.isoformat()}: {deadline.status(on).value}"
        line = DeadlineLine(
            index,
            request.id,
            received,
            None if deadline.due is None else deadline.due.isoformat(),
            status,
            str(deadline.limit),
            tuple(str(f) for f in deadline.findings),
        )
    except GovDisclosureError as exc:
        return DeadlineLine(index, request.id, received, error=brief_error(exc)), None
    return line, deadline


def run_deadline(args: argparse.Namespace) -> int:
    """Run ``deadline``; the exit status is 3 if a request failed, 1 if one has findings."""
    from govdisclosure.serialization._fast import read_requests

    clock = deadline_function(args)
    text = read_text(args.requests)
    # The fast reader accepts only a batch whose every request the strict one accepts, and
    # builds the same requests; otherwise (None) each item is read, and reported, on its own.
    fast = read_requests(text, bare=True)
    items: list[tuple[int, str | None, Any]] = (
        read_items(text, "requests")
        if fast is None
        else [(index, request.id, request) for index, request in enumerate(fast)]
    )
    errors = ErrorLog(limit=args.max_errors)
    failed = noticed = False
    with Output(args.output) as out:
        writer = csv.writer(out, lineterminator="\n") if args.format == "csv" else None
        if writer is not None:
            writer.writerow(FIELDS)
        for index, ident, raw in items:
            line, deadline = _line(index, ident, raw, clock, args.on)
            noticed = noticed or bool(line.findings)
            _write(out, writer, line, args.format)
            if line.error is not None:
                failed = True
                errors.write(f"{line.id or f'item {line.index}'}: {line.error}")
                if args.fail_fast:
                    break
            if deadline is not None and args.explain and args.format == "text":
                for step in deadline.explain():
                    out.write(f"    {step}\n")
    errors.close()
    if failed:
        return EXIT_INVALID
    return EXIT_FINDINGS if noticed else EXIT_OK


def _write(out: IO[str], writer: Any, line: DeadlineLine, fmt: str) -> None:  # noqa: ANN401
    if writer is not None:
        writer.writerow(csv_row(line))
    else:
        out.write(render_line(line, fmt) + "\n")
