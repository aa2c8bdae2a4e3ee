"""Many dates at once: a calendar's arithmetic over numpy ``datetime64[D]`` arrays.

The same answers as :meth:`~govdisclosure.calendar.WorkCalendar.add_workdays`,
:meth:`~govdisclosure.calendar.WorkCalendar.is_workday` and
:meth:`~govdisclosure.calendar.WorkCalendar.count_workdays`, element by element,
computed by index arithmetic over the calendar's own tables (the cumulative
count of working days per covered day, and the working days in order) held as
numpy arrays, built once per calendar. numpy is an optional dependency
(``pip install govdisclosure[numpy]``); only these functions import it.

They fail closed as the scalar methods do: every day must be a ``datetime64[D]``
(a finer unit would drop a time of day, so it is refused, as the scalar refuses a
``datetime``), ``NaT`` is refused with
:class:`~govdisclosure.errors.InvalidInputError`, and a day outside the covered
range, or an answer beyond it, raises
:class:`~govdisclosure.errors.CalendarNotPublishedError`: the error the scalar
method raises for the first such element, its message naming that element's index.

>>> import numpy as np
>>> from datetime import date
>>> from govdisclosure.calendar import WorkCalendar
>>> cal = WorkCalendar(first=date(2030, 1, 1), last=date(2030, 12, 31),
...                    rest_days=[date(2030, 1, 1)])
>>> days = np.array(["2029-12-31", "2030-01-04", "2030-01-05"], dtype="datetime64[D]")
>>> add_workdays_array(cal, days[1:], 1)
array(['2030-01-07', '2030-01-07'], dtype='datetime64[D]')
>>> add_workdays_array(cal, days, 1)
Traceback (most recent call last):
...
govdisclosure.errors.CalendarNotPublishedError: days[0]: no published working-day calendar ...

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from govdisclosure._optional import require_numpy
from govdisclosure.errors import CalendarNotPublishedError, InvalidInputError, Problem

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from govdisclosure.calendar._calendar import WorkCalendar

    DayArray = npt.NDArray[np.datetime64]
    IntArray = npt.NDArray[np.int64]
    BoolArray = npt.NDArray[np.bool_]

__all__ = ["add_workdays_array", "count_workdays_array", "is_workday_array"]

_ONE_DAY = timedelta(days=1)
_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()  # datetime64[D] counts days from 1970-01-01
_MAX_PROBLEMS = 20  # a batch names at most this many bad entries (and says how many there were)
_MAX_LEAD = 100_000  # days after 1970-01-01 (to 2243) a calendar's tables may be padded by


class _Tables:
    """A calendar's tables as arrays, built once per calendar.

    ``cum0[i]`` is the number of working days strictly before covered day ``i``
    (so ``cum0[i + 1]`` counts day ``i`` too); ``workdays`` lists the working days
    as day numbers, with one unused entry at the end, so that an index that is
    only looked up to be discarded stays in bounds.
    """

    __slots__ = (
        "answers",
        "base",
        "count",
        "cum0",
        "is_work",
        "lead",
        "offset",
        "size",
        "starts",
        "workdays",
    )

    def __init__(self, calendar: WorkCalendar) -> None:
        np = require_numpy()
        self.base: int = calendar.first.toordinal() - _EPOCH_ORDINAL
        cum = calendar._cum  # noqa: SLF001 - the calendar's own table, read not copied twice
        self.size: int = len(cum)
        self.cum0: IntArray = np.zeros(self.size + 1, dtype=np.int64)
        self.cum0[1:] = cum
        self.is_work: BoolArray = self.cum0[1:] != self.cum0[:-1]
        ordinals = [d.toordinal() - _EPOCH_ORDINAL for d in calendar._workdays]  # noqa: SLF001
        self.count: int = len(ordinals)
        self.workdays: IntArray = np.array([*ordinals, 0], dtype=np.int64)
        # For a step per day (see _add_steps): three starts per covered day, into one
        # table of answers laid out as [working days | covered days | working days].
        count, size = self.count, self.size
        self.answers: IntArray = np.concatenate(
            [self.workdays[:count], self.base + np.arange(size), self.workdays[:count]]
        )
        # Tables looked up per day are indexed by ``day number - offset``: with ``lead``
        # unused entries in front they take the day numbers themselves (offset 0), which
        # saves a pass over a million days, unless that would make them large.
        self.lead: int = self.base if 1 <= self.base <= _MAX_LEAD else 1
        self.offset: int = self.base - self.lead
        starts = np.zeros((self.lead + size, 3), dtype=np.int64)
        starts[self.lead :, 0] = self.cum0[:-1]  # back: working days before the day, plus n < 0
        starts[self.lead :, 1] = count + np.arange(size)  # no step: the day itself
        starts[self.lead :, 2] = count + size + self.cum0[1:] - 1  # forward: up to it, plus n > 0
        # Day a (lead <= a) with a step of sign s reads entry 3 a + 1 + s, that is, entry
        # 3 a + s of this view: one addition fewer per day.
        self.starts: IntArray = starts.reshape(-1)[1:]

    def day_index(self, numbers: IntArray) -> IntArray:
        """Day numbers as indices into the per-day tables (the numbers themselves if it can)."""
        return numbers if not self.offset else numbers - self.offset

    def shifted(self, n: int) -> tuple[IntArray, int, int]:
        """For a step ``n != 0``: the answer of each day (by :meth:`day_index`), and where it holds.

        The answer holds for the covered days with numbers ``lo..hi`` (a prefix of
        the range for a step forward, a suffix for one back: ``cum0`` never
        decreases); elsewhere the table's entry is a placeholder.
        """
        np = require_numpy()
        table = np.zeros(self.lead + self.size, dtype=np.int64)
        if n > 0:
            k = self.cum0[1:] + (n - 1)
            table[self.lead :] = self.workdays[np.minimum(k, self.count)]
            hi = int(np.searchsorted(k, self.count)) - 1  # the last index with k < count
            return table, self.base, self.base + hi
        k = self.cum0[:-1] + n
        table[self.lead :] = self.workdays[np.maximum(k, 0)]
        lo = int(np.searchsorted(k, 0))  # the first index with k >= 0
        return table, self.base + lo, self.base + self.size - 1


def _tables(calendar: WorkCalendar) -> _Tables:
    cache = calendar._arrays  # noqa: SLF001 - the calendar's cache slot for these tables
    if not cache:
        cache.append(_Tables(calendar))
    found = cache[0]
    assert isinstance(found, _Tables)  # noqa: S101 - only this module fills the slot
    return found


def _bounds(index: IntArray) -> tuple[int, int]:
    """The least and greatest entry (0, -1 for an empty array)."""
    if not index.size:
        return 0, -1
    return int(index.min()), int(index.max())


def _where(shape: tuple[int, ...], flat: int, name: str) -> str:
    """``days[5]`` for a 1-d array, ``days[1, 2]`` for a 2-d one."""
    np = require_numpy()
    if len(shape) == 1:
        return f"{name}[{flat}]"
    index = ", ".join(str(int(i)) for i in np.unravel_index(flat, shape))
    return f"{name}[{index}]"


def _bad_entries(
    bad: BoolArray, values: npt.NDArray[np.generic], shape: tuple[int, ...], name: str, message: str
) -> InvalidInputError:
    """One error naming the first bad entries of a batch (and how many there are)."""
    np = require_numpy()
    flat = np.flatnonzero(bad)
    problems = [
        Problem(_where(shape, int(k), name), message, values[int(k)]) for k in flat[:_MAX_PROBLEMS]
    ]
    msg = f"{len(flat):,} bad {'entry' if len(flat) == 1 else 'entries'} in {name}"
    if len(flat) > _MAX_PROBLEMS:
        msg += f" (the first {_MAX_PROBLEMS} named)"
    return InvalidInputError(msg, problems=problems)


def _day_numbers(days: object, name: str) -> tuple[IntArray, tuple[int, ...]]:
    """The days of a ``datetime64[D]`` array as day numbers (flat), and the array's shape.

    ``NaT`` is the least int64, far outside any calendar: it is found, and
    refused, on the path that explains an uncovered day (:func:`_refuse_nat`).
    """
    np = require_numpy()
    if not isinstance(days, np.ndarray) or days.dtype != np.dtype("datetime64[D]"):
        got = getattr(days, "dtype", type(days).__name__)
        msg = (
            "must be a numpy datetime64[D] array (convert other units explicitly, "
            "e.g. .astype('datetime64[D]'), once you know no time of day is lost)"
        )
        raise InvalidInputError(msg, field=name, value=got)
    return days.reshape(-1).view(np.int64), days.shape


def _refuse_nat(numbers: IntArray, shape: tuple[int, ...], name: str) -> None:
    np = require_numpy()
    days = numbers.view("datetime64[D]")
    nat = np.isnat(days)
    if nat.any():
        raise _bad_entries(nat, days, shape, name, "NaT is not a day")


def _steps(n: object, shape: tuple[int, ...], bound: int) -> IntArray | int:
    """``n`` as an int clipped to ``-bound..bound``, or a flat int64 array of ``shape``.

    Clipping changes no answer: a step longer than the calendar has working days
    leaves the covered range either way, and fails the same way.
    """
    np = require_numpy()
    if isinstance(n, bool | np.bool_):
        msg = "must be a whole number (int) or an integer array"
        raise InvalidInputError(msg, field="n", value=n)
    if isinstance(n, int | np.integer):
        return max(-bound, min(bound, int(n)))
    if not isinstance(n, np.ndarray) or n.dtype.kind not in "iu":
        got = getattr(n, "dtype", n)
        msg = "must be a whole number (int) or an integer array"
        raise InvalidInputError(msg, field="n", value=got)
    if n.shape != shape:
        msg = f"must be an int or an integer array of the days' shape {shape}"
        raise InvalidInputError(msg, field="n", value=n.shape)
    flat = n.reshape(-1)
    if flat.dtype.kind == "u" and _bounds(flat)[1] > bound:
        flat = np.minimum(flat, np.uint64(bound))
    # Signed steps are not clipped here: a long one (even one that overflows) takes its
    # answer out of the table, and the error path clips before it explains.
    return flat.astype(np.int64, copy=False)  # type: ignore[no-any-return]


def _first_uncovered(
    calendar: WorkCalendar, tables: _Tables, index: IntArray
) -> tuple[int, CalendarNotPublishedError | None]:
    """The first index out of the covered range, and the scalar's error for it."""
    np = require_numpy()
    outside = (index < 0) | (index >= tables.size)
    if not outside.any():
        return index.size, None
    k = int(np.argmax(outside))
    day = date.fromordinal(int(index[k]) + tables.base + _EPOCH_ORDINAL)
    if index[k] < 0:
        return k, CalendarNotPublishedError(day.year, on=day)
    return k, CalendarNotPublishedError(day.year, on=day, hint=calendar.unpublished_hint)


