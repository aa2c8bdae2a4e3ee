"""Benchmark: ``from_labels`` by position (exact labels) against the strict path and a bare dict.

For table 三 in each layout (every cell filled with random counts, labels as
``to_labels`` prints them), tables 四 and 二, and a generic
:class:`~govdisclosure.reports.ReportTable` of the UK FOI statistics, it times,
as the best of ``--repeat`` rounds of ``--number`` calls:

- ``from_labels``: the call as it is, which reads exact labels by position
  through a :class:`~govdisclosure.reports.LabelIndex` kept on the schema;
- ``strict``: the same table read the way ``from_labels`` read it before 0.3.0
  (``read_labels`` with the matcher, then ``from_cells``), the path it still
  takes on any doubt and the reference the tests compare it with;
- ``bare dict``: the natural alternative, a precomputed
  ``{(row label, column label): position}`` and one loop filling a list of
  values: no checks, no errors, no table.

It prints µs per call, tables per second, and the ratios ``strict / from_labels``
and ``from_labels / bare dict``. Run:

    PYTHONPATH=src .venv/bin/python benchmarks/bench_from_labels.py
    PYTHONPATH=src .venv/bin/python benchmarks/bench_from_labels.py --number 5000 --repeat 7
"""

from __future__ import annotations

import argparse
import random
import timeit
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from govdisclosure.jurisdictions.cn.report import (
    ProactiveTable,
    ReconsiderationLitigationTable,
    ReportFormat,
    RequestRow,
    RequestTable,
)
from govdisclosure.jurisdictions.cn.report._amounts import printed_amounts
from govdisclosure.jurisdictions.cn.report._proactive_table import (
    _COLUMNS_2021,
    _ONLY_2019_ROWS,
    _is_amount_column,
    _kind,
)
from govdisclosure.jurisdictions.cn.report._request_labels import read_request_labels
from govdisclosure.jurisdictions.cn.report.matching import CASE_MATCHER, PROACTIVE_MATCHER
from govdisclosure.jurisdictions.uk.statistics.policy import StatisticsPolicy
from govdisclosure.jurisdictions.uk.statistics.schemas import statistics_schema
from govdisclosure.reports import CellKind, LabelMatcher, ReportTable, TableSchema, read_labels

Labels = Mapping[Any, Mapping[Any, Any]]


def request_labels(
    layout: ReportFormat, *, heading: bool = False, seed: int = 16
) -> dict[str, dict[str, int | None]]:
    """The labels of a table 三 of ``layout`` with every cell a random count.

    With ``heading`` (2021), （六）其他处理 is the sum of its sub-rows, printed as
    their heading with no numbers: left out of the labels, filled when read.
    """
    pick = random.Random(seed)
    schema = RequestTable.empty(layout).schema
    parent = RequestRow.OTHER_HANDLING
    cells = {c: pick.randint(0, 500) for c in schema.cell_keys if not (heading and c[0] is parent)}
    return RequestTable.from_cells(cells, layout).to_labels()  # type: ignore[arg-type]


def strict_request(data: Labels) -> RequestTable:
    """Table 三 read the strict way only (``read_labels``, then the cells)."""
    cells, layout, unprinted = read_request_labels(data, None, fast=False)
    return RequestTable(cells, layout, unprinted=unprinted)


def strict_cases(data: Labels) -> ReconsiderationLitigationTable:
    """Table 四 read the strict way only."""
    rows = read_labels(data, CASE_MATCHER, what="table 四")
    cells = {(row, column): v for row, line in rows.items() for column, v in line.items()}
    return ReconsiderationLitigationTable.from_cells(cells)  # type: ignore[arg-type]


def strict_proactive(data: Labels) -> ProactiveTable:
    """Table 二 read the strict way only (the layout read from the cells given)."""
    rows_read = read_labels(printed_amounts(data, _is_amount_column), PROACTIVE_MATCHER, kind=_kind)
    cells = {(row, column): v for row, line in rows_read.items() for column, v in line.items()}
    rows, columns = {r for r, _ in cells}, {c for _, c in cells}
    says_2019 = bool(rows & _ONLY_2019_ROWS or columns - _COLUMNS_2021)
    found = ReportFormat.V2019 if says_2019 else ReportFormat.V2021
    return ProactiveTable.from_cells(cells, found)  # type: ignore[arg-type]


