"""What a walk over the log leaves behind: the due date and the facts that decide a status.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import enum
from datetime import date

from govdisclosure.calendar import WorkCalendar
from govdisclosure.deadlines._engine import Walk
from govdisclosure.deadlines._pauses import Pause
from govdisclosure.requests import Replied, Request

__all__ = ["DeadlineStatus"]


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
    UNDETERMINED = "undetermined"
    """A reply came while no due date could be known (a correction was awaited, or a pause
    with no limit was open), so whether it was in time cannot be said.

    .. versionadded:: 0.2.0
    """


class Result:
    """The clock's state at the end of a log."""

    __slots__ = (
        "concluded",
        "corrections",
        "counted",
        "due",
        "extension",
        "fixed",
        "limit",
        "open_pause",
        "origin",
        "pauses",
        "start",
        "stop",
        "used",
    )

    def __init__(self, walk: Walk) -> None:
        self.start = walk.start
        self.origin = walk.origin
        self.limit = walk.limit
        self.extension = walk.extension[1].days.days if walk.extension is not None else 0
        self.fixed = walk.fixed is not None
        self.pauses: tuple[Pause, ...] = tuple(p for p in walk.pauses if p.effective)
        self.corrections = tuple(walk.corrections)
        self.concluded = walk.concluded
        opened = [p for p in self.pauses if not p.closed and p.rule.cap is None]
        self.open_pause: Pause | None = min(opened, key=lambda p: p.start) if opened else None
        self.stop: date | None = None
        if walk.awaiting is not None:
            self.counted: date | None = None
            self.used = 0
            self.due: date | None = None
            return
        self.counted, self.used, self.stop = walk.counted()
        self.due = walk.fixed[1].until if walk.fixed is not None else self.counted

    @property
    def awaiting(self) -> date | None:
        """When a correction still awaited was requested."""
        if self.corrections and self.corrections[-1][1] is None:
            return self.corrections[-1][0]
        return None

    def paused(self, cal: WorkCalendar) -> int:
        """Working days left out by pauses before the due date (or before the clock stopped)."""
        if self.awaiting is not None:
            return 0
        if self.counted is not None:
            return cal.count_workdays(self.origin, self.counted) - self.limit
        if self.stop is None:
            return 0
        return cal.count_workdays(self.origin, max(self.stop, self.origin)) - self.used

    def status(self, request: Request, on: date, cal: WorkCalendar) -> DeadlineStatus:  # noqa: PLR0911 - one return per status
        """The status on ``on``, for a log with no event after ``on``."""
        if self.concluded >= 0:
            end = request.events[self.concluded]
            if isinstance(end, Replied):
                if self.due is None:
                    return DeadlineStatus.UNDETERMINED
                if end.on <= self.due:
                    return DeadlineStatus.REPLIED_ON_TIME
                return DeadlineStatus.REPLIED_LATE
            return DeadlineStatus.CLOSED
        if self.awaiting is not None:
            return DeadlineStatus.AWAITING_CORRECTION
        if self.due is not None and on > self.due:
            return DeadlineStatus.OVERDUE
        for p in self.pauses:
            if p.bound < on:
                stop = p.stop(cal)
                if stop is None or on <= stop:
                    return DeadlineStatus.PAUSED
        return DeadlineStatus.RUNNING
