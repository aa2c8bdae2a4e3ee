"""Table 三 of the annual report: applications received and handled, by applicant kind.

A thin typed wrapper over the generic engine and the schema of table 三 in
each format (:func:`~.schemas.request_schema`): reading from labels, writing
labels, validating, merging and export are the engine's; what is the
format's own is the layout detection (2019 or 2021) and :meth:`~RequestTable.to_layout`.

>>> RequestTable.zeros().validate()
()

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, cast

import attrs

from govdisclosure.errors import InvalidInputError, UnknownLabelError
from govdisclosure.jurisdictions.cn.outcomes import Outcome, OutcomeGroup
from govdisclosure.jurisdictions.cn.report._shown import ShownTable
from govdisclosure.jurisdictions.cn.report._tolerant import LabelTolerance
from govdisclosure.jurisdictions.cn.report.format import (
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
    request_rules,
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
    add_cells,
    check_grid,
    check_schema,
    coerce_cells,
    read_labels,
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
    :class:`~cn.Outcome` rows (25 in the 2021 format, 23 in 2019 where （六）
    is one row, :attr:`RequestRow.OTHER_HANDLING`). Columns are the six
    :class:`~govdisclosure.requests.ApplicantKind` members and
    :attr:`Total.TOTAL`. A cell is a count or ``None`` (blank).

    Tables of the same format add with ``+``, cell by cell, blank + n = n
    (a commutative monoid with the all-blank table, :meth:`empty`, as identity).

    Attributes:
        cells: The grid, in the official row and column order.
        layout: The report format the table follows.
        language: The language it is shown in (``"zh"``, the official labels, or
            ``"en"``): by ``_repr_html_`` in a notebook, and by ``to_html``,
            ``to_records`` and ``to_dataframe`` when they are given none. A display
            preference, not data: it takes no part in ``==``, and ``+`` keeps the
            left table's.

    .. versionchanged:: 0.3.0 ``language``.
    """

    cells: Table[RequestRowKey, RequestColumnKey]
    layout: ReportFormat = attrs.field(default=ReportFormat.V2021)
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
    ) -> RequestTable:
        """A table from ``{(row key, column key): value}``; cells not given are blank."""
        rows = _row_keys(layout)
        found = cast("dict[Any, int | None]", coerce_cells(cells, what="table 三"))
        return cls(Table.from_cells(rows, _REQUEST_COLUMN_KEYS, found), layout)

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

        The format is read from the rows: （六）其他处理 with no sub-rows is the
        2019 layout; its sub-rows, or neither, the 2021 layout. Pass ``layout``
        to insist on one.

        Labels are read strictly by default (as above: the official labels,
        however spaced or bracketed). ``labels=LabelTolerance()`` also reads
        the curated variants (misprints, short forms), path-style labels and
        near misses (see :class:`~cn.LabelTolerance`); ``cn.parse_report_html``
        reads tolerantly and records each reading.

        Raises:
            UnknownLabelError: naming every label that matches no row or column.
            InvalidInputError: for a value that is not a whole number ≥ 0 or
                ``None``, a row or column given twice, numbers on a group
                heading, or rows of both layouts.

        >>> RequestTable.from_labels({"（六）其他处理": {"总计": 0}}).layout
        <ReportFormat.V2019: '2019'>
        >>> RequestTable.from_labels({"无此行": {}})
        Traceback (most recent call last):
        ...
        govdisclosure.errors.UnknownLabelError: unknown labels in table 三: ... (got '无此行')
        """
        if layout is not None:
            check_format(layout)
        if labels is not None:  # printed labels (0.3.0): see LabelTolerance
            data = labels.translate("requests", data)
        rows = read_labels(data, REQUEST_MATCHER, what="table 三")
        has_2019 = RequestRow.OTHER_HANDLING in rows
        has_2021 = any(
            o in rows
            for o in (Outcome.OTHER_CORRECTION_LAPSED, Outcome.OTHER_FEE_LAPSED, Outcome.OTHER)
        )
        if has_2019 and has_2021:
            if all(v is None for v in rows[RequestRow.OTHER_HANDLING].values()):
                del rows[RequestRow.OTHER_HANDLING]  # the heading of the 2021 sub-rows
                has_2019 = False
            else:
                msg = (
                    "（六）其他处理 has numbers of its own (2019 layout) and sub-rows (2021 layout)"
                )
                raise InvalidInputError(msg, field="data", value="（六）其他处理")
        found = ReportFormat.V2019 if has_2019 else ReportFormat.V2021
        if layout is not None and (has_2019 or has_2021) and layout is not found:
            msg = f"the rows given are those of the {found.value} layout"
            raise InvalidInputError(msg, field="layout", value=layout)
        chosen = layout or found
        cells = {(row, column): v for row, line in rows.items() for column, v in line.items()}
        return cls.from_cells(cells, chosen)  # type: ignore[arg-type]

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
        labels. Every cell is present, blank cells as ``None``. The result reads
        back with :meth:`from_labels`.
        """
        values = tuple(v for line in self.cells.values for v in line)
        return to_labels(self.schema, values, language)  # type: ignore[return-value]

    def to_dict(self) -> dict[RequestRowKey, dict[RequestColumnKey, int | None]]:
        """The cells as ``{row key: {column key: value}}``."""
        return self.cells.to_dict()

    # -- checking --

    @property
    def rules(self) -> tuple[RowRule | ColumnRule, ...]:
        """The identities this table is checked against (see :func:`request_rules`)."""
        return request_rules(self.layout)

    def validate(
        self, *, blanks: BlankPolicy = BlankPolicy.SKIP, report_blanks: bool = True
    ) -> tuple[Finding, ...]:
        """One finding per broken identity, then one per blank cell; empty if all is well.

        The identities are: per row, the six applicant columns sum to 总计
        (:data:`RULE_ROW_TOTAL`); per column, the outcome rows sum to （七）总计
        (:data:`RULE_HANDLED_TOTAL`), and 一 + 二 = （七）总计 + 四
        (:data:`RULE_BALANCE`). An identity touching a blank cell is not
        checked unless ``blanks=BlankPolicy.ZERO``.
        """
        # the schema's own labels (those of label_of in zh), kept by position
        return check_schema(self.schema, self.cells, blanks=blanks, report_blanks=report_blanks)

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
        return RequestTable(self.cells + other.cells, self.layout, language=self.language)

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

        2021 → 2019 adds the three （六） rows into one (blank + n = n). 2019 →
        2021 is only possible when the single （六） row is blank, since one
        number cannot be split in three.
        """
        check_format(layout)
        if layout is self.layout:
            return self
        return self._to_layout(layout).with_language(self.language)

    def _to_layout(self, layout: ReportFormat) -> RequestTable:
        data = self.cells.to_dict()
        cells: dict[tuple[RequestRowKey, RequestColumnKey], int | None] = {}
        if layout is ReportFormat.V2019:
            for row, line in data.items():
                target: RequestRowKey = (
                    RequestRow.OTHER_HANDLING
                    if isinstance(row, Outcome) and row.group is OutcomeGroup.OTHER
                    else row
                )
                for column, value in line.items():
                    cells[target, column] = add_cells(cells.get((target, column)), value)
            return RequestTable.from_cells(cells, layout)
        other = data.pop(RequestRow.OTHER_HANDLING)
        if any(v is not None for v in other.values()):
            msg = "the 2019 （六）其他处理 row has numbers that cannot be split into 2021 sub-rows"
            raise InvalidInputError(msg, field="layout", value=layout)
        cells = {(row, column): v for row, line in data.items() for column, v in line.items()}
        return RequestTable.from_cells(cells, layout)

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
