"""Benchmark: "d + 20 working days" over random dates in 2015-2025, four ways.

Run from the repository root::

    .venv/bin/python benchmarks/bench_workdays.py

Side by side, in one run, on the same 100,000 dates (fixed seed):

- ``govdisclosure``: ``cn.calendar().add_workdays(d, 20)``;
- ``holidays``: ``get_nth_working_day(d, 20)`` of ``holidays.China`` (made by
  ``holidays.country_holidays("CN", years=range(2015, 2027))``, so every year is
  built before timing): the 20th working day strictly after ``d``;
- ``chinese_calendar``: ``find_workday(19, d + 1 day)``. Its ``find_workday(k, x)``
  returns the (k+1)-th working day on or after ``x`` (it rolls a rest-day start
  forward first), so ``find_workday(20, d)`` would give the 21st working day after a
  rest-day ``d``; starting from the next day with k = 19 gives the 20th working day
  strictly after ``d`` for every ``d``;
- ``bisect``: a plain reference: a sorted list of working-day ordinals,
  ``bisect_right`` and ``date.fromordinal``.

Then the same for a calendar built from holiday rules: the US federal holidays
(5 U.S.C. §6103, the test fixture ``tests/calendar_rule_fixtures.py``) over
2005-2026 via ``WorkCalendar.from_rules``, against ``bisect`` over the same days and
``holidays.US`` (public holidays, ``get_nth_working_day``), on the same dates.

First every implementation's answers are computed and checked to be identical;
that first pass is timed and counts as one repeat. Then each is timed again
(best of ``--repeats`` passes; ``chinese_calendar``, at about a millisecond a
call, best of ``--slow-repeats``) with ``time.perf_counter`` and the garbage
collector off, as ``timeit`` does. It takes about four minutes. The script
prints microseconds per call and the ratios, and exits with status 1 if
``holidays / ours`` is below 50 or ``ours / bisect`` above 2 (issue 2).
"""

from __future__ import annotations

import argparse
import bisect
import gc
import platform
import random
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from importlib.metadata import version
from pathlib import Path

import chinese_calendar
import holidays

from govdisclosure.calendar import WorkCalendar
from govdisclosure.jurisdictions import cn

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
import calendar_rule_fixtures  # a test fixture: the US federal holidays as rules

N = 20
ONE = timedelta(days=1)
SAMPLE_FIRST, SAMPLE_LAST = date(2015, 1, 1), date(2025, 12, 31)

Impl = Callable[[Sequence[date]], list[date]]


def sample(size: int, seed: int) -> list[date]:
    rng = random.Random(seed)
    lo, hi = SAMPLE_FIRST.toordinal(), SAMPLE_LAST.toordinal()
    return [date.fromordinal(rng.randint(lo, hi)) for _ in range(size)]


def make_ours(cal: WorkCalendar | None = None) -> Impl:
    add = (cal or cn.calendar()).add_workdays

    def run(days: Sequence[date]) -> list[date]:
        return [add(d, N) for d in days]

    return run


def make_holidays(country: str = "CN") -> Impl:
    table = holidays.country_holidays(country, years=range(2004, 2028))
    nth = table.get_nth_working_day

    def run(days: Sequence[date]) -> list[date]:
        return [nth(d, N) for d in days]

    return run


def make_chinese_calendar() -> Impl:
    find = chinese_calendar.find_workday
    k = N - 1

    def run(days: Sequence[date]) -> list[date]:
        return [find(k, d + ONE) for d in days]

    return run


def make_bisect(cal: WorkCalendar | None = None) -> Impl:
    cal = cal or cn.calendar()
    first, last = date(2014, 12, 31), cal.last
    ordinals = [
        d.toordinal()
        for d in (first + ONE * i for i in range((last - first).days + 1))
        if cal.is_workday(d)
    ]
    find = bisect.bisect_right
    fromordinal = date.fromordinal
    step = N - 1

    def run(days: Sequence[date]) -> list[date]:
        return [fromordinal(ordinals[find(ordinals, d.toordinal()) + step]) for d in days]

    return run


