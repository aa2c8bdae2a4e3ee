"""Benchmark: ``RequestTable.validate()`` (table 三), compiled equations against the check by key.

For each layout and three tables (balanced and filled; one cell off; a quarter of
the cells blank), it times, as the best of ``--repeat`` rounds of ``--number``
calls:

- ``validate``: ``RequestTable.validate()``, which walks the schema's compiled
  equations (integer positions into the flat cells);
- ``by key``: the same findings the way ``validate()`` made them before 0.3.0,
  each rule expanded into ``SumIdentity`` objects and each cell looked up by its
  enum key (``check_schema_by_key``, kept as the reference);
- ``bare``: the natural alternative, a hand-written check of the same three
  identities over the grid of ints with hard-coded row positions (a count of
  broken equations, no messages, no blank handling: it only runs on filled tables).

It prints µs per call, tables per second, and the ratios ``by key / validate``
and ``validate / bare``. Run:

    PYTHONPATH=src .venv/bin/python benchmarks/bench_validate.py
    PYTHONPATH=src .venv/bin/python benchmarks/bench_validate.py --number 5000 --repeat 7
"""

from __future__ import annotations

import argparse
import random
import timeit
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from govdisclosure.jurisdictions.cn.report import (
    ReportFormat,
    RequestRow,
    RequestTable,
    Total,
)
from govdisclosure.jurisdictions.cn.report._other_row import is_unprinted_finding
from govdisclosure.jurisdictions.cn.report.format import OTHER_SUB_ROWS
from govdisclosure.jurisdictions.cn.report.schemas import request_check_schema, request_rules
from govdisclosure.reports import Table
from govdisclosure.reports._checks import check_schema_by_key

APPLICANTS = 6  # the six applicant columns come first, then 总计


def balanced(layout: ReportFormat, seed: int = 2021) -> RequestTable:
    """A filled table 三 of ``layout`` whose three identities all hold."""
    pick = random.Random(seed)
    schema = RequestTable.empty(layout).schema
    rows, columns = schema.row_keys, schema.column_keys
    outcomes = request_rules(layout)[1].right
    # In 2021 （六）其他处理 is a row of its own, the sum of its three sub-rows.
    split = layout is ReportFormat.V2021
    leaves = [row for row in outcomes if not (split and row is RequestRow.OTHER_HANDLING)]
    if split:
        leaves += list(OTHER_SUB_ROWS)
    cells: dict[tuple[object, object], int] = {}
    for column in columns[:APPLICANTS]:
        counts = [pick.randint(0, 40) for _ in leaves]
        cells.update(((row, column), n) for row, n in zip(leaves, counts, strict=True))
        if split:
            parts = (cells[sub, column] for sub in OTHER_SUB_ROWS)
            cells[RequestRow.OTHER_HANDLING, column] = sum(parts)
        handled = sum(counts)
        forward = pick.randint(0, 30)
        over = pick.randint(0, handled + forward)
        cells[RequestRow.HANDLED, column] = handled
        cells[RequestRow.CARRIED_FORWARD, column] = forward
        cells[RequestRow.CARRIED_OVER, column] = over
        cells[RequestRow.NEW, column] = handled + forward - over
    for row in rows:
        cells[row, Total.TOTAL] = sum(cells[row, c] for c in columns[:APPLICANTS])
    return RequestTable.from_cells(cells, layout)  # type: ignore[arg-type]


def one_off(table: RequestTable) -> RequestTable:
    """``table`` with one outcome cell one too many (a row total and a column total break)."""
    outcome = request_rules(table.layout)[1].right[0]
    cell: Any = (outcome, table.columns[0])
    value = table.cells[cell]
    if value is None:
        msg = f"{cell} is blank"
        raise ValueError(msg)
    return RequestTable(table.cells.replace({cell: value + 1}), table.layout)