def _covered(
    calendar: WorkCalendar, tables: _Tables, numbers: IntArray, shape: tuple[int, ...], name: str
) -> IntArray:
    """The days as indices into the tables; raises as the scalar would for an uncovered one."""
    index = numbers - tables.base
    lo, hi = _bounds(index)
    if lo < 0 or hi >= tables.size:
        _refuse_nat(numbers, shape, name)
        k, error = _first_uncovered(calendar, tables, index)
        assert error is not None  # noqa: S101 - the bounds say one is outside
        raise _raise_at(error, _where(shape, k, name))
    return index


def _raise_at(error: CalendarNotPublishedError, where: str) -> CalendarNotPublishedError:
    """The scalar's error, its message prefixed with the offending element."""
    error.args = (f"{where}: {error.args[0]}",)
    return error


def _add_error(
    calendar: WorkCalendar,
    tables: _Tables,
    numbers: IntArray,
    steps: IntArray | int,
    shape: tuple[int, ...],
) -> CalendarNotPublishedError:
    """The error of the first element whose answer needs an uncovered day (one does)."""
    np = require_numpy()
    if not isinstance(steps, int):
        steps = np.clip(steps, -tables.count - 1, tables.count + 1)
    index = numbers - tables.base
    first_bad, error = _first_uncovered(calendar, tables, index)
    safe = np.clip(index, 0, tables.size - 1)
    forward = np.asarray(steps > 0)
    k = np.where(forward, tables.cum0[safe + 1] + steps - 1, tables.cum0[safe] + steps)
    past_last = np.broadcast_to(forward & (k >= tables.count), index.shape)
    beyond = past_last | (np.asarray(steps < 0) & (k < 0))
    if beyond[:first_bad].any():
        first_bad = int(np.argmax(beyond))
        if past_last[first_bad]:
            error = CalendarNotPublishedError(
                (calendar.last + _ONE_DAY).year, hint=calendar.unpublished_hint
            )
        else:
            error = CalendarNotPublishedError((calendar.first - _ONE_DAY).year)
    assert error is not None  # noqa: S101 - called only when some element fails
    return _raise_at(error, _where(shape, first_bad, "days"))


