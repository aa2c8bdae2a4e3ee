"""Hypothesis strategies for the rate, waiver and cost-limit models of :mod:`govdisclosure.fees`.

Joined into :func:`govdisclosure.strategies.for_type` by ``_registry()``.

>>> from hypothesis import given, settings
>>> from govdisclosure.fees import RateAssessment
>>> @settings(max_examples=20, deadline=None)
... @given(registry()[RateAssessment]())
... def test_totals_add_up(fee):
...     assert fee.total == sum((a.amount for a in fee.adjustments), fee.gross)
>>> test_totals_add_up()

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from govdisclosure.fees import (
    Activity,
    ActivityCharge,
    ActivityRate,
    AdjustmentKind,
    CostEstimate,
    CostLimit,
    CostLimitVerdict,
    FeeAdjustment,
    FeeBar,
    FeeStage,
    FeeWaiver,
    Measure,
    RateAssessment,
    RateSchedule,
    RateUnit,
    RequesterCategory,
    Threshold,
    WaiverKind,
)
from govdisclosure.law import Citation, Instrument
from govdisclosure.money import Money

_ACT = Instrument(code="demo-foi", title="Demo Freedom of Information Act", short="DFOIA")
_CITES = st.sampled_from(
    [None, Citation(_ACT, "4"), Citation(_ACT, "4", paragraph=2, item="ii"), Citation(_ACT)]
)
_CODES = st.from_regex(r"[a-z][a-z_]{0,8}", fullmatch=True)
_REASONS = st.text(min_size=1, max_size=12).filter(lambda s: s.strip() != "")
_CURRENCY = st.sampled_from(["USD", "GBP", "EUR", "JPY", "XYZ"])
_UNITS = {
    Measure.HOURS: [RateUnit.HOUR, RateUnit.QUARTER_HOUR],
    Measure.PAGES: [RateUnit.PAGE],
    Measure.ITEMS: [RateUnit.ITEM],
}
_INCREMENTS = {
    Measure.HOURS: ["0.1", "0.25", "0.5", "1"],
    Measure.PAGES: ["1", "2", "10"],
    Measure.ITEMS: ["1"],
}


def _amounts(currency: str, low: str = "0", high: str = "500") -> st.SearchStrategy[Money]:
    decimals = st.decimals(Decimal(low), Decimal(high), places=2)
    return decimals.map(lambda d: Money(d, currency))


def hours(high: int = 40) -> st.SearchStrategy[Decimal]:
    """Hours from 0 to ``high``, to the hundredth."""
    return st.decimals(Decimal(0), Decimal(high), places=2)


def activities() -> st.SearchStrategy[Activity]:
    """Activities of any measure."""
    return st.builds(Activity, _CODES, st.sampled_from(Measure), st.text(max_size=12))


def requester_categories() -> st.SearchStrategy[RequesterCategory]:
    """Requester categories."""
    return st.builds(RequesterCategory, _CODES, st.text(max_size=12), _CITES)


def thresholds(currency: str | None = None) -> st.SearchStrategy[Threshold]:
    """Thresholds, inclusive or not."""
    code = st.just(currency) if currency is not None else _CURRENCY
    return code.flatmap(lambda c: st.builds(Threshold, _amounts(c), st.booleans(), _CITES))


@st.composite
def activity_rates(
    draw: st.DrawFn,
    currency: str | None = None,
    category: str | None = None,
    activity: Activity | None = None,
) -> ActivityRate:
    """Rates of one activity for one category: a price or none, an increment, an allowance."""
    act = activity if activity is not None else draw(activities())
    code = currency if currency is not None else draw(_CURRENCY)
    increment = Decimal(draw(st.sampled_from(_INCREMENTS[act.measure])))
    return ActivityRate(
        category if category is not None else draw(_CODES),
        act.code,
        draw(st.none() | _amounts(code)),
        draw(st.sampled_from(_UNITS[act.measure])),
        increment=increment,
        allowance=increment * draw(st.integers(0, 12)),
        citation=draw(_CITES),
        allowance_citation=draw(_CITES),
    )


@st.composite
def rate_schedules(draw: st.DrawFn, currency: str | None = None) -> RateSchedule:
    """Complete category × activity schedules, with or without thresholds."""
    code = currency if currency is not None else draw(_CURRENCY)
    cats = draw(st.lists(requester_categories(), min_size=1, max_size=3, unique_by=_code))
    acts = draw(st.lists(activities(), min_size=1, max_size=3, unique_by=_code))
    rates = [draw(activity_rates(code, c.code, a)) for c in cats for a in acts]
    return RateSchedule(
        draw(_REASONS),
        code,
        cats,
        acts,
        draw(st.permutations(rates)),
        minimum_fee=draw(st.none() | thresholds(code)),
        minimum_fee_stage=draw(st.sampled_from(FeeStage)),
        advance_payment=draw(st.none() | thresholds(code)),
        citation=draw(_CITES),
    )


def _code(record: Activity | RequesterCategory) -> str:
    return record.code


def quantity(activity: Activity) -> st.SearchStrategy[Decimal | int]:
    """A quantity of ``activity``: hours to the hundredth, or a count of pages or items."""
    if activity.measure is Measure.HOURS:
        return hours()
    return st.integers(0, 1500)


@st.composite
def fee_waivers(draw: st.DrawFn, currency: str | None = None) -> FeeWaiver:
    """Full waivers and partial ones (a fraction or an amount)."""
    kind = draw(st.sampled_from(["full", "fraction", "amount"]))
    reason, cite = draw(_REASONS), draw(_CITES)
    if kind == "full":
        return FeeWaiver(WaiverKind.FULL, reason, cite)
    if kind == "fraction":
        share = draw(st.decimals(Decimal("0.01"), Decimal("0.99"), places=2))
        return FeeWaiver(WaiverKind.PARTIAL, reason, cite, fraction=share)
    code = currency if currency is not None else draw(_CURRENCY)
    amount = draw(_amounts(code, "0.01", "300"))
    return FeeWaiver(WaiverKind.PARTIAL, reason, cite, amount=amount)


def fee_bars(codes: list[str] | None = None) -> st.SearchStrategy[FeeBar]:
    """Fee bars on some of ``codes`` (or on made-up activity codes)."""
    names = st.lists(st.sampled_from(codes) if codes else _CODES, min_size=1, max_size=3)
    return st.builds(FeeBar, names.map(lambda n: tuple(dict.fromkeys(n))), _REASONS, _CITES)


@st.composite
def rate_assessments(draw: st.DrawFn, schedule: RateSchedule | None = None) -> RateAssessment:
    """Fees of requests under drawn schedules, some with a waiver or a bar."""
    sched = schedule if schedule is not None else draw(rate_schedules())
    given = draw(st.lists(st.sampled_from(sched.activities), unique_by=_code))
    return sched.assess(
        draw(st.sampled_from(sched.categories)),
        {a.code: draw(quantity(a)) for a in given},
        waiver=draw(st.none() | fee_waivers(sched.currency)),
        bar=draw(st.none() | fee_bars([a.code for a in sched.activities])),
        prior_nonpayment=draw(st.booleans()),
    )


def activity_charges() -> st.SearchStrategy[ActivityCharge]:
    """The lines of drawn assessments."""
    return rate_assessments().flatmap(lambda a: st.sampled_from(a.charges))


def fee_adjustments() -> st.SearchStrategy[FeeAdjustment]:
    """Waiver and minimum-fee lines (taking off zero or more)."""
    off = _CURRENCY.flatmap(_amounts).map(lambda m: -m)
    return st.builds(FeeAdjustment, st.sampled_from(AdjustmentKind), off, _REASONS, _CITES)


@st.composite
def cost_limits(draw: st.DrawFn, currency: str | None = None) -> CostLimit:
    """Cost limits over one to four permitted activities."""
    code = currency if currency is not None else draw(_CURRENCY)
    codes = draw(st.lists(_CODES, min_size=1, max_size=4, unique=True))
    return CostLimit(
        draw(_REASONS),
        codes,
        draw(_amounts(code, "1", "100")),
        draw(thresholds(code)),
        citation=draw(_CITES),
    )


@st.composite
def cost_estimates(draw: st.DrawFn, activities: list[str] | None = None) -> CostEstimate:
    """Estimates over some of ``activities`` (or made-up codes), some hours not estimated."""
    codes = draw(st.lists(st.sampled_from(activities) if activities else _CODES, unique=True))
    pairs = [(c, draw(st.none() | hours(30))) for c in codes]
    return CostEstimate(pairs, ref=draw(st.text(max_size=8)))


@st.composite
def cost_limit_verdicts(draw: st.DrawFn) -> CostLimitVerdict:
    """Verdicts on one to three requests aggregated."""
    limit = draw(cost_limits())
    estimates = draw(st.lists(cost_estimates(list(limit.activities)), min_size=1, max_size=3))
    return limit.check(estimates)


def registry() -> dict[type, Callable[[], st.SearchStrategy[Any]]]:
    """The strategy of every model here, by class (for ``strategies.for_type``)."""
    return {
        Activity: activities,
        RequesterCategory: requester_categories,
        Threshold: thresholds,
        ActivityRate: activity_rates,
        RateSchedule: rate_schedules,
        FeeWaiver: fee_waivers,
        FeeBar: fee_bars,
        RateAssessment: rate_assessments,
        ActivityCharge: activity_charges,
        FeeAdjustment: fee_adjustments,
        CostLimit: cost_limits,
        CostEstimate: cost_estimates,
        CostLimitVerdict: cost_limit_verdicts,
    }
