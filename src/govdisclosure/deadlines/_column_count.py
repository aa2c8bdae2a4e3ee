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

from govdisclosure._optional import require_numpy
from govdisclosure.calendar._batch import _tables
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

    def _mark(self, where: IntArray | None, bad: BoolArray, kind: int, day: IntArray) -> None:
        """Record the rows ``where[bad]`` (``bad`` itself without ``where``) as failed."""
        np = require_numpy()
        if not bad.any():
            return
        rows = np.flatnonzero(bad) if where is None else where[bad]
        days = day[bad]
        fresh = ~self.failed[rows]
        rows, days = rows[fresh], days[fresh]
        self.failed[rows] = True
        self.fail_kind[rows] = kind
        self.fail_day[rows] = days

    def _covered(self, where: IntArray | None, day: IntArray) -> tuple[IntArray, BoolArray | bool]:
        """The days as table indices (clipped), and which are covered; failures recorded."""
        np = require_numpy()
        i = day - self.base
        if not len(i) or (i.min() >= 0 and i.max() < self.size):  # two reductions, no masks
            return i, True
        outside = (i < 0) | (i >= self.size)
        self._mark(where, i < 0, 1, day)
        self._mark(where, i >= self.size, 2, day)
        return np.clip(i, 0, self.size - 1), ~outside

    @staticmethod
    def _rows(mask: BoolArray | None, size: int) -> IntArray | None:
        """The rows of a mask, or None for all of them (no gather needed)."""
        np = require_numpy()
        if mask is None:
            return None
        rows = np.flatnonzero(mask)
        return None if len(rows) == size else rows

    def add(self, day: IntArray, n: IntArray | int, mask: BoolArray | None = None) -> IntArray:
        """The ``n``-th working day after each day (``n >= 0``), for the rows of ``mask``.

        Rows outside ``mask`` are not looked up (their entries are the days given).
        """
        np = require_numpy()
        where = self._rows(mask, len(day))
        if where is not None and not len(where):
            return day
        sub = day if where is None else day[where]
        steps = n if isinstance(n, int) or n.ndim == 0 or where is None else n[where]
        i, ok = self._covered(where, sub)
        k = self.cum[i] + steps
        k -= 1
        forward = np.asarray(steps) > 0
        if len(k) and k.max() >= self.count:
            self._mark(where, ok & (k >= self.count) & forward, 3, sub)
            k = np.minimum(k, self.count)
        found = self.workdays[k]
        if not (np.ndim(steps) == 0 and steps > 0):
            found = np.where(forward, found, sub)
        if where is None:
            return found  # type: ignore[no-any-return]
        out = day.copy()
        out[where] = found
        return out

    def between(self, start: IntArray, end: IntArray, mask: BoolArray) -> IntArray:
        """The working days ``x`` with ``start < x <= end``, for the rows of ``mask``."""
        np = require_numpy()
        where = self._rows(mask, len(start))
        if where is not None and not len(where):
            return np.zeros(len(start), dtype=np.int64)  # type: ignore[no-any-return]
        a = start if where is None else start[where]
        b = end if where is None else end[where]
        i, ok = self._covered(where, a)
        if not np.all(ok):  # the scalar asks for ``start`` first
            b = np.where(ok, b, self.base)
        j, _ = self._covered(where, b)
        found = self.cum[j] - self.cum[i]
        if where is None:
            return found
        out = np.zeros(len(start), dtype=np.int64)
        out[where] = found
        return out  # type: ignore[no-any-return]

    def first_failure(self, rows: BoolArray) -> int | None:
        """The first row of ``rows`` whose count left the calendar, if any."""
        np = require_numpy()
        bad = self.failed & rows
        return int(np.argmax(bad)) if bad.any() else None

    def error(self, k: int, label: int) -> CalendarNotPublishedError:
        """The scalar's error for row ``k`` (which failed), its message naming ``rows[label]``."""
        kind = int(self.fail_kind[k])
        cal = self.calendar
        if kind == 3:
            error = CalendarNotPublishedError(cal.last.year + 1, hint=cal.unpublished_hint)
        else:
            day = date.fromordinal(int(self.fail_day[k]) + _EPOCH_ORDINAL)
            hint = cal.unpublished_hint if kind == 2 else None
            error = CalendarNotPublishedError(day.year, on=day, hint=hint)
        error.args = (f"rows[{label}]: {error.args[0]}",)
        return error

    def raise_first(self, rows: BoolArray) -> None:
        """Raise the scalar's error for the first row of ``rows`` whose count left the calendar."""
        k = self.first_failure(rows)
        if k is not None:
            raise self.error(k, k)


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
