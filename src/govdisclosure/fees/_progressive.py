"""Progressive schedules and their itemised assessments.

Re-exported by :mod:`govdisclosure.fees`; import them from there.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

import attrs

from govdisclosure._validators import instance_of, whole_number
from govdisclosure.errors import InvalidInputError, Problem
from govdisclosure.fees._bands import Band, SteppedBands
from govdisclosure.law import Citation
from govdisclosure.money import Money

__all__ = ["BandCharge", "FeeAssessment", "ProgressiveSchedule"]


def _to_bands(values: Iterable[Band]) -> tuple[Band, ...]:
    found: tuple[object, ...] = tuple(values)
    bad = [
        Problem(f"bands[{i}]", "must be a Band", b)
        for i, b in enumerate(found)
        if not isinstance(b, Band)
    ]
    if bad:
        msg = "invalid bands"
        raise InvalidInputError(msg, problems=bad)
    return tuple(b for b in found if isinstance(b, Band))


def _optional_stepped(
    instance: object, attribute: attrs.Attribute[SteppedBands | None], value: object
) -> None:
    if value is not None and not isinstance(value, SteppedBands):
        msg = "must be SteppedBands or None"
        raise InvalidInputError(msg, field=attribute.name, value=value)


@attrs.frozen
class BandCharge:
    """One line of a fee's breakdown: the units charged in one band.

    Attributes:
        band: The band.
        units: How many units of the assessment fell in it.
        first: The number of the first of those units.
        citation: The provision behind the charge (the band's, else the schedule's).
    """

    band: Band
    units: int
    first: int
    citation: Citation | None = None

    @property
    def last(self) -> int:
        """The number of the last unit charged in this band."""
        return self.first + self.units - 1

    @property
    def rate(self) -> Money:
        """The rate per unit."""
        return self.band.rate

    @property
    def subtotal(self) -> Money:
        """``units`` times ``rate``."""
        return self.band.rate * self.units

    def explain(self) -> str:
        """One line for people: which units, how many, at what rate, and why.

        >>> from govdisclosure.money import Money
        >>> BandCharge(Band(11, 30, Money(100, "CNY")), units=5, first=11).explain()
        'band 11–30: nos. 11–15, 5 × ¥100.00 = ¥500.00'
        """
        nos = f"no. {self.first}" if self.units == 1 else f"nos. {self.first}–{self.last}"
        text = f"band {self.band}: {nos}, {self.units} × {self.rate} = {self.subtotal}"
        if self.citation is not None:
            text += f" [{self.citation}]"
        return text


@attrs.frozen(repr=False)
class FeeAssessment:
    """The fee for some units under a schedule: the total and how it was reached.

    Attributes:
        schedule: The schedule applied.
        units: How many units were charged.
        breakdown: One :class:`BandCharge` per band the units fell in, in order.
        after: How many units were counted earlier (in the same period) before
            these; the first unit charged is number ``after + 1``.
    """

    schedule: ProgressiveSchedule
    units: int
    breakdown: tuple[BandCharge, ...]
    after: int = 0

    def __attrs_post_init__(self) -> None:
        whole_number(self.units, "units", minimum=0)
        whole_number(self.after, "after", minimum=0)
        charged = sum(c.units for c in self.breakdown)
        if charged != self.units:
            msg = f"charges {charged} units in all, not the {self.units} assessed"
            raise InvalidInputError(msg, field="breakdown", value=charged)

    @functools.cached_property
    def total(self) -> Money:
        """The sum of the breakdown's subtotals."""
        return sum((c.subtotal for c in self.breakdown), Money.zero(self.schedule.currency))

    @property
    def first(self) -> int:
        """The number of the first unit charged (``after + 1``)."""
        return self.after + 1

    @property
    def last(self) -> int:
        """The number of the last unit charged (``after`` when no unit is)."""
        return self.after + self.units

    def explain(self) -> str:
        """How the fee was reached, one line per band, with citations.

        >>> from govdisclosure.money import Money
        >>> s = ProgressiveSchedule("demo", [Band(1, 2, Money(0, "GBP")),
        ...                                  Band(3, None, Money(5, "GBP"))], unit="page")
        >>> print(s.fee(4).explain())
        demo: 4 pages (nos. 1–4)
          band 1–2: nos. 1–2, 2 × £0.00 = £0.00
          band 3+: nos. 3–4, 2 × £5.00 = £10.00
          total: £10.00
        """
        unit = self.schedule.unit
        head = f"{self.schedule.name}: {self.units} {unit}{'' if self.units == 1 else 's'}"
        if self.units == 1:
            head += f" (no. {self.first})"
        elif self.units > 1:
            head += f" (nos. {self.first}–{self.last})"
        lines = [head, *(f"  {c.explain()}" for c in self.breakdown), f"  total: {self.total}"]
        return "\n".join(lines)

    def __repr__(self) -> str:
        return (
            f"FeeAssessment({self.schedule.name!r}, units={self.units}, "
            f"after={self.after}, total={self.total!r})"
        )


