"""Request records, the counting policy and the tallies behind the US Annual FOIA Report.

Expected values are worked out by hand in the comments (a weekends-only calendar:
business days are Monday to Friday), or by the plain-loop reference in
``_reference`` below, which uses :mod:`statistics` and walks dates one at a time.
"""

from __future__ import annotations

import statistics
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govdisclosure.calendar import WorkCalendar
from govdisclosure.errors import CalendarNotPublishedError, InvalidInputError
from govdisclosure.jurisdictions.us.codes import ExemptionCode, NonExemptionReason, Track
from govdisclosure.jurisdictions.us.outcomes import Disposition
from govdisclosure.jurisdictions.us.report._daystats import average, buckets, median
from govdisclosure.jurisdictions.us.report._policy import (
    AggregationPolicy,
    ClockStart,
    DayCount,
)
from govdisclosure.jurisdictions.us.report._records import (
    AppealDisposition,
    FoiaAppealRecord,
    FoiaRequestRecord,
)
from govdisclosure.jurisdictions.us.report._tally import FoiaTally, fiscal_year_bounds
from govdisclosure.strategies._us_agg import aggregation_policies, request_records

CAL = WorkCalendar.from_rules([], first=date(2020, 1, 1), last=date(2030, 12, 31))
FY = 2025  # 2024-10-01 .. 2025-09-30


def _req(**kw: object) -> FoiaRequestRecord:
    base: dict[str, object] = {
        "component": "OIP",
        "received": date(2025, 3, 3),
        "track": Track.SIMPLE,
    }
    base.update(kw)
    return FoiaRequestRecord(**base)  # type: ignore[arg-type]


# -- records fail closed -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"component": " "}, "component"),
        ({"component": "OIP "}, "component"),
        ({"received": "2025-03-03"}, "received"),
        ({"track": "simple"}, "track"),
        ({"closed": date(2025, 3, 1), "disposition": Disposition.FULL_GRANT}, "closed"),
        ({"closed": date(2025, 3, 4)}, "disposition"),  # closed needs a disposition
        ({"disposition": Disposition.FULL_GRANT}, "disposition"),  # pending has none
        ({"perfected": date(2025, 3, 2)}, "perfected"),
        (
            {
                "closed": date(2025, 3, 4),
                "disposition": Disposition.EXPEDITED_DENIAL,  # appeals only
            },
            "disposition",
        ),
        (
            {"closed": date(2025, 3, 4), "disposition": Disposition.OTHER},
            "other_reason",
        ),
        (
            {
                "closed": date(2025, 3, 4),
                "disposition": Disposition.NO_RECORDS,
                "other_reason": "sealed",
            },
            "other_reason",
        ),
        ({"closed": date(2025, 3, 4), "disposition": Disposition.FULL_DENIAL}, "exemptions"),
        (
            {
                "closed": date(2025, 3, 4),
                "disposition": Disposition.FULL_GRANT,
                "exemptions": [ExemptionCode.EX_6],
            },
            "exemptions",
        ),
        (
            {
                "closed": date(2025, 3, 4),
                "disposition": Disposition.PARTIAL_GRANT,
                "exemptions": [ExemptionCode.EX_6, ExemptionCode.EX_6],
            },
            "exemptions[1]",
        ),
        (
            {
                "closed": date(2025, 3, 4),
                "disposition": Disposition.PARTIAL_GRANT,
                "exemptions": [ExemptionCode.EX_3],
            },
            "exemption3_statutes",
        ),
        ({"exemption3_statutes": ["26 U.S.C. § 6103"]}, "exemption3_statutes"),
        ({"track": Track.EXPEDITED}, "track"),
        ({"expedited_decided": date(2025, 3, 4), "expedited_granted": True}, "expedited_decided"),
        (
            {"fee_waiver_requested": True, "fee_waiver_decided": date(2025, 3, 4)},
            "fee_waiver_granted",
        ),
        ({"fees_collected": 10.5}, "fees_collected"),
        ({"fees_collected": Decimal(-1)}, "fees_collected"),
        ({"fees_collected": Decimal("NaN")}, "fees_collected"),
        ({"exclusion_used": 1}, "exclusion_used"),
        ({"appeals": [FoiaAppealRecord(received=date(2025, 3, 1))]}, "appeals[0].received"),
        ({"appeals": ["x"]}, "appeals[0]"),
    ],
)
def test_a_bad_record_names_its_field(kw: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidInputError) as err:
        _req(**kw)
    assert field in err.value.fields


