"""An independent, day-by-day reference for the US FOIA reply clock, for tests only.

Written from the law (``shared/spec/us-uk-foi.md`` §A2 and §A6) and the issue's
contract, without reading the library's US clock or calendar or the generic
engine's internals. It shares no code with ``govdisclosure``: it reads the
public input model (:class:`govdisclosure.requests.Request` and its events) and
nothing else. It walks the calendar one day at a time from the date of receipt,
as a clerk with a wall calendar would, keeping a count.

Conventions (each with the section of the spec it comes from):

* **Working day** (§A2.1, §A6): Monday to Friday, except the legal public
  holidays of 5 U.S.C. § 6103(a) on their observed days (Saturday → the Friday
  before, Sunday → the Monday after, §6103(b); New Year's Day on a Saturday is
  observed on 31 December of the year before; Juneteenth from 2021), and except
  the days executive departments were closed by executive order (§A6.3, full
  days only: a half-day closure is a working day, §A6.3 "treat as a working day
  by default"). Inauguration Day (§6103(c), 20 January every fourth year after
  1965, Sunday → Monday, no Saturday shift, §A6.2) is a holiday only with
  ``dc_area=True``. The §6103(a)/(b) days come from the ``holidays`` package
  (``holidays.US(categories=("government",))``, which also lists the §A6.3
  closures); the closure list is also written out below from the spec table,
  and the two are checked against each other in the tests.
* **Day 0** (§A2.2, "Counting convention"): the date of receipt; day 1 is the
  first working day strictly after it; the reply is due on the day the count
  reaches the limit of **20** (§A2.1, (a)(6)(A)(i)).
* **Start** (§A2.2, (a)(6)(A)(ii) last sentences): ``request.received`` is the
  first receipt by a designated component. A ``Routed`` event records receipt
  by the appropriate component; the count then runs from
  ``min(routed.on, the 10th working day after request.received)`` ("not later
  than ten days", read as working days, §A2.2 [INFERENCE]). Only the first
  ``Routed`` event matters ("first received by the appropriate component").
  Without one, day 0 is ``request.received``.
* **Tolls** (§A2.3, (a)(6)(A)(ii)(I)-(II)): a toll from ``S`` (the event that
  opens it) to ``E`` (the event that ends it) stops the working days ``d`` with
  ``S < d <= E``: a day is counted only when no toll was open at the end of the
  day before. Overlapping tolls stop a day once. The information toll is the
  *first* ``CorrectionRequested`` of the log up to its ``CorrectionReceived``;
  a later ``CorrectionRequested`` tolls nothing ("one request"), and a
  ``CorrectionReceived`` with no tolling request open changes nothing (the US
  has no restart, §A2.3 "a pause, not a restart"). The fee toll is every
  ``FeeNoticeIssued`` up to its ``FeePaid``, any number of times.
* **A toll after the due date** changes nothing; this needs no rule of its own
  in a walk: once the count has reached the limit no day is counted, and an
  extension granted later is too late. A toll that starts *on* the due date
  stops nothing either, unless an extension granted that same day reopens the
  count (then the toll stops the days after it, like any toll).
* **Open toll** (§A2.3; issue): if a toll is still open at the end of the log and
  the count has not reached the limit, the due date is unknown (``due is
  None``); a reply then is ``undetermined``, never guessed on time.
* **Extension** (§A2.4, (a)(6)(B)(i)): ``ExtensionGranted(days=k)`` with
  ``k <= 10`` adds ``k`` to the limit when granted on or before the due date as
  it stands that day (tolls included; on a day when the count has not reached
  the limit, or on the very day it reached it). Granted later, it changes
  nothing. ``k > 10`` raises :class:`RefTimelineError` (whenever granted). A
  second extension raises too (the statute caps "an extension" at ten working
  days; the library's public docs say a second extension raises; the issue is
  silent, so the property tests keep to one).
* **Events of a day** are applied after the day itself is counted, in log order.
* **Status on a day** (issue; ``Deadline.status``): computed from the events
  dated on or before that day only. A reply: ``replied_on_time`` (on or before
  the due date), ``replied_late``, or ``undetermined`` (no due date). A
  withdrawal: ``closed``. Otherwise ``paused`` while an open toll leaves the due
  date unknown, ``overdue`` after the due date, else ``running``.
* **Days late**: the working days ``d`` with ``due < d <= day`` (overdue) or
  ``due < d <= reply`` (late reply); ``None`` when undetermined; else 0.

The calendar covers ``FIRST``..``LAST`` (no EO closure has been announced for
2027 as of the spec; the 2027 §6103 days come from the rules). Asking about a
day outside raises :class:`RefNotCoveredError` (fail closed, never a guess).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import attrs
import holidays

from govdisclosure.requests import (
    CorrectionReceived,
    CorrectionRequested,
    ExtensionGranted,
    FeeNoticeIssued,
    FeePaid,
    Replied,
    Request,
    Routed,
    Withdrawn,
)

ONE_DAY = timedelta(days=1)
FIRST = date(2000, 1, 1)
LAST = date(2027, 12, 31)

LIMIT = 20
"""§A2.1, 5 U.S.C. § 552(a)(6)(A)(i): "within 20 days (excepting Saturdays, Sundays, and legal
public holidays)"."""
ROUTING_CAP = 10
"""§A2.2, (a)(6)(A)(ii): "not later than ten days after the request is first received by any
[designated] component" (read as working days, [INFERENCE])."""
MAX_EXTENSION = 10
"""§A2.4, (a)(6)(B)(i): "more than ten working days" is not allowed."""

