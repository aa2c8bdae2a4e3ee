"""Bands of a progressive schedule: a closed or open range of units, or an endless stepped run.

Re-exported by :mod:`govdisclosure.fees`; import them from there.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from govdisclosure._validators import instance_of, whole_number
from govdisclosure.errors import InvalidInputError
from govdisclosure.law import Citation
from govdisclosure.money import Money

__all__ = ["Band", "SteppedBands"]


def _positive_int(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    whole_number(value, attribute.name, minimum=1)


def _optional_positive_int(
    instance: object, attribute: attrs.Attribute[int | None], value: object
) -> None:
    if value is not None:
        whole_number(value, attribute.name, minimum=1)


def non_negative_money(instance: object, attribute: attrs.Attribute[Money], value: object) -> None:
    """An attrs validator: a Money, not negative (InvalidInputError naming the field otherwise)."""
    if not isinstance(value, Money):
        msg = "must be a Money"
        raise InvalidInputError(msg, field=attribute.name, value=value)
    if value.amount < 0:
        msg = "must not be negative"
        raise InvalidInputError(msg, field=attribute.name, value=value)


@attrs.frozen
class Band:
    """Units ``lower`` to ``upper`` (both included), each charged at ``rate``.

    Attributes:
        lower: The number of the band's first unit (1 for the first band).
        upper: The number of its last unit, or ``None`` for an open band that
            runs on without end (only the last band of a schedule).
        rate: The charge per unit in this band (not negative).
        citation: The provision that sets the band, if any (a schedule's own
            citation stands in for bands without one).

    >>> from govdisclosure.money import Money
    >>> band = Band(11, 30, Money(100, "CNY"))
    >>> str(band), band.width, band.units_between(0, 35)
    ('11–30', 20, 20)
    >>> Band(31, 30, Money(1, "CNY"))
    Traceback (most recent call last):
    ...
    govdisclosure.errors.InvalidInputError: upper: must not be below lower (31) (got 30)
    """

    lower: int = attrs.field(validator=_positive_int)
    upper: int | None = attrs.field(validator=_optional_positive_int)
    rate: Money = attrs.field(validator=non_negative_money)
    citation: Citation | None = attrs.field(
        default=None, validator=instance_of(Citation, type(None))
    )

    def __attrs_post_init__(self) -> None:
        if self.upper is not None and self.upper < self.lower:
            msg = f"must not be below lower ({self.lower})"
            raise InvalidInputError(msg, field="upper", value=self.upper)

    @property
    def width(self) -> int | None:
        """How many units the band holds; ``None`` for an open band."""
        return None if self.upper is None else self.upper - self.lower + 1

    def contains(self, n: int) -> bool:
        """Whether unit number ``n`` falls in this band."""
        return self.lower <= n and (self.upper is None or n <= self.upper)

    def units_between(self, after: int, through: int) -> int:
        """How many of the units numbered ``after + 1`` to ``through`` fall in this band."""
        low = max(self.lower, after + 1)
        high = through if self.upper is None else min(self.upper, through)
        return max(0, high - low + 1)

    def __str__(self) -> str:
        if self.upper is None:
            return f"{self.lower}+"
        if self.upper == self.lower:
            return str(self.lower)
        return f"{self.lower}–{self.upper}"


@attrs.frozen
class SteppedBands:
    """An endless run of bands of equal ``width`` from unit ``start``, the rate rising by ``step``.

    Band ``k`` (counting from 0) holds units ``start + k*width`` to
    ``start + (k+1)*width - 1`` at ``first_rate + k*step`` per unit.

    Attributes:
        start: The number of the first unit of the first band.
        width: Units per band.
        first_rate: The rate of the first band (not negative).
        step: How much the rate rises from one band to the next (not negative).
        citation: The provision that sets these bands, if any.

    >>> from govdisclosure.money import Money
    >>> run = SteppedBands(start=101, width=50, first_rate=Money(5, "USD"), step=Money(1, "USD"))
    >>> [str(b) + " at " + str(b.rate) for b in run.bands_through(205)]
    ['101–150 at $5.00', '151–200 at $6.00', '201–250 at $7.00']
    >>> run.band_for(151).rate
    Money(amount=Decimal('6'), currency='USD')
    """

    start: int = attrs.field(validator=_positive_int)
    width: int = attrs.field(validator=_positive_int)
    first_rate: Money = attrs.field(validator=non_negative_money)
    step: Money = attrs.field(validator=non_negative_money)
    citation: Citation | None = attrs.field(
        default=None, validator=instance_of(Citation, type(None))
    )

    def __attrs_post_init__(self) -> None:
        if self.step.currency != self.first_rate.currency:
            msg = f"must be in the currency of first_rate ({self.first_rate.currency})"
            raise InvalidInputError(msg, field="step", value=self.step)

    @property
    def currency(self) -> str:
        """The currency of the rates."""
        return self.first_rate.currency

    def band(self, k: int) -> Band:
        """The ``k``-th band of the run (``k = 0`` is the first)."""
        whole_number(k, "k", minimum=0)
        lower = self.start + k * self.width
        return Band(
            lower,
            lower + self.width - 1,
            self.first_rate + self.step * k,
            self.citation,
        )

    def band_for(self, n: int) -> Band:
        """The band that unit number ``n`` (at least ``start``) falls in."""
        whole_number(n, "n", minimum=self.start)
        return self.band((n - self.start) // self.width)

    def bands_through(self, n: int) -> Iterator[Band]:
        """The bands holding any of the units ``start`` to ``n``, in order."""
        k = 0
        while self.start + k * self.width <= n:
            yield self.band(k)
            k += 1
