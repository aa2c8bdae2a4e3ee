"""How the Annual FOIA Report counts days: statutory limits, and policies where the law is silent.

The limits come from § 552(a)(6) and are written once here, beside their
citations. How a span of days is counted (does the day of receipt count?), from
which day (receipt or perfection), and in which unit the days pending are
given, are readings of the statute, not its text: they are the fields of
:class:`AggregationPolicy`, each with its default.

>>> from datetime import date
>>> from govdisclosure.calendar import WorkCalendar
>>> cal = WorkCalendar(first=date(2025, 1, 1), last=date(2025, 12, 31))
>>> policy = AggregationPolicy()
>>> policy.days(date(2025, 3, 7), date(2025, 3, 10), DayUnit.BUSINESS, cal)   # Fri -> Mon
1
>>> AggregationPolicy(day_count=DayCount.INCLUDING_START).days(
...     date(2025, 3, 7), date(2025, 3, 10), DayUnit.BUSINESS, cal)
2
>>> str(RESPONSE_LIMIT), str(RESPONSE_LIMIT_CITATION)
('20 working days', '5 U.S.C. § 552(a)(6)(A)(i)')

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import enum
from datetime import date
from typing import Any

import attrs

from govdisclosure.calendar import WorkCalendar
from govdisclosure.errors import InvalidInputError
from govdisclosure.jurisdictions.us.clock import (
    EXPEDITION_LIMIT,
    REPLY_LIMIT,
    UNUSUAL_CIRCUMSTANCES,
)
from govdisclosure.jurisdictions.us.instruments import DOJ_REPORT_FORMAT, FOIA
from govdisclosure.law import Citation

__all__ = [
    "EXPEDITED_DECISION_CITATION",
    "EXPEDITED_DECISION_LIMIT",
    "EXTENSION_CITATION",
    "EXTENSION_LIMIT",
    "OLDEST_PENDING_CITATION",
    "OLDEST_PENDING_COUNT",
    "RESPONSE_LIMIT",
    "RESPONSE_LIMIT_CITATION",
    "AggregationPolicy",
    "ClockStart",
    "DayCount",
    "DayUnit",
]

RESPONSE_LIMIT = REPLY_LIMIT
"""The time to determine a request (and an appeal): 20 days excepting Saturdays,
Sundays and legal public holidays. A request or appeal pending beyond it at
30 September is in the backlog (section XII.A)."""
RESPONSE_LIMIT_CITATION = Citation(FOIA, "552(a)(6)(A)(i)")

EXTENSION_LIMIT = UNUSUAL_CIRCUMSTANCES
"""The most an unusual-circumstances extension adds to :data:`RESPONSE_LIMIT`."""
EXTENSION_CITATION = Citation(FOIA, "552(a)(6)(B)(i)")

EXPEDITED_DECISION_LIMIT = EXPEDITION_LIMIT
"""The time to decide on expedited processing, "within 10 days after the date of
the request", reported in calendar days ("ten calendar days",
``AdjudicationWithinTenDaysQuantity`` in the report's schema, [CODE])."""
EXPEDITED_DECISION_CITATION = Citation(FOIA, "552(a)(6)(E)(ii)(I)")

OLDEST_PENDING_COUNT = 10
"""How many of the oldest pending requests and appeals the report lists
(VII.E, VI.C(5))."""
OLDEST_PENDING_CITATION = Citation(DOJ_REPORT_FORMAT, note="OldItem, 10 oldest pending")


class DayCount(enum.Enum):
    """Which day of a span is day 1 (our reading, [INFERENCE]).

    ``AFTER_START``: the start day is day 0 and the first day after it is
    day 1 (a reply on the day of receipt took 0 days, shown as ``LT1``).
    ``INCLUDING_START``: the start day is day 1 when it is a working day
    (for calendar days, always).
    """

    AFTER_START = "after_start"
    INCLUDING_START = "including_start"


class DayUnit(enum.Enum):
    """Business days (working days of the calendar) or calendar days."""

    BUSINESS = "business"
    CALENDAR = "calendar"


