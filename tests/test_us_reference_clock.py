"""Example tests of the independent US reference clock (``us_reference_clock.py``).

Every expected date is worked out by hand on a wall calendar (the counted days are
listed in the comment beside it) or copied from the spec's worked vectors
(``shared/spec/us-uk-foi.md`` §A2.10), never from the reference's own output.
Quiet weeks are used where the rule is not about holidays: March and April 2024
have no federal holiday, so from Friday 2024-03-01 the 20 working days are
Mar 4-8, 11-15, 18-22, 25-29 and the reply is due Friday 2024-03-29.
"""

from __future__ import annotations

from datetime import date

import holidays
import pytest

from govdisclosure.law import WorkingDays
from govdisclosure.requests import (
    Applicant,
    ApplicantKind,
    CorrectionReceived,
    CorrectionRequested,
    Event,
    ExtensionGranted,
    FeeNoticeIssued,
    FeePaid,
    Replied,
    Request,
    Routed,
    Withdrawn,
)
from us_reference_clock import (
    CLOSURES,
    FIRST,
    RefCalendar,
    RefNotCoveredError,
    RefTimelineError,
    days_late,
    inauguration_days,
    reference,
    status,
)

CAL = RefCalendar()
DC = RefCalendar(dc_area=True)
PERSON = Applicant(kind=ApplicantKind.NATURAL_PERSON)
MAR_1 = date(2024, 3, 1)  # a Friday; due 2024-03-29 with nothing else


def req(received: date, *events: Event) -> Request:
    return Request(id="ref", received=received, applicant=PERSON, events=events)


def due(received: date, *events: Event, cal: RefCalendar = CAL) -> date | None:
    return reference(req(received, *events), cal).due


def ext(on: date, k: int = 10) -> ExtensionGranted:
    return ExtensionGranted(on=on, days=WorkingDays(k))


# --- §A2.10: the spec's worked vectors (4 rows x 2 columns) -----------------------------

A2_10 = [
    # received, +20 working days, +30 (20 + the 10-day unusual-circumstances extension)
    (date(2024, 12, 20), date(2025, 1, 24), date(2025, 2, 7)),
    (date(2025, 12, 22), date(2026, 1, 26), date(2026, 2, 9)),
    (date(2026, 6, 12), date(2026, 7, 14), date(2026, 7, 28)),
    (date(2026, 11, 20), date(2026, 12, 21), date(2027, 1, 6)),
]


@pytest.mark.parametrize(("received", "plus20", "plus30"), A2_10)
def test_spec_a2_10_vectors(received: date, plus20: date, plus30: date) -> None:
    assert due(received) == plus20
    # The extension granted on the day of receipt is on or before the due date.
    assert due(received, ext(received)) == plus30


# --- §A2.1 / §A2.2: 20 working days strictly after day 0 ---------------------------------


def test_twenty_working_days_after_receipt() -> None:
    assert due(MAR_1) == date(2024, 3, 29)
    # Received on a Saturday: day 1 is still the first working day after it (Mar 4).
    assert due(date(2024, 3, 2)) == date(2024, 3, 29)


def test_routed_moves_day_zero_to_receipt_by_the_appropriate_component() -> None:
    # §A2.2: routed Wed Mar 6 -> day 0 = Mar 6: Mar 7-8, 11-15, 18-22, 25-29 (17), Apr 1-3.
    assert due(MAR_1, Routed(on=date(2024, 3, 6))) == date(2024, 4, 3)
    # Routed on the day of receipt changes nothing.
    assert due(MAR_1, Routed(on=MAR_1)) == date(2024, 3, 29)


def test_routing_is_capped_at_ten_working_days_after_first_receipt() -> None:
    # The cap: the 10th working day after Mar 1 is Fri Mar 15 (Mar 4-8, 11-15); day 0 is
    # Mar 15 whether the request reached the right office on Mar 15 or later (Mar 20).
    # Then Mar 18-22, 25-29, Apr 1-5, 8-12 -> Fri Apr 12.
    assert due(MAR_1, Routed(on=date(2024, 3, 15))) == date(2024, 4, 12)
    assert due(MAR_1, Routed(on=date(2024, 3, 20))) == date(2024, 4, 12)


# --- §A2.3: tolls -------------------------------------------------------------------------


