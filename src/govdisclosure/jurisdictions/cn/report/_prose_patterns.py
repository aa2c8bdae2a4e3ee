"""What a report's narrative states, as data: each measure, the cells it names, and its phrasings.

A report's prose repeats some of its tables' numbers (本年新收政府信息公开申请50件,
行政复议3起). Each :class:`ProseMeasure` is one such figure; :data:`MEASURE_CELLS`
gives the cells of tables 三, 四 and 二 whose sum it states, and
:data:`PROSE_PATTERNS` the phrasings that state it: a number is a figure of a
measure when a pattern of that measure fits it (its ``lead`` found in the words
before the number, not its ``exclude``; its unit; its sentence), the nearest
the number where several measures fit; none, or two named together
(受理并办结申请50件), and it is no figure. Each pattern carries real-style
examples with the figure they state; the tests read every one.

>>> [p.measure.value for p in PROSE_PATTERNS][:3]
['reconsideration_cases', 'litigation_after_reconsideration', 'litigation_direct']
>>> PROSE_PATTERNS[0].examples[0]
('因政府信息公开申请行政复议3起', 3)

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import enum
import re
from collections.abc import Hashable, Mapping
from types import MappingProxyType

import attrs

from govdisclosure.jurisdictions.cn.outcomes import Outcome, OutcomeGroup
from govdisclosure.jurisdictions.cn.report._proactive_keys import ProactiveColumn, ProactiveRow
from govdisclosure.jurisdictions.cn.report._variants import TableName
from govdisclosure.jurisdictions.cn.report.format import CaseKind, RequestRow, Total

__all__ = [
    "CHANGE_WORDS",
    "MEASURE_CELLS",
    "MEASURE_CELLS_2019",
    "PROSE_PATTERNS",
    "CellRef",
    "ProseMeasure",
    "ProsePattern",
]

CellRef = tuple[TableName, Hashable, Hashable]
"""A cell of a report table: ``(table, row key, column key)``."""


class ProseMeasure(enum.Enum):
    """A figure a report's narrative states, with the cells of its tables it repeats."""

    RECEIVED = "received"
    """共收到…申请X件: applications received (as :class:`~._prose.ReceivedReading` says)."""
    RECEIVED_WITH_CARRIED = "received_with_carried"
    """共受理…申请X件（含上年结转Y件）: new plus carried over, as the sentence says."""
    NEW = "new"
    """本年新收…X件: 一、本年新收, 总计."""
    CARRIED_OVER = "carried_over"
    """上年结转X件: 二、上年结转, 总计."""
    HANDLED = "handled"
    """办结X件: （七）总计, 总计."""
    CARRIED_FORWARD = "carried_forward"
    """结转下年度继续办理X件: 四、结转下年度继续办理, 总计."""
    DISCLOSED = "disclosed"
    """予以公开X件: （一）予以公开, 总计."""
    PARTLY_DISCLOSED = "partly_disclosed"
    """部分公开X件: （二）部分公开, 总计."""
    WITHHELD = "withheld"
    """不予公开X件: the eight rows of （三）不予公开, 总计."""
    UNAVAILABLE = "unavailable"
    """无法提供X件: the three rows of （四）无法提供, 总计."""
    NOT_PROCESSED = "not_processed"
    """不予处理X件: the five rows of （五）不予处理, 总计."""
    OTHER_HANDLING = "other_handling"
    """其他处理X件: the three rows of （六）其他处理 (the one row in the 2019 format), 总计."""
    RECONSIDERATION = "reconsideration_cases"
    """行政复议X起: 四, 行政复议 总计."""
    LITIGATION = "litigation_cases"
    """行政诉讼X起: 四, 未经复议直接起诉 总计 + 复议后起诉 总计."""
    LITIGATION_DIRECT = "litigation_direct"
    """直接起诉X起: 四, 未经复议直接起诉 总计."""
    LITIGATION_AFTER_RECONSIDERATION = "litigation_after_reconsideration"
    """复议后起诉X起: 四, 复议后起诉 总计."""
    NORMATIVE_ISSUED = "normative_documents_issued"
    """制发规范性文件X件: 二, 行政规范性文件 本年制发件数 (2021 format)."""
    NORMATIVE_IN_FORCE = "normative_documents_in_force"
    """现行有效规范性文件X件: 二, 行政规范性文件 现行有效件数 (2021 format)."""
    LICENSING_DECISIONS = "licensing_decisions"
    """作出行政许可决定X件: 二, 行政许可 处理决定数量."""
    PENALTY_DECISIONS = "penalty_decisions"
    """作出行政处罚决定X件: 二, 行政处罚 处理决定数量."""
    PROACTIVE_ITEMS = "proactive_items"
    """主动公开政府信息X条: no table states it; extracted, never compared."""


