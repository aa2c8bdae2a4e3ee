"""The reply clock over columns: due dates for a million requests at once, with numpy.

:func:`due_dates_array` gives, element by element, the ``Deadline.due`` that
:func:`~govdisclosure.deadlines.compute_deadline` gives for the same requests,
from columns (numpy arrays, pandas Series or plain sequences, one entry per
request) of the facts the clock reads in the common case:

* ``received``: the date of receipt (day 0);
* ``correction_requested`` / ``correction_received``: one request for a
  correction and the corrected application (either may be missing). Under
  rules that restart the count (the PRC) the corrected application is the new
  day 0; under rules with a correction toll (the US) the two are that toll;
* ``pause_start`` / ``pause_end`` / ``pause_reason``: one pause (a consultation
  or a fee notice until payment, :class:`~govdisclosure.deadlines.PauseReason`);
  ``pause_end`` missing while the pause is open;
* ``extension_on`` / ``extension_days``: one extension (``extension_days``
  defaults to the rules' maximum).

A row stands for the request whose log is those events sorted by date, events
of one day in the order just listed (correction requested, corrected
application, pause start, pause end, extension). Every event is judged as the
object path judges it (against the due date as it stands on its day).

Rows the columns cannot decide exactly are not guessed. Each row gets a code
(:class:`ColumnReason`): the due date is ``NaT`` while a corrected application
is awaited or an open pause with no cap stops the count (the object path's
``due is None``), and a row whose events the column path does not cover (a
pause or an extension before the correction, under restart rules; a
correction toll and another pause in one row) is refused: by default it
raises :class:`~govdisclosure.errors.InvalidInputError` naming the row
(``unsupported="raise"``); ``unsupported="mark"`` gives it ``NaT`` and the code
:attr:`ColumnReason.UNSUPPORTED` instead, for the object path to handle.

A count that needs a day outside the calendar raises
:class:`~govdisclosure.errors.CalendarNotPublishedError`, as the scalar does,
its message naming the first such row.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from govdisclosure._columns import NAT, bad_rows, codes, counts, day_numbers
from govdisclosure._optional import require_numpy
from govdisclosure.deadlines._column_count import Lookups
from govdisclosure.deadlines._column_walk import (
    PAUSE_REASON_CODES,
    ColumnDeadlines,
    ColumnReason,
    Rules,
    plain,
    solve,
)
from govdisclosure.deadlines._rules import ClockRules, PauseReason
from govdisclosure.errors import InvalidInputError

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from govdisclosure.calendar import WorkCalendar

    IntArray = npt.NDArray[np.int64]
    BoolArray = npt.NDArray[np.bool_]

__all__ = ["PAUSE_REASON_CODES", "ColumnDeadlines", "ColumnReason", "due_dates_array"]


def _columns(
    received: object, given: dict[str, object], regimes: int, regime: object
) -> dict[str, Any]:
    """The input columns, read, their lengths checked."""
    np = require_numpy()
    cols: dict[str, Any] = {"received": day_numbers(received, "received")}
    n = len(cols["received"])
    for name in _DATES:
        value = given[name]
        cols[name] = (
            np.full(n, NAT, np.int64) if value is None else day_numbers(value, name, missing=True)
        )
    lengths: dict[str, int] = {k: len(v) for k, v in cols.items()}
    cols["given"] = tuple(name for name in _DATES if given[name] is not None)
    reason = given["pause_reason"]
    cols["code"] = (
        np.full(n, -1, np.int64)
        if reason is None
        else codes(reason, PAUSE_REASON_CODES, "pause_reason", n)
    )
    if isinstance(reason, PauseReason):  # one reason for every pause
        cols["code"] = np.where(cols["pause_start"] != NAT, cols["code"], -1)
    lengths["pause_reason"] = len(cols["code"])
    days = given["extension_days"]
    cols["explicit_days"] = days is not None and not isinstance(days, int | np.integer)
    if days is not None:
        cols["days"] = counts(days, "extension_days", n)
        lengths["extension_days"] = len(cols["days"])
    if regime is None:
        if regimes != 1:
            msg = "must be given with a sequence of rules: the index of each row's rules"
            raise InvalidInputError(msg, field="regime", value=None)
        cols["regime"] = np.zeros(n, dtype=np.int64)
    else:
        cols["regime"] = counts(regime, "regime", n)
        lengths["regime"] = len(cols["regime"])
        wrong = cols["regime"] >= regimes
        if wrong.any():
            raise bad_rows(wrong, cols["regime"], "regime", f"must be below {regimes}")
    if len(set(lengths.values())) > 1:
        msg = "the columns must have one entry per request"
        raise InvalidInputError(msg, field="columns", value=lengths)
    return cols


_DATES = (
    "correction_requested",
    "correction_received",
    "pause_start",
    "pause_end",
    "extension_on",
)


def _check_order(r: Rules, cols: dict[str, Any]) -> None:
    """Refuse rows no request could have (as ``Request`` refuses such a log)."""
    received = cols["received"]

    def refuse(bad: BoolArray, name: str, message: str) -> None:
        if bad.any():
            raise bad_rows(bad, cols[name].view("datetime64[D]"), name, message)

    for name in ("correction_requested", "correction_received", "pause_start", "extension_on"):
        present = cols[name] != NAT
        refuse(present & (cols[name] < received), name, "is before the date of receipt")
    asked, got = cols["correction_requested"], cols["correction_received"]
    late = (asked != NAT) & (got != NAT) & (got < asked)
    refuse(late, "correction_received", "is before the correction was requested")
    start, end = cols["pause_start"], cols["pause_end"]
    refuse((start == NAT) & (end != NAT), "pause_end", "ends a pause that did not begin")
    refuse((start != NAT) & (end != NAT) & (end < start), "pause_end", "is before the pause began")
    code = cols["code"]
    for bad, message in (
        ((start != NAT) & (code < 0), "is missing for a pause"),
        ((start == NAT) & (code >= 0), "is given for a row with no pause"),
    ):
        if bad.any():
            raise bad_rows(bad, code, "pause_reason", message)
    _check_extension(r, cols)


def _check_extension(r: Rules, cols: dict[str, Any]) -> None:
    """The extension's length: given where there is one, within the regime's maximum."""
    np = require_numpy()
    has_x = cols["extension_on"] != NAT
    most = r.max_extension
    if "days" not in cols:
        if (has_x & (most < 0)).any():
            k = int(np.argmax(has_x & (most < 0)))
            msg = "must be given: the rules set no maximum extension to default to"
            raise InvalidInputError(msg, field=f"extension_days[{k}]", value=None)
        cols["days"] = np.where(has_x, most, 0)
    days = cols["days"]
    if cols["explicit_days"] and (~has_x & (days != 0)).any():
        message = "is given for a row with no extension_on (give 0)"
        raise bad_rows(~has_x & (days != 0), days, "extension_days", message)
    if (has_x & (days == 0)).any():
        message = "an extension of no days is not an extension"
        raise bad_rows(has_x & (days == 0), days, "extension_days", message)
    too_long = has_x & (most >= 0) & (days > most)
    if too_long.any():
        message = "is more than the rules allow (their max_extension)"
        raise bad_rows(too_long, days, "extension_days", message)


def check_pack_options(policy: object, policy_type: type, calendar: object) -> None:
    """Check the ``policy`` and ``calendar`` a pack's ``reply_deadlines_columns`` was given.

    >>> check_pack_options(1, str, None)
    Traceback (most recent call last):
    ...
    govdisclosure.errors.InvalidInputError: policy: must be a str (got 1)
    """
    from govdisclosure.calendar import WorkCalendar

    if not isinstance(policy, policy_type):
        msg = f"must be a {policy_type.__name__}"
        raise InvalidInputError(msg, field="policy", value=policy)
    if calendar is not None and not isinstance(calendar, WorkCalendar):
        msg = "must be a WorkCalendar or None"
        raise InvalidInputError(msg, field="calendar", value=calendar)


def due_dates_array(  # noqa: PLR0913 - one keyword per column, and the policies
    rules: ClockRules | Sequence[ClockRules],
    calendar: WorkCalendar,
    received: object,
    *,
    correction_requested: object = None,
    correction_received: object = None,
    pause_start: object = None,
    pause_end: object = None,
    pause_reason: object = None,
    extension_on: object = None,
    extension_days: object = None,
    regime: object = None,
    unsupported: str = "raise",
    unpublished_extended: str = "nat",
) -> ColumnDeadlines:
    """The due dates of many requests under ``rules``, on ``calendar``, from columns.

    Equal, row by row, to ``compute_deadline(request, rules, calendar)`` for the
    request each row stands for (see the module's documentation); a column left
    out means no such event in any row.

    Args:
        rules: The regime of every row, or a sequence of regimes (with ``regime``).
        calendar: The working-day calendar.
        received: Dates of receipt (none missing).
        correction_requested: When a correction was requested (``NaT``/``None``: never).
        correction_received: When the corrected application came (or the toll's
            information, under rules with a correction toll).
        pause_start: When a pause began.
        pause_end: When it ended (missing: still open).
        pause_reason: :class:`PauseReason` per row (codes in
            :data:`PAUSE_REASON_CODES`, members or values; ``None``/``-1`` for no
            pause), or one member for every pause.
        extension_on: When an extension was granted.
        extension_days: Its length in working days (an int, or a column with 0
            where there is no extension); by default the rules' maximum.
        regime: With a sequence of rules, the index of each row's rules.
        unsupported: ``"raise"`` (default) or ``"mark"``: what a row the columns
            cannot decide exactly does (:attr:`ColumnReason.UNSUPPORTED`).
        unpublished_extended: ``"nat"`` (default) or ``"raise"``: an extended due
            date the calendar does not reach is ``NaT``, or raises.

    Returns:
        A :class:`ColumnDeadlines`.

    Raises:
        InvalidInputError: naming the column and rows: a wrong type, lengths
            that differ, a date before receipt or out of order, an extension
            longer than the rules allow; or, with ``unsupported="raise"``,
            a row the column path does not cover.
        CalendarNotPublishedError: the count of a row runs outside the calendar.

    >>> import numpy as np
    >>> from datetime import date
    >>> from govdisclosure.calendar import WorkCalendar
    >>> from govdisclosure.deadlines import PauseRule
    >>> from govdisclosure.law import Citation, Instrument, WorkingDays
    >>> act = Instrument(code="demo", title="Demo Act", short="DA")
    >>> rules = ClockRules(
    ...     name="Demo Act", limit=WorkingDays(10), limit_citation=Citation(act, "5"),
    ...     max_extension=WorkingDays(10), extension_citation=Citation(act, "5", paragraph=2),
    ...     restart_citation=Citation(act, "4"),
    ...     third_party=PauseRule(stops_clock=True, citation=Citation(act, "6")),
    ...     other_organ=PauseRule(stops_clock=True, citation=Citation(act, "6")),
    ...     fee=PauseRule(stops_clock=False, citation=Citation(act, "7")))
    >>> cal = WorkCalendar(first=date(2030, 1, 1), last=date(2030, 12, 31))
    >>> days = lambda *d: np.array(d, dtype="datetime64[D]")
    >>> out = due_dates_array(rules, cal, days("2030-03-01", "2030-03-01", "2030-03-01"),
    ...     pause_start=days("NaT", "NaT", "2030-03-05"),
    ...     pause_end=days("NaT", "NaT", "2030-03-08"),
    ...     pause_reason=[None, None, PauseReason.THIRD_PARTY],
    ...     extension_on=days("NaT", "2030-03-05", "NaT"))
    >>> out.due                    # 4-15 March; ten more to 29 March; 6-8 March stopped
    array(['2030-03-15', '2030-03-29', '2030-03-20'], dtype='datetime64[D]')
    >>> out.extension.tolist(), out.reason.tolist()
    ([0, 10, 0], [0, 0, 0])
    >>> out.extended_due           # had ten more days been granted on day 0
    array(['2030-03-29', '2030-03-29', '2030-04-03'], dtype='datetime64[D]')
    """
    require_numpy()
    if unsupported not in ("raise", "mark"):
        msg = "must be 'raise' or 'mark'"
        raise InvalidInputError(msg, field="unsupported", value=unsupported)
    if unpublished_extended not in ("raise", "nat"):
        msg = "must be 'nat' or 'raise'"
        raise InvalidInputError(msg, field="unpublished_extended", value=unpublished_extended)
    regimes = _regimes(rules)
    given = {
        "correction_requested": correction_requested,
        "correction_received": correction_received,
        "pause_start": pause_start,
        "pause_end": pause_end,
        "pause_reason": pause_reason,
        "extension_on": extension_on,
        "extension_days": extension_days,
    }
    cols = _columns(received, given, len(regimes), regime)
    r = Rules(regimes, 0 if len(regimes) == 1 else cols["regime"])
    _check_order(r, cols)
    return _split(r, calendar, cols, unsupported=unsupported, extended=unpublished_extended)


_ARRAYS = ("received", "code", "days", *_DATES)


def _split(
    r: Rules, calendar: WorkCalendar, cols: dict[str, Any], *, unsupported: str, extended: str
) -> ColumnDeadlines:
    """Rows with no event take one look-up; the walk runs on the others only."""
    np = require_numpy()
    n = len(cols["received"])
    eventful = np.zeros(n, dtype=bool)
    for name in _DATES:
        if name != "pause_end" and name in cols.get("given", _DATES):
            eventful |= cols[name] != NAT
    parts: list[_Part] = []
    calm = ~eventful
    if calm.any():
        # Counted for every row (one look-up each), kept for the rows with no event: their
        # failures only are the object path's.
        parts.append((None, *plain(r, calendar, cols["received"], extended, calm)))
    # Rows with a pause (a correction toll included) take the whole walk; the others less.
    paused = (cols["pause_start"] != NAT) | ((cols["correction_requested"] != NAT) & ~r.restarts)
    for mask in (eventful & ~paused, eventful & paused):
        rows = np.flatnonzero(mask)
        if not len(rows):
            continue
        index = None if len(rows) == n else rows
        part = cols if index is None else {k: cols[k][index] for k in _ARRAYS}
        parts.append((index, *solve(r.subset(index), calendar, part, unsupported, extended, index)))
    _raise_first(parts)
    return _merge(parts, n)


_Part = tuple["IntArray | None", ColumnDeadlines, list[tuple[Lookups, "BoolArray"]]]


def _raise_first(parts: list[_Part]) -> None:
    """The calendar error of the first row (in the input's order) whose count left it."""
    failures = []
    for index, _, checks in parts:
        for look, rows in checks:
            k = look.first_failure(rows)
            if k is not None:
                failures.append((k if index is None else int(index[k]), k, look))
    if failures:
        label, k, look = min(failures, key=lambda f: f[0])
        raise look.error(k, label)


def _merge(parts: list[_Part], n: int) -> ColumnDeadlines:
    """The parts' columns, each row where it came from."""
    np = require_numpy()
    if parts and parts[0][0] is None:
        out = parts[0][1]  # every row, some to be overwritten
    else:
        out = ColumnDeadlines(
            due=np.empty(n, dtype="datetime64[D]"),
            extended_due=np.empty(n, dtype="datetime64[D]"),
            start=np.empty(n, dtype="datetime64[D]"),
            extension=np.empty(n, dtype=np.int64),
            reason=np.empty(n, dtype=np.int8),
        )
    for index, found, _ in parts:
        if index is not None:
            for whole, piece in zip(out, found, strict=True):
                whole[index] = piece
    return out


def _regimes(rules: object) -> tuple[ClockRules, ...]:
    if isinstance(rules, ClockRules):
        return (rules,)
    if isinstance(rules, Sequence) and rules and all(isinstance(x, ClockRules) for x in rules):
        return tuple(rules)
    msg = "must be ClockRules or a non-empty sequence of them"
    raise InvalidInputError(msg, field="rules", value=rules)
