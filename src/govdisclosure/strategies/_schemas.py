"""Hypothesis strategies for the table-schema engine of :mod:`govdisclosure.reports`.

Schemas with string keys whose rules name only cells they have, tables over
them whose values fit each cell's kind (with blanks, and undetermined medians),
and reports of several tables with rules across them. Hooked into
:mod:`govdisclosure.strategies` by :func:`registry`.

>>> from hypothesis import given, settings
>>> @settings(max_examples=10, deadline=None)
... @given(report_tables())
... def test_blank_is_the_identity(table):
...     assert table + ReportTable.blank(table.schema) == table
>>> test_blank_is_the_identity()

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from govdisclosure.reports import (
    Aggregate,
    BlankPolicy,
    CellKind,
    ColumnRule,
    CrossTableRule,
    Heading,
    KeySpec,
    Relation,
    ReportSchema,
    ReportTable,
    RollUpRule,
    RowRule,
    SumIdentity,
    TableCell,
    TableSchema,
    Value,
)

__all__ = [
    "cross_table_rules",
    "headings",
    "key_specs",
    "registry",
    "report_schemas",
    "report_tables",
    "roll_up_rules",
    "table_cells",
    "table_schemas",
]

_ids = st.from_regex(r"[a-z][a-z0-9-]{0,8}", fullmatch=True)
_texts = st.text(max_size=12)
_label_texts = st.text(min_size=1, max_size=12).filter(lambda s: s.strip() != "")


def _labels() -> st.SearchStrategy[dict[str, str]]:
    return st.dictionaries(st.sampled_from(("en", "zh", "fr")), _label_texts, max_size=2)


def headings() -> st.SearchStrategy[Heading]:
    """Headings with string keys and labels in up to two languages."""
    return st.builds(Heading, _ids, _labels())


@st.composite
def key_specs(draw: st.DrawFn, *, key: str | None = None, groups: tuple[str, ...] = ()) -> KeySpec:
    """Rows or columns: a string key, labels, aliases, a kind, an aggregate and a unit."""
    return KeySpec(
        draw(_ids) if key is None else key,
        draw(_labels()),
        long_labels=draw(_labels()),
        aliases=draw(st.lists(_label_texts, max_size=2)),
        groups=groups,
        kind=draw(st.sampled_from(CellKind)),
        aggregate=draw(st.sampled_from(Aggregate)),
        unit=draw(_texts),
    )


def roll_up_rules() -> st.SearchStrategy[RollUpRule]:
    """Roll-ups of component rows into an overall row (string keys)."""
    return st.builds(
        RollUpRule,
        _ids,
        _ids,
        st.lists(_ids, max_size=3),
        columns=st.none() | st.lists(_ids, max_size=3),
        description=_texts,
    )


@st.composite
def table_schemas(draw: st.DrawFn, *, name: str | None = None) -> TableSchema:
    """Schemas with up to 5 rows and 4 columns whose rules name only their own cells."""
    row_keys = draw(st.lists(_ids, min_size=1, max_size=5, unique=True))
    column_keys = draw(st.lists(_ids, min_size=1, max_size=4, unique=True))
    heads = draw(st.lists(headings(), max_size=2, unique_by=lambda h: h.key))
    head_keys = [h.key for h in heads]
    rows = [
        draw(
            key_specs(
                key=k,
                groups=tuple(draw(st.lists(st.sampled_from(head_keys), max_size=1)))
                if head_keys
                else (),
            )
        )
        for k in row_keys
    ]
    columns = [draw(key_specs(key=k)) for k in column_keys]
    grid = [(r, c) for r in row_keys for c in column_keys]
    cells = draw(st.none() | st.lists(st.sampled_from(grid), min_size=1, unique=True))
    present = grid if cells is None else cells
    some_rows = st.lists(st.sampled_from(row_keys), max_size=3)
    some_columns = st.lists(st.sampled_from(column_keys), max_size=3)
    some_cells = st.lists(st.sampled_from(present), max_size=3)
    relations = st.sampled_from(Relation)
    identities = draw(
        st.lists(
            st.builds(SumIdentity, _ids, some_cells, some_cells, relation=relations), max_size=2
        )
    )
    full_rows = [r for r in row_keys if all((r, c) in present for c in column_keys)]
    full_columns = [c for c in column_keys if all((r, c) in present for r in row_keys)]
    row_rules = (
        draw(
            st.lists(
                st.builds(
                    RowRule,
                    _ids,
                    some_columns,
                    some_columns,
                    rows=st.just(full_rows),
                    relation=relations,
                ),
                max_size=2,
            )
        )
        if full_rows
        else []
    )
    column_rules = (
        draw(
            st.lists(
                st.builds(
                    ColumnRule,
                    _ids,
                    some_rows,
                    some_rows,
                    columns=st.just(full_columns),
                    relation=relations,
                ),
                max_size=2,
            )
        )
        if full_columns
        else []
    )
    rollups = (
        draw(
            st.lists(
                st.builds(
                    RollUpRule,
                    _ids,
                    st.sampled_from(full_rows),
                    st.lists(st.sampled_from(full_rows), max_size=3),
                    columns=st.just(full_columns),
                ),
                max_size=1,
            )
        )
        if full_rows and full_columns
        else []
    )
    return TableSchema(
        draw(_ids) if name is None else name,
        rows,
        columns,
        cells=cells,
        headings=heads,
        identities=identities,
        row_rules=row_rules,
        column_rules=column_rules,
        rollups=rollups,
        stub=draw(_labels()),
        blanks=draw(st.sampled_from(BlankPolicy)),
    )


def _value(kind: CellKind) -> st.SearchStrategy[Value]:
    if kind is CellKind.AMOUNT:
        return st.none() | st.decimals(0, 10**6, places=2).map(Decimal)
    if kind is CellKind.SIGNED:
        return st.none() | st.integers(-1000, 1000)
    return st.none() | st.integers(0, 10**6)


@st.composite
def report_tables(draw: st.DrawFn, schema: TableSchema | None = None) -> ReportTable:
    """Tables over a schema: values of each cell's kind or blank; some medians undetermined."""
    chosen = draw(table_schemas()) if schema is None else schema
    values = [draw(_value(chosen.kind(cell))) for cell in chosen.cell_keys]
    medians = [c for c in chosen.cell_keys if chosen.aggregate(c) is Aggregate.MEDIAN]
    lost = draw(st.lists(st.sampled_from(medians), unique=True)) if medians else []
    for cell in lost:
        values[chosen.index(cell)] = None
    order = [c for c in chosen.cell_keys if c in lost]
    return ReportTable(chosen, tuple(values), tuple(order))


