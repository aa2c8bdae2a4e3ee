"""Rates per activity and requester category: what one unit of work costs, and what is free.

Re-exported by :mod:`govdisclosure.fees`; import them from there.
"""

from __future__ import annotations

import decimal
import enum
import functools
from decimal import Decimal

import attrs

from govdisclosure._validators import instance_of, non_empty
from govdisclosure.errors import InvalidInputError
from govdisclosure.fees._bands import Band
from govdisclosure.fees._progressive import ProgressiveSchedule
from govdisclosure.law import Citation
from govdisclosure.money import Money

_optional_citation = instance_of(Citation, type(None))

# Exact division: a quotient that would need rounding raises instead.
_EXACT = decimal.Context(
    prec=decimal.MAX_PREC,
    Emax=decimal.MAX_EMAX,
    Emin=decimal.MIN_EMIN,
    traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow, decimal.Inexact],
)


class Measure(enum.Enum):
    """What an activity's quantity counts: hours (a ``Decimal``), pages or items (an ``int``).

    >>> Measure.HOURS.whole, Measure.PAGES.whole
    (False, True)
    """

    HOURS = "hours"
    PAGES = "pages"
    ITEMS = "items"

    @property
    def whole(self) -> bool:
        """Whether quantities are whole numbers (pages, items) rather than hours."""
        return self is not Measure.HOURS


class RateUnit(enum.Enum):
    """What a rate is quoted per: an hour, a quarter of an hour, a page or an item.

    >>> RateUnit.QUARTER_HOUR.measure, RateUnit.QUARTER_HOUR.per_measure
    (<Measure.HOURS: 'hours'>, 4)
    """

    HOUR = "hour"
    QUARTER_HOUR = "quarter_hour"
    PAGE = "page"
    ITEM = "item"

    @property
    def measure(self) -> Measure:
        """The measure the unit is a quantity of."""
        if self in (RateUnit.HOUR, RateUnit.QUARTER_HOUR):
            return Measure.HOURS
        return Measure.PAGES if self is RateUnit.PAGE else Measure.ITEMS

    @property
    def per_measure(self) -> int:
        """How many of this unit make one of its measure (4 quarter hours in an hour)."""
        return 4 if self is RateUnit.QUARTER_HOUR else 1

    @property
    def size(self) -> Decimal:
        """The unit in its measure (``0.25`` hours for a quarter hour).

        >>> RateUnit.QUARTER_HOUR.size, RateUnit.PAGE.size
        (Decimal('0.25'), Decimal('1'))
        """
        return _EXACT.divide(Decimal(1), Decimal(self.per_measure))


@attrs.frozen
class Activity:
    """A chargeable activity (search, review, duplication, …): a rule pack names its own.

    Attributes:
        code: A stable code, unique within a schedule (``"search"``).
        measure: What its quantity counts (hours, pages, items).
        label: A name for people (default: the code).

    >>> Activity("search", Measure.HOURS, "document search").name
    'document search'
    """

    code: str = attrs.field(validator=non_empty)
    measure: Measure = attrs.field(validator=instance_of(Measure))
    label: str = ""

    @property
    def name(self) -> str:
        """The label, or the code when there is none."""
        return self.label or self.code


@attrs.frozen
class RequesterCategory:
    """A category of requester that a fee schedule prices differently: a rule pack names its own.

    Attributes:
        code: A stable code, unique within a schedule (``"commercial"``).
        label: A name for people (default: the code).
        citation: The provision that defines the category.

    >>> RequesterCategory("commercial", "commercial use").name
    'commercial use'
    """

    code: str = attrs.field(validator=non_empty)
    label: str = ""
    citation: Citation | None = attrs.field(default=None, validator=_optional_citation)

    @property
    def name(self) -> str:
        """The label, or the code when there is none."""
        return self.label or self.code


def check_quantity(value: object, field: str, *, whole: bool, positive: bool = False) -> Decimal:
    """A quantity as an exact Decimal: an int, or (for hours) a finite Decimal; never negative.

    >>> check_quantity(3, "pages", whole=True), check_quantity(Decimal("1.5"), "h", whole=False)
    (Decimal('3'), Decimal('1.5'))
    >>> check_quantity(1.5, "search", whole=False)
    Traceback (most recent call last):
    ...
    govdisclosure.errors.InvalidInputError: search: floats are inexact; pass a Decimal or an int ...
    """
    if isinstance(value, float):
        msg = "floats are inexact; pass a Decimal or an int"
        raise InvalidInputError(msg, field=field, value=value)
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        msg = "must be an int" if whole else "must be a Decimal or an int"
        raise InvalidInputError(msg, field=field, value=value)
    if isinstance(value, Decimal):
        if whole:
            msg = "must be an int (a count of pages or items)"
            raise InvalidInputError(msg, field=field, value=value)
        if not value.is_finite():
            msg = "must be a finite number"
            raise InvalidInputError(msg, field=field, value=value)
    amount = Decimal(value)
    if amount < 0 or (positive and amount == 0):
        msg = "must be more than nothing" if positive else "must not be negative"
        raise InvalidInputError(msg, field=field, value=value)
    return amount


