"""The plug-in registries: each rule pack's outcome enum and event classes.

The generic layer types an outcome as ``enum.Enum`` and an event as
:class:`~govdisclosure.requests.Event`; a rule pack registers its own outcome
enum (:func:`register_outcome_enum`) and event classes
(:func:`register_event_type`), and the converter looks values and ``type`` tags
up here. The library registers ``cn.Outcome`` and its own events when
:mod:`govdisclosure.serialization` is imported.

>>> event_class("replied", object).__name__
'Replied'
"""

from __future__ import annotations

import enum
import typing

from govdisclosure.errors import InvalidInputError, Problem
from govdisclosure.serialization._paths import NAME
from govdisclosure.serialization._problems import brief, fail

# -- outcomes of rule packs ---------------------------------------------------------------

_OUTCOME_ENUMS: list[type[enum.Enum]] = []


def register_outcome_enum(enum_cls: type[enum.Enum]) -> None:
    """Let ``Replied.outcome`` (and other opaque outcome fields) hold members of ``enum_cls``.

    The generic layer types an outcome as ``enum.Enum``: each rule pack has its
    own (``cn.Outcome`` for the PRC, registered by the library itself). An
    outcome is written as its value and read back by finding that value among
    the registered enums, so values must be strings, unique across every
    registered enum.

    Raises:
        InvalidInputError: ``enum_cls`` is not an Enum with string values, or
            shares a value with an enum already registered.

    >>> outcome_enums()[0].__name__
    'Outcome'
    """
    given: object = enum_cls
    if not isinstance(given, type) or not issubclass(given, enum.Enum):
        msg = "must be an Enum class"
        raise InvalidInputError(msg, field="enum_cls", value=enum_cls)
    if enum_cls in _OUTCOME_ENUMS:
        return
    bad = [m.value for m in enum_cls if not isinstance(m.value, str)]
    if bad:
        msg = "outcome values must be strings"
        raise InvalidInputError(msg, field="enum_cls", value=bad)
    taken = {m.value for e in _OUTCOME_ENUMS for m in e}
    clash = sorted(m.value for m in enum_cls if m.value in taken)
    if clash:
        msg = "these values are values of an outcome enum already registered"
        raise InvalidInputError(msg, field="enum_cls", value=clash)
    _OUTCOME_ENUMS.append(enum_cls)


def outcome_enums() -> tuple[type[enum.Enum], ...]:
    """The registered outcome enums, in the order registered."""
    return tuple(_OUTCOME_ENUMS)


def structure_outcome(value: object, _: object = None) -> enum.Enum | None:  # noqa: RET503 - fail() raises
    """An outcome from its value, looked up among the registered outcome enums."""
    if value is None:
        return None
    if isinstance(value, str):
        for enum_cls in _OUTCOME_ENUMS:
            if value in enum_cls._value2member_map_:
                return enum_cls(value)
    names = ", ".join(e.__qualname__ for e in _OUTCOME_ENUMS) or "none registered"
    fail(f"not an outcome of any registered rule pack ({names})", value)


def unstructure_outcome(value: object) -> str | None:
    """The value of an outcome member of a registered enum (``None`` stays ``None``)."""
    if value is None:
        return None
    if isinstance(value, enum.Enum) and type(value) in _OUTCOME_ENUMS:
        return typing.cast("str", value.value)
    msg = (
        "an outcome must be a member of a registered outcome enum to be written "
        "(see serialization.register_outcome_enum)"
    )
    raise InvalidInputError(msg, field="outcome", value=value)


# -- tagged events ------------------------------------------------------------------------

_EVENT_CLASSES: dict[str, type] = {}
_EVENT_TAGS: dict[type, str] = {}


def register_event_type(tag: str, cls: type) -> None:
    """Give an event class its ``type`` tag in JSON (the library registers its own events).

    Raises:
        InvalidInputError: the tag or the class is registered already for another.

    >>> from datetime import date
    >>> from govdisclosure.requests import Replied
    >>> from govdisclosure.serialization import to_dict
    >>> to_dict(Replied(on=date(2024, 3, 20)))
    {'type': 'replied', 'on': '2024-03-20', 'outcome': None}
    """
    given: object = tag
    if not isinstance(given, str) or not NAME.fullmatch(given):
        msg = "an event tag is a snake_case name"
        raise InvalidInputError(msg, field="tag", value=tag)
    if _EVENT_CLASSES.get(tag, cls) is not cls or _EVENT_TAGS.get(cls, tag) != tag:
        msg = "the tag or the class is registered already"
        raise InvalidInputError(msg, field="tag", value=tag)
    _EVENT_CLASSES[tag] = cls
    _EVENT_TAGS[cls] = tag


def event_tag(cls: type) -> str:
    """The ``type`` tag of an event class."""
    tag = _EVENT_TAGS.get(cls)
    if tag is None:
        msg = "this event class has no JSON tag (see serialization.register_event_type)"
        raise InvalidInputError(msg, field="type", value=cls.__name__)
    return tag


def event_class(tag: object, expected: type) -> type:
    """The event class for a ``type`` tag, which must be ``expected`` or a subclass of it."""
    if not isinstance(tag, str):
        raise InvalidInputError(problems=[Problem("type", "expected a string", brief(tag))])
    cls = _EVENT_CLASSES.get(tag)
    if cls is None:
        known = ", ".join(sorted(_EVENT_CLASSES))
        msg = f"unknown event type; expected one of {known}"
        raise InvalidInputError(problems=[Problem("type", msg, brief(tag))])
    if not issubclass(cls, expected):
        msg = f"expected an event of type {_EVENT_TAGS.get(expected, expected.__name__)}"
        raise InvalidInputError(problems=[Problem("type", msg, tag)])
    return cls
