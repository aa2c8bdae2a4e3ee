"""The hook for a :class:`~govdisclosure.deadlines.Deadline`, kept alone so it can be swapped.

A deadline is written as the request, rules, calendar and due date it was
computed from; reading one computes the deadline again and checks the due date
(another change will replace this document: nothing else depends on it).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import attrs
import cattrs

from govdisclosure.calendar import WorkCalendar
from govdisclosure.deadlines import ClockRules, Deadline, compute_deadline
from govdisclosure.errors import (
    CalendarNotPublishedError,
    InvalidInputError,
    Problem,
    TimelineError,
)
from govdisclosure.requests import Request


@attrs.frozen
class _DeadlineDocument:
    request: Request
    rules: ClockRules
    calendar: WorkCalendar
    due: date | None


def install(conv: cattrs.Converter) -> None:
    """Register the hooks of the Deadline document on ``conv``."""

    def structure(value: object, _: object) -> Deadline:
        doc: _DeadlineDocument = conv.structure(value, _DeadlineDocument)
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
        doc = _DeadlineDocument(deadline.request, deadline.rules, deadline.calendar, deadline.due)
        found: dict[str, Any] = conv.unstructure(doc)
        return found

    conv.register_structure_hook_func(lambda t: t is Deadline, structure)
    conv.register_unstructure_hook_func(lambda t: t is Deadline, unstructure)
