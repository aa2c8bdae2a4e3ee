"""Benchmark: ``validate()`` and ``from_labels`` of each PRC report table, in µs per call.

Each table is built once from the labels a published report prints (every cell
filled, every identity holding), then timed with :mod:`timeit`: the best of
``--repeat`` rounds of ``--number`` calls. Run:

    PYTHONPATH=src .venv/bin/python benchmarks/bench_report_tables.py
    PYTHONPATH=src .venv/bin/python benchmarks/bench_report_tables.py --number 2000 --repeat 7
"""

from __future__ import annotations

import argparse
import timeit
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from govdisclosure.jurisdictions.cn.report import (
    ProactiveTable,
    ReconsiderationLitigationTable,
    ReportFormat,
    RequestTable,
)


def request_labels(layout: ReportFormat) -> dict[str, dict[str, int | None]]:
    """The labels of a balanced table 三 of ``layout``, every cell filled."""
    zeros = RequestTable.zeros(layout)
    labels = zeros.to_labels()
    for line in labels.values():
        for column in line:
            line[column] = 0
    return labels


def case_labels() -> dict[str, dict[str, int | None]]:
    """The labels of a balanced table 四."""
    return ReconsiderationLitigationTable.from_row([1, 2, 3, 4, 10] * 3).to_labels()


def proactive_labels(layout: ReportFormat) -> dict[str, dict[str, Any]]:
    """The labels of a filled table 二 of ``layout``."""
    empty = ProactiveTable.empty(layout)
    values = [Decimal("1.5") if spec.kind.value == "amount" else 3 for spec in empty.cell_specs]
    return ProactiveTable(tuple(values), layout).to_labels()


def per_call(fn: Callable[[], object], number: int, repeat: int) -> float:
    """The best time of one call of ``fn``, in microseconds."""
    best = min(timeit.repeat(fn, number=number, repeat=repeat))
    return best / number * 1e6


def main() -> None:
    """Time every table and print one line each."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--number", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    cases: list[tuple[str, Callable[[], object], Callable[[], object]]] = []
    for layout in ReportFormat:
        labels = request_labels(layout)
        table = RequestTable.from_labels(labels)
        cases.append(
            (
                f"RequestTable {layout.value}",
                table.validate,
                lambda given=labels: RequestTable.from_labels(given),
            )
        )
    case = case_labels()
    case_table = ReconsiderationLitigationTable.from_labels(case)
    cases.append(
        (
            "ReconsiderationLitigationTable",
            case_table.validate,
            lambda: ReconsiderationLitigationTable.from_labels(case),
        )
    )
    for layout in ReportFormat:
        labels2 = proactive_labels(layout)
        proactive = ProactiveTable.from_labels(labels2)
        cases.append(
            (
                f"ProactiveTable {layout.value}",
                proactive.validate,
                lambda given=labels2: ProactiveTable.from_labels(given),
            )
        )
    print(f"{'table':34} {'validate µs':>12} {'from_labels µs':>15}")
    for name, validate, read in cases:
        v = per_call(validate, args.number, args.repeat)
        r = per_call(read, args.number, args.repeat)
        print(f"{name:34} {v:12.1f} {r:15.1f}")


if __name__ == "__main__":
    main()
