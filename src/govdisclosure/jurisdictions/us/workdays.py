"""The federal working-day calendar: the days FOIA's time limits count.

§ 552(a)(6)(A)(i) counts "days (excepting Saturdays, Sundays, and legal public
holidays)". :func:`calendar` builds that calendar from the rule data in
:mod:`~govdisclosure.jurisdictions.us.federal_holidays`: Monday to Friday,
minus the legal public holidays of 5 U.S.C. § 6103(a) on their observed days
(§ 6103(b)), minus the days an executive order closed the executive
departments, and, for an office in the Inauguration Day area, minus
Inauguration Day (§ 6103(c)).

Two readings are not in § 552 and are named policies (:class:`CalendarPolicy`):
whether the closure days count as "legal public holidays" (by default they do,
as agencies count them), and whether a half-day closure does (by default it
does not: the office is open that day).

>>> from datetime import date
>>> cal = calendar()
>>> cal.first, cal.last
(datetime.date(2000, 1, 1), datetime.date(2026, 12, 31))
>>> cal.is_workday(date(2024, 12, 24)), cal.is_workday(date(2026, 7, 3))   # EO 14129; July 4th
(False, False)
>>> cal.add_workdays(date(2024, 12, 20), 20)   # skips 12-24, 12-25, 1-1, 1-9, 1-20
datetime.date(2025, 1, 24)
>>> calendar().is_workday(date(2025, 1, 20)), calendar(dc_area=True).note(date(2021, 1, 20)).name
(False, 'Inauguration Day')
>>> calendar().add_workdays(date(2026, 12, 1), 30)
Traceback (most recent call last):
...
govdisclosure.errors.CalendarNotPublishedError: no published working-day calendar covers 2027

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from datetime import date

import attrs

from govdisclosure._validators import instance_of
from govdisclosure.calendar import RestDay, RestKind, WorkCalendar, register_calendar
from govdisclosure.errors import InvalidInputError
from govdisclosure.jurisdictions.us.federal_holidays import (
    CLOSURES,
    CLOSURES_KNOWN_THROUGH,
    INAUGURATION_DAY,
    LEGAL_PUBLIC_HOLIDAYS,
    Closure,
)

__all__ = [
    "CALENDAR_FIRST",
    "CALENDAR_LAST",
    "CLOSURES_KNOWN_THROUGH",
    "DEFAULT_CALENDAR_POLICY",
    "CalendarPolicy",
    "calendar",
]

CALENDAR_FIRST = date(2000, 1, 1)
"""The first day the bundled calendar covers."""

CALENDAR_LAST = date(2026, 12, 31)
"""The last day the bundled calendar covers by default: the end of the last year whose
closures are known (:data:`CLOSURES_KNOWN_THROUGH`)."""


def _check_last(instance: object, attribute: attrs.Attribute[date], value: object) -> None:
    if type(value) is not date:
        msg = "must be a datetime.date"
        raise InvalidInputError(msg, field=attribute.name, value=value)
    if value < CALENDAR_FIRST:
        msg = f"must be on or after {CALENDAR_FIRST.isoformat()}"
        raise InvalidInputError(msg, field=attribute.name, value=value)


@attrs.frozen
class CalendarPolicy:
    """Readings of "legal public holidays" that § 552 does not settle; each is a policy.

    Attributes:
        count_closure_days_as_holidays: Whether a day an executive order closed
            the executive departments is a non-working day for FOIA. Default
            ``True``, as agencies and FOIA.gov count them ([UNVERIFIED] as a
            rule of law).
        count_half_day_closures: Whether a half-day closure (2002-12-24,
            2009-12-24, 2015-12-24) is a non-working day. Default ``False``: the
            office is open part of the day (our reading, [INFERENCE]).
        last: The last day covered. Default :data:`CALENDAR_LAST`. A later day
            extends the calendar with the statutory holidays only: closures not
            yet ordered cannot be known, so a date computed there may move
            later when one is ordered. Extend it knowingly.

    >>> CalendarPolicy().count_closure_days_as_holidays, CalendarPolicy().count_half_day_closures
    (True, False)
    """

    count_closure_days_as_holidays: bool = attrs.field(default=True, validator=instance_of(bool))
    count_half_day_closures: bool = attrs.field(default=False, validator=instance_of(bool))
    last: date = attrs.field(default=CALENDAR_LAST, validator=_check_last)


DEFAULT_CALENDAR_POLICY = CalendarPolicy()
"""The defaults of :class:`CalendarPolicy`, listed on docs/policies.md."""


def _closures_of(values: object) -> tuple[Closure, ...]:
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        msg = "must be a collection of Closure records"
        raise InvalidInputError(msg, field="closures", value=values)
    found = tuple(values)
    for i, c in enumerate(found):
        if not isinstance(c, Closure):
            msg = "must be a Closure"
            raise InvalidInputError(msg, field=f"closures[{i}]", value=c)
    return found


def calendar(
    *,
    dc_area: bool = False,
    policy: CalendarPolicy = DEFAULT_CALENDAR_POLICY,
    closures: Iterable[Closure] = (),
) -> WorkCalendar:
    """The federal working-day calendar, 2000-01-01 to ``policy.last``.

    Args:
        dc_area: Whether the office is in the Inauguration Day area
            (§ 6103(c)), where Inauguration Day is a holiday too.
        policy: The readings of :class:`CalendarPolicy`.
        closures: Closures ordered after the bundled list was made
            (:data:`CLOSURES_KNOWN_THROUGH`), added to it.

    A closure on a day that is already a holiday changes nothing (the holiday
    keeps its name).

    >>> from datetime import date
    >>> from govdisclosure.jurisdictions.us.federal_holidays import Closure
    >>> extra = Closure(date(2026, 12, 24), "Christmas Eve", "00000")
    >>> day = date(2026, 12, 24)
    >>> calendar().is_workday(day), calendar(closures=[extra]).is_workday(day)
    (True, False)
    >>> calendar(closures=[extra], policy=CalendarPolicy(count_closure_days_as_holidays=False))
    Traceback (most recent call last):
    ...
    govdisclosure.errors.InvalidInputError: closures: closures given while the policy ...
    """
    area: object = dc_area
    if type(area) is not bool:
        msg = "must be True or False"
        raise InvalidInputError(msg, field="dc_area", value=area)
    chosen: object = policy
    if not isinstance(chosen, CalendarPolicy):
        msg = "must be a CalendarPolicy"
        raise InvalidInputError(msg, field="policy", value=chosen)
    added = _closures_of(closures)
    if added and not policy.count_closure_days_as_holidays:
        msg = "closures given while the policy does not count closure days as holidays"
        raise InvalidInputError(msg, field="closures", value=added)
    return _calendar(dc_area, policy, added)


@functools.lru_cache(maxsize=16)
def _calendar(
    dc_area: bool,  # noqa: FBT001 - a cache key
    policy: CalendarPolicy,
    added: tuple[Closure, ...],
) -> WorkCalendar:
    rules = (*LEGAL_PUBLIC_HOLIDAYS, INAUGURATION_DAY) if dc_area else LEGAL_PUBLIC_HOLIDAYS
    ruled = WorkCalendar.from_rules(rules, first=CALENDAR_FIRST, last=policy.last)
    records: list[RestDay] = []
    if policy.count_closure_days_as_holidays:
        for c in (*CLOSURES, *added):
            if c.half_day and not policy.count_half_day_closures:
                continue
            if ruled.covers(c.on) and ruled.is_workday(c.on):
                records.append(RestDay(c.on, RestKind.HOLIDAY, c.name, c.source))
    return WorkCalendar.from_rules(rules, first=CALENDAR_FIRST, last=policy.last, rest_days=records)


def _default() -> WorkCalendar:
    return calendar()


register_calendar("us", _default)
register_calendar("us-dc", lambda: calendar(dc_area=True))