def test_a_record_reports_every_problem_at_once() -> None:
    with pytest.raises(InvalidInputError) as err:
        _req(closed=date(2025, 3, 1), perfected=date(2025, 3, 2))
    assert {"closed", "disposition", "perfected"} <= set(err.value.fields)


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"closed": date(2025, 4, 1)}, "disposition"),
        ({"closed": date(2025, 3, 1), "disposition": AppealDisposition.OTHER}, "closed"),
        ({"exemptions": [ExemptionCode.EX_5]}, "exemptions"),  # pending
        (
            {
                "closed": date(2025, 4, 1),
                "disposition": AppealDisposition.REVERSED,
                "reasons": [NonExemptionReason.NO_RECORDS],
            },
            "reasons",
        ),
        (
            {
                "closed": date(2025, 4, 1),
                "disposition": AppealDisposition.OTHER,
                "reasons": [NonExemptionReason.OTHER],
            },
            "other_reason",
        ),
        ({"extended": None}, "extended"),
    ],
)
def test_a_bad_appeal_names_its_field(kw: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidInputError) as err:
        FoiaAppealRecord(received=date(2025, 3, 3), **kw)  # type: ignore[arg-type]
    assert field in err.value.fields


# -- the policy and the statutory limits ------------------------------------------------------


def test_fiscal_year_is_october_to_september_named_by_its_end() -> None:
    # spec §A5.1: 1 October of year-1 to 30 September of year
    assert fiscal_year_bounds(2025) == (date(2024, 10, 1), date(2025, 9, 30))
    with pytest.raises(InvalidInputError):
        fiscal_year_bounds("2025")  # type: ignore[arg-type]


def test_backlog_threshold_is_20_working_days_plus_10_when_extended() -> None:
    # § 552(a)(6)(A)(i), (B)(i). Received Mon 2025-09-01 (weekends-only calendar):
    # day 20 = Mon 2025-09-29; day 30 = Mon 2025-10-13.
    p = AggregationPolicy()
    assert p.overdue(date(2025, 9, 1), date(2025, 9, 29), extended=False, calendar=CAL) is False
    assert p.overdue(date(2025, 9, 1), date(2025, 9, 30), extended=False, calendar=CAL) is True
    assert p.overdue(date(2025, 9, 1), date(2025, 10, 13), extended=True, calendar=CAL) is False
    assert p.overdue(date(2025, 9, 1), date(2025, 10, 14), extended=True, calendar=CAL) is True
    # counting the day of receipt as day 1, day 20 is Fri 2025-09-26
    q = AggregationPolicy(day_count=DayCount.INCLUDING_START)
    assert q.overdue(date(2025, 9, 1), date(2025, 9, 29), extended=False, calendar=CAL) is True
    assert q.overdue(date(2025, 9, 1), date(2025, 9, 26), extended=False, calendar=CAL) is False


def test_policy_fields_fail_closed() -> None:
    with pytest.raises(InvalidInputError, match="day_count"):
        AggregationPolicy(day_count="after_start")  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="average_places"):
        AggregationPolicy(average_places=-1)


# -- statistics against the standard library ----------------------------------------------------


