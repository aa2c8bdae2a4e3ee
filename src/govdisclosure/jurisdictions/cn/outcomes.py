"""How a PRC disclosure request ends: the 21 leaf rows of part 三 of the annual report.

:class:`Outcome` has one member per leaf row of table 三 (requests handled) in
the 2021 national report format (国办公开办函〔2021〕30号), each with its official
label, an English label, its group (（一）…（六）) and the article it rests on.
The mapping of rows to articles is our reading ([INFERENCE]); the
labels are those of the format ([3P] for 2021, matching the real 2019-format
Shanghai report).

>>> Outcome.from_label("（三）不予公开 3.危及“三安全一稳定”")
<Outcome.WITHHELD_ENDANGERS_SECURITY: 'withheld_endangers_security'>
>>> Outcome.from_label("部分公开").group
<OutcomeGroup.PARTLY_DISCLOSED: 'partly_disclosed'>
>>> str(Outcome.NOT_PROCESSED_REPEAT.citation)
'OGI Reg. (2019) Art 36 (6)'
>>> len(Outcome)
21
"""

from __future__ import annotations

import enum
import re
import unicodedata

import attrs

from govdisclosure.errors import UnknownLabelError
from govdisclosure.jurisdictions.cn._labels import normalize_label
from govdisclosure.jurisdictions.cn.instruments import (
    FEE_MEASURES_2020,
    OGI_2019,
    REPORT_FORMAT_2021,
)
from govdisclosure.law import Citation

__all__ = ["Outcome", "OutcomeGroup"]


class OutcomeGroup(enum.Enum):
    """The six groups of outcome rows in part 三 (三、本年度办理结果 （一）…（六）)."""

    DISCLOSED = "disclosed"
    PARTLY_DISCLOSED = "partly_disclosed"
    WITHHELD = "withheld"
    UNAVAILABLE = "unavailable"
    NOT_PROCESSED = "not_processed"
    OTHER = "other"

    @property
    def label(self) -> str:
        """The official label of the group's row, e.g. ``（三）不予公开``."""
        return _GROUP_LABELS[self][0]

    @property
    def label_en(self) -> str:
        """An English label."""
        return _GROUP_LABELS[self][1]


_GROUP_LABELS: dict[OutcomeGroup, tuple[str, str]] = {
    OutcomeGroup.DISCLOSED: ("（一）予以公开", "Disclosed"),
    OutcomeGroup.PARTLY_DISCLOSED: (
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
        "Partly disclosed (counted here only, whatever else applied)",
    ),
    OutcomeGroup.WITHHELD: ("（三）不予公开", "Not disclosed"),
    OutcomeGroup.UNAVAILABLE: ("（四）无法提供", "Cannot be provided"),
    OutcomeGroup.NOT_PROCESSED: ("（五）不予处理", "Not processed"),
    OutcomeGroup.OTHER: ("（六）其他处理", "Other handling"),
}


@attrs.frozen
class _Row:
    group: OutcomeGroup
    label: str
    label_en: str
    citation: Citation


def _reg(article: str, paragraph: int | None = None, item: str | None = None) -> Citation:
    return Citation(OGI_2019, article, paragraph=paragraph, item=item)


