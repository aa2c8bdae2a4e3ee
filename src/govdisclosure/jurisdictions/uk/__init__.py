"""The United Kingdom rule pack: FOIA 2000, the EIR 2004 and FOISA 2002.

Built on the generic layers, mostly as data: the working days of each part of
the UK and their union, the reply clocks of the three regimes, the exemptions
and the cost limit, and the Cabinet Office's FOI statistics.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from govdisclosure._lazy import attach

if TYPE_CHECKING:
    from govdisclosure.jurisdictions.uk.acts import Act, Part
    from govdisclosure.jurisdictions.uk.bank_holidays import (
        ENGLAND_AND_WALES,
        NORTHERN_IRELAND,
        PROCLAMATIONS,
        PROCLAMATIONS_KNOWN_THROUGH,
        SCOTLAND,
        Basis,
        Holiday,
        Proclamation,
    )
    from govdisclosure.jurisdictions.uk.calendars import (
        CALENDAR_FIRST,
        CALENDAR_LAST,
        DEFAULT_CALENDAR_POLICY,
        CalendarPolicy,
        calendar,
    )
    from govdisclosure.jurisdictions.uk.clock import (
        ARCHIVES,
        DEFAULT_CLOCK_POLICY,
        FOISA_KEEPER,
        TIME_FOR_COMPLIANCE_2004,
        ClockPolicy,
        FeePeriodEnd,
        LateProclamation,
        ReceiptDay,
        Variation,
        armed_forces,
        fee_payment_last_day,
        internal_review_deadline,
        outside_uk,
        reply_deadline,
        reply_rules,
        review_rules,
        schools,
    )
    from govdisclosure.jurisdictions.uk.cost_limit import (
        DEFAULT_COST_POLICY,
        CostLimitPolicy,
        CostLimitResult,
        CostRefusal,
        CostStep,
        Disbursements,
        FeeQuote,
        NonWorkingReceipt,
        RequestHours,
        aggregation_group,
        cost_limit_check,
    )
    from govdisclosure.jurisdictions.uk.exemptions import (
        DEFAULT_EXEMPTION_POLICY,
        EXEMPTIONS,
        REFUSAL_GROUNDS,
        ExemptionBasis,
        ExemptionCondition,
        ExemptionPolicy,
        ExemptionStatus,
        PublicInterestBalance,
        PublicInterestTest,
        Refusal,
        RefusalGround,
        RefusalKind,
        UkExemption,
        exemption,
        refusal_ground,
    )
    from govdisclosure.jurisdictions.uk.instruments import (
        BANKING_ACT_1971,
        CABINET_OFFICE_STATISTICS,
        CODE_OF_PRACTICE_2018,
        EIR_2004,
        FEES_REGULATIONS_2004,
        FOIA_2000,
        FOISA_2002,
    )
    from govdisclosure.jurisdictions.uk.statistics import (
        StatisticsPolicy,
        UkFoiRecord,
        UkFoiStatistics,
        aggregate_statistics,
    )
else:
    __getattr__, __dir__ = attach(__name__, __file__)

__all__ = [
    "ARCHIVES",
    "BANKING_ACT_1971",
    "CABINET_OFFICE_STATISTICS",
    "CALENDAR_FIRST",
    "CALENDAR_LAST",
    "CODE_OF_PRACTICE_2018",
    "DEFAULT_CALENDAR_POLICY",
    "DEFAULT_CLOCK_POLICY",
    "DEFAULT_COST_POLICY",
    "DEFAULT_EXEMPTION_POLICY",
    "EIR_2004",
    "ENGLAND_AND_WALES",
    "EXEMPTIONS",
    "FEES_REGULATIONS_2004",
    "FOIA_2000",
    "FOISA_2002",
    "FOISA_KEEPER",
    "NORTHERN_IRELAND",
    "PROCLAMATIONS",
    "PROCLAMATIONS_KNOWN_THROUGH",
    "REFUSAL_GROUNDS",
    "SCOTLAND",
    "TIME_FOR_COMPLIANCE_2004",
    "Act",
    "Basis",
    "CalendarPolicy",
    "ClockPolicy",
    "CostLimitPolicy",
    "CostLimitResult",
    "CostRefusal",
    "CostStep",
    "Disbursements",
    "ExemptionBasis",
    "ExemptionCondition",
    "ExemptionPolicy",
    "ExemptionStatus",
    "FeePeriodEnd",
    "FeeQuote",
    "Holiday",
    "LateProclamation",
    "NonWorkingReceipt",
    "Part",
    "Proclamation",
    "PublicInterestBalance",
    "PublicInterestTest",
    "ReceiptDay",
    "Refusal",
    "RefusalGround",
    "RefusalKind",
    "RequestHours",
    "StatisticsPolicy",
    "UkExemption",
    "UkFoiRecord",
    "UkFoiStatistics",
    "Variation",
    "aggregate_statistics",
    "aggregation_group",
    "armed_forces",
    "calendar",
    "cost_limit_check",
    "exemption",
    "fee_payment_last_day",
    "internal_review_deadline",
    "outside_uk",
    "refusal_ground",
    "reply_deadline",
    "reply_rules",
    "review_rules",
    "schools",
]
