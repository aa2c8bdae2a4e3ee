"""Tables 二, 三 and 四 of the annual report: from published numbers, checked, merged.

:class:`RequestTable` (table 三, requests received and handled) and
:class:`ReconsiderationLitigationTable` (table 四) are built from the official
labels exactly as a published report prints them, in either format, with a
blank cell kept blank (``None``), never read as zero:

>>> t = RequestTable.from_labels({
...     "一、本年新收政府信息公开申请数量": {"自然人": 3, "总计": 3},
...     "二、上年结转政府信息公开申请数量": {"自然人": 1, "总计": 1},
...     "（一）予以公开": {"自然人": 2, "总计": 2},
...     "(四)无法提供 1.本机关不掌握相关政府信息": {"自然人": 1, "总计": 1},
...     "（七）总计": {"自然人": 3, "总计": 3},
...     "四、结转下年度继续办理": {"自然人": 1, "总计": 1},
... })
>>> t["予以公开", "自然人"], t["予以公开", "商业企业"]
(2, None)
>>> [f for f in t.validate() if f.rule != "blank"]
[]
>>> t.to_labels()["（一）予以公开"]["自然人"]
2

``validate()`` returns one :class:`~govdisclosure.reports.Finding` per broken
identity (see :data:`REQUEST_RULES`) plus one per blank cell; it never changes
the table.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import numbers
from collections.abc import Callable, Hashable, Iterable, Mapping
from decimal import Decimal
from typing import Any, Literal

import attrs

from govdisclosure.errors import InvalidInputError, Problem, UnknownLabelError
from govdisclosure.jurisdictions.cn._labels import normalize_label
from govdisclosure.jurisdictions.cn.instruments import REPORT_FORMAT_2021
from govdisclosure.jurisdictions.cn.outcomes import Outcome, OutcomeGroup
from govdisclosure.jurisdictions.cn.report.format import (
    CASE_COLUMNS,
    CASE_KINDS,
    LITIGATION_HEADING,
    ORGANIZATION_HEADING,
    REQUEST_COLUMNS,
    RESULTS_HEADING,
    CaseKind,
    CaseResult,
    ProactiveCell,
    ProactiveColumn,
    ProactiveRow,
    ReportFormat,
    RequestColumnKey,
    RequestRow,
    RequestRowKey,
    RowSpec,
    Total,
    ValueKind,
    check_format,
    proactive_blocks,
    proactive_cells,
    request_rows,
)
from govdisclosure.law import Citation
from govdisclosure.reports import (
    BLANK_RULE,
    BlankPolicy,
    CellKey,
    ColumnRule,
    Finding,
    Record,
    RowRule,
    Table,
    add_cells,
    table_records,
    validate,
)
from govdisclosure.requests._applicants import ApplicantKind

__all__ = [
    "CASE_RULES",
    "RULE_BALANCE",
    "RULE_CARRY",
    "RULE_GROUP_TOTAL",
    "RULE_HANDLED_TOTAL",
    "RULE_ROW_TOTAL",
    "Language",
    "ProactiveTable",
    "ReconsiderationLitigationTable",
    "RequestTable",
    "check_carried_forward",
    "request_rules",
]

Language = Literal["zh", "en"]
"""Which labels to use: the official Chinese ones, or the English ones beside them."""

RULE_ROW_TOTAL = "cn.t3.row-total"
RULE_HANDLED_TOTAL = "cn.t3.handled-total"
RULE_BALANCE = "cn.t3.balance"
RULE_CARRY = "cn.t3.carried-forward"
RULE_GROUP_TOTAL = "cn.t4.group-total"

_APPLICANT_COLUMNS: tuple[ApplicantKind, ...] = tuple(ApplicantKind)
_REQUEST_COLUMN_KEYS: tuple[RequestColumnKey, ...] = tuple(c.key for c in REQUEST_COLUMNS)  # type: ignore[misc]
_CASE_RESULTS: tuple[CaseResult, ...] = tuple(CaseResult)
_CASE_COLUMN_KEYS: tuple[CaseResult | Total, ...] = (*_CASE_RESULTS, Total.TOTAL)

_TABLE_NOTE = Citation(REPORT_FORMAT_2021, note="table 三, note in the top-left cell")
_INFERRED = Citation(REPORT_FORMAT_2021, note="[INFERENCE], confirmed on real reports (spec §5.5)")
_INFERRED_4 = Citation(
    REPORT_FORMAT_2021, note="[INFERENCE], confirmed on real reports (spec §5.6)"
)


def _row_rule() -> RowRule:
    return RowRule(
        RULE_ROW_TOTAL,
        left=(Total.TOTAL,),
        right=_APPLICANT_COLUMNS,
        description="总计 must equal the sum of the six applicant columns",
        citation=_INFERRED,
    )


def _outcome_keys(layout: ReportFormat) -> tuple[RequestRowKey, ...]:
    return tuple(
        r.key
        for r in request_rows(layout)
        if isinstance(r.key, Outcome) or r.key is RequestRow.OTHER_HANDLING
    )


def request_rules(layout: ReportFormat) -> tuple[RowRule | ColumnRule, ...]:
    """The identities of table 三 in ``layout``, as data.

    - :data:`RULE_ROW_TOTAL`, per row: 总计 = the six applicant columns ([INFERENCE]).
    - :data:`RULE_HANDLED_TOTAL`, per column: （七）总计 = the sum of the outcome
      rows (（六） is one row in 2019) ([INFERENCE]).
    - :data:`RULE_BALANCE`, per column: 一 + 二 = 三（七） + 四 (stated in the
      table's top-left cell).

    >>> [r.rule for r in request_rules(ReportFormat.V2021)]
    ['cn.t3.row-total', 'cn.t3.handled-total', 'cn.t3.balance']
    """
    return _RULES_BY_FORMAT[layout]


def _build_request_rules(layout: ReportFormat) -> tuple[RowRule | ColumnRule, ...]:
    return (
        _row_rule(),
        ColumnRule(
            RULE_HANDLED_TOTAL,
            left=(RequestRow.HANDLED,),
            right=_outcome_keys(layout),
            description="（七）总计 must equal the sum of the outcome rows",
            citation=_INFERRED,
        ),
        ColumnRule(
            RULE_BALANCE,
            left=(RequestRow.NEW, RequestRow.CARRIED_OVER),
            right=(RequestRow.HANDLED, RequestRow.CARRIED_FORWARD),
            description="一 + 二 must equal 三（七） + 四 (the table's stated 勾稽关系)",
            citation=_TABLE_NOTE,
        ),
    )


_RULES_BY_FORMAT = {layout: _build_request_rules(layout) for layout in ReportFormat}

CASE_RULES: tuple[RowRule, ...] = (
    RowRule(
        RULE_GROUP_TOTAL,
        left=(Total.TOTAL,),
        right=_CASE_RESULTS,
        description="总计 must equal 结果维持 + 结果纠正 + 其他结果 + 尚未审结",
        citation=_INFERRED_4,
    ),
)
"""The identity of table 四, per group: the four results sum to 总计 ([INFERENCE])."""


# -- labels ------------------------------------------------------------------------

_HEADER = "header"
"""Marks a label that is a heading of the table (it has no cells of its own)."""

_SPEC_BY_KEY: dict[ReportFormat, dict[RequestRowKey, RowSpec]] = {
    layout: {spec.key: spec for spec in request_rows(layout)} for layout in ReportFormat
}


def _build_row_lookup() -> dict[str, RequestRowKey | str]:
    lookup: dict[str, RequestRowKey | str] = {}
    for layout in ReportFormat:
        for spec in request_rows(layout):
            for text in (spec.label, spec.full_label):
                lookup[normalize_label(text)] = spec.key
                lookup[normalize_label(text, drop_note=True)] = spec.key
    for group in (OutcomeGroup.WITHHELD, OutcomeGroup.UNAVAILABLE, OutcomeGroup.NOT_PROCESSED):
        lookup[normalize_label(group.label)] = _HEADER
    lookup[normalize_label(RESULTS_HEADING.zh)] = _HEADER
    return lookup


_ROW_LOOKUP = _build_row_lookup()
_RESULTS_PREFIX = normalize_label(RESULTS_HEADING.zh)
_ORG_PREFIX = normalize_label(ORGANIZATION_HEADING.zh)
_LITIGATION_PREFIX = normalize_label(LITIGATION_HEADING.zh)
_SEPARATORS = "-/·:|>→—"

_COLUMN_LOOKUP: dict[str, RequestColumnKey] = {
    normalize_label(c.label): c.key  # type: ignore[misc]
    for c in REQUEST_COLUMNS
}
_CASE_KIND_LOOKUP: dict[str, CaseKind] = {normalize_label(k.label): k for k in CaseKind}
_CASE_COLUMN_LOOKUP: dict[str, CaseResult | Total] = {
    **{normalize_label(r.label): r for r in CaseResult},
    **{normalize_label(r.label.removeprefix("结果")): r for r in CaseResult},
    normalize_label("总计"): Total.TOTAL,
}


def _strip_prefix(key: str, prefix: str) -> str:
    if key.startswith(prefix) and len(key) > len(prefix):
        return normalize_label(key[len(prefix) :].lstrip(_SEPARATORS))
    return key


def _resolve_request_row(label: object) -> RequestRowKey | str:
    """The row key (or :data:`_HEADER`) of a label of table 三; raise if unknown."""
    if isinstance(label, (RequestRow, Outcome)):
        return label
    if not isinstance(label, str):
        msg = "a row label must be a string"
        raise UnknownLabelError(msg, field="row", value=label)
    key = _strip_prefix(normalize_label(label), _RESULTS_PREFIX)
    found = _ROW_LOOKUP.get(key)
    if found is None:
        found = _ROW_LOOKUP.get(normalize_label(key, drop_note=True))
    if found is None:
        try:
            found = Outcome.from_label(key)
        except UnknownLabelError:
            msg = "not the label of any row of report table 三"
            raise UnknownLabelError(msg, field="row", value=label) from None
    return found


def _resolve_request_column(label: object) -> RequestColumnKey:
    if isinstance(label, (ApplicantKind, Total)):
        return label
    if not isinstance(label, str):
        msg = "a column label must be a string"
        raise UnknownLabelError(msg, field="column", value=label)
    key = _strip_prefix(normalize_label(label), _ORG_PREFIX)
    found = _COLUMN_LOOKUP.get(key)
    if found is None:
        msg = "not the label of any column of report table 三"
        raise UnknownLabelError(msg, field="column", value=label)
    return found


def _resolve_case_kind(label: object) -> CaseKind:
    if isinstance(label, CaseKind):
        return label
    if not isinstance(label, str):
        msg = "a group label must be a string"
        raise UnknownLabelError(msg, field="group", value=label)
    key = normalize_label(label)
    if key == _LITIGATION_PREFIX:
        return _HEADER  # type: ignore[return-value]  # the heading over the two kinds of suit
    key = _strip_prefix(key, _LITIGATION_PREFIX)
    found = _CASE_KIND_LOOKUP.get(key)
    if found is None:
        msg = "not the label of any group of report table 四"
        raise UnknownLabelError(msg, field="group", value=label)
    return found


def _resolve_case_column(label: object) -> CaseResult | Total:
    if isinstance(label, (CaseResult, Total)):
        return label
    if not isinstance(label, str):
        msg = "a column label must be a string"
        raise UnknownLabelError(msg, field="column", value=label)
    found = _CASE_COLUMN_LOOKUP.get(normalize_label(label))
    if found is None:
        msg = "not the label of any column of report table 四"
        raise UnknownLabelError(msg, field="column", value=label)
    return found


def _count(value: object, path: str, problems: list[Problem]) -> int | None:
    """``value`` as a count (``None`` for blank), or a problem noted and ``None``.

    Any whole number type (``numpy.int64`` from a data frame, say) is taken as
    the ``int`` it equals; ``bool``, floats and strings are refused.
    """
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        problems.append(Problem(path, "must be a whole number (int) or None for blank", value))
        return None
    count = int(value)
    if count < 0:
        problems.append(Problem(path, "a count must not be negative", value))
        return None
    return count


def _counts(cells: Mapping[Any, object], what: str) -> dict[Any, int | None]:
    problems: list[Problem] = []
    found = {key: _count(value, f"[{key!r}]", problems) for key, value in cells.items()}
    if problems:
        msg = f"invalid {what}"
        raise InvalidInputError(msg, problems=problems)
    return found


def _read_nested(  # noqa: C901 - one pass over a nested mapping, collecting every problem
    data: object,
    resolve_row: Callable[[object], Hashable],
    resolve_column: Callable[[object], Hashable],
    what: str,
) -> tuple[dict[Hashable, dict[Hashable, int | None]], list[Problem], list[Problem]]:
    """Read ``{row label: {column label: value}}``; collect every problem at once."""
    if not isinstance(data, Mapping):
        msg = f"{what} must be given as a mapping of row labels to mappings of column labels"
        raise InvalidInputError(msg, field="data", value=data)
    unknown: list[Problem] = []
    bad: list[Problem] = []
    rows: dict[Hashable, dict[Hashable, int | None]] = {}
    for row_label, line in data.items():
        try:
            row = resolve_row(row_label)
        except UnknownLabelError as err:
            unknown.extend(Problem(f"[{row_label!r}]", p.message, p.value) for p in err.problems)
            continue
        if not isinstance(line, Mapping):
            bad.append(Problem(f"[{row_label!r}]", "must be a mapping of column labels", line))
            continue
        cells: dict[Hashable, int | None] = {}
        for column_label, value in line.items():
            path = f"[{row_label!r}][{column_label!r}]"
            try:
                column = resolve_column(column_label)
            except UnknownLabelError as err:
                unknown.extend(Problem(path, p.message, p.value) for p in err.problems)
                continue
            if column in cells:
                bad.append(Problem(path, "the same column is given twice", column_label))
                continue
            cells[column] = _count(value, path, bad)
        if row == _HEADER:
            if any(v is not None for v in cells.values()):
                msg = "a group heading has no cells of its own; give its leaf rows"
                bad.append(Problem(f"[{row_label!r}]", msg, dict(line)))
            continue
        if row in rows:
            bad.append(Problem(f"[{row_label!r}]", "the same row is given twice", row_label))
            continue
        rows[row] = cells
    return rows, unknown, bad


def _raise_problems(what: str, unknown: list[Problem], bad: list[Problem]) -> None:
    if unknown:
        msg = f"unknown labels in {what}"
        raise UnknownLabelError(msg, problems=[*unknown, *bad])
    if bad:
        msg = f"invalid {what}"
        raise InvalidInputError(msg, problems=bad)


def _check_request_cells(cells: Table[Any, Any], layout: ReportFormat, field: str) -> None:
    expected = tuple(spec.key for spec in request_rows(layout))
    if cells.rows != expected or cells.columns != _REQUEST_COLUMN_KEYS:
        msg = f"the cells do not have the shape of table 三 in the {layout.value} format"
        raise InvalidInputError(msg, field=field, value=cells)
    problems: list[Problem] = []
    for row, column, value in cells.cells():
        if value is not None and value < 0:
            path = f"{field}[{row.value}, {column.value}]"
            problems.append(Problem(path, "a count must not be negative", value))
    if problems:
        msg = "invalid table 三"
        raise InvalidInputError(msg, problems=problems)


def _column_label(key: Hashable, language: Language) -> str:
    for spec in (*REQUEST_COLUMNS, *CASE_COLUMNS):
        if spec.key is key:
            return spec.label if language == "zh" else spec.label_en
    return str(getattr(key, "value", key))  # pragma: no cover - every key has a spec


def _rate(numerator: int | None, denominator: int | None) -> float | None:
    if numerator is None or denominator is None or denominator == 0:
        return None
    return numerator / denominator


# -- table 三 ----------------------------------------------------------------------


def _cell_key(key: object) -> tuple[object, object]:
    if not isinstance(key, tuple) or len(key) != 2:
        msg = "a cell is addressed by (row, column)"
        raise UnknownLabelError(msg, field="key", value=key)
    return key[0], key[1]


@attrs.frozen(repr=False)
class RequestTable:
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
    """

    cells: Table[RequestRowKey, RequestColumnKey]
    layout: ReportFormat = attrs.field(default=ReportFormat.V2021)

    def __attrs_post_init__(self) -> None:
        check_format(self.layout)
        cells: object = self.cells
        if not isinstance(cells, Table):
            msg = "must be a reports.Table"
            raise InvalidInputError(msg, field="cells", value=cells)
        _check_request_cells(self.cells, self.layout, "cells")

    # -- construction --

    @classmethod
    def empty(cls, layout: ReportFormat = ReportFormat.V2021) -> RequestTable:
        """The all-blank table of ``layout``: the identity of ``+``.

        >>> (RequestTable.empty() + RequestTable.zeros()) == RequestTable.zeros()
        True
        """
        rows = tuple(spec.key for spec in request_rows(check_format(layout)))
        return cls(Table.blank(rows, _REQUEST_COLUMN_KEYS), layout)

    @classmethod
    def zeros(cls, layout: ReportFormat = ReportFormat.V2021) -> RequestTable:
        """The table of ``layout`` with every cell 0 (nothing received or handled)."""
        rows = tuple(spec.key for spec in request_rows(check_format(layout)))
        return cls(Table.filled(rows, _REQUEST_COLUMN_KEYS, 0), layout)

    @classmethod
    def from_cells(
        cls,
        cells: Mapping[tuple[RequestRowKey, RequestColumnKey], int | None],
        layout: ReportFormat = ReportFormat.V2021,
    ) -> RequestTable:
        """A table from ``{(row key, column key): value}``; cells not given are blank."""
        rows = tuple(spec.key for spec in request_rows(check_format(layout)))
        found = _counts(cells, "table 三")
        return cls(Table.from_cells(rows, _REQUEST_COLUMN_KEYS, found), layout)

    @classmethod
    def from_labels(
        cls,
        data: Mapping[Any, Mapping[Any, int | None]],
        *,
        layout: ReportFormat | None = None,
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
        rows, unknown, bad = _read_nested(
            data, _resolve_request_row, _resolve_request_column, "table 三"
        )
        _raise_problems("table 三", unknown, bad)
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
    def row_specs(self) -> tuple[RowSpec, ...]:
        """The rows with their official and English labels."""
        return request_rows(self.layout)

    def __getitem__(self, key: tuple[object, object]) -> int | None:
        row_label, column_label = _cell_key(key)
        row = _resolve_request_row(row_label)
        column = _resolve_request_column(column_label)
        if row == _HEADER or row not in _SPEC_BY_KEY[self.layout]:
            msg = f"not a row with cells in the {self.layout.value} layout"
            raise UnknownLabelError(msg, field="row", value=row_label)
        return self.cells[row, column]

    def label_of(self, cell: CellKey, language: Language = "zh") -> str:
        """A cell's name for people: ``row label/column label``.

        >>> RequestTable.empty().label_of((Outcome.WITHHELD_STATE_SECRET, Total.TOTAL))
        '（三）不予公开 1.属于国家秘密/总计'
        """
        row, column = cell
        spec = _SPEC_BY_KEY[self.layout][row]  # type: ignore[index]
        row_text = spec.full_label if language == "zh" else spec.label_en
        return f"{row_text}/{_column_label(column, language)}"

    def to_labels(self, language: Language = "zh") -> dict[str, dict[str, int | None]]:
        """The cells as ``{row label: {column label: value}}``, with the official labels.

        Row labels are those printed in the 2021 format's table (a 2019 table's
        single （六） row is ``（六）其他处理``); ``language="en"`` gives the English
        labels. Every cell is present, blank cells as ``None``. The result reads
        back with :meth:`from_labels`.
        """
        out: dict[str, dict[str, int | None]] = {}
        for spec, line in zip(request_rows(self.layout), self.cells.values, strict=True):
            label = spec.label if language == "zh" else spec.label_en
            out[label] = {
                _column_label(column, language): value
                for column, value in zip(self.columns, line, strict=True)
            }
        return out

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
        return validate(
            self.cells,
            self.rules,
            blanks=blanks,
            report_blanks=report_blanks,
            label=self.label_of,
            table_name="requests",
        )

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
        return RequestTable(self.cells + other.cells, self.layout)

    def __radd__(self, other: object) -> RequestTable:
        if isinstance(other, int) and not isinstance(other, bool) and other == 0:
            return self
        return NotImplemented

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

    def to_records(self, *, agency: str, year: int) -> list[Record]:
        """One record per cell (long format), rows and columns by their stable codes."""
        return table_records(self.cells, agency=agency, year=year, table="requests")

    def __repr__(self) -> str:
        total = self.cells[RequestRow.NEW, Total.TOTAL]
        handled = self.cells[RequestRow.HANDLED, Total.TOTAL]
        return f"RequestTable({self.layout.value} format, new={total}, handled={handled})"

    def _repr_html_(self) -> str:
        from govdisclosure.jurisdictions.cn.report.render import request_table_html

        return request_table_html(self)


# -- table 四 ----------------------------------------------------------------------


def _check_case_cells(cells: Table[Any, Any]) -> None:
    if cells.rows != CASE_KINDS or cells.columns != _CASE_COLUMN_KEYS:
        msg = "the cells do not have the shape of table 四"
        raise InvalidInputError(msg, field="cells", value=cells)
    problems: list[Problem] = []
    for row, column, value in cells.cells():
        if value is not None and value < 0:
            problems.append(Problem(f"cells[{row.value}, {column.value}]", "negative", value))
    if problems:
        msg = "invalid table 四"
        raise InvalidInputError(msg, problems=problems)


@attrs.frozen(repr=False)
class ReconsiderationLitigationTable:
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
    """

    cells: Table[CaseKind, CaseResult | Total]

    def __attrs_post_init__(self) -> None:
        cells: object = self.cells
        if not isinstance(cells, Table):
            msg = "must be a reports.Table"
            raise InvalidInputError(msg, field="cells", value=cells)
        _check_case_cells(self.cells)

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
        found = _counts(cells, "table 四")
        return cls(Table.from_cells(CASE_KINDS, _CASE_COLUMN_KEYS, found))

    @classmethod
    def from_labels(
        cls, data: Mapping[Any, Mapping[Any, int | None]]
    ) -> ReconsiderationLitigationTable:
        """A table from ``{group label: {column label: int | None}}``.

        Group labels are 行政复议, 未经复议直接起诉 and 复议后起诉 (a leading
        行政诉讼 is allowed); column labels 结果维持, 结果纠正, 其他结果, 尚未审结
        and 总计, matched tolerantly like :meth:`RequestTable.from_labels`.
        Cells not given, or given as ``None``, are blank.

        Raises:
            UnknownLabelError: naming every label that matches nothing.
            InvalidInputError: for a value that is not a whole number ≥ 0 or ``None``.
        """
        rows, unknown, bad = _read_nested(
            data, _resolve_case_kind, _resolve_case_column, "table 四"
        )
        _raise_problems("table 四", unknown, bad)
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
        row, column = _cell_key(key)
        return self.cells[_resolve_case_kind(row), _resolve_case_column(column)]

    def to_row(self) -> tuple[int | None, ...]:
        """The 15 numbers of the published row, left to right."""
        return tuple(v for line in self.cells.values for v in line)

    def label_of(self, cell: CellKey, language: Language = "zh") -> str:
        """A cell's name for people: ``group label/column label``."""
        row, column = cell
        kind = row if isinstance(row, CaseKind) else _resolve_case_kind(row)
        group = kind.label if language == "zh" else kind.label_en
        return f"{group}/{_column_label(column, language)}"

    def to_labels(self, language: Language = "zh") -> dict[str, dict[str, int | None]]:
        """The cells as ``{group label: {column label: value}}``, official labels."""
        return {
            (kind.label if language == "zh" else kind.label_en): {
                _column_label(column, language): value
                for column, value in zip(self.cells.columns, line, strict=True)
            }
            for kind, line in zip(self.cells.rows, self.cells.values, strict=True)
        }

    def validate(
        self, *, blanks: BlankPolicy = BlankPolicy.SKIP, report_blanks: bool = True
    ) -> tuple[Finding, ...]:
        """One finding per group whose four results do not sum to 总计, then blanks."""
        return validate(
            self.cells,
            CASE_RULES,
            blanks=blanks,
            report_blanks=report_blanks,
            label=self.label_of,
            table_name="reconsideration_litigation",
        )

    def __add__(self, other: object) -> ReconsiderationLitigationTable:
        if not isinstance(other, ReconsiderationLitigationTable):
            return NotImplemented
        return ReconsiderationLitigationTable(self.cells + other.cells)

    def __radd__(self, other: object) -> ReconsiderationLitigationTable:
        if isinstance(other, int) and not isinstance(other, bool) and other == 0:
            return self
        return NotImplemented

    def to_records(self, *, agency: str, year: int) -> list[Record]:
        """One record per cell (long format), rows and columns by their stable codes."""
        return table_records(
            self.cells, agency=agency, year=year, table="reconsideration_litigation"
        )

    def __repr__(self) -> str:
        totals = ", ".join(f"{k.value}={self.cells[k, Total.TOTAL]}" for k in CASE_KINDS)
        return f"ReconsiderationLitigationTable({totals})"

    def _repr_html_(self) -> str:
        from govdisclosure.jurisdictions.cn.report.render import case_table_html

        return case_table_html(self)


# -- cross-year -------------------------------------------------------------------


def check_carried_forward(
    earlier: RequestTable,
    later: RequestTable,
    *,
    blanks: BlankPolicy = BlankPolicy.SKIP,
) -> tuple[Finding, ...]:
    """Findings where one year's 四 (carried forward) differs from the next year's 二.

    One finding per column whose numbers disagree. A column with a blank on
    either side is not compared unless ``blanks=BlankPolicy.ZERO``. The check
    is our reading (spec §5.5, identity 5: "cross-year, not stated").

    >>> a = RequestTable.from_labels({"四、结转下年度继续办理": {"自然人": 72, "总计": 72}})
    >>> b = RequestTable.from_labels({"二、上年结转政府信息公开申请数量": {"自然人": 70,
    ...                                                             "总计": 72}})
    >>> [f.message for f in check_carried_forward(a, b)]
    ['this year 四/自然人 = 72 but next year 二/自然人 = 70 (difference +2)']
    """
    found: list[Finding] = []
    for column in _REQUEST_COLUMN_KEYS:
        before = earlier.cells[RequestRow.CARRIED_FORWARD, column]
        after = later.cells[RequestRow.CARRIED_OVER, column]
        if blanks is BlankPolicy.SKIP and (before is None or after is None):
            continue
        left = before or 0
        right = after or 0
        if left == right:
            continue
        name = _column_label(column, "zh")
        message = (
            f"this year 四/{name} = {left} but next year 二/{name} = {right}"
            f" (difference {left - right:+d})"
        )
        found.append(
            Finding(
                rule=RULE_CARRY,
                message=message,
                cells=((RequestRow.CARRIED_FORWARD, column), (RequestRow.CARRIED_OVER, column)),
                numbers=(before, after),
                left=left,
                right=right,
                table="requests",
                citation=Citation(REPORT_FORMAT_2021, note="[INFERENCE], spec §5.5 identity 5"),
            )
        )
    return tuple(found)


# -- table 二 ----------------------------------------------------------------------

ProactiveValue = int | Decimal | None


def _build_proactive_lookups() -> tuple[
    dict[str, ProactiveRow], dict[str, ProactiveColumn], dict[str, str]
]:
    rows: dict[str, ProactiveRow] = {}
    columns: dict[str, ProactiveColumn] = {}
    captions: dict[str, str] = {}
    for layout in ReportFormat:
        for block in proactive_blocks(layout):
            captions[normalize_label(block.caption)] = block.caption
            for row, label in block.rows:
                rows[normalize_label(label.zh)] = row
            for column, label, _ in block.columns:
                columns[normalize_label(label.zh)] = column
                columns[normalize_label(label.zh, drop_note=True)] = column
    return rows, columns, captions


_P_ROWS, _P_COLUMNS, _P_CAPTIONS = _build_proactive_lookups()
_ONLY_2019_ROWS = frozenset({ProactiveRow.OTHER_SERVICES, ProactiveRow.PROCUREMENT})
_COLUMNS_2021 = frozenset(c.column for c in proactive_cells(ReportFormat.V2021))
_COLUMNS_2019 = frozenset(c.column for c in proactive_cells(ReportFormat.V2019))


def _check_proactive_value(value: object, kind: ValueKind, path: str) -> Problem | None:
    message: str | None = None
    if value is None:
        pass
    elif kind is ValueKind.AMOUNT:
        if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
            message = "an amount must be a Decimal (or int), never a float"
        elif isinstance(value, Decimal) and not value.is_finite():
            message = "an amount must be a finite number"
        elif value < 0:
            message = "an amount must not be negative"
    elif type(value) is not int:
        message = "must be a whole number (int) or None for blank"
    elif kind is ValueKind.COUNT and value < 0:
        message = "a count must not be negative"
    return None if message is None else Problem(path, message, value)


def _proactive_row(label: object) -> ProactiveRow | None:
    if isinstance(label, ProactiveRow):
        return label
    return _P_ROWS.get(normalize_label(label)) if isinstance(label, str) else None


def _proactive_column(label: object) -> ProactiveColumn | None:
    if isinstance(label, ProactiveColumn):
        return label
    if not isinstance(label, str):
        return None
    return _P_COLUMNS.get(normalize_label(label)) or _P_COLUMNS.get(
        normalize_label(label, drop_note=True)
    )


def _is_caption(label: object, line: Mapping[Any, ProactiveValue]) -> bool:
    return (
        isinstance(label, str)
        and normalize_label(label) in _P_CAPTIONS
        and all(v is None for v in line.values())
    )


def _as_values(values: Iterable[ProactiveValue]) -> tuple[ProactiveValue, ...]:
    return tuple(values)


def _add_values(a: ProactiveValue, b: ProactiveValue) -> ProactiveValue:
    if a is None:
        return b
    if b is None:
        return a
    return a + b


@attrs.frozen(repr=False)
class ProactiveTable:
    """Table 二: proactive disclosure (rules and documents, decisions, fees), one format.

    A cell is a count (``int``), an amount (:class:`~decimal.Decimal`; fees are
    in 万元 in the 2021 format and may be fractional), or ``None`` (blank).
    The format states no identity for table 二; the natural stock-and-flow
    check (last year in force + issued − repealed = in force) is our reading
    and fails in practice (amended rules, rules issued and repealed in one
    year), so :meth:`validate` reports blank cells only.

    >>> t = ProactiveTable.from_labels({"规章": {"本年制发件数": 3, "本年废止件数": 5,
    ...     "现行有效件数": 74}, "行政事业性收费": {"本年收费金额（单位：万元）": Decimal("1.5")}})
    >>> t[ProactiveRow.RULES, ProactiveColumn.IN_FORCE], t["行政事业性收费", "本年收费金额"]
    (74, Decimal('1.5'))

    Attributes:
        values: One value per cell, in the order of
            :func:`~cn.report.format.proactive_cells` for ``layout``.
        layout: The report format.
    """

    values: tuple[ProactiveValue, ...] = attrs.field(converter=_as_values)
    layout: ReportFormat = ReportFormat.V2021

    def __attrs_post_init__(self) -> None:
        check_format(self.layout)
        specs = proactive_cells(self.layout)
        if len(self.values) != len(specs):
            msg = f"table 二 has {len(specs)} cells in the {self.layout.value} format"
            raise InvalidInputError(msg, field="values", value=len(self.values))
        problems = [
            p
            for spec, value in zip(specs, self.values, strict=True)
            if (
                p := _check_proactive_value(
                    value, spec.kind, f"[{spec.row.value}, {spec.column.value}]"
                )
            )
            is not None
        ]
        if problems:
            msg = "invalid table 二"
            raise InvalidInputError(msg, problems=problems)
        normalized = tuple(
            Decimal(v) if spec.kind is ValueKind.AMOUNT and type(v) is int else v
            for spec, v in zip(specs, self.values, strict=True)
        )
        object.__setattr__(self, "values", normalized)

    @property
    def cell_specs(self) -> tuple[ProactiveCell, ...]:
        """The cells of this format, in order."""
        return proactive_cells(self.layout)

    @classmethod
    def empty(cls, layout: ReportFormat = ReportFormat.V2021) -> ProactiveTable:
        """The all-blank table of ``layout``: the identity of ``+``."""
        return cls((None,) * len(proactive_cells(check_format(layout))), layout)

    @classmethod
    def from_cells(
        cls,
        cells: Mapping[tuple[ProactiveRow, ProactiveColumn], ProactiveValue],
        layout: ReportFormat = ReportFormat.V2021,
    ) -> ProactiveTable:
        """A table from ``{(row, column): value}``; cells not given are blank.

        Raises:
            UnknownLabelError: for a cell the format does not have.
        """
        specs = proactive_cells(check_format(layout))
        index = {(s.row, s.column): i for i, s in enumerate(specs)}
        values: list[ProactiveValue] = [None] * len(specs)
        unknown: list[Problem] = []
        for key, value in cells.items():
            i = index.get(key)
            if i is None:
                msg = f"no such cell in table 二 of the {layout.value} format"
                unknown.append(Problem("cells", msg, key))
                continue
            values[i] = value
        if unknown:
            msg = "unknown cells"
            raise UnknownLabelError(msg, problems=unknown)
        return cls(tuple(values), layout)

    @classmethod
    def from_labels(
        cls,
        data: Mapping[Any, Mapping[Any, ProactiveValue]],
        *,
        layout: ReportFormat | None = None,
    ) -> ProactiveTable:
        """A table from ``{row label: {column label: value}}``, in either format.

        Block captions (第二十条第（一）项 …) may be given with no numbers. The
        format is read from the labels (2021: 本年制发件数 …; 2019: 本年新制作数量,
        上一年项目数量 …); pass ``layout`` to insist on one.

        Raises:
            UnknownLabelError: naming every label that matches nothing.
            InvalidInputError: for a bad value, or labels of both formats.
        """
        given: object = data
        if not isinstance(given, Mapping):
            msg = "table 二 must be a mapping of row labels to mappings of column labels"
            raise InvalidInputError(msg, field="data", value=given)
        unknown: list[Problem] = []
        cells: dict[tuple[ProactiveRow, ProactiveColumn], ProactiveValue] = {}
        for row_label, line in given.items():
            if _is_caption(row_label, line):
                continue
            row = _proactive_row(row_label)
            if row is None:
                msg = "not the label of any row of report table 二"
                unknown.append(Problem(f"[{row_label!r}]", msg, row_label))
                continue
            for column_label, value in line.items():
                column = _proactive_column(column_label)
                if column is None:
                    msg = "not the label of any column of report table 二"
                    path = f"[{row_label!r}][{column_label!r}]"
                    unknown.append(Problem(path, msg, column_label))
                    continue
                cells[row, column] = value
        if unknown:
            msg = "unknown labels in table 二"
            raise UnknownLabelError(msg, problems=unknown)
        columns = {c for _, c in cells}
        rows = {r for r, _ in cells}
        says_2019 = bool(rows & _ONLY_2019_ROWS or columns - _COLUMNS_2021)
        says_2021 = bool(columns - _COLUMNS_2019)
        if says_2019 and says_2021:
            msg = "labels of both the 2019 and the 2021 format of table 二"
            raise InvalidInputError(msg, field="data", value=sorted(c.value for c in columns))
        found = ReportFormat.V2019 if says_2019 else ReportFormat.V2021
        if layout is not None and (says_2019 or says_2021) and check_format(layout) is not found:
            msg = f"the labels given are those of the {found.value} format"
            raise InvalidInputError(msg, field="layout", value=layout)
        return cls.from_cells(cells, layout or found)

    def __getitem__(self, key: tuple[object, object]) -> ProactiveValue:
        row_label, column_label = _cell_key(key)
        row = _proactive_row(row_label)
        column = _proactive_column(column_label)
        for spec, value in zip(self.cell_specs, self.values, strict=True):
            if spec.row is row and spec.column is column:
                return value
        msg = f"no such cell in table 二 of the {self.layout.value} format"
        raise UnknownLabelError(msg, field="cell", value=key)

    def cells(self) -> tuple[tuple[ProactiveRow, ProactiveColumn, ProactiveValue], ...]:
        """Every cell as ``(row, column, value)``, block by block."""
        return tuple(
            (spec.row, spec.column, value)
            for spec, value in zip(self.cell_specs, self.values, strict=True)
        )

    def label_of(
        self, cell: tuple[ProactiveRow, ProactiveColumn], language: Language = "zh"
    ) -> str:
        """A cell's name for people: ``row label/column label`` in this format."""
        row, column = cell
        for block in proactive_blocks(self.layout):
            row_labels = dict(block.rows)
            column_labels = {c: label for c, label, _ in block.columns}
            if row in row_labels and column in column_labels:
                r, c = row_labels[row], column_labels[column]
                return f"{r.zh}/{c.zh}" if language == "zh" else f"{r.en}/{c.en}"
        msg = "no such cell in table 二"
        raise UnknownLabelError(msg, field="cell", value=cell)

    def to_labels(self, language: Language = "zh") -> dict[str, dict[str, ProactiveValue]]:
        """The cells as ``{row label: {column label: value}}``, in this format's labels."""
        out: dict[str, dict[str, ProactiveValue]] = {}
        for row, column, value in self.cells():
            row_text, column_text = self.label_of((row, column), language).split("/", 1)
            out.setdefault(row_text, {})[column_text] = value
        return out

    def validate(self) -> tuple[Finding, ...]:
        """One finding per blank cell (the format states no identity for table 二)."""
        return tuple(
            Finding(
                rule=BLANK_RULE,
                message=f"{self.label_of((row, column))} is blank",
                cells=((row, column),),
                numbers=(None,),
                table="proactive",
            )
            for row, column, value in self.cells()
            if value is None
        )

    def __add__(self, other: object) -> ProactiveTable:
        if not isinstance(other, ProactiveTable):
            return NotImplemented
        if other.layout is not self.layout:
            msg = "tables 二 of different formats cannot be added"
            raise InvalidInputError(msg, field="layout", value=other.layout)
        values = tuple(map(_add_values, self.values, other.values))
        return ProactiveTable(values, self.layout)

    def __radd__(self, other: object) -> ProactiveTable:
        if isinstance(other, int) and not isinstance(other, bool) and other == 0:
            return self
        return NotImplemented

    def to_records(self, *, agency: str, year: int) -> list[Record]:
        """One record per cell (long format); amounts stay :class:`~decimal.Decimal`."""
        return [
            {
                "agency": agency,
                "year": year,
                "table": "proactive",
                "row": row.value,
                "column": column.value,
                "value": value,
            }
            for row, column, value in self.cells()
        ]

    def __repr__(self) -> str:
        filled = sum(v is not None for v in self.values)
        return f"ProactiveTable({self.layout.value} format, {filled}/{len(self.values)} filled)"

    def _repr_html_(self) -> str:
        from govdisclosure.jurisdictions.cn.report.render import proactive_table_html

        return proactive_table_html(self)
