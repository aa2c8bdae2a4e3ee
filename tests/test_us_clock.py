"""The US reply clock, one test per rule of 5 U.S.C. § 552(a)(6) it encodes.

Expected dates are counted by hand on a printed calendar (the count is in the
comments); the spec's worked vectors (spec §A2.10) were computed independently
with the ``holidays`` package.
"""

from __future__ import annotations

from datetime import date

import pytest

from govdisclosure.deadlines import DeadlineStatus, FindingKind, Unit
from govdisclosure.errors import CalendarNotPublishedError, InvalidInputError, TimelineError
from govdisclosure.jurisdictions import us
from govdisclosure.law import CalendarDays, WorkingDays
from govdisclosure.requests import (
    Applicant,
    ApplicantKind,
    ConsultationEnded,
    ConsultationParty,
    ConsultationStarted,
    CorrectionReceived,
    CorrectionRequested,
    ExtensionGranted,
    FeeNoticeIssued,
    FeePaid,
    Replied,
    Request,
    Routed,
)

PERSON = Applicant(kind=ApplicantKind.NATURAL_PERSON)


def req(received: date, *events: object) -> Request:
    return Request(id="t", received=received, applicant=PERSON, events=tuple(events))  # type: ignore[arg-type]


# spec §A2.10: received, +20 working days, +30 (20 + 10 unusual circumstances)
VECTORS = [
    (date(2024, 12, 20), date(2025, 1, 24), date(2025, 2, 7)),
    (date(2025, 12, 22), date(2026, 1, 26), date(2026, 2, 9)),
    (date(2026, 6, 12), date(2026, 7, 14), date(2026, 7, 28)),
]


@pytest.mark.parametrize(("received", "due20", "due30"), VECTORS)
def test_spec_vectors(received, due20, due30):
    assert us.reply_deadline(req(received)).due == due20
    extended = req(received, ExtensionGranted(on=received, days=WorkingDays(10)))
    assert us.reply_deadline(extended).due == due30


def test_spec_vector_into_2027_needs_a_calendar_for_2027():
    # Fri 2026-11-20 + 20 = Mon 2026-12-21 (Thanksgiving 11-26 skipped); +30 runs into 2027.
    assert us.reply_deadline(req(date(2026, 11, 20))).due == date(2026, 12, 21)
    extended = req(
        date(2026, 11, 20), ExtensionGranted(on=date(2026, 11, 23), days=WorkingDays(10))
    )
    with pytest.raises(CalendarNotPublishedError):
        us.reply_deadline(extended)
    longer = us.calendar(policy=us.CalendarPolicy(last=date(2027, 12, 31)))
    assert us.reply_deadline(extended, calendar=longer).due == date(2027, 1, 6)


def test_day_zero_is_not_counted_and_weekends_holidays_are_excepted():
    # (a)(6)(A)(i): Mon 2026-03-02; Mar 3-6 (4), 9-13 (9), 16-20 (14), 23-27 (19), Mon 30 (20).
    d = us.reply_deadline(req(date(2026, 3, 2)))
    assert d.due == date(2026, 3, 30)
    assert str(d.explain()[0].citation) == "5 U.S.C. § 552(a)(6)(A)(i)"


def test_a_request_received_on_a_saturday_counts_from_monday():
    # Sat 2026-03-07: Mar 9-13 (5), 16-20 (10), 23-27 (15), 30, 31, Apr 1-3 (20).
    assert us.reply_deadline(req(date(2026, 3, 7))).due == date(2026, 4, 3)


