"""Strategies for the generic report tables, their rules and findings."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st

from govdisclosure.reports import ColumnRule, RowRule, SumIdentity, Table
from govdisclosure.reports import Finding as ReportFinding
from govdisclosure.strategies._base import (
    _ids,
    _optional,
    _texts,
)
from govdisclosure.strategies._calendar_law import citations

# -- generic report tables ----------------------------------------------------------------


@st.composite
def tables(
    draw: st.DrawFn, *, max_rows: int = 6, max_columns: int = 6, signed: bool = True
) -> Table[str, str]:
    """Tables with string keys; cells are whole numbers or ``None`` (blank)."""
    rows = draw(st.lists(_ids, max_size=max_rows, unique=True))
    columns = draw(st.lists(_ids, max_size=max_columns, unique=True))
    cell = _optional(st.integers(-1000 if signed else 0, 10**6))
    values = [draw(st.lists(cell, min_size=len(columns), max_size=len(columns))) for _ in rows]
    return Table(rows, columns, values)


def _cell_keys() -> st.SearchStrategy[tuple[str, str]]:
    return st.tuples(_ids, _ids)


def sum_identities() -> st.SearchStrategy[SumIdentity]:
    """Equations over named cells (string keys)."""
    return st.builds(
        SumIdentity,
        _ids,
        left=st.lists(_cell_keys(), max_size=3),
        right=st.lists(_cell_keys(), max_size=3),
        description=_texts,
        citation=_optional(citations()),
    )


def row_rules() -> st.SearchStrategy[RowRule]:
    """Equations stated once per row (string keys)."""
    return st.builds(
        RowRule,
        _ids,
        left=st.lists(_ids, max_size=3),
        right=st.lists(_ids, max_size=3),
        rows=_optional(st.lists(_ids, max_size=3)),
        description=_texts,
        citation=_optional(citations()),
    )


def column_rules() -> st.SearchStrategy[ColumnRule]:
    """Equations stated once per column (string keys)."""
    return st.builds(
        ColumnRule,
        _ids,
        left=st.lists(_ids, max_size=3),
        right=st.lists(_ids, max_size=3),
        columns=_optional(st.lists(_ids, max_size=3)),
        description=_texts,
        citation=_optional(citations()),
    )


@st.composite
def report_findings(draw: st.DrawFn) -> ReportFinding:
    """Findings of table validation (string keys)."""
    cells = draw(st.lists(_cell_keys(), max_size=4))
    numbers = draw(
        st.lists(_optional(st.integers(0, 1000)), min_size=len(cells), max_size=len(cells))
    )
    return ReportFinding(
        draw(_ids),
        draw(_texts),
        tuple(cells),
        tuple(numbers),
        draw(_optional(st.integers(0, 1000))),
        draw(_optional(st.integers(0, 1000))),
        draw(_texts),
        draw(_optional(citations())),
    )


def registry() -> dict[type, Callable[[], st.SearchStrategy[Any]]]:
    """The strategy of each model class of this module, by class."""
    return {
        Table: tables,
        SumIdentity: sum_identities,
        RowRule: row_rules,
        ColumnRule: column_rules,
        ReportFinding: report_findings,
    }
