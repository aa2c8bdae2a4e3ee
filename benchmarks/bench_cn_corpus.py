"""Benchmark: ``ReportCorpus.to_dataframe()`` on 1,000 reports against the same frame built by hand.

The corpus holds 1,000 reports (250 agencies × 4 years, 2021 format, every cell
filled, table 二's fees as ``Decimal``). The alternative is what an analyst writes
without the corpus: every report's ``to_records()`` into one ``pandas.DataFrame``, then
``value`` split into a nullable ``Int64`` ``count`` and an ``object`` ``amount`` by the
cell's kind. Both frames are checked equal before timing. Run:

    PYTHONPATH=src .venv/bin/python benchmarks/bench_cn_corpus.py
    PYTHONPATH=src .venv/bin/python benchmarks/bench_cn_corpus.py --reports 2000 --repeat 5
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pandas as pd

from govdisclosure.jurisdictions.cn.report import (
    AnnualReport,
    ProactiveTable,
    ReconsiderationLitigationTable,
    ReportCorpus,
    ReportFormat,
    RequestTable,
)

# The amount cells of table 二, as an analyst would list them: (row, column) codes.
AMOUNT_CELLS = {("fees", "fees_collected"), ("procurement", "procurement_amount")}


def corpus_of(n: int) -> ReportCorpus:
    """``n`` reports of 250 agencies (or fewer), consecutive years from 2021."""
    requests = RequestTable.zeros()
    reviews = ReconsiderationLitigationTable.from_row([1, 2, 3, 4, 10] * 3)
    empty = ProactiveTable.empty(ReportFormat.V2021)
    values = [Decimal("1.5") if s.kind.value == "amount" else 3 for s in empty.cell_specs]
    proactive = ProactiveTable(tuple(values), ReportFormat.V2021)
    agencies = max(1, min(250, n))
    return ReportCorpus(
        AnnualReport(
            agency=f"机关{i % agencies:04d}",
            year=2021 + i // agencies,
            requests=requests,
            reviews=reviews,
            proactive=proactive,
        )
        for i in range(n)
    )


def by_hand(corpus: ReportCorpus) -> Any:
    """The long frame from ``to_records()`` with pandas, as one would write it."""
    records = [record for report in corpus for record in report.to_records()]
    frame = pd.DataFrame(records)
    del frame["value"]
    values = [r["value"] for r in records]  # as they are: a frame column would make None nan
    amount = [
        (t == "proactive" and (r, c) in AMOUNT_CELLS)
        for t, r, c in zip(frame["table"], frame["row"], frame["column"], strict=True)
    ]
    frame["kind"] = ["amount" if a else "count" for a in amount]
    frame["count"] = pd.array(
        [None if a else v for v, a in zip(values, amount, strict=True)], dtype="Int64"
    )
    frame["amount"] = pd.array(
        [(pd.NA if v is None else v) if a else pd.NA for v, a in zip(values, amount, strict=True)],
        dtype=object,
    )
    return frame


def best(fn: Callable[[], object], repeat: int) -> float:
    """The best wall time of ``fn`` over ``repeat`` runs, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    """Build the corpus, check the two frames agree, time both and print the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    corpus = corpus_of(args.reports)
    ours = corpus.to_dataframe()
    theirs = by_hand(corpus)
    pd.testing.assert_frame_equal(ours, theirs)
    t_ours = best(corpus.to_dataframe, args.repeat)
    t_hand = best(lambda: by_hand(corpus), args.repeat)
    print(f"{len(corpus)} reports, {len(ours)} cells")
    print(f"ReportCorpus.to_dataframe(): {t_ours * 1e3:8.1f} ms")
    print(f"by hand from to_records():   {t_hand * 1e3:8.1f} ms")
    print(f"ratio (corpus / by hand):    {t_ours / t_hand:8.2f}")


if __name__ == "__main__":
    main()