def timed(impl: Impl, days: Sequence[date]) -> tuple[list[date], float]:
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    try:
        start = time.perf_counter()
        result = impl(days)
        elapsed = time.perf_counter() - start
    finally:
        if enabled:
            gc.enable()
    return result, elapsed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000, help="number of random dates")
    parser.add_argument("--seed", type=int, default=20261128)
    parser.add_argument("--repeats", type=int, default=5, help="timed passes")
    parser.add_argument(
        "--slow-repeats", type=int, default=2, help="timed passes for chinese_calendar"
    )
    args = parser.parse_args(argv)

    days = sample(args.size, args.seed)
    impls: dict[str, tuple[Impl, int]] = {
        "govdisclosure add_workdays": (make_ours(), args.repeats),
        "bisect reference": (make_bisect(), args.repeats),
        "holidays get_nth_working_day": (make_holidays(), args.repeats),
        "chinese_calendar find_workday": (make_chinese_calendar(), args.slow_repeats),
    }
    print(
        f"d + {N} working days, {len(days):,} random dates {SAMPLE_FIRST}..{SAMPLE_LAST} "
        f"(seed {args.seed})"
    )
    print(
        f"Python {platform.python_version()} on {platform.machine()}; holidays "
        f"{version('holidays')}, chinesecalendar {version('chinesecalendar')}"
    )

    # 1. Answers first (this pass is also the first timing).
    best: dict[str, float] = {}
    answers: dict[str, list[date]] = {}
    for name, (impl, _) in impls.items():
        answers[name], best[name] = timed(impl, days)
    reference = answers["govdisclosure add_workdays"]
    for name, result in answers.items():
        wrong = [(d, r, x) for d, r, x in zip(days, reference, result, strict=True) if r != x]
        if wrong:
            print(f"MISMATCH: {name} differs on {len(wrong)} dates, e.g. {wrong[:3]}")
            return 1
    print(f"All four agree on all {len(days):,} answers.")
    head = days[:2000]
    literal = sum(
        chinese_calendar.find_workday(N, d) != r for d, r in zip(head, reference, strict=False)
    )
    rest_starts = sum(not cn.calendar().is_workday(d) for d in head)
    print(
        f"(chinese_calendar.find_workday({N}, d) taken literally differs on {literal:,} of the "
        f"first {len(head):,} dates; {rest_starts:,} of those dates start on a rest day.)"
    )

    # 2. More timed passes; keep the best.
    for name, (impl, repeats) in impls.items():
        for _ in range(repeats - 1):
            best[name] = min(best[name], timed(impl, days)[1])

    ours = best["govdisclosure add_workdays"]
    print()
    print(f"{'implementation':<32}{'µs/call':>10}{'x ours':>10}  passes")
    for name, (_, repeats) in impls.items():
        per_call = best[name] / len(days) * 1e6
        print(f"{name:<32}{per_call:>10.3f}{best[name] / ours:>10.2f}  {max(repeats, 1)}")

    vs_holidays = best["holidays get_nth_working_day"] / ours
    vs_bisect = ours / best["bisect reference"]
    ok_holidays = vs_holidays >= 50
    ok_bisect = vs_bisect <= 2
    print()
    print(
        f"holidays / ours = {vs_holidays:.1f}  (must be >= 50): {'OK' if ok_holidays else 'FAIL'}"
    )
    print(f"ours / bisect   = {vs_bisect:.2f}  (must be <= 2):  {'OK' if ok_bisect else 'FAIL'}")
    ok_rules = rule_built(days, args.repeats)
    return 0 if ok_holidays and ok_bisect and ok_rules else 1


def rule_built(days: Sequence[date], repeats: int) -> bool:
    """Time the rule-built US calendar against bisect and holidays.US; True if within bounds."""
    cal = calendar_rule_fixtures.us_federal(closures=False)
    impls = {
        "rule-built add_workdays": make_ours(cal),
        "bisect reference": make_bisect(cal),
        "holidays.US get_nth_working_day": make_holidays("US"),
    }
    best: dict[str, float] = {}
    answers: dict[str, list[date]] = {}
    for name, impl in impls.items():
        answers[name], best[name] = timed(impl, days)
        for _ in range(repeats - 1):
            best[name] = min(best[name], timed(impl, days)[1])
    reference = answers["rule-built add_workdays"]
    for name, result in answers.items():
        if result != reference:
            print(f"MISMATCH: {name} differs from the rule-built calendar")
            return False
    ours = best["rule-built add_workdays"]
    print()
    print(f"US federal calendar from rules ({len(cal.rest_days)} dated days); all three agree.")
    print(f"{'implementation':<32}{'µs/call':>10}{'x ours':>10}")
    for name in impls:
        print(f"{name:<32}{best[name] / len(days) * 1e6:>10.3f}{best[name] / ours:>10.2f}")
    vs_holidays = best["holidays.US get_nth_working_day"] / ours
    vs_bisect = ours / best["bisect reference"]
    print(f"holidays / ours = {vs_holidays:.1f}; ours / bisect = {vs_bisect:.2f} (rule-built)")
    return vs_holidays >= 50 and vs_bisect <= 2


if __name__ == "__main__":
    sys.exit(main())