class TestStart:
    """(a)(6)(A)(ii): receipt by the appropriate component, but no later than ten days after."""

    def test_routed_within_ten_days_starts_on_the_routing_day(self):
        # Routed Thu Mar 5: Mar 6 (1), 9-13 (6), 16-20 (11), 23-27 (16), Mar 30, 31, Apr 1, 2 (20).
        d = us.reply_deadline(req(date(2026, 3, 2), Routed(on=date(2026, 3, 5))))
        assert d.due == date(2026, 4, 2)

    def test_routed_late_starts_ten_working_days_after_first_receipt(self):
        # 10 working days after Mon Mar 2 = Mon Mar 16; then Mar 17-20 (4), 23-27 (9),
        # Mar 30-Apr 3 (14), Apr 6-10 (19), Mon Apr 13 (20).
        d = us.reply_deadline(req(date(2026, 3, 2), Routed(on=date(2026, 3, 20))))
        assert d.due == date(2026, 4, 13)
        assert FindingKind.LATE_ROUTING in {f.kind for f in d.findings}

    def test_the_unit_of_the_ten_days_is_a_policy(self):
        # Calendar days: Mar 2 + 10 = Thu Mar 12; Mar 13 (1), 16-20 (6), 23-27 (11),
        # Mar 30-Apr 3 (16), Apr 6-9 (20).
        policy = us.ClockPolicy(routing_unit=Unit.CALENDAR_DAYS)
        d = us.reply_deadline(req(date(2026, 3, 2), Routed(on=date(2026, 3, 20))), policy=policy)
        assert d.due == date(2026, 4, 9)


class TestTolls:
    """(a)(6)(A)(ii)(I)-(II): a pause, not a restart; the first kind once, the second any number."""

    def test_information_toll_stops_the_days_after_its_start_through_its_end(self):
        # Due Mar 30 untolled; toll S=Wed Mar 4, E=Tue Mar 10 leaves out Mar 5, 6, 9, 10 (4 days):
        # Mar 31, Apr 1, 2, 3.
        d = us.reply_deadline(
            req(
                date(2026, 3, 2),
                CorrectionRequested(on=date(2026, 3, 4)),
                CorrectionReceived(on=date(2026, 3, 10)),
            )
        )
        assert (d.due, d.paused) == (date(2026, 4, 3), WorkingDays(4))

    def test_only_the_first_request_for_information_tolls(self):
        d = us.reply_deadline(
            req(
                date(2026, 3, 2),
                CorrectionRequested(on=date(2026, 3, 4)),
                CorrectionReceived(on=date(2026, 3, 5)),
                CorrectionRequested(on=date(2026, 3, 9)),
                CorrectionReceived(on=date(2026, 3, 20)),
            )
        )
        # only Mar 5 is tolled: Mar 30 + 1 = Mar 31
        assert (d.due, d.paused) == (date(2026, 3, 31), WorkingDays(1))
        assert FindingKind.PAUSE_LIMIT_REACHED in {f.kind for f in d.findings}

    def test_fee_tolls_have_no_limit(self):
        # Mar 4-6 leaves out Mar 5, 6; Mar 10-12 leaves out Mar 11, 12: Mar 30 + 4 = Apr 3.
        d = us.reply_deadline(
            req(
                date(2026, 3, 2),
                FeeNoticeIssued(on=date(2026, 3, 4)),
                FeePaid(on=date(2026, 3, 6)),
                FeeNoticeIssued(on=date(2026, 3, 10)),
                FeePaid(on=date(2026, 3, 12)),
            )
        )
        assert (d.due, d.paused) == (date(2026, 4, 3), WorkingDays(4))
        assert str(d.explain()[1].citation) == "5 U.S.C. § 552(a)(6)(A)(ii)(II)"

    def test_overlapping_tolls_stop_a_day_once(self):
        # Information Mar 4-10 (5, 6, 9, 10) and fees Mar 6-12 (9, 10, 11, 12): union 6 days.
        # Mar 30 + 6: Mar 31, Apr 1, 2, 3, 6, 7.
        d = us.reply_deadline(
            req(
                date(2026, 3, 2),
                CorrectionRequested(on=date(2026, 3, 4)),
                FeeNoticeIssued(on=date(2026, 3, 6)),
                CorrectionReceived(on=date(2026, 3, 10)),
                FeePaid(on=date(2026, 3, 12)),
            )
        )
        assert (d.due, d.paused) == (date(2026, 4, 7), WorkingDays(6))

    def test_a_consultation_does_not_toll(self):
        party = ConsultationParty.OTHER_ORGAN
        d = us.reply_deadline(
            req(
                date(2026, 3, 2),
                ConsultationStarted(on=date(2026, 3, 4), party=party),
                ConsultationEnded(on=date(2026, 3, 20), party=party),
            )
        )
        assert d.due == date(2026, 3, 30)

    def test_an_open_toll_leaves_the_due_date_unknown_and_a_reply_undetermined(self):
        waiting = req(date(2026, 3, 2), CorrectionRequested(on=date(2026, 3, 4)))
        d = us.reply_deadline(waiting)
        assert d.due is None
        assert d.status(date(2026, 4, 30)) is DeadlineStatus.PAUSED
        replied = us.reply_deadline(
            req(
                date(2026, 3, 2),
                CorrectionRequested(on=date(2026, 3, 4)),
                Replied(on=date(2026, 4, 30)),
            )
        )
        assert replied.status(date(2026, 5, 1)) is DeadlineStatus.UNDETERMINED
        assert replied.replied_on_time is None

    def test_a_toll_begun_after_the_due_date_changes_nothing(self):
        d = us.reply_deadline(
            req(
                date(2026, 3, 2),
                FeeNoticeIssued(on=date(2026, 3, 31)),
                FeePaid(on=date(2026, 4, 10)),
                Replied(on=date(2026, 4, 13)),
            )
        )
        assert d.due == date(2026, 3, 30)
        assert d.replied_on_time is False

    def test_the_toll_start_day_is_a_policy(self):
        # With the start day included, Mar 4 is left out too: Mar 30 + 5 = Apr 6.
        policy = us.ClockPolicy(toll_includes_start=True)
        d = us.reply_deadline(
            req(
                date(2026, 3, 2),
                CorrectionRequested(on=date(2026, 3, 4)),
                CorrectionReceived(on=date(2026, 3, 10)),
            ),
            policy=policy,
        )
        assert d.due == date(2026, 4, 6)


