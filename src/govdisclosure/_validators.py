"""Small attrs validators shared by the domain models.

Each raises :class:`~govdisclosure.errors.InvalidInputError` naming the field
and the value, so that bad input fails closed with a clear message.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

import attrs

from govdisclosure.errors import InvalidInputError

__all__ = [
    "check_date",
    "check_year",
    "instance_of",
    "non_empty",
    "non_negative_int",
    "tuple_of",
    "whole_number",
]


def instance_of(*types: type) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """An attrs validator that raises InvalidInputError, naming the field, on a wrong type."""
    names = " or ".join("None" if t is type(None) else t.__name__ for t in types)
    article = "an" if names[:1] in "AEIOU" else "a"

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, types):
            msg = f"must be {article} {names}"
            raise InvalidInputError(msg, field=attribute.name, value=value)

    return check


def tuple_of(values: Any, field: str, *, one: bool = False) -> tuple[Any, ...]:  # noqa: ANN401
    """``values`` as a tuple, or InvalidInputError naming ``field``.

    With ``one``, a single string stands for a collection of that one string.
    """
    if one and isinstance(values, str):
        return (values,)
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        msg = "must be a collection (a list or a tuple)"
        raise InvalidInputError(msg, field=field, value=values)
    return tuple(values)


def non_empty(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        msg = "must be a non-empty string"
        raise InvalidInputError(msg, field=attribute.name, value=value)


def check_date(instance: object, attribute: attrs.Attribute[date], value: object) -> None:
    if type(value) is not date:
        msg = "must be a datetime.date (not a datetime or a string)"
        raise InvalidInputError(msg, field=attribute.name, value=value)


def check_year(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if type(value) is not int or not 1 <= value <= 9999:
        msg = "must be a year, a whole number from 1 to 9999"
        raise InvalidInputError(msg, field=attribute.name, value=value)


def whole_number(value: object, field: str, *, minimum: int = 0) -> int:
    """Return ``value`` if it is an int (not a bool) of at least ``minimum``; raise otherwise."""
    if type(value) is not int:
        msg = "must be a whole number (int)"
        raise InvalidInputError(msg, field=field, value=value)
    if value < minimum:
        msg = "must not be negative" if minimum == 0 else f"must be at least {minimum}"
        raise InvalidInputError(msg, field=field, value=value)
    return value


def non_negative_int(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    """An attrs validator: a whole number, zero or more."""
    whole_number(value, attribute.name)
