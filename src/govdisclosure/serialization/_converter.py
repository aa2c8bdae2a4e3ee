"""The one cattrs converter every model goes through, strict from end to end.

Built from the strict scalar hooks, the outcome hooks of the plug-in
registries, and strict hooks for attrs classes (a JSON object, every key known)
and sequences (a JSON array, every bad item reported with its index). The hooks
that need the domain models are added by :mod:`govdisclosure.serialization`
when it is imported; this module imports no model.

>>> from govdisclosure.law import WorkingDays
>>> converter.unstructure(WorkingDays(20))
{'days': 20}
"""

from __future__ import annotations

import enum
import typing
from collections.abc import Callable
from typing import Any

import attrs
import cattrs
from cattrs.errors import IterableValidationError, IterableValidationNote
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from govdisclosure.errors import Problem
from govdisclosure.law import OMIT_IF_DEFAULT
from govdisclosure.serialization._problems import fail, problems_of
from govdisclosure.serialization._registries import structure_outcome, unstructure_outcome
from govdisclosure.serialization._scalars import install_scalar_hooks

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
    """An unstructure hook for an attrs class: every field given to ``__init__``, by name.

    A field marked :data:`~govdisclosure.law.OMIT_IF_DEFAULT` is left out while it has its default.
    """
    fields = attrs.fields(typing.cast("Any", cls))
    omit: dict[str, Any] = {f.name: override(omit=True) for f in fields if not f.init}
    omit.update(
        (f.name, override(omit_if_default=True))
        for f in fields
        if f.init and f.metadata.get(OMIT_IF_DEFAULT)
    )
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
    install_scalar_hooks(conv)
    conv.register_structure_hook_func(lambda t: t is enum.Enum, structure_outcome)
    conv.register_unstructure_hook_func(lambda t: t is enum.Enum, unstructure_outcome)
    conv.register_structure_hook_factory(_is_sequence, _make_sequence(conv))
    conv.register_unstructure_hook_factory(_is_sequence, _make_sequence_unstructure(conv))
    conv.register_structure_hook_factory(attrs.has, lambda t: attrs_structure_fn(conv, t))
    conv.register_unstructure_hook_factory(attrs.has, lambda t: attrs_unstructure_fn(conv, t))
    return conv


converter: cattrs.Converter = _make_converter()
"""The one converter every model goes through; register hooks for your own types on it."""


def structure_at(value: object, cls: Any, where: str, problems: list[Problem]) -> Any:  # noqa: ANN401
    """Structure ``value`` as ``cls``; on failure note its problems under ``where``; None."""
    try:
        return converter.structure(value, cls)
    except Exception as exc:  # noqa: BLE001 - every failure becomes a problem
        problems.extend(problems_of(exc, where))
        return None