# §A6.3, the spec's table of executive-order closures: (date, EO, half-day?).
CLOSURES: tuple[tuple[date, str, bool], ...] = (
    (date(2001, 12, 24), "EO 13238", False),
    (date(2002, 12, 24), "EO 13281", True),
    (date(2003, 12, 26), "EO 13320", False),
    (date(2004, 6, 11), "EO 13343", False),
    (date(2007, 1, 2), "EO 13421", False),
    (date(2007, 12, 24), "EO 13453", False),
    (date(2008, 12, 26), "EO 13482", False),
    (date(2009, 12, 24), "EO 13523", True),
    (date(2012, 12, 24), "EO 13633", False),
    (date(2014, 12, 26), "EO 13682", False),
    (date(2015, 12, 24), "EO 13713", True),
    (date(2018, 12, 5), "EO 13852", False),
    (date(2018, 12, 24), "EO 13854", False),
    (date(2019, 12, 24), "EO 13900", False),
    (date(2020, 12, 24), "EO 13965", False),
    (date(2024, 12, 24), "EO 14129", False),
    (date(2025, 1, 9), "EO 14133", False),
    (date(2025, 12, 24), "EO 14371", False),
    (date(2025, 12, 26), "EO 14371", False),
)
FULL_CLOSURES = frozenset(d for d, _, half in CLOSURES if not half)
HALF_DAYS = frozenset(d for d, _, half in CLOSURES if half)


class RefNotCoveredError(LookupError):
    """The reference was asked about a day outside its calendar."""


class RefTimelineError(ValueError):
    """The timeline breaks the contract (an extension over ten days, or a second one)."""


def inauguration_days(years: range) -> frozenset[date]:
    """§A6.2, 5 U.S.C. § 6103(c): 20 January of each fourth year after 1965; Sunday → Monday."""
    found = set()
    for y in years:
        if y > 1965 and (y - 1965) % 4 == 0:
            d = date(y, 1, 20)
            if d.weekday() == 6:
                d += ONE_DAY
            found.add(d)
    return frozenset(found)


class RefCalendar:
    """Working days as in §A6: Mon-Fri minus §6103(a)/(b) days and full-day EO closures."""

    def __init__(self, *, dc_area: bool = False, first: date = FIRST, last: date = LAST) -> None:
        self.first = first
        self.last = last
        years = range(first.year - 1, last.year + 2)
        government = holidays.US(categories=("government",), years=years)
        rest = {d for d in government if d not in HALF_DAYS} | FULL_CLOSURES
        if dc_area:
            rest |= inauguration_days(years)
        self.rest = frozenset(rest)

    def is_workday(self, d: date) -> bool:
        if not self.first <= d <= self.last:
            msg = f"{d} is outside the reference calendar {self.first}..{self.last}"
            raise RefNotCoveredError(msg)
        return d.weekday() < 5 and d not in self.rest

    def workdays_after(self, start: date, end: date) -> int:
        """The working days d with start < d <= end, one at a time."""
        n = 0
        d = start + ONE_DAY
        while d <= end:
            n += self.is_workday(d)
            d += ONE_DAY
        return n


