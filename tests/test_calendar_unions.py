"""Unions of calendars, the calendar fingerprint, and calendars known by name."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from datetime import date, timedelta

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from govdisclosure import strategies as gs
from govdisclosure.calendar import (
    MakeupWorkday,
    NoticeSource,
    RestDay,
    RestKind,
    WorkCalendar,
    _registry,
    calendar_name,
    named_calendar,
    register_calendar,
)
from govdisclosure.errors import InvalidInputError, UnknownCalendarError
from govdisclosure.jurisdictions import cn
from govdisclosure.law import OMIT_IF_DEFAULT
from govdisclosure.serialization import from_json, to_json
from govdisclosure.strategies import _holiday_rules as gsc

ONE = timedelta(days=1)
FIRST, LAST = date(2030, 1, 1), date(2030, 12, 31)
A_SOURCE = NoticeSource("Part A law")
B_SOURCE = NoticeSource("Part B law")


def rest_set(cal: WorkCalendar, first: date, last: date) -> set[date]:
    return {
        first + ONE * i
        for i in range((last - first).days + 1)
        if not cal.is_workday(first + ONE * i)
    }


# -- examples -----------------------------------------------------------------------------------


def test_a_day_is_rest_if_it_is_rest_in_any_part() -> None:
    a = WorkCalendar(
        first=FIRST,
        last=LAST,
        rest_days=[RestDay(date(2030, 3, 18), name="A", source=A_SOURCE)],
        sources=[A_SOURCE],
    )
    b = WorkCalendar(
        first=FIRST,
        last=LAST,
        rest_days=[RestDay(date(2030, 7, 12), name="B", source=B_SOURCE)],
        sources=[B_SOURCE],
    )
    u = WorkCalendar.union_of([a, b])
    assert u.note(date(2030, 3, 18)).name == "A"
    assert u.note(date(2030, 7, 12)).name == "B"
    assert u.sources == (A_SOURCE, B_SOURCE)
    assert (
        u.count_workdays(date(2030, 3, 15), date(2030, 7, 15))
        == a.count_workdays(date(2030, 3, 15), date(2030, 7, 15)) - 1
    )


def test_union_coverage_is_the_intersection() -> None:
    a = WorkCalendar(first=date(2030, 1, 1), last=date(2030, 9, 30))
    b = WorkCalendar(first=date(2030, 3, 1), last=date(2030, 12, 31))
    u = WorkCalendar.union_of([a, b])
    assert (u.first, u.last) == (date(2030, 3, 1), date(2030, 9, 30))
    assert not u.covers(date(2030, 2, 28))


def test_a_weekend_day_is_worked_only_where_every_part_works_it() -> None:
    worked = MakeupWorkday(date(2030, 1, 5), "swap")
    a = WorkCalendar(first=FIRST, last=LAST, makeup_workdays=[worked])
    b = WorkCalendar(first=FIRST, last=LAST)
    assert not WorkCalendar.union_of([a, b]).is_workday(date(2030, 1, 5))
    c = WorkCalendar(first=FIRST, last=LAST, makeup_workdays=[worked], rest_days=[date(2030, 2, 1)])
    assert WorkCalendar.union_of([a, c]).is_workday(date(2030, 1, 5))


def test_the_same_day_in_two_parts_keeps_one_entry_whatever_the_order() -> None:
    holiday = RestDay(date(2030, 12, 26), RestKind.HOLIDAY, "Boxing Day", A_SOURCE)
    in_lieu = RestDay(date(2030, 12, 26), RestKind.IN_LIEU, "Christmas (substitute)", B_SOURCE)
    a = WorkCalendar(first=FIRST, last=LAST, rest_days=[holiday])
    b = WorkCalendar(first=FIRST, last=LAST, rest_days=[in_lieu])
    assert WorkCalendar.union_of([a, b]).note(date(2030, 12, 26)) == holiday
    assert WorkCalendar.union_of([b, a]).note(date(2030, 12, 26)) == holiday


def test_union_of_one_calendar_is_that_calendar() -> None:
    cal = cn.calendar()
    assert WorkCalendar.union_of([cal]) is cal
    assert WorkCalendar.union_of([cal, cn.calendar()]) is cal


@pytest.mark.parametrize(
    ("parts", "field"),
    [
        ([], "calendars"),
        ([date(2030, 1, 1)], "calendars[0]"),
        (
            [
                WorkCalendar(first=FIRST, last=LAST),
                WorkCalendar(first=FIRST, last=LAST, weekend=[4, 5]),
            ],
            "weekend",
        ),
        (
            [
                WorkCalendar(first=FIRST, last=date(2030, 1, 31)),
                WorkCalendar(first=date(2030, 2, 1), last=LAST),
            ],
            "calendars",
        ),
    ],
)
def test_bad_unions_are_refused(parts: list[object], field: str) -> None:
    with pytest.raises(InvalidInputError) as err:
        WorkCalendar.union_of(parts)  # type: ignore[arg-type]
    assert field in err.value.fields


def test_union_of_a_non_collection_is_refused() -> None:
    with pytest.raises(InvalidInputError):
        WorkCalendar.union_of(cn.calendar())  # type: ignore[arg-type]


# -- laws ---------------------------------------------------------------------------------------

_parts = gsc.rule_calendars(min_year=2020, max_year=2024)


@given(_parts, _parts)
def test_union_is_commutative(a: WorkCalendar, b: WorkCalendar) -> None:
    if max(a.first, b.first) > min(a.last, b.last):
        with pytest.raises(InvalidInputError):
            WorkCalendar.union_of([b, a])
        return
    assert WorkCalendar.union_of([a, b]) == WorkCalendar.union_of([b, a])


@given(_parts, _parts, _parts)
def test_union_is_associative(a: WorkCalendar, b: WorkCalendar, c: WorkCalendar) -> None:
    try:
        left = WorkCalendar.union_of([WorkCalendar.union_of([a, b]), c])
    except InvalidInputError:  # no day in common somewhere: the other way fails too
        with pytest.raises(InvalidInputError):
            WorkCalendar.union_of([a, WorkCalendar.union_of([b, c])])
        return
    assert left == WorkCalendar.union_of([a, WorkCalendar.union_of([b, c])])
    assert left == WorkCalendar.union_of([a, b, c])


@given(_parts, _parts)
def test_union_is_idempotent(a: WorkCalendar, b: WorkCalendar) -> None:
    assert WorkCalendar.union_of([a, a]) == a
    try:
        ab = WorkCalendar.union_of([a, b])
    except InvalidInputError:
        return
    assert WorkCalendar.union_of([ab, b]) == ab
    assert WorkCalendar.union_of([ab, ab]) == ab


@given(_parts, _parts)
def test_union_rest_days_are_the_union_of_the_parts_rest_days(
    a: WorkCalendar, b: WorkCalendar
) -> None:
    first, last = max(a.first, b.first), min(a.last, b.last)
    if last < first:
        with pytest.raises(InvalidInputError):
            WorkCalendar.union_of([a, b])
        return
    u = WorkCalendar.union_of([a, b])
    assert (u.first, u.last) == (first, last)
    assert rest_set(u, first, last) == rest_set(a, first, last) | rest_set(b, first, last)


# -- fingerprint --------------------------------------------------------------------------------


def test_fingerprint_is_a_sha256_hex_digest_and_cached() -> None:
    cal = cn.calendar()
    fp = cal.fingerprint
    assert len(fp) == 64
    assert int(fp, 16) >= 0
    assert cal.fingerprint is fp


def test_fingerprint_is_not_serialized() -> None:
    cal = WorkCalendar(first=FIRST, last=date(2030, 1, 10), rest_days=[date(2030, 1, 1)])
    before = to_json(cal)
    assert cal.fingerprint
    assert to_json(cal) == before
    assert set(json.loads(before)) == {"schema_version"} | {
        a.name
        for a in attrs.fields(WorkCalendar)
        if a.init and not a.metadata.get(OMIT_IF_DEFAULT)  # unpublished_hint: left out when None
    }
    again = from_json(before, WorkCalendar)
    assert again.fingerprint == cal.fingerprint


def test_fingerprint_differs_from_a_digest_of_nothing() -> None:
    assert WorkCalendar(first=FIRST, last=LAST).fingerprint != hashlib.sha256(b"").hexdigest()


@given(gs.calendars())
def test_equal_calendars_have_equal_fingerprints(cal: WorkCalendar) -> None:
    copy = from_json(to_json(cal), WorkCalendar)
    assert copy == cal
    assert copy.fingerprint == cal.fingerprint
    assert hash(copy) == hash(cal)


@given(gs.calendars(), st.data())
def test_any_change_of_a_day_changes_the_fingerprint(
    cal: WorkCalendar, data: st.DataObject
) -> None:
    day = data.draw(st.dates(cal.first, cal.last))
    note = cal.note(day)
    if isinstance(note, RestDay):
        changed = [r for r in cal.rest_days if r.on != day]
        other = attrs.evolve(cal, rest_days=changed)
    elif isinstance(note, MakeupWorkday):
        other = attrs.evolve(cal, makeup_workdays=[m for m in cal.makeup_workdays if m.on != day])
    elif day.weekday() in cal.weekend:
        other = attrs.evolve(cal, rest_days=[*cal.rest_days, RestDay(day, RestKind.WEEKEND)])
    else:
        other = attrs.evolve(cal, rest_days=[*cal.rest_days, RestDay(day, RestKind.IN_LIEU)])
    assert other != cal
    assert other.fingerprint != cal.fingerprint


@pytest.mark.parametrize(
    "change",
    [
        {"last": date(2030, 12, 30)},
        {"first": date(2030, 1, 2)},
        {"weekend": [6]},
        {"sources": [A_SOURCE]},
        {"rest_days": [RestDay(date(2030, 5, 1), RestKind.HOLIDAY, "renamed")]},
    ],
)
def test_every_part_of_the_calendar_counts(change: dict[str, object]) -> None:
    base = WorkCalendar(
        first=FIRST, last=LAST, rest_days=[RestDay(date(2030, 5, 1), RestKind.HOLIDAY, "May Day")]
    )
    assert attrs.evolve(base, **change).fingerprint != base.fingerprint


# -- names --------------------------------------------------------------------------------------


@pytest.fixture
def isolated(monkeypatch: pytest.MonkeyPatch) -> None:
    """Registrations made by a test are forgotten after it (the registry is process-wide)."""
    monkeypatch.setattr(_registry, "_factories", dict(_registry._factories))
    monkeypatch.setattr(_registry, "_built", dict(_registry._built))


def test_cn_is_registered_and_named() -> None:
    assert named_calendar("cn") is cn.calendar()
    assert calendar_name(cn.calendar()) == "cn"
    assert calendar_name(cn.calendar(makeup_days_are_workdays=False)) is None


def test_importing_the_package_builds_no_calendar() -> None:
    code = (
        "import govdisclosure, govdisclosure.jurisdictions.cn as cn\n"
        "from govdisclosure.jurisdictions.cn import workdays\n"
        "assert workdays._official.cache_info().currsize == 0\n"
        "from govdisclosure.calendar import named_calendar\n"
        "named_calendar('cn')\n"
        "assert workdays._official.cache_info().currsize == 1\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.usefixtures("isolated")
def test_registration_is_lazy_and_builds_once() -> None:
    calls: list[int] = []

    def build() -> WorkCalendar:
        calls.append(1)
        return WorkCalendar(
            first=date(2031, 1, 1), last=date(2031, 3, 31), rest_days=[date(2031, 2, 3)]
        )

    register_calendar("test-lazy", build)
    register_calendar("test-lazy", build)  # the same factory again is harmless
    assert calls == []
    assert named_calendar("test-lazy") is named_calendar("test-lazy")
    assert calls == [1]
    twin = WorkCalendar(
        first=date(2031, 1, 1), last=date(2031, 3, 31), rest_days=[date(2031, 2, 3)]
    )
    assert calendar_name(twin) == "test-lazy"
    assert calls == [1]


def test_an_unknown_name_raises_naming_it() -> None:
    with pytest.raises(UnknownCalendarError) as err:
        named_calendar("no-such-calendar")
    assert isinstance(err.value, LookupError)
    assert err.value.value == "no-such-calendar"
    assert "no-such-calendar" in str(err.value)


@pytest.mark.usefixtures("isolated")
def test_a_name_cannot_be_taken_twice() -> None:
    register_calendar("test-taken", cn.calendar)
    with pytest.raises(InvalidInputError) as err:
        register_calendar("test-taken", cn.notices_for)  # type: ignore[arg-type]
    assert err.value.fields == ("name",)


@pytest.mark.parametrize(
    ("name", "factory", "field"), [("", cn.calendar, "name"), ("x", 3, "factory")]
)
@pytest.mark.usefixtures("isolated")
def test_bad_registrations(name: str, factory: object, field: str) -> None:
    with pytest.raises(InvalidInputError) as err:
        register_calendar(name, factory)  # type: ignore[arg-type]
    assert err.value.fields == (field,)


@pytest.mark.usefixtures("isolated")
def test_a_factory_must_return_a_calendar() -> None:
    register_calendar("test-not-a-calendar", lambda: "2030")  # type: ignore[arg-type,return-value]
    with pytest.raises(InvalidInputError):
        named_calendar("test-not-a-calendar")


def test_calendar_name_needs_a_calendar() -> None:
    with pytest.raises(InvalidInputError):
        calendar_name("cn")  # type: ignore[arg-type]
