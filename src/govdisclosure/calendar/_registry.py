"""Calendars known by name, so that a document can name its calendar instead of embedding it.

A rule pack registers a factory under a name (the PRC pack registers ``"cn"``);
the calendar is built the first time it is asked for, then kept.
:func:`calendar_name` finds the registered name of a calendar by its
:attr:`~govdisclosure.calendar.WorkCalendar.fingerprint`.

>>> from datetime import date
>>> def year_2030() -> WorkCalendar:
...     return WorkCalendar(first=date(2030, 1, 1), last=date(2030, 12, 31))
>>> register_calendar("example-2030", year_2030)
>>> named_calendar("example-2030").last
datetime.date(2030, 12, 31)
>>> calendar_name(year_2030()), calendar_name(WorkCalendar(first=date(2031, 1, 1),
...                                                        last=date(2031, 1, 31)))
('example-2030', None)

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from collections.abc import Callable

from govdisclosure.calendar._calendar import WorkCalendar
from govdisclosure.errors import InvalidInputError, UnknownCalendarError

__all__ = ["calendar_name", "named_calendar", "register_calendar"]

_factories: dict[str, Callable[[], WorkCalendar]] = {}
_built: dict[str, WorkCalendar] = {}


def register_calendar(name: str, factory: Callable[[], WorkCalendar]) -> None:
    """Register ``factory`` (called with no arguments, at most once) under ``name``.

    Registering the same factory again is harmless; another factory under a
    name already taken raises :class:`~govdisclosure.errors.InvalidInputError`.

    >>> register_calendar("", WorkCalendar)
    Traceback (most recent call last):
    ...
    govdisclosure.errors.InvalidInputError: name: must be a non-empty string (got '')
    """
    given: object = name
    if not isinstance(given, str) or not given.strip():
        msg = "must be a non-empty string"
        raise InvalidInputError(msg, field="name", value=name)
    maker: object = factory
    if not callable(maker):
        msg = "must be a function that returns a WorkCalendar"
        raise InvalidInputError(msg, field="factory", value=factory)
    known = _factories.get(name)
    if known is not None and known is not factory:
        msg = "another calendar is registered under this name"
        raise InvalidInputError(msg, field="name", value=name)
    _factories[name] = factory


def named_calendar(name: str) -> WorkCalendar:
    """The calendar registered under ``name``, built on first use.

    >>> from govdisclosure.errors import UnknownCalendarError
    >>> try:
    ...     named_calendar("xx-unknown")
    ... except UnknownCalendarError as err:
    ...     print(err.field, err.value)
    name xx-unknown
    """
    cal = _built.get(name)
    if cal is not None:
        return cal
    factory = _factories.get(name)
    if factory is None:
        msg = "no calendar is registered under this name"
        raise UnknownCalendarError(msg, field="name", value=name)
    made: object = factory()
    if not isinstance(made, WorkCalendar):
        msg = "the registered factory did not return a WorkCalendar"
        raise InvalidInputError(msg, field="name", value=name)
    _built[name] = made
    return made


def calendar_name(calendar: WorkCalendar) -> str | None:
    """The first registered name whose calendar has ``calendar``'s fingerprint, else ``None``.

    Registered calendars are built (once each) as needed to compare them.
    """
    given: object = calendar
    if not isinstance(given, WorkCalendar):
        msg = "must be a WorkCalendar"
        raise InvalidInputError(msg, field="calendar", value=calendar)
    wanted = calendar.fingerprint
    for name in list(_factories):
        if named_calendar(name).fingerprint == wanted:
            return name
    return None
