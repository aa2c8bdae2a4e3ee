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
    "BANKING_ACT_1971",
    "CABINET_OFFICE_STATISTICS",
    "CALENDAR_FIRST",
    "CALENDAR_LAST",
    "CODE_OF_PRACTICE_2018",
    "DEFAULT_CALENDAR_POLICY",
    "EIR_2004",
    "ENGLAND_AND_WALES",
    "FEES_REGULATIONS_2004",
    "FOIA_2000",
    "FOISA_2002",
    "NORTHERN_IRELAND",
    "PROCLAMATIONS",
    "PROCLAMATIONS_KNOWN_THROUGH",
    "SCOTLAND",
    "Act",
    "Basis",
    "CalendarPolicy",
    "Holiday",
    "Part",
    "Proclamation",
    "calendar",
]
