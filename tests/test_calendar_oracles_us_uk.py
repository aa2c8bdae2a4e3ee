"""Rule-built US and UK calendars checked day by day against the ``holidays`` package.

The rules are test fixtures (``calendar_rule_fixtures.py``), written from
``shared/spec/us-uk-foi.md`` §A6 and §B5-B6, not from ``holidays``; ``holidays``
(vacanza, test-only) compiled the same law independently. Every day of 2005-2026
is compared: a working day is a Monday to Friday that ``holidays`` does not list.
"""

from __future__ import annotations

from datetime import date, timedelta

import holidays
import pytest

from calendar_rule_fixtures import (
    FIRST,
    INAUGURATION_DAY,
    LAST,
    US_CLOSURES,
    US_HALF_DAYS,
    england_wales,
    scotland,
    us_federal,
)
from govdisclosure.calendar import WorkCalendar

YEARS = range(FIRST.year - 1, LAST.year + 2)
DAYS = [FIRST + timedelta(days=i) for i in range((LAST - FIRST).days + 1)]


def disagreements(cal: WorkCalendar, oracle: holidays.HolidayBase) -> list[date]:
    return [d for d in DAYS if cal.is_workday(d) != (d.weekday() < 5 and d not in oracle)]


def test_every_day_is_compared() -> None:
    assert len(DAYS) == 8035  # 22 years, 5 of them leap years


def test_us_federal_rules_agree_with_holidays_public() -> None:
    assert disagreements(us_federal(closures=False), holidays.US(years=YEARS)) == []


def test_us_rules_and_closures_agree_with_holidays_government_but_for_half_days() -> None:
    oracle = holidays.US(years=YEARS, categories=("government",))
    # The two half-day closings are working days here (spec §A6.3: a half-day is a
    # working day by default); holidays lists them as closings.
    assert disagreements(us_federal(), oracle) == list(US_HALF_DAYS)
    assert all("half-day" in oracle[d] for d in US_HALF_DAYS)


def test_us_closures_are_exactly_the_days_only_government_lists() -> None:
    public = holidays.US(years=YEARS)
    government = holidays.US(years=YEARS, categories=("government",))
    only_government = {d for d in government if FIRST <= d <= LAST and d not in public}
    assert only_government == {r.on for r in US_CLOSURES} | set(US_HALF_DAYS)


@pytest.mark.parametrize("subdiv", ["ENG", "WLS"])
def test_england_and_wales_agree_with_holidays(subdiv: str) -> None:
    assert disagreements(england_wales(), holidays.UK(subdiv=subdiv, years=YEARS)) == []


def test_scotland_agrees_with_holidays() -> None:
    assert disagreements(scotland(), holidays.UK(subdiv="SCT", years=YEARS)) == []


def test_the_union_of_the_parts_agrees_with_the_union_of_holidays() -> None:
    union = WorkCalendar.union_of([england_wales(), scotland()])
    oracle = holidays.UK(subdiv="ENG", years=YEARS) + holidays.UK(subdiv="SCT", years=YEARS)
    assert disagreements(union, oracle) == []
    # A Scottish-only day (2 January) and an English-only one (Easter Monday) are both rest.
    assert not union.is_workday(date(2026, 1, 2))
    assert not union.is_workday(date(2026, 4, 6))


@pytest.mark.parametrize(
    ("received", "england_only", "union"),
    [
        # spec §B2.3 test vectors: the 20th working day after receipt.
        (date(2025, 12, 19), date(2026, 1, 21), date(2026, 1, 22)),  # 2 January, Scotland
        (date(2026, 6, 5), date(2026, 7, 3), date(2026, 7, 6)),  # 15 June, Scotland only
    ],
)
def test_spec_vectors_for_the_uk_union(received: date, england_only: date, union: date) -> None:
    both = WorkCalendar.union_of([england_wales(), scotland()])
    assert england_wales().add_workdays(received, 20) == england_only
    assert both.add_workdays(received, 20) == union


def test_a_location_scoped_holiday_is_a_union_with_the_national_calendar() -> None:
    # §6103(c): Inauguration Day is a holiday only in the Inauguration Day area.
    national = us_federal(closures=False)
    area = WorkCalendar.union_of(
        [national, WorkCalendar.from_rules([INAUGURATION_DAY], first=FIRST, last=LAST)]
    )
    assert national.is_workday(date(2021, 1, 20))  # a Wednesday
    assert not area.is_workday(date(2021, 1, 20))
    # Sunday 20 January 2013 moves to Monday 21, which is also MLK Day: no extra day.
    assert area.note(date(2013, 1, 21)).name == "Birthday of Martin Luther King, Jr."
    assert area.count_workdays(date(2025, 1, 17), date(2025, 1, 21)) == 1  # = MLK Day 2025
    only_area = [d for d in DAYS if national.is_workday(d) != area.is_workday(d)]
    assert only_area == [
        date(2005, 1, 20),
        date(2009, 1, 20),
        date(2017, 1, 20),
        date(2021, 1, 20),
    ]
