"""The fast path of ``from_labels``: exact labels read by position, with nothing matched.

Most tables are given with the labels a report prints, exactly, and whole
numbers: every call of :func:`~govdisclosure.reports.read_labels` then matches
the same labels again and builds dictionaries keyed by row and column keys.
A :class:`LabelIndex` does that matching once for one
:class:`~govdisclosure.reports.LabelMatcher` and one
:class:`~govdisclosure.reports.TableSchema`: it keeps, for every label the
matcher knows as it stands (its printed labels, its lookup texts and the keys
themselves), the position of the row or column the matcher names, and each
cell's :class:`~govdisclosure.reports.CellKind`. :meth:`LabelIndex.read` then
fills the grid by position.

It reads only what it is sure of: a mapping (``dict``) of known labels to
mappings of known labels, each row and column once, every value already a
value of its cell (``None``, a whole ``int`` within its kind, a finite
``Decimal`` amount ≥ 0), headings with no numbers. On anything else it returns
``None`` and the caller reads the labels the strict way, which reports every
problem with the same errors and messages as before; the fast path raises
nothing. :func:`label_index` builds the index on first use and keeps it on the
schema.

>>> from govdisclosure.reports import KeySpec, TableSchema
>>> s = TableSchema("t", [KeySpec("a", {"en": "Apples"})], [KeySpec("n", {"en": "N"})])
>>> index = label_index(s)
>>> index.read({"Apples": {"N": 3}}), index.read({"Apples": {"N": -3}})
([[3]], None)
>>> label_index(s) is index
True

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Hashable, Mapping
from decimal import Decimal
from typing import Any, Final

from govdisclosure.errors import UnknownLabelError
from govdisclosure.reports._engine import HEADING, LabelMatcher
from govdisclosure.reports._rules import Value
from govdisclosure.reports._schema import CellKind, TableSchema

__all__ = ["LabelIndex", "label_index"]

_NO_CELL: Final = 0
_COUNT: Final = 1
_SIGNED: Final = 2
_AMOUNT: Final = 3
_CODES: Final = {CellKind.COUNT: _COUNT, CellKind.SIGNED: _SIGNED, CellKind.AMOUNT: _AMOUNT}
_HEADING_ROW: Final = -1
_KEPT: Final = 8
"""How many matchers' indexes a schema keeps (one made per call is not kept forever)."""

Grid = list[list[Value] | None]
"""Per row of the schema, its cells by column position, or ``None`` where the row was not given."""


def _answer(lookup: Callable[[object], Hashable], label: Hashable) -> Hashable | None:
    try:
        return lookup(label)
    except UnknownLabelError:
        return None


def _plain_type(kind: type) -> bool:
    """Whether labels of exactly this type always hash, and equal only their own kind."""
    return kind is str or kind is int or issubclass(kind, enum.Enum)


def _fit(value: object, kind: int) -> Value:
    """``value`` as a cell of ``kind`` if it is one as it stands (an int amount as Decimal)."""
    if type(value) is int:
        if kind == _SIGNED or (kind == _COUNT and value >= 0):
            return value
        if kind == _AMOUNT and value >= 0:
            return Decimal(value)
        return None
    if kind == _AMOUNT and type(value) is Decimal and value.is_finite() and value >= 0:
        return value
    return None


