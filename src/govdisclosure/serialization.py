"""JSON in and out for every model, with one cattrs converter, failing closed.

Dates are ISO 8601 strings (``"2026-03-02"``), money amounts and other
decimals are decimal strings (``"3000.00"``), fractions are strings
(``"3/4"``), enums are their stable values, events carry a ``type`` tag, and a
top-level document carries ``schema_version``. A list of models is written as
``{"schema_version": 1, "items": [...]}``.

Input is checked strictly: a wrong type is never coerced (``"5"`` is not 5,
``3.0`` is not 3, ``true`` is not 1), unknown keys, keys given twice, absurdly
large numbers and deep nesting are errors, and every bad field is reported at
once in one :class:`~govdisclosure.errors.InvalidInputError` whose
``problems`` give the path to each (``$.events[2].on``). The checks a model
makes when it is built (an event log that cannot happen, a table whose cells
are negative) come out the same way, with the path to the object. Nothing
else escapes: no ``TypeError``, ``KeyError`` or ``RecursionError``.

Identifying details of applicants are personal data: they are written only
when ``personal_data=True`` is passed, and :func:`strip_personal_data` removes
them from a request or a batch.

Another rule pack plugs in its own outcome enum (:func:`register_outcome_enum`)
and event classes (:func:`register_event_type`). Hooks for other types go on
:data:`converter`; the helpers :func:`attrs_structure_fn` (a strict hook for an
attrs class), :func:`fail` (a bad value), :func:`structure_at` (structure a
part, collecting its problems) and :func:`key_path` keep their errors in the
same form. The JSON forms are described in ``docs/serialization.md``.

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
import math
import re
import sys
import types
import typing
from collections.abc import Callable, Hashable, Iterable, Iterator
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
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from govdisclosure.errors import (
    GovDisclosureError,
    InvalidInputError,
    InvalidTransitionError,
    Problem,
    TimelineError,
)

__all__ = [
    "MAX_DEPTH",
    "MAX_INT",
    "SCHEMA_VERSION",
    "converter",
    "from_dict",
    "from_json",
    "outcome_enums",
    "register_event_type",
    "register_log_field",
    "register_outcome_enum",
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
"""The deepest nesting of a JSON document accepted (objects and arrays)."""

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DECIMAL = re.compile(r"-?\d{1,20}(\.\d{1,20})?")
_FRACTION = re.compile(r"-?\d{1,18}(/\d{1,18})?")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_MAX_DIGITS = 19
_NONE_TYPE = type(None)


# -- values that are not what they claim to be ------------------------------------------


class _TooLarge:
    """A number in the JSON text too large to be anything real (kept as text, never converted)."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        if len(self.text) <= 30:
            return self.text
        return f"{self.text[:12]}...({len(self.text)} characters)"


class _Duplicates(dict[str, Any]):
    """A JSON object in which some key was given more than once."""

    duplicates: tuple[str, ...] = ()


class _ScalarError(ValueError):
    def __init__(self, msg: str, value: object) -> None:
        super().__init__(msg)
        self.msg = msg
        self.value = value


def brief(value: object) -> object:
    """``value`` for an error message: containers and long strings summarised."""
    if isinstance(value, dict):
        return f"<object with {len(value)} keys>"
    if isinstance(value, (list, tuple)):
        return f"<array of {len(value)}>"
    if isinstance(value, str) and len(value) > 80:
        return value[:60] + f"...({len(value)} characters)"
    if isinstance(value, _TooLarge):
        return repr(value)
    return value


def fail(msg: str, value: object) -> typing.NoReturn:
    """Raise the error a structure hook raises for a bad value (its path is added above)."""
    raise _ScalarError(msg, brief(value))


def _too_large(value: _TooLarge) -> typing.NoReturn:
    fail("a number this large is not accepted", value)


# -- scalar hooks -----------------------------------------------------------------------


