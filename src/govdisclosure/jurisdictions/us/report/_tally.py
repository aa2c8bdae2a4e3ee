"""Tallies of request records over a fiscal year: counts and day histograms that merge as a monoid.

A :class:`FoiaTally` holds, per component, everything the Annual FOIA Report
is computed from: counts, and for each statistic that is not summable (a
median) the histogram of the item-level days, so that two tallies of disjoint
sets of records add up to the tally of all of them, in any order, and the
overall medians are computed from the items, never from component medians.

>>> from datetime import date
>>> from govdisclosure.calendar import WorkCalendar
>>> from govdisclosure.jurisdictions.us.codes import Track
>>> from govdisclosure.jurisdictions.us.outcomes import Disposition
>>> from govdisclosure.jurisdictions.us.report._records import FoiaRequestRecord
>>> cal = WorkCalendar(first=date(2024, 1, 1), last=date(2025, 12, 31))
>>> r = FoiaRequestRecord(component="OIP", received=date(2024, 10, 1), track=Track.SIMPLE,
...                       perfected=date(2024, 10, 1), closed=date(2024, 10, 8),
...                       disposition=Disposition.FULL_GRANT)
>>> t = FoiaTally.of([r], fiscal_year=2025, calendar=cal)
>>> t.components["OIP"].response[Track.SIMPLE, 5]     # Tue 1 Oct -> Tue 8 Oct: 5 business days
1
>>> (t + FoiaTally.of([], fiscal_year=2025, calendar=cal)) == t
True

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal

from govdisclosure.calendar import WorkCalendar
from govdisclosure.errors import InvalidInputError
from govdisclosure.jurisdictions.us.codes import ExemptionCode, NonExemptionReason, Track
from govdisclosure.jurisdictions.us.outcomes import Disposition
from govdisclosure.jurisdictions.us.report._policy import (
    EXPEDITED_DECISION_LIMIT,
    OLDEST_PENDING_COUNT,
    AggregationPolicy,
    ClockStart,
    DayUnit,
)
from govdisclosure.jurisdictions.us.report._records import (
    AppealDisposition,
    FoiaAppealRecord,
    FoiaRequestRecord,
)
from govdisclosure.reports import StartsFromZero

__all__ = ["ComponentTally", "FoiaTally", "fiscal_year_bounds"]

Oldest = tuple[tuple[int, date], ...]
"""The oldest pending items as ``(days pending, received)``, oldest first, at most ten."""


def fiscal_year_bounds(fiscal_year: int) -> tuple[date, date]:
    """The first and last day of a federal fiscal year, named by the year it ends.

    ([INFERENCE] from § 552(e)(1)(C) "as of September 30" and the federal fiscal
    year, 31 U.S.C. § 1102, a citation [UNVERIFIED].)

    >>> fiscal_year_bounds(2025)
    (datetime.date(2024, 10, 1), datetime.date(2025, 9, 30))
    """
    if type(fiscal_year) is not int or not 2 <= fiscal_year <= 9999:
        msg = "must be a year, a whole number from 2 to 9999"
        raise InvalidInputError(msg, field="fiscal_year", value=fiscal_year)
    return date(fiscal_year - 1, 10, 1), date(fiscal_year, 9, 30)


def _keep_oldest(items: Iterable[tuple[int, date]]) -> Oldest:
    return tuple(sorted(items, key=lambda x: (-x[0], x[1]))[:OLDEST_PENDING_COUNT])


class ComponentTally:
    """The counts and histograms of one component (or of the agency overall).

    Histograms are :class:`~collections.Counter` objects from days (with the
    track, where the section is per track) to the number of items.

    >>> ComponentTally() == ComponentTally()
    True
    """

    __slots__ = (
        "appeal_dispositions",
        "appeal_exemptions",
        "appeal_oldest",
        "appeal_other_reasons",
        "appeal_reasons",
        "appeal_response",
        "appeals",
        "dispositions",
        "exemptions",
        "expedited",
        "expedited_days",
        "fee_waiver_days",
        "fee_waivers",
        "fees",
        "granted_response",
        "non_exemption",
        "oldest",
        "other_reasons",
        "pending_perfected",
        "requests",
        "response",
        "statutes",
    )

    def __init__(self) -> None:
        # V.A / VI.A flows, XI.A, XII.A, VIII.A within-10 count: keyed by name
        self.requests: Counter[str] = Counter()
        self.appeals: Counter[str] = Counter()
        self.dispositions: Counter[Disposition] = Counter()
        self.non_exemption: Counter[NonExemptionReason] = Counter()
        self.other_reasons: Counter[str] = Counter()
        self.exemptions: Counter[ExemptionCode] = Counter()
        self.statutes: Counter[str] = Counter()
        self.response: Counter[tuple[Track, int]] = Counter()
        self.granted_response: Counter[tuple[Track, int]] = Counter()
        self.pending_perfected: Counter[tuple[Track, int]] = Counter()
        self.oldest: Oldest = ()
        self.expedited: Counter[str] = Counter()
        self.expedited_days: Counter[int] = Counter()
        self.fee_waivers: Counter[str] = Counter()
        self.fee_waiver_days: Counter[int] = Counter()
        self.fees: Decimal = Decimal(0)
        self.appeal_dispositions: Counter[AppealDisposition] = Counter()
        self.appeal_exemptions: Counter[ExemptionCode] = Counter()
        self.appeal_reasons: Counter[NonExemptionReason] = Counter()
        self.appeal_other_reasons: Counter[str] = Counter()
        self.appeal_response: Counter[int] = Counter()
        self.appeal_oldest: Oldest = ()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ComponentTally):
            return NotImplemented
        return all(getattr(self, s) == getattr(other, s) for s in self.__slots__)

    __hash__ = None  # type: ignore[assignment]  # mutable while it is built

    def __repr__(self) -> str:
        return f"ComponentTally(requests={dict(self.requests)}, appeals={dict(self.appeals)})"

    def merged(self, other: ComponentTally) -> ComponentTally:
        """A new tally: this one and ``other`` added cell by cell.

        >>> a = ComponentTally(); a.requests["received"] = 2
        >>> a.merged(a).requests["received"]
        4
        """
        out = ComponentTally()
        for name in self.__slots__:
            mine, theirs = getattr(self, name), getattr(other, name)
            if name in {"oldest", "appeal_oldest"}:
                setattr(out, name, _keep_oldest((*mine, *theirs)))
            else:
                setattr(out, name, mine + theirs)
        return out

    @property
    def handles_appeals(self) -> bool:
        """Whether any appeal was pending, received or processed in the year."""
        return any(self.appeals[k] for k in ("pending_start", "received", "processed"))


class _Counter:
    """Adds records to per-component tallies; the loop of :meth:`FoiaTally.of`."""

    def __init__(self, fiscal_year: int, calendar: WorkCalendar, policy: AggregationPolicy) -> None:
        self.first, self.last = fiscal_year_bounds(fiscal_year)
        self.calendar = calendar
        self.policy = policy
        self.components: dict[str, ComponentTally] = {}

    def add(self, r: FoiaRequestRecord) -> None:
        if r.received > self.last:
            return
        t = self.components.get(r.component)
        if t is None:
            t = self.components[r.component] = ComponentTally()
        first, last = self.first, self.last
        if r.received < first:
            if r.closed is None or r.closed >= first:
                t.requests["pending_start"] += 1
        else:
            t.requests["received"] += 1
        if r.closed is not None and first <= r.closed <= last:
            self._processed(t, r, r.closed)
        elif r.closed is None or r.closed > last:
            self._pending(t, r)
        self._decisions(t, r)
        for appeal in r.appeals:
            self._appeal(t, appeal)

    def _clock(self, r: FoiaRequestRecord) -> date:
        if self.policy.clock_start is ClockStart.PERFECTED and r.perfected is not None:
            return r.perfected
        return r.received

    def _processed(self, t: ComponentTally, r: FoiaRequestRecord, closed: date) -> None:
        t.requests["processed"] += 1
        d = r.disposition
        if d is not None:  # always: a closed record has one
            t.dispositions[d] += 1
        if r.reason is not None:
            t.non_exemption[r.reason] += 1
        if r.other_reason is not None:
            t.other_reasons[r.other_reason] += 1
        t.exemptions.update(r.exemptions)
        t.statutes.update(r.exemption3_statutes)
        t.fees += r.fees_collected
        if r.exclusion_used:
            t.requests["exclusions"] += 1
        if r.perfected is not None:
            days = self.policy.days(self._clock(r), closed, DayUnit.BUSINESS, self.calendar)
            t.response[r.track, days] += 1
            if d is not None and d.grants:
                t.granted_response[r.track, days] += 1

    def _pending(self, t: ComponentTally, r: FoiaRequestRecord) -> None:
        last, policy, cal = self.last, self.policy, self.calendar
        t.requests["pending_end"] += 1
        if r.perfected is not None and r.perfected <= last:
            days = policy.days(self._clock(r), last, policy.pending_days, cal)
            t.pending_perfected[r.track, days] += 1
            if policy.overdue(r.received, last, extended=r.extended, calendar=cal):
                t.requests["backlog"] += 1
        elapsed = policy.days(r.received, last, policy.pending_days, cal)
        t.oldest = _insert(t.oldest, (elapsed, r.received))

    def _decisions(self, t: ComponentTally, r: FoiaRequestRecord) -> None:
        first, last = self.first, self.last
        decided = r.expedited_decided
        if decided is not None and first <= decided <= last:
            t.expedited["granted" if r.expedited_granted else "denied"] += 1
            days = self.policy.days(r.received, decided, DayUnit.CALENDAR, self.calendar)
            t.expedited_days[days] += 1
            if days <= EXPEDITED_DECISION_LIMIT.days:
                t.expedited["within_limit"] += 1
        decided = r.fee_waiver_decided
        if decided is not None and first <= decided <= last:
            t.fee_waivers["granted" if r.fee_waiver_granted else "denied"] += 1
            unit = self.policy.fee_waiver_days
            t.fee_waiver_days[self.policy.days(r.received, decided, unit, self.calendar)] += 1

    def _appeal(self, t: ComponentTally, a: FoiaAppealRecord) -> None:
        first, last, policy, cal = self.first, self.last, self.policy, self.calendar
        if a.received > last:
            return
        if a.received < first:
            if a.closed is None or a.closed >= first:
                t.appeals["pending_start"] += 1
        else:
            t.appeals["received"] += 1
        if a.closed is not None and first <= a.closed <= last:
            t.appeals["processed"] += 1
            if a.disposition is not None:  # always: a closed appeal has one
                t.appeal_dispositions[a.disposition] += 1
            t.appeal_exemptions.update(a.exemptions)
            t.appeal_reasons.update(a.reasons)
            if a.other_reason is not None:
                t.appeal_other_reasons[a.other_reason] += 1
            t.appeal_response[policy.days(a.received, a.closed, DayUnit.BUSINESS, cal)] += 1
        elif a.closed is None or a.closed > last:
            t.appeals["pending_end"] += 1
            if policy.overdue(a.received, last, extended=a.extended, calendar=cal):
                t.appeals["backlog"] += 1
            elapsed = policy.days(a.received, last, policy.pending_days, cal)
            t.appeal_oldest = _insert(t.appeal_oldest, (elapsed, a.received))


def _insert(oldest: Oldest, item: tuple[int, date]) -> Oldest:
    if len(oldest) == OLDEST_PENDING_COUNT:
        worst = oldest[-1]
        if (-item[0], item[1]) >= (-worst[0], worst[1]):
            return oldest
    return _keep_oldest((*oldest, item))


class FoiaTally(StartsFromZero):
    """The tallies of a fiscal year's records, per component, with the year and policy they used.

    Build one with :meth:`of`; add two with ``+`` (same fiscal year, policy
    and calendar; the components may overlap: records of one component may be
    counted in several pieces); ``sum(tallies)`` works too.

    Attributes:
        fiscal_year: The fiscal year, named by the year it ends.
        policy: The policy the days were counted with.
        calendar_fingerprint: The fingerprint of the calendar used.
        components: The tally of each component, by its abbreviation.
    """

    __slots__ = ("calendar_fingerprint", "components", "fiscal_year", "policy")

    def __init__(
        self,
        fiscal_year: int,
        policy: AggregationPolicy,
        calendar_fingerprint: str,
        components: Mapping[str, ComponentTally],
    ) -> None:
        self.fiscal_year = fiscal_year
        self.policy = policy
        self.calendar_fingerprint = calendar_fingerprint
        self.components = dict(components)

    @classmethod
    def of(
        cls,
        records: Iterable[FoiaRequestRecord],
        *,
        fiscal_year: int,
        calendar: WorkCalendar,
        policy: AggregationPolicy | None = None,
    ) -> FoiaTally:
        """Tally ``records`` over ``fiscal_year``, counting business days with ``calendar``.

        Every record is checked to be a :class:`FoiaRequestRecord`; a day the
        calendar does not cover raises
        :class:`~govdisclosure.errors.CalendarNotPublishedError` (fail closed).
        """
        given: object = calendar
        if not isinstance(given, WorkCalendar):
            msg = "must be a WorkCalendar"
            raise InvalidInputError(msg, field="calendar", value=given)
        chosen: object = AggregationPolicy() if policy is None else policy
        if not isinstance(chosen, AggregationPolicy):
            msg = "must be an AggregationPolicy"
            raise InvalidInputError(msg, field="policy", value=chosen)
        counter = _Counter(fiscal_year, given, chosen)
        add = counter.add
        items: Iterable[object] = records
        for i, r in enumerate(items):
            if not isinstance(r, FoiaRequestRecord):
                msg = "must be a FoiaRequestRecord"
                raise InvalidInputError(msg, field=f"records[{i}]", value=r)
            add(r)
        return cls(fiscal_year, chosen, given.fingerprint, counter.components)

    def __add__(self, other: object) -> FoiaTally:
        if not isinstance(other, FoiaTally):
            return NotImplemented
        for name in ("fiscal_year", "policy", "calendar_fingerprint"):
            if getattr(self, name) != getattr(other, name):
                msg = "tallies of different years, policies or calendars do not add"
                raise InvalidInputError(msg, field=name, value=getattr(other, name))
        merged = dict(self.components)
        for name, tally in other.components.items():
            mine = merged.get(name)
            merged[name] = tally if mine is None else mine.merged(tally)
        return FoiaTally(self.fiscal_year, self.policy, self.calendar_fingerprint, merged)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, FoiaTally):
            return NotImplemented
        return all(getattr(self, s) == getattr(other, s) for s in self.__slots__)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"FoiaTally(fiscal_year={self.fiscal_year}, components={sorted(self.components)})"

    def overall(self) -> ComponentTally:
        """The agency-overall tally: every component's added up.

        >>> from govdisclosure.calendar import WorkCalendar
        >>> cal = WorkCalendar(first=date(2024, 1, 1), last=date(2025, 12, 31))
        >>> FoiaTally.of([], fiscal_year=2025, calendar=cal).overall() == ComponentTally()
        True
        """
        out = ComponentTally()
        for name in sorted(self.components):
            out = out.merged(self.components[name])
        return out
