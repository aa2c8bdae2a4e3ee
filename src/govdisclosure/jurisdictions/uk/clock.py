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

import functools

import attrs

from govdisclosure.calendar import WorkCalendar, named_calendar
from govdisclosure.deadlines import (
    ClockRules,
    Deadline,
    PauseRule,
    compute_deadline,
    register_rules,
)
from govdisclosure.errors import InvalidInputError
from govdisclosure.jurisdictions.uk._clock_policy import (
    CALENDAR_NAMES,
    DEFAULT_CLOCK_POLICY,
    ClockPolicy,
    FeePeriodEnd,
    LateProclamation,
    ReceiptDay,
    counted_calendar,
    fee_payment_last_day,
    prepared,
)
from govdisclosure.jurisdictions.uk._clock_rules import (
    ARCHIVES,
    EIR_EXTENDED,
    EIR_LIMIT,
    EIR_REVIEW,
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
from govdisclosure.requests import Request

__all__ = [
    "ARCHIVES",
    "CALENDAR_NAMES",
    "DEFAULT_CLOCK_POLICY",
    "FOISA_KEEPER",
    "TIME_FOR_COMPLIANCE_2004",
    "ClockPolicy",
    "FeePeriodEnd",
    "LateProclamation",
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

_SUCCESSIVE = 1_000_000
"""FOIA s.10(3) sets no number of extensions (one FCDO request had 21, mySociety 2023 [3P]):
in effect none."""


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


def _check_act_and_policy(act: object, policy: object) -> None:
    if not isinstance(act, Act):
        msg = "must be an Act (FOIA, EIR or FOISA)"
        raise InvalidInputError(msg, field="act", value=act)
    if not isinstance(policy, ClockPolicy):
        msg = "must be a ClockPolicy"
        raise InvalidInputError(msg, field="policy", value=policy)


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
    _check_act_and_policy(act, policy)
    given: object = variation
    if given is not None and not isinstance(given, Variation):
        msg = "must be a Variation or None"
        raise InvalidInputError(msg, field="variation", value=given)
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
    if not policy.clarification_restarts:
        toll = PauseRule(
            stops_clock=True,
            citation=attrs.evolve(
                rules.restart_citation, note="a pause: ClockPolicy.clarification_restarts"
            ),
        )
        rules = attrs.evolve(rules, correction_toll=toll)
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
    _check_act_and_policy(act, policy)
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

    >>> from datetime import date
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
    cal = counted_calendar(cal, req.received, pol)
    return compute_deadline(prepared(req, chosen, cal, pol), rules, cal)


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

    >>> from datetime import date
    >>> from govdisclosure.requests import Applicant, ApplicantKind
    >>> cal = WorkCalendar(first=date(2030, 1, 1), last=date(2030, 12, 31))
    >>> rv = Request(id="r", received=date(2030, 3, 1),
    ...              applicant=Applicant(kind=ApplicantKind.NATURAL_PERSON))
    >>> [internal_review_deadline(rv, act=a, calendar=cal).due.isoformat() for a in Act]
    ['2030-03-29', '2030-04-26', '2030-03-29']
    """
    req, chosen, cal, pol = _inputs(review, act, calendar, policy, "review")
    cal = counted_calendar(cal, req.received, pol)
    return compute_deadline(prepared(req, None, cal, pol), review_rules(chosen, pol), cal)
