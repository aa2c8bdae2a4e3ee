"""A table over a schema, and a report of several tables with rules across them.

:class:`ReportTable` is the generic table the engine works on: a
:class:`~govdisclosure.reports.TableSchema` and one value per cell. It reads
from labels, writes labels, validates into findings, merges with ``+`` (a
commutative monoid; blank is the identity), exports records and renders.
:class:`ReportSchema` groups the tables of one report and states the rules
between them (:class:`CrossTableRule`: equalities and inequalities).

>>> from govdisclosure.reports import ColumnRule, KeySpec, TableSchema
>>> s = TableSchema("flows", [KeySpec(k, {"en": k}) for k in ("start", "in", "out", "end")],
...     [KeySpec("n", {"en": "N"})],
...     column_rules=[ColumnRule("flow", left=("start", "in"), right=("out", "end"))])
>>> t = ReportTable.from_labels(s, {"start": {"N": 2}, "in": {"N": 5}, "out": {"N": 4},
...                                 "end": {"N": 1}})
>>> [f.message for f in t.validate()]
['start/N + in/N = 7 but out/N + end/N = 5 (difference +2)']

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from typing import Any

import attrs

from govdisclosure.errors import InvalidInputError, Problem, UnknownLabelError
from govdisclosure.law import Citation
from govdisclosure.reports._checks import check_schema
from govdisclosure.reports._engine import (
    LabelMatcher,
    coerce_value,
    merge_values,
    read_labels,
    to_labels,
)
from govdisclosure.reports._label_index import label_index
from govdisclosure.reports._records import Record, table_frame, table_records
from govdisclosure.reports._render import styled_html
from govdisclosure.reports._rules import (
    BlankPolicy,
    CellKey,
    Finding,
    Relation,
    Value,
    compare,
)
from govdisclosure.reports._schema import CellKind, TableSchema
from govdisclosure.reports._schema_render import schema_html, schema_markdown, schema_text
from govdisclosure.reports._table import StartsFromZero

__all__ = ["CrossTableRule", "ReportSchema", "ReportTable", "TableCell"]


def _values(value: Iterable[Value]) -> tuple[Value, ...]:
    return tuple(value)


def _cell_keys(value: Iterable[CellKey]) -> tuple[CellKey, ...]:
    return tuple((row, column) for row, column in value)


@attrs.frozen(repr=False)
class ReportTable(StartsFromZero):
    """One table of a report: a schema and one value per cell (``None`` for blank).

    Attributes:
        schema: The table's schema.
        values: One value per cell, in the order of the schema's ``cell_keys``.
        undetermined: The cells whose value cannot be known (two medians
            merged); their value is ``None``.

    >>> from govdisclosure.reports import KeySpec, TableSchema
    >>> s = TableSchema("t", [KeySpec("a", {"en": "A"})], [KeySpec("n", {"en": "N"})])
    >>> (ReportTable.blank(s) + ReportTable(s, (2,)))["a", "n"]
    2
    """

    schema: TableSchema
    values: tuple[Value, ...] = attrs.field(converter=_values)
    undetermined: tuple[CellKey, ...] = attrs.field(default=(), converter=_cell_keys)

    def __attrs_post_init__(self) -> None:
        keys = self.schema.cell_keys
        if len(self.values) != len(keys):
            msg = f"table {self.schema.name} has {len(keys)} cells"
            raise InvalidInputError(msg, field="values", value=len(self.values))
        problems: list[Problem] = []
        normalized: list[Value] = []
        for cell, value in zip(keys, self.values, strict=True):
            found, problem = coerce_value(value, self.schema.kind(cell), f"values[{cell!r}]")
            if problem is not None:
                problems.append(problem)
            normalized.append(found)
        for cell in self.undetermined:
            if not self.schema.has_cell(cell):
                problems.append(Problem("undetermined", "no such cell", cell))
            elif normalized[self.schema.index(cell)] is not None:
                msg = "an undetermined cell has no value"
                problems.append(Problem(f"undetermined[{cell!r}]", msg, cell))
        if problems:
            msg = f"invalid table {self.schema.name}"
            raise InvalidInputError(msg, problems=problems)
        object.__setattr__(self, "values", tuple(normalized))

    # -- construction --

    @classmethod
    def blank(cls, schema: TableSchema) -> ReportTable:
        """The all-blank table of ``schema``: the identity of ``+``."""
        return cls(schema, (None,) * len(schema.cell_keys))

    @classmethod
    def from_cells(cls, schema: TableSchema, cells: Mapping[CellKey, object]) -> ReportTable:
        """A table from ``{(row, column): value}``; cells not given are blank.

        Raises:
            UnknownLabelError: naming every key that is not a cell of the schema.
        """
        values: list[Any] = [None] * len(schema.cell_keys)
        unknown: list[Problem] = []
        for key, value in cells.items():
            if not schema.has_cell(key):
                unknown.append(Problem("cells", f"no such cell in table {schema.name}", key))
                continue
            values[schema.index(key)] = value
        if unknown:
            msg = "unknown cells"
            raise UnknownLabelError(msg, problems=unknown)
        return cls(schema, tuple(values))

    @classmethod
    def from_labels(
        cls, schema: TableSchema, data: object, *, matcher: LabelMatcher | None = None
    ) -> ReportTable:
        """A table from ``{row label: {column label: value}}`` as a report prints it.

        ``matcher`` maps labels to keys (exact labels of ``schema`` by default).
        Labels the matcher knows as they stand, with values that fit, are read
        by position (:class:`~govdisclosure.reports.LabelIndex`); anything else
        the strict way, which raises the errors below.

        .. versionchanged:: 0.3.0 the fast path for exact labels.

        Raises:
            UnknownLabelError: naming every label that matches nothing.
            InvalidInputError: for a bad value, a label given twice, or
                numbers on a heading.
        """
        index = label_index(schema, matcher)
        grid = None if index is None else index.read(data)
        if grid is not None and index is not None:  # exact labels, fitting values: by position
            return cls(schema, index.values_of(grid))
        match = matcher or LabelMatcher.for_schemas(schema, what=f"table {schema.name}")
        if index is not None:
            match = index.matcher  # the same matcher (the schema's own, built once and kept)
        rows = read_labels(
            data,
            match,
            kind=lambda r, c: schema.kind((r, c)) if schema.has_cell((r, c)) else CellKind.COUNT,
            what=f"table {schema.name}",
        )
        cells = {(row, column): v for row, line in rows.items() for column, v in line.items()}
        return cls.from_cells(schema, cells)

    # -- reading --

    @property
    def rows(self) -> tuple[Hashable, ...]:
        """The row keys."""
        return self.schema.row_keys

    @property
    def columns(self) -> tuple[Hashable, ...]:
        """The column keys."""
        return self.schema.column_keys

    def __getitem__(self, key: tuple[Hashable, Hashable]) -> Value:
        return self.values[self.schema.index(key)]

    def cells(self) -> tuple[tuple[Hashable, Hashable, Value], ...]:
        """Every cell as ``(row, column, value)``, in the schema's order."""
        return tuple(
            (row, column, value)
            for (row, column), value in zip(self.schema.cell_keys, self.values, strict=True)
        )

    def blank_cells(self) -> tuple[CellKey, ...]:
        """The cells with no value (blank or undetermined), in order."""
        return tuple(
            cell for cell, v in zip(self.schema.cell_keys, self.values, strict=True) if v is None
        )

    def to_labels(self, language: str | None = None) -> dict[str, dict[str, Value]]:
        """The cells as ``{row label: {column label: value}}`` (reads back with ``from_labels``)."""
        return to_labels(self.schema, self.values, language)

    # -- checking --

    def validate(
        self,
        *,
        blanks: BlankPolicy | None = None,
        report_blanks: bool = True,
        language: str | None = None,
    ) -> tuple[Finding, ...]:
        """Every broken rule of the schema, then every blank and undetermined cell."""
        return check_schema(
            self.schema,
            self,
            blanks=blanks,
            report_blanks=report_blanks,
            label=lambda cell: self.schema.cell_label(cell, language),
            undetermined=self.undetermined,
            values=self.values,
        )

    # -- combining --

    def __add__(self, other: object) -> ReportTable:
        if not isinstance(other, ReportTable):
            return NotImplemented
        if other.schema != self.schema:
            msg = f"tables of different schemas cannot be added ({self.schema.name})"
            raise InvalidInputError(msg, field="schema", value=other.schema.name)
        values, lost = merge_values(
            self.schema, self.values, other.values, (*self.undetermined, *other.undetermined)
        )
        return ReportTable(self.schema, values, lost)

    @classmethod
    def total(cls, schema: TableSchema, parts: Iterable[ReportTable]) -> ReportTable:
        """The merge of any number of tables of ``schema`` (the blank table if none)."""
        result = cls.blank(schema)
        for part in parts:
            result = result + part
        return result

    # -- export and rendering --

    def to_records(self, *, agency: str, year: int, language: str | None = None) -> list[Record]:
        """One record per cell (long format), rows and columns by their codes.

        Each record also has the row's and the column's labels in ``language`` (the
        schema's first by default) and their 0-based positions in the schema's order
        (:data:`~govdisclosure.reports.RECORD_LABEL_FIELDS`).

        .. versionchanged:: 0.3.0 labels and order.
        """
        return table_records(
            self, agency=agency, year=year, table=self.schema.name, schema=self.schema,
            language=language,
        )  # fmt: skip

    def to_dataframe(self, language: str | None = None) -> Any:  # noqa: ANN401 - a pandas.DataFrame (optional, untyped)
        """The table as a wide ``pandas.DataFrame``, as :func:`~govdisclosure.reports.table_frame`.

        Raises:
            ImportError: if pandas is not installed (``pip install pandas``).

        .. versionadded:: 0.3.0
        """
        return table_frame(self, self.schema, language)

    def to_text(self, language: str | None = None) -> str:
        """The table as aligned plain text."""
        return schema_text(self.schema, self.values, language, undetermined=self.undetermined)

    def to_markdown(self, language: str | None = None) -> str:
        """The table as Markdown."""
        return schema_markdown(self.schema, self.values, language, undetermined=self.undetermined)

    def to_html(self, language: str | None = None, *, styled: bool = False) -> str:
        """The table as HTML; with ``styled=True``, with its own stylesheet (``styled_html``).

        .. versionchanged:: 0.3.0 ``styled``.
        """
        out = schema_html(self.schema, self.values, language, undetermined=self.undetermined)
        return styled_html(out) if styled else out

    def _repr_html_(self) -> str:
        return self.to_html(styled=True)

    def __repr__(self) -> str:
        filled = sum(v is not None for v in self.values)
        return f"ReportTable({self.schema.name}: {filled}/{len(self.values)} filled)"


