"""The United States federal FOIA rule pack (5 U.S.C. § 552).

Built on the generic layers, mostly as data: the federal working-day
calendar, the 20-day reply clock with its tolls and extension, the
exemptions and dispositions, the fee categories, and the DOJ Annual FOIA
Report.
"""

from __future__ import annotations

from govdisclosure.jurisdictions.us.instruments import (
    DOJ_REPORT_FORMAT,
    FOIA,
    FOIA_IMPROVEMENT_ACT,
    HOLIDAYS,
    OMB_FEE_GUIDELINES,
)

__all__ = [
    "DOJ_REPORT_FORMAT",
    "FOIA",
    "FOIA_IMPROVEMENT_ACT",
    "HOLIDAYS",
    "OMB_FEE_GUIDELINES",
]
