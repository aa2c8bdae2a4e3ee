"""WorkCalendar over numpy arrays: the batch methods agree with the scalar ones, errors included."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govdisclosure.calendar import MakeupWorkday, WorkCalendar
from govdisclosure.calendar._batch import add_workdays_array
from govdisclosure.errors import CalendarNotPublishedError, InvalidInputError
from govdisclosure.jurisdictions import cn
from govdisclosure.strategies import calendars
from govdisclosure.strategies._holiday_rules import rule_calendars

np = pytest.importorskip("numpy")

D = "datetime64[D]"

# January 2030: Tue 1 is a holiday, Sat 5 a makeup working day; the calendar covers January only.
JAN = WorkCalendar(
    first=date(2030, 1, 1),
    last=date(2030, 1, 31),
    rest_days=[date(2030, 1, 1)],
    makeup_workdays=[MakeupWorkday(date(2030, 1, 5), "makeup")],
    unpublished_hint="load February",
)


def days(*iso: str) -> object:
    return np.array(iso, dtype=D)


# -- examples, counted by hand on the January 2030 calendar ----------------------------


def test_add_workdays_array_by_hand() -> None:
    # Working days: 2, 3, 4, 5 (makeup), 7, 8 ...; 1 Jan is a holiday, 6 Jan a Sunday.
    got = JAN.add_workdays_array(days("2030-01-01", "2030-01-04", "2030-01-06", "2030-01-07"), 2)
    assert got.tolist() == [date(2030, 1, 3), date(2030, 1, 7), date(2030, 1, 8), date(2030, 1, 9)]
    assert got.dtype == np.dtype(D)


def test_add_workdays_array_negative_zero_and_per_element_steps() -> None:
    start = days("2030-01-07", "2030-01-06", "2030-01-01", "2030-01-07")
    got = JAN.add_workdays_array(start, np.array([-1, -1, 0, -4]))
    # before 7 Jan: 5 (makeup); before Sunday 6: 5; 0 steps: the day itself; 4 back from 7: 2 Jan
    assert got.tolist() == [date(2030, 1, 5), date(2030, 1, 5), date(2030, 1, 1), date(2030, 1, 2)]


def test_shape_is_kept() -> None:
    grid = days("2030-01-01", "2030-01-02", "2030-01-03", "2030-01-04").reshape(2, 2)
    got = JAN.add_workdays_array(grid, 1)
    assert got.shape == (2, 2)
    assert got[1, 1] == np.datetime64("2030-01-05")
    assert JAN.add_workdays_array(np.array([], dtype=D), 5).shape == (0,)


def test_is_workday_array_by_hand() -> None:
    got = JAN.is_workday_array(days("2030-01-01", "2030-01-02", "2030-01-05", "2030-01-06"))
    assert got.tolist() == [False, True, True, False]


def test_count_workdays_array_by_hand() -> None:
    start = days("2030-01-01", "2030-01-07", "2030-01-04")
    end = days("2030-01-07", "2030-01-01", "2030-01-04")
    # 2, 3, 4, 5, 7 -> 5; the other way round -> -5; same day -> 0
    assert JAN.count_workdays_array(start, end).tolist() == [5, -5, 0]


def test_prc_national_day_2025() -> None:
    # 1-8 October 2025 are rest days; Sunday 28 September and Saturday 11 October are worked.
    cal = cn.calendar()
    got = cal.add_workdays_array(days("2025-09-26", "2025-09-30", "2025-10-10"), 1)
    assert got.tolist() == [date(2025, 9, 28), date(2025, 10, 9), date(2025, 10, 11)]


# -- failing closed -------------------------------------------------------------------


def test_a_day_before_coverage_names_its_index() -> None:
    with pytest.raises(CalendarNotPublishedError) as info:
        JAN.add_workdays_array(days("2030-01-02", "2029-12-31", "2031-05-01"), 1)
    assert info.value.year == 2029
    assert info.value.on == date(2029, 12, 31)
    assert str(info.value) == (
        "days[1]: no published working-day calendar covers 2029 (needed for 2029-12-31)"
    )


def test_a_day_after_coverage_carries_the_hint() -> None:
    with pytest.raises(CalendarNotPublishedError) as info:
        JAN.is_workday_array(days("2030-01-02", "2030-02-01"))
    assert str(info.value) == (
        "days[1]: no published working-day calendar covers 2030 (needed for 2030-02-01); "
        "load February"
    )


def test_an_answer_past_the_last_day() -> None:
    # 31 Jan is a Thursday; its first working day after is in February, not covered.
    with pytest.raises(CalendarNotPublishedError) as info:
        JAN.add_workdays_array(days("2030-01-02", "2030-01-31"), np.array([3, 1]))
    assert (
        str(info.value) == "days[1]: no published working-day calendar covers 2030; load February"
    )
    assert info.value.on is None


def test_an_answer_before_the_first_day() -> None:
    with pytest.raises(CalendarNotPublishedError) as info:
        JAN.add_workdays_array(days("2030-01-03"), -2)  # only 2 Jan is before it
    assert str(info.value) == "days[0]: no published working-day calendar covers 2029"


def test_the_first_offending_element_wins_whatever_its_kind() -> None:
    # element 0 answers past the end, element 1 is uncovered: element 0 is reported.
    with pytest.raises(CalendarNotPublishedError) as info:
        JAN.add_workdays_array(days("2030-01-31", "2029-06-01"), 1)
    assert str(info.value).startswith("days[0]: ")
    assert info.value.year == 2030
    # the other way round: element 0 uncovered.
    with pytest.raises(CalendarNotPublishedError) as info:
        JAN.add_workdays_array(days("2029-06-01", "2030-01-31"), 1)
    assert str(info.value).startswith("days[0]: ")
    assert info.value.year == 2029


def test_a_2d_index_is_named_in_full() -> None:
    grid = days("2030-01-02", "2030-01-03", "2030-01-04", "2031-01-01").reshape(2, 2)
    with pytest.raises(CalendarNotPublishedError, match=r"^days\[1, 1\]: "):
        JAN.is_workday_array(grid)


def test_count_reports_start_before_end_in_a_pair() -> None:
    start = days("2030-01-02", "2029-01-01")
    end = days("2031-01-01", "2030-01-03")
    with pytest.raises(CalendarNotPublishedError, match=r"^end\[0\]: .*2031"):
        JAN.count_workdays_array(start, end)
    with pytest.raises(CalendarNotPublishedError, match=r"^start\[0\]: .*2029"):
        JAN.count_workdays_array(days("2029-01-01"), days("2031-01-01"))


def test_nat_is_refused_naming_every_entry() -> None:
    with pytest.raises(InvalidInputError) as info:
        JAN.add_workdays_array(np.array(["2030-01-02", "NaT", "NaT"], dtype=D), 1)
    assert info.value.fields == ("days[1]", "days[2]")
    assert str(info.value).startswith("2 bad entries in days")


def test_many_nat_are_summarised() -> None:
    with pytest.raises(InvalidInputError) as info:
        JAN.is_workday_array(np.full(50, np.datetime64("NaT"), dtype=D))
    assert len(info.value.fields) == 20
    assert "50 bad entries in days (the first 20 named)" in str(info.value)


@pytest.mark.parametrize(
    "bad",
    [
        np.array(["2030-01-02"], dtype="datetime64[s]"),
        np.array(["2030-01-02"], dtype="datetime64[ns]"),
        np.array(["2030-01-02"]),
        [date(2030, 1, 2)],
        date(2030, 1, 2),
    ],
)
def test_anything_but_a_day_array_is_refused(bad: object) -> None:
    with pytest.raises(InvalidInputError) as info:
        JAN.is_workday_array(bad)  # type: ignore[arg-type]
    assert info.value.field == "days"


@pytest.mark.parametrize(
    "n",
    [1.0, True, np.bool_(True), np.array([1.0]), np.array([True]), np.array([1, 2]), "1", None],
)
def test_a_bad_step_is_refused(n: object) -> None:
    with pytest.raises(InvalidInputError) as info:
        JAN.add_workdays_array(days("2030-01-02"), n)  # type: ignore[arg-type]
    assert info.value.field == "n"


def test_count_shapes_must_match() -> None:
    with pytest.raises(InvalidInputError) as info:
        JAN.count_workdays_array(days("2030-01-02"), days("2030-01-02", "2030-01-03"))
    assert info.value.field == "end"


def test_huge_steps_fail_closed_without_overflow() -> None:
    top = np.iinfo(np.int64).max
    with pytest.raises(CalendarNotPublishedError):
        JAN.add_workdays_array(days("2030-01-02"), np.array([top]))
    with pytest.raises(CalendarNotPublishedError):
        JAN.add_workdays_array(days("2030-01-02"), np.array([-top - 1]))
    with pytest.raises(CalendarNotPublishedError):
        JAN.add_workdays_array(days("2030-01-02"), np.array([2**64 - 1], dtype=np.uint64))
    with pytest.raises(CalendarNotPublishedError):
        JAN.add_workdays_array(days("2030-01-02"), 10**30)
    unsigned = JAN.add_workdays_array(days("2030-01-02"), np.array([2], dtype=np.uint8))
    assert unsigned.tolist() == [date(2030, 1, 4)]


def test_a_calendar_with_no_working_day() -> None:
    weekend_only = WorkCalendar(first=date(2030, 1, 1), last=date(2030, 1, 10), weekend=range(7))
    assert weekend_only.add_workdays_array(days("2030-01-03"), 0).tolist() == [date(2030, 1, 3)]
    with pytest.raises(CalendarNotPublishedError, match=r"^days\[0\]: .*2030"):
        weekend_only.add_workdays_array(days("2030-01-03"), 1)
    with pytest.raises(CalendarNotPublishedError, match=r"^days\[0\]: .*2029"):
        weekend_only.add_workdays_array(days("2030-01-03"), -1)


def test_the_tables_are_built_once_per_calendar() -> None:
    cal = WorkCalendar(first=date(2030, 1, 1), last=date(2030, 12, 31))
    cal.is_workday_array(days("2030-01-02"))
    tables = cal._arrays[0]
    cal.add_workdays_array(days("2030-01-02"), 1)
    assert cal._arrays == [tables]


def test_the_module_function_is_the_method() -> None:
    start = days("2030-01-04")
    assert add_workdays_array(JAN, start, 1).tolist() == JAN.add_workdays_array(start, 1).tolist()


# -- batch == scalar, element by element, errors included -------------------------------


def scalar_add(cal: WorkCalendar, start: list[date], steps: list[int]) -> tuple[list[date], str]:
    """The per-call loop; on the first error, the index and the scalar's message."""
    out = []
    for k, (d, n) in enumerate(zip(start, steps, strict=True)):
        try:
            out.append(cal.add_workdays(d, n))
        except CalendarNotPublishedError as exc:
            return out, f"days[{k}]: {exc}"
    return out, ""


