"""（六）其他处理 in the 2021 layout of table 三: the parent of its three sub-rows.

The 2021 format prints （六）其他处理 as the heading of its sub-rows; some
reports print it as a single row instead, as the 2019 format does. These
functions over the cells of :class:`~cn.RequestTable` fill the parent where it
was printed as a heading (the sum of its sub-rows), tell whether it is that
sum, and tell which findings are about cells a report did not print.

>>> rows, layout, unprinted = read_other_rows({RequestRow.OTHER_HANDLING: {}}, ReportFormat.V2021)
>>> layout, len(unprinted)
(<ReportFormat.V2021: '2021'>, 21)

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from typing import Any

from govdisclosure.errors import InvalidInputError
from govdisclosure.jurisdictions.cn.report.format import (
    OTHER_SUB_ROWS,
    REQUEST_COLUMNS,
    ReportFormat,
    RequestColumnKey,
    RequestRow,
    RequestRowKey,
)
from govdisclosure.reports import BLANK_RULE, UNDETERMINED_RULE, CellKey, Finding, Table, add_cells

__all__ = [
    "SUB_ROW_CELLS",
    "cell_keys",
    "fill_parent",
    "is_unprinted_finding",
    "parent_is_sum",
    "read_other_rows",
    "summed_parent",
]

_COLUMNS: tuple[RequestColumnKey, ...] = tuple(c.key for c in REQUEST_COLUMNS)  # type: ignore[misc]

SUB_ROW_CELLS: frozenset[CellKey] = frozenset(
    (row, column) for row in OTHER_SUB_ROWS for column in _COLUMNS
)
"""Every cell of the three sub-rows: those unprinted where a report printed the single row."""

Cells = Table[RequestRowKey, RequestColumnKey]

_NONE: frozenset[int] = frozenset()


def cell_keys(value: Iterable[object]) -> frozenset[CellKey]:
    """``value`` as a set of ``(row, column)`` cells, or :class:`InvalidInputError`.

    >>> sorted(cell_keys([("a", "b")]))
    [('a', 'b')]
    """
    try:
        pairs: list[CellKey] = []
        for cell in value:
            found: tuple[Hashable, Hashable] = cell  # type: ignore[assignment]
            row, column = found
            pairs.append((row, column))
        return frozenset(pairs)
    except (TypeError, ValueError):
        msg = "must be an iterable of (row, column) cells"
        raise InvalidInputError(msg, field="unprinted", value=value) from None


def _sum_of_sub_rows(cells: Cells, column: RequestColumnKey) -> int | None:
    total: int | None = None
    for row in OTHER_SUB_ROWS:
        total = add_cells(total, cells[row, column])
    return total


def _touches_unprinted(unprinted: frozenset[CellKey], column: RequestColumnKey) -> bool:
    return bool(unprinted) and bool(
        unprinted & {(RequestRow.OTHER_HANDLING, column), *((r, column) for r in OTHER_SUB_ROWS)}
    )


def summed_parent(
    parent: Sequence[int | None],
    sub_rows: Sequence[Sequence[int | None]],
    skip: AbstractSet[int] = _NONE,
) -> tuple[int | None, ...]:
    """（六）其他处理's cells, each blank one (not in ``skip``) the sum of its sub-rows' cells.

    A sum of blanks is blank (see :func:`~govdisclosure.reports.add_cells`).

    >>> summed_parent((None, 5), [(1, None), (2, None), (None, None)])
    (3, 5)
    """
    out: list[int | None] = []
    for j, printed in enumerate(parent):
        value = printed
        if value is None and j not in skip:
            for line in sub_rows:
                value = add_cells(value, line[j])
        out.append(value)
    return tuple(out)


def fill_parent(cells: Cells, unprinted: frozenset[CellKey]) -> Cells:
    """The cells with each blank （六）其他处理 cell set to the sum of its printed sub-rows."""
    parent = cells.row(RequestRow.OTHER_HANDLING)
    if None not in parent:
        return cells  # every cell printed: nothing to fill
    skip = {j for j, c in enumerate(cells.columns) if _touches_unprinted(unprinted, c)}
    filled = summed_parent(parent, [cells.row(row) for row in OTHER_SUB_ROWS], skip)
    changes: dict[tuple[RequestRowKey, RequestColumnKey], int | None] = {
        (RequestRow.OTHER_HANDLING, column): value
        for column, value, before in zip(cells.columns, filled, parent, strict=True)
        if before is None and value is not None
    }
    return cells.replace(changes) if changes else cells


def parent_is_sum(layout: ReportFormat, cells: Cells, unprinted: frozenset[CellKey]) -> bool:
    """Whether （六）其他处理 is the sum of its printed sub-rows in every column (2021 only)."""
    if layout is ReportFormat.V2019:
        return False
    for column in _COLUMNS:
        if _touches_unprinted(unprinted, column):
            return False
        if cells[RequestRow.OTHER_HANDLING, column] != _sum_of_sub_rows(cells, column):
            return False
    return True


def is_unprinted_finding(
    finding: Finding, unprinted: frozenset[CellKey], *, by_sub_rows: bool
) -> bool:
    """Whether a blank (or undetermined) finding is about a cell the report did not print.

    An unprinted cell; or （六）其他处理 where it is the heading of its sub-rows
    (``by_sub_rows``), blank because they all are, which are reported themselves.
    """
    if finding.rule == UNDETERMINED_RULE:
        return set(finding.cells) <= unprinted
    return (
        by_sub_rows
        and finding.rule == BLANK_RULE
        and all(row is RequestRow.OTHER_HANDLING for row, _ in finding.cells)
    )


def read_other_rows(
    rows: dict[Any, Any], layout: ReportFormat | None
) -> tuple[dict[Any, Any], ReportFormat, frozenset[CellKey]]:
    """The rows read from labels, their format, and the cells not printed (see ``from_labels``).

    The （六） sub-rows say 2021 (（六）其他处理 printed with no number beside them
    is their heading, dropped); （六） alone is 2019 unless ``layout`` says
    2021, when its sub-rows are unprinted; neither, 2021.
    """
    parent = rows.get(RequestRow.OTHER_HANDLING)
    has_sub_rows = any(o in rows for o in OTHER_SUB_ROWS)
    if parent is not None and has_sub_rows and all(v is None for v in parent.values()):
        rows = {k: v for k, v in rows.items() if k is not RequestRow.OTHER_HANDLING}
    single = parent is not None and not has_sub_rows
    if has_sub_rows and layout is ReportFormat.V2019:
        msg = "the （六） sub-rows given are those of the 2021 layout"
        raise InvalidInputError(msg, field="layout", value=layout)
    chosen = layout or (ReportFormat.V2019 if single else ReportFormat.V2021)
    unprinted = SUB_ROW_CELLS if single and chosen is ReportFormat.V2021 else frozenset()
    return rows, chosen, unprinted
