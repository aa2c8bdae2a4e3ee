"""Hooks for the US Annual FOIA Report model: its rows' cells, which hold values of many kinds.

A row's ``values`` (and a link's) become a JSON object from field name to
value, in the section's field order. Counts and text are JSON numbers and
strings; every other value is tagged, so that a row reads back without its
section: ``{"decimal": "0.50"}``, ``{"days": "15"}`` or ``{"days": "LT1"}``
for a response-time statistic, ``{"date": "2024-09-24"}``, and a code of the
report's code lists as ``{"code": "NonExemptionReason", "value": "NoRecords"}``.
A list field is an array of ``[key, quantity]`` pairs.

>>> from govdisclosure.jurisdictions.us.annual import DataRow, ResponseDays
>>> from govdisclosure.serialization import to_dict
>>> to_dict(DataRow("PRT1", (("simple.lowest", ResponseDays.lt1()),)))["values"]
{'simple.lowest': {'days': 'LT1'}}

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import enum
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

import cattrs

from govdisclosure.jurisdictions.us.annual import DataRow, Link, ResponseDays
from govdisclosure.jurisdictions.us.codes import ExemptionCode, NonExemptionReason, TimeIncrement
from govdisclosure.serialization._problems import fail

_CODES: dict[str, type[enum.Enum]] = {
    "ExemptionCode": ExemptionCode,
    "NonExemptionReason": NonExemptionReason,
    "TimeIncrement": TimeIncrement,
}


def install(conv: cattrs.Converter) -> None:
    """Register the row and link hooks on ``conv``."""
    conv.register_structure_hook(DataRow, _structure_row)
    conv.register_unstructure_hook(DataRow, _unstructure_row)
    conv.register_structure_hook(Link, _structure_link)
    conv.register_unstructure_hook(Link, _unstructure_link)


def _dump_scalar(value: object) -> object:
    if isinstance(value, Decimal):
        return {"decimal": format(value, "f")}
    if isinstance(value, ResponseDays):
        return {"days": "LT1" if value.days is None else format(value.days, "f")}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    if isinstance(value, enum.Enum):
        return {"code": type(value).__name__, "value": value.value}
    return fail("not a value of the Annual FOIA Report", value)


def _dump(value: object) -> object:
    if value is None or isinstance(value, str) or (type(value) is int):
        return value
    if isinstance(value, tuple):
        return [
            [_dump(part) for part in entry] if isinstance(entry, tuple) else _dump(entry)
            for entry in value
        ]
    return _dump_scalar(value)


def _decimal(text: object) -> Decimal:
    if not isinstance(text, str):
        fail('expected a decimal string like "12.50"', text)
    try:
        found = Decimal(text)
    except InvalidOperation:
        fail('expected a decimal string like "12.50"', text)
    if not found.is_finite():
        fail("expected a finite decimal", text)
    return found


def _load_tagged(value: dict[str, Any]) -> object:
    keys = set(value)
    if keys == {"decimal"}:
        return _decimal(value["decimal"])
    if keys == {"days"}:
        days = value["days"]
        return ResponseDays.lt1() if days == "LT1" else ResponseDays(_decimal(days))
    if keys == {"date"} and isinstance(value["date"], str):
        try:
            return date.fromisoformat(value["date"])
        except ValueError:
            fail("expected a date YYYY-MM-DD", value["date"])
    if keys == {"code", "value"} and value["code"] in _CODES:
        try:
            return _CODES[value["code"]](value["value"])
        except ValueError:
            fail(f"not a code of {value['code']}", value["value"])
    return fail("expected a tagged value: decimal, days, date or code", value)


def _load(value: object) -> object:
    if value is None or isinstance(value, str) or type(value) is int:
        return value
    if isinstance(value, dict):
        return _load_tagged(value)
    if isinstance(value, list):
        return tuple(tuple(_load(p) for p in e) if isinstance(e, list) else _load(e) for e in value)
    return fail("not a value of the Annual FOIA Report", value)


def _values(raw: object) -> tuple[tuple[str, object], ...]:
    if not isinstance(raw, dict) or not all(isinstance(k, str) for k in raw):
        fail("expected an object of field names to values", raw)
    return tuple((name, _load(value)) for name, value in raw.items())


def _fields(value: object, names: tuple[str, ...]) -> dict[str, Any]:
    if (
        not isinstance(value, dict)
        or not set(names[:-1]) <= set(value)
        or not set(value) <= set(names)
    ):
        fail(f"expected an object with {', '.join(names)}", value)
    for name in names[:-1]:
        if not isinstance(value[name], str):
            fail(f"{name} must be a string", value[name])
    return value


def _structure_row(value: object, _: object) -> DataRow:
    found = _fields(value, ("id", "values"))
    return DataRow(found["id"], _values(found.get("values", {})))


def _unstructure_row(row: DataRow) -> dict[str, Any]:
    return {"id": row.id, "values": {name: _dump(v) for name, v in row.values}}


def _structure_link(value: object, _: object) -> Link:
    found = _fields(value, ("row", "org", "values"))
    return Link(found["row"], found["org"], _values(found.get("values", {})))


def _unstructure_link(link: Link) -> dict[str, Any]:
    return {"row": link.row, "org": link.org, "values": {name: _dump(v) for name, v in link.values}}
