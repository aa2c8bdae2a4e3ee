"""The PRC proactive-disclosure period (OGI Reg. 2019 Art 26; 2007 Art 18).

Expected dates are counted by hand from the State Council holiday notices, and
every covered formation date is checked against an independent day-by-day
counter over ``chinese_calendar.is_workday`` (test-only oracle).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govdisclosure.calendar import WorkCalendar
from govdisclosure.errors import CalendarNotPublishedError, InvalidInputError, NoRuleInForceError
from govdisclosure.items import DisclosureMode, InformationItem
from govdisclosure.jurisdictions.cn.instruments import OGI_2007, OGI_2019
from govdisclosure.jurisdictions.cn.proactive import (
    PROACTIVE_PERIOD,
    PreRegulation,
    SpecialLimit,
    explain_proactive_deadline,
    item_deadline,
    item_lateness,
    proactive_deadline,
    proactive_lateness,
)
from govdisclosure.law import CalendarDays, Citation, Instrument, WorkingDays

workdays = pytest.importorskip("govdisclosure.jurisdictions.cn.workdays")

ONE = timedelta(days=1)
PLAIN_2030 = WorkCalendar(first=date(2030, 1, 1), last=date(2030, 12, 31))  # no holidays at all
ACT = Instrument(code="demo", title="Demo Act", short="DA")


class TestRule:
    def test_both_versions_are_twenty_working_days(self):
        old = PROACTIVE_PERIOD.in_force(date(2019, 5, 14))
        new = PROACTIVE_PERIOD.in_force(date(2019, 5, 15))
        assert old.value == new.value == WorkingDays(20)
        assert (old.citation.instrument, old.citation.article) == (OGI_2007, "18")
        assert new.citation == Citation(OGI_2019, "26")
        assert old.start == date(2008, 5, 1)

    def test_before_the_2007_regulations_took_effect_raise_policy(self):
        with pytest.raises(NoRuleInForceError) as info:
            proactive_deadline(date(2008, 4, 30), before_in_force=PreRegulation.RAISE)
        assert info.value.on == date(2008, 4, 30)

    def test_before_the_2007_regulations_took_effect_default_policy(self):
        # 2008 notice: May 1-3 rest, Sun May 4 worked. After Wed Apr 30: May 4 (1),
        # 5-9 (6), 12-16 (11), 19-23 (16), 26, 27, 28, 29 (20).
        result = explain_proactive_deadline(date(2008, 4, 30))
        assert result.deadline == date(2008, 5, 29)
        assert result.citation.instrument is OGI_2007
        assert "PreRegulation" in result.citation.note

    def test_policy_must_be_a_policy(self):
        with pytest.raises(InvalidInputError) as info:
            proactive_deadline(date(2020, 1, 2), before_in_force="raise")  # type: ignore[arg-type]
        assert info.value.field == "before_in_force"


class TestByHand:
    def test_national_day_2024(self):
        # 2024 notice: Oct 1-7 rest; Sun Sep 29 and Sat Oct 12 worked.
        # After Fri Sep 27: Sep 29 (1), 30 (2), Oct 8-11 (6), 12 (7), 14-18 (12),
        # 21-25 (17), 28, 29, 30 (20).
        assert proactive_deadline(date(2024, 9, 27)) == date(2024, 10, 30)

    def test_spring_festival_2026(self):
        # 2026 notice: Feb 15-23 rest; Sat Feb 14 and Sat Feb 28 worked.
        # After Tue Feb 10: 11, 12, 13, 14 (4), 24-27 (8), 28 (9), Mar 2-6 (14),
        # Mar 9-13 (19), Mar 16 (20).
        assert proactive_deadline(date(2026, 2, 10)) == date(2026, 3, 16)

    def test_first_day_of_the_2007_regulations(self):
        # 2008 notice: May 1-3 rest, Sun May 4 worked. After Thu May 1: May 4 (1),
        # 5-9 (6), 12-16 (11), 19-23 (16), 26, 27, 28, 29 (20).
        result = explain_proactive_deadline(date(2008, 5, 1))
        assert result.deadline == date(2008, 5, 29)
        assert result.citation.instrument is OGI_2007

    def test_either_side_of_the_2019_revision(self):
        # 2019: Fri Jun 7 (Dragon Boat) rest. After Tue May 14: May 15-17 (3),
        # 20-24 (8), 27-31 (13), Jun 3-6 (17), Jun 10, 11, 12 (20).
        assert proactive_deadline(date(2019, 5, 14)) == date(2019, 6, 12)
        # After Wed May 15: one working day later.
        result = explain_proactive_deadline(date(2019, 5, 15))
        assert result.deadline == date(2019, 6, 13)
        assert result.citation == Citation(OGI_2019, "26")
        assert "2019-06-13" in str(result)
        assert "Art 26" in str(result)

    def test_a_deadline_running_into_an_unpublished_year(self):
        # Dec 16-31 2026 hold only 12 working days; no notice for 2027 exists.
        with pytest.raises(CalendarNotPublishedError) as info:
            proactive_deadline(date(2026, 12, 15))
        assert info.value.year == 2027

    def test_a_given_calendar(self):
        # No holidays: after Tue 1 Jan 2030: Jan 2-4 (3), 7-11 (8), 14-18 (13),
        # 21-25 (18), 28, 29 (20).
        assert proactive_deadline(date(2030, 1, 1), calendar=PLAIN_2030) == date(2030, 1, 29)

    def test_a_special_limit_prevails(self):
        special = SpecialLimit(WorkingDays(2), Citation(ACT, "9"))
        # After Fri 4 Jan 2030: Mon 7, Tue 8.
        result = explain_proactive_deadline(date(2030, 1, 4), calendar=PLAIN_2030, special=special)
        assert result.deadline == date(2030, 1, 8)
        assert result.citation == Citation(ACT, "9")

    def test_special_limits_are_in_working_days(self):
        with pytest.raises(InvalidInputError) as info:
            SpecialLimit(CalendarDays(7), Citation(ACT, "9"))  # type: ignore[arg-type]
        assert info.value.field == "period"
        with pytest.raises(InvalidInputError) as info:
            proactive_deadline(date(2030, 1, 4), calendar=PLAIN_2030, special=WorkingDays(2))  # type: ignore[arg-type]
        assert info.value.field == "special"

    def test_a_datetime_is_not_a_day(self):
        with pytest.raises(InvalidInputError) as info:
            proactive_deadline(datetime(2024, 9, 27, 10, 0))
        assert info.value.field == "formed"


class TestLateness:
    def test_working_days_after_the_deadline(self):
        # Deadline Oct 30 2024; late by Oct 31, Nov 1 and Mon Nov 4.
        assert proactive_lateness(date(2024, 9, 27), date(2024, 11, 4)) == WorkingDays(3)
        assert proactive_lateness(date(2024, 9, 27), date(2024, 10, 30)) == WorkingDays(0)
        assert proactive_lateness(date(2024, 9, 27), date(2024, 9, 28)) == WorkingDays(0)

    def test_published_before_formed_rejected(self):
        with pytest.raises(InvalidInputError) as info:
            proactive_lateness(date(2024, 9, 27), date(2024, 9, 26))
        assert info.value.field == "published"

    def test_item_deadline_runs_from_the_change(self):
        i = InformationItem(
            "I-1",
            "Notice",
            agency_id="a",
            formed=date(2024, 9, 2),
            changed=date(2024, 9, 27),
            published=date(2024, 11, 1),
        )
        assert item_deadline(i) == date(2024, 10, 30)
        assert item_lateness(i) == WorkingDays(2)  # Oct 31, Nov 1

    def test_unpublished_item_as_of(self):
        i = InformationItem("I-2", "Notice", agency_id="a", formed=date(2030, 1, 1))
        assert item_lateness(i, as_of=date(2030, 1, 31), calendar=PLAIN_2030) == WorkingDays(
            2
        )  # Jan 30, 31
        with pytest.raises(InvalidInputError):
            item_lateness(i, calendar=PLAIN_2030)

    def test_items_not_proactively_disclosed_have_no_deadline(self):
        i = InformationItem(
            "I-3", "Notice", agency_id="a", formed=date(2024, 9, 2), mode=DisclosureMode.ON_REQUEST
        )
        with pytest.raises(InvalidInputError):
            item_lateness(i, as_of=date(2024, 12, 1))


def _oracle_deadline(formed: date, workset: frozenset[date]) -> date | None:
    """The 20th working day strictly after ``formed``, counted day by day; None past 2026."""
    count, day = 0, formed
    while count < 20:
        day += ONE
        if day.year > 2026:
            return None
        if day in workset:
            count += 1
    return day


@pytest.fixture(scope="module")
def oracle() -> frozenset[date]:
    """Every working day of 2008-2026 according to chinese_calendar."""
    cc = pytest.importorskip("chinese_calendar")
    days = (date(2008, 1, 1) + timedelta(days=n) for n in range(366 * 19))
    return frozenset(d for d in days if d.year <= 2026 and cc.is_workday(d))


def test_exact_for_every_formation_date_the_calendar_covers(oracle):
    cal = workdays.calendar()
    day = date(2008, 1, 1)
    checked = not_in_force = unpublished = 0
    while day <= date(2026, 12, 31):
        if day < date(2008, 5, 1):
            with pytest.raises(NoRuleInForceError):
                proactive_deadline(day, before_in_force=PreRegulation.RAISE)
            not_in_force += 1
            # Issue 10, point 10: by default counted as if formed on 2008-05-01; the 0.1
            # reading counts from the real day of forming.
            first = PreRegulation.FIRST_VERSION
            assert proactive_deadline(day, before_in_force=first) == _oracle_deadline(day, oracle)
            expected = _oracle_deadline(date(2008, 5, 1), oracle)
            assert proactive_deadline(day) == expected, day
            day += ONE
            checked += 1
            continue
        expected = _oracle_deadline(day, oracle)
        if expected is None:
            with pytest.raises(CalendarNotPublishedError):
                proactive_deadline(day)
            unpublished += 1
        else:
            got = proactive_deadline(day)
            assert got == expected, day
            assert proactive_deadline(day, calendar=cal) == expected
            checked += 1
        day += ONE
    assert not_in_force == 121  # Jan 1 - Apr 30 2008 (a leap year)
    assert checked + unpublished == (date(2026, 12, 31) - date(2008, 1, 1)).days + 1


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=date(2008, 5, 1), max_value=date(2026, 11, 30)))
def test_deadline_is_a_working_day_exactly_twenty_working_days_later(formed):
    cal = workdays.calendar()
    deadline = proactive_deadline(formed)
    assert deadline > formed
    assert cal.is_workday(deadline)
    assert cal.count_workdays(formed, deadline) == 20
    assert cal.count_workdays(formed, deadline - ONE) == 19
