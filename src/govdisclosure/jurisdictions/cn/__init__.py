"""The PRC rule pack: Regulations on Open Government Information (2019) and companions.

Everything here is built from the generic layers, with each legal number
beside its citation (see ``instruments``).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from govdisclosure.jurisdictions.cn.outcomes import Outcome, OutcomeGroup

__all__ = [
    "Outcome",
    "OutcomeGroup",
]