def test_the_information_toll_stops_the_days_after_its_start_up_to_its_end() -> None:
    # (a)(6)(A)(ii)(I): asked Tue Mar 5, answered Fri Mar 8: Mar 6, 7, 8 stopped (S < d <= E);
    # counted Mar 4-5 (2), 11-15, 18-22, 25-29 (17), Apr 1-3 (20).
    timeline = (CorrectionRequested(on=date(2024, 3, 5)), CorrectionReceived(on=date(2024, 3, 8)))
    assert due(MAR_1, *timeline) == date(2024, 4, 3)


def test_only_the_first_information_request_tolls() -> None:
    # (I) "one request": the second request (Mar 12 -> Mar 19) stops nothing.
    timeline = (
        CorrectionRequested(on=date(2024, 3, 5)),
        CorrectionReceived(on=date(2024, 3, 8)),
        CorrectionRequested(on=date(2024, 3, 12)),
        CorrectionReceived(on=date(2024, 3, 19)),
    )
    assert due(MAR_1, *timeline) == date(2024, 4, 3)
    # ... and while the second one is awaited the clock runs.
    assert status(req(MAR_1, *timeline[:3]), date(2024, 3, 14), CAL) == "running"


def test_an_answer_received_unasked_changes_nothing() -> None:
    assert due(MAR_1, CorrectionReceived(on=date(2024, 3, 8))) == date(2024, 3, 29)


def test_fee_tolls_any_number_of_times() -> None:
    # (II): Mar 5 -> 7 stops Mar 6-7, Mar 11 -> 13 stops Mar 12-13 (4 days):
    # counted Mar 4-5, 8, 11, 14-15 (6), 18-22, 25-29 (16), Apr 1-4 (20).
    timeline = (
        FeeNoticeIssued(on=date(2024, 3, 5)),
        FeePaid(on=date(2024, 3, 7)),
        FeeNoticeIssued(on=date(2024, 3, 11)),
        FeePaid(on=date(2024, 3, 13)),
    )
    assert due(MAR_1, *timeline) == date(2024, 4, 4)


def test_overlapping_tolls_stop_a_day_once() -> None:
    # Information Mar 5 -> 12 (Mar 6-8, 11-12) and fee Mar 7 -> 14 (Mar 8, 11-14): the union is
    # Mar 6-8, 11-14 (7 days); counted Mar 4-5, 15, 18-22, 25-29 (13), Apr 1-5, 8-9 (20).
    timeline = (
        CorrectionRequested(on=date(2024, 3, 5)),
        FeeNoticeIssued(on=date(2024, 3, 7)),
        CorrectionReceived(on=date(2024, 3, 12)),
        FeePaid(on=date(2024, 3, 14)),
    )
    assert due(MAR_1, *timeline) == date(2024, 4, 9)


def test_a_toll_on_or_after_the_due_date_changes_nothing() -> None:
    on_due = (FeeNoticeIssued(on=date(2024, 3, 29)), FeePaid(on=date(2024, 4, 5)))
    after = (CorrectionRequested(on=date(2024, 4, 1)), CorrectionReceived(on=date(2024, 4, 5)))
    assert due(MAR_1, *on_due) == date(2024, 3, 29)
    assert due(MAR_1, *after) == date(2024, 3, 29)
    # Still open, but begun after the due date: the due date is known, and has passed.
    late_open = req(MAR_1, FeeNoticeIssued(on=date(2024, 4, 1)))
    assert reference(late_open, CAL).due == date(2024, 3, 29)
    assert status(late_open, date(2024, 4, 2), CAL) == "overdue"
    assert days_late(late_open, date(2024, 4, 2), CAL) == 2  # Apr 1, 2


def test_an_open_toll_leaves_the_due_date_unknown() -> None:
    open_fee = req(MAR_1, FeeNoticeIssued(on=date(2024, 3, 5)))
    assert reference(open_fee, CAL).due is None
    assert status(open_fee, date(2024, 3, 20), CAL) == "paused"
    # A reply while no due date can be known: undetermined, never guessed on time.
    replied = open_fee.with_event(Replied(on=date(2024, 5, 20)))
    ref = reference(replied, CAL)
    assert ref.due is None
    assert ref.replied_on_time is None
    assert status(replied, date(2024, 5, 20), CAL) == "undetermined"
    assert days_late(replied, date(2024, 5, 20), CAL) is None
    open_info = req(MAR_1, CorrectionRequested(on=date(2024, 3, 5)), Replied(on=date(2024, 3, 6)))
    assert status(open_info, date(2024, 3, 6), CAL) == "undetermined"


