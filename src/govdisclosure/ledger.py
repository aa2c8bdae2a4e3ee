"""Monthly fee ledgers: a progressive schedule counted over each calendar month.

Some fees are counted over a period rather than per item: the ``n``-th
request an applicant makes in a calendar month is charged at the rate of the
band ``n`` falls in. :class:`MonthlyLedger` takes one payer's items (each with
its date and how many units it counts for), numbers them within their month
in order of date (ties keep the order given), and charges each its marginal
units. For every month the lines add up to the schedule's fee for the month's
total count.

How many units an item counts for is an explicit input (``units``, default 1);
the ledger never guesses it.

>>> from datetime import date
>>> from govdisclosure.fees import Band, ProgressiveSchedule
>>> from govdisclosure.money import Money
>>> sched = ProgressiveSchedule("demo", [Band(1, 2, Money(0, "EUR")),
...                                      Band(3, None, Money(10, "EUR"))], unit="request")
>>> book = MonthlyLedger.build(sched, [
...     LedgerItem(date(2030, 5, 20), ref="B"),
...     LedgerItem(date(2030, 5, 2), units=2, ref="A"),
...     LedgerItem(date(2030, 6, 1), ref="C"),
... ])
>>> print(book.explain())
2030-05: 3 requests, €10.00
  2030-05-02 A: nos. 1–2, €0.00
  2030-05-20 B: no. 3, €10.00
2030-06: 1 request, €0.00
  2030-06-01 C: no. 1, €0.00
total: €10.00

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from datetime import date, timedelta

import attrs

from govdisclosure._validators import check_date, check_year, instance_of
from govdisclosure.errors import InvalidInputError, Problem
from govdisclosure.fees import FeeAssessment, ProgressiveSchedule
from govdisclosure.money import Money

__all__ = ["LedgerItem", "LedgerLine", "Month", "MonthTotal", "MonthlyLedger"]


def _check_month(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if type(value) is not int or not 1 <= value <= 12:
        msg = "must be a month number, 1 to 12"
        raise InvalidInputError(msg, field=attribute.name, value=value)


def _check_units(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if type(value) is not int or value < 1:
        msg = "must be a whole number (int) of at least 1"
        raise InvalidInputError(msg, field=attribute.name, value=value)


@attrs.frozen(order=True)
class Month:
    """A calendar month.

    >>> m = Month.of(date(2024, 2, 10))
    >>> str(m), m.first_day, m.last_day
    ('2024-02', datetime.date(2024, 2, 1), datetime.date(2024, 2, 29))
    """

    year: int = attrs.field(validator=check_year)
    month: int = attrs.field(validator=_check_month)

    @classmethod
    def of(cls, d: date) -> Month:
        """The month ``d`` falls in."""
        return cls(d.year, d.month)

    @property
    def first_day(self) -> date:
        """The 1st of the month."""
        return date(self.year, self.month, 1)

    @property
    def last_day(self) -> date:
        """The last day of the month."""
        if self.month == 12:
            return date(self.year, 12, 31)
        return date(self.year, self.month + 1, 1) - timedelta(days=1)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


@attrs.frozen
class LedgerItem:
    """One chargeable item (an application): its date, its units, a reference.

    Attributes:
        on: The date that places it in a month (for a request, the date of receipt).
        units: How many units it counts for (1 or more): a multi-item
            application split into its smallest reasonable units counts for
            more than one. Given, never guessed.
        ref: A reference for people (an application number), carried through.
    """

    on: date = attrs.field(validator=check_date)
    units: int = attrs.field(default=1, validator=_check_units)
    ref: str = attrs.field(default="", validator=instance_of(str))


@attrs.frozen
class LedgerLine:
    """One item's place in its month and its marginal fee.

    Attributes:
        item: The item.
        position: Its index in the input given to the ledger.
        assessment: Its fee: its units charged after the month's earlier ones.
    """

    item: LedgerItem
    position: int
    assessment: FeeAssessment

    @property
    def month(self) -> Month:
        """The month the item is counted in."""
        return Month.of(self.item.on)

    @property
    def first(self) -> int:
        """The item's number in its month (of its first unit, if it has several)."""
        return self.assessment.first

    @property
    def last(self) -> int:
        """The number of its last unit in the month."""
        return self.assessment.last

    @property
    def amount(self) -> Money:
        """What the item costs."""
        return self.assessment.total

    def explain(self) -> str:
        """One line for people: date, reference, numbers in the month, amount."""
        ref = f" {self.item.ref}" if self.item.ref else ""
        nos = f"no. {self.first}" if self.first == self.last else f"nos. {self.first}–{self.last}"
        return f"{self.item.on.isoformat()}{ref}: {nos}, {self.amount}"


