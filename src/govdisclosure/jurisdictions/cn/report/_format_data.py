"""The labels of the national annual-report formats as plain data (rule data).

The one place each official label of the 2021 and 2019 formats is written, with
its English label beside it: :mod:`~govdisclosure.jurisdictions.cn.report.format`
reads these tables and builds its specs (:class:`~.format.Section`,
:class:`~.format.RowSpec`, :class:`~.format.ColumnSpec`,
:class:`~.format.ProactiveBlock` ...) from them, and the schemas of
:mod:`~.schemas` are built from those specs. Keys are the values of the enums
of :mod:`~.format` (``"new"`` for ``RequestRow.NEW``), so that this module
imports nothing of the package. Sources are those named in :mod:`~.format`.

>>> TOTAL
('总计', 'Total')
>>> [caption for caption, *_ in PROACTIVE_BLOCKS_2021]
['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项']

.. versionadded:: 0.2.0
"""

from __future__ import annotations

__all__: list[str] = []

Pair = tuple[str, str]
"""A Chinese label and the English one beside it."""

# -- headings shared by the tables -------------------------------------------------

TOTAL: Pair = ("总计", "Total")
"""The 总计 column of tables 三 and 四."""
REQUEST_TABLE_NOTE: Pair = (
    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
    "(In this column, items 1 + 2 equal items 3 + 4.)",
)
APPLICANT_HEADING: Pair = ("申请人情况", "Applicants")
ORGANIZATION_HEADING: Pair = ("法人或其他组织", "Legal persons or other organisations")
RESULTS_HEADING: Pair = ("三、本年度办理结果", "III. Handled this year")
LITIGATION_HEADING: Pair = ("行政诉讼", "Administrative litigation")
CASE_HEADING: Pair = ("项目", "Group")
"""The stub (top-left cell) of table 四."""
CONTENT_HEADING: Pair = ("信息内容", "Information")
"""The stub of each block of table 二."""

# -- sections: (number, label, English label, item of Art 50 or None) -------------

SECTIONS_2021: tuple[tuple[int, str, str, str | None], ...] = (
    (1, "一、总体情况", "I. Overview", None),
    (2, "二、主动公开政府信息情况", "II. Proactive disclosure of government information", "1"),
    (
        3,
        "三、收到和处理政府信息公开申请情况",
        "III. Applications for disclosure received and handled",
        "2",
    ),
    (
        4,
        "四、政府信息公开行政复议、行政诉讼情况",
        "IV. Administrative reconsideration and litigation about disclosure",
        "3",
    ),
    (5, "五、存在的主要问题及改进情况", "V. Main problems and improvements", "4"),
    (6, "六、其他需要报告的事项", "VI. Other matters to report", "5"),
)
SECTION_5_2019: tuple[int, str, str, str | None] = (
    5,
    "五、政府信息公开工作存在的主要问题及改进情况",
    "V. Main problems of disclosure work and improvements",
    "4",
)
"""The one heading of the 2019 format that differs from 2021."""

# -- table 三 -----------------------------------------------------------------------

REQUEST_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("natural_person", "自然人", "Natural persons"),
    ("commercial_enterprise", "商业企业", "Commercial enterprises"),
    ("research_institution", "科研机构", "Research institutions"),
    ("public_interest_organization", "社会公益组织", "Public-interest organisations"),
    ("legal_service_institution", "法律服务机构", "Legal service institutions"),
    ("other_organization", "其他", "Other organisations"),
)
"""The six applicant columns of table 三, keyed by ``ApplicantKind`` value (总计 follows)."""

REQUEST_ROWS: dict[str, Pair] = {
    "new": ("一、本年新收政府信息公开申请数量", "I. New applications this year"),
    "carried_over": (
        "二、上年结转政府信息公开申请数量",
        "II. Applications carried over from last year",
    ),
    "other_handling": ("（六）其他处理", "(6) Other handling"),
    "handled": ("（七）总计", "(7) Total handled"),
    "carried_forward": ("四、结转下年度继续办理", "IV. Carried forward to next year"),
}
"""The rows of table 三 that are not outcome rows, keyed by ``RequestRow`` value."""

# -- table 四 -----------------------------------------------------------------------

