"""Label variants seen in published reports, each with where it was seen (data).

A published report does not always print the official label of a row or a
column of tables 二, 三 and 四: renderings shorten labels, peers' parsers map
their own short forms, and some reports carry misprints. Each
:class:`LabelVariant` below names one such printed form, the official label it
stands for, and where it was seen; the tolerant reader
(:class:`~govdisclosure.jurisdictions.cn.report.LabelTolerance`) reads a
variant as its official label and records the reading, never silently.

Sources: "issue 14" is the project's issue 14, which lists the labels that six
real reports and peer parsers (KIROGOVCOMPARE, govnianbao) print; a URL is a
report page in tests/data/cn/reports/README.md.

>>> [v.official for v in LABEL_VARIANTS if v.printed == "1.逾期不补正"]
['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请']

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from typing import Literal

import attrs

__all__ = ["LABEL_VARIANTS", "LabelVariant", "TableName"]

TableName = Literal["requests", "cases", "proactive"]
"""Which table a label belongs to: 三 (``requests``), 四 (``cases``), 二 (``proactive``)."""


@attrs.frozen
class LabelVariant:
    """A printed form of an official label, and where it was seen.

    Attributes:
        table: The table the label belongs to.
        role: ``"row"`` or ``"column"``.
        printed: The label as printed.
        official: The official label it stands for (as the format prints it).
        seen: Where the printed form was seen.
    """

    table: TableName
    role: Literal["row", "column"]
    printed: str
    official: str
    seen: str


_ISSUE = "issue 14 (real reports and peer parsers)"
_HONGZE = "Hongze district reports 2022 and 2023 (issue 14): a misprint"
_PEERS = "peer parser label maps (KIROGOVCOMPARE, govnianbao), issue 14"
_KIRO = "KIROGOVCOMPARE frontend/src/utils/tableRowColMapping.js (short names, as paths)"
_XUWEN = "http://www.xuwen.gov.cn/zfxxgk/zjsxwxsfj/content/post_1865610.html (header split)"

_CORRECTION = "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"
_FEE = "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"

LABEL_VARIANTS: tuple[LabelVariant, ...] = (
    # table 三, rows
    LabelVariant("requests", "row", "2.其他法律行政止公开", "2.其他法律行政法规禁止公开", _HONGZE),
    LabelVariant("requests", "row", "1.逾期不补正", _CORRECTION, _ISSUE),
    LabelVariant("requests", "row", "2.逾期不缴费", _FEE, _ISSUE),
    LabelVariant("requests", "row", "逾期不补正", _CORRECTION, _PEERS),
    LabelVariant("requests", "row", "逾期不缴费", _FEE, _PEERS),
    LabelVariant(
        "requests",
        "row",
        "（二）部分公开",
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
        _ISSUE,
    ),
    LabelVariant("requests", "row", "本年新收", "一、本年新收政府信息公开申请数量", _ISSUE),
    LabelVariant("requests", "row", "本年新收申请", "一、本年新收政府信息公开申请数量", _PEERS),
    LabelVariant("requests", "row", "上年结转", "二、上年结转政府信息公开申请数量", _PEERS),
    LabelVariant("requests", "row", "结转下年度", "四、结转下年度继续办理", _PEERS),
    LabelVariant("requests", "row", "办理结果合计", "（七）总计", _ISSUE),
    LabelVariant("requests", "row", "合计", "（七）总计", _ISSUE),
    LabelVariant("requests", "row", "（七）合计", "（七）总计", _PEERS),
    LabelVariant("requests", "row", "国家秘密", "1.属于国家秘密", _PEERS),
    LabelVariant("requests", "row", "三类内部事务信息", "5.属于三类内部事务信息", _PEERS),
    LabelVariant("requests", "row", "四类过程性信息", "6.属于四类过程性信息", _PEERS),
    LabelVariant("requests", "row", "行政执法案卷", "7.属于行政执法案卷", _PEERS),
    LabelVariant("requests", "row", "行政查询事项", "8.属于行政查询事项", _PEERS),
    LabelVariant("requests", "row", "本机关不掌握", "1.本机关不掌握相关政府信息", _PEERS),
    LabelVariant("requests", "row", "需要另行制作", "2.没有现成信息需要另行制作", _PEERS),
    LabelVariant("requests", "row", "补正后仍不明确", "3.补正后申请内容仍不明确", _PEERS),
    LabelVariant("requests", "row", "信访举报投诉", "1.信访举报投诉类申请", _PEERS),
    LabelVariant("requests", "row", "公开出版物", "3.要求提供公开出版物", _PEERS),
    LabelVariant("requests", "row", "大量反复申请", "4.无正当理由大量反复申请", _PEERS),
    LabelVariant(
        "requests", "row", "确认或重新出具", "5.要求行政机关确认或重新出具已获取信息", _PEERS
    ),
    LabelVariant("requests", "row", "法律禁止", "2.其他法律行政法规禁止公开", _KIRO),
    LabelVariant("requests", "row", "三安全一稳定", "3.危及“三安全一稳定”", _KIRO),
    LabelVariant("requests", "row", "第三方权益", "4.保护第三方合法权益", _KIRO),
    LabelVariant("requests", "row", "内部事务", "5.属于三类内部事务信息", _KIRO),
    LabelVariant("requests", "row", "过程性信息", "6.属于四类过程性信息", _KIRO),
    LabelVariant("requests", "row", "执法案卷", "7.属于行政执法案卷", _KIRO),
    LabelVariant("requests", "row", "行政查询", "8.属于行政查询事项", _KIRO),
    LabelVariant("requests", "row", "不掌握", "1.本机关不掌握相关政府信息", _KIRO),
    LabelVariant("requests", "row", "需制作", "2.没有现成信息需要另行制作", _KIRO),
    LabelVariant("requests", "row", "不明确", "3.补正后申请内容仍不明确", _KIRO),
    LabelVariant("requests", "row", "信访投诉", "1.信访举报投诉类申请", _KIRO),
    LabelVariant("requests", "row", "大量反复", "4.无正当理由大量反复申请", _KIRO),
    LabelVariant("requests", "row", "要求确认", "5.要求行政机关确认或重新出具已获取信息", _KIRO),
    LabelVariant("requests", "row", "办理结果总计", "（七）总计", _KIRO),
    # table 三, columns
    LabelVariant("requests", "column", "企业", "商业企业", _XUWEN),
    LabelVariant("requests", "column", "合计", "总计", _ISSUE),
    LabelVariant("requests", "column", "其他组织", "其他", _PEERS),
    LabelVariant("requests", "column", "公益组织", "社会公益组织", _PEERS),
    # table 四, columns
    LabelVariant("cases", "column", "合计", "总计", _PEERS),
    LabelVariant("cases", "column", "未审结", "尚未审结", _PEERS),
    LabelVariant("cases", "column", "其他", "其他结果", _PEERS),
    # table 二
    LabelVariant("proactive", "column", "收费金额", "本年收费金额（单位：万元）", _PEERS),
    LabelVariant("proactive", "column", "处理决定数", "本年处理决定数量", _PEERS),
    LabelVariant("proactive", "column", "本年制定", "本年制发件数", _KIRO),
    LabelVariant("proactive", "column", "本年废止", "本年废止件数", _KIRO),
    LabelVariant("proactive", "column", "本年有效", "现行有效件数", _KIRO),
)
"""Every curated variant, grouped by table and role."""
