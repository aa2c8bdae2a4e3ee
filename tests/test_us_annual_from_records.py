"""The Annual FOIA Report built from request records (``aggregate_annual_report``).

Expected values are counted by hand in the comments, on a weekends-only calendar
(business days are Monday to Friday, no holidays), for fiscal year 2025
(2024-10-01 .. 2025-09-30). A span of business days counts the days after the
start up to and including the end (the default ``DayCount.AFTER_START``).
"""

from __future__ import annotations

import statistics
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govdisclosure.calendar import WorkCalendar
from govdisclosure.errors import InvalidInputError
from govdisclosure.jurisdictions import us
from govdisclosure.jurisdictions.us.annual import (
    UNDETERMINED,
    AnnualFoiaReport,
    FoiaStaffing,
    Organization,
    ResponseDays,
    aggregate_annual_report,
    annual_report_from_tally,
)
from govdisclosure.jurisdictions.us.annual._tally_fields import FIELDS
from govdisclosure.jurisdictions.us.codes import ExemptionCode as Ex
from govdisclosure.jurisdictions.us.codes import NonExemptionReason as Why
from govdisclosure.jurisdictions.us.codes import TimeIncrement as Inc
from govdisclosure.jurisdictions.us.codes import Track
from govdisclosure.jurisdictions.us.outcomes import Disposition as Disp
from govdisclosure.jurisdictions.us.report import (
    AggregationPolicy,
    AppealDisposition,
    FoiaAppealRecord,
    FoiaRequestRecord,
    FoiaTally,
)
from govdisclosure.strategies._us_agg import COMPONENTS, aggregation_policies, request_records

CAL = WorkCalendar.from_rules([], first=date(2020, 1, 1), last=date(2030, 12, 31))
FY = 2025
AGENCY = Organization("ORG0", "DEP", "Department of Examples")
LT1 = ResponseDays.lt1()
STATUTE = "26 U.S.C. § 6103"


def days(value: str | int) -> ResponseDays:
    return ResponseDays(Decimal(value))


def rec(component: str, received: date, **kw: object) -> FoiaRequestRecord:
    kw.setdefault("track", Track.SIMPLE)
    return FoiaRequestRecord(component=component, received=received, **kw)  # type: ignore[arg-type]


def _closed(
    component: str, received: date, closed: date, disposition: Disp, **kw: object
) -> FoiaRequestRecord:
    kw.setdefault("perfected", received)
    return rec(component, received, closed=closed, disposition=disposition, **kw)


RECORDS = [
    # CIV 1: received before the year (pending at start), closed Tue 15 Oct 2024, simple:
    # Mon 16 Sep -> Tue 15 Oct = 4 + 5 + 5 + 5 + 2 = 21 business days (21-40)
    _closed("CIV", date(2024, 9, 16), date(2024, 10, 15), Disp.FULL_GRANT),
    # CIV 2: answered the day it came (0 days -> LT1), a full denial on Ex. 3 and Ex. 6;
    # appealed Mon 10 Mar, affirmed Mon 24 Mar on Ex. 6 (10 business days)
    _closed(
        "CIV",
        date(2025, 3, 3),
        date(2025, 3, 3),
        Disp.FULL_DENIAL,
        exemptions=(Ex.EX_6, Ex.EX_3),
        exemption3_statutes=(STATUTE,),
        appeals=(
            FoiaAppealRecord(
                received=date(2025, 3, 10),
                closed=date(2025, 3, 24),
                disposition=AppealDisposition.AFFIRMED,
                exemptions=(Ex.EX_6,),
            ),
        ),
    ),
    # CIV 3: complex, no records, Mon 3 Mar -> Mon 10 Mar = 5 days
    _closed("CIV", date(2025, 3, 3), date(2025, 3, 10), Disp.NO_RECORDS, track=Track.COMPLEX),
    # CIV 4: complex, pending at 30 Sep: Tue 2 Sep -> Tue 30 Sep = 3 + 5 + 5 + 5 + 2 = 20 days
    # (due on 30 Sep itself: not backlogged)
    rec("CIV", date(2025, 9, 2), track=Track.COMPLEX, perfected=date(2025, 9, 2)),
    # CIV 5: simple, pending: Fri 1 Aug -> Tue 30 Sep = 8 weeks + 2 = 42 days (backlogged)
    rec("CIV", date(2025, 8, 1), perfected=date(2025, 8, 1)),
    # OIP 6: partial grant on Ex. 5, Mon 4 Nov -> Mon 18 Nov = 10 days; a fee waiver denied
    # on Thu 14 Nov (10 calendar days); $10.50 collected; an exclusion used
    _closed(
        "OIP",
        date(2024, 11, 4),
        date(2024, 11, 18),
        Disp.PARTIAL_GRANT,
        exemptions=(Ex.EX_5,),
        fee_waiver_requested=True,
        fee_waiver_decided=date(2024, 11, 14),
        fee_waiver_granted=False,
        fees_collected=Decimal("10.50"),
        exclusion_used=True,
    ),
    # OIP 7: full grant, Mon 2 Dec -> Wed 4 Dec = 2 days; $25.00
    _closed(
        "OIP",
        date(2024, 12, 2),
        date(2024, 12, 4),
        Disp.FULL_GRANT,
        fees_collected=Decimal("25.00"),
    ),
    # OIP 8: closed for another reason, never perfected (not in section VII)
    rec(
        "OIP",
        date(2025, 1, 6),
        closed=date(2025, 1, 6),
        disposition=Disp.OTHER,
        other_reason="Sealed by court",
    ),
    # OIP 9: expedited: decided Wed 7 May (2 calendar days, granted); Mon 5 May -> Mon 19 May
    # = 10 business days
    _closed(
        "OIP",
        date(2025, 5, 5),
        date(2025, 5, 19),
        Disp.FULL_GRANT,
        track=Track.EXPEDITED,
        expedited_requested=True,
        expedited_decided=date(2025, 5, 7),
        expedited_granted=True,
    ),
    # received after the year: not counted at all
    rec("OIP", date(2025, 10, 1)),
]


