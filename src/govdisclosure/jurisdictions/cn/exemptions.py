"""The PRC exemption grounds (Arts 14, 15, 16), and how a decision is counted (Art 37).

Seven grounds, each mapped to its row of part 三 of the annual report
(:class:`~govdisclosure.jurisdictions.cn.outcomes.Outcome`):

* Art 14, mandatory, no override: state secrets; disclosure prohibited by
  laws or administrative regulations; danger to national, public or economic
  security or social stability.
* Art 15, mandatory ("不得公开"), with two overrides: the third party consents,
  or the organ finds that withholding would significantly affect the public
  interest ("予以公开").
* Art 16 ¶1, discretionary ("可以不予公开"): internal affairs.
* Art 16 ¶2, discretionary: process information and administrative
  enforcement case files, unless a law, regulation or rule requires
  disclosure ("从其规定").

>>> THIRD_PARTY_RIGHTS.consequence({Override.THIRD_PARTY_CONSENT})
<Consequence.MUST_DISCLOSE: 'must_disclose'>
>>> PROCESS_INFORMATION.consequence()
<Consequence.MAY_WITHHOLD: 'may_withhold'>
>>> ground_for(Outcome.WITHHELD_STATE_SECRET) is STATE_SECRET
True

A request answered partly (Art 37, 区分处理) is counted only as 部分公开,
whatever the grounds for the part withheld:

>>> Decision(disclosed=True, withheld=(STATE_SECRET, THIRD_PARTY_RIGHTS)).outcome
<Outcome.PARTLY_DISCLOSED: 'partly_disclosed'>
>>> Decision(disclosed=False, withheld=(INTERNAL_AFFAIRS,)).outcome
<Outcome.WITHHELD_INTERNAL_AFFAIRS: 'withheld_internal_affairs'>

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from govdisclosure.errors import InvalidInputError, UnknownLabelError
from govdisclosure.exemptions import (
    Consequence,
    ExemptionGround,
    Nature,
    Override,
    OverrideRule,
)
from govdisclosure.jurisdictions.cn._labels import normalize_label
from govdisclosure.jurisdictions.cn.instruments import OGI_2019
from govdisclosure.jurisdictions.cn.outcomes import Outcome, OutcomeGroup
from govdisclosure.law import Citation

__all__ = [
    "ENDANGERS_SECURITY",
    "ENFORCEMENT_CASE_FILE",
    "GROUNDS",
    "INTERNAL_AFFAIRS",
    "PROCESS_INFORMATION",
    "PROHIBITED_BY_LAW",
    "STATE_SECRET",
    "THIRD_PARTY_RIGHTS",
    "Consequence",
    "Decision",
    "Nature",
    "Override",
    "ground",
    "ground_for",
    "ground_from_label",
    "report_outcome",
]


def _art(article: str, paragraph: int | None = None, note: str = "") -> Citation:
    return Citation(OGI_2019, article, paragraph=paragraph, note=note)


STATE_SECRET = ExemptionGround(
    code="state_secret",
    label="依法确定为国家秘密的政府信息",
    label_en="Government information classified as a state secret according to law",
    citation=_art("14", note="国家秘密"),
    nature=Nature.MANDATORY,
    outcome=Outcome.WITHHELD_STATE_SECRET,
)
"""Art 14: state secrets (不予公开; mandatory, no override)."""

PROHIBITED_BY_LAW = ExemptionGround(
    code="prohibited_by_law",
    label="法律、行政法规禁止公开的政府信息",
    label_en="Government information whose disclosure laws or administrative regulations prohibit",
    citation=_art("14", note="法律、行政法规禁止公开"),
    nature=Nature.MANDATORY,
    outcome=Outcome.WITHHELD_PROHIBITED_BY_LAW,
)
"""Art 14: disclosure prohibited by laws or administrative regulations (mandatory)."""

ENDANGERS_SECURITY = ExemptionGround(
    code="endangers_security",
    label="公开后可能危及国家安全、公共安全、经济安全、社会稳定的政府信息",
    label_en=(
        "Government information whose disclosure may endanger national, public or economic "
        "security or social stability"
    ),
    citation=_art("14", note="三安全一稳定"),
    nature=Nature.MANDATORY,
    outcome=Outcome.WITHHELD_ENDANGERS_SECURITY,
)
"""Art 14: the "three securities and one stability" (三安全一稳定; mandatory)."""

THIRD_PARTY_RIGHTS = ExemptionGround(
    code="third_party_rights",
    label="涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害的政府信息",
    label_en=(
        "Government information involving trade secrets, personal privacy and the like whose "
        "disclosure would harm the lawful rights of a third party"
    ),
    citation=_art("15"),
    nature=Nature.MANDATORY,
    overrides=(
        OverrideRule(Override.THIRD_PARTY_CONSENT, _art("15"), "第三方同意公开的，予以公开"),
        OverrideRule(
            Override.PUBLIC_INTEREST,
            _art("15"),
            "行政机关认为不公开会对公共利益造成重大影响的，予以公开",
        ),
    ),
    outcome=Outcome.WITHHELD_THIRD_PARTY_RIGHTS,
)
"""Art 15: third parties' lawful rights (不得公开; overridden by consent or public interest)."""

