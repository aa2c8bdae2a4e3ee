r"""A fast path for reading requests: the documents the strict path accepts, built the same way.

Reading a batch of requests the strict way (:func:`~govdisclosure.serialization.from_json`)
parses with hooks that mark repeated keys and huge numbers, walks the whole
document for them, and goes through a cattrs hook per value. Here a document of
requests is instead parsed by the fastest parser at hand (``orjson`` if the
``fast`` extra is installed, else the standard library's plain ``json.loads``)
and read by readers made once per class from the classes' own fields, which
hand the values to the models' own constructors (so every model check runs).

The fast path only ever *accepts*: whatever it is not sure of (a value of a
wrong type, an unknown key, a model check that fails, a parser error, keys
that may be repeated) makes it give up (``None``), and the caller reads the
same text the strict way, which reports every problem by its path. So what is
accepted, and the objects built, are the strict path's; only the time differs.
The strict checks are kept like this:

* no coercion: every value is checked by the strict scalar hooks themselves
  (``_structure_int``, ``_structure_date``, ...), or by the converter's hook;
* bounds: whole numbers go through the same ``MAX_INT`` check; a number the
  parser turns into a float, or cannot read, is no whole number;
* depth: an accepted request has at most six levels (document, items, request,
  events, event, amount), far below ``MAX_DEPTH``; a value handed to the
  converter is walked, and refused deeper than that;
* keys given twice: neither parser reports them, so they are found by
  counting. Every member of a JSON object has exactly one ``:`` outside
  strings, so the ``:`` characters of the text are the members plus the colons
  inside strings; the parsed strings hold those colons plus one per ``\u003a``
  escape. With ``K`` members in the text, ``P`` keys in the parsed objects
  (``P < K`` exactly when a key was repeated), ``T`` colons in the text, ``S``
  colons in the parsed strings and ``U`` occurrences of the text ``\u003a`` or
  ``\u003A`` (at least the escapes), ``T - S + U >= K >= P``; the document is
  accepted only if ``P == T - S + U``, which forces ``P == K``. ``S`` is only
  counted when ``T + U != P`` (some string holds a colon).

>>> from govdisclosure.serialization import to_json
>>> from datetime import date
>>> from govdisclosure.requests import Applicant, ApplicantKind, Request
>>> r = Request("a", date(2024, 3, 1), Applicant(ApplicantKind.NATURAL_PERSON))
>>> read_requests(to_json([r])) == [r]
True
>>> read_requests('{"schema_version": 1, "items": [{"id": "a", "id": "b"}]}') is None
True

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import contextlib
import enum
import gc
import json
import types
import typing
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import attrs

from govdisclosure.requests import (
    Applicant,
    ApplicantIdentity,
    ApplicantKind,
    Event,
    ReceiptChannel,
    Request,
)
from govdisclosure.requests import Replied as _Replied
from govdisclosure.serialization._converter import converter
from govdisclosure.serialization._documents import SCHEMA_VERSION, register_fast_reader
from govdisclosure.serialization._registries import event_class, outcome_enums, structure_outcome
from govdisclosure.serialization._scalars import (
    _structure_date,
    _structure_enum,
    _structure_int,
    _structure_str,
)

__all__ = ["install", "parser_name", "read_request", "read_requests", "reader_for"]

_NONE_TYPE = type(None)
_DEEPEST = 8
"""The deepest a value handed to the converter may be on the fast path (deeper: the strict way)."""

_DATES_KEPT = 1 << 16
"""How many distinct date strings are remembered with their dates (then the memory is cleared)."""


class _GiveUpError(Exception):
    """The fast path is not sure: read the text the strict way."""


# -- parsing -----------------------------------------------------------------------------


def _parser() -> Callable[[str], object]:
    try:
        import orjson  # an optional extra, looked for once
    except ImportError:  # pragma: no cover - depends on the environment
        return json.loads
    loads: Callable[[str], object] = orjson.loads
    return loads


_LOADS: list[Callable[[str], object]] = []


def _loads(text: str) -> object:
    if not _LOADS:
        _LOADS.append(_parser())
    return _LOADS[0](text)


def parser_name() -> str:
    """Which parser the fast path uses: ``"orjson"`` or ``"json"``.

    >>> parser_name() in ("orjson", "json")
    True
    """
    if not _LOADS:
        _LOADS.append(_parser())
    return "json" if _LOADS[0] is json.loads else "orjson"


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


def _no_key_twice(text: str, data: object, keys: int) -> bool:
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
        if depth > _DEEPEST:
            raise _GiveUpError
        tally[0] += keys
        return converter.structure(value, typing.cast("Any", t))

    return read


def _enum_reader(cls: type[enum.Enum]) -> Reader:
    members = cls._value2member_map_
    if not all(type(m.value) is str for m in cls):
        return _scalar(typing.cast("Any", _structure_enum), cls)

    def read(value: object, _: list[int]) -> object:
        if type(value) is not str:
            raise _GiveUpError
        return members[value]

    return read


def _optional(inner: Reader) -> Reader:
    def read(value: object, tally: list[int]) -> object:
        return None if value is None else inner(value, tally)

    return read


_DATE_MEMO: dict[object, date] = {}
"""Date strings read before, with their dates (only strings the strict hook accepted)."""


def _DATE_READER(value: object, _: list[int]) -> object:  # noqa: N802 - a reader, named like one
    if type(value) is not str:
        raise _GiveUpError
    found = _DATE_MEMO.get(value)
    if found is None:
        if len(_DATE_MEMO) >= _DATES_KEPT:
            _DATE_MEMO.clear()
        found = _DATE_MEMO[value] = _structure_date(value, date)
    return found


_OUTCOMES: dict[tuple[type[enum.Enum], ...], dict[object, enum.Enum]] = {}


def _outcome(value: object, _: list[int]) -> object:
    """What ``structure_outcome`` gives, found in one dict of the registered enums' values."""
    if value is None:
        return None
    registered = outcome_enums()
    members = _OUTCOMES.get(registered)
    if members is None:
        _OUTCOMES.clear()
        members = _OUTCOMES[registered] = {}
        for enum_cls in reversed(registered):  # the first registered enum wins, as there
            members.update((m.value, m) for m in enum_cls)
    if type(value) is not str:
        raise _GiveUpError
    return members[value]


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
        return _DATE_READER
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
        "GiveUp": _GiveUpError,
        "memo": _DATE_MEMO.get,
    }
    arguments = []
    for i, (name, alias, reader) in enumerate(readers):
        namespace[f"r{i}"] = reader
        raw = f"value[{name!r}]"
        if reader is _DATE_READER:  # a date seen before is looked up without a call
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


