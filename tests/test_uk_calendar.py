"""The UK working-day calendars (``uk.calendar``): one example per rule, hand-checked dates.

Every expected date below was worked out by hand from the rule it tests (the weekday of
the date, Schedule 1 of the Banking and Financial Dealings Act 1971, the substitute-day
rule, the proclamation), not copied from the library's output. Spec
``shared/spec/us-uk-foi.md`` §B2.2, §B2.3, §B5, §B6.

The golden snapshot ``tests/snapshots/uk_calendar_weekday_rest_days.txt`` lists every
Monday-to-Friday rest day of 2005-2026 with the parts it is a rest day in, so that a data
change shows in review. Rewrite it with
``GOVDISCLOSURE_UPDATE_SNAPSHOTS=1 pytest tests/test_uk_calendar.py``.
"""

from __future__ import annotations

import difflib
import os
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govdisclosure.calendar import RestDay, RestKind, calendar_name, named_calendar
from govdisclosure.errors import CalendarNotPublishedError, InvalidInputError
from govdisclosure.jurisdictions import uk
from govdisclosure.jurisdictions.uk import (
    ENGLAND_AND_WALES,
    NORTHERN_IRELAND,
    PROCLAMATIONS,
    SCOTLAND,
    Basis,
    CalendarPolicy,
    Part,
    Proclamation,
    calendar,
)

EW, SCT, NI, ALL = Part.ENGLAND_AND_WALES, Part.SCOTLAND, Part.NORTHERN_IRELAND, Part.ALL
PARTS = (EW, SCT, NI)
FIRST, LAST = date(2005, 1, 1), date(2026, 12, 31)


def rest_in(day: date) -> set[Part]:
    """The parts (and ALL) in which ``day`` is not a working day."""
    return {p for p in (*PARTS, ALL) if not calendar(p).is_workday(day)}


# -- the yearly holidays, one rule at a time ---------------------------------------------


@pytest.mark.parametrize(
    ("day", "parts", "why"),
    [
        (date(2023, 4, 7), {EW, SCT, NI}, "Good Friday: common law (EW, NI), Sched. 1 (SCT)"),
        (date(2023, 4, 10), {EW, NI}, "Easter Monday: Sched. 1 paras 1, 3; not Scotland"),
        (date(2023, 5, 1), {EW, SCT, NI}, "first Monday in May"),
        (date(2023, 5, 29), {EW, SCT, NI}, "last Monday in May"),
        (date(2023, 8, 7), {SCT}, "first Monday in August (Scotland)"),
        (date(2023, 8, 28), {EW, NI}, "last Monday in August (EW, NI)"),
        (date(2023, 3, 17), {NI}, "St Patrick's Day, a Friday"),
        (date(2023, 7, 12), {NI}, "Battle of the Boyne, a Wednesday"),
        (date(2020, 11, 30), {SCT}, "St Andrew's Day, a Monday (the day itself)"),
        (date(2007, 11, 30), {SCT}, "St Andrew's Day, a Friday: the first under the 2007 Act"),
        (date(2024, 1, 2), {SCT}, "2 January, a Tuesday"),
        (date(2023, 12, 25), {EW, SCT, NI}, "Christmas Day, a Monday"),
        (date(2023, 12, 26), {EW, SCT, NI}, "Boxing Day, a Tuesday"),
    ],
)
def test_each_yearly_holiday_is_a_rest_day_in_its_parts_only(
    day: date, parts: set[Part], why: str
) -> None:
    assert rest_in(day) == {*parts, ALL}, why


