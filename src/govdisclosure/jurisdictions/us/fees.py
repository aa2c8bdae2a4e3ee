"""FOIA fees: what a request costs under 5 U.S.C. § 552(a)(4)(A), step by step, with citations.

Built on the generic rate engine (:class:`govdisclosure.fees.RateSchedule`):
the requester categories and their allowances are in ``_fee_rules``, the fee bar
after a missed time limit and its excuses in ``_fee_excuses``. An agency's rates,
its minimum fee and its billing practice are inputs: each agency's regulation sets
them (§ 552(a)(4)(A)(i)).

>>> from decimal import Decimal
>>> from govdisclosure.money import Money
>>> usd = lambda n: Money(n, "USD")
>>> rates = FeeRates(search_per_hour=usd(40), review_per_hour=usd(60), per_page=usd("0.10"))
>>> fee = assess_fees(category=RequesterCategory.OTHER, search_hours=Decimal("3.5"),
...                   review_hours=Decimal(1), pages=300, rates=rates)
>>> fee.total                     # 1.5 h x $40 + 200 pages x $0.10; review not chargeable
Money(amount=Decimal('80.00'), currency='USD')
>>> assess_fees(category=RequesterCategory.NEWS_MEDIA, search_hours=Decimal(10),
...             review_hours=Decimal(0), pages=300, rates=rates, deadline_missed=True).total
Money(amount=Decimal('0'), currency='USD')
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal

import attrs

from govdisclosure._validators import instance_of, non_empty
from govdisclosure.errors import InvalidInputError, Problem
from govdisclosure.fees import FeeBar, FeeWaiver, RateAssessment, WaiverKind
from govdisclosure.fees._rates import check_quantity
from govdisclosure.jurisdictions.us._fee_excuses import (
    BAR_CITATION,
    EXCUSE_ADDITIONAL_DAYS,
    GOOD_FAITH_ATTEMPTS,
    LARGE_REQUEST_PAGES,
    DeadlineFacts,
    ExcuseCondition,
    FeeBarException,
)
from govdisclosure.jurisdictions.us._fee_rules import (
    ADVANCE_PAYMENT_OVER,
    DUPLICATION_ALLOWANCE_CITATION,
    DUPLICATION_ALLOWANCE_PAGES,
    QUARTER_HOURS,
    SEARCH_ALLOWANCE_HOURS,
    STATUTORY_DEFAULTS,
    USD,
    FeePolicy,
    FeeRates,
    RequesterCategory,
    fee_schedule,
)
from govdisclosure.jurisdictions.us.instruments import FOIA
from govdisclosure.law import Citation
from govdisclosure.money import Money

__all__ = [
    "ADVANCE_PAYMENT_OVER",
    "DUPLICATION_ALLOWANCE_PAGES",
    "EXCUSE_ADDITIONAL_DAYS",
    "GOOD_FAITH_ATTEMPTS",
    "LARGE_REQUEST_PAGES",
    "QUARTER_HOURS",
    "SEARCH_ALLOWANCE_HOURS",
    "STATUTORY_DEFAULTS",
    "WAIVER_CITATION",
    "DeadlineFacts",
    "ExcuseCondition",
    "FeeBarException",
    "FeePolicy",
    "FeeRates",
    "FeeStep",
    "FoiaFeeAssessment",
    "RequesterCategory",
    "assess_fees",
    "full_waiver",
    "partial_waiver",
]

WAIVER_CITATION = Citation(FOIA, "552(a)(4)(A)(iii)")
"""(iii): "without any charge or at a charge reduced" when disclosure is in the public interest."""


def full_waiver(reason: str = "public interest") -> FeeWaiver:
    """A full fee waiver under (iii).

    >>> str(full_waiver())
    'full waiver: public interest [5 U.S.C. § 552(a)(4)(A)(iii)]'
    """
    return FeeWaiver(WaiverKind.FULL, reason, WAIVER_CITATION)


def partial_waiver(amount: Money, reason: str = "public interest") -> FeeWaiver:
    """A partial fee waiver under (iii): ``amount`` (USD) off the fee.

    >>> partial_waiver(Money(10, "USD")).summary
    'partial waiver of $10.00: public interest'
    """
    given: object = amount
    if not isinstance(given, Money) or amount.currency != USD:
        msg = "must be a Money in USD"
        raise InvalidInputError(msg, field="amount", value=amount)
    return FeeWaiver(WaiverKind.PARTIAL, reason, WAIVER_CITATION, amount=amount)


@attrs.frozen
class FeeStep:
    """One step of a fee's reasoning, with the provision it rests on.

    >>> FeeStep("time limit missed", BAR_CITATION).explain()
    'time limit missed [5 U.S.C. § 552(a)(4)(A)(viii)(I)]'
    """

    text: str = attrs.field(validator=non_empty)
    citation: Citation | None = attrs.field(
        default=None, validator=instance_of(Citation, type(None))
    )

    def explain(self) -> str:
        """The step, with its citation."""
        return self.text if self.citation is None else f"{self.text} [{self.citation}]"


def _to_steps(values: object) -> tuple[FeeStep, ...]:
    found = tuple(values) if isinstance(values, Iterable) else (values,)
    for i, step in enumerate(found):
        if not isinstance(step, FeeStep):
            msg = "must be a FeeStep"
            raise InvalidInputError(msg, field=f"steps[{i}]", value=step)
    return found


@attrs.frozen
class FoiaFeeAssessment:
    """The fee of one FOIA request: the generic itemised assessment and the statutory steps.

    Attributes:
        category: The requester's category.
        assessment: The itemised charge (activities, bar, waiver, minimum fee).
        steps: Why each rule applied, each with its citation.
        deadline_missed: Whether the agency missed a time limit of (a)(6).
        excused_by: The exception of (viii)(II) that lifted the bar, if any.
    """

    category: RequesterCategory = attrs.field(validator=instance_of(RequesterCategory))
    assessment: RateAssessment = attrs.field(validator=instance_of(RateAssessment))
    steps: tuple[FeeStep, ...] = attrs.field(converter=_to_steps)
    deadline_missed: bool = attrs.field(default=False, validator=instance_of(bool))
    excused_by: FeeBarException | None = attrs.field(
        default=None, validator=instance_of(FeeBarException, type(None))
    )

    def __attrs_post_init__(self) -> None:
        if self.assessment.category.code != self.category.value:
            msg = "must be the category the assessment was made for"
            raise InvalidInputError(msg, field="category", value=self.category)
        if self.excused_by is not None and not self.deadline_missed:
            msg = "an exception to the fee bar needs a missed time limit"
            raise InvalidInputError(msg, field="excused_by", value=self.excused_by)

    @property
    def total(self) -> Money:
        """The fee to pay."""
        return self.assessment.total

    @property
    def gross(self) -> Money:
        """The charge before the minimum fee and any waiver (after the fee bar)."""
        return self.assessment.gross

    @property
    def advance_payment_allowed(self) -> bool:
        """Whether advance payment may be required ((a)(4)(A)(v)).

        Yes after prior non-payment, or when the fee will exceed $250.
        """
        return bool(self.assessment.advance_payment_allowed)

    def explain(self) -> str:
        """Every step and every line of the charge, with citations."""
        lines = [f"FOIA fee: {self.category.label}"]
        lines += [f"  {s.explain()}" for s in self.steps]
        lines += [f"  {line}" for line in self.assessment.explain().splitlines()[1:]]
        return "\n".join(lines)


def _check(inputs: Mapping[str, object]) -> list[Problem]:
    """Every problem of the inputs, at once."""
    problems: list[Problem] = []
    kinds: dict[str, type | tuple[type, ...]] = {
        "category": RequesterCategory,
        "rates": FeeRates,
        "policy": FeePolicy,
        "facts": (DeadlineFacts, type(None)),
        "waiver": (FeeWaiver, type(None)),
    }
    problems += [
        Problem(name, "has the wrong type", inputs[name])
        for name, kind in kinds.items()
        if not isinstance(inputs[name], kind)
    ]
    problems += [
        Problem(name, "must be a bool", inputs[name])
        for name in ("deadline_missed", "prior_nonpayment")
        if type(inputs[name]) is not bool
    ]
    for name, whole in (("search_hours", False), ("review_hours", False), ("pages", True)):
        try:
            check_quantity(inputs[name], name, whole=whole)
        except InvalidInputError as err:
            problems += err.problems
    minimum = inputs["minimum_fee"]
    if not isinstance(minimum, Money) or minimum.currency != USD or minimum.amount < 0:
        problems.append(Problem("minimum_fee", "must be a Money in USD, not negative", minimum))
    return problems


def _exceptions(values: object, deadline_missed: object, facts: object) -> list[FeeBarException]:
    found: list[object] = list(values) if isinstance(values, Iterable) else [values]
    problems = [
        Problem(f"exceptions[{i}]", "must be a FeeBarException", v)
        for i, v in enumerate(found)
        if not isinstance(v, FeeBarException)
    ]
    if found and deadline_missed is not True:
        problems.append(Problem("exceptions", "an exception needs a missed time limit", found))
    if found and facts is None:
        problems.append(Problem("facts", "an exception needs the facts it rests on", None))
    if problems:
        msg = "invalid exceptions to the fee bar"
        raise InvalidInputError(msg, problems=problems)
    return [v for v in found if isinstance(v, FeeBarException)]


def assess_fees(  # noqa: PLR0913 - the statute's inputs, all keyword-only
    *,
    category: RequesterCategory,
    search_hours: Decimal | int,
    review_hours: Decimal | int,
    pages: int,
    rates: FeeRates,
    minimum_fee: Money = Money("0", USD),  # noqa: B008 - an immutable value
    deadline_missed: bool = False,
    exceptions: Iterable[FeeBarException] = (),
    facts: DeadlineFacts | None = None,
    waiver: FeeWaiver | None = None,
    prior_nonpayment: bool = False,
    policy: FeePolicy = STATUTORY_DEFAULTS,
) -> FoiaFeeAssessment:
    """The fee of one FOIA request, with every step cited (§ 552(a)(4)(A)).

    1. The category decides what is chargeable ((ii)): commercial use pays
       search, review and duplication; educational, noncommercial scientific
       and news media requesters pay duplication only; all others search and
       duplication. All but commercial use get the first 2 hours of search
       and the first 100 pages free ((iv)(II)).
    2. After a missed time limit of (a)(6), no search fees, and no
       duplication fees for the preferred categories ((viii)(I)), unless one
       of ``exceptions`` ((viii)(II)(aa)-(cc)) is shown by ``facts``. Review
       fees are never barred.
    3. No fee at or below ``minimum_fee`` ((iv)(I); ``policy.charge_at_minimum``).
    4. A waiver ((iii)) last (``policy.waiver_last``).
    5. Advance payment may be required over $250 or after prior non-payment ((v)).

    Args:
        category: The requester's category.
        search_hours: Hours of search (``Decimal`` or int; never a float).
        review_hours: Hours of review (charged to commercial use only).
        pages: Pages of duplication.
        rates: The agency's rates.
        minimum_fee: The agency's minimum fee (default none).
        deadline_missed: Whether the agency missed a time limit of (a)(6).
        exceptions: The exceptions of (viii)(II) the agency claims.
        facts: What it can show for them.
        waiver: A fee waiver granted, if any (:func:`full_waiver`, :func:`partial_waiver`).
        prior_nonpayment: Whether the requester failed to pay fees in time before.
        policy: The agency's practice and our readings (:class:`FeePolicy`).

    Raises:
        InvalidInputError: Every bad input at once: a float or negative
            quantity, rates or a minimum fee not in USD, an exception claimed
            without a missed time limit or without facts.

    >>> rates = FeeRates(search_per_hour=Money(40, "USD"), review_per_hour=Money(60, "USD"),
    ...                  per_page=Money("0.10", "USD"))
    >>> assess_fees(category=RequesterCategory.OTHER, search_hours=1.5, review_hours=0,
    ...             pages=0, rates=rates)
    Traceback (most recent call last):
    ...
    govdisclosure.errors.InvalidInputError: invalid FOIA fee inputs: search_hours: floats are ...
    """
    problems = _check(
        {
            "category": category,
            "search_hours": search_hours,
            "review_hours": review_hours,
            "pages": pages,
            "rates": rates,
            "minimum_fee": minimum_fee,
            "deadline_missed": deadline_missed,
            "prior_nonpayment": prior_nonpayment,
            "facts": facts,
            "waiver": waiver,
            "policy": policy,
        }
    )
    if problems:
        msg = "invalid FOIA fee inputs"
        raise InvalidInputError(msg, problems=problems)
    claimed = _exceptions(exceptions, deadline_missed, facts)
    search, review = Decimal(search_hours), Decimal(review_hours)
    schedule = fee_schedule(
        rates, minimum_fee=minimum_fee, policy=policy, search_hours=search, review_hours=review
    )
    steps = _category_steps(category)
    excused_by = None
    bar = None
    if deadline_missed:
        excused_by, excuse_steps = _excuse(claimed, facts, policy)
        steps += excuse_steps
        if excused_by is None:
            bar, bar_step = _bar(category)
            steps.append(bar_step)
    fee = schedule.assess(
        category.value,
        {"search": search_hours, "review": review_hours, "duplication": pages},
        waiver=waiver,
        bar=bar,
        prior_nonpayment=prior_nonpayment,
    )
    return FoiaFeeAssessment(category, fee, steps, deadline_missed, excused_by)


def _category_steps(category: RequesterCategory) -> list[FeeStep]:
    order = ("search", "review", "duplication")
    pays = ", ".join(a for a in order if a in category.chargeable)
    steps = [FeeStep(f"{category.label}: chargeable {pays}", category.citation)]
    if category is not RequesterCategory.COMMERCIAL:
        free = f"the first {DUPLICATION_ALLOWANCE_PAGES} pages of duplication are free"
        if "search" in category.chargeable:
            hours = f"the first {SEARCH_ALLOWANCE_HOURS} hours of search"
            free = f"{hours} and {free.removeprefix('the ')}"
        steps.append(FeeStep(free, DUPLICATION_ALLOWANCE_CITATION))
    return steps


def _excuse(
    claimed: list[FeeBarException], facts: DeadlineFacts | None, policy: FeePolicy
) -> tuple[FeeBarException | None, list[FeeStep]]:
    steps = []
    for exception in claimed:
        assert facts is not None  # noqa: S101 - checked by _exceptions
        unmet = exception.unmet(facts)
        if not unmet:
            text = f"time limit missed, excused ({exception.value}): " + "; ".join(
                _condition_text(c, policy) for c in exception.conditions
            )
            steps.append(FeeStep(text, exception.citation))
            return exception, steps
        text = f"exception ({exception.value}) not shown: " + "; ".join(
            f"not shown that {_condition_text(c, policy)}" for c in unmet
        )
        steps.append(FeeStep(text, exception.citation))
    return None, steps


def _condition_text(condition: ExcuseCondition, policy: FeePolicy) -> str:
    """The condition's text, the unit of the additional days as the policy counts them."""
    if condition is not ExcuseCondition.WITHIN_ADDITIONAL_DAYS:
        return condition.text
    unit = "working" if policy.excuse_in_working_days else "calendar"
    return condition.text.replace(" days", f" {unit} days")


def _bar(category: RequesterCategory) -> tuple[FeeBar, FeeStep]:
    barred = ("search", "duplication") if category.preferred else ("search",)
    reason = "the agency failed to comply with a time limit of paragraph (6)"
    text = f"{reason}: no {' or '.join(barred)} fees"
    if category is RequesterCategory.COMMERCIAL:
        text += " (review fees are not barred)"
    return FeeBar(barred, reason, BAR_CITATION), FeeStep(text, BAR_CITATION)
