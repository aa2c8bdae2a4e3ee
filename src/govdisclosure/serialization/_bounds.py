"""Bounds for hostile input: numbers too large to be real, keys given twice, deep nesting.

JSON text is parsed here (:func:`parse`) with every number longer than
:data:`MAX_INT` allows kept as text (a :class:`TooLarge`, never converted) and
every object that repeats a key marked (a :class:`Duplicates`), so that the
strict hooks can report them; :func:`scan` then finds the repeated keys and the
nesting deeper than :data:`MAX_DEPTH` in parsed data, without recursion.

>>> parse('{"n": 12345678901234567890}')
{'n': 12345678901234567890}
>>> scan(parse('{"a": 1, "a": 2}'))
[Problem(path='$.a', message='key given twice', value='a')]
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from typing import Any

from govdisclosure.errors import InvalidInputError, Problem
from govdisclosure.serialization._paths import key_path

MAX_INT = 10**15
"""The largest magnitude accepted for a whole number: anything larger is not a real count."""

MAX_DEPTH = 64
"""The deepest nesting of a JSON document accepted (objects and arrays)."""

_MAX_DIGITS = 19


# -- values that are not what they claim to be ------------------------------------------


class TooLarge:
    """A number in the JSON text too large to be anything real (kept as text, never converted)."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        if len(self.text) <= 30:
            return self.text
        return f"{self.text[:12]}...({len(self.text)} characters)"


class Duplicates(dict[str, Any]):
    """A JSON object in which some key was given more than once."""

    duplicates: tuple[str, ...] = ()


# Where a node sits: its parent's place and its key; the path text is written only for a problem.
_Place = tuple["_Place | None", object]


def _path(place: _Place | None) -> str:
    keys: list[object] = []
    while place is not None:
        place, key = place
        keys.append(key)
    path = "$"
    for key in reversed(keys):
        path = key_path(path, key)
    return path


def scan(data: object) -> list[Problem]:
    """Keys given twice, and nesting deeper than MAX_DEPTH, found without recursion."""
    problems: list[Problem] = []
    stack: list[tuple[object, _Place | None, int]] = [(data, None, 1)]
    while stack:
        node, place, depth = stack.pop()
        if isinstance(node, dict):
            children: Iterable[tuple[object, object]] = node.items()
            twice = getattr(node, "duplicates", ())
            if twice:
                path = _path(place)
                problems.extend(
                    Problem(key_path(path, key), "key given twice", key) for key in twice
                )
        elif isinstance(node, (list, tuple)):
            children = enumerate(node)
        else:
            continue
        if depth > MAX_DEPTH:
            problems.append(Problem(_path(place), f"nested more than {MAX_DEPTH} levels deep"))
            break
        stack.extend(
            (value, (place, key), depth + 1)
            for key, value in children
            if isinstance(value, (dict, list, tuple))
        )
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
    result = Duplicates(found)
    result.duplicates = tuple(twice)
    return result


def _parse_int(text: str) -> int | TooLarge:
    return int(text) if len(text) <= _MAX_DIGITS else TooLarge(text)


def _parse_float(text: str) -> float | TooLarge:
    value = float(text)
    return value if math.isfinite(value) else TooLarge(text)


def _no_constants(name: str) -> object:
    msg = f"{name} is not a number JSON allows"
    raise ValueError(msg)


# A string (an unterminated one runs to the end of the text), and the brackets outside strings.
_STRING = re.compile(r'"(?:[^"\\]|\\.)*(?:"|\\?\Z)', re.DOTALL)
_BRACKET = re.compile(r"[\[\]{}]")


def _depth(text: str) -> int:
    depth = deepest = 0
    for ch in _BRACKET.findall(_STRING.sub("", text)):
        if ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def parse(text: object) -> object:
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
