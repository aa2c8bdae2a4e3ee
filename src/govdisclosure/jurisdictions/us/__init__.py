"""The United States federal FOIA rule pack (5 U.S.C. § 552).

Built on the generic layers, mostly as data:

* the federal working-day calendar, :func:`calendar` (5 U.S.C. § 6103 and the
  executive-order closures, with Inauguration Day in the DC area);
* the reply clock, :func:`reply_deadline` (20 working days, the two tolls of
  § 552(a)(6)(A)(ii), the unusual-circumstances extension of ten working
  days), and the clocks of expedited processing and appeals;
* the exemptions, dispositions and fees, and the DOJ Annual FOIA Report.

>>> from datetime import date
>>> from govdisclosure.jurisdictions.us import reply_deadline
>>> from govdisclosure.requests import Applicant, ApplicantKind, Request
>>> req = Request(id="FOIA-2026-0001", received=date(2026, 11, 20),
...               applicant=Applicant(kind=ApplicantKind.NATURAL_PERSON))
>>> reply_deadline(req).due        # Thanksgiving (26 Nov) is not counted
datetime.date(2026, 12, 21)

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from govdisclosure._lazy import attach

if TYPE_CHECKING:
    from govdisclosure.jurisdictions.us.annual import AnnualFoiaReport, aggregate_annual_report
    from govdisclosure.jurisdictions.us.clock import (
        APPEAL_RULES,
        APPEAL_WINDOW,
        DEFAULT_CLOCK_POLICY,
        EXPEDITION_LIMIT,
        EXPEDITION_RULES,
        REPLY_LIMIT,
        REPLY_RULES,
        ROUTING_WINDOW,
        UNUSUAL_CIRCUMSTANCES,
        ClockPolicy,
        appeal_deadline,
        appeal_window_end,
        clock_rules,
        expedition_deadline,
        reply_deadline,
    )
    from govdisclosure.jurisdictions.us.clock_columns import reply_deadlines_columns
    from govdisclosure.jurisdictions.us.codes import (
        ExemptionCode,
        NonExemptionReason,
        TimeIncrement,
        Track,
    )
    from govdisclosure.jurisdictions.us.exemptions import (
        DELIBERATIVE_PROCESS_YEARS,
        EXEMPTIONS,
        FORESEEABLE_HARM_CITATION,
        OPEN_FOIA_RULE,
        Exclusion,
        Exemption3Catalogue,
        Exemption3Statute,
        ExemptionPolicy,
        HarmBasis,
        Withholding,
        deliberative_process_applies,
        exemption,
    )
    from govdisclosure.jurisdictions.us.federal_holidays import (
        CLOSURES,
        CLOSURES_KNOWN_THROUGH,
        INAUGURATION_DAY,
        LEGAL_PUBLIC_HOLIDAYS,
        Closure,
    )
    from govdisclosure.jurisdictions.us.fees import (
        ADVANCE_PAYMENT_OVER,
        DUPLICATION_ALLOWANCE_PAGES,
        EXCUSE_ADDITIONAL_DAYS,
        GOOD_FAITH_ATTEMPTS,
        LARGE_REQUEST_PAGES,
        QUARTER_HOURS,
        SEARCH_ALLOWANCE_HOURS,
        STATUTORY_DEFAULTS,
        WAIVER_CITATION,
        DeadlineFacts,
        ExcuseCondition,
        FeeBarException,
        FeePolicy,
        FeeRates,
        FeeStep,
        FoiaFeeAssessment,
        RequesterCategory,
        assess_fees,
        full_waiver,
        partial_waiver,
    )
    from govdisclosure.jurisdictions.us.instruments import (
        DOJ_REPORT_FORMAT,
        FOIA,
        FOIA_IMPROVEMENT_ACT,
        HOLIDAYS,
        OMB_FEE_GUIDELINES,
    )
    from govdisclosure.jurisdictions.us.outcomes import (
        Disposition,
        DispositionPolicy,
        ProcessedRequest,
        RequesterResponse,
        applied_exemption_counts,
        disposition_counts,
        exclusion_uses,
    )
    from govdisclosure.jurisdictions.us.workdays import (
        CALENDAR_FIRST,
        CALENDAR_LAST,
        DEFAULT_CALENDAR_POLICY,
        CalendarPolicy,
        calendar,
    )
else:
    __getattr__, __dir__ = attach(__name__, __file__)

__all__ = [
    "ADVANCE_PAYMENT_OVER",
    "APPEAL_RULES",
    "APPEAL_WINDOW",
    "CALENDAR_FIRST",
    "CALENDAR_LAST",
    "CLOSURES",
    "CLOSURES_KNOWN_THROUGH",
    "DEFAULT_CALENDAR_POLICY",
    "DEFAULT_CLOCK_POLICY",
    "DELIBERATIVE_PROCESS_YEARS",
    "DOJ_REPORT_FORMAT",
    "DUPLICATION_ALLOWANCE_PAGES",
    "EXCUSE_ADDITIONAL_DAYS",
    "EXEMPTIONS",
    "EXPEDITION_LIMIT",
    "EXPEDITION_RULES",
    "FOIA",
    "FOIA_IMPROVEMENT_ACT",
    "FORESEEABLE_HARM_CITATION",
    "GOOD_FAITH_ATTEMPTS",
    "HOLIDAYS",
    "INAUGURATION_DAY",
    "LARGE_REQUEST_PAGES",
    "LEGAL_PUBLIC_HOLIDAYS",
    "OMB_FEE_GUIDELINES",
    "OPEN_FOIA_RULE",
    "QUARTER_HOURS",
    "REPLY_LIMIT",
    "REPLY_RULES",
    "ROUTING_WINDOW",
    "SEARCH_ALLOWANCE_HOURS",
    "STATUTORY_DEFAULTS",
    "UNUSUAL_CIRCUMSTANCES",
    "WAIVER_CITATION",
    "AnnualFoiaReport",
    "CalendarPolicy",
    "ClockPolicy",
    "Closure",
    "DeadlineFacts",
    "Disposition",
    "DispositionPolicy",
    "Exclusion",
    "ExcuseCondition",
    "Exemption3Catalogue",
    "Exemption3Statute",
    "ExemptionCode",
    "ExemptionPolicy",
    "FeeBarException",
    "FeePolicy",
    "FeeRates",
    "FeeStep",
    "FoiaFeeAssessment",
    "HarmBasis",
    "NonExemptionReason",
    "ProcessedRequest",
    "RequesterCategory",
    "RequesterResponse",
    "TimeIncrement",
    "Track",
    "Withholding",
    "aggregate_annual_report",
    "appeal_deadline",
    "appeal_window_end",
    "applied_exemption_counts",
    "assess_fees",
    "calendar",
    "clock_rules",
    "deliberative_process_applies",
    "disposition_counts",
    "exclusion_uses",
    "exemption",
    "expedition_deadline",
    "full_waiver",
    "partial_waiver",
    "reply_deadline",
    "reply_deadlines_columns",
]
