"""What a fee passes or not, and what takes it down: thresholds, waivers and fee bars.

One :class:`Threshold` serves three rules: a minimum fee (no fee unless it
passes the threshold), an advance-payment trigger (advance payment may be asked
once the fee passes it) and a cost limit (a request is refused once its
estimate passes it). Whether reaching the amount exactly counts as passing it
is data (``inclusive``), because the texts differ ("over $50", "$30.00 or
less", "exceeds the appropriate limit").

Re-exported by :mod:`govdisclosure.fees`; import them from there.
"""

from __future__ import annotations

import enum
from decimal import Decimal

import attrs

from govdisclosure._validators import instance_of, non_empty, tuple_of
from govdisclosure.errors import InvalidInputError, Problem
from govdisclosure.fees._bands import non_negative_money
from govdisclosure.law import Citation
from govdisclosure.money import Money

_optional_citation = instance_of(Citation, type(None))


@attrs.frozen
class Threshold:
    """An amount that a fee or an estimate passes or not.

    Attributes:
        amount: The amount (not negative).
        inclusive: Whether reaching ``amount`` exactly passes it (``>=``);
            by default only going over it does (``>``).
        citation: The provision that sets it.

    >>> from govdisclosure.money import Money
    >>> over_50 = Threshold(Money(50, "USD"))                  # "unless they are over $50.00"
    >>> at_25 = Threshold(Money(25, "USD"), inclusive=True)    # "fees of $25 or more"
    >>> over_50.passed_by(Money(50, "USD")), at_25.passed_by(Money(25, "USD"))
    (False, True)
    >>> over_50.passed_by(Money(60, "EUR"))
    Traceback (most recent call last):
    ...
    govdisclosure.errors.CurrencyMismatchError: currency: cannot compare amounts in EUR and USD ...
    """

    amount: Money = attrs.field(validator=non_negative_money)
    inclusive: bool = attrs.field(default=False, validator=instance_of(bool))
    citation: Citation | None = attrs.field(default=None, validator=_optional_citation)

    def passed_by(self, value: Money) -> bool:
        """Whether ``value`` (in the threshold's currency) passes the threshold."""
        given: object = value
        if not isinstance(given, Money):
            msg = "must be a Money"
            raise InvalidInputError(msg, field="value", value=value)
        return value >= self.amount if self.inclusive else value > self.amount

    def __str__(self) -> str:
        return f"{'at least' if self.inclusive else 'over'} {self.amount}"


class WaiverKind(enum.Enum):
    """A full waiver (no charge at all) or a partial one (a charge reduced).

    >>> WaiverKind("partial")
    <WaiverKind.PARTIAL: 'partial'>
    """

    FULL = "full"
    PARTIAL = "partial"


def _optional_fraction(
    instance: object, attribute: attrs.Attribute[Decimal | None], value: object
) -> None:
    if value is None:
        return
    if not isinstance(value, Decimal) or not value.is_finite() or not 0 < value < 1:
        msg = "must be a Decimal strictly between 0 and 1 (a full waiver is WaiverKind.FULL)"
        raise InvalidInputError(msg, field=attribute.name, value=value)


def _optional_positive_money(
    instance: object, attribute: attrs.Attribute[Money | None], value: object
) -> None:
    if value is not None and (not isinstance(value, Money) or not value.amount > 0):
        msg = "must be a Money of more than nothing"
        raise InvalidInputError(msg, field=attribute.name, value=value)


