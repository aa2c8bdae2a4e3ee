"""Cost limits: a refusal-or-not verdict from an estimate, never a fee (numbers as in spec §B3.2,
used here as examples only: £25 an hour over four activities against £450 or £600)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govdisclosure.errors import InvalidInputError
from govdisclosure.fees import (
    CostEstimate,
    CostLimit,
    CostLimitStatus,
    CostLimitVerdict,
    Threshold,
)
from govdisclosure.law import Citation, Instrument
from govdisclosure.money import Money
from govdisclosure.strategies import _fees as fs

REGS = Instrument(code="demo-fees-regs", title="Demo Fees Regulations", short="DFR")
ACTIVITIES = ("determine", "locate", "retrieve", "extract")
D = Decimal


def gbp(n: int | str) -> Money:
    return Money(n, "GBP")


LIMIT = CostLimit(
    "appropriate limit",
    ACTIVITIES,
    gbp(25),
    Threshold(gbp(450), citation=Citation(REGS, "3", paragraph=3)),
    citation=Citation(REGS, "4"),
)


def full(**hours: int | str) -> CostEstimate:
    """An estimate of every activity: the ones not named at zero."""
    return CostEstimate({a: D(hours.get(a, 0)) for a in ACTIVITIES})


class TestVerdicts:
    def test_eighteen_hours_is_within_and_a_minute_more_exceeds(self):
        at = LIMIT.check(full(locate=10, extract=8))
        assert (at.status, at.estimate, at.hours) == (CostLimitStatus.WITHIN, gbp(450), 18)
        assert at.refusable is False
        over = LIMIT.check(full(locate=10, extract="8.02"))
        assert over.status is CostLimitStatus.EXCEEDS
        assert over.refusable is True

    def test_an_inclusive_limit_refuses_at_the_limit(self):
        inclusive = CostLimit("l", ACTIVITIES, gbp(25), Threshold(gbp(450), inclusive=True))
        assert inclusive.check(full(locate=18)).status is CostLimitStatus.EXCEEDS
        assert inclusive.check(full(locate="17.99")).status is CostLimitStatus.WITHIN

    def test_a_missing_estimate_is_undetermined_never_within(self):
        verdict = LIMIT.check(CostEstimate({"locate": 1, "extract": 1, "retrieve": 1}))
        assert verdict.status is CostLimitStatus.UNDETERMINED
        assert verdict.refusable is None
        assert verdict.missing == (("", "determine"),)

    def test_an_explicit_none_is_missing_too(self):
        estimate = CostEstimate({**dict.fromkeys(ACTIVITIES, D(0)), "locate": None})
        assert LIMIT.check(estimate).status is CostLimitStatus.UNDETERMINED

    def test_what_is_estimated_may_already_exceed(self):
        verdict = LIMIT.check(CostEstimate({"locate": 30}))
        assert verdict.status is CostLimitStatus.EXCEEDS
        assert len(verdict.missing) == 3

    def test_requests_aggregate(self):
        one = CostEstimate({a: D(3) for a in ACTIVITIES}, ref="R-1")  # 12 h, £300
        two = CostEstimate({a: D("1.5") for a in ACTIVITIES}, ref="R-2")  # 6 h, £150
        assert LIMIT.check(one).status is CostLimitStatus.WITHIN
        assert LIMIT.check([one, two]).status is CostLimitStatus.WITHIN  # £450: not over
        three = CostEstimate({a: D("0.01") for a in ACTIVITIES}, ref="R-3")
        verdict = LIMIT.check([one, two, three])
        assert verdict.status is CostLimitStatus.EXCEEDS
        assert verdict.estimate == gbp(451)
        partial = CostEstimate({"locate": 1}, ref="R-4")
        assert list(LIMIT.check([one, partial]).missing) == [
            ("R-4", "determine"),
            ("R-4", "retrieve"),
            ("R-4", "extract"),
        ]

    def test_it_is_not_a_fee(self):
        verdict = LIMIT.check(full(locate=30))
        assert not hasattr(verdict, "total")
        assert isinstance(verdict, CostLimitVerdict)

    def test_explain(self):
        text = LIMIT.check([full(locate=2), CostEstimate({"locate": 1}, ref="R-2")]).explain()
        assert text.splitlines() == [
            (
                "appropriate limit: 3 hours × £25.00 = £75.00 (refusable when over £450.00):"
                " undetermined [DFR Art 4]"
            ),
            "  request 1: determine 0 h, locate 2 h, retrieve 0 h, extract 0 h",
            (
                "  R-2: determine not estimated, locate 1 h, retrieve not estimated,"
                " extract not estimated"
            ),
        ]


class TestHostileInput:
    def test_an_activity_outside_the_permitted_ones_raises(self):
        # redaction is not one of the four activities: it may not be counted, nor dropped silently
        with pytest.raises(InvalidInputError) as info:
            LIMIT.check(CostEstimate({"locate": 1, "redact": 5}))
        assert info.value.problems[0].path == "estimates[0].hours['redact']"

    @pytest.mark.parametrize("hours", [-1, 1.5, D("NaN"), True, "2"])
    def test_bad_hours(self, hours):
        with pytest.raises(InvalidInputError) as info:
            CostEstimate({"locate": hours})
        assert info.value.problems[0].path == "hours['locate']"

    def test_twice_the_same_activity(self):
        with pytest.raises(InvalidInputError):
            CostEstimate([("locate", D(1)), ("locate", D(2))])

    def test_not_pairs(self):
        with pytest.raises(InvalidInputError):
            CostEstimate([("locate",)])
        with pytest.raises(InvalidInputError):
            CostEstimate("locate")

    def test_no_estimate_at_all(self):
        with pytest.raises(InvalidInputError):
            LIMIT.check([])
        with pytest.raises(InvalidInputError):
            LIMIT.check(["locate"])  # type: ignore[list-item]

    def test_limit_and_rate_in_one_currency(self):
        with pytest.raises(InvalidInputError):
            CostLimit("l", ACTIVITIES, gbp(25), Threshold(Money(450, "EUR")))
        with pytest.raises(InvalidInputError):
            CostLimit("l", ACTIVITIES, gbp(0), Threshold(gbp(450)))
        with pytest.raises(InvalidInputError):
            CostLimit("l", (), gbp(25), Threshold(gbp(450)))
        with pytest.raises(InvalidInputError):
            CostLimit("l", ("locate", "locate"), gbp(25), Threshold(gbp(450)))


# -- laws ---------------------------------------------------------------------------------


@st.composite
def cases(draw: st.DrawFn) -> tuple[CostLimit, list[CostEstimate]]:
    limit = draw(fs.cost_limits())
    estimates = draw(st.lists(fs.cost_estimates(list(limit.activities)), min_size=1, max_size=4))
    return limit, estimates


def reference_status(limit: CostLimit, estimates: list[CostEstimate]) -> CostLimitStatus:
    """By hand: Fractions over the raw pairs."""
    known = Fraction(0)
    complete = True
    for e in estimates:
        given = dict(e.hours)
        for code in limit.activities:
            if given.get(code) is None:
                complete = False
            else:
                known += Fraction(given[code])
    cost = known * Fraction(limit.hourly_rate.amount)
    bound = Fraction(limit.limit.amount.amount)
    if cost > bound or (limit.limit.inclusive and cost == bound):
        return CostLimitStatus.EXCEEDS
    return CostLimitStatus.WITHIN if complete else CostLimitStatus.UNDETERMINED


@settings(max_examples=200, deadline=None)
@given(cases())
def test_the_verdict_agrees_with_a_computation_by_hand(case):
    limit, estimates = case
    assert limit.check(estimates).status is reference_status(limit, estimates)


@settings(max_examples=200, deadline=None)
@given(cases(), st.data())
def test_more_hours_or_more_requests_never_bring_a_request_back_within(case, data):
    limit, estimates = case
    before = limit.check(estimates).status
    extra = data.draw(fs.cost_estimates(list(limit.activities)))
    after = limit.check([*estimates, extra]).status
    if before is CostLimitStatus.EXCEEDS:
        assert after is CostLimitStatus.EXCEEDS
    assert not (before is CostLimitStatus.UNDETERMINED and after is CostLimitStatus.WITHIN)


@settings(max_examples=100, deadline=None)
@given(cases())
def test_within_only_when_every_activity_is_estimated(case):
    limit, estimates = case
    verdict = limit.check(estimates)
    if verdict.status is CostLimitStatus.WITHIN:
        assert verdict.missing == ()
        assert all(e.of(a) is not None for e in estimates for a in limit.activities)
