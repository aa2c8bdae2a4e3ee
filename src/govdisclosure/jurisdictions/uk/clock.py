"""The UK reply clocks: FOIA 2000 s.10, EIR 2004 regs 5 and 7, FOISA 2002 s.10; and review clocks.

:func:`reply_deadline` runs the generic clock (:mod:`govdisclosure.deadlines`):

* **20 working days** after the date of receipt (FOIA s.10(1), EIR reg 5(2),
  FOISA s.10(1)): day 0 is the day of receipt, "day 1" the first working day
  after it (ICO), whether or not day 0 was a working day
  (:attr:`ClockPolicy.receipt_on_non_working_day`). FOIA and the EIR count the
  working days of the whole UK (a bank holiday in any part is not one,
  s.10(6)); FOISA counts Scotland's (s.73).
* **Clarification restarts the clock** (FOIA s.1(3) with s.10(6)(b); EIR reg 9;
  FOISA s.10(1)): the 20 days run again from the day the (last) further
  information is received (``CorrectionRequested``, ``CorrectionReceived``).
* **A fees notice is a disregarded interval** (s.10(2)): the working days from
  the day the notice is given to the day the fee is received, both included
  (``FeeNoticeIssued`` to ``FeePaid``). A fee not paid within three months
  beginning with the day of the notice (s.9(2)) ends the request: the clock
  adds ``FeeLapsed`` on the first day after those three months
  (:func:`fee_payment_last_day`), so :meth:`Deadline.status` is ``closed``
  from that day; anything else recorded after it raises.
* **Extensions** (``ExtensionGranted(days=WorkingDays(k))``) count only when
  granted on or before the due date as it stands without them (a later one
  changes nothing and leaves a finding), and move the due date to the
  (20+k)th working day. FOIA s.10(3) (the public interest test) sets no
  maximum: :attr:`ClockPolicy.pit_extension_cap` (20 further working days, the
  ICO's guidance) raises beyond it, or with ``None`` only leaves a finding. EIR
  reg 7(1): at most 40 working days in all. FOISA: no extension at all.

>>> from datetime import date
>>> from govdisclosure.calendar import WorkCalendar
>>> from govdisclosure.requests import Applicant, ApplicantKind, FeeNoticeIssued, FeePaid, Request
>>> cal = WorkCalendar(first=date(2030, 1, 1), last=date(2030, 12, 31),
...                    rest_days=[date(2030, 4, 19), date(2030, 4, 22)])   # Easter 2030
>>> person = Applicant(kind=ApplicantKind.NATURAL_PERSON)
>>> reply_deadline(Request(id="a", received=date(2030, 4, 5), applicant=person), calendar=cal).due
datetime.date(2030, 5, 7)
>>> req = Request(id="b", received=date(2030, 3, 1), applicant=person, events=(
...     FeeNoticeIssued(on=date(2030, 3, 6)), FeePaid(on=date(2030, 3, 8))))
>>> d = reply_deadline(req, calendar=cal)
>>> d.due, d.paused          # 6, 7 and 8 March disregarded: three working days later
(datetime.date(2030, 4, 3), WorkingDays(3))
>>> for step in d.explain():
...     print(step.on, step.citation)
2030-03-01 FOIA 2000 s. 10(1)
2030-03-06 FOIA 2000 s. 10(2)
2030-04-03 FOIA 2000 s. 10(1)

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
from govdisclosure.calendar import WorkCalendar, named_calendar
from govdisclosure.deadlines import (
    ClockRules,
    Deadline,
    PauseRule,
    compute_deadline,
    register_rules,
)
from govdisclosure.errors import InvalidInputError, TimelineError
from govdisclosure.jurisdictions.uk._clock_rules import (
    ARCHIVES,
    EIR_EXTENDED,
    EIR_LIMIT,
    EIR_REVIEW,
    FEE_PERIOD_MONTHS,
    FOIA_LIMIT,
    FOIA_REVIEW,
    FOIA_REVIEW_GUIDANCE,
    FOISA_KEEPER,
    FOISA_LIMIT,
    FOISA_REVIEW,
    PIT_GUIDANCE,
    TIME_FOR_COMPLIANCE_2004,
    Variation,
    armed_forces,
    outside_uk,
    schools,
)
from govdisclosure.jurisdictions.uk.acts import Act, Part
from govdisclosure.jurisdictions.uk.instruments import EIR_2004, FOIA_2000, FOISA_2002
from govdisclosure.law import Citation, WorkingDays
from govdisclosure.requests import (
    CorrectionReceived,
    FeeLapsed,
    FeeNoticeIssued,
    FeePaid,
    Request,
)

__all__ = [
    "ARCHIVES",
    "CALENDAR_NAMES",
    "DEFAULT_CLOCK_POLICY",
    "FOISA_KEEPER",
    "TIME_FOR_COMPLIANCE_2004",
    "ClockPolicy",
    "FeePeriodEnd",
    "ReceiptDay",
    "Variation",
    "armed_forces",
    "default_calendar",
    "fee_payment_last_day",
    "internal_review_deadline",
    "outside_uk",
    "reply_deadline",
    "reply_rules",
    "review_rules",
    "schools",
]

_ONE_DAY = timedelta(days=1)
_SUCCESSIVE = 1_000_000
"""FOIA s.10(3) sets no number of extensions (one request had 21, spec §B2.6): in effect none."""

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
    """Readings of Part B of the spec where the text is silent or unverified; each is a policy.

    Attributes:
        receipt_on_non_working_day: Day 0 of a request or clarification that
            arrives on a non-working day: the day itself (the ICO, default) or
            the next working day (some authorities count one day more), spec
            §B2.3 [3P].
        fee_interval_includes_notice_day: Whether the day the fees notice is
            given is disregarded too. Default ``True``: s.10(2) disregards the
            working days of the period "beginning with" that day and "ending
            with" the day the fee is received, both ends [INFERENCE, §B2.5].
        fee_period_end: The last day of the three months to pay (s.9(2),
            wording [UNVERIFIED]); default the day before the corresponding date.
        pit_extension_cap: The most further working days a FOIA s.10(3)
            public-interest extension may add. The Act sets none ("such time as
            is reasonable"); default 20, the ICO's guidance [3P]: more raises
            :class:`~govdisclosure.errors.TimelineError`. ``None``: no cap, and
            more than 20 leaves a finding.
        eir_fee_notice_pauses: Whether the time from an EIR charge notice
            (reg 8) to payment is disregarded. Default ``False``: the spec
            records no EIR provision like FOIA s.10(2) [UNVERIFIED].
        eir_working_days: The working days the EIR count: the whole UK's, as
            FOIA s.10(6) (default; the EIR definition is "believed identical",
            [UNVERIFIED] §B4), or Scotland's.
        foisa_fee_lapse: Whether an unpaid FOISA fee ends the request after
            three months as FOIA s.9(2) does. Default ``True`` (FOISA s.9(4) is
            believed to match; not in the spec, [UNVERIFIED]).
        review_extension_cap: The most further working days a FOIA internal
            review may take beyond 20: default 20 (40 in all, the s.45 Code
            [3P]); ``None``: no cap, and more than 20 leaves a finding.

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


DEFAULT_CLOCK_POLICY = ClockPolicy()
"""The defaults of :class:`ClockPolicy`."""

# -- the rules ----------------------------------------------------------------------------

_FOIA_RESTART = Citation(
    FOIA_2000,
    "1",
    paragraph=3,
    note="with s.10(6)(b): the period runs from the further information",
)
_FOIA_FEE = Citation(FOIA_2000, "10", paragraph=2)
_FOIA_PIT = Citation(FOIA_2000, "10", paragraph=3)
_FOIA_COUNTED = Citation(FOIA_2000, "10", paragraph=1, note="nothing else stops the clock")
_EIR_RESTART = Citation(EIR_2004, "9", note="the period runs from the clarification [UNVERIFIED]")
_EIR_FEE = Citation(EIR_2004, "8", note="charges; ClockPolicy.eir_fee_notice_pauses [UNVERIFIED]")
_EIR_COUNTED = Citation(EIR_2004, "5", paragraph=2, note="nothing else stops the clock")
_FOISA_RESTART = Citation(
    FOISA_2002, "10", paragraph=1, note="or from the date of receipt of the further information"
)
_FOISA_FEE = Citation(FOISA_2002, "10", paragraph=2, note="the fee period is disregarded")
_FOISA_NO_EXTENSION = Citation(
    FOISA_2002, "10", note="no extension, not even for the public interest [3P]"
)
_FOISA_COUNTED = Citation(FOISA_2002, "10", paragraph=1, note="nothing else stops the clock")


def _counted(citation: Citation) -> PauseRule:
    return PauseRule(stops_clock=False, citation=citation)


@functools.lru_cache(maxsize=64)
def reply_rules(
    act: Act = Act.FOIA,
    policy: ClockPolicy = DEFAULT_CLOCK_POLICY,
    variation: Variation | None = None,
) -> ClockRules:
    """The :class:`~govdisclosure.deadlines.ClockRules` of ``act``'s reply clock under ``policy``.

    ``variation`` replaces the 20 working days (Time for Compliance Regulations).

    >>> r = reply_rules(Act.EIR)
    >>> r.limit, r.max_extension, str(r.extension_citation)
    (WorkingDays(20), WorkingDays(20), 'EIR 2004 s. 7(1)')
    >>> reply_rules(Act.FOIA, ClockPolicy(pit_extension_cap=None)).max_extension is None
    True
    """
    include = policy.fee_interval_includes_notice_day
    if act is Act.FOIA:
        base, counted = FOIA_LIMIT, _counted(_FOIA_COUNTED)
        rules = ClockRules(
            name="FOIA 2000",
            limit=base.value,
            limit_citation=base.citation,
            max_extension=policy.pit_extension_cap,
            extension_citation=_FOIA_PIT,
            restart_citation=_FOIA_RESTART,
            third_party=counted,
            other_organ=counted,
            fee=PauseRule(stops_clock=True, citation=_FOIA_FEE, include_start=include),
            max_extensions=_SUCCESSIVE,
            extension_guidance=PIT_GUIDANCE.value,
            extension_guidance_citation=PIT_GUIDANCE.citation,
        )
    elif act is Act.EIR:
        base, counted = EIR_LIMIT, _counted(_EIR_COUNTED)
        rules = ClockRules(
            name="EIR 2004",
            limit=base.value,
            limit_citation=base.citation,
            max_extension=WorkingDays(EIR_EXTENDED.value.days - base.value.days),
            extension_citation=EIR_EXTENDED.citation,
            restart_citation=_EIR_RESTART,
            third_party=counted,
            other_organ=counted,
            fee=PauseRule(
                stops_clock=policy.eir_fee_notice_pauses, citation=_EIR_FEE, include_start=include
            ),
            correction_notice=base.value,
            correction_notice_citation=_EIR_RESTART,
        )
    else:
        base, counted = FOISA_LIMIT, _counted(_FOISA_COUNTED)
        rules = ClockRules(
            name="FOISA 2002",
            limit=base.value,
            limit_citation=base.citation,
            max_extension=WorkingDays(0),
            extension_citation=_FOISA_NO_EXTENSION,
            restart_citation=_FOISA_RESTART,
            third_party=counted,
            other_organ=counted,
            fee=PauseRule(stops_clock=True, citation=_FOISA_FEE, include_start=include),
        )
    if variation is not None:
        rules = attrs.evolve(
            rules,
            name=f"{rules.name} ({variation.name})",
            limit=variation.limit,
            limit_citation=variation.citation,
        )
    return rules


@functools.lru_cache(maxsize=16)
def review_rules(act: Act = Act.FOIA, policy: ClockPolicy = DEFAULT_CLOCK_POLICY) -> ClockRules:
    """The rules of ``act``'s internal review clock: nothing stops it, nothing restarts it.

    >>> [(r.limit.days, r.max_extension.days) for r in map(review_rules, Act)]
    [(20, 20), (40, 0), (20, 0)]
    """
    if act is Act.FOIA:
        period, cap = FOIA_REVIEW, policy.review_extension_cap
        guidance = FOIA_REVIEW_GUIDANCE
        name = "FOIA 2000 internal review (s.45 Code)"
    elif act is Act.EIR:
        period, cap, guidance, name = EIR_REVIEW, WorkingDays(0), None, "EIR 2004 reg 11 review"
    else:
        period, cap, guidance, name = FOISA_REVIEW, WorkingDays(0), None, "FOISA 2002 s.21 review"
    counted = _counted(attrs.evolve(period.citation, note="nothing stops the review clock"))
    return ClockRules(
        name=name,
        limit=period.value,
        limit_citation=period.citation,
        max_extension=cap,
        extension_citation=guidance.citation if guidance is not None else period.citation,
        restart_citation=period.citation,
        third_party=counted,
        other_organ=counted,
        fee=counted,
        correction_toll=counted,
        extension_guidance=guidance.value if guidance is not None else None,
        extension_guidance_citation=guidance.citation if guidance is not None else None,
    )


for _act in Act:
    register_rules(f"uk.{_act.value}", reply_rules(_act))
    register_rules(f"uk.{_act.value}-review", review_rules(_act))

# -- the inputs -----------------------------------------------------------------------------


def default_calendar(
    act: Act = Act.FOIA, policy: ClockPolicy = DEFAULT_CLOCK_POLICY
) -> WorkCalendar:
    """The calendar ``act`` counts on: registered as ``"uk"`` (all parts) or ``"uk-scotland"``.

    Raises:
        UnknownCalendarError: the UK calendars are not registered.
    """
    if act is Act.FOISA:
        part = Part.SCOTLAND
    elif act is Act.EIR:
        part = policy.eir_working_days
    else:
        part = Part.ALL
    return named_calendar(CALENDAR_NAMES[part])


def _inputs(
    request: object, act: object, calendar: object, policy: object, field: str
) -> tuple[Request, Act, WorkCalendar, ClockPolicy]:
    if not isinstance(request, Request):
        msg = "must be a Request"
        raise InvalidInputError(msg, field=field, value=request)
    if not isinstance(act, Act):
        msg = "must be an Act (FOIA, EIR or FOISA)"
        raise InvalidInputError(msg, field="act", value=act)
    if not isinstance(policy, ClockPolicy):
        msg = "must be a ClockPolicy"
        raise InvalidInputError(msg, field="policy", value=policy)
    if calendar is None:
        return request, act, default_calendar(act, policy), policy
    if not isinstance(calendar, WorkCalendar):
        msg = "must be a WorkCalendar or None"
        raise InvalidInputError(msg, field="calendar", value=calendar)
    return request, act, calendar, policy


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


def _prepared(request: Request, act: Act, cal: WorkCalendar, policy: ClockPolicy) -> Request:
    if policy.receipt_on_non_working_day is ReceiptDay.NEXT_WORKING_DAY:
        request = _next_working_day(request, cal)
    if act is Act.FOIA or (act is Act.FOISA and policy.foisa_fee_lapse):
        request = _with_lapse(request, policy)
    return request


# -- the clocks -----------------------------------------------------------------------------


def reply_deadline(
    request: Request,
    *,
    act: Act = Act.FOIA,
    calendar: WorkCalendar | None = None,
    policy: ClockPolicy = DEFAULT_CLOCK_POLICY,
    variation: Variation | None = None,
) -> Deadline:
    """When the reply to ``request`` under ``act`` is due, and how.

    Args:
        request: The request (``received``: the day the authority received
            it) and its event log.
        act: FOIA (default), the EIR or FOISA.
        calendar: The working-day calendar; by default the registered UK one
            (:func:`default_calendar`).
        policy: Our readings where the law is silent (:class:`ClockPolicy`).
        variation: A later day under the Time for Compliance Regulations (or
            FOISA's Keeper), for the body or information concerned; a
            school-days variation needs ``calendar`` (of school days).

    Returns:
        The :class:`~govdisclosure.deadlines.Deadline`. Its ``request`` is the
        one the clock read: with ``FeeLapsed`` where a fee went unpaid for three
        months, and under ``ReceiptDay.NEXT_WORKING_DAY`` with day 0 moved.

    Raises:
        InvalidInputError: a wrong argument, or a variation of another Act.
        TimelineError: an extension beyond the Act's (or the policy's) cap, any
            FOISA extension, a second EIR one, or an event after a fee lapsed.
        CalendarNotPublishedError: the count runs past the calendar's range.
        UnknownCalendarError: no calendar given and none registered.

    A late extension changes nothing, and says so:

    >>> from govdisclosure.requests import Applicant, ApplicantKind, ExtensionGranted
    >>> cal = WorkCalendar(first=date(2030, 1, 1), last=date(2030, 12, 31))
    >>> req = Request(id="c", received=date(2030, 3, 1), events=(
    ...     ExtensionGranted(on=date(2030, 4, 1), days=WorkingDays(10)),),
    ...     applicant=Applicant(kind=ApplicantKind.NATURAL_PERSON))
    >>> d = reply_deadline(req, calendar=cal)
    >>> d.due, [f.kind.value for f in d.findings]
    (datetime.date(2030, 3, 29), ['late_extension'])
    >>> reply_deadline(req, act=Act.FOISA, calendar=cal)
    Traceback (most recent call last):
    ...
    govdisclosure.errors.TimelineError: events[0] ...: extends by 10 working days, more than ...
    """
    req, chosen, cal, pol = _inputs(request, act, calendar, policy, "request")
    given: object = variation
    if variation is not None:
        if not isinstance(given, Variation):
            msg = "must be a Variation or None"
            raise InvalidInputError(msg, field="variation", value=variation)
        if variation.act is not chosen:
            msg = f"varies {variation.act.instrument.short}, not {chosen.instrument.short}"
            raise InvalidInputError(msg, field="variation", value=variation)
        if variation.school_days and calendar is None:
            msg = "a school-days variation counts on a calendar of school days: pass one"
            raise InvalidInputError(msg, field="calendar", value=calendar)
    rules = reply_rules(chosen, pol, variation)
    return compute_deadline(_prepared(req, chosen, cal, pol), rules, cal)


def internal_review_deadline(
    review: Request,
    *,
    act: Act = Act.FOIA,
    calendar: WorkCalendar | None = None,
    policy: ClockPolicy = DEFAULT_CLOCK_POLICY,
) -> Deadline:
    """When the decision on an internal review is due: a clock of its own.

    ``review.received`` is the day the authority received the requirement for
    review (or the representations). FOIA: 20 working days under the s.45 Code,
    extendable to 40 (:attr:`ClockPolicy.review_extension_cap`); EIR reg 11: 40
    working days; FOISA s.21(1): 20 working days; neither of the last two
    extendable. Nothing stops or restarts a review clock.

    >>> from govdisclosure.requests import Applicant, ApplicantKind
    >>> cal = WorkCalendar(first=date(2030, 1, 1), last=date(2030, 12, 31))
    >>> rv = Request(id="r", received=date(2030, 3, 1),
    ...              applicant=Applicant(kind=ApplicantKind.NATURAL_PERSON))
    >>> [internal_review_deadline(rv, act=a, calendar=cal).due.isoformat() for a in Act]
    ['2030-03-29', '2030-04-26', '2030-03-29']
    """
    req, chosen, cal, pol = _inputs(review, act, calendar, policy, "review")
    if pol.receipt_on_non_working_day is ReceiptDay.NEXT_WORKING_DAY:
        req = _next_working_day(req, cal)
    return compute_deadline(req, review_rules(chosen, pol), cal)