@pytest.fixture(scope="module")
def report() -> AnnualFoiaReport:
    return aggregate_annual_report(RECORDS, fiscal_year=FY, calendar=CAL, agency=AGENCY)


def test_organisations(report: AnnualFoiaReport) -> None:
    assert report.fiscal_year == FY
    assert report.agency == AGENCY
    assert report.components == (Organization("ORG1", "CIV"), Organization("ORG2", "OIP"))


def test_va_flow(report: AnnualFoiaReport) -> None:
    rows = {org: report.row("V.A", org).values for org in ("ORG1", "ORG2", "ORG0")}  # type: ignore[union-attr]
    assert rows == {
        "ORG1": (("pending_start", 1), ("received", 4), ("processed", 3), ("pending_end", 2)),
        "ORG2": (("pending_start", 0), ("received", 4), ("processed", 4), ("pending_end", 0)),
        "ORG0": (("pending_start", 1), ("received", 8), ("processed", 7), ("pending_end", 2)),
    }


def _reasons(**nonzero: int) -> tuple[tuple[Why, int], ...]:
    reasons = [r for r in Why if r is not Why.EXPEDITED_DENIAL]
    return tuple((r, nonzero.get(r.name, 0)) for r in reasons)


def test_vb1_dispositions(report: AnnualFoiaReport) -> None:
    civ = report.row("V.B(1)", "ORG1")
    assert civ is not None
    assert civ.values == (
        ("full_grant", 1),
        ("partial_grant", 0),
        ("full_denial", 1),
        ("non_exemption", _reasons(NO_RECORDS=1)),
        ("total", 3),
    )
    assert report.value("V.B(1)", "ORG2", "non_exemption") == _reasons(OTHER=1)
    assert [
        report.value("V.B(1)", "ORG0", f) for f in ("full_grant", "partial_grant", "total")
    ] == [
        3,
        1,
        7,
    ]


def test_vb2_vb3_and_statutes(report: AnnualFoiaReport) -> None:
    assert report.section("V.B(2)").rows_of("ORG1")[0].values == (("total", 0),)  # type: ignore[union-attr]
    assert report.value("V.B(2)", "ORG2", "reasons") == (("Sealed by court", 1),)
    assert report.value("V.B(2)", "ORG0", "total") == 1
    civ = dict(report.value("V.B(3)", "ORG1", "exemptions"))  # type: ignore[arg-type]
    assert {k: v for k, v in civ.items() if v} == {Ex.EX_3: 1, Ex.EX_6: 1}
    assert len(civ) == len(Ex)  # every exemption listed, 0 included
    overall = dict(report.value("V.B(3)", "ORG0", "exemptions"))  # type: ignore[arg-type]
    assert {k: v for k, v in overall.items() if v} == {Ex.EX_3: 1, Ex.EX_5: 1, Ex.EX_6: 1}
    iv = report.section("IV")
    assert iv is not None
    assert [r.get("description") for r in iv.rows] == [STATUTE]
    assert [(link.org, link.get("quantity")) for link in iv.links] == [("ORG1", 1), ("ORG0", 1)]


