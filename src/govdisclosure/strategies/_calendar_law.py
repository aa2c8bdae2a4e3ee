"""Strategies for the lowest layers: periods, instruments and citations, calendars."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from hypothesis import strategies as st

from govdisclosure.calendar import (
    CalendarNotice,
    MakeupWorkday,
    NoticeSource,
    RestDay,
    RestKind,
    WorkCalendar,
)
from govdisclosure.law import CalendarDays, Citation, CitationStyle, Instrument, WorkingDays
from govdisclosure.strategies._base import (
    _dates,
    _ids,
    _labels,
    _optional,
    _texts,
)

# -- law ------------------------------------------------------------------------------------


def working_days(max_days: int = 60) -> st.SearchStrategy[WorkingDays]:
    """Periods in working days, 0 to ``max_days``."""
    return st.builds(WorkingDays, st.integers(0, max_days))


def calendar_days(max_days: int = 365) -> st.SearchStrategy[CalendarDays]:
    """Periods in calendar days, 0 to ``max_days``."""
    return st.builds(CalendarDays, st.integers(0, max_days))


def instruments() -> st.SearchStrategy[Instrument]:
    """Legal instruments with random titles, numbers and dates."""
    return st.builds(
        Instrument,
        code=_ids,
        title=_labels,
        short=_labels,
        number=_optional(_labels),
        promulgated=_optional(_dates),
        effective=_optional(_dates),
        url=_optional(st.just("https://example.org/act")),
        style=st.sampled_from(CitationStyle),
    )


def citations() -> st.SearchStrategy[Citation]:
    """Citations of provisions of random instruments."""
    return st.builds(
        Citation,
        instruments(),
        article=_optional(st.from_regex(r"[1-9][0-9]{0,2}", fullmatch=True)),
        paragraph=_optional(st.integers(1, 9)),
        item=_optional(st.sampled_from(["1", "2", "一", "二", "(3)"])),
        note=_texts,
    )


# -- calendars ---------------------------------------------------------------------------


def notice_sources() -> st.SearchStrategy[NoticeSource]:
    """Sources of calendar notices."""
    return st.builds(
        NoticeSource,
        title=st.text(min_size=1, max_size=40),
        number=st.none() | st.text(min_size=1, max_size=20),
        published=st.none() | st.dates(date(2000, 1, 1), date(2040, 12, 31)),
        url=st.none() | st.just("https://example.org/notice"),
    )


def rest_days() -> st.SearchStrategy[RestDay]:
    """Dated rest days, on their own (a calendar checks them against its weekend)."""
    return st.builds(
        RestDay,
        _dates,
        st.sampled_from(RestKind),
        _texts,
        _optional(notice_sources()),
    )


def makeup_workdays() -> st.SearchStrategy[MakeupWorkday]:
    """Dated makeup working days, on their own."""
    return st.builds(MakeupWorkday, _dates, _texts, _optional(notice_sources()))


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


def registry() -> dict[type, Callable[[], st.SearchStrategy[Any]]]:
    """The strategy of each model class of this module, by class."""
    return {
        WorkingDays: working_days,
        CalendarDays: calendar_days,
        Instrument: instruments,
        Citation: citations,
        NoticeSource: notice_sources,
        RestDay: rest_days,
        MakeupWorkday: makeup_workdays,
        CalendarNotice: calendar_notices,
        WorkCalendar: calendars,
    }
