"""The deadline of one request: its due date, its status on any day, and how it was reached.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import bisect
import html
from datetime import date

import attrs

from govdisclosure.calendar import WorkCalendar
from govdisclosure.deadlines._engine import Walk
from govdisclosure.deadlines._explain import explain_end
from govdisclosure.deadlines._findings import Finding, Log, Step
from govdisclosure.deadlines._result import DeadlineStatus, open_pause, paused, status
from govdisclosure.deadlines._rules import ClockRules
from govdisclosure.errors import InvalidInputError
from govdisclosure.law import WorkingDays
from govdisclosure.requests import Event, Replied, Request

__all__ = ["Deadline", "compute_deadline"]


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

    >>> from govdisclosure.law import Citation, Instrument
    >>> from govdisclosure.deadlines import PauseRule
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
    >>> d
    Deadline(request='r2', due=2030-03-08, limit=5 working days, rules='Demo Act', 1 finding)
    """
    walk = Walk(request, rules, calendar, None)
    return Deadline(request, rules, calendar, walk.due(), walk)


_SHORT = 40
"""The most characters of a request id or a regime's name shown in a repr."""


def _short(text: str) -> str:
    r"""``text`` quoted as ``repr`` quotes it, cut so that the quoted form is at most 40 characters.

    The cut is made after quoting, so escapes (a control character becomes ``\x1f``)
    cannot make the line longer.
    """
    quoted = repr(text)
    return quoted if len(quoted) <= _SHORT else quoted[: _SHORT - 2] + "…" + quoted[-1]