def test_viic_increments(report: AnnualFoiaReport) -> None:
    civ = dict(report.value("VII.C(1)", "ORG1", "increments"))  # type: ignore[arg-type]
    assert civ[Inc.DAYS_1_20] == 1  # 0 days counts in 1-20
    assert civ[Inc.DAYS_21_40] == 1
    assert sum(civ.values()) == 2
    assert report.value("VII.C(1)", "ORG1", "total") == 2
    assert report.value("VII.C(2)", "ORG1", "total") == 1
    assert report.value("VII.C(3)", "ORG1", "total") == 0
    assert report.value("VII.C(1)", "ORG2", "total") == 2  # OIP 8 was never perfected
    assert report.value("VII.C(3)", "ORG2", "total") == 1
    overall = dict(report.value("VII.C(1)", "ORG0", "increments"))  # type: ignore[arg-type]
    assert {k: v for k, v in overall.items() if v} == {Inc.DAYS_1_20: 3, Inc.DAYS_21_40: 1}


def test_viia_response_times(report: AnnualFoiaReport) -> None:
    # CIV simple: 21 and 0 days; complex: 5
    civ = report.row("VII.A", "ORG1")
    assert civ is not None
    assert civ.values == (
        ("simple.median", days("10.5")),
        ("simple.average", days("10.50")),
        ("simple.lowest", LT1),
        ("simple.highest", days(21)),
        ("complex.median", days(5)),
        ("complex.average", days("5.00")),
        ("complex.lowest", days(5)),
        ("complex.highest", days(5)),
    )  # no expedited request: N/A, absent
    # OIP simple: 10 and 2 days; expedited: 10
    assert report.value("VII.A", "ORG2", "simple.median") == days(6)
    assert report.value("VII.A", "ORG2", "expedited.average") == days("10.00")
    # overall simple: 0, 2, 10, 21: median (2 + 10) / 2 = 6, average 33 / 4 = 8.25
    assert report.value("VII.A", "ORG0", "simple.median") == days(6)
    assert report.value("VII.A", "ORG0", "simple.average") == days("8.25")
    assert report.value("VII.A", "ORG0", "simple.lowest") == LT1
    # VII.B: granted only: CIV simple 21 (CIV 2 was a denial); CIV complex none: N/A
    assert report.value("VII.B", "ORG1", "simple.median") == days(21)
    assert report.value("VII.B", "ORG1", "complex.median") is None


def test_overall_median_is_of_items_not_of_medians(report: AnnualFoiaReport) -> None:
    medians = [report.value("VII.A", o, "simple.median") for o in ("ORG1", "ORG2")]
    assert medians == [days("10.5"), days(6)]
    average_of_medians = (Decimal("10.5") + 6) / 2  # 8.25
    items = [0, 21, 10, 2]
    assert report.value("VII.A", "ORG0", "simple.median") == days(statistics.median(items))
    assert Decimal(statistics.median(items)) != average_of_medians


def test_pending_oldest_backlog(report: AnnualFoiaReport) -> None:
    civ = report.row("VII.D", "ORG1")
    assert civ is not None
    assert civ.values == (
        ("simple.pending", 1),
        ("simple.median", Decimal(42)),
        ("simple.average", Decimal("42.00")),
        ("complex.pending", 1),
        ("complex.median", Decimal(20)),
        ("complex.average", Decimal("20.00")),
        ("expedited.pending", 0),
    )
    assert report.value("VII.E", "ORG1", "items") == (
        (date(2025, 8, 1), 42),
        (date(2025, 9, 2), 20),
    )
    assert report.row("VII.E", "ORG2") is None  # nothing pending: no row
    assert report.row("XII.A", "ORG1").values == (("requests", 1), ("appeals", 0))  # type: ignore[union-attr]
    assert report.row("XII.A", "ORG2").values == (("requests", 0),)  # type: ignore[union-attr]
    assert report.value("XII.D(2)", "ORG0", "current") == 1


