"""The national formats of the annual report (2021, and the 2019 trial format), as data.

Every label here is an official Chinese label with an English one beside it,
and every layout carries the citation of the format document it comes from:
国办公开办函〔2021〕30号 (``instruments.REPORT_FORMAT_2021``) or
国办公开办函〔2019〕60号 (``instruments.REPORT_FORMAT_2019``).
Sources and their strength are in the project spec, §5: the 2021 labels are
those reproduced by several independent annual-report parsers and fixtures
([3P]); the 2019 labels are those of the real 2019 report of the Shanghai
municipal government's general office, which follows the trial format.

The two formats differ in table 二 (other columns and rows) and in one place
of table 三: the 2019 format has （六）其他处理 as a single row, the 2021 format
splits it in three. Table 四 is the same in both.

>>> len(request_rows(ReportFormat.V2021)), len(request_rows(ReportFormat.V2019))
(25, 23)
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

from govdisclosure.errors import InvalidInputError
from govdisclosure.jurisdictions.cn.instruments import (
    OGI_2019,
    REPORT_FORMAT_2019,
    REPORT_FORMAT_2021,
)
from govdisclosure.jurisdictions.cn.outcomes import Outcome, OutcomeGroup
from govdisclosure.law import Citation, Instrument, Version, Versioned
from govdisclosure.requests._applicants import ApplicantKind

__all__ = [
    "CASE_COLUMNS",
    "CASE_KINDS",
    "FORMAT_BY_REPORT_YEAR",
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


def _art50(item: str) -> Citation:
    return Citation(OGI_2019, "50", item=item)


SECTIONS: tuple[Section, ...] = (
    Section(1, "一、总体情况", "I. Overview", Citation(REPORT_FORMAT_2021)),
    Section(
        2,
        "二、主动公开政府信息情况",
        "II. Proactive disclosure of government information",
        _art50("1"),
    ),
    Section(
        3,
        "三、收到和处理政府信息公开申请情况",
        "III. Applications for disclosure received and handled",
        _art50("2"),
    ),
    Section(
        4,
        "四、政府信息公开行政复议、行政诉讼情况",
        "IV. Administrative reconsideration and litigation about disclosure",
        _art50("3"),
    ),
    Section(
        5,
        "五、存在的主要问题及改进情况",
        "V. Main problems and improvements",
        _art50("4"),
    ),
    Section(6, "六、其他需要报告的事项", "VI. Other matters to report", _art50("5")),
)
"""The section headings of the 2021 format (spec §5.3)."""

_SECTIONS_2019: tuple[Section, ...] = (
    *SECTIONS[:4],
    Section(
        5,
        "五、政府信息公开工作存在的主要问题及改进情况",
        "V. Main problems of disclosure work and improvements",
        _art50("4"),
    ),
    SECTIONS[5],
)


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
    """（六）其他处理 as one row: the 2019 trial format only."""
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


REQUEST_TABLE_NOTE = Label(
    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
    "(In this column, items 1 + 2 equal items 3 + 4.)",
)
"""The note in the top-left cell of table 三: the one identity the format states."""

APPLICANT_HEADING = Label("申请人情况", "Applicants")
ORGANIZATION_HEADING = Label("法人或其他组织", "Legal persons or other organisations")
RESULTS_HEADING = Label("三、本年度办理结果", "III. Handled this year")

REQUEST_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec(ApplicantKind.NATURAL_PERSON, "自然人", "Natural persons"),
    ColumnSpec(ApplicantKind.COMMERCIAL_ENTERPRISE, "商业企业", "Commercial enterprises"),
    ColumnSpec(ApplicantKind.RESEARCH_INSTITUTION, "科研机构", "Research institutions"),
    ColumnSpec(
        ApplicantKind.PUBLIC_INTEREST_ORGANIZATION, "社会公益组织", "Public-interest organisations"
    ),
    ColumnSpec(
        ApplicantKind.LEGAL_SERVICE_INSTITUTION, "法律服务机构", "Legal service institutions"
    ),
    ColumnSpec(ApplicantKind.OTHER_ORGANIZATION, "其他", "Other organisations"),
    ColumnSpec(Total.TOTAL, "总计", "Total"),
)
"""The seven columns of table 三 (both formats): six applicant kinds, then 总计."""

_NEW = RowSpec(RequestRow.NEW, "一、本年新收政府信息公开申请数量", "I. New applications this year")
_CARRIED_OVER = RowSpec(
    RequestRow.CARRIED_OVER,
    "二、上年结转政府信息公开申请数量",
    "II. Applications carried over from last year",
)
_HANDLED = RowSpec(RequestRow.HANDLED, "（七）总计", "(7) Total handled")
_CARRIED_FORWARD = RowSpec(
    RequestRow.CARRIED_FORWARD, "四、结转下年度继续办理", "IV. Carried forward to next year"
)
_OTHER_HANDLING = RowSpec(
    RequestRow.OTHER_HANDLING, "（六）其他处理", "(6) Other handling", OutcomeGroup.OTHER
)

_GROUP_EN_NUMBER = {group: i + 1 for i, group in enumerate(OutcomeGroup)}


def _outcome_rows(*, split_other: bool) -> tuple[RowSpec, ...]:
    rows: list[RowSpec] = []
    counters: dict[OutcomeGroup, int] = {}
    for outcome in Outcome:
        group = outcome.group
        if group is OutcomeGroup.OTHER and not split_other:
            if outcome is Outcome.OTHER_CORRECTION_LAPSED:
                rows.append(_OTHER_HANDLING)
            continue
        if group in (OutcomeGroup.DISCLOSED, OutcomeGroup.PARTLY_DISCLOSED):
            label = group.label
            label_en = f"({_GROUP_EN_NUMBER[group]}) {outcome.label_en}"
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
    """The numeric rows of table 三 in ``layout``, in order (25 in 2021, 23 in 2019).

    >>> [r.label for r in request_rows(ReportFormat.V2019)[-3:]]
    ['（六）其他处理', '（七）总计', '四、结转下年度继续办理']
    """
    return _ROWS_2019 if layout is ReportFormat.V2019 else _ROWS_2021


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


_CASE_KIND_LABELS = {
    CaseKind.RECONSIDERATION: Label("行政复议", "Administrative reconsideration"),
    CaseKind.LITIGATION_DIRECT: Label(
        "未经复议直接起诉", "Litigation without reconsideration first"
    ),
    CaseKind.LITIGATION_AFTER_RECONSIDERATION: Label(
        "复议后起诉", "Litigation after reconsideration"
    ),
}
_CASE_RESULT_LABELS = {
    CaseResult.MAINTAINED: Label("结果维持", "Upheld"),
    CaseResult.CORRECTED: Label("结果纠正", "Corrected"),
    CaseResult.OTHER: Label("其他结果", "Other result"),
    CaseResult.PENDING: Label("尚未审结", "Pending"),
}
LITIGATION_HEADING = Label("行政诉讼", "Administrative litigation")

CASE_KINDS: tuple[CaseKind, ...] = tuple(CaseKind)
"""The groups of table 四, in order (both formats)."""

CASE_COLUMNS: tuple[ColumnSpec, ...] = (
    *(ColumnSpec(r, r.label, r.label_en) for r in CaseResult),
    ColumnSpec(Total.TOTAL, "总计", "Total"),
)
"""The five columns of each group of table 四: four results, then 总计."""


def case_columns() -> tuple[ColumnSpec, ...]:
    """The columns of each group of table 四 (the same in both formats)."""
    return CASE_COLUMNS


# -- table 二: proactive disclosure ---------------------------------------------


class ProactiveRow(enum.Enum):
    """The 信息内容 rows of table 二 (across both formats)."""

    RULES = "rules"
    """规章: government rules."""
    NORMATIVE_DOCUMENTS = "normative_documents"
    """行政规范性文件 (2021) / 规范性文件 (2019): normative documents."""
    LICENSING = "licensing"
    """行政许可: administrative licensing."""
    OTHER_SERVICES = "other_services"
    """其他对外管理服务事项: other external management services (2019 only)."""
    PENALTY = "penalty"
    """行政处罚: administrative penalties."""
    COERCION = "coercion"
    """行政强制: administrative coercion."""
    FEES = "fees"
    """行政事业性收费: administrative fees."""
    PROCUREMENT = "procurement"
    """政府集中采购: centralised government procurement (2019 only)."""


class ProactiveColumn(enum.Enum):
    """The columns of table 二 (across both formats)."""

    ISSUED = "issued"
    """本年制发件数 (2021)."""
    REPEALED = "repealed"
    """本年废止件数 (2021)."""
    IN_FORCE = "in_force"
    """现行有效件数 (2021)."""
    DECISIONS = "decisions"
    """本年处理决定数量 (2021) / 处理决定数量 (2019)."""
    FEES_COLLECTED = "fees_collected"
    """本年收费金额（单位：万元）(2021), in 10,000 yuan."""
    NEWLY_MADE = "newly_made"
    """本年新制作数量 (2019)."""
    NEWLY_PUBLISHED = "newly_published"
    """本年新公开数量 (2019)."""
    TOTAL_PUBLISHED = "total_published"
    """对外公开总数量 (2019)."""
    PREVIOUS_ITEMS = "previous_items"
    """上一年项目数量 (2019)."""
    CHANGE = "change"
    """本年增/减 (2019): may be negative."""
    PROCUREMENT_PROJECTS = "procurement_projects"
    """采购项目数量 (2019)."""
    PROCUREMENT_AMOUNT = "procurement_amount"
    """采购总金额 (2019): the unit is not stated by the format."""


class ValueKind(enum.Enum):
    """What a cell of table 二 holds."""

    COUNT = "count"
    """A whole number, not negative."""
    SIGNED = "signed"
    """A whole number that may be negative (a change)."""
    AMOUNT = "amount"
    """A :class:`~decimal.Decimal` amount (may be fractional)."""


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


def _art20(item: str) -> Citation:
    return Citation(OGI_2019, "20", item=item)


_CONTENT = Label("信息内容", "Information")
_COUNT = ValueKind.COUNT
_RULES = (ProactiveRow.RULES, Label("规章", "Government rules"))
_PENALTY = (ProactiveRow.PENALTY, Label("行政处罚", "Administrative penalties"))
_COERCION = (ProactiveRow.COERCION, Label("行政强制", "Administrative coercion"))
_LICENSING = (ProactiveRow.LICENSING, Label("行政许可", "Administrative licensing"))
_FEES = (ProactiveRow.FEES, Label("行政事业性收费", "Administrative fees"))

_DECISIONS_2021 = (
    ProactiveColumn.DECISIONS,
    Label("本年处理决定数量", "Decisions this year"),
    _COUNT,
)

_BLOCKS_2021: tuple[ProactiveBlock, ...] = (
    ProactiveBlock(
        "第二十条第（一）项",
        "Art 20(1)",
        _art20("1"),
        (
            _RULES,
            (ProactiveRow.NORMATIVE_DOCUMENTS, Label("行政规范性文件", "Normative documents")),
        ),
        (
            (ProactiveColumn.ISSUED, Label("本年制发件数", "Issued this year"), _COUNT),
            (ProactiveColumn.REPEALED, Label("本年废止件数", "Repealed this year"), _COUNT),
            (ProactiveColumn.IN_FORCE, Label("现行有效件数", "In force"), _COUNT),
        ),
    ),
    ProactiveBlock(
        "第二十条第（五）项", "Art 20(5)", _art20("5"), (_LICENSING,), (_DECISIONS_2021,)
    ),
    ProactiveBlock(
        "第二十条第（六）项", "Art 20(6)", _art20("6"), (_PENALTY, _COERCION), (_DECISIONS_2021,)
    ),
    ProactiveBlock(
        "第二十条第（八）项",
        "Art 20(8)",
        _art20("8"),
        (_FEES,),
        (
            (
                ProactiveColumn.FEES_COLLECTED,
                Label("本年收费金额（单位：万元）", "Fees collected this year (10,000 yuan)"),
                ValueKind.AMOUNT,
            ),
        ),
    ),
)

_PREVIOUS = (ProactiveColumn.PREVIOUS_ITEMS, Label("上一年项目数量", "Items last year"), _COUNT)
_CHANGE = (ProactiveColumn.CHANGE, Label("本年增/减", "Change this year"), ValueKind.SIGNED)
_DECISIONS_2019 = (ProactiveColumn.DECISIONS, Label("处理决定数量", "Decisions"), _COUNT)

_BLOCKS_2019: tuple[ProactiveBlock, ...] = (
    ProactiveBlock(
        "第二十条第（一）项",
        "Art 20(1)",
        _art20("1"),
        (_RULES, (ProactiveRow.NORMATIVE_DOCUMENTS, Label("规范性文件", "Normative documents"))),
        (
            (ProactiveColumn.NEWLY_MADE, Label("本年新制作数量", "Newly made this year"), _COUNT),
            (
                ProactiveColumn.NEWLY_PUBLISHED,
                Label("本年新公开数量", "Newly published this year"),
                _COUNT,
            ),
            (
                ProactiveColumn.TOTAL_PUBLISHED,
                Label("对外公开总数量", "Total published"),
                _COUNT,
            ),
        ),
    ),
    ProactiveBlock(
        "第二十条第（五）项",
        "Art 20(5)",
        _art20("5"),
        (
            _LICENSING,
            (
                ProactiveRow.OTHER_SERVICES,
                Label("其他对外管理服务事项", "Other external management services"),
            ),
        ),
        (_PREVIOUS, _CHANGE, _DECISIONS_2019),
    ),
    ProactiveBlock(
        "第二十条第（六）项",
        "Art 20(6)",
        _art20("6"),
        (_PENALTY, _COERCION),
        (_PREVIOUS, _CHANGE, _DECISIONS_2019),
    ),
    ProactiveBlock("第二十条第（八）项", "Art 20(8)", _art20("8"), (_FEES,), (_PREVIOUS, _CHANGE)),
    ProactiveBlock(
        "第二十条第（九）项",
        "Art 20(9)",
        _art20("9"),
        ((ProactiveRow.PROCUREMENT, Label("政府集中采购", "Centralised procurement")),),
        (
            (
                ProactiveColumn.PROCUREMENT_PROJECTS,
                Label("采购项目数量", "Procurement projects"),
                _COUNT,
            ),
            (
                ProactiveColumn.PROCUREMENT_AMOUNT,
                Label("采购总金额", "Total procurement amount"),
                ValueKind.AMOUNT,
            ),
        ),
    ),
)

CONTENT_HEADING = _CONTENT


def proactive_blocks(layout: ReportFormat) -> tuple[ProactiveBlock, ...]:
    """The blocks of table 二 in ``layout`` (spec §5.4).

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
