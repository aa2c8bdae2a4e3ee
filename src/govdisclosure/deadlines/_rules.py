"""The data that drive the generic reply clock: a regime's limit, extension and interruptions.

A rule pack writes one :class:`ClockRules` per legal regime. Each way the clock
may stop is a :class:`PauseRule`: whether it stops the clock at all, which
working days it leaves out (``S < d <= E``, or ``S <= d <= E`` with
``include_start``), how long it may last (``cap``), from which date it exists
(``in_force_from``) and how often it may be used (``max_uses``). A corrected
application restarts the count (``restart_citation``).

>>> from govdisclosure.law import Citation, Instrument
>>> act = Instrument(code="demo", title="Demo Act", short="DA")
>>> toll = PauseRule(stops_clock=True, citation=Citation(act, "6"), cap=WorkingDays(15),
...                  cap_citation=Citation(act, "6", paragraph=2), max_uses=1)
>>> toll.cap, toll.include_start
(WorkingDays(15), False)

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
from datetime import date

import attrs

from govdisclosure._validators import instance_of
from govdisclosure.errors import InvalidInputError
from govdisclosure.law import OMIT_IF_DEFAULT, CalendarDays, Citation, WorkingDays

__all__ = ["ClockRules", "PauseReason", "PauseRule", "StartRule", "TollReason"]


class PauseReason(enum.Enum):
    """Why the clock may stop."""

    THIRD_PARTY = "third_party"
    """A consultation with a third party."""
    OTHER_ORGAN = "other_organ"
    """A consultation with another organ."""
    FEE = "fee"
    """A fee notice, until the fee is paid."""

    @property
    def label(self) -> str:
        """A short description for people."""
        return _REASON_LABELS[self]


_REASON_LABELS = {
    PauseReason.THIRD_PARTY: "consultation with a third party",
    PauseReason.OTHER_ORGAN: "consultation with another organ",
    PauseReason.FEE: "fee notice awaiting payment",
}


class TollReason(enum.Enum):
    """Why the clock may stop besides a :class:`PauseReason`: a toll the rules may provide.

    .. versionadded:: 0.2.0
    """

    CORRECTION = "correction"
    """A request for information the applicant must supply, until it comes
    (:attr:`ClockRules.correction_toll`)."""

    @property
    def label(self) -> str:
        """A short description for people."""
        return "request for information from the applicant"


def _check_working_days(
    instance: object, attribute: attrs.Attribute[WorkingDays], value: object
) -> None:
    if not isinstance(value, WorkingDays):
        msg = "must be WorkingDays"
        raise InvalidInputError(msg, field=attribute.name, value=value)


def _check_optional_working_days(
    instance: object, attribute: attrs.Attribute[WorkingDays | None], value: object
) -> None:
    if value is not None:
        _check_working_days(instance, attribute, value)  # type: ignore[arg-type]


def _check_optional_date(
    instance: object, attribute: attrs.Attribute[date | None], value: object
) -> None:
    if value is not None and type(value) is not date:
        msg = "must be a datetime.date or None"
        raise InvalidInputError(msg, field=attribute.name, value=value)


def _check_count(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if type(value) is not int or value < 1:
        msg = "must be a whole number of at least 1"
        raise InvalidInputError(msg, field=attribute.name, value=value)


def _check_max_uses(
    instance: object, attribute: attrs.Attribute[int | None], value: object
) -> None:
    if value is not None:
        _check_count(instance, attribute, value)  # type: ignore[arg-type]


_OPTIONAL_CITATION = instance_of(Citation, type(None))
# Fields added in 0.2 are left out of documents while they hold their defaults, so that rules
# written by 0.1 are written the same.
_NEW = {OMIT_IF_DEFAULT: True}


@attrs.frozen
class PauseRule:
    """Whether, and how, the time spent for one :class:`PauseReason` stops the clock.

    Attributes:
        stops_clock: Whether that time is left out of the count.
        citation: The provision (or the documented policy) that decides it.
        period: How long the other side has (a consultee's time to answer, an
            applicant's time to pay); a pause that lasts longer leaves a finding.
        period_citation: The source of ``period``.
        cap: The most working days after the day a pause began that it may
            leave out; the days beyond are counted (and a pause still open
            past it no longer stops the clock). ``None``: no cap, and a pause
            still open leaves the due date unknown.
        cap_citation: The source of ``cap``.
        in_force_from: A pause that begins before this date does not stop the
            clock (the provision it rests on was not yet in force); a finding
            says so. ``None``: always.
        in_force_citation: The source of ``in_force_from``.
        include_start: Whether the day the pause began is left out too
            (``S <= d <= E``, a disregarded interval with both ends); the
            default leaves out ``S < d <= E``.
        max_uses: How many pauses of this kind may stop the clock; later ones
            leave a finding and change nothing. ``None``: no limit.

    .. versionchanged:: 0.2.0 ``cap``, ``in_force_from``, ``include_start`` and ``max_uses``.
    """

    stops_clock: bool
    citation: Citation = attrs.field(validator=instance_of(Citation))
    period: WorkingDays | None = attrs.field(default=None, validator=_check_optional_working_days)
    period_citation: Citation | None = attrs.field(default=None, validator=_OPTIONAL_CITATION)
    cap: WorkingDays | None = attrs.field(
        default=None, validator=_check_optional_working_days, kw_only=True, metadata=_NEW
    )
    cap_citation: Citation | None = attrs.field(
        default=None, validator=_OPTIONAL_CITATION, kw_only=True, metadata=_NEW
    )
    in_force_from: date | None = attrs.field(
        default=None, validator=_check_optional_date, kw_only=True, metadata=_NEW
    )
    in_force_citation: Citation | None = attrs.field(
        default=None, validator=_OPTIONAL_CITATION, kw_only=True, metadata=_NEW
    )
    include_start: bool = attrs.field(default=False, kw_only=True, metadata=_NEW)
    max_uses: int | None = attrs.field(
        default=None, validator=_check_max_uses, kw_only=True, metadata=_NEW
    )


def _check_optional_calendar_days(
    instance: object, attribute: attrs.Attribute[CalendarDays | None], value: object
) -> None:
    if value is not None and not isinstance(value, CalendarDays):
        msg = "must be CalendarDays or None"
        raise InvalidInputError(msg, field=attribute.name, value=value)


@attrs.frozen
class StartRule:
    """When the period starts for a request that first reached another office (``Routed``).

    Day 0 is the day the request reached the office that must answer it, but
    no later than ``within`` working days (or ``within_days`` calendar days)
    after it was first received: exactly one of the two is given.

    Attributes:
        citation: The provision.
        within: The cap, in working days.
        within_days: The cap, in calendar days.

    >>> from govdisclosure.law import Instrument
    >>> act = Instrument(code="demo", title="Demo Act", short="DA")
    >>> StartRule(Citation(act, "6"), within_days=CalendarDays(10)).within
    >>> StartRule(Citation(act, "6"))
    Traceback (most recent call last):
    ...
    govdisclosure.errors.InvalidInputError: within: give the cap in working days or ...

    .. versionadded:: 0.2.0
    """

    citation: Citation = attrs.field(validator=instance_of(Citation))
    within: WorkingDays | None = attrs.field(
        default=None, validator=_check_optional_working_days, kw_only=True, metadata=_NEW
    )
    within_days: CalendarDays | None = attrs.field(
        default=None, validator=_check_optional_calendar_days, kw_only=True, metadata=_NEW
    )

    def __attrs_post_init__(self) -> None:
        if (self.within is None) == (self.within_days is None):
            msg = "give the cap in working days or in calendar days, one of the two"
            raise InvalidInputError(msg, field="within", value=self.within)


def _check_limit(instance: object, attribute: attrs.Attribute[WorkingDays], value: object) -> None:
    _check_working_days(instance, attribute, value)
    if isinstance(value, WorkingDays) and value.days == 0:
        msg = "a reply period of no days cannot be counted"
        raise InvalidInputError(msg, field=attribute.name, value=value)


@attrs.frozen
class ClockRules:
    """The numbers and sources that drive the clock under one legal regime.

    Attributes:
        name: The regime, for people (``"OGI Reg. (2019)"``).
        limit: The reply period.
        limit_citation: The provision that sets it and says it runs from receipt.
        max_extension: The most working days all extensions may add; ``None`` where
            the law sets no maximum (a "reasonable" extension).
        extension_citation: The provision that allows it.
        restart_citation: The provision under which a corrected application
            starts the period again.
        third_party: Whether a consultation with a third party stops the clock.
        other_organ: Whether a consultation with another organ stops the clock.
        fee: Whether the time from a fee notice to payment stops the clock.
        correction_notice: The time within which a correction must be requested,
            counted from receipt; a later request leaves a finding. ``None``
            where the regime sets no such time.
        correction_notice_citation: The source of ``correction_notice``.
        delay_citation: The provision under which an organ may fix a later
            date for its reply (``DelaySet``); ``None`` where the regime has none
            (a ``DelaySet`` is then recorded as a finding and changes nothing).
        count_day_zero: Whether day 0 itself is counted (when it is a working
            day). The default, ``False``, counts strictly after day 0.
        max_extensions: How many extensions may be granted (default one); a
            further one raises :class:`~govdisclosure.errors.TimelineError`.
        extension_guidance: Where guidance, not the law, bounds the extensions:
            more than this is a finding, not an error.
        extension_guidance_citation: The source of ``extension_guidance``.
        start_rule: How a ``Routed`` event moves day 0 (:class:`StartRule`);
            ``None``: it does not.
        correction_toll: Where a correction pauses the clock (a toll, from
            ``CorrectionRequested`` to ``CorrectionReceived``) instead of
            restarting it, the rule of that pause (its cap, its number of uses);
            ``None``: a corrected application restarts the count.

    .. versionchanged:: 0.2.0 ``max_extension`` may be ``None``; ``max_extensions`` and
       ``extension_guidance`` are new.
    """

    name: str
    limit: WorkingDays = attrs.field(validator=_check_limit)
    limit_citation: Citation = attrs.field(validator=instance_of(Citation))
    max_extension: WorkingDays | None = attrs.field(validator=_check_optional_working_days)
    extension_citation: Citation = attrs.field(validator=instance_of(Citation))
    restart_citation: Citation = attrs.field(validator=instance_of(Citation))
    third_party: PauseRule = attrs.field(validator=instance_of(PauseRule))
    other_organ: PauseRule = attrs.field(validator=instance_of(PauseRule))
    fee: PauseRule = attrs.field(validator=instance_of(PauseRule))
    correction_notice: WorkingDays | None = attrs.field(
        default=None, validator=_check_optional_working_days
    )
    correction_notice_citation: Citation | None = attrs.field(
        default=None, validator=_OPTIONAL_CITATION
    )
    delay_citation: Citation | None = attrs.field(default=None, validator=_OPTIONAL_CITATION)
    count_day_zero: bool = False
    max_extensions: int = attrs.field(
        default=1, validator=_check_count, kw_only=True, metadata=_NEW
    )
    extension_guidance: WorkingDays | None = attrs.field(
        default=None, validator=_check_optional_working_days, kw_only=True, metadata=_NEW
    )
    extension_guidance_citation: Citation | None = attrs.field(
        default=None, validator=_OPTIONAL_CITATION, kw_only=True, metadata=_NEW
    )
    correction_toll: PauseRule | None = attrs.field(
        default=None, validator=instance_of(PauseRule, type(None)), kw_only=True, metadata=_NEW
    )
    start_rule: StartRule | None = attrs.field(
        default=None, validator=instance_of(StartRule, type(None)), kw_only=True, metadata=_NEW
    )

    def pause_rule(self, reason: PauseReason) -> PauseRule:
        """The rule for ``reason``: :attr:`third_party`, :attr:`other_organ` or :attr:`fee`."""
        if reason is PauseReason.THIRD_PARTY:
            return self.third_party
        if reason is PauseReason.OTHER_ORGAN:
            return self.other_organ
        return self.fee