def test_appeals_only_where_handled(report: AnnualFoiaReport) -> None:
    assert report.row("VI.A", "ORG2") is None  # OIP had no appeals
    assert report.row("VI.A", "ORG1").values == (  # type: ignore[union-attr]
        ("pending_start", 0),
        ("received", 1),
        ("processed", 1),
        ("pending_end", 0),
    )
    assert report.value("VI.B", "ORG0", "affirmed") == 1
    assert dict(report.value("VI.C(1)", "ORG1", "exemptions"))[Ex.EX_6] == 1  # type: ignore[arg-type]
    assert report.value("VI.C(4)", "ORG1", "median") == days(10)
    assert report.value("XII.E(1)", "ORG1", "processed_current") == 1
    assert report.row("XII.E(1)", "ORG2") is None


def test_decisions_fees_exclusions(report: AnnualFoiaReport) -> None:
    assert report.row("VIII.A", "ORG2").values == (  # type: ignore[union-attr]
        ("granted", 1),
        ("denied", 0),
        ("median", Decimal(2)),
        ("average", Decimal("2.00")),
        ("within_ten", 1),
    )
    assert report.row("VIII.A", "ORG1").values == (  # type: ignore[union-attr]
        ("granted", 0),
        ("denied", 0),
        ("within_ten", 0),
    )
    assert report.value("VIII.B", "ORG2", "median") == Decimal(10)
    assert report.value("X", "ORG2", "fees") == Decimal("35.50")
    assert report.value("X", "ORG0", "fees") == Decimal("35.50")
    assert report.value("X", "ORG0", "percent") is None  # no staffing: no percentage
    assert report.value("XI.A", "ORG2", "times_used") == 1
    assert report.value("XI.A", "ORG1", "times_used") == 0


def test_sections_records_cannot_give_are_absent(report: AnnualFoiaReport) -> None:
    for sid in ("IX", "XI.B", "XII.B", "XII.C"):
        assert report.section(sid) is None
    assert report.value("XII.D(1)", "ORG0", "received_last") is None
    assert report.value("XII.D(1)", "ORG0", "received_current") == 8


def test_hand_made_report_is_consistent(report: AnnualFoiaReport) -> None:
    assert [f for f in report.validate() if not f.rule.endswith(UNDETERMINED)] == []


def test_row_ids_unique_per_section(report: AnnualFoiaReport) -> None:
    for section in report.sections:
        ids = [r.id for r in section.rows]
        assert len(ids) == len(set(ids)), section.id


# -- staffing and last year -------------------------------------------------------------------


def test_staffing_fills_ix_and_the_fee_percentage() -> None:
    staffing = {
        "CIV": FoiaStaffing(full_time=Decimal(1), processing_cost=Decimal("1000.00")),
        "OIP": FoiaStaffing(equivalent=Decimal("0.5"), processing_cost=Decimal("300.00")),
    }
    rep = aggregate_annual_report(
        RECORDS, fiscal_year=FY, calendar=CAL, agency=AGENCY, staffing=staffing
    )
    assert rep.value("IX", "ORG0", "total_staff") == Decimal("1.5")
    assert rep.value("IX", "ORG0", "processing_cost") == Decimal("1300.00")
    # OIP: 35.50 / 300 = 11.833 % -> 11.83; overall 35.50 / 1300 = 2.7307 % -> 2.73
    assert rep.value("X", "ORG2", "percent") == Decimal("11.83")
    assert rep.value("X", "ORG0", "percent") == Decimal("2.73")
    assert rep.value("X", "ORG1", "percent") == Decimal(0)
    assert [f for f in rep.validate() if not f.rule.endswith(UNDETERMINED)] == []
    assert not [f for f in rep.validate() if f.rule.startswith(("us.IX", "us.X."))]


def test_staffing_must_name_every_component() -> None:
    with pytest.raises(InvalidInputError) as info:
        aggregate_annual_report(
            RECORDS,
            fiscal_year=FY,
            calendar=CAL,
            agency=AGENCY,
            staffing={"CIV": FoiaStaffing()},
        )
    assert info.value.field == "staffing"
    with pytest.raises(InvalidInputError):
        FoiaStaffing(full_time=Decimal(-1))