def strict_report_table(schema: TableSchema, data: Labels) -> ReportTable:
    """A generic table read the strict way only (the matcher built per call, as before)."""
    match = LabelMatcher.for_schemas(schema, what=f"table {schema.name}")
    rows = read_labels(
        data,
        match,
        kind=lambda r, c: schema.kind((r, c)) if schema.has_cell((r, c)) else CellKind.COUNT,
        what=f"table {schema.name}",
    )
    cells = {(row, column): v for row, line in rows.items() for column, v in line.items()}
    return ReportTable.from_cells(schema, cells)


def bare_dict(data: Labels) -> Callable[[], list[object]]:
    """The natural alternative: labels to positions by one precomputed dict, no checks."""
    positions = {
        (row, column): i
        for i, (row, column) in enumerate(
            (row, column) for row, line in data.items() for column in line
        )
    }
    size = len(positions)

    def read() -> list[object]:
        values: list[object] = [None] * size
        for row, line in data.items():
            for column, value in line.items():
                values[positions[row, column]] = value
        return values

    return read


def per_call(fn: Callable[[], object], number: int, repeat: int) -> float:
    """The best time of one call of ``fn``, in microseconds."""
    return min(timeit.repeat(fn, number=number, repeat=repeat)) / number * 1e6


def main() -> None:
    """Time each table three ways and print one line each."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--number", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    cases: list[tuple[str, Callable[[], object], Callable[[], object], Labels]] = []
    shapes = [(layout, False) for layout in ReportFormat] + [(ReportFormat.V2021, True)]
    for layout, heading in shapes:
        labels = request_labels(layout, heading=heading)
        assert RequestTable.from_labels(labels) == strict_request(labels)  # noqa: S101 - same table
        cases.append(
            (
                f"RequestTable {layout.value}{' (6) as heading' if heading else ''}",
                lambda d=labels: RequestTable.from_labels(d),
                lambda d=labels: strict_request(d),
                labels,
            )
        )
    case = ReconsiderationLitigationTable.from_row(range(15)).to_labels()
    cases.append(
        (
            "ReconsiderationLitigationTable",
            lambda: ReconsiderationLitigationTable.from_labels(case),
            lambda: strict_cases(case),
            case,
        )
    )
    for layout in ReportFormat:
        empty = ProactiveTable.empty(layout)
        filled = [Decimal("1.5") if c.kind.value == "amount" else 3 for c in empty.cell_specs]
        proactive = ProactiveTable(tuple(filled), layout).to_labels()
        assert ProactiveTable.from_labels(proactive) == strict_proactive(proactive)  # noqa: S101
        cases.append(
            (
                f"ProactiveTable {layout.value}",
                lambda d=proactive: ProactiveTable.from_labels(d),
                lambda d=proactive: strict_proactive(d),
                proactive,
            )
        )
    schema = statistics_schema(("Cabinet Office", "HM Treasury"), StatisticsPolicy()).tables[0]
    pick = random.Random(3)
    uk = ReportTable(schema, [pick.randint(0, 900) for _ in schema.cell_keys]).to_labels()
    cases.append(
        (
            f"ReportTable (UK {schema.name})",
            lambda: ReportTable.from_labels(schema, uk),
            lambda: strict_report_table(schema, uk),
            uk,
        )
    )
    head = f"{'table':34} {'from_labels µs':>14} {'tables/s':>9} {'strict µs':>10}"
    print(f"{head} {'bare dict µs':>12} {'strict/fast':>11} {'fast/bare':>9}")
    for name, fast, strict, data in cases:
        f = per_call(fast, args.number, args.repeat)
        s = per_call(strict, args.number, args.repeat)
        b = per_call(bare_dict(data), args.number, args.repeat)
        print(f"{name:34} {f:14.1f} {1e6 / f:9.0f} {s:10.1f} {b:12.1f} {s / f:11.1f} {f / b:9.1f}")


if __name__ == "__main__":
    main()
