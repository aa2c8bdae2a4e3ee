"""Cost limits: an estimate of the work a request needs, compared with a limit that refuses it.

A cost limit is not a fee. The estimate is hours per permitted activity times
a flat hourly rate, summed over the requests the caller says are aggregated
(the caller picks them: same requester, same window); a request whose estimate
passes the limit may be refused. Where an estimate is missing, the verdict is
undetermined, unless the estimates given already pass the limit (more hours
can only add to it).

Re-exported by :mod:`govdisclosure.fees`; import them from there.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from decimal import Decimal

import attrs

from govdisclosure._validators import instance_of, non_empty, tuple_of
from govdisclosure.errors import InvalidInputError, Problem
from govdisclosure.fees._adjustments import Threshold, activity_codes
from govdisclosure.fees._rates import check_quantity
from govdisclosure.law import Citation
from govdisclosure.money import Money


def _hours(values: object) -> tuple[tuple[str, Decimal | None], ...]:
    pairs = values.items() if isinstance(values, Mapping) else tuple_of(values, "hours")
    found: list[tuple[str, Decimal | None]] = []
    problems: list[Problem] = []
    for i, pair in enumerate(pairs):
        if not isinstance(pair, tuple) or len(pair) != 2:
            problems.append(Problem(f"hours[{i}]", "must be an (activity, hours) pair", pair))
            continue
        code, hours = pair
        where = f"hours[{code!r}]"
        if not isinstance(code, str) or not code.strip():
            problems.append(Problem(where, "the activity must be a non-empty str", code))
        elif code in (c for c, _ in found):
            problems.append(Problem(where, "is given twice", hours))
        try:
            amount = None if hours is None else check_quantity(hours, where, whole=False)
        except InvalidInputError as err:
            problems += err.problems
            continue
        found.append((code, amount))
    if problems:
        msg = "invalid cost estimate"
        raise InvalidInputError(msg, problems=problems)
    return tuple(found)


@attrs.frozen
class CostEstimate:
    """The estimated staff hours of one request, per permitted activity.

    Attributes:
        hours: ``(activity code, hours)`` pairs (a mapping is accepted); hours
            are a ``Decimal`` or an int, or ``None`` for "not estimated".
        ref: A reference to the request, for people.

    >>> CostEstimate({"locate": Decimal("3.5"), "extract": None}, ref="R-1").hours
    (('locate', Decimal('3.5')), ('extract', None))
    """

    hours: tuple[tuple[str, Decimal | None], ...] = attrs.field(converter=_hours)
    ref: str = ""

    def of(self, activity: str) -> Decimal | None:
        """The hours estimated for ``activity``; ``None`` if not estimated (or not listed)."""
        return next((h for code, h in self.hours if code == activity), None)


class CostLimitStatus(enum.Enum):
    """A cost-limit verdict: within the limit, over it (the request may be refused), or unknown.

    >>> CostLimitStatus("undetermined")
    <CostLimitStatus.UNDETERMINED: 'undetermined'>
    """

    WITHIN = "within"
    EXCEEDS = "exceeds"
    UNDETERMINED = "undetermined"


def _positive_money(instance: object, attribute: attrs.Attribute[Money], value: object) -> None:
    if not isinstance(value, Money) or not value.amount > 0:
        msg = "must be a Money of more than nothing"
        raise InvalidInputError(msg, field=attribute.name, value=value)


@attrs.frozen
class CostLimit:
    """A cost limit: hours per permitted activity × a flat rate, compared with a limit.

    Attributes:
        name: A name for people.
        activities: The codes of the activities the estimate may count (no other).
        hourly_rate: The flat rate per person per hour.
        limit: The request may be refused when the estimate passes it.
        citation: The provision that sets the limit.

    >>> from govdisclosure.money import Money
    >>> gbp = lambda n: Money(n, "GBP")
    >>> limit = CostLimit("demo limit", ("locate", "extract"), gbp(25), Threshold(gbp(450)))
    >>> limit.check(CostEstimate({"locate": 10, "extract": 8})).status.value   # £450: not over
    'within'
    >>> limit.check(CostEstimate({"locate": 19})).status.value   # extract not estimated
    'exceeds'
    >>> limit.check(CostEstimate({"locate": 10})).status.value
    'undetermined'
    """

    name: str = attrs.field(validator=non_empty)
    activities: tuple[str, ...] = attrs.field(converter=activity_codes)
    hourly_rate: Money = attrs.field(validator=_positive_money)
    limit: Threshold = attrs.field(validator=instance_of(Threshold))
    citation: Citation | None = attrs.field(
        default=None, kw_only=True, validator=instance_of(Citation, type(None))
    )

    def __attrs_post_init__(self) -> None:
        if self.limit.amount.currency != self.hourly_rate.currency:
            msg = f"must be in {self.hourly_rate.currency}, the currency of the hourly rate"
            raise InvalidInputError(msg, field="limit.amount", value=self.limit.amount)

    def check(self, estimates: CostEstimate | Iterable[CostEstimate]) -> CostLimitVerdict:
        """The verdict on one request's estimate, or on several aggregated.

        The caller chooses which requests are aggregated (those within the
        window the law sets, by the same requester or persons acting in concert).

        Raises:
            InvalidInputError: An estimate counts an activity that is not
                permitted (every one named), or there is no estimate at all.
        """
        found = (estimates,) if isinstance(estimates, CostEstimate) else tuple_of(estimates, "e")
        problems = [
            Problem(f"estimates[{i}]", "must be a CostEstimate", e)
            for i, e in enumerate(found)
            if not isinstance(e, CostEstimate)
        ]
        problems += [
            Problem(f"estimates[{i}].hours[{code!r}]", "is not a permitted activity", hours)
            for i, e in enumerate(found)
            if isinstance(e, CostEstimate)
            for code, hours in e.hours
            if code not in self.activities
        ]
        if not found:
            problems.append(Problem("estimates", "at least one estimate is needed", found))
        if problems:
            msg = f"invalid estimates for {self.name!r}"
            raise InvalidInputError(msg, problems=problems)
        return CostLimitVerdict(self, found)


@attrs.frozen
class CostLimitVerdict:
    """Whether a request (or requests aggregated) passes a cost limit, with the estimate and why.

    Attributes:
        limit: The cost limit applied.
        estimates: The estimates counted (one per request aggregated).

    The verdict is derived: :attr:`status` is ``EXCEEDS`` when the hours
    estimated pass the limit, ``WITHIN`` when every permitted activity of every
    request is estimated and they do not, and ``UNDETERMINED`` otherwise.

    >>> from govdisclosure.money import Money
    >>> limit = CostLimit("demo", ("locate",), Money(25, "GBP"), Threshold(Money(600, "GBP")))
    >>> verdict = limit.check([CostEstimate({"locate": 20}), CostEstimate({"locate": 5})])
    >>> verdict.hours, str(verdict.estimate), verdict.status.value, verdict.refusable
    (Decimal('25'), '£625.00', 'exceeds', True)
    """

    limit: CostLimit = attrs.field(validator=instance_of(CostLimit))
    estimates: tuple[CostEstimate, ...] = attrs.field(converter=tuple)

    @property
    def hours(self) -> Decimal:
        """The hours estimated, over every request and activity (the missing ones left out)."""
        return sum((h for e in self.estimates for _, h in e.hours if h is not None), Decimal(0))

    @property
    def estimate(self) -> Money:
        """The cost of the hours estimated: ``hours`` × the hourly rate."""
        return self.limit.hourly_rate * self.hours

    @property
    def missing(self) -> tuple[tuple[str, str], ...]:
        """``(request ref, activity)`` for every permitted activity not estimated."""
        return tuple(
            (e.ref, code)
            for e in self.estimates
            for code in self.limit.activities
            if e.of(code) is None
        )

    @property
    def status(self) -> CostLimitStatus:
        """Within, exceeds, or undetermined (see the class)."""
        if self.limit.limit.passed_by(self.estimate):
            return CostLimitStatus.EXCEEDS
        return CostLimitStatus.UNDETERMINED if self.missing else CostLimitStatus.WITHIN

    @property
    def refusable(self) -> bool | None:
        """Whether the request may be refused on cost: ``None`` when undetermined."""
        status = self.status
        if status is CostLimitStatus.UNDETERMINED:
            return None
        return status is CostLimitStatus.EXCEEDS

    def explain(self) -> str:
        """The estimate, the limit and the verdict, for people.

        >>> from govdisclosure.money import Money
        >>> gbp = lambda n: Money(n, "GBP")
        >>> limit = CostLimit("demo limit", ("locate", "extract"), gbp(25), Threshold(gbp(450)))
        >>> print(limit.check([CostEstimate({"locate": 6}, ref="R-1"),
        ...                    CostEstimate({"locate": 9, "extract": 4}, ref="R-2")]).explain())
        demo limit: 19 hours × £25.00 = £475.00 (refusable when over £450.00): exceeds
          R-1: locate 6 h, extract not estimated
          R-2: locate 9 h, extract 4 h
        """
        head = (
            f"{self.limit.name}: {self.hours.normalize():f} hours × {self.limit.hourly_rate} = "
            f"{self.estimate} (refusable when {self.limit.limit}): {self.status.value}"
        )
        if self.limit.citation is not None:
            head += f" [{self.limit.citation}]"
        lines = [head]
        for i, e in enumerate(self.estimates):
            parts = []
            for code in self.limit.activities:
                h = e.of(code)
                parts.append(
                    f"{code} not estimated" if h is None else f"{code} {h.normalize():f} h"
                )
            lines.append(f"  {e.ref or f'request {i + 1}'}: {', '.join(parts)}")
        return "\n".join(lines)