def _group(group: OutcomeGroup) -> tuple[CellRef, ...]:
    return tuple(("requests", o, Total.TOTAL) for o in Outcome if o.group is group)


MEASURE_CELLS: Mapping[ProseMeasure, tuple[CellRef, ...]] = MappingProxyType(
    {
        ProseMeasure.RECEIVED: (("requests", RequestRow.NEW, Total.TOTAL),),
        ProseMeasure.RECEIVED_WITH_CARRIED: (
            ("requests", RequestRow.NEW, Total.TOTAL),
            ("requests", RequestRow.CARRIED_OVER, Total.TOTAL),
        ),
        ProseMeasure.NEW: (("requests", RequestRow.NEW, Total.TOTAL),),
        ProseMeasure.CARRIED_OVER: (("requests", RequestRow.CARRIED_OVER, Total.TOTAL),),
        ProseMeasure.HANDLED: (("requests", RequestRow.HANDLED, Total.TOTAL),),
        ProseMeasure.CARRIED_FORWARD: (("requests", RequestRow.CARRIED_FORWARD, Total.TOTAL),),
        ProseMeasure.DISCLOSED: (("requests", Outcome.DISCLOSED, Total.TOTAL),),
        ProseMeasure.PARTLY_DISCLOSED: (("requests", Outcome.PARTLY_DISCLOSED, Total.TOTAL),),
        ProseMeasure.WITHHELD: _group(OutcomeGroup.WITHHELD),
        ProseMeasure.UNAVAILABLE: _group(OutcomeGroup.UNAVAILABLE),
        ProseMeasure.NOT_PROCESSED: _group(OutcomeGroup.NOT_PROCESSED),
        ProseMeasure.OTHER_HANDLING: _group(OutcomeGroup.OTHER),
        ProseMeasure.RECONSIDERATION: (("cases", CaseKind.RECONSIDERATION, Total.TOTAL),),
        ProseMeasure.LITIGATION: (
            ("cases", CaseKind.LITIGATION_DIRECT, Total.TOTAL),
            ("cases", CaseKind.LITIGATION_AFTER_RECONSIDERATION, Total.TOTAL),
        ),
        ProseMeasure.LITIGATION_DIRECT: (("cases", CaseKind.LITIGATION_DIRECT, Total.TOTAL),),
        ProseMeasure.LITIGATION_AFTER_RECONSIDERATION: (
            ("cases", CaseKind.LITIGATION_AFTER_RECONSIDERATION, Total.TOTAL),
        ),
        ProseMeasure.NORMATIVE_ISSUED: (
            ("proactive", ProactiveRow.NORMATIVE_DOCUMENTS, ProactiveColumn.ISSUED),
        ),
        ProseMeasure.NORMATIVE_IN_FORCE: (
            ("proactive", ProactiveRow.NORMATIVE_DOCUMENTS, ProactiveColumn.IN_FORCE),
        ),
        ProseMeasure.LICENSING_DECISIONS: (
            ("proactive", ProactiveRow.LICENSING, ProactiveColumn.DECISIONS),
        ),
        ProseMeasure.PENALTY_DECISIONS: (
            ("proactive", ProactiveRow.PENALTY, ProactiveColumn.DECISIONS),
        ),
        ProseMeasure.PROACTIVE_ITEMS: (),
    }
)
"""The cells whose sum each measure states (empty: no table states it), in the 2021 format."""

MEASURE_CELLS_2019: Mapping[ProseMeasure, tuple[CellRef, ...]] = MappingProxyType(
    {ProseMeasure.OTHER_HANDLING: (("requests", RequestRow.OTHER_HANDLING, Total.TOTAL),)}
)
"""Where a 2019-format table 三 states a measure in other cells (its single （六） row)."""

CHANGE_WORDS = re.compile(
    r"增加|减少|增长|下降|上升|降低|提高|同比|环比|较上年|比上年|较去年|比去年|相比|累计|平均|超过|不足|近\d|以上|以下|约"
)
"""Words that make the number after them a change, a bound or an estimate: never read."""

