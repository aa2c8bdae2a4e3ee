"""Fee schedules by requester category and activity, and the assessment of one request's fee.

Re-exported by :mod:`govdisclosure.fees`; import them from there.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

import attrs

from govdisclosure._validators import instance_of, non_empty, tuple_of
from govdisclosure.errors import InvalidInputError, Problem
from govdisclosure.fees._adjustments import FeeBar, FeeWaiver, Threshold
from govdisclosure.fees._charges import ActivityCharge, AdjustmentKind, FeeAdjustment
from govdisclosure.fees._rates import Activity, ActivityRate, RequesterCategory, check_quantity
from govdisclosure.law import Citation
from govdisclosure.money import Money

_optional_citation = instance_of(Citation, type(None))
_optional_threshold = instance_of(Threshold, type(None))


class FeeStage(enum.Enum):
    """Which fee a minimum-fee threshold is compared with: before or after a waiver.

    A policy where the texts are silent. The default, :attr:`AFTER_WAIVER`,
    compares the amount that would actually be collected (a statute's reason
    for a minimum, "the costs of routine collection … likely to equal or exceed
    the amount of the fee", is about what is collected); :attr:`BEFORE_WAIVER`
    applies the threshold to the fee as charged and the waiver last.

    >>> FeeStage("after_waiver")
    <FeeStage.AFTER_WAIVER: 'after_waiver'>
    """

    BEFORE_WAIVER = "before_waiver"
    AFTER_WAIVER = "after_waiver"


def _records(values: Any, kind: type, field: str) -> tuple[Any, ...]:  # noqa: ANN401
    found = tuple_of(values, field)
    bad = [
        Problem(f"{field}[{i}]", f"must be a {kind.__name__}", v)
        for i, v in enumerate(found)
        if not isinstance(v, kind)
    ]
    if bad:
        msg = f"invalid {field}"
        raise InvalidInputError(msg, problems=bad)
    return found


def _to_categories(values: Any) -> tuple[Any, ...]:  # noqa: ANN401 - checked here
    return _records(values, RequesterCategory, "categories")


def _to_activities(values: Any) -> tuple[Any, ...]:  # noqa: ANN401 - checked here
    return _records(values, Activity, "activities")


def _to_rates(values: Any) -> tuple[Any, ...]:  # noqa: ANN401 - checked here
    return _records(values, ActivityRate, "rates")


def _to_charges(values: Any) -> tuple[Any, ...]:  # noqa: ANN401 - checked here
    return _records(values, ActivityCharge, "charges")


def _to_adjustments(values: Any) -> tuple[Any, ...]:  # noqa: ANN401 - checked here
    return _records(values, FeeAdjustment, "adjustments")


def _check_extras(waiver: object, bar: object, prior_nonpayment: object) -> None:
    for field, value, kind in (("waiver", waiver, FeeWaiver), ("bar", bar, FeeBar)):
        if value is not None and not isinstance(value, kind):
            msg = f"must be a {kind.__name__} or None"
            raise InvalidInputError(msg, field=field, value=value)
    if type(prior_nonpayment) is not bool:
        msg = "must be a bool"
        raise InvalidInputError(msg, field="prior_nonpayment", value=prior_nonpayment)


def _duplicates(codes: Iterable[str], field: str) -> list[Problem]:
    seen: set[str] = set()
    problems = []
    for i, code in enumerate(codes):
        if code in seen:
            problems.append(Problem(f"{field}[{i}].code", "is used twice", code))
        seen.add(code)
    return problems


@attrs.frozen
class RateSchedule:
    """A fee schedule priced by requester category and activity (a category × activity matrix).

    Every category has exactly one :class:`ActivityRate` for every activity:
    a price per unit with its billing increment and free allowance, or no price
    (not chargeable to that category). Then, for the fee as a whole: a
    minimum-fee threshold (no fee unless the fee passes it), the stage it
    applies at (:class:`FeeStage`), and an advance-payment trigger.

    Attributes:
        name: A name for people.
        currency: The ISO 4217 code every price is in.
        categories: The requester categories.
        activities: The chargeable activities.
        rates: One rate per category and activity.
        minimum_fee: No fee is charged unless it passes this threshold.
        minimum_fee_stage: Whether the threshold is compared before or after a waiver.
        advance_payment: Advance payment may be required once the fee passes this.
        citation: The provision that sets the schedule.

    The fee of a request: every activity is charged at its category's rate
    (the quantity rounded up to whole increments, the allowance free), a fee
    bar zeroes the activities it names, then a waiver and the minimum fee take
    their part off (in the order ``minimum_fee_stage`` says). The total is the
    sum of the lines. See :meth:`assess` and ``docs/fees.md``.

    >>> from govdisclosure.money import Money
    >>> from govdisclosure.fees import Measure, RateUnit
    >>> pages = Activity("copies", Measure.PAGES)
    >>> sched = RateSchedule("demo", "GBP", [RequesterCategory("any")], [pages],
    ...                      [ActivityRate("any", "copies", Money("0.10", "GBP"), RateUnit.PAGE)])
    >>> str(sched.assess("any", {"copies": 25}).total)
    '£2.50'
    >>> RateSchedule("demo", "GBP", [RequesterCategory("any")], [pages], [])
    Traceback (most recent call last):
    ...
    govdisclosure.errors.InvalidInputError: invalid rate schedule 'demo': rates: no rate for ...
    """

    name: str = attrs.field(validator=non_empty)
    currency: str
    categories: tuple[RequesterCategory, ...] = attrs.field(converter=_to_categories)
    activities: tuple[Activity, ...] = attrs.field(converter=_to_activities)
    rates: tuple[ActivityRate, ...] = attrs.field(converter=_to_rates)
    minimum_fee: Threshold | None = attrs.field(
        default=None, kw_only=True, validator=_optional_threshold
    )
    minimum_fee_stage: FeeStage = attrs.field(
        default=FeeStage.AFTER_WAIVER, kw_only=True, validator=instance_of(FeeStage)
    )
    advance_payment: Threshold | None = attrs.field(
        default=None, kw_only=True, validator=_optional_threshold
    )
    citation: Citation | None = attrs.field(
        default=None, kw_only=True, validator=_optional_citation
    )

    def __attrs_post_init__(self) -> None:
        Money.zero(self.currency)  # a well-formed code, or InvalidInputError
        problems = self._problems()
        if problems:
            msg = f"invalid rate schedule {self.name!r}"
            raise InvalidInputError(msg, problems=problems)

    def _problems(self) -> list[Problem]:
        problems = _duplicates((c.code for c in self.categories), "categories")
        problems += _duplicates((a.code for a in self.activities), "activities")
        if not self.categories:
            problems.append(Problem("categories", "a schedule needs a category", ()))
        if not self.activities:
            problems.append(Problem("activities", "a schedule needs an activity", ()))
        measures = {a.code: a.measure for a in self.activities}
        categories = {c.code for c in self.categories}
        seen: set[tuple[str, str]] = set()
        for i, rate in enumerate(self.rates):
            where = f"rates[{i}]"
            problems += self._rate_problems(where, rate, categories, measures)
            if (rate.category, rate.activity) in seen:
                problems.append(Problem(where, "a second rate for this pair", rate))
            seen.add((rate.category, rate.activity))
        missing = [(c.code, a.code) for c in self.categories for a in self.activities]
        problems += [
            Problem("rates", "no rate for this category and activity", pair)
            for pair in missing
            if pair not in seen
        ]
        for field in ("minimum_fee", "advance_payment"):
            threshold = getattr(self, field)
            if threshold is not None and threshold.amount.currency != self.currency:
                problems.append(Problem(f"{field}.amount", self._in_currency, threshold.amount))
        return problems

    @property
    def _in_currency(self) -> str:
        return f"must be in {self.currency}, the schedule's currency"

    def _rate_problems(
        self,
        where: str,
        rate: ActivityRate,
        categories: set[str],
        measures: Mapping[str, object],
    ) -> list[Problem]:
        problems = []
        if rate.category not in categories:
            problems.append(Problem(f"{where}.category", "is not a category", rate.category))
        measure = measures.get(rate.activity)
        if measure is None:
            problems.append(Problem(f"{where}.activity", "is not an activity", rate.activity))
        elif rate.per.measure is not measure:
            msg = f"counts {rate.per.measure.value}, but the activity counts {measure}"
            problems.append(Problem(f"{where}.per", msg, rate.per))
        if rate.price is not None and rate.price.currency != self.currency:
            problems.append(Problem(f"{where}.price", self._in_currency, rate.price))
        return problems

    def category(self, code: str | RequesterCategory) -> RequesterCategory:
        """The category with ``code`` (or the category given, if it is the schedule's)."""
        for category in self.categories:
            if code in (category.code, category):
                return category
        msg = f"is not a category of {self.name!r} ({', '.join(self.category_codes)})"
        raise InvalidInputError(msg, field="category", value=code)

    @property
    def category_codes(self) -> tuple[str, ...]:
        """The categories' codes, in order."""
        return tuple(c.code for c in self.categories)

    def activity(self, code: str | Activity) -> Activity:
        """The activity with ``code`` (or the activity given, if it is the schedule's)."""
        for activity in self.activities:
            if code in (activity.code, activity):
                return activity
        codes = ", ".join(a.code for a in self.activities)
        msg = f"is not an activity of {self.name!r} ({codes})"
        raise InvalidInputError(msg, field="activity", value=code)

    def rate(self, category: str | RequesterCategory, activity: str | Activity) -> ActivityRate:
        """The rate of ``activity`` for ``category``."""
        cat, act = self.category(category).code, self.activity(activity).code
        return self._rate_table[cat, act]

    @functools.cached_property
    def _rate_table(self) -> dict[tuple[str, str], ActivityRate]:
        return {(r.category, r.activity): r for r in self.rates}

    def assess(
        self,
        category: str | RequesterCategory,
        quantities: Mapping[str | Activity, Decimal | int],
        *,
        waiver: FeeWaiver | None = None,
        bar: FeeBar | None = None,
        prior_nonpayment: bool = False,
    ) -> RateAssessment:
        """The fee of one request by a requester of ``category``, itemised.

        Args:
            category: The requester's category (its code, or the category).
            quantities: The quantity of each activity: hours as a ``Decimal``
                (or an int), pages and items as an ``int``. An activity left
                out was not performed and costs nothing.
            waiver: A fee waiver granted, if any.
            bar: A fee bar in force, if any (the rule pack decides which).
            prior_nonpayment: Whether the requester has failed to pay a fee
                in time before (advance payment may then be required).

        Raises:
            InvalidInputError: An unknown category or activity, a quantity
                that is negative, a float, not finite or of the wrong kind
                (every bad one named), a bar naming an unknown activity.
            CurrencyMismatchError: A waiver amount in another currency.
        """
        cat = self.category(category)
        given = self._quantities(quantities)
        _check_extras(waiver, bar, prior_nonpayment)
        for code in () if bar is None else bar.activities:
            self.activity(code)
        charges = tuple(
            ActivityCharge.of(
                a,
                given.get(a.code, 0),
                self.rate(cat, a),
                bar if bar is not None and bar.bars(a.code) else None,
            )
            for a in self.activities
        )
        gross = sum((c.subtotal_in(self.currency) for c in charges), Money.zero(self.currency))
        adjustments = self._adjustments(gross, waiver)
        return RateAssessment(self, cat, charges, adjustments, waiver, bar, prior_nonpayment)

    def _quantities(self, quantities: object) -> dict[str, Decimal | int]:
        if not isinstance(quantities, Mapping):
            msg = "must be a mapping of activity (or its code) to quantity"
            raise InvalidInputError(msg, field="quantities", value=quantities)
        found: dict[str, Decimal | int] = {}
        problems: list[Problem] = []
        for key, value in quantities.items():
            where = f"quantities[{key!r}]"
            try:
                activity = self.activity(key)
                check_quantity(value, where, whole=activity.measure.whole)
            except InvalidInputError as err:
                problems += [Problem(where, p.message, p.value) for p in err.problems]
                continue
            if activity.code in found:
                problems.append(Problem(f"quantities[{key!r}]", "is given twice", value))
            found[activity.code] = value
        if problems:
            msg = "invalid quantities"
            raise InvalidInputError(msg, problems=problems)
        return found

    def _adjustments(self, gross: Money, waiver: FeeWaiver | None) -> tuple[FeeAdjustment, ...]:
        lines: list[FeeAdjustment] = []
        left = gross
        if self.minimum_fee_stage is FeeStage.BEFORE_WAIVER:
            left = self._minimum(left, lines)
        if waiver is not None:
            off = waiver.waived(left)
            reason = waiver.summary
            if waiver.amount is not None and waiver.amount > left:
                reason += f" (more than the fee of {left}: the whole fee is waived)"
            lines.append(FeeAdjustment(AdjustmentKind.WAIVER, -off, reason, waiver.citation))
            left -= off
        if self.minimum_fee_stage is FeeStage.AFTER_WAIVER:
            left = self._minimum(left, lines)
        return tuple(lines)

    def _minimum(self, fee: Money, lines: list[FeeAdjustment]) -> Money:
        """The fee after the minimum-fee rule, appending its line when it takes the fee off."""
        rule = self.minimum_fee
        if rule is None or fee.is_zero or rule.passed_by(fee):
            return fee
        reason = f"{fee} is not {rule}: no fee is charged"
        lines.append(FeeAdjustment(AdjustmentKind.MINIMUM_FEE, -fee, reason, rule.citation))
        return Money.zero(fee.currency)


@attrs.frozen(repr=False)
class RateAssessment:
    """The fee of one request under a :class:`RateSchedule`: every line, and the total.

    Attributes:
        schedule: The schedule applied.
        category: The requester's category.
        charges: One :class:`ActivityCharge` per activity of the schedule, in order.
        adjustments: The waiver and minimum-fee lines, in the order applied.
        waiver: The waiver given, if any.
        bar: The fee bar given, if any.
        prior_nonpayment: Whether the requester failed to pay in time before.

    ``total`` is always ``gross`` plus the adjustments, and ``gross`` the sum
    of the charges' subtotals.

    >>> from decimal import Decimal
    >>> from govdisclosure.money import Money
    >>> from govdisclosure.fees import FeeWaiver, Measure, RateUnit, WaiverKind
    >>> hours = Activity("search", Measure.HOURS)
    >>> sched = RateSchedule("demo", "EUR", [RequesterCategory("any")], [hours],
    ...                      [ActivityRate("any", "search", Money(30, "EUR"), RateUnit.HOUR)])
    >>> off = FeeWaiver(WaiverKind.PARTIAL, "hardship", amount=Money(20, "EUR"))
    >>> fee = sched.assess("any", {"search": Decimal("2.5")}, waiver=off)
    >>> str(fee.gross), [str(a.amount) for a in fee.adjustments], str(fee.total)
    ('€90.00', ['-€20.00'], '€70.00')
    """

    schedule: RateSchedule = attrs.field(validator=instance_of(RateSchedule))
    category: RequesterCategory = attrs.field(validator=instance_of(RequesterCategory))
    charges: tuple[ActivityCharge, ...] = attrs.field(converter=_to_charges)
    adjustments: tuple[FeeAdjustment, ...] = attrs.field(default=(), converter=_to_adjustments)
    waiver: FeeWaiver | None = attrs.field(
        default=None, validator=instance_of(FeeWaiver, type(None))
    )
    bar: FeeBar | None = attrs.field(default=None, validator=instance_of(FeeBar, type(None)))
    prior_nonpayment: bool = attrs.field(default=False, validator=instance_of(bool))

    def __attrs_post_init__(self) -> None:
        sched = self.schedule
        cat = sched.category(self.category)
        if cat != self.category:  # pragma: no cover - category() returns the one given
            msg = "must be one of the schedule's categories"
            raise InvalidInputError(msg, field="category", value=self.category)
        for code in () if self.bar is None else self.bar.activities:
            sched.activity(code)
        expected = [
            (a, sched.rate(cat, a), self.bar if self.bar and self.bar.bars(a.code) else None)
            for a in sched.activities
        ]
        found = [(c.activity, c.rate, c.barred_by) for c in self.charges]
        if found != expected:
            msg = "must be one charge per activity of the schedule, in order, at its rate and bar"
            raise InvalidInputError(msg, field="charges", value=len(self.charges))
        if self.adjustments != sched._adjustments(self.gross, self.waiver):  # noqa: SLF001
            msg = "must be the waiver and minimum-fee lines the schedule makes"
            raise InvalidInputError(msg, field="adjustments", value=self.adjustments)

    @property
    def currency(self) -> str:
        """The schedule's currency."""
        return self.schedule.currency

    @functools.cached_property
    def gross(self) -> Money:
        """The sum of the activities' charges, before any waiver or minimum fee."""
        zero = Money.zero(self.currency)
        return sum((c.subtotal_in(self.currency) for c in self.charges), zero)

    @functools.cached_property
    def total(self) -> Money:
        """The fee to pay: ``gross`` plus every adjustment."""
        return sum((a.amount for a in self.adjustments), self.gross)

    @property
    def advance_payment_allowed(self) -> bool | None:
        """Whether advance payment may be required; ``None`` if the schedule has no such rule.

        Yes when the requester failed to pay before, or the fee passes the
        schedule's advance-payment threshold.
        """
        if self.prior_nonpayment:
            return True
        rule = self.schedule.advance_payment
        return None if rule is None else rule.passed_by(self.total)

    def explain(self) -> str:
        """How the fee was reached: every activity, every adjustment, the total."""
        head = f"{self.schedule.name}: {self.category.name}"
        lines = [head]
        for charge in self.charges:
            lines += [f"  {line}" for line in charge.explain().splitlines()]
        lines += [f"  {a.explain()}" for a in self.adjustments]
        lines.append(f"  total: {self.total}")
        advance = self.advance_payment_allowed
        if advance is not None:
            lines.append(f"  advance payment {'may' if advance else 'may not'} be required")
        return "\n".join(lines)

    def __repr__(self) -> str:
        return (
            f"RateAssessment({self.schedule.name!r}, category={self.category.code!r}, "
            f"total={self.total!r})"
        )
