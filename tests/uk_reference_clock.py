"""An independent, day-by-day reference for the UK reply clocks, for tests only.

Written from the spec (``shared/spec/us-uk-foi.md`` Part B) without the library's clock,
calendar or engine: it reads the public input model (``Request`` and its events) and a
plain set of holiday dates written out below, and walks the calendar one day at a time,
as a clerk with a wall calendar would.

Conventions (spec section in brackets; "our policy" marks the library's documented
defaults, which the reference follows):

* **Working day** (§B2.2, §B5, §B6): Monday to Friday, except the holidays of the set.
  FOIA and the EIR: a bank holiday in any part of the UK (``UK_ALL``); FOISA: Scotland's
  (``SCOTLAND``). The sets cover 2024-2027 and were written from the published bank
  holiday lists (gov.uk), including 15 June 2026 (Scotland). A day outside raises
  :class:`RefNotCoveredError`.
* **Day 0** (§B2.3): the day of receipt, working day or not; day 1 is the first working
  day after it. The reply is due on the day the count reaches 20.
* **Clarification** (§B2.4): a clarification asked for on or before the due date stops
  the clock; when it is received, that day is the new day 0 and the count starts again
  from 20, any earlier extension going with the old count. One asked for after the due
  date changes nothing (nor does its answer). A clarification received with none asked
  for restarts the count too, unless it came after the due date.
* **Fees notice** (§B2.5, s.10(2); FOISA likewise; the EIR not, our policy): the working
  days ``d`` with ``S <= d <= E`` (notice day to payment day, both included) are not
  counted; a notice given after the due date changes nothing; while unpaid, the due date
  is unknown. FOIA s.9(2) (and FOISA, our policy): unpaid through the last day of the
  three months beginning with the notice day (the day before the same date three months
  on, or the last day of that month where it has no such date), the request lapses the
  day after: a ``FeeLapsed`` then; a payment or anything else dated after that last day
  raises :class:`RefTimelineError`. A ``FeeLapsed`` recorded in the log ends the request.
* **Extension** (§B2.6, §B4, §B5): FOIA: any number, at most 20 working days in all
  (our policy), more raises; EIR: one, at most 20 (40 in all), more or a second raises;
  FOISA: any extension raises. An extension counts when granted on or before the due
  date as it stands (or while no due date is known), adding its days to the count.
* **Status on a day**: from the events dated up to that day: a reply is on time, late, or
  undetermined (no due date); a withdrawal or lapse is closed; then awaiting a
  clarification; then overdue (after the due date); then paused (the day is within a fee
  interval); else running.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from govdisclosure.requests import (
    CorrectionReceived,
    CorrectionRequested,
    ExtensionGranted,
    FeeLapsed,
    FeeNoticeIssued,
    FeePaid,
    Replied,
    Request,
    Withdrawn,
)

FIRST, LAST = date(2024, 1, 1), date(2027, 12, 31)
ONE = timedelta(days=1)


def _d(*days: str) -> frozenset[date]:
    return frozenset(date.fromisoformat(x) for x in days)


ENGLAND_WALES = _d(
    "2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26",
    "2024-12-25", "2024-12-26",
    "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25",
    "2025-12-25", "2025-12-26",
    "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31",
    "2026-12-25", "2026-12-28",
    "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30",
    "2027-12-27", "2027-12-28",
)  # fmt: skip
SCOTLAND = _d(
    "2024-01-01", "2024-01-02", "2024-03-29", "2024-05-06", "2024-05-27", "2024-08-05",
    "2024-12-02", "2024-12-25", "2024-12-26",
    "2025-01-01", "2025-01-02", "2025-04-18", "2025-05-05", "2025-05-26", "2025-08-04",
    "2025-12-01", "2025-12-25", "2025-12-26",
    "2026-01-01", "2026-01-02", "2026-04-03", "2026-05-04", "2026-05-25", "2026-06-15",
    "2026-08-03", "2026-11-30", "2026-12-25", "2026-12-28",
    "2027-01-01", "2027-01-04", "2027-03-26", "2027-05-03", "2027-05-31", "2027-08-02",
    "2027-11-30", "2027-12-27", "2027-12-28",
)  # fmt: skip
NORTHERN_IRELAND = ENGLAND_WALES | _d(
    "2024-03-18", "2024-07-12", "2025-03-17", "2025-07-14",
    "2026-03-17", "2026-07-13", "2027-03-17", "2027-07-12",
)  # fmt: skip
UK_ALL = ENGLAND_WALES | SCOTLAND | NORTHERN_IRELAND


class RefNotCoveredError(Exception):
    """A day outside the reference calendar was needed."""


class RefTimelineError(Exception):
    """The log asks for something the law does not allow (an extension too long, ...)."""


@dataclass
class _Interval:
    start: date
    end: date | None = None
    kind: str = "fee"  # or "clarification" (a pause, with the other reading of §B2.4)
    with_start: bool = True  # whether the start day is left out too


@dataclass
class _State:
    holidays: frozenset[date]
    day0: date
    limit: int = 20
    added: int = 0  # extension days in effect
    extensions: int = 0  # extension events seen
    intervals: list[_Interval] = field(default_factory=list)
    awaiting: bool = False
    void: bool = False
    concluded: object = None

    def working(self, d: date) -> bool:
        if not FIRST <= d <= LAST:
            raise RefNotCoveredError(d)
        return d.weekday() < 5 and d not in self.holidays

    include_notice_day: bool = True

    def disregarded(self, d: date) -> bool:
        return any(self._within(i, d) for i in self.intervals)

    def _within(self, i: _Interval, d: date) -> bool:
        after = i.start <= d if i.with_start else i.start < d
        return after and (i.end is None or d <= i.end)

    def due(self) -> date | None:
        """The day the count reaches the limit, from what has happened so far."""
        if self.awaiting:
            return None
        counted, d = 0, self.day0
        while True:
            d += ONE
            if any(i.end is None and self._within(i, d) for i in self.intervals):
                return None
            if self.working(d) and not self.disregarded(d):
                counted += 1
                if counted == self.limit + self.added:
                    return d


def last_day_to_pay(notice: date) -> date:
    """The last day of three months beginning with the notice day."""
    later = notice + relativedelta(months=3)
    return later if later.day != notice.day else later - ONE


@dataclass
class RefResult:
    due: date | None
    concluded: object
    state: _State


def reference(
    request: Request,
    act: str,
    *,
    include_notice_day: bool = True,
    pit_cap: int | None = 20,
    restart: bool = True,
) -> RefResult:
    """The due date of ``request`` under ``act`` (``"foia"``, ``"eir"``, ``"foisa"``).

    ``include_notice_day=False``: the fee interval leaves out ``S < d <= E`` only, and a
    notice given on the due date changes nothing. ``pit_cap=None``: FOIA extensions have
    no maximum. ``restart=False``: a clarification is a pause of the working days after
    the asking to the answer (``S < d <= E``), any number of times; asked on or after the
    due date, it changes nothing; an answer with no asking changes nothing.
    """
    holidays = SCOTLAND if act == "foisa" else UK_ALL
    s = _State(holidays, request.received, include_notice_day=include_notice_day)
    fee_pauses = act != "eir"
    lapses = act != "eir"
    events = list(request.events)
    unpaid: date | None = None  # the last day to pay an open fee notice
    for e in events:
        if unpaid is not None and e.on > unpaid and not isinstance(e, FeeLapsed):
            msg = f"{e!r} after the fee lapsed"
            raise RefTimelineError(msg)
        if isinstance(e, FeeNoticeIssued):
            unpaid = last_day_to_pay(e.on) if lapses else None
            if fee_pauses:
                now = s.due()
                if now is None or e.on < now or (include_notice_day and e.on == now):
                    s.intervals.append(_Interval(e.on, with_start=include_notice_day))
        elif isinstance(e, FeePaid):
            unpaid = None
            for i in s.intervals:
                if i.end is None and i.kind == "fee":
                    i.end = e.on
                    break
        elif isinstance(e, CorrectionRequested) and not restart:
            now = s.due()
            if now is None or e.on < now:
                s.intervals.append(_Interval(e.on, kind="clarification", with_start=False))
        elif isinstance(e, CorrectionReceived) and not restart:
            for i in s.intervals:
                if i.end is None and i.kind == "clarification":
                    i.end = e.on
                    break
        elif isinstance(e, CorrectionRequested):
            now = s.due()
            if now is not None and e.on > now:
                s.void = True
            else:
                s.awaiting = True
        elif isinstance(e, CorrectionReceived):
            if s.void:
                s.void = False
                continue
            if not s.awaiting:
                now = s.due()
                if now is not None and e.on > now:
                    continue
            s.awaiting = False
            s.day0, s.added = e.on, 0
        elif isinstance(e, ExtensionGranted):
            k = e.days.days
            s.extensions += 1
            refused = (
                "FOISA allows no extension"
                if act == "foisa"
                else "the EIR allow one extension"
                if act == "eir" and s.extensions > 1
                else "more than 20 further working days"
                if (act != "foia" or pit_cap is not None) and s.added + k > (pit_cap or 20)
                else ""
            )
            if refused:
                raise RefTimelineError(refused)
            now = s.due()
            if now is None or e.on <= now:
                s.added += k
        elif isinstance(e, (Replied, Withdrawn, FeeLapsed)):
            s.concluded = e
            unpaid = None
    if unpaid is not None:
        s.concluded = FeeLapsed(on=unpaid + ONE)
    return RefResult(s.due(), s.concluded, s)


def status(request: Request, act: str, on: date) -> str:  # noqa: PLR0911 - one per status
    """The status on ``on``, from the events dated up to that day."""
    seen = Request(
        id=request.id,
        received=request.received,
        applicant=request.applicant,
        events=tuple(e for e in request.events if e.on <= on),
    )
    r = reference(seen, act)
    end = r.concluded
    if end is not None and end.on <= on:  # type: ignore[attr-defined]
        if isinstance(end, Replied):
            if r.due is None:
                return "undetermined"
            return "replied_on_time" if end.on <= r.due else "replied_late"
        return "closed"
    if r.state.awaiting:
        return "awaiting_correction"
    if r.due is not None and on > r.due:
        return "overdue"
    if r.state.disregarded(on):
        return "paused"
    return "running"
