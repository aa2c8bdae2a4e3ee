"""The seed district's 2018 annual report, built from records with the library's models.

The seed (``shared/seed/``) is a district's report on its 2018 disclosure work:
two requests received, both disclosed within the legal time limit; over 20,000
items published; over 8,200 calls and 3,400 letters handled, all answered; over
1,000 archive volumes opened; no fees; no reconsideration or litigation. This
module writes it as an :class:`~govdisclosure.jurisdictions.cn.AnnualReport`:

* Table 三 is **counted** from two request records by
  :func:`~govdisclosure.jurisdictions.cn.aggregate_requests`, not typed in.
  The seed gives neither the dates of the two requests nor who made them: the
  records use natural persons and dates in 2018 chosen for illustration, and
  say so in their ids. Being of 2018, they fall under the 2007 Regulations:
  15 working days, extensible by 15 (:func:`~govdisclosure.jurisdictions.cn.reply_deadline`
  picks that regime from the date of receipt).
* Table 四 is all zeros (the seed reports no case); table 二 is blank, because
  the seed gives none of its figures (blank is not zero).
* Section 一 quotes the activity figures from
  :func:`~govdisclosure.examples.seed_district.activity_2018`, each "more than"
  a number, as the seed says.
* The seed predates both national formats (2019 trial, 2021). It is rendered
  in the **current 2021 layout** (国办公开办函〔2021〕30号), as :data:`LAYOUT_NOTE` says.

>>> from govdisclosure.jurisdictions.cn.report import RequestRow, Total
>>> report = seed_report()
>>> cells = report.requests.to_dict()
>>> report.year, cells[RequestRow.NEW][Total.TOTAL], cells[Outcome.DISCLOSED][Total.TOTAL]
(2018, 2, 2)
>>> report.validate(report_blanks=False)
()

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from govdisclosure.channels import Bound, Channel, Figure
from govdisclosure.examples.seed_district import YEAR, activity_2018
from govdisclosure.jurisdictions.cn.outcomes import Outcome
from govdisclosure.jurisdictions.cn.report import (
    AnnualReport,
    ProactiveTable,
    ReconsiderationLitigationTable,
    ReportFormat,
    aggregate_requests,
)
from govdisclosure.requests import Applicant, ApplicantKind, Replied, Request

__all__ = ["AGENCY", "LAYOUT_NOTE", "seed_report", "seed_requests"]

AGENCY = {"zh": "某区人民政府", "en": "A district people's government"}
"""The seed names no district."""

LAYOUT_NOTE = {
    "zh": (
        "示例：种子报告所述某区2018年政府信息公开工作年度报告。该年度的申请适用2007年《条例》"
        "（答复期限15个工作日，可延长15个工作日）；原报告早于国家年度报告格式，此处按现行2021年格式"
        "（国办公开办函〔2021〕30号）呈现。两件申请的日期和申请人类型原报告未载明，系示意。"
    ),
    "en": (
        "Example: the seed district's annual report for 2018. Its requests fall under the 2007 "
        "Regulations (15 working days, extensible by 15). The original predates the national "
        "report formats; it is rendered here in the current 2021 layout "
        "(国办公开办函〔2021〕30号). "
        "The seed gives neither the dates of its two requests nor who made them: those are "
        "illustrative."
    ),
}
"""What the example is, which rules and which layout: printed with it by the command line."""

Language = Literal["zh", "en"]


def seed_requests() -> tuple[Request, ...]:
    """The seed's two requests of 2018: on land acquisition and on urban housing demolition.

    Both were disclosed within the legal time limit. Dates and applicant kinds
    are illustrative (the seed gives neither).

    >>> from govdisclosure.jurisdictions import cn
    >>> [cn.reply_deadline(r).replied_on_time for r in seed_requests()]
    [True, True]
    """
    person = Applicant(kind=ApplicantKind.NATURAL_PERSON)
    return (
        Request(
            id="seed-2018-1 (illustrative dates): land acquisition",
            received=date(YEAR, 6, 4),
            applicant=person,
            events=(Replied(on=date(YEAR, 6, 19), outcome=Outcome.DISCLOSED),),
        ),
        Request(
            id="seed-2018-2 (illustrative dates): urban housing demolition",
            received=date(YEAR, 9, 10),
            applicant=person,
            events=(Replied(on=date(YEAR, 9, 28), outcome=Outcome.DISCLOSED),),
        ),
    )


def _figure(figure: Figure | None, language: Language) -> str:
    if figure is None:  # pragma: no cover - the seed gives every figure used here
        return "?"
    if language == "zh":
        suffix = {Bound.EXACT: "", Bound.AT_LEAST: "以上", Bound.MORE_THAN: "余"}[figure.bound]
        return f"{figure.value:,}{suffix}"
    prefix = {Bound.EXACT: "", Bound.AT_LEAST: "at least ", Bound.MORE_THAN: "more than "}
    return f"{prefix[figure.bound]}{figure.value:,}"


def _overview(language: Language) -> str:
    by_channel = {a.channel: a for a in activity_2018()}
    items = _figure(by_channel[Channel.WEBSITE].items_published, language)
    calls = _figure(by_channel[Channel.HOTLINE].received, language)
    letters = _figure(by_channel[Channel.MAILBOX].received, language)
    volumes = _figure(by_channel[Channel.ARCHIVES].volumes_opened, language)
    if language == "zh":
        return (
            "本区依照《中华人民共和国政府信息公开条例》和市政府要求，进一步加强政府信息公开工作。"
            "（一）加强组织领导：调整充实区政务公开领导小组，区政府办公室具体负责日常工作，各部门、"
            "街道、乡镇均成立领导小组、明确专门机构。（二）完善制度机制：建立信息采集、公开、审核和监督"
            "制度；依申请公开受理制度；按照“谁提供、谁审核、谁负责”的原则建立保密审查制度。"
            "（三）加强载体建设：完善区政府门户网站，编制公布政府信息公开目录和指南；设立公开电话和信箱，"
            f"全年受理群众来电{calls}个、来信{letters}件，回复率100%；依托行政审批大厅公开办事。"
            f"全年主动公开政府信息{items}条；区档案局向社会开放档案{volumes}卷，供公众查阅。"
        )
    return (
        "Under the Regulations on Open Government Information and the municipal government's "
        "requirements, the district strengthened its disclosure work. (1) Leadership: the "
        "district's leading group was reorganised; the government office runs the daily work; "
        "every department, subdistrict and township has its own group and office. (2) Systems: "
        "information collection, disclosure, review and supervision; acceptance of requests; "
        "confidentiality review on the principle 'who provides, reviews; who reviews, is "
        "responsible'. (3) Channels: the district portal with the disclosure catalogue and "
        f"guide; a public hotline and mailbox, which handled {calls} calls and {letters} "
        "letters in the year, all answered (100%); the administrative approval hall. In all, "
        f"{items} items were disclosed proactively; the archives bureau opened {volumes} "
        "volumes to the public."
    )


_PROBLEMS = {
    "zh": (
        "（一）主要问题：一是从事政府信息公开工作的人员少、兼职多，力量不足，工作机制有待完善；二是各部门、"
        "街道、乡镇工作进展不平衡，个别单位认识不到位；三是主动公开数量少，深度和广度不够；四是监督机制"
        "不够完善，检查措施不够有力，存在被动、滞后问题。（二）改进措施：一是完善工作机制，充实人员力量，"
        "修订完善政府信息公开目录和指南，规范政府信息分类体系，健全考核、监督、评议制度；二是拓宽公开渠道，"
        "重点推进权力大、公益性强、群众关注度高的部门信息公开，发挥政府网站第一平台作用，升级检索功能。"
    ),
    "en": (
        "(1) Problems: few staff work on disclosure, many part-time; progress is uneven across "
        "departments, subdistricts and townships; proactive disclosure is small in amount, depth "
        "and breadth; supervision is not thorough, inspection is weak, and work is passive and "
        "late. (2) Measures: improve the working mechanism and staffing, revise the disclosure "
        "catalogue and guide, standardise the classification of government information, and "
        "strengthen assessment, supervision and review; widen the channels, putting first the "
        "departments with most power, most public-welfare weight and most public attention, "
        "with the government website as the first platform and better search."
    ),
}

_OTHER = {
    "zh": "本年度依申请提供政府信息均未收取费用。",
    "en": "No fee was charged for any information provided on request this year.",
}


def seed_report(language: Language = "zh") -> AnnualReport:
    """The seed district's 2018 report, with its text in ``language`` ("zh" or "en").

    Table 三 is counted from :func:`seed_requests`; the report is in the 2021
    layout (see :data:`LAYOUT_NOTE`).

    >>> seed_report("en").agency, seed_report("en").language
    ("A district people's government", 'en')

    .. versionchanged:: 0.3.0 the report is in ``language`` (what a notebook shows).
    """
    if language not in ("zh", "en"):
        from govdisclosure.errors import InvalidInputError

        msg = 'must be "zh" or "en"'
        raise InvalidInputError(msg, field="language", value=language)
    return AnnualReport(
        agency=AGENCY[language],
        year=YEAR,
        requests=aggregate_requests(seed_requests(), year=YEAR),
        reviews=ReconsiderationLitigationTable.zeros(),
        proactive=ProactiveTable.empty(ReportFormat.V2021),
        overview=_overview(language),
        problems=_PROBLEMS[language],
        other_matters=_OTHER[language],
        language=language,
    )
