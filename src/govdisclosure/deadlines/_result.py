"""What a walk over the log leaves behind: the due date and the facts that decide a status.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import enum
from datetime import date

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


def open_pause(walk: Walk) -> Pause | None:
    """The earliest pause with no cap still open at the end of the log, if any."""
    found: Pause | None = None
    for p in walk.effective:
        if p.actual_end is None and p.rule.cap is None and (found is None or p.start < found.start):
            found = p
    return found


def paused(walk: Walk) -> int:
    """Working days left out by pauses before the due date (or before the clock stopped)."""
    if walk.awaiting is not None:
        return 0
    cal = walk.cal
    counted, used, stop = walk.counted()
    if counted is not None:
        return cal.count_workdays(walk.origin, counted) - walk.limit
    if stop is None:
        return 0
    return cal.count_workdays(walk.origin, max(stop, walk.origin)) - used


def status(walk: Walk, request: Request, on: date) -> DeadlineStatus:  # noqa: PLR0911 - one return per status
    """The status on ``on`` of a walk over a log with no event after ``on``."""
    due = walk.due()
    if walk.concluded >= 0:
        end = request.events[walk.concluded]
        if isinstance(end, Replied):
            if due is None:
                return DeadlineStatus.UNDETERMINED
            if end.on <= due:
                return DeadlineStatus.REPLIED_ON_TIME
            return DeadlineStatus.REPLIED_LATE
        return DeadlineStatus.CLOSED
    if walk.awaiting is not None:
        return DeadlineStatus.AWAITING_CORRECTION
    if due is not None and on > due:
        return DeadlineStatus.OVERDUE
    for p in walk.effective:
        if p.bound < on:
            stop = p.stop(walk.cal)
            if stop is None or on <= stop:
                return DeadlineStatus.PAUSED
    return DeadlineStatus.RUNNING
