"""Hypothesis strategies for the UK exemption and cost-limit models (``jurisdictions.uk``).

Joined into :func:`govdisclosure.strategies.for_type` by ``_registry()``.

>>> from hypothesis import given, settings
>>> @settings(max_examples=20, deadline=None)
... @given(uk_cost_limit_results())
... def test_refusable_only_over(result):
...     assert result.refusable is not True or result.estimate > result.limit
>>> test_refusable_only_over()

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from govdisclosure.jurisdictions.uk import (
    EXEMPTIONS,
    REFUSAL_GROUNDS,
    Act,
    CostLimitPolicy,
    CostLimitResult,
    CostRefusal,
    CostStep,
    Disbursements,
    ExemptionPolicy,
    FeeQuote,
    NonWorkingReceipt,
    PublicInterestBalance,
    PublicInterestTest,
    Refusal,
    RefusalGround,
    RequestHours,
    UkExemption,
    cost_limit_check,
)
from govdisclosure.jurisdictions.uk._cost_limit_data import (
    FOIA_ACTIVITIES,
    FOIA_HOURLY_RATE_CITATION,
    FOISA_ACTIVITIES,
)
from govdisclosure.money import Money

_TEXT = st.text(
    st.characters(codec="utf-8", categories=("L", "N", "Zs")), min_size=1, max_size=20
).filter(lambda s: s.strip() != "")
_HOURS = st.decimals(min_value=0, max_value=60, places=2, allow_nan=False, allow_infinity=False)
_PENCE = st.integers(0, 10_000).map(lambda p: Money(Decimal(p) / 100, "GBP"))
_ALL_EXEMPTIONS = [ex for table in EXEMPTIONS.values() for ex in table.values()]
_GROUNDS = [g for table in REFUSAL_GROUNDS.values() for g in table.values()]


def uk_exemptions() -> st.SearchStrategy[UkExemption]:
    """The pack's exempting provisions (FOIA, EIR, FOISA)."""
    return st.sampled_from(_ALL_EXEMPTIONS)


def uk_exemption_policies() -> st.SearchStrategy[ExemptionPolicy]:
    """Every reading of the exemption policies."""
    return st.builds(ExemptionPolicy, st.booleans(), st.booleans(), st.booleans())


def uk_public_interest_tests(
    balance: st.SearchStrategy[PublicInterestBalance] | None = None,
) -> st.SearchStrategy[PublicInterestTest]:
    """Public interest tests with one to three arguments a side."""
    return st.builds(
        PublicInterestTest,
        st.lists(_TEXT, min_size=1, max_size=3),
        st.lists(_TEXT, min_size=1, max_size=3),
        balance if balance is not None else st.sampled_from(PublicInterestBalance),
    )


@st.composite
def uk_refusals(draw: st.DrawFn) -> Refusal:
    """Lawful refusals: a test where the provision is qualified, NCND only where allowed."""
    ex = draw(uk_exemptions().filter(lambda e: e.status.value != "by_limb"))
    policy = draw(uk_exemption_policies())
    facts = {ex.absolute_if: draw(st.booleans())} if ex.absolute_if is not None else {}
    absolute = ex.is_absolute(facts, policy)
    pit = None
    if not absolute:
        maintain = st.just(PublicInterestBalance.MAINTAINING_OUTWEIGHS)
        pit = draw(uk_public_interest_tests(maintain))
    ncnd = ex.ncnd is not None and draw(st.booleans())
    return Refusal(ex, pit, neither_confirm_nor_deny=ncnd, facts=facts, policy=policy)


def uk_refusal_grounds() -> st.SearchStrategy[RefusalGround]:
    """FOIA and FOISA s.12 and s.14 grounds."""
    return st.sampled_from(_GROUNDS)


def uk_cost_limit_policies() -> st.SearchStrategy[CostLimitPolicy]:
    """Readings of the cost limit; FOISA rates from 1p to the £15 cap."""
    rates = st.integers(1, 1500).map(lambda p: Money(Decimal(p) / 100, "GBP"))
    return st.builds(CostLimitPolicy, st.sampled_from(NonWorkingReceipt), rates, st.booleans())


@st.composite
def uk_request_hours(draw: st.DrawFn, act: Act = Act.FOIA) -> RequestHours:
    """A request's receipt and its hours: a total, or per activity (some not estimated)."""
    received = draw(st.dates(date(2024, 1, 1), date(2024, 12, 31)))
    if draw(st.booleans()):
        hours: object = draw(_HOURS)
    else:
        codes = [c for c, _, _ in (FOISA_ACTIVITIES if act is Act.FOISA else FOIA_ACTIVITIES)]
        hours = {c: draw(st.none() | _HOURS) for c in codes}
    return RequestHours(received, hours, ref=draw(st.text(max_size=6)))


def uk_cost_steps() -> st.SearchStrategy[CostStep]:
    """Steps, some cited, some with an amount."""
    return st.builds(
        CostStep, _TEXT, st.none() | st.just(FOIA_HOURLY_RATE_CITATION), st.none() | _PENCE
    )


def uk_disbursements() -> st.SearchStrategy[Disbursements]:
    """Disbursements in pounds and pence."""
    return st.builds(Disbursements, _PENCE, _PENCE, _PENCE)


@st.composite
def uk_cost_limit_results(draw: st.DrawFn) -> CostLimitResult:
    """Answers for FOIA (central or not) and FOISA, from a total or per activity."""
    act = draw(st.sampled_from([Act.FOIA, Act.FOISA]))
    policy = draw(uk_cost_limit_policies())
    central = draw(st.booleans()) if act is Act.FOIA else None
    hours: Decimal | dict[str, Decimal | int | None]
    if draw(st.booleans()):
        hours = draw(_HOURS)
    else:
        codes = [c for c, _, _ in (FOISA_ACTIVITIES if act is Act.FOISA else FOIA_ACTIVITIES)]
        hours = {c: draw(st.none() | _HOURS) for c in codes}
    return cost_limit_check(
        hours, central_government=central, act=act, policy=policy, ref=draw(st.text(max_size=6))
    )


@st.composite
def uk_fee_quotes(draw: st.DrawFn) -> FeeQuote:
    """s.13 fees over the limit and reg 6 fees under it."""
    result = draw(uk_cost_limit_results())
    status = result.status.value
    if status == "exceeds":
        if result.act is Act.FOISA:
            return result.s13_fee()
        return result.s13_fee(draw(uk_disbursements()))
    if status == "within" and result.act is Act.FOIA:
        return result.disbursement_fee(draw(uk_disbursements()))
    return FeeQuote(Money(0, "GBP"), draw(st.lists(uk_cost_steps(), max_size=2)))


def uk_cost_refusals() -> st.SearchStrategy[CostRefusal]:
    """Refusals on cost, from answers over the limit."""
    return uk_cost_limit_results().filter(lambda r: r.refusable is True).map(lambda r: r.refusal())


def registry() -> dict[type, Callable[[], st.SearchStrategy[Any]]]:
    """The strategy of every model here, by class (for ``strategies.for_type``)."""
    return {
        UkExemption: uk_exemptions,
        ExemptionPolicy: uk_exemption_policies,
        PublicInterestTest: uk_public_interest_tests,
        Refusal: uk_refusals,
        RefusalGround: uk_refusal_grounds,
        CostLimitPolicy: uk_cost_limit_policies,
        RequestHours: uk_request_hours,
        CostStep: uk_cost_steps,
        Disbursements: uk_disbursements,
        CostLimitResult: uk_cost_limit_results,
        FeeQuote: uk_fee_quotes,
        CostRefusal: uk_cost_refusals,
    }
