"""The events of a request's life, each a frozen record dated ``on``.

A :class:`~govdisclosure.requests.Request` keeps its events as an ordered
tuple. Every event has a keyword ``on`` (a :class:`datetime.date`, never a
datetime: turn timestamps into local dates first, see
:func:`~govdisclosure.requests.local_date`). What each event does to the reply
clock is decided by a jurisdiction's rules (:mod:`govdisclosure.deadlines`);
the events themselves only record what happened.

>>> from datetime import date
>>> from govdisclosure.law import WorkingDays
>>> ExtensionGranted(on=date(2024, 3, 20), days=WorkingDays(20))
ExtensionGranted(on=datetime.date(2024, 3, 20), days=WorkingDays(20))
>>> ConsultationStarted(on=date(2024, 3, 5), party=ConsultationParty.THIRD_PARTY).party
<ConsultationParty.THIRD_PARTY: 'third_party'>
>>> Replied(on=date(2024, 3, 1)).concludes
True
>>> DelaySet(on=date(2024, 3, 5), until=date(2024, 3, 1))
Traceback (most recent call last):
...
govdisclosure.errors.InvalidInputError: until: is before the day the delay was set ...

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
import operator
from collections.abc import Callable
from datetime import date
from typing import Any, ClassVar

import attrs

from govdisclosure._validators import instance_of
from govdisclosure.errors import InvalidInputError
from govdisclosure.law import WorkingDays
from govdisclosure.money import Money

__all__ = [
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
    "Replied",
    "Routed",
    "Withdrawn",
]


class ConsultationParty(enum.Enum):
    """Whom an organ consults before it replies."""

    THIRD_PARTY = "third_party"
    """A third party whose lawful rights disclosure could harm."""
    OTHER_ORGAN = "other_organ"
    """Another organ, e.g. one that made the information jointly."""


def _check_on(instance: object, attribute: attrs.Attribute[date], value: object) -> None:
    if type(value) is not date:
        msg = "must be a datetime.date (turn timestamps into local dates first)"
        raise InvalidInputError(msg, field=attribute.name, value=value)


def _check_days(instance: object, attribute: attrs.Attribute[WorkingDays], value: object) -> None:
    if not isinstance(value, WorkingDays):
        msg = "must be WorkingDays (an extension is counted in working days)"
        raise InvalidInputError(msg, field=attribute.name, value=value)
    if value.days == 0:
        msg = "an extension of no days is not an extension"
        raise InvalidInputError(msg, field=attribute.name, value=value)


def _check_amount(
    instance: object, attribute: attrs.Attribute[Money | None], value: object
) -> None:
    if value is None:
        return
    if not isinstance(value, Money):
        msg = "must be Money or None"
        raise InvalidInputError(msg, field=attribute.name, value=value)
    if value.amount < 0:
        msg = "a fee cannot be negative"
        raise InvalidInputError(msg, field=attribute.name, value=value)


def _check_outcome(
    instance: object, attribute: attrs.Attribute[enum.Enum | None], value: object
) -> None:
    if value is not None and not isinstance(value, enum.Enum):
        msg = "must be an outcome member of a rule pack (such as cn.Outcome) or None"
        raise InvalidInputError(msg, field=attribute.name, value=value)


_check_party = instance_of(ConsultationParty)


@attrs.frozen(kw_only=True)
class Event:
    """An event in a request's life; every event is dated ``on``.

    Attributes:
        on: The (local) date the event happened.
    """

    concludes: ClassVar[bool] = False
    """Whether the event ends the request (nothing may follow it)."""

    on: date = attrs.field(validator=_check_on)

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        """Pickle as the class and its field values; unpickling checks them again."""
        return _rebuild_one, (flatten_events((self,)),)


_GETTERS: dict[type, tuple[int, Callable[[Event], tuple[object, ...]]]] = {}


def _getter(cls: type) -> tuple[int, Callable[[Event], tuple[object, ...]]]:
    names = tuple(f.name for f in attrs.fields(cls) if f.init)
    get = operator.attrgetter(*names)
    found = (len(names), get if len(names) > 1 else lambda e: (get(e),))
    _GETTERS[cls] = found
    return found


def flatten_events(events: tuple[Event, ...]) -> tuple[object, ...]:
    """Events as one flat tuple: each event's class, then its field values (for pickling).

    >>> from datetime import date
    >>> flatten_events((FeePaid(on=date(2024, 3, 1)),))
    (<class 'govdisclosure.requests._events.FeePaid'>, datetime.date(2024, 3, 1))
    """
    flat: list[object] = []
    for e in events:
        cls = type(e)
        get = _GETTERS.get(cls) or _getter(cls)
        flat.append(cls)
        flat.extend(get[1](e))
    return tuple(flat)


def rebuild_events(flat: tuple[object, ...]) -> tuple[Event, ...]:
    """The events of :func:`flatten_events`, each built (and checked) by its constructor."""
    events: list[Event] = []
    i = 0
    while i < len(flat):
        cls = flat[i]
        if not (isinstance(cls, type) and issubclass(cls, Event)):
            msg = "not an event class"
            raise InvalidInputError(msg, field=f"events[{len(events)}]", value=cls)
        names = _INIT_NAMES.get(cls) or _init_names(cls)
        end = i + 1 + len(names)
        fields: dict[str, Any] = dict(zip(names, flat[i + 1 : end], strict=True))
        events.append(cls(**fields))
        i = end
    return tuple(events)


def _rebuild_one(flat: tuple[object, ...]) -> Event:
    (event,) = rebuild_events(flat)
    return event


_INIT_NAMES: dict[type, tuple[str, ...]] = {}


def _init_names(cls: type) -> tuple[str, ...]:
    names = tuple(f.alias or f.name for f in attrs.fields(cls) if f.init)
    _INIT_NAMES[cls] = names
    return names


@attrs.frozen(kw_only=True)
class CorrectionRequested(Event):
    """The organ asked the applicant to correct an unclear application (补正)."""


@attrs.frozen(kw_only=True)
class CorrectionReceived(Event):
    """The organ received the corrected application; the reply period starts again."""


@attrs.frozen(kw_only=True)
class CorrectionLapsed(Event):
    """The applicant did not correct in time; the application is treated as abandoned."""

    concludes: ClassVar[bool] = True


@attrs.frozen(kw_only=True)
class ConsultationStarted(Event):
    """The organ sent a consultation (征求意见) to ``party``."""

    party: ConsultationParty = attrs.field(validator=_check_party)


@attrs.frozen(kw_only=True)
class ConsultationEnded(Event):
    """A consultation with ``party`` ended (the opinion came, or the time for it ran out)."""

    party: ConsultationParty = attrs.field(validator=_check_party)


@attrs.frozen(kw_only=True)
class ExtensionGranted(Event):
    """An extension of the reply period by ``days`` working days was approved and notified."""

    days: WorkingDays = attrs.field(validator=_check_days)


@attrs.frozen(kw_only=True)
class FeeNoticeIssued(Event):
    """A fee notice was sent to the applicant, for ``amount`` if recorded."""

    amount: Money | None = attrs.field(default=None, validator=_check_amount)


@attrs.frozen(kw_only=True)
class FeePaid(Event):
    """The applicant paid the fee."""


@attrs.frozen(kw_only=True)
class FeeLapsed(Event):
    """The applicant did not pay in time; the application is no longer processed."""

    concludes: ClassVar[bool] = True


@attrs.frozen(kw_only=True)
class DelaySet(Event):
    """The organ fixed a later date for the reply (a delayed reply) and told the applicant."""

    until: date = attrs.field(validator=_check_on)

    def __attrs_post_init__(self) -> None:
        if self.until < self.on:
            msg = "is before the day the delay was set"
            raise InvalidInputError(msg, field="until", value=self.until)


@attrs.frozen(kw_only=True)
class Replied(Event):
    """The organ replied; ``outcome`` is the rule pack's outcome (``cn.Outcome``), if recorded."""

    concludes: ClassVar[bool] = True

    outcome: enum.Enum | None = attrs.field(default=None, validator=_check_outcome)


