"""The generic working-day calendar, :class:`govdisclosure.calendar.WorkCalendar`.

Example tests run on small hand-built calendars whose answers are worked out by
hand in the comments. Hypothesis properties state the laws of the arithmetic
(issue 2, item 3) over random hand-built calendars and over the real PRC
calendar, and compare every answer with a naive day-by-day implementation
written here, independently of the library.

The 2030 calendar used by most examples (1 January 2030 is a Tuesday)::

    Tue  1 Jan  holiday "New Year"        (rest)
    Wed  2 Jan  rest in lieu "New Year"   (rest)
    Thu  3 Jan, Fri 4 Jan                 working days
    Sat  5 Jan  makeup working day        (worked in exchange for 2 Jan)
    Sun  6 Jan                            weekend
    Mon  7 Jan ... Fri 11 Jan             working days
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date, datetime, timedelta

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from govdisclosure.calendar import (
    CalendarNotice,
    DayKind,
    MakeupWorkday,
    NoticeSource,
    RestDay,
    RestKind,
    WorkCalendar,
)
from govdisclosure.errors import CalendarNotPublishedError, GovDisclosureError, InvalidInputError
from govdisclosure.jurisdictions.cn.workdays import calendar as cn_calendar

ONE = timedelta(days=1)
FIRST, LAST = date(2030, 1, 1), date(2030, 12, 31)
NEW_YEAR = RestDay(date(2030, 1, 1), RestKind.HOLIDAY, "New Year")
IN_LIEU = RestDay(date(2030, 1, 2), RestKind.IN_LIEU, "New Year")
MAKEUP = MakeupWorkday(date(2030, 1, 5), "New Year")


def jan(day: int) -> date:
    return date(2030, 1, day)


@pytest.fixture(scope="module")
def cal() -> WorkCalendar:
    return WorkCalendar(
        first=FIRST, last=LAST, rest_days=[NEW_YEAR, IN_LIEU], makeup_workdays=[MAKEUP]
    )


# -- is_workday, day_kind, note ------------------------------------------------------------


@pytest.mark.parametrize(
    ("d", "expected"),
    [
        (jan(1), False),  # holiday
        (jan(2), False),  # rest in lieu
        (jan(3), True),
        (jan(4), True),
        (jan(5), True),  # a Saturday, worked
        (jan(6), False),  # Sunday
        (jan(7), True),
        (jan(12), False),  # an ordinary Saturday
        (date(2030, 12, 31), True),  # Tuesday, last covered day
    ],
)
def test_is_workday(cal: WorkCalendar, d: date, expected: bool) -> None:
    assert cal.is_workday(d) is expected


@pytest.mark.parametrize(
    ("d", "kind"),
    [
        (jan(1), DayKind.HOLIDAY),
        (jan(2), DayKind.IN_LIEU),
        (jan(3), DayKind.WORKDAY),
        (jan(5), DayKind.MAKEUP_WORKDAY),
        (jan(6), DayKind.WEEKEND),
    ],
)
def test_day_kind(cal: WorkCalendar, d: date, kind: DayKind) -> None:
    assert cal.day_kind(d) is kind
    assert kind.is_workday is cal.is_workday(d)


def test_note_gives_the_dated_entry(cal: WorkCalendar) -> None:
    assert cal.note(jan(1)) == NEW_YEAR
    assert cal.note(jan(5)) == MAKEUP
    assert cal.note(jan(3)) is None
    assert cal.note(jan(6)) is None


def test_a_plain_date_is_read_as_a_holiday() -> None:
    cal = WorkCalendar(first=FIRST, last=LAST, rest_days=[jan(1)])
    assert cal.day_kind(jan(1)) is DayKind.HOLIDAY
    assert cal.rest_days == (RestDay(jan(1)),)


def test_covers(cal: WorkCalendar) -> None:
    assert cal.covers(FIRST)
    assert cal.covers(LAST)
    assert not cal.covers(FIRST - ONE)
    assert not cal.covers(LAST + ONE)


# -- add_workdays ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("d", "n", "expected"),
    [
        # n >= 1: the n-th working day strictly after d.
        (jan(1), 1, jan(3)),  # 2 Jan is rest in lieu
        (jan(1), 2, jan(4)),
        (jan(1), 3, jan(5)),  # the makeup Saturday counts
        (jan(1), 4, jan(7)),  # Sunday 6 Jan does not
        (jan(3), 1, jan(4)),  # a working-day start does not count itself
        (jan(4), 1, jan(5)),
        (jan(5), 1, jan(7)),  # nor does a makeup-day start
        (jan(6), 1, jan(7)),  # a rest-day start: the next working day is the 1st
        (jan(1), 9, jan(14)),  # 3,4,5,7,8,9,10,11,14
        (date(2030, 12, 30), 1, date(2030, 12, 31)),
        # n = 0 returns d, working day or not.
        (jan(3), 0, jan(3)),
        (jan(6), 0, jan(6)),
        (jan(1), 0, jan(1)),
        # n < 0: the |n|-th working day strictly before d.
        (jan(8), -1, jan(7)),
        (jan(7), -1, jan(5)),
        (jan(6), -1, jan(5)),  # from a rest day
        (jan(5), -1, jan(4)),
        (jan(7), -3, jan(3)),
        (jan(14), -8, jan(3)),  # 11, 10, 9, 8, 7, 5, 4, 3
    ],
)
def test_add_workdays(cal: WorkCalendar, d: date, n: int, expected: date) -> None:
    assert cal.add_workdays(d, n) == expected


def test_add_workdays_rejects_a_non_int_n(cal: WorkCalendar) -> None:
    for bad in (1.0, True, "1"):
        with pytest.raises(InvalidInputError) as info:
            cal.add_workdays(jan(3), bad)  # type: ignore[arg-type]
        assert info.value.field == "n"
        assert info.value.value == bad


@pytest.mark.parametrize("bad", [datetime(2030, 1, 3), "2030-01-03", 20300103])
def test_queries_reject_non_dates(cal: WorkCalendar, bad: object) -> None:
    checks: list[tuple[Callable[[], object], str]] = [
        (lambda: cal.is_workday(bad), "d"),  # type: ignore[arg-type]
        (lambda: cal.add_workdays(bad, 1), "d"),  # type: ignore[arg-type]
        (lambda: cal.day_kind(bad), "d"),  # type: ignore[arg-type]
        (lambda: cal.count_workdays(bad, jan(9)), "start"),  # type: ignore[arg-type]
        (lambda: cal.count_workdays(jan(3), bad), "end"),  # type: ignore[arg-type]
        (lambda: cal.workdays(jan(3), bad), "end"),  # type: ignore[arg-type]
    ]
    for call, field in checks:
        with pytest.raises(InvalidInputError) as info:
            call()
        assert info.value.field == field
        assert info.value.value == bad


# -- count_workdays and workdays -------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (jan(1), jan(7), 4),  # 3, 4, 5, 7
        (jan(7), jan(1), -4),
        (jan(3), jan(3), 0),
        (jan(6), jan(6), 0),
        (jan(2), jan(3), 1),  # the end counts when it is a working day
        (jan(3), jan(4), 1),  # the start never counts
        (jan(5), jan(6), 0),
        (jan(4), jan(12), 6),  # 5, 7, 8, 9, 10, 11
        (jan(12), jan(4), -6),
        (date(2030, 12, 30), date(2030, 12, 31), 1),
    ],
)
def test_count_workdays(cal: WorkCalendar, start: date, end: date, expected: int) -> None:
    assert cal.count_workdays(start, end) == expected


def test_workdays_lists_the_days_counted(cal: WorkCalendar) -> None:
    assert cal.workdays(jan(1), jan(7)) == [jan(3), jan(4), jan(5), jan(7)]
    assert cal.workdays(jan(7), jan(1)) == []
    assert cal.workdays(jan(3), jan(3)) == []


# -- weekly rest patterns ----------------------------------------------------------------------


def test_friday_saturday_weekend() -> None:
    # Weekly rest on Friday and Saturday; Sunday is an ordinary working day.
    cal = WorkCalendar(
        first=FIRST,
        last=LAST,
        weekend=(4, 5),
        rest_days=[RestDay(jan(12), RestKind.WEEKEND, "in a holiday period")],  # a Saturday
        makeup_workdays=[MakeupWorkday(jan(11), "worked Friday")],
    )
    assert not cal.is_workday(jan(4))  # Friday
    assert not cal.is_workday(jan(5))  # Saturday
    assert cal.is_workday(jan(6))  # Sunday
    assert cal.add_workdays(jan(3), 1) == jan(6)  # Thu -> Sun
    assert cal.count_workdays(jan(3), jan(10)) == 5  # Sun 6 .. Thu 10
    assert cal.is_workday(jan(11))  # a Friday worked
    assert cal.day_kind(jan(11)) is DayKind.MAKEUP_WORKDAY
    assert cal.day_kind(jan(12)) is DayKind.WEEKEND
    assert cal.add_workdays(jan(10), 2) == jan(13)  # Fri 11 (makeup), Sun 13


def test_no_weekly_rest() -> None:
    cal = WorkCalendar(first=FIRST, last=LAST, weekend=())
    assert cal.add_workdays(jan(4), 3) == jan(7)  # Sat 5, Sun 6, Mon 7
    assert cal.count_workdays(jan(1), jan(31)) == 30


def test_single_weekly_rest_day() -> None:
    cal = WorkCalendar(first=FIRST, last=LAST, weekend={6}, rest_days=[jan(7)])
    assert cal.is_workday(jan(5))  # Saturday works
    assert cal.add_workdays(jan(5), 1) == jan(8)  # Sun 6 off, Mon 7 a holiday


def test_makeup_on_a_weekday_is_rejected_for_that_pattern() -> None:
    # Under a Friday-Saturday weekend, a Sunday is a working day already.
    with pytest.raises(InvalidInputError) as info:
        WorkCalendar(first=FIRST, last=LAST, weekend=(4, 5), makeup_workdays=[jan(6)])
    assert info.value.field == "makeup_workdays[0].on"


# -- coverage: CalendarNotPublishedError -----------------------------------------------------


def _raises_missing_year(call: Callable[[], object], year: int) -> CalendarNotPublishedError:
    with pytest.raises(CalendarNotPublishedError) as info:
        call()
    err = info.value
    assert isinstance(err, GovDisclosureError)
    assert isinstance(err, LookupError)
    assert err.year == year
    assert str(year) in str(err)
    return err


def test_uncovered_days_raise_naming_the_year(cal: WorkCalendar) -> None:
    _raises_missing_year(lambda: cal.is_workday(date(2031, 1, 1)), 2031)
    _raises_missing_year(lambda: cal.is_workday(date(2029, 12, 31)), 2029)
    _raises_missing_year(lambda: cal.day_kind(date(2031, 6, 1)), 2031)
    _raises_missing_year(lambda: cal.note(date(2031, 6, 1)), 2031)
    # Answers that run past the end, or before the start, of the range.
    _raises_missing_year(lambda: cal.add_workdays(date(2030, 12, 31), 1), 2031)
    _raises_missing_year(lambda: cal.add_workdays(date(2030, 12, 20), 10), 2031)
    _raises_missing_year(lambda: cal.add_workdays(jan(3), -1), 2029)  # 1 and 2 Jan are rest
    _raises_missing_year(lambda: cal.add_workdays(jan(7), -5), 2029)
    _raises_missing_year(lambda: cal.count_workdays(date(2030, 12, 1), date(2031, 1, 5)), 2031)
    _raises_missing_year(lambda: cal.count_workdays(date(2031, 1, 5), date(2030, 12, 1)), 2031)
    _raises_missing_year(lambda: cal.count_workdays(date(2029, 12, 30), jan(5)), 2029)
    _raises_missing_year(lambda: cal.workdays(date(2030, 12, 1), date(2031, 1, 5)), 2031)
    # A start two days before the range needs the day in between.
    _raises_missing_year(lambda: cal.add_workdays(date(2029, 12, 30), 1), 2029)


def test_uncovered_error_names_the_day_when_known(cal: WorkCalendar) -> None:
    err = _raises_missing_year(lambda: cal.is_workday(date(2031, 3, 2)), 2031)
    assert err.on == date(2031, 3, 2)
    assert "2031-03-02" in str(err)


def test_uncovered_error_is_caught_as_lookup_error(cal: WorkCalendar) -> None:
    with pytest.raises(LookupError) as info:
        cal.add_workdays(date(2030, 12, 31), 1)
    assert type(info.value) is CalendarNotPublishedError


def test_last_day_of_range_is_still_answerable(cal: WorkCalendar) -> None:
    # 2030-12-31 is a Tuesday: the 1st working day after Monday 30 December.
    assert cal.add_workdays(date(2030, 12, 30), 1) == LAST
    assert cal.count_workdays(date(2030, 12, 27), LAST) == 2


@pytest.mark.parametrize(
    ("call", "year"),
    [
        (lambda c: c.add_workdays(date(2029, 12, 31), 1), 2029),
        (lambda c: c.count_workdays(date(2029, 12, 31), jan(7)), 2029),
        (lambda c: c.add_workdays(date(2031, 1, 1), -1), 2031),
        (lambda c: c.add_workdays(date(2031, 1, 1), 0), 2031),
    ],
)
def test_a_question_asked_from_an_uncovered_day_raises(
    cal: WorkCalendar, call: Callable[[WorkCalendar], object], year: int
) -> None:
    # Deliberately strict (fail closed): even where the start day itself never counts,
    # a question asked from a day of an unpublished year is a question about that year.
    with pytest.raises(CalendarNotPublishedError) as info:
        call(cal)
    assert info.value.year == year


# -- notices: from_notices and with_notice -----------------------------------------------------

SRC_2030 = NoticeSource("Notice on 2030 holidays", "No. 1", date(2029, 11, 20), "https://x/1")
SRC_2031 = NoticeSource("Notice on 2031 holidays", "No. 9", date(2030, 11, 20), "https://x/9")
SRC_AMEND = NoticeSource("Amending notice for 2030", None, date(2030, 3, 1), "https://x/5")

NOTICE_2030 = CalendarNotice(
    2030,
    SRC_2030,
    rest_days=[
        RestDay(jan(1), RestKind.HOLIDAY, "New Year"),
        RestDay(jan(2), RestKind.IN_LIEU, "New Year"),
        RestDay(date(2030, 5, 1), RestKind.HOLIDAY, "May Day"),
    ],
    makeup_workdays=[MakeupWorkday(jan(5), "New Year")],
)
# 2030-12-28 is a Saturday; 2031-01-01 a Wednesday.
NOTICE_2031 = CalendarNotice(
    2031,
    SRC_2031,
    rest_days=[
        RestDay(date(2030, 12, 29), RestKind.WEEKEND, "New Year"),
        RestDay(date(2030, 12, 30), RestKind.IN_LIEU, "New Year"),
        RestDay(date(2030, 12, 31), RestKind.IN_LIEU, "New Year"),
        RestDay(date(2031, 1, 1), RestKind.HOLIDAY, "New Year"),
    ],
    makeup_workdays=[MakeupWorkday(date(2030, 12, 28), "New Year")],
)
# Cancels the makeup Saturday of 5 January (made rest) and adds Friday 3 May as rest.
AMENDMENT = CalendarNotice(
    2030,
    SRC_AMEND,
    rest_days=[
        RestDay(jan(5), RestKind.WEEKEND, "New Year (extended)"),
        RestDay(date(2030, 5, 3), RestKind.IN_LIEU, "May Day"),
    ],
    makeup_workdays=[MakeupWorkday(date(2030, 5, 11), "May Day")],
)


def test_from_notices_covers_whole_years() -> None:
    cal = WorkCalendar.from_notices([NOTICE_2030])
    assert (cal.first, cal.last) == (FIRST, LAST)
    assert cal.sources == (SRC_2030,)
    assert not cal.is_workday(jan(2))
    assert cal.is_workday(jan(5))
    # Entries carry the notice they came from.
    note = cal.note(jan(5))
    assert note is not None
    assert note.source == SRC_2030


def test_with_notice_adds_next_year() -> None:
    base = WorkCalendar.from_notices([NOTICE_2030])
    with pytest.raises(CalendarNotPublishedError):
        base.add_workdays(date(2030, 12, 30), 2)
    cal = base.with_notice(NOTICE_2031)
    assert (cal.first, cal.last) == (FIRST, date(2031, 12, 31))
    assert cal.sources == (SRC_2030, SRC_2031)
    # The new notice's days in the old year apply too: Sat 28 Dec worked, 29-31 Dec off.
    assert cal.add_workdays(date(2030, 12, 27), 1) == date(2030, 12, 28)
    assert cal.add_workdays(date(2030, 12, 28), 1) == date(2031, 1, 2)
    assert cal.count_workdays(date(2030, 12, 26), date(2031, 1, 3)) == 4  # 27, 28, 2 Jan, 3 Jan
    assert cal.day_kind(date(2030, 12, 30)) is DayKind.IN_LIEU
    note = cal.note(date(2031, 1, 1))
    assert note is not None
    assert note.source == SRC_2031
    # The original calendar is unchanged.
    assert base.last == LAST
    assert base.is_workday(date(2030, 12, 30))


def test_with_notice_amendment_overrides_a_day() -> None:
    base = WorkCalendar.from_notices([NOTICE_2030])
    cal = base.with_notice(AMENDMENT)
    assert (cal.first, cal.last) == (FIRST, LAST)
    assert cal.is_workday(jan(5)) is False
    assert cal.day_kind(jan(5)) is DayKind.WEEKEND
    note = cal.note(jan(5))
    assert isinstance(note, RestDay)
    assert note.source == SRC_AMEND
    assert cal.add_workdays(jan(4), 1) == jan(7)  # was 5 Jan before the amendment
    assert base.add_workdays(jan(4), 1) == jan(5)
    assert not cal.is_workday(date(2030, 5, 3))
    assert cal.is_workday(date(2030, 5, 11))


def test_from_notices_applies_notices_in_order_of_publication() -> None:
    # The amendment is listed first but published later: it still wins.
    cal = WorkCalendar.from_notices([AMENDMENT, NOTICE_2030])
    assert not cal.is_workday(jan(5))
    assert cal.sources == (SRC_2030, SRC_AMEND)
    assert cal == WorkCalendar.from_notices([NOTICE_2030]).with_notice(AMENDMENT)


def test_from_notices_two_years_equals_with_notice() -> None:
    both = WorkCalendar.from_notices([NOTICE_2031, NOTICE_2030])
    step = WorkCalendar.from_notices([NOTICE_2030]).with_notice(NOTICE_2031)
    assert both == step
    assert hash(both) == hash(step)


def test_from_notices_rejects_a_gap_in_the_years() -> None:
    n2032 = CalendarNotice(2032, NoticeSource("Notice on 2032"))
    with pytest.raises(InvalidInputError) as info:
        WorkCalendar.from_notices([NOTICE_2030, n2032])
    assert info.value.field == "notices"
    assert info.value.value == [2031]
    assert "2031" in str(info.value)


def test_from_notices_rejects_no_notices() -> None:
    with pytest.raises(InvalidInputError) as info:
        WorkCalendar.from_notices([])
    assert info.value.field == "notices"


def test_with_notice_rejects_a_year_not_adjoining_the_range() -> None:
    base = WorkCalendar.from_notices([NOTICE_2030])
    for year in (2032, 2028):
        with pytest.raises(InvalidInputError) as info:
            base.with_notice(CalendarNotice(year, NoticeSource(f"Notice on {year}")))
        assert info.value.field == "year"
        assert info.value.value == year


def test_with_notice_may_extend_the_range_backwards() -> None:
    base = WorkCalendar.from_notices([NOTICE_2030])
    cal = base.with_notice(CalendarNotice(2029, NoticeSource("Notice on 2029")))
    assert cal.first == date(2029, 1, 1)
    # 31 Dec 2029 is a Monday: the 1st working day before Thu 3 Jan 2030.
    assert cal.add_workdays(jan(3), -1) == date(2029, 12, 31)


# -- invalid construction ----------------------------------------------------------------------


def _bad(**kwargs: object) -> InvalidInputError:
    args: dict[str, object] = {"first": FIRST, "last": LAST, **kwargs}
    with pytest.raises(InvalidInputError) as info:
        WorkCalendar(**args)  # type: ignore[arg-type]
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, GovDisclosureError)
    return info.value


def test_a_date_both_rest_and_makeup_is_rejected() -> None:
    err = _bad(rest_days=[RestDay(jan(5), RestKind.WEEKEND)], makeup_workdays=[jan(5)])
    assert err.fields == ("makeup_workdays[0].on",)
    assert err.value == jan(5)


def test_makeup_on_a_weekday_is_rejected() -> None:
    err = _bad(makeup_workdays=[jan(7)])  # a Monday
    assert err.fields == ("makeup_workdays[0].on",)
    assert "Mon" in str(err)


def test_rest_day_listed_twice_is_rejected() -> None:
    err = _bad(rest_days=[jan(1), jan(1)])
    assert err.fields == ("rest_days[1].on",)


def test_makeup_listed_twice_is_rejected() -> None:
    err = _bad(makeup_workdays=[jan(5), jan(5)])
    assert err.fields == ("makeup_workdays[1].on",)


def test_rest_day_listed_twice_with_different_kinds_is_rejected() -> None:
    err = _bad(rest_days=[RestDay(jan(1), RestKind.HOLIDAY), RestDay(jan(1), RestKind.IN_LIEU)])
    assert err.fields == ("rest_days[1].on",)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"first": datetime(2030, 1, 1)}, "first"),
        ({"last": datetime(2030, 12, 31, 12)}, "last"),
        ({"first": "2030-01-01"}, "first"),
        ({"last": date(2029, 12, 31)}, "last"),  # before first
        ({"weekend": (5, 7)}, "weekend"),
        ({"weekend": (-1,)}, "weekend"),
        ({"weekend": (True,)}, "weekend"),
        ({"weekend": ("5",)}, "weekend"),
        ({"rest_days": [RestDay(jan(7), RestKind.WEEKEND)]}, "rest_days[0].kind"),  # Monday
        ({"rest_days": [RestDay(jan(6), RestKind.IN_LIEU)]}, "rest_days[0].kind"),  # Sunday
    ],
)
def test_invalid_construction_names_the_field(kwargs: dict[str, object], field: str) -> None:
    err = _bad(**kwargs)
    assert err.field == field


def test_weekday_numbers_out_of_range_are_named() -> None:
    err = _bad(weekend=(5, 6, 7, 9))
    assert err.value == [7, 9]


@pytest.mark.parametrize("bad", [datetime(2030, 1, 1), "2030-01-01"])
def test_dated_entries_must_be_dates(bad: object) -> None:
    for make in (RestDay, MakeupWorkday):
        with pytest.raises(InvalidInputError) as info:
            make(bad)  # type: ignore[arg-type]
        assert info.value.field == "on"
        assert info.value.value == bad
    # The same check applies to plain values given to a calendar or a notice.
    with pytest.raises(InvalidInputError) as info:
        WorkCalendar(first=FIRST, last=LAST, rest_days=[bad])  # type: ignore[list-item]
    assert info.value.field is not None
    assert info.value.field.endswith("on")
    with pytest.raises(InvalidInputError):
        CalendarNotice(2030, SRC_2030, makeup_workdays=[bad])  # type: ignore[list-item]


def test_weekend_must_be_a_collection() -> None:
    err = _bad(weekend=5)
    assert err.field == "weekend"


def test_notice_year_must_be_an_int() -> None:
    base = WorkCalendar.from_notices([NOTICE_2030])

    def load_notice_for_year_as_text() -> WorkCalendar:
        return base.with_notice(CalendarNotice("2031", SRC_2031))  # type: ignore[arg-type]

    with pytest.raises(InvalidInputError) as info:
        load_notice_for_year_as_text()
    assert info.value.field == "year"


def test_covers_rejects_a_datetime(cal: WorkCalendar) -> None:
    with pytest.raises(InvalidInputError):
        cal.covers(datetime(2030, 1, 1))


def test_calendar_is_frozen(cal: WorkCalendar) -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        cal.first = date(2000, 1, 1)  # type: ignore[misc]


# -- equality and hashing ------------------------------------------------------------------------


def test_equal_calendars_hash_alike() -> None:
    a = WorkCalendar(
        first=FIRST, last=LAST, rest_days=[IN_LIEU, NEW_YEAR], makeup_workdays=[MAKEUP]
    )
    b = WorkCalendar(
        first=FIRST, last=LAST, rest_days=[NEW_YEAR, IN_LIEU], makeup_workdays=[MAKEUP]
    )
    assert a == b
    assert hash(a) == hash(b)
    assert len({a, b}) == 1
    assert WorkCalendar(first=FIRST, last=LAST, rest_days=[jan(1)]) == WorkCalendar(
        first=FIRST, last=LAST, rest_days=[RestDay(jan(1))]
    )


@pytest.mark.parametrize(
    "changes",
    [
        {"rest_days": [NEW_YEAR]},
        {"makeup_workdays": []},
        {"last": date(2030, 12, 30)},
        {"first": jan(2)},
        {"weekend": (0, 5, 6)},
        {"sources": [SRC_2030]},
        {"rest_days": [attrs.evolve(NEW_YEAR, name="New Year's Day"), IN_LIEU]},
    ],
)
def test_calendars_that_differ_are_unequal(changes: dict[str, object]) -> None:
    base: dict[str, object] = {
        "first": FIRST,
        "last": LAST,
        "rest_days": [NEW_YEAR, IN_LIEU],
        "makeup_workdays": [MAKEUP],
    }
    a = WorkCalendar(**base)  # type: ignore[arg-type]
    b = WorkCalendar(**{**base, **changes})  # type: ignore[arg-type]
    assert a != b


def test_calendar_is_not_equal_to_other_types(cal: WorkCalendar) -> None:
    assert cal != "calendar"
    assert cal != None  # noqa: E711 - __eq__ must return NotImplemented, not raise


# -- Hypothesis: the laws, on random calendars and on the PRC calendar ----------------------------


class Naive:
    """A day-by-day reference, written from the definitions in issue 2 only."""

    def __init__(self, cal: WorkCalendar) -> None:
        self.first, self.last = cal.first, cal.last
        self.rest = {r.on for r in cal.rest_days}
        self.makeup = {m.on for m in cal.makeup_workdays}
        self.weekend = set(cal.weekend)

    def is_workday(self, d: date) -> bool:
        if not self.first <= d <= self.last:
            raise CalendarNotPublishedError(d.year, on=d)
        return d in self.makeup or (d not in self.rest and d.weekday() not in self.weekend)

    def add(self, d: date, n: int) -> date:
        self.is_workday(d)  # the start must be covered (as the library documents)
        step = ONE if n > 0 else -ONE
        found, x = 0, d
        while found < abs(n):
            x += step
            found += self.is_workday(x)
        return x

    def count(self, start: date, end: date) -> int:
        self.is_workday(start)
        self.is_workday(end)
        if end < start:
            return -self.count(end, start)
        total, x = 0, start
        while x < end:
            x += ONE
            total += self.is_workday(x)
        return total


Outcome = tuple[str, object]


def outcome(call: Callable[[], object]) -> Outcome:
    """The answer, or the missing year of the CalendarNotPublishedError raised."""
    try:
        return ("ok", call())
    except CalendarNotPublishedError as err:
        return ("missing", err.year)


@st.composite
def random_calendars(draw: st.DrawFn) -> WorkCalendar:
    first = draw(st.dates(date(1990, 1, 1), date(2090, 12, 31)))
    length = draw(st.integers(0, 366))
    days = [first + timedelta(days=i) for i in range(length + 1)]
    weekend = draw(st.frozensets(st.integers(0, 6)))
    weekly = [d for d in days if d.weekday() in weekend]
    other = [d for d in days if d.weekday() not in weekend]
    rest: list[RestDay] = []
    for d in draw(st.sets(st.sampled_from(other), max_size=20)) if other else ():
        kind = draw(st.sampled_from([RestKind.HOLIDAY, RestKind.IN_LIEU]))
        rest.append(RestDay(d, kind, "random"))
    weekly_rest = set(draw(st.sets(st.sampled_from(weekly), max_size=10))) if weekly else set()
    for d in weekly_rest:
        kind = draw(st.sampled_from([RestKind.HOLIDAY, RestKind.WEEKEND]))
        rest.append(RestDay(d, kind, "random"))
    # Notices may list days just outside the covered range; they must change nothing.
    for k in draw(st.sets(st.integers(1, 7), max_size=2)):
        rest.append(RestDay(first - timedelta(days=k), RestKind.HOLIDAY, "outside"))
        rest.append(RestDay(days[-1] + timedelta(days=k), RestKind.HOLIDAY, "outside"))
    candidates = [d for d in weekly if d not in weekly_rest]
    makeup = draw(st.sets(st.sampled_from(candidates), max_size=20)) if candidates else set()
    return WorkCalendar(
        first=first, last=days[-1], rest_days=rest, makeup_workdays=makeup, weekend=weekend
    )


@functools.cache
def _cn() -> WorkCalendar:
    return cn_calendar()


@functools.cache
def _naive(cal: WorkCalendar) -> Naive:
    return Naive(cal)


def draw_calendar_and_day(data: st.DataObject, source: str) -> tuple[WorkCalendar, date]:
    cal = data.draw(random_calendars()) if source == "random" else _cn()
    d = data.draw(st.dates(cal.first, cal.last), label="d")
    return cal, d


SOURCES = pytest.mark.parametrize("source", ["random", "cn"])
STEPS = st.integers(1, 60)


@SOURCES
@given(data=st.data(), n=STEPS)
def test_add_workdays_lands_on_a_working_day_after_d(
    source: str, data: st.DataObject, n: int
) -> None:
    cal, d = draw_calendar_and_day(data, source)
    got = outcome(lambda: cal.add_workdays(d, n))
    if got[0] == "missing":
        # Only when the covered range runs out of working days.
        assert len(cal.workdays(d, cal.last)) < n
        assert got[1] == (cal.last + ONE).year
        return
    result = got[1]
    assert isinstance(result, date)
    assert result > d
    assert cal.is_workday(result)
    assert cal.count_workdays(d, result) == n  # count inverts add
    assert cal.workdays(d, result)[-1] == result
    # Going back n working days from the answer passes d again, landing on d exactly
    # when d is itself a working day.
    back = outcome(lambda: cal.add_workdays(result, -n))
    if cal.is_workday(d):
        assert back == ("ok", d)
    elif back[0] == "ok":
        assert back[1] < d  # type: ignore[operator]


@SOURCES
@given(data=st.data(), n=STEPS)
def test_add_workdays_is_strictly_increasing_in_n(source: str, data: st.DataObject, n: int) -> None:
    cal, d = draw_calendar_and_day(data, source)
    for step in (n, -n):
        sign = 1 if step > 0 else -1
        near = outcome(lambda: cal.add_workdays(d, step))  # noqa: B023
        far = outcome(lambda: cal.add_workdays(d, step + sign))  # noqa: B023
        if near[0] == "missing":
            assert far == near  # running out once, it stays out
        elif far[0] == "ok":
            assert sign * (far[1] - near[1]).days > 0  # type: ignore[operator]


@SOURCES
@given(data=st.data(), a=STEPS, b=STEPS)
def test_add_workdays_composes(source: str, data: st.DataObject, a: int, b: int) -> None:
    cal, d = draw_calendar_and_day(data, source)
    direct = outcome(lambda: cal.add_workdays(d, a + b))
    stepped = outcome(lambda: cal.add_workdays(cal.add_workdays(d, a), b))
    assert direct == stepped
    back = outcome(lambda: cal.add_workdays(d, -(a + b)))
    back_stepped = outcome(lambda: cal.add_workdays(cal.add_workdays(d, -a), -b))
    assert back == back_stepped


@SOURCES
@given(data=st.data(), n=st.integers(-60, 60))
def test_add_workdays_round_trips_from_a_working_day(
    source: str, data: st.DataObject, n: int
) -> None:
    cal, d = draw_calendar_and_day(data, source)
    assert cal.add_workdays(d, 0) == d
    working = cal.workdays(d - ONE, cal.last) if cal.first < d else cal.workdays(d, cal.last)
    if not working:
        return
    w = data.draw(st.sampled_from(working), label="working day")
    there = outcome(lambda: cal.add_workdays(w, n))
    if there[0] == "ok":
        assert cal.add_workdays(there[1], -n) == w  # type: ignore[arg-type]


@SOURCES
@given(data=st.data())
def test_count_workdays_is_antisymmetric_and_additive(source: str, data: st.DataObject) -> None:
    cal, a = draw_calendar_and_day(data, source)
    b = data.draw(st.dates(cal.first, cal.last), label="b")
    c = data.draw(st.dates(cal.first, cal.last), label="c")
    assert cal.count_workdays(a, b) == -cal.count_workdays(b, a)
    assert cal.count_workdays(a, a) == 0
    assert cal.count_workdays(a, b) + cal.count_workdays(b, c) == cal.count_workdays(a, c)


@SOURCES
@given(data=st.data())
def test_agrees_with_a_naive_day_by_day_count(source: str, data: st.DataObject) -> None:
    cal, d = draw_calendar_and_day(data, source)
    reach = 60 if source == "random" else 250
    n = data.draw(st.integers(-reach, reach), label="n")
    naive = Naive(cal) if source == "random" else _naive(cal)
    assert cal.is_workday(d) == naive.is_workday(d)
    assert outcome(lambda: cal.add_workdays(d, n)) == outcome(lambda: naive.add(d, n))
    # A second day, anywhere within 120 days (covered or not).
    e = d + timedelta(days=data.draw(st.integers(-120, 120), label="offset"))
    assert outcome(lambda: cal.count_workdays(d, e)) == outcome(lambda: naive.count(d, e))
    if cal.covers(e):
        after_d = [d + ONE * i for i in range(1, (e - d).days + 1)]  # empty when e <= d
        assert cal.workdays(d, e) == [x for x in after_d if naive.is_workday(x)]


@given(cal=random_calendars())
def test_day_kinds_match_the_definition(cal: WorkCalendar) -> None:
    naive = Naive(cal)
    rest = {r.on: r.kind for r in cal.rest_days}
    makeup = {m.on for m in cal.makeup_workdays}
    d = cal.first
    while d <= cal.last:
        kind = cal.day_kind(d)
        assert kind.is_workday is naive.is_workday(d) is cal.is_workday(d)
        if d in makeup:
            assert kind is DayKind.MAKEUP_WORKDAY
        elif d in rest:
            assert kind.value == rest[d].value
        else:
            assert kind is (DayKind.WEEKEND if d.weekday() in cal.weekend else DayKind.WORKDAY)
        d += ONE
