"""The Annual FOIA Report: one agency's report for one fiscal year, read, written and validated.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import attrs

from govdisclosure.jurisdictions.us.annual._model import ReportData
from govdisclosure.jurisdictions.us.annual._render import annual_html, annual_markdown, annual_text
from govdisclosure.jurisdictions.us.annual._rules import Finding, validate_report
from govdisclosure.jurisdictions.us.annual._xml_read import read_report
from govdisclosure.jurisdictions.us.annual._xml_write import write_report
from govdisclosure.jurisdictions.us.annual._years import compare_years

__all__ = ["AnnualFoiaReport"]


@attrs.frozen
class AnnualFoiaReport(ReportData):
    """One agency's Annual FOIA Report (5 U.S.C. § 552(e)) for one fiscal year.

    The fiscal year runs from October 1 to September 30 and is named by the
    year in which it ends. Sections are those of the DOJ schema
    (``FoiaAnnualReportExtensions.xsd``), each with one
    row per component and the agency-overall row (the agency's own row; for
    a single-component agency, its only row). Read and written as the DOJ
    NIEM exchange; :meth:`validate` returns findings and never changes the
    report.

    >>> from govdisclosure.jurisdictions.us.annual import DataRow, Link, Organization, Section
    >>> row = DataRow("PS1", (("pending_start", 1), ("received", 42), ("processed", 41),
    ...     ("pending_end", 3)))
    >>> report = AnnualFoiaReport(2024, Organization("ORG0", "USAB", "United States Access Board"),
    ...     sections=(Section("V.A", (row,), (Link("PS1", "ORG0"),)),))
    >>> AnnualFoiaReport.from_xml(report.to_xml()) == report
    True
    >>> [f] = [f for f in report.validate() if not f.rule.endswith("/undetermined")]
    >>> f.rule, f.left, f.right
    ('us.V.A.flow', 44, 43)
    >>> f.message.split(" but ")[0]
    'USAB (ORG0): V.A.pending_end 3 + V.A.processed 41 = 44'
    >>> sorted({f.rule for f in report.validate() if f.rule.endswith("/undetermined")})[:2]
    ['us.V.A=V.B(1)/undetermined', 'us.V.A>=VII.C/undetermined']
    """

    @classmethod
    def from_xml(cls, text: str) -> AnnualFoiaReport:
        """Read the DOJ NIEM XML of one report (hardened: no DTD, no entities).

        Raises:
            InvalidInputError: naming every bad element by its path.
            ImportError: the ``us`` extra (``defusedxml``) is not installed.
        """
        return read_report(text, cls)

    def to_xml(self) -> str:
        """The DOJ NIEM XML of this report; ``from_xml`` reads it back equal."""
        return write_report(self)

    def to_text(self) -> str:
        """The report as plain text, in the layout of the DOJ report (N/A where absent)."""
        return annual_text(self)

    def to_markdown(self) -> str:
        """The report as Markdown, one heading and table per section."""
        return annual_markdown(self)

    def to_html(self) -> str:
        """The report as an HTML fragment (every text escaped)."""
        return annual_html(self)

    def validate(self, previous: ReportData | None = None) -> tuple[Finding, ...]:
        """Check the report against the DOJ form's cross-field rules (``foia_ui.validation.js``).

        Returns one finding per broken rule and unit; undetermined checks
        (an input is N/A or its section is not reported) have a rule id ending
        in ``/undetermined``. Given ``previous``, last fiscal year's report,
        also checks this year's "last year" columns and the items carried over
        (:func:`~govdisclosure.jurisdictions.us.annual._years.compare_years`).

        Raises:
            InvalidInputError: ``previous`` is not the report of the year before.
        """
        found = validate_report(self)
        return found if previous is None else found + compare_years(previous, self)
