"""Reading table 三 from labels: by position where the labels are exact, else the strict way.

:func:`read_request_labels` is the body of :meth:`~cn.RequestTable.from_labels`
once the labels are translated: the cells, the format they follow and the cells
not printed. Labels of :data:`~.matching.REQUEST_MATCHER` as they stand with
whole numbers ≥ 0 are read by position through a
:class:`~govdisclosure.reports.LabelIndex` over the 2021 schema (whose rows are
those of 2019 and the three （六） sub-rows); anything else, or any doubt about
the format, is read by :func:`~govdisclosure.reports.read_labels`, which
gives every error. ``fast=False`` reads the strict way only (the reference the
tests compare the fast path with). The fast path fills a blank （六）其他处理 in
2021 with the sum of its sub-rows, as :class:`~cn.RequestTable` would: the
table is the same either way.

>>> from govdisclosure.jurisdictions.cn.report.format import Total
>>> cells, layout, unprinted = read_request_labels({"（六）其他处理": {"总计": 2}}, None)
>>> layout, cells[RequestRow.OTHER_HANDLING, Total.TOTAL], len(unprinted)
(<ReportFormat.V2019: '2019'>, 2, 0)
>>> strict = read_request_labels({"（六）其他处理": {"总计": 2}}, None, fast=False)
>>> strict == (cells, layout, unprinted)
True

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from functools import cache
from typing import Any, cast

from govdisclosure.jurisdictions.cn.report._other_row import (
    SUB_ROW_CELLS,
    read_other_rows,
    summed_parent,
)
from govdisclosure.jurisdictions.cn.report.format import (
    OTHER_SUB_ROWS,
    ReportFormat,
    RequestColumnKey,
    RequestRow,
    RequestRowKey,
)
from govdisclosure.jurisdictions.cn.report.matching import REQUEST_MATCHER
from govdisclosure.jurisdictions.cn.report.schemas import request_schema
from govdisclosure.reports import CellKey, Table, coerce_cells, label_index, read_labels

__all__ = ["read_request_labels"]

Cells = Table[RequestRowKey, RequestColumnKey]

_EMPTY: frozenset[CellKey] = frozenset()


@cache
def _positions() -> tuple[int, tuple[int, ...], tuple[int, ...]]:
    """In the 2021 rows: （六）其他处理, its sub-rows, and the rows of the 2019 format."""
    rows = request_schema(ReportFormat.V2021).row_keys
    at = {key: i for i, key in enumerate(rows)}
    in_2019 = tuple(at[key] for key in request_schema(ReportFormat.V2019).row_keys)
    return at[RequestRow.OTHER_HANDLING], tuple(at[key] for key in OTHER_SUB_ROWS), in_2019


def _read_exact(
    data: object, layout: ReportFormat | None
) -> tuple[Cells, ReportFormat, frozenset[CellKey]] | None:
    """The fast path (see the module); ``None`` where the strict way must read."""
    schema = request_schema(ReportFormat.V2021)
    index = label_index(schema, REQUEST_MATCHER)
    grid = None if index is None else index.read(data)
    if grid is None or index is None:
        return None
    parent, sub_rows, in_2019 = _positions()
    has_sub_rows = any(grid[i] is not None for i in sub_rows)
    if has_sub_rows and layout is ReportFormat.V2019:
        return None  # an error: the strict way names it
    # A parent printed with no numbers beside its sub-rows is their heading: blank either way.
    single = grid[parent] is not None and not has_sub_rows
    chosen = layout or (ReportFormat.V2019 if single else ReportFormat.V2021)
    unprinted = SUB_ROW_CELLS if single and chosen is ReportFormat.V2021 else _EMPTY
    lines = cast("tuple[tuple[int | None, ...], ...]", index.rows_of(grid))  # counts: read so
    if chosen is ReportFormat.V2019:
        lines = tuple(lines[i] for i in in_2019)
    elif not unprinted and None in lines[parent]:  # what the table fills in: done here, once
        filled = summed_parent(lines[parent], [lines[i] for i in sub_rows])
        lines = (*lines[:parent], filled, *lines[parent + 1 :])
    rows = cast("tuple[RequestRowKey, ...]", request_schema(chosen).row_keys)
    columns = cast("tuple[RequestColumnKey, ...]", schema.column_keys)
    return Table(rows, columns, lines), chosen, unprinted


def read_request_labels(
    data: object, layout: ReportFormat | None, *, fast: bool = True
) -> tuple[Cells, ReportFormat, frozenset[CellKey]]:
    """The cells of table 三 given by labels, their format, and the cells not printed.

    Raises:
        UnknownLabelError: naming every label that matches no row or column.
        InvalidInputError: as :meth:`~cn.RequestTable.from_labels` says.
    """
    found = _read_exact(data, layout) if fast else None
    if found is not None:
        return found
    rows = read_labels(data, REQUEST_MATCHER, what="table 三")
    rows, chosen, unprinted = read_other_rows(rows, layout)
    cells = {(row, column): v for row, line in rows.items() for column, v in line.items()}
    values = cast("dict[Any, int | None]", coerce_cells(cells, what="table 三"))
    row_keys = cast("tuple[RequestRowKey, ...]", request_schema(chosen).row_keys)
    columns = cast("tuple[RequestColumnKey, ...]", request_schema(chosen).column_keys)
    return Table.from_cells(row_keys, columns, values), chosen, unprinted
