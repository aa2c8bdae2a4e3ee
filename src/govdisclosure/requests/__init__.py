"""Requests for disclosure: applicants, receipt, the event log, and the reply clock.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from govdisclosure.requests._applicants import Applicant, ApplicantIdentity, ApplicantKind

__all__ = [
    "Applicant",
    "ApplicantIdentity",
    "ApplicantKind",
]
