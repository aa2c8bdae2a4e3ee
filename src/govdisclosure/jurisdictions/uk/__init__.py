"""The United Kingdom rule pack: FOIA 2000, the EIR 2004 and FOISA 2002.

Built on the generic layers, mostly as data: the working days of each part of
the UK and their union, the reply clocks of the three regimes, the exemptions
and the cost limit, and the Cabinet Office's FOI statistics.
"""

from __future__ import annotations

from govdisclosure.jurisdictions.uk.acts import Act, Part
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

__all__ = [
    "BANKING_ACT_1971",
    "CABINET_OFFICE_STATISTICS",
    "CODE_OF_PRACTICE_2018",
    "DEFAULT_COST_POLICY",
    "DEFAULT_EXEMPTION_POLICY",
    "EIR_2004",
    "EXEMPTIONS",
    "FEES_REGULATIONS_2004",
    "FOIA_2000",
    "FOISA_2002",
    "REFUSAL_GROUNDS",
    "Act",
    "CostLimitPolicy",
    "CostLimitResult",
    "CostRefusal",
    "CostStep",
    "Disbursements",
    "ExemptionBasis",
    "ExemptionCondition",
    "ExemptionPolicy",
    "ExemptionStatus",
    "FeeQuote",
    "NonWorkingReceipt",
    "Part",
    "PublicInterestBalance",
    "PublicInterestTest",
    "Refusal",
    "RefusalGround",
    "RefusalKind",
    "RequestHours",
    "UkExemption",
    "aggregation_group",
    "cost_limit_check",
    "exemption",
    "refusal_ground",
]
