"""Benchmark: the US Annual FOIA Report from 1,000,000 request records, against pandas.

Both paths start from the same list of ``FoiaRequestRecord`` objects and end with
the same numbers, per component and for the agency overall:

* ours: ``FoiaTally.of(records, fiscal_year=Y, ...)`` (every section the records
  give, V.A-XII.A, in one pass) then the statistics of V.A, VII.A and VII.C per
  component and track and overall (``_daystats``);
* pandas: pull the fields out of the objects into a ``DataFrame``, count business
  days with ``numpy.busday_count``, then V.A with vectorised masks, and VII.A
  (median, mean, min, max) and VII.C (the 13 buckets, ``pd.cut``) with ``groupby``
  per component and track - only those sections, so pandas does less work.

The numbers pandas computes are compared with the report's before any time is
reported. Run:

    .venv/bin/python benchmarks/bench_us_aggregate.py            # 1,000,000 records
    .venv/bin/python benchmarks/bench_us_aggregate.py --n 200000 --repeat 3
"""

from __future__ import annotations

import argparse
import gc
import random
import time
from collections.abc import Callable
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, TypeVar

import numpy as np
import pandas as pd

from govdisclosure.calendar import WorkCalendar
from govdisclosure.jurisdictions.us.codes import ExemptionCode, Track
from govdisclosure.jurisdictions.us.outcomes import Disposition
from govdisclosure.jurisdictions.us.report._daystats import (
    average,
    buckets,
    highest,
    lowest,
    median,
)
from govdisclosure.jurisdictions.us.report._records import FoiaRequestRecord
from govdisclosure.jurisdictions.us.report._tally import ComponentTally, FoiaTally

FY = 2025
T = TypeVar("T")
COMPONENTS = ("CIV", "CRM", "FBI", "OIP", "USAO")
CAL = WorkCalendar.from_rules([], first=date(2020, 1, 1), last=date(2027, 12, 31))
EDGES = [-1, 20, 40, 60, 80, 100, 120, 140, 160, 180, 200, 300, 400, 10**9]


def make_records(n: int, seed: int = 2025) -> list[FoiaRequestRecord]:
    """``n`` requests received over two fiscal years, closed in every way V.B(1) counts."""
    rnd = random.Random(seed)
    first = date(2023, 10, 1)
    tracks = [Track.SIMPLE, Track.COMPLEX]
    grants = [Disposition.FULL_GRANT, Disposition.PARTIAL_GRANT, Disposition.FULL_DENIAL]
    non_exemption = [Disposition.NO_RECORDS, Disposition.WITHDRAWN]
    out: list[FoiaRequestRecord] = []
    for _ in range(n):
        received = first + timedelta(days=rnd.randrange(730))
        closed = received + timedelta(days=rnd.randrange(400)) if rnd.random() < 0.85 else None
        kw: dict[str, Any] = {}
        if closed is not None:
            d = rnd.choice([*grants, None])
            d = rnd.choice(non_exemption) if d is None else d
            kw["disposition"] = d
            if d in (Disposition.PARTIAL_GRANT, Disposition.FULL_DENIAL):
                kw["exemptions"] = (ExemptionCode.EX_6, ExemptionCode.EX_7C)[: rnd.randint(1, 2)]
        perfected = received if rnd.random() < 0.95 else None
        out.append(
            FoiaRequestRecord(
                component=rnd.choice(COMPONENTS),
                received=received,
                track=rnd.choice(tracks),
                perfected=perfected,
                closed=closed,
                fees_collected=Decimal(rnd.randrange(0, 5000)).scaleb(-2),
                **kw,
            )
        )
    return out


def pandas_path(records: list[FoiaRequestRecord]) -> dict[str, Any]:
    """V.A counts, VII.A statistics and VII.C buckets per component and track, with pandas."""
    frame = pd.DataFrame(
        {
            "component": [r.component for r in records],
            "track": [r.track.value for r in records],
            "received": np.array([r.received for r in records], dtype="datetime64[D]"),
            "closed": np.array([r.closed for r in records], dtype="datetime64[D]"),
            "perfected": [r.perfected is not None for r in records],
        }
    )
    start, end = np.datetime64("2024-10-01"), np.datetime64("2025-09-30")
    received, closed = frame["received"].to_numpy(), frame["closed"].to_numpy()
    open_ = np.isnat(closed)
    in_year = ~open_ & (closed >= start) & (closed <= end)
    frame["pending_start"] = (received < start) & (open_ | (closed >= start))
    frame["received_in"] = (received >= start) & (received <= end)
    frame["processed"] = in_year
    frame["pending_end"] = (received <= end) & (open_ | (closed > end))
    flows = ["pending_start", "received_in", "processed", "pending_end"]
    va = frame.groupby("component")[flows].sum()
    va.loc["overall"] = va.sum()
    done = frame[in_year & frame["perfected"].to_numpy()].copy()
    one = np.timedelta64(1, "D")
    begin = done["received"].to_numpy().astype("datetime64[D]") + one
    finish = done["closed"].to_numpy().astype("datetime64[D]") + one
    done["days"] = np.busday_count(begin, finish)  # [start + 1, end + 1): days after receipt
    done["bucket"] = pd.cut(done["days"], EDGES, labels=False)
    stats = done.groupby(["component", "track"])["days"].agg(["median", "mean", "min", "max"])
    overall = done.groupby("track")["days"].agg(["median", "mean", "min", "max"])
    buckets = done.groupby(["component", "track", "bucket"]).size()
    overall_buckets = done.groupby(["track", "bucket"]).size()
    return {
        "V.A": va,
        "VII.A": stats,
        "VII.A overall": overall,
        "VII.C": buckets,
        "VII.C overall": overall_buckets,
    }


