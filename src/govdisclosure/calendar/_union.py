"""The checks of a union of calendars: parts that can be joined, and what they share.

Used by :meth:`govdisclosure.calendar.WorkCalendar.union_of`; it reads only the
parts' ``fingerprint``, ``weekend``, ``first`` and ``last``.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from datetime import date
from typing import Any

from govdisclosure._validators import tuple_of
from govdisclosure.errors import InvalidInputError, Problem

__all__ = ["UnionParts", "union_parts"]

UnionParts = tuple[list[Any], frozenset[int], date, date]
"""The distinct parts, their shared weekend, and the range they all cover."""


def union_parts(calendars: object, calendar_type: type) -> UnionParts:
    """The distinct calendars of ``calendars``, their weekend, and their common range.

    Raises:
        InvalidInputError: no calendar, something that is not a ``calendar_type``,
            parts with different weekends, or parts with no day in common.
    """
    parts: tuple[object, ...] = tuple_of(calendars, "calendars")
    bad = [
        Problem(f"calendars[{i}]", f"must be a {calendar_type.__name__}", c)
        for i, c in enumerate(parts)
        if not isinstance(c, calendar_type)
    ]
    if bad or not parts:
        msg = "a union needs at least one calendar" if not parts else "not a calendar"
        raise InvalidInputError(msg, problems=bad or [Problem("calendars", msg, parts)])
    distinct: list[Any] = list({c.fingerprint: c for c in parts}.values())  # type: ignore[attr-defined]
    weekends = {c.weekend for c in distinct}
    if len(weekends) > 1:
        msg = "the parts of a union must share their weekly rest days"
        raise InvalidInputError(msg, field="weekend", value=sorted(map(sorted, weekends)))
    first = max(c.first for c in distinct)
    last = min(c.last for c in distinct)
    if last < first:
        msg = "the parts cover no day in common"
        raise InvalidInputError(msg, field="calendars", value=(first, last))
    return distinct, next(iter(weekends)), first, last
