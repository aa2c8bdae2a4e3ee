"""The generic reply clock, on small hand-built calendars.

Expected dates are worked out by hand on the calendar of March 2030, written
out here once (1 March 2030 is a Friday):

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

from govdisclosure.calendar import MakeupWorkday, RestDay, WorkCalendar
from govdisclosure.deadlines import (
    ClockRules,
    Deadline,
    DeadlineStatus,
    FindingKind,
    PauseReason,
    PauseRule,
    compute_deadline,
)
from govdisclosure.errors import (
    CalendarNotPublishedError,
    GovDisclosureError,
    InvalidInputError,
    TimelineError,
)
from govdisclosure.law import Citation, Instrument, WorkingDays
from govdisclosure.requests import (
    Applicant,
    ApplicantKind,
    ConsultationEnded,
    ConsultationParty,
    ConsultationStarted,
    CorrectionLapsed,
    CorrectionReceived,
    CorrectionRequested,
    DelaySet,
    Event,
    ExtensionGranted,
    FeeLapsed,
    FeeNoticeIssued,
    FeePaid,
    Replied,
    Request,
    Withdrawn,
)
from govdisclosure.strategies import calendars
from reference_clock import RefRules, reference_due, timelines

ACT = Instrument(code="demo", title="Demo Act", short="DA")
TP = ConsultationParty.THIRD_PARTY
OO = ConsultationParty.OTHER_ORGAN
CAL = WorkCalendar(first=date(2030, 1, 1), last=date(2030, 12, 31))
PERSON = Applicant(kind=ApplicantKind.NATURAL_PERSON)


def rules(**changes: object) -> ClockRules:
    base = ClockRules(
        name="Demo Act",
        limit=WorkingDays(10),
        limit_citation=Citation(ACT, "5"),
        max_extension=WorkingDays(10),
        extension_citation=Citation(ACT, "5", paragraph=2),
        restart_citation=Citation(ACT, "4"),
        third_party=PauseRule(stops_clock=True, citation=Citation(ACT, "6"), period=WorkingDays(3)),
        other_organ=PauseRule(stops_clock=True, citation=Citation(ACT, "6")),
        fee=PauseRule(stops_clock=True, citation=Citation(ACT, "7")),
        correction_notice=WorkingDays(3),
        correction_notice_citation=Citation(ACT, "4", paragraph=2),
        delay_citation=Citation(ACT, "8"),
    )
    return attrs.evolve(base, **changes)  # type: ignore[arg-type]


RULES = rules()


def d(day: int, month: int = 3) -> date:
    return date(2030, month, day)


DAY_ONE = date(2030, 3, 1)


def request(*events: Event, received: date = DAY_ONE) -> Request:
    return Request(id="r", received=received, applicant=PERSON, events=events)


def deadline(*events: Event, received: date = DAY_ONE, **changes: object) -> Deadline:
    return compute_deadline(request(*events, received=received), rules(**changes), CAL)


# -- the limit ------------------------------------------------------------------------------


def test_counts_working_days_strictly_after_day_zero():
    # 4-8 March (5), 11-15 March (10).
    dl = deadline()
    assert dl.due == d(15)
    assert dl.start == d(1)
    assert dl.limit == WorkingDays(10)
    assert dl.paused == WorkingDays(0)
    assert dl.used == WorkingDays(10)


def test_day_zero_on_a_weekend_counts_from_monday():
    # Received Sunday 3 March: 4-8, 11-15 March.
    assert deadline(received=d(3)).due == d(15)


def test_holidays_and_makeup_days_come_from_the_calendar():
    cal = WorkCalendar(
        first=date(2030, 1, 1),
        last=date(2030, 12, 31),
        rest_days=[RestDay(d(6))],
        makeup_workdays=[MakeupWorkday(d(9))],
    )
    # 4, 5, (6 off), 7, 8, 9 (Saturday worked), 11, 12, 13, 14, 15.
    assert compute_deadline(request(), RULES, cal).due == d(15)
    cal = WorkCalendar(first=date(2030, 1, 1), last=date(2030, 12, 31), rest_days=[d(6)])
    # 4, 5, 7, 8, 11, 12, 13, 14, 15, 18.
    assert compute_deadline(request(), RULES, cal).due == d(18)


def test_count_day_zero_counts_the_day_of_receipt():
    # 1 March counts: 1, 4-8, 11-14.
    assert deadline(count_day_zero=True).due == d(14)


def test_beyond_the_calendar_fails_closed():
    with pytest.raises(CalendarNotPublishedError):
        deadline(received=date(2030, 12, 20))


# -- pauses ---------------------------------------------------------------------------------


def test_a_pause_stops_the_days_after_its_start_through_its_end():
    # 4, 5 count; 6, 7, 8 stopped; 11-15, 18, 19, 20 count.
    dl = deadline(ConsultationStarted(on=d(5), party=TP), ConsultationEnded(on=d(8), party=TP))
    assert dl.due == d(20)
    assert dl.paused == WorkingDays(3)


def test_overlapping_pauses_count_once():
    # Union of (5, 8] and (7, 12]: 6, 7, 8, 11, 12 stopped; 4, 5, 13, 14, 15, 18-22 count.
    dl = deadline(
        ConsultationStarted(on=d(5), party=TP),
        ConsultationStarted(on=d(7), party=OO),
        ConsultationEnded(on=d(8), party=TP),
        ConsultationEnded(on=d(12), party=OO),
    )
    assert dl.due == d(22)
    assert dl.paused == WorkingDays(5)


def test_two_consultations_with_the_same_kind_of_party_overlap_too():
    dl = deadline(
        ConsultationStarted(on=d(5), party=TP),
        ConsultationStarted(on=d(7), party=TP),
        ConsultationEnded(on=d(8), party=TP),
        ConsultationEnded(on=d(12), party=TP),
    )
    assert dl.due == d(22)


def test_a_pause_from_day_zero():
    # 4, 5 stopped; 6, 7, 8, 11-15, 18, 19 count.
    dl = deadline(ConsultationStarted(on=d(1), party=TP), ConsultationEnded(on=d(5), party=TP))
    assert dl.due == d(19)


def test_a_pause_beginning_on_or_after_the_due_date_changes_nothing():
    on_due = deadline(
        ConsultationStarted(on=d(15), party=TP), ConsultationEnded(on=d(20), party=TP)
    )
    assert on_due.due == d(15)
    after = deadline(ConsultationStarted(on=d(18), party=TP), ConsultationEnded(on=d(20), party=TP))
    assert after.due == d(15)
    assert [f.kind for f in after.findings] == [FindingKind.PAUSE_AFTER_DUE]
    assert after.findings[0].index == 0


def test_an_open_pause_leaves_the_due_date_unknown():
    dl = deadline(ConsultationStarted(on=d(5), party=OO))
    assert dl.due is None
    assert dl.used == WorkingDays(2)  # 4 and 5 March
    assert dl.paused_since == d(5)
    assert dl.status(d(5)) is DeadlineStatus.RUNNING
    assert dl.status(d(6)) is DeadlineStatus.PAUSED
    assert dl.status(date(2030, 6, 1)) is DeadlineStatus.PAUSED
    assert any("no due date yet" in s.text for s in dl.explain())


def test_an_open_pause_that_began_after_the_due_date_changes_nothing():
    assert deadline(ConsultationStarted(on=d(18), party=OO)).due == d(15)


def test_a_pause_closed_and_then_an_open_one():
    # (5, 6] stopped: 4, 5, 7 count; then open from 7 March: 3 counted.
    dl = deadline(
        ConsultationStarted(on=d(5), party=TP),
        ConsultationEnded(on=d(6), party=TP),
        FeeNoticeIssued(on=d(7)),
    )
    assert dl.due is None
    assert dl.used == WorkingDays(3)
    assert dl.paused == WorkingDays(1)


def test_a_fee_notice_pauses_only_if_the_rules_say_so():
    events = (FeeNoticeIssued(on=d(5)), FeePaid(on=d(8)))
    assert deadline(*events).due == d(20)
    counted = PauseRule(stops_clock=False, citation=Citation(ACT, "7"))
    dl = deadline(*events, fee=counted)
    assert dl.due == d(15)
    assert any("is counted" in s.text for s in dl.explain())


def test_a_consultation_pauses_only_if_the_rules_say_so():
    events = (ConsultationStarted(on=d(5), party=OO), ConsultationEnded(on=d(8), party=OO))
    counted = PauseRule(stops_clock=False, citation=Citation(ACT, "6"))
    assert deadline(*events, other_organ=counted).due == d(15)
    assert deadline(*events, third_party=counted).due == d(20)


def test_a_pause_longer_than_the_other_sides_period_is_a_finding():
    # Third parties have 3 working days here: (5, 8] is 3, (5, 11] is 4.
    ok = deadline(ConsultationStarted(on=d(5), party=TP), ConsultationEnded(on=d(8), party=TP))
    assert ok.findings == ()
    long = deadline(ConsultationStarted(on=d(5), party=TP), ConsultationEnded(on=d(11), party=TP))
    assert [f.kind for f in long.findings] == [FindingKind.PAUSE_OVERRAN]


def test_a_fee_lapse_ends_the_request_with_the_pause_open():
    dl = deadline(FeeNoticeIssued(on=d(5)), FeeLapsed(on=d(29)))
    assert dl.due is None
    assert dl.status(d(29)) is DeadlineStatus.CLOSED
    assert dl.status(d(20)) is DeadlineStatus.PAUSED


# -- restarts -------------------------------------------------------------------------------


def test_a_corrected_application_is_a_new_day_zero():
    # Day 0 becomes Monday 11 March: 12-15, 18-22, 25.
    dl = deadline(CorrectionRequested(on=d(4)), CorrectionReceived(on=d(11)))
    assert dl.due == d(25)
    assert dl.start == d(11)
    assert dl.status(d(4)) is DeadlineStatus.AWAITING_CORRECTION
    assert dl.status(d(8)) is DeadlineStatus.AWAITING_CORRECTION
    assert dl.status(d(11)) is DeadlineStatus.RUNNING
    assert dl.status(d(1)) is DeadlineStatus.RUNNING


def test_while_a_correction_is_awaited_there_is_no_due_date():
    dl = deadline(CorrectionRequested(on=d(4)))
    assert dl.due is None
    assert dl.awaiting_correction_since == d(4)
    assert dl.status(d(29)) is DeadlineStatus.AWAITING_CORRECTION


def test_a_correction_that_lapses_closes_the_request():
    dl = deadline(CorrectionRequested(on=d(4)), CorrectionLapsed(on=d(20)))
    assert dl.due is None
    assert dl.status(d(20)) is DeadlineStatus.CLOSED


def test_a_pause_running_across_the_restart_stops_the_days_after_it():
    # Consultation (5, 13]; day 0 becomes 11 March: 12, 13 stopped; 14, 15, 18-22, 25-27.
    dl = deadline(
        ConsultationStarted(on=d(5), party=TP),
        CorrectionRequested(on=d(6)),
        CorrectionReceived(on=d(11)),
        ConsultationEnded(on=d(13), party=TP),
    )
    assert dl.due == d(27)


def test_a_late_correction_notice_is_a_finding():
    # Three working days are allowed here: 4, 5, 6 March.
    assert deadline(CorrectionRequested(on=d(6)), CorrectionReceived(on=d(8))).findings == ()
    late = deadline(CorrectionRequested(on=d(7)), CorrectionReceived(on=d(8)))
    assert [f.kind for f in late.findings] == [FindingKind.LATE_CORRECTION_NOTICE]
    assert late.findings[0].index == 0
    assert late.findings[0].citation == Citation(ACT, "4", paragraph=2)


def test_a_second_correction_is_a_finding_and_restarts_again():
    dl = deadline(
        CorrectionRequested(on=d(4)),
        CorrectionReceived(on=d(5)),
        CorrectionRequested(on=d(6)),
        CorrectionReceived(on=d(11)),
    )
    assert dl.due == d(25)
    assert FindingKind.REPEATED_CORRECTION in [f.kind for f in dl.findings]


def test_no_correction_notice_limit_no_finding():
    # 12 March: past the 3 working days the demo rules would allow, but before the due date.
    dl = deadline(
        CorrectionRequested(on=d(12)),
        CorrectionReceived(on=d(13)),
        correction_notice=None,
        correction_notice_citation=None,
    )
    assert dl.findings == ()


# -- the extension --------------------------------------------------------------------------


def test_an_extension_in_time_adds_its_working_days():
    # Due 15 March; 5 more: 18-22 March.
    assert deadline(ExtensionGranted(on=d(10), days=WorkingDays(5))).due == d(22)
    on_due = deadline(ExtensionGranted(on=d(15), days=WorkingDays(5)))
    assert on_due.due == d(22)
    assert on_due.limit == WorkingDays(15)
    assert on_due.extension == WorkingDays(5)
    assert on_due.findings == ()


def test_a_late_extension_changes_nothing_and_is_a_finding():
    dl = deadline(ExtensionGranted(on=d(16), days=WorkingDays(5)))
    assert dl.due == d(15)
    assert dl.extension == WorkingDays(0)
    assert [f.kind for f in dl.findings] == [FindingKind.LATE_EXTENSION]
    assert dl.findings[0].event == ExtensionGranted(on=d(16), days=WorkingDays(5))


def test_an_extension_while_paused_is_in_time():
    # 4, 5 count; 6-8 and 11 paused; 12-15, 18-21 reach 10; then 22, 25-28 (+5).
    dl = deadline(
        ConsultationStarted(on=d(5), party=TP),
        ExtensionGranted(on=d(8), days=WorkingDays(5)),
        ConsultationEnded(on=d(11), party=TP),
    )
    assert dl.due == d(28)


def test_an_extension_after_a_pause_pushed_the_due_date_is_in_time():
    # Paused (5, 8] moves the due date to 20 March: an extension on 18 March is in time.
    dl = deadline(
        ConsultationStarted(on=d(5), party=TP),
        ConsultationEnded(on=d(8), party=TP),
        ExtensionGranted(on=d(18), days=WorkingDays(2)),
    )
    assert dl.due == d(22)


def test_an_extension_longer_than_allowed_is_an_error():
    with pytest.raises(TimelineError) as caught:
        deadline(ExtensionGranted(on=d(5), days=WorkingDays(11)))
    assert caught.value.index == 0
    assert caught.value.event == ExtensionGranted(on=d(5), days=WorkingDays(11))
    assert isinstance(caught.value, GovDisclosureError)


def test_a_second_extension_is_an_error():
    with pytest.raises(TimelineError) as caught:
        deadline(
            ExtensionGranted(on=d(5), days=WorkingDays(2)),
            ExtensionGranted(on=d(6), days=WorkingDays(2)),
        )
    assert caught.value.index == 1


def test_an_extension_before_a_restart_is_void():
    # Day 0 becomes 11 March: 12-15, 18-22, 25 (no extension).
    dl = deadline(
        ExtensionGranted(on=d(4), days=WorkingDays(5)),
        CorrectionRequested(on=d(5)),
        CorrectionReceived(on=d(11)),
    )
    assert dl.due == d(25)
    assert FindingKind.EXTENSION_SUPERSEDED in [f.kind for f in dl.findings]


# -- the fixed date -------------------------------------------------------------------------


def test_a_delay_fixes_the_due_date():
    dl = deadline(DelaySet(on=d(8), until=date(2030, 4, 30)))
    assert dl.due == date(2030, 4, 30)
    assert dl.fixed
    assert dl.status(date(2030, 4, 29)) is DeadlineStatus.RUNNING
    assert dl.status(date(2030, 5, 2)) is DeadlineStatus.OVERDUE


def test_a_delay_fixes_the_due_date_even_while_paused():
    dl = deadline(ConsultationStarted(on=d(5), party=TP), DelaySet(on=d(8), until=d(29)))
    assert dl.due == d(29)


def test_an_extension_after_a_delay_changes_nothing():
    dl = deadline(DelaySet(on=d(8), until=d(29)), ExtensionGranted(on=d(11), days=WorkingDays(5)))
    assert dl.due == d(29)
    assert [f.kind for f in dl.findings] == [FindingKind.EXTENSION_SUPERSEDED]


def test_a_late_delay_changes_nothing_and_is_a_finding():
    # Issue 10, point 5 (changed from issue 3): a delayed date set after the due date (15
    # March) cannot revive the period: the due date stands, and the lateness is a finding.
    dl = deadline(DelaySet(on=d(18), until=d(29)), Replied(on=d(27)))
    assert dl.due == d(15)
    assert not dl.fixed
    assert [f.kind for f in dl.findings] == [FindingKind.LATE_DELAY]
    assert dl.status(d(27)) is DeadlineStatus.REPLIED_LATE
    # Set on the due date itself, it is in time.
    assert deadline(DelaySet(on=d(15), until=d(29))).due == d(29)


def test_a_corrected_application_without_a_recorded_request_restarts_the_count():
    # Received Fri 1 March 2030; corrected application received Tue 5 March: day 0 is
    # 5 March, and with a 10-day limit: 6-8 (3), 11-15 (8), 18, 19 (10).
    dl = deadline(CorrectionReceived(on=d(5)))
    assert dl.due == d(19)


def test_a_delay_under_rules_without_one_changes_nothing():
    dl = deadline(DelaySet(on=d(8), until=d(29)), delay_citation=None)
    assert dl.due == d(15)
    assert [f.kind for f in dl.findings] == [FindingKind.DELAY_NOT_PROVIDED]


def test_a_delay_earlier_than_the_due_date_is_kept_and_flagged():
    dl = deadline(DelaySet(on=d(5), until=d(12)))
    assert dl.due == d(12)
    assert [f.kind for f in dl.findings] == [FindingKind.DELAY_SHORTENS]


# -- status ---------------------------------------------------------------------------------


def test_replied_on_time_and_late():
    on_time = deadline(Replied(on=d(15)))
    assert on_time.status(d(15)) is DeadlineStatus.REPLIED_ON_TIME
    assert on_time.replied_on_time is True
    assert on_time.days_late(d(29)) == WorkingDays(0)
    late = deadline(Replied(on=d(19)))
    assert late.status(d(19)) is DeadlineStatus.REPLIED_LATE
    assert late.days_late(d(29)) == WorkingDays(2)  # 18, 19 March
    assert late.replied_on_time is False
    # Before the reply was made, the request was overdue.
    assert late.status(d(18)) is DeadlineStatus.OVERDUE


def test_overdue_counts_working_days_late():
    dl = deadline()
    assert dl.status(d(15)) is DeadlineStatus.RUNNING
    assert dl.status(d(16)) is DeadlineStatus.OVERDUE
    assert dl.days_late(d(16)) == WorkingDays(0)  # a Saturday
    assert dl.days_late(d(20)) == WorkingDays(3)  # 18, 19, 20 March
    assert dl.replied_on_time is None


def test_withdrawn_is_closed():
    dl = deadline(Withdrawn(on=d(6)))
    assert dl.status(d(6)) is DeadlineStatus.CLOSED
    assert dl.status(d(5)) is DeadlineStatus.RUNNING
    assert dl.due == d(15)


def test_a_reply_during_an_open_pause_with_no_cap_is_undetermined():
    # Issue 10, point 2 (changed from issue 3): no due date, so no verdict.
    dl = deadline(ConsultationStarted(on=d(5), party=TP), Replied(on=d(29)))
    assert dl.due is None
    assert dl.status(d(29)) is DeadlineStatus.UNDETERMINED
    assert dl.replied_on_time is None
    assert [f.kind for f in dl.findings] == [FindingKind.NO_DUE_DATE]
    awaited = deadline(CorrectionRequested(on=d(4)), Replied(on=d(8)))
    assert awaited.status(d(8)) is DeadlineStatus.UNDETERMINED
    assert awaited.replied_on_time is None
    assert "corrected application" in awaited.findings[-1].message


def test_status_needs_a_date_on_or_after_receipt():
    dl = deadline()
    with pytest.raises(InvalidInputError):
        dl.status(date(2030, 2, 28))
    with pytest.raises(InvalidInputError):
        dl.status("2030-03-05")  # type: ignore[arg-type]


# -- explanation ----------------------------------------------------------------------------


def test_explain_gives_dated_steps_with_citations():
    dl = deadline(
        ConsultationStarted(on=d(5), party=TP),
        ConsultationEnded(on=d(8), party=TP),
        ExtensionGranted(on=d(11), days=WorkingDays(2)),
        Replied(on=d(21)),
    )
    steps = dl.explain()
    assert all(isinstance(s.citation, Citation) for s in steps)
    assert steps[0].on == d(1)
    assert steps[0].citation == Citation(ACT, "5")
    assert [s.on for s in steps] == sorted(s.on for s in steps if s.on is not None)
    cited = {str(s.citation) for s in steps}
    assert {"DA Art 5", "DA Art 6", "DA Art 5 ¶2"} <= cited
    # 20 March with the pause, +2: 21, 22 March.
    assert dl.due == d(22)
    assert any(s.on == d(22) and "due on 2030-03-22" in s.text for s in steps)
    assert steps[-1].text == "replied on time" or any(s.text == "replied on time" for s in steps)
    assert str(steps[0]).startswith("2030-03-01: received")


def test_pause_reasons_have_labels():
    assert {r.label for r in PauseReason} == {
        "consultation with a third party",
        "consultation with another organ",
        "fee notice awaiting payment",
    }
    assert RULES.pause_rule(PauseReason.FEE) is RULES.fee


def test_rules_refuse_a_zero_limit():
    with pytest.raises(InvalidInputError):
        rules(limit=WorkingDays(0))


# -- properties -----------------------------------------------------------------------------


def _safe(fn, *args):
    try:
        return ("ok", fn(*args))
    except CalendarNotPublishedError:
        return ("uncovered", None)


@st.composite
def cases(draw):
    cal = draw(calendars(min_years=2, max_years=2))
    received = st.dates(cal.first, cal.first + timedelta(days=250))
    limit = draw(st.integers(1, 25))
    max_ext = draw(st.integers(1, 25))
    flags = [draw(st.booleans()) for _ in range(4)]
    ref = RefRules(limit, max_ext, *flags)
    clock = rules(
        limit=WorkingDays(limit),
        max_extension=WorkingDays(max_ext),
        third_party=PauseRule(stops_clock=flags[0], citation=Citation(ACT, "6")),
        other_organ=PauseRule(stops_clock=flags[1], citation=Citation(ACT, "6")),
        fee=PauseRule(stops_clock=flags[2], citation=Citation(ACT, "7")),
        delay_citation=Citation(ACT, "8") if flags[3] else None,
    )
    req = draw(timelines(received, max_extension=max_ext))
    return cal, clock, ref, req


@settings(max_examples=300)
@given(cases())
def test_agrees_with_the_day_by_day_reference(case):
    cal, clock, ref, req = case
    got = _safe(lambda: compute_deadline(req, clock, cal).due)
    want = _safe(reference_due, req, ref, cal)
    if "uncovered" in (got[0], want[0]):
        return  # one of them needed a day past the calendar: nothing to compare
    assert got == want


@settings(max_examples=200)
@given(cases())
def test_the_due_date_is_never_before_day_zero(case):
    cal, clock, _, req = case
    try:
        dl = compute_deadline(req, clock, cal)
    except CalendarNotPublishedError:
        return
    if dl.due is not None and not dl.fixed:
        assert dl.due > dl.start
        assert cal.is_workday(dl.due)
    if dl.due is not None:
        assert dl.due >= req.received


@st.composite
def with_extra_pause(draw):
    cal, clock, _, req = draw(cases())
    party = draw(st.sampled_from(list(ConsultationParty)))
    last = req.events[-1].on if req.events else req.received
    start = req.received + timedelta(days=draw(st.integers(0, (last - req.received).days + 30)))
    end = None
    if draw(st.booleans()):
        end = start + timedelta(days=draw(st.integers(0, 30)))
    concluded = req.concluded
    if concluded is not None:
        start = min(start, concluded.on)
        if end is not None:
            end = min(end, concluded.on)
    keyed = [((e.on, 1 if not e.concludes else 3), i, e) for i, e in enumerate(req.events)]
    keyed.append(((start, 0), -1, ConsultationStarted(on=start, party=party)))
    if end is not None:
        keyed.append(((end, 2), -1, ConsultationEnded(on=end, party=party)))
    keyed.sort(key=lambda k: (k[0], k[1]))
    more = attrs.evolve(req, events=tuple(k[2] for k in keyed))
    return cal, clock, req, more


@settings(max_examples=200)
@given(with_extra_pause())
def test_adding_a_pause_never_makes_the_due_date_earlier(case):
    cal, clock, req, more = case
    try:
        before = compute_deadline(req, clock, cal).due
        after = compute_deadline(more, clock, cal).due
    except CalendarNotPublishedError:
        return
    if before is not None and after is not None:
        assert after >= before
    if before is None:
        assert after is None  # still paused or awaiting: a new pause cannot resolve that


@st.composite
def extension_cases(draw):
    cal = draw(calendars(min_years=2, max_years=2))
    limit = draw(st.integers(1, 25))
    k = draw(st.integers(1, 20))
    clock = rules(limit=WorkingDays(limit), max_extension=WorkingDays(20))
    received = draw(st.dates(cal.first, cal.first + timedelta(days=250)))
    reply = received + timedelta(days=draw(st.integers(0, 120)))
    req = (
        request(Replied(on=reply), received=received)
        if draw(st.booleans())
        else request(received=received)
    )
    return cal, clock, req, k, draw(st.floats(0, 1))


@settings(max_examples=200)
@given(extension_cases())
def test_an_extension_in_time_adds_exactly_k_working_days(case):
    cal, clock, req, k, where = case
    try:
        base = compute_deadline(req, clock, cal)
        assert base.due is not None
        span = (base.due - req.received).days
        granted = req.received + timedelta(days=int(span * where))
        if req.concluded is not None and granted > req.concluded.on:
            granted = req.concluded.on
        events = [e for e in req.events if not e.concludes]
        events.append(ExtensionGranted(on=granted, days=WorkingDays(k)))
        events.extend(e for e in req.events if e.concludes)
        extended = compute_deadline(attrs.evolve(req, events=tuple(events)), clock, cal)
        expected = cal.add_workdays(base.due, k)
    except CalendarNotPublishedError:
        return
    assert extended.due == expected
    assert extended.limit == WorkingDays(clock.limit.days + k)
    assert cal.count_workdays(base.due, extended.due) == k