@pytest.mark.parametrize(
    ("day", "parts", "why"),
    [
        # 2020: Christmas Day Fri, Boxing Day Sat -> Boxing Day substitute Mon 28.
        (date(2020, 12, 28), {EW, SCT, NI}, "Boxing Day (Sat) -> Monday"),
        # 2021: Christmas Sat, Boxing Sun -> Mon 27 and Tue 28.
        (date(2021, 12, 27), {EW, SCT, NI}, "Christmas Day (Sat) -> Monday"),
        (date(2021, 12, 28), {EW, SCT, NI}, "Boxing Day (Sun) -> Tuesday"),
        # 2022: Christmas Sun, Boxing Mon -> Christmas substitute Tue 27 ("27th December in a
        # year in which 25th ... is a Sunday"; Scotland: "if a Sunday, 26th December").
        (date(2022, 12, 27), {EW, SCT, NI}, "Christmas Day (Sun) -> Tuesday"),
        # 2022: 1 Jan Sat, 2 Jan Sun -> Mon 3 (all parts) and Tue 4 (Scotland).
        (date(2022, 1, 3), {EW, SCT, NI}, "New Year's Day (Sat) -> Monday"),
        (date(2022, 1, 4), {SCT}, "2 January (Sun) -> Tuesday, Scotland"),
        # 2023: 1 Jan Sun -> Mon 2 elsewhere; in Scotland Mon 2 is 2 January itself, so the
        # New Year's Day substitute is Tue 3 ("if it be a Sunday, 3rd January").
        (date(2023, 1, 2), {EW, SCT, NI}, "New Year's Day (Sun) -> Monday; 2 January"),
        (date(2023, 1, 3), {SCT}, "New Year's Day (Sun) -> 3 January, Scotland"),
        # 2016: 1 Jan Fri, 2 Jan Sat -> Scotland Mon 4.
        (date(2016, 1, 4), {SCT}, "2 January (Sat) -> Monday, Scotland"),
        # St Andrew's Day 2019 a Saturday -> Mon 2 Dec; 2025 a Sunday -> Mon 1 Dec.
        (date(2019, 12, 2), {SCT}, "St Andrew's Day (Sat) -> Monday"),
        (date(2025, 12, 1), {SCT}, "St Andrew's Day (Sun) -> Monday"),
        # St Patrick's Day 2018 a Saturday -> Mon 19; 2019 a Sunday -> Mon 18.
        (date(2018, 3, 19), {NI}, "St Patrick's Day (Sat) -> Monday"),
        (date(2019, 3, 18), {NI}, "St Patrick's Day (Sun) -> Monday"),
        # 12 July 2026 a Sunday -> Mon 13; 2025 a Saturday -> Mon 14.
        (date(2026, 7, 13), {NI}, "Battle of the Boyne (Sun) -> Monday"),
        (date(2025, 7, 14), {NI}, "Battle of the Boyne (Sat) -> Monday"),
    ],
)
def test_substitute_days(day: date, parts: set[Part], why: str) -> None:
    assert rest_in(day) == {*parts, ALL}, why


@pytest.mark.parametrize(
    "day",
    [
        date(2021, 12, 29),  # the day after the 2021 substitutes
        date(2022, 1, 5),
        date(2023, 1, 4),
        date(2026, 4, 7),  # the Tuesday after Easter Monday
        date(2019, 12, 3),
    ],
)
def test_the_day_after_the_substitutes_is_worked_everywhere(day: date) -> None:
    assert rest_in(day) == set()


@pytest.mark.parametrize("year", range(2005, 2027))
@pytest.mark.parametrize("part", PARTS)
def test_christmas_and_boxing_day_always_give_two_weekdays_off(year: int, part: Part) -> None:
    cal = calendar(part)
    window = [date(year, 12, d) for d in range(25, 29)]
    assert sum(1 for d in window if d.weekday() < 5 and not cal.is_workday(d)) == 2


@pytest.mark.parametrize("year", range(2005, 2027))
def test_scotlands_new_year_always_gives_two_weekdays_off(year: int) -> None:
    cal = calendar(SCT)
    window = [date(year, 1, d) for d in range(1, 5)]
    assert sum(1 for d in window if d.weekday() < 5 and not cal.is_workday(d)) == 2


def test_easter_monday_is_not_a_scottish_bank_holiday() -> None:
    # Easter Sunday 2026 is 5 April.
    assert calendar(SCT).is_workday(date(2026, 4, 6))
    assert not calendar(EW).is_workday(date(2026, 4, 6))
    assert not calendar(SCT).is_workday(date(2026, 4, 3))  # Good Friday


# -- proclaimed and moved days ---------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "parts"),
    [
        (date(2011, 4, 29), {EW, SCT, NI}),  # royal wedding (Fri)
        (date(2012, 6, 4), {EW, SCT, NI}),  # spring bank holiday moved (Mon)
        (date(2012, 6, 5), {EW, SCT, NI}),  # diamond jubilee (Tue)
        (date(2020, 5, 8), {EW, SCT, NI}),  # early May moved to VE Day (Fri)
        (date(2022, 6, 2), {EW, SCT, NI}),  # spring bank holiday moved (Thu)
        (date(2022, 6, 3), {EW, SCT, NI}),  # platinum jubilee (Fri)
        (date(2022, 9, 19), {EW, SCT, NI}),  # state funeral (Mon)
        (date(2023, 5, 8), {EW, SCT, NI}),  # coronation (Mon)
        (date(2026, 6, 15), {SCT}),  # World Cup (Mon), Scotland only
    ],
)
def test_proclaimed_days(day: date, parts: set[Part]) -> None:
    assert rest_in(day) == {*parts, ALL}


