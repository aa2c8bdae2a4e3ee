"""Publicity-submission quotas: records, rules, shortfalls and points."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govdisclosure.channels import Period
from govdisclosure.errors import InvalidInputError
from govdisclosure.publicity import (
    Measure,
    PointsRule,
    QuotaAssessment,
    QuotaRule,
    Shortfall,
    SubmissionRecord,
)

YEAR = Period.year(2030)
HALF = Fraction(1, 2)


def rec(unit: str, period: Period, submitted: int, adopted: int) -> SubmissionRecord:
    return SubmissionRecord(unit, period, submitted=submitted, adopted=adopted)


@pytest.fixture
def rules() -> tuple[QuotaRule, QuotaRule]:
    return (
        QuotaRule("bureaus", units=["b1", "b2"], min_submitted=50, min_adoption_rate=HALF),
        QuotaRule("affiliated", units=["u1"], min_submitted=30, min_adoption_rate=Decimal("0.5")),
    )


class TestRecords:
    def test_adoption_rate(self):
        assert rec("b1", YEAR, 40, 10).adoption_rate == Fraction(1, 4)
        assert rec("b1", YEAR, 0, 0).adoption_rate is None

    def test_more_adopted_than_submitted(self):
        with pytest.raises(InvalidInputError) as info:
            rec("b1", YEAR, 3, 4)
        assert info.value.field == "adopted"

    @pytest.mark.parametrize("bad", [-1, 1.5, True])
    def test_counts_are_whole_and_not_negative(self, bad):
        with pytest.raises(InvalidInputError) as info:
            SubmissionRecord("b1", YEAR, submitted=bad, adopted=0)
        assert info.value.field == "submitted"


class TestRules:
    def test_rate_converted_exactly(self, rules):
        assert rules[1].min_adoption_rate == HALF

    @pytest.mark.parametrize("units", [[], ["a", "a"], [""]])
    def test_units_checked(self, units):
        with pytest.raises(InvalidInputError) as info:
            QuotaRule("r", units=units, min_submitted=1)
        assert info.value.field == "units"

    def test_rate_above_one_rejected(self):
        with pytest.raises(InvalidInputError) as info:
            QuotaRule("r", units=["a"], min_adoption_rate=Fraction(3, 2))
        assert info.value.field == "min_adoption_rate"

    def test_float_rate_rejected(self):
        with pytest.raises(InvalidInputError):
            QuotaRule("r", units=["a"], min_adoption_rate=0.5)  # type: ignore[arg-type]


class TestAssessment:
    def test_who_falls_short(self, rules):
        records = [
            # b1: 30 + 25 = 55 submitted (>= 50), 20 + 10 = 30 adopted: 30/55 >= 1/2. Meets all.
            rec("b1", Period(date(2030, 1, 1), date(2030, 6, 30)), 30, 20),
            rec("b1", Period(date(2030, 7, 1), date(2030, 12, 31)), 25, 10),
            # b2: 50 submitted, 24 adopted: 24/50 < 1/2. Short on the rate only.
            rec("b2", YEAR, 50, 24),
            # u1 has no record at all: short on both.
        ]
        a = QuotaAssessment(YEAR, rules, records)
        assert a.totals("b1") == (55, 30)
        assert a.adoption_rate("b1") == Fraction(6, 11)
        assert a.shortfalls == (
            Shortfall("b2", "bureaus", Measure.ADOPTION_RATE, HALF, Fraction(12, 25)),
            Shortfall("u1", "affiliated", Measure.SUBMITTED, 30, 0),
            Shortfall("u1", "affiliated", Measure.ADOPTION_RATE, HALF, None),
        )
        assert [s.gap for s in a.shortfalls] == [Fraction(1, 50), 30, HALF]
        assert a.meets("b1")
        assert not a.meets("b2")
        assert a.units == ("b1", "b2", "u1")

    def test_exactly_at_target_meets_it(self, rules):
        a = QuotaAssessment(
            YEAR, rules, [rec("b1", YEAR, 50, 25), rec("b2", YEAR, 50, 25), rec("u1", YEAR, 30, 15)]
        )
        assert a.shortfalls == ()

    def test_record_outside_the_period_rejected(self, rules):
        with pytest.raises(InvalidInputError) as info:
            QuotaAssessment(
                YEAR, rules, [rec("b1", Period(date(2029, 12, 1), date(2030, 1, 31)), 5, 1)]
            )
        assert info.value.field == "records[0].period"
        assert "outside" in str(info.value)

    def test_overlapping_records_of_a_unit_rejected(self, rules):
        with pytest.raises(InvalidInputError) as info:
            QuotaAssessment(
                YEAR,
                rules,
                [
                    rec("b1", YEAR, 5, 1),
                    rec("b2", YEAR, 5, 1),
                    rec("b1", Period.month(2030, 3), 1, 0),
                ],
            )
        assert info.value.fields == ("records[2].period",)

    def test_every_bad_record_reported(self, rules):
        with pytest.raises(InvalidInputError) as info:
            QuotaAssessment(
                YEAR,
                rules,
                [rec("b1", Period.year(2031), 1, 0), "junk", rec("b2", Period.year(2029), 1, 0)],  # type: ignore[list-item]
            )
        assert info.value.fields == ("records[0].period", "records[1]", "records[2].period")


class TestPoints:
    def test_points_every_two_months_by_hand(self, rules):
        points = PointsRule(every_months=2, per_submitted=1, per_adopted=Decimal("2.5"))
        records = [
            rec("b1", Period.month(2030, 1), 4, 2),  # Jan-Feb: 4 + 5 = 9
            rec("b1", Period.month(2030, 2), 2, 0),  # Jan-Feb: 2 -> 11 in all
            rec("b2", Period(date(2030, 3, 1), date(2030, 4, 30)), 10, 4),  # Mar-Apr: 10 + 10 = 20
        ]
        a = QuotaAssessment(YEAR, rules, records, points_rule=points)
        table = a.points()
        periods = list(table)
        assert len(periods) == 6
        assert periods[0] == Period(date(2030, 1, 1), date(2030, 2, 28))
        assert table[periods[0]] == {"b1": Decimal(11), "b2": Decimal(0), "u1": Decimal(0)}
        assert table[periods[1]]["b2"] == Decimal(20)
        assert sum(sum(row.values()) for row in table.values()) == Decimal(31)

    def test_record_straddling_reporting_periods_rejected(self, rules):
        points = PointsRule(every_months=2, per_submitted=1, per_adopted=1)
        with pytest.raises(InvalidInputError) as info:
            QuotaAssessment(
                YEAR,
                rules,
                [rec("b1", Period(date(2030, 2, 1), date(2030, 3, 31)), 1, 1)],
                points_rule=points,
            )
        assert "straddles" in str(info.value)

    def test_period_must_split_into_reporting_periods(self, rules):
        points = PointsRule(every_months=5, per_submitted=1, per_adopted=1)
        with pytest.raises(InvalidInputError) as info:
            QuotaAssessment(YEAR, rules, [], points_rule=points)
        assert info.value.field == "points_rule.every_months"

    def test_points_need_a_rule(self, rules):
        with pytest.raises(InvalidInputError) as info:
            QuotaAssessment(YEAR, rules, []).points()
        assert info.value.field == "points_rule"
        assert QuotaAssessment(YEAR, rules, []).reporting_periods == ()

    def test_weights_must_be_decimal(self):
        with pytest.raises(InvalidInputError):
            PointsRule(every_months=2, per_submitted=0.5, per_adopted=1)  # type: ignore[arg-type]
        with pytest.raises(InvalidInputError):
            PointsRule(every_months=0, per_submitted=1, per_adopted=1)


@settings(max_examples=150)
@given(
    st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), min_size=12, max_size=12),
    st.integers(0, 300),
    st.sampled_from([None, Fraction(1, 2), Fraction(1, 3)]),
)
def test_monthly_records_add_up_and_shortfalls_match_the_targets(months, target, rate):
    records = [
        rec("u", Period.month(2030, m), max(s, a), min(s, a))
        for m, (s, a) in enumerate(months, start=1)
    ]
    submitted = sum(max(s, a) for s, a in months)
    adopted = sum(min(s, a) for s, a in months)
    a = QuotaAssessment(
        YEAR,
        [QuotaRule("r", units=["u"], min_submitted=target, min_adoption_rate=rate)],
        records,
        points_rule=PointsRule(every_months=2, per_submitted=1, per_adopted=1),
    )
    assert a.totals("u") == (submitted, adopted)
    measures = {s.measure for s in a.shortfalls}
    assert (Measure.SUBMITTED in measures) == (submitted < target)
    rate_short = rate is not None and (submitted == 0 or Fraction(adopted, submitted) < rate)
    assert (Measure.ADOPTION_RATE in measures) == rate_short
    assert sum(row["u"] for row in a.points().values()) == submitted + adopted
