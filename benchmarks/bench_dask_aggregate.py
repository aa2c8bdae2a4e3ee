"""Benchmark: table 三 from 1,000,000 requests, one process against a 2-worker Dask cluster.

Every path ends with the same table (checked before any time is reported):

* one process: ``cn.aggregate_requests(requests, year=Y)`` on the list;
* Dask, synchronous scheduler: ``parallel.cn_requests_table(bag)`` in this
  process, which prices Dask's own machinery (graph, tasks, the merge);
* a ``distributed.LocalCluster`` of 2 worker processes, 1 thread each:

  - *ship the records*: ``db.from_sequence(requests)``, the records built in the
    client; every request is pickled into the graph and unpickled on a worker;
  - *scattered first*: the partitions sent to the workers once
    (``client.scatter`` of ``Partition`` objects, timed apart), then only the
    count is timed;
  - *built on the workers*: each partition makes its own requests (as it would
    read its own file), against the same partitions built and counted one after
    the other in this process: the whole pipeline, where the 2 cores can help.

It also prices pickling a ``Request`` (``pickle`` protocol 5, as ``distributed``
sends data), alone and in a list. Nothing is asserted. Run:

    .venv/bin/python benchmarks/bench_dask_aggregate.py            # 1,000,000 requests
    .venv/bin/python benchmarks/bench_dask_aggregate.py --n 200000 --partitions 8
"""

from __future__ import annotations

import argparse
import gc
import logging
import pickle
import time
from collections.abc import Callable
from typing import TypeVar

import dask
import dask.bag as db
from dask.base import tokenize
from distributed import Client, LocalCluster

from bench_aggregate import YEAR, make_requests
from govdisclosure.jurisdictions.cn.report import RequestTable, aggregate_requests
from govdisclosure.parallel import Partition, cn_requests_table
from govdisclosure.requests import Request

T = TypeVar("T")


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


def chunks(requests: list[Request], k: int) -> list[list[Request]]:
    size = -(-len(requests) // k)
    return [requests[i : i + size] for i in range(0, len(requests), size)]


def build_partition(seeds: list[int], size: int) -> list[Request]:
    """The requests of one partition, made where they are counted (like reading a file)."""
    return [r for seed in seeds for r in make_requests(size, seed=seed)]


def pickle_costs(requests: list[Request], partitions: int) -> None:
    sample = requests[:20_000]
    t_dump, blobs = timed(lambda: [pickle.dumps(r, protocol=5) for r in sample])
    t_load, _ = timed(lambda: [pickle.loads(b) for b in blobs])  # noqa: S301 - our own bytes
    alone = sum(map(len, blobs)) / len(sample)
    print(
        f"pickle one Request alone : dumps {t_dump / len(sample) * 1e6:5.2f} µs,"
        f" loads {t_load / len(sample) * 1e6:5.2f} µs, {alone:4.0f} bytes"
    )
    part = chunks(requests, partitions)[0]
    t_dump, blob = timed(lambda: pickle.dumps(part, protocol=5))
    t_load, back = timed(lambda: pickle.loads(blob))  # noqa: S301 - our own bytes
    if back != part:
        msg = "a partition did not survive pickling"
        raise SystemExit(msg)
    print(
        f"pickle a partition's list: dumps {t_dump / len(part) * 1e6:5.2f} µs,"
        f" loads {t_load / len(part) * 1e6:5.2f} µs, {len(blob) / len(part):4.0f} bytes per request"
        f" ({len(part):,} requests, {len(blob) / 1e6:.1f} MB)"
    )
    t_token, _ = timed(lambda: tokenize(sample))
    print(
        f"dask tokenize (db.from_sequence names its graph so): {t_token / len(sample) * 1e6:.2f}"
        " µs a request (it pickles each record twice); partitions given as lists skip it"
    )
    table = aggregate_requests(requests, year=YEAR)
    blob = pickle.dumps(table, protocol=5)
    print(f"pickle the table (what a task returns): {len(blob):,} bytes")


def same(table: RequestTable, expected: RequestTable, path: str) -> None:
    if table != expected:
        msg = f"{path}: the table differs from the single-process one"
        raise SystemExit(msg)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="number of requests")
    parser.add_argument("--partitions", type=int, default=8, help="partitions (tasks)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per path (best is kept)")
    args = parser.parse_args()
    n, parts = args.n, args.partitions

    t_build, requests = timed(lambda: make_requests(n))
    print(f"built {len(requests):,} requests in {t_build:.1f} s ({t_build / n * 1e6:.1f} µs each)")
    pickle_costs(requests, parts)
    pieces = chunks(requests, parts)

    t_one, whole = best_of(args.repeat, lambda: aggregate_requests(requests, year=YEAR))
    with dask.config.set(scheduler="synchronous"):
        t_sync, table = best_of(args.repeat, lambda: cn_requests_table(pieces, year=YEAR))
    same(table, whole, "synchronous")

    t_start, cluster = timed(
        lambda: LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        )
    )
    with cluster, Client(cluster) as client:
        t_ship, table = best_of(1, lambda: cn_requests_table(pieces, year=YEAR))
        same(table, whole, "shipped")

        t_scatter, futures = timed(
            lambda: client.scatter([Partition(p) for p in pieces], hash=False)
        )
        t_scattered, table = best_of(args.repeat, lambda: cn_requests_table(futures, year=YEAR))
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

    print(f"tables agree on every path ({n:,} requests, {parts} partitions)")
    print(f"one process, aggregate_requests     : {t_one:8.3f} s  ({t_one / n * 1e6:.2f} µs each)")
    print(
        f"Dask synchronous (this process)     : {t_sync:8.3f} s  (Dask's overhead:"
        f" {t_sync - t_one:+.3f} s)"
    )
    print(f"LocalCluster start (2 processes)    : {t_start:8.3f} s  (once, not counted below)")
    print(
        f"cluster, records shipped from here  : {t_ship:8.3f} s  (speedup {t_one / t_ship:.2f}x;"
        f" ~{(t_ship - t_scattered) / n * 1e6:.1f} µs a request to pickle and move)"
    )
    print(
        f"cluster, scattered first            : {t_scattered:8.3f} s  (speedup of the count"
        f" {t_one / t_scattered:.2f}x; the scatter itself {t_scatter:.3f} s)"
    )
    print(
        f"build + count, one process          : {t_local:8.3f} s;"
        f" on the cluster {t_remote:.3f} s  (speedup {t_local / t_remote:.2f}x)"
    )


if __name__ == "__main__":
    main()
