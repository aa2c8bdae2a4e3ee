"""JSON in and out for every model, with one cattrs converter, failing closed.

Dates are ISO 8601 strings (``"2026-03-02"``), money amounts are decimal
strings (``"3000.00"``), enums are their stable values, events carry a ``type``
tag, and a top-level document carries ``schema_version``. Input is checked
strictly: a wrong type is never coerced (``"5"`` is not 5, ``3.0`` is not 3,
``true`` is not 1), unknown keys are errors, and every bad field is reported
at once in one :class:`~govdisclosure.errors.InvalidInputError` whose
``problems`` give the path to each.

Identifying details of applicants are personal data: they are written only
when ``personal_data=True`` is passed, and :func:`strip_personal_data` removes
them from a request or a batch.

>>> from datetime import date
>>> from govdisclosure.law import WorkingDays
>>> to_json(WorkingDays(20))
'{"schema_version": 1, "days": 20}'
>>> from_json('{"schema_version": 1, "days": 20}', WorkingDays)
WorkingDays(20)
>>> from_json('{"schema_version": 1, "days": "20"}', WorkingDays)
Traceback (most recent call last):
...
govdisclosure.errors.InvalidInputError: invalid WorkingDays document: $.days: expected a whole ...

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
import json
import re
import typing
from collections.abc import Iterable
from datetime import date
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from govdisclosure.calendar import WorkCalendar
from govdisclosure.errors import GovDisclosureError, InvalidInputError, Problem

__all__ = [
    "MAX_INT",
    "SCHEMA_VERSION",
    "converter",
    "from_dict",
    "from_json",
    "strip_personal_data",
    "to_dict",
    "to_json",
]

T = TypeVar("T")

SCHEMA_VERSION = 1
"""The version of the JSON forms; written on every top-level document."""

MAX_INT = 10**15
"""The largest magnitude accepted for a whole number: anything larger is not a real count."""

MAX_DEPTH = 64
"""The deepest nesting of a JSON document accepted."""

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DECIMAL = re.compile(r"-?\d{1,18}(\.\d{1,12})?")


def _fail(msg: str, value: object) -> typing.NoReturn:
    raise _ScalarError(msg, value)


class _ScalarError(ValueError):
    def __init__(self, msg: str, value: object) -> None:
        super().__init__(msg)
        self.msg = msg
        self.value = value


def _structure_int(value: object, _: type) -> int:
    if type(value) is not int:
        _fail("expected a whole number", value)
    if abs(value) > MAX_INT:
        _fail(f"a number this large (over {MAX_INT:.0e}) is not accepted", value)
    return value


def _structure_str(value: object, _: type) -> str:
    if not isinstance(value, str):
        _fail("expected a string", value)
    return value


def _structure_bool(value: object, _: type) -> bool:
    if type(value) is not bool:
        _fail("expected true or false", value)
    return value


def _structure_date(value: object, _: type) -> date:
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        _fail("expected an ISO date YYYY-MM-DD", value)
    try:
        return date.fromisoformat(value)
    except ValueError:
        _fail("not a real calendar date", value)


def _structure_decimal(value: object, _: type) -> Decimal:
    if not isinstance(value, str) or not _DECIMAL.fullmatch(value):
        _fail('expected a decimal number written as a string, like "12.50"', value)
    try:
        return Decimal(value)
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid decimals
        _fail("not a decimal number", value)


def _structure_fraction(value: object, _: type) -> Fraction:
    if not isinstance(value, str) or not re.fullmatch(r"-?\d{1,18}(/\d{1,18})?", value):
        _fail('expected a fraction written as a string, like "1/3"', value)
    try:
        return Fraction(value)
    except ZeroDivisionError:
        _fail("a fraction cannot have a zero denominator", value)


def _structure_enum(value: object, cls: type[enum.Enum]) -> enum.Enum:
    try:
        return cls(value)
    except ValueError:
        known = ", ".join(repr(m.value) for m in cls)
        _fail(f"not a {cls.__name__}; expected one of {known}", value)


def _structure_frozenset_int(value: object, _: type) -> frozenset[int]:
    if not isinstance(value, list):
        _fail("expected a list", value)
    return frozenset(_structure_int(v, int) for v in value)


def _is_frozenset(t: object) -> bool:
    return t is frozenset or typing.get_origin(t) is frozenset


def _make_converter() -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True, omit_if_default=False)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(bool, _structure_bool)
    conv.register_structure_hook(date, _structure_date)
    conv.register_unstructure_hook(date, date.isoformat)
    conv.register_structure_hook(Decimal, _structure_decimal)
    conv.register_unstructure_hook(Decimal, str)
    conv.register_structure_hook(Fraction, _structure_fraction)
    conv.register_unstructure_hook(Fraction, str)
    conv.register_structure_hook_func(
        lambda t: isinstance(t, type) and issubclass(t, enum.Enum), _structure_enum
    )
    conv.register_structure_hook_func(lambda t: t == frozenset[int], _structure_frozenset_int)
    conv.register_unstructure_hook_func(_is_frozenset, lambda s: sorted(s, key=repr))
    # A calendar is stored as what it was built from; its lookup tables are rebuilt.
    private: dict[str, Any] = {
        f.name: override(omit=True) for f in attrs.fields(WorkCalendar) if not f.init
    }
    conv.register_structure_hook(
        WorkCalendar, make_dict_structure_fn(WorkCalendar, conv, _cattrs_forbid_extra_keys=True)
    )
    conv.register_unstructure_hook(
        WorkCalendar, make_dict_unstructure_fn(WorkCalendar, conv, **private)
    )
    return conv


converter: cattrs.Converter = _make_converter()
"""The one converter every model goes through; register hooks for your own types on it."""

_installed: list[bool] = []


def _ensure_installed() -> None:
    """Register, once, the hooks that need the domain models (tagged unions and the like)."""
    if not _installed:
        _installed.append(True)
        from govdisclosure._serialization_models import install

        install(converter)


# -- errors ---------------------------------------------------------------------------


def _group_problems(exc: BaseException, path: str) -> Iterable[Problem]:
    if isinstance(exc, ClassValidationError):
        named, rest = exc.group_exceptions()
        for inner, note in named:
            yield from _problems(inner, f"{path}.{note.name}")
        for other in rest:
            yield from _problems(other, path)
    elif isinstance(exc, IterableValidationError):
        indexed, others = exc.group_exceptions()
        for inner, where in indexed:
            yield from _problems(inner, f"{path}[{where.index}]")
        for other in others:
            yield from _problems(other, path)
    elif isinstance(exc, BaseExceptionGroup):
        for member in exc.exceptions:
            yield from _problems(member, path)


def _problems(exc: BaseException, path: str) -> Iterable[Problem]:
    if isinstance(exc, BaseExceptionGroup):
        yield from _group_problems(exc, path)
    elif isinstance(exc, ForbiddenExtraKeysError):
        for key in sorted(exc.extra_fields):
            yield Problem(f"{path}.{key}", "unknown key", key)
    elif isinstance(exc, _ScalarError):
        yield Problem(path, exc.msg, exc.value)
    elif isinstance(exc, InvalidInputError):
        for p in exc.problems or (Problem("", str(exc)),):
            sub = f"{path}.{p.path}" if p.path else path
            yield Problem(sub, p.message, p.value)
    elif isinstance(exc, KeyError):
        yield Problem(f"{path}.{exc.args[0]}" if exc.args else path, "required key missing")
    elif isinstance(exc, GovDisclosureError):
        yield Problem(path, str(exc))
    elif isinstance(exc, (TypeError, ValueError, AttributeError)):
        yield Problem(path, f"wrong shape: {exc}")
    else:  # pragma: no cover - anything else is a bug, not bad input
        raise exc


def _name(cls: object) -> str:
    return getattr(cls, "__name__", None) or str(cls)


def _invalid(exc: BaseException, cls: object) -> InvalidInputError:
    problems = list(_problems(exc, "$"))
    return InvalidInputError(f"invalid {_name(cls)} document", problems=problems)


# -- the public functions -------------------------------------------------------------


def to_dict(obj: object, *, personal_data: bool = False) -> Any:  # noqa: ANN401 - JSON-shaped
    """``obj`` as plain JSON-ready data (dicts, lists, strings, numbers).

    Identifying applicant details are left out unless ``personal_data`` is true.
    No ``schema_version`` is added: that belongs to documents (:func:`to_json`).
    """
    _ensure_installed()
    if not personal_data:
        obj = strip_personal_data(obj)
    return converter.unstructure(obj)


def from_dict(data: object, cls: type[T] | Any) -> T:  # noqa: ANN401 - any model type
    """Build a ``cls`` from plain data, checking every field.

    Raises:
        InvalidInputError: naming the path of every bad field.
    """
    _ensure_installed()
    try:
        result: T = converter.structure(data, cls)
    except RecursionError:
        msg = f"invalid {_name(cls)} document: nested too deeply"
        raise InvalidInputError(msg, problems=[Problem("$", "nested too deeply")]) from None
    except Exception as exc:  # noqa: BLE001 - every failure becomes InvalidInputError
        raise _invalid(exc, cls) from None
    return result


def to_json(obj: object, *, personal_data: bool = False, indent: int | None = None) -> str:
    """``obj`` as a JSON document, with ``schema_version`` on top.

    A model becomes an object with ``schema_version`` as its first key; a list
    or tuple of models becomes ``{"schema_version": 1, "items": [...]}``.
    """
    data = to_dict(obj, personal_data=personal_data)
    doc = (
        {"schema_version": SCHEMA_VERSION, **data}
        if isinstance(data, dict)
        else {
            "schema_version": SCHEMA_VERSION,
            "items": data,
        }
    )
    return json.dumps(doc, ensure_ascii=False, indent=indent)


def _no_constants(name: str) -> object:
    msg = f"{name} is not a number JSON allows"
    raise ValueError(msg)


def _depth(text: str) -> int:
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest


def from_json(text: object, cls: type[T] | Any) -> T:  # noqa: ANN401 - any model type
    """Read a JSON document written by :func:`to_json` into a ``cls``.

    Raises:
        InvalidInputError: for malformed JSON, a missing or unknown
            ``schema_version``, and every bad field (each named by its path).
    """
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as exc:
            msg = "not UTF-8 text"
            raise InvalidInputError(msg, field="$", value=exc.reason) from None
    if not isinstance(text, str):
        msg = "expected JSON text"
        raise InvalidInputError(msg, field="$", value=type(text).__name__)
    if _depth(text) > MAX_DEPTH:
        msg = f"nested more than {MAX_DEPTH} levels deep"
        raise InvalidInputError(msg, field="$", value=None)
    try:
        data = json.loads(text, parse_constant=_no_constants)
    except (ValueError, RecursionError) as exc:
        msg = "malformed JSON"
        raise InvalidInputError(msg, field="$", value=str(exc)) from None
    if not isinstance(data, dict):
        msg = "a document must be a JSON object"
        raise InvalidInputError(msg, field="$", value=data)
    version = data.pop("schema_version", None)
    if version != SCHEMA_VERSION:
        msg = f"unsupported schema_version (this library reads {SCHEMA_VERSION})"
        raise InvalidInputError(msg, field="$.schema_version", value=version)
    origin = typing.get_origin(cls)
    if origin in (list, tuple):
        if set(data) != {"items"}:
            msg = 'a list document holds exactly one key, "items"'
            raise InvalidInputError(msg, field="$", value=sorted(data))
        items: T = from_dict(data["items"], cls)
        return items
    result: T = from_dict(data, cls)
    return result


def strip_personal_data(obj: T) -> T:
    """A copy of ``obj`` (a model, or a list or tuple of them) without identifying details.

    Every applicant's ``identity`` is replaced by ``None``; everything else is kept.
    """
    from govdisclosure.requests import Applicant

    return typing.cast("T", _strip(obj, Applicant))


def _strip(obj: object, applicant: type) -> object:
    if isinstance(obj, applicant):
        return attrs.evolve(obj, identity=None)  # type: ignore[misc]
    if isinstance(obj, (list, tuple)):
        items = [_strip(o, applicant) for o in obj]
        return type(obj)(items) if isinstance(obj, list) else tuple(items)
    if attrs.has(type(obj)) and not isinstance(obj, WorkCalendar):
        changes: dict[str, object] = {}
        for field in attrs.fields(typing.cast("Any", type(obj))):
            if not field.init:
                continue
            value = getattr(obj, field.name)
            new = _strip(value, applicant)
            if new is not value:
                changes[field.alias or field.name] = new
        return attrs.evolve(typing.cast("Any", obj), **changes) if changes else obj
    return obj
