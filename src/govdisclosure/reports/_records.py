"""The long-format export: one plain dict per cell, ready for any data-frame library.

Analysts compare thousands of reports; the natural shape for that is *long*:
one record per cell, with the report's agency and year, the table, the row,
the column and the value. ``pandas.DataFrame(records)`` (or polars, or the
csv module) takes the list directly; this library never imports pandas.

>>> t = Table.from_dict(("new",), ("person", "total"), {"new": {"person": 3}})
>>> for r in table_records(t, agency="A", year=2025, table="requests"):
...     print(r)
{'agency': 'A', 'year': 2025, 'table': 'requests', 'row': 'new', 'column': 'person', 'value': 3}
{'agency': 'A', 'year': 2025, 'table': 'requests', 'row': 'new', 'column': 'total', 'value': None}

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from decimal import Decimal
from typing import Protocol

from govdisclosure.reports._table import Table  # noqa: F401 - the doctests use it

__all__ = ["RECORD_FIELDS", "Record", "key_code", "table_records"]

RECORD_FIELDS = ("agency", "year", "table", "row", "column", "value")
"""The keys of every record, in order."""

Record = dict[str, str | int | Decimal | None]
"""One cell as a plain dict with the keys of :data:`RECORD_FIELDS`."""


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
    """
    return [
        {
            "agency": agency,
            "year": year,
            "table": table,
            "row": row_name(row),
            "column": column_name(column),
            "value": value,
        }
        for row, column, value in cells.cells()
    ]