@given(st.lists(st.integers(0, 600), min_size=1, max_size=60), st.integers(0, 4))
def test_statistics_match_the_standard_library(values: list[int], places: int) -> None:
    hist = Counter(values)
    assert median(hist) == Decimal(str(statistics.median(values)))
    want = Decimal(sum(values)) / Decimal(len(values))
    assert abs(average(hist, places) - want) <= Decimal(1).scaleb(-places) / 2  # type: ignore[operator]
    # buckets by plain comparison with the (e)(1)(G) increments
    edges = [(0, 20), *((a, a + 19) for a in range(21, 200, 20)), (201, 300), (301, 400)]
    got = buckets(hist)
    for i, (lo, hi) in enumerate(edges):
        assert list(got.values())[i] == sum(lo <= v <= hi for v in values)
    assert list(got.values())[-1] == sum(v > 400 for v in values)


# -- tallies: a hand-computed year ---------------------------------------------------------------


def test_a_small_year_by_hand() -> None:
    recs = [
        # pending at start (received FY2024), closed in FY: Mon 2024-09-30 -> Fri 2024-10-04 = 4 bd
        _req(
            received=date(2024, 9, 30),
            perfected=date(2024, 9, 30),
            closed=date(2024, 10, 4),
            disposition=Disposition.PARTIAL_GRANT,
            exemptions=[ExemptionCode.EX_3, ExemptionCode.EX_6],
            exemption3_statutes=["26 U.S.C. § 6103"],
            fees_collected=Decimal("12.50"),
        ),
        # closed before the FY: not counted anywhere
        _req(
            received=date(2024, 9, 2), closed=date(2024, 9, 5), disposition=Disposition.FULL_GRANT
        ),
        # received and closed the same day: 0 bd
        _req(
            received=date(2025, 3, 3),
            perfected=date(2025, 3, 3),
            closed=date(2025, 3, 3),
            disposition=Disposition.NO_RECORDS,
            exclusion_used=True,
        ),
        # pending at end, perfected, received Mon 2025-09-01: 21 bd to 30 Sep -> backlog
        _req(received=date(2025, 9, 1), perfected=date(2025, 9, 1), track=Track.COMPLEX),
        # pending at end, never perfected: in V.A and VII.E, not VII.D or backlog
        _req(received=date(2025, 9, 29)),
        # received after the FY: ignored
        _req(received=date(2025, 10, 1)),
    ]
    t = FoiaTally.of(recs, fiscal_year=FY, calendar=CAL).components["OIP"]
    assert dict(t.requests) == {
        "pending_start": 1,
        "received": 3,
        "processed": 2,
        "pending_end": 2,
        "exclusions": 1,
        "backlog": 1,
    }
    assert t.dispositions == Counter({Disposition.PARTIAL_GRANT: 1, Disposition.NO_RECORDS: 1})
    assert t.non_exemption == Counter({NonExemptionReason.NO_RECORDS: 1})
    assert t.exemptions == Counter({ExemptionCode.EX_3: 1, ExemptionCode.EX_6: 1})
    assert t.statutes == Counter({"26 U.S.C. § 6103": 1})
    assert t.fees == Decimal("12.50")
    assert t.response == Counter({(Track.SIMPLE, 4): 1, (Track.SIMPLE, 0): 1})
    assert t.granted_response == Counter({(Track.SIMPLE, 4): 1})
    assert t.pending_perfected == Counter({(Track.COMPLEX, 21): 1})
    # Mon 2025-09-29 -> Tue 30 Sep = 1 bd
    assert t.oldest == ((21, date(2025, 9, 1)), (1, date(2025, 9, 29)))


