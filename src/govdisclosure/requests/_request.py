"""A request for disclosure: who applied, when it was received, and what happened since.

A :class:`Request` is immutable. Its ``events`` are an ordered tuple, checked
when the request is made: a log that cannot happen (an event dated before
receipt, events out of order, anything after the request ended, an end
without a start) raises :class:`~govdisclosure.errors.TimelineError` naming
the event and its index. Add an event with :meth:`Request.with_event`, which
checks again.

>>> from datetime import date
>>> from govdisclosure.requests import Applicant, ApplicantKind, Replied, Withdrawn
>>> r = Request(id="2024-001", received=date(2024, 3, 1),
...             applicant=Applicant(kind=ApplicantKind.NATURAL_PERSON))
>>> r = r.with_event(Replied(on=date(2024, 3, 20)))
>>> r.concluded
Replied(on=datetime.date(2024, 3, 20), outcome=None)
>>> r.with_event(Withdrawn(on=date(2024, 3, 21)))
Traceback (most recent call last):
...
govdisclosure.errors.TimelineError: events[1] Withdrawn(...): comes after the request ended ...

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import attrs

from govdisclosure._validators import instance_of, non_empty
from govdisclosure.errors import InvalidInputError, Problem, TimelineError
from govdisclosure.requests._applicants import Applicant
from govdisclosure.requests._events import (
    ConsultationEnded,
    ConsultationParty,
    ConsultationStarted,
    CorrectionLapsed,
    CorrectionReceived,
    CorrectionRequested,
    DelaySet,
    Event,
    FeeLapsed,
    FeeNoticeIssued,
    FeePaid,
)
from govdisclosure.requests._receipt import ReceiptChannel

__all__ = ["Request"]


def _check_received(instance: object, attribute: attrs.Attribute[date], value: object) -> None:
    if type(value) is not date:
        msg = "must be a datetime.date (turn timestamps into local dates first)"
        raise InvalidInputError(msg, field=attribute.name, value=value)


def _to_events(values: object) -> tuple[Event, ...]:
    if isinstance(values, (str, bytes)) or not isinstance(values, Iterable):
        msg = "must be an ordered collection of events"
        raise InvalidInputError(msg, field="events", value=values)
    found: tuple[object, ...] = tuple(values)
    bad = [
        Problem(f"events[{i}]", "not an event", e)
        for i, e in enumerate(found)
        if not isinstance(e, Event)
    ]
    if bad:
        msg = "not a log of events"
        raise InvalidInputError(msg, problems=bad)
    return tuple(e for e in found if isinstance(e, Event))


@attrs.frozen
class Request:
    """A request for disclosure and the log of what happened to it.

    Attributes:
        id: The organ's reference for the request.
        received: The date of receipt (day 0), fixed by the receipt rules.
        applicant: Who applied (the report column, and optional identity).
        events: What happened since, in order (events on the same day keep
            their order in the log).
        channel: How the application arrived, if recorded.
    """

    id: str = attrs.field(validator=non_empty)
    received: date = attrs.field(validator=_check_received)
    applicant: Applicant = attrs.field(validator=instance_of(Applicant))
    events: tuple[Event, ...] = attrs.field(default=(), converter=_to_events)
    channel: ReceiptChannel | None = attrs.field(
        default=None, validator=instance_of(ReceiptChannel, type(None))
    )

    def __attrs_post_init__(self) -> None:
        _check_timeline(self.received, self.events)

    @property
    def concluded(self) -> Event | None:
        """The event that ended the request (a reply, a lapse, a withdrawal), if any."""
        if self.events and self.events[-1].concludes:
            return self.events[-1]
        return None

    @property
    def is_open(self) -> bool:
        """Whether the request is still being handled."""
        return self.concluded is None

    def with_event(self, event: Event) -> Request:
        """A new request with ``event`` appended to the log (checked like any request)."""
        return attrs.evolve(self, events=(*self.events, event))


def _fail(msg: str, event: Event, index: int) -> TimelineError:
    return TimelineError(msg, event=event, index=index)


def _check_timeline(received: date, events: tuple[Event, ...]) -> None:  # noqa: C901, PLR0912 - a branch per kind
    previous: date = received
    ended: int | None = None
    correction_open = False
    fee_open = False
    consultations = dict.fromkeys(ConsultationParty, 0)
    for i, e in enumerate(events):
        if ended is not None:
            msg = f"comes after the request ended (events[{ended}])"
            raise _fail(msg, e, i)
        if e.on < received:
            msg = f"is dated before the date of receipt {received.isoformat()}"
            raise _fail(msg, e, i)
        if e.on < previous:
            msg = f"is out of order: dated before the event before it ({previous.isoformat()})"
            raise _fail(msg, e, i)
        previous = e.on
        if isinstance(e, CorrectionRequested):
            if correction_open:
                msg = "a corrected application is already awaited"
                raise _fail(msg, e, i)
            correction_open = True
        elif isinstance(e, CorrectionLapsed):
            if not correction_open:
                msg = "no correction was requested"
                raise _fail(msg, e, i)
            correction_open = False
        elif isinstance(e, CorrectionReceived):
            # A corrected application received without a recorded request for it is a
            # restart all the same: the clock counts from it (the request may be unlogged).
            correction_open = False
        elif isinstance(e, ConsultationStarted):
            consultations[e.party] += 1
        elif isinstance(e, ConsultationEnded):
            if not consultations[e.party]:
                msg = f"ends a consultation with {e.party.value} that was not started"
                raise _fail(msg, e, i)
            consultations[e.party] -= 1
        elif isinstance(e, FeeNoticeIssued):
            if fee_open:
                msg = "a fee notice is already awaiting payment"
                raise _fail(msg, e, i)
            fee_open = True
        elif isinstance(e, DelaySet) and e.until <= received:
            msg = f"fixes the reply on or before the date of receipt {received.isoformat()}"
            raise _fail(msg, e, i)
        elif isinstance(e, (FeePaid, FeeLapsed)):
            if not fee_open:
                msg = "no fee notice was issued"
                raise _fail(msg, e, i)
            fee_open = False
        if e.concludes:
            ended = i
