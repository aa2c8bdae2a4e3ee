"""``us.calendar()`` checked day by day against the ``holidays`` package, 2000-2026.

``holidays`` (vacanza, test-only) compiled 5 U.S.C. § 6103 and the executive-order
closures independently of this library; ``holidays.US(categories=("government",))``
is the oracle for the default calendar, plus its ``subdiv="DC"`` Inauguration Day
entries for ``dc_area=True`` (spec ``shared/spec/us-uk-foi.md`` §A6). A working day
in the oracle is a Monday to Friday that ``holidays`` does not list.

Known differences, listed explicitly (``KNOWN``), each with its reason:

* the three **half-day** closings (2002-12-24, 2009-12-24, 2015-12-24): ``holidays``
  lists them as closings; here they are working days (spec §A6.3, "treat as a working
  day by default").

Left out of the DC oracle on purpose: DC **Emancipation Day** (16 April), which
``holidays`` lists for ``subdiv="DC"`` but is a District of Columbia holiday, not a
federal one (not in §6103(a) or (c)).

Skipped until ``govdisclosure.jurisdictions.us.calendar`` exists (it is being written
on main).
"""

from __future__ import annotations

from datetime import date, timedelta

import holidays
import pytest

from us_reference_clock import HALF_DAYS, inauguration_days

try:
    from govdisclosure.jurisdictions.us import calendar as us_calendar
except ImportError:  # pragma: no cover - until the US calendar lands on main
    pytest.skip("govdisclosure.jurisdictions.us.calendar is not there yet", allow_module_level=True)

FIRST = date(2000, 1, 1)
LAST = date(2026, 12, 31)
DAYS = [FIRST + timedelta(days=i) for i in range((LAST - FIRST).days + 1)]
YEARS = range(FIRST.year - 1, LAST.year + 2)

KNOWN: dict[date, str] = dict.fromkeys(
    sorted(HALF_DAYS), "half-day closing: a working day by default (spec §A6.3); holidays lists it"
)
"""Days where the library and ``holidays`` are expected to differ, with the reason."""


def _government() -> set[date]:
    return set(holidays.US(categories=("government",), years=YEARS))


def _inauguration() -> set[date]:
    dc = holidays.US(subdiv="DC", years=YEARS)
    return {d for d, name in dc.items() if "Inauguration Day" in name}


def disagreements(dc_area: bool) -> dict[date, tuple[bool, bool]]:
    """Every day 2000-2026 where ``us.calendar`` and the oracle differ: (library, oracle)."""
    cal = us_calendar(dc_area=dc_area)
    rest = _government() | (_inauguration() if dc_area else set())
    found = {}
    for d in DAYS:
        expected = d.weekday() < 5 and d not in rest
        got = cal.is_workday(d)
        if got != expected:
            found[d] = (got, expected)
    return found


def test_every_day_is_compared() -> None:
    assert len(DAYS) == 9862  # 27 years, 7 of them leap years (2000, 04, 08, 12, 16, 20, 24)


@pytest.mark.parametrize("dc_area", [False, True])
def test_the_calendar_covers_2000_to_2026(dc_area: bool) -> None:
    cal = us_calendar(dc_area=dc_area)
    assert cal.covers(FIRST)
    assert cal.covers(LAST)


@pytest.mark.parametrize("dc_area", [False, True])
def test_us_calendar_agrees_with_holidays_but_for_the_known_days(dc_area: bool) -> None:
    found = disagreements(dc_area)
    # Each known day is a working day here and a closing in holidays.
    assert found == dict.fromkeys(KNOWN, (True, False))


def test_the_dc_area_calendar_differs_only_on_weekday_inauguration_days() -> None:
    plain = us_calendar()
    dc = us_calendar(dc_area=True)
    differ = {d for d in DAYS if plain.is_workday(d) != dc.is_workday(d)}
    # §6103(c): 2005-01-20, 2009-01-20, 2017-01-20, 2021-01-20 (2001 is a Saturday; 2013
    # moves to Mon Jan 21 and 2025 is Mon Jan 20, both Martin Luther King Jr. Day anyway).
    expected = {date(2005, 1, 20), date(2009, 1, 20), date(2017, 1, 20), date(2021, 1, 20)}
    assert differ == expected
    assert {d for d in inauguration_days(YEARS) if FIRST <= d <= LAST and d.weekday() < 5} == {
        *expected,
        date(2013, 1, 21),
        date(2025, 1, 20),
    }