@pytest.mark.parametrize(
    "day",
    [
        date(2012, 5, 28),  # the last Monday in May 2012, moved to 4 June
        date(2020, 5, 4),  # the first Monday in May 2020, moved to 8 May
        date(2022, 5, 30),  # the last Monday in May 2022, moved to 2 June
    ],
)
def test_a_moved_holiday_is_worked_on_its_usual_day(day: date) -> None:
    assert rest_in(day) == set()


def test_a_proclaimed_day_keeps_its_source() -> None:
    note = calendar().note(date(2022, 9, 19))
    assert note is not None
    assert note.name == "State Funeral of Queen Elizabeth II"
    assert note.source is not None
    assert note.source.published == date(2022, 9, 10)
    assert note.source.url == "https://www.thegazette.co.uk/notice/4158896"


def test_a_substitute_day_is_in_lieu_and_named_for_its_holiday() -> None:
    note = calendar(SCT).note(date(2023, 1, 3))
    assert isinstance(note, RestDay)
    assert (note.kind, note.name) == (RestKind.IN_LIEU, "New Year's Day")


def test_the_data_tables_say_the_basis_of_each_holiday() -> None:
    common = {h.rule.name for h in ENGLAND_AND_WALES if h.basis is Basis.COMMON_LAW}
    assert common == {"Christmas Day", "Good Friday"}
    assert {h.rule.name for h in SCOTLAND if h.basis is Basis.COMMON_LAW} == set()
    yearly_ni = {h.rule.name for h in NORTHERN_IRELAND if h.basis is Basis.ANNUAL_PROCLAMATION}
    assert yearly_ni == {"New Year's Day", "Early May bank holiday", "Battle of the Boyne"}
    assert [p.on for p in PROCLAMATIONS] == sorted(p.on for p in PROCLAMATIONS)


# -- policies --------------------------------------------------------------------------


def test_the_battle_of_the_boyne_policy() -> None:
    off = CalendarPolicy(count_battle_of_the_boyne=False)
    for day in (date(2023, 7, 12), date(2026, 7, 13)):
        assert not calendar(NI).is_workday(day)
        assert calendar(NI, policy=off).is_workday(day)
        assert calendar(ALL, policy=off).is_workday(day)
    assert not calendar(NI, policy=off).is_workday(date(2023, 3, 17))


def test_the_st_andrews_day_first_year_policy() -> None:
    # 30 November 2006 is a Thursday, before the 2007 Act.
    assert calendar(SCT).is_workday(date(2006, 11, 30))
    earlier = CalendarPolicy(st_andrews_day_first_year=2006)
    assert not calendar(SCT, policy=earlier).is_workday(date(2006, 11, 30))
    later = CalendarPolicy(st_andrews_day_first_year=2008)
    assert calendar(SCT, policy=later).is_workday(date(2007, 11, 30))


def test_extending_the_range_adds_the_yearly_holidays_only() -> None:
    longer = CalendarPolicy(last=date(2027, 12, 31))
    cal = calendar(policy=longer)
    # 2027: Christmas Sat -> Mon 27, Boxing Sun -> Tue 28; Boyne Mon 12 July.
    assert not cal.is_workday(date(2027, 12, 27))
    assert not cal.is_workday(date(2027, 12, 28))
    assert not cal.is_workday(date(2027, 7, 12))
    # spec §B2.3, last vector: received Fri 2026-12-18.
    assert cal.add_workdays(date(2026, 12, 18), 20) == date(2027, 1, 21)
    assert calendar(EW, policy=longer).add_workdays(date(2026, 12, 18), 20) == date(2027, 1, 20)
    assert cal.add_workdays(date(2026, 12, 18), 40) == date(2027, 2, 18)


