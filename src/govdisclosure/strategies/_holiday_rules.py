"""Hypothesis strategies for holiday rules and rule-built calendars.

Hooked into :mod:`govdisclosure.strategies` (``from_type`` and the round-trip
tests) through :func:`registry`.

>>> from hypothesis import given, settings
>>> @settings(max_examples=5)
... @given(holiday_rules())
... def check(rule):
...     assert rule.name
>>> check()

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from hypothesis import strategies as st

from govdisclosure.calendar import (
    EasterOffset,
    FixedDate,
    HolidayRule,
    MakeupWorkday,
    NoticeSource,
    NthWeekday,
    Observance,
    RelativeDate,
    RestDay,
    RestKind,
    WorkCalendar,
)

__all__ = [
    "easter_offsets",
    "fixed_dates",
    "holiday_rules",
    "nth_weekdays",
    "relative_dates",
    "rule_calendars",
    "rule_sets",
]

_NAMES = st.text(st.characters(categories=("L", "N")), min_size=1, max_size=12)
_SOURCES = st.none() | st.builds(
    NoticeSource,
    title=st.text(min_size=1, max_size=30),
    number=st.none() | st.text(min_size=1, max_size=10),
    published=st.none() | st.dates(date(1990, 1, 1), date(2040, 12, 31)),
    url=st.none() | st.just("https://example.org/law"),
)
_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def fixed_dates() -> st.SearchStrategy[FixedDate]:
    """Fixed days of a month (never 29 February)."""
    return st.integers(1, 12).flatmap(
        lambda m: st.builds(FixedDate, st.just(m), st.integers(1, _DAYS_IN_MONTH[m - 1]))
    )


def nth_weekdays() -> st.SearchStrategy[NthWeekday]:
    """The first to fourth, or last to fourth-last, weekday of a month."""
    nth = st.integers(1, 4) | st.integers(-4, -1)
    return st.builds(NthWeekday, st.integers(1, 12), st.integers(0, 6), nth)


def easter_offsets() -> st.SearchStrategy[EasterOffset]:
    """Days counted from Easter Sunday."""
    return st.builds(EasterOffset, st.integers(-60, 60))


def relative_dates(names: st.SearchStrategy[str] = _NAMES) -> st.SearchStrategy[RelativeDate]:
    """Days counted from another rule's date."""
    return st.builds(RelativeDate, names, st.integers(-10, 10).filter(bool))


@st.composite
def holiday_rules(
    draw: st.DrawFn, when: st.SearchStrategy[Any] | None = None, name: str | None = None
) -> HolidayRule:
    """Holiday rules, on their own (a relative one may name a rule that is not there)."""
    chosen = draw(
        when
        if when is not None
        else fixed_dates() | nth_weekdays() | easter_offsets() | relative_dates()
    )
    first = draw(st.none() | st.integers(1990, 2030))
    last = draw(st.none() | st.integers(first or 1990, 2040))
    every = draw(st.integers(1, 4)) if first is not None else 1
    return HolidayRule(
        name if name is not None else draw(_NAMES),
        chosen,
        draw(st.sampled_from(Observance)),
        first_year=first,
        last_year=last,
        every=every,
        except_years=draw(st.lists(st.integers(1990, 2040), max_size=2, unique=True)),
        source=draw(_SOURCES),
    )


@st.composite
def rule_sets(draw: st.DrawFn, max_rules: int = 8) -> list[HolidayRule]:
    """Lists of rules with distinct names, whose relative rules name a non-relative one."""
    names = draw(st.lists(_NAMES, min_size=1, max_size=max_rules, unique=True))
    base_count = draw(st.integers(1, len(names)))
    absolute = fixed_dates() | nth_weekdays() | easter_offsets()
    rules = [draw(holiday_rules(absolute, name)) for name in names[:base_count]]
    targets = st.sampled_from(names[:base_count])
    rules += [draw(holiday_rules(relative_dates(targets), name)) for name in names[base_count:]]
    return draw(st.permutations(rules))


@st.composite
def rule_calendars(draw: st.DrawFn, min_year: int = 2000, max_year: int = 2035) -> WorkCalendar:
    """Calendars built from random rules and a few dated closures, over one to three years."""
    start = draw(st.integers(min_year, max_year - 2))
    first = date(start, 1, 1) + timedelta(days=draw(st.integers(0, 200)))
    last = date(start + draw(st.integers(0, 2)), 12, 31)
    rules = draw(rule_sets())
    weekdays = st.dates(first, last).filter(lambda d: d.weekday() < 5)
    closures = draw(st.lists(weekdays, max_size=3, unique=True))
    records = [RestDay(d, RestKind.HOLIDAY, "closure", draw(_SOURCES)) for d in closures]
    weekends = st.dates(first, last).filter(lambda d: d.weekday() >= 5)
    worked = [d for d in draw(st.lists(weekends, max_size=2, unique=True)) if d not in closures]
    return WorkCalendar.from_rules(
        rules,
        first=first,
        last=last,
        rest_days=records,
        makeup_workdays=[MakeupWorkday(d, "worked") for d in worked],
    )


def registry() -> dict[type, Callable[[], st.SearchStrategy[Any]]]:
    """The strategies of this module, by the type they build."""
    return {
        FixedDate: fixed_dates,
        NthWeekday: nth_weekdays,
        EasterOffset: easter_offsets,
        RelativeDate: relative_dates,
        HolidayRule: holiday_rules,
    }