@attrs.frozen
class TableCell:
    """A cell of one table of a report: ``(table, row, column)``.

    >>> str(TableCell("V.A", "all", "processed"))
    'V.A:all/processed'
    """

    table: str
    row: Hashable
    column: Hashable

    @property
    def cell(self) -> CellKey:
        """The ``(row, column)`` within its table."""
        return self.row, self.column

    def __str__(self) -> str:
        row = getattr(self.row, "value", self.row)
        column = getattr(self.column, "value", self.column)
        return f"{self.table}:{row}/{column}"


def _table_cells(value: Iterable[TableCell]) -> tuple[TableCell, ...]:
    return tuple(value)


@attrs.frozen
class CrossTableRule:
    """An equality or inequality between sums of cells of different tables of one report.

    Attributes:
        rule: The id of its findings.
        left: The cells on the left side.
        right: The cells on the right side.
        relation: ``=``, ``≤`` or ``≥``.
        description: What the rule says, for people.
        citation: The source of the rule, if any.
    """

    rule: str
    left: tuple[TableCell, ...] = attrs.field(converter=_table_cells)
    right: tuple[TableCell, ...] = attrs.field(converter=_table_cells)
    relation: Relation = Relation.EQ
    description: str = ""
    citation: Citation | None = attrs.field(default=None, eq=False)

    @property
    def cells(self) -> tuple[TableCell, ...]:
        """Every cell the rule touches, left side first."""
        return self.left + self.right

    def check(
        self, tables: Mapping[str, ReportTable], *, blanks: BlankPolicy = BlankPolicy.SKIP
    ) -> Finding | None:
        """The finding if the rule fails across ``tables``, else ``None``.

        A side touching a blank or undetermined cell is not checked under
        :attr:`BlankPolicy.SKIP`.
        """
        if any(c.cell in tables[c.table].undetermined for c in self.cells):
            return None

        def name(c: TableCell) -> str:
            return f"{c.table}:{tables[c.table].schema.cell_label(c.cell)}"

        return compare(
            self.rule,
            cells=tuple(c.cell for c in self.cells),
            left=[tables[c.table][c.cell] for c in self.left],
            right=[tables[c.table][c.cell] for c in self.right],
            relation=self.relation,
            names=lambda: ([name(c) for c in self.left], [name(c) for c in self.right]),
            blanks=blanks,
            description=self.description,
            citation=self.citation,
            tables=tuple(c.table for c in self.cells),
        )