class TestUnusualCircumstances:
    """(a)(6)(B)(i): written notice, at most ten working days."""

    def test_notice_on_the_due_date_extends(self):
        # Mar 30 + 10: Mar 31, Apr 1-3 (4), 6-10 (9), Mon Apr 13 (10).
        d = us.reply_deadline(
            req(date(2026, 3, 2), ExtensionGranted(on=date(2026, 3, 30), days=WorkingDays(10)))
        )
        assert d.due == date(2026, 4, 13)

    def test_notice_after_the_due_date_changes_nothing(self):
        d = us.reply_deadline(
            req(date(2026, 3, 2), ExtensionGranted(on=date(2026, 3, 31), days=WorkingDays(10)))
        )
        assert d.due == date(2026, 3, 30)
        assert FindingKind.LATE_EXTENSION in {f.kind for f in d.findings}

    def test_the_due_date_with_tolls_decides_whether_notice_is_timely(self):
        # Toll Mar 4-10 moves the due date to Apr 3; notice Apr 2 is timely: Apr 3 + 10 = Apr 17.
        d = us.reply_deadline(
            req(
                date(2026, 3, 2),
                CorrectionRequested(on=date(2026, 3, 4)),
                CorrectionReceived(on=date(2026, 3, 10)),
                ExtensionGranted(on=date(2026, 4, 2), days=WorkingDays(10)),
            )
        )
        assert d.due == date(2026, 4, 17)

    def test_more_than_ten_working_days_is_refused(self):
        with pytest.raises(TimelineError):
            us.reply_deadline(
                req(date(2026, 3, 2), ExtensionGranted(on=date(2026, 3, 3), days=WorkingDays(11)))
            )

    def test_a_second_notice_beyond_ten_in_all_is_refused(self):
        with pytest.raises(TimelineError):
            us.reply_deadline(
                req(
                    date(2026, 3, 2),
                    ExtensionGranted(on=date(2026, 3, 3), days=WorkingDays(5)),
                    ExtensionGranted(on=date(2026, 3, 4), days=WorkingDays(6)),
                )
            )


