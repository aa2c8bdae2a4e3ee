"""What reading a printed report gives: :class:`ParsedReport`, and the printed numbers.

Shared by the HTML reader (:mod:`~._parse_html`) and the PDF-text reader
(:mod:`~._parse_text`): the result type, how a printed cell is read as a
count or an amount (:func:`read_count`, :func:`read_amount`), and the year and
agency a title states (:func:`title_facts`).

>>> read_count("1,234"), read_count("—"), read_count("&nbsp;")
(1234, None, None)
>>> read_amount("7730.28万元"), read_amount("251000元"), read_amount("7,730.28")
((Decimal('7730.28'), '万元'), (Decimal('251000'), '元'), (Decimal('7730.28'), None))

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Mapping
from typing import Any

import attrs

from govdisclosure.errors import InvalidInputError
from govdisclosure.jurisdictions.cn.report._amounts import BLANK_MARKS, read_amount
from govdisclosure.jurisdictions.cn.report._case_table import ReconsiderationLitigationTable
from govdisclosure.jurisdictions.cn.report._proactive_table import ProactiveTable
from govdisclosure.jurisdictions.cn.report._prose import ProseOptions, check_prose
from govdisclosure.jurisdictions.cn.report._request_table import RequestTable
from govdisclosure.jurisdictions.cn.report._tolerant import LabelReading, LabelTolerance
from govdisclosure.jurisdictions.cn.report.annual import AnnualReport, report_layout
from govdisclosure.jurisdictions.cn.report.format import ReportFormat, check_format
from govdisclosure.reports import BlankPolicy, Finding

__all__ = [
    "BLANK_MARKS",
    "AmountUnits",
    "ParseOptions",
    "ParsedReport",
    "parse_finding",
    "read_amount",
    "read_count",
    "settle_layout",
    "stated_format",
    "title_facts",
]

_COUNT = re.compile(r"^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)[件个]?$")  # 12件 is 12
_LEAD = re.compile(r"^(?:现|特|兹)?(?:向社会)?(?:公布|发布|公开)(?:了)?")
_TITLE_YEAR_FIRST = re.compile(
    r"(\d{4})\s*年\s*度?\s*([^\s|｜_\-—:：,，。、;；《》“”\"()（）\d]{2,40}?)政府信息公开(?:工作)?(?:年度)?(?:报告|年报)"
)
_TITLE = re.compile(
    r"([^\s|｜_\-—:：,，。、;；《》“”\"()（）]{2,40}?)(\d{4})\s*年\s*度?\s*政府信息公开(?:工作)?(?:年度)?(?:报告|年报)"
)


class AmountUnits(enum.Enum):
    """A **policy**: what to do when an amount's printed unit is not its column's.

    The 2021 format's fee column states 万元; some reports print ``251000元``
    in it. Amounts are never converted (a printed 元 amount divided by 10,000
    is our arithmetic, not the report's figure).

    >>> AmountUnits("refuse")
    <AmountUnits.REFUSE: 'refuse'>
    """

    RECORD = "record"
    """Keep the printed number, record its unit in ``ParsedReport.units``, and add a finding."""
    REFUSE = "refuse"
    """Raise :class:`~govdisclosure.errors.InvalidInputError`."""


@attrs.frozen
class ParseOptions:
    """How a printed report is read.

    >>> ParseOptions().amount_units
    <AmountUnits.RECORD: 'record'>
    >>> ParseOptions(labels=LabelTolerance.strict()).labels.min_similarity is None
    True

    Attributes:
        labels: The label policy (:class:`LabelTolerance`); :data:`~._tolerant.STRICT` for
            official labels only.
        amount_units: What to do when an amount's unit contradicts its column.
        layout: A **policy**: the format of a page whose table 三 prints
            （六）其他处理 as a single row. ``None`` (the default) decides as
            :func:`~cn.report.annual.report_layout` does, from table 二 and the
            year the page states (the 2019 format prints the single row, and so
            do some 2021-format reports); a format insists on it.

    .. versionchanged:: 0.3.0 ``layout``.
    """

    labels: LabelTolerance = attrs.field(factory=LabelTolerance)
    amount_units: AmountUnits = AmountUnits.RECORD
    layout: ReportFormat | None = attrs.field(default=None)

    @layout.validator
    def _check_layout(self, attribute: attrs.Attribute[object], value: object) -> None:
        if value is not None:
            check_format(value, attribute.name)


_FORMAT_NUMBER = re.compile(
    r"国办公开办函\s*[〔\[［(（]\s*(2019|2021)\s*[〕\]］)）]\s*(?:60|30)\s*号"
)


def stated_format(texts: list[str]) -> ReportFormat | None:
    """The format a page names by its document number (报告格式：国办公开办函〔2021〕30号), if one.

    >>> stated_format(["（报告格式：国办公开办函〔2019〕60号）"])
    <ReportFormat.V2019: '2019'>
    """
    found = {
        ReportFormat(m.group(1))
        for text in texts
        for m in _FORMAT_NUMBER.finditer(unicodedata.normalize("NFKC", text))
    }
    return found.pop() if len(found) == 1 else None


def settle_layout(
    requests: RequestTable | None,
    proactive: ProactiveTable | None,
    year: int | None,
    options: ParseOptions,
    *,
    stated: ReportFormat | None = None,
) -> tuple[RequestTable | None, list[Finding]]:
    """Table 三 in the page's format, where it prints （六）其他处理 as a single row.

    Read alone, such a table is in the 2019 format; ``options.layout``, the
    format the page names (``stated``), its table 二 (as printed, whose labels
    differ between the formats) or its year may say 2021 (in that order):
    then it is a 2021 table printed with the single row, its sub-rows
    unknown, and a finding says so.
    """
    if requests is None or requests.layout is ReportFormat.V2021:
        return requests, []
    if options.layout is not None:
        chosen, why = options.layout, "as ParseOptions.layout says"
    elif stated is not None:
        chosen, why = stated, f"the page names the format {stated.label}"
    elif proactive is not None:  # its printed labels tell its format, even with no number
        chosen, why = proactive.layout, "from table 二"
    else:
        chosen = report_layout(requests, None, year)
        why = f"from the report year {year}"
    if chosen is ReportFormat.V2019:
        return requests, []
    note = parse_finding(
        "parse.layout",
        "（六）其他处理 is printed as one row with no sub-rows; read as the 2021 format "
        f"({why}), its three sub-rows not printed (unknown)",
    )
    return requests.to_layout(chosen), [note]


def parse_finding(rule: str, message: str) -> Finding:
    """A finding about reading the page (not about the report's numbers)."""
    return Finding(rule=rule, message=message, cells=(), numbers=(), table="parse")


def _bare(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text.replace("&nbsp;", "")).split())


def read_count(text: str) -> int | None:
    """A printed count: ``None`` for a blank mark, else the whole number.

    Raises:
        InvalidInputError: if the text is neither (``12a``, ``3.5``).
    """
    bare = _bare(text).replace("，", ",")
    if bare in BLANK_MARKS or text.strip() in BLANK_MARKS:
        return None
    match = _COUNT.match(bare)
    if match is None:
        msg = "a count must be printed as a whole number or a blank mark (—, -, /)"
        raise InvalidInputError(msg, field="cell", value=text)
    value = int(match.group(2).replace(",", ""))
    return -value if match.group(1) == "-" else value


def title_facts(texts: list[str]) -> tuple[int | None, str | None, list[Finding]]:
    """The year and agency the title or headings state, and a finding if the years disagree.

    The agency is the one the first text naming it states (the title before
    headings, headings before prose).
    """
    found: list[tuple[int, str]] = []
    for text in texts:
        normal = unicodedata.normalize("NFKC", text)
        for match in _TITLE.finditer(normal):
            year = int(match.group(2))
            if 1990 <= year <= 2100:
                found.append((year, _LEAD.sub("", match.group(1).strip())))
        if not found:  # 2023年度某局政府信息公开工作年度报告
            for match in _TITLE_YEAR_FIRST.finditer(normal):
                year = int(match.group(1))
                if 1990 <= year <= 2100:
                    found.append((year, _LEAD.sub("", match.group(2).strip())))
    if not found:
        return None, None, []
    years = {y for y, _ in found}
    agencies = {a for _, a in found}
    findings: list[Finding] = []
    first_year: int | None = found[0][0]
    agency: str | None = found[0][1]
    if len(years) > 1:
        findings.append(
            parse_finding("parse.year", f"the page states several years: {sorted(years)}")
        )
        first_year = None
    del agencies  # the first (the title's) is the page's
    return first_year, agency, findings


@attrs.frozen(kw_only=True)
class ParsedReport:
    """A report as read from a page: its tables, what the page states, and how it was read.

    ``readings`` maps each printed label to its official label (where one
    printed label was read two ways, as a row and as a column, ``label_readings``
    has both).

    >>> r = ParsedReport(year=2023)
    >>> r.requests is None, r.year, r.validate()
    (True, 2023, ())

    Attributes:
        requests: Table 三, or ``None`` if the page has none.
        cases: Table 四, or ``None``.
        proactive: Table 二, or ``None``.
        year: The report year the page's title states, or ``None``.
        agency: The agency the title names, or ``None``.
        findings: What reading the page found (labels read tolerantly, units,
            tables skipped); :meth:`validate` adds the tables' own findings.
        readings: ``{printed label: official label}`` for every label that was not exact.
        label_readings: The same, with how and where each was read.
        units: ``{"row label/column label": unit}`` (the labels as printed) for
            every amount printed with a unit.
        narrative: The paragraphs the page prints outside its tables (the
            report's prose), whose figures :meth:`validate` checks against the
            tables (:func:`~cn.check_prose`).
    """

    requests: RequestTable | None = None
    cases: ReconsiderationLitigationTable | None = None
    proactive: ProactiveTable | None = None
    year: int | None = None
    agency: str | None = None
    findings: tuple[Finding, ...] = ()
    readings: Mapping[str, str] = attrs.field(factory=dict)
    label_readings: tuple[LabelReading, ...] = ()
    units: Mapping[str, str] = attrs.field(factory=dict)
    narrative: tuple[str, ...] = ()

    def to_annual_report(
        self, *, agency: str | None = None, year: int | None = None
    ) -> AnnualReport:
        """The :class:`~cn.AnnualReport` of this page (tables 四 and 二 blank if not printed).

        ``agency`` and ``year`` default to what the page states.

        Raises:
            InvalidInputError: if table 三, the agency or the year is missing, or
                the tables are in different formats.

        >>> ParsedReport(year=2023, agency="某局").to_annual_report()
        Traceback (most recent call last):
        ...
        govdisclosure.errors.InvalidInputError: requests: the page has no table 三 (got None)
        """
        chosen_agency = agency if agency is not None else self.agency
        chosen_year = year if year is not None else self.year
        if self.requests is None:
            msg = "the page has no table 三"
            raise InvalidInputError(msg, field="requests", value=None)
        if chosen_agency is None or chosen_year is None:
            msg = "the page states no agency or year; pass agency= and year="
            raise InvalidInputError(msg, field="agency" if chosen_agency is None else "year")
        extra: dict[str, Any] = {}
        if self.cases is not None:
            extra["reviews"] = self.cases
        if self.proactive is not None:
            extra["proactive"] = self.proactive
        return AnnualReport(agency=chosen_agency, year=chosen_year, requests=self.requests, **extra)

    def validate(
        self,
        *,
        blanks: BlankPolicy = BlankPolicy.SKIP,
        report_blanks: bool = True,
        prose: ProseOptions | None = None,
    ) -> tuple[Finding, ...]:
        """The reading findings, the findings of tables 三, 四 and 二, then the narrative's.

        The narrative's findings are its figures that the tables contradict or
        cannot confirm (:func:`~cn.check_prose`, compared as ``prose`` says).

        >>> r = ParsedReport(narrative=("全年共收到政府信息公开申请5件。",))
        >>> [f.rule for f in r.validate()]
        ['parse.prose.undetermined']
        """
        found = list(self.findings)
        if self.requests is not None:
            found.extend(self.requests.validate(blanks=blanks, report_blanks=report_blanks))
        if self.cases is not None:
            found.extend(self.cases.validate(blanks=blanks, report_blanks=report_blanks))
        if self.proactive is not None and report_blanks:
            found.extend(self.proactive.validate())
        found.extend(check_prose(self, prose))
        return tuple(found)
