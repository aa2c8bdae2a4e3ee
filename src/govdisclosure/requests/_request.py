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

import copyreg
import typing
from collections.abc import Iterable
from datetime import date
from typing import Any

import attrs

from govdisclosure._validators import instance_of, non_empty
from govdisclosure.errors import InvalidInputError, Problem, TimelineError
from govdisclosure.requests._applicants import Applicant, ApplicantIdentity, ApplicantKind
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
    flatten_events,
    rebuild_events,
)
from govdisclosure.requests._receipt import ReceiptChannel

__all__ = ["Request"]


_NOT_A_DATE = "must be a datetime.date (turn timestamps into local dates first)"


def _check_received(instance: object, attribute: attrs.Attribute[date], value: object) -> None:
    if type(value) is not date:
        raise InvalidInputError(_NOT_A_DATE, field=attribute.name, value=value)


def _to_events(values: object) -> tuple[Event, ...]:
    if type(values) is tuple:
        # The common case, checked without copying: a tuple of events is kept as it is.
        for e in values:
            if not isinstance(e, Event):
                break
        else:
            return values
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
    return typing.cast("tuple[Event, ...]", found)


@attrs.frozen(init=False)
class Request:
    """A request for disclosure and the log of what happened to it.

    Attributes:
        id: The organ's reference for the request.
        received: The date of receipt (day 0), fixed by the receipt rules.
        applicant: Who applied (the report column, and optional identity).
        events: What happened since, in order (events on the same day keep
            their order in the log).
        channel: How the application arrived, if recorded.

    The constructor makes every check the fields declare (their ``validator``,
    which :func:`attrs.validate` runs again) and the timeline check, in the
    order attrs would: the ``events`` converter, then ``id``, ``received``,
    ``applicant``, ``channel``, then the log. It is written out by hand so
    that a valid request costs one pass of cheap checks; a bad one is refused
    by the declared validators themselves, so the errors are theirs.

    A request pickles as one flat tuple of its fields, its applicant's and its
    events' (:meth:`__reduce__`), and is built again, with every check, when it
    is unpickled.
    """

    id: str = attrs.field(validator=non_empty)
    received: date = attrs.field(validator=_check_received)
    applicant: Applicant = attrs.field(validator=instance_of(Applicant))
    events: tuple[Event, ...] = attrs.field(default=(), converter=_to_events)
    channel: ReceiptChannel | None = attrs.field(
        default=None, validator=instance_of(ReceiptChannel, type(None))
    )

    def __init__(
        self,
        id: str,  # noqa: A002 - the field's name
        received: date,
        applicant: Applicant,
        events: Iterable[Event] = (),
        channel: ReceiptChannel | None = None,
    ) -> None:
        log = _to_events(events)
        if not _fields_valid(id, received, applicant, channel):
            _refuse_fields(self, (id, received, applicant, log, channel))
        _set_id(self, id)
        _set_received(self, received)
        _set_applicant(self, applicant)
        _set_events(self, log)
        _set_channel(self, channel)
        if log:
            _check_timeline(received, log)

    def __attrs_post_init__(self) -> None:
        """The timeline check, for a subclass built by attrs' constructor (this one calls it)."""
        _check_timeline(self.received, self.events)

    def __reduce__(self) -> tuple[object, ...]:
        """Pickle as one flat tuple of the fields; unpickling builds (and checks) it again.

        A subclass (which may have fields of its own) pickles as attrs pickles it.
        """
        if type(self) is not Request:
            return copyreg.__newobj__, (type(self),), self.__getstate__()  # type: ignore[attr-defined]
        a = self.applicant
        log = flatten_events(self.events) if self.events else ()
        channel = None if self.channel is None else self.channel.value
        return _unpickle, (self.id, self.received, a.kind.value, a.identity, channel, log)

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


def _unpickle(  # noqa: PLR0913, PLR0917 - the flat fields, as pickle passes them
    id: str,  # noqa: A002 - the field's name
    received: date,
    kind: str,
    identity: ApplicantIdentity | None,
    channel: str | None,
    log: tuple[object, ...],
) -> Request:
    """A pickled request built again, with every check of its constructors.

    The applicant's kind and the channel come as their values (a string is
    pickled once per batch, an enum member costs a call each time).
    """
    events = rebuild_events(log) if log else ()
    if identity is None:
        applicant = _PLAIN_APPLICANTS.get(kind)
        if applicant is None:
            applicant = _PLAIN_APPLICANTS[kind] = Applicant(ApplicantKind(kind))
    else:
        applicant = Applicant(ApplicantKind(kind), identity)
    how = None if channel is None else ReceiptChannel(channel)
    return Request(id, received, applicant, events, how)


_PLAIN_APPLICANTS: dict[str, Applicant] = {}
"""An applicant with no identity for each kind unpickled (applicants are immutable)."""


