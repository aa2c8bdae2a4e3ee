"""The annual report (年度报告) of an agency, and when it must be published (Art 49).

An :class:`AnnualReport` holds the six sections of the national format: the
overview (一, text), table 二 (proactive disclosure), table 三 (requests),
table 四 (reconsideration and litigation), problems and improvements (五,
text) and other matters (六, text), in one format version.

>>> from govdisclosure.jurisdictions.cn.report.tables import RequestTable
>>> report = AnnualReport(agency="某区人民政府", year=2025, requests=RequestTable.zeros())
>>> report.layout, report.validate(report_blanks=False)
(<ReportFormat.V2021: '2021'>, ())
>>> filing_deadline(2025, Filer.DEPARTMENT).due
datetime.date(2026, 1, 31)

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
from datetime import date

import attrs

from govdisclosure.errors import InvalidInputError
from govdisclosure.jurisdictions.cn.instruments import OGI_2019
from govdisclosure.jurisdictions.cn.report.format import ReportFormat, check_format
from govdisclosure.jurisdictions.cn.report.render import (
    report_html,
    report_markdown,
    report_text,
)
from govdisclosure.jurisdictions.cn.report.tables import (
    Language,
    ProactiveTable,
    ReconsiderationLitigationTable,
    RequestTable,
    check_carried_forward,
)
from govdisclosure.law import Citation, Version, Versioned
from govdisclosure.reports import BlankPolicy, Finding, Record

__all__ = [
    "FILING_DEADLINES",
    "AnnualReport",
    "Filer",
    "FilingDeadline",
    "check_continuity",
    "filing_deadline",
]


class Filer(enum.Enum):
    """Who publishes a report, which decides its deadline under Art 49."""

    DEPARTMENT = "department"
    """A department of a people's government at county level or above (县级以上人民政府部门),
    reporting on its own work: Art 49 ¶1."""
    GOVERNMENT = "government"
    """A local people's government at county level or above (县级以上地方人民政府), whose
    report is published by its OGI competent department: Art 49 ¶2."""


FILING_DEADLINES: dict[Filer, Versioned[tuple[int, int]]] = {
    Filer.DEPARTMENT: Versioned(
        "annual report deadline for departments (Art 49 ¶1)",
        (
            Version(
                (1, 31),
                start=OGI_2019.effective or date.min,
                citation=Citation(OGI_2019, "49", paragraph=1),
            ),
        ),
    ),
    Filer.GOVERNMENT: Versioned(
        "annual report deadline for governments (Art 49 ¶2)",
        (
            Version(
                (3, 31),
                start=OGI_2019.effective or date.min,
                citation=Citation(OGI_2019, "49", paragraph=2),
            ),
        ),
    ),
}
"""The (month, day) by which last year's report is due, by filer: calendar dates, not
working days. Art 49 ¶1: departments submit to the OGI competent department and publish by
31 January; ¶2: the competent department publishes its government's report by 31 March.

