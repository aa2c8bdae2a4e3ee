"""Request logs and their cuts into partitions, for the Dask tests.

``cn_logs()`` draws logs that table 三 can count, ending in every way it counts;
``split`` cuts a list into partitions at given points (repeats give empty ones).
"""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from typing import TypeVar

from hypothesis import strategies as st

from govdisclosure.jurisdictions.cn.outcomes import Outcome
from govdisclosure.requests import (
    Applicant,
    ApplicantKind,
    CorrectionLapsed,
    CorrectionRequested,
    FeeLapsed,
    FeeNoticeIssued,
    Replied,
    Request,
    Withdrawn,
)

YEAR = 2024
T = TypeVar("T")


@st.composite
def cn_requests(draw: st.DrawFn, i: int) -> Request:
    """A request that table 三 can count, ending in any of the ways it counts."""
    received = draw(
        st.one_of(
            st.dates(date(YEAR - 2, 1, 1), date(YEAR + 1, 12, 31)),
            st.sampled_from([date(YEAR, 1, 1), date(YEAR, 12, 31), date(YEAR - 1, 12, 31)]),
        )
    )
    ended = received + timedelta(days=draw(st.integers(0, 450)))
    ending = draw(st.sampled_from(["open", "replied", "correction", "fee", "withdrawn"]))
    events: tuple[object, ...] = {
        "open": (),
        "replied": (Replied(on=ended, outcome=draw(st.sampled_from(Outcome))),),
        "correction": (CorrectionRequested(on=received), CorrectionLapsed(on=ended)),
        "fee": (FeeNoticeIssued(on=received), FeeLapsed(on=ended)),
        "withdrawn": (Withdrawn(on=ended),),
    }[ending]
    kind = draw(st.sampled_from(ApplicantKind))
    return Request(id=f"r{i}", received=received, applicant=Applicant(kind=kind), events=events)  # type: ignore[arg-type]


@st.composite
def cn_logs(draw: st.DrawFn, max_size: int = 40) -> list[Request]:
    """A log of up to ``max_size`` such requests."""
    n = draw(st.integers(0, max_size))
    return [draw(cn_requests(i)) for i in range(n)]


def split(items: list[T], cuts: list[int]) -> list[list[T]]:
    """``items`` cut at ``cuts`` (sorted; repeats give empty partitions)."""
    bounds = [0, *sorted(min(c, len(items)) for c in cuts), len(items)]
    return [items[a:b] for a, b in itertools.pairwise(bounds)]