@attrs.frozen(kw_only=True)
class Routed(Event):
    """The request reached the office that must answer it, after first reaching another.

    Whether, and how far, this moves day 0 is the rules' to say
    (:class:`~govdisclosure.deadlines.StartRule`).

    .. versionadded:: 0.2.0
    """


@attrs.frozen(kw_only=True)
class Withdrawn(Event):
    """The applicant withdrew the application."""

    concludes: ClassVar[bool] = True


ConcludingEvent = CorrectionLapsed | FeeLapsed | Replied | Withdrawn
"""The events after which nothing may happen."""


# -- constructors --------------------------------------------------------------------------
#
# Every event of this module is built by a constructor made here from its attrs fields, in
# place of the one attrs generates: the same keywords and defaults, and one expression that
# holds exactly when every declared validator would pass (written beside each validator
# below). If it does not hold, the declared validators run in field order, as attrs runs
# them, so a bad event raises exactly their error; then ``__attrs_post_init__``, if any.
# A validator without an expression here keeps the class on attrs' own constructor.

_PASSES: dict[object, str] = {
    _check_on: "type({v}) is date",
    _check_party: "isinstance({v}, ConsultationParty)",
    _check_days: "(isinstance({v}, WorkingDays) and {v}.days != 0)",
    _check_amount: "({v} is None or (isinstance({v}, Money) and not {v}.amount < 0))",
    _check_outcome: "({v} is None or isinstance({v}, enum.Enum))",
}


