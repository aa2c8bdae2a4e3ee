"""Converter hooks that need the domain models: tagged unions and special shapes.

Kept apart from :mod:`govdisclosure.serialization` so that the converter itself
imports only the lowest layers; these hooks are installed when it has been defined.

The JSON forms set here:

* events: an object with a ``type`` tag (``"replied"``, ``"consultation_started"``,
  ...) beside the event's own fields;
* ``Replied.outcome`` and ``ExemptionGround.outcome``: the value of an outcome
  enum registered with :func:`~govdisclosure.serialization.register_outcome_enum`
  (``cn.Outcome`` is registered here);
* a generic :class:`~govdisclosure.reports.Table`: ``rows``, ``columns`` and the
  grid of ``values`` (``null`` for a blank cell);
* the PRC report tables: ``cells`` keyed by row code, then column code, every
  cell of the format present, ``null`` for a blank cell (never read as 0);
* a reason of ``cn.Decision``: an outcome code (a string) or an exemption
  ground (an object);
* a :class:`~govdisclosure.deadlines.Deadline`: the request, rules, calendar and
  due date; reading one computes the deadline again and checks the due date.
"""

from __future__ import annotations

import typing
from collections.abc import Callable, Hashable, Mapping
from datetime import date
from decimal import Decimal
from typing import Any

import attrs
import cattrs
from cattrs.gen import override

from govdisclosure import serialization as ser
from govdisclosure.calendar import WorkCalendar
from govdisclosure.deadlines import ClockRules, Deadline, compute_deadline
from govdisclosure.errors import (
    CalendarNotPublishedError,
    InvalidInputError,
    Problem,
    TimelineError,
)
from govdisclosure.exemptions import ExemptionGround
from govdisclosure.jurisdictions.cn.outcomes import Outcome
from govdisclosure.jurisdictions.cn.report.format import (
    CASE_KINDS,
    REQUEST_COLUMNS,
    CaseResult,
    ProactiveColumn,
    ProactiveRow,
    ReportFormat,
    Total,
    ValueKind,
    proactive_cells,
    request_rows,
)
from govdisclosure.jurisdictions.cn.report.tables import (
    ProactiveTable,
    ReconsiderationLitigationTable,
    RequestTable,
)
from govdisclosure.reports import Table
from govdisclosure.requests import (
    ConsultationEnded,
    ConsultationStarted,
    CorrectionLapsed,
    CorrectionReceived,
    CorrectionRequested,
    DelaySet,
    Event,
    ExtensionGranted,
    FeeLapsed,
    FeeNoticeIssued,
    FeePaid,
    Replied,
    Request,
    Withdrawn,
)
from govdisclosure.review import Review

__all__ = ["EVENT_TYPES", "install"]

EVENT_TYPES: tuple[tuple[str, type[Event]], ...] = (
    ("correction_requested", CorrectionRequested),
    ("correction_received", CorrectionReceived),
    ("correction_lapsed", CorrectionLapsed),
    ("consultation_started", ConsultationStarted),
    ("consultation_ended", ConsultationEnded),
    ("extension_granted", ExtensionGranted),
    ("fee_notice_issued", FeeNoticeIssued),
    ("fee_paid", FeePaid),
    ("fee_lapsed", FeeLapsed),
    ("delay_set", DelaySet),
    ("replied", Replied),
    ("withdrawn", Withdrawn),
)
"""The ``type`` tag of each event class: stable, whatever the classes are called."""

_NONE = type(None)
_REQUEST_COLUMN_KEYS = tuple(c.key for c in REQUEST_COLUMNS)
_CASE_COLUMN_KEYS: tuple[CaseResult | Total, ...] = (*CaseResult, Total.TOTAL)


def install(converter: cattrs.Converter) -> None:
    """Register the model-specific hooks on ``converter``."""
    ser.register_outcome_enum(Outcome)
    ser.register_log_field(Request, "events")
    ser.register_log_field(Review, "history")
    for tag, cls in EVENT_TYPES:
        ser.register_event_type(tag, cls)
    _install_events(converter)
    _install_outcome_fields(converter)
    _install_tables(converter)
    _install_reasons(converter)
    _install_deadline(converter)


# -- helpers -----------------------------------------------------------------------------


