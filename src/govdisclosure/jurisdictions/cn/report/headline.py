"""Headline figures of a year's request handling: rates, days to reply, and sample sizes.

:func:`headline_figures` reads a request log for one year and reports:

* the **disclosure rate**: requests concluded in the year with a reply that
  disclosed information in whole or in part (表三 （一）+（二）), over all
  requests concluded in the year (（七）总计, withdrawals and lapses included);
* the **on-time rate**: replies given in the year on or before their due date
  (each request's :class:`~govdisclosure.deadlines.Deadline` from
  :func:`cn.reply_deadline <govdisclosure.jurisdictions.cn.clock.reply_deadline>`),
  over all replies given in the year;
* the **median** and **90th percentile** of the working days from receipt to
  reply, counted on the working-day calendar (day 0 is the date of receipt;
  time the clock stood still is *included*: this is the applicant's wait);

each with the number of requests it rests on, a 95% Wilson interval for the
rates, and a ``small_sample`` flag when the replies number fewer than a
threshold (:data:`SMALL_SAMPLE`, a policy of ours: the law sets none).

These definitions are ours; the format states none.

>>> from datetime import date
>>> from govdisclosure.calendar import WorkCalendar
>>> from govdisclosure.jurisdictions.cn.outcomes import Outcome
>>> from govdisclosure.requests import Applicant, ApplicantKind, Replied, Request
>>> cal = WorkCalendar(first=date(2030, 1, 1), last=date(2030, 12, 31))
>>> person = Applicant(kind=ApplicantKind.NATURAL_PERSON)
>>> log = [Request(id=str(i), received=date(2030, 3, 1), applicant=person,
...                events=[Replied(on=date(2030, 3, 1 + 7 * i), outcome=Outcome.DISCLOSED)])
...        for i in range(1, 5)]
>>> h = headline_figures(log, year=2030, calendar=cal)
>>> h.replied, h.on_time, h.median_days, h.small_sample     # 5, 10, 15, 20 working days
(4, 4, 12.5, True)
>>> h.disclosure_rate
1.0

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable
from datetime import date

import attrs

from govdisclosure.calendar import WorkCalendar
from govdisclosure.errors import InvalidInputError
from govdisclosure.jurisdictions.cn.clock import DEFAULT_POLICY, ClockPolicy, reply_deadline
from govdisclosure.jurisdictions.cn.outcomes import Outcome
from govdisclosure.law import OMIT_IF_DEFAULT
from govdisclosure.requests import Replied, Request

__all__ = ["SMALL_SAMPLE", "HeadlineFigures", "headline_figures", "wilson_interval"]

SMALL_SAMPLE = 30
"""Fewer replies than this, and :attr:`HeadlineFigures.small_sample` is set.