class TestCalendar:
    def test_inauguration_day_only_in_the_dc_area(self):
        # Tue 2021-01-19. Outside DC: Jan 20-22 (3), 25-29 (8), Feb 1-5 (13), 8-12 (18),
        # [15 Washington's Birthday], 16, 17 (20). In DC, Jan 20 is a holiday too: Feb 18.
        r = req(date(2021, 1, 19))
        assert us.reply_deadline(r).due == date(2021, 2, 17)
        assert us.reply_deadline(r, calendar=us.calendar(dc_area=True)).due == date(2021, 2, 18)

    def test_inauguration_day_on_a_sunday_moves_to_monday_in_dc(self):
        # 2013-01-20 was a Sunday; 2013-01-21 was also MLK Day, so the holiday keeps MLK's name
        # but the day is off either way. 2029-01-20 is a Saturday: not moved.
        assert not us.calendar(dc_area=True).is_workday(date(2013, 1, 21))

    def test_closures_follow_the_policy(self):
        on = date(2019, 12, 24)
        assert not us.calendar().is_workday(on)
        no = us.calendar(policy=us.CalendarPolicy(count_closure_days_as_holidays=False))
        assert no.is_workday(on)

    def test_half_day_closures_are_working_days_by_default(self):
        for on in (date(2002, 12, 24), date(2009, 12, 24), date(2015, 12, 24)):
            assert us.calendar().is_workday(on)
            assert not us.calendar(
                policy=us.CalendarPolicy(count_half_day_closures=True)
            ).is_workday(on)

    def test_the_closure_list_matches_the_spec(self):
        # spec §A6.3, typed from the table (date, order).
        table = {
            date(2001, 12, 24): "13238",
            date(2002, 12, 24): "13281",
            date(2003, 12, 26): "13320",
            date(2004, 6, 11): "13343",
            date(2007, 1, 2): "13421",
            date(2007, 12, 24): "13453",
            date(2008, 12, 26): "13482",
            date(2009, 12, 24): "13523",
            date(2012, 12, 24): "13633",
            date(2014, 12, 26): "13682",
            date(2015, 12, 24): "13713",
            date(2018, 12, 5): "13852",
            date(2018, 12, 24): "13854",
            date(2019, 12, 24): "13900",
            date(2020, 12, 24): "13965",
            date(2024, 12, 24): "14129",
            date(2025, 1, 9): "14133",
            date(2025, 12, 24): "14371",
            date(2025, 12, 26): "14371",
        }
        assert {c.on: c.order for c in us.CLOSURES} == table

    def test_the_calendar_covers_2000_to_2026_and_no_further(self):
        cal = us.calendar()
        assert (cal.first, cal.last) == (date(2000, 1, 1), date(2026, 12, 31))
        assert cal.last >= us.CLOSURES_KNOWN_THROUGH
        with pytest.raises(CalendarNotPublishedError):
            cal.is_workday(date(2027, 1, 4))

    def test_a_closure_ordered_later_can_be_added(self):
        extra = us.Closure(date(2026, 12, 24), "Christmas Eve", "99999")
        r = req(date(2026, 11, 25))
        # Nov 27 (1) [26 Thanksgiving], Nov 30-Dec 4 (6), 7-11 (11), 14-18 (16), 21-24 (20):
        # Dec 24;
        # with the closure of Dec 24 (and Christmas on Dec 25): Mon Dec 28.
        assert us.reply_deadline(r).due == date(2026, 12, 24)
        assert us.reply_deadline(r, calendar=us.calendar(closures=[extra])).due == date(
            2026, 12, 28
        )

    @pytest.mark.parametrize("bad", ["yes", 1, None])
    def test_bad_dc_area_is_refused(self, bad):
        with pytest.raises(InvalidInputError, match="dc_area"):
            us.calendar(dc_area=bad)


