"""Interruptions of the clock, and the count of working days past them.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from datetime import date, timedelta

from govdisclosure.calendar import WorkCalendar
from govdisclosure.deadlines._rules import PauseReason, PauseRule, TollReason

ONE_DAY = timedelta(days=1)


class Pause:
    """One interruption of the clock: its rule, when it began, and which days it leaves out."""

    __slots__ = ("actual_end", "bound", "effective", "end", "index", "reason", "rule", "start")

    def __init__(
        self,
        reason: PauseReason | TollReason,
        rule: PauseRule,
        start: date,
        index: int,
        *,
        effective: bool,
    ) -> None:
        self.reason = reason
        self.rule = rule
        self.start = start
        self.index = index
        self.effective = effective
        # The days left out are those d with bound < d <= end.
        self.bound = start - ONE_DAY if rule.include_start else start
        self.end: date | None = None  # the last day left out, once known
        self.actual_end: date | None = None  # the day the end event came, if it came

    @property
    def closed(self) -> bool:
        """Whether its end event has come."""
        return self.actual_end is not None

    def stop(self, cal: WorkCalendar) -> date | None:
        """The last day it leaves out; ``None`` while open with no cap."""
        if self.end is None and self.rule.cap is not None:
            self.end = cal.add_workdays(self.start, self.rule.cap.days)
        return self.end

    def close(self, on: date, cal: WorkCalendar) -> None:
        """Its end event came on ``on``."""
        self.actual_end = on
        cap = self.rule.cap
        if cap is not None and (on - self.start).days > cap.days:
            # The cap's last day first: an end past it (in a year with no calendar, say)
            # need not be counted.
            last = cal.add_workdays(self.start, cap.days)
            self.end = min(on, last)
        else:
            self.end = on


def count(
    origin: date, limit: int, pauses: list[Pause], cal: WorkCalendar
) -> tuple[date | None, int, date | None]:
    """Count ``limit`` working days after ``origin``, past the pauses.

    Returns the due date (``None`` if an open pause with no cap stops the count
    first), the working days counted, and where the count stopped (``None``
    unless it did).

    ``pauses`` are the effective ones, in order of their ``bound``. Overlapping
    pauses leave a day out once. A calendar day is asked for only if the count
    needs it: a pause that begins after the due date costs no look-up.
    """
    pos = origin
    remaining = limit
    last = cal.last
    for p in pauses:
        if p.bound > pos:
            if p.bound > last:
                return cal.add_workdays(pos, remaining), limit, None
            avail = cal.count_workdays(pos, p.bound)
            if avail >= remaining:
                return cal.add_workdays(pos, remaining), limit, None
            remaining -= avail
            pos = p.bound
        end = p.stop(cal)
        if end is None:
            return None, limit - remaining, max(pos, p.bound)
        pos = max(pos, end)
    return cal.add_workdays(pos, remaining), limit, None