class ClockStart(enum.Enum):
    """The day response times are counted from (our reading of § 552(e)(1)(G), [INFERENCE]).

    ``RECEIVED``: the day the request was received, as (e)(1)(G) counts
    "since each request was originally received". ``PERFECTED``: the day it
    was perfected.
    """

    RECEIVED = "received"
    PERFECTED = "perfected"


def _places(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if type(value) is not int or not 0 <= value <= 6:
        msg = "must be a whole number of decimal places from 0 to 6"
        raise InvalidInputError(msg, field=attribute.name, value=value)


def _member(kind: type[enum.Enum]) -> Any:  # noqa: ANN401 - an attrs validator
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind):
            msg = f"must be a {kind.__name__}"
            raise InvalidInputError(msg, field=attribute.name, value=value)

    return check


@attrs.frozen
class AggregationPolicy:
    """The readings the aggregation makes where the statute is silent.

    Attributes:
        day_count: Which day of a span is day 1 (our reading, [INFERENCE];
            default: the start day is day 0). Applies to every span: response
            times, days pending, days to adjudicate, and the backlog threshold.
        clock_start: Whether response times (VII.A-C) run from receipt or from
            perfection (our reading of (e)(1)(G), [INFERENCE]; default: receipt).
        pending_days: The unit of the days pending (VII.D, VII.E, VI.C(5))
            ([UNVERIFIED]: the statute says "days"; default: business days, the
            unit of (e)(1)(G) and (K)).
        fee_waiver_days: The unit of the days to adjudicate a fee waiver (VIII.B)
            ([UNVERIFIED]; default: calendar days, as for expedited processing).
        average_places: Decimal places of averages, rounded half up ([INFERENCE];
            default 2). Medians of whole days are exact (a whole or a half day).

    >>> AggregationPolicy().pending_days
    <DayUnit.BUSINESS: 'business'>
    """

    day_count: DayCount = attrs.field(default=DayCount.AFTER_START, validator=_member(DayCount))
    clock_start: ClockStart = attrs.field(
        default=ClockStart.RECEIVED, validator=_member(ClockStart)
    )
    pending_days: DayUnit = attrs.field(default=DayUnit.BUSINESS, validator=_member(DayUnit))
    fee_waiver_days: DayUnit = attrs.field(default=DayUnit.CALENDAR, validator=_member(DayUnit))
    average_places: int = attrs.field(default=2, validator=_places)

    def days(self, start: date, end: date, unit: DayUnit, calendar: WorkCalendar) -> int:
        """The days from ``start`` to ``end`` (``end`` on or after ``start``) in ``unit``.

        >>> from govdisclosure.calendar import WorkCalendar
        >>> cal = WorkCalendar(first=date(2025, 1, 1), last=date(2025, 12, 31))
        >>> AggregationPolicy().days(date(2025, 3, 7), date(2025, 3, 10), DayUnit.CALENDAR, cal)
        3
        """
        including = self.day_count is DayCount.INCLUDING_START
        if unit is DayUnit.CALENDAR:
            return (end - start).days + including
        n = calendar.count_workdays(start, end)
        return n + 1 if including and calendar.is_workday(start) else n

    def overdue(self, start: date, on: date, *, extended: bool, calendar: WorkCalendar) -> bool:
        """Whether an item whose clock started on ``start`` is past its time limit by ``on``.

        The limit is :data:`RESPONSE_LIMIT`, plus :data:`EXTENSION_LIMIT` when
        ``extended``; the item is overdue when its last day is before ``on``.

        >>> from govdisclosure.calendar import WorkCalendar
        >>> cal = WorkCalendar(first=date(2025, 1, 1), last=date(2025, 12, 31))
        >>> p = AggregationPolicy()
        >>> p.overdue(date(2025, 9, 2), date(2025, 9, 30), extended=False, calendar=cal)  # due 9-30
        False
        >>> p.overdue(date(2025, 9, 1), date(2025, 9, 30), extended=False, calendar=cal)  # due 9-29
        True
        """
        limit = RESPONSE_LIMIT.days + (EXTENSION_LIMIT.days if extended else 0)
        if self.day_count is DayCount.INCLUDING_START and calendar.is_workday(start):
            limit -= 1
        return calendar.add_workdays(start, limit) < on
