"""Benchmark: "d + 20 federal working days" and the US reply clock, side by side.

Run from the repository root::

    .venv/bin/python benchmarks/bench_us_workdays.py

On the same random dates 2000-01-01..2026-10-31 (fixed seed):

- ``govdisclosure``: ``us.calendar(...).add_workdays(d, 20)``;
- ``bisect``: a sorted list of working-day ordinals, ``bisect_right`` and
  ``date.fromordinal`` (the bare floor for this job);
- ``holidays``: ``holidays.US(categories=("public", "government"))``'s
  ``get_nth_working_day(d, 20)``, the 20th working day strictly after ``d``.

The ``holidays`` package counts the three half-day closures (2002, 2009, 2015)
as holidays, so for this comparison the calendar is built with
``CalendarPolicy(count_half_day_closures=True)``; all three are then checked to
agree on every answer before timing. Then ``us.reply_deadline`` is timed on
requests with a toll and an extension (the whole clock, not only the count).

Best of ``--repeats`` passes, garbage collector off. The script prints
microseconds per call and ratios; it exits with status 1 if ``ours / bisect``
is above 2 (issue 12).
"""

from __future__ import annotations

import argparse
import bisect
import gc
import platform
import random
import time
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from importlib.metadata import version

import holidays

from govdisclosure.calendar import WorkCalendar
from govdisclosure.jurisdictions import us
from govdisclosure.law import WorkingDays
from govdisclosure.requests import (
    Applicant,
    ApplicantKind,
    CorrectionReceived,
    CorrectionRequested,
    ExtensionGranted,
    Request,
)

N = 20
ONE = timedelta(days=1)
FIRST, LAST = date(2000, 1, 1), date(2026, 10, 31)
Impl = Callable[[Sequence[date]], list[date]]


def sample(size: int, seed: int) -> list[date]:
    rng = random.Random(seed)
    lo, hi = FIRST.toordinal(), LAST.toordinal()
    return [date.fromordinal(rng.randint(lo, hi)) for _ in range(size)]


def make_ours(cal: WorkCalendar) -> Impl:
    add = cal.add_workdays

    def run(days: Sequence[date]) -> list[date]:
        return [add(d, N) for d in days]

    return run


def make_bisect(cal: WorkCalendar) -> Impl:
    ordinals = [
        d.toordinal()
        for d in (cal.first + ONE * i for i in range((cal.last - cal.first).days + 1))
        if cal.is_workday(d)
    ]
    find = bisect.bisect_right
    fromordinal = date.fromordinal
    step = N - 1

    def run(days: Sequence[date]) -> list[date]:
        return [fromordinal(ordinals[find(ordinals, d.toordinal()) + step]) for d in days]

    return run


def make_holidays() -> Impl:
    table = holidays.US(categories=("public", "government"), years=range(1999, 2028))
    nth = table.get_nth_working_day

    def run(days: Sequence[date]) -> list[date]:
        return [nth(d, N) for d in days]

    return run


def timed(impl: Callable[[], object]) -> tuple[object, float]:
    gc.collect()
    gc.disable()
    try:
        start = time.perf_counter()
        result = impl()
        return result, time.perf_counter() - start
    finally:
        gc.enable()


def requests(days: Sequence[date]) -> list[Request]:
    person = Applicant(kind=ApplicantKind.NATURAL_PERSON)
    return [
        Request(
            id=str(i),
            received=d,
            applicant=person,
            events=(
                CorrectionRequested(on=d + 2 * ONE),
                CorrectionReceived(on=d + 6 * ONE),
                ExtensionGranted(on=d + 9 * ONE, days=WorkingDays(10)),
            ),
        )
        for i, d in enumerate(days)
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=20261202)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args(argv)

    days = sample(args.size, args.seed)
    cal = us.calendar(policy=us.CalendarPolicy(count_half_day_closures=True))
    impls = {
        "govdisclosure add_workdays": make_ours(cal),
        "bisect reference": make_bisect(cal),
        "holidays get_nth_working_day": make_holidays(),
    }
    print(f"d + {N} federal working days, {len(days):,} random dates {FIRST}..{LAST}")
    print(
        f"Python {platform.python_version()} on {platform.machine()}; "
        f"holidays {version('holidays')}"
    )
    best: dict[str, float] = {}
    answers: dict[str, object] = {}
    for name, impl in impls.items():
        answers[name], best[name] = timed(lambda impl=impl: impl(days))
        for _ in range(args.repeats - 1):
            best[name] = min(best[name], timed(lambda impl=impl: impl(days))[1])
    reference = answers["govdisclosure add_workdays"]
    for name, result in answers.items():
        if result != reference:
            print(f"MISMATCH: {name}")
            return 1
    print(f"All three agree on all {len(days):,} answers.\n")
    ours = best["govdisclosure add_workdays"]
    print(f"{'implementation':<32}{'µs/call':>10}{'x ours':>10}")
    for name in impls:
        print(f"{name:<32}{best[name] / len(days) * 1e6:>10.3f}{best[name] / ours:>10.2f}")

    reqs = requests(days[: args.size // 10])
    clock_best = min(
        timed(lambda: [us.reply_deadline(r, calendar=cal).due for r in reqs])[1]
        for _ in range(args.repeats)
    )
    print(
        f"\nus.reply_deadline with a toll and an extension: "
        f"{clock_best / len(reqs) * 1e6:.2f} µs/request ({len(reqs) / clock_best:,.0f}/s)"
    )
    vs_bisect = ours / best["bisect reference"]
    vs_holidays = best["holidays get_nth_working_day"] / ours
    print(f"\nholidays / ours = {vs_holidays:.1f}")
    print(
        f"ours / bisect   = {vs_bisect:.2f}  (must be <= 2): {'OK' if vs_bisect <= 2 else 'FAIL'}"
    )
    return 0 if vs_bisect <= 2 else 1


if __name__ == "__main__":
    raise SystemExit(main())
