r"""Readers for the fast path: one per field type and event class, made from the converter's hooks.

:mod:`govdisclosure.serialization._fast` reads documents of requests with
these. A reader takes a parsed JSON value and a tally (a one-item list that
counts the keys of the objects read, for the check on keys given twice) and
returns the value built, or raises: :class:`GiveUpError` (or anything else)
means "not sure", and the document is then read the strict way.

A reader for a type is the converter's own strict hook for it (``date``,
``str``, ``int``, enums, outcomes), or a faster equal one; for a type it does
not know it hands the value to the converter, after walking it (its keys are
counted, and it may not be deeper than :data:`DEEPEST`).

>>> from datetime import date
>>> reader_for(date)("2024-03-01", [0])
datetime.date(2024, 3, 1)

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import enum
import types
import typing
from collections.abc import Callable
from datetime import date
from typing import Any

import attrs

from govdisclosure.requests import Event
from govdisclosure.requests import Replied as _Replied
from govdisclosure.serialization._converter import converter
from govdisclosure.serialization._registries import (
    _OUTCOME_ENUMS,
    event_class,
    outcome_enums,
    structure_outcome,
)
from govdisclosure.serialization._scalars import (
    _structure_date,
    _structure_enum,
    _structure_int,
    _structure_str,
)

__all__ = [
    "DATE_MEMO",
    "GiveUpError",
    "Reader",
    "event_reader",
    "no_key_twice",
    "read_date",
    "read_event",
    "reader_for",
]

_NONE_TYPE = type(None)
DEEPEST = 8
"""The deepest a value handed to the converter may be on the fast path (deeper: the strict way)."""

_DATES_KEPT = 1 << 16
"""How many distinct date strings are remembered with their dates (then the memory is cleared)."""


class GiveUpError(Exception):
    """The fast path is not sure: read the text the strict way."""


# -- counting keys and colons ------------------------------------------------------------


def _walk(value: object) -> tuple[int, int]:
    """The keys in the objects of ``value``, and its depth (without recursion)."""
    keys = 0
    deepest = 0
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            keys += len(node)
            children: Any = node.values()
        elif isinstance(node, list):
            children = node
        else:
            continue
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in children)
    return keys, deepest


def _string_colons(value: object) -> int:
    count = 0
    stack: list[object] = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            count += node.count(":")
        elif isinstance(node, dict):
            count += sum(key.count(":") for key in node if isinstance(key, str))
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return count


def no_key_twice(text: str, data: object, keys: int) -> bool:
    colons = text.count(":") + text.count("\\u003a") + text.count("\\u003A")
    if colons == keys:
        return True
    return colons - _string_colons(data) == keys


# -- readers for fields, made once per type from the converter's own hooks ----------------

Reader = Callable[[object, list[int]], object]


def _scalar(hook: Callable[[object, object], object], t: object) -> Reader:
    def read(value: object, _: list[int]) -> object:
        return hook(value, t)

    return read


def _delegate(t: object) -> Reader:
    """Whatever the fast readers do not know: the converter's hook, on a walked value."""

    def read(value: object, tally: list[int]) -> object:
        keys, depth = _walk(value)
        if depth > DEEPEST:
            raise GiveUpError
        tally[0] += keys
        return converter.structure(value, typing.cast("Any", t))

    return read


def _enum_reader(cls: type[enum.Enum]) -> Reader:
    members = cls._value2member_map_
    if not all(type(m.value) is str for m in cls):
        return _scalar(typing.cast("Any", _structure_enum), cls)

    def read(value: object, _: list[int]) -> object:
        if type(value) is not str:
            raise GiveUpError
        return members[value]

    return read


def _optional(inner: Reader) -> Reader:
    def read(value: object, tally: list[int]) -> object:
        return None if value is None else inner(value, tally)

    return read


DATE_MEMO: dict[object, date] = {}
"""Date strings read before, with their dates (only strings the strict hook accepted)."""


def read_date(value: object, _: list[int]) -> object:
    if type(value) is not str:
        raise GiveUpError
    found = DATE_MEMO.get(value)
    if found is None:
        if len(DATE_MEMO) >= _DATES_KEPT:
            DATE_MEMO.clear()
        found = DATE_MEMO[value] = _structure_date(value, date)
    return found


_OUTCOMES: list[dict[object, enum.Enum]] = [{}]
"""The members of the registered outcome enums by value (enums are only ever added)."""
_OUTCOMES_SEEN = [0]


