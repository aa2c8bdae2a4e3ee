"""The FOIA reply clock: 20 working days, two tolls, one extension of ten (5 U.S.C. § 552(a)(6)).

:func:`reply_deadline` runs the generic clock (:mod:`govdisclosure.deadlines`)
on the federal working-day calendar (:func:`~govdisclosure.jurisdictions.us.calendar`):

* **20 working days** "(excepting Saturdays, Sundays, and legal public
  holidays) after the receipt" (§ 552(a)(6)(A)(i)): day 0 is the day of
  receipt, and the reply is due on the 20th working day after it.
* **Start.** The period starts when the appropriate component first receives
  the request, but no later than ten days after a component designated to
  receive requests first did (§ 552(a)(6)(A)(ii)): the request's ``received``
  is the first receipt, and a :class:`~govdisclosure.requests.Routed` event
  the day it reached the appropriate component. The unit of the ten days is a
  policy (:attr:`ClockPolicy.routing_unit`).
* **Two tolls, no restart.** "The 20-day period shall not be tolled by the
  agency except" (I) while awaiting information it asked the requester for
  (``CorrectionRequested`` to ``CorrectionReceived``), **once**; and (II) while
  clarifying fees with the requester (``FeeNoticeIssued`` to ``FeePaid``), as
  often as needed. A toll leaves out the working days ``d`` with ``S < d <= E``;
  overlapping tolls leave a day out once; a second request for information
  does not toll and leaves a finding. Consultations do not toll (they are an
  "unusual circumstance", a ground for the extension).
* **Unusual circumstances** (§ 552(a)(6)(B)(i)): a written notice on or before
  the due date may extend it by at most ten working days
  (``ExtensionGranted(days=WorkingDays(k))``, ``k <= 10``; more raises
  :class:`~govdisclosure.errors.TimelineError`; a later notice changes nothing
  and leaves a finding).

The other clocks of a request are :func:`expedition_deadline` (a decision on
expedited processing within ten calendar days, § 552(a)(6)(E)(ii)(I)),
:func:`appeal_deadline` (an appeal decided within 20 working days,
§ 552(a)(6)(A)(ii)) and :func:`appeal_window_end` (the requester may appeal
for at least 90 days after an adverse determination, § 552(a)(6)(A)(i)(III)(aa)).

>>> from datetime import date
>>> from govdisclosure.law import WorkingDays
>>> from govdisclosure.requests import (Applicant, ApplicantKind, ExtensionGranted,
...     CorrectionReceived, CorrectionRequested, Request)
>>> person = Applicant(kind=ApplicantKind.NATURAL_PERSON)
>>> reply_deadline(Request(id="a", received=date(2024, 12, 20), applicant=person)).due
datetime.date(2025, 1, 24)
>>> req = Request(id="b", received=date(2026, 6, 12), applicant=person, events=(
...     CorrectionRequested(on=date(2026, 6, 16)), CorrectionReceived(on=date(2026, 6, 18)),
...     ExtensionGranted(on=date(2026, 7, 1), days=WorkingDays(10))))
>>> d = reply_deadline(req)
>>> d.due, d.paused        # 17 and 18 June tolled; then ten more working days
(datetime.date(2026, 7, 30), WorkingDays(2))
>>> for step in d.explain():
...     print(step.on, step.citation)
2026-06-12 5 U.S.C. § 552(a)(6)(A)(i)
2026-06-16 5 U.S.C. § 552(a)(6)(A)(ii)(I)
2026-07-01 5 U.S.C. § 552(a)(6)(B)(i)
2026-07-30 5 U.S.C. § 552(a)(6)(A)(i)

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import functools
from datetime import date

import attrs

from govdisclosure._validators import instance_of
from govdisclosure.calendar import WorkCalendar
from govdisclosure.deadlines import (
    ClockRules,
    Deadline,
    PauseRule,
    StartRule,
    Unit,
    compute_deadline,
    every_day,
    register_rules,
    window_end,
)
from govdisclosure.errors import InvalidInputError
from govdisclosure.jurisdictions.us.instruments import FOIA
from govdisclosure.jurisdictions.us.workdays import calendar as federal_calendar
from govdisclosure.law import CalendarDays, Citation, WorkingDays
from govdisclosure.requests import Applicant, ApplicantKind, Replied, Request

__all__ = [
    "APPEAL_RULES",
    "APPEAL_WINDOW",
    "DEFAULT_CLOCK_POLICY",
    "EXPEDITION_LIMIT",
    "EXPEDITION_RULES",
    "REPLY_LIMIT",
    "REPLY_RULES",
    "ROUTING_WINDOW",
    "UNUSUAL_CIRCUMSTANCES",
    "ClockPolicy",
    "appeal_deadline",
    "appeal_window_end",
    "clock_rules",
    "expedition_deadline",
    "reply_deadline",
]

_LIMIT = Citation(FOIA, "552(a)(6)(A)(i)")
_NO_TOLL = Citation(FOIA, "552(a)(6)(A)(ii)", note="the 20-day period shall not be tolled except")
_INFO_TOLL = Citation(FOIA, "552(a)(6)(A)(ii)(I)")
_FEE_TOLL = Citation(FOIA, "552(a)(6)(A)(ii)(II)")
_UNUSUAL = Citation(FOIA, "552(a)(6)(B)(i)")
_START = Citation(FOIA, "552(a)(6)(A)(ii)", note="commencement")
_APPEAL = Citation(FOIA, "552(a)(6)(A)(ii)", note="appeals")
_EXPEDITION = Citation(FOIA, "552(a)(6)(E)(ii)(I)")
_APPEAL_WINDOW = Citation(FOIA, "552(a)(6)(A)(i)(III)(aa)")

REPLY_LIMIT = WorkingDays(20)
"""20 days excepting Saturdays, Sundays and legal public holidays, § 552(a)(6)(A)(i)."""
UNUSUAL_CIRCUMSTANCES = WorkingDays(10)
"""No notice may extend the time "for more than ten working days", § 552(a)(6)(B)(i)."""
ROUTING_WINDOW = 10
"""The period starts no later than ten days after a designated component first received
the request, § 552(a)(6)(A)(ii); the unit is :attr:`ClockPolicy.routing_unit`."""
EXPEDITION_LIMIT = CalendarDays(10)
"""A decision on expedited processing "within 10 days after the date of the request",
§ 552(a)(6)(E)(ii)(I): calendar days, as the DOJ report counts them ("ten calendar days",
``AdjudicationWithinTenDaysQuantity`` in ``FoiaAnnualReportExtensions.xsd``, [CODE])."""
APPEAL_WINDOW = CalendarDays(90)
"""The requester may appeal for "not less than 90 days after the date of such adverse
determination", § 552(a)(6)(A)(i)(III)(aa) (calendar days, our reading [INFERENCE]:
"90 days" has no exception clause)."""


def _check_unit(instance: object, attribute: attrs.Attribute[Unit], value: object) -> None:
    if not isinstance(value, Unit):
        msg = "must be a Unit (WORKING_DAYS or CALENDAR_DAYS)"
        raise InvalidInputError(msg, field=attribute.name, value=value)


@attrs.frozen
class ClockPolicy:
    """Readings of § 552(a)(6) where the text is silent; each is a policy.

    Attributes:
        routing_unit: The unit of the "ten days" after first receipt by a
            designated component within which the period must start. Default
            working days (the same sentence counts the 20 days in working days):
            [INFERENCE], no DOJ statement found.
        toll_includes_start: Whether the day the agency asked for information
            (or sent its fee notice) is tolled too. Default ``False``: the days
            ``S < d <= E`` are left out ([UNVERIFIED]; the text does not say).

    >>> ClockPolicy().routing_unit, ClockPolicy().toll_includes_start
    (<Unit.WORKING_DAYS: 'working_days'>, False)
    """

    routing_unit: Unit = attrs.field(default=Unit.WORKING_DAYS, validator=_check_unit)
    toll_includes_start: bool = attrs.field(default=False, validator=instance_of(bool))


DEFAULT_CLOCK_POLICY = ClockPolicy()
"""The defaults of :class:`ClockPolicy`, listed on docs/policies.md."""


@functools.lru_cache(maxsize=8)
def clock_rules(policy: ClockPolicy = DEFAULT_CLOCK_POLICY) -> ClockRules:
    """The :class:`~govdisclosure.deadlines.ClockRules` of § 552(a)(6) under ``policy``.

    >>> r = clock_rules()
    >>> r.limit, r.max_extension, r.correction_toll.max_uses, r.fee.max_uses
    (WorkingDays(20), WorkingDays(10), 1, None)
    """
    no_toll = PauseRule(stops_clock=False, citation=_NO_TOLL)
    start = policy.toll_includes_start
    if policy.routing_unit is Unit.WORKING_DAYS:
        routing = StartRule(_START, within=WorkingDays(ROUTING_WINDOW))
    else:
        routing = StartRule(_START, within_days=CalendarDays(ROUTING_WINDOW))
    return ClockRules(
        name="FOIA",
        limit=REPLY_LIMIT,
        limit_citation=_LIMIT,
        max_extension=UNUSUAL_CIRCUMSTANCES,
        extension_citation=_UNUSUAL,
        restart_citation=_INFO_TOLL,
        third_party=no_toll,
        other_organ=no_toll,
        fee=PauseRule(stops_clock=True, citation=_FEE_TOLL, include_start=start),
        correction_toll=PauseRule(
            stops_clock=True, citation=_INFO_TOLL, include_start=start, max_uses=1
        ),
        start_rule=routing,
    )


REPLY_RULES = clock_rules()
"""The reply clock's rules under the default policy."""

