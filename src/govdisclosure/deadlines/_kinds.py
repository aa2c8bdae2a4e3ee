"""What each kind of event is to the reply clock: a pause begins or ends, the request ends, ...

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from govdisclosure.deadlines._rules import PauseReason
from govdisclosure.errors import TimelineError
from govdisclosure.requests import (
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

START, END, CONCLUDE, EXTEND, DELAY, ASK, CORRECTED, ROUTED = range(8)
KINDS: dict[type[Event], int] = {
    ConsultationStarted: START,
    ConsultationEnded: END,
    FeeNoticeIssued: START,
    FeePaid: END,
    Replied: CONCLUDE,
    Withdrawn: CONCLUDE,
    CorrectionLapsed: CONCLUDE,
    FeeLapsed: CONCLUDE,
    ExtensionGranted: EXTEND,
    DelaySet: DELAY,
    CorrectionRequested: ASK,
    CorrectionReceived: CORRECTED,
    Routed: ROUTED,
}


def kind_of(event: Event, index: int) -> int:
    """The kind of ``event``, for an event class the clock knows (or a subclass of one)."""
    kind = KINDS.get(type(event))
    if kind is not None:
        return kind
    for cls, found in KINDS.items():
        if isinstance(event, cls):
            return found
    msg = "is not an event the reply clock knows"
    raise TimelineError(msg, event=event, index=index)


_THIRD = ConsultationParty.THIRD_PARTY
_FEE_EVENTS = (FeeNoticeIssued, FeePaid)


def reason_of(event: Event) -> PauseReason:
    """Why ``event`` (a pause's start or end) stops the clock."""
    if type(event) in _FEE_EVENTS:
        return PauseReason.FEE
    party = getattr(event, "party", None)
    if party is _THIRD:
        return PauseReason.THIRD_PARTY
    if party is None:
        return PauseReason.FEE
    return PauseReason.OTHER_ORGAN
