"""Benchmark: table 三 on a 2-worker Dask cluster against one process, for objects and columns.

Every path ends with the same table (checked before any time is reported). A
``distributed.LocalCluster`` of 2 worker processes, 1 thread each, runs the
parallel paths. Three cases (``--case``, all by default):

*columns* (``parallel.cn_requests_table_columns``, at each ``--rows``, 1M and 10M
by default): each partition's four numpy columns are made on the worker that
counts them (from a seed, as reading its own file would), so the data stay on
the workers and only the tables (2 kB) travel.

  - *count*: the partitions already resident on the workers (computed and kept
    there first, not timed), against ``cn.aggregate_columns`` on the same
    columns end to end in this process, and against a pandas ``groupby`` of the
    same columns (``bench_columnar_aggregate.pandas_groupby``), the natural
    alternative; also Dask's threaded scheduler (2 threads, this process, the
    partitions in memory), as numpy gives up the GIL in most of its loops;
  - *make + count*: the whole pipeline, each partition made and counted on the
    cluster, against the same partitions made and counted one after another here.

*objects* (``parallel.cn_requests_table`` over ``Request`` objects, ``--n``):
the records shipped from this process (``db.from_sequence``); scattered first
(``client.scatter`` of ``Partition`` objects, timed apart, then only the count);
built on the workers (each partition makes its own requests) against the same
built and counted here. It also prices pickling a ``Request``, a partition and
a table (what a task returns).

*ceiling*: the same pure-Python work (make and count a partition of requests)
and a numpy kernel (``aggregate_columns``) in 2 plain processes
(``multiprocessing``, no Dask) against one after the other: what this machine's
two cores give at best, with no scheduler at all.

Nothing is asserted. Run:

    PYTHONPATH=src .venv/bin/python benchmarks/bench_dask_aggregate.py       # everything
    PYTHONPATH=src .venv/bin/python benchmarks/bench_dask_aggregate.py --case columns
    PYTHONPATH=src .venv/bin/python benchmarks/bench_dask_aggregate.py --case objects --n 200000
"""

from __future__ import annotations

import argparse
import gc
import logging
import multiprocessing
import os
import pickle
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import dask
import dask.bag as db
import numpy as np
import pandas as pd
from dask.base import tokenize
from dask.delayed import delayed
from distributed import Client, LocalCluster, wait

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_aggregate import YEAR, make_requests
from bench_columnar_aggregate import pandas_groupby, same_table
from govdisclosure.jurisdictions.cn.outcomes import Outcome
from govdisclosure.jurisdictions.cn.report import (
    APPLICANT_KIND_CODES,
    OUTCOME_CODES,
    RequestTable,
    aggregate_columns,
    aggregate_requests,
)
from govdisclosure.parallel import (
    COLUMN_NAMES,
    Partition,
    cn_requests_table,
    cn_requests_table_columns,
)
from govdisclosure.requests import Request

T = TypeVar("T")
Columns = dict[str, Any]
KIND_WEIGHTS = np.array([90, 4, 1, 1, 3, 1]) / 100  # as make_requests draws them


def best_of(repeat: int, run: Callable[[], T]) -> tuple[float, T]:
    best = float("inf")
    result = run()  # a warm-up run, not timed
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        result = run()
        best = min(best, time.perf_counter() - start)
    return best, result


def timed(run: Callable[[], T]) -> tuple[float, T]:
    gc.collect()
    start = time.perf_counter()
    result = run()
    return time.perf_counter() - start, result


def same(table: RequestTable, expected: RequestTable, path: str) -> None:
    if table != expected:
        msg = f"{path}: the table differs from the single-process one"
        raise SystemExit(msg)


TRIM = "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_"


def cluster(*, trim: bool) -> LocalCluster:
    """2 worker processes; ``trim=False`` unsets distributed's ``MALLOC_TRIM_THRESHOLD_=65536``.

    distributed starts its workers with that glibc setting (to give memory back to
    the OS at once). Setting it also turns off glibc's sliding mmap threshold, so
    every numpy temporary of more than 128 kB is a fresh ``mmap`` whose pages
    fault in on first touch: ``aggregate_columns`` runs 2-3 times slower in such
    a worker. Unset (``None``), the workers allocate as this process does.
    """
    with dask.config.set({TRIM: 65536 if trim else None}):
        return LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",  # a free port: two clusters run at once
            silence_logs=logging.ERROR,
        )


# -- columns -----------------------------------------------------------------------------


