"""The hook for a :class:`~govdisclosure.deadlines.Deadline`: a document that names its calendar.

A deadline is written as the request and the due date it was computed from,
and its calendar and rules **by name and fingerprint** when they are ones a rule
pack registered (:func:`~govdisclosure.calendar.register_calendar`,
:func:`~govdisclosure.deadlines.register_rules`; the PRC pack registers ``"cn"``
and its two regimes): ``{"name": "cn", "fingerprint": "…"}``. A calendar or
rules of your own are embedded whole, as version 0.1 wrote every deadline.
Reading a document finds what is named, checks that its fingerprint is the one
written (a calendar or rules that changed since, say by a newly loaded notice,
are refused: the due date might differ), computes the deadline again and checks
the due date.

>>> from datetime import date
>>> from govdisclosure.jurisdictions import cn
>>> from govdisclosure.requests import Applicant, ApplicantKind, Request
>>> from govdisclosure.serialization import from_json, to_dict
>>> d = cn.reply_deadline(Request(id="r", received=date(2024, 3, 1),
...                               applicant=Applicant(kind=ApplicantKind.NATURAL_PERSON)))
>>> doc = to_dict(d)
>>> doc["calendar"]["name"], doc["rules"]["name"], len(doc["calendar"]["fingerprint"])
('cn', 'cn.ogi-2019', 64)

.. versionchanged:: 0.2.0 registered calendars and rules are named, not embedded.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from typing import Any

import attrs
import cattrs

from govdisclosure.calendar import WorkCalendar, calendar_name, named_calendar
from govdisclosure.deadlines import ClockRules, Deadline, compute_deadline, named_rules, rules_name
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
class _CalendarName:
    name: str
    fingerprint: str


@attrs.frozen
class _RulesName:
    name: str
    fingerprint: str


def _document(rules: type, calendar: type) -> type:
    """The document class with the rules and the calendar each named or embedded."""
    return attrs.make_class(
        f"_Deadline{rules.__name__}{calendar.__name__}",
        {
            "request": attrs.field(type=Request),
            "rules": attrs.field(type=rules),
            "calendar": attrs.field(type=calendar),
            "due": attrs.field(type=date | None),  # type: ignore[arg-type]
        },
        frozen=True,
    )


_DOCUMENTS = {
    (named_r, named_c): _document(
        _RulesName if named_r else ClockRules, _CalendarName if named_c else WorkCalendar
    )
    for named_r in (False, True)
    for named_c in (False, True)
}
_fingerprints: dict[str, str] = {}


def _rules_fingerprint(conv: cattrs.Converter, name: str, rules: ClockRules) -> str:
    """A SHA-256 digest of the registered rules' own document, computed once per name."""
    found = _fingerprints.get(name)
    if found is None:
        text = json.dumps(conv.unstructure(rules), sort_keys=True, ensure_ascii=False)
        found = _fingerprints[name] = hashlib.sha256(
            text.encode("utf-8", "surrogatepass")
        ).hexdigest()
    return found


def _is_name(value: object) -> bool:
    return isinstance(value, dict) and set(value) == _NAMED_KEYS


def _named_rules(conv: cattrs.Converter, doc: _RulesName) -> ClockRules:
    try:
        found = named_rules(doc.name)
    except InvalidInputError:
        msg = "no clock rules are registered under this name (import the rule pack first)"
        raise InvalidInputError(problems=[Problem("rules.name", msg, doc.name)]) from None
    if _rules_fingerprint(conv, doc.name, found) != doc.fingerprint:
        msg = f"is not the fingerprint of the rules {doc.name!r} as they are now: they have changed"
        raise InvalidInputError(
            problems=[Problem("rules.fingerprint", msg, doc.fingerprint)]
        ) from None
    return found


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
        named_r = isinstance(value, dict) and _is_name(value.get("rules"))
        named_c = isinstance(value, dict) and _is_name(value.get("calendar"))
        doc: Any = conv.structure(value, _DOCUMENTS[named_r, named_c])
        rules = _named_rules(conv, doc.rules) if named_r else doc.rules
        calendar = _named(doc.calendar) if named_c else doc.calendar
        try:
            deadline = compute_deadline(doc.request, rules, calendar)
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
        cal_name = calendar_name(deadline.calendar)
        calendar: object = (
            deadline.calendar
            if cal_name is None
            else _CalendarName(cal_name, deadline.calendar.fingerprint)
        )
        name = rules_name(deadline.rules)
        rules: object = (
            deadline.rules
            if name is None
            else _RulesName(name, _rules_fingerprint(conv, name, deadline.rules))
        )
        cls = _DOCUMENTS[name is not None, cal_name is not None]
        found: dict[str, Any] = conv.unstructure(
            cls(deadline.request, rules, calendar, deadline.due)
        )
        return found

    conv.register_structure_hook_func(lambda t: t is Deadline, structure)
    conv.register_unstructure_hook_func(lambda t: t is Deadline, unstructure)
