"""The generic clock's interruption rules: caps, dates in force, inclusive ends, limited uses, and
several extensions with a statutory or a guidance bound.

Expected dates are worked out by hand on the calendar of March-April 2030 (weekends only; 1 March
2030 is a Friday):

    Mon Tue Wed Thu Fri Sat Sun
                      1   2   3
      4   5   6   7   8   9  10
     11  12  13  14  15  16  17
     18  19  20  21  22  23  24
     25  26  27  28  29  30  31
"""

from __future__ import annotations

from datetime import date, timedelta

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govdisclosure.calendar import WorkCalendar
from govdisclosure.deadlines import (
    ClockRules,
    Deadline,
    DeadlineStatus,
    FindingKind,
    PauseRule,
    StartRule,
    compute_deadline,
)
from govdisclosure.errors import InvalidInputError, TimelineError
from govdisclosure.law import CalendarDays, Citation, Instrument, WorkingDays
from govdisclosure.requests import (
    Applicant,
    ApplicantKind,
    ConsultationEnded,
    ConsultationParty,
    ConsultationStarted,
    CorrectionReceived,
    CorrectionRequested,
    Event,
    ExtensionGranted,
    FeeNoticeIssued,
    FeePaid,
    Request,
    Routed,
)

ACT = Instrument(code="demo", title="Demo Act", short="DA")
TP = ConsultationParty.THIRD_PARTY
CAL = WorkCalendar(first=date(2030, 1, 1), last=date(2030, 12, 31))
PERSON = Applicant(kind=ApplicantKind.NATURAL_PERSON)


def d(day: int, month: int = 3) -> date:
    return date(2030, month, day)


def rules(**changes: object) -> ClockRules:
    base = ClockRules(
        name="Demo Act",
        limit=WorkingDays(10),
        limit_citation=Citation(ACT, "5"),
        max_extension=WorkingDays(10),
        extension_citation=Citation(ACT, "5", paragraph=2),
        restart_citation=Citation(ACT, "4"),
        third_party=PauseRule(stops_clock=True, citation=Citation(ACT, "6")),
        other_organ=PauseRule(stops_clock=True, citation=Citation(ACT, "6")),
        fee=PauseRule(stops_clock=True, citation=Citation(ACT, "7")),
    )
    return attrs.evolve(base, **changes)  # type: ignore[arg-type]


def deadline(*events: Event, **changes: object) -> Deadline:
    request = Request(id="r", received=d(1), applicant=PERSON, events=events)
    return compute_deadline(request, rules(**changes), CAL)


def pause(**kw: object) -> PauseRule:
    return PauseRule(stops_clock=True, citation=Citation(ACT, "6"), **kw)  # type: ignore[arg-type]


# -- caps ------------------------------------------------------------------------------------


def test_a_capped_pause_leaves_out_at_most_its_cap():
    # Limit 10 from 1 March; consultation from 5 March, capped at 3: 6-8 March left out.
    # 4, 5 (2); 11-15 (7); 18-20 (10).
    capped = pause(cap=WorkingDays(3))
    short = deadline(ConsultationStarted(on=d(5), party=TP), third_party=capped)
    assert short.due == d(20)
    assert short.status(d(8)) is DeadlineStatus.PAUSED
    assert short.status(d(11)) is DeadlineStatus.RUNNING
    ended_late = deadline(
        ConsultationStarted(on=d(5), party=TP),
        ConsultationEnded(on=d(22), party=TP),
        third_party=capped,
    )
    assert ended_late.due == d(20)
    assert [f.kind for f in ended_late.findings] == [FindingKind.PAUSE_OVERRAN]
    ended_early = deadline(
        ConsultationStarted(on=d(5), party=TP),
        ConsultationEnded(on=d(6), party=TP),
        third_party=capped,
    )
    assert ended_early.due == d(18)  # only 6 March left out
    assert ended_early.findings == ()


# -- dates in force, inclusive ends, limited uses -----------------------------------------


def test_a_pause_before_its_provision_is_in_force_is_counted():
    fee = pause(in_force_from=d(6))
    early = deadline(FeeNoticeIssued(on=d(5)), FeePaid(on=d(8)), fee=fee)
    assert early.due == d(15)
    assert [f.kind for f in early.findings] == [FindingKind.PAUSE_NOT_IN_FORCE]
    on_the_day = deadline(FeeNoticeIssued(on=d(6)), FeePaid(on=d(8)), fee=fee)
    assert on_the_day.due == d(19)  # 7, 8 left out


def test_a_disregarded_interval_includes_its_first_day():
    # S <= d <= E: 5-8 March left out; 4 (1); 11-15 (6); 18-21 (10).
    both_ends = deadline(FeeNoticeIssued(on=d(5)), FeePaid(on=d(8)), fee=pause(include_start=True))
    assert both_ends.due == d(21)
    assert both_ends.paused == WorkingDays(4)
    after_start = deadline(FeeNoticeIssued(on=d(5)), FeePaid(on=d(8)))
    assert after_start.due == d(20)


def test_only_so_many_pauses_of_a_kind_count():
    once = pause(max_uses=1)
    two = deadline(
        ConsultationStarted(on=d(5), party=TP),
        ConsultationEnded(on=d(6), party=TP),
        ConsultationStarted(on=d(7), party=TP),
        ConsultationEnded(on=d(8), party=TP),
        third_party=once,
    )
    assert two.due == d(18)  # only 6 March left out
    assert [f.kind for f in two.findings] == [FindingKind.PAUSE_LIMIT_REACHED]
    assert two.findings[0].index == 2


