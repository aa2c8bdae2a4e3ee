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
from govdisclosure.jurisdictions.cn.workdays import calendar, notices_for

__all__ = [
    "FEE_PAYMENT_PERIOD",
    "PER_REQUEST_SCHEDULE",
    "PER_REQUEST_TERMS",
    "PER_VOLUME_SCHEDULE",
    "PER_VOLUME_SCHEDULES",
    "SICHUAN_FEE_NOTICE_2021",
    "STEPPED_BY_TEN",
    "Arrangement",
    "FeeBasis",
    "FeeNotice",
    "FeeStatus",
    "HolidayNotice",
    "Outcome",
    "OutcomeGroup",
    "PerRequestBandPolicy",
    "PerRequestTerms",
    "assess",
    "assess_per_request",
    "assess_per_volume",
    "calendar",
    "fee_ledger",
    "fee_payment_deadline",
    "notices_for",
    "per_request_schedule",
    "per_volume_schedule",
    "processing_fee_per_request",
    "processing_fee_per_volume",
]