APPEAL_RULES = ClockRules(
    name="FOIA appeal",
    limit=REPLY_LIMIT,
    limit_citation=_APPEAL,
    max_extension=UNUSUAL_CIRCUMSTANCES,
    extension_citation=_UNUSUAL,
    restart_citation=_APPEAL,
    third_party=PauseRule(stops_clock=False, citation=_APPEAL),
    other_organ=PauseRule(stops_clock=False, citation=_APPEAL),
    fee=PauseRule(stops_clock=False, citation=_APPEAL),
    correction_toll=PauseRule(stops_clock=False, citation=_APPEAL),
)
"""An appeal: 20 working days after its receipt, extendable under § 552(a)(6)(B)(i); the tolls
of (A)(ii)(I)-(II) are for the request's 20-day period, not the appeal's, so nothing stops it."""

EXPEDITION_RULES = ClockRules(
    name="FOIA expedited processing",
    limit=WorkingDays(EXPEDITION_LIMIT.days),  # counted on a calendar where every day counts
    limit_citation=_EXPEDITION,
    max_extension=WorkingDays(0),
    extension_citation=_EXPEDITION,
    restart_citation=_EXPEDITION,
    third_party=PauseRule(stops_clock=False, citation=_EXPEDITION),
    other_organ=PauseRule(stops_clock=False, citation=_EXPEDITION),
    fee=PauseRule(stops_clock=False, citation=_EXPEDITION),
    correction_toll=PauseRule(stops_clock=False, citation=_EXPEDITION),
)
"""The decision on expedited processing: ten calendar days from the date of the request."""

