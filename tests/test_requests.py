"""Requests: applicants, the event classes, the timeline checks, and dates of receipt."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import attrs
import pytest

from govdisclosure.errors import (
    GovDisclosureError,
    InvalidInputError,
    NoRuleInForceError,
    TimelineError,
)
from govdisclosure.jurisdictions import cn
from govdisclosure.jurisdictions.cn import clock
from govdisclosure.law import Citation, Instrument, WorkingDays
from govdisclosure.money import Money
from govdisclosure.requests import (
    Applicant,
    ApplicantIdentity,
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
    ReceiptBasis,
    ReceiptChannel,
    ReceiptRule,
    Replied,
    Request,
    Withdrawn,
    date_of_receipt,
    local_date,
)

D0 = date(2024, 3, 1)
PERSON = Applicant(kind=ApplicantKind.NATURAL_PERSON)
TP = ConsultationParty.THIRD_PARTY
OO = ConsultationParty.OTHER_ORGAN


def day(n: int) -> date:
    return D0 + timedelta(days=n)


def make(*events: Event, received: date = D0) -> Request:
    return Request(id="2024-001", received=received, applicant=PERSON, events=events)


# -- applicants -----------------------------------------------------------------------------


def test_applicant_kinds_are_the_six_report_columns():
    assert [k.name for k in ApplicantKind] == [
        "NATURAL_PERSON",
        "COMMERCIAL_ENTERPRISE",
        "RESEARCH_INSTITUTION",
        "PUBLIC_INTEREST_ORGANIZATION",
        "LEGAL_SERVICE_INSTITUTION",
        "OTHER_ORGANIZATION",
    ]
    assert not ApplicantKind.NATURAL_PERSON.is_organization
    assert ApplicantKind.LEGAL_SERVICE_INSTITUTION.is_organization


def test_identity_is_optional_and_apart():
    a = Applicant(kind=ApplicantKind.COMMERCIAL_ENTERPRISE)
    assert a.identity is None
    b = Applicant(
        kind=ApplicantKind.NATURAL_PERSON,
        identity=ApplicantIdentity(name="张三", contact="zhang@example.org"),
    )
    assert b.identity is not None
    assert b.identity.id_document is None
    with pytest.raises(InvalidInputError):
        Applicant(kind="natural_person")  # type: ignore[arg-type]


# -- events ---------------------------------------------------------------------------------

ALL_EVENTS: list[Event] = [
    CorrectionRequested(on=D0),
    CorrectionReceived(on=D0),
    CorrectionLapsed(on=D0),
    ConsultationStarted(on=D0, party=TP),
    ConsultationEnded(on=D0, party=OO),
    ExtensionGranted(on=D0, days=WorkingDays(20)),
    FeeNoticeIssued(on=D0),
    FeeNoticeIssued(on=D0, amount=Money(Decimal(610), "CNY")),
    FeePaid(on=D0),
    FeeLapsed(on=D0),
    DelaySet(on=D0, until=day(60)),
    Replied(on=D0, outcome=cn.Outcome.DISCLOSED),
    Replied(on=D0),
    Withdrawn(on=D0),
]


@pytest.mark.parametrize("event", ALL_EVENTS, ids=lambda e: type(e).__name__)
def test_events_are_frozen_and_dated(event):
    assert event.on == D0
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        event.on = day(1)  # type: ignore[misc]
    assert isinstance(event, Event)
    assert attrs.evolve(event) == event


def test_which_events_conclude():
    concluding = {type(e).__name__ for e in ALL_EVENTS if e.concludes}
    assert concluding == {"CorrectionLapsed", "FeeLapsed", "Replied", "Withdrawn"}


@pytest.mark.parametrize(
    "bad", [datetime(2024, 3, 1, 9, 0, tzinfo=UTC), "2024-03-01", None, 20240301]
)
def test_on_must_be_a_plain_date(bad):
    with pytest.raises(InvalidInputError) as caught:
        Replied(on=bad)
    assert caught.value.field == "on"


def test_on_is_keyword_only():
    with pytest.raises(TypeError):
        Replied(D0)  # type: ignore[misc]


def test_event_fields_are_checked():
    with pytest.raises(InvalidInputError):
        ConsultationStarted(on=D0, party="third_party")  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        ExtensionGranted(on=D0, days=20)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        ExtensionGranted(on=D0, days=WorkingDays(0))
    with pytest.raises(InvalidInputError):
        FeeNoticeIssued(on=D0, amount=Decimal(100))  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        FeeNoticeIssued(on=D0, amount=Money(Decimal(-1), "CNY"))
    with pytest.raises(InvalidInputError) as caught:
        DelaySet(on=day(5), until=day(4))
    assert caught.value.field == "until"
    assert DelaySet(on=day(5), until=day(5)).until == day(5)
    with pytest.raises(InvalidInputError):
        Replied(on=D0, outcome="disclosed")  # type: ignore[arg-type]


# -- the request ----------------------------------------------------------------------------


def test_a_request_is_immutable_with_an_ordered_log():
    r = Request(
        id="r1",
        received=D0,
        applicant=PERSON,
        events=[ConsultationStarted(on=day(2), party=TP), ConsultationEnded(on=day(9), party=TP)],
    )
    assert isinstance(r.events, tuple)
    assert [type(e) for e in r.events] == [ConsultationStarted, ConsultationEnded]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        r.events = ()  # type: ignore[misc]
    assert r.is_open
    assert r.concluded is None
    assert r.channel is None


def test_with_event_appends_and_checks():
    r = make().with_event(Replied(on=day(10)))
    assert r.concluded == Replied(on=day(10))
    assert not r.is_open
    with pytest.raises(TimelineError):
        r.with_event(Withdrawn(on=day(11)))


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("id", ""),
        ("id", 7),
        ("received", datetime(2024, 3, 1, tzinfo=UTC)),
        ("received", "2024-03-01"),
        ("applicant", ApplicantKind.NATURAL_PERSON),
        ("events", "not events"),
        ("channel", "online"),
    ],
)
def test_request_fields_are_checked(field, value):
    fields = {"id": "r1", "received": D0, "applicant": PERSON, "events": ()}
    fields[field] = value
    with pytest.raises(InvalidInputError) as caught:
        Request(**fields)  # type: ignore[arg-type]
    assert caught.value.field == field


def test_events_must_be_events():
    with pytest.raises(InvalidInputError) as caught:
        make(Replied(on=D0), "a reply")  # type: ignore[arg-type]
    assert caught.value.field == "events[1]"


def test_an_event_before_receipt_is_an_error_naming_it():
    early = ConsultationStarted(on=day(-1), party=TP)
    with pytest.raises(TimelineError) as caught:
        make(early)
    assert caught.value.event == early
    assert caught.value.index == 0
    assert "ConsultationStarted" in str(caught.value)
    assert isinstance(caught.value, GovDisclosureError)
    assert isinstance(caught.value, ValueError)


def test_a_reply_before_receipt_is_an_error():
    with pytest.raises(TimelineError) as caught:
        make(Replied(on=day(-3)))
    assert caught.value.index == 0
    assert "before the date of receipt" in str(caught.value)


def test_events_out_of_order_are_an_error():
    with pytest.raises(TimelineError) as caught:
        make(
            ConsultationStarted(on=day(5), party=TP),
            ConsultationEnded(on=day(4), party=TP),
        )
    assert caught.value.index == 1
    assert "out of order" in str(caught.value)


def test_same_day_events_keep_their_order():
    r = make(ConsultationStarted(on=day(5), party=TP), ConsultationEnded(on=day(5), party=TP))
    assert len(r.events) == 2


@pytest.mark.parametrize(
    "end",
    [
        Replied(on=day(5)),
        Withdrawn(on=day(5)),
    ],
)
def test_nothing_may_follow_a_concluding_event(end):
    with pytest.raises(TimelineError) as caught:
        make(end, ExtensionGranted(on=day(6), days=WorkingDays(1)))
    assert caught.value.index == 1
    with pytest.raises(TimelineError):
        make(end, Replied(on=day(5)))


def test_nothing_may_follow_a_lapse():
    with pytest.raises(TimelineError) as caught:
        make(CorrectionRequested(on=day(1)), CorrectionLapsed(on=day(20)), Replied(on=day(21)))
    assert caught.value.index == 2
    with pytest.raises(TimelineError) as caught:
        make(FeeNoticeIssued(on=day(1)), FeeLapsed(on=day(30)), Replied(on=day(31)))
    assert caught.value.index == 2


@pytest.mark.parametrize(
    "events",
    [
        (ConsultationEnded(on=day(3), party=TP),),
        (ConsultationStarted(on=day(2), party=TP), ConsultationEnded(on=day(3), party=OO)),
        (FeePaid(on=day(3)),),
        (FeeLapsed(on=day(3)),),
        (CorrectionLapsed(on=day(3)),),
        (CorrectionRequested(on=day(1)), CorrectionRequested(on=day(2))),
        (FeeNoticeIssued(on=day(1)), FeeNoticeIssued(on=day(2))),
    ],
    ids=[
        "end-without-start",
        "end-other-party",
        "paid-without-notice",
        "lapse-without-notice",
        "lapse-without-request",
        "second-open-correction",
        "second-open-fee-notice",
    ],
)
def test_an_end_without_a_start_is_an_error(events):
    with pytest.raises(TimelineError) as caught:
        make(*events)
    assert caught.value.index == len(events) - 1
    assert caught.value.event == events[-1]


def test_valid_sequences():
    r = make(
        CorrectionRequested(on=day(3)),
        CorrectionReceived(on=day(10)),
        ConsultationStarted(on=day(11), party=TP),
        ConsultationStarted(on=day(12), party=TP),
        ConsultationEnded(on=day(20), party=TP),
        ConsultationEnded(on=day(21), party=TP),
        FeeNoticeIssued(on=day(22)),
        FeePaid(on=day(25)),
        FeeNoticeIssued(on=day(26)),
        FeePaid(on=day(27)),
        Replied(on=day(40), outcome=cn.Outcome.PARTLY_DISCLOSED),
    )
    assert len(r.events) == 11


# -- receipt, generic -----------------------------------------------------------------------

ACT = Instrument(code="demo", title="Demo Act", short="DA")
PLUS_TEN = timezone(timedelta(hours=10))
RULES = {
    ReceiptChannel.IN_PERSON: ReceiptRule(
        ReceiptChannel.IN_PERSON, ReceiptBasis.SUBMITTED, Citation(ACT, "3")
    ),
    ReceiptChannel.FAX: ReceiptRule(ReceiptChannel.FAX, ReceiptBasis.CONFIRMED, Citation(ACT, "4")),
}


def test_local_date_converts_aware_timestamps():
    assert local_date(datetime(2024, 3, 1, 13, 59, tzinfo=UTC), PLUS_TEN) == date(2024, 3, 1)
    assert local_date(datetime(2024, 3, 1, 14, 0, tzinfo=UTC), PLUS_TEN) == date(2024, 3, 2)
    assert local_date(date(2024, 3, 1), PLUS_TEN) == date(2024, 3, 1)


def test_local_date_refuses_naive_timestamps_and_other_things():
    with pytest.raises(InvalidInputError):
        local_date(datetime(2024, 3, 1, 12, 0), PLUS_TEN)
    with pytest.raises(InvalidInputError):
        local_date("2024-03-01", PLUS_TEN)  # type: ignore[arg-type]


def test_generic_receipt_uses_the_rules_basis():
    got = date_of_receipt(
        ReceiptChannel.FAX,
        rules=RULES,
        tz=PLUS_TEN,
        submitted=datetime(2024, 3, 1, 10, tzinfo=UTC),
        confirmed=datetime(2024, 3, 4, 20, tzinfo=UTC),
    )
    assert got == date(2024, 3, 5)


def test_generic_receipt_fails_closed():
    with pytest.raises(InvalidInputError) as caught:
        date_of_receipt(ReceiptChannel.ONLINE, rules=RULES, tz=PLUS_TEN, confirmed=D0)
    assert caught.value.field == "channel"
    with pytest.raises(InvalidInputError) as caught:
        date_of_receipt(ReceiptChannel.FAX, rules=RULES, tz=PLUS_TEN, submitted=D0)
    assert caught.value.field == "confirmed"
    with pytest.raises(InvalidInputError) as caught:
        date_of_receipt("fax", rules=RULES, tz=PLUS_TEN, confirmed=D0)  # type: ignore[arg-type]
    assert caught.value.field == "channel"


# -- receipt, PRC (Art 31) ------------------------------------------------------------------


def test_in_person_is_the_day_handed_in():  # Art 31 (一)
    assert clock.date_of_receipt(ReceiptChannel.IN_PERSON, submitted=D0) == D0
    assert clock.RECEIPT_RULES[ReceiptChannel.IN_PERSON].citation.item == "一"


def test_post_is_the_day_signed_for():  # Art 31 (二)
    got = clock.date_of_receipt(ReceiptChannel.POST_SIGNED, submitted=D0, signed_for=day(3))
    assert got == day(3)
    with pytest.raises(InvalidInputError):
        clock.date_of_receipt(ReceiptChannel.POST_SIGNED, submitted=D0)


def test_ordinary_mail_is_the_day_confirmed_with_the_applicant():  # Art 31 (二)
    got = clock.date_of_receipt(ReceiptChannel.ORDINARY_MAIL, arrived=day(4), confirmed=day(4))
    assert got == day(4)
    with pytest.raises(InvalidInputError):
        clock.date_of_receipt(ReceiptChannel.ORDINARY_MAIL, arrived=day(4), confirmed=day(3))


def test_online_and_fax_are_the_day_both_sides_confirm():  # Art 31 (三)
    for channel in (ReceiptChannel.ONLINE, ReceiptChannel.FAX):
        got = clock.date_of_receipt(channel, submitted=D0, confirmed=day(2))
        assert got == day(2)
        assert clock.RECEIPT_RULES[channel].citation.item == "三"
    with pytest.raises(InvalidInputError):
        clock.date_of_receipt(ReceiptChannel.ONLINE, submitted=day(2), confirmed=day(1))


def test_an_online_application_at_2330_utc_is_received_the_next_day_in_beijing():
    at = datetime(2024, 3, 1, 23, 30, tzinfo=UTC)  # 07:30 on 2 March in Beijing
    assert clock.date_of_receipt(ReceiptChannel.ONLINE, confirmed=at) == date(2024, 3, 2)
    # 15:59 UTC is 23:59 in Beijing; 16:00 UTC is midnight.
    assert clock.local_date(datetime(2024, 3, 1, 15, 59, tzinfo=UTC)) == date(2024, 3, 1)
    assert clock.local_date(datetime(2024, 3, 1, 16, 0, tzinfo=UTC)) == date(2024, 3, 2)


def test_beijing_time_follows_the_zone_history():
    # China kept summer time (UTC+9) in 1986-1991: 15:30 UTC on 1 June 1990 was 00:30 the next day.
    assert clock.local_date(datetime(1990, 6, 1, 15, 30, tzinfo=UTC)) == date(1990, 6, 2)
    assert clock.local_date(datetime(1990, 12, 1, 15, 30, tzinfo=UTC)) == date(1990, 12, 1)


def test_art_31_is_not_in_force_before_2019_05_15():
    with pytest.raises(NoRuleInForceError):
        clock.date_of_receipt(ReceiptChannel.IN_PERSON, submitted=date(2019, 5, 14))
    assert clock.date_of_receipt(ReceiptChannel.IN_PERSON, submitted=date(2019, 5, 15))


def test_a_corrected_application_without_a_recorded_request_is_accepted():
    # Issue 3: a correction restarts the clock from CorrectionReceived; the request for
    # it may simply not be in the log, so its absence is not an error.
    r = make(CorrectionReceived(on=day(3)))
    assert r.events == (CorrectionReceived(on=day(3)),)


def test_a_delayed_date_on_or_before_receipt_is_not_a_delay():
    with pytest.raises(TimelineError) as info:
        Request(
            id="d",
            received=date(2024, 3, 1),
            applicant=Applicant(kind=ApplicantKind.NATURAL_PERSON),
            events=(DelaySet(on=date(2024, 3, 1), until=date(2024, 3, 1)),),
        )
    assert info.value.index == 0
