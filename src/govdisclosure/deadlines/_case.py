"""Several clocks for one case, in working or calendar days, and the applicant's windows.

A request may run more than one clock: the reply itself (20 working days), an
expedited determination (10 calendar days), and, once the reply came, the
applicant's window to appeal (90 calendar days, or 40 working days) and the
appeal's own reply clock (an appeal is a request of its own, received on the
day it was lodged). :class:`Clock` names one clock, its rules and the unit it
counts in; :func:`case_deadlines` runs them all on one log; :func:`window_end`
gives the last day of a window that runs from a given day.

A clock in calendar days runs on the same engine, on a calendar whose every
day counts (:func:`every_day`), over the same covered range, so that an answer
past the published calendar still raises.

>>> from datetime import date
>>> from govdisclosure.deadlines import PauseRule
>>> from govdisclosure.law import CalendarDays, Citation, Instrument
>>> from govdisclosure.requests import Applicant, ApplicantKind, Replied, Request
>>> act = Instrument(code="demo", title="Demo Act", short="DA")
>>> def rules(days: int, article: str) -> ClockRules:
...     return ClockRules(name=f"DA {article}", limit=WorkingDays(days),
...         limit_citation=Citation(act, article), max_extension=WorkingDays(0),
...         extension_citation=Citation(act, article), restart_citation=Citation(act, article),
...         third_party=PauseRule(stops_clock=True, citation=Citation(act, article)),
...         other_organ=PauseRule(stops_clock=True, citation=Citation(act, article)),
...         fee=PauseRule(stops_clock=False, citation=Citation(act, article)))
>>> cal = WorkCalendar(first=date(2030, 1, 1), last=date(2030, 12, 31))
>>> req = Request(id="r", received=date(2030, 3, 1),
...               applicant=Applicant(kind=ApplicantKind.NATURAL_PERSON),
...               events=(Replied(on=date(2030, 3, 20)),))
>>> found = case_deadlines(req, [Clock("reply", rules(20, "5")),
...                              Clock("expedited", rules(10, "6"), Unit.CALENDAR_DAYS)], cal)
>>> found["reply"].due, found["expedited"].due
(datetime.date(2030, 3, 29), datetime.date(2030, 3, 11))
>>> window_end(date(2030, 3, 20), CalendarDays(90), cal)     # to appeal
datetime.date(2030, 6, 18)

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date, timedelta

import attrs

from govdisclosure._validators import instance_of, non_empty
from govdisclosure.calendar import WorkCalendar
from govdisclosure.deadlines._deadline import Deadline, compute_deadline
from govdisclosure.deadlines._rules import ClockRules
from govdisclosure.errors import CalendarNotPublishedError, InvalidInputError
from govdisclosure.law import CalendarDays, WorkingDays
from govdisclosure.requests import Request

__all__ = ["Clock", "Unit", "case_deadlines", "every_day", "window_end"]


class Unit(enum.Enum):
    """What a clock counts."""

    WORKING_DAYS = "working_days"
    """The working days of the jurisdiction's calendar."""
    CALENDAR_DAYS = "calendar_days"
    """Every day, within the calendar's covered range."""


@attrs.frozen
class Clock:
    """One clock of a case: a name, its rules, and what it counts.

    Attributes:
        name: The clock's name in the case (``"reply"``, ``"expedited"``).
        rules: Its rules; for a clock in calendar days, ``rules.limit`` and
            the other periods are read as calendar days.
        unit: What it counts (:class:`Unit`).
    """

    name: str = attrs.field(validator=non_empty)
    rules: ClockRules = attrs.field(validator=instance_of(ClockRules))
    unit: Unit = attrs.field(default=Unit.WORKING_DAYS, validator=instance_of(Unit))


_EVERY_DAY: dict[tuple[date, date], WorkCalendar] = {}


def every_day(calendar: WorkCalendar) -> WorkCalendar:
    """A calendar on which every day counts, over the range ``calendar`` covers.

    >>> c = every_day(WorkCalendar(first=date(2030, 1, 1), last=date(2030, 12, 31)))
    >>> c.add_workdays(date(2030, 3, 1), 2)          # Saturday 2, Sunday 3 March count
    datetime.date(2030, 3, 3)
    """
    key = (calendar.first, calendar.last)
    found = _EVERY_DAY.get(key)
    if found is None:
        found = _EVERY_DAY[key] = WorkCalendar(first=calendar.first, last=calendar.last, weekend=())
    return found


def case_deadlines(
    request: Request, clocks: Iterable[Clock], calendar: WorkCalendar
) -> dict[str, Deadline]:
    """Every clock of ``clocks`` run on ``request``'s log, by name.

    Raises:
        InvalidInputError: two clocks with one name, or something that is not a :class:`Clock`.
        CalendarNotPublishedError: a clock needs a day the calendar does not cover.
    """
    found: dict[str, Deadline] = {}
    for i, clock in enumerate(clocks):
        given: object = clock
        if not isinstance(given, Clock):
            msg = "must be a Clock"
            raise InvalidInputError(msg, field=f"clocks[{i}]", value=given)
        if clock.name in found:
            msg = "another clock has this name"
            raise InvalidInputError(msg, field=f"clocks[{i}].name", value=clock.name)
        cal = calendar if clock.unit is Unit.WORKING_DAYS else every_day(calendar)
        found[clock.name] = compute_deadline(request, clock.rules, cal)
    return found


def window_end(start: date, period: WorkingDays | CalendarDays, calendar: WorkCalendar) -> date:
    """The last day of a window of ``period`` that runs from ``start`` (``start`` not counted).

    Raises:
        InvalidInputError: ``start`` is not a date, or ``period`` is neither kind of days.
        CalendarNotPublishedError: the window ends past the calendar's covered range.
    """
    if type(start) is not date:
        msg = "must be a datetime.date"
        raise InvalidInputError(msg, field="start", value=start)
    given: object = period
    if isinstance(given, WorkingDays):
        return calendar.add_workdays(start, given.days)
    if isinstance(given, CalendarDays):
        end = start + timedelta(days=given.days)
        for day in (start, end):
            if not calendar.first <= day <= calendar.last:
                raise CalendarNotPublishedError(day.year, on=day)
        return end
    msg = "must be WorkingDays or CalendarDays"
    raise InvalidInputError(msg, field="period", value=given)
