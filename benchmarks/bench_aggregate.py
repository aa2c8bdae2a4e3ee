"""Benchmark: table 三 from 1,000,000 requests, against the pandas path an analyst would take.

Both paths start from the same list of ``Request`` objects and end with the same table:

* ours: ``cn.aggregate_requests(requests, year=Y)``, one pass of plain counting;
* pandas: pull the fields out of the objects into a ``DataFrame``, derive the rows
  (new, carried over, outcome, handled, carried forward) with vectorised masks, and
  ``pd.crosstab`` rows against applicant kinds (with margins for the 总计 column).

The two tables are compared cell by cell before any time is reported. Run:

    .venv/bin/python benchmarks/bench_aggregate.py            # 1,000,000 requests
    .venv/bin/python benchmarks/bench_aggregate.py --n 200000 --repeat 3
"""

from __future__ import annotations

import argparse
import gc
import random
import time
from collections.abc import Callable
from datetime import date, timedelta
from typing import TypeVar

import pandas as pd

from govdisclosure.jurisdictions.cn.outcomes import Outcome
from govdisclosure.jurisdictions.cn.report import (
    RequestRow,
    RequestTable,
    Total,
    aggregate_requests,
)
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

YEAR = 2025
T = TypeVar("T")


def make_requests(n: int, seed: int = 2025) -> list[Request]:
    """``n`` requests received over two years, ending in every way the table counts."""
    rnd = random.Random(seed)
    kinds = list(ApplicantKind)
    kind_weights = [90, 4, 1, 1, 3, 1]
    applicants = {k: Applicant(kind=k) for k in kinds}
    outcomes = list(Outcome)
    first = date(YEAR - 1, 1, 1)
    out: list[Request] = []
    for i in range(n):
        received = first + timedelta(days=rnd.randrange(730))
        applicant = applicants[rnd.choices(kinds, kind_weights)[0]]
        ended = received + timedelta(days=rnd.randrange(60))
        roll = rnd.random()
        if roll < 0.05:
            events: tuple[object, ...] = ()
        elif roll < 0.85:
            events = (Replied(on=ended, outcome=rnd.choice(outcomes)),)
        elif roll < 0.90:
            events = (CorrectionRequested(on=received), CorrectionLapsed(on=ended))
        elif roll < 0.95:
            events = (FeeNoticeIssued(on=received), FeeLapsed(on=ended))
        else:
            events = (Withdrawn(on=ended),)
        out.append(Request(id=str(i), received=received, applicant=applicant, events=events))  # type: ignore[arg-type]
    return out


def _ending_code(event: object) -> str | None:
    if event is None:
        return None
    if type(event) is Replied:
        return event.outcome.value  # type: ignore[union-attr]
    if type(event) is CorrectionLapsed:
        return Outcome.OTHER_CORRECTION_LAPSED.value
    if type(event) is FeeLapsed:
        return Outcome.OTHER_FEE_LAPSED.value
    return Outcome.OTHER.value


def pandas_path(requests: list[Request], year: int) -> pd.DataFrame:
    """From the objects to a DataFrame, then masks and a cross-tabulation."""
    last = [r.events[-1] if r.events and r.events[-1].concludes else None for r in requests]
    frame = pd.DataFrame(
        {
            "received": pd.to_datetime([r.received for r in requests]),
            "kind": [r.applicant.kind.value for r in requests],
            "concluded": pd.to_datetime([e.on if e is not None else None for e in last]),
            "ending": [_ending_code(e) for e in last],
        }
    )
    start, end = pd.Timestamp(year, 1, 1), pd.Timestamp(year, 12, 31)
    new = frame["received"].between(start, end)
    over = (frame["received"] < start) & (frame["concluded"].isna() | (frame["concluded"] >= start))
    counted = new | over
    handled = counted & frame["concluded"].between(start, end)
    forward = counted & ~handled
    kind = frame["kind"]
    long = pd.concat(
        [
            pd.DataFrame({"row": RequestRow.NEW.value, "kind": kind[new]}),
            pd.DataFrame({"row": RequestRow.CARRIED_OVER.value, "kind": kind[over]}),
            pd.DataFrame({"row": frame["ending"][handled], "kind": kind[handled]}),
            pd.DataFrame({"row": RequestRow.HANDLED.value, "kind": kind[handled]}),
            pd.DataFrame({"row": RequestRow.CARRIED_FORWARD.value, "kind": kind[forward]}),
        ],
        ignore_index=True,
    )
    return pd.crosstab(long["row"], long["kind"], margins=True, margins_name="total")


def same_table(ours: RequestTable, theirs: pd.DataFrame) -> bool:
    for row in ours.rows:
        for column in ours.columns:
            value = ours[row, column]
            code_row, code_col = row.value, column.value
            expected = 0
            if code_row in theirs.index and code_col in theirs.columns:
                expected = int(theirs.loc[code_row, code_col])
            if value != expected:
                print(f"mismatch at {code_row}/{code_col}: ours {value}, pandas {expected}")
                return False
    return True


def best_of(repeat: int, run: Callable[[], T]) -> tuple[float, T]:
    best = float("inf")
    result = run()  # a warm-up run, not timed
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        result = run()
        best = min(best, time.perf_counter() - start)
    return best, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="number of requests")
    parser.add_argument("--repeat", type=int, default=3, help="runs per path (best is kept)")
    args = parser.parse_args()

    start = time.perf_counter()
    requests = make_requests(args.n)
    print(f"built {len(requests):,} requests in {time.perf_counter() - start:.1f} s")

    ours_time, ours = best_of(args.repeat, lambda: aggregate_requests(requests, year=YEAR))
    pandas_time, theirs = best_of(args.repeat, lambda: pandas_path(requests, YEAR))
    if not same_table(ours, theirs):
        msg = "the two paths disagree"
        raise SystemExit(msg)
    total = ours[RequestRow.HANDLED, Total.TOTAL]
    print(f"tables agree cell by cell ({total:,} requests handled in {YEAR})")
    print(f"aggregate_requests : {ours_time:8.3f} s")
    print(f"pandas + crosstab  : {pandas_time:8.3f} s")
    print(f"ratio (ours/pandas): {ours_time / pandas_time:8.3f}  (target: at most 0.5)")


if __name__ == "__main__":
    main()
