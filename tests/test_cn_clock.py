"""The PRC reply clock, one example per article, on the official calendar.

Every expected date is counted by hand from the State Council holiday
arrangements of the year, noted beside it (e.g. 2024: Qingming 4-6 April off
with Sunday 7 April worked; May Day 1-5 May off with Sunday 28 April and
Saturday 11 May worked).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govdisclosure.deadlines import DeadlineStatus, FindingKind
from govdisclosure.errors import (
    CalendarNotPublishedError,
    GovDisclosureError,
    NoRuleInForceError,
    TimelineError,
)
from govdisclosure.jurisdictions.cn import clock
from govdisclosure.jurisdictions.cn.clock import ClockPolicy, reply_deadline
from govdisclosure.jurisdictions.cn.instruments import OGI_2007, OGI_2019
from govdisclosure.jurisdictions.cn.outcomes import Outcome
from govdisclosure.jurisdictions.cn.workdays import calendar
from govdisclosure.law import Citation, WorkingDays
from govdisclosure.requests import (
    Applicant,
    ApplicantKind,
    ConsultationEnded,
    ConsultationParty,
    ConsultationStarted,
    CorrectionReceived,
    CorrectionRequested,
    DelaySet,
    Event,
    ExtensionGranted,
    FeeNoticeIssued,
    FeePaid,
    ReceiptChannel,
    Replied,
    Request,
)
from reference_clock import RefRules, reference_due, timelines

TP = ConsultationParty.THIRD_PARTY
OO = ConsultationParty.OTHER_ORGAN
PERSON = Applicant(kind=ApplicantKind.NATURAL_PERSON)
CAL = calendar()


def req(received: date, *events: Event) -> Request:
    return Request(id="r", received=received, applicant=PERSON, events=events)


def due(received: date, *events: Event, **kw: object) -> date | None:
    return reply_deadline(req(received, *events), **kw).due  # type: ignore[arg-type]


# -- regimes --------------------------------------------------------------------------------


def test_2019_regime_20_working_days():  # Art 33 ¶2
    # Received Fri 1 March 2024: 4-8, 11-15, 18-22, 25-29 March.
    dl = reply_deadline(req(date(2024, 3, 1)))
    assert dl.due == date(2024, 3, 29)
    assert dl.limit == WorkingDays(20)
    assert dl.rules.limit_citation == Citation(OGI_2019, "33", paragraph=2)


def test_2007_regime_15_working_days():  # old Art 24 ¶2
    # Received Mon 2 March 2015: 3-6, 9-13, 16-20, 23 March.
    dl = reply_deadline(req(date(2015, 3, 2)))
    assert dl.due == date(2015, 3, 23)
    assert dl.limit == WorkingDays(15)
    assert dl.rules.limit_citation.instrument == OGI_2007


def test_the_regime_is_picked_by_the_date_of_receipt():
    # Tue 14 May 2019, 2007 rules: 15-17, 20-24, 27-31 May, 3-4 June (15).
    assert due(date(2019, 5, 14)) == date(2019, 6, 4)
    # Wed 15 May 2019, 2019 rules: 16-17, 20-24, 27-31 May, 3-6 June (16); Dragon Boat
    # Friday 7 June off; 10-13 June (20).
    assert due(date(2019, 5, 15)) == date(2019, 6, 13)
    # Events after 15 May do not bring a request received on the 14th under the 2019 rules.
    late = req(date(2019, 5, 14), ExtensionGranted(on=date(2019, 5, 20), days=WorkingDays(20)))
    with pytest.raises(TimelineError):
        reply_deadline(late)


def test_the_first_day_of_the_2007_regulations():
    # Thu 1 May 2008: 2-3 May off, Sunday 4 May worked (1), 5-9 (6), 12-16 (11), 19-22 (15).
    assert due(date(2008, 5, 1)) == date(2008, 5, 22)


def test_before_2008_05_01_no_rule_is_in_force():
    with pytest.raises(NoRuleInForceError) as caught:
        reply_deadline(req(date(2008, 4, 30)))
    assert isinstance(caught.value, GovDisclosureError)
    assert caught.value.on == date(2008, 4, 30)


def test_holidays_and_makeup_days():
    # Thu 1 Feb 2024: 2 (1), Sunday 4 worked (2), 5-9 (7; the 9th, New Year's Eve, is a
    # working day), 10-17 off, Sunday 18 worked (8), 19-23 (13), 26 Feb-1 Mar (18), 4-5 March.
    assert due(date(2024, 2, 1)) == date(2024, 3, 5)


def test_the_count_needs_a_published_calendar():
    # 15 Dec 2026: 16-18, 21-25, 28-31 December is 12; the rest falls in 2027.
    with pytest.raises(CalendarNotPublishedError):
        reply_deadline(req(date(2026, 12, 15)))


def test_a_timestamp_becomes_the_beijing_date_of_receipt():  # Art 31 (三)
    received = clock.date_of_receipt(
        ReceiptChannel.ONLINE, confirmed=datetime(2024, 2, 29, 23, 30, tzinfo=UTC)
    )
    assert received == date(2024, 3, 1)
    assert due(received) == date(2024, 3, 29)
    # Had it been read as 29 February: 1, 4-8, 11-15, 18-22, 25-28 March.
    assert due(date(2024, 2, 29)) == date(2024, 3, 28)


# -- Art 30: corrections --------------------------------------------------------------------


def test_art_30_the_period_runs_from_the_corrected_application():
    # Corrected application Fri 15 March 2024: 18-22, 25-29 March, 1-3 April (13),
    # Sunday 7 April worked (14), 8-12 (19), 15 April (20).
    dl = reply_deadline(
        req(
            date(2024, 3, 1),
            CorrectionRequested(on=date(2024, 3, 8)),
            CorrectionReceived(on=date(2024, 3, 15)),
        )
    )
    assert dl.due == date(2024, 4, 15)
    assert dl.start == date(2024, 3, 15)
    assert dl.findings == ()


def test_art_30_a_correction_notice_after_7_working_days_is_a_finding():
    # 4-8, 11, 12 March are 7 working days: 12 March is in time, 13 March is late.
    ok = reply_deadline(
        req(
            date(2024, 3, 1),
            CorrectionRequested(on=date(2024, 3, 12)),
            CorrectionReceived(on=date(2024, 3, 14)),
        )
    )
    assert ok.findings == ()
    late = reply_deadline(
        req(
            date(2024, 3, 1),
            CorrectionRequested(on=date(2024, 3, 13)),
            CorrectionReceived(on=date(2024, 3, 14)),
        )
    )
    assert [f.kind for f in late.findings] == [FindingKind.LATE_CORRECTION_NOTICE]
    assert late.findings[0].citation == Citation(OGI_2019, "30")
    assert "8 working days" in late.findings[0].message


def test_2007_corrections_restart_without_a_7_day_rule():
    # Corrected application Wed 25 March 2015: 26-27 (2), 30 Mar-3 Apr (7), Monday 6 April
    # (Qingming) off, 7-10 (11), 13-16 April (15).
    dl = reply_deadline(
        req(
            date(2015, 3, 2),
            CorrectionRequested(on=date(2015, 3, 20)),
            CorrectionReceived(on=date(2015, 3, 25)),
        )
    )
    assert dl.due == date(2015, 4, 16)
    assert dl.findings == ()
    assert dl.rules.restart_citation.instrument == OGI_2007


# -- Arts 32-34: consultations --------------------------------------------------------------


def test_art_33_3_a_third_party_consultation_is_not_counted():
    # 4, 5 March count; 6-8, 11-15, 18-19 stopped (10); 20-22 (5), 25-29 (10), 1-3 April (13),
    # Sunday 7 April (14), 8-12 (19), 15 April (20).
    dl = reply_deadline(
        req(
            date(2024, 3, 1),
            ConsultationStarted(on=date(2024, 3, 5), party=TP),
            ConsultationEnded(on=date(2024, 3, 19), party=TP),
        )
    )
    assert dl.due == date(2024, 4, 15)
    assert dl.paused == WorkingDays(10)
    assert Citation(OGI_2019, "33", paragraph=3) in [s.citation for s in dl.explain()]


def test_art_33_3_other_organs_too():
    assert due(
        date(2024, 3, 1),
        ConsultationStarted(on=date(2024, 3, 5), party=OO),
        ConsultationEnded(on=date(2024, 3, 19), party=OO),
    ) == date(2024, 4, 15)


def test_old_art_24_3_and_the_other_organ_policy():
    # Received Mon 2 March 2015; consultation (4, 10 March] stops 5, 6, 9, 10 March.
    events = (
        ConsultationStarted(on=date(2015, 3, 4), party=OO),
        ConsultationEnded(on=date(2015, 3, 10), party=OO),
    )
    # Default policy (issue 10, point 5): the 2007 text names third parties only, so the
    # time is counted: 3-6, 9-13, 16-20, 23 March.
    assert due(date(2015, 3, 2), *events) == date(2015, 3, 23)
    # The other reading: left out as under Art 33 ¶3: 3, 4, 11-13, 16-20, 23-27 March.
    alike = ClockPolicy(other_organ_pauses_before_2019=True)
    assert due(date(2015, 3, 2), *events, policy=alike) == date(2015, 3, 27)
    third = (
        ConsultationStarted(on=date(2015, 3, 4), party=TP),
        ConsultationEnded(on=date(2015, 3, 10), party=TP),
    )
    assert due(date(2015, 3, 2), *third) == date(2015, 3, 27)


def test_arts_32_34_a_consultation_past_15_working_days_is_a_finding():
    # From 4 March 2024: 5-8, 11-15, 18-22, 25 March is 15; 26 March is 16.
    ok = reply_deadline(
        req(
            date(2024, 3, 1),
            ConsultationStarted(on=date(2024, 3, 4), party=TP),
            ConsultationEnded(on=date(2024, 3, 25), party=TP),
        )
    )
    assert FindingKind.PAUSE_OVERRAN not in [f.kind for f in ok.findings]
    for party, article in ((TP, "32"), (OO, "34")):
        long = reply_deadline(
            req(
                date(2024, 3, 1),
                ConsultationStarted(on=date(2024, 3, 4), party=party),
                ConsultationEnded(on=date(2024, 3, 26), party=party),
            )
        )
        (finding,) = [f for f in long.findings if f.kind is FindingKind.PAUSE_OVERRAN]
        assert finding.citation == Citation(OGI_2019, article)


def test_an_open_consultation_leaves_the_due_date_open_without_the_cap():
    dl = reply_deadline(
        req(date(2024, 3, 1), ConsultationStarted(on=date(2024, 3, 5), party=TP)),
        policy=ClockPolicy(consultation_cap=None),
    )
    assert dl.due is None
    assert dl.used == WorkingDays(2)
    assert dl.status(date(2024, 5, 1)) is DeadlineStatus.PAUSED


# -- Art 33 ¶2: the extension ---------------------------------------------------------------


def test_art_33_2_an_extension_of_up_to_20_working_days():
    # Due 29 March 2024; 20 more: 1-3 April (3), Sunday 7 April (4), 8-12 (9), 15-19 (14),
    # 22-26 (19), Sunday 28 April worked (20).
    dl = reply_deadline(
        req(date(2024, 3, 1), ExtensionGranted(on=date(2024, 3, 20), days=WorkingDays(20)))
    )
    assert dl.due == date(2024, 4, 28)
    assert dl.limit == WorkingDays(40)


def test_art_33_2_more_than_20_is_an_error():
    with pytest.raises(TimelineError) as caught:
        reply_deadline(
            req(date(2024, 3, 1), ExtensionGranted(on=date(2024, 3, 20), days=WorkingDays(21)))
        )
    assert caught.value.index == 0


def test_old_art_24_2_at_most_15():
    # 2015: due 23 March; +15: 24-27, 30 Mar-3 Apr, 7-10 April (13), 13, 14 April.
    ok = req(date(2015, 3, 2), ExtensionGranted(on=date(2015, 3, 10), days=WorkingDays(15)))
    assert reply_deadline(ok).due == date(2015, 4, 14)
    too_long = req(date(2015, 3, 2), ExtensionGranted(on=date(2015, 3, 10), days=WorkingDays(16)))
    with pytest.raises(TimelineError):
        reply_deadline(too_long)


def test_a_second_extension_is_an_error():
    with pytest.raises(TimelineError) as caught:
        reply_deadline(
            req(
                date(2024, 3, 1),
                ExtensionGranted(on=date(2024, 3, 5), days=WorkingDays(5)),
                ExtensionGranted(on=date(2024, 3, 6), days=WorkingDays(5)),
            )
        )
    assert caught.value.index == 1


def test_an_extension_after_the_due_date_is_a_finding():
    dl = reply_deadline(
        req(date(2024, 3, 1), ExtensionGranted(on=date(2024, 4, 1), days=WorkingDays(20)))
    )
    assert dl.due == date(2024, 3, 29)
    assert [f.kind for f in dl.findings] == [FindingKind.LATE_EXTENSION]
    assert dl.findings[0].citation == Citation(OGI_2019, "33", paragraph=2)


# -- Art 35: a delayed reply ----------------------------------------------------------------


def test_art_35_a_delay_fixes_the_due_date():
    dl = reply_deadline(
        req(date(2024, 3, 1), DelaySet(on=date(2024, 3, 20), until=date(2024, 6, 28)))
    )
    assert dl.due == date(2024, 6, 28)
    assert dl.fixed
    assert Citation(OGI_2019, "35") in [s.citation for s in dl.explain()]


def test_a_delay_under_the_2007_regulations_is_applied_only_by_policy():
    # Issue 10, point 5: the default no longer applies it (see the literal reading below).
    dl = reply_deadline(
        req(date(2015, 3, 2), DelaySet(on=date(2015, 3, 10), until=date(2015, 6, 30))),
        policy=ClockPolicy(delay_before_2019=True),
    )
    assert dl.due == date(2015, 6, 30)
    assert dl.fixed
    notes = [s.citation.note for s in dl.explain() if s.citation.instrument is OGI_2007]
    assert any("no counterpart of Art 35" in n for n in notes)


def test_no_delayed_reply_under_the_literal_2007_reading():
    dl = reply_deadline(
        req(date(2015, 3, 2), DelaySet(on=date(2015, 3, 10), until=date(2015, 6, 30))),
        policy=ClockPolicy(delay_before_2019=False),
    )
    assert dl.due == date(2015, 3, 23)
    assert [f.kind for f in dl.findings] == [FindingKind.DELAY_NOT_PROVIDED]


# -- fees (policy) --------------------------------------------------------------------------


def test_fee_payment_time_is_not_counted_by_default():
    # Notice 11 March, paid 15 March 2024: 12-15 stopped. 4-8, 11 (6), 18-22 (11),
    # 25-29 (16), 1-3 April (19), Sunday 7 April (20).
    events = (FeeNoticeIssued(on=date(2024, 3, 11)), FeePaid(on=date(2024, 3, 15)))
    assert due(date(2024, 3, 1), *events) == date(2024, 4, 7)
    assert due(date(2024, 3, 1), *events, policy=ClockPolicy(fee_payment_pauses=False)) == (
        date(2024, 3, 29)
    )
    steps = reply_deadline(req(date(2024, 3, 1), *events)).explain()
    fee_step = next(s for s in steps if s.on == date(2024, 3, 11))
    assert "UNVERIFIED" in fee_step.citation.note


def test_paying_after_20_working_days_is_a_finding():
    # From 4 March 2024: 5-8, 11-15, 18-22, 25-29 March is 19, 1 April 20, 2 April 21.
    ok = reply_deadline(
        req(date(2024, 3, 1), FeeNoticeIssued(on=date(2024, 3, 4)), FeePaid(on=date(2024, 4, 1)))
    )
    assert FindingKind.PAUSE_OVERRAN not in [f.kind for f in ok.findings]
    late = reply_deadline(
        req(date(2024, 3, 1), FeeNoticeIssued(on=date(2024, 3, 4)), FeePaid(on=date(2024, 4, 2)))
    )
    assert FindingKind.PAUSE_OVERRAN in [f.kind for f in late.findings]


def test_counting_the_day_of_receipt_is_a_policy():
    # Fri 1 March 2024 counted: 1, 4-8, 11-15, 18-22, 25-28 March.
    assert due(date(2024, 3, 1), policy=ClockPolicy(count_receipt_day=True)) == date(2024, 3, 28)


# -- replies --------------------------------------------------------------------------------


def test_replied_late_and_overdue():
    dl = reply_deadline(req(date(2024, 3, 1), Replied(on=date(2024, 4, 2), outcome=Outcome.OTHER)))
    assert dl.due == date(2024, 3, 29)
    assert dl.status(date(2024, 4, 1)) is DeadlineStatus.OVERDUE
    assert dl.days_late(date(2024, 4, 1)) == WorkingDays(1)
    assert dl.status(date(2024, 4, 2)) is DeadlineStatus.REPLIED_LATE
    assert dl.days_late(date(2024, 4, 30)) == WorkingDays(2)


def test_explain_cites_every_step():
    dl = reply_deadline(
        req(
            date(2024, 3, 1),
            CorrectionRequested(on=date(2024, 3, 4)),
            CorrectionReceived(on=date(2024, 3, 5)),
            ConsultationStarted(on=date(2024, 3, 6), party=TP),
            ConsultationEnded(on=date(2024, 3, 8), party=TP),
            ExtensionGranted(on=date(2024, 3, 11), days=WorkingDays(5)),
            Replied(on=date(2024, 4, 3), outcome=Outcome.DISCLOSED),
        )
    )
    cited = {str(s.citation) for s in dl.explain()}
    assert {
        "OGI Reg. (2019) Art 33 ¶2",
        "OGI Reg. (2019) Art 30",
        "OGI Reg. (2019) Art 33 ¶3",
    } <= cited


# -- against the reference ------------------------------------------------------------------


FEES_IN_FORCE = date(2021, 1, 1)  # 国办函〔2020〕109号


def _reference_rules(received: date) -> RefRules:
    # Default policy: consultations left out for at most 15 working days (2019, Arts 32, 34);
    # a fee notice pauses from 2021-01-01 only, at most until the payment deadline.
    if received >= date(2019, 5, 15):
        return RefRules(20, 20, consultation_cap=15, fee_cap=20, fee_from=FEES_IN_FORCE)
    # The literal 2007 text: only third parties pause, and there is no delayed date.
    return RefRules(
        15, 15, other_organ_pauses=False, delay_allowed=False, fee_cap=20, fee_from=FEES_IN_FORCE
    )


@settings(max_examples=300)
@given(
    timelines(st.dates(date(2008, 5, 1), date(2026, 6, 30)), max_extension=15, max_gap=15),
)
def test_agrees_with_the_day_by_day_reference_on_the_official_calendar(request_):
    try:
        got = reply_deadline(request_).due
        want = reference_due(request_, _reference_rules(request_.received), CAL)
    except CalendarNotPublishedError:
        return
    assert got == want


ALIKE_2007 = ClockPolicy(other_organ_pauses_before_2019=True, delay_before_2019=True)


@settings(max_examples=150)
@given(
    timelines(st.dates(date(2008, 5, 1), date(2019, 5, 14)), max_extension=15, max_gap=15),
)
def test_the_2007_as_2019_policy_agrees_with_the_reference(request_):
    try:
        got = reply_deadline(request_, policy=ALIKE_2007).due
        want = reference_due(request_, RefRules(15, 15, fee_cap=20, fee_from=FEES_IN_FORCE), CAL)
    except CalendarNotPublishedError:
        return
    assert got == want


@settings(max_examples=100)
@given(st.dates(date(2008, 5, 1), date(2026, 10, 31)), st.integers(0, 20))
def test_an_extension_on_the_due_date_still_counts(received, k):
    base = reply_deadline(req(received)).due
    assert base is not None
    maximum = 15 if received < date(2019, 5, 15) else 20
    k = min(k, maximum) or 1
    try:
        extended = reply_deadline(req(received, ExtensionGranted(on=base, days=WorkingDays(k)))).due
        expected = CAL.add_workdays(base, k)
    except CalendarNotPublishedError:
        return
    assert extended == expected
    assert extended - base >= timedelta(days=k)