def with_blanks(table: RequestTable, seed: int = 4) -> RequestTable:
    """``table`` with a quarter of its cells blank."""
    pick = random.Random(seed)
    keys = [(r, c) for r, c, _ in table.cells.cells()]
    blank = pick.sample(keys, len(keys) // 4)
    return RequestTable(table.cells.replace(dict.fromkeys(blank)), table.layout)


def bare_check(table: RequestTable) -> Callable[[Table[Any, Any]], int]:
    """A hand-written check of table 三's identities over the grid, positions fixed in advance."""
    rows = table.rows
    outcomes = [rows.index(r) for r in request_rules(table.layout)[1].right]
    new, over = rows.index(RequestRow.NEW), rows.index(RequestRow.CARRIED_OVER)
    handled = rows.index(RequestRow.HANDLED)
    forward = rows.index(RequestRow.CARRIED_FORWARD)
    width = APPLICANTS + 1

    def check(cells: Table[Any, Any]) -> int:
        grid: Sequence[Sequence[int]] = cells.values  # type: ignore[assignment]
        broken = 0
        for line in grid:
            if line[APPLICANTS] != sum(line[:APPLICANTS]):
                broken += 1
        for j in range(width):
            if grid[handled][j] != sum(grid[i][j] for i in outcomes):
                broken += 1
            if grid[new][j] + grid[over][j] != grid[handled][j] + grid[forward][j]:
                broken += 1
        return broken

    return check


def by_key(table: RequestTable) -> tuple[object, ...]:
    """The findings of ``table`` rule by rule, each cell by key (``validate()`` before 0.3.0).

    Over the schema ``validate()`` checks: the rows as printed (a 2021 （六）其他处理 that
    is its sub-rows' sum is checked through them), without the unprinted cells' blanks.
    """
    by_sub_rows = table.parent_is_sum
    schema = request_check_schema(table.layout, parent_is_sum=by_sub_rows)
    found = check_schema_by_key(schema, table.cells, undetermined=table.unprinted)
    if not (table.unprinted or by_sub_rows):
        return found
    return tuple(
        f for f in found if not is_unprinted_finding(f, table.unprinted, by_sub_rows=by_sub_rows)
    )


def per_call(fn: Callable[[], object], number: int, repeat: int) -> float:
    """The best time of one call of ``fn``, in microseconds."""
    return min(timeit.repeat(fn, number=number, repeat=repeat)) / number * 1e6


def main() -> None:
    """Time every case and print one line each."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--number", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    n, r = args.number, args.repeat
    head = (
        f"{'table 三':24} {'findings':>8} {'validate µs':>12} {'tables/s':>9} "
        f"{'by key µs':>10} {'bare µs':>8} {'by key/validate':>16} {'validate/bare':>14}"
    )
    print(head)
    for layout in ReportFormat:
        base = balanced(layout)
        bare = bare_check(base)
        cases = [
            ("balanced", base),
            ("one cell off", one_off(base)),
            ("1/4 blank", with_blanks(base)),
        ]
        for what, table in cases:
            findings = table.validate()
            slow = by_key(table)
            if findings != slow:
                msg = f"{layout.value} {what}: the compiled findings differ from those by key"
                raise SystemExit(msg)
            fast_us = per_call(table.validate, n, r)
            slow_us = per_call(partial(by_key, table), n, r)
            filled = None not in (v for _, _, v in table.cells.cells())
            bare_us = per_call(partial(bare, table.cells), n, r) if filled else None
            bare_text = f"{bare_us:8.1f}" if bare_us is not None else f"{'-':>8}"
            ratio = f"{fast_us / bare_us:14.1f}" if bare_us is not None else f"{'-':>14}"
            print(
                f"{layout.value + ' ' + what:24} {len(findings):8} {fast_us:12.1f} "
                f"{1e6 / fast_us:9.0f} {slow_us:10.1f} {bare_text} {slow_us / fast_us:16.1f} "
                f"{ratio}"
            )


if __name__ == "__main__":
    main()
