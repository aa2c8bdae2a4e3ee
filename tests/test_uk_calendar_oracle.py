"""``uk.calendar()`` checked day by day against the ``holidays`` package, 2005-2026.

``holidays`` (vacanza, test-only) compiled the UK bank holidays independently of this
library: ``holidays.UK(subdiv="ENG" / "SCT" / "NIR")`` is the oracle for each part, and
the union of all four of its subdivisions (with Wales, which it lists apart but with the
same days as England) is the oracle for ``Part.ALL``, the FOIA 2000 s.10(6) calendar
(spec ``shared/spec/us-uk-foi.md`` §B2.2, §B6). A working day in the oracle is a Monday
to Friday that ``holidays`` does not list.

Known differences, listed explicitly (``KNOWN``), each with its reason:

* **2006-11-30** (Scotland, and so the union): ``holidays`` starts St Andrew's Day in
  2006; the St Andrew's Day Bank Holiday (Scotland) Act 2007 received Royal Assent on
  2007-01-15, so the first St Andrew's Day bank holiday is 2007-11-30 here (the policy
  ``CalendarPolicy.st_andrews_day_first_year``, default 2007). With the policy set to
  2006 the two agree on every day, which is checked too.
"""

from __future__ import annotations

from datetime import date, timedelta

import holidays
import pytest

from govdisclosure.jurisdictions.uk import CalendarPolicy, Part, calendar

FIRST = date(2005, 1, 1)
LAST = date(2026, 12, 31)
DAYS = [FIRST + timedelta(days=i) for i in range((LAST - FIRST).days + 1)]
YEARS = range(FIRST.year - 1, LAST.year + 2)

SUBDIVISIONS: dict[Part, tuple[str, ...]] = {
    Part.ENGLAND_AND_WALES: ("ENG",),
    Part.SCOTLAND: ("SCT",),
    Part.NORTHERN_IRELAND: ("NIR",),
    Part.ALL: ("ENG", "WLS", "SCT", "NIR"),
}

_ST_ANDREW_2006 = (
    "St Andrew's Day 2006: holidays starts it in 2006, the 2007 Act (Royal Assent "
    "2007-01-15) first applies in 2007 (policy st_andrews_day_first_year=2007)"
)
KNOWN: dict[Part, dict[date, str]] = {
    Part.ENGLAND_AND_WALES: {},
    Part.SCOTLAND: {date(2006, 11, 30): _ST_ANDREW_2006},
    Part.NORTHERN_IRELAND: {},
    Part.ALL: {date(2006, 11, 30): _ST_ANDREW_2006},
}
"""Days where the library and ``holidays`` are expected to differ, with the reason."""


def _oracle(subdivisions: tuple[str, ...]) -> dict[date, str]:
    found: dict[date, str] = {}
    for sub in subdivisions:
        found.update(holidays.UK(subdiv=sub, years=YEARS))
    return found


def disagreements(part: Part, policy: CalendarPolicy | None = None) -> dict[date, bool]:
    """The days 2005-2026 where ``uk.calendar(part)`` and the oracle differ: our answer."""
    cal = calendar(part) if policy is None else calendar(part, policy=policy)
    rest = _oracle(SUBDIVISIONS[part])
    found = {}
    for d in DAYS:
        expected = d.weekday() < 5 and d not in rest
        got = cal.is_workday(d)
        if got != expected:
            found[d] = got
    return found


def test_every_day_is_compared() -> None:
    assert len(DAYS) == 8035  # 22 years, 5 of them leap years (2008, 12, 16, 20, 24)


@pytest.mark.parametrize("part", list(SUBDIVISIONS))
def test_the_calendar_agrees_with_holidays_except_the_known_days(part: Part) -> None:
    found = disagreements(part)
    assert set(found) == set(KNOWN[part])
    # On every known day the library works where the oracle rests.
    assert all(found.values())


@pytest.mark.parametrize("part", list(SUBDIVISIONS))
def test_with_the_oracles_reading_of_st_andrews_day_every_day_agrees(part: Part) -> None:
    assert disagreements(part, CalendarPolicy(st_andrews_day_first_year=2006)) == {}


def test_wales_has_the_days_of_england() -> None:
    eng = {d for d in _oracle(("ENG",)) if FIRST <= d <= LAST}
    wls = {d for d in _oracle(("WLS",)) if FIRST <= d <= LAST}
    assert eng == wls


def test_without_the_battle_of_the_boyne_the_differences_are_its_days() -> None:
    policy = CalendarPolicy(count_battle_of_the_boyne=False)
    found = disagreements(Part.NORTHERN_IRELAND, policy)
    boyne = {
        d
        for d, name in _oracle(("NIR",)).items()
        if "Battle of the Boyne" in name and FIRST <= d <= LAST and d.weekday() < 5
    }
    assert set(found) == boyne
    assert len(boyne) == 22  # one weekday a year, 2005-2026