def increments_in(quantity: Decimal, increment: Decimal) -> int:
    """How many billing increments ``quantity`` takes: the quantity rounded UP to a whole increment.

    This is the only rounding in the fee engine, and it is on the quantity,
    never on money: 1 hour 5 minutes billed by quarter hours is 5 quarters.

    >>> quarter = Decimal("0.25")
    >>> increments_in(Decimal("1.0834"), quarter), increments_in(Decimal(1), quarter)
    (5, 4)
    """
    whole, rest = _EXACT.divmod(quantity, increment)
    return int(whole) + (1 if rest else 0)


def _price(instance: object, attribute: attrs.Attribute[Money | None], value: object) -> None:
    if value is not None and (not isinstance(value, Money) or value.amount < 0):
        msg = "must be a Money, not negative (or None: not chargeable to the category)"
        raise InvalidInputError(msg, field=attribute.name, value=value)


def _default_increment(rate: ActivityRate) -> Decimal:
    return rate.per.size


def _to_increment(value: object) -> Decimal:
    return check_quantity(value, "increment", whole=False)


def _to_allowance(value: object) -> Decimal:
    return check_quantity(value, "allowance", whole=False)


@attrs.frozen
class ActivityRate:
    """What one activity costs a requester category: a price per unit, a free allowance, increments.

    Attributes:
        category: The requester category's code.
        activity: The activity's code.
        price: The price per ``per`` (not negative), or ``None`` when the
            activity is not chargeable to the category at all.
        per: What the price is quoted per.
        increment: The billing increment, in the activity's measure (hours or
            pages): the quantity is rounded up to a whole number of them
            (default: one ``per``, so a quarter-hour rate bills by quarter hours).
        allowance: The quantity that is free (the first 2 hours, the first 100
            pages), a whole number of increments (default none).
        citation: The provision that sets the price (or says there is none).
        allowance_citation: The provision that grants the allowance.

    >>> from govdisclosure.money import Money
    >>> search = Activity("search", Measure.HOURS)
    >>> rate = ActivityRate("other", "search", Money(40, "USD"), RateUnit.HOUR,
    ...                     increment=Decimal("0.25"), allowance=Decimal(2))
    >>> [f"{b}: {b.rate}" for b in rate.schedule(search).bands]
    ['1–8: $0.00', '9+: $10.00']
    """

    category: str = attrs.field(validator=non_empty)
    activity: str = attrs.field(validator=non_empty)
    price: Money | None = attrs.field(validator=_price)
    per: RateUnit = attrs.field(validator=instance_of(RateUnit))
    increment: Decimal = attrs.field(
        default=attrs.Factory(_default_increment, takes_self=True),
        kw_only=True,
        converter=_to_increment,
    )
    allowance: Decimal = attrs.field(default=Decimal(0), kw_only=True, converter=_to_allowance)
    citation: Citation | None = attrs.field(
        default=None, kw_only=True, validator=_optional_citation
    )
    allowance_citation: Citation | None = attrs.field(
        default=None, kw_only=True, validator=_optional_citation
    )

    def __attrs_post_init__(self) -> None:
        whole = self.per.measure.whole
        check_quantity(self.increment, "increment", whole=False, positive=True)
        if whole and self.increment != self.increment.to_integral_value():
            msg = f"must be a whole number of {self.per.measure.value}"
            raise InvalidInputError(msg, field="increment", value=self.increment)
        if _EXACT.remainder(self.allowance, self.increment):
            msg = f"must be a whole number of increments ({self.increment})"
            raise InvalidInputError(msg, field="allowance", value=self.allowance)

    @property
    def chargeable(self) -> bool:
        """Whether the activity is charged to the category at all."""
        return self.price is not None

    @property
    def free_increments(self) -> int:
        """How many increments the allowance covers."""
        return increments_in(self.allowance, self.increment)

    @property
    def increment_price(self) -> Money | None:
        """The price of one billing increment (``price`` × increments per unit)."""
        if self.price is None:
            return None
        return self.price * (self.increment * self.per.per_measure)

    def schedule(self, activity: Activity) -> ProgressiveSchedule | None:
        """The charge for ``activity``: a schedule counting increments (``None``: not chargeable).

        The allowance is a free first band; every increment after it costs
        :attr:`increment_price`. One engine for every fee: a rate with an
        allowance *is* a progressive schedule of two bands.
        """
        given: object = activity
        if not isinstance(given, Activity) or activity.code != self.activity:
            msg = f"must be the activity {self.activity!r}"
            raise InvalidInputError(msg, field="activity", value=activity)
        return _schedule(self, activity)


def _increment_name(measure: Measure, increment: Decimal) -> str:
    if measure is Measure.HOURS:
        if increment == Decimal("0.25"):
            return "quarter hour"
        return "hour" if increment == 1 else f"{increment.normalize()}-hour"
    unit = measure.value[:-1]
    return unit if increment == 1 else f"{increment.normalize()}-{unit}"


@functools.cache
def _schedule(rate: ActivityRate, activity: Activity) -> ProgressiveSchedule | None:
    price = rate.increment_price
    if price is None:
        return None
    free = rate.free_increments
    bands = [Band(free + 1, None, price, rate.citation)]
    if free:
        bands.insert(0, Band(1, free, Money.zero(price.currency), rate.allowance_citation))
    return ProgressiveSchedule(
        f"{activity.name} ({rate.category})",
        bands,
        None,  # each band carries its own citation: the price's, or the allowance's
        unit=_increment_name(activity.measure, rate.increment),
    )