CASE_KINDS: dict[str, Pair] = {
    "reconsideration": ("行政复议", "Administrative reconsideration"),
    "litigation_direct": ("未经复议直接起诉", "Litigation without reconsideration first"),
    "litigation_after_reconsideration": ("复议后起诉", "Litigation after reconsideration"),
}
CASE_RESULTS: dict[str, Pair] = {
    "maintained": ("结果维持", "Upheld"),
    "corrected": ("结果纠正", "Corrected"),
    "other": ("其他结果", "Other result"),
    "pending": ("尚未审结", "Pending"),
}

# -- table 二: blocks of (caption, item of Art 20, rows, columns) -------------------

ProactiveRowData = tuple[str, str, str]
"""A row: ``ProactiveRow`` value, label, English label."""
ProactiveColumnData = tuple[str, str, str, str]
"""A column: ``ProactiveColumn`` value, label, English label, ``ValueKind`` value."""
BlockData = tuple[str, str, tuple[ProactiveRowData, ...], tuple[ProactiveColumnData, ...]]

_RULES: ProactiveRowData = ("rules", "规章", "Government rules")
_LICENSING: ProactiveRowData = ("licensing", "行政许可", "Administrative licensing")
_PENALTY: ProactiveRowData = ("penalty", "行政处罚", "Administrative penalties")
_COERCION: ProactiveRowData = ("coercion", "行政强制", "Administrative coercion")
_FEES: ProactiveRowData = ("fees", "行政事业性收费", "Administrative fees")

_DECISIONS_2021: ProactiveColumnData = (
    "decisions",
    "本年处理决定数量",
    "Decisions this year",
    "count",
)

PROACTIVE_BLOCKS_2021: tuple[BlockData, ...] = (
    (
        "第二十条第（一）项",
        "1",
        (_RULES, ("normative_documents", "行政规范性文件", "Normative documents")),
        (
            ("issued", "本年制发件数", "Issued this year", "count"),
            ("repealed", "本年废止件数", "Repealed this year", "count"),
            ("in_force", "现行有效件数", "In force", "count"),
        ),
    ),
    ("第二十条第（五）项", "5", (_LICENSING,), (_DECISIONS_2021,)),
    ("第二十条第（六）项", "6", (_PENALTY, _COERCION), (_DECISIONS_2021,)),
    (
        "第二十条第（八）项",
        "8",
        (_FEES,),
        (
            (
                "fees_collected",
                "本年收费金额（单位：万元）",
                "Fees collected this year (10,000 yuan)",
                "amount",
            ),
        ),
    ),
)

_PREVIOUS: ProactiveColumnData = ("previous_items", "上一年项目数量", "Items last year", "count")
_CHANGE: ProactiveColumnData = ("change", "本年增/减", "Change this year", "signed")
_DECISIONS_2019: ProactiveColumnData = ("decisions", "处理决定数量", "Decisions", "count")

PROACTIVE_BLOCKS_2019: tuple[BlockData, ...] = (
    (
        "第二十条第（一）项",
        "1",
        (_RULES, ("normative_documents", "规范性文件", "Normative documents")),
        (
            ("newly_made", "本年新制作数量", "Newly made this year", "count"),
            ("newly_published", "本年新公开数量", "Newly published this year", "count"),
            ("total_published", "对外公开总数量", "Total published", "count"),
        ),
    ),
    (
        "第二十条第（五）项",
        "5",
        (
            _LICENSING,
            ("other_services", "其他对外管理服务事项", "Other external management services"),
        ),
        (_PREVIOUS, _CHANGE, _DECISIONS_2019),
    ),
    ("第二十条第（六）项", "6", (_PENALTY, _COERCION), (_PREVIOUS, _CHANGE, _DECISIONS_2019)),
    ("第二十条第（八）项", "8", (_FEES,), (_PREVIOUS, _CHANGE)),
    (
        "第二十条第（九）项",
        "9",
        (("procurement", "政府集中采购", "Centralised procurement"),),
        (
            ("procurement_projects", "采购项目数量", "Procurement projects", "count"),
            ("procurement_amount", "采购总金额", "Total procurement amount", "amount"),
        ),
    ),
)
