"""Hypothesis strategies for the records and policy of the UK FOI statistics.

Joined into :func:`govdisclosure.strategies.for_type` by ``_registry()``.
Every record drawn is valid (a reply after receipt, an outcome only with a
reply, exemptions of the record's Act only where information is withheld);
receipt dates span 2020 Q1 to Q3, so that aggregating 2020 Q2 leaves some out.

>>> from hypothesis import given, settings
>>> @settings(max_examples=20, deadline=None)
... @given(uk_foi_records())
... def test_replied_after_received(r):
...     assert r.replied is None or r.replied >= r.received
>>> test_replied_after_received()

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP
from typing import Any

from hypothesis import strategies as st

from govdisclosure.jurisdictions.uk.acts import Act
from govdisclosure.jurisdictions.uk.statistics.aggregate import aggregate_statistics
from govdisclosure.jurisdictions.uk.statistics.policy import StatisticsPolicy
from govdisclosure.jurisdictions.uk.statistics.records import (
    Outcome,
    Refusal,
    ReviewOutcome,
    Status,
    UkFoiRecord,
    WithheldReason,
)
from govdisclosure.jurisdictions.uk.statistics.report import UkFoiStatistics

__all__ = ["registry", "uk_foi_records", "uk_foi_statistics", "uk_statistics_policies"]

FIRST = date(2020, 1, 1)
LAST = date(2020, 9, 30)
BODIES = ("Cabinet Office", "HM Treasury", "Home Office")
FOIA_EXEMPTIONS = ("s.21", "s.22A", "s.31(1)(a)", "s.35(1)(a)", "s.40(2)", "s.43(2)")
EIR_EXCEPTIONS = ("reg 12(4)(b)", "reg 12(5)(e)", "reg 13", "reg 13(1)")


def _days(draw: st.DrawFn, day: date, least: int, most: int) -> date:
    return day + timedelta(days=draw(st.integers(least, most)))


@st.composite
def uk_foi_records(
    draw: st.DrawFn, *, bodies: Sequence[str] = BODIES, first: date = FIRST, last: date = LAST
) -> UkFoiRecord:
    """A valid record of a monitored body in ``bodies``, received from ``first`` to ``last``."""
    act = draw(st.sampled_from([Act.FOIA, Act.EIR]))
    received = _days(draw, first, 0, (last - first).days)
    due = _days(draw, received, 0, 40)
    status = draw(st.sampled_from(Status))
    extended = _days(draw, due, 1, 40) if draw(st.booleans()) else None
    replied = outcome = refusal = review = None
    exemptions: tuple[str, ...] = ()
    requested = False
    if status is Status.REPLIED:
        replied = _days(draw, received, 0, 90)
        outcome = draw(st.sampled_from(Outcome))
        requested = draw(st.booleans())
        review = draw(st.none() | st.sampled_from(ReviewOutcome)) if requested else None
    if outcome is not None and outcome.withholds:
        if act is Act.FOIA:
            refusal = draw(st.none() | st.sampled_from(Refusal))
        pool = FOIA_EXEMPTIONS if act is Act.FOIA else EIR_EXCEPTIONS
        exemptions = tuple(
            draw(st.lists(st.sampled_from(pool), unique=True, min_size=refusal is None))
        )
    return UkFoiRecord(
        body=draw(st.sampled_from(bodies)),
        act=act,
        received=received,
        due=due,
        status=status,
        replied=replied,
        extended_due=extended,
        outcome=outcome,
        refusal=refusal,
        exemptions=exemptions,
        review_requested=requested,
        review_outcome=review,
    )


_PROCEDURAL_SETS = (
    (WithheldReason.COST_LIMIT, WithheldReason.VEXATIOUS_OR_REPEATED),
    (WithheldReason.COST_LIMIT,),
    (WithheldReason.VEXATIOUS_OR_REPEATED,),
    (),
)


def uk_statistics_policies() -> st.SearchStrategy[StatisticsPolicy]:
    """Any :class:`StatisticsPolicy`."""
    return st.builds(
        StatisticsPolicy,
        resolvable_includes_pending=st.booleans(),
        refusal_before_exemptions=st.booleans(),
        procedural_refusals=st.sampled_from(_PROCEDURAL_SETS),
        percent_places=st.integers(0, 2),
        percent_rounding=st.sampled_from([ROUND_HALF_UP, ROUND_HALF_EVEN]),
    )


@st.composite
def uk_foi_statistics(draw: st.DrawFn, *, max_records: int = 12) -> UkFoiStatistics:
    """The 2020 Q2 statistics of a few drawn records, under a drawn policy."""
    records = draw(st.lists(uk_foi_records(), max_size=max_records))
    policy = draw(uk_statistics_policies())
    return aggregate_statistics(records, year=2020, quarter=2, policy=policy)


def registry() -> dict[type, Callable[[], st.SearchStrategy[Any]]]:
    """The strategy of every model here, by class (for ``strategies.for_type``)."""
    return {
        UkFoiRecord: uk_foi_records,
        StatisticsPolicy: uk_statistics_policies,
        UkFoiStatistics: uk_foi_statistics,
    }
