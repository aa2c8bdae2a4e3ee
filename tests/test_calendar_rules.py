"""Rule-built calendars: holiday rules, dated records, observance shifts and coverage.

Expected dates are worked out by hand from a printed calendar (the weekday of each
date is given in the comments) and from the statutes quoted in
``shared/spec/us-uk-foi.md``; the day-by-day oracle against the ``holidays``
package is in ``test_calendar_oracles_us_uk.py``.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govdisclosure.calendar import (
    DayKind,
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
    rule_days,
)
from govdisclosure.errors import CalendarNotPublishedError, InvalidInputError
from govdisclosure.strategies import _holiday_rules as gsc

ONE = timedelta(days=1)
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)
LAW = NoticeSource("Holiday Act", number="s. 1")


def days_of(rules: list[HolidayRule], year: int) -> set[date]:
    return {r.on for r in rule_days(rules, year)}


# -- date rules ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("when", "year", "expected"),
    [
        (FixedDate(12, 25), 2026, date(2026, 12, 25)),
        (FixedDate(2, 28), 2024, date(2024, 2, 28)),
        (NthWeekday(1, MON, 3), 2026, date(2026, 1, 19)),  # Thu 1 Jan: Mondays 5, 12, 19
        (NthWeekday(11, THU, 4), 2026, date(2026, 11, 26)),  # Sun 1 Nov: Thursdays 5..26
        (NthWeekday(11, THU, 4), 2018, date(2018, 11, 22)),  # Thu 1 Nov: 1, 8, 15, 22
        (NthWeekday(9, MON, 1), 2025, date(2025, 9, 1)),  # the 1st is a Monday
        (NthWeekday(5, MON, -1), 2026, date(2026, 5, 25)),  # Sun 31 May: last Monday 25
        (NthWeekday(5, MON, -1), 2021, date(2021, 5, 31)),  # the 31st is a Monday
        (NthWeekday(8, MON, -2), 2026, date(2026, 8, 24)),  # Mon 31 Aug, one before
        (EasterOffset(0), 2026, date(2026, 4, 5)),
        (EasterOffset(-2), 2026, date(2026, 4, 3)),  # Good Friday
        (EasterOffset(1), 2019, date(2019, 4, 22)),  # Easter Monday, Easter on 21 April
        (EasterOffset(-2), 2008, date(2008, 3, 21)),  # an early Easter (23 March)
    ],
)
def test_date_rules(when: FixedDate | NthWeekday | EasterOffset, year: int, expected: date) -> None:
    assert when.on(year) == expected


def test_relative_date_counts_from_the_other_rules_own_date() -> None:
    rules = [
        HolidayRule("Thanksgiving Day", NthWeekday(11, THU, 4), Observance.NEAREST_WEEKDAY),
        HolidayRule("Day after Thanksgiving", RelativeDate("Thanksgiving Day", 1)),
    ]
    assert days_of(rules, 2026) == {date(2026, 11, 26), date(2026, 11, 27)}


def test_relative_date_is_counted_before_the_other_rules_shift() -> None:
    # 25 December 2021 is a Saturday, observed Friday 24; "two days after" is from the 25th.
    rules = [
        HolidayRule("Christmas Day", FixedDate(12, 25), Observance.NEAREST_WEEKDAY),
        HolidayRule("Feast", RelativeDate("Christmas Day", 2)),
    ]
    assert days_of(rules, 2021) == {date(2021, 12, 24), date(2021, 12, 25), date(2021, 12, 27)}


def test_relative_date_follows_the_other_rules_years() -> None:
    rules = [
        HolidayRule("Base", FixedDate(3, 2), first_year=2025),
        HolidayRule("After", RelativeDate("Base", 1)),
    ]
    assert days_of(rules, 2024) == set()
    assert days_of(rules, 2025) == {date(2025, 3, 2), date(2025, 3, 3)}


# -- years -----------------------------------------------------------------------------------


def test_first_and_last_year() -> None:
    rule = HolidayRule("H", FixedDate(6, 1), first_year=2021, last_year=2023)
    assert [y for y in range(2019, 2026) if rule.applies_in(y)] == [2021, 2022, 2023]


def test_every_n_years_from_the_first_year() -> None:
    # Inauguration Day: 20 January of each fourth year after 1965.
    rule = HolidayRule("Inauguration Day", FixedDate(1, 20), first_year=1965, every=4)
    assert [y for y in range(2017, 2034) if rule.applies_in(y)] == [2017, 2021, 2025, 2029, 2033]


def test_except_years_leave_the_day_to_a_record() -> None:
    rule = HolidayRule("Spring", NthWeekday(5, MON, -1), except_years=[2022, 2012])
    assert rule.except_years == (2012, 2022)
    assert not rule.applies_in(2022)
    assert rule.applies_in(2023)


def test_two_versions_of_a_rule_by_year() -> None:
    # Veterans Day: fourth Monday of October 1971-1977, 11 November from 1978.
    rules = [
        HolidayRule("Veterans Day", NthWeekday(10, MON, 4), first_year=1971, last_year=1977),
        HolidayRule("Veterans Day", FixedDate(11, 11), first_year=1978),
    ]
    assert days_of(rules, 1977) == {date(1977, 10, 24)}
    assert days_of(rules, 1979) == {date(1979, 11, 11)}  # a Sunday, and no observance given


# -- observance --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("observance", "d", "expected"),
    [
        (Observance.NONE, date(2026, 7, 4), date(2026, 7, 4)),  # a Saturday stays
        (Observance.NEAREST_WEEKDAY, date(2026, 7, 4), date(2026, 7, 3)),  # Sat -> Fri
        (Observance.NEAREST_WEEKDAY, date(2021, 7, 4), date(2021, 7, 5)),  # Sun -> Mon
        (Observance.NEAREST_WEEKDAY, date(2025, 7, 4), date(2025, 7, 4)),  # a Friday
        (Observance.SUNDAY_TO_MONDAY, date(2029, 1, 20), date(2029, 1, 20)),  # Sat: no shift
        (Observance.SUNDAY_TO_MONDAY, date(2013, 1, 20), date(2013, 1, 21)),  # Sun -> Mon
        (Observance.NEXT_FREE_WEEKDAY, date(2026, 8, 1), date(2026, 8, 3)),  # Sat -> Mon
        (Observance.NEXT_FREE_WEEKDAY, date(2026, 8, 2), date(2026, 8, 3)),  # Sun -> Mon
    ],
)
def test_observance_shift(observance: Observance, d: date, expected: date) -> None:
    assert observance.shift(d) == expected


def test_new_years_day_on_a_saturday_is_observed_the_year_before() -> None:
    rules = [HolidayRule("New Year's Day", FixedDate(1, 1), Observance.NEAREST_WEEKDAY)]
    days = rule_days(rules, 2022)  # 1 January 2022 is a Saturday
    assert [(d.on, d.kind) for d in days] == [
        (date(2022, 1, 1), RestKind.HOLIDAY),
        (date(2021, 12, 31), RestKind.IN_LIEU),
    ]
    cal = WorkCalendar.from_rules(rules, first=date(2021, 1, 1), last=date(2021, 12, 31))
    assert not cal.is_workday(date(2021, 12, 31))
    assert cal.note(date(2021, 12, 31)).name == "New Year's Day"
    with pytest.raises(CalendarNotPublishedError):
        cal.is_workday(date(2022, 1, 1))


CHRISTMAS = [
    HolidayRule("Christmas Day", FixedDate(12, 25), Observance.NEXT_FREE_WEEKDAY),
    HolidayRule("Boxing Day", FixedDate(12, 26), Observance.NEXT_FREE_WEEKDAY),
]


@pytest.mark.parametrize(
    ("year", "weekdays_off"),
    [
        (2021, {date(2021, 12, 27), date(2021, 12, 28)}),  # Sat 25, Sun 26 -> Mon, Tue
        (2022, {date(2022, 12, 26), date(2022, 12, 27)}),  # Sun 25 -> Tue (Mon is Boxing Day)
        (2026, {date(2026, 12, 25), date(2026, 12, 28)}),  # Fri 25, Sat 26 -> Mon 28
        (2023, {date(2023, 12, 25), date(2023, 12, 26)}),  # Mon, Tue: no shift
    ],
)
def test_chained_substitute_days(year: int, weekdays_off: set[date]) -> None:
    assert {d for d in days_of(CHRISTMAS, year) if d.weekday() < SAT} == weekdays_off


def test_scottish_new_year_chains_over_a_monday_holiday() -> None:
    # 1 January 2023 is a Sunday and 2 January a Monday: the substitute is Tuesday 3.
    rules = [
        HolidayRule("New Year's Day", FixedDate(1, 1), Observance.NEXT_FREE_WEEKDAY),
        HolidayRule("2 January", FixedDate(1, 2), Observance.NEXT_FREE_WEEKDAY),
    ]
    assert {d for d in days_of(rules, 2023) if d.weekday() < SAT} == {
        date(2023, 1, 2),
        date(2023, 1, 3),
    }


def test_two_rules_on_one_day_give_one_rest_day() -> None:
    # 20 January 2025 is both the third Monday of January and Inauguration Day.
    rules = [
        HolidayRule("Birthday of Martin Luther King, Jr.", NthWeekday(1, MON, 3)),
        HolidayRule("Inauguration Day", FixedDate(1, 20), first_year=1965, every=4),
    ]
    cal = WorkCalendar.from_rules(rules, first=date(2025, 1, 1), last=date(2025, 1, 31))
    assert cal.note(date(2025, 1, 20)).name == "Birthday of Martin Luther King, Jr."
    assert cal.count_workdays(date(2025, 1, 17), date(2025, 1, 21)) == 1


# -- building calendars --------------------------------------------------------------------------


def test_rule_days_carry_kind_name_and_source() -> None:
    rules = [
        HolidayRule("Independence Day", FixedDate(7, 4), Observance.NEAREST_WEEKDAY, source=LAW)
    ]
    cal = WorkCalendar.from_rules(rules, first=date(2026, 1, 1), last=date(2026, 12, 31))
    assert cal.day_kind(date(2026, 7, 4)) is DayKind.HOLIDAY  # the Saturday itself
    assert cal.day_kind(date(2026, 7, 3)) is DayKind.IN_LIEU
    assert cal.note(date(2026, 7, 3)) == RestDay(
        date(2026, 7, 3), RestKind.IN_LIEU, "Independence Day", LAW
    )
    assert cal.sources == (LAW,)


def test_records_add_closures_with_their_announcement() -> None:
    order = NoticeSource("Executive Order 14371", "14371", published=date(2025, 12, 18))
    closure = RestDay(date(2025, 12, 26), RestKind.HOLIDAY, "Day after Christmas", order)
    rules = [
        HolidayRule("Christmas Day", FixedDate(12, 25), Observance.NEAREST_WEEKDAY, source=LAW)
    ]
    cal = WorkCalendar.from_rules(
        rules, first=date(2025, 1, 1), last=date(2025, 12, 31), rest_days=[closure]
    )
    assert cal.add_workdays(date(2025, 12, 24), 1) == date(2025, 12, 29)
    assert cal.note(date(2025, 12, 26)).source.published == date(2025, 12, 18)
    assert cal.sources == (LAW, order)


def test_a_record_overrides_the_rules_entry_for_its_day() -> None:
    moved = NoticeSource("Proclamation")
    rules = [HolidayRule("Spring", NthWeekday(5, MON, -1), source=LAW)]
    record = RestDay(date(2026, 5, 25), RestKind.HOLIDAY, "Spring (proclaimed)", moved)
    cal = WorkCalendar.from_rules(
        rules, first=date(2026, 1, 1), last=date(2026, 12, 31), rest_days=[record]
    )
    assert cal.note(date(2026, 5, 25)) == record


def test_makeup_workdays_with_rules() -> None:
    rules = [HolidayRule("H", FixedDate(3, 2))]  # Mon 2 March 2026
    cal = WorkCalendar.from_rules(
        rules,
        first=date(2026, 1, 1),
        last=date(2026, 12, 31),
        makeup_workdays=[MakeupWorkday(date(2026, 3, 7), "H")],
    )
    assert cal.count_workdays(date(2026, 2, 27), date(2026, 3, 8)) == 5  # 3-7 March


def test_a_makeup_day_overrides_a_rules_weekend_date() -> None:
    # Christmas 2021 is a Saturday (observed Monday 27 under NEXT_FREE); that Saturday is worked.
    worked = MakeupWorkday(date(2021, 12, 25), "worked")
    cal = WorkCalendar.from_rules(
        CHRISTMAS, first=date(2021, 1, 1), last=date(2021, 12, 31), makeup_workdays=[worked]
    )
    assert cal.is_workday(date(2021, 12, 25))
    assert not cal.is_workday(date(2021, 12, 27))


@pytest.mark.parametrize(
    ("records", "makeup", "message"),
    [
        ([date(2026, 3, 3), date(2026, 3, 3)], [], "listed twice"),
        ([date(2026, 3, 7)], [date(2026, 3, 7)], "both a rest day and a makeup"),
    ],
)
def test_conflicting_records_are_refused(
    records: list[date], makeup: list[date], message: str
) -> None:
    with pytest.raises(InvalidInputError, match=message):
        WorkCalendar.from_rules(
            CHRISTMAS,
            first=date(2026, 1, 1),
            last=date(2026, 12, 31),
            rest_days=records,
            makeup_workdays=makeup,
        )


def test_rule_built_calendar_fails_closed_outside_its_range() -> None:
    cal = WorkCalendar.from_rules(CHRISTMAS, first=date(2026, 1, 1), last=date(2026, 12, 31))
    with pytest.raises(CalendarNotPublishedError) as err:
        cal.add_workdays(date(2026, 12, 30), 5)
    assert err.value.year == 2027


def test_rules_give_equal_calendars_to_equal_lists() -> None:
    cal = WorkCalendar.from_rules(CHRISTMAS, first=date(2026, 1, 1), last=date(2026, 12, 31))
    days = rule_days(CHRISTMAS, 2026)
    assert cal == WorkCalendar(first=date(2026, 1, 1), last=date(2026, 12, 31), rest_days=days)


# -- bad input ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("build", "field"),
    [
        (lambda: FixedDate(13, 1), "month"),
        (lambda: FixedDate(2, 29), "day"),
        (lambda: FixedDate(4, 31), "day"),
        (lambda: NthWeekday(5, 7, 1), "weekday"),
        (lambda: NthWeekday(5, MON, 0), "nth"),
        (lambda: NthWeekday(5, MON, 5), "nth"),
        (lambda: EasterOffset(True), "days_after_easter"),  # a bool is not a day count
        (lambda: RelativeDate("", 1), "rule"),
        (lambda: RelativeDate("X", 0), "days"),
        (lambda: HolidayRule(" ", FixedDate(1, 1)), "name"),
        (lambda: HolidayRule("H", date(2026, 1, 1)), "when"),
        (lambda: HolidayRule("H", FixedDate(1, 1), "sat_fri"), "observance"),
        (lambda: HolidayRule("H", FixedDate(1, 1), every=4), "every"),
        (lambda: HolidayRule("H", FixedDate(1, 1), first_year=2020, last_year=2019), "last_year"),
        (lambda: HolidayRule("H", FixedDate(1, 1), except_years=["2020"]), "except_years[0]"),
        (lambda: HolidayRule("H", FixedDate(1, 1), except_years=[2020, "2021"]), "except_years[1]"),
        (lambda: HolidayRule("H", FixedDate(1, 1), except_years="2020"), "except_years"),
    ],
)
def test_bad_rules_name_the_field(build: object, field: str) -> None:
    with pytest.raises(InvalidInputError) as err:
        build()  # type: ignore[operator]
    assert field in err.value.fields


def test_a_reference_to_no_rule_is_refused() -> None:
    with pytest.raises(InvalidInputError) as err:
        rule_days([HolidayRule("After", RelativeDate("Missing", 1))], 2026)
    assert err.value.fields == ("rules[0].when.rule",)
    assert err.value.value == "Missing"


def test_rules_referring_in_a_circle_are_refused() -> None:
    rules = [HolidayRule("A", RelativeDate("B", 1)), HolidayRule("B", RelativeDate("A", 1))]
    with pytest.raises(InvalidInputError, match="circle"):
        rule_days(rules, 2026)


def test_two_rules_of_one_name_in_one_year_are_refused() -> None:
    rules = [HolidayRule("H", FixedDate(1, 1)), HolidayRule("H", FixedDate(1, 2), first_year=2026)]
    assert days_of(rules[:1], 2026) == {date(2026, 1, 1)}
    with pytest.raises(InvalidInputError) as err:
        rule_days(rules, 2026)
    assert err.value.fields == ("rules[1].name",)


def test_not_a_rule_is_refused() -> None:
    with pytest.raises(InvalidInputError) as err:
        WorkCalendar.from_rules([FixedDate(1, 1)], first=date(2026, 1, 1), last=date(2026, 1, 2))
    assert err.value.fields == ("rules[0]",)


@pytest.mark.parametrize("field", ["first", "last"])
def test_from_rules_needs_dates(field: str) -> None:
    kwargs: dict[str, object] = {"first": date(2026, 1, 1), "last": date(2026, 12, 31)}
    kwargs[field] = "2026-01-01"
    with pytest.raises(InvalidInputError) as err:
        WorkCalendar.from_rules(CHRISTMAS, **kwargs)  # type: ignore[arg-type]
    assert err.value.fields == (field,)


# -- laws ----------------------------------------------------------------------------------------


def _naive_rest(
    cal: WorkCalendar, rules: list[HolidayRule], records: set[date], makeup: set[date]
) -> set[date]:
    """Rest days worked out independently: weekends, every date any rule gives, the records."""
    ruled = {d for y in range(cal.first.year - 1, cal.last.year + 2) for d in days_of(rules, y)}
    rest = set()
    d = cal.first
    while d <= cal.last:
        if d not in makeup and (d.weekday() >= SAT or d in ruled or d in records):
            rest.add(d)
        d += ONE
    return rest


@st.composite
def _built(draw: st.DrawFn) -> tuple[WorkCalendar, list[HolidayRule], set[date], set[date]]:
    rules = draw(gsc.rule_sets())
    start = draw(st.integers(2000, 2030))
    first = date(start, 1, 1) + timedelta(days=draw(st.integers(0, 300)))
    last = date(start + draw(st.integers(0, 2)), 12, 31)
    closures = set(
        draw(st.lists(st.dates(first, last).filter(lambda d: d.weekday() < SAT), max_size=3))
    )
    makeup = set(
        draw(st.lists(st.dates(first, last).filter(lambda d: d.weekday() >= SAT), max_size=2))
    )
    makeup -= closures
    cal = WorkCalendar.from_rules(
        rules, first=first, last=last, rest_days=sorted(closures), makeup_workdays=sorted(makeup)
    )
    return cal, rules, closures, makeup


@given(_built(), st.data())
def test_rule_calendar_agrees_with_a_naive_walk(built, data) -> None:
    cal, rules, closures, makeup = built
    rest = _naive_rest(cal, rules, closures, makeup)
    start = data.draw(st.dates(cal.first, cal.last))
    end = data.draw(st.dates(cal.first, cal.last))
    lo, hi = min(start, end), max(start, end)
    naive = sum(1 for i in range(1, (hi - lo).days + 1) if lo + ONE * i not in rest)
    assert cal.count_workdays(lo, hi) == naive
    assert cal.count_workdays(hi, lo) == -naive
    n = data.draw(st.integers(1, 30))
    walk, left = start, n
    while left and walk < cal.last:
        walk += ONE
        left -= walk not in rest
    if left:
        with pytest.raises(CalendarNotPublishedError):
            cal.add_workdays(start, n)
    else:
        assert cal.add_workdays(start, n) == walk


@given(gsc.rule_sets(), st.integers(1990, 2040))
def test_shifted_days_are_weekdays_and_next_free_days_are_free(rules, year) -> None:
    days = rule_days(rules, year)
    own = [d for d in days if d.kind is RestKind.HOLIDAY]
    shifted = [d for d in days if d.kind is RestKind.IN_LIEU]
    assert all(d.on.weekday() < SAT for d in shifted)
    assert all(d.on.weekday() >= SAT for d in own if any(s.name == d.name for s in shifted))
    by_name = {r.name: r for r in rules if r.applies_in(year)}
    free = [d.on for d in shifted if by_name[d.name].observance is Observance.NEXT_FREE_WEEKDAY]
    assert len(set(free)) == len(free)
    assert not set(free) & {d.on for d in own}
    assert all(abs((s.on - o.on).days) <= 7 for s in shifted for o in own if o.name == s.name)
