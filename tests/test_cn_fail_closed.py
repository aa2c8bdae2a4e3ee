"""Issue 10: the legal core never calls a late reply "on time".

One example per numbered point of the issue, with its article, and Hypothesis properties where a law
fits. Expected dates are counted by hand on the official calendar (2024: Qingming 4-6 April off with
Sunday 7 April worked; May Day 1-5 May off with Sunday 28 April and Saturday 11 May worked).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govdisclosure.deadlines import DeadlineStatus, FindingKind
from govdisclosure.errors import (
    CalendarNotPublishedError,
    InvalidInputError,
    NoRuleInForceError,
    TimelineError,
    UnknownLabelError,
)
from govdisclosure.jurisdictions import cn
from govdisclosure.law import WorkingDays
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

A = Applicant(kind=ApplicantKind.NATURAL_PERSON)
TP = ConsultationParty.THIRD_PARTY
OO = ConsultationParty.OTHER_ORGAN
CAL = cn.calendar()
DOCS = Path(__file__).resolve().parent.parent / "docs"


def R(received: date, *events: Event, **kw: object):  # noqa: N802 - the issue's own name
    return cn.reply_deadline(Request(id="x", received=received, applicant=A, events=events), **kw)  # type: ignore[arg-type]


def kinds(deadline) -> list[FindingKind]:
    return [f.kind for f in deadline.findings]


# -- 1. a correction after the due date does not revive the period (Art 30, Art 33 ¶2) --------


def test_the_issues_own_case():
    # Received 1 March 2024: due 29 March (4-8, 11-15, 18-22, 25-29 March).
    d = R(
        date(2024, 3, 1),
        CorrectionRequested(on=date(2024, 5, 6)),
        CorrectionReceived(on=date(2024, 5, 7)),
        Replied(on=date(2024, 5, 20)),
    )
    assert d.due == date(2024, 3, 29)
    assert d.start == date(2024, 3, 1)
    assert d.replied_on_time is False
    assert d.status(date(2024, 5, 20)) is DeadlineStatus.REPLIED_LATE
    assert kinds(d).count(FindingKind.CORRECTION_AFTER_DUE) == 2
    # On 6 May the request was overdue, not awaiting a correction.
    assert d.status(date(2024, 5, 6)) is DeadlineStatus.OVERDUE


def test_an_unrequested_correction_after_the_due_date_does_not_restart():
    d = R(date(2024, 3, 1), CorrectionReceived(on=date(2024, 4, 1)), Replied(on=date(2024, 4, 20)))
    assert d.due == date(2024, 3, 29)
    assert kinds(d) == [FindingKind.CORRECTION_AFTER_DUE]
    assert d.replied_on_time is False


def test_a_correction_on_the_due_date_still_restarts():
    d = R(date(2024, 3, 1), CorrectionRequested(on=date(2024, 3, 29)))
    assert d.due is None
    assert d.awaiting_correction_since == date(2024, 3, 29)


def test_a_correction_in_time_but_after_7_working_days_restarts_with_its_finding():
    # Art 30: 7 working days from 1 March end on 12 March; asked for on 14 March.
    d = R(
        date(2024, 3, 1),
        CorrectionRequested(on=date(2024, 3, 14)),
        CorrectionReceived(on=date(2024, 3, 18)),
    )
    assert d.start == date(2024, 3, 18)
    assert kinds(d) == [FindingKind.LATE_CORRECTION_NOTICE]


# -- 2. no verdict without a due date ---------------------------------------------------------


def test_a_reply_while_a_correction_is_awaited_is_undetermined():
    d = R(date(2024, 3, 1), CorrectionRequested(on=date(2024, 3, 5)), Replied(on=date(2024, 6, 1)))
    assert d.due is None
    assert d.replied_on_time is None
    assert d.status(date(2024, 6, 1)) is DeadlineStatus.UNDETERMINED
    assert d.days_late(date(2024, 6, 1)) is None  # not 0
    (finding,) = [f for f in d.findings if f.kind is FindingKind.NO_DUE_DATE]
    assert "corrected application" in finding.message


def test_a_reply_while_an_uncapped_pause_is_open_is_undetermined():
    policy = cn.ClockPolicy(consultation_cap=None)
    d = R(
        date(2024, 3, 1),
        ConsultationStarted(on=date(2024, 3, 4), party=TP),
        Replied(on=date(2024, 9, 1)),
        policy=policy,
    )
    assert d.due is None
    assert d.status(date(2024, 9, 1)) is DeadlineStatus.UNDETERMINED
    assert d.replied_on_time is None
    assert FindingKind.NO_DUE_DATE in kinds(d)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(timelines(st.dates(date(2008, 5, 1), date(2026, 6, 30)), max_extension=15, max_gap=20))
def test_never_on_time_without_a_due_date(request_):
    for policy in (cn.DEFAULT_POLICY, cn.ClockPolicy(consultation_cap=None)):
        try:
            d = cn.reply_deadline(request_, policy=policy)
        except CalendarNotPublishedError:
            return
        if d.due is None:
            assert d.replied_on_time is not True
            if isinstance(d.concluded, Replied):
                assert d.status(d.concluded.on) is DeadlineStatus.UNDETERMINED


# -- 3. pauses are bounded by the law's own windows (Arts 32, 34; the fee measures) --------------


def test_a_consultation_is_left_out_for_at_most_15_working_days():
    # Started Mon 4 March 2024: 4 March counts (1); 5-8, 11-15, 18-22, 25 March left out (15);
    # 26-29 March (5), 1-3 April (8), Sunday 7 April (9), 8-12 (14), 15-19 (19), 22 April (20).
    never = R(date(2024, 3, 1), ConsultationStarted(on=date(2024, 3, 4), party=TP))
    assert never.due == date(2024, 4, 22)
    assert never.status(date(2024, 3, 25)) is DeadlineStatus.PAUSED
    assert never.status(date(2024, 3, 26)) is DeadlineStatus.RUNNING
    assert never.status(date(2024, 4, 23)) is DeadlineStatus.OVERDUE
    long = R(
        date(2024, 3, 1),
        ConsultationStarted(on=date(2024, 3, 4), party=OO),
        ConsultationEnded(on=date(2024, 4, 30), party=OO),
    )
    assert long.due == never.due
    assert FindingKind.PAUSE_OVERRAN in kinds(long)
    # Lifting the cap: the whole consultation is left out.
    lifted = R(
        date(2024, 3, 1),
        ConsultationStarted(on=date(2024, 3, 4), party=OO),
        ConsultationEnded(on=date(2024, 4, 30), party=OO),
        policy=cn.ClockPolicy(consultation_cap=None),
    )
    assert lifted.due is not None
    assert lifted.due > long.due


def test_a_fee_notice_pauses_at_most_until_the_payment_deadline():
    notice = date(2024, 9, 20)
    deadline = cn.fee_payment_deadline(notice)  # 23 October 2024
    unpaid = R(date(2024, 9, 18), FeeNoticeIssued(on=notice))
    # The pause leaves out the working days after the notice through the payment deadline.
    paid_on_deadline = R(date(2024, 9, 18), FeeNoticeIssued(on=notice), FeePaid(on=deadline))
    assert unpaid.due == paid_on_deadline.due
    assert unpaid.due is not None
    # 18 Sep received; 19, 20 Sep count (2); the rest from 24 Oct: 24, 25 (4), 28-31 (8), ...
    assert CAL.count_workdays(date(2024, 9, 18), notice) == 2
    assert unpaid.due == CAL.add_workdays(deadline, 18)
    late = R(
        date(2024, 9, 18), FeeNoticeIssued(on=notice), FeePaid(on=deadline + timedelta(days=5))
    )
    assert late.due == unpaid.due
    (finding,) = [f for f in late.findings if f.kind is FindingKind.PAUSE_OVERRAN]
    assert "does not revive" in finding.message or "time beyond" in finding.message
    assert finding.citation == cn.FEE_PAYMENT_PERIOD.versions[0].citation


# -- 4. no fee pause before the fee measures were in force ------------------------------------


def test_a_fee_notice_before_2021_does_not_stop_the_clock():
    d = R(date(2020, 6, 1), FeeNoticeIssued(on=date(2020, 6, 3)), FeePaid(on=date(2020, 6, 10)))
    plain = R(date(2020, 6, 1))
    assert d.due == plain.due
    assert kinds(d) == [FindingKind.PAUSE_NOT_IN_FORCE]
    opted = R(
        date(2020, 6, 1),
        FeeNoticeIssued(on=date(2020, 6, 3)),
        FeePaid(on=date(2020, 6, 10)),
        policy=cn.ClockPolicy(fee_pause_before_fee_measures=True),
    )
    assert opted.due is not None
    assert plain.due is not None
    assert opted.due > plain.due


# -- 5. a late DelaySet changes nothing; none under the 2007 Regulations by default ------------


def test_a_delay_after_the_due_date_changes_nothing():
    d = R(
        date(2024, 3, 1),
        DelaySet(on=date(2024, 4, 1), until=date(2024, 6, 1)),
        Replied(on=date(2024, 5, 1)),
    )
    assert d.due == date(2024, 3, 29)
    assert not d.fixed
    assert kinds(d) == [FindingKind.LATE_DELAY]
    assert d.replied_on_time is False


def test_a_delay_under_the_2007_regulations_is_a_finding_by_default():
    d = R(date(2015, 3, 2), DelaySet(on=date(2015, 3, 10), until=date(2015, 6, 30)))
    assert d.due == date(2015, 3, 23)
    assert kinds(d) == [FindingKind.DELAY_NOT_PROVIDED]


def test_documented_defaults_are_the_code_defaults():
    text = (DOCS / "policies.md").read_text(encoding="utf-8")
    clock_text = (DOCS / "clock.md").read_text(encoding="utf-8")
    for field in attrs.fields(cn.ClockPolicy):
        value = getattr(cn.DEFAULT_POLICY, field.name)
        if isinstance(value, bool):
            written = f"{field.name}={value}"
        elif value == cn.CONSULTATION_PERIOD:
            written = f"{field.name}=cn.CONSULTATION_PERIOD"
        else:
            written = f"{field.name}=cn.{type(value).__name__}.{value.name}"
        assert written in text or written in clock_text, written
    assert "`cn.PreRegulation.FROM_IN_FORCE`" in text
    assert "`mail=cn.MailReceipt.ARRIVAL`" in text


# -- 6. status(on) uses only the events dated on or before `on` -------------------------------


def _truncated(request: Request, on: date) -> Request:
    return attrs.evolve(request, events=tuple(e for e in request.events if e.on <= on))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    timelines(st.dates(date(2019, 5, 15), date(2026, 6, 30)), max_extension=20, max_gap=20),
    st.integers(0, 120),
)
def test_status_on_a_day_is_the_status_of_the_log_up_to_that_day(request_, offset):
    on = request_.received + timedelta(days=offset)
    try:
        full = cn.reply_deadline(request_)
        cut = cn.reply_deadline(_truncated(request_, on))
        got = full.status(on)
    except CalendarNotPublishedError:
        return
    assert got is cut.status(on)
    assert full.days_late(on) == cut.days_late(on)
    # And against the independent day-by-day reference: overdue exactly when its due date passed.
    rules = RefRules(20, 20, consultation_cap=15, fee_cap=20, fee_from=date(2021, 1, 1))
    ref = reference_due(_truncated(request_, on), rules, CAL)
    concluded = cut.concluded is not None
    if not concluded and cut.awaiting_correction_since is None:
        assert (got is DeadlineStatus.OVERDUE) == (ref is not None and on > ref)


# -- 7. an event after the due date cannot make the answer unknowable -------------------------


def test_events_in_an_unpublished_year_after_the_due_date_do_not_raise():
    received = date(2026, 11, 2)
    due = R(received).due
    assert due is not None
    assert due.year == 2026
    later = [
        ConsultationStarted(on=date(2027, 1, 5), party=TP),
        CorrectionRequested(on=date(2027, 1, 5)),
        DelaySet(on=date(2027, 1, 5), until=date(2027, 3, 1)),
        ExtensionGranted(on=date(2027, 1, 5), days=WorkingDays(5)),
        FeeNoticeIssued(on=date(2027, 1, 5)),
    ]
    for event in later:
        d = R(received, event)
        assert d.due == due, event
        assert d.findings
        assert d.status(date(2027, 2, 1)) is DeadlineStatus.OVERDUE
    # But a pause before the due date that pushes it into 2027 has no answer: it raises.
    with pytest.raises(CalendarNotPublishedError):
        R(date(2026, 12, 1), ConsultationStarted(on=date(2026, 12, 3), party=TP))


# -- 8. which regime for a corrected application ---------------------------------------------


def test_the_regime_of_a_corrected_application_is_a_policy():
    # Received Fri 10 May 2019 (2007 regime, 15 working days); corrected Mon 20 May 2019.
    events = (
        CorrectionRequested(on=date(2019, 5, 13)),
        CorrectionReceived(on=date(2019, 5, 20)),
    )
    original = R(date(2019, 5, 10), *events)
    assert original.limit == WorkingDays(15)
    assert original.due == CAL.add_workdays(date(2019, 5, 20), 15)
    corrected = R(
        date(2019, 5, 10),
        *events,
        policy=cn.ClockPolicy(corrected_regime=cn.RegimeBasis.CORRECTED_APPLICATION),
    )
    assert corrected.limit == WorkingDays(20)
    assert corrected.due == CAL.add_workdays(date(2019, 5, 20), 20)


def test_a_corrected_application_under_2019_takes_its_longer_extension():
    # Received Fri 10 May 2019 (2007 regime: 15 days, extension at most 15); corrected Mon 20 May
    # 2019 (2019 regime, in force since 15 May: 20 days, extension at most 20). Counted by hand
    # from Tue 21 May, the Dragon Boat Festival (Fri 7 June) off: 20 working days end Tue 18 June,
    # 40 end Tue 16 July. Under the policy the 20-day extension is within the 2019 bound.
    events = (
        CorrectionRequested(on=date(2019, 5, 13)),
        CorrectionReceived(on=date(2019, 5, 20)),
        ExtensionGranted(on=date(2019, 6, 10), days=WorkingDays(20)),
    )
    policy = cn.ClockPolicy(corrected_regime=cn.RegimeBasis.CORRECTED_APPLICATION)
    corrected = R(date(2019, 5, 10), *events, policy=policy)
    assert (corrected.limit, corrected.start) == (WorkingDays(40), date(2019, 5, 20))
    assert corrected.extension == WorkingDays(20)
    assert corrected.due == date(2019, 7, 16)
    # Under the default reading the regime of receipt governs, and 20 days are too many.
    with pytest.raises(TimelineError, match="more than the 15 working days allowed"):
        R(date(2019, 5, 10), *events)
    # Too many for 2019 as well: the error names the bound that governs, 2019's.
    too_long = (*events[:2], ExtensionGranted(on=date(2019, 6, 10), days=WorkingDays(21)))
    with pytest.raises(TimelineError, match="more than the 20 working days allowed"):
        R(date(2019, 5, 10), *too_long, policy=policy)


# -- 9. receipt by ordinary mail (Art 31(二)) ---------------------------------------------------


def test_a_late_confirmation_of_ordinary_mail_does_not_move_the_date_of_receipt():
    kw = {"arrived": date(2024, 3, 1), "confirmed": date(2024, 3, 6)}
    assert cn.date_of_receipt(ReceiptChannel.ORDINARY_MAIL, **kw) == date(2024, 3, 1)
    literal = cn.date_of_receipt(
        ReceiptChannel.ORDINARY_MAIL, mail=cn.MailReceipt.CONFIRMATION, **kw
    )
    assert literal == date(2024, 3, 6)
    (finding,) = cn.receipt_findings(ReceiptChannel.ORDINARY_MAIL, **kw)
    assert finding.kind is FindingKind.LATE_RECEIPT_CONFIRMATION
    assert finding.citation.article == "31"
    same_day = {"arrived": date(2024, 3, 1), "confirmed": date(2024, 3, 1)}
    assert cn.receipt_findings(ReceiptChannel.ORDINARY_MAIL, **same_day) == ()
    assert cn.date_of_receipt(ReceiptChannel.ORDINARY_MAIL, confirmed=date(2024, 3, 6)) == date(
        2024, 3, 6
    )


def test_the_mail_policy_must_be_a_policy():
    with pytest.raises(Exception, match="MailReceipt") as info:
        cn.date_of_receipt(ReceiptChannel.ONLINE, confirmed=date(2024, 3, 1), mail="arrival")  # type: ignore[arg-type]
    assert info.value.field == "mail"  # type: ignore[attr-defined]


# -- 10. proactive disclosure before the Regulations (Art 26; in force 2008-05-01) ------------


def test_information_formed_before_2008_05_01_is_counted_from_that_day():
    in_force = cn.proactive_deadline(date(2008, 5, 1))
    for formed in (date(2007, 1, 15), date(2008, 4, 30)):
        assert cn.proactive_deadline(formed) == in_force
        assert cn.proactive_lateness(formed, formed + timedelta(days=1)) == WorkingDays(0)
    with pytest.raises(NoRuleInForceError):
        cn.proactive_deadline(date(2007, 1, 15), before_in_force=cn.PreRegulation.RAISE)


# -- 11. a group prefix that contradicts the item ----------------------------------------------


@pytest.mark.parametrize(
    "label",
    [
        "（三）不予公开 其他",
        "（五）不予处理 1.属于国家秘密",
        "（四）无法提供 2.重复申请",
        "（三）不予公开 3.补正后申请内容仍不明确",
        "予以公开 部分公开",
        "（五）1.属于国家秘密",
    ],
)
def test_a_contradicting_group_prefix_raises(label):
    with pytest.raises(UnknownLabelError, match="contradicts"):
        cn.Outcome.from_label(label)


def test_every_consistent_label_keeps_working():
    for outcome in cn.Outcome:
        for label in (outcome.label, f"{outcome.group.label} {outcome.label}"):
            assert cn.Outcome.from_label(label) is outcome, label


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("fee_payment_pauses", "yes"),
        ("other_organ_pauses_before_2019", 1),
        ("delay_before_2019", None),
        ("consultation_cap", 15),
        ("fee_pause_before_fee_measures", "false"),
        ("corrected_regime", "original_receipt"),
    ],
)
def test_a_policy_refuses_what_is_not_a_choice(field, value):
    with pytest.raises(InvalidInputError) as info:
        cn.ClockPolicy(**{field: value})
    assert info.value.field == field


def test_reply_deadline_refuses_a_policy_that_is_not_one():
    request = Request(id="x", received=date(2024, 3, 1), applicant=A)
    with pytest.raises(InvalidInputError) as info:
        cn.reply_deadline(request, policy="default")  # type: ignore[arg-type]
    assert info.value.field == "policy"


# -- found by an independent review -------------------------------------------------------------


def test_a_pause_begun_on_the_due_date_is_not_revived_by_an_extension_that_day():
    # Due 29 March 2024; a consultation starts that day, then a 5-day extension the same day:
    # the extension counts (granted on the due date), the pause does not.
    for pause in (
        ConsultationStarted(on=date(2024, 3, 29), party=TP),
        FeeNoticeIssued(on=date(2024, 3, 29)),
    ):
        d = R(
            date(2024, 3, 1),
            pause,
            ExtensionGranted(on=date(2024, 3, 29), days=WorkingDays(5)),
            Replied(on=date(2024, 4, 26)),
        )
        assert d.due == CAL.add_workdays(date(2024, 3, 29), 5)  # 8 April
        assert d.replied_on_time is False
        assert FindingKind.PAUSE_AFTER_DUE in kinds(d)


def test_a_capped_pause_ending_in_an_unpublished_year_needs_no_calendar_for_it():
    for start, end in (
        (ConsultationStarted(on=date(2026, 11, 20), party=TP), ConsultationEnded),
        (FeeNoticeIssued(on=date(2026, 11, 20)), FeePaid),
    ):
        kw = {"party": TP} if end is ConsultationEnded else {}
        d = R(date(2026, 11, 2), start, end(on=date(2027, 1, 5), **kw))
        assert d.due is not None
        assert d.due.year == 2026
        assert FindingKind.PAUSE_OVERRAN in kinds(d)
        assert d.explain()
    late = R(date(2026, 11, 2), Replied(on=date(2027, 1, 5)))
    assert late.replied_on_time is False
    assert "2027" in late.explain()[-1].text


def test_an_unrequested_correction_is_reported():
    d = R(
        date(2024, 3, 1),
        CorrectionReceived(on=date(2024, 3, 20)),
        CorrectionReceived(on=date(2024, 4, 15)),
        Replied(on=date(2024, 5, 10)),
    )
    assert kinds(d).count(FindingKind.CORRECTION_NOT_REQUESTED) == 2


def test_ordinary_mail_with_no_arrival_date_is_reported():
    (finding,) = cn.receipt_findings(ReceiptChannel.ORDINARY_MAIL, confirmed=date(2024, 3, 5))
    assert finding.kind is FindingKind.ARRIVAL_NOT_RECORDED


def test_headline_figures_leave_undetermined_replies_out_of_the_on_time_rate():
    on_time = Request(
        id="a",
        received=date(2024, 3, 1),
        applicant=A,
        events=(Replied(on=date(2024, 3, 20), outcome=cn.Outcome.DISCLOSED),),
    )
    awaited = Request(
        id="b",
        received=date(2024, 3, 1),
        applicant=A,
        events=(
            CorrectionRequested(on=date(2024, 3, 4)),
            Replied(on=date(2024, 6, 3), outcome=cn.Outcome.DISCLOSED),
        ),
    )
    figures = cn.headline_figures([on_time, awaited], year=2024)
    assert (figures.replied, figures.on_time, figures.undetermined) == (2, 1, 1)
    assert figures.on_time_rate == 1.0  # one judged reply, on time; the other has no verdict
    with pytest.raises(InvalidInputError) as info:
        attrs.evolve(figures, undetermined=2)
    assert info.value.field == "undetermined"
