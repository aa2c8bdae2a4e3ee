"""Reg 5 aggregation: which requests fall within 60 consecutive working days.

Public names are re-exported by :mod:`govdisclosure.jurisdictions.uk.cost_limit`.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import govdisclosure.jurisdictions.uk._cost_limit_data as data
from govdisclosure._validators import tuple_of
from govdisclosure.calendar import WorkCalendar
from govdisclosure.errors import InvalidInputError
from govdisclosure.jurisdictions.uk._cost_records import (
    DEFAULT_COST_POLICY,
    CostLimitPolicy,
    CostStep,
    NonWorkingReceipt,
    RequestHours,
)

__all__ = ["aggregation_group", "aggregation_step"]


def _effective(d: date, calendar: WorkCalendar, policy: CostLimitPolicy) -> date:
    if calendar.is_workday(d):
        return d
    step = 1 if policy.non_working_receipt is NonWorkingReceipt.NEXT_WORKING_DAY else -1
    return calendar.add_workdays(d, step)


def _span(days: Iterable[date], calendar: WorkCalendar) -> int:
    """The number of working days from the first to the last of ``days`` (both working days)."""
    ordered = sorted(days)
    return calendar.count_workdays(ordered[0], ordered[-1]) + 1


def aggregation_group(
    target: RequestHours,
    candidates: Iterable[RequestHours],
    calendar: WorkCalendar,
    *,
    policy: CostLimitPolicy = DEFAULT_COST_POLICY,
) -> tuple[RequestHours, ...]:
    """The ``candidates`` that may be aggregated with ``target`` under reg 5.

    The window is the 60 consecutive working days ending on the day ``target``
    was received (this library's reading of "any period of 60 consecutive
    working days", [INFERENCE]): the requests received on that day or in the
    59 working days before. Whether the candidates come from one person (or
    persons acting in concert) and seek the same or similar information is
    the caller's judgment; pass only those.

    >>> from decimal import Decimal
    >>> cal = WorkCalendar(first=date(2030, 1, 1), last=date(2030, 12, 31))
    >>> late = RequestHours(date(2030, 6, 28), Decimal(10))      # a Friday
    >>> [r.received.isoformat() for r in aggregation_group(late, [
    ...     RequestHours(date(2030, 4, 8), Decimal(8)), RequestHours(date(2030, 4, 5), 9)], cal)]
    ['2030-04-08']
    """
    given: object = calendar
    if not isinstance(given, WorkCalendar):
        msg = "must be a WorkCalendar"
        raise InvalidInputError(msg, field="calendar", value=calendar)
    found = tuple_of(candidates, "candidates")
    end = _effective(target.received, calendar, policy)
    group = []
    for i, c in enumerate(found):
        if not isinstance(c, RequestHours):
            msg = "must be a RequestHours"
            raise InvalidInputError(msg, field=f"candidates[{i}]", value=c)
        start = _effective(c.received, calendar, policy)
        if start <= end and _span((start, end), calendar) <= data.AGGREGATION_WORKING_DAYS:
            group.append(c)
    return tuple(group)


def aggregation_step(
    group: tuple[RequestHours, ...], calendar: WorkCalendar, policy: CostLimitPolicy
) -> CostStep:
    days = [_effective(r.received, calendar, policy) for r in group]
    span = _span(days, calendar)
    if span > data.AGGREGATION_WORKING_DAYS:
        msg = (
            f"the requests span {span} working days ({min(days)} to {max(days)}): more than "
            f"{data.AGGREGATION_WORKING_DAYS} consecutive working days "
            f"[{data.AGGREGATION_CITATION}]"
        )
        raise InvalidInputError(msg, field="aggregated", value=tuple(r.received for r in group))
    return CostStep(
        f"{len(group)} requests aggregated: received within {span} consecutive working days "
        f"({min(days)} to {max(days)})",
        data.AGGREGATION_CITATION,
    )
