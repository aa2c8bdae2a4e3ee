"""Benchmark: 1,000,000 request records -> AnnualFoiaReport -> validate(), against pandas.

Times each step of ours on the records of ``bench_us_aggregate.make_records``
(five components, two fiscal years of receipts):

1. ``FoiaTally.of`` (every section the records give, one pass);
2. ``annual_report_from_tally`` (the tally's sections as an ``AnnualFoiaReport``);
3. ``report.validate()`` (every DOJ rule);

and, as the ratio baseline, the pandas equivalent of the V.A, V.B(1) and VII.C
counts per component and overall (pull the fields into a ``DataFrame``, count
business days with ``numpy.busday_count``, vectorised masks and ``groupby``):
fewer sections, so pandas does less work. The counts pandas computes are
compared with the report's before any time is printed. Run:

    .venv/bin/python benchmarks/bench_us_annual_records.py            # 1,000,000 records
    .venv/bin/python benchmarks/bench_us_annual_records.py --n 100000 --repeat 1
"""

from __future__ import annotations

import argparse
import time
from typing import Any

import numpy as np
import pandas as pd

from bench_us_aggregate import CAL, EDGES, FY, best_of, make_records
from govdisclosure.jurisdictions.us.annual import (
    AnnualFoiaReport,
    Organization,
    annual_report_from_tally,
)
from govdisclosure.jurisdictions.us.codes import NonExemptionReason, TimeIncrement
from govdisclosure.jurisdictions.us.outcomes import Disposition
from govdisclosure.jurisdictions.us.report._records import FoiaRequestRecord
from govdisclosure.jurisdictions.us.report._tally import FoiaTally

AGENCY = Organization("ORG0", "DOJ", "Department of Justice")
OVERALL = "overall"
_VB1 = {
    Disposition.FULL_GRANT: "full_grant",
    Disposition.PARTIAL_GRANT: "partial_grant",
    Disposition.FULL_DENIAL: "full_denial",
}


def pandas_path(records: list[FoiaRequestRecord]) -> dict[str, pd.DataFrame | pd.Series]:
    """V.A flows, V.B(1) dispositions and VII.C buckets per component (and overall), with pandas."""
    frame = pd.DataFrame(
        {
            "component": [r.component for r in records],
            "track": [r.track.value for r in records],
            "received": np.array([r.received for r in records], dtype="datetime64[D]"),
            "closed": np.array([r.closed for r in records], dtype="datetime64[D]"),
            "perfected": [r.perfected is not None for r in records],
            "disposition": [
                None if r.disposition is None else r.disposition.value for r in records
            ],
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
    va = frame[frame["received"] <= end].groupby("component")[flows].sum()
    va.loc[OVERALL] = va.sum()
    closed_in = frame[in_year]
    vb1 = pd.crosstab(closed_in["component"], closed_in["disposition"])
    vb1.loc[OVERALL] = vb1.sum()
    done = frame[in_year & frame["perfected"].to_numpy()].copy()
    one = np.timedelta64(1, "D")
    begin = done["received"].to_numpy().astype("datetime64[D]") + one
    finish = done["closed"].to_numpy().astype("datetime64[D]") + one
    done["days"] = np.busday_count(begin, finish)
    done["bucket"] = pd.cut(done["days"], EDGES, labels=False)
    vii_c = done.groupby(["component", "track", "bucket"]).size()
    vii_c_overall = done.groupby(["track", "bucket"]).size()
    return {"V.A": va, "V.B(1)": vb1, "VII.C": vii_c, "VII.C overall": vii_c_overall}


def _org(report: AnnualFoiaReport, name: str) -> str:
    if name == OVERALL:
        return report.agency.id
    return next(c.id for c in report.components if c.abbreviation == name)


def _check(got: object, want: int, what: str) -> None:
    if got != want:
        msg = f"the two paths disagree at {what}: ours {got}, pandas {want}"
        raise SystemExit(msg)


def compare(report: AnnualFoiaReport, theirs: dict[str, Any]) -> int:
    """Check every count pandas computed against the report's; return how many were compared."""
    checked = 0
    for name, values in theirs["V.A"].iterrows():
        for field, want in values.items():
            got = report.value("V.A", _org(report, name), field.removesuffix("_in"))
            _check(got, int(want), f"V.A {name} {field}")
            checked += 1
    for name, values in theirs["V.B(1)"].iterrows():
        org = _org(report, name)
        reasons = dict(report.value("V.B(1)", org, "non_exemption") or ())  # type: ignore[arg-type]
        for value, want in values.items():
            d = Disposition(value)
            got = (
                report.value("V.B(1)", org, _VB1[d])
                if d in _VB1
                else reasons[NonExemptionReason(d.reason.value)]  # type: ignore[union-attr]
            )
            _check(got, int(want), f"V.B(1) {name} {value}")
            checked += 1
    increments = list(TimeIncrement)
    n_of = {"simple": 1, "complex": 2, "expedited": 3}
    counts = list(theirs["VII.C"].items())
    counts += [((OVERALL, t, b), k) for (t, b), k in theirs["VII.C overall"].items()]
    for (name, track, bucket), want in counts:
        org = _org(report, name)
        got = dict(report.value(f"VII.C({n_of[track]})", org, "increments") or ())  # type: ignore[arg-type]
        _check(got[increments[int(bucket)]], int(want), f"VII.C {name} {track} {bucket}")
        checked += 1
    return checked


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="number of records")
    parser.add_argument("--repeat", type=int, default=3, help="runs per step (best is kept)")
    args = parser.parse_args()

    start = time.perf_counter()
    records = make_records(args.n)
    print(f"built {len(records):,} records in {time.perf_counter() - start:.1f} s")

    tally_time, tally = best_of(
        args.repeat, lambda: FoiaTally.of(records, fiscal_year=FY, calendar=CAL)
    )
    build_time, report = best_of(
        args.repeat, lambda: annual_report_from_tally(tally, agency=AGENCY)
    )
    validate_time, findings = best_of(args.repeat, report.validate)
    pandas_time, theirs = best_of(args.repeat, lambda: pandas_path(records))
    checked = compare(report, theirs)
    broken = [f for f in findings if not f.rule.endswith("/undetermined")]
    ours_time = tally_time + build_time + validate_time
    print(f"the paths agree on {checked:,} counts (FY {FY}); {len(broken)} rules broken")
    print(f"1. FoiaTally.of (all sections)          : {tally_time:8.3f} s")
    print(f"2. annual_report_from_tally             : {build_time:8.3f} s")
    print(f"3. AnnualFoiaReport.validate()          : {validate_time:8.3f} s")
    print(f"   ours, records -> validated report    : {ours_time:8.3f} s")
    print(f"pandas (V.A, V.B(1), VII.C counts only) : {pandas_time:8.3f} s")
    print(f"ratio step 1 / pandas                   : {tally_time / pandas_time:8.3f}")
    rest = build_time + validate_time
    print(f"ratio steps 2+3 / pandas                : {rest / pandas_time:8.3f}")
    print(f"ratio (ours, all steps)/pandas          : {ours_time / pandas_time:8.3f}")


if __name__ == "__main__":
    main()
