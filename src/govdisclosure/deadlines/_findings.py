"""What the clock says about a request besides its due date: findings and explanation steps.

>>> from govdisclosure.law import Citation, Instrument
>>> act = Instrument(code="demo", title="Demo Act", short="DA")
>>> str(Step("received: day 0", Citation(act, "5"), on=date(2030, 3, 1)))
'2030-03-01: received: day 0 [DA Art 5]'

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
from datetime import date

import attrs

from govdisclosure.law import Citation
from govdisclosure.requests import Event

__all__ = ["Finding", "FindingKind", "Step"]


class FindingKind(enum.Enum):
    """Kinds of procedural finding about a request's handling."""

    LATE_CORRECTION_NOTICE = "late_correction_notice"
    """A correction was requested later than the rules allow."""
    REPEATED_CORRECTION = "repeated_correction"
    """A correction was requested more than once."""
    CORRECTION_AFTER_DUE = "correction_after_due"
    """A correction asked for, or received, after the due date; it does not revive the period.

    .. versionadded:: 0.2.0
    """
    CORRECTION_NOT_REQUESTED = "correction_not_requested"
    """A corrected application came with no request for it recorded; it restarts the count all
    the same (the request may be unlogged), and the finding says so.

    .. versionadded:: 0.2.0
    """
    LATE_EXTENSION = "late_extension"
    """An extension was granted after the due date; it changes nothing."""
    EXTENSION_BEYOND_GUIDANCE = "extension_beyond_guidance"
    """Extensions beyond what guidance calls reasonable, where the law sets no maximum.

    .. versionadded:: 0.2.0
    """
    EXTENSION_SUPERSEDED = "extension_superseded"
    """An extension came before a restart, or after a fixed date; it changes nothing."""
    LATE_DELAY = "late_delay"
    """A delayed date was set after the due date; it changes nothing.

    .. versionchanged:: 0.2.0 it no longer fixes the due date.
    """
    DELAY_NOT_PROVIDED = "delay_not_provided"
    """A delayed date was set under rules that do not provide for one; it changes nothing."""
    DELAY_SUPERSEDED = "delay_superseded"
    """A delayed date was set before a restart; it changes nothing."""
    DELAY_SHORTENS = "delay_shortens"
    """A delayed date is earlier than the due date it replaced."""
    PAUSE_AFTER_DUE = "pause_after_due"
    """A pause began after the due date; it changes nothing."""
    PAUSE_OVERRAN = "pause_overran"
    """A pause lasted longer than the other side's time under the rules (where capped, the
    time beyond it is counted)."""
    PAUSE_NOT_IN_FORCE = "pause_not_in_force"
    """A pause began before the provision it rests on was in force; it changes nothing.

    .. versionadded:: 0.2.0
    """
    PAUSE_LIMIT_REACHED = "pause_limit_reached"
    """A pause of a kind the rules allow only so often; this one changes nothing.

    .. versionadded:: 0.2.0
    """
    ARRIVAL_NOT_RECORDED = "arrival_not_recorded"
    """Receipt by ordinary mail was confirmed, but the day it arrived is not recorded: whether it
    was confirmed that day cannot be checked.

    .. versionadded:: 0.2.0
    """
    LATE_RECEIPT_CONFIRMATION = "late_receipt_confirmation"
    """Receipt was confirmed later than the rules ask (ordinary mail confirmed after it arrived).

    .. versionadded:: 0.2.0
    """
    LATE_ROUTING = "late_routing"
    """The request reached the right office later than the rules allow; day 0 is the cap.

    .. versionadded:: 0.2.0
    """
    NO_DUE_DATE = "no_due_date"
    """The request was replied to while no due date could be known; there is no verdict.

    .. versionadded:: 0.2.0
    """


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


class Log:
    """Steps and findings, collected only when an explanation is asked for."""

    __slots__ = ("findings", "steps")

    def __init__(self) -> None:
        self.steps: list[Step] = []
        self.findings: list[Finding] = []

    def step(self, text: str, citation: Citation, on: date | None = None) -> None:
        """Record a step of the reasoning."""
        self.steps.append(Step(text, citation, on))

    def finding(
        self, kind: FindingKind, message: str, citation: Citation, event: Event | None, index: int
    ) -> None:
        """Record a finding about event ``index``."""
        self.findings.append(Finding(kind, message, citation, event, index))


def plural(n: int) -> str:
    """``"1 working day"``, ``"3 working days"``."""
    return f"{n} working day{'' if n == 1 else 's'}"
