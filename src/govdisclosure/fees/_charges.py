"""The lines of a rate assessment: one charge per activity, then the adjustments.

Re-exported by :mod:`govdisclosure.fees`; import them from there.
"""

from __future__ import annotations

import enum
from decimal import Decimal

import attrs

from govdisclosure._validators import instance_of, non_empty
from govdisclosure.errors import InvalidInputError
from govdisclosure.fees._adjustments import FeeBar
from govdisclosure.fees._progressive import FeeAssessment
from govdisclosure.fees._rates import (
    Activity,
    ActivityRate,
    Measure,
    check_quantity,
    increments_in,
)
from govdisclosure.law import Citation
from govdisclosure.money import Money


@attrs.frozen
class ActivityCharge:
    """What one activity of a request costs: the quantity, its billing, and the charge.

    Attributes:
        activity: The activity.
        quantity: The quantity worked or copied, as given (hours, pages).
        rate: The rate that applied (the category's, for this activity).
        assessment: The charge as a progressive fee over billing increments
            (the allowance is its free first band), or ``None`` when the
            activity is not chargeable to the category.
        barred_by: The fee bar that zeroes the charge, if any.

    >>> from govdisclosure.money import Money
    >>> from govdisclosure.fees import Measure, RateUnit
    >>> dup = Activity("duplication", Measure.PAGES)
    >>> rate = ActivityRate("other", "duplication", Money("0.10", "USD"), RateUnit.PAGE,
    ...                     allowance=100)
    >>> charge = ActivityCharge.of(dup, 130, rate)
    >>> charge.increments, str(charge.subtotal)
    (130, '$3.00')
    """

    activity: Activity = attrs.field(validator=instance_of(Activity))
    quantity: Decimal = attrs.field(validator=instance_of(Decimal))
    rate: ActivityRate = attrs.field(validator=instance_of(ActivityRate))
    assessment: FeeAssessment | None = attrs.field(validator=instance_of(FeeAssessment, type(None)))
    barred_by: FeeBar | None = attrs.field(default=None, validator=instance_of(FeeBar, type(None)))

    def __attrs_post_init__(self) -> None:
        check_quantity(self.quantity, "quantity", whole=False)
        schedule = self.rate.schedule(self.activity)
        if schedule is None:
            if self.assessment is not None:
                msg = "must be None: the activity is not chargeable at this rate"
                raise InvalidInputError(msg, field="assessment", value=self.assessment)
            return
        due = increments_in(self.quantity, self.rate.increment)
        if self.assessment is None or self.assessment.schedule != schedule:
            msg = "must be the rate's charge for the activity"
            raise InvalidInputError(msg, field="assessment", value=self.assessment)
        if (self.assessment.units, self.assessment.after) != (due, 0):
            msg = f"must charge the {due} increments the quantity takes, from the first"
            raise InvalidInputError(msg, field="assessment", value=self.assessment.units)

    @classmethod
    def of(
        cls,
        activity: Activity,
        quantity: Decimal | int,
        rate: ActivityRate,
        barred_by: FeeBar | None = None,
    ) -> ActivityCharge:
        """Charge ``quantity`` of ``activity`` at ``rate``: checked, billed in whole increments."""
        amount = check_quantity(quantity, activity.code, whole=activity.measure.whole)
        schedule = rate.schedule(activity)
        assessment = None
        if schedule is not None:
            assessment = schedule.fee(increments_in(amount, rate.increment))
        return cls(activity, amount, rate, assessment, barred_by)

    @property
    def currency(self) -> str | None:
        """The currency of the charge (``None`` when the activity is not chargeable)."""
        return None if self.rate.price is None else self.rate.price.currency

    @property
    def increments(self) -> int:
        """How many billing increments the quantity takes (rounded up)."""
        return 0 if self.assessment is None else self.assessment.units

    @property
    def billable(self) -> Decimal:
        """The quantity rounded up to whole increments."""
        return self.increments * self.rate.increment

    @property
    def before_bar(self) -> Money | None:
        """What the activity would cost without a bar (``None`` when not chargeable)."""
        return None if self.assessment is None else self.assessment.total

    def subtotal_in(self, currency: str) -> Money:
        """The charge in ``currency``: nothing when barred or not chargeable."""
        before = self.before_bar
        if before is None or self.barred_by is not None:
            return Money.zero(currency)
        if before.currency != currency:
            msg = f"the charge is in {before.currency}, not {currency}"
            raise InvalidInputError(msg, field="currency", value=currency)
        return before

    @property
    def subtotal(self) -> Money | None:
        """The charge (``None`` when the activity is not chargeable to the category)."""
        return None if self.currency is None else self.subtotal_in(self.currency)

    def explain(self) -> str:
        """How the charge was reached, with the bands (allowance, rate) and citations.

        >>> from govdisclosure.money import Money
        >>> from govdisclosure.fees import Measure, RateUnit
        >>> search = Activity("search", Measure.HOURS)
        >>> rate = ActivityRate("other", "search", Money(40, "USD"), RateUnit.HOUR,
        ...                     increment=Decimal("0.25"), allowance=2)
        >>> print(ActivityCharge.of(search, Decimal("2.6"), rate).explain())
        search: 2.6 hours, billed as 11 quarter hours (2.75 hours): $30.00
          band 1–8: nos. 1–8, 8 × $0.00 = $0.00
          band 9+: nos. 9–11, 3 × $10.00 = $30.00
        """
        measure = self.activity.measure.value
        head = f"{self.activity.name}: {self.quantity} {measure}"
        if self.assessment is None:
            cite = "" if self.rate.citation is None else f" [{self.rate.citation}]"
            return f"{head}: not chargeable to {self.rate.category}{cite}"
        unit = self.assessment.schedule.unit
        if self.billable != self.quantity or self.rate.increment != 1:
            plural = "" if self.increments == 1 else "s"
            head += f", billed as {self.increments} {unit}{plural}"
            if self.activity.measure is Measure.HOURS and unit != "hour":
                head += f" ({self.billable.normalize():f} hours)"
        head += f": {self.subtotal}"
        lines = [head, *(f"  {c.explain()}" for c in self.assessment.breakdown)]
        if self.barred_by is not None:
            lines.append(f"  barred, {self.before_bar} not charged: {self.barred_by}")
        return "\n".join(lines)


