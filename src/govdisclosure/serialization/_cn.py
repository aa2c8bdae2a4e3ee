"""Hooks for the PRC rule pack: its outcome enum, its report tables, its decisions' reasons.

The JSON forms set here:

* ``cn.Outcome`` is registered as an outcome enum (its values are the
  outcomes of ``Replied.outcome`` and ``ExemptionGround.outcome``);
* the PRC report tables: ``cells`` keyed by row code, then column code, every
  cell of the format present, ``null`` for a blank cell (never read as 0);
  tables 三 and 二 also carry their ``layout``; table 三 carries ``unprinted``,
  ``{row code: [column code, ...]}``, where a report did not print cells (the
  （六） sub-rows of a 2021 table printed with the single row), and only then; a
  2021 table 三 has its ``other_handling`` row only where it is not the sum of
  its sub-rows (as the format prints it, and as tables were written before
  0.3.0): left out, it is their sum;
* a reason of ``cn.Decision``: an outcome code (a string) or an exemption
  ground (an object).

>>> from govdisclosure.serialization import outcome_enums
>>> Outcome in outcome_enums()
True
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import cattrs

from govdisclosure.errors import Problem
from govdisclosure.exemptions import ExemptionGround
from govdisclosure.jurisdictions.cn.outcomes import Outcome
from govdisclosure.jurisdictions.cn.report.format import (
    CASE_KINDS,
    REQUEST_COLUMNS,
    CaseResult,
    ProactiveColumn,
    ProactiveRow,
    ReportFormat,
    RequestRow,
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
from govdisclosure.serialization._converter import structure_at
from govdisclosure.serialization._problems import fail
from govdisclosure.serialization._registries import register_outcome_enum
from govdisclosure.serialization._scalars import union_members
from govdisclosure.serialization._tables import (
    cells_by_code,
    check_problems,
    count,
    json_object,
    read_cells,
    read_count,
)

_NONE = type(None)
_REQUEST_COLUMN_KEYS = tuple(c.key for c in REQUEST_COLUMNS)
_CASE_COLUMN_KEYS: tuple[CaseResult | Total, ...] = (*CaseResult, Total.TOTAL)


def install(conv: cattrs.Converter) -> None:
    """Register ``cn.Outcome`` and the hooks of the PRC report tables and decisions on ``conv``."""
    register_outcome_enum(Outcome)
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
    _install_reasons(conv)


# -- the report tables ---------------------------------------------------------------------


def _layout_and_cells(value: object, problems: list[Problem]) -> tuple[ReportFormat, object]:
    """The ``layout`` and the ``cells`` of a table document; raises unless it has both."""
    obj = json_object(value, ("layout", "cells"), problems)
    layout: ReportFormat | None = None
    if "layout" in obj:
        layout = structure_at(obj["layout"], ReportFormat, "layout", problems)
    if layout is None or "cells" not in obj:
        check_problems(problems)
        raise AssertionError  # pragma: no cover - check_problems raised
    return layout, obj["cells"]


def _structure_request_table(value: object, _: object) -> RequestTable:
    problems: list[Problem] = []
    document = value
    unprinted_codes: object = {}
    if isinstance(value, dict) and "unprinted" in value:
        document = {k: v for k, v in value.items() if k != "unprinted"}
        unprinted_codes = value["unprinted"]
    layout, cells = _layout_and_cells(document, problems)
    rows = tuple(spec.key for spec in request_rows(layout))
    if (
        layout is ReportFormat.V2021
        and isinstance(cells, dict)
        and RequestRow.OTHER_HANDLING.value not in cells
    ):
        rows = tuple(r for r in rows if r is not RequestRow.OTHER_HANDLING)  # before 0.3.0
    shape = dict.fromkeys(rows, _REQUEST_COLUMN_KEYS)
    what = f"table 三 in the {layout.value} format"
    found = read_cells(cells, shape, read_count, what, problems)
    unprinted = _read_unprinted(unprinted_codes, shape, problems)
    check_problems(problems)
    return RequestTable.from_cells(found, layout, unprinted=unprinted)


def _read_unprinted(
    codes: object, shape: dict[Any, tuple[Any, ...]], problems: list[Problem]
) -> list[tuple[Any, Any]]:
    if not isinstance(codes, dict):
        problems.append(Problem("unprinted", "expected a JSON object of rows", codes))
        return []
    rows = {getattr(row, "value", row): row for row in shape}
    found: list[tuple[Any, Any]] = []
    for code, columns in codes.items():
        row = rows.get(code)
        if row is None:
            problems.append(Problem(f"unprinted.{code}", "not a row of table 三", code))
            continue
        if not isinstance(columns, list):
            problems.append(Problem(f"unprinted.{code}", "expected a list of columns", columns))
            continue
        names = {c.value: c for c in shape[row]}
        for i, column in enumerate(columns):
            if column not in names:
                problems.append(Problem(f"unprinted.{code}[{i}]", "not a column", column))
                continue
            found.append((row, names[column]))
    return found


def _unstructure_request_table(table: RequestTable) -> dict[str, Any]:
    cells = table.cells.cells()
    if table.parent_is_sum:
        cells = (c for c in cells if c[0] is not RequestRow.OTHER_HANDLING)  # the heading
    out: dict[str, Any] = {"layout": table.layout.value, "cells": cells_by_code(cells)}
    if table.unprinted:
        unprinted: dict[str, list[str]] = {}
        for row, column, _ in table.cells.cells():
            if (row, column) in table.unprinted:
                unprinted.setdefault(row.value, []).append(column.value)
        out["unprinted"] = unprinted
    return out


def _structure_case_table(value: object, _: object) -> ReconsiderationLitigationTable:
    problems: list[Problem] = []
    obj = json_object(value, ("cells",), problems)
    shape = dict.fromkeys(CASE_KINDS, _CASE_COLUMN_KEYS)
    found = read_cells(obj.get("cells"), shape, read_count, "table 四", problems)
    check_problems(problems)
    return ReconsiderationLitigationTable.from_cells(found)


def _unstructure_case_table(table: ReconsiderationLitigationTable) -> dict[str, Any]:
    return {"cells": cells_by_code(table.cells.cells())}


def _proactive_shape(layout: ReportFormat) -> dict[ProactiveRow, tuple[ProactiveColumn, ...]]:
    shape: dict[ProactiveRow, tuple[ProactiveColumn, ...]] = {}
    for spec in proactive_cells(layout):
        shape[spec.row] = (*shape.get(spec.row, ()), spec.column)
    return shape


def _structure_proactive_table(value: object, _: object) -> ProactiveTable:
    problems: list[Problem] = []
    layout, cells = _layout_and_cells(value, problems)
    kinds = {(spec.row, spec.column): spec.kind for spec in proactive_cells(layout)}

    def read(value: object, row: Any, column: Any, path: str, problems: list[Problem]) -> Any:  # noqa: ANN401
        kind = kinds[row, column]
        if kind is ValueKind.AMOUNT:
            if value is None:
                return None
            amount = structure_at(value, Decimal, path, problems)
            if amount is not None and amount < 0:
                problems.append(Problem(path, "an amount must not be negative", value))
            return amount
        return count(value, path, problems, signed=kind is ValueKind.SIGNED)

    what = f"table 二 in the {layout.value} format"
    found = read_cells(cells, _proactive_shape(layout), read, what, problems)
    check_problems(problems)
    return ProactiveTable.from_cells(found, layout)


def _unstructure_proactive_table(table: ProactiveTable) -> dict[str, Any]:
    return {"layout": table.layout.value, "cells": cells_by_code(table.cells())}


# -- reasons of a cn.Decision ------------------------------------------------------------


def _is_reason(t: object) -> bool:
    members = union_members(t)
    return members is not None and set(members) - {_NONE} == {ExemptionGround, Outcome}


def _install_reasons(conv: cattrs.Converter) -> None:
    def structure(value: object, t: object) -> ExemptionGround | Outcome | None:
        if value is None and _NONE in (union_members(t) or ()):
            return None
        if isinstance(value, dict):
            ground: ExemptionGround = conv.structure(value, ExemptionGround)
            return ground
        if not isinstance(value, str):
            msg = "expected an outcome code (a string) or an exemption ground (an object)"
            fail(msg, value)
        found: Outcome = conv.structure(value, Outcome)
        return found

    def unstructure(value: object) -> object:
        if isinstance(value, ExemptionGround):
            return conv.unstructure(value, ExemptionGround)
        return conv.unstructure(value)

    conv.register_structure_hook_func(_is_reason, structure)
    conv.register_unstructure_hook_func(_is_reason, unstructure)
