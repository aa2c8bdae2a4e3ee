"""Benchmark: fees of many requests under a category × activity schedule, against a plain dict.

Both paths price the same random requests (requester category, search and review hours,
pages) under the same invented schedule (search and review by the quarter hour, free
allowances by category, a minimum fee):

* ours: ``RateSchedule.assess(category, quantities).total``, the itemised assessment;
* plain: a dict of ``(category, activity) -> (price, increment, allowance)`` and a few lines
  of Decimal arithmetic, which is what a caller would write without the library.

The totals are compared request by request before any time is reported. Run:

    .venv/bin/python benchmarks/bench_fees.py              # 20,000 requests
    .venv/bin/python benchmarks/bench_fees.py --n 5000 --repeat 3
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from decimal import ROUND_CEILING, Decimal
from typing import TypeVar

from govdisclosure.fees import (
    Activity,
    ActivityRate,
    Measure,
    RateSchedule,
    RateUnit,
    RequesterCategory,
    Threshold,
)
from govdisclosure.money import Money

T = TypeVar("T")
QUARTER = Decimal("0.25")
CATEGORIES = ("commercial", "media", "other")
# (category, activity) -> (price per increment or None, increment, allowance)
PLAIN: dict[tuple[str, str], tuple[Decimal | None, Decimal, Decimal]] = {
    ("commercial", "search"): (Decimal(10), QUARTER, Decimal(0)),
    ("commercial", "review"): (Decimal(15), QUARTER, Decimal(0)),
    ("commercial", "duplication"): (Decimal("0.10"), Decimal(1), Decimal(0)),
    ("media", "search"): (None, QUARTER, Decimal(0)),
    ("media", "review"): (None, QUARTER, Decimal(0)),
    ("media", "duplication"): (Decimal("0.10"), Decimal(1), Decimal(100)),
    ("other", "search"): (Decimal(10), QUARTER, Decimal(2)),
    ("other", "review"): (None, QUARTER, Decimal(0)),
    ("other", "duplication"): (Decimal("0.10"), Decimal(1), Decimal(100)),
}
MINIMUM = Decimal(25)


def schedule() -> RateSchedule:
    """The same schedule as ``PLAIN``, as a RateSchedule."""
    acts = [
        Activity("search", Measure.HOURS),
        Activity("review", Measure.HOURS),
        Activity("duplication", Measure.PAGES),
    ]
    rates = []
    for (cat, act), (price, increment, allowance) in PLAIN.items():
        per = RateUnit.PAGE if act == "duplication" else RateUnit.QUARTER_HOUR
        money = None if price is None else Money(price, "USD")
        rates.append(ActivityRate(cat, act, money, per, increment=increment, allowance=allowance))
    return RateSchedule(
        "bench",
        "USD",
        [RequesterCategory(c) for c in CATEGORIES],
        acts,
        rates,
        minimum_fee=Threshold(Money(MINIMUM, "USD")),
    )


def plain_fee(category: str, quantities: dict[str, Decimal | int]) -> Decimal:
    """The fee with a dict and Decimal arithmetic."""
    total = Decimal(0)
    for activity, quantity in quantities.items():
        price, increment, allowance = PLAIN[(category, activity)]
        if price is None:
            continue
        steps = (Decimal(quantity) / increment).to_integral_value(ROUND_CEILING)
        free = allowance / increment
        total += max(Decimal(0), steps - free) * price
    return total if total > MINIMUM else Decimal(0)


def make_requests(n: int, seed: int = 2026) -> list[tuple[str, dict[str, Decimal | int]]]:
    """``n`` requests: a category, search and review hours to the minute, pages."""
    rnd = random.Random(seed)
    out: list[tuple[str, dict[str, Decimal | int]]] = []
    for _ in range(n):
        quantities: dict[str, Decimal | int] = {
            "search": Decimal(rnd.randint(0, 600)) / 60,
            "review": Decimal(rnd.randint(0, 240)) / 60,
            "duplication": rnd.randint(0, 2000),
        }
        out.append((rnd.choice(CATEGORIES), quantities))
    return out


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
    """Time both paths and print fees per second."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    sched = schedule()
    requests = make_requests(args.n)
    ours_s, ours = best_of(args.repeat, lambda: [sched.assess(c, q).total for c, q in requests])
    plain_s, plain = best_of(args.repeat, lambda: [plain_fee(c, q) for c, q in requests])
    mismatched = sum(a.amount != b for a, b in zip(ours, plain, strict=True))
    if mismatched:
        msg = f"{mismatched} of {args.n} fees differ between the two paths"
        raise SystemExit(msg)
    print(f"{args.n} requests, best of {args.repeat}; totals agree")
    for name, seconds in (("RateSchedule.assess", ours_s), ("plain dict", plain_s)):
        print(f"  {name:20} {seconds:8.3f} s  {args.n / seconds:12,.0f} fees/s")


if __name__ == "__main__":
    main()