INTERNAL_AFFAIRS = ExemptionGround(
    code="internal_affairs",
    label="行政机关的内部事务信息，包括人事管理、后勤管理、内部工作流程等方面的信息",
    label_en=(
        "Internal affairs of the organ: personnel management, logistics, internal work "
        "procedures and the like"
    ),
    citation=_art("16", 1),
    nature=Nature.DISCRETIONARY,
    outcome=Outcome.WITHHELD_INTERNAL_AFFAIRS,
)
"""Art 16 ¶1: internal affairs (可以不予公开; discretionary)."""

_LAW_REQUIRES = OverrideRule(
    Override.LAW_REQUIRES_DISCLOSURE,
    _art("16", 2),
    "法律、法规、规章规定上述信息应当公开的，从其规定",
)

PROCESS_INFORMATION = ExemptionGround(
    code="process_information",
    label="行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息",
    label_en=(
        "Process information formed while performing administrative functions: records of "
        "discussions, drafts, consultation letters, requests for instructions and reports"
    ),
    citation=_art("16", 2, note="过程性信息"),
    nature=Nature.DISCRETIONARY,
    overrides=(_LAW_REQUIRES,),
    outcome=Outcome.WITHHELD_PROCESS_INFORMATION,
)
"""Art 16 ¶2: process information (discretionary; a law, regulation or rule may require it)."""

ENFORCEMENT_CASE_FILE = ExemptionGround(
    code="enforcement_case_file",
    label="行政执法案卷信息",
    label_en="Administrative enforcement case files",
    citation=_art("16", 2, note="行政执法案卷"),
    nature=Nature.DISCRETIONARY,
    overrides=(_LAW_REQUIRES,),
    outcome=Outcome.WITHHELD_ENFORCEMENT_CASE_FILE,
)
"""Art 16 ¶2: enforcement case files (discretionary; a law, regulation or rule may require it)."""

GROUNDS: tuple[ExemptionGround, ...] = (
    STATE_SECRET,
    PROHIBITED_BY_LAW,
    ENDANGERS_SECURITY,
    THIRD_PARTY_RIGHTS,
    INTERNAL_AFFAIRS,
    PROCESS_INFORMATION,
    ENFORCEMENT_CASE_FILE,
)
"""Every exemption ground of Arts 14–16, in the order of the report rows."""

_BY_CODE = {g.code: g for g in GROUNDS}
_BY_OUTCOME = {g.outcome: g for g in GROUNDS}
_BY_LABEL: dict[str, ExemptionGround] = {}
for _g in GROUNDS:
    _BY_LABEL[normalize_label(_g.label)] = _g


def ground(code: str) -> ExemptionGround:
    """The ground with the stable key ``code``.

    >>> ground("state_secret").citation.article
    '14'

    Raises:
        UnknownLabelError: if no ground has that code.
    """
    found = _BY_CODE.get(code)
    if found is None:
        msg = f"not the code of an exemption ground (known: {', '.join(_BY_CODE)})"
        raise UnknownLabelError(msg, field="code", value=code)
    return found


def ground_for(outcome: Outcome) -> ExemptionGround | None:
    """The ground counted under ``outcome``, if the row is an exemption ground's.

    Rows of （三）不予公开 that rest on no ground of Arts 14–16 (属于行政查询事项,
    Art 36 (7)) and every other row give ``None``.

    >>> ground_for(Outcome.WITHHELD_ADMINISTRATIVE_QUERY) is None
    True
    """
    return _BY_OUTCOME.get(outcome)