def _add_steps(tables: _Tables, days: IntArray, steps: IntArray) -> IntArray | None:
    """The answers for one step per day (day numbers), or None if one leaves the calendar.

    ``days`` are the covered days by :meth:`_Tables.day_index`. Day ``a`` with step
    ``n`` reads ``starts[3 a + sign(n)]``, adds ``n`` and reads ``answers`` there. A
    step back that runs out of working days lands left of the table of answers, one
    forward right of it, and a step of 0 reads the day itself from the middle block:
    two bounds tell whether every answer is in the calendar.
    """
    np = require_numpy()
    # Into two buffers, in place: a batch of a million days is memory-bound.
    pos = np.multiply(days, 3)
    k = np.sign(steps)
    pos += k
    np.take(tables.starts, pos, out=k, mode="clip")  # in bounds (the days are covered);
    k += steps  # "clip" because numpy buffers ``out`` under the default mode="raise"
    lo, hi = _bounds(k)
    if lo < 0 or hi >= len(tables.answers):
        return None
    return np.take(tables.answers, k, out=pos, mode="clip")  # type: ignore[no-any-return]


def add_workdays_array(calendar: WorkCalendar, days: DayArray, n: IntArray | int) -> DayArray:
    """The ``n``-th working day after each day (before it, for negative ``n``).

    Element by element the same as :meth:`WorkCalendar.add_workdays
    <govdisclosure.calendar.WorkCalendar.add_workdays>`: a day never counts
    itself, and ``n = 0`` gives the day back (it must still be covered).

    Args:
        calendar: The calendar.
        days: A numpy ``datetime64[D]`` array, of any shape.
        n: An int, or an integer array of the same shape as ``days``.

    Returns:
        A ``datetime64[D]`` array of the shape of ``days``.

    Raises:
        InvalidInputError: for an array that is not ``datetime64[D]``, a ``NaT``,
            or an ``n`` that is not an int or an integer array of that shape.
        CalendarNotPublishedError: as the scalar method raises it for the first
            element (in C order) that needs a day outside the covered range,
            its message prefixed with that element's index.

    >>> import numpy as np
    >>> from govdisclosure.jurisdictions import cn
    >>> days = np.array(["2025-09-30", "2025-10-09", "2025-10-09"], dtype="datetime64[D]")
    >>> add_workdays_array(cn.calendar(), days, np.array([1, -1, 0]))
    array(['2025-10-09', '2025-09-30', '2025-10-09'], dtype='datetime64[D]')
    """
    np = require_numpy()
    numbers, shape = _day_numbers(days, "days")
    tables = _tables(calendar)
    steps = _steps(n, shape, tables.count + 1)
    lo, hi = _bounds(numbers)
    if lo < tables.base or hi >= tables.base + tables.size:
        if not numbers.size:
            return days.copy()
        _refuse_nat(numbers, shape, "days")
        raise _add_error(calendar, tables, numbers, steps, shape)
    if isinstance(steps, int):
        if steps == 0:
            return days.copy()
        # One step for all: look every covered day's answer up once, then index it.
        answers, good_lo, good_hi = tables.shifted(steps)
        if lo < good_lo or hi > good_hi:
            raise _add_error(calendar, tables, numbers, steps, shape)
        answer: IntArray = np.take(answers, tables.day_index(numbers), mode="clip")
    else:
        found = _add_steps(tables, tables.day_index(numbers), steps)
        if found is None:
            raise _add_error(calendar, tables, numbers, steps, shape)
        answer = found
    return answer.view("datetime64[D]").reshape(shape)