_REQUEST_UNITS = frozenset("件个宗份项")
_CASE_UNITS = frozenset("起件宗个")
_ITEM_UNITS = frozenset("条件篇个")
_NOT_REQUESTS = r"复议|诉讼|起诉|案件|信访|举报|投诉|规范性文件|许可|处罚|强制|提案|建议"
_CASE_RESULTS = r"|维持|纠正|撤销|确认违法|驳回|其他结果|审结|败诉|胜诉"  # a result, not the total
_CARRIED_IN = (
    r"(?:含|包括|包含|其中)[^。；;]{0,30}(?:上年度?|上一年度?)结转"
    r"|其中[^。；;]{0,10}(?:本年度?)?新收"
)


@attrs.frozen
class ProsePattern:
    """One phrasing of a measure: the words before the number, its units, the sentence around it.

    Attributes:
        measure: What the figure is.
        lead: A regex searched in the words before the number (back to the
            last clause break or number).
        units: The units the number may carry (件, 起, 条, ...); a number
            without one of them is not this figure.
        exclude: A regex that, found in the lead, makes the pattern not apply.
        sentence: A regex the whole sentence must contain (``""``: none).
        not_sentence: A regex the sentence must not contain (``""``: none).
        examples: ``(sentence, figure)`` pairs in the style of real reports.
    """

    measure: ProseMeasure
    lead: str
    units: frozenset[str]
    exclude: str = ""
    sentence: str = ""
    not_sentence: str = ""
    examples: tuple[tuple[str, int], ...] = ()

    def __attrs_post_init__(self) -> None:
        for text in (self.lead, self.exclude, self.sentence, self.not_sentence):
            re.compile(text)  # a bad pattern fails at import, not on a report


def _p(  # noqa: PLR0913 - one row of the table
    measure: ProseMeasure,
    lead: str,
    units: frozenset[str],
    *examples: tuple[str, int],
    exclude: str = "",
    sentence: str = "",
    not_sentence: str = "",
) -> ProsePattern:
    return ProsePattern(measure, lead, units, exclude, sentence, not_sentence, examples)


