"""The records of a cost-limit answer: the policy, a request's hours, steps, fees, refusals.

Public names are re-exported by :mod:`govdisclosure.jurisdictions.uk.cost_limit`.

>>> str(CostStep("staff time", amount=Money(25, "GBP")))
'staff time: £25.00'

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from datetime import date

import attrs

import govdisclosure.jurisdictions.uk._cost_limit_data as data
from govdisclosure._validators import instance_of, non_empty
from govdisclosure.errors import InvalidInputError
from govdisclosure.fees import CostEstimate
from govdisclosure.fees._rates import check_quantity
from govdisclosure.jurisdictions.uk._refusals import RefusalGround
from govdisclosure.law import Citation
from govdisclosure.money import Money

__all__ = [
    "DEFAULT_COST_POLICY",
    "TOTAL",
    "CostLimitPolicy",
    "CostRefusal",
    "CostStep",
    "Disbursements",
    "FeeQuote",
    "NonWorkingReceipt",
    "RequestHours",
    "to_steps",
]

TOTAL = "permitted_activities"
"""The activity code of an estimate given as one total for every permitted activity."""


class NonWorkingReceipt(enum.Enum):
    """Which working day a request received on a non-working day counts from, for reg 5."""

    NEXT_WORKING_DAY = "next_working_day"
    PREVIOUS_WORKING_DAY = "previous_working_day"


def _gbp(instance: object, attribute: attrs.Attribute[Money], value: object) -> None:
    if not isinstance(value, Money) or value.currency != data.GBP or value.amount < 0:
        msg = "must be a Money in GBP, not negative"
        raise InvalidInputError(msg, field=attribute.name, value=value)


@attrs.frozen
class CostLimitPolicy:
    """Readings the cost-limit rules rest on where the law or the sources read are not firm.

    Attributes:
        non_working_receipt: A request received on a non-working day is taken
            as received on the next working day (default) or the previous one,
            when counting the 60 working days of reg 5 ([INFERENCE]: reg 5
            counts working days and says nothing of such a receipt).
        foisa_hourly_rate: The staff rate of a FOISA estimate: the authority's
            actual cost, which may not exceed £15 per hour (SSI 2004/467 reg
            3(2)(b)). Default: the cap itself, a policy (the actual rate is
            the authority's fact).
        s13_communication_staff_time: Whether a s.13 fee above the limit may
            add staff time for informing the applicant and communicating the
            information, at £25 per hour (reg 7). Default ``True``
            ([UNVERIFIED]).

    >>> DEFAULT_COST_POLICY.foisa_hourly_rate
    Money(amount=Decimal('15'), currency='GBP')
    """

    non_working_receipt: NonWorkingReceipt = attrs.field(
        default=NonWorkingReceipt.NEXT_WORKING_DAY, validator=instance_of(NonWorkingReceipt)
    )
    foisa_hourly_rate: Money = attrs.field(default=data.FOISA_HOURLY_RATE_CAP, validator=_gbp)
    s13_communication_staff_time: bool = attrs.field(default=True, validator=instance_of(bool))

    def __attrs_post_init__(self) -> None:
        rate = self.foisa_hourly_rate
        if rate.amount <= 0 or rate > data.FOISA_HOURLY_RATE_CAP:
            msg = (
                f"must be more than nothing and at most {data.FOISA_HOURLY_RATE_CAP} "
                f"[{data.FOISA_HOURLY_RATE_CITATION}]"
            )
            raise InvalidInputError(msg, field="foisa_hourly_rate", value=rate)


DEFAULT_COST_POLICY = CostLimitPolicy()
"""The default readings (see :class:`CostLimitPolicy`)."""


def to_estimate(value: object) -> CostEstimate:
    """Hours as a generic estimate: a total (a ``Decimal`` or an int) becomes one line, ``TOTAL``.

    >>> from decimal import Decimal
    >>> to_estimate(Decimal("2.5")).hours
    (('permitted_activities', Decimal('2.5')),)
    """
    if isinstance(value, CostEstimate):
        return value
    if isinstance(value, Mapping):
        return CostEstimate(value)
    return CostEstimate({TOTAL: check_quantity(value, "hours", whole=False)})


@attrs.frozen
class RequestHours:
    """One request of an aggregated group: when it was received and its estimated hours.

    Attributes:
        received: The date of receipt.
        hours: A total for the permitted activities (a ``Decimal`` or an int),
            or hours per activity (a mapping); kept as a generic estimate.
        ref: A reference, for people.

    >>> from decimal import Decimal
    >>> RequestHours(date(2024, 5, 1), Decimal(5), ref="R-1").hours.hours
    (('permitted_activities', Decimal('5')),)
    """

    received: date = attrs.field(validator=instance_of(date))
    hours: CostEstimate = attrs.field(converter=to_estimate)
    ref: str = attrs.field(default="", validator=instance_of(str))

    @property
    def is_total(self) -> bool:
        """Whether the hours are one total rather than per activity."""
        return any(code == TOTAL for code, _ in self.hours.hours)

    def estimate(self) -> CostEstimate:
        """The request as a generic :class:`~govdisclosure.fees.CostEstimate`, with its ref."""
        return attrs.evolve(self.hours, ref=self.ref)


@attrs.frozen
class CostStep:
    """One step of a cost-limit answer, with the provision it rests on (and an amount, if any).

    >>> str(CostStep("staff time at £25.00 per hour", Citation(data.FEES_REGULATIONS_2004, "4")))
    'staff time at £25.00 per hour [SI 2004/3244 s. 4]'
    """

    text: str = attrs.field(validator=non_empty)
    citation: Citation | None = attrs.field(
        default=None, validator=instance_of(Citation, type(None))
    )
    amount: Money | None = attrs.field(default=None, validator=instance_of(Money, type(None)))

    def __str__(self) -> str:
        text = self.text if self.amount is None else f"{self.text}: {self.amount}"
        return text if self.citation is None else f"{text} [{self.citation}]"


def to_steps(values: Iterable[object]) -> tuple[CostStep, ...]:
    found = tuple(values)
    for i, step in enumerate(found):
        if not isinstance(step, CostStep):
            msg = "must be a CostStep"
            raise InvalidInputError(msg, field=f"steps[{i}]", value=step)
    return tuple(s for s in found if isinstance(s, CostStep))


@attrs.frozen
class Disbursements:
    """Out-of-pocket costs of giving the information (reg 6(3)): copying, printing, postage.

    >>> Disbursements(reproduction=Money("4.50", "GBP"), postage=Money("1.20", "GBP")).total
    Money(amount=Decimal('5.70'), currency='GBP')
    """

    reproduction: Money = attrs.field(default=Money(0, data.GBP), validator=_gbp)
    """Photocopying or printing (reproducing a document containing the information)."""
    postage: Money = attrs.field(default=Money(0, data.GBP), validator=_gbp)
    """Postage or another form of transmitting the information."""
    other: Money = attrs.field(default=Money(0, data.GBP), validator=_gbp)
    """Complying with the applicant's preferred means of communication (s.11(1))."""

    @property
    def total(self) -> Money:
        """The three together."""
        return self.reproduction + self.postage + self.other


@attrs.frozen
class FeeQuote:
    """A fee that may be charged, with its lines (each cited)."""

    total: Money = attrs.field(validator=_gbp)
    steps: tuple[CostStep, ...] = attrs.field(converter=to_steps)

    def explain(self) -> str:
        """The lines and the total, for people."""
        return "\n".join([*(str(s) for s in self.steps), f"fee: {self.total}"])


@attrs.frozen
class CostRefusal:
    """A refusal on cost (s.12): the ground, the estimate and the limit it passes."""

    ground: RefusalGround = attrs.field(validator=instance_of(RefusalGround))
    estimate: Money = attrs.field(validator=_gbp)
    limit: Money = attrs.field(validator=_gbp)
    steps: tuple[CostStep, ...] = attrs.field(converter=to_steps)