@attrs.frozen
class MonthTotal:
    """A month's lines, and the schedule's fee for the month's whole count.

    Attributes:
        month: The month.
        lines: Its lines, in the order counted.
        assessment: The schedule's fee for all the month's units, assessed
            at once; it equals the sum of the lines' amounts.
    """

    month: Month
    lines: tuple[LedgerLine, ...]
    assessment: FeeAssessment

    @property
    def units(self) -> int:
        """How many units the month counts."""
        return self.assessment.units

    @property
    def amount(self) -> Money:
        """The month's fee."""
        return self.assessment.total


@attrs.frozen
class MonthlyLedger:
    """One payer's items, numbered within their calendar month and charged.

    Build one with :meth:`build`. ``months`` are in date order; each month's
    lines are in the order counted (by date; items of the same date in the
    order given).

    Attributes:
        schedule: The schedule applied to every month.
        months: One :class:`MonthTotal` per month with any item.
    """

    schedule: ProgressiveSchedule
    months: tuple[MonthTotal, ...]

    @classmethod
    def build(
        cls, schedule: ProgressiveSchedule, items: Iterable[LedgerItem | date]
    ) -> MonthlyLedger:
        """Number and charge ``items`` (a plain ``date`` is an item of one unit).

        Raises:
            InvalidInputError: An item is neither a :class:`LedgerItem` nor a
                date (every bad item is named), or the schedule does not price
                a month's count.
        """
        entries = _to_items(items)
        ordered = sorted(enumerate(entries), key=lambda pair: (pair[1].on, pair[0]))
        months: list[MonthTotal] = []
        for month, group in itertools.groupby(ordered, key=lambda pair: Month.of(pair[1].on)):
            lines: list[LedgerLine] = []
            count = 0
            for position, item in group:
                lines.append(LedgerLine(item, position, schedule.fee(item.units, after=count)))
                count += item.units
            months.append(MonthTotal(month, tuple(lines), schedule.fee(count)))
        return cls(schedule, tuple(months))

    @property
    def lines(self) -> tuple[LedgerLine, ...]:
        """Every line, month after month."""
        return tuple(line for month in self.months for line in month.lines)

    @property
    def total(self) -> Money:
        """The sum of every month's fee."""
        return sum((m.amount for m in self.months), Money.zero(self.schedule.currency))

    def month(self, which: Month | date) -> MonthTotal:
        """The total for a month (given as a :class:`Month` or any date in it).

        Raises:
            InvalidInputError: The ledger has no item in that month.
        """
        key = which if isinstance(which, Month) else Month.of(which)
        for total in self.months:
            if total.month == key:
                return total
        msg = "the ledger has no item in this month"
        raise InvalidInputError(msg, field="which", value=str(key))

    def explain(self) -> str:
        """The ledger for people: each month's count and fee, then its lines."""
        unit = self.schedule.unit
        out: list[str] = []
        for m in self.months:
            plural = "" if m.units == 1 else "s"
            out.append(f"{m.month}: {m.units} {unit}{plural}, {m.amount}")
            out.extend(f"  {line.explain()}" for line in m.lines)
        out.append(f"total: {self.total}")
        return "\n".join(out)


def _to_items(items: Iterable[LedgerItem | date]) -> list[LedgerItem]:
    found: list[LedgerItem] = []
    problems: list[Problem] = []
    for i, item in enumerate(items):
        if isinstance(item, LedgerItem):
            found.append(item)
        elif type(item) is date:
            found.append(LedgerItem(item))
        else:
            problems.append(Problem(f"items[{i}]", "must be a LedgerItem or a date", item))
    if problems:
        msg = "invalid ledger items"
        raise InvalidInputError(msg, problems=problems)
    return found