def _event(value: object, tally: list[int]) -> Event:
    if type(value) is not dict:
        raise _GiveUpError
    tally[0] += len(value)
    tag = value["type"]
    read = _TAGS.get(tag) if type(tag) is str else None
    if read is None:
        read = _TAGS[tag] = event_reader(event_class(tag, Event))
    return read(value, tally)


# -- requests ----------------------------------------------------------------------------

_REQUEST_KEYS = frozenset({"id", "received", "applicant", "events", "channel"})
_APPLICANT_KEYS = frozenset({"kind", "identity"})
_IDENTITY_KEYS = frozenset({"name", "id_document", "contact"})
_KINDS = typing.cast("dict[object, ApplicantKind]", ApplicantKind._value2member_map_)
_PLAIN_APPLICANTS: dict[object, Applicant] = {}


def _check_shapes() -> None:
    """The hand-made readers below assume these hooks of the converter are the strict ones."""
    expected: dict[object, object] = {
        str: _structure_str,
        date: _structure_date,
        ApplicantKind: _structure_enum,
    }
    for t, hook in expected.items():
        if converter.get_structure_hook(t) is not hook:
            raise _GiveUpError


def _text(value: object) -> str | None:
    if value is None or type(value) is str:
        return value
    raise _GiveUpError


def _applicant(value: object, tally: list[int]) -> Applicant:
    if type(value) is not dict or not value.keys() <= _APPLICANT_KEYS:
        raise _GiveUpError
    tally[0] += len(value)
    kind = value["kind"]
    if type(kind) is not str:
        raise _GiveUpError
    identity = value.get("identity")
    if identity is None:
        found = _PLAIN_APPLICANTS.get(kind)
        if found is None:
            found = _PLAIN_APPLICANTS[kind] = Applicant(_KINDS[kind])
        return found
    if type(identity) is not dict or not identity.keys() <= _IDENTITY_KEYS:
        raise _GiveUpError
    tally[0] += len(identity)
    person = ApplicantIdentity(**{k: _text(v) for k, v in identity.items()})
    return Applicant(_KINDS[kind], person)


