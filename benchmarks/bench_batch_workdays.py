"""Benchmark: "d + n working days" over 1,000,000 dates at once: batch vs loop vs numpy.

Run from the repository root::

    .venv/bin/python benchmarks/bench_batch_workdays.py
    .venv/bin/python benchmarks/bench_batch_workdays.py --size 200000 --repeats 3

On the same random dates in 2015-2025 (fixed seed), with the PRC calendar
(``cn.calendar()``):

- ``batch``: ``cal.add_workdays_array(days, 20)``, ``days`` a ``datetime64[D]`` array;
- ``loop``: ``[cal.add_workdays(d, 20) for d in dates]``, the per-call path over the
  same days as ``datetime.date`` objects (made before timing);
- ``np.busday_offset``: numpy's own business-day arithmetic, with a prebuilt
  ``np.busdaycalendar``. It has holidays but no makeup working days (a weekend day
  that is worked), so the weekly mask Monday-Friday cannot express the PRC calendar.
  Two ways:

  * **exact**: weekmask ``1111111`` (every day of the week a business day) and every
    non-working day of the covered range as a "holiday", so the business days are
    exactly the calendar's working days. ``roll="backward"`` makes a rest-day start
    count like ours (the first working day after ``d`` is step 1; numpy's default
    ``roll="forward"`` would count it as step 0). Exact only inside the covered range:
    numpy treats every day outside it as a business day, where we raise, so the
    sample stays inside it (2015-2025 + 20 working days) and answers are compared;
  * **weekdays + holidays** (how it is usually called): weekmask Monday-Friday and the
    calendar's rest days as holidays. It misses the makeup days; the script counts
    the answers that differ and does not time it against the others as if equal.

Then batch against loop with a random step per date (-30..30, zero included), where
``np.busday_offset`` needs a different roll for each sign (two calls).

All answers are checked identical before any time is reported (the first pass is
also the first timing); each is timed again, best of ``--repeats``, with the garbage
collector off. Prints µs per date and the ratios; exits 1 if batch is not at least
20 times the loop (issue 16).
"""

from __future__ import annotations

import argparse
import gc
import platform
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

import numpy as np

from govdisclosure.calendar import WorkCalendar
from govdisclosure.jurisdictions import cn

N = 20
SAMPLE_FIRST, SAMPLE_LAST = date(2015, 1, 1), date(2025, 12, 31)
TARGET = 20.0


def sample(size: int, seed: int) -> Any:
    rng = np.random.default_rng(seed)
    lo = np.datetime64(SAMPLE_FIRST, "D").astype(np.int64)
    hi = np.datetime64(SAMPLE_LAST, "D").astype(np.int64)
    return rng.integers(lo, hi + 1, size=size).astype("datetime64[D]")


def exact_busdaycalendar(cal: WorkCalendar) -> Any:
    """Every day a business day, every non-working day of the covered range a holiday."""
    covered = np.arange(
        np.datetime64(cal.first, "D"), np.datetime64(cal.last + timedelta(days=1), "D")
    )
    rest = covered[~cal.is_workday_array(covered)]
    return np.busdaycalendar(weekmask="1111111", holidays=rest)


def usual_busdaycalendar(cal: WorkCalendar) -> Any:
    """Monday-Friday, the calendar's rest days as holidays (no makeup days: not exact)."""
    rest = np.array([r.on for r in cal.rest_days], dtype="datetime64[D]")
    return np.busdaycalendar(weekmask="1111100", holidays=rest)


def timed(run: Callable[[], Any]) -> tuple[Any, float]:
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    try:
        start = time.perf_counter()
        result = run()
        elapsed = time.perf_counter() - start
    finally:
        if enabled:
            gc.enable()
    return result, elapsed


def race(
    impls: dict[str, Callable[[], Any]], repeats: int
) -> tuple[dict[str, Any], dict[str, float]]:
    answers: dict[str, Any] = {}
    best: dict[str, float] = {}
    for name, run in impls.items():
        answers[name], best[name] = timed(run)
    for name, run in impls.items():
        for _ in range(repeats - 1):
            best[name] = min(best[name], timed(run)[1])
    return answers, best