def test_extending_the_range_changes_no_covered_day() -> None:
    short, long_ = calendar(), calendar(policy=CalendarPolicy(last=date(2030, 12, 31)))
    day = FIRST
    while day <= LAST:
        assert short.is_workday(day) == long_.is_workday(day), day
        day += timedelta(days=1)


# -- the s.10(6) union and FOIA vectors ------------------------------------------------


def test_the_union_is_a_rest_day_where_any_part_rests() -> None:
    cals = {p: calendar(p) for p in (*PARTS, ALL)}
    day = FIRST
    while day <= LAST:
        assert cals[ALL].is_workday(day) == all(cals[p].is_workday(day) for p in PARTS), day
        day += timedelta(days=1)


@pytest.mark.parametrize(
    ("received", "twentieth", "ew_only", "fortieth"),
    [
        (date(2025, 12, 19), date(2026, 1, 22), date(2026, 1, 21), date(2026, 2, 19)),
        (date(2026, 6, 5), date(2026, 7, 6), date(2026, 7, 3), date(2026, 8, 5)),
        (date(2026, 7, 6), date(2026, 8, 5), date(2026, 8, 3), date(2026, 9, 3)),
    ],
)
def test_foia_vectors_of_the_spec(
    received: date, twentieth: date, ew_only: date, fortieth: date
) -> None:
    assert calendar().add_workdays(received, 20) == twentieth
    assert calendar(EW).add_workdays(received, 20) == ew_only
    assert calendar().add_workdays(received, 40) == fortieth


@given(
    st.dates(min_value=FIRST, max_value=date(2026, 10, 1)),
    st.integers(min_value=1, max_value=40),
)
def test_a_union_deadline_is_never_earlier_than_a_parts(start: date, n: int) -> None:
    union = calendar().add_workdays(start, n)
    for part in PARTS:
        assert calendar(part).add_workdays(start, n) <= union


@given(
    st.dates(min_value=FIRST, max_value=date(2026, 10, 1)),
    st.integers(min_value=1, max_value=40),
    st.dates(min_value=FIRST, max_value=LAST).filter(lambda d: d.weekday() < 5),
)
def test_a_later_proclamation_never_makes_a_deadline_earlier(
    start: date, n: int, extra_day: date
) -> None:
    extra = Proclamation(extra_day, "Extra day", {NI})
    try:
        cal = calendar(proclaimed=[extra])
    except InvalidInputError:  # the day is already proclaimed for NI
        assert any(p.on == extra_day for p in PROCLAMATIONS)
        return
    assert cal.add_workdays(start, n) >= calendar().add_workdays(start, n)
    assert not cal.is_workday(extra_day)


# -- names, coverage and bad input -----------------------------------------------------


def test_the_calendars_are_registered() -> None:
    assert named_calendar("uk") == calendar()
    assert named_calendar("uk-ew") == calendar(EW)
    assert named_calendar("uk-scotland") == calendar(SCT)
    assert named_calendar("uk-ni") == calendar(NI)
    assert calendar_name(calendar(SCT)) == "uk-scotland"
    assert calendar_name(calendar(ALL)) == "uk"


def test_the_exports() -> None:
    assert uk.calendar is calendar
    assert uk.CALENDAR_FIRST == FIRST
    assert uk.CALENDAR_LAST == LAST
    assert date(2026, 12, 3) == uk.PROCLAMATIONS_KNOWN_THROUGH
    assert CalendarPolicy() == uk.DEFAULT_CALENDAR_POLICY


@pytest.mark.parametrize("part", [*PARTS, ALL])
@pytest.mark.parametrize("day", [date(2004, 12, 31), date(2027, 1, 1)])
def test_a_day_outside_coverage_is_refused(part: Part, day: date) -> None:
    cal = calendar(part)
    assert cal.covers(FIRST)
    assert cal.covers(LAST)
    with pytest.raises(CalendarNotPublishedError):
        cal.is_workday(day)


