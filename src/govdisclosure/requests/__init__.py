"""Requests for disclosure: applicants, receipt, and the event log.

A :class:`Request` records who applied (:class:`Applicant`), the date of
receipt, and an ordered, immutable log of events. The reply clock that reads
the log is :mod:`govdisclosure.deadlines`, parameterised by a rule pack (for
the PRC: ``govdisclosure.jurisdictions.cn.reply_deadline``).

>>> from datetime import date
>>> r = Request(
...     id="2024-001",
...     received=date(2024, 3, 1),
...     applicant=Applicant(kind=ApplicantKind.NATURAL_PERSON),
...     events=(
...         ConsultationStarted(on=date(2024, 3, 5), party=ConsultationParty.THIRD_PARTY),
...         ConsultationEnded(on=date(2024, 3, 19), party=ConsultationParty.THIRD_PARTY),
...     ),
... )
>>> r.is_open, len(r.events)
(True, 2)

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from govdisclosure.requests._applicants import Applicant, ApplicantIdentity, ApplicantKind
from govdisclosure.requests._events import (
    ConcludingEvent,
    ConsultationEnded,
    ConsultationParty,
    ConsultationStarted,
    CorrectionLapsed,
    CorrectionReceived,
    CorrectionRequested,
    DelaySet,
    Event,
    ExtensionGranted,
    FeeLapsed,
    FeeNoticeIssued,
    FeePaid,
    Replied,
    Routed,
    Withdrawn,
)
from govdisclosure.requests._receipt import (
    ReceiptBasis,
    ReceiptChannel,
    ReceiptRule,
    date_of_receipt,
    local_date,
)
from govdisclosure.requests._request import Request

__all__ = [
    "Applicant",
    "ApplicantIdentity",
    "ApplicantKind",
    "ConcludingEvent",
    "ConsultationEnded",
    "ConsultationParty",
    "ConsultationStarted",
    "CorrectionLapsed",
    "CorrectionReceived",
    "CorrectionRequested",
    "DelaySet",
    "Event",
    "ExtensionGranted",
    "FeeLapsed",
    "FeeNoticeIssued",
    "FeePaid",
    "ReceiptBasis",
    "ReceiptChannel",
    "ReceiptRule",
    "Replied",
    "Request",
    "Routed",
    "Withdrawn",
    "date_of_receipt",
    "local_date",
]
