"""Hooks for events: a ``type`` tag beside the event's own fields, and outcomes as values.

The JSON forms set here:

* an event is an object with a ``type`` tag (``"replied"``,
  ``"consultation_started"``, ...) beside the event's own fields;
* ``Replied.outcome`` and ``ExemptionGround.outcome`` are the value of an
  outcome enum registered with
  :func:`~govdisclosure.serialization.register_outcome_enum`.

A model check about an entry of a request's log or a review's history is
reported at ``events[i]`` or ``history[i]``.

>>> dict(EVENT_TYPES)["replied"].__name__
'Replied'
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import cattrs
from cattrs.gen import override

from govdisclosure.errors import InvalidInputError, Problem
from govdisclosure.exemptions import ExemptionGround
from govdisclosure.requests import (
    ConsultationEnded,
    ConsultationStarted,
    CorrectionLapsed,
    CorrectionReceived,
    CorrectionRequested,
    DelaySet,
    Event,
    ExtensionGranted,
    FeeLapsed,
    FeeNoticeIssued,
    FeePaid,
    Replied,
    Request,
    Routed,
    Withdrawn,
)
from govdisclosure.review import Review
from govdisclosure.serialization._converter import attrs_structure_fn, attrs_unstructure_fn
from govdisclosure.serialization._problems import fail, register_log_field
from govdisclosure.serialization._registries import (
    event_class,
    event_tag,
    register_event_type,
    structure_outcome,
    unstructure_outcome,
)

EVENT_TYPES: tuple[tuple[str, type[Event]], ...] = (
    ("correction_requested", CorrectionRequested),
    ("correction_received", CorrectionReceived),
    ("correction_lapsed", CorrectionLapsed),
    ("consultation_started", ConsultationStarted),
    ("consultation_ended", ConsultationEnded),
    ("extension_granted", ExtensionGranted),
    ("fee_notice_issued", FeeNoticeIssued),
    ("fee_paid", FeePaid),
    ("fee_lapsed", FeeLapsed),
    ("delay_set", DelaySet),
    ("replied", Replied),
    ("withdrawn", Withdrawn),
    ("routed", Routed),
)
"""The ``type`` tag of each event class: stable, whatever the classes are called."""


def install(conv: cattrs.Converter) -> None:
    """Register the library's events, the logs that hold them, and their hooks on ``conv``."""
    register_log_field(Request, "events")
    register_log_field(Review, "history")
    for tag, cls in EVENT_TYPES:
        register_event_type(tag, cls)
    _install_events(conv)
    _install_outcome_fields(conv)


# -- events ------------------------------------------------------------------------------


def _is_event(t: object) -> bool:
    return isinstance(t, type) and issubclass(t, Event)


def _install_events(conv: cattrs.Converter) -> None:
    structurers: dict[type, Callable[[object, object], Any]] = {}
    unstructurers: dict[type, Callable[[Any], dict[str, Any]]] = {}

    def overrides(cls: type) -> dict[str, Any]:
        if issubclass(cls, Replied):
            return {
                "outcome": override(
                    struct_hook=structure_outcome, unstruct_hook=unstructure_outcome
                )
            }
        return {}

    def structure(value: object, t: type) -> Event:
        if not isinstance(value, dict):
            fail("expected a JSON object (an event)", value)
        if "type" not in value:
            raise InvalidInputError(problems=[Problem("type", "required key missing")])
        cls = event_class(value["type"], t)
        if cls not in structurers:
            structurers[cls] = attrs_structure_fn(conv, cls, **overrides(cls))
        rest = {k: v for k, v in value.items() if k != "type"}
        event: Event = structurers[cls](rest, cls)
        return event

    def unstructure(event: Event) -> dict[str, Any]:
        cls = type(event)
        tag = event_tag(cls)
        if cls not in unstructurers:
            unstructurers[cls] = attrs_unstructure_fn(conv, cls, **overrides(cls))
        return {"type": tag, **unstructurers[cls](event)}

    conv.register_structure_hook_func(_is_event, structure)
    conv.register_unstructure_hook_func(_is_event, unstructure)


# -- outcomes held as opaque values ------------------------------------------------------


def _install_outcome_fields(conv: cattrs.Converter) -> None:
    outcome = override(struct_hook=structure_outcome, unstruct_hook=unstructure_outcome)
    structure = attrs_structure_fn(conv, ExemptionGround, outcome=outcome)
    unstructure = attrs_unstructure_fn(conv, ExemptionGround, outcome=outcome)
    conv.register_structure_hook_func(lambda t: t is ExemptionGround, structure)
    conv.register_unstructure_hook_func(lambda t: t is ExemptionGround, unstructure)
