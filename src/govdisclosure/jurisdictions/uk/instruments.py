"""The UK legal instruments the ``uk`` rule pack cites.

Each fact is cited where it is used and marked by how firmly it is
established: [TEXT] read in the legal text; [V-mirror] in an official
restatement or excerpt; [CODE] in a named repository's schema or code; [3P]
in third-party material only; [UNVERIFIED] not found in a source read;
[INFERENCE] our reading. Provisions are cited by section or regulation:

>>> str(Citation(FOIA_2000, "10", paragraph=1))
'FOIA 2000 s. 10(1)'
>>> str(Citation(EIR_2004, "7", paragraph=1))
'EIR 2004 s. 7(1)'
>>> str(Citation(FEES_REGULATIONS_2004, "3", paragraph=2))
'SI 2004/3244 s. 3(2)'
"""

from __future__ import annotations

from datetime import date

from govdisclosure.law import Citation, CitationStyle, Instrument

__all__ = [
    "BANKING_ACT_1971",
    "CABINET_OFFICE_STATISTICS",
    "CODE_OF_PRACTICE_2018",
    "EIR_2004",
    "FEES_REGULATIONS_2004",
    "FOIA_2000",
    "FOISA_2002",
    "Citation",
]

_SECTION = CitationStyle.SECTION

FOIA_2000 = Instrument(
    code="uk.foia-2000",
    title="Freedom of Information Act 2000",
    short="FOIA 2000",
    number="2000 c. 36",
    promulgated=date(2000, 11, 30),
    effective=date(2005, 1, 1),
    url="https://www.legislation.gov.uk/ukpga/2000/36",
    style=_SECTION,
)
"""The Freedom of Information Act 2000 (England, Wales, Northern Ireland and UK-wide bodies);
the right of access in force 2005-01-01."""

EIR_2004 = Instrument(
    code="uk.eir-2004",
    title="Environmental Information Regulations 2004",
    short="EIR 2004",
    number="SI 2004/3391",
    effective=date(2005, 1, 1),
    url="https://www.legislation.gov.uk/uksi/2004/3391",
    style=_SECTION,
)
"""The Environmental Information Regulations 2004 (cited here by regulation number, printed
with ``s.``: the library's section style)."""

FOISA_2002 = Instrument(
    code="uk.foisa-2002",
    title="Freedom of Information (Scotland) Act 2002",
    short="FOISA 2002",
    number="2002 asp 13",
    effective=date(2005, 1, 1),
    url="https://www.legislation.gov.uk/asp/2002/13",
    style=_SECTION,
)
"""The Freedom of Information (Scotland) Act 2002, for Scottish public authorities."""

FEES_REGULATIONS_2004 = Instrument(
    code="uk.fees-2004",
    title=(
        "Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004"
    ),
    short="SI 2004/3244",
    number="SI 2004/3244",
    promulgated=date(2004, 12, 7),
    effective=date(2005, 1, 1),
    url="https://www.legislation.gov.uk/uksi/2004/3244",
    style=_SECTION,
)
"""The appropriate limit (s.12) and fees (ss.9 and 13) under FOIA 2000."""

BANKING_ACT_1971 = Instrument(
    code="uk.bfda-1971",
    title="Banking and Financial Dealings Act 1971",
    short="BFDA 1971",
    number="1971 c. 80",
    url="https://www.legislation.gov.uk/ukpga/1971/80",
    style=_SECTION,
)
"""The bank holidays of each part of the UK (Schedule 1) and the power to proclaim others (s.1)."""

CODE_OF_PRACTICE_2018 = Instrument(
    code="uk.s45-code-2018",
    title="Freedom of Information Code of Practice (section 45)",
    short="s.45 Code",
    promulgated=date(2018, 7, 4),
    style=_SECTION,
)
"""The Cabinet Office's code of practice under FOIA 2000 s.45, issued 2018-07-04 (internal
reviews; its status and topics read on the ICO's page [V-mirror], its figures only in
third-party restatements [3P])."""

CABINET_OFFICE_STATISTICS = Instrument(
    code="uk.foi-statistics",
    title="Freedom of Information Statistics in Central Government",
    short="Cabinet Office FOI statistics",
    url="https://www.gov.uk/government/collections/government-foi-statistics",
    style=_SECTION,
)
"""The quarterly and annual official statistics on FOI in central government (Ministry of
Justice until 2014, Cabinet Office from 2015; tables read in third-party copies of the
Q4 2019, Q1 2020 and Q2 2020 editions, [3P])."""
