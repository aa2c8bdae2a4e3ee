"""The United Kingdom rule pack: FOIA 2000, the EIR 2004 and FOISA 2002.

Built on the generic layers, mostly as data: the working days of each part of
the UK and their union, the reply clocks of the three regimes, the exemptions
and the cost limit, and the Cabinet Office's FOI statistics.
"""

from __future__ import annotations

from govdisclosure.jurisdictions.uk.acts import Act, Part
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

__all__ = [
    "BANKING_ACT_1971",
    "CABINET_OFFICE_STATISTICS",
    "CODE_OF_PRACTICE_2018",
    "EIR_2004",
    "FEES_REGULATIONS_2004",
    "FOIA_2000",
    "FOISA_2002",
    "Act",
    "Part",
    "StatisticsPolicy",
    "UkFoiRecord",
    "UkFoiStatistics",
    "aggregate_statistics",
]