class TestOtherClocks:
    def test_expedition_decision_within_ten_calendar_days_of_the_request(self):
        # (a)(6)(E)(ii)(I): Fri 2026-03-06 + 10 calendar days = Mon 2026-03-16.
        r = req(date(2026, 3, 6))
        assert us.expedition_deadline(r).due == date(2026, 3, 16)
        assert us.expedition_deadline(r, decided=date(2026, 3, 16)).replied_on_time is True
        assert us.expedition_deadline(r, decided=date(2026, 3, 17)).replied_on_time is False

    def test_appeal_within_twenty_working_days_and_extendable_by_ten(self):
        a = req(
            date(2026, 3, 2),
            CorrectionRequested(on=date(2026, 3, 4)),
            CorrectionReceived(on=date(2026, 3, 10)),
        )
        # No toll on an appeal: Mar 30, as untolled.
        assert us.appeal_deadline(a).due == date(2026, 3, 30)
        e = req(date(2026, 3, 2), ExtensionGranted(on=date(2026, 3, 3), days=WorkingDays(10)))
        assert us.appeal_deadline(e).due == date(2026, 4, 13)

    def test_appeal_window_at_least_ninety_days(self):
        # Mon 2026-03-02 + 90 days: Mar has 29 left, Apr 30, May 31 -> May 31.
        assert us.appeal_window_end(date(2026, 3, 2)) == date(2026, 5, 31)
        assert us.appeal_window_end(date(2026, 3, 2), days=CalendarDays(120)) == date(2026, 6, 30)
        with pytest.raises(InvalidInputError, match="days"):
            us.appeal_window_end(date(2026, 3, 2), days=CalendarDays(89))


@pytest.mark.parametrize("bad", [None, "2026-03-02", {"received": "2026-03-02"}])
def test_not_a_request_is_refused(bad):
    with pytest.raises(InvalidInputError, match="request"):
        us.reply_deadline(bad)


def test_not_a_policy_is_refused():
    with pytest.raises(InvalidInputError, match="policy"):
        us.reply_deadline(req(date(2026, 3, 2)), policy="default")  # type: ignore[arg-type]


def test_the_rules_are_registered_by_name():
    from govdisclosure.deadlines import named_rules, rules_name

    assert named_rules("us.foia") == us.REPLY_RULES
    assert rules_name(us.APPEAL_RULES) == "us.foia-appeal"


def test_documented_defaults_are_the_code_defaults():
    from pathlib import Path

    import attrs

    text = (Path(__file__).parent.parent / "docs" / "policies.md").read_text(encoding="utf-8")
    for policy in (us.DEFAULT_CALENDAR_POLICY, us.DEFAULT_CLOCK_POLICY):
        for field in attrs.fields(type(policy)):
            value = getattr(policy, field.name)
            if isinstance(value, bool):
                written = f"{field.name}={value}"
            elif isinstance(value, Unit):
                written = f"{field.name}=Unit.{value.name}"
            else:
                assert value == us.CALENDAR_LAST
                written = f"{field.name}=us.CALENDAR_LAST"
            assert written in text, written
    assert us.CALENDAR_LAST.isoformat() in text
    assert us.CLOSURES_KNOWN_THROUGH.isoformat() in text


def test_documented_defaults_of_fees_exemptions_and_aggregation():
    from pathlib import Path

    import attrs

    from govdisclosure.jurisdictions.us.report import AggregationPolicy

    text = (Path(__file__).parent.parent / "docs" / "policies.md").read_text(encoding="utf-8")
    for policy in (
        us.STATUTORY_DEFAULTS,
        us.OPEN_FOIA_RULE,
        us.DispositionPolicy(),
        AggregationPolicy(),
    ):
        for field in attrs.fields(type(policy)):
            if field.name == "name":
                continue
            value = getattr(policy, field.name)
            if isinstance(value, bool | int | type(None)):
                written = f"{field.name}={value}"
            elif hasattr(value, "isoformat"):
                written = f"{field.name}={value.isoformat()}"
            else:
                written = f"{field.name}={type(value).__name__}.{value.name}"
            assert written in text, written
    assert (
        us.QUARTER_HOURS.billing_increment == 0.25
        or str(us.QUARTER_HOURS.billing_increment) == "0.25"
    )
