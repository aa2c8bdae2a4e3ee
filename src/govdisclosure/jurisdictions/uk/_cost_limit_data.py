"""The cost-limit numbers of FOIA s.12 and FOISA s.12 as data, each beside its citation.

FOIA: the Freedom of Information and Data Protection (Appropriate Limit and
Fees) Regulations 2004, SI 2004/3244 (regs 1-4 on vLex and legislation.gov.uk,
[TEXT]). FOISA: the Freedom of Information (Fees for Required Disclosure)
(Scotland) Regulations 2004, SSI 2004/467, and the Fees for Disclosure under
Section 13 Regulations, SSI 2004/376 (the FOISA figures were read on
legislation.gov.uk for this pack: reg 3 and reg 5 of SSI 2004/467, reg 4 of SSI
2004/376).

>>> str(FOIA_CENTRAL_LIMIT), str(FOIA_OTHER_LIMIT), str(FOIA_HOURLY_RATE)
('£600.00', '£450.00', '£25.00')
>>> [code for code, _, _ in FOIA_ACTIVITIES]
['determine_held', 'locate', 'retrieve', 'extract']
>>> str(FOISA_LIMIT), str(FOISA_HOURLY_RATE_CAP)
('£600.00', '£15.00')

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from datetime import date

from govdisclosure.jurisdictions.uk.instruments import (
    FEES_REGULATIONS_2004,
    FOIA_2000,
    FOISA_2002,
)
from govdisclosure.law import Citation, CitationStyle, Instrument
from govdisclosure.money import Money

__all__ = [
    "AGGREGATION_WORKING_DAYS",
    "FOIA_ACTIVITIES",
    "FOIA_CENTRAL_LIMIT",
    "FOIA_HOURLY_RATE",
    "FOIA_OTHER_LIMIT",
    "FOISA_ACTIVITIES",
    "FOISA_FEES_REQUIRED_2004",
    "FOISA_FEES_S13_2004",
    "FOISA_HOURLY_RATE_CAP",
    "FOISA_LIMIT",
    "FOISA_S13_FEE_BASE",
    "GBP",
]

GBP = "GBP"

FOISA_FEES_REQUIRED_2004 = Instrument(
    code="uk.foisa-fees-required-2004",
    title="Freedom of Information (Fees for Required Disclosure) (Scotland) Regulations 2004",
    short="SSI 2004/467",
    number="SSI 2004/467",
    promulgated=date(2004, 10, 26),
    effective=date(2005, 1, 1),
    url="https://www.legislation.gov.uk/ssi/2004/467",
    style=CitationStyle.SECTION,
)
"""The prescribed amount (£600) and projected costs under FOISA s.12 and s.9."""

FOISA_FEES_S13_2004 = Instrument(
    code="uk.foisa-fees-s13-2004",
    title=(
        "Freedom of Information (Fees for Disclosure under Section 13) (Scotland) Regulations 2004"
    ),
    short="SSI 2004/376",
    number="SSI 2004/376",
    effective=date(2005, 1, 1),
    url="https://www.legislation.gov.uk/ssi/2004/376",
    style=CitationStyle.SECTION,
)
"""The fee a Scottish authority may charge when it discloses above the prescribed amount."""

# -- FOIA 2000 and SI 2004/3244 ------------------------------------------------------------

FOIA_CENTRAL_LIMIT = Money(600, GBP)
FOIA_CENTRAL_LIMIT_CITATION = Citation(FEES_REGULATIONS_2004, "3", paragraph=2)
"""Reg 3(2): a public authority "listed in Part I of Schedule 1 to the 2000 Act": £600."""

FOIA_OTHER_LIMIT = Money(450, GBP)
FOIA_OTHER_LIMIT_CITATION = Citation(FEES_REGULATIONS_2004, "3", paragraph=3)
"""Reg 3(3): "In the case of any other public authority, the appropriate limit is £450."."""

FOIA_HOURLY_RATE = Money(25, GBP)
FOIA_HOURLY_RATE_CITATION = Citation(FEES_REGULATIONS_2004, "4", paragraph=4)
"""Reg 4(4): staff time "estimated at a rate of £25 per person per hour"."""

FOIA_ACTIVITIES: tuple[tuple[str, str, Citation], ...] = (
    (
        "determine_held",
        "determining whether it holds the information",
        Citation(FEES_REGULATIONS_2004, "4", paragraph=3, item="a"),
    ),
    (
        "locate",
        "locating the information, or a document which may contain it",
        Citation(FEES_REGULATIONS_2004, "4", paragraph=3, item="b"),
    ),
    (
        "retrieve",
        "retrieving the information, or a document which may contain it",
        Citation(FEES_REGULATIONS_2004, "4", paragraph=3, item="c"),
    ),
    (
        "extract",
        "extracting the information from a document containing it",
        Citation(FEES_REGULATIONS_2004, "4", paragraph=3, item="d"),
    ),
)
"""Reg 4(3)(a)-(d): the only costs the estimate may count (not redaction, not review)."""
FOIA_ACTIVITIES_CITATION = Citation(FEES_REGULATIONS_2004, "4", paragraph=3)

AGGREGATION_WORKING_DAYS = 60
AGGREGATION_CITATION = Citation(FEES_REGULATIONS_2004, "5")
"""Reg 5: requests by one person, or by persons acting in concert or in pursuance of a
campaign, for the same or similar information, received "within any period of 60
consecutive working days": the cost of each is the total of all (the Explanatory Note and
the ICO's s.12 guidance headings, [V-mirror]; reg 5's exact wording [UNVERIFIED])."""

FOIA_S12_CITATION = Citation(FOIA_2000, "12", paragraph=1)
FOIA_S12_NCND_CITATION = Citation(FOIA_2000, "12", paragraph=2)
"""s.12(2): the duty to confirm or deny lapses if the cost of that alone exceeds the limit."""
FOIA_S13_CITATION = Citation(FOIA_2000, "13")
FOIA_REG6_CITATION = Citation(FEES_REGULATIONS_2004, "6")
"""Reg 6: under the limit, a fee may cover only informing the applicant, reproducing the
information and postage or other transmission, not staff time [UNVERIFIED]."""
FOIA_REG7_CITATION = Citation(FEES_REGULATIONS_2004, "7")
"""Reg 7: above the limit (s.13), the reg 4 costs plus those of informing and
communicating, staff time at £25 per hour ([UNVERIFIED])."""

# -- FOISA 2002, SSI 2004/467 and SSI 2004/376 -----------------------------------------------

FOISA_LIMIT = Money(600, GBP)
FOISA_LIMIT_CITATION = Citation(FOISA_FEES_REQUIRED_2004, "5")
"""Reg 5: the prescribed amount for FOISA s.12(1) is £600 (one figure for every authority)."""

FOISA_HOURLY_RATE_CAP = Money(15, GBP)
FOISA_HOURLY_RATE_CITATION = Citation(FOISA_FEES_REQUIRED_2004, "3", paragraph=2, item="b")
"""Reg 3(2)(b): staff time "shall not exceed £15 per hour per member of staff"."""

FOISA_ACTIVITIES: tuple[tuple[str, str, Citation], ...] = (
    ("locate", "locating the information", Citation(FOISA_FEES_REQUIRED_2004, "3", paragraph=1)),
    (
        "retrieve",
        "retrieving the information",
        Citation(FOISA_FEES_REQUIRED_2004, "3", paragraph=1),
    ),
    (
        "provide",
        "providing the information",
        Citation(FOISA_FEES_REQUIRED_2004, "3", paragraph=1),
    ),
)
"""Reg 3(1): projected costs are those of locating, retrieving and providing; reg 3(2)(a): not
determining whether the information is held or whether the applicant should have it."""
FOISA_ACTIVITIES_CITATION = Citation(FOISA_FEES_REQUIRED_2004, "3", paragraph=1)
FOISA_EXCLUDED_CITATION = Citation(FOISA_FEES_REQUIRED_2004, "3", paragraph=2, item="a")

FOISA_S12_CITATION = Citation(FOISA_2002, "12", paragraph=1)
FOISA_S13_CITATION = Citation(FOISA_2002, "13")
FOISA_S13_FEE_BASE = Money(50, GBP)
FOISA_S13_FEE_CITATION = Citation(FOISA_FEES_S13_2004, "4")
"""SSI 2004/376 reg 4: the fee "shall not exceed the sum of £50 plus the amount by which the
projected costs exceed £600"."""