class Outcome(enum.Enum):
    """The outcome of a request, one member per leaf row of report table 三 (2021 format).

    The value of each member is a stable code for storage; ``label`` is the
    official row label, ``label_en`` an English one, ``citation`` the article.
    """

    DISCLOSED = "disclosed"
    PARTLY_DISCLOSED = "partly_disclosed"
    WITHHELD_STATE_SECRET = "withheld_state_secret"  # noqa: S105 - not a password
    WITHHELD_PROHIBITED_BY_LAW = "withheld_prohibited_by_law"
    WITHHELD_ENDANGERS_SECURITY = "withheld_endangers_security"
    WITHHELD_THIRD_PARTY_RIGHTS = "withheld_third_party_rights"
    WITHHELD_INTERNAL_AFFAIRS = "withheld_internal_affairs"
    WITHHELD_PROCESS_INFORMATION = "withheld_process_information"
    WITHHELD_ENFORCEMENT_CASE_FILE = "withheld_enforcement_case_file"
    WITHHELD_ADMINISTRATIVE_QUERY = "withheld_administrative_query"
    UNAVAILABLE_NOT_HELD = "unavailable_not_held"
    UNAVAILABLE_NEEDS_CREATION = "unavailable_needs_creation"
    UNAVAILABLE_STILL_UNCLEAR = "unavailable_still_unclear"
    NOT_PROCESSED_COMPLAINT = "not_processed_complaint"
    NOT_PROCESSED_REPEAT = "not_processed_repeat"
    NOT_PROCESSED_PUBLICATION = "not_processed_publication"
    NOT_PROCESSED_EXCESSIVE = "not_processed_excessive"
    NOT_PROCESSED_CONFIRMATION = "not_processed_confirmation"
    OTHER_CORRECTION_LAPSED = "other_correction_lapsed"
    OTHER_FEE_LAPSED = "other_fee_lapsed"
    OTHER = "other"

    @property
    def group(self) -> OutcomeGroup:
        """The group (（一）…（六）) the row belongs to."""
        return _ROWS[self].group

    @property
    def label(self) -> str:
        """The official row label (the leaf's own words, without its enumerator)."""
        return _ROWS[self].label

    @property
    def label_en(self) -> str:
        """An English label for the row."""
        return _ROWS[self].label_en

    @property
    def citation(self) -> Citation:
        """The provision the outcome rests on (our reading of the row, [INFERENCE])."""
        return _ROWS[self].citation

    @property
    def is_disclosure(self) -> bool:
        """Whether information was (wholly or partly) disclosed."""
        return self.group in (OutcomeGroup.DISCLOSED, OutcomeGroup.PARTLY_DISCLOSED)

    @classmethod
    def from_label(cls, label: object) -> Outcome:
        """The member whose official row label is ``label``.

        Tolerant of white space, full- and half-width brackets and punctuation,
        straight or curly quotes, a leading enumerator ("1.", "（二）", or both:
        "（三）3.…"), a leading group label ("（三）不予公开 1.属于国家秘密"), and the note in
        brackets after 部分公开. Group rows (（三）不予公开 alone) are not outcomes.

        A group prefix, by label ("（五）不予处理 …") or by its enumerator before an
        item's ("（五）1.…"), must be the item's own group: a label that puts an
        item under another group is contradictory, and raises.

        Raises:
            UnknownLabelError: if no row has that label, or its group prefix
                contradicts the item.

        >>> Outcome.from_label("（五）不予处理 1.属于国家秘密")
        Traceback (most recent call last):
        ...
        govdisclosure.errors.UnknownLabelError: label: the group （五）不予处理 ... (got ...)

        .. versionchanged:: 0.2.0 a contradicting group prefix raises.
        """
        if not isinstance(label, str):
            msg = "an outcome label must be a string"
            raise UnknownLabelError(msg, field="label", value=label)
        found = cls._match(label)
        group = _stated_group(label)
        if group is not None and group is not found.group:
            msg = (
                f"the group {group.label} contradicts the item {found.label}, which belongs to "
                f"{found.group.label}"
            )
            raise UnknownLabelError(msg, field="label", value=label)
        return found

    @classmethod
    def _match(cls, label: str) -> Outcome:
        key = normalize_label(label)
        found = (
            _BY_LABEL.get(key)
            or _BY_LABEL.get(normalize_label(label, drop_note=True))
            # A group enumerator before an item enumerator: "（三）3.危及…".
            or _BY_LABEL.get(normalize_label(key))
        )
        if found is None:
            for prefix, _group in _GROUP_PREFIXES:
                if key.startswith(prefix) and len(key) > len(prefix):
                    found = _BY_LABEL.get(normalize_label(key[len(prefix) :]))
                    break
        if found is None:
            msg = "not the label of any outcome row of report table 三"
            raise UnknownLabelError(msg, field="label", value=label)
        return found


