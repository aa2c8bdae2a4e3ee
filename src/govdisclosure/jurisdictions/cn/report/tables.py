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

from typing import cast

from govdisclosure.jurisdictions.cn.instruments import REPORT_FORMAT_2021
from govdisclosure.jurisdictions.cn.report._case_table import ReconsiderationLitigationTable
from govdisclosure.jurisdictions.cn.report._proactive_table import ProactiveTable
from govdisclosure.jurisdictions.cn.report._request_table import RequestTable
from govdisclosure.jurisdictions.cn.report.format import ReportFormat, RequestColumnKey, RequestRow
from govdisclosure.jurisdictions.cn.report.schemas import (
    CASE_RULES,
    RULE_BALANCE,
    RULE_CARRY,
    RULE_GROUP_TOTAL,
    RULE_HANDLED_TOTAL,
    RULE_ROW_TOTAL,
    Language,
    ProactiveValue,
    request_rules,
    request_schema,
)
from govdisclosure.law import Citation
from govdisclosure.reports import BlankPolicy, Finding, Relation, compare

__all__ = [
    "CASE_RULES",
    "RULE_BALANCE",
    "RULE_CARRY",
    "RULE_GROUP_TOTAL",
    "RULE_HANDLED_TOTAL",
    "RULE_ROW_TOTAL",
    "Language",
    "ProactiveTable",
    "ProactiveValue",
    "ReconsiderationLitigationTable",
    "RequestTable",
    "check_carried_forward",
    "request_rules",
]

_SCHEMA = request_schema(ReportFormat.V2021)
_CARRY_CITATION = Citation(
    REPORT_FORMAT_2021, note="[INFERENCE]: the format states no cross-year identity"
)
_COLUMNS = cast("tuple[RequestColumnKey, ...]", _SCHEMA.column_keys)


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
    is our reading ([INFERENCE]): the format states no identity across years.

    >>> a = RequestTable.from_labels({"四、结转下年度继续办理": {"自然人": 72, "总计": 72}})
    >>> b = RequestTable.from_labels({"二、上年结转政府信息公开申请数量": {"自然人": 70,
    ...                                                             "总计": 72}})
    >>> [f.message for f in check_carried_forward(a, b)]
    ['this year 四/自然人 = 72 but next year 二/自然人 = 70 (difference +2)']
    """
    found: list[Finding] = []
    for column in _COLUMNS:
        before = earlier.cells[RequestRow.CARRIED_FORWARD, column]
        after = later.cells[RequestRow.CARRIED_OVER, column]
        name = _SCHEMA.column(column).label("zh")
        names = ([f"this year 四/{name}"], [f"next year 二/{name}"])
        finding = compare(
            RULE_CARRY,
            cells=((RequestRow.CARRIED_FORWARD, column), (RequestRow.CARRIED_OVER, column)),
            left=(before,),
            right=(after,),
            relation=Relation.EQ,
            names=lambda names=names: names,  # type: ignore[misc]
            blanks=blanks,
            citation=_CARRY_CITATION,
            table="requests",
        )
        if finding is not None:
            found.append(finding)
    return tuple(found)
