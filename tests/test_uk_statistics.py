"""The Cabinet Office FOI statistics: records, tables counted by hand, the published path, laws.

The hand-made log below (two bodies, 2020 Q2, one record before and one after
the quarter) is counted by hand in the comments; the expected tables are
written from those counts, never from the code's output.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govdisclosure.errors import InvalidInputError, UnknownLabelError
from govdisclosure.jurisdictions import uk
from govdisclosure.jurisdictions.uk import Act
from govdisclosure.jurisdictions.uk.statistics import (
    ALL_BODIES_LABEL,
    COUNT_TABLES,
    EXEMPTION_COLUMNS,
    PERCENT_TABLES,
    Outcome,
    Overall,
    Refusal,
    ReviewOutcome,
    StatisticsPolicy,
    Status,
    Timeliness,
    UkFoiRecord,
    UkFoiStatistics,
    WithheldReason,
    aggregate_statistics,
    exemption_column,
    quarter_bounds,
    statistics_schema,
)
from govdisclosure.serialization import from_json, to_json
from govdisclosure.strategies import uk_foi_records, uk_foi_statistics, uk_statistics_policies

ALL = Overall.ALL_BODIES
D = date


def rec(body: str, received: date, due: date, status: Status, **kw: object) -> UkFoiRecord:
    act = kw.pop("act", Act.FOIA)
    return UkFoiRecord(body=body, act=act, received=received, due=due, status=status, **kw)  # type: ignore[arg-type]


R = Status.REPLIED
LOG = [
    # HMT
    rec("HMT", D(2020, 4, 1), D(2020, 4, 29), R, replied=D(2020, 4, 20),
        outcome=Outcome.GRANTED_IN_FULL),  # r1: within 20 days
    rec("HMT", D(2020, 4, 2), D(2020, 4, 30), R, replied=D(2020, 5, 20),
        extended_due=D(2020, 5, 28), outcome=Outcome.PARTIALLY_WITHHELD,
        exemptions=("s.40(2)", "s.43(2)"), review_requested=True,
        review_outcome=ReviewOutcome.UPHELD_IN_FULL),  # r2: within the PIT extension
    rec("HMT", D(2020, 5, 1), D(2020, 5, 29), R, replied=D(2020, 6, 5),
        outcome=Outcome.WITHHELD_IN_FULL, refusal=Refusal.COST_LIMIT, exemptions=("s.21",),
        review_requested=True),  # r3: late; cost limit (and s.21); review pending
    rec("HMT", D(2020, 6, 1), D(2020, 6, 29), Status.ON_HOLD, act=Act.EIR),  # r4
    rec("HMT", D(2020, 6, 10), D(2020, 7, 8), Status.NOT_YET_PROCESSED,
        extended_due=D(2020, 8, 5)),  # r5: extended, not yet processed
    rec("HMT", D(2020, 3, 31), D(2020, 4, 28), R, replied=D(2020, 4, 1),
        outcome=Outcome.GRANTED_IN_FULL),  # r6: Q1, not counted
    # DfE
    rec("DfE", D(2020, 4, 15), D(2020, 5, 14), R, act=Act.EIR, replied=D(2020, 5, 14),
        outcome=Outcome.WITHHELD_IN_FULL, exemptions=("reg 12(5)(e)", "reg 13(1)"),
        review_requested=True, review_outcome=ReviewOutcome.OVERTURNED),  # r7: on the due day
    rec("DfE", D(2020, 4, 20), D(2020, 5, 18), Status.WITHDRAWN_OR_LAPSED),  # r8
    rec("DfE", D(2020, 5, 5), D(2020, 6, 2), R, replied=D(2020, 6, 3),
        outcome=Outcome.NOT_HELD),  # r9: a day late
    rec("DfE", D(2020, 6, 30), D(2020, 7, 28), R, replied=D(2020, 7, 1),
        outcome=Outcome.ADVICE_AND_ASSISTANCE),  # r10: within 20 days
    rec("DfE", D(2020, 5, 6), D(2020, 6, 3), R, replied=D(2020, 6, 20),
        extended_due=D(2020, 6, 17), outcome=Outcome.WITHHELD_IN_FULL,
        refusal=Refusal.VEXATIOUS_OR_REPEATED),  # r11: late even after its extension
    rec("DfE", D(2020, 7, 1), D(2020, 7, 29), Status.ON_HOLD),  # r12: Q3, not counted
]  # fmt: skip

# Counted by hand from the comments above.
EXPECTED: dict[str, dict[object, list[int]]] = {
    # received, replied, on hold, lapsed, not yet processed, of which EIR
    "table1": {"HMT": [5, 3, 1, 0, 1, 1], "DfE": [5, 4, 0, 1, 0, 1], ALL: [10, 7, 1, 1, 1, 2]},
    # replied, within 20, within extension, late, not yet answered
    "table3": {"HMT": [3, 1, 1, 1, 2], "DfE": [4, 2, 0, 2, 0], ALL: [7, 3, 1, 3, 2]},
    # received, resolvable, granted, partially, withheld, pending, not held, advice, lapsed
    "table5": {
        "HMT": [5, 5, 1, 1, 1, 2, 0, 0, 0],
        "DfE": [5, 2, 0, 0, 2, 0, 1, 1, 1],
        ALL: [10, 7, 1, 1, 3, 2, 1, 1, 1],
    },
    # withheld, cost limit, vexatious or repeated, exemptions
    "withheld_reasons": {"HMT": [2, 1, 0, 1], "DfE": [2, 0, 1, 1], ALL: [4, 1, 1, 2]},
    # requested, upheld in full, upheld in part, overturned, pending
    "internal_reviews": {"HMT": [2, 1, 0, 0, 1], "DfE": [1, 0, 0, 1, 0], ALL: [3, 1, 0, 1, 1]},
    # extended, FOIA PIT, EIR reg 7
    "extensions": {"HMT": [2, 2, 0], "DfE": [1, 1, 0], ALL: [3, 3, 0]},
}
EXEMPTIONS_USED = {
    "HMT": {"s.21": 1, "s.40": 1, "s.43": 1},
    "DfE": {"reg 12(5)(e)": 1, "reg 13": 1},
    ALL: {"s.21": 1, "s.40": 1, "s.43": 1, "reg 12(5)(e)": 1, "reg 13": 1},
}


def row(stats: UkFoiStatistics, table: str, body: object) -> list[object]:
    t = stats.table(table)
    return [t[body, c] for c in t.columns]


# -- records ---------------------------------------------------------------------------------


def test_a_valid_record_and_its_verdicts():
    r = LOG[1]
    assert r.timeliness is Timeliness.WITHIN_EXTENSION
    assert r.withheld_reason is WithheldReason.EXEMPTIONS
    assert r.exemption_columns == ("s.40", "s.43")
    assert LOG[0].timeliness is Timeliness.WITHIN_20_DAYS
    assert LOG[2].timeliness is Timeliness.LATE
    assert LOG[2].withheld_reason is WithheldReason.COST_LIMIT
    assert LOG[3].timeliness is None
    assert LOG[3].withheld_reason is None
    assert LOG[6].timeliness is Timeliness.WITHIN_20_DAYS  # replied on the due day
    assert LOG[10].timeliness is Timeliness.LATE  # after the extension too
    assert LOG[10].withheld_reason is WithheldReason.VEXATIOUS_OR_REPEATED


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"replied": D(2020, 3, 30)}, "replied"),  # before received
        ({"status": Status.ON_HOLD, "replied": D(2020, 4, 2)}, "replied"),
        ({"replied": None}, "replied"),
        ({"outcome": None}, "outcome"),
        ({"status": Status.ON_HOLD, "replied": None}, "outcome"),  # outcome without a reply
        ({"act": Act.FOISA}, "act"),
        ({"act": "foia"}, "act"),
        ({"body": " HMT"}, "body"),
        ({"body": ""}, "body"),
        ({"due": D(2020, 3, 31)}, "due"),
        ({"extended_due": D(2020, 4, 29)}, "extended_due"),  # not after the due date
        ({"received": "2020-04-01"}, "received"),
        ({"status": "replied"}, "status"),
        ({"refusal": Refusal.COST_LIMIT}, "refusal"),  # granted in full: nothing withheld
        ({"exemptions": ("s.40(2)",)}, "exemptions"),  # granted in full
        ({"outcome": Outcome.WITHHELD_IN_FULL}, "outcome"),  # no reason given
        ({"outcome": Outcome.WITHHELD_IN_FULL, "exemptions": ("s.45",)}, "exemptions[0]"),
        ({"outcome": Outcome.WITHHELD_IN_FULL, "exemptions": ("reg 13",)}, "exemptions[0]"),
        ({"outcome": Outcome.WITHHELD_IN_FULL, "exemptions": ("s.40", "s.40")}, "exemptions"),
        ({"outcome": Outcome.WITHHELD_IN_FULL, "exemptions": (40,)}, "exemptions[0]"),
        ({"outcome": Outcome.WITHHELD_IN_FULL, "exemptions": "s.40(2)"}, "exemptions"),
        ({"outcome": Outcome.WITHHELD_IN_FULL, "exemptions": 40}, "exemptions"),
        ({"review_outcome": ReviewOutcome.OVERTURNED}, "review_outcome"),
        ({"review_requested": 1}, "review_requested"),
        ({"status": Status.ON_HOLD, "replied": None, "outcome": None, "review_requested": True},
         "review_requested"),
    ],
)  # fmt: skip
def test_a_bad_record_names_its_field(kw, field):
    base = {
        "body": "HMT",
        "act": Act.FOIA,
        "received": D(2020, 4, 1),
        "due": D(2020, 4, 29),
        "status": R,
        "replied": D(2020, 4, 20),
        "outcome": Outcome.GRANTED_IN_FULL,
    }
    with pytest.raises(InvalidInputError) as err:
        UkFoiRecord(**{**base, **kw})
    assert field in err.value.fields


def test_an_eir_refusal_is_not_s12():
    with pytest.raises(InvalidInputError) as err:
        rec("DfE", D(2020, 4, 1), D(2020, 4, 29), R, act=Act.EIR, replied=D(2020, 4, 2),
            outcome=Outcome.WITHHELD_IN_FULL, refusal=Refusal.COST_LIMIT)  # fmt: skip
    assert err.value.fields == ("refusal",)


def test_every_bad_field_at_once():
    with pytest.raises(InvalidInputError) as err:
        rec("HMT", D(2020, 4, 10), D(2020, 4, 9), R, replied=D(2020, 4, 1))
    assert set(err.value.fields) == {"due", "replied", "outcome"}


@pytest.mark.parametrize(
    ("text", "act", "column"),
    [
        ("s.21", Act.FOIA, "s.21"),
        ("s.22A", Act.FOIA, "s.22A"),
        ("s.31(1)(a)", Act.FOIA, "s.31"),
        ("s.44", Act.FOIA, "s.44"),
        ("s.25", Act.FOIA, None),  # supplemental, not an exemption
        ("s.20", Act.FOIA, None),
        ("s.45", Act.FOIA, None),
        ("s 40(2)", Act.FOIA, None),
        ("reg 12(4)(b)", Act.EIR, "reg 12(4)(b)"),
        ("reg 12(4)(f)", Act.EIR, None),
        ("reg 12(5)(g)", Act.EIR, "reg 12(5)(g)"),
        ("reg 13(1)", Act.EIR, "reg 13"),
        ("reg 14", Act.EIR, None),
        ("s.40(2)", Act.EIR, None),
        ("s.40(2)", Act.FOISA, None),
    ],
)
def test_exemption_columns(text, act, column):
    assert exemption_column(text, act) == column
    if column is not None:
        assert column in EXEMPTION_COLUMNS


def test_quarters():
    assert quarter_bounds(2020, 1) == (D(2020, 1, 1), D(2020, 3, 31))
    assert quarter_bounds(2020, 4) == (D(2020, 10, 1), D(2020, 12, 31))
    for bad in ({"year": 2020, "quarter": 5}, {"year": 2004, "quarter": 1},
                {"year": 2020.0, "quarter": 1}):  # fmt: skip
        with pytest.raises(InvalidInputError):
            quarter_bounds(**bad)  # type: ignore[arg-type]


# -- the hand-counted tables ----------------------------------------------------------------


@pytest.fixture(scope="module")
def stats() -> UkFoiStatistics:
    return aggregate_statistics(LOG, year=2020, quarter=2)


def test_the_bodies_are_those_with_requests_in_the_quarter(stats):
    assert stats.bodies == ("DfE", "HMT")
    assert stats.table("table1").rows == ("DfE", "HMT", ALL)


@pytest.mark.parametrize("table", sorted(EXPECTED))
def test_hand_counted_tables(stats, table):
    for body, expected in EXPECTED[table].items():
        assert row(stats, table, body) == expected, body


def test_hand_counted_exemptions(stats):
    t = stats.table("exemptions")
    for body, used in EXEMPTIONS_USED.items():
        assert {c: t[body, c] for c in t.columns if t[body, c]} == used
        assert all(t[body, c] == 0 for c in t.columns if c not in used)  # real zeros


def test_records_counted_are_valid(stats):
    assert stats.validate() == ()


def test_hand_computed_percentages(stats):
    p = stats.percentages()
    # in time: HMT 2/3 = 66.7 -> 67; DfE 2/4 = 50; all 4/7 = 57.1 -> 57
    assert [p["table4"][b, "in_time"] for b in ("HMT", "DfE", ALL)] == [67, 50, 57]
    # granted in full of resolvable: HMT 1/5, DfE 0/2, all 1/7 = 14.3 -> 14
    assert [p["table6a"][b, "granted_in_full"] for b in ("HMT", "DfE", ALL)] == [20, 0, 14]
    reasons = p["withheld_reasons_pct"]
    assert [reasons[ALL, c] for c in reasons.columns] == [25, 25, 50]
    assert [reasons["HMT", c] for c in reasons.columns] == [50, 0, 50]
    assert all(isinstance(v, Decimal) for v in p["table4"].values)


def test_hand_computed_table_6b(stats):
    p = stats.percentages()["table6b"]
    # resolvable less s.12 and s.14 refusals: HMT 5 - 1 = 4, DfE 2 - 1 = 1, all 7 - 2 = 5
    assert [p[b, "granted_in_full"] for b in ("HMT", "DfE", ALL)] == [25, 0, 20]
    cost_only = StatisticsPolicy(procedural_refusals=(WithheldReason.COST_LIMIT,))
    s = aggregate_statistics(LOG, year=2020, quarter=2, policy=cost_only)
    assert s.percentages()["table6b"][ALL, "granted_in_full"] == 17  # 1 / (7 - 1)
    none = StatisticsPolicy(procedural_refusals=())
    s = aggregate_statistics(LOG, year=2020, quarter=2, policy=none)
    p = s.percentages()
    assert p["table6b"].values == p["table6a"].values  # nothing taken off: 6b is 6a


def test_a_percentage_of_nothing_is_blank_not_zero():
    only = [LOG[3]]  # on hold: nothing replied, nothing withheld
    p = aggregate_statistics(only, year=2020, quarter=2).percentages()
    assert p["table4"]["HMT", "in_time"] is None
    assert p["withheld_reasons_pct"][ALL, "cost_limit"] is None
    assert p["table6a"]["HMT", "granted_in_full"] == 0  # 0 of 1 resolvable (pending, policy)


def test_the_policy_on_pending_requests():
    policy = StatisticsPolicy(resolvable_includes_pending=False)
    s = aggregate_statistics(LOG, year=2020, quarter=2, policy=policy)
    # HMT: granted 1 + partially 1 + withheld 1 = 3; all bodies 3 + 2 = 5
    assert s.table("table5")["HMT", "resolvable"] == 3
    assert s.table("table5")[ALL, "resolvable"] == 5
    assert s.percentages()["table6a"]["HMT", "granted_in_full"] == 33  # 1/3
    assert s.percentages()["table6a"][ALL, "granted_in_full"] == 20  # 1/5
    assert s.validate() == ()
    # the default policy's table breaks the other policy's identities
    default = aggregate_statistics(LOG, year=2020, quarter=2)
    data = {"table5": default.table("table5").to_labels()}
    other = UkFoiStatistics.from_published(data, year=2020, quarter=2, policy=policy)
    rules = {f.rule for f in other.validate()}
    assert rules == {"uk.stats.t5.received", "uk.stats.t5.resolvable"}


def test_the_policy_on_refusals_with_exemptions():
    policy = StatisticsPolicy(refusal_before_exemptions=False)
    s = aggregate_statistics(LOG, year=2020, quarter=2, policy=policy)
    # r3 (s.12 and s.21) moves from the cost limit to the exemptions
    assert row(s, "withheld_reasons", "HMT") == [2, 0, 0, 2]
    assert row(s, "withheld_reasons", ALL) == [4, 0, 1, 3]
    assert s.table("exemptions")["HMT", "s.21"] == 1  # counted either way
    assert s.validate() == ()


def test_percent_rounding_policy():
    half = [LOG[0], *[rec("HMT", D(2020, 4, 1), D(2020, 4, 29), R, replied=D(2020, 5, 1),
                          outcome=Outcome.NOT_HELD)] * 7]  # fmt: skip
    # 1 of 8 in time = 12.5 %
    up = aggregate_statistics(half, year=2020, quarter=2)
    even = aggregate_statistics(
        half, year=2020, quarter=2, policy=StatisticsPolicy(percent_rounding=ROUND_HALF_EVEN)
    )
    one = aggregate_statistics(
        half, year=2020, quarter=2, policy=StatisticsPolicy(percent_places=1)
    )
    assert up.percentages()["table4"]["HMT", "in_time"] == 13
    assert even.percentages()["table4"]["HMT", "in_time"] == 12
    assert one.percentages()["table4"]["HMT", "in_time"] == Decimal("12.5")


@pytest.mark.parametrize(
    "kw",
    [
        {"resolvable_includes_pending": 1},
        {"refusal_before_exemptions": None},
        {"percent_places": 5},
        {"percent_places": True},
        {"percent_rounding": "ROUND_DOWN"},
        {"procedural_refusals": (WithheldReason.EXEMPTIONS,)},
        {"procedural_refusals": (WithheldReason.VEXATIOUS_OR_REPEATED, WithheldReason.COST_LIMIT)},
        {"procedural_refusals": (WithheldReason.COST_LIMIT, WithheldReason.COST_LIMIT)},
        {"procedural_refusals": WithheldReason.COST_LIMIT},
        {"procedural_refusals": "cost_limit"},
    ],
)
def test_a_bad_policy_names_its_field(kw):
    with pytest.raises(InvalidInputError) as err:
        StatisticsPolicy(**kw)
    assert err.value.field == next(iter(kw))


def test_aggregation_fails_closed():
    with pytest.raises(InvalidInputError) as err:
        aggregate_statistics([LOG[0], "r"], year=2020, quarter=2)  # type: ignore[list-item]
    assert err.value.field == "records[1]"
    with pytest.raises(InvalidInputError) as err:
        aggregate_statistics(LOG, year=2020, quarter=0)
    assert err.value.field == "quarter"
    with pytest.raises(InvalidInputError) as err:
        aggregate_statistics(LOG, year=2020, quarter=2, policy="default")  # type: ignore[arg-type]
    assert err.value.field == "policy"


# -- merging ---------------------------------------------------------------------------------


def test_merging_the_bodies_logs(stats):
    hmt = aggregate_statistics([r for r in LOG if r.body == "HMT"], year=2020, quarter=2)
    dfe = aggregate_statistics([r for r in LOG if r.body == "DfE"], year=2020, quarter=2)
    assert hmt.bodies == ("HMT",)
    assert hmt + dfe == stats == dfe + hmt
    empty = aggregate_statistics([], year=2020, quarter=2)
    assert empty + stats == stats == stats + empty
    assert sum([hmt, dfe]) == stats  # sum() starts from 0, the identity


def test_merging_refuses_other_quarters_policies_and_printed(stats):
    q3 = aggregate_statistics(LOG, year=2020, quarter=3)
    with pytest.raises(InvalidInputError) as err:
        stats + q3
    assert err.value.field == "quarter"
    other = aggregate_statistics(
        LOG, year=2020, quarter=2, policy=StatisticsPolicy(percent_places=1)
    )
    with pytest.raises(InvalidInputError) as err:
        stats + other
    assert err.value.field == "policy"
    printed = UkFoiStatistics.from_published(
        {"table4": {"HMT": {"% in time": 67}}}, year=2020, quarter=2
    )
    with pytest.raises(InvalidInputError) as err:
        stats + printed
    assert err.value.field == "published"  # unprinted cells are unknown: nothing to add
    assert stats.__add__(3) is NotImplemented


# -- properties ------------------------------------------------------------------------------


def _in_quarter(records: list[UkFoiRecord]) -> list[UkFoiRecord]:
    first, last = quarter_bounds(2020, 2)
    return [r for r in records if first <= r.received <= last]


@settings(max_examples=60, deadline=None)
@given(st.lists(uk_foi_records(), max_size=25), uk_statistics_policies(), st.randoms())
def test_aggregation_is_a_monoid(records, policy, rnd):
    whole = aggregate_statistics(records, year=2020, quarter=2, policy=policy)
    cuts = sorted(rnd.sample(range(len(records) + 1), k=min(3, len(records) + 1)))
    parts = [records[a:b] for a, b in zip([0, *cuts], [*cuts, len(records)], strict=True)]
    tallies = [aggregate_statistics(p, year=2020, quarter=2, policy=policy) for p in parts]
    rnd.shuffle(tallies)
    merged = tallies[0]
    for t in tallies[1:]:
        merged = merged + t
    assert merged == whole
    assert whole.validate() == ()


@settings(max_examples=60, deadline=None)
@given(st.lists(uk_foi_records(), max_size=25), uk_statistics_policies())
def test_totals_add_up_against_an_independent_count(records, policy):
    stats = aggregate_statistics(records, year=2020, quarter=2, policy=policy)
    counted = _in_quarter(records)
    t1 = stats.table("table1")
    assert t1[ALL, "received"] == len(counted)
    assert t1[ALL, "eir"] == sum(r.act is Act.EIR for r in counted)
    for status, column in [(Status.REPLIED, "replied"), (Status.ON_HOLD, "on_hold"),
                           (Status.WITHDRAWN_OR_LAPSED, "withdrawn_or_lapsed"),
                           (Status.NOT_YET_PROCESSED, "not_yet_processed")]:  # fmt: skip
        assert t1[ALL, column] == sum(r.status is status for r in counted)
    in_time = sum(
        r.replied is not None
        and (r.replied <= r.due or (r.extended_due is not None and r.replied <= r.extended_due))
        for r in counted
    )
    t3 = stats.table("table3")
    assert t3[ALL, "within_20_days"] + t3[ALL, "within_extension"] == in_time
    withheld = sum(
        r.outcome in {Outcome.PARTIALLY_WITHHELD, Outcome.WITHHELD_IN_FULL} for r in counted
    )
    assert stats.table("withheld_reasons")[ALL, "withheld"] == withheld
    for body in stats.bodies:
        mine = [r for r in counted if r.body == body]
        assert t1[body, "received"] == len(mine) > 0
    for name in ("table1", "table3", "table5", "exemptions"):
        t = stats.table(name)
        for c in t.columns:
            assert t[ALL, c] == sum(t[b, c] for b in stats.bodies)


@settings(max_examples=40, deadline=None)
@given(st.lists(uk_foi_records(), max_size=15))
def test_batch_equals_the_sum_of_singletons(records):
    whole = aggregate_statistics(records, year=2020, quarter=2)
    total = aggregate_statistics([], year=2020, quarter=2)
    for r in records:
        total = total + aggregate_statistics([r], year=2020, quarter=2)
    assert total == whole


@settings(max_examples=30, deadline=None)
@given(uk_foi_statistics())
def test_statistics_round_trip_through_json(stats):
    assert from_json(to_json(stats), UkFoiStatistics) == stats
    again = UkFoiStatistics.from_published(
        {t.schema.name: t.to_labels() for t in stats.tables}, year=2020, quarter=2,
        policy=stats.policy,
    )  # fmt: skip
    assert set(again.bodies) == set(stats.bodies)
    assert again.validate() == ()


@settings(max_examples=40, deadline=None)
@given(uk_foi_statistics())
def test_derived_percentages_printed_pass_their_own_checks(stats):
    tables = {t.schema.name: t.to_labels() for t in stats.tables}
    tables.update({name: t.to_labels() for name, t in stats.percentages().items()})
    again = UkFoiStatistics.from_published(tables, year=2020, quarter=2, policy=stats.policy)
    assert again.validate() == ()
    derived = again.percentages()
    assert all(derived[t.schema.name] == t for t in again.printed_tables)


@settings(max_examples=30, deadline=None)
@given(uk_foi_statistics(max_records=8), st.sampled_from(["table1", "table3", "table5"]),
       st.integers(1, 5))  # fmt: skip
def test_a_changed_count_is_found(stats, name, bump):
    tables = {t.schema.name: t.to_labels() for t in stats.tables}
    first_column = next(iter(tables[name][ALL_BODIES_LABEL]))
    tables[name][ALL_BODIES_LABEL][first_column] += bump
    changed = UkFoiStatistics.from_published(tables, year=2020, quarter=2, policy=stats.policy)
    assert changed.validate() != ()


_CELLS = st.none() | st.integers(0, 12)


@st.composite
def _published(draw: st.DrawFn) -> dict[str, dict[str, dict[str, object]]]:
    bodies = draw(st.lists(st.sampled_from(["HMT", "DfE", ALL_BODIES_LABEL]), unique=True))
    data: dict[str, dict[str, dict[str, object]]] = {}
    for name, columns in COUNT_TABLES.items():
        if name == "exemptions" or draw(st.booleans()):
            continue
        data[name] = {b: {label: draw(_CELLS) for _, label in columns} for b in bodies}
    for spec in PERCENT_TABLES:
        if draw(st.booleans()):
            data[spec.name] = {b: {c.label: draw(_CELLS) for c in spec.columns} for b in bodies}
    return data


@settings(max_examples=150, deadline=None)
@given(_published(), uk_statistics_policies())
def test_any_published_figures_validate_into_findings(data, policy):
    s = UkFoiStatistics.from_published(data, year=2020, quarter=2, policy=policy)
    found = s.validate(report_blanks=True)
    assert all(f.rule.startswith("uk.stats.") or f.rule in ("blank", "undetermined") for f in found)
    assert s.to_text()


# -- published figures: Q2 2020 (spec §B7) ---------------------------------------------------

Q2_2020 = {
    "table1": {ALL_BODIES_LABEL: {"Total received": 9205}},
    "table5": {ALL_BODIES_LABEL: {"Total received": 9205, "Resolvable": 6648}},
    "withheld_reasons": {ALL_BODIES_LABEL: {"Withheld in full or in part": 3273}},
    "table4": {ALL_BODIES_LABEL: {"% in time": 84}},
    "table6a": {ALL_BODIES_LABEL: {"% of resolvable granted in full": 37}},
    "withheld_reasons_pct": {
        ALL_BODIES_LABEL: {
            "% Cost limit (s.12)": 33,
            "% Vexatious or repeated (s.14)": 2,
            "% Exemptions or exceptions": 65,
        }
    },
}


def test_q2_2020_figures_are_consistent_as_far_as_given():
    s = UkFoiStatistics.from_published(Q2_2020, year=2020, quarter=2)
    assert s.bodies == ()
    assert s.table("table5")[ALL, "resolvable"] == 6648
    assert s.table("table5")[ALL, "granted_in_full"] is None  # not given: unknown, not invented
    assert s.table("table6a")[ALL, "granted_in_full"] == 37
    assert s.validate() == ()
    blanks = s.validate(report_blanks=True)
    assert blanks
    assert {f.rule for f in blanks} == {"undetermined"}  # not printed, so not known
    assert s.percentages()["table6a"][ALL, "granted_in_full"] is None  # no counts to derive


def _changed(table: str, label: str, value: int) -> dict[str, dict[str, dict[str, int]]]:
    data = {t: {r: dict(c) for r, c in rows.items()} for t, rows in Q2_2020.items()}
    data[table][ALL_BODIES_LABEL][label] = value
    return data


@pytest.mark.parametrize(
    ("table", "label", "value", "rules"),
    [
        ("table5", "Resolvable", 9300, {"uk.stats.t5.resolvable-le-received"}),
        ("withheld_reasons", "Withheld in full or in part", 6700,
         {"uk.stats.x.withheld-le-resolvable"}),
        ("table1", "Total received", 9250, {"uk.stats.x.received"}),
        ("withheld_reasons_pct", "% Exemptions or exceptions", 60, {"uk.stats.percent-partition"}),
        ("withheld_reasons_pct", "% Exemptions or exceptions", 67, {"uk.stats.percent-partition"}),
    ],
)  # fmt: skip
def test_q2_2020_changed_figures_are_found(table, label, value, rules):
    s = UkFoiStatistics.from_published(_changed(table, label, value), year=2020, quarter=2)
    assert {f.rule for f in s.validate()} == rules


def test_rounded_shares_within_the_rounding_pass():
    # 33 + 2 + 66 = 101: three shares rounded to whole percent can be 1.5 off at most
    s = UkFoiStatistics.from_published(
        _changed("withheld_reasons_pct", "% Exemptions or exceptions", 66), year=2020, quarter=2
    )
    assert s.validate() == ()


def test_a_printed_percentage_is_checked_against_the_counts():
    data = {
        "table5": {"HMT": {"Resolvable": 8, "Granted in full": 3}},
        "table6a": {"HMT": {"% of resolvable granted in full": 38}},  # 3/8 = 37.5 -> 38
    }
    assert UkFoiStatistics.from_published(data, year=2020, quarter=2).validate() == ()
    data["table6a"]["HMT"]["% of resolvable granted in full"] = 37
    [finding] = UkFoiStatistics.from_published(data, year=2020, quarter=2).validate()
    assert finding.rule == "uk.stats.percent"
    assert (finding.left, finding.right) == (37, 38)
    assert "HMT" in finding.message


def test_a_printed_percentage_of_nothing_is_found():
    data = {
        "table3": {"HMT": {"Total replied": 0}},
        "table4": {"HMT": {"% in time": 100}},
    }
    [finding] = UkFoiStatistics.from_published(data, year=2020, quarter=2).validate()
    assert finding.rule == "uk.stats.percent"
    assert finding.right is None
    assert "nothing to take a percentage of" in finding.message


def test_inconsistent_published_counts_give_findings_not_errors():
    data = {
        "table5": {"HMT": {"Resolvable": 5, "Granted in full": 1}},
        "withheld_reasons": {"HMT": {"Withheld in full or in part": 10, "Cost limit (s.12)": 10,
                                     "Vexatious or repeated (s.14)": 0,
                                     "Exemptions or exceptions": 0}},
        "table6b": {"HMT": {"% of resolvable granted in full, excluding procedural refusals": 20}},
    }  # fmt: skip
    s = UkFoiStatistics.from_published(data, year=2020, quarter=2)
    assert s.percentages()["table6b"]["HMT", "granted_in_full"] is None
    assert [f.rule for f in s.validate()] == ["uk.stats.x.withheld-le-resolvable"]


def test_published_identities_within_a_table():
    data = {"table1": {"HMT": {"Total received": 10, "Processed (replied)": 6, "On hold": 1,
                               "Lapsed or withdrawn": 1, "Not yet processed": 1,
                               "Of which EIR": 11}}}  # fmt: skip
    found = UkFoiStatistics.from_published(data, year=2020, quarter=2).validate()
    assert [f.rule for f in found] == ["uk.stats.t1.received", "uk.stats.t1.eir"]
    assert found[0].difference == 1


def test_published_roll_up_is_checked():
    data = {"table1": {"HMT": {"Total received": 4}, "DfE": {"Total received": 5},
                       ALL_BODIES_LABEL: {"Total received": 8}}}  # fmt: skip
    found = UkFoiStatistics.from_published(data, year=2020, quarter=2).validate()
    assert [f.rule for f in found] == ["uk.stats.all-bodies"]


def test_published_input_fails_closed():
    with pytest.raises(InvalidInputError) as err:
        UkFoiStatistics.from_published({"table2": {}}, year=2020, quarter=2)
    assert err.value.field == "data"
    with pytest.raises(UnknownLabelError):
        UkFoiStatistics.from_published({"table1": {"HMT": {"Received!": 1}}}, year=2020, quarter=2)
    with pytest.raises(InvalidInputError):
        UkFoiStatistics.from_published(
            {"table1": {"HMT": {"Total received": -1}}}, year=2020, quarter=2
        )
    with pytest.raises(InvalidInputError):
        UkFoiStatistics.from_published(
            {"table4": {"HMT": {"% in time": 84.0}}}, year=2020, quarter=2
        )
    with pytest.raises(InvalidInputError) as err:
        UkFoiStatistics.from_published({"table1": {3: {"Total received": 1}}}, year=2020, quarter=2)
    assert err.value.field == "data['table1']"
    with pytest.raises(InvalidInputError):
        UkFoiStatistics.from_published([], year=2020, quarter=2)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "bodies", [("HMT", "HMT"), ("",), (" HMT",), (ALL_BODIES_LABEL,), ("all_bodies",)]
)
def test_bad_bodies_are_refused(bodies):
    with pytest.raises(InvalidInputError):
        statistics_schema(bodies, StatisticsPolicy())


def test_a_statistics_value_checks_its_cells(stats):
    with pytest.raises(InvalidInputError) as err:
        UkFoiStatistics(2020, 2, stats.bodies, stats.policy, stats.counts[:-1])
    assert err.value.field == "counts"
    with pytest.raises(InvalidInputError):
        UkFoiStatistics(2020, 2, stats.bodies, stats.policy, stats.counts, [("table9", ())])
    negative = ((-1, *stats.counts[0][1:]), *stats.counts[1:])
    with pytest.raises(InvalidInputError) as err:
        UkFoiStatistics(2020, 2, stats.bodies, stats.policy, negative)
    assert err.value.field == "counts[0][('DfE', 'received')]"
    with pytest.raises(InvalidInputError) as err:
        UkFoiStatistics(2020, 2, stats.bodies, stats.policy, stats.counts, [("table4", (1,))])
    assert err.value.field == "printed[0][1]"
    with pytest.raises(InvalidInputError) as err:
        stats.table("table4")
    assert err.value.field == "name"


# -- rendering -------------------------------------------------------------------------------


def test_rendering(stats):
    text = stats.to_text()
    assert text.startswith("FOI statistics, 2020 Q2 (2020-04-01 to 2020-06-30)")
    assert "Table 6a: Percentage of resolvable requests granted in full" in text
    assert "excluding procedural refusals" in text
    assert "All monitored bodies" in text
    md = stats.to_markdown()
    assert md.startswith("# FOI statistics, 2020 Q2")
    assert "## Table 3: Timeliness of response" in md
    assert "| HMT | 3 | 1 | 1 | 1 | 2 |" in md  # Table 3, counted by hand above
    s = aggregate_statistics(
        [rec("A & <B>", D(2020, 4, 1), D(2020, 4, 29), Status.ON_HOLD)], year=2020, quarter=2
    )
    html = s.to_html()
    assert "A &amp; &lt;B&gt;" in html
    assert "<B>" not in html


def test_published_blanks_render_empty_never_zero():
    s = UkFoiStatistics.from_published(Q2_2020, year=2020, quarter=2)
    md = s.to_markdown()
    assert "| All monitored bodies | 9205 | 6648 | ? |" in md  # not printed: unknown
    assert "| All monitored bodies | 37 |" in md


def test_exports():
    assert uk.aggregate_statistics is aggregate_statistics
    assert uk.UkFoiRecord is UkFoiRecord
    assert uk.StatisticsPolicy is StatisticsPolicy
    assert uk.UkFoiStatistics is UkFoiStatistics
