"""Table 四 of the annual report: reconsideration and litigation about disclosure.

A thin typed wrapper over the generic engine and :data:`~.schemas.CASE_SCHEMA`;
what is the format's own is the published row of 15 numbers
(:meth:`~ReconsiderationLitigationTable.from_row`, :meth:`~ReconsiderationLitigationTable.to_row`).

>>> ReconsiderationLitigationTable.zeros().validate()
()

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, cast

import attrs

from govdisclosure.errors import InvalidInputError
from govdisclosure.jurisdictions.cn.report._request_table import cell_key
from govdisclosure.jurisdictions.cn.report._shown import ShownTable
from govdisclosure.jurisdictions.cn.report._tolerant import LabelTolerance
from govdisclosure.jurisdictions.cn.report.format import (
    CASE_KINDS,
    CaseKind,
    CaseResult,
    ReportFormat,
    Total,
)
from govdisclosure.jurisdictions.cn.report.matching import CASE_MATCHER
from govdisclosure.jurisdictions.cn.report.render import case_table_html
from govdisclosure.jurisdictions.cn.report.schemas import (
    CASE_SCHEMA,
    Language,
    language_validator,
)
from govdisclosure.reports import (
    BlankPolicy,
    CellKey,
    Finding,
    Table,
    TableSchema,
    check_grid,
    check_schema,
    coerce_cells,
    label_index,
    read_labels,
    to_labels,
)

__all__ = ["ReconsiderationLitigationTable"]

_CASE_COLUMN_KEYS: tuple[CaseResult | Total, ...] = CASE_SCHEMA.column_keys  # type: ignore[assignment]


@attrs.frozen(repr=False)
class ReconsiderationLitigationTable(ShownTable):
    """Table 四: reconsideration and litigation about disclosure (three groups of five).

    Rows are the three :class:`CaseKind` groups (行政复议, 未经复议直接起诉,
    复议后起诉); columns the four :class:`CaseResult` members and
    :attr:`Total.TOTAL`. The published table prints the three groups side by
    side as one row of 15 numbers (:meth:`from_row` reads that).

    >>> t = ReconsiderationLitigationTable.from_labels(
    ...     {"行政复议": {"结果维持": 376, "结果纠正": 97, "其他结果": 196, "尚未审结": 121,
    ...                  "总计": 790}})
    >>> t["行政复议", "总计"], t.validate(report_blanks=False)
    (790, ())

    Attributes:
        cells: The grid: the three groups by the five columns.
        language: The language it is shown in (``"zh"`` or ``"en"``): by
            ``_repr_html_`` in a notebook, and by ``to_html``, ``to_records`` and
            ``to_dataframe`` when they are given none. A display preference, not
            data: it takes no part in ``==``, and ``+`` keeps the left table's.

    .. versionchanged:: 0.3.0 ``language``.
    """

    cells: Table[CaseKind, CaseResult | Total]
    language: Language = attrs.field(
        default="zh", kw_only=True, eq=False, validator=language_validator
    )

    records_name: ClassVar[str] = "reconsideration_litigation"

    def __attrs_post_init__(self) -> None:
        cells: object = self.cells
        if not isinstance(cells, Table):
            msg = "must be a reports.Table"
            raise InvalidInputError(msg, field="cells", value=cells)
        check_grid(CASE_SCHEMA, self.cells, field="cells", what="table 四")

    @property
    def schema(self) -> TableSchema:
        """The schema of table 四."""
        return CASE_SCHEMA

    @property
    def layout(self) -> ReportFormat:
        """Table 四 is the same in both formats; this is the current one."""
        return ReportFormat.V2021

    @classmethod
    def empty(cls) -> ReconsiderationLitigationTable:
        """The all-blank table: the identity of ``+``."""
        return cls(Table.blank(CASE_KINDS, _CASE_COLUMN_KEYS))

    @classmethod
    def zeros(cls) -> ReconsiderationLitigationTable:
        """Every cell 0: no case at all."""
        return cls(Table.filled(CASE_KINDS, _CASE_COLUMN_KEYS, 0))

    @classmethod
    def from_cells(
        cls, cells: Mapping[tuple[CaseKind, CaseResult | Total], int | None]
    ) -> ReconsiderationLitigationTable:
        """A table from ``{(group, column): value}``; cells not given are blank."""
        found = cast("dict[Any, int | None]", coerce_cells(cells, what="table 四"))
        return cls(Table.from_cells(CASE_KINDS, _CASE_COLUMN_KEYS, found))

    @classmethod
    def from_labels(
        cls,
        data: Mapping[Any, Mapping[Any, int | None]],
        *,
        labels: LabelTolerance | None = None,
    ) -> ReconsiderationLitigationTable:
        """A table from ``{group label: {column label: int | None}}``.

        Group labels are 行政复议, 未经复议直接起诉 and 复议后起诉 (a leading
        行政诉讼 is allowed); column labels 结果维持, 结果纠正, 其他结果, 尚未审结
        and 总计, matched tolerantly like :meth:`RequestTable.from_labels`.
        Cells not given, or given as ``None``, are blank. ``labels=LabelTolerance()``
        reads variants and near misses too (strict by default).

        Raises:
            UnknownLabelError: naming every label that matches nothing.
            InvalidInputError: for a value that is not a whole number ≥ 0 or ``None``.
        """
        if labels is not None:  # printed labels (0.3.0): see LabelTolerance
            data = labels.translate("cases", data)
        index = label_index(CASE_SCHEMA, CASE_MATCHER)
        grid = None if index is None else index.read(data)
        if grid is not None and index is not None:  # exact labels, counts: by position
            lines = cast("tuple[tuple[int | None, ...], ...]", index.rows_of(grid))
            return cls(Table(CASE_KINDS, _CASE_COLUMN_KEYS, lines))
        rows = read_labels(data, CASE_MATCHER, what="table 四")
        cells = {(row, column): v for row, line in rows.items() for column, v in line.items()}
        return cls.from_cells(cells)  # type: ignore[arg-type]

    @classmethod
    def from_row(cls, values: Iterable[int | None]) -> ReconsiderationLitigationTable:
        """A table from the 15 numbers of the published row, left to right.

        >>> t = ReconsiderationLitigationTable.from_row([5, None, None, 2, 7] + [None] * 10)
        >>> t[CaseKind.RECONSIDERATION, Total.TOTAL]
        7
        """
        found = list(values)
        if len(found) != len(CASE_KINDS) * len(_CASE_COLUMN_KEYS):
            msg = "table 四 has 15 numbers: three groups of five"
            raise InvalidInputError(msg, field="values", value=found)
        width = len(_CASE_COLUMN_KEYS)
        cells = {
            (kind, column): found[i * width + j]
            for i, kind in enumerate(CASE_KINDS)
            for j, column in enumerate(_CASE_COLUMN_KEYS)
        }
        return cls.from_cells(cells)

    def __getitem__(self, key: tuple[object, object]) -> int | None:
        row, column = cell_key(key)
        return self.cells[CASE_MATCHER.row(row), CASE_MATCHER.column(column)]  # type: ignore[index]

    def to_row(self) -> tuple[int | None, ...]:
        """The 15 numbers of the published row, left to right."""
        return tuple(v for line in self.cells.values for v in line)

    def label_of(self, cell: CellKey, language: Language = "zh") -> str:
        """A cell's name for people: ``group label/column label``."""
        row, column = cell
        return CASE_SCHEMA.cell_label((CASE_MATCHER.row(row), column), language)

    def to_labels(self, language: Language = "zh") -> dict[str, dict[str, int | None]]:
        """The cells as ``{group label: {column label: value}}``, official labels."""
        return to_labels(CASE_SCHEMA, self.to_row(), language)  # type: ignore[return-value]

    def validate(
        self, *, blanks: BlankPolicy = BlankPolicy.SKIP, report_blanks: bool = True
    ) -> tuple[Finding, ...]:
        """One finding per group whose four results do not sum to 总计, then blanks."""
        # the schema's own labels (those of label_of in zh), kept by position
        return check_schema(CASE_SCHEMA, self.cells, blanks=blanks, report_blanks=report_blanks)

    def __add__(self, other: object) -> ReconsiderationLitigationTable:
        if not isinstance(other, ReconsiderationLitigationTable):
            return NotImplemented
        return ReconsiderationLitigationTable(self.cells + other.cells, language=self.language)

    def _html(self, language: Language) -> str:
        return case_table_html(self, language)

    def __repr__(self) -> str:
        totals = ", ".join(f"{k.value}={self.cells[k, Total.TOTAL]}" for k in CASE_KINDS)
        return f"ReconsiderationLitigationTable({totals})"