def ours_path(records: list[FoiaRequestRecord]) -> dict[tuple[object, ...], Any]:
    """The tally, then the numbers pandas computes, keyed like ``compare`` reads them."""
    tally = FoiaTally.of(records, fiscal_year=FY, calendar=CAL)
    rows: list[tuple[str, ComponentTally]] = sorted(tally.components.items())
    rows.append(("AGENCY OVERALL", tally.overall()))
    out: dict[tuple[object, ...], Any] = {}
    for name, t in rows:
        for key in ("pending_start", "received", "processed", "pending_end"):
            out["V.A", name, key] = t.requests[key]
        for track in Track:
            hist = {d: k for (tr, d), k in t.response.items() if tr is track}
            stats = {
                "median": median(hist),
                "mean": average(hist, 2),
                "min": lowest(hist),
                "max": highest(hist),
            }
            for stat, value in stats.items():
                out["VII.A", name, track.value, stat] = value
            for i, k in enumerate(buckets(hist).values()):
                out["VII.C", name, track.value, i] = k
    return out


def _same(ours: object, theirs: float | None, what: str) -> None:
    if theirs is None or ours is None:
        ok = ours is None and theirs is None
    else:
        want = Decimal(str(theirs))
        got = Decimal(str(ours))
        ok = abs(got - want) <= Decimal("0.005") + Decimal("1e-9")
    if not ok:
        msg = f"the two paths disagree at {what}: ours {ours}, pandas {theirs}"
        raise SystemExit(msg)


def compare(numbers: dict[tuple[object, ...], Any], theirs: dict[str, Any]) -> int:
    """Check every number pandas computed against ours; return how many were compared."""
    checked = 0
    for row, values in theirs["V.A"].iterrows():
        key = "AGENCY OVERALL" if row == "overall" else row
        for name, value in values.items():
            _same(numbers["V.A", key, name.removesuffix("_in")], int(value), f"V.A {key} {name}")
            checked += 1
    rows = [(c, t, v) for (c, t), v in theirs["VII.A"].iterrows()]
    rows += [("AGENCY OVERALL", t, v) for t, v in theirs["VII.A overall"].iterrows()]
    for component, track, values in rows:
        for stat in ("median", "mean", "min", "max"):
            value = float(values[stat])
            if stat == "mean":
                value = float(Decimal(str(value)).quantize(Decimal("0.01"), ROUND_HALF_UP))
            _same(
                numbers["VII.A", component, track, stat], value, f"VII.A {component} {track} {stat}"
            )
            checked += 1
    counts = [((c, t, b), k) for (c, t, b), k in theirs["VII.C"].items()]
    counts += [(("AGENCY OVERALL", t, b), k) for (t, b), k in theirs["VII.C overall"].items()]
    for (component, track, bucket), k in counts:
        _same(numbers["VII.C", component, track, int(bucket)], int(k), f"VII.C {component} {track}")
        checked += 1
    return checked


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
    parser.add_argument("--n", type=int, default=1_000_000, help="number of records")
    parser.add_argument("--repeat", type=int, default=3, help="runs per path (best is kept)")
    args = parser.parse_args()

    start = time.perf_counter()
    records = make_records(args.n)
    print(f"built {len(records):,} records in {time.perf_counter() - start:.1f} s")

    ours_time, report = best_of(args.repeat, lambda: ours_path(records))
    pandas_time, theirs = best_of(args.repeat, lambda: pandas_path(records))
    checked = compare(report, theirs)
    print(f"the paths agree on {checked:,} numbers (FY {FY})")
    print(f"FoiaTally.of (all sections) + stats    : {ours_time:8.3f} s")
    print(f"pandas (V.A, VII.A, VII.C only)        : {pandas_time:8.3f} s")
    print(f"ratio (ours/pandas)                    : {ours_time / pandas_time:8.3f}")


if __name__ == "__main__":
    main()