@attrs.frozen(repr=False)
class Deadline:
    """When the reply to a request is due, how that was worked out, and where it stands.

    Made by :func:`compute_deadline` (or a rule pack's ``reply_deadline``),
    never by hand. Its ``repr`` is one short line (the request, the due date,
    the period, the regime and how many findings); in a notebook it shows the
    due date and the steps of :meth:`explain` (``_repr_html_``).

    Attributes:
        request: The request.
        rules: The regime the clock ran under.
        calendar: The working-day calendar it was counted on.
        due: The day the count reaches the limit (or the date fixed by a
            delay); ``None`` while the clock is stopped by an open pause with
            no cap, or while a correction is awaited.
    """

    request: Request
    rules: ClockRules
    calendar: WorkCalendar = attrs.field(repr=False)
    due: date | None
    _walk: Walk = attrs.field(repr=False, alias="core", eq=False)

    @property
    def start(self) -> date:
        """Day 0: the date of receipt, or of the last corrected application."""
        return self._walk.start

    @property
    def limit(self) -> WorkingDays:
        """The period counted, with the extension granted in time (if any)."""
        return WorkingDays(self._walk.limit)

    @property
    def extension(self) -> WorkingDays:
        """The extensions that took effect, added up (``WorkingDays(0)`` if none)."""
        return WorkingDays(sum(e.days.days for _, e in self._walk.extension))

    @property
    def paused(self) -> WorkingDays:
        """Working days left out of the count by pauses (those before the due date).

        With a pause still open, those before the count stopped. With a fixed
        date, those before the date the count reached.
        """
        return WorkingDays(paused(self._walk))

    @property
    def used(self) -> WorkingDays:
        """Working days counted: the limit once due, or those counted before the clock stopped."""
        return WorkingDays(0 if self._walk.awaiting is not None else self._walk.counted()[1])

    @property
    def fixed(self) -> bool:
        """Whether the due date was fixed by a delayed date (``DelaySet``)."""
        return self._walk.fixed is not None

    @property
    def paused_since(self) -> date | None:
        """The start of a pause with no cap still open at the end of the log, if any."""
        p = open_pause(self._walk)
        return p.start if p is not None else None

    @property
    def awaiting_correction_since(self) -> date | None:
        """The date a correction was requested, while the corrected application is awaited."""
        return self._walk.awaiting

    @property
    def concluded(self) -> Event | None:
        """The event that ended the request, if any."""
        i = self._walk.concluded
        return self.request.events[i] if i >= 0 else None

    @property
    def replied_on_time(self) -> bool | None:
        """Whether the reply came in time; ``None`` if there is no reply, or no due date.

        .. versionchanged:: 0.2.0 ``None`` (undetermined), not ``True``, for a reply
           while no due date could be known.
        """
        end = self.concluded
        if not isinstance(end, Replied) or self.due is None:
            return None
        return end.on <= self.due

    def _as_of(self, on: date) -> Deadline:
        """The deadline computed from the events dated on or before ``on`` only."""
        events = self.request.events
        if not events or events[-1].on <= on:
            return self
        k = bisect.bisect_right([e.on for e in events], on)
        request = attrs.evolve(self.request, events=events[:k])
        return compute_deadline(request, self.rules, self.calendar)

    def status(self, on: date) -> DeadlineStatus:
        """Where the request stands on the date ``on``.

        Only what had happened by ``on`` matters: the status is the one computed
        from the events dated on or before ``on`` (a reply after ``on`` is not
        yet a reply; a correction or delay after ``on`` does not reach back).

        Raises:
            InvalidInputError: if ``on`` is not a date, or is before receipt.
        """
        self._check_on(on)
        view = self._as_of(on)
        return status(view._walk, view.request, on)  # noqa: SLF001

    def days_late(self, on: date) -> WorkingDays | None:
        """Working days late on ``on`` (``WorkingDays(0)`` unless overdue or replied late).

        For an overdue request, the working days after the due date (as it stood
        on ``on``) up to ``on``; for a late reply, those up to the reply. For a
        reply with no due date (status ``UNDETERMINED``), ``None``: not zero.

        .. versionchanged:: 0.2.0 ``None`` for an undetermined reply.
        """
        self._check_on(on)
        view = self._as_of(on)
        state = status(view._walk, view.request, on)  # noqa: SLF001
        if state is DeadlineStatus.UNDETERMINED:
            return None
        due = view.due
        if state is DeadlineStatus.OVERDUE and due is not None:
            return WorkingDays(self.calendar.count_workdays(due, on))
        end = view.concluded
        if state is DeadlineStatus.REPLIED_LATE and end is not None and due is not None:
            return WorkingDays(self.calendar.count_workdays(due, end.on))
        return WorkingDays(0)

    def _check_on(self, on: object) -> None:
        if type(on) is not date:
            msg = "must be a datetime.date"
            raise InvalidInputError(msg, field="on", value=on)
        if on < self.request.received:
            msg = f"is before the date of receipt {self.request.received.isoformat()}"
            raise InvalidInputError(msg, field="on", value=on)

    def _trace(self) -> Log:
        log = Log()
        walk = Walk(self.request, self.rules, self.calendar, log)
        explain_end(log, walk, self.request)
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

    # -- display -----------------------------------------------------------------------

    def __repr__(self) -> str:
        """One short line: request id, due date (or ``not fixed``), period, regime, findings.

        Facts only, never a status (a status depends on the day asked). Long ids
        and names are cut to 40 characters, so the line stays under 160.

        .. versionadded:: 0.3.0
        """
        due = self.due.isoformat() if self.due is not None else "not fixed"
        n = len(self.findings)
        return (
            f"Deadline(request={_short(self.request.id)}, due={due}, limit={self.limit}, "
            f"rules={_short(self.rules.name)}, {n} finding{'' if n == 1 else 's'})"
        )

    def _repr_html_(self) -> str:
        """The due date, then the steps of :meth:`explain` (and any findings) as HTML lists.

        Every text is escaped.

        .. versionadded:: 0.3.0
        """
        due = self.due.isoformat() if self.due is not None else "not fixed"
        head = (
            f"<p><strong>Due: {html.escape(due)}</strong> (request "
            f"{html.escape(self.request.id)}, {html.escape(str(self.limit))} under "
            f"{html.escape(self.rules.name)})</p>"
        )
        parts = ['<div class="govdisclosure-deadline">', head, "<ol>"]
        parts.extend(f"<li>{html.escape(str(step))}</li>" for step in self.explain())
        parts.append("</ol>")
        findings = self.findings
        if findings:
            parts.append("<p>Findings:</p>")
            parts.append("<ul>")
            parts.extend(
                f"<li>{html.escape(f.message)} [{html.escape(str(f.citation))}]</li>"
                for f in findings
            )
            parts.append("</ul>")
        parts.append("</div>")
        return "\n".join(parts)