_G = OutcomeGroup
_ROWS: dict[Outcome, _Row] = {
    Outcome.DISCLOSED: _Row(_G.DISCLOSED, "予以公开", "Disclosed", _reg("36", item="2")),
    Outcome.PARTLY_DISCLOSED: _Row(
        _G.PARTLY_DISCLOSED,
        "部分公开（区分处理的，只计这一情形，不计其他情形）",
        "Partly disclosed",
        _reg("37"),
    ),
    Outcome.WITHHELD_STATE_SECRET: _Row(_G.WITHHELD, "属于国家秘密", "State secret", _reg("14")),
    Outcome.WITHHELD_PROHIBITED_BY_LAW: _Row(
        _G.WITHHELD,
        "其他法律行政法规禁止公开",
        "Disclosure prohibited by other laws or administrative regulations",
        _reg("14"),
    ),
    Outcome.WITHHELD_ENDANGERS_SECURITY: _Row(
        _G.WITHHELD,
        "危及“三安全一稳定”",
        "Would endanger national, public or economic security or social stability",
        _reg("14"),
    ),
    Outcome.WITHHELD_THIRD_PARTY_RIGHTS: _Row(
        _G.WITHHELD,
        "保护第三方合法权益",
        "Protects the lawful rights of a third party",
        _reg("15"),
    ),
    Outcome.WITHHELD_INTERNAL_AFFAIRS: _Row(
        _G.WITHHELD,
        "属于三类内部事务信息",
        "Internal affairs (three kinds)",
        _reg("16", paragraph=1),
    ),
    Outcome.WITHHELD_PROCESS_INFORMATION: _Row(
        _G.WITHHELD,
        "属于四类过程性信息",
        "Process information (four kinds)",
        _reg("16", paragraph=2),
    ),
    Outcome.WITHHELD_ENFORCEMENT_CASE_FILE: _Row(
        _G.WITHHELD,
        "属于行政执法案卷",
        "Administrative enforcement case file",
        _reg("16", paragraph=2),
    ),
    Outcome.WITHHELD_ADMINISTRATIVE_QUERY: _Row(
        _G.WITHHELD,
        "属于行政查询事项",
        "Administrative query matter (special access rules apply)",
        _reg("36", item="7"),
    ),
    Outcome.UNAVAILABLE_NOT_HELD: _Row(
        _G.UNAVAILABLE,
        "本机关不掌握相关政府信息",
        "This organ does not hold the information",
        _reg("36", item="4"),
    ),
    Outcome.UNAVAILABLE_NEEDS_CREATION: _Row(
        _G.UNAVAILABLE,
        "没有现成信息需要另行制作",
        "No existing information; it would have to be created",
        _reg("38"),
    ),
    Outcome.UNAVAILABLE_STILL_UNCLEAR: _Row(
        _G.UNAVAILABLE,
        "补正后申请内容仍不明确",
        "Still unclear after correction",
        _reg("30"),
    ),
    Outcome.NOT_PROCESSED_COMPLAINT: _Row(
        _G.NOT_PROCESSED,
        "信访举报投诉类申请",
        "Petition, report or complaint",
        _reg("39", paragraph=1),
    ),
    Outcome.NOT_PROCESSED_REPEAT: _Row(
        _G.NOT_PROCESSED, "重复申请", "Repeated application", _reg("36", item="6")
    ),
    Outcome.NOT_PROCESSED_PUBLICATION: _Row(
        _G.NOT_PROCESSED,
        "要求提供公开出版物",
        "Asks for a publication",
        _reg("39", paragraph=2),
    ),
    Outcome.NOT_PROCESSED_EXCESSIVE: _Row(
        _G.NOT_PROCESSED,
        "无正当理由大量反复申请",
        "Many repeated applications without good reason",
        _reg("35"),
    ),
    Outcome.NOT_PROCESSED_CONFIRMATION: _Row(
        _G.NOT_PROCESSED,
        "要求行政机关确认或重新出具已获取信息",
        "Asks the organ to confirm or reissue information already obtained",
        # No article of the Regulations speaks to this row (our reading): cite the format.
        Citation(REPORT_FORMAT_2021, note="table 三, row （五）5"),
    ),
    Outcome.OTHER_CORRECTION_LAPSED: _Row(
        _G.OTHER,
        "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "Applicant did not correct in time; no longer processed",
        _reg("30"),
    ),
    Outcome.OTHER_FEE_LAPSED: _Row(
        _G.OTHER,
        "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        "Applicant did not pay the fee in time; no longer processed",
        Citation(FEE_MEASURES_2020),
    ),
    Outcome.OTHER: _Row(_G.OTHER, "其他", "Other", Citation(REPORT_FORMAT_2021, note="table 三")),
}

_BY_LABEL: dict[str, Outcome] = {}
for _outcome, _row in _ROWS.items():
    _BY_LABEL[normalize_label(_row.label)] = _outcome
    _BY_LABEL[normalize_label(_row.label, drop_note=True)] = _outcome

_GROUP_PREFIXES: tuple[tuple[str, OutcomeGroup], ...] = tuple(
    sorted(
        {(normalize_label(g.label, drop_note=True), g) for g in OutcomeGroup}
        | {(normalize_label(g.label), g) for g in OutcomeGroup},
        key=lambda pair: len(pair[0]),
        reverse=True,
    )
)

_GROUP_NUMERALS = dict(zip("一二三四五六", OutcomeGroup, strict=True))
# A group enumerator directly before an item enumerator: "（五）1.…".
_GROUP_THEN_ITEM = re.compile(r"^\(([一二三四五六])\)\d+[.、]")


def _stated_group(label: str) -> OutcomeGroup | None:
    """The group a label puts its item under, by a group label or enumerator before it."""
    text = unicodedata.normalize("NFKC", label).replace("．", ".")
    text = "".join(text.split())
    enumerated = _GROUP_THEN_ITEM.match(text)
    if enumerated is not None:
        return _GROUP_NUMERALS[enumerated.group(1)]
    key = normalize_label(label)
    for prefix, group in _GROUP_PREFIXES:
        if key.startswith(prefix) and len(key) > len(prefix):
            rest = normalize_label(key[len(prefix) :])
            if rest in _BY_LABEL:
                return group
    return None