@st.composite
def days_and_steps(draw: st.DrawFn, cal: WorkCalendar) -> tuple[list[date], list[int]]:
    span = (cal.last - cal.first).days
    inside = st.integers(0, span)
    # Now and then a day just outside the range, and now and then a long step.
    offsets = st.one_of(inside, inside, inside, st.integers(-15, span + 15))
    steps = st.one_of(st.integers(-30, 30), st.just(0), st.integers(-3 * span, 3 * span))
    pairs = draw(st.lists(st.tuples(offsets, steps), max_size=40))
    return [cal.first + timedelta(days=o) for o, _ in pairs], [n for _, n in pairs]


def check_batch_is_scalar(cal: WorkCalendar, start: list[date], steps: list[int]) -> None:
    expected, error = scalar_add(cal, start, steps)
    array = np.array(start, dtype=D)
    if error:
        with pytest.raises(CalendarNotPublishedError) as info:
            cal.add_workdays_array(array, np.array(steps, dtype=np.int64))
        assert str(info.value) == error
    else:
        got = cal.add_workdays_array(array, np.array(steps, dtype=np.int64))
        assert got.tolist() == expected
    # One step for every day: the int form.
    if steps:
        same = steps[0]
        expected_same, error_same = scalar_add(cal, start, [same] * len(start))
        if error_same:
            with pytest.raises(CalendarNotPublishedError) as info:
                cal.add_workdays_array(array, same)
            assert str(info.value) == error_same
        else:
            assert cal.add_workdays_array(array, same).tolist() == expected_same


