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

import enum
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from govdisclosure.calendar._batch import require_numpy
from govdisclosure.deadlines._column_count import Count, Lookups
from govdisclosure.deadlines._column_input import NAT, bad_rows, codes, counts, day_numbers
from govdisclosure.deadlines._rules import ClockRules, PauseReason, PauseRule
from govdisclosure.errors import InvalidInputError

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from govdisclosure.calendar import WorkCalendar

    Array = npt.NDArray[Any]
    IntArray = npt.NDArray[np.int64]
    BoolArray = npt.NDArray[np.bool_]

__all__ = ["PAUSE_REASON_CODES", "ColumnDeadlines", "ColumnReason", "due_dates_array"]

PAUSE_REASON_CODES: tuple[PauseReason, ...] = tuple(PauseReason)
"""The pause reasons in code order: code ``i`` of ``pause_reason`` is ``PAUSE_REASON_CODES[i]``."""

_TOLL = len(PAUSE_REASON_CODES)  # the code of a correction toll, internal
_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
_NEVER = -(2**62)  # a day number before any "in force from"


class ColumnReason(enum.IntEnum):
    """Why a row of :func:`due_dates_array` has the due date it has (``reason`` column)."""

    DUE = 0
    """The due date is known (and given)."""
    AWAITING_CORRECTION = 1
    """A correction was requested and the corrected application is awaited: ``NaT``."""
    PAUSE_OPEN = 2
    """An open pause with no cap stops the count: ``NaT``."""
    UNSUPPORTED = 3
    """The row's events are not a shape the column path covers: ``NaT``; use the object path."""


class ColumnDeadlines(NamedTuple):
    """The columns :func:`due_dates_array` returns, one entry per request.

    Attributes:
        due: ``Deadline.due``, as ``datetime64[D]`` (``NaT`` where not known).
        extended_due: The due date had the rules' maximum extension been granted
            on the first day this layout allows (day 0, or the day of the last
            correction event under restart rules) instead of the recorded one;
            ``NaT`` where ``due`` is, where the rules set no maximum, or where
            the calendar does not reach it (``unpublished_extended="nat"``).
        start: ``Deadline.start`` (day 0), ``datetime64[D]``.
        extension: ``Deadline.extension.days``: the working days of the recorded
            extension that took effect (0 if none did).
        reason: :class:`ColumnReason` codes (int8).
    """

    due: Array
    extended_due: Array
    start: Array
    extension: Array
    reason: Array


class _Rules:
    """The numbers of the regimes the column walk reads, per row (and per pause code)."""

    def __init__(self, regimes: tuple[ClockRules, ...], regime: IntArray | int) -> None:
        np = require_numpy()
        self.regimes = regimes
        self.regime = regime  # one regime: 0, and every number below is a scalar

        def per_row(values: list[int]) -> IntArray:
            return np.array(values, dtype=np.int64)[regime]  # type: ignore[no-any-return]

        self.restarts: BoolArray = per_row([x.correction_toll is None for x in regimes]) != 0
        self.day_zero = per_row([1 if x.count_day_zero else 0 for x in regimes])
        self.limit = per_row([x.limit.days for x in regimes])
        most = [-1 if x.max_extension is None else x.max_extension.days for x in regimes]
        self.max_extension = per_row(most)
        tables: list[list[PauseRule]] = []
        for x in regimes:
            found = [x.pause_rule(reason) for reason in PAUSE_REASON_CODES]
            found.append(x.correction_toll or PauseRule(stops_clock=False, citation=x.fee.citation))
            tables.append(found)
        self._stops = np.array([[p.stops_clock and p.max_uses != 0 for p in t] for t in tables])
        self._since = np.array(
            [
                [_NEVER if p.in_force_from is None else _number(p.in_force_from) for p in t]
                for t in tables
            ],
            dtype=np.int64,
        )
        self._cap = np.array([[-1 if p.cap is None else p.cap.days for p in t] for t in tables])
        self._include = np.array([[1 if p.include_start else 0 for p in t] for t in tables])

    def subset(self, rows: IntArray | None) -> _Rules:
        """The rules of the rows ``rows`` (all for None)."""
        if rows is None or isinstance(self.regime, int):
            return self
        return _Rules(self.regimes, self.regime[rows])

    def pause(self, code: IntArray) -> tuple[BoolArray, IntArray, IntArray, IntArray]:
        """Per row, for its pause code: stops the clock, since when, its cap, start included."""
        at = (self.regime, code)
        return self._stops[at], self._since[at], self._cap[at].astype("int64"), self._include[at]


