"""Cross-check of the PRC calendar against two independent packages, day by day.

The oracles are test-only dependencies (the ``test`` extra), never imported by
the library: ``holidays`` (vacanza; ``holidays.China``) and ``chinesecalendar``
(LKI; imported as ``chinese_calendar``). Each test lists every disagreement
with its date, what we say and what the oracle says, so that a failure reads as
a review note. On 2008-01-01..2026-12-31 there should be none (spec §7.1: the two
packages differ only on 2005-12-31, outside our range).

``holidays`` names each rest day in Chinese, which lets the day *kinds* be checked
too: a plain festival name is a statutory holiday, "（补假）" a substitute day,
"休息日（由 X 调休）" a weekday swapped for the makeup working day X.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from types import ModuleType
from typing import Any

import pytest

from govdisclosure.calendar import DayKind, WorkCalendar
from govdisclosure.errors import CalendarNotPublishedError
from govdisclosure.jurisdictions import cn

ONE = timedelta(days=1)
FIRST, LAST = date(2008, 1, 1), date(2026, 12, 31)


def every_day(first: date = FIRST, last: date = LAST) -> list[date]:
    return [first + ONE * i for i in range((last - first).days + 1)]


@pytest.fixture(scope="module")
def cal() -> WorkCalendar:
    return cn.calendar()


@pytest.fixture(scope="module")
def hol() -> Any:
    holidays = pytest.importorskip("holidays")
    # 2007 too, so that days named after a 2007 makeup day are known.
    return holidays.China(years=range(2007, 2028), language="zh_CN")


@pytest.fixture(scope="module")
def chinese_calendar() -> ModuleType:
    module: ModuleType = pytest.importorskip("chinese_calendar")
    return module


def _listing(found: list[str]) -> str:
    return f"{len(found)} disagreement(s):\n" + "\n".join(found)


def test_every_day_agrees_with_holidays(cal: WorkCalendar, hol: Any) -> None:
    found = [
        f"{d} ({d:%a}): ours={cal.is_workday(d)}, holidays.China.is_working_day="
        f"{hol.is_working_day(d)}"
        for d in every_day()
        if cal.is_workday(d) != hol.is_working_day(d)
    ]
    assert not found, _listing(found)


def test_every_day_agrees_with_chinesecalendar(
    cal: WorkCalendar, chinese_calendar: ModuleType
) -> None:
    found = [
        f"{d} ({d:%a}): ours={cal.is_workday(d)}, chinese_calendar.is_workday="
        f"{chinese_calendar.is_workday(d)}"
        for d in every_day()
        if cal.is_workday(d) != chinese_calendar.is_workday(d)
    ]
    assert not found, _listing(found)


def _kind_from_holidays_name(d: date, name: str | None) -> DayKind:
    weekend = d.weekday() >= 5
    if name is None:
        return DayKind.WEEKEND if weekend else DayKind.WORKDAY
    if "补假" in name or "调休" in name or "延长" in name:
        return DayKind.WEEKEND if weekend else DayKind.IN_LIEU
    return DayKind.HOLIDAY


def test_every_day_kind_agrees_with_holidays_names(cal: WorkCalendar, hol: Any) -> None:
    found = []
    for d in every_day():
        name = hol.get(d)
        if hol.is_working_day(d) and d.weekday() >= 5:
            expected = DayKind.MAKEUP_WORKDAY
        else:
            expected = _kind_from_holidays_name(d, name)
        ours = cal.day_kind(d)
        if ours is not expected:
            found.append(f"{d} ({d:%a}): ours={ours.value}, holidays={name!r} -> {expected.value}")
    assert not found, _listing(found)


def test_swapped_rest_days_pair_with_our_makeup_days(cal: WorkCalendar, hol: Any) -> None:
    # holidays names a swapped weekday after the weekend day worked for it.
    found = []
    pairs = 0
    for d in every_day():
        m = re.search(r"由 (\d{4}-\d{2}-\d{2}) 调休", hol.get(d) or "")
        if m is None:
            continue
        worked = date.fromisoformat(m.group(1))
        pairs += 1
        if cal.covers(worked) and cal.day_kind(worked) is not DayKind.MAKEUP_WORKDAY:
            found.append(f"{d}: holidays says swapped for {worked}, ours={cal.day_kind(worked)}")
    assert pairs > 100  # the check did run
    assert not found, _listing(found)


def test_known_disagreement_outside_our_range(
    cal: WorkCalendar, hol: Any, chinese_calendar: ModuleType
) -> None:
    # Spec §7.1: the notice for 2006 made Saturday 2005-12-31 a makeup working day;
    # holidays agrees with the notice. We do not cover 2005 and say so.
    d = date(2005, 12, 31)
    assert hol.is_working_day(d)
    with pytest.raises(CalendarNotPublishedError):
        cal.is_workday(d)


def test_2027_raises_here_as_in_chinesecalendar(
    cal: WorkCalendar, chinese_calendar: ModuleType
) -> None:
    # chinesecalendar fails loudly for 2027, as we do.
    with pytest.raises(NotImplementedError):
        chinese_calendar.is_workday(date(2027, 1, 4))
    with pytest.raises(CalendarNotPublishedError):
        cal.is_workday(date(2027, 1, 4))


def test_add_20_workdays_agrees_with_holidays(cal: WorkCalendar, hol: Any) -> None:
    # holidays' get_nth_working_day(d, n) is the n-th working day strictly after d.
    found = []
    checked = 0
    for d in every_day():
        theirs = hol.get_nth_working_day(d, 20)
        if theirs > LAST:
            break
        checked += 1
        ours = cal.add_workdays(d, 20)
        if ours != theirs:
            found.append(f"{d} + 20: ours={ours}, holidays.get_nth_working_day={theirs}")
    assert checked > 6900
    assert not found, _listing(found)


def test_subtract_20_workdays_agrees_with_holidays(cal: WorkCalendar, hol: Any) -> None:
    found = []
    for d in every_day(date(2008, 3, 1)):
        theirs = hol.get_nth_working_day(d, -20)
        ours = cal.add_workdays(d, -20)
        if ours != theirs:
            found.append(f"{d} - 20: ours={ours}, holidays.get_nth_working_day={theirs}")
    assert not found, _listing(found)


def test_add_20_workdays_agrees_with_chinesecalendar(
    cal: WorkCalendar, chinese_calendar: ModuleType
) -> None:
    # find_workday(k, x) is the (k+1)-th working day on or after x, so the 20th strictly
    # after d is find_workday(19, d + 1 day). (find_workday(20, d) would roll a rest-day
    # start forward first.) Every 5th day: the package is slow.
    found = []
    for d in every_day(last=date(2026, 11, 30))[::5]:
        theirs = chinese_calendar.find_workday(19, d + ONE)
        ours = cal.add_workdays(d, 20)
        if ours != theirs:
            found.append(f"{d} + 20: ours={ours}, chinese_calendar.find_workday={theirs}")
    assert not found, _listing(found)


@pytest.mark.parametrize("year", range(2008, 2027))
def test_yearly_counts_agree_with_holidays(cal: WorkCalendar, hol: Any, year: int) -> None:
    # holidays counts both ends; ours counts start < x <= end.
    start, end = date(year, 1, 1), date(year, 12, 31)
    theirs = hol.get_working_days_count(start + ONE, end)
    assert cal.count_workdays(start, end) == theirs