register_rules("us.foia", REPLY_RULES)
register_rules("us.foia-appeal", APPEAL_RULES)
register_rules("us.foia-expedition", EXPEDITION_RULES)


def _request(value: object, field: str = "request") -> Request:
    if not isinstance(value, Request):
        msg = "must be a Request"
        raise InvalidInputError(msg, field=field, value=value)
    return value


def _calendar(value: object) -> WorkCalendar:
    if value is None:
        return federal_calendar()
    if not isinstance(value, WorkCalendar):
        msg = "must be a WorkCalendar or None"
        raise InvalidInputError(msg, field="calendar", value=value)
    return value


def reply_deadline(
    request: Request,
    *,
    calendar: WorkCalendar | None = None,
    policy: ClockPolicy = DEFAULT_CLOCK_POLICY,
) -> Deadline:
    """When the determination on ``request`` is due under § 552(a)(6), and how.

    Args:
        request: The request (``received``: first receipt by a component
            designated to receive requests) and its event log.
        calendar: The working-day calendar; by default the federal one outside
            the Inauguration Day area (``calendar(dc_area=True)`` for an office
            inside it).
        policy: Our readings where the text is silent (:class:`ClockPolicy`).

    Raises:
        InvalidInputError: not a Request, a calendar or a policy.
        TimelineError: an extension of more than ten working days, or a second one.
        CalendarNotPublishedError: the count runs past the calendar's range.

    A second request for information does not toll:

    >>> from datetime import date
    >>> from govdisclosure.requests import (Applicant, ApplicantKind, CorrectionReceived,
    ...     CorrectionRequested, Request)
    >>> ev = (CorrectionRequested(on=date(2026, 3, 3)), CorrectionReceived(on=date(2026, 3, 5)),
    ...       CorrectionRequested(on=date(2026, 3, 9)), CorrectionReceived(on=date(2026, 3, 20)))
    >>> d = reply_deadline(Request(id="c", received=date(2026, 3, 2), events=ev,
    ...                            applicant=Applicant(kind=ApplicantKind.NATURAL_PERSON)))
    >>> d.due, d.paused, [f.kind.value for f in d.findings]
    (datetime.date(2026, 4, 1), WorkingDays(2), ['pause_limit_reached'])
    """
    req = _request(request)
    chosen: object = policy
    if not isinstance(chosen, ClockPolicy):
        msg = "must be a ClockPolicy"
        raise InvalidInputError(msg, field="policy", value=chosen)
    return compute_deadline(req, clock_rules(chosen), _calendar(calendar))


