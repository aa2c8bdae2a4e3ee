"""Several clocks for one case (working and calendar days) and the applicant's windows.

Dates by hand on March-June 2030 (weekends only; 1 March 2030 is a Friday).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govdisclosure.calendar import WorkCalendar
from govdisclosure.deadlines import (
    Clock,
    ClockRules,
    PauseRule,
    Unit,
    case_deadlines,
    every_day,
    window_end,
)
from govdisclosure.errors import CalendarNotPublishedError, InvalidInputError
from govdisclosure.law import CalendarDays, Citation, Instrument, WorkingDays
from govdisclosure.requests import (
    Applicant,
    ApplicantKind,
    ConsultationEnded,
    ConsultationParty,
    ConsultationStarted,
    Replied,
    Request,
)

ACT = Instrument(code="demo", title="Demo Act", short="DA")
CAL = WorkCalendar(first=date(2030, 1, 1), last=date(2030, 12, 31))
PERSON = Applicant(kind=ApplicantKind.NATURAL_PERSON)


def rules(days: int, article: str) -> ClockRules:
    c = Citation(ACT, article)
    return ClockRules(
        name=f"DA {article}",
        limit=WorkingDays(days),
        limit_citation=c,
        max_extension=WorkingDays(10),
        extension_citation=c,
        restart_citation=c,
        third_party=PauseRule(stops_clock=True, citation=c),
        other_organ=PauseRule(stops_clock=True, citation=c),
        fee=PauseRule(stops_clock=False, citation=c),
    )


def test_a_reply_clock_and_an_expedited_clock_on_one_log():
    # A consultation (5, 8 March] stops both clocks: 3 working days, 3 calendar days.
    request = Request(
        id="r",
        received=date(2030, 3, 1),
        applicant=PERSON,
        events=(
            ConsultationStarted(on=date(2030, 3, 5), party=ConsultationParty.THIRD_PARTY),
            ConsultationEnded(on=date(2030, 3, 8), party=ConsultationParty.THIRD_PARTY),
            Replied(on=date(2030, 3, 28)),
        ),
    )
    found = case_deadlines(
        request,
        [Clock("reply", rules(20, "5")), Clock("expedited", rules(10, "6"), Unit.CALENDAR_DAYS)],
        CAL,
    )
    # Reply: 4, 5 (2); 11-15 (7); 18-22 (12); 25-29 (17); 1-3 April (20).
    assert found["reply"].due == date(2030, 4, 3)
    # Expedited: 2-5 March (4); 6-8 stopped; 9-14 March (10).
    assert found["expedited"].due == date(2030, 3, 14)
    assert found["reply"].replied_on_time is True
    assert found["expedited"].replied_on_time is False


def test_an_appeal_is_a_request_of_its_own_within_the_window():
    reply = date(2030, 3, 20)
    last_day = window_end(reply, CalendarDays(90), CAL)
    assert last_day == date(2030, 6, 18)
    assert window_end(reply, WorkingDays(40), CAL) == CAL.add_workdays(reply, 40)
    appeal = Request(id="r-appeal", received=date(2030, 4, 1), applicant=PERSON)
    assert appeal.received <= last_day
    found = case_deadlines(appeal, [Clock("appeal", rules(20, "9"))], CAL)
    assert found["appeal"].due == CAL.add_workdays(date(2030, 4, 1), 20)


def test_a_window_past_the_calendar_raises():
    with pytest.raises(CalendarNotPublishedError):
        window_end(date(2030, 12, 1), CalendarDays(90), CAL)
    with pytest.raises(InvalidInputError) as info:
        window_end(date(2030, 3, 1), 90, CAL)  # type: ignore[arg-type]
    assert info.value.field == "period"


def test_clock_names_are_unique():
    request = Request(id="r", received=date(2030, 3, 1), applicant=PERSON)
    with pytest.raises(InvalidInputError) as info:
        case_deadlines(request, [Clock("a", rules(5, "1")), Clock("a", rules(6, "2"))], CAL)
    assert info.value.field == "clocks[1].name"
    with pytest.raises(InvalidInputError):
        case_deadlines(request, ["reply"], CAL)  # type: ignore[list-item]


@given(st.dates(date(2030, 1, 1), date(2030, 10, 1)), st.integers(0, 80))
def test_every_day_counts_calendar_days(start, n):
    assert every_day(CAL).add_workdays(start, n) == start + timedelta(days=n)
    assert window_end(start, CalendarDays(n), CAL) == start + timedelta(days=n)
