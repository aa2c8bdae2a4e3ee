"""Working-day calendars built from published notices, with fast arithmetic.

A :class:`WorkCalendar` knows, for every day of the range it covers, whether
the day is a working day: a day is a working day when it is not a weekly rest
day and not a dated rest day, or when it is a dated makeup working day (a
weekend worked in exchange for a holiday). It knows nothing of any country;
jurisdictions build one from their official notices.

Outside its range a calendar never guesses: any answer that needs such a day
raises :class:`~govdisclosure.errors.CalendarNotPublishedError`.

>>> from datetime import date
>>> cal = WorkCalendar(
...     first=date(2030, 1, 1), last=date(2030, 12, 31),
...     rest_days=[RestDay(date(2030, 1, 1), RestKind.HOLIDAY, "New Year")],
...     makeup_workdays=[MakeupWorkday(date(2030, 1, 5), "New Year")],
... )
>>> cal.is_workday(date(2030, 1, 1)), cal.is_workday(date(2030, 1, 5))
(False, True)
>>> cal.add_workdays(date(2030, 1, 1), 3)   # Jan 2, 3, 4 (Wed-Fri)
datetime.date(2030, 1, 4)
>>> cal.count_workdays(date(2030, 1, 1), date(2030, 1, 7))   # Jan 2-5 and 7
5
>>> cal.add_workdays(date(2030, 12, 30), 5)
Traceback (most recent call last):
...
govdisclosure.errors.CalendarNotPublishedError: no published working-day calendar covers 2031

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date, timedelta

import attrs

from govdisclosure._validators import check_date, check_year
from govdisclosure.errors import CalendarNotPublishedError, InvalidInputError, Problem

__all__ = [
    "CalendarNotice",
    "DayKind",
    "MakeupWorkday",
    "NoticeSource",
    "RestDay",
    "RestKind",
    "WorkCalendar",
]

_ONE_DAY = timedelta(days=1)
_WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


class RestKind(enum.Enum):
    """Why a dated rest day is a rest day."""

    HOLIDAY = "holiday"
    """A holiday set by law (a statutory or commemorative holiday)."""
    IN_LIEU = "in_lieu"
    """An ordinary weekday given as rest in lieu (a substitute day, or one swapped
    for a makeup working day)."""
    WEEKEND = "weekend"
    """A weekly rest day that a notice lists as part of a holiday period."""


class DayKind(enum.Enum):
    """What kind of day a date is, as a calendar sees it."""

    WORKDAY = "workday"
    WEEKEND = "weekend"
    HOLIDAY = "holiday"
    IN_LIEU = "in_lieu"
    MAKEUP_WORKDAY = "makeup_workday"

    @property
    def is_workday(self) -> bool:
        """Whether days of this kind are working days."""
        return self in (DayKind.WORKDAY, DayKind.MAKEUP_WORKDAY)


@attrs.frozen
class NoticeSource:
    """Where a calendar's dated days come from: an official notice.

    Attributes:
        title: The notice's title, in its own language.
        number: Its document number (文号), if known.
        published: Its date of publication, if known.
        url: Where it can be read, if known.
    """

    title: str
    number: str | None = None
    published: date | None = None
    url: str | None = None

    def __str__(self) -> str:
        parts = [self.title]
        if self.number:
            parts.append(self.number)
        if self.published:
            parts.append(self.published.isoformat())
        return ", ".join(parts)


@attrs.frozen(order=True)
class RestDay:
    """A dated rest day: its date, why, the occasion, and its source."""

    on: date = attrs.field(validator=check_date)
    kind: RestKind = RestKind.HOLIDAY
    name: str = ""
    source: NoticeSource | None = attrs.field(default=None, order=False)


@attrs.frozen(order=True)
class MakeupWorkday:
    """A weekly rest day made a working day (e.g. 调休上班), with its occasion and source."""

    on: date = attrs.field(validator=check_date)
    name: str = ""
    source: NoticeSource | None = attrs.field(default=None, order=False)


def _collection(values: object, field: str) -> tuple[object, ...]:
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        msg = "must be a collection (a list or a tuple)"
        raise InvalidInputError(msg, field=field, value=values)
    return tuple(values)


def _to_rest_days(values: Iterable[RestDay | date]) -> tuple[RestDay, ...]:
    days = [v if isinstance(v, RestDay) else RestDay(v) for v in _collection(values, "rest_days")]  # type: ignore[arg-type]
    return tuple(sorted(days, key=lambda r: r.on))


def _to_makeup(values: Iterable[MakeupWorkday | date]) -> tuple[MakeupWorkday, ...]:
    days = [
        v if isinstance(v, MakeupWorkday) else MakeupWorkday(v)  # type: ignore[arg-type]
        for v in _collection(values, "makeup_workdays")
    ]
    return tuple(sorted(days, key=lambda m: m.on))


def _to_sources(values: Iterable[NoticeSource]) -> tuple[NoticeSource, ...]:
    return tuple(values)


def _to_weekend(values: Iterable[int]) -> frozenset[int]:
    found: frozenset[int] = frozenset(_collection(values, "weekend"))  # type: ignore[arg-type]
    bad = [v for v in found if type(v) is not int or not 0 <= v <= 6]
    if bad:
        msg = "weekdays are numbered 0 (Monday) to 6 (Sunday)"
        raise InvalidInputError(msg, field="weekend", value=sorted(bad, key=repr))
    return found


@attrs.frozen
class CalendarNotice:
    """One published notice: the year it settles, and the days it makes rest or work.

    A notice for year Y may also set days just outside Y (a makeup working day
    on 30 December of Y-1, say); those days take effect where the calendar
    covers them.
    """

    year: int = attrs.field(validator=check_year)
    source: NoticeSource
    rest_days: tuple[RestDay, ...] = attrs.field(default=(), converter=_to_rest_days)
    makeup_workdays: tuple[MakeupWorkday, ...] = attrs.field(default=(), converter=_to_makeup)


@attrs.frozen(eq=False)
class WorkCalendar:
    """A working-day calendar over a covered range of dates.

    Build one directly from a weekly rest pattern, dated rest days, dated makeup
    working days and the covered range, or from notices with
    :meth:`from_notices`; add a newly published notice with :meth:`with_notice`.
    Calendars are immutable; arithmetic runs on tables built once.

    Attributes:
        first: The first covered day.
        last: The last covered day.
        rest_days: Dated rest days (plain dates are read as holidays).
        makeup_workdays: Dated weekly rest days that are worked.
        weekend: The weekly rest days, 0 = Monday ... 6 = Sunday.
        sources: The notices the dated days come from, in the order applied.
    """

    first: date = attrs.field(validator=check_date)
    last: date = attrs.field(validator=check_date)
    rest_days: tuple[RestDay, ...] = attrs.field(default=(), converter=_to_rest_days)
    makeup_workdays: tuple[MakeupWorkday, ...] = attrs.field(default=(), converter=_to_makeup)
    weekend: frozenset[int] = attrs.field(default=frozenset({5, 6}), converter=_to_weekend)
    sources: tuple[NoticeSource, ...] = attrs.field(default=(), converter=_to_sources)

    _base: int = attrs.field(init=False, repr=False)
    _cum: list[int] = attrs.field(init=False, repr=False)
    _workdays: list[date] = attrs.field(init=False, repr=False)
    _notes: dict[date, RestDay | MakeupWorkday] = attrs.field(init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        problems = self._problems()
        if problems:
            msg = "inconsistent working-day calendar"
            raise InvalidInputError(msg, problems=problems)
        notes: dict[date, RestDay | MakeupWorkday] = {r.on: r for r in self.rest_days}
        notes.update((m.on, m) for m in self.makeup_workdays)
        rest = {r.on for r in self.rest_days}
        makeup = {m.on for m in self.makeup_workdays}
        cum: list[int] = []
        workdays: list[date] = []
        day = self.first
        while day <= self.last:
            if day in makeup or (day not in rest and day.weekday() not in self.weekend):
                workdays.append(day)
            cum.append(len(workdays))
            day += _ONE_DAY
        object.__setattr__(self, "_base", self.first.toordinal())
        object.__setattr__(self, "_cum", cum)
        object.__setattr__(self, "_workdays", workdays)
        object.__setattr__(self, "_notes", notes)

    def _problems(self) -> list[Problem]:
        problems: list[Problem] = []
        if self.last < self.first:
            problems.append(Problem("last", "is before first", self.last))
        seen: set[date] = set()
        for i, r in enumerate(self.rest_days):
            if r.on in seen:
                problems.append(Problem(f"rest_days[{i}].on", "date listed twice", r.on))
            seen.add(r.on)
            weekly = r.on.weekday() in self.weekend
            if r.kind is RestKind.WEEKEND and not weekly:
                msg = f"a {_WEEKDAY_NAMES[r.on.weekday()]} is not a weekly rest day"
                problems.append(Problem(f"rest_days[{i}].kind", msg, r.kind))
            if r.kind is RestKind.IN_LIEU and weekly:
                msg = "a weekly rest day cannot be a rest day in lieu"
                problems.append(Problem(f"rest_days[{i}].kind", msg, r.kind))
        rest = set(seen)
        for i, m in enumerate(self.makeup_workdays):
            if m.on in seen:
                twice = "date is both a rest day and a makeup working day"
                msg = twice if m.on in rest else "date listed twice"
                problems.append(Problem(f"makeup_workdays[{i}].on", msg, m.on))
            seen.add(m.on)
            if m.on.weekday() not in self.weekend:
                msg = f"a {_WEEKDAY_NAMES[m.on.weekday()]} is a working day already"
                problems.append(Problem(f"makeup_workdays[{i}].on", msg, m.on))
        return problems

    # -- construction from notices -------------------------------------------------

    @classmethod
    def from_notices(
        cls, notices: Iterable[CalendarNotice], *, weekend: Iterable[int] = (5, 6)
    ) -> WorkCalendar:
        """Build a calendar covering whole years from notices, one or more per year.

        Notices apply in order of publication (undated ones first, then in the
        order given), so an amending notice overrides what an earlier one said
        about the same day. The years must be contiguous.

        >>> src = NoticeSource("Notice on 2030 holidays", published=date(2029, 11, 1))
        >>> cal = WorkCalendar.from_notices([CalendarNotice(2030, src, [date(2030, 1, 1)])])
        >>> cal.first, cal.last, cal.is_workday(date(2030, 1, 1))
        (datetime.date(2030, 1, 1), datetime.date(2030, 12, 31), False)
        """
        ordered = sorted(
            enumerate(notices),
            key=lambda pair: (pair[1].source.published or date.min, pair[0]),
        )
        if not ordered:
            msg = "at least one notice is needed"
            raise InvalidInputError(msg, field="notices", value=())
        years = sorted({n.year for _, n in ordered})
        missing = sorted(set(range(years[0], years[-1] + 1)) - set(years))
        if missing:
            msg = "covered years must be contiguous; no notice for these years"
            raise InvalidInputError(msg, field="notices", value=missing)
        days: dict[date, RestDay | MakeupWorkday] = {}
        for _, notice in ordered:
            _apply(days, notice)
        return cls._from_days(
            days,
            first=date(years[0], 1, 1),
            last=date(years[-1], 12, 31),
            weekend=weekend,
            sources=[n.source for _, n in ordered],
        )

    @classmethod
    def _from_days(
        cls,
        days: dict[date, RestDay | MakeupWorkday],
        *,
        first: date,
        last: date,
        weekend: Iterable[int],
        sources: Iterable[NoticeSource],
    ) -> WorkCalendar:
        return cls(
            first=first,
            last=last,
            rest_days=[d for d in days.values() if isinstance(d, RestDay)],
            makeup_workdays=[d for d in days.values() if isinstance(d, MakeupWorkday)],
            weekend=weekend,
            sources=sources,
        )

    def with_notice(self, notice: CalendarNotice) -> WorkCalendar:
        """Return a new calendar with ``notice`` applied on top of this one.

        This is how to load a newly published notice (next year's, or an
        amendment) without waiting for a release. The notice's days override
        what this calendar said of the same dates, and the covered range grows
        to include the notice's whole year, which must adjoin or lie inside it.

        >>> cal = WorkCalendar(first=date(2030, 1, 1), last=date(2030, 12, 31))
        >>> nxt = CalendarNotice(2031, NoticeSource("Notice on 2031"), [date(2031, 1, 1)])
        >>> cal.with_notice(nxt).add_workdays(date(2030, 12, 31), 1)
        datetime.date(2031, 1, 2)
        """
        start, end = date(notice.year, 1, 1), date(notice.year, 12, 31)
        if start > self.last + _ONE_DAY or end < self.first - _ONE_DAY:
            msg = (
                f"the notice's year must adjoin or lie inside the covered range "
                f"{self.first.isoformat()}..{self.last.isoformat()}"
            )
            raise InvalidInputError(msg, field="year", value=notice.year)
        days: dict[date, RestDay | MakeupWorkday] = {d.on: d for d in self.rest_days}
        days.update((d.on, d) for d in self.makeup_workdays)
        _apply(days, notice)
        return self._from_days(
            days,
            first=min(self.first, start),
            last=max(self.last, end),
            weekend=self.weekend,
            sources=(*self.sources, notice.source),
        )

    # -- equality --------------------------------------------------------------------

    def _key(self) -> tuple[object, ...]:
        return (self.first, self.last, self.rest_days, self.makeup_workdays, self.weekend)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, WorkCalendar):
            return NotImplemented
        return self._key() == other._key() and self.sources == other.sources

    def __hash__(self) -> int:
        return hash(self._key())

    # -- queries -----------------------------------------------------------------------

    def _index(self, d: date, field: str = "d") -> int:
        if type(d) is not date:
            msg = "must be a datetime.date (not a datetime or a string)"
            raise InvalidInputError(msg, field=field, value=d)
        i = d.toordinal() - self._base
        if i < 0 or i >= len(self._cum):
            raise CalendarNotPublishedError(d.year, on=d)
        return i

    def covers(self, d: date) -> bool:
        """Whether ``d`` lies in the covered range.

        >>> cal = WorkCalendar(first=date(2030, 1, 1), last=date(2030, 12, 31))
        >>> cal.covers(date(2031, 1, 1))
        False
        """
        if type(d) is not date:
            msg = "must be a datetime.date (not a datetime or a string)"
            raise InvalidInputError(msg, field="d", value=d)
        return self.first <= d <= self.last

    def is_workday(self, d: date) -> bool:
        """Whether ``d`` is a working day.

        >>> cal = WorkCalendar(first=date(2030, 1, 1), last=date(2030, 12, 31))
        >>> cal.is_workday(date(2030, 1, 5))
        False
        """
        i = self._index(d)
        return self._cum[i] != (self._cum[i - 1] if i else 0)

    def day_kind(self, d: date) -> DayKind:
        """What kind of day ``d`` is: workday, weekend, holiday, in-lieu rest, or makeup.

        >>> cal = WorkCalendar(first=date(2030, 1, 1), last=date(2030, 12, 31),
        ...                    rest_days=[date(2030, 1, 1)])
        >>> cal.day_kind(date(2030, 1, 1)), cal.day_kind(date(2030, 1, 6))
        (<DayKind.HOLIDAY: 'holiday'>, <DayKind.WEEKEND: 'weekend'>)
        """
        self._index(d)
        note = self._notes.get(d)
        if isinstance(note, MakeupWorkday):
            return DayKind.MAKEUP_WORKDAY
        if isinstance(note, RestDay):
            return DayKind(note.kind.value)
        return DayKind.WEEKEND if d.weekday() in self.weekend else DayKind.WORKDAY

    def note(self, d: date) -> RestDay | MakeupWorkday | None:
        """The dated entry for ``d`` (with its occasion and source), if there is one."""
        self._index(d)
        return self._notes.get(d)

    def add_workdays(self, d: date, n: int) -> date:
        """The ``n``-th working day after ``d`` (before it, for negative ``n``).

        ``d`` itself never counts, whether or not it is a working day; ``n = 0``
        returns ``d``. ``d`` and every day the answer depends on must be covered:
        a question asked from an uncovered day is a question about that day's
        year, and raises like any other (fail closed).

        >>> cal = WorkCalendar(first=date(2030, 1, 1), last=date(2030, 12, 31))
        >>> cal.add_workdays(date(2030, 1, 4), 1), cal.add_workdays(date(2030, 1, 7), -1)
        (datetime.date(2030, 1, 7), datetime.date(2030, 1, 4))
        """
        i = self._index(d)
        if type(n) is not int:
            msg = "must be a whole number (int)"
            raise InvalidInputError(msg, field="n", value=n)
        if n > 0:
            k = self._cum[i] + n - 1
            if k < len(self._workdays):
                return self._workdays[k]
            raise CalendarNotPublishedError((self.last + _ONE_DAY).year)
        if n == 0:
            return d
        before = self._cum[i - 1] if i else 0
        k = before + n
        if k >= 0:
            return self._workdays[k]
        raise CalendarNotPublishedError((self.first - _ONE_DAY).year)

    def count_workdays(self, start: date, end: date) -> int:
        """The number of working days ``x`` with ``start < x <= end``.

        When ``end`` is before ``start`` the answer is minus the count the other
        way round. Both dates must be covered (fail closed, as for
        :meth:`add_workdays`).

        >>> cal = WorkCalendar(first=date(2030, 1, 1), last=date(2030, 12, 31))
        >>> cal.count_workdays(date(2030, 1, 4), date(2030, 1, 11))
        5
        >>> cal.count_workdays(date(2030, 1, 11), date(2030, 1, 4))
        -5
        """
        i = self._index(start, "start")
        j = self._index(end, "end")
        return self._cum[j] - self._cum[i]

    def workdays(self, start: date, end: date) -> list[date]:
        """The working days ``x`` with ``start < x <= end``, in order."""
        i = self._index(start, "start")
        j = self._index(end, "end")
        if j <= i:
            return []
        return self._workdays[self._cum[i] : self._cum[j]]


def _apply(days: dict[date, RestDay | MakeupWorkday], notice: CalendarNotice) -> None:
    for rest in notice.rest_days:
        days[rest.on] = rest if rest.source else attrs.evolve(rest, source=notice.source)
    for work in notice.makeup_workdays:
        days[work.on] = work if work.source else attrs.evolve(work, source=notice.source)