def _structure_int(value: object, _: object) -> int:
    if isinstance(value, _TooLarge):
        _too_large(value)
    if type(value) is not int:
        fail("expected a whole number", value)
    if abs(value) > MAX_INT:
        fail(f"a number this large (over {MAX_INT:.0e}) is not accepted", value)
    return value


def _structure_float(value: object, _: object) -> float:
    if isinstance(value, _TooLarge):
        _too_large(value)
    if type(value) is int:
        return float(_structure_int(value, int))
    if type(value) is not float:
        fail("expected a number", value)
    if not math.isfinite(value) or abs(value) > MAX_INT:
        fail(f"a number this large (over {MAX_INT:.0e}) is not accepted", value)
    return value


def _structure_str(value: object, _: object) -> str:
    if not isinstance(value, str):
        fail("expected a string", value)
    return value


def _structure_bool(value: object, _: object) -> bool:
    if type(value) is not bool:
        fail("expected true or false", value)
    return value


def _structure_date(value: object, _: object) -> date:
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        fail("expected an ISO date YYYY-MM-DD", value)
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail("not a real calendar date", value)


def _structure_decimal(value: object, _: object) -> Decimal:
    if not isinstance(value, str) or not _DECIMAL.fullmatch(value):
        fail('expected a decimal number written as a string, like "12.50"', value)
    try:
        return Decimal(value)
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid decimals
        fail("not a decimal number", value)


def _unstructure_decimal(value: Decimal) -> str:
    text = format(value, "f")
    if not _DECIMAL.fullmatch(text):
        msg = "a decimal this large or this precise cannot be written (it could not be read back)"
        raise InvalidInputError(msg, field="$", value=str(value))
    return text


def _structure_fraction(value: object, _: object) -> Fraction:
    if not isinstance(value, str) or not _FRACTION.fullmatch(value):
        fail('expected a fraction written as a string, like "1/3"', value)
    try:
        return Fraction(value)
    except ZeroDivisionError:
        fail("a fraction cannot have a zero denominator", value)


def _structure_enum(value: object, cls: type[enum.Enum]) -> enum.Enum:
    kinds = {type(member.value) for member in cls}
    if type(value) in kinds:
        try:
            return cls(value)
        except ValueError:
            pass
    known = ", ".join(repr(m.value) for m in cls)
    fail(f"not a value of {cls.__name__}; expected one of {known}", value)


def _structure_key(value: object, _: object) -> Hashable:
    """A key of a table or rule given as opaque data: a string or a whole number."""
    if isinstance(value, str):
        return value
    return _structure_int(value, int)


def _unstructure_key(value: object) -> object:
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, str) or type(value) is int:
        return value
    msg = "a key must be a string, a whole number or an enum member to be written"
    raise InvalidInputError(msg, field="$", value=value)


def _structure_frozenset_int(value: object, _: object) -> frozenset[int]:
    if not isinstance(value, (list, tuple)):
        fail("expected an array", value)
    found: list[int] = []
    problems: list[Problem] = []
    for i, item in enumerate(value):
        try:
            number = _structure_int(item, int)
        except _ScalarError as exc:
            problems.append(Problem(f"[{i}]", exc.msg, exc.value))
            continue
        if number in found:
            problems.append(Problem(f"[{i}]", "a value is listed twice", number))
        found.append(number)
    if problems:
        raise InvalidInputError(problems=problems)
    return frozenset(found)


def _is_frozenset(t: object) -> bool:
    return t is frozenset or typing.get_origin(t) is frozenset


# -- unions -------------------------------------------------------------------------------


def union_members(t: object) -> tuple[Any, ...] | None:
    """The members of a union type (``X | Y``), or ``None`` if ``t`` is not a union."""
    if typing.get_origin(t) in (typing.Union, types.UnionType):
        return typing.get_args(t)
    return None