def _object(value: object, keys: tuple[str, ...], problems: list[Problem]) -> dict[str, Any]:
    """``value`` as a JSON object with exactly ``keys``; problems noted for the rest."""
    if not isinstance(value, dict):
        ser.fail("expected a JSON object", value)
    problems.extend(
        Problem(ser.key_path("", key), "unknown key", key) for key in value if key not in keys
    )
    problems.extend(
        Problem(ser.key_path("", key), "required key missing") for key in keys if key not in value
    )
    return value


def _check(problems: list[Problem]) -> None:
    if problems:
        msg = "invalid document"
        raise InvalidInputError(msg, problems=problems)


# -- events ------------------------------------------------------------------------------


def _is_event(t: object) -> bool:
    return isinstance(t, type) and issubclass(t, Event)


def _install_events(conv: cattrs.Converter) -> None:
    structurers: dict[type, Callable[[object, object], Any]] = {}
    unstructurers: dict[type, Callable[[Any], dict[str, Any]]] = {}

    def overrides(cls: type) -> dict[str, Any]:
        if issubclass(cls, Replied):
            return {
                "outcome": override(
                    struct_hook=ser.structure_outcome, unstruct_hook=ser.unstructure_outcome
                )
            }
        return {}

    def structure(value: object, t: type) -> Event:
        if not isinstance(value, dict):
            ser.fail("expected a JSON object (an event)", value)
        if "type" not in value:
            raise InvalidInputError(problems=[Problem("type", "required key missing")])
        cls = ser.event_class(value["type"], t)
        if cls not in structurers:
            structurers[cls] = ser.attrs_structure_fn(conv, cls, **overrides(cls))
        rest = {k: v for k, v in value.items() if k != "type"}
        event: Event = structurers[cls](rest, cls)
        return event

    def unstructure(event: Event) -> dict[str, Any]:
        cls = type(event)
        tag = ser.event_tag(cls)
        if cls not in unstructurers:
            unstructurers[cls] = ser.attrs_unstructure_fn(conv, cls, **overrides(cls))
        return {"type": tag, **unstructurers[cls](event)}

    conv.register_structure_hook_func(_is_event, structure)
    conv.register_unstructure_hook_func(_is_event, unstructure)


# -- outcomes held as opaque values ------------------------------------------------------


def _install_outcome_fields(conv: cattrs.Converter) -> None:
    outcome = override(struct_hook=ser.structure_outcome, unstruct_hook=ser.unstructure_outcome)
    structure = ser.attrs_structure_fn(conv, ExemptionGround, outcome=outcome)
    unstructure = ser.attrs_unstructure_fn(conv, ExemptionGround, outcome=outcome)
    conv.register_structure_hook_func(lambda t: t is ExemptionGround, structure)
    conv.register_unstructure_hook_func(lambda t: t is ExemptionGround, unstructure)


# -- tables ------------------------------------------------------------------------------


def _key_type(t: object) -> object:
    return Hashable if isinstance(t, typing.TypeVar) else t


def _install_tables(conv: cattrs.Converter) -> None:
    conv.register_structure_hook_func(_is_table, _structure_table)
    conv.register_unstructure_hook_func(_is_table, _unstructure_table)
    conv.register_structure_hook_func(lambda t: t is RequestTable, _structure_request_table)
    conv.register_unstructure_hook_func(lambda t: t is RequestTable, _unstructure_request_table)
    conv.register_structure_hook_func(
        lambda t: t is ReconsiderationLitigationTable, _structure_case_table
    )
    conv.register_unstructure_hook_func(
        lambda t: t is ReconsiderationLitigationTable, _unstructure_case_table
    )
    conv.register_structure_hook_func(lambda t: t is ProactiveTable, _structure_proactive_table)
    conv.register_unstructure_hook_func(lambda t: t is ProactiveTable, _unstructure_proactive_table)


def _is_table(t: object) -> bool:
    return t is Table or typing.get_origin(t) is Table


def _structure_table(value: object, t: object) -> Table[Any, Any]:
    args = typing.get_args(t)
    row_type, column_type = (_key_type(a) for a in args) if len(args) == 2 else (Hashable,) * 2
    problems: list[Problem] = []
    obj = _object(value, ("rows", "columns", "values"), problems)
    rows = ser.structure_at(obj.get("rows"), tuple[row_type, ...], "rows", problems)  # type: ignore[valid-type]
    columns = ser.structure_at(obj.get("columns"), tuple[column_type, ...], "columns", problems)  # type: ignore[valid-type]
    grid = ser.structure_at(
        obj.get("values"), tuple[tuple[int | None, ...], ...], "values", problems
    )
    _check(problems)
    return Table(rows, columns, grid)


