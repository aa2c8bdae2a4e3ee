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
import gc
import json
import typing
from collections.abc import Callable, Iterator
from datetime import date

import attrs

from govdisclosure.requests import (
    Applicant,
    ApplicantIdentity,
    ApplicantKind,
    ConsultationParty,
    Event,
    ReceiptChannel,
    Request,
)
from govdisclosure.serialization._converter import converter
from govdisclosure.serialization._documents import SCHEMA_VERSION, register_fast_reader
from govdisclosure.serialization._fast_readers import (
    DATE_MEMO,
    GiveUpError,
    no_key_twice,
    read_date,
    read_event,
    reader_for,
)
from govdisclosure.serialization._scalars import _structure_date, _structure_enum, _structure_str

__all__ = ["install", "parser_name", "read_request", "read_requests"]


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


# -- requests ----------------------------------------------------------------------------

_REQUEST_KEYS = frozenset({"id", "received", "applicant", "events", "channel"})
_APPLICANT_KEYS = frozenset({"kind", "identity"})
_IDENTITY_KEYS = frozenset({"name", "id_document", "contact"})
_KINDS = typing.cast("dict[object, ApplicantKind]", ApplicantKind._value2member_map_)
_PLAIN_APPLICANTS: dict[object, Applicant] = {}


_OWN_HOOKS: dict[object, tuple[str, str]] = {
    Request: ("govdisclosure.serialization._converter", "attrs_structure_fn.<locals>.structure"),
    Applicant: ("govdisclosure.serialization._converter", "attrs_structure_fn.<locals>.structure"),
    ApplicantIdentity: (
        "govdisclosure.serialization._converter",
        "attrs_structure_fn.<locals>.structure",
    ),
    Event: ("govdisclosure.serialization._events", "_install_events.<locals>.structure"),
    tuple[Event, ...]: (
        "govdisclosure.serialization._converter",
        "_make_sequence.<locals>.factory.<locals>.structure",
    ),
}
"""The library's own hooks for the models read by hand here (made by its hook factories)."""


def _check_shapes() -> None:
    """Give up unless the converter's hooks for what is read by hand here are the library's own.

    The readers below stand for those hooks; a hook registered since for one of
    these types (by a user, say) sends every document the strict way, to it.
    """
    scalars: dict[object, object] = {
        str: _structure_str,
        date: _structure_date,
        ApplicantKind: _structure_enum,
        ConsultationParty: _structure_enum,
    }
    for t, hook in scalars.items():
        if converter.get_structure_hook(t) is not hook:
            raise GiveUpError
    for t, (module, name) in _OWN_HOOKS.items():
        hook = converter.get_structure_hook(t)
        if getattr(hook, "__module__", None) != module or getattr(hook, "__qualname__", "") != name:
            raise GiveUpError
    optional = converter._structure_optional  # noqa: SLF001 - cattrs' own hook for X | None
    for t in (ApplicantIdentity | None, ReceiptChannel | None):
        if converter.get_structure_hook(t) != optional:
            raise GiveUpError


def _text(value: object) -> str | None:
    if value is None or type(value) is str:
        return value
    raise GiveUpError


def _applicant(value: object, tally: list[int]) -> Applicant:
    if type(value) is not dict or not value.keys() <= _APPLICANT_KEYS:
        raise GiveUpError
    tally[0] += len(value)
    kind = value["kind"]
    if type(kind) is not str:
        raise GiveUpError
    identity = value.get("identity")
    if identity is None:
        found = _PLAIN_APPLICANTS.get(kind)
        if found is None:
            found = _PLAIN_APPLICANTS[kind] = Applicant(_KINDS[kind])
        return found
    if type(identity) is not dict or not identity.keys() <= _IDENTITY_KEYS:
        raise GiveUpError
    tally[0] += len(identity)
    person = ApplicantIdentity(**{k: _text(v) for k, v in identity.items()})
    return Applicant(_KINDS[kind], person)


_CHANNEL = reader_for(attrs.fields(attrs.resolve_types(Request)).channel.type)


def _request(value: object, tally: list[int]) -> Request:
    if type(value) is not dict or not value.keys() <= _REQUEST_KEYS:
        raise GiveUpError
    tally[0] += len(value)
    ident = value["id"]
    if type(ident) is not str:
        raise GiveUpError
    received = DATE_MEMO.get(value["received"]) or read_date(value["received"], tally)
    applicant = _applicant(value["applicant"], tally)
    raw = value.get("events", ())
    if type(raw) is list:
        events = tuple([read_event(e, tally) for e in raw])
    elif raw == ():
        events = ()
    else:
        raise GiveUpError
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
        raise GiveUpError
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
        if not no_key_twice(source, data, tally[0]):
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
        if not no_key_twice(source, data, tally[0]):
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
