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

import cattrs

from govdisclosure.serialization import (
    _bounds,
    _cn,
    _converter,
    _deadline,
    _documents,
    _events,
    _fast,
    _tables,
    _us_annual,
)
from govdisclosure.serialization._converter import attrs_structure_fn as attrs_structure_fn
from govdisclosure.serialization._converter import attrs_unstructure_fn as attrs_unstructure_fn
from govdisclosure.serialization._converter import structure_at as structure_at
from govdisclosure.serialization._documents import from_dict, from_json, to_dict, to_json
from govdisclosure.serialization._paths import key_path as key_path
from govdisclosure.serialization._privacy import strip_personal_data
from govdisclosure.serialization._problems import brief as brief
from govdisclosure.serialization._problems import fail as fail
from govdisclosure.serialization._problems import problems_of as problems_of
from govdisclosure.serialization._problems import register_log_field
from govdisclosure.serialization._registries import event_class as event_class
from govdisclosure.serialization._registries import event_tag as event_tag
from govdisclosure.serialization._registries import (
    outcome_enums,
    register_event_type,
    register_outcome_enum,
)
from govdisclosure.serialization._registries import structure_outcome as structure_outcome
from govdisclosure.serialization._registries import unstructure_outcome as unstructure_outcome
from govdisclosure.serialization._scalars import union_members as union_members

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

# Named here too, so that their documentation is found where they are documented.
SCHEMA_VERSION = _documents.SCHEMA_VERSION
"""The version of the JSON forms; written on every top-level document."""

MAX_INT = _bounds.MAX_INT
"""The largest magnitude accepted for a whole number: anything larger is not a real count."""

MAX_DEPTH = _bounds.MAX_DEPTH
"""The deepest nesting of a JSON document accepted (objects and arrays)."""

converter: cattrs.Converter = _converter.converter
"""The one converter every model goes through; register hooks for your own types on it."""

# The hooks that need the domain models, installed once, in this order, when the package is
# imported: ``converter`` is complete for every user, and no module of the package imports
# this one (the converter's modules import no model).
for _hooks in (_events, _tables, _cn, _deadline, _us_annual):
    _hooks.install(converter)
del _hooks
# The fast readers of requests, which look the converter's hooks up: installed last.
_fast.install()
