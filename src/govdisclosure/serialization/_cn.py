"""Hooks for the PRC rule pack: its outcome enum, its report tables, its decisions' reasons.

The JSON forms set here:

* ``cn.Outcome`` is registered as an outcome enum (its values are the
  outcomes of ``Replied.outcome`` and ``ExemptionGround.outcome``);
* the PRC report tables: ``cells`` keyed by row code, then column code, every
  cell of the format present, ``null`` for a blank cell (never read as 0);
  tables 三 and 二 also carry their ``layout``;
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
    layout, cells = _layout_and_cells(value, problems)
    rows = tuple(spec.key for spec in request_rows(layout))
    shape = dict.fromkeys(rows, _REQUEST_COLUMN_KEYS)
    what = f"table 三 in the {layout.value} format"
    found = read_cells(cells, shape, read_count, what, problems)
    check_problems(problems)
    return RequestTable.from_cells(found, layout)


def _unstructure_request_table(table: RequestTable) -> dict[str, Any]:
    return {"layout": table.layout.value, "cells": cells_by_code(table.cells.cells())}


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