def is_workday_array(calendar: WorkCalendar, days: DayArray) -> BoolArray:
    """Whether each day is a working day (as :meth:`WorkCalendar.is_workday`, element by element).

    >>> import numpy as np
    >>> from govdisclosure.jurisdictions import cn
    >>> days = np.array(["2025-10-01", "2025-10-11", "2025-10-13"], dtype="datetime64[D]")
    >>> is_workday_array(cn.calendar(), days)   # a holiday, a makeup Saturday, a Monday
    array([False,  True,  True])
    """
    numbers, shape = _day_numbers(days, "days")
    tables = _tables(calendar)
    index = _covered(calendar, tables, numbers, shape, "days")
    return tables.is_work[index].reshape(shape)


def count_workdays_array(calendar: WorkCalendar, start: DayArray, end: DayArray) -> IntArray:
    """The working days ``x`` with ``start < x <= end``, for each pair (as :meth:`count_workdays`).

    As :meth:`WorkCalendar.count_workdays`, element by element (minus the
    count the other way round when ``end`` is before ``start``); ``start`` and
    ``end`` are ``datetime64[D]`` arrays of one shape, and both days of every
    pair must be covered (the first uncovered one, ``start`` before ``end`` in
    a pair, raises as the scalar does).

    >>> import numpy as np
    >>> from govdisclosure.jurisdictions import cn
    >>> start = np.array(["2025-09-30", "2025-10-09"], dtype="datetime64[D]")
    >>> end = np.array(["2025-10-09", "2025-09-30"], dtype="datetime64[D]")
    >>> count_workdays_array(cn.calendar(), start, end)
    array([ 1, -1])
    """
    first, shape = _day_numbers(start, "start")
    second, other_shape = _day_numbers(end, "end")
    if other_shape != shape:
        msg = f"must have the shape of start, {shape}"
        raise InvalidInputError(msg, field="end", value=other_shape)
    tables = _tables(calendar)
    i = first - tables.base
    j = second - tables.base
    i_lo, i_hi = _bounds(i)
    j_lo, j_hi = _bounds(j)
    if min(i_lo, j_lo) < 0 or max(i_hi, j_hi) >= tables.size:
        _refuse_nat(first, shape, "start")
        _refuse_nat(second, shape, "end")
        bad_i, error_i = _first_uncovered(calendar, tables, i)
        bad_j, error_j = _first_uncovered(calendar, tables, j)
        if error_i is not None and bad_i <= bad_j:
            raise _raise_at(error_i, _where(shape, bad_i, "start"))
        assert error_j is not None  # noqa: S101 - the bounds say one is outside
        raise _raise_at(error_j, _where(shape, bad_j, "end"))
    cum = tables.cum0[1:]
    return (cum[j] - cum[i]).reshape(shape)
