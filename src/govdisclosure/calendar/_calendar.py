"""The working-day calendar itself: a covered range, its tables, and its arithmetic.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import date, timedelta
from typing import TYPE_CHECKING

import attrs

from govdisclosure._validators import check_date
from govdisclosure.calendar._batch import add_workdays_array, count_workdays_array, is_workday_array
from govdisclosure.calendar._days import (
    CalendarNotice,
    DayKind,
    MakeupWorkday,
    NoticeSource,
    RestDay,
    _apply,
    _to_makeup,
    _to_rest_days,
    _to_sources,
    _to_weekend,
    calendar_problems,
    source_key,
    source_order,
    union_days,
)
from govdisclosure.calendar._rules import HolidayRule, check_rules, rule_days
from govdisclosure.calendar._union import union_parts
from govdisclosure.errors import CalendarNotPublishedError, InvalidInputError
from govdisclosure.law import OMIT_IF_DEFAULT

if TYPE_CHECKING:
    from govdisclosure.calendar._batch import BoolArray, DayArray, IntArray

__all__ = ["WorkCalendar"]

_ONE_DAY = timedelta(days=1)
_FINGERPRINT_VERSION = "govdisclosure.WorkCalendar/1"


def _count(items: tuple[object, ...], noun: str) -> str:
    return f"1 {noun}" if len(items) == 1 else f"{len(items):,} {noun}s"


@attrs.frozen(eq=False, repr=False)
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
        unpublished_hint: Added to the message of the
            :class:`~govdisclosure.errors.CalendarNotPublishedError` raised for a
            day after the covered range (how to load a notice published since);
            it changes no answer and is not part of equality or the fingerprint.
    """

    first: date = attrs.field(validator=check_date)
    last: date = attrs.field(validator=check_date)
    rest_days: tuple[RestDay, ...] = attrs.field(default=(), converter=_to_rest_days)
    makeup_workdays: tuple[MakeupWorkday, ...] = attrs.field(default=(), converter=_to_makeup)
    weekend: frozenset[int] = attrs.field(default=frozenset({5, 6}), converter=_to_weekend)
    sources: tuple[NoticeSource, ...] = attrs.field(default=(), converter=_to_sources)
    unpublished_hint: str | None = attrs.field(
        default=None, kw_only=True, metadata={OMIT_IF_DEFAULT: True}
    )

    _base: int = attrs.field(init=False, repr=False)
    _cum: list[int] = attrs.field(init=False, repr=False)
    _workdays: list[date] = attrs.field(init=False, repr=False)
    _notes: dict[date, RestDay | MakeupWorkday] = attrs.field(init=False, repr=False)
    _digest: list[str] = attrs.field(init=False, repr=False, eq=False)
    _arrays: list[object] = attrs.field(init=False, repr=False, eq=False)  # see _batch

    def __attrs_post_init__(self) -> None:
        problems = calendar_problems(
            self.first, self.last, self.rest_days, self.makeup_workdays, self.weekend
        )
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
        object.__setattr__(self, "_digest", [])
        object.__setattr__(self, "_arrays", [])

    # -- construction from notices -------------------------------------------------

    @classmethod
    def from_notices(
        cls,
        notices: Iterable[CalendarNotice],
        *,
        weekend: Iterable[int] = (5, 6),
        unpublished_hint: str | None = None,
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
            unpublished_hint=unpublished_hint,
        )

    @classmethod
    def _from_days(  # noqa: PLR0913 - the days, the range, and the calendar's other fields
        cls,
        days: dict[date, RestDay | MakeupWorkday],
        *,
        first: date,
        last: date,
        weekend: Iterable[int],
        sources: Iterable[NoticeSource],
        unpublished_hint: str | None = None,
    ) -> WorkCalendar:
        return cls(
            first=first,
            last=last,
            rest_days=[d for d in days.values() if isinstance(d, RestDay)],
            makeup_workdays=[d for d in days.values() if isinstance(d, MakeupWorkday)],
            weekend=weekend,
            sources=sources,
            unpublished_hint=unpublished_hint,
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
            unpublished_hint=self.unpublished_hint,
        )

    @classmethod
    def from_rules(  # noqa: PLR0913 - the rules, the range, and the constructor's own arguments
        cls,
        rules: Iterable[HolidayRule],
        *,
        first: date,
        last: date,
        rest_days: Iterable[RestDay | date] = (),
        makeup_workdays: Iterable[MakeupWorkday | date] = (),
        weekend: Iterable[int] = (5, 6),
    ) -> WorkCalendar:
        """Build a calendar over ``first``..``last`` from holiday rules and dated records.

        The rules give their rest days for every year they touch (a holiday of
        the year after may be observed on the last day of this one); where two
        rules give the same day the first entry is kept (see
        :func:`~govdisclosure.calendar.rule_days`). ``rest_days`` are dated
        records (a closure ordered or proclaimed, with its source, whose
        ``published`` date is when it was announced); a record, or a
        ``makeup_workdays`` entry, overrides what the rules say of its day (a
        record and a makeup day on one date, or a date recorded twice, are
        refused as in the constructor). ``sources`` lists the rules' sources, then the records',
        each once.

        The covered range is yours to choose, and it is a promise: a rule pack
        should stop where ad-hoc closures may still be announced.

        >>> from govdisclosure.calendar import FixedDate, HolidayRule, Observance
        >>> rules = [HolidayRule("New Year's Day", FixedDate(1, 1), Observance.NEAREST_WEEKDAY)]
        >>> cal = WorkCalendar.from_rules(rules, first=date(2021, 1, 1), last=date(2021, 12, 31))
        >>> cal.day_kind(date(2021, 12, 31))   # 1 January 2022 is a Saturday
        <DayKind.IN_LIEU: 'in_lieu'>
        """
        checked = check_rules(rules)
        if type(first) is not date or type(last) is not date:
            bad = ("first", first) if type(first) is not date else ("last", last)
            msg = "must be a datetime.date (not a datetime or a string)"
            raise InvalidInputError(msg, field=bad[0], value=bad[1])
        ruled: dict[date, RestDay] = {}
        for year in range(first.year - 1, last.year + 2):
            for rest in rule_days(checked, year):
                if first <= rest.on <= last:
                    ruled.setdefault(rest.on, rest)
        records = _to_rest_days(rest_days)
        makeup = _to_makeup(makeup_workdays)
        specific = {r.on for r in records} | {m.on for m in makeup}
        found = [r.source for r in checked]
        found += [r.source for r in records] + [m.source for m in makeup]
        return cls(
            first=first,
            last=last,
            rest_days=[*(d for on, d in ruled.items() if on not in specific), *records],
            makeup_workdays=makeup,
            weekend=weekend,
            sources=list(dict.fromkeys(s for s in found if s is not None)),
        )

    @classmethod
    def union_of(cls, calendars: Iterable[WorkCalendar]) -> WorkCalendar:
        """The calendar of a country's parts: a day is a rest day if it is one in any part.

        The union covers the days every part covers (the intersection of their
        ranges, which must not be empty); the parts must share one weekly rest
        pattern. A weekend day is worked only where every part works it. Where
        parts note the same day differently, the union keeps one entry chosen by
        a fixed order (holiday before in lieu before weekend, then name, then
        source), so the union is commutative, associative and idempotent; its
        sources are the parts' sources, each once, in a fixed order. The union of
        one calendar (or of equal ones) is that calendar.

        >>> a = WorkCalendar(first=date(2030, 1, 1), last=date(2030, 12, 31),
        ...                  rest_days=[date(2030, 1, 2)])
        >>> b = WorkCalendar(first=date(2030, 1, 1), last=date(2030, 6, 30),
        ...                  rest_days=[date(2030, 3, 18)])
        >>> u = WorkCalendar.union_of([a, b])
        >>> u.last, u.is_workday(date(2030, 1, 2)), u.is_workday(date(2030, 3, 18))
        (datetime.date(2030, 6, 30), False, False)
        """
        distinct, weekend, first, last = union_parts(calendars, WorkCalendar)
        if len(distinct) == 1:
            return distinct[0]  # type: ignore[no-any-return]
        days = union_days(distinct)
        sources = sorted({s for c in distinct for s in c.sources}, key=source_order)
        hints = {c.unpublished_hint for c in distinct}
        return cls._from_days(
            days,
            first=first,
            last=last,
            weekend=weekend,
            sources=sources,
            unpublished_hint=hints.pop() if len(hints) == 1 else None,
        )

    # -- identity --------------------------------------------------------------------

    @property
    def fingerprint(self) -> str:
        """A SHA-256 hex digest of everything that decides this calendar's answers.

        It covers the range, the weekly rest days, every dated day with its kind,
        occasion and source, and the sources: equal calendars have equal
        fingerprints, and any change to a day changes it. It is computed once,
        on first use, and never serialized; a document can name a calendar by
        it (see :func:`~govdisclosure.calendar.calendar_name`).

        >>> a = WorkCalendar(first=date(2030, 1, 1), last=date(2030, 12, 31))
        >>> b = WorkCalendar(first=date(2030, 1, 1), last=date(2030, 12, 31))
        >>> a.fingerprint == b.fingerprint, len(a.fingerprint)
        (True, 64)
        >>> shorter = WorkCalendar(first=date(2030, 1, 1), last=date(2030, 12, 30))
        >>> a.fingerprint == shorter.fingerprint
        False
        """
        if not self._digest:
            payload = [
                _FINGERPRINT_VERSION,
                self.first.isoformat(),
                self.last.isoformat(),
                sorted(self.weekend),
                [
                    [r.on.isoformat(), r.kind.value, r.name, source_key(r.source)]
                    for r in self.rest_days
                ],
                [[m.on.isoformat(), m.name, source_key(m.source)] for m in self.makeup_workdays],
                [source_key(s) for s in self.sources],
            ]
            text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
            self._digest.append(hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest())
        return self._digest[0]

    # -- equality --------------------------------------------------------------------

    def _key(self) -> tuple[object, ...]:
        return (self.first, self.last, self.rest_days, self.makeup_workdays, self.weekend)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, WorkCalendar):
            return NotImplemented
        return self._key() == other._key() and self.sources == other.sources

    def __hash__(self) -> int:
        return hash(self._key())

    # -- display -----------------------------------------------------------------------

    def __repr__(self) -> str:
        """One line: the covered range, and how many sources and dated days (not the days).

        >>> day = date(2030, 1, 1)
        >>> WorkCalendar(first=day, last=day, rest_days=[day])
        WorkCalendar(2030-01-01..2030-01-01, 0 sources, 1 rest day, 0 makeup workdays)

        .. versionadded:: 0.3.0
        """
        counts = (
            f"{_count(self.sources, 'source')}, {_count(self.rest_days, 'rest day')}, "
            f"{_count(self.makeup_workdays, 'makeup workday')}"
        )
        return f"WorkCalendar({self.first.isoformat()}..{self.last.isoformat()}, {counts})"

    # -- queries -----------------------------------------------------------------------

    def _index(self, d: date, field: str = "d") -> int:
        if type(d) is not date:
            msg = "must be a datetime.date (not a datetime or a string)"
            raise InvalidInputError(msg, field=field, value=d)
        i = d.toordinal() - self._base
        if i < 0:
            raise CalendarNotPublishedError(d.year, on=d)
        if i >= len(self._cum):
            raise CalendarNotPublishedError(d.year, on=d, hint=self.unpublished_hint)
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
            raise CalendarNotPublishedError((self.last + _ONE_DAY).year, hint=self.unpublished_hint)
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

    # -- many dates at once (numpy; see govdisclosure.calendar._batch) ----------------

    def add_workdays_array(self, days: DayArray, n: IntArray | int) -> DayArray:
        """:meth:`add_workdays` over a ``datetime64[D]`` array (see :func:`add_workdays_array`)."""
        return add_workdays_array(self, days, n)

    def is_workday_array(self, days: DayArray) -> BoolArray:
        """:meth:`is_workday` over a ``datetime64[D]`` array (see :func:`is_workday_array`)."""
        return is_workday_array(self, days)

    def count_workdays_array(self, start: DayArray, end: DayArray) -> IntArray:
        """:meth:`count_workdays` over arrays (see :func:`count_workdays_array`)."""
        return count_workdays_array(self, start, end)