_CHANNEL = reader_for(attrs.fields(attrs.resolve_types(Request)).channel.type)


def _request(value: object, tally: list[int]) -> Request:
    if type(value) is not dict or not value.keys() <= _REQUEST_KEYS:
        raise _GiveUpError
    tally[0] += len(value)
    ident = value["id"]
    if type(ident) is not str:
        raise _GiveUpError
    received = _DATE_MEMO.get(value["received"]) or _DATE_READER(value["received"], tally)
    applicant = _applicant(value["applicant"], tally)
    raw = value.get("events", ())
    if type(raw) is list:
        events = tuple([_event(e, tally) for e in raw])
    elif raw == ():
        events = ()
    else:
        raise _GiveUpError
    channel = value.get("channel")
    if channel is not None:
        channel = _CHANNEL(channel, tally)
    on = typing.cast("date", received)
    return Request(ident, on, applicant, events, typing.cast("ReceiptChannel", channel))


# -- documents ---------------------------------------------------------------------------


def _parse(text: object) -> tuple[str, object]:
    if isinstance(text, (bytes, bytearray)):
        text = bytes(text).decode("utf-8")
    if type(text) is not str:
        raise _GiveUpError
    _check_shapes()
    return text, _loads(text)


def read_requests(text: object, *, bare: bool = False) -> list[Request] | None:
    """The requests of a list document (``{"schema_version": 1, "items": [...]}``), or ``None``.

    With ``bare``, a bare JSON list of requests is read too (as the command
    line's batch reader accepts). ``None`` means the fast path is not sure of
    the text, never that it is wrong: read it the strict way then. The cyclic
    garbage collector is paused while the batch is read (see :func:`_gc_paused`).
    """
    with _gc_paused():
        return _read_requests(text, bare=bare)


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """The cyclic garbage collector paused while a batch is parsed and built.

    A batch is a great many new containers, none in a cycle: the collector
    would walk all of them again and again (half the time of reading) and free
    nothing that reference counting does not. It is switched back on after,
    if it was on.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _read_requests(text: object, *, bare: bool) -> list[Request] | None:  # noqa: PLR0911
    try:
        source, data = _parse(text)
        tally = [0]
        if type(data) is dict:
            version = data.get("schema_version")
            if data.keys() != {"schema_version", "items"} or type(version) is not int:
                return None
            if version != SCHEMA_VERSION:
                return None
            tally[0] = 2
            items = data["items"]
        elif bare:
            items = data
        else:
            return None
        if type(items) is not list:
            return None
        requests = [_request(item, tally) for item in items]
        if not _no_key_twice(source, data, tally[0]):
            return None
    except Exception:  # noqa: BLE001 - anything unsure goes the strict way
        return None
    return requests


def read_request(text: object) -> Request | None:
    """The request of a document (``{"schema_version": 1, "id": ...}``), or ``None`` if unsure."""
    try:
        source, data = _parse(text)
        if type(data) is not dict:
            return None
        version = data.get("schema_version")
        if type(version) is not int or version != SCHEMA_VERSION:
            return None
        rest = {k: v for k, v in data.items() if k != "schema_version"}
        tally = [1]
        request = _request(rest, tally)
        if not _no_key_twice(source, data, tally[0]):
            return None
    except Exception:  # noqa: BLE001 - anything unsure goes the strict way
        return None
    return request


def _read_tuple(text: object) -> tuple[Request, ...] | None:
    found = read_requests(text)
    return None if found is None else tuple(found)


def install() -> None:
    """Let :func:`~govdisclosure.serialization.from_json` try the fast path for requests first."""
    register_fast_reader(Request, read_request)
    register_fast_reader(list[Request], read_requests)
    register_fast_reader(tuple[Request, ...], _read_tuple)
