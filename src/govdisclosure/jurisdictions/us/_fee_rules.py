"""The FOIA fee rules as data: requester categories, what each pays, the allowances, the limits.

Every number of § 552(a)(4)(A) is written once here, beside its citation.
The agency's own numbers (its rates, its minimum fee, whether it
bills by the quarter hour) are inputs: :class:`FeeRates` and :class:`FeePolicy`.

>>> RequesterCategory.NEWS_MEDIA.preferred, RequesterCategory.OTHER.preferred
(True, False)
>>> str(RequesterCategory.COMMERCIAL.citation)
'5 U.S.C. § 552(a)(4)(A)(ii)(I)'
>>> SEARCH_ALLOWANCE_HOURS, DUPLICATION_ALLOWANCE_PAGES, str(ADVANCE_PAYMENT_OVER)
(Decimal('2'), 100, '$250.00')
"""

from __future__ import annotations

import enum
import functools
from decimal import Decimal

import attrs

from govdisclosure._validators import instance_of, non_empty
from govdisclosure.errors import InvalidInputError
from govdisclosure.fees import (
    Activity,
    ActivityRate,
    FeeStage,
    Measure,
    RateSchedule,
    RateUnit,
    Threshold,
)
from govdisclosure.fees import RequesterCategory as GenericCategory
from govdisclosure.fees._rates import check_quantity
from govdisclosure.jurisdictions.us.instruments import FOIA
from govdisclosure.law import Citation
from govdisclosure.money import Money

__all__ = [
    "ADVANCE_PAYMENT_OVER",
    "DUPLICATION_ALLOWANCE_PAGES",
    "QUARTER_HOURS",
    "SEARCH_ALLOWANCE_HOURS",
    "STATUTORY_DEFAULTS",
    "FeePolicy",
    "FeeRates",
    "RequesterCategory",
    "fee_schedule",
]

USD = "USD"


def _fees(clause: str) -> Citation:
    return Citation(FOIA, f"552(a)(4)(A)({clause})")


# -- the legal numbers, each beside its citation -----------------------------------------

SEARCH_ALLOWANCE_HOURS = Decimal(2)
SEARCH_ALLOWANCE_CITATION = _fees("iv)(II")
"""(iv)(II): no fee "for the first two hours of search time" for (ii)(II) and (III) requesters."""

DUPLICATION_ALLOWANCE_PAGES = 100
DUPLICATION_ALLOWANCE_CITATION = _fees("iv)(II")
"""(iv)(II): no fee "for the first one hundred pages of duplication" for (ii)(II) and (III)."""

ADVANCE_PAYMENT_OVER = Money(250, USD)
ADVANCE_PAYMENT_CITATION = _fees("v")
"""(v): no advance payment unless prior non-payment or "the fee will exceed $250"."""

MINIMUM_FEE_CITATION = _fees("iv)(I")
"""(iv)(I): no fee where routine collection costs are likely to equal or exceed it."""


class RequesterCategory(enum.Enum):
    """The requester categories of § 552(a)(4)(A)(ii), which decide what a request is charged.

    Commercial use pays search, review and duplication; an educational or
    noncommercial scientific institution and the news media pay duplication
    only (the "preferred" categories); everyone else pays search and
    duplication (§ 552(a)(4)(A)(ii)(I)-(III)).

    >>> [c.value for c in RequesterCategory]
    ['commercial', 'educational', 'noncommercial_scientific', 'news_media', 'other']
    >>> RequesterCategory.EDUCATIONAL.chargeable
    frozenset({'duplication'})
    """

    COMMERCIAL = "commercial"
    EDUCATIONAL = "educational"
    NONCOMMERCIAL_SCIENTIFIC = "noncommercial_scientific"
    NEWS_MEDIA = "news_media"
    OTHER = "other"

    @property
    def label(self) -> str:
        """The category in the statute's words."""
        return _CATEGORIES[self][0]

    @property
    def citation(self) -> Citation:
        """The clause of (a)(4)(A)(ii) that prices the category."""
        return _CATEGORIES[self][1]

    @property
    def chargeable(self) -> frozenset[str]:
        """The activities (``search``, ``review``, ``duplication``) the category may be charged."""
        return _CATEGORIES[self][2]

    @property
    def preferred(self) -> bool:
        """Whether the category is one of (ii)(II).

        Such requesters pay duplication only, and no duplication fee after a
        missed time limit ((viii)(I)).
        """
        return self in _PREFERRED