def check_queries_are_scalar(cal: WorkCalendar, start: list[date]) -> None:
    array = np.array(start, dtype=D)
    first_bad = next((k for k, d in enumerate(start) if not cal.covers(d)), None)
    if first_bad is None:
        assert cal.is_workday_array(array).tolist() == [cal.is_workday(d) for d in start]
        ends = array[::-1].copy()
        counts = [cal.count_workdays(a, b) for a, b in zip(start, start[::-1], strict=True)]
        assert cal.count_workdays_array(array, ends).tolist() == counts
    else:
        with pytest.raises(CalendarNotPublishedError) as info:
            cal.is_workday_array(array)
        with pytest.raises(CalendarNotPublishedError) as scalar:
            cal.is_workday(start[first_bad])
        assert str(info.value) == f"days[{first_bad}]: {scalar.value}"


PRC = cn.calendar()


@settings(max_examples=300, deadline=None)
@given(days_and_steps(PRC))
def test_batch_equals_scalar_on_the_prc_calendar(pair: tuple[list[date], list[int]]) -> None:
    check_batch_is_scalar(PRC, *pair)
    check_queries_are_scalar(PRC, pair[0])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), calendars())
def test_batch_equals_scalar_on_random_notice_calendars(
    data: st.DataObject, cal: WorkCalendar
) -> None:
    start, steps = data.draw(days_and_steps(cal))
    check_batch_is_scalar(cal, start, steps)
    check_queries_are_scalar(cal, start)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), rule_calendars())
