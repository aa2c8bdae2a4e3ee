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
* a delayed date set on or before the due date (as it stands that day) fixes
  the due date (the latest one wins; a restart voids it); one set later changes
  nothing;
* a correction asked for after the due date (as it stands that day) does not
  revive the period, and the corrected application it asked for changes
  nothing; nor does a corrected application received unasked after it;
* a pause with a cap of ``c`` working days stops at most the first ``c``
  working days after the day it began; a pause that begins on the due date
  (or later) changes nothing, whatever follows that day;
* when a pause is still open or a correction still awaited at the end of the
  log, there is no due date (unless a delayed date was fixed while paused).

Also ``timelines``, random valid request timelines: the public strategy
``govdisclosure.strategies.requests`` (a state machine that emits only events
that can happen next), under the name the clock tests use.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from hypothesis import strategies as st

from govdisclosure.calendar import WorkCalendar
from govdisclosure.requests import (
    ConsultationEnded,
    ConsultationParty,
    ConsultationStarted,
    CorrectionReceived,
    CorrectionRequested,
    DelaySet,
    Event,
    ExtensionGranted,
    FeeNoticeIssued,
    FeePaid,
    Request,
)
from govdisclosure.strategies import requests

ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class RefRules:
    limit: int
    max_extension: int
    third_party_pauses: bool = True
    other_organ_pauses: bool = True
    fee_pauses: bool = True
    delay_allowed: bool = True
    consultation_cap: int | None = None
    fee_cap: int | None = None
    fee_from: date | None = None


def _stops(rules: RefRules, event: Event) -> bool:
    if isinstance(event, (ConsultationStarted, ConsultationEnded)):
        if event.party is ConsultationParty.THIRD_PARTY:
            return rules.third_party_pauses
        return rules.other_organ_pauses
    return rules.fee_pauses


def _kind(event: Event) -> str:
    party = getattr(event, "party", None)
    return "fee" if party is None else party.value


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
    # Each pause open: [kind, working days it may still stop (None: no cap), stops at all].
    pauses: list[list[object]] = []
    awaiting = False
    void = False

    def expired(day: date) -> bool:
        if awaiting:
            return False
        if fixed is not None:
            return fixed < day
        return due is not None and due < day

    def reached(day: date) -> bool:  # the period is complete on ``day`` (or was before it)
        if awaiting:
            return False
        if fixed is not None:
            return fixed <= day
        return due is not None and due <= day

    def apply(day: date) -> None:
        nonlocal count, limit, due, fixed, awaiting, void
        for e in by_day.get(day, []):
            if isinstance(e, CorrectionRequested):
                if expired(day):
                    void = True
                else:
                    awaiting = True
            elif isinstance(e, CorrectionReceived):
                if void:
                    void = False
                elif awaiting or not expired(day):
                    awaiting = False
                    count = 0
                    limit = rules.limit
                    due = None
                    fixed = None
            elif isinstance(e, (ConsultationStarted, FeeNoticeIssued)):
                kind = _kind(e)
                stops = _stops(rules, e) and not reached(day)
                if isinstance(e, FeeNoticeIssued) and rules.fee_from and day < rules.fee_from:
                    stops = False
                cap = rules.fee_cap if kind == "fee" else rules.consultation_cap
                pauses.append([kind, cap, stops])
            elif isinstance(e, (ConsultationEnded, FeePaid)):
                kind = _kind(e)
                for k, p in enumerate(pauses):
                    if p[0] == kind:
                        del pauses[k]
                        break
            elif isinstance(e, ExtensionGranted):
                if fixed is None and (due is None or due == day):
                    limit += e.days.days
                    if due == day:
                        due = None  # the count is below the new limit again
            elif isinstance(e, DelaySet) and rules.delay_allowed and not expired(day):
                fixed = e.until

    def stopped() -> bool:
        return any(p[2] and (p[1] is None or p[1] > 0) for p in pauses)

    def blocked() -> bool:  # a pause with no cap is open: the count cannot end
        return any(p[2] and p[1] is None for p in pauses)

    def spend_caps() -> None:
        for p in pauses:
            if p[2] and isinstance(p[1], int) and p[1] > 0:
                p[1] -= 1

    day = request.received
    apply(day)
    while True:
        if day >= last_event and (due is not None or awaiting or blocked()):
            break
        day += ONE_DAY
        if cal.is_workday(day):
            if due is None and not awaiting and not stopped():
                count += 1
                if count == limit:
                    due = day
            spend_caps()
        apply(day)
    if awaiting:
        return None
    if fixed is not None:
        return fixed
    return due


# -- random valid timelines -----------------------------------------------------------------


def timelines(
    received: st.SearchStrategy[date],
    *,
    max_extension: int = 20,
    max_ops: int = 8,
    max_gap: int = 12,
) -> st.SearchStrategy[Request]:
    """A random request whose log can happen: the public ``govdisclosure.strategies.requests``."""
    return requests(received, max_extension=max_extension, max_events=max_ops, max_gap=max_gap)