def table(best: dict[str, float], size: int, against: str) -> None:
    print(f"{'implementation':<40}{'µs/date':>10}{'x batch':>14}")
    for name, seconds in best.items():
        print(f"{name:<40}{seconds / size * 1e6:>10.4f}{seconds / best[against]:>14.2f}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000, help="number of random dates")
    parser.add_argument("--seed", type=int, default=20261203)
    parser.add_argument("--repeats", type=int, default=5, help="timed passes")
    args = parser.parse_args(argv)

    cal = cn.calendar()
    days = sample(args.size, args.seed)
    dates: list[date] = days.tolist()
    add = cal.add_workdays
    exact = exact_busdaycalendar(cal)
    usual = usual_busdaycalendar(cal)
    print(
        f"d + {N} working days, {args.size:,} random dates {SAMPLE_FIRST}..{SAMPLE_LAST} "
        f"(seed {args.seed}), PRC calendar {cal.first}..{cal.last}"
    )
    print(f"Python {platform.python_version()} on {platform.machine()}; numpy {np.__version__}")

    impls: dict[str, Callable[[], Any]] = {
        "batch add_workdays_array": lambda: cal.add_workdays_array(days, N),
        "loop add_workdays": lambda: [add(d, N) for d in dates],
        "np.busday_offset (exact calendar)": lambda: np.busday_offset(
            days, N, roll="backward", busdaycal=exact
        ),
    }
    answers, best = race(impls, args.repeats)
    batch = answers["batch add_workdays_array"]
    if batch.tolist() != answers["loop add_workdays"]:
        print("MISMATCH: batch and loop differ")
        return 1
    if not np.array_equal(batch, answers["np.busday_offset (exact calendar)"]):
        print("MISMATCH: batch and the exact np.busday_offset differ")
        return 1
    usual_answers = np.busday_offset(days, N, roll="backward", busdaycal=usual)
    differ = int((usual_answers != batch).sum())
    print(f"All three agree on all {args.size:,} answers.")
    print(
        f"(np.busday_offset with weekmask Mon-Fri and the rest days as holidays differs on "
        f"{differ:,} of them: it cannot know the {len(cal.makeup_workdays)} makeup working days.)"
    )
    print()
    table(best, args.size, "batch add_workdays_array")
    ratio = best["loop add_workdays"] / best["batch add_workdays_array"]
    vs_numpy = best["np.busday_offset (exact calendar)"] / best["batch add_workdays_array"]
    print(
        f"loop / batch = {ratio:.1f} (target >= {TARGET:.0f}); "
        f"busday_offset / batch = {vs_numpy:.2f}"
    )

    # Random steps, both signs and zero.
    rng = np.random.default_rng(args.seed + 1)
    steps = rng.integers(-30, 31, size=args.size)
    step_list: list[int] = steps.tolist()
    forward = steps > 0  # numpy: roll back for a step forward, forward for one back

    def numpy_mixed() -> Any:
        ahead = np.busday_offset(days, steps, roll="backward", busdaycal=exact)
        back = np.busday_offset(days, steps, roll="forward", busdaycal=exact)
        answer = np.where(forward, ahead, back)
        return np.where(steps == 0, days, answer)  # n = 0 gives the day itself, rolled or not

    mixed: dict[str, Callable[[], Any]] = {
        "batch add_workdays_array": lambda: cal.add_workdays_array(days, steps),
        "loop add_workdays": lambda: [add(d, n) for d, n in zip(dates, step_list, strict=True)],
        "np.busday_offset (exact, two rolls)": numpy_mixed,
    }
    answers, best_mixed = race(mixed, args.repeats)
    batch = answers["batch add_workdays_array"]
    if batch.tolist() != answers["loop add_workdays"] or not np.array_equal(
        batch, answers["np.busday_offset (exact, two rolls)"]
    ):
        print("MISMATCH with random steps")
        return 1
    print()
    print("d + n working days, n random in -30..30 per date; all three agree.")
    table(best_mixed, args.size, "batch add_workdays_array")
    ratio_mixed = best_mixed["loop add_workdays"] / best_mixed["batch add_workdays_array"]
    print(f"loop / batch = {ratio_mixed:.1f} (target >= {TARGET:.0f})")
    ok = ratio >= TARGET and ratio_mixed >= TARGET
    print("OK" if ok else "BELOW TARGET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
