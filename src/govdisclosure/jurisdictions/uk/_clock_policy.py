"""The UK clocks' policies, and how they shape the request the clock reads.

Re-exported by :mod:`govdisclosure.jurisdictions.uk.clock`; import the public names from there.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import calendar as _months
import enum
import functools
from datetime import date, timedelta
from typing import Any

import attrs

from govdisclosure._validators import instance_of
from govdisclosure.calendar import WorkCalendar
from govdisclosure.errors import InvalidInputError, TimelineError
from govdisclosure.jurisdictions.uk._clock_rules import (
    FEE_PERIOD_MONTHS,
    FOIA_REVIEW_GUIDANCE,
    PIT_GUIDANCE,
)
from govdisclosure.jurisdictions.uk.acts import Act, Part
from govdisclosure.law import WorkingDays
from govdisclosure.requests import CorrectionReceived, FeeLapsed, FeeNoticeIssued, FeePaid, Request

__all__ = [
    "CALENDAR_NAMES",
    "DEFAULT_CLOCK_POLICY",
    "ClockPolicy",
    "FeePeriodEnd",
    "LateProclamation",
    "ReceiptDay",
    "fee_payment_last_day",
    "prepared",
]

_ONE_DAY = timedelta(days=1)

CALENDAR_NAMES: dict[Part, str] = {Part.ALL: "uk", Part.SCOTLAND: "uk-scotland"}
"""The registered names (:func:`govdisclosure.calendar.named_calendar`) of the default calendars."""


class ReceiptDay(enum.Enum):
    """Which day is day 0 when a request (or clarification) arrives on a non-working day."""

    CALENDAR_DATE = "calendar_date"
    """The day it arrived; day 1 is the next working day (ICO; the draft s.45 Code para 4.2)."""
    NEXT_WORKING_DAY = "next_working_day"
    """The next working day; day 1 is the working day after that (some authorities' practice)."""


class FeePeriodEnd(enum.Enum):
    """The last day of "three months beginning with the day on which the fees notice is given"."""

    DAY_BEFORE_CORRESPONDING_DATE = "day_before_corresponding_date"
    """The day before the same date three months on (the notice day is the first of the
    period); the month's last day where that month has no such date."""
    CORRESPONDING_DATE = "corresponding_date"
    """The same date three months on (or that month's last day): "within three months of
    issuing" read loosely, one day more."""


class LateProclamation(enum.Enum):
    """How a bank holiday proclaimed after a request arrived counts for that request (a policy)."""

    NOT_A_WORKING_DAY = "not_a_working_day"
    """It is a bank holiday like any other: the running deadline moves (the calendar as it is)."""
    WORKING_DAY = "working_day"
    """It is counted as a working day for a request received before it was proclaimed (a
    rest day whose source's ``published`` date is after the date of receipt)."""


def _check_cap(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, WorkingDays):
        msg = "must be WorkingDays or None (no cap)"
        raise InvalidInputError(msg, field=attribute.name, value=value)


def _check_part(instance: object, attribute: attrs.Attribute[Part], value: object) -> None:
    if value not in CALENDAR_NAMES:
        msg = "must be Part.ALL or Part.SCOTLAND"
        raise InvalidInputError(msg, field=attribute.name, value=value)


@attrs.frozen
class ClockPolicy:
    """Readings of the UK texts where they are silent or unverified; each is a policy.

    Attributes:
        receipt_on_non_working_day: Day 0 of a request or clarification that
            arrives on a non-working day: the day itself (the ICO, default) or
            the next working day (some authorities count one day more;
            FOIMan and authorities' pages, [3P]).
        fee_interval_includes_notice_day: Whether the day the fees notice is
            given is disregarded too. Default ``True``: s.10(2) disregards the
            working days of the period "beginning with" that day and "ending
            with" the day the fee is received, both ends (our reading, [INFERENCE]).
        fee_period_end: The last day of the three months to pay (s.9(2),
            wording [UNVERIFIED]); default the day before the corresponding date.
        pit_extension_cap: The most further working days a FOIA s.10(3)
            public-interest extension may add. The Act sets none ("such time as
            is reasonable"); default 20, the ICO's guidance [3P]: more raises
            :class:`~govdisclosure.errors.TimelineError`. ``None``: no cap, and
            more than 20 leaves a finding.
        eir_fee_notice_pauses: Whether the time from an EIR charge notice
            (reg 8) to payment is disregarded. Default ``False``: no EIR
            provision like FOIA s.10(2) was found [UNVERIFIED].
        eir_working_days: The working days the EIR count: the whole UK's, as
            FOIA s.10(6) (default; the EIR definition is "believed identical",
            [UNVERIFIED]), or Scotland's.
        foisa_fee_lapse: Whether an unpaid FOISA fee ends the request after
            three months as FOIA s.9(2) does. Default ``True`` (FOISA s.9(4) is
            believed to match; not read, [UNVERIFIED]).
        review_extension_cap: The most further working days a FOIA internal
            review may take beyond 20: default 20 (40 in all, the s.45 Code
            [3P]); ``None``: no cap, and more than 20 leaves a finding.
        proclaimed_after_receipt: A bank holiday proclaimed after the request
            was received (2022-09-19 was announced ten days before): "the jury
            is out" [3P, informationrightsandwrongs.com 2022-09-23]. Default: not a
            working day, as the calendar says.
        clarification_restarts: Whether a clarification restarts the count
            from the day it is received (default ``True``: s.1(3) with
            s.10(6)(b) makes that day the date of receipt, our reading [INFERENCE];
            FOISA s.10(1) says so). ``False``: the time from asking to the
            answer is a pause (the working days after the asking, to the
            answer), as some practice statements read "suspended".

    >>> p = ClockPolicy()
    >>> p.receipt_on_non_working_day.value, p.pit_extension_cap, p.fee_interval_includes_notice_day
    ('calendar_date', WorkingDays(20), True)
    """

    receipt_on_non_working_day: ReceiptDay = attrs.field(
        default=ReceiptDay.CALENDAR_DATE, validator=instance_of(ReceiptDay)
    )
    fee_interval_includes_notice_day: bool = attrs.field(default=True, validator=instance_of(bool))
    fee_period_end: FeePeriodEnd = attrs.field(
        default=FeePeriodEnd.DAY_BEFORE_CORRESPONDING_DATE, validator=instance_of(FeePeriodEnd)
    )
    pit_extension_cap: WorkingDays | None = attrs.field(
        default=PIT_GUIDANCE.value, validator=_check_cap
    )
    eir_fee_notice_pauses: bool = attrs.field(default=False, validator=instance_of(bool))
    eir_working_days: Part = attrs.field(default=Part.ALL, validator=_check_part)
    foisa_fee_lapse: bool = attrs.field(default=True, validator=instance_of(bool))
    review_extension_cap: WorkingDays | None = attrs.field(
        default=FOIA_REVIEW_GUIDANCE.value, validator=_check_cap
    )
    clarification_restarts: bool = attrs.field(default=True, validator=instance_of(bool))
    proclaimed_after_receipt: LateProclamation = attrs.field(
        default=LateProclamation.NOT_A_WORKING_DAY, validator=instance_of(LateProclamation)
    )


DEFAULT_CLOCK_POLICY = ClockPolicy()
"""The defaults of :class:`ClockPolicy`."""


def _next_working_day(request: Request, cal: WorkCalendar) -> Request:
    """The request with its day 0 (and each clarification's) moved to the next working day."""

    def shifted(d: date) -> date:
        return d if cal.is_workday(d) else cal.add_workdays(d, 1)

    received = shifted(request.received)
    events = list(request.events)
    for i, e in enumerate(events):
        if e.on < received:
            msg = (
                f"is dated before day 0, {received.isoformat()} (receipt on a non-working day "
                "counts from the next working day: ClockPolicy.receipt_on_non_working_day)"
            )
            raise TimelineError(msg, event=e, index=i)
        if isinstance(e, CorrectionReceived) and not cal.is_workday(e.on):
            moved = shifted(e.on)
            later = next((j for j in range(i + 1, len(events)) if events[j].on < moved), None)
            if later is not None:
                msg = (
                    f"is dated before {moved.isoformat()}, the working day on which the "
                    f"clarification of events[{i}] counts as received "
                    "(ClockPolicy.receipt_on_non_working_day)"
                )
                raise TimelineError(msg, event=events[later], index=later)
            events[i] = attrs.evolve(e, on=moved)
    return attrs.evolve(request, received=received, events=events)


def fee_payment_last_day(notice_given: date, policy: ClockPolicy = DEFAULT_CLOCK_POLICY) -> date:
    """The last day to pay a fee under FOIA s.9(2): three months beginning with the notice day.

    >>> fee_payment_last_day(date(2026, 3, 5)), fee_payment_last_day(date(2025, 11, 30))
    (datetime.date(2026, 6, 4), datetime.date(2026, 2, 28))
    >>> end = ClockPolicy(fee_period_end=FeePeriodEnd.CORRESPONDING_DATE)
    >>> fee_payment_last_day(date(2026, 3, 5), end)
    datetime.date(2026, 6, 5)
    """
    if type(notice_given) is not date:
        msg = "must be a datetime.date"
        raise InvalidInputError(msg, field="notice_given", value=notice_given)
    months = notice_given.year * 12 + notice_given.month - 1 + FEE_PERIOD_MONTHS
    year, month = divmod(months, 12)
    month += 1
    length = _months.monthrange(year, month)[1]
    if notice_given.day > length:
        return date(year, month, length)
    corresponding = date(year, month, notice_given.day)
    if policy.fee_period_end is FeePeriodEnd.CORRESPONDING_DATE:
        return corresponding
    return corresponding - _ONE_DAY


def _with_lapse(request: Request, policy: ClockPolicy) -> Request:
    """The request with ``FeeLapsed`` added where a fee went unpaid for three months (s.9(2))."""
    notice: tuple[int, date] | None = None
    for i, e in enumerate(request.events):
        if isinstance(e, FeeNoticeIssued):
            notice = (i, fee_payment_last_day(e.on, policy))
            continue
        if notice is None:
            continue
        j, last = notice
        if isinstance(e, FeeLapsed):
            notice = None
        elif e.on > last:
            what = "the fee was paid" if isinstance(e, FeePaid) else "this came"
            msg = (
                f"{what} after {last.isoformat()}, the last day of the three months to pay the "
                f"fee of events[{j}] (FOIA 2000 s.9(2)): the request lapsed on "
                f"{(last + _ONE_DAY).isoformat()}; record FeeLapsed then (a late payment "
                "starts a new request)"
            )
            raise TimelineError(msg, event=e, index=i)
        elif isinstance(e, FeePaid) or e.concludes:
            notice = None  # paid in time, or the request ended (a reply, a withdrawal)
    if notice is None:
        return request
    return request.with_event(FeeLapsed(on=notice[1] + _ONE_DAY))


def counted_calendar(cal: WorkCalendar, received: date, policy: ClockPolicy) -> WorkCalendar:
    """The calendar a request received on ``received`` counts on under ``policy``.

    With ``LateProclamation.WORKING_DAY``, the rest days proclaimed (published) after
    ``received`` are working days; a rest day with no publication date is kept.
    """
    if policy.proclaimed_after_receipt is LateProclamation.NOT_A_WORKING_DAY:
        return cal
    late = tuple(
        r.on
        for r in cal.rest_days
        if r.source is not None and r.source.published is not None and r.source.published > received
    )
    return _without(cal, late) if late else cal


@functools.lru_cache(maxsize=32)
def _without(cal: WorkCalendar, days: tuple[date, ...]) -> WorkCalendar:
    gone = set(days)
    return WorkCalendar(
        first=cal.first,
        last=cal.last,
        rest_days=[r for r in cal.rest_days if r.on not in gone],
        makeup_workdays=cal.makeup_workdays,
        weekend=cal.weekend,
        sources=cal.sources,
    )


def prepared(request: Request, act: Act | None, cal: WorkCalendar, policy: ClockPolicy) -> Request:
    """The request as the clock reads it under ``policy``: day 0 moved, a lapse added.

    ``act`` is ``None`` for a review, which has no fee to lapse.
    """
    if policy.receipt_on_non_working_day is ReceiptDay.NEXT_WORKING_DAY:
        request = _next_working_day(request, cal)
    if act is Act.FOIA or (act is Act.FOISA and policy.foisa_fee_lapse):
        request = _with_lapse(request, policy)
    return request
