"""The reply clock: when a reply to a request is due, and whether it came in time.

A generic engine, parameterised by a jurisdiction's :class:`ClockRules` (the
PRC rules are built by ``govdisclosure.jurisdictions.cn.reply_deadline``). It
knows five things and nothing about any country:

* **A limit in working days.** Day 0 is the date of receipt; the clock counts
  the working days strictly after it, and the reply is due on the day the
  count reaches the limit.
* **Restarts.** When a correction of an unclear application is requested, the
  clock waits; when the corrected application is received, that date becomes
  the new day 0 and the count starts again from nothing. A correction asked
  for (or a corrected application received unasked) after the due date does
  not revive the expired period.
* **Pauses.** A consultation (from ``ConsultationStarted`` to
  ``ConsultationEnded`` with the same party) and, where the rules say so, a fee
  notice until payment, stop the clock on the working days ``d`` with
  ``S < d <= E`` (``S <= d <= E`` where the rule includes its start).
  Overlapping pauses count once. A pause that begins after the due date
  changes nothing. A rule may cap a pause (at most so many working days after
  it began are left out), exist only from a date, or allow only so many uses.
  While a pause with no cap is still open the due date is unknown, and the
  :class:`Deadline` says so (``due is None``, status ``PAUSED``) instead of
  guessing.
* **One bounded extension.** An extension of ``k`` working days granted on or
  before the due date adds ``k`` working days to the limit; one granted after
  it changes nothing and leaves a finding. More than the rules' maximum, or a
  second extension, raises :class:`~govdisclosure.errors.TimelineError`.
* **A fixed date.** ``DelaySet(until=)``, where the rules provide for it and it
  is set on or before the due date, fixes the due date outright.

Every event is judged against the due date as it stood on its day, and
:meth:`Deadline.status` on a day uses only the events dated up to that day.
No verdict without its facts: a reply while no due date can be known has the
status ``UNDETERMINED``, with a finding.

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

from govdisclosure.deadlines._case import Clock, Unit, case_deadlines, every_day, window_end
from govdisclosure.deadlines._columns import (
    PAUSE_REASON_CODES,
    ColumnDeadlines,
    ColumnReason,
    due_dates_array,
)
from govdisclosure.deadlines._deadline import Deadline, compute_deadline
from govdisclosure.deadlines._findings import Finding, FindingKind, Step
from govdisclosure.deadlines._registry import named_rules, register_rules, rules_name
from govdisclosure.deadlines._result import DeadlineStatus
from govdisclosure.deadlines._rules import (
    ClockRules,
    PauseReason,
    PauseRule,
    StartRule,
    TollReason,
)

__all__ = [
    "PAUSE_REASON_CODES",
    "Clock",
    "ClockRules",
    "ColumnDeadlines",
    "ColumnReason",
    "Deadline",
    "DeadlineStatus",
    "Finding",
    "FindingKind",
    "PauseReason",
    "PauseRule",
    "StartRule",
    "Step",
    "TollReason",
    "Unit",
    "case_deadlines",
    "compute_deadline",
    "due_dates_array",
    "every_day",
    "named_rules",
    "register_rules",
    "rules_name",
    "window_end",
]