def _number(day: date) -> int:
    return day.toordinal() - _EPOCH_ORDINAL


def _walk(  # noqa: PLR0913, PLR0917 - the state of the walk, per row
    look: Lookups,
    r: _Rules,
    origin: IntArray,
    cols: dict[str, Any],
    extension_on: IntArray,
    extension_days: IntArray,
    rows: BoolArray,
) -> tuple[IntArray, BoolArray, BoolArray]:
    """Pause and extension, in the order of the log: the due dates, where known, which extended."""
    np = require_numpy()
    s, e, code = cols["pause_start"], cols["pause_end"], cols["code"]
    has_pause, has_end = cols["has_pause"], cols["has_end"]
    has_x = rows & (extension_on != NAT)
    x = extension_on
    c = np.clip(code, 0, _TOLL)
    stops, since, cap, include = r.pause(c)
    cap = np.where(has_pause, cap, -1)
    bound = s - include
    count = Count(look, np.where(has_pause, s, origin), cap)
    limit = r.limit
    if not has_pause.any():  # no pause: an extension is judged against the plain count
        before = look.add(origin, limit, has_x)
        granted = has_x & (x <= before)
        limit = limit + np.where(granted, extension_days, 0)
        return look.add(origin, limit, rows), rows, granted
    # An extension before the pause begins (or with no pause): judged against the plain count.
    first = has_x & (~has_pause | (x < s))
    before = look.add(origin, limit, first)
    granted = first & (x <= before)
    limit = limit + np.where(granted, extension_days, 0)
    # The pause begins: it stops the clock unless it began after (or on) the due date.
    eff = rows & has_pause & stops & (s >= since)
    check = eff & ((s - origin) >= limit)
    due_then = look.add(origin, limit, check)
    eff &= ~(check & ((due_then < s) | ((include == 0) & (due_then == s))))
    # It ends: a cap bounds the days left out.
    over = eff & has_end & (cap >= 0) & ((e - s) > cap)
    last = look.add(s, np.maximum(cap, 0), over)
    end = np.where(over, np.minimum(e, last), e)
    # An extension after the pause began: judged against the due date as it stands that day.
    later = has_x & has_pause & (x >= s)
    plain = later & ~eff
    before_plain = look.add(origin, limit, plain)
    counted = later & eff
    closed = counted & has_end & (e <= x)
    before_paused, known = count(
        origin, limit, bound, end, paused=counted, open_=counted & ~closed, rows=counted
    )
    before = np.where(plain, before_plain, before_paused)
    in_time = later & ((counted & ~known) | (x <= before))
    granted |= in_time
    limit = limit + np.where(in_time, extension_days, 0)
    due, known = count(origin, limit, bound, end, paused=eff, open_=eff & ~has_end, rows=rows)
    return due, known, granted


def _awaited_pause(look: Lookups, r: _Rules, pause: dict[str, Any], awaiting: BoolArray) -> None:
    """While a corrected application is awaited no count is made; a capped pause still ends."""
    np = require_numpy()
    s, e = pause["pause_start"], pause["pause_end"]
    stops, since, cap, _ = r.pause(np.clip(pause["code"], 0, _TOLL))
    ends = awaiting & pause["has_end"] & stops & (s >= since) & (cap >= 0)
    look.add(s, np.maximum(cap, 0), ends & ((e - s) > cap))  # the scalar asks for the cap's day


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


