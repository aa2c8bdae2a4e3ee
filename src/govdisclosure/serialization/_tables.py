"""Hooks for tables: the generic :class:`~govdisclosure.reports.Table`, and coded cells.

The JSON forms set here:

* a generic table: ``rows``, ``columns`` and the grid of ``values`` (``null``
  for a blank cell);
* the helpers a rule pack's report tables use to write and read
  ``cells`` keyed by row code, then column code, every cell of the format
  present, ``null`` for a blank cell (never read as 0).

>>> from govdisclosure.serialization import to_dict
>>> to_dict(Table(["a"], ["x", "y"], [[1, None]]))
{'rows': ['a'], 'columns': ['x', 'y'], 'values': [[1, None]]}
"""

from __future__ import annotations

import typing
from collections.abc import Callable, Hashable, Mapping
from typing import Any

import cattrs

from govdisclosure.errors import InvalidInputError, Problem
from govdisclosure.reports import Table
from govdisclosure.serialization._converter import converter, structure_at
from govdisclosure.serialization._paths import key_path
from govdisclosure.serialization._problems import brief, fail


def install(conv: cattrs.Converter) -> None:
    """Register the hooks of the generic table on ``conv``."""
    conv.register_structure_hook_func(_is_table, _structure_table)
    conv.register_unstructure_hook_func(_is_table, _unstructure_table)


# -- helpers for documents of a fixed shape ------------------------------------------------


def json_object(value: object, keys: tuple[str, ...], problems: list[Problem]) -> dict[str, Any]:
    """``value`` as a JSON object with exactly ``keys``; problems noted for the rest."""
    if not isinstance(value, dict):
        fail("expected a JSON object", value)
    problems.extend(
        Problem(key_path("", key), "unknown key", key) for key in value if key not in keys
    )
    problems.extend(
        Problem(key_path("", key), "required key missing") for key in keys if key not in value
    )
    return value


def check_problems(problems: list[Problem]) -> None:
    """Raise one error for every problem noted while reading a document, if any."""
    if problems:
        msg = "invalid document"
        raise InvalidInputError(msg, problems=problems)


# -- the generic table ---------------------------------------------------------------------


def _key_type(t: object) -> object:
    return Hashable if isinstance(t, typing.TypeVar) else t


def _is_table(t: object) -> bool:
    return t is Table or typing.get_origin(t) is Table


def _structure_table(value: object, t: object) -> Table[Any, Any]:
    args = typing.get_args(t)
    row_type, column_type = (_key_type(a) for a in args) if len(args) == 2 else (Hashable,) * 2
    problems: list[Problem] = []
    obj = json_object(value, ("rows", "columns", "values"), problems)
    rows = structure_at(obj.get("rows"), tuple[row_type, ...], "rows", problems)  # type: ignore[valid-type]
    columns = structure_at(obj.get("columns"), tuple[column_type, ...], "columns", problems)  # type: ignore[valid-type]
    grid = structure_at(obj.get("values"), tuple[tuple[int | None, ...], ...], "values", problems)
    check_problems(problems)
    return Table(rows, columns, grid)


def _unstructure_table(table: Table[Any, Any]) -> dict[str, Any]:
    return {
        "rows": [converter.unstructure(r, Hashable) for r in table.rows],
        "columns": [converter.unstructure(c, Hashable) for c in table.columns],
        "values": [list(line) for line in table.values],
    }


# -- cells keyed by row code, then column code ---------------------------------------------


def count(value: object, path: str, problems: list[Problem], *, signed: bool = False) -> Any:  # noqa: ANN401
    if value is None:
        return None
    found = structure_at(value, int, path, problems)
    if found is not None and found < 0 and not signed:
        problems.append(Problem(path, "a count must not be negative", found))
        return None
    return found


def read_cells(
    cells: object,
    shape: Mapping[Any, tuple[Any, ...]],
    read: Callable[[object, Any, Any, str, list[Problem]], Any],
    what: str,
    problems: list[Problem],
) -> dict[tuple[Any, Any], Any]:
    """Read ``{row code: {column code: value}}`` for the rows and columns of ``shape``."""
    if not isinstance(cells, dict):
        problems.append(Problem("cells", "expected a JSON object of rows", brief(cells)))
        return {}
    codes = {getattr(row, "value", row): row for row in shape}
    problems.extend(
        Problem(key_path("cells", code), f"not a row of {what}", code)
        for code in cells
        if code not in codes
    )
    found: dict[tuple[Any, Any], Any] = {}
    for code, row in codes.items():
        where = key_path("cells", code)
        line = cells.get(code)
        if code not in cells:
            problems.append(Problem(where, "row missing (give null for a blank cell)"))
            continue
        if not isinstance(line, dict):
            problems.append(Problem(where, "expected a JSON object of cells", brief(line)))
            continue
        columns = {c.value: c for c in shape[row]}
        problems.extend(
            Problem(key_path(where, c), f"not a column of this row of {what}", c)
            for c in line
            if c not in columns
        )
        for c, column in columns.items():
            path = key_path(where, c)
            if c not in line:
                problems.append(Problem(path, "cell missing (give null for a blank cell)"))
                continue
            found[row, column] = read(line[c], row, column, path, problems)
    return found


def read_count(
    value: object, row: object, column: object, path: str, problems: list[Problem]
) -> Any:  # noqa: ANN401
    return count(value, path, problems)


def cells_by_code(cells: Any) -> dict[str, dict[str, Any]]:  # noqa: ANN401 - any table's cells
    out: dict[str, dict[str, Any]] = {}
    for row, column, value in cells:
        out.setdefault(row.value, {})[column.value] = converter.unstructure(value)
    return out