def _unstructure_table(table: Table[Any, Any]) -> dict[str, Any]:
    return {
        "rows": [ser.converter.unstructure(r, Hashable) for r in table.rows],
        "columns": [ser.converter.unstructure(c, Hashable) for c in table.columns],
        "values": [list(line) for line in table.values],
    }


def _count(value: object, path: str, problems: list[Problem], *, signed: bool = False) -> Any:  # noqa: ANN401
    if value is None:
        return None
    found = ser.structure_at(value, int, path, problems)
    if found is not None and found < 0 and not signed:
        problems.append(Problem(path, "a count must not be negative", found))
        return None
    return found


def _read_cells(
    cells: object,
    shape: Mapping[Any, tuple[Any, ...]],
    read: Callable[[object, Any, Any, str, list[Problem]], Any],
    what: str,
    problems: list[Problem],
) -> dict[tuple[Any, Any], Any]:
    """Read ``{row code: {column code: value}}`` for the rows and columns of ``shape``."""
    if not isinstance(cells, dict):
        problems.append(Problem("cells", "expected a JSON object of rows", ser.brief(cells)))
        return {}
    codes = {getattr(row, "value", row): row for row in shape}
    problems.extend(
        Problem(ser.key_path("cells", code), f"not a row of {what}", code)
        for code in cells
        if code not in codes
    )
    found: dict[tuple[Any, Any], Any] = {}
    for code, row in codes.items():
        where = ser.key_path("cells", code)
        line = cells.get(code)
        if code not in cells:
            problems.append(Problem(where, "row missing (give null for a blank cell)"))
            continue
        if not isinstance(line, dict):
            problems.append(Problem(where, "expected a JSON object of cells", ser.brief(line)))
            continue
        columns = {c.value: c for c in shape[row]}
        problems.extend(
            Problem(ser.key_path(where, c), f"not a column of this row of {what}", c)
            for c in line
            if c not in columns
        )
        for c, column in columns.items():
            path = ser.key_path(where, c)
            if c not in line:
                problems.append(Problem(path, "cell missing (give null for a blank cell)"))
                continue
            found[row, column] = read(line[c], row, column, path, problems)
    return found


def _read_count(
    value: object, row: object, column: object, path: str, problems: list[Problem]
) -> Any:  # noqa: ANN401
    return _count(value, path, problems)


def _layout(obj: dict[str, Any], problems: list[Problem]) -> ReportFormat | None:
    if "layout" not in obj:
        return None
    found: ReportFormat | None = ser.structure_at(obj["layout"], ReportFormat, "layout", problems)
    return found


def _structure_request_table(value: object, _: object) -> RequestTable:
    problems: list[Problem] = []
    obj = _object(value, ("layout", "cells"), problems)
    layout = _layout(obj, problems)
    if layout is None or "cells" not in obj:
        _check(problems)
        raise AssertionError  # pragma: no cover - _check raised
    rows = tuple(spec.key for spec in request_rows(layout))
    shape = dict.fromkeys(rows, _REQUEST_COLUMN_KEYS)
    what = f"table 三 in the {layout.value} format"
    found = _read_cells(obj["cells"], shape, _read_count, what, problems)
    _check(problems)
    return RequestTable.from_cells(found, layout)


def _cells_by_code(cells: Any) -> dict[str, dict[str, Any]]:  # noqa: ANN401 - any table's cells
    out: dict[str, dict[str, Any]] = {}
    for row, column, value in cells:
        out.setdefault(row.value, {})[column.value] = ser.converter.unstructure(value)
    return out


def _unstructure_request_table(table: RequestTable) -> dict[str, Any]:
    return {"layout": table.layout.value, "cells": _cells_by_code(table.cells.cells())}


def _structure_case_table(value: object, _: object) -> ReconsiderationLitigationTable:
    problems: list[Problem] = []
    obj = _object(value, ("cells",), problems)
    shape = dict.fromkeys(CASE_KINDS, _CASE_COLUMN_KEYS)
    found = _read_cells(obj.get("cells"), shape, _read_count, "table 四", problems)
    _check(problems)
    return ReconsiderationLitigationTable.from_cells(found)


def _unstructure_case_table(table: ReconsiderationLitigationTable) -> dict[str, Any]:
    return {"cells": _cells_by_code(table.cells.cells())}


