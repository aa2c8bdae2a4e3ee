"""The closing steps of an explanation: what each pause did, the due date, and the verdict.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from govdisclosure.deadlines._engine import Walk
from govdisclosure.deadlines._findings import FindingKind, Log, plural
from govdisclosure.deadlines._pauses import Pause
from govdisclosure.deadlines._result import open_pause, paused
from govdisclosure.requests import Replied, Request


def explain_end(log: Log, walk: Walk, request: Request) -> None:
    """Add the steps and findings that need the whole log to ``log``."""
    for p in walk.pauses:
        _explain_pause(log, walk, p, request)
    _explain_due(log, walk)
    _explain_verdict(log, walk, request)


def _explain_pause(log: Log, walk: Walk, p: Pause, request: Request) -> None:
    rules, cal = walk.rules, walk.cal
    rule = p.rule
    label = p.reason.label
    s = p.start
    end = "is still open" if p.actual_end is None else f"ended {p.actual_end.isoformat()}"
    if not rule.stops_clock:
        log.step(
            f"{label} from {s.isoformat()} ({end}): under {rules.name} this time is counted",
            rule.citation,
            s,
        )
        return
    if not p.effective:
        return  # its finding says why
    # The days left out run from the day after the start, or from the start itself.
    ends = "after its start" if not rule.include_start else "from the day it began"
    if p.actual_end is None and rule.cap is None:
        text = f"{label} since {s.isoformat()}, still open: the clock is stopped"
    elif p.actual_end is None:
        text = (
            f"{label} since {s.isoformat()}, still open: at most {plural(rule.cap.days)} "  # type: ignore[union-attr]
            f"{ends} are left out"
        )
    else:
        n = cal.count_workdays(p.bound, p.end or p.actual_end)
        text = (
            f"{label} from {s.isoformat()} to {p.actual_end.isoformat()}: the "
            f"{plural(n)} {ends}, through {'its end' if p.end == p.actual_end else 'its cap'}"
            ", are not counted"
        )
    log.step(text, rule.citation, s)
    if p.actual_end is None:
        return
    cap = rule.cap
    allowed = cap if cap is not None else rule.period
    if allowed is None:
        return
    # An end past the published calendar is counted only as far as the calendar goes.
    took = cal.count_workdays(s, min(p.actual_end, cal.last))
    if took <= allowed.days:
        return
    lasted = (
        f"lasted {plural(took)}"
        if p.actual_end <= cal.last
        else f"ended in {p.actual_end.year}, past the published calendar, having lasted"
    )
    beyond = (
        f": only {plural(allowed.days)} are left out and the time beyond is counted"
        if cap is not None
        else ""
    )
    log.finding(
        FindingKind.PAUSE_OVERRAN,
        f"{label} from {s.isoformat()} to {p.actual_end.isoformat()} {lasted}, more than the "
        f"{plural(allowed.days)} allowed{beyond}",
        rule.period_citation or rule.cap_citation or rule.citation,
        request.events[p.index],
        p.index,
    )


def _explain_due(log: Log, walk: Walk) -> None:
    rules = walk.rules
    due = walk.due()
    if walk.fixed is not None and due is not None:
        log.step(
            f"due on {due.isoformat()}: the date fixed by the organ",
            rules.delay_citation or rules.limit_citation,
            due,
        )
    elif due is not None:
        skipped = paused(walk)
        left_out = f", leaving out {plural(skipped)} in pauses," if skipped else ""
        log.step(
            f"due on {due.isoformat()}: the count of working days after day 0 "
            f"({walk.start.isoformat()}){left_out} reaches {plural(walk.limit)} that day",
            rules.limit_citation,
            due,
        )
    elif walk.awaiting is not None:
        log.step(
            "no due date: the corrected application has not been received",
            rules.restart_citation,
            walk.awaiting,
        )
    else:
        first = open_pause(walk)
        since = first.start if first is not None else None
        log.step(
            f"no due date yet: the clock stopped after {since} with "
            f"{plural(walk.counted()[1])} of {plural(walk.limit)} counted; it runs again when "
            "the pause ends",
            rules.limit_citation,
            since,
        )


def _explain_verdict(log: Log, walk: Walk, request: Request) -> None:
    rules, cal = walk.rules, walk.cal
    if walk.concluded < 0:
        return
    end = request.events[walk.concluded]
    due = walk.due()
    if not isinstance(end, Replied):
        log.step(
            f"the request ended without a reply ({type(end).__name__})",
            rules.limit_citation,
            end.on,
        )
        return
    if due is None:
        missing = (
            "the corrected application it waited for had not been received"
            if walk.awaiting is not None
            else "a pause with no limit was still open, so the due date was unknown"
        )
        log.step(f"replied, but {missing}: no verdict", rules.limit_citation, end.on)
        log.finding(
            FindingKind.NO_DUE_DATE,
            f"replied on {end.on.isoformat()} while {missing}: whether the reply was in "
            "time cannot be said",
            rules.limit_citation,
            end,
            walk.concluded,
        )
    elif end.on <= due:
        log.step("replied on time", rules.limit_citation, end.on)
    elif end.on > cal.last:
        log.step(
            f"replied late, after the due date {due.isoformat()} (how many working days late "
            f"needs the calendar of {end.on.year})",
            rules.limit_citation,
            end.on,
        )
    else:
        late = cal.count_workdays(due, end.on)
        log.step(f"replied {plural(late)} late", rules.limit_citation, end.on)
