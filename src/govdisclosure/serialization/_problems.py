"""Errors named by path: every failure while reading becomes a `Problem` with its path.

A structure hook rejects a bad value with :func:`fail`; whatever a hook or a
model's own checks raise is turned by :func:`problems_of` into problems, each
with the path to its value (``$.events[2].on``), so that one
:class:`~govdisclosure.errors.InvalidInputError` can report them all at once.
A model whose checks raise a :class:`~govdisclosure.errors.TimelineError` about
an entry of its log names that log with :func:`register_log_field`.

>>> list(problems_of(KeyError("on"), "$.events[0]"))
[Problem(path='$.events[0]', message='required key missing', value=None)]
"""

from __future__ import annotations

import typing
from collections.abc import Iterator
from typing import Any

from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError

from govdisclosure.errors import (
    GovDisclosureError,
    InvalidInputError,
    InvalidTransitionError,
    Problem,
    TimelineError,
)
from govdisclosure.serialization._bounds import TooLarge
from govdisclosure.serialization._paths import join_path, key_path

# -- a bad value, raised by a structure hook --------------------------------------------


class ScalarError(ValueError):
    """A structure hook's verdict on one value; the path is added where it is caught."""

    def __init__(self, msg: str, value: object) -> None:
        super().__init__(msg)
        self.msg = msg
        self.value = value


def brief(value: object) -> object:
    """``value`` for an error message: containers and long strings summarised.

    >>> brief([1, 2, 3])
    '<array of 3>'
    """
    if isinstance(value, dict):
        return f"<object with {len(value)} keys>"
    if isinstance(value, (list, tuple)):
        return f"<array of {len(value)}>"
    if isinstance(value, str) and len(value) > 80:
        return value[:60] + f"...({len(value)} characters)"
    if isinstance(value, TooLarge):
        return repr(value)
    return value


def fail(msg: str, value: object) -> typing.NoReturn:
    """Raise the error a structure hook raises for a bad value (its path is added above)."""
    raise ScalarError(msg, brief(value))


# -- where a model's log lives, for errors about the log ----------------------------------

_LOG_FIELDS: dict[type, str] = {}


def register_log_field(cls: type, field: str) -> None:
    """Report a TimelineError or InvalidTransitionError raised by ``cls`` at ``field[index]``.

    A request's event log is ``events``, a review's history ``history``; the
    library registers both.
    """
    _LOG_FIELDS[cls] = field


# -- exceptions as problems ---------------------------------------------------------------


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
    if isinstance(exc, ScalarError):
        yield Problem(path, exc.msg, exc.value)
        return
    if isinstance(exc, InvalidInputError):
        for p in exc.problems or (Problem("", str(exc)),):
            yield Problem(join_path(path, p.path), p.message, brief(p.value))
        return
    if isinstance(exc, (TimelineError, InvalidTransitionError)):
        field = _LOG_FIELDS.get(cl) if cl is not None else None
        index = getattr(exc, "index", None)
        where = path if field is None else join_path(path, field)
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


def raise_invalid(cls: object, problems: list[Problem]) -> typing.NoReturn:
    """Raise the error that says a ``cls`` document is invalid, with all its ``problems``."""
    msg = f"invalid {_name(cls)} document"
    raise InvalidInputError(msg, problems=problems)
