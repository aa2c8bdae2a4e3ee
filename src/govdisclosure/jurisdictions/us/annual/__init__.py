"""The DOJ Annual FOIA Report as a model: read and written as NIEM XML, validated.

One agency's report for one fiscal year (:class:`AnnualFoiaReport`), with
every section of the DOJ form (its `FoiaAnnualReportExtensions.xsd`) as rows per component plus the
agency-overall row, read from and written to the DOJ NIEM 2.0 exchange
(hardened by ``defusedxml``, the ``us`` extra), and checked against the DOJ
form's cross-field rules, returning findings.

>>> from govdisclosure.jurisdictions.us.annual import AnnualFoiaReport, SECTIONS
>>> [s.id for s in SECTIONS][:4]
['IV', 'V.A', 'V.B(1)', 'V.B(2)']

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from govdisclosure.jurisdictions.us.annual._engine import UNDETERMINED
from govdisclosure.jurisdictions.us.annual._from_tally import (
    aggregate_annual_report,
    annual_report_from_tally,
)
from govdisclosure.jurisdictions.us.annual._model import (
    DataRow,
    DocumentHeader,
    Link,
    Organization,
    ReportData,
    Section,
)
from govdisclosure.jurisdictions.us.annual._report import AnnualFoiaReport
from govdisclosure.jurisdictions.us.annual._rules import Finding
from govdisclosure.jurisdictions.us.annual._spec import (
    SECTION_BY_ID,
    SECTIONS,
    FieldSpec,
    ListSpec,
    SectionSpec,
)
from govdisclosure.jurisdictions.us.annual._tally_fields import FoiaStaffing
from govdisclosure.jurisdictions.us.annual._values import Kind, ResponseDays

__all__ = [
    "SECTIONS",
    "SECTION_BY_ID",
    "UNDETERMINED",
    "AnnualFoiaReport",
    "DataRow",
    "DocumentHeader",
    "FieldSpec",
    "Finding",
    "FoiaStaffing",
    "Kind",
    "Link",
    "ListSpec",
    "Organization",
    "ReportData",
    "ResponseDays",
    "Section",
    "SectionSpec",
    "aggregate_annual_report",
    "annual_report_from_tally",
]
