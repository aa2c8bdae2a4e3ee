"""Hypothesis strategies for the request records and policy of the US FOIA report aggregation.

Joined into :func:`govdisclosure.strategies.for_type` by ``_registry()``.
Every record drawn is valid; ``first``/``last`` bound its dates (the calendar
of a test must cover them, plus the fiscal year it aggregates).

>>> from hypothesis import given, settings
>>> @settings(max_examples=20, deadline=None)
... @given(request_records())
... def test_closed_after_received(r):
...     assert r.closed is None or r.closed >= r.received
>>> test_closed_after_received()

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from govdisclosure.jurisdictions.us.codes import ExemptionCode, NonExemptionReason, Track
from govdisclosure.jurisdictions.us.outcomes import Disposition
from govdisclosure.jurisdictions.us.report._policy import (
    AggregationPolicy,
    ClockStart,
    DayCount,
    DayUnit,
)
from govdisclosure.jurisdictions.us.report._records import (
    AppealDisposition,
    FoiaAppealRecord,
    FoiaRequestRecord,
)

__all__ = ["aggregation_policies", "appeal_records", "registry", "request_records"]

FIRST = date(2023, 7, 1)
LAST = date(2026, 3, 31)
COMPONENTS = ("CIV", "CRM", "OIP")
STATUTES = ("50 U.S.C. § 3024(i)(1)", "26 U.S.C. § 6103", "18 U.S.C. § 798")
_REQUEST_DISPOSITIONS = [d for d in Disposition if d is not Disposition.EXPEDITED_DENIAL]
_OTHER_TEXT = st.sampled_from(["Duplicate of a court order", "Sealed by court", "Other: x|y"])


def _after(draw: st.DrawFn, day: date, most: int, last: date = LAST) -> date:
    span = min(most, (last - day).days)
    return day + timedelta(days=draw(st.integers(0, max(span, 0))))


def _maybe_after(draw: st.DrawFn, day: date, most: int, last: date = LAST) -> date | None:
    return _after(draw, day, most, last) if draw(st.booleans()) else None


def _subset(draw: st.DrawFn, items: Sequence[Any], *, min_size: int = 0) -> tuple[Any, ...]:
    picked = draw(
        st.lists(st.sampled_from(list(items)), min_size=min_size, max_size=3, unique=True)
    )
    return tuple(picked)


@st.composite
def appeal_records(draw: st.DrawFn, received_after: date = FIRST) -> FoiaAppealRecord:
    """A valid appeal received on or after ``received_after``."""
    received = _after(draw, received_after, 200)
    closed = _maybe_after(draw, received, 120)
    disposition = None if closed is None else draw(st.sampled_from(list(AppealDisposition)))
    withholds = closed is not None and disposition is not AppealDisposition.REVERSED
    exemptions = _subset(draw, list(ExemptionCode)) if withholds else ()
    reasons = _subset(draw, list(NonExemptionReason)) if withholds else ()
    other = draw(_OTHER_TEXT) if NonExemptionReason.OTHER in reasons else None
    return FoiaAppealRecord(
        received=received,
        closed=closed,
        disposition=disposition,
        exemptions=exemptions,
        reasons=reasons,
        other_reason=other,
        extended=draw(st.booleans()),
    )


def _outcome(draw: st.DrawFn) -> dict[str, Any]:
    disposition = draw(st.sampled_from(_REQUEST_DISPOSITIONS))
    exemptions: tuple[ExemptionCode, ...] = ()
    if disposition is Disposition.FULL_DENIAL:
        exemptions = _subset(draw, list(ExemptionCode), min_size=1)
    elif disposition is Disposition.PARTIAL_GRANT:
        exemptions = _subset(draw, list(ExemptionCode))
    statutes = _subset(draw, STATUTES, min_size=1) if ExemptionCode.EX_3 in exemptions else ()
    return {
        "disposition": disposition,
        "other_reason": draw(_OTHER_TEXT) if disposition is Disposition.OTHER else None,
        "exemptions": exemptions,
        "exemption3_statutes": statutes,
    }


def _decision(draw: st.DrawFn, received: date, end: date, *, must: bool) -> dict[str, Any]:
    requested = must or draw(st.booleans())
    decided = None
    if requested and (must or draw(st.booleans())):
        decided = _after(draw, received, 30, end)
    granted = None if decided is None else (must or draw(st.booleans()))
    return {"requested": requested, "decided": decided, "granted": granted}


@st.composite
def request_records(
    draw: st.DrawFn, components: Sequence[str] = COMPONENTS, *, max_appeals: int = 2
) -> FoiaRequestRecord:
    """A valid request record of one of ``components``, with up to ``max_appeals`` appeals."""
    received = _after(draw, FIRST, (LAST - FIRST).days)
    track = draw(st.sampled_from(list(Track)))
    closed = _maybe_after(draw, received, 450)
    end = LAST if closed is None else closed
    perfected = _maybe_after(draw, received, 15, end)
    outcome = _outcome(draw) if closed is not None else {}
    expedited = _decision(draw, received, end, must=track is Track.EXPEDITED)
    waiver = _decision(draw, received, end, must=False)
    cents = draw(st.integers(0, 50_000))
    appeals = draw(st.lists(appeal_records(received), max_size=max_appeals))
    return FoiaRequestRecord(
        component=draw(st.sampled_from(list(components))),
        received=received,
        track=track,
        perfected=perfected,
        closed=closed,
        **outcome,
        expedited_requested=expedited["requested"],
        expedited_decided=expedited["decided"],
        expedited_granted=expedited["granted"],
        fee_waiver_requested=waiver["requested"],
        fee_waiver_decided=waiver["decided"],
        fee_waiver_granted=waiver["granted"],
        fees_collected=Decimal(cents).scaleb(-2),
        exclusion_used=draw(st.booleans()),
        extended=draw(st.booleans()),
        appeals=tuple(appeals),
    )


def aggregation_policies() -> st.SearchStrategy[AggregationPolicy]:
    """Any aggregation policy."""
    return st.builds(
        AggregationPolicy,
        day_count=st.sampled_from(list(DayCount)),
        clock_start=st.sampled_from(list(ClockStart)),
        pending_days=st.sampled_from(list(DayUnit)),
        fee_waiver_days=st.sampled_from(list(DayUnit)),
        average_places=st.integers(0, 6),
    )


def registry() -> dict[type, Callable[[], st.SearchStrategy[Any]]]:
    """The strategy of every model here, by class (for ``strategies.for_type``)."""
    return {
        FoiaRequestRecord: request_records,
        FoiaAppealRecord: appeal_records,
        AggregationPolicy: aggregation_policies,
    }
