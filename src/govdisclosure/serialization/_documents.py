"""Documents: a model as JSON with ``schema_version`` on top, and back, every field checked.

A model becomes an object whose first key is ``schema_version``; a list or
tuple of models (or anything not written as an object: a date, an enum value)
stands under ``items``. Reading checks the version, the bounds on hostile input
and every field, and reports every problem at once, each by its path.

>>> from govdisclosure.law import WorkingDays
>>> from_json(to_json([WorkingDays(5)]), list[WorkingDays])
[WorkingDays(5)]
"""

from __future__ import annotations

import json
import typing
from collections.abc import Callable
from typing import Any, TypeVar, overload

import attrs

from govdisclosure.errors import InvalidInputError, Problem
from govdisclosure.serialization._bounds import parse, scan
from govdisclosure.serialization._converter import converter
from govdisclosure.serialization._paths import join_path, key_path
from govdisclosure.serialization._privacy import strip_personal_data
from govdisclosure.serialization._problems import brief, problems_of, raise_invalid

T = TypeVar("T")

SCHEMA_VERSION = 1
"""The version of the JSON forms; written on every top-level document."""

_FAST_READERS: dict[object, Callable[[object], object | None]] = {}


def register_fast_reader(cls: object, reader: Callable[[object], object | None]) -> None:
    """Let :func:`from_json` try ``reader`` first for ``cls``.

    ``reader(text)`` returns the object only where it is sure that the strict
    path would build an equal one, and ``None`` otherwise: then the text is read
    the strict way, which names every problem. The library registers the fast
    readers of requests (``Request``, ``list[Request]``, ``tuple[Request, ...]``).
    """
    _FAST_READERS[cls] = reader


def to_dict(obj: object, *, personal_data: bool = False) -> Any:  # noqa: ANN401 - JSON-shaped
    """``obj`` as plain JSON-ready data (dicts, lists, strings, numbers, ``None``).

    Identifying applicant details are left out unless ``personal_data`` is true.
    No ``schema_version`` is added: that belongs to documents (:func:`to_json`).

    Raises:
        InvalidInputError: ``obj`` holds something that has no JSON form and
            could not be read back (an outcome of an unregistered enum, say).

    >>> from govdisclosure.money import Money
    >>> to_dict(Money("3000.00", "CNY"))
    {'amount': '3000.00', 'currency': 'CNY'}
    """
    if not personal_data:
        obj = strip_personal_data(obj)
    try:
        return converter.unstructure(obj)
    except InvalidInputError as exc:
        msg = f"cannot write {type(obj).__name__} as JSON"
        raise InvalidInputError(msg, problems=exc.problems) from None


@overload
def from_dict(data: object, cls: type[T]) -> T: ...
@overload
def from_dict(data: object, cls: object) -> Any: ...  # noqa: ANN401 - a type form such as a union


def from_dict(data: object, cls: object) -> Any:
    """Build a ``cls`` from plain data (as :func:`to_dict` writes it), checking every field.

    Raises:
        InvalidInputError: naming the path of every bad field.

    >>> from govdisclosure.money import Money
    >>> from_dict({"amount": "-1x", "currency": "cny"}, Money)
    Traceback (most recent call last):
    ...
    govdisclosure.errors.InvalidInputError: invalid Money document: $.amount: expected a decimal
    number written as a string, like "12.50" (got '-1x')
    """
    return _structure_document(data, cls, "$")


def _structure_document(data: object, cls: Any, root: str) -> Any:  # noqa: ANN401
    problems = [
        Problem(join_path(root, p.path[1:].lstrip(".")), p.message, p.value) for p in scan(data)
    ]
    if any(p.message.startswith("nested") for p in problems):
        raise_invalid(cls, problems)
    result: Any = None
    try:
        result = converter.structure(data, cls)
    except Exception as exc:  # noqa: BLE001 - every failure becomes InvalidInputError
        problems.extend(problems_of(exc, root))
    if problems:
        raise_invalid(cls, problems)
    return result


def to_json(obj: object, *, personal_data: bool = False, indent: int | None = None) -> str:
    """``obj`` as a JSON document, with ``schema_version`` on top.

    A model becomes an object with ``schema_version`` as its first key; a list
    or tuple of models becomes ``{"schema_version": 1, "items": [...]}``.

    >>> from govdisclosure.law import CalendarDays
    >>> to_json([CalendarDays(3), CalendarDays(4)])
    '{"schema_version": 1, "items": [{"days": 3}, {"days": 4}]}'
    """
    data = to_dict(obj, personal_data=personal_data)
    doc = (
        {"schema_version": SCHEMA_VERSION, **data}
        if isinstance(data, dict)
        else {"schema_version": SCHEMA_VERSION, "items": data}
    )
    try:
        return json.dumps(doc, ensure_ascii=False, indent=indent, allow_nan=False)
    except ValueError as exc:
        msg = f"cannot write {type(obj).__name__} as JSON"
        raise InvalidInputError(msg, field="$", value=str(exc)) from None


@overload
def from_json(text: object, cls: type[T]) -> T: ...
@overload
def from_json(text: object, cls: object) -> Any: ...  # noqa: ANN401 - a type form such as a union


def from_json(text: object, cls: object) -> Any:
    """Read a JSON document written by :func:`to_json` into a ``cls``.

    ``cls`` is a model class, or ``list[Model]`` / ``tuple[Model, ...]`` for a
    list document.

    Raises:
        InvalidInputError: for malformed JSON, a missing or unknown
            ``schema_version``, and every bad field (each named by its path).

    >>> from govdisclosure.law import CalendarDays
    >>> from_json('{"schema_version": 1, "items": [{"days": 3}]}', list[CalendarDays])
    [CalendarDays(3)]
    """
    try:
        fast = _FAST_READERS.get(cls)
    except TypeError:  # a type form that cannot be a key has no fast reader
        fast = None
    if fast is not None:
        found = fast(text)
        if found is not None:
            return found
    data = parse(text)
    if not isinstance(data, dict):
        msg = "a document must be a JSON object"
        raise InvalidInputError(msg, field="$", value=brief(data))
    version = data.pop("schema_version", None)
    if type(version) is not int or version != SCHEMA_VERSION:
        msg = f"unsupported or missing schema_version (this library reads {SCHEMA_VERSION})"
        raise InvalidInputError(msg, field="$.schema_version", value=brief(version))
    origin = typing.get_origin(cls)
    # What is not written as a JSON object (a list, a date, an enum value) stands under "items".
    wrapped = origin in (list, tuple) or (
        not attrs.has(typing.cast("type", origin or cls)) and set(data) == {"items"}
    )
    if wrapped:
        if set(data) != {"items"}:
            problems = [Problem(key_path("$", k), "unknown key", k) for k in data if k != "items"]
            if "items" not in data:
                problems.append(Problem("$.items", "required key missing"))
            raise_invalid(cls, problems)
        return _structure_document(data["items"], cls, "$.items")
    return _structure_document(data, cls, "$")