def ground_from_label(label: object) -> ExemptionGround:
    """The ground whose statutory wording, or whose report row label, is ``label``.

    Tolerant of spacing, bracket widths, quotes and enumerators, as
    :meth:`Outcome.from_label <govdisclosure.jurisdictions.cn.outcomes.Outcome.from_label>` is.

    >>> ground_from_label("（三）不予公开 3. 危及“三安全一稳定”") is ENDANGERS_SECURITY
    True

    Raises:
        UnknownLabelError: if nothing matches.
    """
    if not isinstance(label, str):
        msg = "a ground label must be a string"
        raise UnknownLabelError(msg, field="label", value=label)
    found = _BY_LABEL.get(normalize_label(label))
    if found is None:
        try:
            found = ground_for(Outcome.from_label(label))
        except UnknownLabelError:
            found = None
    if found is None:
        msg = "not the wording or report row of an exemption ground of Arts 14-16"
        raise UnknownLabelError(msg, field="label", value=label)
    return found


Reason = ExemptionGround | Outcome


def _to_reasons(values: Iterable[object]) -> tuple[Reason, ...]:
    found: list[Reason] = []
    for i, item in enumerate(values):
        if isinstance(item, Outcome):
            if item.is_disclosure:
                msg = "a reason for withholding cannot be a disclosure row"
                raise InvalidInputError(msg, field=f"withheld[{i}]", value=item)
        elif not isinstance(item, ExemptionGround):
            msg = "must be an ExemptionGround or a non-disclosure Outcome"
            raise InvalidInputError(msg, field=f"withheld[{i}]", value=item)
        found.append(item)
    return tuple(found)


def _row(reason: Reason) -> Outcome:
    if isinstance(reason, Outcome):
        return reason
    outcome = reason.outcome
    if not isinstance(outcome, Outcome):
        msg = "the ground maps to no PRC report row"
        raise InvalidInputError(msg, field="withheld", value=reason.code)
    return outcome


@attrs.frozen
class Decision:
    """What an organ decided on a request, as the annual report needs it.

    Attributes:
        disclosed: Whether any of the requested information was provided (or
            the applicant told where and how to get it).
        withheld: Why the rest was not: exemption grounds, or other
            non-disclosure rows (not held, needs creating, ...).
        principal: Which of ``withheld`` the request is counted under when it
            was wholly refused for reasons that fall in different rows. Not
            needed when they all fall in one row.
    """

    disclosed: bool
    withheld: tuple[Reason, ...] = attrs.field(default=(), converter=_to_reasons)
    principal: Reason | None = None

    def __attrs_post_init__(self) -> None:
        if not self.disclosed and not self.withheld:
            msg = "nothing disclosed and no reason given: not a decision"
            raise InvalidInputError(msg, field="withheld", value=())
        if self.principal is not None and self.principal not in self.withheld:
            msg = "the principal reason must be one of the reasons withheld"
            raise InvalidInputError(msg, field="principal", value=self.principal)

    @property
    def outcome(self) -> Outcome:
        """The report row the request is counted under (see :func:`report_outcome`)."""
        return report_outcome(self)


def report_outcome(decision: Decision) -> Outcome:
    """The one row of part 三 a decision is counted under.

    * Something disclosed, nothing withheld: （一）予以公开.
    * Something disclosed and something withheld (区分处理, Art 37): （二）部分公开
      only, "区分处理的，只计这一情形，不计其他情形", whatever the grounds.
    * Nothing disclosed: the row of the reasons given; where they fall in
      different rows, the row of ``decision.principal``.

    >>> report_outcome(Decision(disclosed=False,
    ...     withheld=(STATE_SECRET, Outcome.UNAVAILABLE_NOT_HELD), principal=STATE_SECRET))
    <Outcome.WITHHELD_STATE_SECRET: 'withheld_state_secret'>

    Raises:
        InvalidInputError: if a wholly refused request has reasons in several
            rows and no principal one.
    """
    if decision.disclosed:
        return Outcome.PARTLY_DISCLOSED if decision.withheld else Outcome.DISCLOSED
    if decision.principal is not None:
        return _row(decision.principal)
    rows = {_row(r) for r in decision.withheld}
    if len(rows) > 1:
        msg = "the reasons fall in several report rows: say which is the principal one"
        raise InvalidInputError(msg, field="principal", value=None)
    (row,) = rows
    return row


assert {ground.outcome for ground in GROUNDS} <= {  # noqa: S101 - a check on the table above
    o for o in Outcome if o.group is OutcomeGroup.WITHHELD
}