# --- §A2.4: the unusual-circumstances extension -------------------------------------------


def test_an_extension_on_the_due_date_adds_its_days() -> None:
    # Granted Fri Mar 29 (the due date): +10 -> Apr 1-5, 8-12.
    assert due(MAR_1, ext(date(2024, 3, 29))) == date(2024, 4, 12)
    assert due(MAR_1, ext(date(2024, 3, 12), 3)) == date(2024, 4, 3)  # Apr 1-3


def test_an_extension_after_the_due_date_changes_nothing() -> None:
    assert due(MAR_1, ext(date(2024, 4, 1))) == date(2024, 3, 29)
    assert due(MAR_1, ext(date(2024, 3, 30))) == date(2024, 3, 29)  # the Saturday after


def test_the_due_date_for_an_extension_includes_the_tolls() -> None:
    # Toll Mar 5 -> 8 moves the due date to Wed Apr 3; an extension on Tue Apr 2 is in time
    # although it is after Mar 29: +5 -> Apr 4, 5, 8, 9, 10.
    tolled = (CorrectionRequested(on=date(2024, 3, 5)), CorrectionReceived(on=date(2024, 3, 8)))
    assert due(MAR_1, *tolled, ext(date(2024, 4, 2), 5)) == date(2024, 4, 10)
    assert due(MAR_1, *tolled, ext(date(2024, 4, 4), 5)) == date(2024, 4, 3)


def test_an_extension_while_tolled_is_in_time() -> None:
    # Fee Mar 5 -> Apr 1 (open during the extension of Mar 20): stopped Mar 6 .. Apr 1
    # (19 working days); counted Mar 4-5 (2), Apr 2-5 (6), 8-12, 15-19, 22-26 (21), Apr 29,
    # 30, May 1-3 (26), May 6-9 (30) -> Thu May 9.
    timeline = (FeeNoticeIssued(on=date(2024, 3, 5)), ext(date(2024, 3, 20)))
    assert due(MAR_1, *timeline, FeePaid(on=date(2024, 4, 1))) == date(2024, 5, 9)


def test_a_toll_begun_on_the_due_date_counts_once_an_extension_reopens_the_count() -> None:
    # Due Mar 29; that day the fee notice goes out and 10 days are added; paid Apr 3:
    # Apr 1-3 stopped; counted Apr 4-5 (22), 8-12 (27), 15-17 (30) -> Wed Apr 17.
    timeline = (FeeNoticeIssued(on=date(2024, 3, 29)), ext(date(2024, 3, 29)))
    assert due(MAR_1, *timeline, FeePaid(on=date(2024, 4, 3))) == date(2024, 4, 17)


def test_more_than_ten_working_days_is_refused() -> None:
    with pytest.raises(RefTimelineError):
        reference(req(MAR_1, ext(date(2024, 3, 5), 11)), CAL)
    with pytest.raises(RefTimelineError):  # whenever it is granted
        reference(req(MAR_1, ext(date(2024, 4, 5), 11)), CAL)


def test_a_second_extension_is_refused() -> None:
    with pytest.raises(RefTimelineError):
        reference(req(MAR_1, ext(date(2024, 3, 5), 3), ext(date(2024, 3, 6), 3)), CAL)


# --- status and days late -----------------------------------------------------------------


def test_status_and_days_late() -> None:
    plain = req(MAR_1)
    assert status(plain, date(2024, 3, 29), CAL) == "running"
    assert status(plain, date(2024, 4, 1), CAL) == "overdue"
    assert days_late(plain, date(2024, 4, 8), CAL) == 6  # Apr 1-5, 8
    late = req(MAR_1, Replied(on=date(2024, 4, 2)))
    assert status(late, date(2024, 3, 20), CAL) == "running"  # the reply is not yet made
    assert status(late, date(2024, 4, 2), CAL) == "replied_late"
    assert days_late(late, date(2024, 4, 10), CAL) == 2  # Apr 1, 2
    assert reference(late, CAL).replied_on_time is False
    on_time = req(MAR_1, Replied(on=date(2024, 3, 29)))
    assert status(on_time, date(2024, 4, 30), CAL) == "replied_on_time"
    assert days_late(on_time, date(2024, 4, 30), CAL) == 0
    withdrawn = req(MAR_1, Withdrawn(on=date(2024, 3, 4)))
    assert status(withdrawn, date(2024, 4, 30), CAL) == "closed"
    tolled = req(MAR_1, CorrectionRequested(on=date(2024, 3, 5)))
    assert status(tolled, date(2024, 3, 5), CAL) == "paused"
    assert status(tolled, date(2024, 3, 4), CAL) == "running"


