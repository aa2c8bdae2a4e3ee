"""An independent, day-by-day reference implementation of the reply clock, for tests only.

It shares no code with ``govdisclosure.deadlines``: it walks the calendar one
day at a time from the date of receipt, as a person with a wall calendar
would, and applies the rules of the issue literally:

* a day ``d`` counts when it is a working day, no pause was open at the end of
  the day before (so a pause from S to E stops the days S < d <= E), no
  correction is awaited, and the limit has not been reached yet;
* the events of day ``d`` are applied after day ``d`` is counted, in log order;
* a corrected application received on R starts the count again at 0 from R,
  with the limit as the rules set it (an earlier extension or delay is void);
* an extension granted on a day when the limit has not yet been reached, or
  on the very day it is reached, adds its days; later, it changes nothing;
* a delayed date fixes the due date, whenever it is set (the latest one
  wins; a restart voids it);
* when a pause is still open or a correction still awaited at the end of the
  log, there is no due date (unless a delayed date was fixed while paused).

Also a strategy that builds random, valid request timelines, with a state
machine that emits only events that can happen next.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from hypothesis import strategies as st

from govdisclosure.calendar import WorkCalendar
from govdisclosure.law import WorkingDays
from govdisclosure.requests import (
    Applicant,
    ApplicantKind,
    ConsultationEnded,
    ConsultationParty,
    ConsultationStarted,
    CorrectionLapsed,
    CorrectionReceived,
    CorrectionRequested,
    DelaySet,
    Event,
    ExtensionGranted,
    FeeLapsed,
    FeeNoticeIssued,
    FeePaid,
    Replied,
    Request,
    Withdrawn,
)

ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class RefRules:
    limit: int
    max_extension: int
    third_party_pauses: bool = True
    other_organ_pauses: bool = True
    fee_pauses: bool = True
    delay_allowed: bool = True


def _stops(rules: RefRules, event: Event) -> bool:
    if isinstance(event, (ConsultationStarted, ConsultationEnded)):
        if event.party is ConsultationParty.THIRD_PARTY:
            return rules.third_party_pauses
        return rules.other_organ_pauses
    return rules.fee_pauses


def reference_due(request: Request, rules: RefRules, cal: WorkCalendar) -> date | None:
    """The due date by walking day by day; ``None`` while paused or awaiting a correction."""
    by_day: dict[date, list[Event]] = {}
    for e in request.events:
        by_day.setdefault(e.on, []).append(e)
    last_event = request.events[-1].on if request.events else request.received

    count = 0
    limit = rules.limit
    due: date | None = None
    fixed: date | None = None
    open_pauses = 0
    awaiting = False

    def apply(day: date) -> None:
        nonlocal count, limit, due, fixed, open_pauses, awaiting
        for e in by_day.get(day, []):
            if isinstance(e, CorrectionRequested):
                awaiting = True
            elif isinstance(e, CorrectionReceived):
                awaiting = False
                count = 0
                limit = rules.limit
                due = None
                fixed = None
            elif isinstance(e, (ConsultationStarted, FeeNoticeIssued)):
                if _stops(rules, e):
                    open_pauses += 1
            elif isinstance(e, (ConsultationEnded, FeePaid)):
                if _stops(rules, e):
                    open_pauses -= 1
            elif isinstance(e, ExtensionGranted):
                if fixed is None and (due is None or due == day):
                    limit += e.days.days
                    if due == day:
                        due = None  # the count is below the new limit again
            elif isinstance(e, DelaySet) and rules.delay_allowed:
                fixed = e.until  # fixes the due date, whenever set (issue 3)

    day = request.received
    apply(day)
    while True:
        if day >= last_event and (due is not None or awaiting or open_pauses):
            break
        day += ONE_DAY
        if due is None and not awaiting and not open_pauses and cal.is_workday(day):
            count += 1
            if count == limit:
                due = day
        apply(day)
    if awaiting:
        return None
    if fixed is not None:
        return fixed
    return due


# -- random valid timelines -----------------------------------------------------------------

_PARTY = {"tp": ConsultationParty.THIRD_PARTY, "oo": ConsultationParty.OTHER_ORGAN}


@st.composite
def timelines(
    draw: st.DrawFn,
    received: st.SearchStrategy[date],
    *,
    max_extension: int = 20,
    max_ops: int = 8,
    max_gap: int = 12,
) -> Request:
    """A random request whose log can happen: each event is one that may come next."""
    on = draw(received)
    start = on
    events: list[Event] = []
    awaiting = False
    fee_open = False
    open_count = {ConsultationParty.THIRD_PARTY: 0, ConsultationParty.OTHER_ORGAN: 0}
    extended = False
    for _ in range(draw(st.integers(0, max_ops))):
        on += timedelta(days=draw(st.integers(0, max_gap)))
        # Only events that can come next; closing ones twice, concluding ones now and then.
        ops = ["tp_start", "oo_start", "delay"]
        ops += [] if awaiting else ["corr_req"]
        ops += ["corr_recv", "corr_recv"] if awaiting else []
        ops += ["tp_end", "tp_end"] if open_count[ConsultationParty.THIRD_PARTY] else []
        ops += ["oo_end", "oo_end"] if open_count[ConsultationParty.OTHER_ORGAN] else []
        ops += ["fee_paid", "fee_paid"] if fee_open else ["fee_notice"]
        ops += [] if extended else ["ext"]
        if draw(st.integers(0, 5)) == 0:
            ops += ["reply", "withdraw"] + (["corr_lapse"] if awaiting else [])
            ops += ["fee_lapse"] if fee_open else []
        op = draw(st.sampled_from(ops))
        e: Event
        if op == "corr_req":
            e = CorrectionRequested(on=on)
            awaiting = True
        elif op in ("corr_recv", "corr_lapse"):
            e = CorrectionReceived(on=on) if op == "corr_recv" else CorrectionLapsed(on=on)
            awaiting = False
        elif op in ("tp_start", "oo_start"):
            party = _PARTY[op[:2]]
            e = ConsultationStarted(on=on, party=party)
            open_count[party] += 1
        elif op in ("tp_end", "oo_end"):
            party = _PARTY[op[:2]]
            e = ConsultationEnded(on=on, party=party)
            open_count[party] -= 1
        elif op == "fee_notice":
            e = FeeNoticeIssued(on=on)
            fee_open = True
        elif op in ("fee_paid", "fee_lapse"):
            e = FeePaid(on=on) if op == "fee_paid" else FeeLapsed(on=on)
            fee_open = False
        elif op == "ext":
            e = ExtensionGranted(on=on, days=WorkingDays(draw(st.integers(1, max_extension))))
            extended = True
        elif op == "delay":
            e = DelaySet(on=on, until=on + timedelta(days=draw(st.integers(0, 60))))
        else:
            e = Replied(on=on) if op == "reply" else Withdrawn(on=on)
        events.append(e)
        if e.concludes:
            break
    return Request(
        id="t",
        received=start,
        applicant=Applicant(kind=ApplicantKind.NATURAL_PERSON),
        events=tuple(events),
    )