class LabelIndex:
    """The labels one matcher knows, as positions in one schema's grid (see the module).

    Attributes:
        schema: The schema whose rows and columns the positions are of.
        matcher: The matcher whose answers are kept.
        kind: What each cell is read as, if not the schema's kind (a pack's own reading).
    """

    __slots__ = (
        "_blank",
        "_cells",
        "_columns",
        "_kinds",
        "_rows",
        "_size",
        "_types",
        "kind",
        "matcher",
        "schema",
    )

    def __init__(
        self,
        matcher: LabelMatcher,
        schema: TableSchema,
        *,
        kind: Callable[[Hashable, Hashable], CellKind] | None = None,
    ) -> None:
        """Ask ``matcher`` once about every label it knows; ``kind`` is the schema's by default."""
        self.matcher = matcher
        self.schema = schema
        self._size = matcher.size
        row_at = {key: i for i, key in enumerate(schema.row_keys)}
        column_at = {key: j for j, key in enumerate(schema.column_keys)}
        row_labels, column_labels = matcher.known_labels()
        self._rows: dict[Hashable, int] = {}
        for label in row_labels:
            found = _answer(matcher.row, label)
            if found is HEADING:
                self._rows[label] = _HEADING_ROW
            elif found is not None and found in row_at:
                self._rows[label] = row_at[found]
        self._columns: dict[Hashable, int] = {}
        for label in column_labels:
            found = _answer(matcher.column, label)
            if found is not None and found in column_at:
                self._columns[label] = column_at[found]
        # Only labels of these exact types are looked up: no str subclass, no bool for an int.
        self._types = frozenset(
            t for label in (*self._rows, *self._columns) if _plain_type(t := type(label))
        )
        read_kind = kind or (lambda r, c: schema.kind((r, c)))
        self._kinds = tuple(
            tuple(
                _CODES[read_kind(r, c)] if schema.has_cell((r, c)) else _NO_CELL
                for c in schema.column_keys
            )
            for r in schema.row_keys
        )
        self._blank: tuple[Value, ...] = (None,) * len(column_at)
        self._cells = tuple((row_at[r], column_at[c]) for r, c in schema.cell_keys)
        self.kind = kind

    @property
    def fresh(self) -> bool:
        """Whether the matcher still holds as many texts as when the index was built."""
        return self.matcher.size == self._size

    def read(self, data: object) -> Grid | None:  # noqa: C901, PLR0911, PLR0912 - one pass, inlined
        """The cells of ``data`` by position, or ``None`` wherever there is any doubt.

        ``None`` means: read ``data`` the strict way, which gives the answer or
        the error. A grid is what the strict way reads, by position.
        """
        if not isinstance(data, dict):
            return None
        rows = self._rows
        columns = self._columns
        types = self._types
        kinds = self._kinds
        blank = self._blank
        grid: Grid = [None] * len(kinds)
        for row_label, line in data.items():
            if type(row_label) not in types or not isinstance(line, dict):
                return None
            i = rows.get(row_label)
            if i is None:
                return None
            heading = i == _HEADING_ROW  # no numbers of its own
            if not heading and grid[i] is not None:
                return None  # the same row twice: the strict way says so
            kind_of = kinds[i]  # (a heading's are never read)
            cells: list[Value] = list(blank)
            seen = 0
            for column_label, value in line.items():
                if type(column_label) not in types:
                    return None
                j = columns.get(column_label)
                if j is None:
                    return None
                bit = 1 << j
                if seen & bit:
                    return None  # the same column twice
                seen |= bit
                if value is None:
                    if heading or kind_of[j] != _NO_CELL:
                        continue
                    return None
                if heading:
                    return None
                kind = kind_of[j]
                if kind == _COUNT and type(value) is int and value >= 0:
                    cells[j] = value  # the common case: a count
                    continue
                fitted = _fit(value, kind)
                if fitted is None:
                    return None
                cells[j] = fitted
            if not heading:
                grid[i] = cells
        return grid

    def rows_of(self, grid: Grid) -> tuple[tuple[Value, ...], ...]:
        """The grid as one tuple of cells per row of the schema, rows not given blank."""
        blank = self._blank
        return tuple(blank if line is None else tuple(line) for line in grid)

    def values_of(self, grid: Grid) -> tuple[Value, ...]:
        """The grid's values in the order of the schema's ``cell_keys`` (a ragged schema too)."""
        lines = self.rows_of(grid)
        return tuple(lines[i][j] for i, j in self._cells)

    def given(
        self, data: Mapping[Any, Mapping[Any, object]]
    ) -> tuple[set[Hashable], set[Hashable]]:
        """The rows given with at least one cell, and the columns given, in ``data`` as keys.

        Only for ``data`` that :meth:`read` read (every label known): the facts
        a pack reads the layout from, blank cells included.
        """
        row_keys = self.schema.row_keys
        column_keys = self.schema.column_keys
        rows: set[Hashable] = set()
        columns: set[Hashable] = set()
        for label, line in data.items():
            i = self._rows[label]
            if i != _HEADING_ROW and line:
                rows.add(row_keys[i])
                columns.update(column_keys[self._columns[c]] for c in line)
        return rows, columns


def label_index(
    schema: TableSchema,
    matcher: LabelMatcher | None = None,
    *,
    kind: Callable[[Hashable, Hashable], CellKind] | None = None,
) -> LabelIndex | None:
    """The kept :class:`LabelIndex` of ``matcher`` over ``schema``, built on first use.

    With no ``matcher``, the schema's own (:meth:`LabelMatcher.for_schemas`,
    its messages naming ``table <name>``) is built once and kept too. ``kind``
    is passed on to the index (the same function each call, to be kept).
    ``None`` if the matcher is not :attr:`~LabelMatcher.pure`: read the strict way.
    """
    kept = schema._label_indexes  # noqa: SLF001 - the schema keeps the cache; this module owns it
    key = (None if matcher is None else id(matcher), None if kind is None else id(kind))
    found: LabelIndex | None = kept.get(key)
    if (
        found is not None
        and (matcher is None or found.matcher is matcher)
        and found.kind is kind
        and found.fresh
    ):
        return found
    if matcher is None:
        made = LabelMatcher.for_schemas(schema, what=f"table {schema.name}")
        found = LabelIndex(made, schema, kind=kind)
    elif not matcher.pure:
        return None
    else:
        found = LabelIndex(matcher, schema, kind=kind)
        if len(kept) > _KEPT:
            kept.clear()
    kept[key] = found
    return found