A policy of ours, not a legal number: with fewer than about 30 cases a rate
moves by several points with each case, and a 90th percentile rests on two or
three of them. Pass ``small_sample=`` to :func:`headline_figures` to change it.
"""

_Z95 = 1.959963984540054


def wilson_interval(successes: int, n: int, z: float = _Z95) -> tuple[float, float] | None:
    """The Wilson score interval for a proportion (95% by default); ``None`` if ``n`` is 0.

    >>> low, high = wilson_interval(2, 2)
    >>> round(low, 3), high
    (0.342, 1.0)
    """
    if n == 0:
        return None
    p = successes / n
    z2 = z * z
    centre = (p + z2 / (2 * n)) / (1 + z2 / n)
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n)
    # At 0 and n the bounds are exactly 0 and 1; say so rather than trust the rounding.
    low = 0.0 if successes == 0 else max(0.0, centre - half)
    high = 1.0 if successes == n else min(1.0, centre + half)
    return low, high


@attrs.frozen
class HeadlineFigures:
    """A year's headline figures, with the counts they rest on.

    Attributes:
        year: The year.
        concluded: Requests concluded in the year (the disclosure rate's denominator).
        disclosed: Of those, replies that disclosed in whole or in part.
        replied: Replies given in the year (the timing figures' sample).
        on_time: Of those, replies on or before the due date.
        median_days: The median of the working days from receipt to reply.
        p90_days: The 90th percentile of the same (linear interpolation between
            order statistics, ``statistics.quantiles(method="inclusive")``).
        threshold: The sample size below which :attr:`small_sample` is set.
        undetermined: Of the replies, those with no due date to judge them by (a
            correction awaited, a pause with no limit open): neither on time nor
            late, and left out of the on-time rate.

    .. versionchanged:: 0.2.0 ``undetermined``.
    """

    year: int
    concluded: int
    disclosed: int
    replied: int
    on_time: int
    median_days: float | None
    p90_days: float | None
    threshold: int = SMALL_SAMPLE
    undetermined: int = attrs.field(default=0, kw_only=True, metadata={OMIT_IF_DEFAULT: True})

    def __attrs_post_init__(self) -> None:
        if type(self.undetermined) is not int or self.undetermined < 0:
            msg = "must be a whole number of replies, 0 or more"
            raise InvalidInputError(msg, field="undetermined", value=self.undetermined)
        if self.on_time + self.undetermined > self.replied:
            msg = f"with {self.on_time} on time, more than the {self.replied} replies"
            raise InvalidInputError(msg, field="undetermined", value=self.undetermined)

    @property
    def judged(self) -> int:
        """Replies with a verdict, on time or late: the on-time rate's denominator."""
        return self.replied - self.undetermined

    @property
    def disclosure_rate(self) -> float | None:
        """``disclosed / concluded``; ``None`` if nothing was concluded."""
        return self.disclosed / self.concluded if self.concluded else None

    @property
    def on_time_rate(self) -> float | None:
        """``on_time / judged``; ``None`` if no reply could be judged."""
        return self.on_time / self.judged if self.judged else None

    @property
    def disclosure_interval(self) -> tuple[float, float] | None:
        """A 95% Wilson interval for the disclosure rate."""
        return wilson_interval(self.disclosed, self.concluded)

    @property
    def on_time_interval(self) -> tuple[float, float] | None:
        """A 95% Wilson interval for the on-time rate."""
        return wilson_interval(self.on_time, self.judged)

    @property
    def small_sample(self) -> bool:
        """Whether the replies number fewer than :attr:`threshold` (figures mean little)."""
        return self.replied < self.threshold


def _percentile_90(values: list[int]) -> float:
    if len(values) == 1:
        return float(values[0])
    return float(statistics.quantiles(values, n=10, method="inclusive")[-1])


def headline_figures(
    requests: Iterable[Request],
    *,
    year: int,
    calendar: WorkCalendar | None = None,
    policy: ClockPolicy = DEFAULT_POLICY,
    small_sample: int = SMALL_SAMPLE,
) -> HeadlineFigures:
    """The headline figures of ``year`` from a request log (see the module docs).

    Args:
        requests: The requests, in any order.
        year: The year.
        calendar: The working-day calendar; by default the official PRC one.
        policy: The reply clock's readings (:class:`~cn.clock.ClockPolicy`).
        small_sample: The threshold for :attr:`HeadlineFigures.small_sample`.

    Raises:
        InvalidInputError: for a reply with no outcome recorded.
        CalendarNotPublishedError: when a deadline runs past the published calendar.
        NoRuleInForceError: for a request received before 2008-05-01.
    """
    if type(year) is not int:
        msg = "must be a year (int)"
        raise InvalidInputError(msg, field="year", value=year)
    if calendar is None:
        from govdisclosure.jurisdictions.cn.workdays import calendar as official

        calendar = official()
    start, end = date(year, 1, 1), date(year, 12, 31)
    concluded = disclosed = on_time = undetermined = 0
    days: list[int] = []
    for request in requests:
        last = request.concluded
        if last is None or not start <= last.on <= end:
            continue
        concluded += 1
        if not isinstance(last, Replied):
            continue
        if not isinstance(last.outcome, Outcome):
            msg = f"request {request.id!r} was replied to with no cn.Outcome recorded"
            raise InvalidInputError(msg, field="outcome", value=last.outcome)
        disclosed += last.outcome.is_disclosure
        verdict = reply_deadline(request, calendar=calendar, policy=policy).replied_on_time
        on_time += verdict is True
        undetermined += verdict is None
        days.append(calendar.count_workdays(request.received, last.on))
    return HeadlineFigures(
        year=year,
        concluded=concluded,
        disclosed=disclosed,
        replied=len(days),
        on_time=on_time,
        median_days=float(statistics.median(days)) if days else None,
        p90_days=_percentile_90(days) if days else None,
        threshold=small_sample,
        undetermined=undetermined,
    )