def make_columns(n: int, seed: int) -> Columns:
    """``n`` requests as the four columns, drawn as ``make_requests`` draws them."""
    rng = np.random.default_rng(seed)
    received = np.datetime64(f"{YEAR - 1}-01-01", "D") + rng.integers(0, 730, n)
    kinds = rng.choice(len(APPLICANT_KIND_CODES), size=n, p=KIND_WEIGHTS).astype(np.int8)
    concluded = received + rng.integers(0, 60, n)
    outcome = rng.integers(0, len(OUTCOME_CODES), n).astype(np.int8)  # a reply: any outcome
    roll = rng.random(n)
    for low, high, ending in (
        (0.85, 0.90, Outcome.OTHER_CORRECTION_LAPSED),
        (0.90, 0.95, Outcome.OTHER_FEE_LAPSED),
        (0.95, 1.00, Outcome.OTHER),  # withdrawn
    ):
        outcome[(roll >= low) & (roll < high)] = OUTCOME_CODES.index(ending)
    is_open = roll < 0.05
    concluded[is_open] = np.datetime64("NaT")
    outcome[is_open] = -1
    return {
        "received": received,
        "applicant_kind": kinds,
        "concluded_on": concluded,
        "outcome": outcome,
    }


def read_columns(path: str) -> Columns:
    """A partition's columns from its ``.npz`` file (as a worker reads its own file)."""
    with np.load(path) as held:
        return {name: held[name] for name in COLUMN_NAMES}


def count_made(n: int, seed: int) -> RequestTable:
    return aggregate_columns(**make_columns(n, seed), year=YEAR)


def count_read(path: str) -> RequestTable:
    return aggregate_columns(**read_columns(path), year=YEAR)


def by_partition(parts: list[Columns]) -> RequestTable:
    return sum((aggregate_columns(**p, year=YEAR) for p in parts), RequestTable.zeros())


def line(label: str, seconds: float, note: str = "") -> str:
    return f"  {label:<40}{seconds * 1e3:9.1f} ms  {note}".rstrip()


def resident_count(on: Client, size: int, seeds: list[int], repeat: int) -> tuple[float, object]:
    """Time the count of partitions made on ``on``'s workers and kept there (made untimed)."""
    futures = on.compute([delayed(make_columns)(size, s) for s in seeds])
    wait(futures)
    with dask.config.set(scheduler=on.get):
        return best_of(repeat, lambda: cn_requests_table_columns(futures, year=YEAR))


