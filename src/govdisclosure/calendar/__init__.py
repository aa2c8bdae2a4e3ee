"""Working-day calendars built from published notices, with fast arithmetic.

A :class:`WorkCalendar` knows, for every day of the range it covers, whether
the day is a working day: a day is a working day when it is not a weekly rest
day and not a dated rest day, or when it is a dated makeup working day (a
weekend worked in exchange for a holiday). It knows nothing of any country;
jurisdictions build one from their official notices.

Outside its range a calendar never guesses: any answer that needs such a day
raises :class:`~govdisclosure.errors.CalendarNotPublishedError`.

Calendars are built from dated lists (:meth:`WorkCalendar.from_notices`), from
holiday rules and dated records (:meth:`WorkCalendar.from_rules`, with
:class:`HolidayRule`), or as the union of a country's parts
(:meth:`WorkCalendar.union_of`); a calendar is known by its
:attr:`~WorkCalendar.fingerprint` and, once registered, by name
(:func:`register_calendar`, :func:`named_calendar`, :func:`calendar_name`).

>>> from datetime import date
>>> cal = WorkCalendar(
...     first=date(2030, 1, 1), last=date(2030, 12, 31),
...     rest_days=[RestDay(date(2030, 1, 1), RestKind.HOLIDAY, "New Year")],
...     makeup_workdays=[MakeupWorkday(date(2030, 1, 5), "New Year")],
... )
>>> cal.is_workday(date(2030, 1, 1)), cal.is_workday(date(2030, 1, 5))
(False, True)
>>> cal.add_workdays(date(2030, 1, 1), 3)   # Jan 2, 3, 4 (Wed-Fri)
datetime.date(2030, 1, 4)
>>> cal.count_workdays(date(2030, 1, 1), date(2030, 1, 7))   # Jan 2-5 and 7
5
>>> cal.add_workdays(date(2030, 12, 30), 5)
Traceback (most recent call last):
...
govdisclosure.errors.CalendarNotPublishedError: no published working-day calendar covers 2031

.. versionadded:: 0.1.0
.. versionchanged:: 0.2.0
   A package (private modules by concept); rules, unions, fingerprints, names.
"""

from __future__ import annotations

from govdisclosure.calendar._calendar import WorkCalendar
from govdisclosure.calendar._days import (
    CalendarNotice,
    DayKind,
    MakeupWorkday,
    NoticeSource,
    RestDay,
    RestKind,
)
from govdisclosure.calendar._registry import calendar_name, named_calendar, register_calendar
from govdisclosure.calendar._rules import (
    EasterOffset,
    FixedDate,
    HolidayRule,
    NthWeekday,
    Observance,
    RelativeDate,
    rule_days,
)

__all__ = [
    "CalendarNotice",
    "DayKind",
    "EasterOffset",
    "FixedDate",
    "HolidayRule",
    "MakeupWorkday",
    "NoticeSource",
    "NthWeekday",
    "Observance",
    "RelativeDate",
    "RestDay",
    "RestKind",
    "WorkCalendar",
    "calendar_name",
    "named_calendar",
    "register_calendar",
    "rule_days",
]