def _proactive_shape(layout: ReportFormat) -> dict[ProactiveRow, tuple[ProactiveColumn, ...]]:
    shape: dict[ProactiveRow, tuple[ProactiveColumn, ...]] = {}
    for spec in proactive_cells(layout):
        shape[spec.row] = (*shape.get(spec.row, ()), spec.column)
    return shape


def _structure_proactive_table(value: object, _: object) -> ProactiveTable:
    problems: list[Problem] = []
    obj = _object(value, ("layout", "cells"), problems)
    layout = _layout(obj, problems)
    if layout is None or "cells" not in obj:
        _check(problems)
        raise AssertionError  # pragma: no cover - _check raised
    kinds = {(spec.row, spec.column): spec.kind for spec in proactive_cells(layout)}

    def read(value: object, row: Any, column: Any, path: str, problems: list[Problem]) -> Any:  # noqa: ANN401
        kind = kinds[row, column]
        if kind is ValueKind.AMOUNT:
            if value is None:
                return None
            amount = ser.structure_at(value, Decimal, path, problems)
            if amount is not None and amount < 0:
                problems.append(Problem(path, "an amount must not be negative", value))
            return amount
        return _count(value, path, problems, signed=kind is ValueKind.SIGNED)

    what = f"table 二 in the {layout.value} format"
    found = _read_cells(obj["cells"], _proactive_shape(layout), read, what, problems)
    _check(problems)
    return ProactiveTable.from_cells(found, layout)


def _unstructure_proactive_table(table: ProactiveTable) -> dict[str, Any]:
    return {"layout": table.layout.value, "cells": _cells_by_code(table.cells())}


# -- reasons of a cn.Decision ------------------------------------------------------------


def _is_reason(t: object) -> bool:
    members = ser.union_members(t)
    return members is not None and set(members) - {_NONE} == {ExemptionGround, Outcome}


def _install_reasons(conv: cattrs.Converter) -> None:
    def structure(value: object, t: object) -> ExemptionGround | Outcome | None:
        if value is None and _NONE in (ser.union_members(t) or ()):
            return None
        if isinstance(value, dict):
            ground: ExemptionGround = conv.structure(value, ExemptionGround)
            return ground
        if not isinstance(value, str):
            msg = "expected an outcome code (a string) or an exemption ground (an object)"
            ser.fail(msg, value)
        found: Outcome = conv.structure(value, Outcome)
        return found

    def unstructure(value: object) -> object:
        if isinstance(value, ExemptionGround):
            return conv.unstructure(value, ExemptionGround)
        return conv.unstructure(value)

    conv.register_structure_hook_func(_is_reason, structure)
    conv.register_unstructure_hook_func(_is_reason, unstructure)


# -- deadlines ---------------------------------------------------------------------------


@attrs.frozen
class _DeadlineDocument:
    request: Request
    rules: ClockRules
    calendar: WorkCalendar
    due: date | None


def _install_deadline(conv: cattrs.Converter) -> None:
    def structure(value: object, _: object) -> Deadline:
        doc: _DeadlineDocument = conv.structure(value, _DeadlineDocument)
        try:
            deadline = compute_deadline(doc.request, doc.rules, doc.calendar)
        except TimelineError as err:
            where = "request.events" if err.index is None else f"request.events[{err.index}]"
            raise InvalidInputError(problems=[Problem(where, str(err))]) from None
        except CalendarNotPublishedError as err:
            problem = Problem("calendar", f"does not cover the count: {err}", err.year)
            raise InvalidInputError(problems=[problem]) from None
        if deadline.due != doc.due:
            shown = None if deadline.due is None else deadline.due.isoformat()
            msg = f"is not the due date computed from the request, rules and calendar ({shown})"
            raise InvalidInputError(msg, field="due", value=doc.due)
        return deadline

    def unstructure(deadline: Deadline) -> dict[str, Any]:
        doc = _DeadlineDocument(deadline.request, deadline.rules, deadline.calendar, deadline.due)
        found: dict[str, Any] = conv.unstructure(doc)
        return found

    conv.register_structure_hook_func(lambda t: t is Deadline, structure)
    conv.register_unstructure_hook_func(lambda t: t is Deadline, unstructure)


# Imported on its own (before ``serialization`` finished), install now that ``install`` exists.
ser._ensure_installed()  # noqa: SLF001 - the two modules are one unit