_ALL = frozenset({"search", "review", "duplication"})
_DUP = frozenset({"duplication"})
_CATEGORIES: dict[RequesterCategory, tuple[str, Citation, frozenset[str]]] = {
    RequesterCategory.COMMERCIAL: ("records requested for commercial use", _fees("ii)(I"), _ALL),
    RequesterCategory.EDUCATIONAL: (
        "an educational institution whose purpose is scholarly or scientific research",
        _fees("ii)(II"),
        _DUP,
    ),
    RequesterCategory.NONCOMMERCIAL_SCIENTIFIC: (
        "a noncommercial scientific institution whose purpose is scholarly or scientific research",
        _fees("ii)(II"),
        _DUP,
    ),
    RequesterCategory.NEWS_MEDIA: ("a representative of the news media", _fees("ii)(II"), _DUP),
    RequesterCategory.OTHER: (
        "any request not described in (I) or (II)",
        _fees("ii)(III"),
        frozenset({"search", "duplication"}),
    ),
}
_PREFERRED = frozenset(
    {
        RequesterCategory.EDUCATIONAL,
        RequesterCategory.NONCOMMERCIAL_SCIENTIFIC,
        RequesterCategory.NEWS_MEDIA,
    }
)
# (iv)(II) grants the allowances to (ii)(II) and (III) requesters: all but commercial use.
_HAS_ALLOWANCES = frozenset(RequesterCategory) - {RequesterCategory.COMMERCIAL}


def _usd(instance: object, attribute: attrs.Attribute[Money], value: object) -> None:
    if not isinstance(value, Money) or value.currency != USD or value.amount < 0:
        msg = "must be a Money in USD, not negative"
        raise InvalidInputError(msg, field=attribute.name, value=value)


@attrs.frozen
class FeeRates:
    """An agency's FOIA rates: search and review per hour, duplication per page (in USD).

    The statute leaves the rates to each agency's regulation ((a)(4)(A)(i),
    "reasonable standard charges"): they are inputs, never defaults.

    Attributes:
        search_per_hour: The price of an hour of search.
        review_per_hour: The price of an hour of review.
        per_page: The price of a page of duplication.

    >>> FeeRates(search_per_hour=Money(40, "USD"), review_per_hour=Money(60, "USD"),
    ...          per_page=Money("0.10", "USD")).per_page
    Money(amount=Decimal('0.10'), currency='USD')
    >>> FeeRates(search_per_hour=Money(40, "EUR"), review_per_hour=Money(60, "USD"),
    ...          per_page=Money("0.10", "USD"))
    Traceback (most recent call last):
    ...
    govdisclosure.errors.InvalidInputError: search_per_hour: must be a Money in USD, ...
    """

    search_per_hour: Money = attrs.field(kw_only=True, validator=_usd)
    review_per_hour: Money = attrs.field(kw_only=True, validator=_usd)
    per_page: Money = attrs.field(kw_only=True, validator=_usd)


def _optional_increment(
    instance: object, attribute: attrs.Attribute[Decimal | None], value: object
) -> None:
    if value is None:
        return
    check_quantity(value, attribute.name, whole=False, positive=True)
    if SEARCH_ALLOWANCE_HOURS % value:  # type: ignore[operator]
        msg = "must divide the 2 free hours of search into whole increments"
        raise InvalidInputError(msg, field=attribute.name, value=value)


@attrs.frozen
class FeePolicy:
    """How an agency reads what the statute leaves to it, or what is our reading.

    Attributes:
        name: A name for people.
        billing_increment: Search and review hours are rounded up to this
            many hours (``Decimal("0.25")``: quarter hours). Agency practice
            ([3P]: 28 CFR 16.10, 14 CFR 1206.503(d)); default
            ``None``: hours are charged exactly as given.
        charge_at_minimum: Whether a fee exactly equal to the agency's minimum
            fee is charged. Agency wording differs ("over $50", "$30.00 or
            less"); default ``False``: a fee at or below the minimum is not
            charged (our reading, [INFERENCE]).
        waiver_last: Whether a fee waiver is applied after the minimum-fee
            test (the default, our reading, [INFERENCE]) or before it.
        excuse_in_working_days: Whether the "additional 10 days" of
            (viii)(II)(aa) are working days (default: the 10 working days of (a)(6)(B),
            our reading, [INFERENCE])
            or calendar days.

    >>> QUARTER_HOURS.billing_increment
    Decimal('0.25')
    >>> FeePolicy("odd", billing_increment=Decimal("0.3"))
    Traceback (most recent call last):
    ...
    govdisclosure.errors.InvalidInputError: billing_increment: must divide the 2 free hours ...
    """

    name: str = attrs.field(validator=non_empty)
    billing_increment: Decimal | None = attrs.field(
        default=None, kw_only=True, validator=_optional_increment
    )
    charge_at_minimum: bool = attrs.field(default=False, kw_only=True, validator=instance_of(bool))
    waiver_last: bool = attrs.field(default=True, kw_only=True, validator=instance_of(bool))
    excuse_in_working_days: bool = attrs.field(
        default=True, kw_only=True, validator=instance_of(bool)
    )