def test_previous_fills_last_year_columns(report: AnnualFoiaReport) -> None:
    records = [rec(r.component, r.received.replace(year=r.received.year + 1)) for r in RECORDS[:9]]
    nxt = aggregate_annual_report(
        records, fiscal_year=FY + 1, calendar=CAL, agency=AGENCY, previous=report
    )
    assert nxt.value("XII.D(1)", "ORG0", "received_last") == 8
    assert nxt.value("XII.D(1)", "ORG1", "processed_last") == 3
    assert nxt.value("XII.D(2)", "ORG1", "last") == 1
    year_rules = [f for f in nxt.validate(previous=report) if "XII" in f.rule]
    assert [f for f in year_rules if not f.rule.endswith(UNDETERMINED)] == []
    with pytest.raises(InvalidInputError) as info:
        aggregate_annual_report(records, fiscal_year=FY, calendar=CAL, agency=AGENCY, previous=nxt)
    assert info.value.field == "previous"


# -- components --------------------------------------------------------------------------------


def test_single_component_reports_the_agencys_row_only() -> None:
    civ = [r for r in RECORDS if r.component == "CIV"]
    rep = aggregate_annual_report(civ, fiscal_year=FY, calendar=CAL, agency=AGENCY)
    assert rep.components == ()
    assert rep.single_component
    for section in rep.sections:
        assert {link.org for link in section.links} == {"ORG0"}, section.id
    assert rep.value("V.A", "ORG0", "received") == 4
    assert rep.value("VII.A", "ORG0", "simple.median") == days("10.5")
    assert [link.org for link in rep.section("IV").links] == ["ORG0"]  # type: ignore[union-attr]
    assert [f for f in rep.validate() if not f.rule.endswith(UNDETERMINED)] == []


def test_components_given_name_the_organisations_and_may_have_no_records() -> None:
    orgs = {
        "OIP": Organization("C1", "OIP", "Office of Information Policy"),
        "CIV": Organization("C2", "CIV"),
        "ATR": Organization("C3", "ATR"),
    }
    rep = aggregate_annual_report(
        RECORDS, fiscal_year=FY, calendar=CAL, agency=AGENCY, components=orgs
    )
    assert [c.id for c in rep.components] == ["C1", "C2", "C3"]
    assert rep.value("V.A", "C3", "received") == 0
    assert rep.value("VII.A", "C3", "simple.median") is None
    assert rep.value("V.A", "C2", "received") == 4
    with pytest.raises(InvalidInputError) as info:
        aggregate_annual_report(
            RECORDS, fiscal_year=FY, calendar=CAL, agency=AGENCY, components={"CIV": orgs["CIV"]}
        )
    assert (info.value.field, info.value.value) == ("components", ["OIP"])


def test_no_records() -> None:
    rep = aggregate_annual_report([], fiscal_year=FY, calendar=CAL, agency=AGENCY)
    assert rep.components == ()
    assert rep.value("V.A", "ORG0", "processed") == 0
    assert rep.section("VII.A") is None
    assert [f for f in rep.validate() if not f.rule.endswith(UNDETERMINED)] == []


def test_bad_arguments_fail_closed() -> None:
    tally = FoiaTally.of(RECORDS, fiscal_year=FY, calendar=CAL)
    with pytest.raises(InvalidInputError) as info:
        annual_report_from_tally(tally, agency="DEP")  # type: ignore[arg-type]
    assert info.value.field == "agency"
    with pytest.raises(InvalidInputError) as info:
        annual_report_from_tally(RECORDS, agency=AGENCY)  # type: ignore[arg-type]
    assert info.value.field == "tally"
    with pytest.raises(InvalidInputError):  # the agency's id clashes with a component's
        annual_report_from_tally(tally, agency=Organization("ORG1"))


def test_exports_and_one_implementation() -> None:
    assert us.aggregate_annual_report is aggregate_annual_report
    tally = FoiaTally.of(RECORDS, fiscal_year=FY, calendar=CAL)
    assert annual_report_from_tally(tally, agency=AGENCY) == aggregate_annual_report(
        RECORDS, fiscal_year=FY, calendar=CAL, agency=AGENCY
    )


def test_fields_table_names_real_fields() -> None:
    from govdisclosure.jurisdictions.us.annual import SECTION_BY_ID

    for sid, fields in FIELDS.items():
        names = [f.name for f in SECTION_BY_ID[sid].fields]
        assert [n for n, _ in fields] == [n for n in names if n in dict(fields)], sid