# The slots' own setters: a frozen class refuses ``setattr``, and these cost one call each.
_set_id = Request.__dict__["id"].__set__
_set_received = Request.__dict__["received"].__set__
_set_applicant = Request.__dict__["applicant"].__set__
_set_events = Request.__dict__["events"].__set__
_set_channel = Request.__dict__["channel"].__set__


def _fields_valid(id: object, received: object, applicant: object, channel: object) -> bool:  # noqa: A002
    """What the declared validators of the fields check, at the cost of one call."""
    return (
        isinstance(id, str)
        and bool(id.strip())
        and type(received) is date
        and isinstance(applicant, Applicant)
        and (channel is None or isinstance(channel, ReceiptChannel))
    )


def _refuse_fields(instance: Request, values: tuple[object, ...]) -> None:
    """Run the declared validators in field order; the first that fails raises."""
    fields: tuple[Any, ...] = attrs.fields(Request)
    for field, value in zip(fields, values, strict=True):
        if field.validator is not None:
            field.validator(instance, field, value)


def _fail(msg: str, event: Event, index: int) -> TimelineError:
    return TimelineError(msg, event=event, index=index)


# What an event class is to the timeline check, found once per class by the same
# ``isinstance`` tests in the same order (a subclass counts as its base).
_PLAIN, _CORR_REQ, _CORR_LAPSED, _CORR_RECEIVED, _CONS_START, _CONS_END, _FEE_NOTICE = range(7)
_DELAY, _DELAY_OR_FEE_END, _FEE_END = 7, 8, 9
_KINDS: dict[type, int] = {}


def _kind(cls: type) -> int:
    for base, kind in (
        (CorrectionRequested, _CORR_REQ),
        (CorrectionLapsed, _CORR_LAPSED),
        (CorrectionReceived, _CORR_RECEIVED),
        (ConsultationStarted, _CONS_START),
        (ConsultationEnded, _CONS_END),
        (FeeNoticeIssued, _FEE_NOTICE),
    ):
        if issubclass(cls, base):
            return kind
    fee_end = issubclass(cls, (FeePaid, FeeLapsed))
    if issubclass(cls, DelaySet):
        return _DELAY_OR_FEE_END if fee_end else _DELAY
    return _FEE_END if fee_end else _PLAIN


def _check_timeline(received: date, events: tuple[Event, ...]) -> None:  # noqa: C901, PLR0912, PLR0915 - a branch per kind
    previous: date = received
    ended: int | None = None
    correction_open = False
    fee_open = False
    consultations: dict[ConsultationParty, int] = {}
    kinds = _KINDS
    for i, e in enumerate(events):
        if ended is not None:
            msg = f"comes after the request ended (events[{ended}])"
            raise _fail(msg, e, i)
        on = e.on
        if on < previous:
            if on < received:
                msg = f"is dated before the date of receipt {received.isoformat()}"
            else:
                msg = f"is out of order: dated before the event before it ({previous.isoformat()})"
            raise _fail(msg, e, i)
        previous = on
        cls = type(e)
        kind = kinds.get(cls)
        if kind is None:
            kind = kinds[cls] = _kind(cls)
        if kind == _PLAIN:
            pass
        elif kind == _CORR_REQ:
            if correction_open:
                msg = "a corrected application is already awaited"
                raise _fail(msg, e, i)
            correction_open = True
        elif kind == _CORR_LAPSED:
            if not correction_open:
                msg = "no correction was requested"
                raise _fail(msg, e, i)
            correction_open = False
        elif kind == _CORR_RECEIVED:
            # A corrected application received without a recorded request for it is a
            # restart all the same: the clock counts from it (the request may be unlogged).
            correction_open = False
        elif kind == _CONS_START:
            party = typing.cast("ConsultationStarted", e).party
            consultations[party] = consultations.get(party, 0) + 1
        elif kind == _CONS_END:
            party = typing.cast("ConsultationEnded", e).party
            if not consultations.get(party):
                msg = f"ends a consultation with {party.value} that was not started"
                raise _fail(msg, e, i)
            consultations[party] -= 1
        elif kind == _FEE_NOTICE:
            if fee_open:
                msg = "a fee notice is already awaiting payment"
                raise _fail(msg, e, i)
            fee_open = True
        elif kind in (_DELAY, _DELAY_OR_FEE_END) and typing.cast("DelaySet", e).until <= received:
            msg = f"fixes the reply on or before the date of receipt {received.isoformat()}"
            raise _fail(msg, e, i)
        elif kind in (_FEE_END, _DELAY_OR_FEE_END):
            if not fee_open:
                msg = "no fee notice was issued"
                raise _fail(msg, e, i)
            fee_open = False
        if e.concludes:
            ended = i