@attrs.frozen
class ProgressiveSchedule:
    """A progressive (excess-progressive) schedule: each unit pays the rate of its band.

    Attributes:
        name: A name for people.
        bands: Contiguous bands from unit 1, in order; only the last may be
            open, and only when ``then`` is not given.
        citation: The provision that sets the schedule as a whole, if any.
        then: Stepped bands continuing after the last band, if any.
        unit: What is counted, in the singular (``"request"``, ``"page"``).

    Every rate is in one currency. A schedule whose last band is closed and
    that has no ``then`` covers only units up to that band's ``upper``; asking
    for more raises :class:`~govdisclosure.errors.InvalidInputError`.

    >>> from govdisclosure.money import Money
    >>> ProgressiveSchedule("bad", [Band(1, 10, Money(0, "CNY")), Band(12, None, Money(1, "CNY"))])
    Traceback (most recent call last):
    ...
    govdisclosure.errors.InvalidInputError: invalid schedule 'bad': bands[1].lower: must be 11, ...
    """

    name: str
    bands: tuple[Band, ...] = attrs.field(converter=_to_bands)
    citation: Citation | None = attrs.field(
        default=None, validator=instance_of(Citation, type(None))
    )
    then: SteppedBands | None = attrs.field(default=None, kw_only=True, validator=_optional_stepped)
    unit: str = attrs.field(default="unit", kw_only=True)

    def __attrs_post_init__(self) -> None:
        problems = self._problems()
        if problems:
            msg = f"invalid schedule {self.name!r}"
            raise InvalidInputError(msg, problems=problems)

    def _problems(self) -> list[Problem]:
        if not self.bands and self.then is None:
            return [Problem("bands", "a schedule needs at least one band", self.bands)]
        return self._contiguity_problems() + self._currency_problems()

    def _contiguity_problems(self) -> list[Problem]:
        problems: list[Problem] = []
        expected = 1
        for i, band in enumerate(self.bands):
            if band.lower != expected:
                what = "1, the first unit" if i == 0 else f"{expected}, right after band {i - 1}"
                problems.append(Problem(f"bands[{i}].lower", f"must be {what}", band.lower))
            if band.upper is None:
                if i != len(self.bands) - 1 or self.then is not None:
                    msg = "only the last band may be open, and not when stepped bands follow"
                    problems.append(Problem(f"bands[{i}].upper", msg, None))
                    break
            else:
                expected = band.upper + 1
        if self.then is not None and self.then.start != expected:
            msg = f"must be {expected}, the unit after the last band"
            problems.append(Problem("then.start", msg, self.then.start))
        return problems

    def _currency_problems(self) -> list[Problem]:
        rates = [(f"bands[{i}].rate", b.rate) for i, b in enumerate(self.bands)]
        if self.then is not None:
            rates.append(("then.first_rate", self.then.first_rate))
        currency = rates[0][1].currency
        msg = f"must be in {currency}, like the first rate"
        return [Problem(path, msg, rate) for path, rate in rates if rate.currency != currency]

    @property
    def currency(self) -> str:
        """The currency of every rate."""
        if self.bands:
            return self.bands[0].rate.currency
        assert self.then is not None  # noqa: S101 - guaranteed by validation
        return self.then.currency

    @property
    def covers_through(self) -> int | None:
        """The number of the last unit the schedule prices, or ``None`` if it never ends."""
        if self.then is not None:
            return None
        return self.bands[-1].upper

    def bands_through(self, n: int) -> Iterator[Band]:
        """The bands holding any of units 1 to ``n``, in order (generating stepped bands).

        >>> from govdisclosure.money import Money
        >>> s = ProgressiveSchedule("s", [Band(1, 3, Money(0, "USD"))],
        ...     then=SteppedBands(4, 2, Money(1, "USD"), Money(1, "USD")))
        >>> [str(b) for b in s.bands_through(7)]
        ['1–3', '4–5', '6–7']
        """
        whole_number(n, "n", minimum=0)
        for band in self.bands:
            if band.lower > n:
                return
            yield band
        if self.then is not None:
            yield from self.then.bands_through(n)

    def band_for(self, n: int) -> Band:
        """The band unit number ``n`` (1 or more) falls in."""
        whole_number(n, "n", minimum=1)
        self._check_covered(n, "n")
        for band in self.bands:
            if band.contains(n):
                return band
        assert self.then is not None  # noqa: S101 - _check_covered guarantees it
        return self.then.band_for(n)

    def marginal_rate(self, n: int) -> Money:
        """The charge for unit number ``n``: the rate of the band it falls in.

        >>> from govdisclosure.money import Money
        >>> usd = lambda n: Money(n, "USD")
        >>> s = ProgressiveSchedule("s", [Band(1, 3, usd(0)), Band(4, None, usd(2))])
        >>> s.marginal_rate(3), s.marginal_rate(4)
        (Money(amount=Decimal('0'), currency='USD'), Money(amount=Decimal('2'), currency='USD'))
        """
        return self.band_for(n).rate

    def _check_covered(self, n: int, field: str) -> None:
        last = self.covers_through
        if last is not None and n > last:
            msg = f"the schedule {self.name!r} prices only units 1 to {last}"
            raise InvalidInputError(msg, field=field, value=n)

    def fee(self, units: int, *, after: int = 0) -> FeeAssessment:
        """The fee for ``units`` units, numbered from ``after + 1``.

        ``after`` counts units charged earlier in the same period (an
        applicant's earlier requests in the month), so the fee of the next
        ``units`` is the marginal one: ``fee(a + b)`` costs ``fee(a)`` plus
        ``fee(b, after=a)``.

        Args:
            units: How many units to charge (0 or more).
            after: How many units came before them (0 or more).

        Raises:
            InvalidInputError: ``units`` or ``after`` is negative or not an
                int, or the schedule does not price that many units.

        >>> from govdisclosure.money import Money
        >>> usd = lambda n: Money(n, "USD")
        >>> s = ProgressiveSchedule("s", [Band(1, 3, usd(0)), Band(4, None, usd(2))])
        >>> s.fee(5).total, s.fee(2, after=3).total
        (Money(amount=Decimal('4'), currency='USD'), Money(amount=Decimal('4'), currency='USD'))
        >>> s.fee(-1)
        Traceback (most recent call last):
        ...
        govdisclosure.errors.InvalidInputError: units: must not be negative (got -1)
        """
        whole_number(units, "units", minimum=0)
        whole_number(after, "after", minimum=0)
        through = after + units
        self._check_covered(through, "units")
        charges: list[BandCharge] = []
        if units:
            for band in self.bands_through(through):
                n = band.units_between(after, through)
                if n:
                    first = max(band.lower, after + 1)
                    charges.append(BandCharge(band, n, first, band.citation or self.citation))
        return FeeAssessment(self, units, tuple(charges), after)
