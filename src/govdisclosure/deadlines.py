"""The reply clock: when a reply to a request is due, and whether it came in time.

A generic engine, parameterised by a jurisdiction's :class:`ClockRules` (the
PRC rules are built by ``govdisclosure.jurisdictions.cn.reply_deadline``). It
knows five things and nothing about any country:

* **A limit in working days.** Day 0 is the date of receipt; the clock counts
  the working days strictly after it, and the reply is due on the day the
  count reaches the limit.
* **Restarts.** When a correction of an unclear application is requested, the
  clock waits; when the corrected application is received, that date becomes
  the new day 0 and the count starts again from nothing.
* **Pauses.** A consultation (from ``ConsultationStarted`` to
  ``ConsultationEnded`` with the same party) and, where the rules say so, a fee
  notice until payment, stop the clock on the working days ``d`` with
  ``S < d <= E``. Overlapping pauses count once. A pause that begins after the
  due date changes nothing. While a pause is still open the due date is
  unknown, and the :class:`Deadline` says so (``due is None``, status
  ``PAUSED``) instead of guessing.
* **One bounded extension.** An extension of ``k`` working days granted on or
  before the due date adds ``k`` working days to the limit; one granted after
  it changes nothing and leaves a finding. More than the rules' maximum, or a
  second extension, raises :class:`~govdisclosure.errors.TimelineError`.
* **A fixed date.** ``DelaySet(until=)``, where the rules provide for it, fixes
  the due date outright.

>>> from datetime import date, timedelta
>>> from govdisclosure.calendar import WorkCalendar
>>> from govdisclosure.law import Citation, Instrument, WorkingDays
>>> from govdisclosure.requests import (Applicant, ApplicantKind, ConsultationEnded,
...     ConsultationParty, ConsultationStarted, Replied, Request)
>>> act = Instrument(code="demo", title="Demo Act", short="DA")
>>> rules = ClockRules(
...     name="Demo Act", limit=WorkingDays(10), limit_citation=Citation(act, "5"),
...     max_extension=WorkingDays(10), extension_citation=Citation(act, "5", paragraph=2),
...     restart_citation=Citation(act, "4"),
...     third_party=PauseRule(stops_clock=True, citation=Citation(act, "6")),
...     other_organ=PauseRule(stops_clock=True, citation=Citation(act, "6")),
...     fee=PauseRule(stops_clock=False, citation=Citation(act, "7")),
... )
>>> cal = WorkCalendar(first=date(2030, 1, 1), last=date(2030, 12, 31))
>>> third = ConsultationParty.THIRD_PARTY
>>> req = Request(id="r1", received=date(2030, 3, 1),        # a Friday
...     applicant=Applicant(kind=ApplicantKind.NATURAL_PERSON),
...     events=(ConsultationStarted(on=date(2030, 3, 5), party=third),
...             ConsultationEnded(on=date(2030, 3, 8), party=third),
...             Replied(on=date(2030, 3, 22))))
>>> d = compute_deadline(req, rules, cal)
>>> d.due, d.paused                 # 4, 5 March; 6-8 March stopped; 11-15, 18-20 March
(datetime.date(2030, 3, 20), WorkingDays(3))
>>> d.status(date(2030, 3, 22)), d.days_late(date(2030, 3, 22))
(<DeadlineStatus.REPLIED_LATE: 'replied_late'>, WorkingDays(2))

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
from datetime import date, timedelta

import attrs

from govdisclosure._validators import instance_of
from govdisclosure.calendar import WorkCalendar
from govdisclosure.errors import InvalidInputError, TimelineError
from govdisclosure.law import Citation, WorkingDays
from govdisclosure.requests import (
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

__all__ = [
    "ClockRules",
    "Deadline",
    "DeadlineStatus",
    "Finding",
    "FindingKind",
    "PauseReason",
    "PauseRule",
    "Step",
    "compute_deadline",
]


class PauseReason(enum.Enum):
    """Why the clock may stop."""

    THIRD_PARTY = "third_party"
    """A consultation with a third party."""
    OTHER_ORGAN = "other_organ"
    """A consultation with another organ."""
    FEE = "fee"
    """A fee notice, until the fee is paid."""

    @property
    def label(self) -> str:
        """A short description for people."""
        return _REASON_LABELS[self]


_REASON_LABELS = {
    PauseReason.THIRD_PARTY: "consultation with a third party",
    PauseReason.OTHER_ORGAN: "consultation with another organ",
    PauseReason.FEE: "fee notice awaiting payment",
}


def _check_working_days(
    instance: object, attribute: attrs.Attribute[WorkingDays], value: object
) -> None:
    if not isinstance(value, WorkingDays):
        msg = "must be WorkingDays"
        raise InvalidInputError(msg, field=attribute.name, value=value)


def _check_optional_working_days(
    instance: object, attribute: attrs.Attribute[WorkingDays | None], value: object
) -> None:
    if value is not None:
        _check_working_days(instance, attribute, value)  # type: ignore[arg-type]


@attrs.frozen
class PauseRule:
    """Whether the time spent for one :class:`PauseReason` stops the clock, and why.

    Attributes:
        stops_clock: Whether that time is left out of the count.
        citation: The provision (or the documented policy) that decides it.
        period: How long the other side has (a consultee's time to answer, an
            applicant's time to pay); a pause that lasts longer leaves a finding.
        period_citation: The source of ``period``.
    """

    stops_clock: bool
    citation: Citation = attrs.field(validator=instance_of(Citation))
    period: WorkingDays | None = attrs.field(default=None, validator=_check_optional_working_days)
    period_citation: Citation | None = attrs.field(
        default=None, validator=instance_of(Citation, type(None))
    )


def _check_limit(instance: object, attribute: attrs.Attribute[WorkingDays], value: object) -> None:
    _check_working_days(instance, attribute, value)
    if isinstance(value, WorkingDays) and value.days == 0:
        msg = "a reply period of no days cannot be counted"
        raise InvalidInputError(msg, field=attribute.name, value=value)


@attrs.frozen
class ClockRules:
    """The numbers and sources that drive the clock under one legal regime.

    Attributes:
        name: The regime, for people (``"OGI Reg. (2019)"``).
        limit: The reply period.
        limit_citation: The provision that sets it and says it runs from receipt.
        max_extension: The longest extension allowed (one extension at most).
        extension_citation: The provision that allows it.
        restart_citation: The provision under which a corrected application
            starts the period again.
        third_party: Whether a consultation with a third party stops the clock.
        other_organ: Whether a consultation with another organ stops the clock.
        fee: Whether the time from a fee notice to payment stops the clock.
        correction_notice: The time within which a correction must be requested,
            counted from receipt; a later request leaves a finding. ``None``
            where the regime sets no such time.
        correction_notice_citation: The source of ``correction_notice``.
        delay_citation: The provision under which an organ may fix a later
            date for its reply (``DelaySet``); ``None`` where the regime has none
            (a ``DelaySet`` is then recorded as a finding and changes nothing).
        count_day_zero: Whether day 0 itself is counted (when it is a working
            day). The default, ``False``, counts strictly after day 0.
    """

    name: str
    limit: WorkingDays = attrs.field(validator=_check_limit)
    limit_citation: Citation = attrs.field(validator=instance_of(Citation))
    max_extension: WorkingDays = attrs.field(validator=_check_working_days)
    extension_citation: Citation = attrs.field(validator=instance_of(Citation))
    restart_citation: Citation = attrs.field(validator=instance_of(Citation))
    third_party: PauseRule
    other_organ: PauseRule
    fee: PauseRule
    correction_notice: WorkingDays | None = attrs.field(
        default=None, validator=_check_optional_working_days
    )
    correction_notice_citation: Citation | None = attrs.field(
        default=None, validator=instance_of(Citation, type(None))
    )
    delay_citation: Citation | None = attrs.field(
        default=None, validator=instance_of(Citation, type(None))
    )
    count_day_zero: bool = False
    _fast: tuple[bool, bool, bool, int, int, bool] = attrs.field(
        init=False, repr=False, eq=False, hash=False
    )

    def __attrs_post_init__(self) -> None:
        # What the engine reads for every request, unpacked in one go.
        fast = (
            self.third_party.stops_clock,
            self.other_organ.stops_clock,
            self.fee.stops_clock,
            self.limit.days,
            self.max_extension.days,
            self.count_day_zero,
        )
        object.__setattr__(self, "_fast", fast)

    def pause_rule(self, reason: PauseReason) -> PauseRule:
        """The rule for ``reason``: :attr:`third_party`, :attr:`other_organ` or :attr:`fee`."""
        if reason is PauseReason.THIRD_PARTY:
            return self.third_party
        if reason is PauseReason.OTHER_ORGAN:
            return self.other_organ
        return self.fee


class DeadlineStatus(enum.Enum):
    """Where a request stands on a given date."""

    RUNNING = "running"
    """The clock is running and the due date has not passed."""
    PAUSED = "paused"
    """The clock is stopped by a pause (a consultation, a fee notice)."""
    AWAITING_CORRECTION = "awaiting_correction"
    """A correction was requested; the period starts again when it is received."""
    OVERDUE = "overdue"
    """The due date has passed without a reply."""
    REPLIED_ON_TIME = "replied_on_time"
    """The reply came on or before the due date."""
    REPLIED_LATE = "replied_late"
    """The reply came after the due date."""
    CLOSED = "closed"
    """The request ended without a reply (withdrawn, or lapsed)."""


class FindingKind(enum.Enum):
    """Kinds of procedural finding about a request's handling."""

    LATE_CORRECTION_NOTICE = "late_correction_notice"
    """A correction was requested later than the rules allow."""
    REPEATED_CORRECTION = "repeated_correction"
    """A correction was requested more than once."""
    LATE_EXTENSION = "late_extension"
    """An extension was granted after the due date; it changes nothing."""
    EXTENSION_SUPERSEDED = "extension_superseded"
    """An extension came before a restart, or after a fixed date; it changes nothing."""
    LATE_DELAY = "late_delay"
    """A delayed date was set after the due date; it fixes the due date all the same."""
    DELAY_NOT_PROVIDED = "delay_not_provided"
    """A delayed date was set under rules that do not provide for one; it changes nothing."""
    DELAY_SUPERSEDED = "delay_superseded"
    """A delayed date was set before a restart; it changes nothing."""
    DELAY_SHORTENS = "delay_shortens"
    """A delayed date is earlier than the due date it replaced."""
    PAUSE_AFTER_DUE = "pause_after_due"
    """A pause began after the due date; it changes nothing."""
    PAUSE_OVERRAN = "pause_overran"
    """A pause lasted longer than the other side's time under the rules."""


@attrs.frozen
class Finding:
    """A procedural finding: something the rules say about how a request was handled.

    Attributes:
        kind: What was found.
        message: The finding, for people.
        citation: The provision it rests on.
        event: The event concerned, if any.
        index: Its index in the request's log, if any.
    """

    kind: FindingKind
    message: str
    citation: Citation
    event: Event | None = None
    index: int | None = None


@attrs.frozen
class Step:
    """One step of the reasoning that led to a due date, with its source.

    Attributes:
        text: What happened and what it did to the clock.
        citation: The provision (or documented policy) that says so.
        on: The date the step concerns, if any.
    """

    text: str
    citation: Citation
    on: date | None = None

    def __str__(self) -> str:
        when = f"{self.on.isoformat()}: " if self.on is not None else ""
        return f"{when}{self.text} [{self.citation}]"


# -- the engine ---------------------------------------------------------------------------

_ONE_DAY = timedelta(days=1)

# Event kinds, as small integers for a fast dispatch on type(event): the commonest first, and
# the concluding kinds together (2 to 5).
_CONS_START, _CONS_END, _REPLY, _WITHDRAW, _C_LAPSE, _FEE_LAPSE = range(6)
_EXT, _DELAY, _FEE_NOTICE, _FEE_PAID, _C_REQ, _C_RECV = range(6, 12)
_KINDS: dict[type[Event], int] = {
    ConsultationStarted: _CONS_START,
    ConsultationEnded: _CONS_END,
    Replied: _REPLY,
    Withdrawn: _WITHDRAW,
    CorrectionLapsed: _C_LAPSE,
    FeeLapsed: _FEE_LAPSE,
    ExtensionGranted: _EXT,
    DelaySet: _DELAY,
    FeeNoticeIssued: _FEE_NOTICE,
    FeePaid: _FEE_PAID,
    CorrectionRequested: _C_REQ,
    CorrectionReceived: _C_RECV,
}
_THIRD = ConsultationParty.THIRD_PARTY


def _kind_of(event: Event, index: int) -> int:
    for cls, kind in _KINDS.items():
        if isinstance(event, cls):
            return kind
    msg = "is not an event the reply clock knows"
    raise TimelineError(msg, event=event, index=index)


class _Log:
    """Steps and findings, collected only when an explanation is asked for."""

    __slots__ = ("findings", "steps")

    def __init__(self) -> None:
        self.steps: list[Step] = []
        self.findings: list[Finding] = []

    def step(self, text: str, citation: Citation, on: date | None = None) -> None:
        self.steps.append(Step(text, citation, on))

    def finding(
        self, kind: FindingKind, message: str, citation: Citation, event: Event | None, index: int
    ) -> None:
        self.findings.append(Finding(kind, message, citation, event, index))


def _plural(n: int) -> str:
    return f"{n} working day{'' if n == 1 else 's'}"


def _count(
    origin: date,
    limit: int,
    intervals: list[tuple[date, date]],
    open_since: date | None,
    cal: WorkCalendar,
) -> tuple[date | None, int]:
    """Count from ``origin`` (exclusive) past the pauses: (due or None, working days counted).

    Every working day after ``origin`` up to the due date is either counted or
    paused, so the paused days need not be counted here (see ``_paused``).
    """
    pos = origin
    remaining = limit
    for s, e in intervals:
        if e <= pos:
            continue
        if s > pos:
            avail = cal.count_workdays(pos, s)
            if avail >= remaining:
                return cal.add_workdays(pos, remaining), limit
            remaining -= avail
        pos = e
    if open_since is not None:
        if open_since > pos:
            avail = cal.count_workdays(pos, open_since)
            if avail >= remaining:
                return cal.add_workdays(pos, remaining), limit
            remaining -= avail
        return None, limit - remaining
    return cal.add_workdays(pos, remaining), limit


_Core = tuple[
    date | None,  # 0 due
    date,  # 1 start (day 0)
    int,  # 2 limit, with the extension
    int,  # 3 extension applied
    date | None,  # 4 the due date by the count (before any fixed date)
    int,  # 5 working days counted (the limit, or those before an open pause)
    bool,  # 6 due fixed by a delay
    tuple[tuple[date, date], ...],  # 7 closed pauses (merged)
    date | None,  # 8 start of a pause still open
    tuple[tuple[date, date | None], ...],  # 9 corrections (requested, received)
    int,  # 10 index of the concluding event, or -1
]


def _run(  # noqa: C901, PLR0912, PLR0915 - one loop over the log, by kind of event
    request: Request, rules: ClockRules, cal: WorkCalendar, log: _Log | None
) -> _Core:
    received = request.received
    events = request.events
    start = received
    stops_tp, stops_oo, stops_fee, limit, max_extension, count_day_zero = rules._fast  # noqa: SLF001
    kinds = _KINDS
    third_party = _THIRD
    active = 0
    open_since: date | None = None
    intervals: list[tuple[date, date]] = []
    overrides: list[tuple[int, Event]] = []
    corrections: list[tuple[date, date | None]] = []
    awaiting: date | None = None
    extensions = 0
    concluded = -1
    pauses: list[tuple[int, PauseReason, date, date | None]] = []  # only when logging
    if log is not None:
        log.step(
            f"received on {received.isoformat()}: day 0; the period of "
            f"{_plural(rules.limit.days)} counts the working days after it",
            rules.limit_citation,
            received,
        )
    for i, e in enumerate(events):
        kind = kinds.get(type(e))
        if kind is None:
            kind = _kind_of(e, i)
        if kind == _CONS_START:
            third = e.party is third_party  # type: ignore[attr-defined]
            if stops_tp if third else stops_oo:
                if not active:
                    open_since = e.on
                active += 1
            if log is not None:
                pauses.append((i, _REASONS[third], e.on, None))
        elif kind == _CONS_END:
            third = e.party is third_party  # type: ignore[attr-defined]
            if stops_tp if third else stops_oo:
                active -= 1
                if not active:
                    intervals.append((open_since, e.on))  # type: ignore[arg-type]
                    open_since = None
            if log is not None:
                _close_pause(pauses, _REASONS[third], e.on)
        elif kind <= _FEE_LAPSE:
            concluded = i
        elif kind == _EXT:
            extensions += 1
            days = e.days.days  # type: ignore[attr-defined]
            if extensions > 1:
                msg = "a second extension: the rules allow one"
                raise TimelineError(msg, event=e, index=i)
            if days > max_extension:
                msg = (
                    f"extends by {_plural(days)}, more than the "
                    f"{_plural(rules.max_extension.days)} allowed ({rules.extension_citation})"
                )
                raise TimelineError(msg, event=e, index=i)
            overrides.append((i, e))
        elif kind == _DELAY:
            overrides.append((i, e))
        elif kind == _FEE_NOTICE:
            if stops_fee:
                if not active:
                    open_since = e.on
                active += 1
            if log is not None:
                pauses.append((i, PauseReason.FEE, e.on, None))
        elif kind == _FEE_PAID:
            if stops_fee:
                active -= 1
                if not active:
                    intervals.append((open_since, e.on))  # type: ignore[arg-type]
                    open_since = None
            if log is not None:
                _close_pause(pauses, PauseReason.FEE, e.on)
        elif kind == _C_REQ:
            if log is not None:
                _log_correction_request(log, rules, cal, e, i, start, len(corrections))
            awaiting = e.on
            corrections.append((e.on, None))
        else:  # _C_RECV
            unrequested = not corrections or corrections[-1][1] is not None
            if unrequested:
                corrections.append((e.on, e.on))
            else:
                corrections[-1] = (corrections[-1][0], e.on)
            awaiting = None
            start = e.on
            if log is not None:
                log.step(
                    "corrected application received"
                    + (" (no request for it is recorded)" if unrequested else "")
                    + ": this is the new day 0, and the count starts again",
                    rules.restart_citation,
                    e.on,
                )
                for j, o in overrides:
                    _log_superseded(log, o, j, rules, "the restart")
            overrides = []

    ext_days = 0
    fixed = False
    counted: date | None = None
    if awaiting is not None:
        due: date | None = None
        used = 0
    else:
        origin = start - _ONE_DAY if count_day_zero else start
        due, used = _count(origin, limit, intervals, open_since, cal)
        for i, e in overrides:
            if isinstance(e, ExtensionGranted):
                if fixed:
                    if log is not None:
                        _log_superseded(log, e, i, rules, "the delayed date already fixed")
                elif due is None or e.on <= due:
                    ext_days = e.days.days
                    before = due
                    limit += ext_days
                    due, used = _count(origin, limit, intervals, open_since, cal)
                    if log is not None:
                        _log_extension(log, rules, e, before, limit)
                elif log is not None:
                    log.finding(
                        FindingKind.LATE_EXTENSION,
                        f"extension granted on {e.on.isoformat()}, after the due date "
                        f"{due.isoformat()}: it changes nothing",
                        rules.extension_citation,
                        e,
                        i,
                    )
            else:
                counted = due if not fixed else counted
                due, fixed = _apply_delay(log, rules, e, i, due, fixed=fixed)
    core: _Core = (
        due,
        start,
        limit,
        ext_days,
        counted if fixed else due,
        used,
        fixed,
        tuple(intervals) if intervals else (),
        open_since,
        tuple(corrections) if corrections else (),
        concluded,
    )
    if log is not None:
        _log_pauses(log, rules, cal, core, pauses, events)
        _log_end(log, rules, cal, core, request)
    return core


def _apply_delay(  # noqa: PLR0913 - the state of the walk
    log: _Log | None,
    rules: ClockRules,
    e: Event,
    i: int,
    due: date | None,
    *,
    fixed: bool,
) -> tuple[date | None, bool]:
    assert isinstance(e, DelaySet)  # noqa: S101 - dispatched on type
    if rules.delay_citation is None:
        if log is not None:
            log.finding(
                FindingKind.DELAY_NOT_PROVIDED,
                f"a reply delayed to {e.until.isoformat()} has no basis under {rules.name}: "
                "the statutory period stands",
                rules.limit_citation,
                e,
                i,
            )
        return due, fixed
    if due is not None and e.on > due and log is not None:
        log.finding(
            FindingKind.LATE_DELAY,
            f"a delayed date set on {e.on.isoformat()}, after the due date "
            f"{due.isoformat()}: it fixes the due date all the same, but came late",
            rules.delay_citation,
            e,
            i,
        )
    if log is not None:
        log.step(
            f"delayed reply: the organ fixed the due date at {e.until.isoformat()}",
            rules.delay_citation,
            e.on,
        )
        if due is not None and e.until < due:
            log.finding(
                FindingKind.DELAY_SHORTENS,
                f"the delayed date {e.until.isoformat()} is earlier than the due date "
                f"{due.isoformat()} it replaces",
                rules.delay_citation,
                e,
                i,
            )
    return e.until, True


_REASONS = {True: PauseReason.THIRD_PARTY, False: PauseReason.OTHER_ORGAN}


def _close_pause(
    pauses: list[tuple[int, PauseReason, date, date | None]], reason: PauseReason, end: date
) -> None:
    for k, (j, r, s, e) in enumerate(pauses):
        if e is None and r is reason:
            pauses[k] = (j, r, s, end)
            return


def _log_correction_request(  # noqa: PLR0913, PLR0917 - the state of the walk
    log: _Log,
    rules: ClockRules,
    cal: WorkCalendar,
    e: Event,
    i: int,
    start: date,
    earlier: int,
) -> None:
    log.step(
        "correction requested: the clock waits, and the period will run from the day the "
        "corrected application is received",
        rules.restart_citation,
        e.on,
    )
    limit = rules.correction_notice
    citation = rules.correction_notice_citation or rules.restart_citation
    if limit is None:
        return
    if earlier:
        log.finding(
            FindingKind.REPEATED_CORRECTION,
            "a correction was requested again: the rules ask for all corrections at once",
            citation,
            e,
            i,
        )
    origin = start - _ONE_DAY if rules.count_day_zero else start
    taken = cal.count_workdays(origin, e.on)
    if taken > limit.days:
        log.finding(
            FindingKind.LATE_CORRECTION_NOTICE,
            f"correction requested {_plural(taken)} after receipt on {start.isoformat()}, "
            f"later than the {_plural(limit.days)} allowed",
            citation,
            e,
            i,
        )


def _log_superseded(log: _Log, e: Event, i: int, rules: ClockRules, why: str) -> None:
    if isinstance(e, ExtensionGranted):
        log.finding(
            FindingKind.EXTENSION_SUPERSEDED,
            f"extension granted on {e.on.isoformat()} changes nothing: it came before {why}",
            rules.extension_citation,
            e,
            i,
        )
    else:
        log.finding(
            FindingKind.DELAY_SUPERSEDED,
            f"delayed date set on {e.on.isoformat()} changes nothing: it came before {why}",
            rules.delay_citation or rules.restart_citation,
            e,
            i,
        )


def _log_extension(log: _Log, rules: ClockRules, e: Event, before: date | None, limit: int) -> None:
    assert isinstance(e, ExtensionGranted)  # noqa: S101 - dispatched on type
    when = f"on or before the due date {before.isoformat()}" if before else "while the clock"
    if before is None:
        when += " was stopped"
    log.step(
        f"extension of {_plural(e.days.days)} granted {when}: the limit is now {_plural(limit)}",
        rules.extension_citation,
        e.on,
    )


def _log_pauses(  # noqa: PLR0913, PLR0917 - the state of the walk
    log: _Log,
    rules: ClockRules,
    cal: WorkCalendar,
    core: _Core,
    pauses: list[tuple[int, PauseReason, date, date | None]],
    events: tuple[Event, ...],
) -> None:
    due = core[0]
    for i, reason, s, e in pauses:
        rule = rules.pause_rule(reason)
        end = "is still open" if e is None else f"ended {e.isoformat()}"
        if not rule.stops_clock:
            log.step(
                f"{reason.label} from {s.isoformat()} ({end}): under {rules.name} this time "
                "is counted",
                rule.citation,
                s,
            )
            continue
        if due is not None and s > due and not core[6]:
            log.finding(
                FindingKind.PAUSE_AFTER_DUE,
                f"{reason.label} began on {s.isoformat()}, after the due date "
                f"{due.isoformat()}: it changes nothing",
                rule.citation,
                events[i],
                i,
            )
            continue
        if e is None:
            text = f"{reason.label} since {s.isoformat()}, still open: the clock is stopped"
        else:
            n = cal.count_workdays(s, e)
            text = (
                f"{reason.label} from {s.isoformat()} to {e.isoformat()}: the "
                f"{_plural(n)} after its start, through its end, are not counted"
            )
        log.step(text, rule.citation, s)
        if e is not None and rule.period is not None:
            took = cal.count_workdays(s, e)
            if took > rule.period.days:
                log.finding(
                    FindingKind.PAUSE_OVERRAN,
                    f"{reason.label} from {s.isoformat()} to {e.isoformat()} lasted "
                    f"{_plural(took)}, more than the {_plural(rule.period.days)} allowed",
                    rule.period_citation or rule.citation,
                    events[i],
                    i,
                )


def _log_end(
    log: _Log, rules: ClockRules, cal: WorkCalendar, core: _Core, request: Request
) -> None:
    due, start, limit, _, _, used, fixed, _, open_since, corrections, concluded = core
    paused = _paused(core, rules, cal)
    awaiting = bool(corrections) and corrections[-1][1] is None
    if fixed and due is not None:
        log.step(
            f"due on {due.isoformat()}: the date fixed by the organ",
            rules.delay_citation or rules.limit_citation,
            due,
        )
    elif due is not None:
        left_out = f", leaving out {_plural(paused)} in pauses," if paused else ""
        log.step(
            f"due on {due.isoformat()}: the count of working days after day 0 "
            f"({start.isoformat()}){left_out} reaches {_plural(limit)} that day",
            rules.limit_citation,
            due,
        )
    elif awaiting:
        log.step(
            "no due date: the corrected application has not been received",
            rules.restart_citation,
            corrections[-1][0],
        )
    else:
        log.step(
            f"no due date yet: the clock stopped after {open_since} with {_plural(used)} of "
            f"{_plural(limit)} counted; it runs again when the pause ends",
            rules.limit_citation,
            open_since,
        )
    if concluded >= 0:
        end = request.events[concluded]
        if isinstance(end, Replied):
            if due is None or end.on <= due:
                log.step("replied on time", rules.limit_citation, end.on)
            else:
                late = cal.count_workdays(due, end.on)
                log.step(f"replied {_plural(late)} late", rules.limit_citation, end.on)
        else:
            log.step(
                f"the request ended without a reply ({type(end).__name__})",
                rules.limit_citation,
                end.on,
            )


def _paused(core: _Core, rules: ClockRules, cal: WorkCalendar) -> int:
    corrections = core[9]
    if corrections and corrections[-1][1] is None:
        return 0
    start = core[1]
    origin = start - _ONE_DAY if rules.count_day_zero else start
    counted = core[4]
    if counted is not None:
        return cal.count_workdays(origin, counted) - core[2]
    since = core[8]
    if since is None:
        return 0
    return cal.count_workdays(origin, max(since, origin)) - core[5]


def compute_deadline(request: Request, rules: ClockRules, calendar: WorkCalendar) -> Deadline:
    """The reply deadline of ``request`` under ``rules``, counted on ``calendar``.

    Args:
        request: The request and its event log.
        rules: The regime's limit, extension, pauses and sources.
        calendar: The working-day calendar.

    Returns:
        The :class:`Deadline`.

    Raises:
        TimelineError: a second extension, or one longer than the rules allow.
        CalendarNotPublishedError: the count needs a day the calendar does not cover.

    >>> from govdisclosure.law import Instrument
    >>> from govdisclosure.requests import Applicant, ApplicantKind, ExtensionGranted
    >>> act = Instrument(code="demo", title="Demo Act", short="DA")
    >>> rules = ClockRules(
    ...     name="Demo Act", limit=WorkingDays(5), limit_citation=Citation(act, "5"),
    ...     max_extension=WorkingDays(5), extension_citation=Citation(act, "5"),
    ...     restart_citation=Citation(act, "4"),
    ...     third_party=PauseRule(stops_clock=True, citation=Citation(act, "6")),
    ...     other_organ=PauseRule(stops_clock=True, citation=Citation(act, "6")),
    ...     fee=PauseRule(stops_clock=True, citation=Citation(act, "7")))
    >>> cal = WorkCalendar(first=date(2030, 1, 1), last=date(2030, 12, 31))
    >>> late = ExtensionGranted(on=date(2030, 3, 11), days=WorkingDays(5))
    >>> req = Request(id="r2", received=date(2030, 3, 1), events=(late,),
    ...               applicant=Applicant(kind=ApplicantKind.RESEARCH_INSTITUTION))
    >>> d = compute_deadline(req, rules, cal)     # 4-8 March; the extension came after
    >>> d.due, [f.kind.value for f in d.findings]
    (datetime.date(2030, 3, 8), ['late_extension'])
    """
    core = _run(request, rules, calendar, None)
    return Deadline(request, rules, calendar, core[0], core)


@attrs.frozen(slots=False)
class Deadline:
    """When the reply to a request is due, how that was worked out, and where it stands.

    Made by :func:`compute_deadline` (or a rule pack's ``reply_deadline``),
    never by hand.

    Attributes:
        request: The request.
        rules: The regime the clock ran under.
        calendar: The working-day calendar it was counted on.
        due: The day the count reaches the limit (or the date fixed by a
            delay); ``None`` while the clock is stopped by an open pause, or
            while a correction is awaited.
    """

    request: Request
    rules: ClockRules
    calendar: WorkCalendar = attrs.field(repr=False)
    due: date | None
    _core: _Core = attrs.field(repr=False, alias="core")

    @property
    def start(self) -> date:
        """Day 0: the date of receipt, or of the last corrected application."""
        return self._core[1]

    @property
    def limit(self) -> WorkingDays:
        """The period counted, with the extension granted in time (if any)."""
        return WorkingDays(self._core[2])

    @property
    def extension(self) -> WorkingDays:
        """The extension that took effect (``WorkingDays(0)`` if none)."""
        return WorkingDays(self._core[3])

    @property
    def paused(self) -> WorkingDays:
        """Working days left out of the count by pauses (those before the due date).

        With a pause still open, those of the pauses closed before it. With a
        fixed date, those before the date the count reached.
        """
        return WorkingDays(_paused(self._core, self.rules, self.calendar))

    @property
    def used(self) -> WorkingDays:
        """Working days counted: the limit once due, or those counted before the clock stopped."""
        return WorkingDays(self._core[5])

    @property
    def fixed(self) -> bool:
        """Whether the due date was fixed by a delayed date (``DelaySet``)."""
        return self._core[6]

    @property
    def paused_since(self) -> date | None:
        """The start of a pause still open at the end of the log, if any."""
        return self._core[8]

    @property
    def awaiting_correction_since(self) -> date | None:
        """The date a correction was requested, while the corrected application is awaited."""
        corrections = self._core[9]
        if corrections and corrections[-1][1] is None:
            return corrections[-1][0]
        return None

    @property
    def concluded(self) -> Event | None:
        """The event that ended the request, if any."""
        i = self._core[10]
        return self.request.events[i] if i >= 0 else None

    @property
    def replied_on_time(self) -> bool | None:
        """Whether the reply came in time; ``None`` if there is no reply."""
        end = self.concluded
        if not isinstance(end, Replied):
            return None
        return self.due is None or end.on <= self.due

    def status(self, on: date) -> DeadlineStatus:  # noqa: PLR0911 - one return per status
        """Where the request stands on the date ``on``.

        Only what had happened by ``on`` matters: a reply after ``on`` is not
        yet a reply.

        Raises:
            InvalidInputError: if ``on`` is not a date, or is before receipt.
        """
        self._check_on(on)
        end = self.concluded
        if end is not None and end.on <= on:
            if isinstance(end, Replied):
                if self.due is None or end.on <= self.due:
                    return DeadlineStatus.REPLIED_ON_TIME
                return DeadlineStatus.REPLIED_LATE
            return DeadlineStatus.CLOSED
        for requested, received in self._core[9]:
            if requested <= on and (received is None or on < received):
                return DeadlineStatus.AWAITING_CORRECTION
        due = self.due
        if due is not None and on > due:
            return DeadlineStatus.OVERDUE
        for s, e in self._core[7]:
            if s < on <= e:
                return DeadlineStatus.PAUSED
        since = self._core[8]
        if since is not None and since < on:
            return DeadlineStatus.PAUSED
        return DeadlineStatus.RUNNING

    def days_late(self, on: date) -> WorkingDays:
        """Working days late on ``on`` (``WorkingDays(0)`` unless overdue or replied late).

        For an overdue request, the working days after the due date up to
        ``on``; for a late reply, those up to the reply.
        """
        status = self.status(on)
        due = self.due
        if status is DeadlineStatus.OVERDUE and due is not None:
            return WorkingDays(self.calendar.count_workdays(due, on))
        end = self.concluded
        if status is DeadlineStatus.REPLIED_LATE and end is not None and due is not None:
            return WorkingDays(self.calendar.count_workdays(due, end.on))
        return WorkingDays(0)

    def _check_on(self, on: object) -> None:
        if type(on) is not date:
            msg = "must be a datetime.date"
            raise InvalidInputError(msg, field="on", value=on)
        if on < self.request.received:
            msg = f"is before the date of receipt {self.request.received.isoformat()}"
            raise InvalidInputError(msg, field="on", value=on)

    def _trace(self) -> _Log:
        log = _Log()
        _run(self.request, self.rules, self.calendar, log)
        return log

    @property
    def findings(self) -> tuple[Finding, ...]:
        """Procedural findings: a late correction notice, a late extension, and the like."""
        return tuple(self._trace().findings)

    def explain(self) -> tuple[Step, ...]:
        """The steps that led to the due date, each with its citation, in order of date."""
        steps = self._trace().steps
        steps.sort(key=lambda s: s.on or date.max)
        return tuple(steps)