Only the 2019 regulation is encoded: a deadline falling before 2019-05-15 raises
:class:`~govdisclosure.errors.NoRuleInForceError`. Townships (乡镇) are not named in
Art 49; whether and when they file is set by local rules ([UNVERIFIED]) and not encoded.
"""


@attrs.frozen
class FilingDeadline:
    """The last day to publish the report for ``year``, and the provision that sets it.

    Attributes:
        year: The year the report is about.
        filer: Who files.
        due: The last day (inclusive: "1月31日前" is read as "by 31 January").
        citation: The paragraph of Art 49.
    """

    year: int
    filer: Filer
    due: date
    citation: Citation

    def is_late(self, published: date) -> bool:
        """Whether a report published on ``published`` missed the deadline.

        >>> filing_deadline(2024, Filer.GOVERNMENT).is_late(date(2025, 3, 31))
        False
        """
        return published > self.due

    def __str__(self) -> str:
        return f"{self.due.isoformat()} ({self.citation})"


def filing_deadline(year: int, filer: Filer = Filer.DEPARTMENT) -> FilingDeadline:
    """When the report on ``year`` must be published, per OGI Reg. (2019) Art 49.

    >>> str(filing_deadline(2025, Filer.GOVERNMENT))
    '2026-03-31 (OGI Reg. (2019) Art 49 ¶2)'
    >>> filing_deadline(2018)
    Traceback (most recent call last):
    ...
    govdisclosure.errors.NoRuleInForceError: no version of annual report deadline ... on 2019-01-31

    Raises:
        NoRuleInForceError: for a report due before the 2019 regulation took effect.
    """
    if type(year) is not int:
        msg = "must be a year (int)"
        raise InvalidInputError(msg, field="year", value=year)
    given: object = filer
    if not isinstance(given, Filer):
        msg = "must be a Filer"
        raise InvalidInputError(msg, field="filer", value=given)
    rule = FILING_DEADLINES[filer]
    # The date fixed by the latest version; the version in force on that date must fix it too.
    month, day = rule.versions[-1].value
    version = rule.in_force(date(year + 1, month, day))
    month, day = version.value
    return FilingDeadline(year, filer, date(year + 1, month, day), version.citation)


def _check_text(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str):
        msg = "must be text (str)"
        raise InvalidInputError(msg, field=attribute.name, value=value)


def _check_agency(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        msg = "must be the agency's name (a non-empty string)"
        raise InvalidInputError(msg, field=attribute.name, value=value)


def _check_year(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if type(value) is not int or value < 1:
        msg = "must be a year (a positive int)"
        raise InvalidInputError(msg, field=attribute.name, value=value)


def _layout_of(requests: object) -> ReportFormat:
    # A bad ``requests`` is reported by the report's own check, not by this default.
    return requests.layout if isinstance(requests, RequestTable) else ReportFormat.V2021


@attrs.frozen(kw_only=True, repr=False)
class AnnualReport:
    """An agency's annual report on disclosure work for one year, in one format.

    Attributes:
        agency: The reporting organ, as named in the report's title.
        year: The year reported on.
        requests: Table 三 (requests received and handled).
        reviews: Table 四 (reconsideration and litigation); all blank if not given.
        proactive: Table 二 (proactive disclosure); all blank if not given.
        overview: Section 一 (总体情况), text.
        problems: Section 五 (problems and improvements), text.
        other_matters: Section 六 (other matters), text.
        layout: The format version; by default that of ``requests``. Every
            table must be in it.
    """

    agency: str = attrs.field(validator=_check_agency)
    year: int = attrs.field(validator=_check_year)
    requests: RequestTable
    reviews: ReconsiderationLitigationTable = attrs.field(
        factory=ReconsiderationLitigationTable.empty
    )
    proactive: ProactiveTable = attrs.field(
        default=attrs.Factory(
            lambda self: ProactiveTable.empty(_layout_of(self.requests)), takes_self=True
        )
    )
    overview: str = attrs.field(default="", validator=_check_text)
    problems: str = attrs.field(default="", validator=_check_text)
    other_matters: str = attrs.field(default="", validator=_check_text)
    layout: ReportFormat = attrs.field(
        default=attrs.Factory(lambda self: _layout_of(self.requests), takes_self=True)
    )

    def __attrs_post_init__(self) -> None:
        problems: list[str] = []
        for name, kind in (
            ("requests", RequestTable),
            ("reviews", ReconsiderationLitigationTable),
            ("proactive", ProactiveTable),
        ):
            if not isinstance(getattr(self, name), kind):
                msg = f"must be a {kind.__name__}"
                raise InvalidInputError(msg, field=name, value=getattr(self, name))
        check_format(self.layout)
        if self.requests.layout is not self.layout:
            problems.append("requests")
        if self.proactive.layout is not self.layout:
            problems.append("proactive")
        if problems:
            msg = f"is not in the report's {self.layout.value} format"
            raise InvalidInputError(msg, field=problems[0], value=getattr(self, problems[0]))

    def validate(
        self, *, blanks: BlankPolicy = BlankPolicy.SKIP, report_blanks: bool = True
    ) -> tuple[Finding, ...]:
        """Every finding of tables 三, 四 and 二, in that order (see each table's ``validate``).

        Findings for blank cells are included unless ``report_blanks=False``.
        """
        found = [
            *self.requests.validate(blanks=blanks, report_blanks=report_blanks),
            *self.reviews.validate(blanks=blanks, report_blanks=report_blanks),
        ]
        if report_blanks:
            found.extend(self.proactive.validate())
        return tuple(found)

    def filing_deadline(self, filer: Filer = Filer.DEPARTMENT) -> FilingDeadline:
        """When this report must be published (Art 49)."""
        return filing_deadline(self.year, filer)

    @property
    def disclosure_rate(self) -> float | None:
        """(予以公开 + 部分公开) ÷ 办理结果总计, from table 三.

        See :attr:`RequestTable.disclosure_rate`.
        """
        return self.requests.disclosure_rate

    def to_text(self, language: Language = "zh") -> str:
        """The report as plain text in the official layout."""
        return report_text(self, language)

    def to_markdown(self, language: Language = "zh") -> str:
        """The report as Markdown."""
        return report_markdown(self, language)

    def to_html(self, language: Language = "zh") -> str:
        """The report as an HTML fragment, tables in the official layout."""
        return report_html(self, language)

    def _repr_html_(self) -> str:
        return report_html(self)

    def to_records(self) -> list[Record]:
        """Every cell of tables 二, 三 and 四 as one record each (long format).

        Each record is ``{"agency", "year", "table", "row", "column", "value"}``
        with stable codes for table, row and column; ``pandas.DataFrame(records)``
        takes the list directly.
        """
        return [
            *self.proactive.to_records(agency=self.agency, year=self.year),
            *self.requests.to_records(agency=self.agency, year=self.year),
            *self.reviews.to_records(agency=self.agency, year=self.year),
        ]

    def __repr__(self) -> str:
        return (
            f"AnnualReport(agency={self.agency!r}, year={self.year}, "
            f"format={self.layout.value}, {self.requests!r})"
        )


def check_continuity(
    earlier: AnnualReport | RequestTable,
    later: AnnualReport | RequestTable,
    *,
    blanks: BlankPolicy = BlankPolicy.SKIP,
) -> tuple[Finding, ...]:
    """Findings where one year's carried-forward figures (四) disagree with the next year's 二.

    Given two reports, they must be of the same agency and consecutive years.

    Raises:
        InvalidInputError: for reports of different agencies or not consecutive years.
    """
    if isinstance(earlier, AnnualReport) and isinstance(later, AnnualReport):
        if later.year != earlier.year + 1:
            msg = f"must be the report for {earlier.year + 1}"
            raise InvalidInputError(msg, field="later.year", value=later.year)
        if later.agency != earlier.agency:
            msg = f"must be a report of the same agency ({earlier.agency!r})"
            raise InvalidInputError(msg, field="later.agency", value=later.agency)
    before = earlier.requests if isinstance(earlier, AnnualReport) else earlier
    after = later.requests if isinstance(later, AnnualReport) else later
    return check_carried_forward(before, after, blanks=blanks)
