"""Table schemas as data: rows, columns, labels per language, groups, kinds, identities.

A :class:`TableSchema` describes one statistical table of a report the way
frictionless' Table Schema or pandera's ``DataFrameSchema`` describe a data
frame: as a value you can print, compare and validate against. It holds

- the rows and the columns (:class:`KeySpec`): a key, a label per language, the
  headings the row sits under, what its cells hold (:class:`CellKind`) and how
  they combine when tables are merged (:class:`Aggregate`);
- which cells exist, for a ragged table whose blocks have different columns;
- the identities as data: sums per row and per column, flows (start + in = out +
  end, a :class:`~govdisclosure.reports.ColumnRule`), inequalities (a rule with
  :class:`~govdisclosure.reports.Relation` ``LE`` or ``GE``) and roll-ups over
  component rows (:class:`RollUpRule`).

The engine that reads, writes, checks, merges, exports and renders tables is
:mod:`govdisclosure.reports._engine`; it reads the schema and nothing else.

>>> schema = TableSchema(
...     "t",
...     rows=(KeySpec("a", {"en": "A"}), KeySpec("b", {"en": "B"})),
...     columns=(KeySpec("n", {"en": "N"}),),
... )
>>> schema.cell_keys, schema.cell_label(("a", "n"))
((('a', 'n'), ('b', 'n')), 'A/N')

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import enum
from collections.abc import Hashable, Iterable, Mapping
from typing import Any

import attrs

from govdisclosure.errors import InvalidInputError, Problem, UnknownLabelError
from govdisclosure.law import Citation
from govdisclosure.reports._compiled import CompiledRules, compile_rules
from govdisclosure.reports._rules import BlankPolicy, CellKey, ColumnRule, RowRule, SumIdentity

__all__ = ["Aggregate", "CellKind", "Heading", "KeySpec", "RollUpRule", "TableSchema"]

Labels = tuple[tuple[str, str], ...]
"""Labels by language: ``(("zh", "总计"), ("en", "Total"))``; the first is the default."""


class CellKind(enum.Enum):
    """What a cell holds."""

    COUNT = "count"
    """A whole number, not negative."""
    SIGNED = "signed"
    """A whole number that may be negative (a change)."""
    AMOUNT = "amount"
    """A :class:`~decimal.Decimal` amount or statistic (may be fractional), not negative."""


class Aggregate(enum.Enum):
    """How the cells of a row or column combine when tables are merged (and rolled up).

    Only :attr:`SUM` cells add. A minimum or maximum merges by ``min`` or
    ``max``. A median cannot be merged without the items: merging two filled
    medians gives an *undetermined* cell, never their average.
    """

    SUM = "sum"
    """Cells add (counts, amounts)."""
    MIN = "min"
    """The smallest of the parts (a lowest number of days)."""
    MAX = "max"
    """The largest of the parts (a highest number of days)."""
    MEDIAN = "median"
    """A median: undetermined when two filled parts are merged."""


def _labels(value: Mapping[str, str] | Iterable[tuple[str, str]]) -> Labels:
    items = value.items() if isinstance(value, Mapping) else value
    return tuple((str(language), str(text)) for language, text in items)


def _strings(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _pick(labels: Labels, language: str | None, what: object) -> str:
    if not labels:
        return str(getattr(what, "value", what))
    if language is None:
        return labels[0][1]
    for lang, text in labels:
        if lang == language:
            return text
    msg = f"no label in this language (have {', '.join(lang for lang, _ in labels)})"
    raise UnknownLabelError(msg, field="language", value=language)


@attrs.frozen
class Heading:
    """A heading rows sit under (it has no cells of its own).

    >>> Heading("results", {"zh": "三、本年度办理结果", "en": "III. Handled"}).label("en")
    'III. Handled'
    """

    key: str
    labels: Labels = attrs.field(converter=_labels)

    def label(self, language: str | None = None) -> str:
        """The label in ``language`` (the first one by default)."""
        return _pick(self.labels, language, self.key)


@attrs.frozen
class KeySpec:
    """A row or a column of a table schema.

    Attributes:
        key: The key of the row or column (an enum member, a string …).
        labels: The printed label per language; the first is the default.
        long_labels: A label that names the row unambiguously in messages (with
            its group in front, say), per language; the printed label if absent.
        aliases: Other labels accepted when reading (a format's older wording).
        groups: The keys of the :class:`Heading` s it sits under, outermost first.
        kind: What its cells hold (a row's kind applies where the column's is
            :attr:`CellKind.COUNT`).
        aggregate: How its cells merge (a non-summable row or column wins).
        unit: The unit of its cells ("business days", "10,000 yuan"), if any.

    >>> KeySpec("total", {"zh": "总计", "en": "Total"}).label("en")
    'Total'
    """

    key: Hashable
    labels: Labels = attrs.field(converter=_labels)
    long_labels: Labels = attrs.field(default=(), converter=_labels)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    groups: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    kind: CellKind = CellKind.COUNT
    aggregate: Aggregate = Aggregate.SUM
    unit: str = ""

    def label(self, language: str | None = None) -> str:
        """The printed label in ``language`` (the first one by default)."""
        return _pick(self.labels, language, self.key)

    def long_label(self, language: str | None = None) -> str:
        """The unambiguous label in ``language``: the long one, else the printed one."""
        if self.long_labels and any(lang == language for lang, _ in self.long_labels):
            return _pick(self.long_labels, language, self.key)
        if self.long_labels and language is None:
            return self.long_labels[0][1]
        return self.label(language)


def _keys(value: Iterable[Hashable]) -> tuple[Hashable, ...]:
    return tuple(value)


def _optional_keys(value: Iterable[Hashable] | None) -> tuple[Hashable, ...] | None:
    return None if value is None else tuple(value)


@attrs.frozen
class RollUpRule:
    """An overall row recomputed from component rows, column by column, by each cell's aggregate.

    For a :attr:`Aggregate.SUM` cell the overall equals the sum of the parts;
    for :attr:`Aggregate.MIN` / :attr:`Aggregate.MAX` the smallest / largest
    part; for :attr:`Aggregate.MEDIAN` it lies between the smallest and the
    largest part and is not the average of the parts' medians (a median is
    recomputed from the items, never averaged).

    Attributes:
        rule: The id of every finding it yields.
        overall: The row holding the roll-up (the agency overall).
        parts: The component rows.
        columns: The columns it applies to; ``None`` means every column.
        description: What the rule says, for people.
        citation: The source of the rule, if any.
    """

    rule: str
    overall: Hashable
    parts: tuple[Hashable, ...] = attrs.field(converter=_keys)
    columns: tuple[Hashable, ...] | None = attrs.field(default=None, converter=_optional_keys)
    description: str = ""
    citation: Citation | None = attrs.field(default=None, eq=False)


def _specs(value: Iterable[KeySpec]) -> tuple[KeySpec, ...]:
    return tuple(value)


def _cells(value: Iterable[CellKey] | None) -> tuple[CellKey, ...] | None:
    return None if value is None else tuple((row, column) for row, column in value)


def _headings(value: Iterable[Heading]) -> tuple[Heading, ...]:
    return tuple(value)


def _identities(value: Iterable[SumIdentity]) -> tuple[SumIdentity, ...]:
    return tuple(value)


def _row_rules(value: Iterable[RowRule]) -> tuple[RowRule, ...]:
    return tuple(value)


def _column_rules(value: Iterable[ColumnRule]) -> tuple[ColumnRule, ...]:
    return tuple(value)


def _rollups(value: Iterable[RollUpRule]) -> tuple[RollUpRule, ...]:
    return tuple(value)


@attrs.frozen
class TableSchema:
    """One table of a report as data: its rows, columns, cells and identities.

    Attributes:
        name: The table's name (on findings and records).
        rows: The rows, in display order.
        columns: The columns, in display order.
        cells: The cells that exist, in order; ``None`` for the full grid
            (row by row).
        headings: The headings rows sit under.
        identities: Equations (or inequalities) over named cells.
        row_rules: Rules stated once per row.
        column_rules: Rules stated once per column (totals, flows).
        rollups: Overall rows recomputed from component rows.
        stub: The label of the first header cell, per language.
        blanks: How blank cells enter the arithmetic by default.
        citation: The source of the table, if any.
    """

    name: str
    rows: tuple[KeySpec, ...] = attrs.field(converter=_specs)
    columns: tuple[KeySpec, ...] = attrs.field(converter=_specs)
    cells: tuple[CellKey, ...] | None = attrs.field(default=None, converter=_cells)
    headings: tuple[Heading, ...] = attrs.field(default=(), converter=_headings)
    identities: tuple[SumIdentity, ...] = attrs.field(default=(), converter=_identities)
    row_rules: tuple[RowRule, ...] = attrs.field(default=(), converter=_row_rules)
    column_rules: tuple[ColumnRule, ...] = attrs.field(default=(), converter=_column_rules)
    rollups: tuple[RollUpRule, ...] = attrs.field(default=(), converter=_rollups)
    stub: Labels = attrs.field(default=(), converter=_labels)
    blanks: BlankPolicy = BlankPolicy.SKIP
    citation: Citation | None = attrs.field(default=None, eq=False)
    _index: dict[CellKey, int] = attrs.field(init=False, eq=False, hash=False, repr=False)
    _row_specs: dict[Hashable, KeySpec] = attrs.field(init=False, eq=False, repr=False)
    _column_specs: dict[Hashable, KeySpec] = attrs.field(init=False, eq=False, repr=False)
    _labels: dict[tuple[CellKey, str | None], str] = attrs.field(init=False, eq=False, repr=False)
    _compiled: CompiledRules | None = attrs.field(init=False, eq=False, hash=False, repr=False)
    _label_indexes: dict[object, Any] = attrs.field(init=False, eq=False, hash=False, repr=False)

    def __attrs_post_init__(self) -> None:
        problems: list[Problem] = []
        rows = {spec.key: spec for spec in self.rows}
        columns = {spec.key: spec for spec in self.columns}
        if len(rows) != len(self.rows):
            problems.append(Problem("rows", "row keys must be distinct", self.row_keys))
        if len(columns) != len(self.columns):
            problems.append(Problem("columns", "column keys must be distinct", self.column_keys))
        keys = tuple((r, c) for r in rows for c in columns) if self.cells is None else self.cells
        index = {cell: i for i, cell in enumerate(keys)}
        if len(index) != len(keys):
            problems.append(Problem("cells", "cells must be distinct", keys))
        problems.extend(
            Problem("cells", "not a (row, column) of the schema", cell)
            for cell in keys
            if cell[0] not in rows or cell[1] not in columns
        )
        known = {h.key for h in self.headings}
        problems.extend(
            Problem(f"rows[{spec.key!r}].groups", "no such heading", group)
            for spec in self.rows
            for group in spec.groups
            if group not in known
        )
        problems.extend(self._rule_problems(index, rows, columns))
        if problems:
            msg = f"not a valid table schema: {self.name}"
            raise InvalidInputError(msg, problems=problems)
        object.__setattr__(self, "_index", index)
        object.__setattr__(self, "_row_specs", rows)
        object.__setattr__(self, "_column_specs", columns)
        object.__setattr__(self, "_labels", {})
        object.__setattr__(self, "_compiled", None)
        object.__setattr__(self, "_label_indexes", {})  # reports._label_index keeps its own here

    def _rule_problems(
        self,
        index: Mapping[CellKey, int],
        rows: Mapping[Hashable, KeySpec],
        columns: Mapping[Hashable, KeySpec],
    ) -> list[Problem]:
        problems = [
            Problem(f"identities[{rule.rule!r}]", "no such cell", cell)
            for rule in self.identities
            for cell in rule.cells
            if cell not in index
        ]
        problems.extend(
            Problem(f"row_rules[{row_rule.rule!r}]", "no such column", key)
            for row_rule in self.row_rules
            for key in (*row_rule.left, *row_rule.right)
            if key not in columns
        )
        problems.extend(
            Problem(f"column_rules[{column_rule.rule!r}]", "no such row", key)
            for column_rule in self.column_rules
            for key in (*column_rule.left, *column_rule.right)
            if key not in rows
        )
        for rollup in self.rollups:
            problems.extend(
                Problem(f"rollups[{rollup.rule!r}]", "no such row", key)
                for key in (rollup.overall, *rollup.parts)
                if key not in rows
            )
        return problems

    # -- reading the schema --

    @property
    def row_keys(self) -> tuple[Hashable, ...]:
        """The row keys, in order."""
        return tuple(spec.key for spec in self.rows)

    @property
    def column_keys(self) -> tuple[Hashable, ...]:
        """The column keys, in order."""
        return tuple(spec.key for spec in self.columns)

    @property
    def cell_keys(self) -> tuple[CellKey, ...]:
        """Every cell that exists, in order (row by row for the full grid)."""
        return tuple(self._index)

    @property
    def rules(self) -> tuple[SumIdentity | RowRule | ColumnRule, ...]:
        """The sum rules in the order they are checked: identities, per row, per column."""
        return (*self.identities, *self.row_rules, *self.column_rules)

    @property
    def compiled_rules(self) -> CompiledRules:
        """The sum rules as equations over cell positions, compiled on first use and kept.

        Validation walks these instead of looking cells up by key (see
        :func:`~govdisclosure.reports.compile_rules`); the schema itself never changes.

        >>> s = TableSchema("t", [KeySpec("a", {"en": "A"})],
        ...     [KeySpec(k, {"en": k}) for k in ("x", "total")],
        ...     row_rules=[RowRule("sum", left=("total",), right=("x",))])
        >>> s.compiled_rules.equations[0].left, s.compiled_rules is s.compiled_rules
        ((1,), True)

        .. versionadded:: 0.3.0
        """
        found = self._compiled
        if found is None:
            found = compile_rules(self)
            object.__setattr__(self, "_compiled", found)  # a cache, like the labels
        return found

    def index(self, cell: CellKey) -> int:
        """The position of ``cell`` among :attr:`cell_keys`.

        Raises:
            UnknownLabelError: if the schema has no such cell.
        """
        found = self._index.get(cell)
        if found is None:
            msg = f"no such cell in table {self.name}"
            raise UnknownLabelError(msg, field="cell", value=cell)
        return found

    def has_cell(self, cell: object) -> bool:
        """Whether ``cell`` is a cell of the schema."""
        try:
            return cell in self._index
        except TypeError:
            return False

    def row(self, key: Hashable) -> KeySpec:
        """The spec of one row."""
        spec = self._row_specs.get(key)
        if spec is None:
            msg = f"no such row in table {self.name}"
            raise UnknownLabelError(msg, field="row", value=key)
        return spec

    def column(self, key: Hashable) -> KeySpec:
        """The spec of one column."""
        spec = self._column_specs.get(key)
        if spec is None:
            msg = f"no such column in table {self.name}"
            raise UnknownLabelError(msg, field="column", value=key)
        return spec

    def heading(self, key: str) -> Heading:
        """The heading with ``key``."""
        for heading in self.headings:
            if heading.key == key:
                return heading
        msg = f"no such heading in table {self.name}"
        raise UnknownLabelError(msg, field="heading", value=key)

    def kind(self, cell: CellKey) -> CellKind:
        """What ``cell`` holds: its column's kind, or its row's where the column counts."""
        column = self.column(cell[1]).kind
        return self.row(cell[0]).kind if column is CellKind.COUNT else column

    def aggregate(self, cell: CellKey) -> Aggregate:
        """How ``cell`` merges: the row's or the column's aggregate, whichever is not a sum."""
        row = self.row(cell[0]).aggregate
        return self.column(cell[1]).aggregate if row is Aggregate.SUM else row

    def cell_label(self, cell: CellKey, language: str | None = None) -> str:
        """A cell's name for people: ``row label/column label`` (long row labels).

        >>> s = TableSchema("t", [KeySpec("a", {"en": "A"}, long_labels={"en": "G A"})],
        ...                 [KeySpec("n", {"en": "N"})])
        >>> s.cell_label(("a", "n"), "en")
        'G A/N'
        """
        found = self._labels.get((cell, language))
        if found is None:
            row, column = cell
            found = f"{self.row(row).long_label(language)}/{self.column(column).label(language)}"
            self._labels[cell, language] = found  # a cache: the schema itself never changes
        return found