# -- properties ------------------------------------------------------------------------------

NOT_AVERAGE = "overall-median-not-average"
"""The DOJ form's heuristic that the overall median is not the plain average of the
components' medians. Computed from the items, it can be, legitimately: two components
with one item each (1 and 3 days: each median is the item, the overall median of
{1, 3} is 2, their average). Not an identity, so set aside here, and shown below."""

_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


_MONEY = st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False)
# some staff and some processing cost: rule 12 (staff and costs where requests were processed)
# is a fact about the agency's inputs, not an identity of the records
_STAFFING = st.builds(
    FoiaStaffing,
    full_time=st.integers(1, 20).map(Decimal),
    equivalent=st.decimals(min_value=0, max_value=5, places=1, allow_nan=False),
    processing_cost=st.decimals(min_value="0.01", max_value=10**6, places=2, allow_nan=False),
    litigation_cost=_MONEY,
)


@_SETTINGS
@given(
    st.lists(request_records(), max_size=25),
    aggregation_policies(),
    st.none() | st.fixed_dictionaries(dict.fromkeys(COMPONENTS, _STAFFING)),
)
def test_aggregated_reports_break_no_rule(
    records: list[FoiaRequestRecord],
    policy: AggregationPolicy,
    staffing: dict[str, FoiaStaffing] | None,
) -> None:
    names = {r.component for r in records if r.received <= date(2025, 9, 30)}
    rep = aggregate_annual_report(
        records,
        fiscal_year=FY,
        calendar=CAL,
        agency=AGENCY,
        policy=policy,
        staffing=None if staffing is None else {n: staffing[n] for n in names},
    )
    broken = [
        f for f in rep.validate() if not f.rule.endswith(UNDETERMINED) and NOT_AVERAGE not in f.rule
    ]
    assert broken == []


@_SETTINGS
@given(st.lists(request_records(), max_size=25), aggregation_policies())
def test_aggregated_reports_round_trip(
    records: list[FoiaRequestRecord], policy: AggregationPolicy
) -> None:
    rep = aggregate_annual_report(
        records, fiscal_year=FY, calendar=CAL, agency=AGENCY, policy=policy
    )
    assert AnnualFoiaReport.from_xml(rep.to_xml()) == rep


@_SETTINGS
@given(st.lists(request_records(), max_size=25))
def test_overall_medians_are_those_of_all_items(records: list[FoiaRequestRecord]) -> None:
    rep = aggregate_annual_report(records, fiscal_year=FY, calendar=CAL, agency=AGENCY)
    tally = FoiaTally.of(records, fiscal_year=FY, calendar=CAL)
    for track in Track:
        items = [
            d
            for t in tally.components.values()
            for (tr, d), k in t.response.items()
            if tr is track
            for _ in range(k)
        ]
        got = rep.value("VII.A", "ORG0", f"{track.value}.median")
        if not items:
            assert got is None
        else:
            expected = Decimal(str(statistics.median(items)))
            assert got == (LT1 if expected < 1 else ResponseDays(expected))


@_SETTINGS
@given(st.lists(request_records(), max_size=25))
def test_tally_pieces_give_the_same_report(records: list[FoiaRequestRecord]) -> None:
    half = len(records) // 2
    pieces = FoiaTally.of(records[:half], fiscal_year=FY, calendar=CAL) + FoiaTally.of(
        records[half:], fiscal_year=FY, calendar=CAL
    )
    whole = aggregate_annual_report(records, fiscal_year=FY, calendar=CAL, agency=AGENCY)
    assert annual_report_from_tally(pieces, agency=AGENCY) == whole


def test_not_average_rule_fires_on_a_true_median() -> None:
    records = [
        _closed("CIV", date(2025, 3, 3), date(2025, 3, 4), Disp.FULL_GRANT),  # 1 day
        _closed("OIP", date(2025, 3, 3), date(2025, 3, 6), Disp.FULL_GRANT),  # 3 days
    ]
    rep = aggregate_annual_report(records, fiscal_year=FY, calendar=CAL, agency=AGENCY)
    assert rep.value("VII.A", "ORG0", "simple.median") == days(2)  # median of {1, 3}
    broken = {f.rule for f in rep.validate() if not f.rule.endswith(UNDETERMINED)}
    assert broken == {
        "us.VII.A.overall-median-not-average",
        "us.VII.B.overall-median-not-average",  # both were grants
    }