_SCALARS: tuple[type, ...] = (int, float, str, bool, Fraction, Decimal, date)
_TEXT_SCALARS: tuple[type, ...] = (Fraction, Decimal, date, str)


def _is_scalar_union(t: object) -> bool:
    members = union_members(t)
    if members is None:
        return False
    rest = [m for m in members if m is not _NONE_TYPE]
    return len(rest) > 1 and all(m in _SCALARS for m in rest)


def _make_scalar_union(conv: cattrs.Converter) -> Callable[[object], Any]:
    def factory(t: object) -> Callable[[object, object], object]:
        members = union_members(t) or ()
        allows_none = _NONE_TYPE in members
        texts = [m for m in _TEXT_SCALARS if m in members]

        def structure(value: object, _: object) -> object:
            if value is None and allows_none:
                return None
            if type(value) is bool and bool in members:
                return value
            if type(value) is int and int in members:
                return conv.structure(value, int)
            if type(value) in (int, float) and float in members:
                return conv.structure(value, float)
            if isinstance(value, str) and texts:
                return conv.structure(value, texts[0])
            names = " or ".join(_kind_name(m) for m in members)
            fail(f"expected {names}", value)

        return structure

    return factory


def _kind_name(t: object) -> str:
    names: dict[type, str] = {
        int: "a whole number",
        float: "a number",
        str: "a string",
        bool: "true or false",
        Fraction: 'a fraction string like "1/3"',
        Decimal: 'a decimal string like "12.50"',
        date: "an ISO date",
        _NONE_TYPE: "null",
    }
    if isinstance(t, type) and t in names:
        return names[t]
    return str(getattr(t, "__name__", t))


def _is_value_of(value: object, enum_cls: type[enum.Enum]) -> bool:
    try:
        return value in enum_cls._value2member_map_
    except TypeError:  # an unhashable value is the value of no member
        return False


def _is_enum_union(t: object) -> bool:
    members = union_members(t)
    if members is None:
        return False
    rest = [m for m in members if m is not _NONE_TYPE]
    return len(rest) > 1 and all(isinstance(m, type) and issubclass(m, enum.Enum) for m in rest)


def _enum_union_factory(t: object) -> Callable[[object, object], object]:
    members = union_members(t) or ()
    enums = [m for m in members if m is not _NONE_TYPE]
    allows_none = _NONE_TYPE in members

    def structure(value: object, _: object) -> object:
        if value is None and allows_none:
            return None
        found = [e(value) for e in enums if _is_value_of(value, e)]
        if len(found) == 1:
            return found[0]
        names = ", ".join(e.__name__ for e in enums)
        if found:
            fail(f"ambiguous: a value of more than one of {names}", value)
        fail(f"not a value of {names}", value)

    return structure


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
    _ensure_installed()
    return tuple(_OUTCOME_ENUMS)


