"""The walk over a request's log that the reply clock is: one pass, in the order of the log.

Every event that depends on the due date (a pause, a correction, an extension, a
delayed date) is judged against the due date *as it stands on the event's day*,
computed from what had happened by then. So a correction asked for after the
period ran out does not revive it, a delay set late changes nothing, and an
event after the due date never needs a calendar year the due date does not.
"""

from __future__ import annotations

from datetime import date

from govdisclosure.calendar import WorkCalendar
from govdisclosure.deadlines._findings import FindingKind, Log, plural
from govdisclosure.deadlines._kinds import (
    ASK,
    CONCLUDE,
    CORRECTED,
    DELAY,
    END,
    EXTEND,
    KINDS,
    START,
    kind_of,
    reason_of,
)
from govdisclosure.deadlines._pauses import ONE_DAY, Pause, count
from govdisclosure.deadlines._rules import ClockRules, PauseReason, TollReason
from govdisclosure.deadlines._start import first_routed, routing_cap
from govdisclosure.errors import TimelineError
from govdisclosure.requests import DelaySet, Event, ExtensionGranted, Request


class Walk:
    """The state of the clock as the log is read, one event after another."""

    __slots__ = (
        "awaiting",
        "cached",
        "cal",
        "concluded",
        "corrections",
        "effective",
        "extension",
        "extensions",
        "first_routed",
        "fixed",
        "limit",
        "log",
        "origin",
        "pauses",
        "rules",
        "start",
        "void_receipt",
    )

    def __init__(  # noqa: C901 - one branch per kind of event, inline on the hot path
        self, request: Request, rules: ClockRules, cal: WorkCalendar, log: Log | None
    ) -> None:
        self.rules = rules
        self.cal = cal
        self.log = log
        self.start = request.received
        self.origin = self.start - ONE_DAY if rules.count_day_zero else self.start
        self.limit = rules.limit.days
        self.extension: list[tuple[int, ExtensionGranted]] = []  # those in effect
        self.extensions = 0
        self.fixed: tuple[int, DelaySet] | None = None
        self.pauses: list[Pause] = []
        self.effective: list[Pause] = []  # those that stop the clock, in order of their bound
        self.cached: tuple[date | None, int, date | None] | None = None
        self.awaiting: date | None = None
        self.void_receipt = False
        self.corrections: list[tuple[date, date | None]] = []
        self.concluded = -1
        if log is not None:
            log.step(
                f"received on {self.start.isoformat()}: day 0; the period of "
                f"{plural(rules.limit.days)} counts the working days after it",
                rules.limit_citation,
                self.start,
            )
        kinds = KINDS
        self.first_routed, start = first_routed(request, rules, cal)
        if start is not None:
            self.start = start
            self.origin = start - ONE_DAY if rules.count_day_zero else start
        for i, e in enumerate(request.events):
            kind = kinds.get(type(e))
            if kind is None:
                kind = kind_of(e, i)
            if kind == START:
                self.begin_pause(i, e)
            elif kind == END:
                self.end_pause(e)
            elif kind == CONCLUDE:
                self.concluded = i
            elif kind == EXTEND:
                self.extend(i, e)  # type: ignore[arg-type]
            elif kind == DELAY:
                self.delay(i, e)  # type: ignore[arg-type]
            elif kind == ASK:
                self.ask_correction(i, e)
            elif kind == CORRECTED:
                self.corrected(i, e)
            else:
                self.routed(i, e, request.received)

    # -- the due date as it stands -----------------------------------------------------------

    def counted(self) -> tuple[date | None, int, date | None]:
        """The due date by the count (no fixed date), the days counted, where the count stopped."""
        found = self.cached
        if found is None:
            if self.effective:
                found = count(self.origin, self.limit, self.effective, self.cal)
            else:
                found = (self.cal.add_workdays(self.origin, self.limit), self.limit, None)
            self.cached = found
        return found

    def due(self) -> date | None:
        """The due date from what has happened so far; ``None`` while it cannot be known."""
        if self.awaiting is not None:
            return None
        if self.fixed is not None:
            return self.fixed[1].until
        return self.counted()[0]

    def expired_before(self, on: date, *, or_on: bool = False) -> date | None:
        """The due date, if it had passed before ``on`` (or was ``on``, with ``or_on``)."""
        if self.fixed is None and (on - self.origin).days < self.limit:
            return None  # the limit-th working day after day 0 is at least that many days later
        due = self.due()
        if due is None:
            return None
        return due if due < on or (or_on and due == on) else None

    # -- one event ---------------------------------------------------------------------------

    def finding(self, kind: FindingKind, message: str, rule: object, e: Event, i: int) -> None:
        """Record a finding if an explanation is being collected."""
        if self.log is not None:
            self.log.finding(kind, message, rule, e, i)  # type: ignore[arg-type]

    def begin_pause(self, i: int, e: Event, reason: PauseReason | TollReason | None = None) -> None:
        """A consultation begins, or a fee notice is issued."""
        reason = reason_of(e) if reason is None else reason
        toll = self.rules.correction_toll
        if reason is TollReason.CORRECTION and toll is not None:
            rule = toll
        else:
            rule = self.rules.pause_rule(reason)  # type: ignore[arg-type]
        effective = rule.stops_clock
        on = e.on
        if effective and rule.in_force_from is not None and on < rule.in_force_from:
            effective = False
            self.finding(
                FindingKind.PAUSE_NOT_IN_FORCE,
                f"{reason.label} from {e.on.isoformat()}: the provision for this pause is in "
                f"force only from {rule.in_force_from.isoformat()}, so the time is counted",
                rule.in_force_citation or rule.citation,
                e,
                i,
            )
        if effective and rule.max_uses is not None:
            used = sum(1 for p in self.pauses if p.effective and p.reason is reason)
            if used >= rule.max_uses:
                effective = False
                self.finding(
                    FindingKind.PAUSE_LIMIT_REACHED,
                    f"{reason.label} from {e.on.isoformat()}: the rules allow {rule.max_uses} "
                    "such pause(s); this one changes nothing",
                    rule.citation,
                    e,
                    i,
                )
        if effective:
            # A pause that leaves out only days after its start changes nothing once it begins
            # on the due date: the period is complete that day (and stays so, whatever follows).
            passed = self.expired_before(on, or_on=not rule.include_start)
            if passed is not None:
                effective = False
                when = "on" if passed == on else "after"
                self.finding(
                    FindingKind.PAUSE_AFTER_DUE,
                    f"{reason.label} began on {e.on.isoformat()}, {when} the due date "
                    f"{passed.isoformat()}: it changes nothing",
                    rule.citation,
                    e,
                    i,
                )
        pause = Pause(reason, rule, on, i, effective=effective)
        self.pauses.append(pause)
        if effective:
            stops = self.effective
            if stops and stops[-1].bound > pause.bound:
                stops.append(pause)
                stops.sort(key=lambda p: p.bound)
            else:
                stops.append(pause)
            self.cached = None

    def end_pause(self, e: Event, reason: PauseReason | TollReason | None = None) -> bool:
        """A consultation ends, or a fee is paid: the earliest open pause of its kind closes."""
        reason = reason_of(e) if reason is None else reason
        for p in self.pauses:
            if p.reason is reason and not p.closed:
                if p.effective:
                    p.close(e.on, self.cal)
                    self.cached = None
                else:
                    p.actual_end = p.end = e.on
                return True
        return False

    def extend(self, i: int, e: ExtensionGranted) -> None:
        """An extension is granted: it counts if granted on or before the due date as it stands."""
        rules = self.rules
        self.extensions += 1
        days = e.days.days
        allowed = rules.max_extensions
        if self.extensions > allowed:
            msg = (
                "a second extension: the rules allow one"
                if allowed == 1
                else f"extension number {self.extensions}: the rules allow {allowed}"
            )
            raise TimelineError(msg, event=e, index=i)
        total = days + sum(x.days.days for _, x in self.extension)
        bound = rules.max_extension
        if bound is not None and total > bound.days:
            more = "" if total == days else f" (with the earlier ones, {plural(total)})"
            msg = (
                f"extends by {plural(days)}{more}, more than the "
                f"{plural(bound.days)} allowed ({rules.extension_citation})"
            )
            raise TimelineError(msg, event=e, index=i)
        if self.fixed is not None:
            self.finding(
                FindingKind.EXTENSION_SUPERSEDED,
                f"extension granted on {e.on.isoformat()} changes nothing: it came before "
                "the delayed date already fixed",
                rules.extension_citation,
                e,
                i,
            )
            return
        before = self.due()
        if before is not None and e.on > before:
            self.finding(
                FindingKind.LATE_EXTENSION,
                f"extension granted on {e.on.isoformat()}, after the due date "
                f"{before.isoformat()}: it changes nothing",
                rules.extension_citation,
                e,
                i,
            )
            return
        self.limit += days
        self.extension.append((i, e))
        self.cached = None
        guidance = rules.extension_guidance
        if guidance is not None and total > guidance.days:
            self.finding(
                FindingKind.EXTENSION_BEYOND_GUIDANCE,
                f"extended by {plural(total)} in all, more than the {plural(guidance.days)} "
                "that guidance calls reasonable",
                rules.extension_guidance_citation or rules.extension_citation,
                e,
                i,
            )
        if self.log is not None:
            if before is not None:
                when = f"on or before the due date {before.isoformat()}"
            elif self.awaiting is not None:
                when = "while a corrected application was awaited"
            else:
                when = "while the clock was stopped"
            self.log.step(
                f"extension of {plural(days)} granted {when}: the limit is now "
                f"{plural(self.limit)}",
                rules.extension_citation,
                e.on,
            )

    def delay(self, i: int, e: DelaySet) -> None:
        """A delayed date is set: it fixes the due date if the rules allow it and it is in time."""
        rules = self.rules
        citation = rules.delay_citation
        if citation is None:
            self.finding(
                FindingKind.DELAY_NOT_PROVIDED,
                f"a reply delayed to {e.until.isoformat()} has no basis under {rules.name}: "
                "the statutory period stands",
                rules.limit_citation,
                e,
                i,
            )
            return
        before = self.due()
        if before is not None and e.on > before:
            self.finding(
                FindingKind.LATE_DELAY,
                f"a delayed date set on {e.on.isoformat()}, after the due date "
                f"{before.isoformat()}: it changes nothing",
                citation,
                e,
                i,
            )
            return
        if before is not None and e.until < before:
            self.finding(
                FindingKind.DELAY_SHORTENS,
                f"the delayed date {e.until.isoformat()} is earlier than the due date "
                f"{before.isoformat()} it replaces",
                citation,
                e,
                i,
            )
        self.fixed = (i, e)
        if self.log is not None:
            self.log.step(
                f"delayed reply: the organ fixed the due date at {e.until.isoformat()}",
                citation,
                e.on,
            )

    def ask_correction(self, i: int, e: Event) -> None:
        """A correction is requested: the clock waits, unless the period had already run out."""
        rules = self.rules
        if rules.correction_toll is not None:  # a toll: a pause until the answer comes
            self.begin_pause(i, e, TollReason.CORRECTION)
            return
        passed = self.expired_before(e.on)
        if passed is not None:
            self.void_receipt = True
            self.finding(
                FindingKind.CORRECTION_AFTER_DUE,
                f"correction requested on {e.on.isoformat()}, after the due date "
                f"{passed.isoformat()}: it does not revive the period, which stays expired",
                rules.restart_citation,
                e,
                i,
            )
            return
        if self.log is not None:
            self.log.step(
                "correction requested: the clock waits, and the period will run from the day "
                "the corrected application is received",
                rules.restart_citation,
                e.on,
            )
            self.check_notice(i, e)
        self.awaiting = e.on
        self.corrections.append((e.on, None))

    def check_notice(self, i: int, e: Event) -> None:
        """Findings on when the correction was asked for (logging only)."""
        rules = self.rules
        limit = rules.correction_notice
        if limit is None:
            return
        citation = rules.correction_notice_citation or rules.restart_citation
        if self.corrections:
            self.finding(
                FindingKind.REPEATED_CORRECTION,
                "a correction was requested again: the rules ask for all corrections at once",
                citation,
                e,
                i,
            )
        taken = self.cal.count_workdays(self.origin, e.on)
        if taken > limit.days:
            self.finding(
                FindingKind.LATE_CORRECTION_NOTICE,
                f"correction requested {plural(taken)} after receipt on "
                f"{self.start.isoformat()}, later than the {plural(limit.days)} allowed",
                citation,
                e,
                i,
            )

    def routed(self, i: int, e: Event, received: date) -> None:
        """The request reached the right office: day 0 moves there, up to the rules' cap."""
        rule = self.rules.start_rule
        if rule is None or i != self.first_routed:
            if self.log is not None:
                why = "no rule moves day 0" if rule is None else "day 0 is already fixed"
                self.log.step(
                    f"reached the office that must answer it: {why}",
                    self.rules.limit_citation,
                    e.on,
                )
            return
        cap = routing_cap(rule, received, self.cal)
        if e.on > cap:
            self.finding(
                FindingKind.LATE_ROUTING,
                f"reached the office that must answer it on {e.on.isoformat()}, later than "
                f"{cap.isoformat()}: day 0 is {cap.isoformat()}",
                rule.citation,
                e,
                i,
            )
        elif self.log is not None:
            self.log.step(
                "reached the office that must answer it: this is day 0", rule.citation, e.on
            )

    def corrected(self, i: int, e: Event) -> None:
        """A corrected application is received: the new day 0, unless the period had run out."""
        rules = self.rules
        if rules.correction_toll is not None:
            if not self.end_pause(e, TollReason.CORRECTION):
                self.finding(
                    FindingKind.CORRECTION_NOT_REQUESTED,
                    f"information received on {e.on.isoformat()} with no request for it "
                    "recorded: it ends no toll",
                    rules.correction_toll.citation,
                    e,
                    i,
                )
            return
        if self.void_receipt:
            self.void_receipt = False
            self.finding(
                FindingKind.CORRECTION_AFTER_DUE,
                f"corrected application received on {e.on.isoformat()} for a correction asked "
                "for after the due date: the period is not restarted",
                rules.restart_citation,
                e,
                i,
            )
            return
        unrequested = self.awaiting is None
        if unrequested:
            passed = self.expired_before(e.on)
            if passed is not None:
                self.finding(
                    FindingKind.CORRECTION_AFTER_DUE,
                    f"corrected application received on {e.on.isoformat()}, after the due "
                    f"date {passed.isoformat()}, with no request for it recorded: the period "
                    "is not restarted",
                    rules.restart_citation,
                    e,
                    i,
                )
                return
            self.corrections.append((e.on, e.on))
            self.finding(
                FindingKind.CORRECTION_NOT_REQUESTED,
                f"corrected application received on {e.on.isoformat()} with no request for a "
                "correction recorded: the count starts again from it",
                rules.restart_citation,
                e,
                i,
            )
        else:
            self.corrections[-1] = (self.corrections[-1][0], e.on)
        self.awaiting = None
        self.start = e.on
        self.origin = e.on - ONE_DAY if rules.count_day_zero else e.on
        self.limit = rules.limit.days
        self.cached = None
        if self.log is not None:
            self.log.step(
                "corrected application received"
                + (" (no request for it is recorded)" if unrequested else "")
                + ": this is the new day 0, and the count starts again",
                rules.restart_citation,
                e.on,
            )
        for j, ext in self.extension:
            self.finding(
                FindingKind.EXTENSION_SUPERSEDED,
                f"extension granted on {ext.on.isoformat()} changes nothing: it came before "
                "the restart",
                rules.extension_citation,
                ext,
                j,
            )
        self.extension = []
        if self.fixed is not None:
            j, fix = self.fixed
            self.finding(
                FindingKind.DELAY_SUPERSEDED,
                f"delayed date set on {fix.on.isoformat()} changes nothing: it came before "
                "the restart",
                rules.delay_citation or rules.restart_citation,
                fix,
                j,
            )
            self.fixed = None
