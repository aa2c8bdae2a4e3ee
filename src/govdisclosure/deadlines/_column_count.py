"""Working-day arithmetic for the column clock: day numbers, per-row masks, failures kept per row.

:class:`Lookups` asks the calendar's tables (:mod:`govdisclosure.calendar._batch`)
only for the rows of a mask, as the object path asks its calendar only when the
count needs a day; a row whose question leaves the calendar is recorded, and
:meth:`Lookups.raise_first` raises the scalar's error for the first such row.
:class:`Count` is :func:`govdisclosure.deadlines._pauses.count` for at most one
pause per row.

>>> import numpy as np
>>> from datetime import date
>>> from govdisclosure.calendar import WorkCalendar
>>> cal = WorkCalendar(first=date(2030, 1, 1), last=date(2030, 12, 31))
>>> look = Lookups(cal, 2)
>>> day = np.array([date(2030, 3, 1), date(2030, 12, 30)], dtype="datetime64[D]").view("int64")
>>> look.add(day, 5, np.array([True, True])).view("datetime64[D]")[0]
np.datetime64('2030-03-08')
>>> look.raise_first(np.array([True, True]))
Traceback (most recent call last):
...
govdisclosure.errors.CalendarNotPublishedError: rows[1]: no published working-day calendar ...

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from govdisclosure.calendar._batch import _tables, require_numpy
from govdisclosure.errors import CalendarNotPublishedError

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from govdisclosure.calendar import WorkCalendar

    IntArray = npt.NDArray[np.int64]
    BoolArray = npt.NDArray[np.bool_]

__all__ = ["Count", "Lookups"]

_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


class Lookups:
    """Working-day arithmetic on day numbers for the rows of a mask, failures recorded per row."""

    def __init__(self, calendar: WorkCalendar, size: int) -> None:
        np = require_numpy()
        t = _tables(calendar)
        self.calendar = calendar
        self.base, self.size, self.count = t.base, t.size, t.count
        self.cum = t.cum0[1:]  # working days up to and including each covered day
        self.workdays = t.workdays  # with one spare entry at the end
        self.last = t.base + t.size - 1
        self.failed = np.zeros(size, dtype=bool)
        self.fail_day = np.zeros(size, dtype=np.int64)
        self.fail_kind = np.zeros(size, dtype=np.int8)  # 1 before, 2 after, 3 beyond the last

    def _mark(self, bad: BoolArray, kind: int, day: IntArray) -> None:
        new = bad & ~self.failed
        if new.any():
            self.failed |= new
            self.fail_kind[new] = kind
            self.fail_day[new] = day[new]

    def _index(self, day: IntArray, mask: BoolArray) -> tuple[IntArray, BoolArray]:
        np = require_numpy()
        i = np.where(mask, day, self.base) - self.base
        low, high = i < 0, i >= self.size
        self._mark(mask & low, 1, day)
        self._mark(mask & high, 2, day)
        return np.clip(i, 0, self.size - 1), mask & ~low & ~high

    def add(self, day: IntArray, n: IntArray | int, mask: BoolArray) -> IntArray:
        """The ``n``-th working day after each day (``n >= 0``), for the rows of ``mask``."""
        np = require_numpy()
        i, ok = self._index(day, mask)
        k = self.cum[i] + n - 1
        self._mark(ok & (k >= self.count) & (np.asarray(n) > 0), 3, day)
        found = self.workdays[np.clip(k, 0, self.count)]
        return np.where(np.asarray(n) > 0, found, day)  # type: ignore[no-any-return]

    def between(self, start: IntArray, end: IntArray, mask: BoolArray) -> IntArray:
        """The working days ``x`` with ``start < x <= end``, for the rows of ``mask``."""
        i, ok = self._index(start, mask)
        j, _ = self._index(end, ok)
        return self.cum[j] - self.cum[i]

    def raise_first(self, rows: BoolArray) -> None:
        """Raise the scalar's error for the first row of ``rows`` whose count left the calendar."""
        np = require_numpy()
        bad = self.failed & rows
        if not bad.any():
            return
        k = int(np.argmax(bad))
        kind = int(self.fail_kind[k])
        cal = self.calendar
        if kind == 3:
            error = CalendarNotPublishedError(cal.last.year + 1, hint=cal.unpublished_hint)
        else:
            day = date.fromordinal(int(self.fail_day[k]) + _EPOCH_ORDINAL)
            hint = cal.unpublished_hint if kind == 2 else None
            error = CalendarNotPublishedError(day.year, on=day, hint=hint)
        error.args = (f"rows[{k}]: {error.args[0]}",)
        raise error


class Count:
    """The count of :func:`govdisclosure.deadlines._pauses.count` for at most one pause per row."""

    def __init__(self, look: Lookups, start: IntArray, cap: IntArray) -> None:
        self.look, self.start, self.cap = look, start, cap

    def __call__(  # noqa: PLR0913 - the count's own arguments, per row
        self,
        origin: IntArray,
        limit: IntArray,
        bound: IntArray,
        end: IntArray,
        *,
        paused: BoolArray,
        open_: BoolArray,
        rows: BoolArray,
    ) -> tuple[IntArray, BoolArray]:
        """The due dates, and where they are known, counting past the pause of the ``paused`` rows.

        ``end`` is the last day a closed pause leaves out; an open one (``open_``)
        runs to its cap, or, with no cap, stops the count if the count reaches it.
        """
        np = require_numpy()
        look = self.look
        after = paused & (bound > origin)
        beyond = after & (bound > look.last)
        avail = look.between(origin, bound, rows & after & ~beyond)
        reach = rows & paused & ~(after & (beyond | (avail >= limit)))
        has_cap = self.cap >= 0
        cap_end = look.add(self.start, np.maximum(self.cap, 0), reach & open_ & has_cap)
        unknown = reach & open_ & ~has_cap
        stop = np.where(open_, cap_end, end)
        pos = np.maximum(np.where(after, bound, origin), stop)
        steps = np.where(reach, limit - np.where(after, avail, 0), limit)
        due = look.add(np.where(reach, pos, origin), steps, rows & ~unknown)
        return due, rows & ~unknown
