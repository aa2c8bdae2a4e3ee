"""The walk of the column clock: the object path's walk (``_engine.Walk``), row-wise on arrays.

:func:`solve` runs the events of rows that have some (a correction, one pause, one
extension) in the order of the log; :func:`plain` counts the rows that have none.
Both return a :class:`ColumnDeadlines` and the look-ups whose failures decide the
calendar error (:class:`~govdisclosure.deadlines._column_count.Lookups`).

>>> ColumnReason(2).name
'PAUSE_OPEN'

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import enum
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from govdisclosure._columns import NAT
from govdisclosure._optional import require_numpy
from govdisclosure.deadlines._column_count import Count, Lookups
from govdisclosure.deadlines._rules import ClockRules, PauseReason, PauseRule
from govdisclosure.errors import InvalidInputError

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from govdisclosure.calendar import WorkCalendar

    Array = npt.NDArray[Any]
    IntArray = npt.NDArray[np.int64]
    BoolArray = npt.NDArray[np.bool_]

__all__ = ["PAUSE_REASON_CODES", "ColumnDeadlines", "ColumnReason", "Rules", "plain", "solve"]

PAUSE_REASON_CODES: tuple[PauseReason, ...] = tuple(PauseReason)
"""The pause reasons in code order: code ``i`` of ``pause_reason`` is ``PAUSE_REASON_CODES[i]``."""

TOLL = len(PAUSE_REASON_CODES)
"""The pause code of a correction toll (internal: the correction columns give it)."""
_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
_NEVER = -(2**62)  # a day number before any "in force from"
Checks = list[tuple[Lookups, "BoolArray"]]


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
        start: ``Deadline.start`` (day 0), ``datetime64[D]`` (``NaT`` for a row
            marked :attr:`ColumnReason.UNSUPPORTED`).
        extension: ``Deadline.extension.days``: the working days of the recorded
            extension that took effect (0 if none did).
        reason: :class:`ColumnReason` codes (int8).
    """

    due: Array
    extended_due: Array
    start: Array
    extension: Array
    reason: Array


class Rules:
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

    def subset(self, rows: IntArray | None) -> Rules:
        """The rules of the rows ``rows`` (all for None)."""
        if rows is None or isinstance(self.regime, int):
            return self
        return Rules(self.regimes, self.regime[rows])

    def pause(self, code: IntArray) -> tuple[BoolArray, IntArray, IntArray, IntArray]:
        """Per row, for its pause code: stops the clock, since when, its cap, start included."""
        at = (self.regime, code)
        return self._stops[at], self._since[at], self._cap[at].astype("int64"), self._include[at]


def _number(day: date) -> int:
    return day.toordinal() - _EPOCH_ORDINAL


def _walk(  # noqa: PLR0913, PLR0917 - the state of the walk, per row
    look: Lookups,
    r: Rules,
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
    c = np.clip(code, 0, TOLL)
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


def _awaited_pause(look: Lookups, r: Rules, pause: dict[str, Any], awaiting: BoolArray) -> None:
    """While a corrected application is awaited no count is made; a capped pause still ends."""
    np = require_numpy()
    s, e = pause["pause_start"], pause["pause_end"]
    stops, since, cap, _ = r.pause(np.clip(pause["code"], 0, TOLL))
    ends = awaiting & pause["has_end"] & stops & (s >= since) & (cap >= 0)
    look.add(s, np.maximum(cap, 0), ends & ((e - s) > cap))  # the scalar asks for the cap's day


def plain(
    r: Rules, calendar: WorkCalendar, received: IntArray, extended: str, rows: BoolArray
) -> tuple[ColumnDeadlines, Checks]:
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


def _corrections(
    look: Lookups, r: Rules, cols: dict[str, Any], unsupported: str, index: IntArray | None
) -> tuple[BoolArray, BoolArray, IntArray, IntArray, dict[str, Any]]:
    """The correction events: rows not covered, awaited, day 0, the extended day, the pause.

    Rows the columns do not cover (a pause or an extension before the correction under
    restart rules; a correction toll and another pause); rows awaiting a corrected
    application; day 0; the day of the extension of ``extended_due``; each row's pause.
    """
    np = require_numpy()
    received = cols["received"]
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
        "code": np.where(as_toll, TOLL, cols["code"]),
    }
    return odd, awaiting, start, x_extended, pause


def solve(  # noqa: PLR0913, PLR0917 - the rows, their rules, the policies, their labels
    r: Rules,
    calendar: WorkCalendar,
    cols: dict[str, Any],
    unsupported: str,
    extended: str,
    index: IntArray | None,
) -> tuple[ColumnDeadlines, Checks]:
    """The walk over checked columns (rows ``index`` of the input, all for None)."""
    np = require_numpy()
    received = cols["received"]
    n = len(received)
    look = Lookups(calendar, n)
    asked, got = cols["correction_requested"], cols["correction_received"]
    has_asked, has_got = asked != NAT, got != NAT
    involved = has_asked | has_got
    if involved.any():
        odd, awaiting, start, x_extended, pause = _corrections(look, r, cols, unsupported, index)
    else:  # no correction: nothing to restart, toll or refuse
        odd = awaiting = np.zeros(n, dtype=bool)
        start = x_extended = received
        pause = {k: cols[k] for k in ("pause_start", "pause_end", "code")}
    live = ~odd
    x = cols["extension_on"]
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
