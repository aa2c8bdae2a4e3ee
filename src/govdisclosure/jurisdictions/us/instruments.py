"""The US legal instruments the ``us`` rule pack cites.

Each fact is cited where it is used and marked by how firmly it is
established: [TEXT] read in the legal text; [V-mirror] in an official
restatement or excerpt; [CODE] in a named repository's schema or code; [3P]
in third-party material only; [UNVERIFIED] not found in a source read;
[INFERENCE] our reading. Each instrument below says which copy of it was read,
where one was. Every provision is cited in the US Code's own style:

>>> str(Citation(FOIA, "552(a)(6)(A)(i)"))
'5 U.S.C. § 552(a)(6)(A)(i)'
>>> str(Citation(HOLIDAYS, "6103(b)"))
'5 U.S.C. § 6103(b)'
>>> str(Citation(OMB_FEE_GUIDELINES, note="§ 6"))
'OMB Fee Guidelines, § 6'
"""

from __future__ import annotations

from datetime import date

from govdisclosure.law import Citation, CitationStyle, Instrument

__all__ = [
    "DOJ_REPORT_FORMAT",
    "FOIA",
    "FOIA_IMPROVEMENT_ACT",
    "HOLIDAYS",
    "OMB_FEE_GUIDELINES",
    "Citation",
]

FOIA = Instrument(
    code="us.foia",
    title="Freedom of Information Act, 5 U.S.C. § 552",
    short="5 U.S.C.",
    url="https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title5-section552",
    style=CitationStyle.CODE_SECTION,
)
"""The Freedom of Information Act as codified at 5 U.S.C. § 552, as amended
through the FOIA Improvement Act of 2016. [TEXT] read in a Markdown copy of Title 5
(GitHub ``codexstanford/markdonw-chunck-of-the-usa-code``, ``chuncks/title-05``)."""

FOIA_IMPROVEMENT_ACT = Instrument(
    code="us.foia-improvement-2016",
    title="FOIA Improvement Act of 2016",
    short="Pub. L. 114-185",
    number="Pub. L. 114-185",
    promulgated=date(2016, 6, 30),
    style=CitationStyle.SECTION,
)
"""The Act that added the foreseeable-harm standard, § 552(a)(8)."""

HOLIDAYS = Instrument(
    code="us.holidays",
    title="Holidays, 5 U.S.C. § 6103",
    short="5 U.S.C.",
    url="https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title5-section6103",
    style=CitationStyle.CODE_SECTION,
)
"""The legal public holidays of the United States, with the observance rule
(§ 6103(b)) and Inauguration Day (§ 6103(c)). Read only in third-party
quotations and restatements: (a) and (b) quoted from govinfo's USCODE-2022 by a third
party and restated in 38 CFR 20.306 [3P]; (c) restated in OPM memo CPM 2020-17 [V-mirror]."""

OMB_FEE_GUIDELINES = Instrument(
    code="us.omb-fees",
    title="Uniform Freedom of Information Act Fee Schedule and Guidelines",
    short="OMB Fee Guidelines",
    number="52 Fed. Reg. 10012; revised 85 Fed. Reg. 81955",
    promulgated=date(1987, 3, 27),
    effective=date(1987, 4, 27),
    style=CitationStyle.SECTION,
)
"""The OMB's uniform fee schedule under § 552(a)(4)(A)(i), effective 1987-04-27,
revised with effect from 2020-12-17. [V-mirror]: 52 Fed. Reg. 10012 in Public Citizen's
reproduction (header and summary); 85 Fed. Reg. 81955, Federal Register document 2020-27707
(preamble only)."""

DOJ_REPORT_FORMAT = Instrument(
    code="us.doj-annual-report",
    title="DOJ Annual FOIA Report, NIEM exchange (FoiaAnnualReport extension 1.03)",
    short="DOJ Annual FOIA Report",
    url="https://github.com/usdoj/foia-api/blob/master/docs/FoiaAnnualReportExtensions.xsd",
    style=CitationStyle.SECTION,
)
"""The layout and XML exchange of the Annual FOIA Report that § 552(e) requires
([CODE]: ``docs/FoiaAnnualReportExtensions.xsd`` and the form's scripts in
``usdoj/foia-api``)."""
