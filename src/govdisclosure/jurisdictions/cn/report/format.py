"""The national formats of the annual report (2021, and the 2019 trial format), as data.

Every label here is an official Chinese label with an English one beside it,
and every layout carries the citation of the format document it comes from:
国办公开办函〔2021〕30号 (``instruments.REPORT_FORMAT_2021``) or
国办公开办函〔2019〕60号 (``instruments.REPORT_FORMAT_2019``).
The 2021 labels are those of the format as republished (``instruments.REPORT_FORMAT_2021``
says which copy was read) and reproduced by several independent annual-report parsers
and fixtures ([3P]); the 2019 labels are those of the real 2019 report of the Shanghai
municipal government's general office, which follows the trial format.

The two formats differ in table 二 (other columns and rows) and in one place
of table 三: the 2019 format has （六）其他处理 as a single row, the 2021 format
splits it in three (and keeps （六）其他处理 as their parent row). Table 四 is the same.

>>> len(request_rows(ReportFormat.V2021)), len(request_rows(ReportFormat.V2019))
(26, 23)
>>> [c.label for c in REQUEST_COLUMNS]
['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']
>>> SECTIONS[2].label
'三、收到和处理政府信息公开申请情况'
>>> str(ReportFormat.V2021.citation)
'Report Format (2021)'

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
from datetime import date

import attrs

import govdisclosure.jurisdictions.cn.report._format_data as _data
from govdisclosure.errors import InvalidInputError
from govdisclosure.jurisdictions.cn.instruments import (
    OGI_2019,
    REPORT_FORMAT_2019,
    REPORT_FORMAT_2021,
)
from govdisclosure.jurisdictions.cn.outcomes import Outcome, OutcomeGroup
from govdisclosure.jurisdictions.cn.report._proactive_keys import (
    ProactiveColumn,
    ProactiveRow,
    ValueKind,
)
from govdisclosure.law import Citation, Instrument, Version, Versioned
from govdisclosure.requests._applicants import ApplicantKind

__all__ = [
    "CASE_COLUMNS",
    "CASE_KINDS",
    "FORMAT_BY_REPORT_YEAR",
    "OTHER_SUB_ROWS",
    "REQUEST_COLUMNS",
    "REQUEST_TABLE_NOTE",
    "SECTIONS",
    "CaseKind",
    "CaseResult",
    "ColumnSpec",
    "Label",
    "ProactiveBlock",
    "ProactiveCell",
    "ProactiveColumn",
    "ProactiveRow",
    "ReportFormat",
    "RequestColumnKey",
    "RequestRow",
    "RequestRowKey",
    "RowSpec",
    "Section",
    "Total",
    "ValueKind",
    "case_columns",
    "format_for_year",
    "proactive_blocks",
    "proactive_cells",
    "request_rows",
    "sections",
]


class ReportFormat(enum.Enum):
    """A version of the national annual-report format."""

    V2019 = "2019"
    """The trial format, 国办公开办函〔2019〕60号."""
    V2021 = "2021"
    """The current format, 国办公开办函〔2021〕30号 (replaced the trial format)."""

    @property
    def instrument(self) -> Instrument:
        """The format document."""
        return REPORT_FORMAT_2019 if self is ReportFormat.V2019 else REPORT_FORMAT_2021

    @property
    def citation(self) -> Citation:
        """A citation of the format document."""
        return Citation(self.instrument)

    @property
    def label(self) -> str:
        """The document number, e.g. ``国办公开办函〔2021〕30号``."""
        return self.instrument.number or self.instrument.title


FORMAT_BY_REPORT_YEAR: Versioned[ReportFormat] = Versioned(
    "national annual-report format (by report year)",
    (
        Version(
            ReportFormat.V2019,
            start=date(2019, 1, 1),
            citation=Citation(REPORT_FORMAT_2019, note="first used for the 2019 reports"),
        ),
        Version(
            ReportFormat.V2021,
            start=date(2021, 1, 1),
            citation=Citation(
                REPORT_FORMAT_2021, note="issued 2021-09-26, for the 2021 reports on"
            ),
        ),
    ),
)
"""Which format a report for a given year is written in, keyed by 1 January of the year.