PROSE_PATTERNS: tuple[ProsePattern, ...] = (
    # table 四: 收到行政复议申请2件 is a case (the request patterns exclude 复议)
    _p(
        ProseMeasure.RECONSIDERATION,
        r"复议",
        _CASE_UNITS,
        ("因政府信息公开申请行政复议3起", 3),
        ("发生政府信息公开行政复议案件二起", 2),
        ("收到行政复议申请2件", 2),
        exclude=r"诉讼|起诉" + _CASE_RESULTS,
    ),
    _p(
        ProseMeasure.LITIGATION_AFTER_RECONSIDERATION,
        r"复议后(?:提起)?(?:行政)?(?:诉讼|起诉)",
        _CASE_UNITS,
        ("复议后起诉1起", 1),
        exclude=_CASE_RESULTS.removeprefix("|"),
    ),
    _p(
        ProseMeasure.LITIGATION_DIRECT,
        r"直接(?:提起)?(?:行政)?(?:诉讼|起诉)",
        _CASE_UNITS,
        ("未经复议直接起诉2起", 2),
        exclude=_CASE_RESULTS.removeprefix("|"),
    ),
    _p(
        ProseMeasure.LITIGATION,
        r"行政诉讼|提起诉讼|被起诉|起诉",
        _CASE_UNITS,
        ("政府信息公开行政诉讼案件1起", 1),
        ("被提起行政诉讼十二件", 12),
        exclude=r"复议" + _CASE_RESULTS,
    ),
    # table 二: the proactive figures the format has cells for
    _p(
        ProseMeasure.NORMATIVE_ISSUED,
        r"(?:制发|印发|出台|制定)[^，,、]{0,12}规范性文件",
        _ITEM_UNITS,
        ("全年制发行政规范性文件4件", 4),
        exclude=r"废止|有效",
    ),
    _p(
        ProseMeasure.NORMATIVE_IN_FORCE,
        r"现行有效[^，,、]{0,12}规范性文件|规范性文件[^，,、]{0,6}现行有效",
        _ITEM_UNITS,
        ("现行有效行政规范性文件23件", 23),
    ),
    _p(
        ProseMeasure.LICENSING_DECISIONS,
        r"行政许可[^，,、]{0,6}决定|许可决定",
        frozenset("件个宗项"),
        ("作出行政许可决定2,310件", 2310),
        exclude=r"公开|信息",
    ),
    _p(
        ProseMeasure.PENALTY_DECISIONS,
        r"行政处罚[^，,、]{0,6}决定|处罚决定",
        frozenset("件个宗项"),
        ("作出行政处罚决定845件", 845),
        exclude=r"公开|信息",
    ),
    _p(
        ProseMeasure.PROACTIVE_ITEMS,
        r"主动公开",
        _ITEM_UNITS,
        ("通过门户网站主动公开政府信息1,234条", 1234),
        exclude=r"规范性文件|许可|处罚|强制|收费",
    ),
    # table 三: the request rows, the specific phrasings before the general
    _p(
        ProseMeasure.CARRIED_FORWARD,
        r"结转(?:至|到|入)?下(?:一)?年度?|转(?:入|至|到)?下(?:一)?年度?|下年度继续办理",
        _REQUEST_UNITS,
        ("结转下年度继续办理2件", 2),
        ("转下一年度办理答复的有 1 件", 1),
        exclude=_NOT_REQUESTS,
    ),
    _p(
        ProseMeasure.CARRIED_OVER,
        r"上(?:一)?年度?结转|结转上(?:一)?年度?|上年度?遗留",
        _REQUEST_UNITS,
        ("上年结转政府信息公开申请2件", 2),
        ("含上年结转4件", 4),
        exclude=_NOT_REQUESTS,
    ),
    _p(
        ProseMeasure.NEW,
        r"新收|新增|新受理|新接收",
        _REQUEST_UNITS,
        ("本年度新收政府信息公开申请50件", 50),
        ("本年新收申请一百二十三件", 123),
        exclude=_NOT_REQUESTS,
    ),
    _p(
        ProseMeasure.PARTLY_DISCLOSED,
        r"部分公开|部分予以公开",
        _REQUEST_UNITS,
        ("部分公开3件", 3),
        exclude=_NOT_REQUESTS,
    ),
    _p(
        ProseMeasure.WITHHELD,
        r"不予公开|不予以公开",
        _REQUEST_UNITS,
        ("不予公开4件", 4),
        exclude=_NOT_REQUESTS,
    ),
    _p(
        ProseMeasure.DISCLOSED,
        r"(?<!不)(?<!部分)予以公开|同意公开|全部公开",
        _REQUEST_UNITS,
        ("其中予以公开19件", 19),
        ("所有办结的信息公开申请中同意公开答复 9 件", 9),
        exclude=_NOT_REQUESTS + r"|主动",
    ),
    _p(
        ProseMeasure.UNAVAILABLE,
        r"无法提供",
        _REQUEST_UNITS,
        ("无法提供20件", 20),
        exclude=_NOT_REQUESTS,
    ),
    _p(
        ProseMeasure.NOT_PROCESSED,
        r"不予处理",
        _REQUEST_UNITS,
        ("不予处理3件", 3),
        exclude=_NOT_REQUESTS,
    ),
    _p(
        ProseMeasure.OTHER_HANDLING,
        r"其他处理|其它处理",
        _REQUEST_UNITS,
        ("其他处理 14 件", 14),
        exclude=_NOT_REQUESTS,
    ),
    _p(
        ProseMeasure.HANDLED,
        r"办结|办理完毕|答复完毕|已答复|共办理",
        _REQUEST_UNITS,
        ("已全部办结，共办结50件", 50),
        ("共办理718件", 718),
        exclude=_NOT_REQUESTS + r"|按时|逾期|超期|延期",
    ),
    _p(
        ProseMeasure.RECEIVED_WITH_CARRIED,
        r"(?:收到|受理|接收|接到)[^，,、]{0,20}申请|共(?:收到|受理)",
        _REQUEST_UNITS,
        ("本年度共受理政府信息公开申请52件（含上年结转2件）", 52),
        exclude=_NOT_REQUESTS + r"|新",
        sentence=_CARRIED_IN,
    ),
    _p(
        ProseMeasure.RECEIVED,
        r"(?:收到|受理|接收|接到)[^，,、]{0,20}申请|共(?:收到|受理)",
        _REQUEST_UNITS,
        ("全年共收到政府信息公开申请50件", 50),
        ("2023年，本机关共受理政府信息公开申请1,024件", 1024),
        exclude=_NOT_REQUESTS,
        not_sentence=_CARRIED_IN,
    ),
)
"""Every phrasing read: table 四, table 二, then table 三."""