def test_bad_arguments_name_the_field() -> None:
    cases: list[tuple[object, str]] = [
        (lambda: calendar("scotland"), "part"),  # type: ignore[arg-type]
        (lambda: calendar(policy=None), "policy"),  # type: ignore[arg-type]
        (lambda: calendar(proclaimed="x"), "proclaimed"),  # type: ignore[arg-type]
        (lambda: CalendarPolicy(count_battle_of_the_boyne=1), "count_battle_of_the_boyne"),  # type: ignore[arg-type]
        (lambda: CalendarPolicy(st_andrews_day_first_year=1970), "st_andrews_day_first_year"),
        (lambda: CalendarPolicy(last=date(2004, 12, 31)), "last"),
        (lambda: CalendarPolicy(last="2027-12-31"), "last"),  # type: ignore[arg-type]
        (lambda: Proclamation(date(2030, 1, 1), "x", set()), "parts"),
        (lambda: Proclamation(date(2030, 1, 1), "x", {ALL}), "parts"),
        (lambda: Proclamation(date(2030, 1, 1), "x", "scotland"), "parts"),  # type: ignore[arg-type]
        (lambda: Proclamation(date(2030, 1, 1), "", {SCT}), "name"),
    ]
    for make, field in cases:
        with pytest.raises(InvalidInputError) as err:
            make()  # type: ignore[operator]
        assert err.value.field == field


@pytest.mark.parametrize(
    ("record", "field"),
    [
        ("not a record", "proclaimed[0]"),
        (Proclamation(date(2027, 6, 1), "Too late", {SCT}), "proclaimed[0].on"),
        (Proclamation(date(2022, 9, 19), "Again", {NI}), "proclaimed[0].on"),
        (
            Proclamation(date(2026, 6, 1), "Moved", {SCT}, replaces="Easter Monday"),
            "proclaimed[0].replaces",
        ),
        (
            Proclamation(date(2026, 6, 1), "Moved", {EW, SCT}, replaces="Easter Monday"),
            "proclaimed[0].replaces",
        ),
    ],
)
def test_bad_proclamations_are_refused(record: object, field: str) -> None:
    with pytest.raises(InvalidInputError) as err:
        calendar(proclaimed=[record])  # type: ignore[list-item]
    assert [p.path for p in err.value.problems] == [field]


def test_a_proclamation_can_move_a_yearly_holiday() -> None:
    moved = Proclamation(
        date(2026, 5, 29), "Spring bank holiday (moved)", {EW}, replaces="Spring bank holiday"
    )
    cal = calendar(EW, proclaimed=[moved])
    assert cal.is_workday(date(2026, 5, 25))  # the last Monday in May 2026
    assert not cal.is_workday(date(2026, 5, 29))
    assert not calendar(SCT, proclaimed=[moved]).is_workday(date(2026, 5, 25))


# -- golden snapshot -------------------------------------------------------------------

SNAPSHOT = Path(__file__).parent / "snapshots" / "uk_calendar_weekday_rest_days.txt"


def render_snapshot() -> str:
    """Every weekday rest day 2005-2026: the parts it rests in (E, S, N) and its occasions."""
    cals = {p: calendar(p) for p in PARTS}
    lines = [
        "# Every Monday-to-Friday rest day of the UK calendars, 2005-2026 (uk.calendar).",
        "# date        weekday  E S N  kind       occasion per part (E&W / Scotland / NI)",
        "# Regenerate: GOVDISCLOSURE_UPDATE_SNAPSHOTS=1 pytest tests/test_uk_calendar.py",
    ]
    day = FIRST
    while day <= LAST:
        resting = [p for p in PARTS if not cals[p].is_workday(day)]
        if day.weekday() < 5 and resting:
            marks = " ".join(p.value[0].upper() if p in resting else "." for p in PARTS)
            notes = [cals[p].note(day) for p in resting]
            kinds = {n.kind.value for n in notes if isinstance(n, RestDay)}
            names = dict.fromkeys(n.name for n in notes if n is not None)
            lines.append(
                f"{day.isoformat()}  {day:%a}      {marks}  {'/'.join(sorted(kinds)):<10} "
                + " | ".join(names)
            )
        day += timedelta(days=1)
    return "\n".join(lines) + "\n"


def test_golden_snapshot() -> None:
    text = render_snapshot()
    if os.environ.get("GOVDISCLOSURE_UPDATE_SNAPSHOTS") == "1":
        SNAPSHOT.parent.mkdir(exist_ok=True)
        SNAPSHOT.write_text(text, encoding="utf-8")
    expected = SNAPSHOT.read_text(encoding="utf-8")
    if text != expected:
        diff = "\n".join(
            difflib.unified_diff(
                expected.splitlines(), text.splitlines(), "committed", "computed", lineterm=""
            )
        )
        pytest.fail(f"the calendar differs from {SNAPSHOT.name}:\n{diff}")
