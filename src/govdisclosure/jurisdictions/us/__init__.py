"""The United States federal FOIA rule pack (5 U.S.C. § 552).

Built on the generic layers, mostly as data:

* the federal working-day calendar, :func:`calendar` (5 U.S.C. § 6103 and the
  executive-order closures, with Inauguration Day in the DC area);
* the reply clock, :func:`reply_deadline` (20 working days, the two tolls of
  § 552(a)(6)(A)(ii), the unusual-circumstances extension of ten working
  days), and the clocks of expedited processing and appeals;
* the exemptions, dispositions and fees, and the DOJ Annual FOIA Report.

>>> from datetime import date
>>> from govdisclosure.requests import Applicant, ApplicantKind, Request
>>> req = Request(id="FOIA-2026-0001", received=date(2026, 11, 20),
...               applicant=Applicant(kind=ApplicantKind.NATURAL_PERSON))
>>> reply_deadline(req).due        # Thanksgiving (26 Nov) is not counted
datetime.date(2026, 12, 21)

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from govdisclosure.jurisdictions.us.clock import (
    APPEAL_RULES,
    APPEAL_WINDOW,
    DEFAULT_CLOCK_POLICY,
    EXPEDITION_RULES,
    REPLY_RULES,
    ClockPolicy,
    appeal_deadline,
    appeal_window_end,
    clock_rules,
    expedition_deadline,
    reply_deadline,
)
from govdisclosure.jurisdictions.us.codes import (
    ExemptionCode,
    NonExemptionReason,
    TimeIncrement,
    Track,
)
from govdisclosure.jurisdictions.us.federal_holidays import (
    CLOSURES,
    CLOSURES_KNOWN_THROUGH,
    INAUGURATION_DAY,
    LEGAL_PUBLIC_HOLIDAYS,
    Closure,
)
from govdisclosure.jurisdictions.us.instruments import (
    DOJ_REPORT_FORMAT,
    FOIA,
    FOIA_IMPROVEMENT_ACT,
    HOLIDAYS,
    OMB_FEE_GUIDELINES,
)
from govdisclosure.jurisdictions.us.workdays import (
    CALENDAR_FIRST,
    CALENDAR_LAST,
    DEFAULT_CALENDAR_POLICY,
    CalendarPolicy,
    calendar,
)

__all__ = [
    "APPEAL_RULES",
    "APPEAL_WINDOW",
    "CALENDAR_FIRST",
    "CALENDAR_LAST",
    "CLOSURES",
    "CLOSURES_KNOWN_THROUGH",
    "DEFAULT_CALENDAR_POLICY",
    "DEFAULT_CLOCK_POLICY",
    "DOJ_REPORT_FORMAT",
    "EXPEDITION_RULES",
    "FOIA",
    "FOIA_IMPROVEMENT_ACT",
    "HOLIDAYS",
    "INAUGURATION_DAY",
    "LEGAL_PUBLIC_HOLIDAYS",
    "OMB_FEE_GUIDELINES",
    "REPLY_RULES",
    "CalendarPolicy",
    "ClockPolicy",
    "Closure",
    "ExemptionCode",
    "NonExemptionReason",
    "TimeIncrement",
    "Track",
    "appeal_deadline",
    "appeal_window_end",
    "calendar",
    "clock_rules",
    "expedition_deadline",
    "reply_deadline",
]