def test_expedited_and_fee_waiver_decisions_by_hand() -> None:
    recs = [
        # decided 10 calendar days after the request: within the limit (§ 552(a)(6)(E)(ii)(I))
        _req(
            track=Track.EXPEDITED,
            expedited_requested=True,
            expedited_decided=date(2025, 3, 13),
            expedited_granted=True,
        ),
        # denied after 11 days: not within
        _req(
            expedited_requested=True, expedited_decided=date(2025, 3, 14), expedited_granted=False
        ),
        # decided in the next FY: not counted
        _req(
            received=date(2025, 9, 29),
            expedited_requested=True,
            expedited_decided=date(2025, 10, 1),
            expedited_granted=False,
        ),
        _req(
            fee_waiver_requested=True, fee_waiver_decided=date(2025, 3, 5), fee_waiver_granted=True
        ),
    ]
    t = FoiaTally.of(recs, fiscal_year=FY, calendar=CAL).components["OIP"]
    assert dict(t.expedited) == {"granted": 1, "denied": 1, "within_limit": 1}
    assert t.expedited_days == Counter({10: 1, 11: 1})
    assert dict(t.fee_waivers) == {"granted": 1}
    assert t.fee_waiver_days == Counter({2: 1})  # calendar days, the default policy


def test_appeals_by_hand() -> None:
    appeal_closed = FoiaAppealRecord(
        received=date(2025, 4, 1),  # Tue -> Tue 2025-04-15 = 10 bd
        closed=date(2025, 4, 15),
        disposition=AppealDisposition.PARTIAL,
        exemptions=[ExemptionCode.EX_5],
        reasons=[NonExemptionReason.OTHER],
        other_reason="Sealed by court",
    )
    appeal_pending = FoiaAppealRecord(received=date(2025, 9, 2), extended=True)  # 20 bd to 30 Sep
    r = _req(
        closed=date(2025, 3, 20),
        disposition=Disposition.FULL_DENIAL,
        exemptions=[ExemptionCode.EX_5],
        appeals=[appeal_closed, appeal_pending],
    )
    t = FoiaTally.of([r], fiscal_year=FY, calendar=CAL).components["OIP"]
    assert dict(t.appeals) == {
        "received": 2,
        "processed": 1,
        "pending_end": 1,
    }  # 20 <= 30: no backlog
    assert t.appeal_dispositions == Counter({AppealDisposition.PARTIAL: 1})
    assert t.appeal_reasons == Counter({NonExemptionReason.OTHER: 1})
    assert t.appeal_other_reasons == Counter({"Sealed by court": 1})
    assert t.appeal_response == Counter({10: 1})
    assert t.appeal_oldest == ((20, date(2025, 9, 2)),)


def test_the_clock_start_and_day_count_policies() -> None:
    r = _req(
        received=date(2025, 3, 3),
        perfected=date(2025, 3, 5),  # Wed
        closed=date(2025, 3, 7),  # Fri
        disposition=Disposition.FULL_GRANT,
    )
    by = {
        AggregationPolicy(): 4,  # Mon -> Fri
        AggregationPolicy(clock_start=ClockStart.PERFECTED): 2,  # Wed -> Fri
        AggregationPolicy(day_count=DayCount.INCLUDING_START): 5,  # Mon counts
    }
    for policy, days in by.items():
        t = FoiaTally.of([r], fiscal_year=FY, calendar=CAL, policy=policy).components["OIP"]
        assert t.response == Counter({(Track.SIMPLE, days): 1})


def test_tally_fails_closed() -> None:
    with pytest.raises(InvalidInputError, match=r"records\[1\]"):
        FoiaTally.of([_req(), "x"], fiscal_year=FY, calendar=CAL)  # type: ignore[list-item]
    with pytest.raises(InvalidInputError, match="calendar"):
        FoiaTally.of([], fiscal_year=FY, calendar=None)  # type: ignore[arg-type]
    short = WorkCalendar.from_rules([], first=date(2025, 1, 1), last=date(2025, 12, 31))
    with pytest.raises(CalendarNotPublishedError):
        FoiaTally.of([_req(received=date(2024, 11, 1))], fiscal_year=FY, calendar=short)
    a = FoiaTally.of([], fiscal_year=FY, calendar=CAL)
    with pytest.raises(InvalidInputError, match="fiscal_year"):
        a + FoiaTally.of([], fiscal_year=FY + 1, calendar=CAL)


# -- tallies: laws ----------------------------------------------------------------------------


RECORDS = st.lists(request_records(), max_size=25)