def structure_outcome(value: object, _: object = None) -> enum.Enum | None:
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

    >>> from govdisclosure.requests import Replied
    >>> to_dict(Replied(on=date(2024, 3, 20)))
    {'type': 'replied', 'on': '2024-03-20', 'outcome': None}
    """
    given: object = tag
    if not isinstance(given, str) or not _NAME.fullmatch(given):
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


# -- where a model's log lives, for errors about the log ----------------------------------

_LOG_FIELDS: dict[type, str] = {}


def register_log_field(cls: type, field: str) -> None:
    """Report a TimelineError or InvalidTransitionError raised by ``cls`` at ``field[index]``.

    A request's event log is ``events``, a review's history ``history``; the
    library registers both.
    """
    _LOG_FIELDS[cls] = field


# -- generic hooks for attrs classes and sequences ---------------------------------------


def attrs_structure_fn(
    conv: cattrs.Converter,
    cls: type,
    **overrides: Any,  # noqa: ANN401 - cattrs overrides
) -> Callable[[object, object], Any]:
    """A strict structure hook for an attrs class: a JSON object, every key known.

    A key whose field has no default is required; a key whose field has one may
    be left out, and the field then takes the model's own documented default,
    just as when a Python caller leaves the argument out.
    """
    inner: Callable[[Any, Any], Any] = make_dict_structure_fn(
        cls, conv, _cattrs_forbid_extra_keys=True, **overrides
    )
    name = cls.__name__

    def structure(value: object, t: object) -> Any:  # noqa: ANN401 - any attrs class
        if not isinstance(value, dict):
            fail(f"expected a JSON object (a {name})", value)
        return inner(value, t)

    return structure


def attrs_unstructure_fn(
    conv: cattrs.Converter,
    cls: type,
    **overrides: Any,  # noqa: ANN401 - cattrs overrides
) -> Callable[[Any], dict[str, Any]]:
    """An unstructure hook for an attrs class: every field given to ``__init__``, by name."""
    omit: dict[str, Any] = {
        f.name: override(omit=True) for f in attrs.fields(typing.cast("Any", cls)) if not f.init
    }
    return make_dict_unstructure_fn(cls, conv, **{**omit, **overrides})


def _is_sequence(t: object) -> bool:
    return t in (tuple, list) or typing.get_origin(t) in (tuple, list)


def _make_sequence(conv: cattrs.Converter) -> Callable[[object], Any]:  # noqa: C901 - one factory
    def factory(t: object) -> Callable[[object, object], object]:
        origin = typing.get_origin(t) or t
        args = typing.get_args(t)
        fixed: tuple[Any, ...] | None = None
        item: Any = Any
        if len(args) == 2 and args[1] is Ellipsis:
            item = args[0]
        elif origin is tuple and args:
            fixed = args
        elif args:
            item = args[0]

        def structure(value: object, _: object) -> object:
            if not isinstance(value, (list, tuple)):
                fail("expected an array", value)
            if fixed is not None and len(value) != len(fixed):
                fail(f"expected an array of exactly {len(fixed)} items", value)
            out: list[object] = []
            errors: list[Exception] = []
            for i, element in enumerate(value):
                kind = fixed[i] if fixed is not None else item
                try:
                    out.append(element if kind is Any else conv.structure(element, kind))
                except Exception as exc:  # noqa: BLE001 - collected, reported with the index
                    note = IterableValidationNote(f"Structuring {t!r} @ index {i}", i, kind)
                    exc.__notes__ = [*getattr(exc, "__notes__", []), note]
                    errors.append(exc)
            if errors:
                msg = f"While structuring {t!r}"
                raise IterableValidationError(msg, errors, typing.cast("type", t))
            return tuple(out) if origin is tuple else out

        return structure

    return factory


def _make_sequence_unstructure(conv: cattrs.Converter) -> Callable[[object], Any]:
    def factory(t: object) -> Callable[[Any], list[Any]]:
        args = typing.get_args(t)
        if len(args) == 2 and args[1] is Ellipsis:
            args = (args[0],)
        if len(args) == 1:
            item = args[0]
            return lambda value: [conv.unstructure(v, item) for v in value]
        if args and typing.get_origin(t) is tuple:
            return lambda value: [conv.unstructure(v, a) for v, a in zip(value, args, strict=True)]
        return lambda value: [conv.unstructure(v) for v in value]

    return factory


def _make_converter() -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True, omit_if_default=False)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(float, _structure_float)
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(bool, _structure_bool)
    conv.register_structure_hook(date, _structure_date)
    conv.register_unstructure_hook(date, date.isoformat)
    conv.register_structure_hook(Decimal, _structure_decimal)
    conv.register_unstructure_hook(Decimal, _unstructure_decimal)
    conv.register_structure_hook(Fraction, _structure_fraction)
    conv.register_unstructure_hook(Fraction, str)
    conv.register_structure_hook_func(
        lambda t: isinstance(t, type) and issubclass(t, enum.Enum), _structure_enum
    )
    conv.register_structure_hook_func(lambda t: t is enum.Enum, structure_outcome)
    conv.register_unstructure_hook_func(lambda t: t is enum.Enum, unstructure_outcome)
    conv.register_structure_hook_func(lambda t: t is Hashable, _structure_key)
    conv.register_unstructure_hook_func(lambda t: t is Hashable, _unstructure_key)
    conv.register_structure_hook_func(lambda t: t == frozenset[int], _structure_frozenset_int)
    conv.register_unstructure_hook_func(_is_frozenset, lambda s: sorted(s, key=repr))
    conv.register_structure_hook_factory(_is_sequence, _make_sequence(conv))
    conv.register_unstructure_hook_factory(_is_sequence, _make_sequence_unstructure(conv))
    conv.register_structure_hook_factory(_is_scalar_union, _make_scalar_union(conv))
    conv.register_structure_hook_factory(_is_enum_union, _enum_union_factory)
    conv.register_structure_hook_factory(attrs.has, lambda t: attrs_structure_fn(conv, t))
    conv.register_unstructure_hook_factory(attrs.has, lambda t: attrs_unstructure_fn(conv, t))
    return conv


converter: cattrs.Converter = _make_converter()
"""The one converter every model goes through; register hooks for your own types on it."""

_installed: list[bool] = []


def _ensure_installed() -> None:
    """Register, once, the hooks that need the domain models (tagged unions and the like).

    Called at the end of this module (the models module imports this one).
    """
    if _installed:
        return
    models = sys.modules.get("govdisclosure._serialization_models")
    if models is not None and not hasattr(models, "install"):
        return  # that module is being imported (it imported this one): it installs when done
    _installed.append(True)
    from govdisclosure._serialization_models import install

    install(converter)


# -- errors -----------------------------------------------------------------------------


def key_path(path: str, key: object) -> str:
    """``path`` followed by an object key (``.key``, or ``["odd key"]``) or an index (``[3]``)."""
    if type(key) is int:
        return f"{path}[{key}]"
    if isinstance(key, str) and _NAME.fullmatch(key):
        return f"{path}.{key}" if path else key
    return f"{path}[{json.dumps(key, ensure_ascii=False) if isinstance(key, str) else key!r}]"


def _join(path: str, sub: str) -> str:
    if not sub:
        return path
    if not path:
        return sub
    if sub.startswith("["):
        return path + sub
    return f"{path}.{sub}"


def _group_problems(exc: BaseExceptionGroup[Any], path: str) -> Iterator[Problem]:
    if isinstance(exc, ClassValidationError):
        named, rest = exc.group_exceptions()
        for inner, note in named:
            yield from problems_of(inner, key_path(path, note.name))
        for other in rest:
            yield from _problems(other, path, exc.cl)
    elif isinstance(exc, IterableValidationError):
        indexed, others = exc.group_exceptions()
        for inner, where in indexed:
            yield from problems_of(inner, f"{path}[{where.index}]")
        for other in others:
            yield from problems_of(other, path)
    else:
        for member in exc.exceptions:
            yield from problems_of(member, path)


def problems_of(exc: BaseException, path: str) -> Iterator[Problem]:
    """The problems an exception raised while structuring describes, under ``path``."""
    return _problems(exc, path, None)


def _problems(  # noqa: C901, PLR0911 - one branch per kind of error
    exc: BaseException, path: str, cl: type | None
) -> Iterator[Problem]:
    if isinstance(exc, BaseExceptionGroup):
        yield from _group_problems(exc, path)
        return
    if isinstance(exc, ForbiddenExtraKeysError):
        for key in sorted(exc.extra_fields, key=repr):
            yield Problem(key_path(path, key), "unknown key", key)
        return
    if isinstance(exc, _ScalarError):
        yield Problem(path, exc.msg, exc.value)
        return
    if isinstance(exc, InvalidInputError):
        for p in exc.problems or (Problem("", str(exc)),):
            yield Problem(_join(path, p.path), p.message, brief(p.value))
        return
    if isinstance(exc, (TimelineError, InvalidTransitionError)):
        field = _LOG_FIELDS.get(cl) if cl is not None else None
        index = getattr(exc, "index", None)
        where = path if field is None else _join(path, field)
        if field is not None and index is not None:
            where = f"{where}[{index}]"
        yield Problem(where, str(exc))
        return
    if isinstance(exc, GovDisclosureError):
        yield Problem(path, str(exc))
        return
    if isinstance(exc, KeyError):
        yield Problem(path, "required key missing")
        return
    if isinstance(exc, RecursionError):
        yield Problem(path, "nested too deeply")
        return
    yield Problem(path, f"internal error: {type(exc).__name__}: {exc}")


def _name(cls: object) -> str:
    return getattr(cls, "__name__", None) or str(cls)


def _raise(cls: object, problems: list[Problem]) -> typing.NoReturn:
    msg = f"invalid {_name(cls)} document"
    raise InvalidInputError(msg, problems=problems)


def structure_at(value: object, cls: Any, where: str, problems: list[Problem]) -> Any:  # noqa: ANN401
    """Structure ``value`` as ``cls``; on failure note its problems under ``where``; None."""
    try:
        return converter.structure(value, cls)
    except Exception as exc:  # noqa: BLE001 - every failure becomes a problem
        problems.extend(problems_of(exc, where))
        return None


# -- checks of raw data -------------------------------------------------------------------


def _scan(data: object) -> list[Problem]:
    """Keys given twice, and nesting deeper than MAX_DEPTH, found without recursion."""
    problems: list[Problem] = []
    stack: list[tuple[object, str, int]] = [(data, "$", 1)]
    while stack:
        node, path, depth = stack.pop()
        if isinstance(node, dict):
            children: Iterable[tuple[object, object]] = node.items()
            problems.extend(
                Problem(key_path(path, key), "key given twice", key)
                for key in getattr(node, "duplicates", ())
            )
        elif isinstance(node, (list, tuple)):
            children = enumerate(node)
        else:
            continue
        if depth > MAX_DEPTH:
            problems.append(Problem(path, f"nested more than {MAX_DEPTH} levels deep"))
            break
        stack.extend((value, key_path(path, key), depth + 1) for key, value in children)
    return problems


def _object_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(pairs)
    if len(found) == len(pairs):
        return found
    seen: set[str] = set()
    twice: list[str] = []
    for key, _ in pairs:
        if key in seen and key not in twice:
            twice.append(key)
        seen.add(key)
    result = _Duplicates(found)
    result.duplicates = tuple(twice)
    return result


def _parse_int(text: str) -> int | _TooLarge:
    return int(text) if len(text) <= _MAX_DIGITS else _TooLarge(text)


def _parse_float(text: str) -> float | _TooLarge:
    value = float(text)
    return value if math.isfinite(value) else _TooLarge(text)


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


# -- the public functions -------------------------------------------------------------


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
    _ensure_installed()
    if not personal_data:
        obj = strip_personal_data(obj)
    try:
        return converter.unstructure(obj)
    except InvalidInputError as exc:
        msg = f"cannot write {type(obj).__name__} as JSON"
        raise InvalidInputError(msg, problems=exc.problems) from None


def from_dict(data: object, cls: type[T] | Any) -> T:  # noqa: ANN401 - any model type
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
    result: T = _structure_document(data, cls, "$")
    return result


def _structure_document(data: object, cls: Any, root: str) -> Any:  # noqa: ANN401
    _ensure_installed()
    problems = [
        Problem(_join(root, p.path[1:].lstrip(".")), p.message, p.value) for p in _scan(data)
    ]
    if any(p.message.startswith("nested") for p in problems):
        _raise(cls, problems)
    result: Any = None
    try:
        result = converter.structure(data, cls)
    except Exception as exc:  # noqa: BLE001 - every failure becomes InvalidInputError
        problems.extend(problems_of(exc, root))
    if problems:
        _raise(cls, problems)
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


def _parse(text: object) -> object:
    """JSON text (or UTF-8 bytes) parsed, with large numbers and repeated keys marked."""
    if isinstance(text, (bytes, bytearray)):
        try:
            text = bytes(text).decode("utf-8")
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
        return json.loads(
            text,
            parse_constant=_no_constants,
            parse_int=_parse_int,
            parse_float=_parse_float,
            object_pairs_hook=_object_pairs,
        )
    except (ValueError, RecursionError) as exc:
        msg = "malformed JSON"
        raise InvalidInputError(msg, field="$", value=str(exc)) from None


def from_json(text: object, cls: type[T] | Any) -> T:  # noqa: ANN401 - any model type
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
    data = _parse(text)
    if not isinstance(data, dict):
        msg = "a document must be a JSON object"
        raise InvalidInputError(msg, field="$", value=brief(data))
    version = data.pop("schema_version", None)
    if type(version) is not int or version != SCHEMA_VERSION:
        msg = f"unsupported or missing schema_version (this library reads {SCHEMA_VERSION})"
        raise InvalidInputError(msg, field="$.schema_version", value=brief(version))
    origin = typing.get_origin(cls)
    # What is not written as a JSON object (a list, a date, an enum value) stands under "items".
    wrapped = origin in (list, tuple) or (not attrs.has(origin or cls) and set(data) == {"items"})
    if wrapped:
        if set(data) != {"items"}:
            problems = [Problem(key_path("$", k), "unknown key", k) for k in data if k != "items"]
            if "items" not in data:
                problems.append(Problem("$.items", "required key missing"))
            _raise(cls, problems)
        items: T = _structure_document(data["items"], cls, "$.items")
        return items
    result: T = _structure_document(data, cls, "$")
    return result


def strip_personal_data(obj: T) -> T:
    """A copy of ``obj`` (a model, or a list or tuple of them) without identifying details.

    Every applicant's ``identity`` is replaced by ``None``; everything else is
    kept, and objects that hold no applicant are returned as they are.

    >>> from govdisclosure.requests import Applicant, ApplicantIdentity, ApplicantKind
    >>> a = Applicant(ApplicantKind.NATURAL_PERSON, ApplicantIdentity(name="Zhang San"))
    >>> strip_personal_data([a])
    [Applicant(kind=<ApplicantKind.NATURAL_PERSON: 'natural_person'>, identity=None)]
    """
    from govdisclosure.calendar import WorkCalendar
    from govdisclosure.requests import Applicant

    return typing.cast("T", _strip(obj, Applicant, WorkCalendar))


def _strip(obj: object, applicant: type, calendar: type) -> object:
    if isinstance(obj, applicant):
        if getattr(obj, "identity", None) is None:
            return obj
        return attrs.evolve(obj, identity=None)  # type: ignore[misc]
    if isinstance(obj, (list, tuple)):
        items = [_strip(o, applicant, calendar) for o in obj]
        if all(new is old for new, old in zip(items, obj, strict=True)):
            return obj
        return items if isinstance(obj, list) else tuple(items)
    if attrs.has(type(obj)) and not isinstance(obj, calendar):
        changes: dict[str, object] = {}
        for field in attrs.fields(typing.cast("Any", type(obj))):
            if not field.init:
                continue
            value = getattr(obj, field.name)
            new = _strip(value, applicant, calendar)
            if new is not value:
                changes[field.alias or field.name] = new
        return attrs.evolve(typing.cast("Any", obj), **changes) if changes else obj
    return obj


# The model hooks are installed when this module is imported, so that ``converter``
# is complete for users who call it directly.
_ensure_installed()