def _check_order(r: _Rules, cols: dict[str, Any]) -> None:
    """Refuse rows no request could have (as ``Request`` refuses such a log)."""
    np = require_numpy()
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
    >>> from govdisclosure.calendar import WorkCalendar
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
    r = _Rules(regimes, 0 if len(regimes) == 1 else cols["regime"])
    _check_order(r, cols)
    return _split(r, calendar, cols, unsupported=unsupported, extended=unpublished_extended)


_ARRAYS = ("received", "code", "days", *_DATES)


def _split(
    r: _Rules, calendar: WorkCalendar, cols: dict[str, Any], *, unsupported: str, extended: str
) -> ColumnDeadlines:
    """Rows with no event take one look-up; the walk runs on the others only."""
    np = require_numpy()
    n = len(cols["received"])
    eventful = np.zeros(n, dtype=bool)
    for name in _DATES:
        if name != "pause_end" and name in cols.get("given", _DATES):
            eventful |= cols[name] != NAT
    parts: list[tuple[IntArray | None, ColumnDeadlines, list[tuple[Lookups, BoolArray]]]] = []
    calm = ~eventful
    if calm.any():
        # Counted for every row (one look-up each), kept for the rows with no event: their
        # failures only are the object path's.
        parts.append((None, *_plain(r, calendar, cols["received"], extended, calm)))
    # Rows with a pause (a correction toll included) take the whole walk; the others less.
    paused = (cols["pause_start"] != NAT) | ((cols["correction_requested"] != NAT) & ~r.restarts)
    for mask in (eventful & ~paused, eventful & paused):
        rows = np.flatnonzero(mask)
        if not len(rows):
            continue
        index = None if len(rows) == n else rows
        part = cols if index is None else {k: cols[k][index] for k in _ARRAYS}
        parts.append(
            (index, *_solve(r.subset(index), calendar, part, unsupported, extended, index))
        )
    failures = []
    for index, _, checks in parts:
        for look, rows in checks:
            k = look.first_failure(rows)
            if k is not None:
                failures.append((k if index is None else int(index[k]), k, look))
    if failures:
        label, k, look = min(failures, key=lambda f: f[0])
        raise look.error(k, label)
    if len(parts) == 1 and parts[0][0] is None:
        return parts[0][1]
    if parts[0][0] is None:
        out = parts[0][1]
    else:
        out = ColumnDeadlines(
            due=np.empty(n, dtype="datetime64[D]"),
            extended_due=np.empty(n, dtype="datetime64[D]"),
            start=np.empty(n, dtype="datetime64[D]"),
            extension=np.empty(n, dtype=np.int64),
            reason=np.empty(n, dtype=np.int8),
        )
    for index, part, _ in parts:
        if index is not None:
            for whole, piece in zip(out, part, strict=True):
                whole[index] = piece
    return out


def _plain(
    r: _Rules, calendar: WorkCalendar, received: IntArray, extended: str, rows: BoolArray
) -> tuple[ColumnDeadlines, list[tuple[Lookups, BoolArray]]]:
    """Rows with no event: ``limit`` working days after day 0."""
    np = require_numpy()
    n = len(received)
    look, look2 = Lookups(calendar, n), Lookups(calendar, n)
    origin = received - r.day_zero if np.any(r.day_zero) else received
    due = look.add(origin, r.limit)
    with_max = np.broadcast_to(r.max_extension >= 0, (n,))
    ext_due = look2.add(origin, r.limit + np.maximum(r.max_extension, 0), with_max)
    ext = np.where(with_max & ~look2.failed, ext_due, NAT)
    out = ColumnDeadlines(
        due=due.view("datetime64[D]"),
        extended_due=ext.view("datetime64[D]"),
        start=received.copy().view("datetime64[D]"),
        extension=np.zeros(n, dtype=np.int64),
        reason=np.zeros(n, dtype=np.int8),
    )
    checks = [(look, rows)]
    if extended == "raise":
        checks.append((look2, with_max & rows))
    return out, checks