STATUTORY_DEFAULTS = FeePolicy("statutory_defaults")
"""Hours exactly as given; no fee at or below the minimum; waiver last; working days."""

QUARTER_HOURS = FeePolicy("quarter_hours", billing_increment=Decimal("0.25"))
"""As :data:`STATUTORY_DEFAULTS`, with search and review billed by the quarter hour."""

SEARCH = Activity("search", Measure.HOURS, "document search")
REVIEW = Activity("review", Measure.HOURS, "document review")
DUPLICATION = Activity("duplication", Measure.PAGES, "document duplication")


def _increment(hours: Decimal, policy: FeePolicy) -> Decimal:
    """The billing increment for ``hours``: the policy's, or the precision of the hours given."""
    if policy.billing_increment is not None:
        return policy.billing_increment
    exponent = hours.as_tuple().exponent
    assert isinstance(exponent, int)  # noqa: S101 - hours are finite (checked)
    return Decimal(1).scaleb(min(exponent, 0))


def fee_schedule(
    rates: FeeRates,
    *,
    minimum_fee: Money,
    policy: FeePolicy,
    search_hours: Decimal,
    review_hours: Decimal,
) -> RateSchedule:
    """The generic rate schedule of § 552(a)(4)(A) at an agency's rates, for the given hours.

    The hours only decide the billing increment when the policy bills hours
    exactly (the precision they are given in); every category gets a rate for
    every activity, ``None`` where the statute does not let it be charged.

    >>> rates = FeeRates(search_per_hour=Money(40, "USD"), review_per_hour=Money(60, "USD"),
    ...                  per_page=Money("0.10", "USD"))
    >>> sched = fee_schedule(rates, minimum_fee=Money(25, "USD"), policy=QUARTER_HOURS,
    ...                      search_hours=Decimal(3), review_hours=Decimal(0))
    >>> str(sched.assess("other", {"search": 3, "duplication": 150}).total)
    '$45.00'
    """
    return _schedule(
        rates,
        minimum_fee,
        policy,
        _increment(search_hours, policy),
        _increment(review_hours, policy),
    )


@functools.lru_cache(maxsize=256)
def _schedule(
    rates: FeeRates,
    minimum_fee: Money,
    policy: FeePolicy,
    search_increment: Decimal,
    review_increment: Decimal,
) -> RateSchedule:
    """The schedule for these rates and increments (cached: schedules are immutable values)."""
    increments = {
        "search": search_increment,
        "review": review_increment,
        "duplication": Decimal(1),
    }
    prices = {"search": rates.search_per_hour, "review": rates.review_per_hour}
    free = {"search": SEARCH_ALLOWANCE_HOURS, "duplication": Decimal(DUPLICATION_ALLOWANCE_PAGES)}
    free_cites = {
        "search": SEARCH_ALLOWANCE_CITATION,
        "duplication": DUPLICATION_ALLOWANCE_CITATION,
    }
    table = []
    for category in RequesterCategory:
        for activity in (SEARCH, REVIEW, DUPLICATION):
            code = activity.code
            chargeable = code in category.chargeable
            allowed = chargeable and category in _HAS_ALLOWANCES and code in free
            table.append(
                ActivityRate(
                    category.value,
                    code,
                    prices.get(code, rates.per_page) if chargeable else None,
                    RateUnit.PAGE if code == "duplication" else RateUnit.HOUR,
                    increment=increments[code],
                    allowance=free[code] if allowed else Decimal(0),
                    citation=category.citation,
                    allowance_citation=free_cites.get(code) if allowed else None,
                )
            )
    return RateSchedule(
        "FOIA fees, 5 U.S.C. § 552(a)(4)(A)",
        USD,
        [GenericCategory(c.value, c.label, c.citation) for c in RequesterCategory],
        [SEARCH, REVIEW, DUPLICATION],
        table,
        minimum_fee=Threshold(
            minimum_fee, inclusive=policy.charge_at_minimum, citation=MINIMUM_FEE_CITATION
        ),
        minimum_fee_stage=FeeStage.BEFORE_WAIVER if policy.waiver_last else FeeStage.AFTER_WAIVER,
        advance_payment=Threshold(ADVANCE_PAYMENT_OVER, citation=ADVANCE_PAYMENT_CITATION),
        citation=_fees("i"),
    )
