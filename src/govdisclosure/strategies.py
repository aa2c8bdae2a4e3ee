"""Public Hypothesis strategies that build valid govdisclosure objects.

For users writing property-based tests of their own code, and used by the
library's own tests. Hypothesis is an optional dependency
(``pip install govdisclosure[strategies]``); importing :mod:`govdisclosure`
never imports it, only importing this module does.

>>> from hypothesis import given
>>> @given(calendars())
... def test_twenty_days_is_a_workday(cal):
...     d = cal.first
...     try:
...         end = cal.add_workdays(d, 20)
...     except CalendarNotPublishedError:
...         return
...     assert cal.is_workday(end)
>>> test_twenty_days_is_a_workday()

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import strategies as st

from govdisclosure.calendar import (
    CalendarNotice,
    MakeupWorkday,
    NoticeSource,
    RestDay,
    RestKind,
    WorkCalendar,
)
from govdisclosure.errors import CalendarNotPublishedError
from govdisclosure.law import CalendarDays, WorkingDays

__all__ = [
    "CalendarNotPublishedError",
    "calendar_notices",
    "calendars",
    "cn_dates",
    "notice_sources",
    "working_days",
]


def working_days(max_days: int = 60) -> st.SearchStrategy[WorkingDays]:
    """Periods in working days, 0 to ``max_days``."""
    return st.builds(WorkingDays, st.integers(0, max_days))


def calendar_days(max_days: int = 365) -> st.SearchStrategy[CalendarDays]:
    """Periods in calendar days, 0 to ``max_days``."""
    return st.builds(CalendarDays, st.integers(0, max_days))


def notice_sources() -> st.SearchStrategy[NoticeSource]:
    """Sources of calendar notices."""
    return st.builds(
        NoticeSource,
        title=st.text(min_size=1, max_size=40),
        number=st.none() | st.text(min_size=1, max_size=20),
        published=st.none() | st.dates(date(2000, 1, 1), date(2040, 12, 31)),
        url=st.none() | st.just("https://example.org/notice"),
    )


@st.composite
def _year_days(
    draw: st.DrawFn, year: int, weekend: frozenset[int]
) -> tuple[list[RestDay], list[MakeupWorkday]]:
    start = date(year, 1, 1)
    offsets = draw(st.sets(st.integers(0, 364), max_size=25))
    rest: list[RestDay] = []
    makeup: list[MakeupWorkday] = []
    for offset in sorted(offsets):
        day = start + timedelta(days=offset)
        if day.weekday() in weekend:
            if draw(st.booleans()):
                makeup.append(MakeupWorkday(day, "makeup"))
            else:
                rest.append(RestDay(day, RestKind.WEEKEND, "holiday period"))
        else:
            kind = draw(st.sampled_from([RestKind.HOLIDAY, RestKind.IN_LIEU]))
            rest.append(RestDay(day, kind, "holiday"))
    return rest, makeup


@st.composite
def calendar_notices(
    draw: st.DrawFn, year: int | None = None, weekend: frozenset[int] = frozenset({5, 6})
) -> CalendarNotice:
    """Notices for one year (``year``, or one drawn from 2000-2040)."""
    chosen = year if year is not None else draw(st.integers(2000, 2040))
    rest, makeup = draw(_year_days(chosen, weekend))
    return CalendarNotice(chosen, draw(notice_sources()), rest, makeup)


@st.composite
def calendars(draw: st.DrawFn, min_years: int = 1, max_years: int = 3) -> WorkCalendar:
    """Working-day calendars over whole consecutive years, with random rest and makeup days.

    Weekends are Saturday and Sunday or, now and then, another pattern with at
    least one working weekday.
    """
    weekend = draw(st.just(frozenset({5, 6})) | st.frozensets(st.integers(0, 6), max_size=3))
    first = draw(st.integers(2000, 2038))
    count = draw(st.integers(min_years, max_years))
    notices = [draw(calendar_notices(first + i, weekend)) for i in range(count)]
    return WorkCalendar.from_notices(notices, weekend=weekend)


def cn_dates(
    first: date = date(2008, 1, 1), last: date = date(2026, 12, 31)
) -> st.SearchStrategy[date]:
    """Dates inside the bundled PRC calendar (2008-2026 unless narrowed)."""
    return st.dates(first, last)
