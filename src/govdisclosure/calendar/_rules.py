"""Holiday rules: rest days a calendar derives from a rule instead of a dated list.

A :class:`HolidayRule` says when a holiday falls in a year (a :class:`FixedDate`,
an :class:`NthWeekday`, an :class:`EasterOffset` or a :class:`RelativeDate`), in
which years it applies (first and last year, every N years, years a proclamation
replaced), how a Saturday or Sunday date is observed (:class:`Observance`), and
its source. :func:`rule_days` reads a list of rules for one year; a
:class:`~govdisclosure.calendar.WorkCalendar` is built from rules with
:meth:`~govdisclosure.calendar.WorkCalendar.from_rules`. No rule knows a country:
a rule pack writes its own as data.

>>> rules = [
...     HolidayRule("Independence Day", FixedDate(7, 4), Observance.NEAREST_WEEKDAY),
...     HolidayRule("Labor Day", NthWeekday(9, 0, 1)),   # first Monday of September
... ]
>>> [(d.on.isoformat(), d.kind.value) for d in rule_days(rules, 2026)]
[('2026-07-04', 'holiday'), ('2026-09-07', 'holiday'), ('2026-07-03', 'in_lieu')]

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Sequence
from datetime import date, timedelta
from typing import Any

import attrs
from dateutil.easter import easter
from dateutil.relativedelta import relativedelta, weekday

from govdisclosure._validators import instance_of, non_empty, tuple_of
from govdisclosure.calendar._days import NoticeSource, RestDay, RestKind
from govdisclosure.errors import InvalidInputError, Problem

__all__ = [
    "EasterOffset",
    "FixedDate",
    "HolidayRule",
    "NthWeekday",
    "Observance",
    "RelativeDate",
    "rule_days",
]

_SATURDAY, _SUNDAY = 5, 6
_ONE_DAY = timedelta(days=1)
_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _int_in(
    low: int, high: int, *, zero: bool = True, optional: bool = False
) -> Callable[[object, attrs.Attribute[Any], object], None]:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if optional and value is None:
            return
        if type(value) is not int or not low <= value <= high or (value == 0 and not zero):
            but = "" if zero or not low <= 0 <= high else ", not 0"
            msg = f"must be a whole number from {low} to {high}{but}"
            raise InvalidInputError(msg, field=attribute.name, value=value)

    return check


@attrs.frozen
class FixedDate:
    """The same day of the same month every year (29 February is refused).

    >>> FixedDate(12, 25).on(2026)
    datetime.date(2026, 12, 25)
    """

    month: int = attrs.field(validator=_int_in(1, 12))
    day: int = attrs.field(validator=_int_in(1, 31))

    def __attrs_post_init__(self) -> None:
        if self.day > _DAYS_IN_MONTH[self.month - 1]:
            msg = f"month {self.month} has no such day in every year"
            raise InvalidInputError(msg, field="day", value=self.day)

    def on(self, year: int) -> date:
        """The day in ``year``."""
        return date(year, self.month, self.day)


@attrs.frozen
class NthWeekday:
    """The ``nth`` given weekday of a month; a negative ``nth`` counts from the month's end.

    ``weekday`` is 0 (Monday) to 6 (Sunday); ``nth`` is 1 to 4, or -1 (the last)
    to -4, so the day exists in every year.

    >>> NthWeekday(11, 3, 4).on(2026), NthWeekday(5, 0, -1).on(2026)
    (datetime.date(2026, 11, 26), datetime.date(2026, 5, 25))
    """

    month: int = attrs.field(validator=_int_in(1, 12))
    weekday: int = attrs.field(validator=_int_in(0, 6))
    nth: int = attrs.field(validator=_int_in(-4, 4, zero=False))

    def on(self, year: int) -> date:
        """The day in ``year`` (a ``dateutil.relativedelta`` weekday step)."""
        step = weekday(self.weekday)(self.nth)
        if self.nth > 0:
            return date(year, self.month, 1) + relativedelta(weekday=step)
        return date(year, self.month, 1) + relativedelta(day=31, weekday=step)


@attrs.frozen
class EasterOffset:
    """A day counted from Western Easter Sunday (``dateutil.easter``): -2 is Good Friday.

    >>> EasterOffset(1).on(2026)   # Easter Monday
    datetime.date(2026, 4, 6)
    """

    days_after_easter: int = attrs.field(validator=_int_in(-200, 200))

    def on(self, year: int) -> date:
        """The day in ``year``."""
        return easter(year) + timedelta(days=self.days_after_easter)


@attrs.frozen
class RelativeDate:
    """A day counted from another rule's date in the same year (before that rule's shift).

    ``rule`` names the other rule; where it does not apply in a year, neither
    does this one.

    >>> RelativeDate("Thanksgiving Day", 1)
    RelativeDate(rule='Thanksgiving Day', days=1)
    """

    rule: str = attrs.field(validator=non_empty)
    days: int = attrs.field(validator=_int_in(-200, 200, zero=False))


class Observance(enum.Enum):
    """How a holiday that falls on a Saturday or a Sunday is observed."""

    NONE = "none"
    """On its date, whatever the weekday."""
    NEAREST_WEEKDAY = "nearest_weekday"
    """Also on the Friday before a Saturday, or the Monday after a Sunday."""
    SUNDAY_TO_MONDAY = "sunday_to_monday"
    """Also on the Monday after a Sunday; a Saturday is not made up."""
    NEXT_FREE_WEEKDAY = "next_free_weekday"
    """Also on the first Monday to Friday after a Saturday or a Sunday that is not
    already a holiday of the same rules (so two weekend holidays in a row become a
    Monday and a Tuesday)."""

    def shift(self, d: date, taken: set[date] | frozenset[date] = frozenset()) -> date:
        """The day ``d`` is observed on, given the days ``taken`` by other holidays.

        >>> Observance.NEAREST_WEEKDAY.shift(date(2027, 1, 1 + 0))   # a Friday stays
        datetime.date(2027, 1, 1)
        >>> Observance.NEAREST_WEEKDAY.shift(date(2022, 1, 1))       # a Saturday
        datetime.date(2021, 12, 31)
        >>> Observance.NEXT_FREE_WEEKDAY.shift(date(2021, 12, 26), {date(2021, 12, 27)})
        datetime.date(2021, 12, 28)
        """
        wd = d.weekday()
        if self is Observance.NONE or wd not in (_SATURDAY, _SUNDAY):
            return d
        if self is Observance.NEAREST_WEEKDAY:
            return d + (-_ONE_DAY if wd == _SATURDAY else _ONE_DAY)
        if self is Observance.SUNDAY_TO_MONDAY:
            return d + _ONE_DAY if wd == _SUNDAY else d
        day = d + _ONE_DAY
        while day.weekday() in (_SATURDAY, _SUNDAY) or day in taken:
            day += _ONE_DAY
        return day


def _years(values: Iterable[int]) -> tuple[int, ...]:
    found = tuple_of(values, "except_years")
    bad = [
        Problem(f"except_years[{i}]", "must be a year (int)", y)
        for i, y in enumerate(found)
        if type(y) is not int
    ]
    if bad:
        msg = "bad excepted years"
        raise InvalidInputError(msg, problems=bad)
    return tuple(sorted(found))


@attrs.frozen
class HolidayRule:
    """A holiday given by a rule: its name, date rule, years, observance and source.

    Attributes:
        name: The holiday's name; a :class:`RelativeDate` refers to it.
        when: When it falls in a year.
        observance: How a Saturday or Sunday date is observed.
        first_year: The first year it applies, if it has one.
        last_year: The last year it applies, if it has one.
        every: It applies every ``every`` years counted from ``first_year``
            (Inauguration Day: every 4 years from 1965).
        except_years: Years it does not apply (a proclamation moved the day; the
            moved day is then a dated record).
        source: The law or notice that sets it.

    A rule's year is the year of its date before observance: a 1 January on a
    Saturday observed on the Friday before gives a rest day in the year before.

    >>> HolidayRule("Inauguration Day", FixedDate(1, 20), Observance.SUNDAY_TO_MONDAY,
    ...             first_year=1965, every=4).applies_in(2029)
    True
    """

    name: str = attrs.field(validator=non_empty)
    when: FixedDate | NthWeekday | EasterOffset | RelativeDate = attrs.field(
        validator=instance_of(FixedDate, NthWeekday, EasterOffset, RelativeDate)
    )
    observance: Observance = attrs.field(default=Observance.NONE, validator=instance_of(Observance))
    first_year: int | None = attrs.field(
        default=None, validator=_int_in(1, 9999, optional=True), kw_only=True
    )
    last_year: int | None = attrs.field(
        default=None, validator=_int_in(1, 9999, optional=True), kw_only=True
    )
    every: int = attrs.field(default=1, validator=_int_in(1, 100), kw_only=True)
    except_years: tuple[int, ...] = attrs.field(default=(), converter=_years, kw_only=True)
    source: NoticeSource | None = attrs.field(
        default=None, validator=instance_of(NoticeSource, type(None)), kw_only=True
    )

    def __attrs_post_init__(self) -> None:
        problems: list[Problem] = []
        first, last = self.first_year, self.last_year
        if first is not None and last is not None and last < first:
            problems.append(Problem("last_year", "is before first_year", self.last_year))
        if self.every > 1 and self.first_year is None:
            problems.append(Problem("every", "needs a first_year to count from", self.every))
        if problems:
            msg = f"inconsistent holiday rule {self.name!r}"
            raise InvalidInputError(msg, problems=problems)

    def applies_in(self, year: int) -> bool:
        """Whether the rule gives a holiday in ``year``."""
        if self.first_year is not None and year < self.first_year:
            return False
        if self.last_year is not None and year > self.last_year:
            return False
        if self.every > 1 and (year - (self.first_year or 0)) % self.every:
            return False
        return year not in self.except_years


_Rules = Sequence[HolidayRule]


def check_rules(rules: Iterable[HolidayRule]) -> tuple[HolidayRule, ...]:
    """The rules as a tuple, every one a :class:`HolidayRule` and every reference known."""
    found = tuple_of(rules, "rules")
    problems = [
        Problem(f"rules[{i}]", "must be a HolidayRule", r)
        for i, r in enumerate(found)
        if not isinstance(r, HolidayRule)
    ]
    names = {r.name for r in found if isinstance(r, HolidayRule)}
    for i, r in enumerate(found):
        relative = isinstance(r, HolidayRule) and isinstance(r.when, RelativeDate)
        if relative and r.when.rule not in names:
            problems.append(Problem(f"rules[{i}].when.rule", "names no rule", r.when.rule))
    if problems:
        msg = "bad holiday rules"
        raise InvalidInputError(msg, problems=problems)
    return found


def _in_force(rules: _Rules, year: int) -> dict[str, HolidayRule]:
    found: dict[str, HolidayRule] = {}
    for i, rule in enumerate(rules):
        if rule.applies_in(year):
            if rule.name in found:
                msg = f"two rules named {rule.name!r} apply in {year}"
                raise InvalidInputError(msg, field=f"rules[{i}].name", value=rule.name)
            found[rule.name] = rule
    return found


def _date_of(
    name: str, year: int, rules: dict[str, HolidayRule], seen: tuple[str, ...]
) -> date | None:
    rule = rules.get(name)
    if rule is None:
        return None
    when = rule.when
    if not isinstance(when, RelativeDate):
        return when.on(year)
    if name in seen:
        msg = "rules refer to each other in a circle"
        raise InvalidInputError(msg, field="rules", value=(*seen, name))
    base = _date_of(when.rule, year, rules, (*seen, name))
    return None if base is None else base + timedelta(days=when.days)


def rule_days(rules: Iterable[HolidayRule], year: int) -> list[RestDay]:
    """The rest days the rules give for ``year``: each holiday's date, then each shifted day.

    Each holiday's own date is a :attr:`~RestKind.HOLIDAY` (even on a weekend);
    where its observance moves it, the day it is observed on is a rest day
    :attr:`~RestKind.IN_LIEU` with the same name and source. Shifts are worked
    out in date order, so :attr:`Observance.NEXT_FREE_WEEKDAY` chains. Two rules
    may give the same day; both entries are returned, first the holidays' own
    dates in rule order (a calendar keeps the first entry for a day).

    >>> rules = [HolidayRule("Christmas Day", FixedDate(12, 25), Observance.NEXT_FREE_WEEKDAY),
    ...          HolidayRule("Boxing Day", FixedDate(12, 26), Observance.NEXT_FREE_WEEKDAY)]
    >>> [(d.on.day, d.kind.value) for d in rule_days(rules, 2021)]
    [(25, 'holiday'), (26, 'holiday'), (27, 'in_lieu'), (28, 'in_lieu')]
    """
    checked = check_rules(rules)
    in_force = _in_force(checked, year)
    actual: list[tuple[HolidayRule, date]] = []
    for name, rule in in_force.items():
        on = _date_of(name, year, in_force, ())
        if on is not None:
            actual.append((rule, on))
    days = [RestDay(on, RestKind.HOLIDAY, rule.name, rule.source) for rule, on in actual]
    taken = {on for _, on in actual}
    for rule, on in sorted(actual, key=lambda pair: pair[1]):
        observed = rule.observance.shift(on, taken)
        if observed != on:
            taken.add(observed)
            days.append(RestDay(observed, RestKind.IN_LIEU, rule.name, rule.source))
    return days