def _refuse(instance: object, cls: type, values: tuple[object, ...]) -> None:
    """Run the declared validators of ``cls`` in field order; the first that fails raises."""
    fields: tuple[Any, ...] = tuple(f for f in attrs.fields(cls) if f.init)
    for field, value in zip(fields, values, strict=True):
        if field.validator is not None:
            field.validator(instance, field, value)


def _make_init(cls: type) -> None:
    fields: tuple[Any, ...] = tuple(attrs.fields(cls))
    if any(
        not f.init
        or f.converter is not None
        or isinstance(f.default, attrs.Factory)  # type: ignore[arg-type]
        or (f.validator is not None and f.validator not in _PASSES)
        or (f.alias or f.name) != f.name
        or type(getattr(cls, f.name, None)).__name__ != "member_descriptor"
        for f in fields
    ):
        return  # pragma: no cover - every event of this module qualifies
    namespace: dict[str, Any] = {
        "cls": cls,
        "date": date,
        "enum": enum,
        "ConsultationParty": ConsultationParty,
        "WorkingDays": WorkingDays,
        "Money": Money,
        "refuse": _refuse,
    }
    params, checks, sets = [], [], []
    for i, f in enumerate(fields):
        if f.default is attrs.NOTHING:
            params.append(f.name)
        else:
            namespace[f"default_{i}"] = f.default
            params.append(f"{f.name}=default_{i}")
        if f.validator is not None:
            checks.append(_PASSES[f.validator].format(v=f.name))
        namespace[f"set_{i}"] = getattr(cls, f.name).__set__
        sets.append(f"    set_{i}(self, {f.name})")
    names = ", ".join(f.name for f in fields)
    post = "    self.__attrs_post_init__()" if hasattr(cls, "__attrs_post_init__") else ""
    source = "\n".join(
        [
            f"def __init__(self, *, {', '.join(params)}):",
            f"    if not ({' and '.join(checks) or 'True'}):",
            f"        refuse(self, cls, ({names},))",
            *sets,
            post,
        ]
    )
    exec(source, namespace)  # noqa: S102 - made from the field names of an attrs class
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = f"Make a {cls.__name__}, with the checks its fields declare."
    setattr(cls, "__init__", init)  # noqa: B010 - a class attribute replaced on purpose


for _cls in (
    Event,
    CorrectionRequested,
    CorrectionReceived,
    CorrectionLapsed,
    ConsultationStarted,
    ConsultationEnded,
    ExtensionGranted,
    FeeNoticeIssued,
    FeePaid,
    FeeLapsed,
    DelaySet,
    Replied,
    Routed,
    Withdrawn,
):
    _make_init(_cls)
del _cls