@settings(max_examples=60, deadline=None)
@given(RECORDS, aggregation_policies())
def test_request_and_appeal_flows_hold(
    recs: list[FoiaRequestRecord], policy: AggregationPolicy
) -> None:
    # spec §A5.4 rule 1: pending at end = pending at start + received - processed
    for t in FoiaTally.of(recs, fiscal_year=FY, calendar=CAL, policy=policy).components.values():
        for c in (t.requests, t.appeals):
            assert c["pending_end"] == c["pending_start"] + c["received"] - c["processed"]
        assert t.requests["processed"] == sum(t.dispositions.values())
        assert (
            t.requests["backlog"] <= sum(t.pending_perfected.values()) <= t.requests["pending_end"]
        )


@settings(max_examples=60, deadline=None)
@given(RECORDS, st.integers(0, 25), aggregation_policies())
def test_tallies_are_a_monoid(
    recs: list[FoiaRequestRecord], cut: int, policy: AggregationPolicy
) -> None:
    def tally(rs: list[FoiaRequestRecord]) -> FoiaTally:
        return FoiaTally.of(rs, fiscal_year=FY, calendar=CAL, policy=policy)

    whole = tally(recs)
    assert tally(recs[:cut]) + tally(recs[cut:]) == whole
    assert tally(recs[cut:]) + tally(recs[:cut]) == whole
    one_by_one = tally([])
    for r in recs:
        one_by_one += tally([r])
    assert one_by_one == whole
    by_component = [tally([r for r in recs if r.component == c]) for c in ("CIV", "CRM", "OIP")]
    assert by_component[0] + by_component[1] + by_component[2] == whole


def _bd(a: date, b: date) -> int:
    """Business days x with a < x <= b, walking day by day (weekends only)."""
    n, d = 0, a
    while d < b:
        d += timedelta(days=1)
        n += d.weekday() < 5
    return n


@settings(max_examples=60, deadline=None)
@given(RECORDS)
def test_overall_against_a_plain_reference(recs: list[FoiaRequestRecord]) -> None:
    first, last = date(2024, 10, 1), date(2025, 9, 30)
    overall = FoiaTally.of(recs, fiscal_year=FY, calendar=CAL).overall()
    done = [r for r in recs if r.closed is not None and first <= r.closed <= last]
    for track in Track:
        days = [_bd(r.received, r.closed) for r in done if r.track is track and r.perfected]  # type: ignore[arg-type]
        hist = Counter({d: k for (tr, d), k in overall.response.items() if tr is track})
        if days:
            assert median(hist) == Decimal(str(statistics.median(days)))
        else:
            assert median(hist) is None
    pending = [r for r in recs if r.received <= last and (r.closed is None or r.closed > last)]
    want = sorted(
        ((_bd(r.received, last), r.received) for r in pending), key=lambda x: (-x[0], x[1])
    )
    assert list(overall.oldest) == want[:10]
    days_list = [d for d, _ in overall.oldest]
    assert days_list == sorted(days_list, reverse=True)
    assert overall.fees == sum((r.fees_collected for r in done), Decimal(0))
    assert sum(overall.exemptions.values()) == sum(len(r.exemptions) for r in done)


def test_tallies_sum_from_zero() -> None:
    # A monoid: sum() starts from the integer 0, which is the identity.
    from govdisclosure.calendar import WorkCalendar

    cal = WorkCalendar(first=date(2023, 1, 1), last=date(2026, 12, 31))
    first = FoiaRequestRecord(component="OIP", received=date(2024, 11, 4), track=Track.SIMPLE)
    second = FoiaRequestRecord(component="FBI", received=date(2025, 2, 3), track=Track.COMPLEX)
    one = FoiaTally.of([first], fiscal_year=2025, calendar=cal)
    two = FoiaTally.of([second], fiscal_year=2025, calendar=cal)
    assert (
        sum([one, two])
        == one + two
        == FoiaTally.of([first, second], fiscal_year=2025, calendar=cal)
    )
