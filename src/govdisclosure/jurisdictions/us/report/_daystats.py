"""Statistics of day histograms: median, average, lowest, highest, the 13 response-time buckets.

A histogram maps a number of days to how many items took that long. Medians
are exact (whole or half days); averages are rounded half up to the policy's
places.

>>> from collections import Counter
>>> h = Counter({0: 1, 3: 2, 10: 1})        # 0, 3, 3, 10
>>> median(h), average(h, 2), lowest(h), highest(h)
(Decimal('3'), Decimal('4.00'), 0, 10)
>>> buckets(Counter({5: 2, 21: 1, 401: 1}))[TimeIncrement.DAYS_1_20]
2

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal

from govdisclosure.jurisdictions.us.codes import TimeIncrement

__all__ = ["average", "buckets", "count", "highest", "lowest", "median"]


def count(hist: Mapping[int, int]) -> int:
    """How many items the histogram holds.

    >>> count({2: 3, 5: 1})
    4
    """
    return sum(hist.values())


def median(hist: Mapping[int, int]) -> Decimal | None:
    """The median number of days (mean of the two middle items if even); ``None`` if empty.

    >>> median({1: 1, 2: 1}), median({}) is None
    (Decimal('1.5'), True)
    """
    n = count(hist)
    if n == 0:
        return None
    lo_rank, hi_rank = (n - 1) // 2, n // 2
    lo = hi = None
    seen = 0
    for days in sorted(hist):
        seen += hist[days]
        if lo is None and seen > lo_rank:
            lo = days
        if seen > hi_rank:
            hi = days
            break
    return (Decimal(lo or 0) + Decimal(hi or 0)) / 2


def average(hist: Mapping[int, int], places: int) -> Decimal | None:
    """The mean number of days, rounded half up to ``places``; ``None`` if empty.

    >>> average({1: 2, 2: 1}, 2)
    Decimal('1.33')
    """
    n = count(hist)
    if n == 0:
        return None
    total = sum(days * k for days, k in hist.items())
    return (Decimal(total) / Decimal(n)).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)


def lowest(hist: Mapping[int, int]) -> int | None:
    """The fewest days of any item; ``None`` if empty."""
    return min((d for d, k in hist.items() if k), default=None)


def highest(hist: Mapping[int, int]) -> int | None:
    """The most days of any item; ``None`` if empty."""
    return max((d for d, k in hist.items() if k), default=None)


def buckets(hist: Mapping[int, int]) -> dict[TimeIncrement, int]:
    """The items per response-time bucket of § 552(e)(1)(G), every bucket present.

    >>> sum(buckets({0: 1, 20: 1, 200: 1}).values())
    3
    """
    out = dict.fromkeys(TimeIncrement, 0)
    for days, k in hist.items():
        out[TimeIncrement.of(days)] += k
    return out
