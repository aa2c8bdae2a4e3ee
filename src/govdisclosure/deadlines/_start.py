"""Day 0 of a request that first reached another office: the start rule, read before any event.

The law fixes day 0 by the request's first arrival at the office that must
answer it, but no later than a cap after its first receipt
(:class:`~govdisclosure.deadlines.StartRule`). The clock reads that day from
the first :class:`~govdisclosure.requests.Routed` event before it judges any
other event, so that a toll or an extension dated before the routing is
judged against the due date counted from the true day 0.

>>> from datetime import date
>>> from govdisclosure.calendar import WorkCalendar
>>> from govdisclosure.law import Citation, Instrument, WorkingDays
>>> from govdisclosure.deadlines import StartRule
>>> act = Instrument(code="demo", title="Demo Act", short="DA")
>>> cal = WorkCalendar(first=date(2030, 1, 1), last=date(2030, 12, 31))
>>> routing_cap(StartRule(Citation(act, "6"), within=WorkingDays(10)), date(2030, 3, 1), cal)
datetime.date(2030, 3, 15)
"""

from __future__ import annotations

from datetime import date, timedelta

from govdisclosure.calendar import WorkCalendar
from govdisclosure.deadlines._kinds import ASK, KINDS, ROUTED, kind_of
from govdisclosure.deadlines._rules import ClockRules, StartRule
from govdisclosure.requests import Request

__all__ = ["first_routed", "routing_cap"]


def routing_cap(rule: StartRule, received: date, cal: WorkCalendar) -> date:
    """The last day that may be day 0 under ``rule``, for a request first received on a day."""
    if rule.within_days is not None:
        return received + timedelta(days=rule.within_days.days)
    return cal.add_workdays(received, rule.within.days)  # type: ignore[union-attr]


def first_routed(request: Request, rules: ClockRules, cal: WorkCalendar) -> tuple[int, date | None]:
    """The index of the ``Routed`` event that fixes day 0, and that day 0.

    ``(-1, None)`` where no start rule applies, there is no ``Routed`` event,
    or a correction that restarts the count comes before it (the restart then
    decides day 0). Later ``Routed`` events change nothing: the period starts
    on the *first* receipt by the office that must answer.
    """
    rule = rules.start_rule
    if rule is None:
        return -1, None
    restarts = rules.correction_toll is None
    for i, e in enumerate(request.events):
        kind = KINDS.get(type(e))
        if kind is None:
            kind = kind_of(e, i)
        if kind == ASK and restarts:
            return -1, None
        if kind == ROUTED:
            return i, min(e.on, routing_cap(rule, request.received, cal))
    return -1, None
