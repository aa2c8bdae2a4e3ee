"""The one engine behind every schema-described table: read, write, check, merge, export.

Every function here reads a :class:`~govdisclosure.reports.TableSchema` and
values in the order of its :attr:`~TableSchema.cell_keys`; none knows any
jurisdiction. A rule pack's tables are thin typed wrappers over these.

- :class:`LabelMatcher` maps printed labels to keys (the hook a pack extends
  for tolerant or misprinted labels) and :func:`read_labels` reads
  ``{row label: {column label: value}}`` with it, reporting every bad entry at once;
- :func:`coerce_value` checks one value against its :class:`CellKind`;
- :func:`to_labels` writes values back under the printed labels;
- :func:`merge_values` merges two tables' values by each cell's :class:`Aggregate`;
- :func:`~govdisclosure.reports.check_schema` (in ``_checks``) validates into findings.

>>> from govdisclosure.reports import KeySpec, TableSchema
>>> s = TableSchema("t", [KeySpec("a", {"en": "A"})], [KeySpec("n", {"en": "N"})])
>>> read_labels({"A": {"N": 3}}, LabelMatcher.for_schemas(s))
{'a': {'n': 3}}

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import enum
import numbers
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, ClassVar, TypeGuard

from govdisclosure.errors import InvalidInputError, Problem, UnknownLabelError
from govdisclosure.reports._records import key_code
from govdisclosure.reports._rules import (
    CellKey,
    Value,
)
from govdisclosure.reports._schema import Aggregate, CellKind, TableSchema
from govdisclosure.reports._table import Table

__all__ = [
    "HEADING",
    "LabelMatcher",
    "LabelRole",
    "check_grid",
    "coerce_cells",
    "coerce_value",
    "merge_values",
    "read_labels",
    "to_labels",
]


class LabelRole(enum.Enum):
    """What a label that is not a row names."""

    HEADING = "heading"
    """A heading over rows: it has no cells of its own."""


HEADING = LabelRole.HEADING
"""What :meth:`LabelMatcher.row` returns for the label of a heading."""


def _plain(text: str) -> str:
    return " ".join(text.split())


class LabelMatcher:
    """Maps printed labels to row and column keys; subclass to match more tolerantly.

    The base matcher looks a label up after ``normalize`` (white space folded
    by default) among every label, long label and alias of the schemas' rows
    and columns, and the headings' labels. A key itself is accepted as its own
    label. Override :meth:`match_row` / :meth:`match_column` to add rules
    (prefixes, misprints); they return ``None`` for no match.

    :meth:`row` and :meth:`column` must be pure functions of the label, and a
    matcher is not changed once it is in use: their answers for the labels it
    knows are kept, by position, in a :class:`~govdisclosure.reports.LabelIndex`
    (the fast path of ``from_labels``). A subclass that cannot promise this sets
    :attr:`pure` to ``False``.

    >>> from govdisclosure.reports import KeySpec, TableSchema
    >>> s = TableSchema("t", [KeySpec("a", {"en": "Apples"})], [KeySpec("n", {"en": "N"})])
    >>> m = LabelMatcher.for_schemas(s)
    >>> m.row(" Apples "), m.row("a"), m.column("N")
    ('a', 'a', 'n')
    """

    pure: ClassVar[bool] = True
    """Whether :meth:`row` and :meth:`column` may be answered from a kept index."""

    def __init__(  # noqa: PLR0913 - the lookups and the words of the messages
        self,
        rows: Mapping[str, Hashable],
        columns: Mapping[str, Hashable],
        *,
        row_keys: Iterable[Hashable] = (),
        column_keys: Iterable[Hashable] = (),
        normalize: Callable[[str], str] = _plain,
        what: str = "the table",
        row_word: str = "row",
        column_word: str = "column",
        printed: tuple[Iterable[str], Iterable[str]] = ((), ()),
    ) -> None:
        self.normalize = normalize
        self.rows = dict(rows)
        self.columns = dict(columns)
        self.row_keys = frozenset(row_keys)
        self.column_keys = frozenset(column_keys)
        self.what = what
        self.row_word = row_word
        self.column_word = column_word
        # The printed labels, matched once here: most reports print them exactly.
        self._exact_rows = {t: k for t in printed[0] if (k := self.match_row(t)) is not None}
        self._exact_columns = {t: k for t in printed[1] if (k := self.match_column(t)) is not None}

    @classmethod
    def for_schemas(
        cls,
        *schemas: TableSchema,
        normalize: Callable[[str], str] = _plain,
        what: str = "the table",
        row_word: str = "row",
        column_word: str = "column",
    ) -> LabelMatcher:
        """A matcher for the labels of one or more schemas (the formats of one table)."""
        rows: dict[str, Hashable] = {}
        columns: dict[str, Hashable] = {}
        for schema in schemas:
            for heading in schema.headings:
                for _, text in heading.labels:
                    rows.setdefault(normalize(text), HEADING)
            for spec in schema.rows:
                for text in _texts(spec.labels, spec.long_labels, spec.aliases):
                    rows[normalize(text)] = spec.key
            for spec in schema.columns:
                for text in _texts(spec.labels, spec.long_labels, spec.aliases):
                    columns[normalize(text)] = spec.key
        return cls(
            rows,
            columns,
            row_keys=(key for s in schemas for key in s.row_keys),
            column_keys=(key for s in schemas for key in s.column_keys),
            normalize=normalize,
            what=what,
            row_word=row_word,
            column_word=column_word,
            printed=(
                [t for s in schemas for spec in s.rows for t in _texts(spec.labels)],
                [t for s in schemas for spec in s.columns for t in _texts(spec.labels)],
            ),
        )

    def known_labels(self) -> tuple[tuple[Hashable, ...], tuple[Hashable, ...]]:
        """Every row label and every column label looked up as it stands (texts and keys).

        .. versionadded:: 0.3.0
        """
        rows = (*self._exact_rows, *self.rows, *self.row_keys)
        return rows, (*self._exact_columns, *self.columns, *self.column_keys)

    @property
    def size(self) -> tuple[int, int]:
        """How many texts the lookups hold: a changed matcher is seen by its kept indexes."""
        return len(self.rows), len(self.columns)

    def match_row(self, text: str) -> Hashable | None:
        """The row key (or :data:`HEADING`) a label names, or ``None``."""
        return self.rows.get(self.normalize(text))

    def match_column(self, text: str) -> Hashable | None:
        """The column key a label names, or ``None``."""
        return self.columns.get(self.normalize(text))

    def row(self, label: object) -> Hashable:
        """The row key (or :data:`HEADING`) of ``label``.

        Raises:
            UnknownLabelError: if the label names no row.
        """
        found = self._exact_rows.get(label) if isinstance(label, str) else None
        if found is None:
            found = self._resolve(label, self.row_keys, self.match_row, self.row_word)
        return found

    def column(self, label: object) -> Hashable:
        """The column key of ``label``.

        Raises:
            UnknownLabelError: if the label names no column.
        """
        found = self._exact_columns.get(label) if isinstance(label, str) else None
        if found is None:
            found = self._resolve(label, self.column_keys, self.match_column, self.column_word)
        return found

    def _resolve(
        self,
        label: object,
        keys: frozenset[Hashable],
        match: Callable[[str], Hashable | None],
        word: str,
    ) -> Hashable:
        if _is_member(label, keys):
            return label  # hashable: it is a member of keys
        if not isinstance(label, str):
            msg = f"a {word} label must be a string"
            raise UnknownLabelError(msg, field=word, value=label)
        found = match(label)
        if found is None:
            msg = f"not the label of any {word} of {self.what}"
            raise UnknownLabelError(msg, field=word, value=label)
        return found


def _texts(*groups: Iterable[object]) -> Iterable[str]:
    for group in groups:
        for item in group:
            yield item[1] if isinstance(item, tuple) else str(item)


def _is_member(label: object, keys: frozenset[Hashable]) -> bool:
    try:
        return label in keys
    except TypeError:
        return False


# -- values ------------------------------------------------------------------------------


def coerce_value(  # noqa: PLR0911 - one return per way a value can be wrong
    value: object, kind: CellKind, path: str
) -> tuple[Value, Problem | None]:
    """``value`` as a cell of ``kind`` (``None`` is blank), or the problem with it.

    Any whole number type (``numpy.int64`` from a data frame, say) is taken as
    the ``int`` it equals; ``bool`` and floats are refused; an amount is a
    :class:`~decimal.Decimal` (an ``int`` becomes one).

    >>> coerce_value(3, CellKind.AMOUNT, "x")
    (Decimal('3'), None)
    >>> coerce_value(-1, CellKind.COUNT, "x")[1].message
    'a count must not be negative'
    """
    if value is None:
        return None, None
    if type(value) is int and kind is not CellKind.AMOUNT:
        if value < 0 and kind is CellKind.COUNT:
            return None, Problem(path, "a count must not be negative", value)
        return value, None
    if kind is CellKind.AMOUNT:
        if isinstance(value, bool) or not isinstance(value, (numbers.Integral, Decimal)):
            return None, Problem(path, "an amount must be a Decimal (or int), never a float", value)
        amount = value if isinstance(value, Decimal) else Decimal(int(value))
        if not amount.is_finite():
            return None, Problem(path, "an amount must be a finite number", value)
        if amount < 0:
            return None, Problem(path, "an amount must not be negative", value)
        return amount, None
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        return None, Problem(path, "must be a whole number (int) or None for blank", value)
    count = int(value)
    if kind is CellKind.COUNT and count < 0:
        return None, Problem(path, "a count must not be negative", value)
    return count, None


def _fits(value: object, kind: CellKind) -> TypeGuard[int | None]:
    """Whether ``value`` is already a cell of ``kind`` as it stands (the fast path)."""
    return value is None or (
        type(value) is int
        and kind is not CellKind.AMOUNT
        and (value >= 0 or kind is CellKind.SIGNED)
    )


def coerce_cells(
    cells: Mapping[Any, object], *, kind: CellKind = CellKind.COUNT, what: str = "the table"
) -> dict[Any, Value]:
    """Every value of ``{key: value}`` as a cell of ``kind``; every problem reported at once.

    Raises:
        InvalidInputError: naming each bad value by its key.

    >>> coerce_cells({("a", "n"): 2})
    {('a', 'n'): 2}
    """
    problems: list[Problem] = []
    found: dict[Any, Value] = {}
    for key, value in cells.items():
        if _fits(value, kind):
            found[key] = value
            continue
        found[key], problem = coerce_value(value, kind, f"[{key!r}]")
        if problem is not None:
            problems.append(problem)
    if problems:
        msg = f"invalid {what}"
        raise InvalidInputError(msg, problems=problems)
    return found


def _counts_only(lines: Iterable[Iterable[object]]) -> bool:
    """Whether every value is blank or a whole ``int`` ≥ 0 (one plain loop, no generator)."""
    for line in lines:
        for value in line:
            if value is not None and (type(value) is not int or value < 0):
                return False
    return True


def check_grid(schema: TableSchema, grid: object, *, field: str, what: str) -> None:
    """Check that ``grid`` (a :class:`~govdisclosure.reports.Table`) fits ``schema``.

    Its rows and columns must be the schema's, in order, and every value must
    fit its cell's kind.

    Raises:
        InvalidInputError: naming the field, or every bad cell at once.
    """
    rows = getattr(grid, "rows", None)
    columns = getattr(grid, "columns", None)
    cells = getattr(grid, "cells", None)
    if rows != schema.row_keys or columns != schema.column_keys or cells is None:
        msg = f"the cells do not have the shape of {what}"
        raise InvalidInputError(msg, field=field, value=grid)
    problems: list[Problem] = []
    if isinstance(grid, Table) and _counts_only(grid.values):
        return  # blanks and counts fit every kind
    for row, column, value in cells():
        if value is None or (type(value) is int and value >= 0):
            continue  # a blank or a count fits every kind
        path = f"{field}[{key_code(row)}, {key_code(column)}]"
        problem = coerce_value(value, schema.kind((row, column)), path)[1]
        if problem is not None:
            problems.append(problem)
    if problems:
        msg = f"invalid {what}"
        raise InvalidInputError(msg, problems=problems)


def read_labels(  # noqa: C901, PLR0912 - one pass over a nested mapping, collecting every problem
    data: object,
    matcher: LabelMatcher,
    *,
    kind: Callable[[Hashable, Hashable], CellKind] = lambda _r, _c: CellKind.COUNT,
    what: str = "the table",
) -> dict[Hashable, dict[Hashable, Value]]:
    """Read ``{row label: {column label: value}}`` into ``{row key: {column key: value}}``.

    Headings may be given with no numbers. Every problem is collected first.

    Raises:
        UnknownLabelError: naming every label that matches nothing (with the other problems).
        InvalidInputError: for a bad value, a row or column given twice, or
            numbers on a heading.
    """
    if not isinstance(data, Mapping):
        msg = f"{what} must be given as a mapping of row labels to mappings of column labels"
        raise InvalidInputError(msg, field="data", value=data)
    unknown: list[Problem] = []
    bad: list[Problem] = []
    rows: dict[Hashable, dict[Hashable, Value]] = {}
    for row_label, line in data.items():
        try:
            row = matcher.row(row_label)
        except UnknownLabelError as err:
            unknown.extend(Problem(f"[{row_label!r}]", p.message, p.value) for p in err.problems)
            continue
        if not isinstance(line, Mapping):
            bad.append(Problem(f"[{row_label!r}]", "must be a mapping of column labels", line))
            continue
        cells: dict[Hashable, Value] = {}
        for column_label, value in line.items():
            try:
                column = matcher.column(column_label)
            except UnknownLabelError as err:
                path = f"[{row_label!r}][{column_label!r}]"
                unknown.extend(Problem(path, p.message, p.value) for p in err.problems)
                continue
            if column in cells:
                path = f"[{row_label!r}][{column_label!r}]"
                bad.append(Problem(path, "the same column is given twice", column_label))
                continue
            cell_kind = CellKind.COUNT if row is HEADING else kind(row, column)
            if _fits(value, cell_kind):
                cells[column] = value
                continue
            path = f"[{row_label!r}][{column_label!r}]"
            found, problem = coerce_value(value, cell_kind, path)
            if problem is not None:
                bad.append(problem)
            cells[column] = found
        if row is HEADING:
            if any(v is not None for v in line.values()):
                msg = "a group heading has no cells of its own; give its leaf rows"
                bad.append(Problem(f"[{row_label!r}]", msg, dict(line)))
            continue
        if row in rows:
            bad.append(Problem(f"[{row_label!r}]", "the same row is given twice", row_label))
            continue
        rows[row] = cells
    if unknown:
        msg = f"unknown labels in {what}"
        raise UnknownLabelError(msg, problems=[*unknown, *bad])
    if bad:
        msg = f"invalid {what}"
        raise InvalidInputError(msg, problems=bad)
    return rows


def to_labels(
    schema: TableSchema, values: Sequence[Value], language: str | None = None
) -> dict[str, dict[str, Value]]:
    """The values as ``{row label: {column label: value}}``, every cell present.

    >>> from govdisclosure.reports import KeySpec, TableSchema
    >>> s = TableSchema("t", [KeySpec("a", {"en": "A"})], [KeySpec("n", {"en": "N"})])
    >>> to_labels(s, (None,))
    {'A': {'N': None}}
    """
    out: dict[str, dict[str, Value]] = {}
    rows = {spec.key: spec.label(language) for spec in schema.rows}
    columns = {spec.key: spec.label(language) for spec in schema.columns}
    for (row, column), value in zip(schema.cell_keys, values, strict=True):
        out.setdefault(rows[row], {})[columns[column]] = value
    return out


# -- merging -----------------------------------------------------------------------------


def _merge_cell(aggregate: Aggregate, a: Value, b: Value) -> tuple[Value, bool]:
    """The merged value and whether it is undetermined."""
    if a is None:
        return b, False
    if b is None:
        return a, False
    if aggregate is Aggregate.SUM:
        return a + b, False
    if aggregate is Aggregate.MIN:
        return min(a, b), False
    if aggregate is Aggregate.MAX:
        return max(a, b), False
    return None, True  # two medians: the median of the whole needs the items


def merge_values(
    schema: TableSchema,
    a: Sequence[Value],
    b: Sequence[Value],
    undetermined: Iterable[CellKey] = (),
) -> tuple[tuple[Value, ...], tuple[CellKey, ...]]:
    """Merge two tables' values cell by cell; the cells left undetermined.

    Blank stays blank (blank + n = n); a sum adds, a minimum or maximum takes
    the smaller or larger, and two filled medians give an undetermined cell
    (its value ``None``). A cell undetermined in either part stays undetermined.

    >>> from govdisclosure.reports import Aggregate, KeySpec, TableSchema
    >>> s = TableSchema("t", [KeySpec("r", {"en": "R"})],
    ...     [KeySpec("n", {"en": "N"}), KeySpec("med", {"en": "Median"},
    ...      kind=CellKind.AMOUNT, aggregate=Aggregate.MEDIAN)])
    >>> merge_values(s, (1, Decimal(3)), (2, Decimal(5)))
    ((3, None), (('r', 'med'),))
    """
    lost = set(undetermined)
    out: list[Value] = []
    for cell, x, y in zip(schema.cell_keys, a, b, strict=True):
        if cell in lost:
            out.append(None)
            continue
        value, unknown = _merge_cell(schema.aggregate(cell), x, y)
        if unknown:
            lost.add(cell)
        out.append(value)
    return tuple(out), tuple(cell for cell in schema.cell_keys if cell in lost)
