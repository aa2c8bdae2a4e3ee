"""The strict hooks for scalars and unions of scalars or enums: nothing is ever coerced.

``"5"`` is not 5, ``3.0`` is not 3, ``true`` is not 1, ``"2024-3-1"`` is not a
date; decimals and fractions are strings; a whole number larger than
:data:`~govdisclosure.serialization.MAX_INT` is refused. Each hook rejects a bad
value with ``fail``.

>>> import cattrs
>>> conv = cattrs.Converter()
>>> install_scalar_hooks(conv)
>>> conv.structure("2024-03-01", date)
datetime.date(2024, 3, 1)
>>> conv.structure(3.0, int)
Traceback (most recent call last):
...
govdisclosure.serialization._problems.ScalarError: expected a whole number
"""

from __future__ import annotations

import enum
import math
import re
import types
import typing
from collections.abc import Callable, Hashable
from datetime import date
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any

import cattrs

from govdisclosure.errors import InvalidInputError, Problem
from govdisclosure.serialization._bounds import MAX_INT, TooLarge
from govdisclosure.serialization._problems import ScalarError, fail

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DECIMAL = re.compile(r"-?\d{1,20}(\.\d{1,20})?")
_FRACTION = re.compile(r"-?\d{1,18}(/\d{1,18})?")
_NONE_TYPE = type(None)


def _too_large(value: TooLarge) -> typing.NoReturn:
    fail("a number this large is not accepted", value)


# -- scalar hooks -----------------------------------------------------------------------


def _structure_int(value: object, _: object) -> int:
    if isinstance(value, TooLarge):
        _too_large(value)
    if type(value) is not int:
        fail("expected a whole number", value)
    if abs(value) > MAX_INT:
        fail(f"a number this large (over {MAX_INT:.0e}) is not accepted", value)
    return value


def _structure_float(value: object, _: object) -> float:
    if isinstance(value, TooLarge):
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


def _structure_enum(value: object, cls: type[enum.Enum]) -> enum.Enum:  # noqa: RET503 - fail() raises
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


def _structure_set_items(value: object, item: Callable[[object], Hashable]) -> frozenset[Any]:
    if not isinstance(value, (list, tuple)):
        fail("expected an array", value)
    found: list[Hashable] = []
    problems: list[Problem] = []
    for i, raw in enumerate(value):
        try:
            member = item(raw)
        except ScalarError as exc:
            problems.append(Problem(f"[{i}]", exc.msg, exc.value))
            continue
        if member in found:
            problems.append(Problem(f"[{i}]", "a value is listed twice", member))
        found.append(member)
    if problems:
        raise InvalidInputError(problems=problems)
    return frozenset(found)


def _structure_frozenset_int(value: object, _: object) -> frozenset[int]:
    return _structure_set_items(value, lambda raw: _structure_int(raw, int))


def _is_enum_frozenset(t: object) -> bool:
    args = typing.get_args(t)
    return (
        typing.get_origin(t) is frozenset
        and len(args) == 1
        and isinstance(args[0], type)
        and issubclass(args[0], enum.Enum)
    )


def _structure_frozenset_enum(value: object, t: object) -> frozenset[enum.Enum]:
    (member_type,) = typing.get_args(t)
    return _structure_set_items(value, lambda raw: _structure_enum(raw, member_type))


def _unstructure_set(values: frozenset[Any]) -> list[Any]:
    """A set as a sorted list; enum members as their values."""
    found = [v.value if isinstance(v, enum.Enum) else v for v in values]
    return sorted(found, key=repr)


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

        def structure(value: object, _: object) -> object:  # noqa: RET503 - fail() raises
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

    def structure(value: object, _: object) -> object:  # noqa: RET503 - fail() raises
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


# -- on a converter -----------------------------------------------------------------------


def install_scalar_hooks(conv: cattrs.Converter) -> None:
    """Register on ``conv`` the strict hooks for scalars, keys, sets and unions of them.

    An opaque ``enum.Enum`` (an outcome of some rule pack) is not handled here:
    the converter registers the outcome hooks after these, so that they win.
    """
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
    conv.register_structure_hook_func(lambda t: t is Hashable, _structure_key)
    conv.register_unstructure_hook_func(lambda t: t is Hashable, _unstructure_key)
    conv.register_structure_hook_func(lambda t: t == frozenset[int], _structure_frozenset_int)
    conv.register_structure_hook_func(_is_enum_frozenset, _structure_frozenset_enum)
    conv.register_unstructure_hook_func(_is_frozenset, _unstructure_set)
    conv.register_structure_hook_factory(_is_scalar_union, _make_scalar_union(conv))
    conv.register_structure_hook_factory(_is_enum_union, _enum_union_factory)