Our reading ([INFERENCE]): the trial format was issued for the 2019 reports,
and the 2021 format, issued on 26 September 2021, first applied to the 2021
reports. Pass a format explicitly to override. Years before 2019 have no
national format and raise :class:`~govdisclosure.errors.NoRuleInForceError`.
"""


def format_for_year(year: int) -> ReportFormat:
    """The format a report for ``year`` is written in (see :data:`FORMAT_BY_REPORT_YEAR`).

    >>> format_for_year(2020), format_for_year(2025)
    (<ReportFormat.V2019: '2019'>, <ReportFormat.V2021: '2021'>)
    """
    return FORMAT_BY_REPORT_YEAR.in_force(date(year, 1, 1)).value


@attrs.frozen
class Label:
    """An official Chinese label with an English label beside it."""

    zh: str
    en: str

    def __str__(self) -> str:
        return self.zh


@attrs.frozen
class Section:
    """A section heading of the report (一 … 六), with the article of Art 50 it answers."""

    number: int
    label: str
    label_en: str
    citation: Citation


def _section(data: tuple[int, str, str, str | None]) -> Section:
    number, label, label_en, item = data
    citation = Citation(REPORT_FORMAT_2021) if item is None else Citation(OGI_2019, "50", item=item)
    return Section(number, label, label_en, citation)


SECTIONS: tuple[Section, ...] = tuple(_section(s) for s in _data.SECTIONS_2021)
"""The section headings of the 2021 format (国办公开办函〔2021〕30号)."""

_SECTIONS_2019 = (*SECTIONS[:4], _section(_data.SECTION_5_2019), SECTIONS[5])


def sections(layout: ReportFormat) -> tuple[Section, ...]:
    """The section headings of a format.

    The 2019 headings are those printed in the 2019-format Shanghai report; they
    differ from 2021 only in 五.

    >>> sections(ReportFormat.V2019)[4].label
    '五、政府信息公开工作存在的主要问题及改进情况'
    """
    return _SECTIONS_2019 if layout is ReportFormat.V2019 else SECTIONS


# -- table 三: requests ---------------------------------------------------------


class RequestRow(enum.Enum):
    """The rows of table 三 that are not outcome rows (those are :class:`~cn.Outcome`)."""

    NEW = "new"
    """一、本年新收政府信息公开申请数量: applications received this year."""
    CARRIED_OVER = "carried_over"
    """二、上年结转政府信息公开申请数量: applications carried over from last year."""
    OTHER_HANDLING = "other_handling"
    """（六）其他处理: the single row of 2019; in 2021 the parent of its three sub-rows.

    .. versionchanged:: 0.3.0 a row of the 2021 layout too."""
    HANDLED = "handled"
    """三（七）总计: all applications handled (concluded) this year."""
    CARRIED_FORWARD = "carried_forward"
    """四、结转下年度继续办理: applications carried forward to next year."""


class Total(enum.Enum):
    """The 总计 (total) column of tables 三 and 四."""

    TOTAL = "total"


RequestRowKey = RequestRow | Outcome
"""A row of table 三: a :class:`RequestRow` or a leaf :class:`~cn.Outcome` row."""

RequestColumnKey = ApplicantKind | Total
"""A column of table 三: an applicant kind, or :attr:`Total.TOTAL`."""


@attrs.frozen
class RowSpec:
    """A numeric row of table 三 in one format.

    Attributes:
        key: The row key.
        label: The label as printed in the row's cell, with its enumerator.
        label_en: An English label.
        group: The outcome group (（一）…（六）) the row sits under, if any.
    """

    key: RequestRowKey
    label: str
    label_en: str
    group: OutcomeGroup | None = None

    @property
    def full_label(self) -> str:
        """The label with its group in front where the printed one is a bare leaf.

        >>> request_rows(ReportFormat.V2021)[4].full_label
        '（三）不予公开 1.属于国家秘密'
        """
        if self.group is None or self.label.startswith("（"):
            return self.label
        return f"{self.group.label} {self.label}"


@attrs.frozen
class ColumnSpec:
    """A column of a table: its key, official label and English label."""

    key: RequestColumnKey | CaseResult
    label: str
    label_en: str


REQUEST_TABLE_NOTE = Label(*_data.REQUEST_TABLE_NOTE)
"""The note in the top-left cell of table 三: the one identity the format states."""

TOTAL_LABEL = Label(*_data.TOTAL)
APPLICANT_HEADING = Label(*_data.APPLICANT_HEADING)
ORGANIZATION_HEADING = Label(*_data.ORGANIZATION_HEADING)
RESULTS_HEADING = Label(*_data.RESULTS_HEADING)

REQUEST_COLUMNS: tuple[ColumnSpec, ...] = (
    *(ColumnSpec(ApplicantKind(key), zh, en) for key, zh, en in _data.REQUEST_COLUMNS),
    ColumnSpec(Total.TOTAL, *_data.TOTAL),
)
"""The seven columns of table 三 (both formats): six applicant kinds, then 总计."""


def _fixed_row(row: RequestRow, group: OutcomeGroup | None = None) -> RowSpec:
    return RowSpec(row, *_data.REQUEST_ROWS[row.value], group)


_NEW = _fixed_row(RequestRow.NEW)
_CARRIED_OVER = _fixed_row(RequestRow.CARRIED_OVER)
_HANDLED = _fixed_row(RequestRow.HANDLED)
_CARRIED_FORWARD = _fixed_row(RequestRow.CARRIED_FORWARD)
_OTHER_HANDLING = _fixed_row(RequestRow.OTHER_HANDLING, OutcomeGroup.OTHER)

_GROUP_NUMBER = {group: i + 1 for i, group in enumerate(OutcomeGroup)}
FLAT_GROUPS = (OutcomeGroup.DISCLOSED, OutcomeGroup.PARTLY_DISCLOSED)
"""The outcome groups printed as one row of their own, with no leaf rows under them."""


def group_heading(group: OutcomeGroup) -> Label:
    """The heading of an outcome group in table 三, with the English one numbered.

    >>> group_heading(OutcomeGroup.WITHHELD).en
    '(3) Not disclosed'
    """
    return Label(group.label, f"({_GROUP_NUMBER[group]}) {group.label_en}")


def _outcome_rows(*, split_other: bool) -> tuple[RowSpec, ...]:
    rows: list[RowSpec] = []
    counters: dict[OutcomeGroup, int] = {}
    for outcome in Outcome:
        group = outcome.group
        if outcome is Outcome.OTHER_CORRECTION_LAPSED:
            rows.append(_OTHER_HANDLING)  # the single row (2019), the parent (2021)
        if group is OutcomeGroup.OTHER and not split_other:
            continue
        if group in FLAT_GROUPS:
            label = group.label
            label_en = f"({_GROUP_NUMBER[group]}) {outcome.label_en}"
        else:
            counters[group] = counters.get(group, 0) + 1
            label = f"{counters[group]}.{outcome.label}"
            label_en = f"{counters[group]}. {outcome.label_en}"
        rows.append(RowSpec(outcome, label, label_en, group))
    return tuple(rows)


_ROWS_2021: tuple[RowSpec, ...] = (
    _NEW,
    _CARRIED_OVER,
    *_outcome_rows(split_other=True),
    _HANDLED,
    _CARRIED_FORWARD,
)
_ROWS_2019: tuple[RowSpec, ...] = (
    _NEW,
    _CARRIED_OVER,
    *_outcome_rows(split_other=False),
    _HANDLED,
    _CARRIED_FORWARD,
)


def request_rows(layout: ReportFormat) -> tuple[RowSpec, ...]:
    """The numeric rows of table 三 in ``layout``, in order (26 in 2021, with （六）, 23 in 2019).

    >>> [r.label for r in request_rows(ReportFormat.V2019)[-3:]]
    ['（六）其他处理', '（七）总计', '四、结转下年度继续办理']
    """
    return _ROWS_2019 if layout is ReportFormat.V2019 else _ROWS_2021


OTHER_SUB_ROWS: tuple[Outcome, ...] = tuple(o for o in Outcome if o.group is OutcomeGroup.OTHER)
"""The three sub-rows of （六）其他处理 in the 2021 format (one row in 2019). New in 0.3.0."""


# -- table 四: reconsideration and litigation -----------------------------------


class CaseKind(enum.Enum):
    """The three groups of table 四: reconsideration, and two kinds of litigation."""

    RECONSIDERATION = "reconsideration"
    """行政复议: administrative reconsideration."""
    LITIGATION_DIRECT = "litigation_direct"
    """行政诉讼 / 未经复议直接起诉: a suit brought without reconsideration first."""
    LITIGATION_AFTER_RECONSIDERATION = "litigation_after_reconsideration"
    """行政诉讼 / 复议后起诉: a suit brought after reconsideration."""

    @property
    def label(self) -> str:
        """The official group label."""
        return _CASE_KIND_LABELS[self].zh

    @property
    def label_en(self) -> str:
        """An English label."""
        return _CASE_KIND_LABELS[self].en

    @property
    def is_litigation(self) -> bool:
        """Whether the group sits under 行政诉讼."""
        return self is not CaseKind.RECONSIDERATION


class CaseResult(enum.Enum):
    """The result columns of table 四 (without 总计)."""

    MAINTAINED = "maintained"
    """结果维持: the decision was upheld."""
    CORRECTED = "corrected"
    """结果纠正: the decision was corrected."""
    OTHER = "other"
    """其他结果: another result (withdrawal, dismissal on other grounds …)."""
    PENDING = "pending"
    """尚未审结: not yet decided."""

    @property
    def label(self) -> str:
        """The official column label."""
        return _CASE_RESULT_LABELS[self].zh

    @property
    def label_en(self) -> str:
        """An English label."""
        return _CASE_RESULT_LABELS[self].en


_CASE_KIND_LABELS = {CaseKind(key): Label(*pair) for key, pair in _data.CASE_KINDS.items()}
_CASE_RESULT_LABELS = {CaseResult(key): Label(*pair) for key, pair in _data.CASE_RESULTS.items()}
LITIGATION_HEADING = Label(*_data.LITIGATION_HEADING)
CASE_HEADING = Label(*_data.CASE_HEADING)

CASE_KINDS: tuple[CaseKind, ...] = tuple(CaseKind)
"""The groups of table 四, in order (both formats)."""

CASE_COLUMNS: tuple[ColumnSpec, ...] = (
    *(ColumnSpec(r, r.label, r.label_en) for r in CaseResult),
    ColumnSpec(Total.TOTAL, *_data.TOTAL),
)
"""The five columns of each group of table 四: four results, then 总计."""


def case_columns() -> tuple[ColumnSpec, ...]:
    """The columns of each group of table 四 (the same in both formats)."""
    return CASE_COLUMNS


# -- table 二: proactive disclosure ---------------------------------------------


@attrs.frozen
class ProactiveCell:
    """One cell of table 二: its row, column, labels and what it holds."""

    row: ProactiveRow
    column: ProactiveColumn
    kind: ValueKind


@attrs.frozen
class ProactiveBlock:
    """A block of table 二: a caption (an item of Art 20), its rows and columns.

    Attributes:
        caption: The official caption (``第二十条第（一）项``).
        caption_en: An English caption.
        citation: The item of Art 20 the block reports on.
        rows: The 信息内容 rows, with their labels in this format.
        columns: The columns, with their labels in this format and what they hold.
    """

    caption: str
    caption_en: str
    citation: Citation
    rows: tuple[tuple[ProactiveRow, Label], ...]
    columns: tuple[tuple[ProactiveColumn, Label, ValueKind], ...]

    @property
    def cells(self) -> tuple[ProactiveCell, ...]:
        """The block's cells, row by row."""
        return tuple(
            ProactiveCell(row, column, kind)
            for row, _ in self.rows
            for column, _, kind in self.columns
        )


