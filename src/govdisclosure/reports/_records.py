"""The long-format export: one plain dict per cell, ready for any data-frame library.

Analysts compare thousands of reports; the natural shape for that is *long*:
one record per cell, with the report's agency and year, the table, the row,
the column and the value. ``pandas.DataFrame(records)`` (or polars, or the
csv module) takes the list directly; the library imports pandas only when a
frame is asked for (:func:`table_frame`, :func:`records_frame`; pandas is an
optional dependency).

>>> t = Table.from_dict(("new",), ("person", "total"), {"new": {"person": 3}})
>>> for r in table_records(t, agency="A", year=2025, table="requests"):
...     print(r)
{'agency': 'A', 'year': 2025, 'table': 'requests', 'row': 'new', 'column': 'person', 'value': 3}
{'agency': 'A', 'year': 2025, 'table': 'requests', 'row': 'new', 'column': 'total', 'value': None}

Given the table's schema, each record also carries the row's and the column's
labels in a language and their positions in the official order
(:data:`RECORD_LABEL_FIELDS`), so that a frame sorts back into the printed layout:

>>> from govdisclosure.reports import KeySpec, TableSchema
>>> s = TableSchema("t", [KeySpec("new", {"en": "New"})], [KeySpec("n", {"en": "N"})])
>>> table_records(Table.from_dict(("new",), ("n",), {}), agency="A", year=2025, table="t",
...               schema=s, language="en")[0]  # doctest: +NORMALIZE_WHITESPACE
{'agency': 'A', 'year': 2025, 'table': 't', 'row': 'new', 'column': 'n', 'value': None,
 'row_label': 'New', 'column_label': 'N', 'row_order': 0, 'column_order': 0}

.. versionadded:: 0.1.0
.. versionchanged:: 0.3.0 labels and order with a schema; :func:`table_frame`.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from decimal import Decimal
from typing import Any, Protocol

from govdisclosure._optional import require
from govdisclosure.errors import InvalidInputError, Problem
from govdisclosure.reports._schema import CellKind, TableSchema
from govdisclosure.reports._table import Table  # noqa: F401 - the doctests use it

__all__ = [
    "RECORD_FIELDS",
    "RECORD_LABEL_FIELDS",
    "Record",
    "key_code",
    "pandas_module",
    "records_frame",
    "table_frame",
    "table_records",
]

RECORD_FIELDS = ("agency", "year", "table", "row", "column", "value")
"""The keys every record starts with, in order."""

RECORD_LABEL_FIELDS = ("row_label", "column_label", "row_order", "column_order")
"""The keys a record made with a schema has after :data:`RECORD_FIELDS`, in order.

``row_label`` is the row's unambiguous label (its group in front where the printed
label needs one), ``column_label`` the column's printed label, both in the language
asked for; ``row_order`` and ``column_order`` are 0-based positions in the schema's
official order.