def _schemas(value: Iterable[TableSchema]) -> tuple[TableSchema, ...]:
    return tuple(value)


def _cross_rules(value: Iterable[CrossTableRule]) -> tuple[CrossTableRule, ...]:
    return tuple(value)


@attrs.frozen
class ReportSchema:
    """The tables of one report and the rules between them.

    Attributes:
        name: The report's name.
        tables: The schemas of its tables (distinct names).
        rules: Equalities and inequalities across tables.
    """

    name: str
    tables: tuple[TableSchema, ...] = attrs.field(converter=_schemas)
    rules: tuple[CrossTableRule, ...] = attrs.field(default=(), converter=_cross_rules)

    def __attrs_post_init__(self) -> None:
        by_name = {t.name: t for t in self.tables}
        problems: list[Problem] = []
        if len(by_name) != len(self.tables):
            problems.append(Problem("tables", "table names must be distinct", self.table_names))
        for rule in self.rules:
            for c in rule.cells:
                schema = by_name.get(c.table)
                if schema is None or not schema.has_cell(c.cell):
                    problems.append(Problem(f"rules[{rule.rule!r}]", "no such cell", str(c)))
        if problems:
            msg = f"not a valid report schema: {self.name}"
            raise InvalidInputError(msg, problems=problems)

    @property
    def table_names(self) -> tuple[str, ...]:
        """The names of the tables, in order."""
        return tuple(t.name for t in self.tables)

    def table(self, name: str) -> TableSchema:
        """The schema of the table called ``name``."""
        for schema in self.tables:
            if schema.name == name:
                return schema
        msg = f"no such table in report {self.name}"
        raise UnknownLabelError(msg, field="table", value=name)

    def validate(
        self,
        tables: Mapping[str, ReportTable],
        *,
        blanks: BlankPolicy = BlankPolicy.SKIP,
        report_blanks: bool = True,
    ) -> tuple[Finding, ...]:
        """Each table's findings (in table order), then the broken rules across tables.

        Raises:
            InvalidInputError: if a table is missing or has another schema.
        """
        problems = [
            Problem(f"tables[{schema.name!r}]", "missing or of another schema", schema.name)
            for schema in self.tables
            if schema.name not in tables or tables[schema.name].schema != schema
        ]
        if problems:
            msg = f"not the tables of report {self.name}"
            raise InvalidInputError(msg, problems=problems)
        found: list[Finding] = []
        for schema in self.tables:
            found.extend(tables[schema.name].validate(blanks=blanks, report_blanks=report_blanks))
        for rule in self.rules:
            finding = rule.check(tables, blanks=blanks)
            if finding is not None:
                found.append(finding)
        return tuple(found)