def _block(data: _data.BlockData) -> ProactiveBlock:
    caption, item, rows, columns = data
    return ProactiveBlock(
        caption,
        f"Art 20({item})",
        Citation(OGI_2019, "20", item=item),
        tuple((ProactiveRow(key), Label(zh, en)) for key, zh, en in rows),
        tuple(
            (ProactiveColumn(key), Label(zh, en), ValueKind(kind)) for key, zh, en, kind in columns
        ),
    )


_BLOCKS_2021 = tuple(_block(b) for b in _data.PROACTIVE_BLOCKS_2021)
_BLOCKS_2019 = tuple(_block(b) for b in _data.PROACTIVE_BLOCKS_2019)

CONTENT_HEADING = Label(*_data.CONTENT_HEADING)


def proactive_blocks(layout: ReportFormat) -> tuple[ProactiveBlock, ...]:
    """The blocks of table 二 in ``layout`` (as the format document lays them out).

    >>> [b.caption for b in proactive_blocks(ReportFormat.V2021)]
    ['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项']
    """
    return _BLOCKS_2019 if layout is ReportFormat.V2019 else _BLOCKS_2021


def proactive_cells(layout: ReportFormat) -> tuple[ProactiveCell, ...]:
    """Every cell of table 二 in ``layout``, block by block, row by row.

    >>> len(proactive_cells(ReportFormat.V2021)), len(proactive_cells(ReportFormat.V2019))
    (10, 22)
    """
    return tuple(cell for block in proactive_blocks(layout) for cell in block.cells)


def check_format(value: object, field: str = "layout") -> ReportFormat:
    """``value`` if it is a :class:`ReportFormat`, else :class:`InvalidInputError`."""
    if not isinstance(value, ReportFormat):
        msg = "must be a ReportFormat (ReportFormat.V2021 or ReportFormat.V2019)"
        raise InvalidInputError(msg, field=field, value=value)
    return value