# --- §A6: the calendar --------------------------------------------------------------------


def test_juneteenth_from_2021() -> None:
    # 2021: Jun 19 is a Saturday, so Fri Jun 18 is the holiday; Jul 4 a Sunday, so Mon Jul 5.
    # From Fri Jun 4: Jun 7-11, 14-17 (9), 21-25, 28-30 (17), Jul 1-2 (19), Jul 6 (20).
    assert due(date(2021, 6, 4)) == date(2021, 7, 6)
    # 2019: Wed Jun 19 is a working day; Thu Jul 4 is not.
    # From Fri Jun 7: Jun 10-14, 17-21, 24-28 (15), Jul 1-3 (18), Jul 5 (19), Jul 8 (20).
    assert due(date(2019, 6, 7)) == date(2019, 7, 8)


def test_saturday_holidays_are_observed_on_the_friday_before() -> None:
    # 2010-12-25 and 2011-01-01 are Saturdays: Fri Dec 24 and Fri Dec 31 are holidays;
    # MLK Day 2011 is Mon Jan 17. From Fri Dec 17: Dec 20-23 (4), 27-30 (8), Jan 3-7 (13),
    # 10-14 (18), Jan 18-19 (20).
    assert due(date(2010, 12, 17)) == date(2011, 1, 19)


def test_half_day_closures_are_working_days() -> None:
    # 2015-12-24 was a half-day closure (EO 13713): it counts. From Fri Dec 18: Dec 21-24 (4),
    # Dec 28-31 (8), Jan 4-8 (13), 11-15 (18), Jan 19-20 (20; Jan 18 is MLK Day).
    assert due(date(2015, 12, 18)) == date(2016, 1, 20)


def test_executive_order_closures_are_not_working_days() -> None:
    # EO 13852 (Wed 2018-12-05) and EO 13854 (Mon 2018-12-24). From Fri Nov 30: Dec 3-4 (2),
    # 6-7 (4), 10-14 (9), 17-21 (14), 26-28 (17), 31 (18), Jan 2-3 (20).
    assert due(date(2018, 11, 30)) == date(2019, 1, 3)


def test_inauguration_day_only_in_the_dc_area() -> None:
    # Wed 2021-01-20. From Mon Jan 4: Jan 5-8, 11-15 (9), 19 (10; 18 is MLK Day), 20-22 (13),
    # 25-29 (18), Feb 1-2 (20); in the DC area Jan 20 is skipped, so Feb 3.
    assert due(date(2021, 1, 4)) == date(2021, 2, 2)
    assert due(date(2021, 1, 4), cal=DC) == date(2021, 2, 3)
    # 2013-01-20 was a Sunday: the holiday is Mon Jan 21, which is MLK Day anyway.
    assert date(2013, 1, 21) in inauguration_days(range(2013, 2014))
    assert due(date(2013, 1, 4)) == due(date(2013, 1, 4), cal=DC)


def test_the_reference_calendar_fails_closed() -> None:
    with pytest.raises(RefNotCoveredError):
        CAL.is_workday(date(1999, 12, 31))
    with pytest.raises(RefNotCoveredError):
        due(date(2027, 12, 20))


def test_the_spec_closure_table_is_what_holidays_lists_for_government_only() -> None:
    # §A6.3 (spec table) against holidays' ``government`` category minus its ``public`` days.
    years = range(FIRST.year, 2027)
    public = holidays.US(years=years)
    government = holidays.US(years=years, categories=("government",))
    assert {d for d in government if d not in public} == {d for d, _, _ in CLOSURES}
    halves = {d for d, _, half in CLOSURES if half}
    assert halves == {d for d, name in government.items() if "half-day" in name}


def test_inauguration_days_agree_with_holidays_dc() -> None:
    years = range(FIRST.year, 2028)
    dc = holidays.US(subdiv="DC", years=years)
    listed = {d for d, name in dc.items() if "Inauguration Day" in name and d.weekday() < 5}
    assert listed == {d for d in inauguration_days(years) if d.weekday() < 5}