def test_a_pause_rule_refuses_bad_values():
    with pytest.raises(InvalidInputError) as info:
        pause(max_uses=0)
    assert info.value.field == "max_uses"
    with pytest.raises(InvalidInputError) as info:
        pause(cap=3)
    assert info.value.field == "cap"
    with pytest.raises(InvalidInputError) as info:
        pause(in_force_from="2030-03-01")
    assert info.value.field == "in_force_from"


# -- several extensions ------------------------------------------------------------------------


def test_several_extensions_add_up_to_the_statutory_bound():
    two = {"max_extensions": 2}
    dl = deadline(
        ExtensionGranted(on=d(5), days=WorkingDays(4)),
        ExtensionGranted(on=d(8), days=WorkingDays(6)),
        **two,
    )
    assert dl.extension == WorkingDays(10)
    assert dl.due == CAL.add_workdays(d(1), 20)
    with pytest.raises(TimelineError, match="with the earlier ones"):
        deadline(
            ExtensionGranted(on=d(5), days=WorkingDays(4)),
            ExtensionGranted(on=d(8), days=WorkingDays(7)),
            **two,
        )
    with pytest.raises(TimelineError, match="number 3"):
        deadline(
            *(ExtensionGranted(on=d(4 + k), days=WorkingDays(1)) for k in range(3)),
            **two,
        )


def test_a_guidance_bound_is_a_finding_not_an_error():
    # No statutory maximum; guidance calls 10 working days reasonable.
    dl = deadline(
        ExtensionGranted(on=d(5), days=WorkingDays(25)),
        max_extension=None,
        extension_guidance=WorkingDays(10),
        extension_guidance_citation=Citation(ACT, note="guidance"),
    )
    assert dl.extension == WorkingDays(25)
    assert [f.kind for f in dl.findings] == [FindingKind.EXTENSION_BEYOND_GUIDANCE]
    assert dl.findings[0].citation.note == "guidance"


# -- laws ------------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(
    st.integers(4, 25),
    st.integers(0, 20),
    st.integers(1, 10),
)
def test_a_cap_never_makes_the_due_date_later_than_no_cap(start, length, cap):
    begin = d(1) + timedelta(days=start)
    events = (
        ConsultationStarted(on=begin, party=TP),
        ConsultationEnded(on=begin + timedelta(days=length), party=TP),
    )
    free = deadline(*events).due
    capped = deadline(*events, third_party=pause(cap=WorkingDays(cap))).due
    plain = deadline().due
    assert free is not None
    assert capped is not None
    assert plain is not None
    assert plain <= capped <= free
    # And the capped pause leaves out at most `cap` working days.
    assert CAL.count_workdays(plain, capped) <= cap


# -- the start of the count for a routed request ---------------------------------------------


def test_day_0_is_the_routing_date_up_to_the_cap():
    # Received by the wrong office Fri 1 March; cap 10 calendar days: 11 March at the latest.
    cap = StartRule(Citation(ACT, "3"), within_days=CalendarDays(10))
    early = deadline(Routed(on=d(5)), start_rule=cap)
    assert early.start == d(5)
    assert early.due == CAL.add_workdays(d(5), 10)
    late = deadline(Routed(on=d(20)), start_rule=cap)
    assert late.start == d(11)
    assert late.due == CAL.add_workdays(d(11), 10)
    assert [f.kind for f in late.findings] == [FindingKind.LATE_ROUTING]
    in_working_days = StartRule(Citation(ACT, "3"), within=WorkingDays(10))
    assert deadline(Routed(on=d(20)), start_rule=in_working_days).start == d(15)
    # Without a rule, routing changes nothing.
    assert deadline(Routed(on=d(20))).start == d(1)


def test_a_start_rule_needs_one_unit():
    with pytest.raises(InvalidInputError) as info:
        StartRule(Citation(ACT, "3"), within=WorkingDays(1), within_days=CalendarDays(1))
    assert info.value.field == "within"


# -- a correction as a toll, not a restart ---------------------------------------------------


def test_a_correction_can_be_a_toll_used_once():
    # Toll (4, 6] March: 5, 6 left out; 4 (1); 7, 8 (3); 11-15 (8); 18, 19 (10). The second
    # request for information is not a toll (max_uses=1): its days are counted.
    toll = pause(max_uses=1)
    once = deadline(
        CorrectionRequested(on=d(4)),
        CorrectionReceived(on=d(6)),
        correction_toll=toll,
    )
    assert once.due == d(19)
    assert once.start == d(1)
    assert once.status(d(5)) is DeadlineStatus.PAUSED
    twice = deadline(
        CorrectionRequested(on=d(4)),
        CorrectionReceived(on=d(6)),
        CorrectionRequested(on=d(7)),
        CorrectionReceived(on=d(12)),
        correction_toll=toll,
    )
    assert twice.due == d(19)
    assert [f.kind for f in twice.findings] == [FindingKind.PAUSE_LIMIT_REACHED]
    unasked = deadline(CorrectionReceived(on=d(6)), correction_toll=toll)
    assert unasked.due == d(15)
    assert [f.kind for f in unasked.findings] == [FindingKind.CORRECTION_NOT_REQUESTED]
