"""Benchmark: US FOIA fees of many requests, ``us.assess_fees`` against plain Decimal arithmetic.

Both paths price the same random requests (category, search and review hours, pages, some
with a missed time limit) at the same invented agency rates, by the quarter hour, with a
$25 minimum fee:

* ours: ``assess_fees(...).total``, the cited, itemised assessment (it builds the rate
  schedule of § 552(a)(4)(A) for each request);
* plain: the spec's algorithm sketch (§A4.7) in a few lines of Decimal arithmetic, which is
  what a caller would write without the library.

The totals are compared request by request before any time is reported. Run:

    .venv/bin/python benchmarks/bench_us_fees.py              # 5,000 requests
    .venv/bin/python benchmarks/bench_us_fees.py --n 1000 --repeat 3
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from decimal import ROUND_CEILING, Decimal
from typing import Any, TypeVar

from govdisclosure.jurisdictions.us.fees import (
    QUARTER_HOURS,
    FeeRates,
    RequesterCategory,
    assess_fees,
)
from govdisclosure.money import Money

T = TypeVar("T")
SEARCH, REVIEW, PAGE, MINIMUM = Decimal(40), Decimal(60), Decimal("0.10"), Decimal(25)
RATES = FeeRates(
    search_per_hour=Money(SEARCH, "USD"),
    review_per_hour=Money(REVIEW, "USD"),
    per_page=Money(PAGE, "USD"),
)
QUARTER = Decimal("0.25")
PREFERRED = {
    RequesterCategory.EDUCATIONAL,
    RequesterCategory.NONCOMMERCIAL_SCIENTIFIC,
    RequesterCategory.NEWS_MEDIA,
}


def _quarters(hours: Decimal) -> Decimal:
    return (hours / QUARTER).to_integral_value(ROUND_CEILING) * QUARTER


def plain_fee(kw: dict[str, Any]) -> Decimal:
    """The fee by the spec's sketch, with Decimal arithmetic only."""
    cat = kw["category"]
    search, review = _quarters(kw["search_hours"]), _quarters(kw["review_hours"])
    pages = Decimal(kw["pages"])
    if cat is not RequesterCategory.COMMERCIAL:
        pages = max(Decimal(0), pages - 100)
    if cat is RequesterCategory.OTHER:
        search = max(Decimal(0), search - 2)
    fee = Decimal(0)
    late = kw["deadline_missed"]
    if cat in {RequesterCategory.COMMERCIAL, RequesterCategory.OTHER} and not late:
        fee += search * SEARCH
    if cat is RequesterCategory.COMMERCIAL:
        fee += review * REVIEW
    if not (late and cat in PREFERRED):
        fee += pages * PAGE
    return fee if fee > MINIMUM else Decimal(0)


def make_requests(n: int, seed: int = 2026) -> list[dict[str, Any]]:
    """``n`` requests: a category, hours to the minute, pages, a missed limit now and then."""
    rnd = random.Random(seed)
    cats = list(RequesterCategory)
    return [
        {
            "category": rnd.choice(cats),
            "search_hours": Decimal(rnd.randint(0, 600)) / 60,
            "review_hours": Decimal(rnd.randint(0, 240)) / 60,
            "pages": rnd.randint(0, 2000),
            "deadline_missed": rnd.random() < 0.2,
        }
        for _ in range(n)
    ]


def best_of(repeat: int, run: Callable[[], T]) -> tuple[float, T]:
    """The fastest of ``repeat`` runs, in seconds, and the last result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = run()
        best = min(best, time.perf_counter() - start)
    assert result is not None  # noqa: S101 - a benchmark's own invariant
    return best, result


def main() -> None:
    """Time both paths and print fees per second and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=5_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    requests = make_requests(args.n)
    minimum = Money(MINIMUM, "USD")

    def ours() -> list[Decimal]:
        return [
            assess_fees(**kw, rates=RATES, minimum_fee=minimum, policy=QUARTER_HOURS).total.amount
            for kw in requests
        ]

    ours_s, got = best_of(args.repeat, ours)
    plain_s, want = best_of(args.repeat, lambda: [plain_fee(kw) for kw in requests])
    mismatched = sum(a != b for a, b in zip(got, want, strict=True))
    if mismatched:
        msg = f"{mismatched} of {args.n} fees differ between the two paths"
        raise SystemExit(msg)
    print(f"{args.n} requests, best of {args.repeat}; totals agree")
    for name, seconds in (("us.assess_fees", ours_s), ("plain Decimal", plain_s)):
        print(f"  {name:16} {seconds:8.3f} s  {args.n / seconds:12,.0f} fees/s")
    print(f"  ratio (ours / plain): {ours_s / plain_s:.1f}x")


if __name__ == "__main__":
    main()
