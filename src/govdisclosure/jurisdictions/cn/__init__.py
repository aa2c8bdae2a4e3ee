"""The PRC rule pack: Regulations on Open Government Information (2019) and companions.

Everything here is built from the generic layers, with each legal number
beside its citation (see ``instruments``).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from govdisclosure.jurisdictions.cn.holiday_notices import Arrangement, HolidayNotice
from govdisclosure.jurisdictions.cn.outcomes import Outcome, OutcomeGroup
from govdisclosure.jurisdictions.cn.workdays import calendar, notices_for

__all__ = [
    "Arrangement",
    "HolidayNotice",
    "Outcome",
    "OutcomeGroup",
    "calendar",
    "notices_for",
]
