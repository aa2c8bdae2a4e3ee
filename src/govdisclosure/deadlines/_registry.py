"""Clock rules known by name, so that a document can name its rules instead of embedding them.

A rule pack registers the rules it ships (the PRC pack registers its two regimes
under the default policy, ``"cn.ogi-2007"`` and ``"cn.ogi-2019"``);
:func:`rules_name` finds the name of rules equal to registered ones.

>>> from govdisclosure.deadlines import PauseRule
>>> from govdisclosure.law import Citation, Instrument, WorkingDays
>>> act = Instrument(code="demo", title="Demo Act", short="DA")
>>> demo = ClockRules(
...     name="Demo Act", limit=WorkingDays(10), limit_citation=Citation(act, "5"),
...     max_extension=WorkingDays(10), extension_citation=Citation(act, "5"),
...     restart_citation=Citation(act, "4"),
...     third_party=PauseRule(stops_clock=True, citation=Citation(act, "6")),
...     other_organ=PauseRule(stops_clock=True, citation=Citation(act, "6")),
...     fee=PauseRule(stops_clock=False, citation=Citation(act, "7")))
>>> register_rules("demo-act", demo)
>>> named_rules("demo-act") is demo, rules_name(demo)
(True, 'demo-act')

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from govdisclosure.deadlines._rules import ClockRules
from govdisclosure.errors import InvalidInputError

__all__ = ["named_rules", "register_rules", "rules_name"]

_by_name: dict[str, ClockRules] = {}


def register_rules(name: str, rules: ClockRules) -> None:
    """Register ``rules`` under ``name``; the same rules again are harmless, others raise."""
    given: object = name
    if not isinstance(given, str) or not given.strip():
        msg = "must be a non-empty string"
        raise InvalidInputError(msg, field="name", value=name)
    found: object = rules
    if not isinstance(found, ClockRules):
        msg = "must be ClockRules"
        raise InvalidInputError(msg, field="rules", value=found)
    known = _by_name.get(name)
    if known is not None and known != rules:
        msg = "other rules are registered under this name"
        raise InvalidInputError(msg, field="name", value=name)
    _by_name[name] = rules


def named_rules(name: str) -> ClockRules:
    """The rules registered under ``name``.

    Raises:
        InvalidInputError: no rules are registered under ``name``.
    """
    found = _by_name.get(name)
    if found is None:
        msg = "no clock rules are registered under this name"
        raise InvalidInputError(msg, field="name", value=name)
    return found


def rules_name(rules: ClockRules) -> str | None:
    """The name under which rules equal to ``rules`` are registered, or ``None``."""
    for name, known in _by_name.items():
        if known is rules:
            return name
    for name, known in _by_name.items():
        if known == rules:
            return name
    return None