.. versionadded:: 0.3.0
"""

Record = dict[str, str | int | Decimal | None]
"""One cell as a plain dict with the keys of :data:`RECORD_FIELDS` (and, with a schema,
:data:`RECORD_LABEL_FIELDS`)."""

_COUNTS = frozenset({CellKind.COUNT, CellKind.SIGNED})
_INT64 = (-(2**63), 2**63 - 1)
_PANDAS_HINT = "pandas is an optional dependency of govdisclosure: pip install pandas"


def key_code(key: object) -> str:
    """The stable code of a row or column key: an enum member's value, else ``str(key)``.

    >>> import enum
    >>> class Row(enum.Enum):
    ...     NEW = "new"
    >>> key_code(Row.NEW), key_code("total")
    ('new', 'total')
    """
    value = getattr(key, "value", key)
    return value if isinstance(value, str) else str(value)


class _HasCells(Protocol):
    def cells(self) -> Iterable[tuple[Hashable, Hashable, int | Decimal | None]]: ...


def table_records(  # noqa: PLR0913 - the six fields of a record, all keyword-only
    cells: _HasCells,
    *,
    agency: str,
    year: int,
    table: str,
    row_name: Callable[[Hashable], str] = key_code,
    column_name: Callable[[Hashable], str] = key_code,
    schema: TableSchema | None = None,
    language: str | None = None,
) -> list[Record]:
    """One record per cell of ``cells``, row by row; a blank cell has value ``None``.

    Args:
        cells: The table: a :class:`Table`, or anything whose ``cells()`` gives
            ``(row, column, value)`` (a schema-backed table).
        agency: The reporting agency, repeated on every record.
        year: The report year, repeated on every record.
        table: The table's name, repeated on every record.
        row_name: How to name a row key (its code by default).
        column_name: How to name a column key (its code by default).
        schema: The table's schema; with it, each record also has the keys of
            :data:`RECORD_LABEL_FIELDS`.
        language: The language of those labels (the schema's first by default).

    Raises:
        UnknownLabelError: if the schema has no label in ``language``, or lacks a row or
            column of ``cells``.

    .. versionchanged:: 0.3.0 ``schema`` and ``language``.
    """
    rows: dict[Hashable, tuple[int, str]] = {}
    columns: dict[Hashable, tuple[int, str]] = {}
    if schema is not None:
        rows = {spec.key: (i, spec.long_label(language)) for i, spec in enumerate(schema.rows)}
        columns = {spec.key: (i, spec.label(language)) for i, spec in enumerate(schema.columns)}
    records: list[Record] = []
    for row, column, value in cells.cells():
        record: Record = {
            "agency": agency,
            "year": year,
            "table": table,
            "row": row_name(row),
            "column": column_name(column),
            "value": value,
        }
        if schema is not None:
            if row not in rows:
                schema.row(row)  # raises, naming the row
            if column not in columns:
                schema.column(column)  # raises, naming the column
            row_order, row_label = rows[row]
            column_order, column_label = columns[column]
            record["row_label"] = row_label
            record["column_label"] = column_label
            record["row_order"] = row_order
            record["column_order"] = column_order
        records.append(record)
    return records


def pandas_module() -> Any:  # noqa: ANN401 - pandas is optional and ships no type information
    """The pandas module, imported on first use; a clear ImportError if it is not installed.

    .. versionadded:: 0.3.0
    """
    return require("pandas", _PANDAS_HINT)


def table_frame(cells: _HasCells, schema: TableSchema, language: str | None = None) -> Any:  # noqa: ANN401 - a pandas.DataFrame (pandas is optional and untyped)
    """The table as a wide ``pandas.DataFrame``: a row per row, a column per column.

    The index holds the rows' unambiguous labels and the columns the columns' printed
    labels, in ``language`` (the schema's first by default), both in the schema's
    official order. A column whose cells are all counts has the nullable ``Int64``
    dtype; a column with an amount keeps exact :class:`~decimal.Decimal` values in an
    ``object`` column (a float would round fees in 万元). A blank or undetermined cell,
    and a cell a ragged table does not have, is ``<NA>`` (``schema.has_cell`` tells
    which is which).

    Raises:
        ImportError: if pandas is not installed (``pip install pandas``).
        UnknownLabelError: if the schema has no label in ``language``.

    .. versionadded:: 0.3.0
    """
    pd = pandas_module()
    by_cell = {(row, column): value for row, column, value in cells.cells()}
    index = [spec.long_label(language) for spec in schema.rows]
    data: dict[str, Any] = {}
    for column in schema.columns:
        keys = [(row.key, column.key) for row in schema.rows]
        kinds = {schema.kind(key) for key in keys if schema.has_cell(key)}
        values = [by_cell.get(key) for key in keys]
        name = column.label(language)
        if kinds <= _COUNTS:
            names = [f"{label}/{name}" for label in index]
            data[name] = _counts(pd, values, names)
        else:
            data[name] = _amounts(pd, values)
    return pd.DataFrame(data, index=pd.Index(index, dtype=object))


def records_frame(records: Sequence[Record], kinds: Sequence[CellKind]) -> Any:  # noqa: ANN401 - a pandas.DataFrame (pandas is optional and untyped)
    """Records as a long ``pandas.DataFrame``, ``value`` split by what each cell holds.

    The columns are the records' keys in order, with ``value`` replaced by ``kind``
    (``"amount"`` for an :attr:`CellKind.AMOUNT` cell, else ``"count"``), ``count``
    (nullable ``Int64``) and ``amount`` (exact :class:`~decimal.Decimal` in an
    ``object`` column), so that no column mixes whole numbers and amounts and no
    count becomes a float. A blank is ``<NA>``.

    Args:
        records: The records, all with the same keys (as one table or report gives them).
        kinds: What each record's cell holds, one per record.

    Raises:
        ImportError: if pandas is not installed (``pip install pandas``).
        InvalidInputError: if ``kinds`` does not match ``records``, or a count does not
            fit in 64 bits.

    .. versionadded:: 0.3.0
    """
    pd = pandas_module()
    if len(kinds) != len(records):
        msg = f"one kind per record ({len(records)} records)"
        raise InvalidInputError(msg, field="kinds", value=len(kinds))
    keys = [k for k in records[0] if k != "value"] if records else list(RECORD_FIELDS[:-1])
    data: dict[str, Any] = {key: [r.get(key) for r in records] for key in keys}
    amount = [k is CellKind.AMOUNT for k in kinds]
    data["kind"] = ["amount" if a else "count" for a in amount]
    names = [f"{r.get('table')}:{r.get('row')}/{r.get('column')}" for r in records]
    data["count"] = _counts(
        pd, [None if a else r["value"] for r, a in zip(records, amount, strict=True)], names
    )
    data["amount"] = _amounts(
        pd, [r["value"] if a else None for r, a in zip(records, amount, strict=True)]
    )
    return pd.DataFrame(data)


def _counts(pd: Any, values: Sequence[object], names: Sequence[str]) -> Any:  # noqa: ANN401 - pandas
    low, high = _INT64
    problems: list[Problem] = []
    for name, v in zip(names, values, strict=True):
        if v is None:
            continue
        if type(v) is not int:
            problems.append(Problem(name, "is not a whole number (an amount given as a count?)", v))
        elif not low <= v <= high:
            problems.append(Problem(name, "does not fit in a 64-bit integer column", v))
    if problems:
        msg = "counts that a data frame cannot hold"
        raise InvalidInputError(msg, problems=problems)
    return pd.array(values, dtype="Int64")


def _amounts(pd: Any, values: Sequence[object]) -> Any:  # noqa: ANN401 - pandas
    return pd.array([pd.NA if v is None else v for v in values], dtype=object)
