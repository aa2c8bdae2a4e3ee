"""Laws of the US FOIA fee (spec §A4), over Hypothesis inputs, and an independent reference.

The reference below is the spec's algorithm sketch (§A4.7) written as plain
Decimal arithmetic, sharing no code with the library (not the generic rate
engine, not its rounding): it is what a user would write by hand.
"""

from __future__ import annotations

import math
from decimal import Decimal

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from govdisclosure.jurisdictions.us.fees import RequesterCategory, assess_fees
from govdisclosure.strategies._us_fees import us_fee_inputs

PREFERRED = {
    RequesterCategory.EDUCATIONAL,
    RequesterCategory.NONCOMMERCIAL_SCIENTIFIC,
    RequesterCategory.NEWS_MEDIA,
}


def _billable(hours: Decimal, increment: Decimal | None) -> Decimal:
    if increment is None:
        return hours
    return math.ceil(hours / increment) * increment


def reference_total(kw: dict) -> Decimal:
    """Spec §A4.7, by hand: chargeable set, allowances, bar, minimum, waiver."""
    cat = kw["category"]
    rates, policy = kw["rates"], kw["policy"]
    search = _billable(Decimal(kw["search_hours"]), policy.billing_increment)
    review = _billable(Decimal(kw["review_hours"]), policy.billing_increment)
    pages = Decimal(kw["pages"])
    if cat is not RequesterCategory.COMMERCIAL:
        pages = max(Decimal(0), pages - 100)
    if cat is RequesterCategory.OTHER:
        search = max(Decimal(0), search - 2)
    pays_search = cat in {RequesterCategory.COMMERCIAL, RequesterCategory.OTHER}
    pays_review = cat is RequesterCategory.COMMERCIAL
    pays_dup = True
    if kw["deadline_missed"] and not _excused(kw):
        pays_search = False
        if cat in PREFERRED:
            pays_dup = False
    fee = Decimal(0)
    if pays_search:
        fee += search * rates.search_per_hour.amount
    if pays_review:
        fee += review * rates.review_per_hour.amount
    if pays_dup:
        fee += pages * rates.per_page.amount
    minimum = kw["minimum_fee"].amount

    def below_minimum(x: Decimal) -> bool:
        return x < minimum if policy.charge_at_minimum else x <= minimum

    waiver = kw["waiver"]

    def waive(x: Decimal) -> Decimal:
        if waiver is None:
            return x
        if waiver.amount is None:
            return Decimal(0)
        return max(Decimal(0), x - waiver.amount.amount)

    if policy.waiver_last:
        if below_minimum(fee):
            fee = Decimal(0)
        return waive(fee)
    fee = waive(fee)
    return Decimal(0) if below_minimum(fee) else fee


def _excused(kw: dict) -> bool:
    facts = kw["facts"]
    for exc in kw["exceptions"]:
        if exc.value == "aa":
            ok = (
                facts.unusual_circumstances
                and facts.timely_written_notice
                and facts.days_late is not None
                and facts.days_late <= 10
            )
        elif exc.value == "bb":
            ok = (
                facts.unusual_circumstances
                and facts.timely_written_notice
                and (facts.pages_necessary or 0) > 5000
                and (facts.scope_discussed or facts.good_faith_attempts >= 3)
            )
        else:
            ok = facts.court_found_exceptional and facts.within_court_time
        if ok:
            return True
    return False


@settings(max_examples=400, deadline=None)
@given(us_fee_inputs())
def test_the_library_agrees_with_the_hand_reference(kw):
    assert assess_fees(**kw).total.amount == reference_total(kw)


@settings(max_examples=300, deadline=None)
@given(us_fee_inputs())
def test_the_total_is_never_negative_and_adds_up(kw):
    fee = assess_fees(**kw)
    assert fee.total.amount >= 0
    assert fee.total == sum((a.amount for a in fee.assessment.adjustments), fee.gross)


@settings(max_examples=300, deadline=None)
@given(
    us_fee_inputs(),
    st.integers(0, 500),
    st.decimals(Decimal(0), Decimal(10), places=2),
    st.decimals(Decimal(0), Decimal(10), places=2),
)
def test_more_pages_or_hours_never_lower_the_fee(kw, more_pages, more_search, more_review):
    before = assess_fees(**kw).total
    after = assess_fees(
        **{
            **kw,
            "pages": kw["pages"] + more_pages,
            "search_hours": kw["search_hours"] + more_search,
            "review_hours": kw["review_hours"] + more_review,
        }
    ).total
    assert after >= before


@settings(max_examples=300, deadline=None)
@given(us_fee_inputs(), st.decimals(Decimal(0), Decimal(40), places=2))
def test_preferred_categories_never_pay_search(kw, search):
    for category in PREFERRED:
        with_search = assess_fees(**{**kw, "category": category, "search_hours": search})
        none = assess_fees(**{**kw, "category": category, "search_hours": 0})
        assert with_search.total == none.total
        charge = with_search.assessment.charges[0]
        assert charge.activity.code == "search"
        assert charge.subtotal is None  # not chargeable at all


@settings(max_examples=300, deadline=None)
@given(us_fee_inputs())
def test_a_missed_deadline_never_raises_the_fee(kw):
    on_time = assess_fees(**{**kw, "deadline_missed": False, "exceptions": [], "facts": None})
    late = assess_fees(**{**kw, "deadline_missed": True})
    assert late.total <= on_time.total
    assert late.gross <= on_time.gross


@settings(max_examples=200, deadline=None)
@given(us_fee_inputs())
def test_the_category_never_pays_what_it_may_not(kw):
    fee = assess_fees(**kw)
    for charge in fee.assessment.charges:
        chargeable = charge.activity.code in kw["category"].chargeable
        assert (charge.subtotal is not None) == chargeable


@settings(max_examples=200, deadline=None)
@given(us_fee_inputs())
def test_quarter_hours_never_charge_less_than_exact_hours(kw):
    exact = attrs.evolve(kw["policy"], billing_increment=None)
    quarter = attrs.evolve(kw["policy"], billing_increment=Decimal("0.25"))
    kw = {**kw, "waiver": None}
    assert (
        assess_fees(**{**kw, "policy": quarter}).gross
        >= assess_fees(**{**kw, "policy": exact}).gross
    )