def appeal_deadline(appeal: Request, *, calendar: WorkCalendar | None = None) -> Deadline:
    """When the decision on an administrative appeal is due: 20 working days after its receipt.

    The appeal is a request of its own (``received``: the day the agency
    received the appeal), extendable by ten working days (§ 552(a)(6)(B)(i)).

    >>> from datetime import date
    >>> from govdisclosure.requests import Applicant, ApplicantKind, Request
    >>> a = Request(id="ap", received=date(2025, 12, 22),
    ...             applicant=Applicant(kind=ApplicantKind.NATURAL_PERSON))
    >>> appeal_deadline(a).due      # skips 12-24, 12-25, 12-26, 1-1, 1-19
    datetime.date(2026, 1, 26)
    """
    return compute_deadline(_request(appeal, "appeal"), APPEAL_RULES, _calendar(calendar))


def expedition_deadline(
    request: Request, *, decided: date | None = None, calendar: WorkCalendar | None = None
) -> Deadline:
    """When the decision on expedited processing is due: ten calendar days after the request.

    The days run from "the date of the request" (``request.received``), not
    from its receipt by the appropriate component. ``decided`` is the day the
    determination was notified; the :class:`~govdisclosure.deadlines.Deadline`
    judges it as a reply.

    >>> from datetime import date
    >>> from govdisclosure.requests import Applicant, ApplicantKind, Request
    >>> r = Request(id="x", received=date(2026, 3, 6),
    ...             applicant=Applicant(kind=ApplicantKind.NATURAL_PERSON))
    >>> d = expedition_deadline(r, decided=date(2026, 3, 17))
    >>> d.due, d.replied_on_time      # 16 March is the tenth day; the 17th is late
    (datetime.date(2026, 3, 16), False)
    """
    req = _request(request)
    if decided is not None and type(decided) is not date:
        msg = "must be a datetime.date or None"
        raise InvalidInputError(msg, field="decided", value=decided)
    events = () if decided is None else (Replied(on=decided),)
    probe = Request(
        id=req.id,
        received=req.received,
        applicant=Applicant(kind=ApplicantKind.NATURAL_PERSON),
        events=events,
    )
    return compute_deadline(probe, EXPEDITION_RULES, every_day(_calendar(calendar)))


def appeal_window_end(
    determination: date,
    *,
    days: CalendarDays = APPEAL_WINDOW,
    calendar: WorkCalendar | None = None,
) -> date:
    """The last day the requester may appeal an adverse determination made on ``determination``.

    The agency sets the period, but not below 90 days after the determination
    (§ 552(a)(6)(A)(i)(III)(aa)); a shorter ``days`` is refused.

    >>> from datetime import date
    >>> appeal_window_end(date(2026, 3, 2))
    datetime.date(2026, 5, 31)
    >>> appeal_window_end(date(2026, 3, 2), days=CalendarDays(60))
    Traceback (most recent call last):
    ...
    govdisclosure.errors.InvalidInputError: days: the law allows no fewer than 90 days ...
    """
    given: object = days
    if not isinstance(given, CalendarDays):
        msg = "must be CalendarDays"
        raise InvalidInputError(msg, field="days", value=given)
    if given.days < APPEAL_WINDOW.days:
        msg = f"the law allows no fewer than {APPEAL_WINDOW.days} days (cited: {_APPEAL_WINDOW})"
        raise InvalidInputError(msg, field="days", value=given)
    return window_end(determination, given, _calendar(calendar))
