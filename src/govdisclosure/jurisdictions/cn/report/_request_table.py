"""Table 三 of the annual report: applications received and handled, by applicant kind.

A thin typed wrapper over the generic engine and the schema of table 三 in
each format (:func:`~.schemas.request_schema`): reading from labels, writing
labels, validating, merging and export are the engine's; what is the
format's own is the layout detection (2019 or 2021), :meth:`~RequestTable.to_layout`,
and the 2021 （六）其他处理 row: the parent of its three sub-rows, whose cells
may be *unprinted* (:attr:`~RequestTable.unprinted`) where a report printed the
single row.

>>> RequestTable.zeros().validate()
()

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, cast

import attrs

from govdisclosure.errors import InvalidInputError, UnknownLabelError
from govdisclosure.jurisdictions.cn.outcomes import Outcome
from govdisclosure.jurisdictions.cn.report._other_row import (
    SUB_ROW_CELLS,
    cell_keys,
    fill_parent,
    is_unprinted_finding,
    parent_is_sum,
)
from govdisclosure.jurisdictions.cn.report._request_labels import read_request_labels
from govdisclosure.jurisdictions.cn.report._shown import ShownTable
from govdisclosure.jurisdictions.cn.report._tolerant import LabelTolerance
from govdisclosure.jurisdictions.cn.report.format import (
    OTHER_SUB_ROWS,
    ReportFormat,
    RequestColumnKey,
    RequestRow,
    RequestRowKey,
    RowSpec,
    Total,
    check_format,
    request_rows,
)
from govdisclosure.jurisdictions.cn.report.matching import REQUEST_MATCHER
from govdisclosure.jurisdictions.cn.report.render import request_table_html
from govdisclosure.jurisdictions.cn.report.schemas import (
    Language,
    language_validator,
    printed_request_schema,
    request_check_schema,
    request_schema,
)
from govdisclosure.reports import (
    HEADING,
    BlankPolicy,
    CellKey,
    ColumnRule,
    Finding,
    RowRule,
    Table,
    TableSchema,
    check_grid,
    check_schema,
    coerce_cells,
    to_labels,
)

__all__ = ["RequestTable", "cell_key"]

_REQUEST_COLUMN_KEYS = cast(
    "tuple[RequestColumnKey, ...]", request_schema(ReportFormat.V2021).column_keys
)


def _row_keys(layout: ReportFormat) -> tuple[RequestRowKey, ...]:
    return cast("tuple[RequestRowKey, ...]", request_schema(check_format(layout)).row_keys)


def cell_key(key: object) -> tuple[object, object]:
    """``key`` as ``(row, column)``, or :class:`UnknownLabelError`.

    >>> cell_key(("a", "b"))
    ('a', 'b')
    """
    if not isinstance(key, tuple) or len(key) != 2:
        msg = "a cell is addressed by (row, column)"
        raise UnknownLabelError(msg, field="key", value=key)
    return key[0], key[1]


def _rate(numerator: int | None, denominator: int | None) -> float | None:
    if numerator is None or denominator is None or denominator == 0:
        return None
    return numerator / denominator


@attrs.frozen(repr=False)
class RequestTable(ShownTable):
    """Table 三: applications received and handled, by applicant kind (7 columns).

    Rows are :class:`~cn.report.format.RequestRow` members and leaf
    :class:`~cn.Outcome` rows (26 in the 2021 format, 23 in 2019 where （六）
    is one row, :attr:`RequestRow.OTHER_HANDLING`). Columns are the six
    :class:`~govdisclosure.requests.ApplicantKind` members and
    :attr:`Total.TOTAL`. A cell is a count or ``None`` (blank).

    In 2021 （六）其他处理 is a row too, the parent of its three sub-rows, which
    the format prints as their heading: a blank parent cell holds their sum; a
    printed number is kept and checked (:data:`~cn.report.schemas.RULE_OTHER_TOTAL`).
    A 2021 table printed with the single （六） row has its sub-rows in
    :attr:`unprinted`: unknown, never blank or 0, no identity read against them.

    Tables of the same format add with ``+``, cell by cell, blank + n = n
    (a commutative monoid with the all-blank table, :meth:`empty`, as identity);
    a cell unprinted in either part is unprinted in the sum, and the parent
    row adds.

    Attributes:
        cells: The grid, in the official row and column order.
        layout: The report format the table follows.
        unprinted: The cells a report did not print, whose numbers are
            unknown: the three （六） sub-rows of a 2021 table printed with the
            single row. Their value is ``None``; they take no part in the
            identities and are not reported as blanks.
        language: The language it is shown in (``"zh"``, the official labels, or
            ``"en"``): by ``_repr_html_`` in a notebook, and by ``to_html``,
            ``to_records`` and ``to_dataframe`` when they are given none. A display
            preference, not data: it takes no part in ``==``, and ``+`` keeps the
            left table's.

    .. versionchanged:: 0.3.0 ``language``; ``unprinted``, and （六）其他处理 in 2021.
    """

    cells: Table[RequestRowKey, RequestColumnKey]
    layout: ReportFormat = attrs.field(default=ReportFormat.V2021)
    unprinted: frozenset[CellKey] = attrs.field(
        default=frozenset(), kw_only=True, converter=cell_keys
    )
    language: Language = attrs.field(
        default="zh", kw_only=True, eq=False, validator=language_validator
    )

    records_name: ClassVar[str] = "requests"

    def __attrs_post_init__(self) -> None:
        check_format(self.layout)
        cells: object = self.cells
        if not isinstance(cells, Table):
            msg = "must be a reports.Table"
            raise InvalidInputError(msg, field="cells", value=cells)
        check_grid(
            self.schema,
            self.cells,
            field="cells",
            what=f"table 三 in the {self.layout.value} format",
        )
        for cell in self.unprinted:
            if not self.schema.has_cell(cell):
                msg = f"not a cell of table 三 in the {self.layout.value} format"
                raise UnknownLabelError(msg, field="unprinted", value=cell)
            if self.cells[cell] is not None:  # type: ignore[index]
                msg = "an unprinted cell has no value"
                raise InvalidInputError(msg, field="unprinted", value=cell)
        if self.layout is ReportFormat.V2021:
            object.__setattr__(self, "cells", fill_parent(self.cells, self.unprinted))

    @property
    def parent_is_sum(self) -> bool:
        """Whether （六）其他处理 is the sum of its printed sub-rows in every column (2021).

        So it is where the report printed it as their heading, as the format
        does; then it adds nothing to check, and :meth:`to_labels` leaves it
        out. ``False`` for a 2019 table.

        >>> RequestTable.zeros().parent_is_sum
        True

        .. versionadded:: 0.3.0
        """
        return parent_is_sum(self.layout, self.cells, self.unprinted)

    @property
    def single_other_row(self) -> bool:
        """Whether （六）其他处理 stands alone: the 2019 format, or a 2021 table printed so.

        >>> RequestTable.zeros().single_other_row
        False

        .. versionadded:: 0.3.0
        """
        return self.layout is ReportFormat.V2019 or self.unprinted >= SUB_ROW_CELLS

    # -- construction --

    @classmethod
    def empty(cls, layout: ReportFormat = ReportFormat.V2021) -> RequestTable:
        """The all-blank table of ``layout``: the identity of ``+``.

        >>> (RequestTable.empty() + RequestTable.zeros()) == RequestTable.zeros()
        True
        """
        rows = _row_keys(layout)
        return cls(Table.blank(rows, _REQUEST_COLUMN_KEYS), layout)

    @classmethod
    def zeros(cls, layout: ReportFormat = ReportFormat.V2021) -> RequestTable:
        """The table of ``layout`` with every cell 0 (nothing received or handled)."""
        rows = _row_keys(layout)
        return cls(Table.filled(rows, _REQUEST_COLUMN_KEYS, 0), layout)

    @classmethod
    def from_cells(
        cls,
        cells: Mapping[tuple[RequestRowKey, RequestColumnKey], int | None],
        layout: ReportFormat = ReportFormat.V2021,
        *,
        unprinted: Iterable[CellKey] = (),
    ) -> RequestTable:
        """A table from ``{(row key, column key): value}``; cells not given are blank.

        ``unprinted`` names cells the report did not print (see :attr:`unprinted`).
        """
        rows = _row_keys(layout)
        found = cast("dict[Any, int | None]", coerce_cells(cells, what="table 三"))
        return cls(Table.from_cells(rows, _REQUEST_COLUMN_KEYS, found), layout, unprinted=unprinted)

    @classmethod
    def from_labels(
        cls,
        data: Mapping[Any, Mapping[Any, int | None]],
        *,
        layout: ReportFormat | None = None,
        labels: LabelTolerance | None = None,
    ) -> RequestTable:
        """A table from ``{row label: {column label: int | None}}``, as a report prints it.

        Labels are matched tolerantly: white space, full- or half-width
        brackets and punctuation, straight or curly quotes, and the
        enumerators ("一、", "（三）", "1.") do not matter; a leaf row may carry
        its group in front ("（三）不予公开 1.属于国家秘密"). Group headings
        (三、本年度办理结果, （三）不予公开 …) may be given with no numbers.
        Row and column keys (:class:`~cn.Outcome`, ``ApplicantKind`` …) are
        accepted as well. Cells not given, and cells given as ``None``, are blank.

        The format is read from the rows: the （六） sub-rows (with or without a
        number on （六）其他处理, kept and checked), or neither, are 2021.
        （六）其他处理 alone is the 2019 layout *unless* ``layout=ReportFormat.V2021``:
        then a 2021 table printed with the single row, its sub-rows :attr:`unprinted`.
        A table alone cannot tell the two apart; :class:`~cn.AnnualReport` and
        the printed-report parsers decide from table 二 and the report year.

        Labels are read strictly by default (as above: the official labels,
        however spaced or bracketed). ``labels=LabelTolerance()`` also reads
        the curated variants (misprints, short forms), path-style labels and
        near misses (see :class:`~cn.LabelTolerance`); ``cn.parse_report_html``
        reads tolerantly and records each reading.

        Raises:
            UnknownLabelError: naming every label that matches no row or column.
            InvalidInputError: for a value that is not a whole number ≥ 0 or
                ``None``, a row or column given twice, numbers on a group
                heading, or the （六） sub-rows with ``layout=ReportFormat.V2019``.

        >>> RequestTable.from_labels({"（六）其他处理": {"总计": 0}}).layout
        <ReportFormat.V2019: '2019'>
        >>> t = RequestTable.from_labels({"（六）其他处理": {"总计": 7}}, layout=ReportFormat.V2021)
        >>> t["（六）其他处理", "总计"], t["3.其他", "总计"], t.single_other_row
        (7, None, True)
        >>> RequestTable.from_labels({"无此行": {}})
        Traceback (most recent call last):
        ...
        govdisclosure.errors.UnknownLabelError: unknown labels in table 三: ... (got '无此行')
        """
        if layout is not None:
            check_format(layout)
        if labels is not None:  # printed labels (0.3.0): see LabelTolerance
            data = labels.translate("requests", data)
        cells, chosen, unprinted = read_request_labels(data, layout)  # exact labels: by position
        return cls(cells, chosen, unprinted=unprinted)

    # -- reading --

    @property
    def rows(self) -> tuple[RequestRowKey, ...]:
        """The row keys, in the official order."""
        return self.cells.rows

    @property
    def columns(self) -> tuple[RequestColumnKey, ...]:
        """The column keys, in the official order."""
        return self.cells.columns

    @property
    def schema(self) -> TableSchema:
        """The schema of table 三 in this table's format."""
        return request_schema(self.layout)

    @property
    def printed_schema(self) -> TableSchema:
        """The rows as the format prints them, which records and frames have.

        :attr:`schema` less （六）其他处理 where it is the sum of its sub-rows
        (printed as their heading), or less the sub-rows where they were not
        printed (:attr:`single_other_row`).

        >>> len(RequestTable.zeros().printed_schema.rows), len(RequestTable.zeros().schema.rows)
        (25, 26)

        .. versionadded:: 0.3.0
        """
        return printed_request_schema(
            self.layout, single_other_row=self.single_other_row, parent_is_sum=self.parent_is_sum
        )

    def _frame_schema(self) -> TableSchema:
        return self.printed_schema

    def _frame_cells(self) -> Table[RequestRowKey, RequestColumnKey]:
        rows = cast("tuple[RequestRowKey, ...]", self.printed_schema.row_keys)
        if len(rows) == len(self.rows):
            return self.cells
        return Table(rows, self.columns, tuple(self.cells.row(row) for row in rows))

    @property
    def row_specs(self) -> tuple[RowSpec, ...]:
        """The rows with their official and English labels."""
        return request_rows(self.layout)

    def __getitem__(self, key: tuple[object, object]) -> int | None:
        row_label, column_label = cell_key(key)
        row = REQUEST_MATCHER.row(row_label)
        column = REQUEST_MATCHER.column(column_label)
        if row is HEADING or not self.schema.has_cell((row, column)):
            msg = f"not a row with cells in the {self.layout.value} layout"
            raise UnknownLabelError(msg, field="row", value=row_label)
        return self.cells[row, column]  # type: ignore[index]

    def label_of(self, cell: CellKey, language: Language = "zh") -> str:
        """A cell's name for people: ``row label/column label``.

        >>> RequestTable.empty().label_of((Outcome.WITHHELD_STATE_SECRET, Total.TOTAL))
        '（三）不予公开 1.属于国家秘密/总计'
        """
        return self.schema.cell_label(cell, language)

    def to_labels(self, language: Language = "zh") -> dict[str, dict[str, int | None]]:
        """The cells as ``{row label: {column label: value}}``, with the official labels.

        Row labels are those printed in the 2021 format's table (a 2019 table's
        single （六） row is ``（六）其他处理``); ``language="en"`` gives the English
        labels. Every cell is present, blank cells as ``None``, except the rows
        a report did not print (:attr:`unprinted`), and （六）其他处理 in 2021
        where it is the sum of its sub-rows (printed as their heading), which
        are left out. The result reads back with ``from_labels(..., layout=table.layout)``.

        .. versionchanged:: 0.3.0 unprinted rows are left out.
        """
        values = tuple(v for line in self.cells.values for v in line)
        out: dict[str, dict[str, int | None]] = to_labels(self.schema, values, language)  # type: ignore[assignment]
        if self.parent_is_sum:  # printed as the heading of its sub-rows
            del out[self.schema.row(RequestRow.OTHER_HANDLING).label(language)]
        for spec in self.schema.rows if self.unprinted else ():
            if all((spec.key, column) in self.unprinted for column in self.columns):
                del out[spec.label(language)]
        return out

    def to_dict(self) -> dict[RequestRowKey, dict[RequestColumnKey, int | None]]:
        """The cells as ``{row key: {column key: value}}``."""
        return self.cells.to_dict()

    # -- checking --

    @property
    def _check_schema(self) -> TableSchema:
        return request_check_schema(self.layout, parent_is_sum=self.parent_is_sum)

    @property
    def rules(self) -> tuple[RowRule | ColumnRule, ...]:
        """The identities this table is checked against (see :func:`request_rules`).

        In 2021, where （六）其他处理 is the sum of its sub-rows, those of the
        sub-rows (see :func:`~cn.report.schemas.request_check_schema`).
        """
        schema = self._check_schema
        return (*schema.row_rules, *schema.column_rules)

    def validate(
        self, *, blanks: BlankPolicy = BlankPolicy.SKIP, report_blanks: bool = True
    ) -> tuple[Finding, ...]:
        """One finding per broken identity, then one per blank cell; empty if all is well.

        The identities are: per row, the six applicant columns sum to 总计
        (:data:`RULE_ROW_TOTAL`); per column, the outcome rows sum to （七）总计
        (:data:`RULE_HANDLED_TOTAL`), and 一 + 二 = （七）总计 + 四
        (:data:`RULE_BALANCE`); in 2021, （六）其他处理 is the sum of its sub-rows
        (:data:`RULE_OTHER_TOTAL`). An identity touching a blank cell is not
        checked unless ``blanks=BlankPolicy.ZERO``, or unless another of its
        cells is not zero. An identity touching an :attr:`unprinted` cell is
        never checked, and unprinted cells are not reported as blanks.
        """
        by_sub_rows = self.parent_is_sum
        found = check_schema(
            request_check_schema(self.layout, parent_is_sum=by_sub_rows),
            self.cells,
            blanks=blanks,
            report_blanks=report_blanks,
            undetermined=self.unprinted,
        )
        if not report_blanks or not (self.unprinted or by_sub_rows):
            return found
        skip = self.unprinted
        return tuple(f for f in found if not is_unprinted_finding(f, skip, by_sub_rows=by_sub_rows))

    # -- combining --

    def __add__(self, other: object) -> RequestTable:
        if not isinstance(other, RequestTable):
            return NotImplemented
        if other.layout is not self.layout:
            msg = (
                f"cannot add a {other.layout.value}-format table to a {self.layout.value}-format"
                " one; convert with to_layout(ReportFormat.V2019) first"
            )
            raise InvalidInputError(msg, field="layout", value=other.layout)
        unprinted = self.unprinted | other.unprinted
        cells = self.cells + other.cells
        if unprinted:
            cells = cells.replace(dict.fromkeys(unprinted))  # type: ignore[arg-type]
        return RequestTable(cells, self.layout, unprinted=unprinted, language=self.language)

    @classmethod
    def total(
        cls, parts: Iterable[RequestTable], layout: ReportFormat = ReportFormat.V2021
    ) -> RequestTable:
        """The sum of any number of tables of ``layout`` (the all-blank table if none)."""
        result = cls.empty(layout)
        for part in parts:
            result = result + part
        return result

    def to_layout(self, layout: ReportFormat) -> RequestTable:
        """The table in another format's layout.

        2021 → 2019 keeps （六）其他处理, the sum of the three sub-rows, as the
        single row. 2019 → 2021 keeps the single row as （六）其他处理 and leaves
        its sub-rows :attr:`unprinted`, since one number cannot be split in
        three: the table reads as a 2021 table printed with the single row.

        >>> t = RequestTable.from_labels({"（六）其他处理": {"总计": 4}})
        >>> t21 = t.to_layout(ReportFormat.V2021)
        >>> t21["（六）其他处理", "总计"], t21.to_layout(ReportFormat.V2019) == t
        (4, True)

        .. versionchanged:: 0.3.0 2019 → 2021 keeps the single row.
        """
        check_format(layout)
        if layout is self.layout:
            return self
        return self._to_layout(layout).with_language(self.language)

    def _to_layout(self, layout: ReportFormat) -> RequestTable:
        split = layout is ReportFormat.V2021  # 2019 -> 2021: the sub-rows are not known
        cells = {
            (row, column): v
            for row, column, v in self.cells.cells()
            if split or row not in OTHER_SUB_ROWS
        }
        kept = self.unprinted | SUB_ROW_CELLS if split else self.unprinted - SUB_ROW_CELLS
        return RequestTable.from_cells(cells, layout, unprinted=kept)

    # -- figures and export --

    @property
    def disclosure_rate(self) -> float | None:
        """(（一）予以公开 + （二）部分公开) ÷ （七）总计, in the 总计 column.

        ``None`` if a cell needed is blank or nothing was handled. This is our
        definition of the headline rate, not one the format states.
        """
        disclosed = self.cells[Outcome.DISCLOSED, Total.TOTAL]
        partly = self.cells[Outcome.PARTLY_DISCLOSED, Total.TOTAL]
        if disclosed is None or partly is None:
            return None
        return _rate(disclosed + partly, self.cells[RequestRow.HANDLED, Total.TOTAL])

    def _html(self, language: Language) -> str:
        return request_table_html(self, language)

    def __repr__(self) -> str:
        total = self.cells[RequestRow.NEW, Total.TOTAL]
        handled = self.cells[RequestRow.HANDLED, Total.TOTAL]
        return f"RequestTable({self.layout.value} format, new={total}, handled={handled})"