class AdjustmentKind(enum.Enum):
    """What took a fee down after the activities were charged.

    >>> [k.value for k in AdjustmentKind]
    ['waiver', 'minimum_fee']
    """

    WAIVER = "waiver"
    """A fee waiver (full or partial)."""
    MINIMUM_FEE = "minimum_fee"
    """The fee did not pass the minimum-fee threshold, so none is charged."""


@attrs.frozen
class FeeAdjustment:
    """A line that takes something off a fee, with its reason.

    Attributes:
        kind: Waiver or minimum fee.
        amount: What it takes off (zero or less).
        reason: Why, for people.
        citation: The provision behind it.

    >>> from govdisclosure.money import Money
    >>> line = FeeAdjustment(AdjustmentKind.MINIMUM_FEE, Money(-20, "USD"), "not over $25.00")
    >>> line.explain()
    'minimum fee: -$20.00 (not over $25.00)'
    """

    kind: AdjustmentKind = attrs.field(validator=instance_of(AdjustmentKind))
    amount: Money = attrs.field(validator=instance_of(Money))
    reason: str = attrs.field(validator=non_empty)
    citation: Citation | None = attrs.field(
        default=None, validator=instance_of(Citation, type(None))
    )

    def __attrs_post_init__(self) -> None:
        if self.amount.amount > 0:
            msg = "an adjustment takes off (zero or less), it never adds"
            raise InvalidInputError(msg, field="amount", value=self.amount)

    def explain(self) -> str:
        """One line for people."""
        cite = "" if self.citation is None else f" [{self.citation}]"
        return f"{self.kind.value.replace('_', ' ')}: {self.amount} ({self.reason}){cite}"
