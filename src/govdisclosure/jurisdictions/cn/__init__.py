"""The PRC rule pack: Regulations on Open Government Information (2019) and companions.

Everything here is built from the generic layers, with each legal number
beside its citation (see ``instruments``).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from govdisclosure.jurisdictions.cn.fees import (
    FEE_PAYMENT_PERIOD,
    PER_REQUEST_SCHEDULE,
    PER_REQUEST_TERMS,
    PER_VOLUME_SCHEDULE,
    PER_VOLUME_SCHEDULES,
    STEPPED_BY_TEN,
    FeeBasis,
    FeeNotice,
    FeeStatus,
    PerRequestBandPolicy,
    PerRequestTerms,
    assess,
    assess_per_request,
    assess_per_volume,
    fee_ledger,
    fee_payment_deadline,
    per_request_schedule,
    per_volume_schedule,
    processing_fee_per_request,
    processing_fee_per_volume,
)
from govdisclosure.jurisdictions.cn.holiday_notices import Arrangement, HolidayNotice
from govdisclosure.jurisdictions.cn.instruments import SICHUAN_FEE_NOTICE_2021
from govdisclosure.jurisdictions.cn.outcomes import Outcome, OutcomeGroup
from govdisclosure.jurisdictions.cn.proactive import (
    PROACTIVE_PERIOD,
    PreRegulation,
    ProactiveDeadline,
    SpecialLimit,
    explain_proactive_deadline,
    item_deadline,
    item_lateness,
    proactive_deadline,
    proactive_lateness,
)
from govdisclosure.jurisdictions.cn.schemes import (
    ART_20_ITEMS,
    ART_21_CITY_COUNTY_ITEMS,
    ART_21_TOWNSHIP_ITEMS,
    STATUTORY_SCHEME,
    TOPICAL_SCHEME,
    TOPICAL_TO_STATUTORY,
)
from govdisclosure.jurisdictions.cn.workdays import calendar, notices_for

__all__ = [
    "ART_20_ITEMS",
    "ART_21_CITY_COUNTY_ITEMS",
    "ART_21_TOWNSHIP_ITEMS",
    "FEE_PAYMENT_PERIOD",
    "PER_REQUEST_SCHEDULE",
    "PER_REQUEST_TERMS",
    "PER_VOLUME_SCHEDULE",
    "PER_VOLUME_SCHEDULES",
    "PROACTIVE_PERIOD",
    "SICHUAN_FEE_NOTICE_2021",
    "STATUTORY_SCHEME",
    "STEPPED_BY_TEN",
    "TOPICAL_SCHEME",
    "TOPICAL_TO_STATUTORY",
    "Arrangement",
    "FeeBasis",
    "FeeNotice",
    "FeeStatus",
    "HolidayNotice",
    "Outcome",
    "OutcomeGroup",
    "PerRequestBandPolicy",
    "PerRequestTerms",
    "PreRegulation",
    "ProactiveDeadline",
    "SpecialLimit",
    "assess",
    "assess_per_request",
    "assess_per_volume",
    "calendar",
    "explain_proactive_deadline",
    "fee_ledger",
    "fee_payment_deadline",
    "item_deadline",
    "item_lateness",
    "notices_for",
    "per_request_schedule",
    "per_volume_schedule",
    "proactive_deadline",
    "proactive_lateness",
    "processing_fee_per_request",
    "processing_fee_per_volume",
]