def columns_case(  # noqa: PLR0917 - the clusters and the sizes
    client: Client,
    default: Client,
    rows: int,
    parts: int,
    repeat: int,
    folder: Path,
    *,
    with_pandas: bool = True,
) -> list[str]:
    size = -(-rows // parts)
    seeds = list(range(parts))
    local = [make_columns(size, s) for s in seeds]
    whole = {name: np.concatenate([p[name] for p in local]) for name in COLUMN_NAMES}
    files = [str(folder / f"part-{rows}-{s}.npz") for s in seeds]
    for path, columns in zip(files, local, strict=True):
        np.savez(path, **columns)
    frame = pd.DataFrame(whole) if with_pandas else None
    t_one, expected = best_of(repeat, lambda: aggregate_columns(**whole, year=YEAR))
    t_pandas = float("nan")
    if with_pandas:
        t_pandas, theirs = best_of(repeat, lambda: pandas_groupby(frame, YEAR))
        if not same_table(expected, theirs):
            msg = "pandas disagrees"
            raise SystemExit(msg)
    t_chunks, table = best_of(repeat, lambda: by_partition(local))
    same(table, expected, "by partition")
    t_threads, table = best_of(
        repeat, lambda: cn_requests_table_columns(local, year=YEAR, scheduler="threads")
    )
    same(table, expected, "threads")
    t_tuned, table = resident_count(client, size, seeds, repeat)
    same(table, expected, "resident on the workers")  # type: ignore[arg-type]
    t_default, table = resident_count(default, size, seeds, repeat)
    same(table, expected, "resident on the default workers")  # type: ignore[arg-type]

    def here() -> RequestTable:
        return sum((count_made(size, s) for s in seeds), RequestTable.zeros())

    def made() -> RequestTable:
        return cn_requests_table_columns([delayed(make_columns)(size, s) for s in seeds], year=YEAR)

    def read_here() -> RequestTable:
        return sum((count_read(p) for p in files), RequestTable.zeros())

    def read() -> RequestTable:
        return cn_requests_table_columns([delayed(read_columns)(p) for p in files], year=YEAR)

    timings: dict[str, float] = {}
    for name, run in (
        ("make here", here),
        ("make", made),
        ("read here", read_here),
        ("read", read),
    ):
        timings[name], table = best_of(repeat, run)
        same(table, expected, name)
    for path in files:
        Path(path).unlink()
    per_m = t_one / (rows / 1e6) * 1e3
    vs_pandas = f"; x{t_pandas / t_tuned:.1f} pandas" if with_pandas else ""
    out = [
        f"columns, {rows:,} rows in {parts} partitions (tables agree on every path):",
        line("count, one process, aggregate_columns", t_one, f"({per_m:.1f} ms a million rows)"),
        line("count, one process, partition by one", t_chunks, f"(x{t_one / t_chunks:.2f})"),
        line(
            "count, Dask threads (2, this process)",
            t_threads,
            f"(x{t_one / t_threads:.2f}; x{t_chunks / t_threads:.2f} by partition)",
        ),
        line(
            "count, cluster, partitions resident",
            t_tuned,
            f"(x{t_one / t_tuned:.2f}; x{t_chunks / t_tuned:.2f} by partition{vs_pandas})",
        ),
        line("  the same, MALLOC_TRIM_THRESHOLD_=65536", t_default, f"(x{t_one / t_default:.2f})"),
        line("make + count, one process", timings["make here"]),
        line(
            "make + count, cluster",
            timings["make"],
            f"(x{timings['make here'] / timings['make']:.2f})",
        ),
        line("read .npz + count, one process", timings["read here"]),
        line(
            "read .npz + count, cluster",
            timings["read"],
            f"(x{timings['read here'] / timings['read']:.2f})",
        ),
    ]
    if with_pandas:
        pandas = line(
            "count, one process, pandas groupby", t_pandas, f"({t_pandas / t_one:.1f}x as long)"
        )
        out.insert(2, pandas)
    return out


# -- objects -----------------------------------------------------------------------------


def chunks(requests: list[Request], k: int) -> list[list[Request]]:
    size = -(-len(requests) // k)
    return [requests[i : i + size] for i in range(0, len(requests), size)]


def build_partition(seeds: list[int], size: int) -> list[Request]:
    """The requests of one partition, made where they are counted (like reading a file)."""
    return [r for seed in seeds for r in make_requests(size, seed=seed)]


def pickle_costs(requests: list[Request], partitions: int) -> list[str]:
    sample = requests[:20_000]
    t_dump, blobs = timed(lambda: [pickle.dumps(r, protocol=5) for r in sample])
    t_load, _ = timed(lambda: [pickle.loads(b) for b in blobs])  # noqa: S301 - our own bytes
    alone = sum(map(len, blobs)) / len(sample)
    part = chunks(requests, partitions)[0]
    t_pdump, blob = timed(lambda: pickle.dumps(part, protocol=5))
    t_pload, back = timed(lambda: pickle.loads(blob))  # noqa: S301 - our own bytes
    if back != part:
        msg = "a partition did not survive pickling"
        raise SystemExit(msg)
    t_token, _ = timed(lambda: tokenize(sample))
    table = pickle.dumps(aggregate_requests(requests, year=YEAR), protocol=5)
    one = f"dumps {t_dump / len(sample) * 1e6:.2f} µs, loads {t_load / len(sample) * 1e6:.2f} µs"
    many = f"dumps {t_pdump / len(part) * 1e6:.2f} µs, loads {t_pload / len(part) * 1e6:.2f} µs"
    return [
        f"  pickle one Request alone : {one}, {alone:.0f} bytes",
        f"  pickle a partition's list: {many}, {len(blob) / len(part):.0f} bytes a request",
        f"  dask tokenize (from_sequence names its graph so): {t_token / len(sample) * 1e6:.2f} µs",
        f"  pickle the table (what a task returns): {len(table):,} bytes",
    ]


def objects_case(client: Client, n: int, parts: int, repeat: int) -> list[str]:
    t_build, requests = timed(lambda: make_requests(n))
    lines = [f"objects, {n:,} requests in {parts} partitions (built in {t_build:.1f} s here):"]
    lines += pickle_costs(requests, parts)
    pieces = chunks(requests, parts)
    t_one, whole = best_of(repeat, lambda: aggregate_requests(requests, year=YEAR))
    with dask.config.set(scheduler="synchronous"):
        t_sync, table = best_of(repeat, lambda: cn_requests_table(pieces, year=YEAR))
    same(table, whole, "synchronous")
    t_ship, table = best_of(1, lambda: cn_requests_table(pieces, year=YEAR))
    same(table, whole, "shipped")
    t_scatter, futures = timed(lambda: client.scatter([Partition(p) for p in pieces], hash=False))
    t_scattered, table = best_of(repeat, lambda: cn_requests_table(futures, year=YEAR))
    same(table, whole, "scattered")

    size = -(-n // parts)
    seeds = list(range(parts))

    def local() -> RequestTable:
        return sum(
            (aggregate_requests(build_partition([s], size), year=YEAR) for s in seeds),
            RequestTable.zeros(),
        )

    t_local, expected = timed(local)
    built = db.from_sequence(seeds, npartitions=parts).map_partitions(build_partition, size)
    t_remote, table = timed(lambda: cn_requests_table(built, year=YEAR))
    same(table, expected, "built on the workers")
    overhead = f"(Dask's overhead {t_sync - t_one:+.3f} s)"
    scattered = f"(x{t_one / t_scattered:.2f}; the scatter itself {t_scatter:.3f} s)"
    return [
        *lines,
        line("one process, aggregate_requests", t_one, f"({t_one / n * 1e6:.2f} µs each)"),
        line("Dask synchronous (this process)", t_sync, overhead),
        line("cluster, records shipped from here", t_ship, f"(x{t_one / t_ship:.2f})"),
        line("cluster, scattered first", t_scattered, scattered),
        line("build + count, one process", t_local),
        line("build + count, cluster", t_remote, f"(x{t_local / t_remote:.2f})"),
    ]


# -- the machine's ceiling -------------------------------------------------------------------


_HELD: dict[int, Columns] = {}


def python_work(seed: int) -> None:
    aggregate_requests(make_requests(100_000, seed=seed), year=YEAR)


def numpy_work(seed: int) -> None:
    columns = _HELD.setdefault(seed, make_columns(2_000_000, seed))  # made in the warm-up
    for _ in range(5):
        aggregate_columns(**columns, year=YEAR)


def ceiling_case(repeat: int) -> list[str]:
    lines = ["ceiling: the same work in 2 plain processes (multiprocessing, no Dask):"]
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        for name, work in (
            ("make + count 100,000 Requests (Python)", python_work),
            ("aggregate_columns, 5 x 2M rows (numpy)", numpy_work),
        ):
            for _ in range(2):  # warm both processes up, with both seeds
                pool.map(work, [0, 1], chunksize=1)

            def alone(work: Callable[[int], None] = work) -> None:
                for seed in (0, 1):
                    pool.apply(work, (seed,))

            def both(work: Callable[[int], None] = work) -> None:
                pool.map(work, [0, 1], chunksize=1)

            t_alone, _ = best_of(repeat, alone)
            t_both, _ = best_of(repeat, both)
            lines.append(
                line(f"{name}, one after the other", t_alone)
                + f"; side by side {t_both * 1e3:.1f} ms (x{t_alone / t_both:.2f})"
            )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", choices=["all", "columns", "objects", "ceiling"], default="all")
    parser.add_argument("--rows", type=int, nargs="+", default=[1_000_000, 10_000_000])
    parser.add_argument("--n", type=int, default=1_000_000, help="requests, objects case")
    parser.add_argument("--partitions", type=int, default=8, help="partitions, objects case")
    parser.add_argument("--column-partitions", type=int, default=4, help="partitions, columns")
    parser.add_argument("--repeat", type=int, default=3, help="runs per path (best is kept)")
    parser.add_argument("--skip-pandas", action="store_true", help="no pandas path (big --rows)")
    args = parser.parse_args()
    print(
        f"Python {sys.version.split()[0]}, numpy {np.__version__}, pandas {pd.__version__},"
        f" dask {dask.__version__}; {os.cpu_count()} cores;"
        f" load average {os.getloadavg()[0]:.2f} (other work on the machine slows the 2 workers)"
    )
    lines: list[str] = []
    if args.case in ("all", "ceiling"):
        lines += ceiling_case(args.repeat)
    if args.case in ("all", "columns", "objects"):
        t_start, tuned = timed(lambda: cluster(trim=False))
        lines.append(f"LocalCluster start (2 processes): {t_start:.2f} s (once, not counted)")
        with (
            tuned,
            cluster(trim=True) as default,
            Client(default, set_as_default=False) as other,
            Client(tuned) as client,
            tempfile.TemporaryDirectory() as folder,
        ):
            if args.case in ("all", "columns"):
                for rows in args.rows:
                    lines += columns_case(
                        client,
                        other,
                        rows,
                        args.column_partitions,
                        args.repeat,
                        Path(folder),
                        with_pandas=not args.skip_pandas,
                    )
            if args.case in ("all", "objects"):
                lines += objects_case(client, args.n, args.partitions, args.repeat)
    print("\n".join(lines))
    print(f"load average at the end: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