def _regimes(rules: object) -> tuple[ClockRules, ...]:
    if isinstance(rules, ClockRules):
        return (rules,)
    if isinstance(rules, Sequence) and rules and all(isinstance(x, ClockRules) for x in rules):
        return tuple(rules)
    msg = "must be ClockRules or a non-empty sequence of them"
    raise InvalidInputError(msg, field="rules", value=rules)


def _solve(  # noqa: PLR0913, PLR0917 - the rows, their rules, the policies, their labels
    r: _Rules,
    calendar: WorkCalendar,
    cols: dict[str, Any],
    unsupported: str,
    extended: str,
    index: IntArray | None,
) -> tuple[ColumnDeadlines, list[tuple[Lookups, BoolArray]]]:
    """The walk over checked columns (rows ``index`` of the input, all for None)."""
    np = require_numpy()
    received = cols["received"]
    n = len(received)
    look = Lookups(calendar, n)
    asked, got = cols["correction_requested"], cols["correction_received"]
    has_asked, has_got = asked != NAT, got != NAT
    involved = has_asked | has_got
    s, x = cols["pause_start"], cols["extension_on"]
    restarts = r.restarts
    # Restart rules: the correction must come before the pause and the extension.
    last = np.where(has_got, got, asked)
    early = ((s != NAT) & (s < last)) | ((x != NAT) & (x < last))
    # Toll rules: the correction is the row's one pause.
    odd = involved & np.where(restarts, early, s != NAT)
    live = ~odd
    if unsupported == "raise" and odd.any():
        k = int(np.argmax(odd))
        k = k if index is None else int(index[k])
        msg = (
            "the column path does not cover this row's events (a pause or an extension before "
            "the correction, or a correction toll and another pause): use the object path"
        )
        raise InvalidInputError(msg, field=f"rows[{k}]", value=None)
    # A correction under restart rules: is it in time, is it answered?
    origin0 = received - r.day_zero
    on = np.where(has_asked, asked, got)
    check = live & restarts & involved & ((on - origin0) >= r.limit)
    due0 = look.add(origin0, r.limit, check)
    expired = check & (due0 < on)
    awaiting = live & restarts & has_asked & ~expired & ~has_got
    start = np.where(live & restarts & has_got & ~expired, got, received)
    x_extended = np.where(restarts & involved, last, start)
    as_toll = live & ~restarts & has_asked
    pause = {
        "pause_start": np.where(as_toll, asked, s),
        "pause_end": np.where(as_toll, got, cols["pause_end"]),
        "code": np.where(as_toll, _TOLL, cols["code"]),
    }
    pause["has_pause"] = pause["pause_start"] != NAT
    pause["has_end"] = pause["pause_end"] != NAT
    rows = live & ~awaiting
    origin = start - r.day_zero
    due, known, granted = _walk(look, r, origin, pause, x, cols["days"], rows)
    _awaited_pause(look, r, pause, awaiting)
    checks = [(look, live)]
    reason = np.zeros(n, dtype=np.int8)
    reason[odd] = ColumnReason.UNSUPPORTED
    reason[awaiting] = ColumnReason.AWAITING_CORRECTION
    reason[rows & ~known] = ColumnReason.PAUSE_OPEN
    nat = np.int64(NAT)
    with_max = rows & (r.max_extension >= 0)
    look2 = Lookups(calendar, n)
    full = np.maximum(r.max_extension, 0)
    ext_due, ext_known, _ = _walk(look2, r, origin, pause, x_extended, full, with_max)
    if extended == "raise":
        checks.append((look2, with_max))
    out = ColumnDeadlines(
        due=np.where(rows & known, due, nat).view("datetime64[D]"),
        extended_due=np.where(with_max & ext_known & ~look2.failed, ext_due, nat).view(
            "datetime64[D]"
        ),
        start=np.where(live, start, nat).view("datetime64[D]"),
        # While a corrected application is awaited there is no due date to be late against.
        extension=np.where((granted & rows) | (awaiting & (x != NAT)), cols["days"], 0),
        reason=reason,
    )
    return out, checks