def _outcome(value: object, _: list[int]) -> object:
    """What ``structure_outcome`` gives, found in one dict of the registered enums' values."""
    if value is None:
        return None
    if len(_OUTCOME_ENUMS) != _OUTCOMES_SEEN[0]:  # a rule pack registered its enum since
        registered = outcome_enums()
        members: dict[object, enum.Enum] = {}
        for enum_cls in reversed(registered):  # the first registered enum wins, as there
            members.update((m.value, m) for m in enum_cls)
        _OUTCOMES[0] = members
        _OUTCOMES_SEEN[0] = len(registered)
    if type(value) is not str:
        raise GiveUpError
    return _OUTCOMES[0][value]


def reader_for(t: object) -> Reader:  # noqa: PLR0911 - a reader per kind of hook
    """A reader for values of type ``t``: the converter's own hook for it, or a faster equal one.

    A fast reader is used only where the converter's hook for ``t`` is the
    strict scalar hook it stands for; anything else goes to the converter.
    """
    members = typing.get_args(t) if typing.get_origin(t) in (typing.Union, types.UnionType) else ()
    if len(members) == 2 and _NONE_TYPE in members:  # X | None
        other = members[0] if members[1] is _NONE_TYPE else members[1]
        if converter.get_structure_hook(t) == converter._structure_optional:  # noqa: SLF001
            return _optional(reader_for(other))
        return _delegate(t)
    hook = converter.get_structure_hook(t)
    if t is date and hook is _structure_date:
        return read_date
    if t is str and hook is _structure_str:
        return _scalar(_structure_str, t)
    if t is int and hook is _structure_int:
        return _scalar(_structure_int, t)
    if t is enum.Enum and hook is structure_outcome:
        return _outcome
    if isinstance(t, type) and issubclass(t, enum.Enum) and hook is _structure_enum:
        return _enum_reader(t)
    return _delegate(t)


# -- events ------------------------------------------------------------------------------

_EventReader = Callable[[dict[str, object], list[int]], Event]
_EVENT_READERS: dict[type, _EventReader] = {}


def event_reader(cls: type) -> _EventReader:
    """A reader of the fields of an event of ``cls`` (its ``type`` tag already looked up).

    Made once per class from its attrs fields, as cattrs makes its hooks: the
    keys allowed (with ``type``) and required, and a reader per field; the
    common case, every field given, is one call of the class with keywords.
    """
    found = _EVENT_READERS.get(cls)
    if found is not None:
        return found
    fields = attrs.fields(attrs.resolve_types(typing.cast("Any", cls)))
    readers: list[tuple[str, str, Reader]] = []
    required: set[str] = {"type"}
    for f in fields:
        if not f.init:
            continue
        reader: Reader
        if issubclass(cls, _Replied) and f.name == "outcome":
            reader = _outcome  # the override of serialization._events: structure_outcome
        else:
            reader = reader_for(f.type)
        if not (f.name.isidentifier() and (f.alias or f.name).isidentifier()):
            reader = _delegate(f.type)  # pragma: no cover - attrs names are identifiers
        readers.append((f.name, f.alias or f.name, reader))
        if f.default is attrs.NOTHING:
            required.add(f.name)
    every = frozenset({"type", *(name for name, _, _ in readers)})
    namespace: dict[str, Any] = {
        "cls": cls,
        "every": every,
        "required": frozenset(required),
        "readers": tuple(readers),
        "GiveUp": GiveUpError,
        "memo": DATE_MEMO.get,
    }
    arguments = []
    for i, (name, alias, reader) in enumerate(readers):
        namespace[f"r{i}"] = reader
        raw = f"value[{name!r}]"
        if reader is read_date:  # a date seen before is looked up without a call
            arguments.append(f"{alias}=(memo({raw}) or r{i}({raw}, tally))")
        else:
            arguments.append(f"{alias}=r{i}({raw}, tally)")
    source = f"""
def read(value, tally):
    if value.keys() == every:
        return cls({", ".join(arguments)})
    if not value.keys() <= every or not required <= value.keys():
        raise GiveUp
    return cls(**{{a: r(value[n], tally) for n, a, r in readers if n in value}})
"""
    exec(source, namespace)  # noqa: S102 - code made from the field names of an attrs class
    made: _EventReader = namespace["read"]
    _EVENT_READERS[cls] = made
    return made


_TAGS: dict[object, _EventReader] = {}
"""The reader for each tag seen (a registered tag never changes its class)."""


def read_event(value: object, tally: list[int]) -> Event:
    if type(value) is not dict:
        raise GiveUpError
    tally[0] += len(value)
    tag = value["type"]
    read = _TAGS.get(tag) if type(tag) is str else None
    if read is None:
        read = _TAGS[tag] = event_reader(event_class(tag, Event))
    return read(value, tally)
