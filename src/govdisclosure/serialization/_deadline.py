"""The hook for a :class:`~govdisclosure.deadlines.Deadline`: a document that names its calendar.

A deadline is written as the request, the rules and the due date it was
computed from, and its calendar **by name and fingerprint** when the calendar
is one a rule pack registered (:func:`~govdisclosure.calendar.register_calendar`;
the PRC pack registers ``"cn"``): ``{"name": "cn", "fingerprint": "…"}``. A
calendar of your own, not registered, is embedded whole, as version 0.1 wrote
every deadline. Reading a document finds the named calendar, checks that its
fingerprint is the one written (a calendar that has changed since, say by a
newly loaded notice, is refused: the due date might differ), computes the
deadline again and checks the due date.

>>> from datetime import date
>>> from govdisclosure.jurisdictions import cn
>>> from govdisclosure.requests import Applicant, ApplicantKind, Request
>>> from govdisclosure.serialization import from_json, to_dict
>>> d = cn.reply_deadline(Request(id="r", received=date(2024, 3, 1),
...                               applicant=Applicant(kind=ApplicantKind.NATURAL_PERSON)))
>>> doc = to_dict(d)
>>> doc["calendar"]["name"], len(doc["calendar"]["fingerprint"])
('cn', 64)

.. versionchanged:: 0.2.0 a registered calendar is named, not embedded.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import attrs
import cattrs

from govdisclosure.calendar import WorkCalendar, calendar_name, named_calendar
from govdisclosure.deadlines import ClockRules, Deadline, compute_deadline
from govdisclosure.errors import (
    CalendarNotPublishedError,
    InvalidInputError,
    Problem,
    TimelineError,
    UnknownCalendarError,
)
from govdisclosure.requests import Request

_NAMED_KEYS = frozenset({"name", "fingerprint"})


@attrs.frozen
class _DeadlineDocument:
    request: Request
    rules: ClockRules
    calendar: WorkCalendar
    due: date | None


@attrs.frozen
class _CalendarName:
    name: str
    fingerprint: str


@attrs.frozen
class _NamedDeadlineDocument:
    request: Request
    rules: ClockRules
    calendar: _CalendarName
    due: date | None


def _named(doc: _CalendarName) -> WorkCalendar:
    try:
        found = named_calendar(doc.name)
    except UnknownCalendarError:
        msg = (
            "no calendar is registered under this name (import the rule pack that "
            "registers it first)"
        )
        raise InvalidInputError(problems=[Problem("calendar.name", msg, doc.name)]) from None
    if found.fingerprint != doc.fingerprint:
        msg = (
            f"is not the fingerprint of the calendar {doc.name!r} as it is now "
            f"({found.fingerprint[:12]}…): the calendar has changed since the deadline was written"
        )
        raise InvalidInputError(
            problems=[Problem("calendar.fingerprint", msg, doc.fingerprint)]
        ) from None
    return found


def install(conv: cattrs.Converter) -> None:
    """Register the hooks of the Deadline document on ``conv``."""

    def structure(value: object, _: object) -> Deadline:
        named = (
            isinstance(value, dict)
            and isinstance(value.get("calendar"), dict)
            and set(value["calendar"]) == _NAMED_KEYS
        )
        if named:
            short: _NamedDeadlineDocument = conv.structure(value, _NamedDeadlineDocument)
            doc = _DeadlineDocument(short.request, short.rules, _named(short.calendar), short.due)
        else:
            doc = conv.structure(value, _DeadlineDocument)
        try:
            deadline = compute_deadline(doc.request, doc.rules, doc.calendar)
        except TimelineError as err:
            where = "request.events" if err.index is None else f"request.events[{err.index}]"
            raise InvalidInputError(problems=[Problem(where, str(err))]) from None
        except CalendarNotPublishedError as err:
            problem = Problem("calendar", f"does not cover the count: {err}", err.year)
            raise InvalidInputError(problems=[problem]) from None
        if deadline.due != doc.due:
            shown = None if deadline.due is None else deadline.due.isoformat()
            msg = f"is not the due date computed from the request, rules and calendar ({shown})"
            raise InvalidInputError(msg, field="due", value=doc.due)
        return deadline

    def unstructure(deadline: Deadline) -> dict[str, Any]:
        name = calendar_name(deadline.calendar)
        if name is None:
            doc: object = _DeadlineDocument(
                deadline.request, deadline.rules, deadline.calendar, deadline.due
            )
        else:
            doc = _NamedDeadlineDocument(
                deadline.request,
                deadline.rules,
                _CalendarName(name, deadline.calendar.fingerprint),
                deadline.due,
            )
        found: dict[str, Any] = conv.unstructure(doc)
        return found

    conv.register_structure_hook_func(lambda t: t is Deadline, structure)
    conv.register_unstructure_hook_func(lambda t: t is Deadline, unstructure)