def table_cells() -> st.SearchStrategy[TableCell]:
    """Cells of named tables (string keys)."""
    return st.builds(TableCell, _ids, _ids, _ids)


def cross_table_rules() -> st.SearchStrategy[CrossTableRule]:
    """Rules across tables (string keys)."""
    cells = st.lists(table_cells(), max_size=3)
    return st.builds(
        CrossTableRule, _ids, cells, cells, relation=st.sampled_from(Relation), description=_texts
    )


@st.composite
def report_schemas(draw: st.DrawFn) -> ReportSchema:
    """Reports of one to three tables with rules across them naming their own cells."""
    names = draw(st.lists(_ids, min_size=1, max_size=3, unique=True))
    schemas = [draw(table_schemas(name=n)) for n in names]
    every = [TableCell(s.name, r, c) for s in schemas for r, c in s.cell_keys]
    some = st.lists(st.sampled_from(every), max_size=3)
    rules = draw(
        st.lists(
            st.builds(CrossTableRule, _ids, some, some, relation=st.sampled_from(Relation)),
            max_size=3,
        )
    )
    return ReportSchema(draw(_ids), schemas, rules)


def registry() -> dict[type, Callable[[], st.SearchStrategy[Any]]]:
    """The strategy of each model class of the table-schema engine."""
    return {
        Heading: headings,
        KeySpec: key_specs,
        RollUpRule: roll_up_rules,
        TableSchema: table_schemas,
        ReportTable: report_tables,
        TableCell: table_cells,
        CrossTableRule: cross_table_rules,
        ReportSchema: report_schemas,
    }
