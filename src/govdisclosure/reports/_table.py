"""Cell tables: frozen grids of counts keyed by row and column, that add cell by cell.

A :class:`Table` is the shape every statistical table of a report has: a fixed
sequence of row keys, a fixed sequence of column keys, and one cell for each
pair. A cell holds a whole number or ``None``, which means *blank*: the cell
was left empty. A blank is never the same as zero; published reports leave
cells blank on purpose and by mistake, and a reader must be able to tell.

Tables add cell by cell with ``+``, and the addition is a commutative monoid:

- ``n + m`` is the usual sum;
- ``blank + n == n + blank == n``: a blank contributes nothing, so a roll-up
  over parts where some parts left a cell blank is the sum of the parts that
  filled it in;
- ``blank + blank == blank``: the merged cell is blank only if every part
  left it blank.

This is the choice that makes the all-blank table of a shape the identity for
that shape, and it keeps "nobody reported anything here" visible after a
merge. (The other lawful choice, a blank that absorbs, ``blank + n == blank``,
would let one careless part blank out a whole roll-up.) :meth:`Table.empty`,
the table with no rows and no columns, is the identity for every shape, so
``functools.reduce(operator.add, parts, Table.empty())`` and ``sum(parts)``
both work on any number of parts, in any order.

>>> t = Table.from_cells(("a", "b"), ("x", "y"), {("a", "x"): 1, ("b", "y"): 2})
>>> t["a", "x"], t["a", "y"]
(1, None)
>>> u = t + Table.from_cells(("a", "b"), ("x", "y"), {("a", "x"): 10, ("a", "y"): 5})
>>> u.to_dict()
{'a': {'x': 11, 'y': 5}, 'b': {'x': None, 'y': 2}}
>>> t + Table.empty() == t == Table.empty() + t
True

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator, Mapping
from typing import Generic, Self, TypeVar

import attrs

from govdisclosure.errors import InvalidInputError, Problem, UnknownLabelError

__all__ = ["Cell", "StartsFromZero", "Table", "add_cells"]

R = TypeVar("R", bound=Hashable)
C = TypeVar("C", bound=Hashable)

Cell = int | None
"""The value of a cell: a whole number, or ``None`` for a blank cell."""


def add_cells(a: Cell, b: Cell) -> Cell:
    """Add two cells: blank + blank is blank, blank + n is n.

    >>> add_cells(None, None) is None, add_cells(None, 3), add_cells(2, 3)
    (True, 3, 5)
    """
    if a is None:
        return b
    if b is None:
        return a
    return a + b


class StartsFromZero:
    """Lets ``sum(tables)`` work: the integer 0 that ``sum`` starts from is the identity.

    >>> class T(StartsFromZero):
    ...     def __add__(self, other: object) -> "T":
    ...         return self
    >>> t = T()
    >>> sum([t]) is t
    True
    """

    __slots__ = ()

    def __radd__(self, other: object) -> Self:
        if isinstance(other, int) and not isinstance(other, bool) and other == 0:
            return self
        return NotImplemented


def _as_keys(keys: Iterable[Hashable]) -> tuple[Hashable, ...]:
    try:
        return tuple(keys)
    except TypeError:
        msg = "keys must be an iterable of hashable values"
        raise InvalidInputError(msg, field="keys", value=keys) from None


def _as_grid(rows: Iterable[Iterable[Cell]]) -> tuple[tuple[Cell, ...], ...]:
    try:
        return tuple(tuple(line) for line in rows)
    except TypeError:
        msg = "cells must be given as an iterable of rows, each an iterable of cells"
        raise InvalidInputError(msg, field="values", value=rows) from None


def _key_name(key: object) -> str:
    value = getattr(key, "value", key)
    return str(value)


@attrs.frozen(repr=False)
class Table(StartsFromZero, Generic[R, C]):
    """A frozen grid of cells (``int`` or ``None`` for blank), keyed by row and column.

    Build one with :meth:`from_cells`, :meth:`from_dict`, :meth:`blank` or
    :meth:`empty`; every "change" returns a new table.

    Attributes:
        rows: The row keys, in display order, no duplicates.
        columns: The column keys, in display order, no duplicates.
        values: One tuple of cells per row, in the order of ``columns``.

    >>> t = Table.from_dict(("new", "old"), ("n",), {"new": {"n": 4}})
    >>> t.blank_cells()
    (('old', 'n'),)
    >>> t.replace({("old", "n"): 0})["old", "n"]
    0
    """

    rows: tuple[R, ...] = attrs.field(converter=_as_keys)
    columns: tuple[C, ...] = attrs.field(converter=_as_keys)
    values: tuple[tuple[Cell, ...], ...] = attrs.field(converter=_as_grid)
    _row_index: dict[R, int] = attrs.field(init=False, eq=False, hash=False)
    _column_index: dict[C, int] = attrs.field(init=False, eq=False, hash=False)

    def __attrs_post_init__(self) -> None:
        problems: list[Problem] = []
        row_index = {key: i for i, key in enumerate(self.rows)}
        column_index = {key: i for i, key in enumerate(self.columns)}
        if len(row_index) != len(self.rows):
            problems.append(Problem("rows", "row keys must be distinct", self.rows))
        if len(column_index) != len(self.columns):
            problems.append(Problem("columns", "column keys must be distinct", self.columns))
        if len(self.values) != len(self.rows):
            msg = f"expected {len(self.rows)} rows of cells, got {len(self.values)}"
            problems.append(Problem("values", msg, len(self.values)))
        width = len(self.columns)
        for i, line in enumerate(self.values):
            if len(line) != width:
                msg = f"expected {width} cells, got {len(line)}"
                problems.append(Problem(f"values[{i}]", msg, len(line)))
                continue
            for j, value in enumerate(line):
                if value is not None and type(value) is not int:
                    msg = "a cell must be a whole number (int) or None for blank"
                    problems.append(Problem(f"values[{i}][{j}]", msg, value))
        if problems:
            msg = "not a valid table"
            raise InvalidInputError(msg, problems=problems)
        object.__setattr__(self, "_row_index", row_index)
        object.__setattr__(self, "_column_index", column_index)

    # -- construction -------------------------------------------------------

    @classmethod
    def empty(cls) -> Table[R, C]:
        """The table with no rows and no columns: the identity of ``+`` for every shape.

        >>> Table.empty().is_empty
        True
        """
        return cls((), (), ())

    @classmethod
    def blank(cls, rows: Iterable[R], columns: Iterable[C]) -> Table[R, C]:
        """A table of the given shape with every cell blank: the identity for that shape.

        >>> Table.blank(("a",), ("x", "y")).values
        ((None, None),)
        """
        row_keys = tuple(rows)
        column_keys = tuple(columns)
        return cls(row_keys, column_keys, ((None,) * len(column_keys),) * len(row_keys))

    @classmethod
    def filled(cls, rows: Iterable[R], columns: Iterable[C], value: int = 0) -> Table[R, C]:
        """A table of the given shape with every cell set to ``value`` (zero by default).

        >>> Table.filled(("a",), ("x",)).values
        ((0,),)
        """
        row_keys = tuple(rows)
        column_keys = tuple(columns)
        return cls(row_keys, column_keys, ((value,) * len(column_keys),) * len(row_keys))

    @classmethod
    def from_cells(
        cls, rows: Iterable[R], columns: Iterable[C], cells: Mapping[tuple[R, C], Cell]
    ) -> Table[R, C]:
        """A table of the given shape from ``{(row, column): value}``; cells not given are blank.

        Raises:
            UnknownLabelError: naming every key that is not a (row, column) of the shape.
        """
        row_keys = tuple(rows)
        column_keys = tuple(columns)
        grid: list[list[Cell]] = [[None] * len(column_keys) for _ in row_keys]
        row_index = {key: i for i, key in enumerate(row_keys)}
        column_index = {key: i for i, key in enumerate(column_keys)}
        problems: list[Problem] = []
        for key, value in cells.items():
            try:
                row, column = key
            except (TypeError, ValueError):
                problems.append(Problem("cells", "a cell key must be a (row, column) pair", key))
                continue
            i = row_index.get(row)
            j = column_index.get(column)
            if i is None or j is None:
                problems.append(Problem("cells", "no such cell in this table", key))
                continue
            grid[i][j] = value
        if problems:
            msg = "unknown cells"
            raise UnknownLabelError(msg, problems=problems)
        return cls(row_keys, column_keys, grid)

    @classmethod
    def from_dict(
        cls, rows: Iterable[R], columns: Iterable[C], data: Mapping[R, Mapping[C, Cell]]
    ) -> Table[R, C]:
        """A table of the given shape from ``{row: {column: value}}``; cells not given are blank.

        Raises:
            UnknownLabelError: naming every key that is not a row or column of the shape.
        """
        cells = {
            (row, column): value for row, line in data.items() for column, value in line.items()
        }
        return cls.from_cells(rows, columns, cells)

    # -- reading ------------------------------------------------------------

    @property
    def is_empty(self) -> bool:
        """Whether the table has no rows or no columns (no cells at all)."""
        return not self.rows or not self.columns

    @property
    def shape(self) -> tuple[tuple[R, ...], tuple[C, ...]]:
        """The row keys and the column keys."""
        return self.rows, self.columns

    def _locate(self, row: R, column: C) -> tuple[int, int]:
        i = self._row_index.get(row)
        j = self._column_index.get(column)
        if i is None or j is None:
            msg = "no such cell in this table"
            raise UnknownLabelError(msg, field="cell", value=(row, column))
        return i, j

    def __getitem__(self, key: tuple[R, C]) -> Cell:
        row, column = key
        i, j = self._locate(row, column)
        return self.values[i][j]

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, tuple) or len(key) != 2:
            return False
        return key[0] in self._row_index and key[1] in self._column_index

    def get(self, row: R, column: C) -> Cell:
        """The cell at ``row``, ``column`` (``None`` if blank).

        Raises:
            UnknownLabelError: if the table has no such cell.
        """
        return self[row, column]

    def row(self, row: R) -> tuple[Cell, ...]:
        """The cells of one row, in column order."""
        i = self._row_index.get(row)
        if i is None:
            msg = "no such row in this table"
            raise UnknownLabelError(msg, field="row", value=row)
        return self.values[i]

    def column(self, column: C) -> tuple[Cell, ...]:
        """The cells of one column, in row order."""
        j = self._column_index.get(column)
        if j is None:
            msg = "no such column in this table"
            raise UnknownLabelError(msg, field="column", value=column)
        return tuple(line[j] for line in self.values)

    def cells(self) -> Iterator[tuple[R, C, Cell]]:
        """Every cell as ``(row, column, value)``, row by row."""
        for row, line in zip(self.rows, self.values, strict=True):
            for column, value in zip(self.columns, line, strict=True):
                yield row, column, value

    def blank_cells(self) -> tuple[tuple[R, C], ...]:
        """The ``(row, column)`` of every blank cell, row by row."""
        return tuple((row, column) for row, column, value in self.cells() if value is None)

    def to_dict(self) -> dict[R, dict[C, Cell]]:
        """The cells as ``{row: {column: value}}``, blanks as ``None``."""
        return {
            row: dict(zip(self.columns, line, strict=True))
            for row, line in zip(self.rows, self.values, strict=True)
        }

    # -- changing -----------------------------------------------------------

    def replace(self, changes: Mapping[tuple[R, C], Cell]) -> Table[R, C]:
        """A copy with some cells set to new values (``None`` blanks a cell).

        Raises:
            UnknownLabelError: if a key is not a cell of the table.
        """
        grid = [list(line) for line in self.values]
        for (row, column), value in changes.items():
            i, j = self._locate(row, column)
            grid[i][j] = value
        return type(self)(self.rows, self.columns, grid)

    # -- the monoid ---------------------------------------------------------

    def __add__(self, other: object) -> Table[R, C]:
        if not isinstance(other, Table):
            return NotImplemented
        if not other.rows and not other.columns:
            return self
        if not self.rows and not self.columns:
            return other
        if self.rows != other.rows or self.columns != other.columns:
            msg = "tables of different shapes cannot be added"
            raise InvalidInputError(msg, field="shape", value=(other.rows, other.columns))
        values = tuple(
            tuple(map(add_cells, mine, theirs))
            for mine, theirs in zip(self.values, other.values, strict=True)
        )
        return type(self)(self.rows, self.columns, values)

    @classmethod
    def total(cls, parts: Iterable[Table[R, C]]) -> Table[R, C]:
        """The sum of any number of tables of one shape (the empty table if none).

        >>> parts = [Table.from_cells(("a",), ("x",), {("a", "x"): n}) for n in (1, 2, 3)]
        >>> Table.total(parts)["a", "x"]
        6
        """
        result: Table[R, C] = cls.empty()
        for part in parts:
            result = result + part
        return result

    def __repr__(self) -> str:
        names = ", ".join(_key_name(r) for r in self.rows[:3])
        more = ", ..." if len(self.rows) > 3 else ""
        return f"Table({len(self.rows)}x{len(self.columns)}: rows {names}{more})"
