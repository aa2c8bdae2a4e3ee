"""The United Kingdom rule pack: FOIA 2000, the EIR 2004 and FOISA 2002.

Built on the generic layers, mostly as data: the working days of each part of
the UK and their union, the reply clocks of the three regimes, the exemptions
and the cost limit, and the Cabinet Office's FOI statistics.
"""

from __future__ import annotations

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
from govdisclosure.jurisdictions.uk.instruments import (
    BANKING_ACT_1971,
    CABINET_OFFICE_STATISTICS,
    CODE_OF_PRACTICE_2018,
    EIR_2004,
    FEES_REGULATIONS_2004,
    FOIA_2000,
    FOISA_2002,
)

__all__ = [
    "ARCHIVES",
    "BANKING_ACT_1971",
    "CABINET_OFFICE_STATISTICS",
    "CALENDAR_FIRST",
    "CALENDAR_LAST",
    "CODE_OF_PRACTICE_2018",
    "DEFAULT_CALENDAR_POLICY",
    "DEFAULT_CLOCK_POLICY",
    "EIR_2004",
    "ENGLAND_AND_WALES",
    "FEES_REGULATIONS_2004",
    "FOIA_2000",
    "FOISA_2002",
    "FOISA_KEEPER",
    "NORTHERN_IRELAND",
    "PROCLAMATIONS",
    "PROCLAMATIONS_KNOWN_THROUGH",
    "SCOTLAND",
    "TIME_FOR_COMPLIANCE_2004",
    "Act",
    "Basis",
    "CalendarPolicy",
    "ClockPolicy",
    "FeePeriodEnd",
    "Holiday",
    "LateProclamation",
    "Part",
    "Proclamation",
    "ReceiptDay",
    "Variation",
    "armed_forces",
    "calendar",
    "fee_payment_last_day",
    "internal_review_deadline",
    "outside_uk",
    "reply_deadline",
    "reply_rules",
    "review_rules",
    "schools",
]