@attrs.frozen
class FeeWaiver:
    """A fee waiver, full or partial, with its basis.

    A partial waiver takes off a ``fraction`` of the fee or a fixed ``amount``
    (exactly one of them). An amount larger than the fee waives the whole fee,
    and the assessment's line says so.

    Attributes:
        kind: Full or partial.
        reason: Why it was granted, for people (the basis of the decision).
        citation: The provision it was granted under.
        fraction: Partial only: the share of the fee waived (0 < fraction < 1).
        amount: Partial only: the amount waived (more than nothing).

    >>> from decimal import Decimal
    >>> from govdisclosure.money import Money
    >>> half = FeeWaiver(WaiverKind.PARTIAL, "public interest", fraction=Decimal("0.5"))
    >>> half.waived(Money(90, "USD")), FeeWaiver(WaiverKind.FULL, "public interest").waived(
    ...     Money(90, "USD"))
    (Money(amount=Decimal('45.0'), currency='USD'), Money(amount=Decimal('90'), currency='USD'))
    >>> FeeWaiver(WaiverKind.PARTIAL, "public interest")
    Traceback (most recent call last):
    ...
    govdisclosure.errors.InvalidInputError: invalid fee waiver: fraction: a partial waiver needs ...
    """

    kind: WaiverKind = attrs.field(validator=instance_of(WaiverKind))
    reason: str = attrs.field(validator=non_empty)
    citation: Citation | None = attrs.field(default=None, validator=_optional_citation)
    fraction: Decimal | None = attrs.field(default=None, kw_only=True, validator=_optional_fraction)
    amount: Money | None = attrs.field(
        default=None, kw_only=True, validator=_optional_positive_money
    )

    def __attrs_post_init__(self) -> None:
        pairs = (("fraction", self.fraction), ("amount", self.amount))
        given = [(n, v) for n, v in pairs if v is not None]
        if self.kind is WaiverKind.FULL and given:
            name, value = given[0]
            problem = Problem(name, "a full waiver takes neither a fraction nor an amount", value)
        elif self.kind is WaiverKind.PARTIAL and len(given) != 1:
            msg = "a partial waiver needs exactly one of fraction and amount"
            problem = Problem("fraction", msg, [v for _, v in given])
        else:
            return
        msg = "invalid fee waiver"
        raise InvalidInputError(msg, problems=[problem])

    def waived(self, fee: Money) -> Money:
        """How much of ``fee`` (not negative) the waiver takes off: never more than the fee."""
        given: object = fee
        if not isinstance(given, Money) or fee.amount < 0:
            msg = "must be a Money, not negative"
            raise InvalidInputError(msg, field="fee", value=fee)
        if self.kind is WaiverKind.FULL:
            return fee
        if self.fraction is not None:
            return fee * self.fraction
        assert self.amount is not None  # noqa: S101 - guaranteed by validation
        return min(self.amount, fee)

    @property
    def summary(self) -> str:
        """What is waived and why, without the citation.

        >>> FeeWaiver(WaiverKind.PARTIAL, "public interest", fraction=Decimal("0.25")).summary
        'partial waiver of 25%: public interest'
        """
        if self.kind is WaiverKind.FULL:
            share = "full waiver"
        elif self.fraction is not None:
            share = f"partial waiver of {(self.fraction * 100).normalize():f}%"
        else:
            share = f"partial waiver of {self.amount}"
        return f"{share}: {self.reason}"

    def __str__(self) -> str:
        cite = "" if self.citation is None else f" [{self.citation}]"
        return f"{self.summary}{cite}"


def activity_codes(values: object) -> tuple[str, ...]:
    """One or more distinct activity codes (non-empty strs), as a tuple; else InvalidInputError.

    >>> activity_codes("search"), activity_codes(["search", "review"])
    (('search',), ('search', 'review'))
    """
    found = tuple_of(values, "activities", one=True)
    bad = [
        Problem(f"activities[{i}]", "must be a non-empty str", v)
        for i, v in enumerate(found)
        if not (isinstance(v, str) and v.strip())
    ]
    bad += [
        Problem(f"activities[{i}]", "is named twice", v)
        for i, v in enumerate(found)
        if v in found[:i]
    ]
    if bad:
        msg = "invalid activity codes"
        raise InvalidInputError(msg, problems=bad)
    if not found:
        msg = "must name at least one activity"
        raise InvalidInputError(msg, field="activities", value=found)
    return found


@attrs.frozen
class FeeBar:
    """A bar on charging for some activities (after a missed deadline, say), with its reason.

    The barred activities are charged nothing; the assessment still shows what
    they would have cost. Which activities a bar names (and whether an excuse
    lifts it) is the rule pack's business.

    Attributes:
        activities: The codes of the barred activities.
        reason: Why, for people.
        citation: The provision that bars the charge.

    >>> bar = FeeBar(("search",), "time limit missed")
    >>> bar.bars("search"), bar.bars("duplication"), str(bar)
    (True, False, 'fee bar on search: time limit missed')
    """

    activities: tuple[str, ...] = attrs.field(converter=activity_codes)
    reason: str = attrs.field(validator=non_empty)
    citation: Citation | None = attrs.field(default=None, validator=_optional_citation)

    def bars(self, activity: str) -> bool:
        """Whether the activity with code ``activity`` is barred."""
        return activity in self.activities

    def __str__(self) -> str:
        cite = "" if self.citation is None else f" [{self.citation}]"
        return f"fee bar on {', '.join(self.activities)}: {self.reason}{cite}"