@dataclass(frozen=True)
class RefDeadline:
    """What the walk found: day 0, the due date (or None), how the request ended."""

    start: date
    due: date | None
    limit: int
    replied: date | None
    withdrawn: bool
    paused: bool
    """A toll is open at the end of the log while the count is short of the limit."""

    @property
    def replied_on_time(self) -> bool | None:
        if self.replied is None or self.due is None:
            return None
        return self.replied <= self.due


def start_day(request: Request, cal: RefCalendar) -> date:
    """§A2.2: day 0 (receipt by the appropriate component, capped at 10 working days)."""
    routed = next((e.on for e in request.events if isinstance(e, Routed)), None)
    if routed is None:
        return request.received
    count = 0
    d = request.received
    while d < routed:
        d += ONE_DAY
        if cal.is_workday(d):
            count += 1
            if count == ROUTING_CAP:
                return d  # the cap: the 10th working day after first receipt
    return routed


def reference(request: Request, cal: RefCalendar) -> RefDeadline:
    """Walk the days from receipt, one at a time, and find the due date."""
    events = request.events
    last_event = events[-1].on if events else request.received
    start = start_day(request, cal)
    limit = LIMIT
    count = 0
    reached_on: date | None = None
    correction_toll = False  # the first information request, awaiting its answer
    correction_used = False
    fee_toll = False
    extended = False
    replied: date | None = None
    withdrawn = False
    stopped = False  # a toll was open at the end of the day before
    i = 0
    d = request.received
    while True:
        if d > start and not stopped and count < limit and cal.is_workday(d):
            count += 1
            if count == limit:
                reached_on = d
        while i < len(events) and events[i].on == d:
            e = events[i]
            i += 1
            if isinstance(e, CorrectionRequested):
                if not correction_used:
                    correction_used = True
                    correction_toll = True
            elif isinstance(e, CorrectionReceived):
                correction_toll = False
            elif isinstance(e, FeeNoticeIssued):
                fee_toll = True
            elif isinstance(e, FeePaid):
                fee_toll = False
            elif isinstance(e, ExtensionGranted):
                k = e.days.days
                if k > MAX_EXTENSION:
                    msg = f"an extension of {k} working days is more than {MAX_EXTENSION}"
                    raise RefTimelineError(msg)
                if extended:
                    msg = "a second extension"
                    raise RefTimelineError(msg)
                extended = True
                if count < limit or reached_on == d:
                    limit += k
                    reached_on = None
            elif isinstance(e, Replied):
                replied = e.on
            elif isinstance(e, Withdrawn):
                withdrawn = True
        stopped = correction_toll or fee_toll
        if d >= last_event:
            if count >= limit:
                return RefDeadline(start, reached_on, limit, replied, withdrawn, paused=False)
            if stopped:
                return RefDeadline(start, None, limit, replied, withdrawn, paused=True)
        d += ONE_DAY


def as_of(request: Request, on: date) -> Request:
    """The request with only the events dated on or before ``on``."""
    kept = tuple(e for e in request.events if e.on <= on)
    return attrs.evolve(request, events=kept)


def status(request: Request, on: date, cal: RefCalendar) -> str:
    """The status on ``on`` (a ``DeadlineStatus`` value), from the events up to ``on``."""
    ref = reference(as_of(request, on), cal)
    if ref.replied is not None:
        if ref.due is None:
            return "undetermined"
        return "replied_on_time" if ref.replied <= ref.due else "replied_late"
    if ref.withdrawn:
        return "closed"
    if ref.paused:
        return "paused"
    if ref.due is not None and on > ref.due:
        return "overdue"
    return "running"


def days_late(request: Request, on: date, cal: RefCalendar) -> int | None:
    """Working days late on ``on``: after the due date up to ``on`` or to the reply."""
    state = status(request, on, cal)
    ref = reference(as_of(request, on), cal)
    if state == "undetermined":
        return None
    if state == "overdue" and ref.due is not None:
        return cal.workdays_after(ref.due, on)
    if state == "replied_late" and ref.due is not None and ref.replied is not None:
        return cal.workdays_after(ref.due, ref.replied)
    return 0
