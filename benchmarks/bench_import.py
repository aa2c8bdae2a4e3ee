"""Benchmark: the time ``import govdisclosure`` and ``import govdisclosure.jurisdictions.cn`` take.

Each import runs in a fresh interpreter with ``-X importtime``; the cumulative
time of the top-level module is read from its last line, and the median of
``--repeat`` runs is printed beside the bare interpreter's start-up (``python -c
pass``) and the import of ``attrs`` alone, the natural floor.

The packages load their names on first use (``govdisclosure._lazy``), so the
script also times, in a fresh interpreter each, the first uses a program makes:
one name of the PRC pack (the reply clock, table 三) and every public name of
the pack at once, which is what the eager ``__init__`` used to cost. Run:

    .venv/bin/python benchmarks/bench_import.py --repeat 10
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

MODULES = ("govdisclosure", "govdisclosure.jurisdictions.cn", "attrs")


def import_ms(module: str) -> float:
    """The cumulative import time of ``module`` in a fresh interpreter, in milliseconds."""
    out = subprocess.run(  # noqa: S603 - our own interpreter on a fixed module name
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        capture_output=True,
        text=True,
        check=True,
    ).stderr
    lines = [line for line in out.splitlines() if line.rstrip().endswith(f"| {module}")]
    return int(lines[-1].split("|")[1]) / 1000


def startup_ms() -> float:
    """The wall time of ``python -c pass``, in milliseconds."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    return (time.perf_counter() - start) * 1000


PACKS = "govdisclosure.jurisdictions"
FIRST_USES = (
    ("from ...cn import reply_deadline", f"from {PACKS}.cn import reply_deadline"),
    ("from ...cn import RequestTable", f"from {PACKS}.cn import RequestTable"),
    ("from ...us import reply_deadline", f"from {PACKS}.us import reply_deadline"),
    ("every name of ...cn", f"from {PACKS}.cn import *"),
    ("import attrs", "import attrs"),
)


def first_use_ms(statement: str) -> float:
    """The time ``statement`` takes in a fresh interpreter, measured inside it, in milliseconds."""
    code = f"import time\nt = time.perf_counter()\n{statement}\nprint(time.perf_counter() - t)"
    out = subprocess.run(  # noqa: S603 - our own interpreter on a fixed statement
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    return float(out) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    start = statistics.median(startup_ms() for _ in range(args.repeat))
    print(f"python -c pass (wall)                    : {start:7.1f} ms")
    for module in MODULES:
        times = [import_ms(module) for _ in range(args.repeat)]
        print(f"import {module:<34}: {statistics.median(times):7.1f} ms (median of {args.repeat})")
    print("first use, in a fresh interpreter (wall time inside it):")
    floor = statistics.median(first_use_ms("import attrs") for _ in range(args.repeat))
    for label, statement in FIRST_USES:
        took = statistics.median(first_use_ms(statement) for _ in range(args.repeat))
        print(f"  {label:<39}: {took:7.1f} ms, {took / floor:5.2f}x import attrs")


if __name__ == "__main__":
    main()
