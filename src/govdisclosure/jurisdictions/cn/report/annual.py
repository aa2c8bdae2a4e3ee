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
from typing import Any, cast

import attrs

from govdisclosure.errors import InvalidInputError, NoRuleInForceError
from govdisclosure.jurisdictions.cn.instruments import OGI_2019
from govdisclosure.jurisdictions.cn.report.format import (
    ReportFormat,
    check_format,
    format_for_year,
)
from govdisclosure.jurisdictions.cn.report.render import (
    report_html,
    report_markdown,
    report_text,
)
from govdisclosure.jurisdictions.cn.report.schemas import check_language, language_validator
from govdisclosure.jurisdictions.cn.report.tables import (
    Language,
    ProactiveTable,
    ReconsiderationLitigationTable,
    RequestTable,
    check_carried_forward,
)
from govdisclosure.law import OMIT_IF_DEFAULT, Citation, Version, Versioned
from govdisclosure.reports import (
    BlankPolicy,
    CellKind,
    Finding,
    Record,
    TableSchema,
    records_frame,
    styled_html,
)

__all__ = [
    "FILING_DEADLINES",
    "AnnualReport",
    "Filer",
    "FilingDeadline",
    "check_continuity",
    "filing_deadline",
    "report_layout",
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


def report_layout(
    requests: RequestTable, proactive: ProactiveTable | None, year: object
) -> ReportFormat:
    """The format of a report, from its tables and its year: a **policy** where they are silent.

    Table 三 tells the format unless it prints （六）其他处理 as a single row
    with no sub-rows: the 2019 format does, and so do some 2021-format reports.
    Then table 二, whose blocks differ between the formats, decides if it has
    a number; else the report year, by :data:`~cn.report.format.FORMAT_BY_REPORT_YEAR`
    (the 2021 format, 国办公开办函〔2021〕30号, issued 26 September 2021, from
    the 2021 reports on: [INFERENCE]); else (no year, or a year before any
    national format) the 2019 format, as the table alone reads. Why: a report
    printed with the single row is as likely a 2021 report as a 2019 one, and
    reading a 2021 report as 2019 refuses its table 二 and prints the wrong
    headings. Pass ``layout=`` to :class:`AnnualReport` (or
    ``ParseOptions(layout=...)``) to override.

    >>> single = RequestTable.from_labels({"（六）其他处理": {"总计": 3}})
    >>> report_layout(single, None, 2022), report_layout(single, None, 2020)
    (<ReportFormat.V2021: '2021'>, <ReportFormat.V2019: '2019'>)

    .. versionadded:: 0.3.0
    """
    if requests.layout is ReportFormat.V2021:
        return requests.layout
    if proactive is not None and any(v is not None for v in proactive.values):
        return proactive.layout
    if type(year) is int:
        try:
            return format_for_year(year)
        except NoRuleInForceError:
            return requests.layout
    return requests.layout


def _default_layout(report: AnnualReport) -> ReportFormat:
    requests: object = report.requests
    proactive: object = report.proactive
    if not isinstance(requests, RequestTable):
        return ReportFormat.V2021  # reported by the report's own check
    chosen = proactive if isinstance(proactive, ProactiveTable) else None
    return report_layout(requests, chosen, report.year)


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
        layout: The format version; by default that of ``requests``, or where
            table 三 prints （六）其他处理 as a single row, as
            :func:`report_layout` decides from table 二 and the year (a policy).
            Every table must be in it; a table 三 with the single row is read
            as a 2021 table printed so (:meth:`RequestTable.to_layout`), and
            then a blank table 二 takes the report's format.
        language: The language the report is shown in: ``"zh"`` (the official
            labels, the default) or ``"en"``. It is what a notebook shows
            (``_repr_html_``) and what ``to_text``, ``to_markdown``, ``to_html``,
            ``to_records`` and ``to_dataframe`` use when given no language; the
            report's tables take it too. A display preference, not data: it takes
            no part in ``==`` (see :meth:`with_language`).

    .. versionchanged:: 0.3.0 ``language``; ``layout`` from table 二 and the year where
        table 三 prints （六）其他处理 alone.
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
    layout: ReportFormat = attrs.field(default=attrs.Factory(_default_layout, takes_self=True))
    language: Language = attrs.field(
        default="zh", eq=False, validator=language_validator, metadata={OMIT_IF_DEFAULT: True}
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
        if self.layout is ReportFormat.V2021 and self.requests.layout is ReportFormat.V2019:
            # （六）其他处理 alone: a 2021 table printed with the single row; a blank table 二
            # made in its 2019 layout (the default) takes the report's
            object.__setattr__(self, "requests", self.requests.to_layout(self.layout))
            if all(v is None for v in self.proactive.values):
                object.__setattr__(self, "proactive", ProactiveTable.empty(self.layout))
        if self.requests.layout is not self.layout:
            problems.append("requests")
        if self.proactive.layout is not self.layout:
            problems.append("proactive")
        if problems:
            msg = f"is not in the report's {self.layout.value} format"
            raise InvalidInputError(msg, field=problems[0], value=getattr(self, problems[0]))
        for name in ("requests", "reviews", "proactive"):
            table = getattr(self, name)
            if table.language != self.language:
                object.__setattr__(self, name, table.with_language(self.language))

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

    def with_language(self, language: Language) -> AnnualReport:
        """The same report, shown in ``language`` (equal to this one).

        >>> zh = AnnualReport(agency="某区人民政府", year=2025, requests=RequestTable.zeros())
        >>> en = zh.with_language("en")
        >>> en == zh, en.to_text().splitlines()[0]
        (True, '某区人民政府: annual report on government information disclosure, 2025')

        .. versionadded:: 0.3.0
        """
        return attrs.evolve(self, language=check_language(language))

    def _language(self, language: Language | None) -> Language:
        return self.language if language is None else check_language(language)

    def to_text(self, language: Language | None = None) -> str:
        """The report as plain text in the official layout (in the report's language by default).

        .. versionchanged:: 0.3.0 the report's language by default.
        """
        return report_text(self, self._language(language))

    def to_markdown(self, language: Language | None = None) -> str:
        """The report as Markdown (in the report's language by default).

        .. versionchanged:: 0.3.0 the report's language by default.
        """
        return report_markdown(self, self._language(language))

    def to_html(self, language: Language | None = None, *, styled: bool = False) -> str:
        """The report as an HTML fragment, tables in the official layout.

        In the report's language by default. With ``styled=True`` it comes with a
        small stylesheet of its own (:func:`~govdisclosure.reports.styled_html`:
        borders, row labels left, numbers right, headers unwrapped), as a notebook
        shows it.

        .. versionchanged:: 0.3.0 the report's language by default; ``styled``.
        """
        out = report_html(self, self._language(language))
        return styled_html(out) if styled else out

    def _repr_html_(self) -> str:
        return self.to_html(styled=True)

    def to_records(self, language: Language | None = None) -> list[Record]:
        """Every cell of tables 二, 三 and 四 as one record each (long format).

        Each record is ``{"agency", "year", "table", "row", "column", "value"}``
        with stable codes for table, row and column, then the row's and the
        column's labels in ``language`` (the report's by default) and their
        0-based positions in the official order (``row_label``, ``column_label``,
        ``row_order``, ``column_order``); ``pandas.DataFrame(records)`` takes the
        list directly.

        .. versionchanged:: 0.3.0 labels and order.
        """
        lang = self._language(language)
        return [
            *self.proactive.to_records(agency=self.agency, year=self.year, language=lang),
            *self.requests.to_records(agency=self.agency, year=self.year, language=lang),
            *self.reviews.to_records(agency=self.agency, year=self.year, language=lang),
        ]

    def to_dataframe(self, language: Language | None = None) -> Any:  # noqa: ANN401 - a pandas.DataFrame (optional, untyped)
        """Every cell of tables 二, 三 and 四 as a long ``pandas.DataFrame``, one row per cell.

        The columns are those of :meth:`to_records` with ``value`` split by what a
        cell holds: ``kind`` (``"count"`` or ``"amount"``), ``count`` (nullable
        ``Int64``) and ``amount`` (exact :class:`~decimal.Decimal` in an ``object``
        column: table 二's fees, in 万元, may be fractional, and a float would round
        them). A blank cell is ``<NA>``. Rows come in the order of :meth:`to_records`:
        table 二, 三, 四, each in its official order. For one table as a grid, use the
        table's own ``to_dataframe``.

        Raises:
            ImportError: if pandas is not installed (``pip install pandas``).

        .. versionadded:: 0.3.0
        """
        lang = self._language(language)
        schemas: dict[object, TableSchema] = {
            "proactive": self.proactive.schema,
            "requests": self.requests.printed_schema,
            "reconsideration_litigation": self.reviews.schema,
        }
        records = self.to_records(lang)
        return records_frame(records, [_kind_of(schemas[r["table"]], r) for r in records])

    def __repr__(self) -> str:
        return (
            f"AnnualReport(agency={self.agency!r}, year={self.year}, "
            f"format={self.layout.value}, {self.requests!r})"
        )


def _kind_of(schema: TableSchema, record: Record) -> CellKind:
    row, column = cast("int", record["row_order"]), cast("int", record["column_order"])
    return schema.kind((schema.rows[row].key, schema.columns[column].key))


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