def test_batch_equals_scalar_on_random_rule_calendars(
    data: st.DataObject, cal: WorkCalendar
) -> None:
    start, steps = data.draw(days_and_steps(cal))
    check_batch_is_scalar(cal, start, steps)
    check_queries_are_scalar(cal, start)


@pytest.mark.parametrize(
    "first",
    [date(1969, 11, 20), date(1970, 1, 1), date(1970, 1, 2), date(2243, 12, 1), date(2300, 1, 1)],
)
def test_every_day_and_step_around_the_table_layouts(first: date) -> None:
    # Tables are indexed by day number where they can be, by an offset before 1970 and far
    # ahead: every covered day (and a few outside) with every step from -50 to 50, both forms.
    cal = WorkCalendar(
        first=first,
        last=first + timedelta(days=70),
        rest_days=[first + timedelta(days=10), first + timedelta(days=11)],
        makeup_workdays=[
            d for d in (first + timedelta(days=k) for k in range(20, 27)) if d.weekday() >= 5
        ][:1],
    )
    start = [first + timedelta(days=k) for k in range(-2, 73)]
    for n in range(-50, 51):
        steps = [n] * len(start)
        for lo in range(0, len(start), 25):
            chunk = start[lo : lo + 25]
            check_batch_is_scalar(cal, chunk, steps[: len(chunk)])
    mixed = [((k * 7) % 101) - 50 for k in range(len(start))]
    for lo in range(len(start)):
        check_batch_is_scalar(cal, start[lo : lo + 3], mixed[lo : lo + 3])
    check_queries_are_scalar(cal, start[2:-2])
    check_queries_are_scalar(cal, start)
