"""Benchmark: PRC reply due dates of 1,000,000 requests from columns, against objects and numpy.

Three ways to the due dates, in one run, on the same requests (fixed seed, received
2020-2025, the 2019 regime): 70 % plain, and some with a correction (asked, then the
corrected application), a pause (a consultation or a fee notice, some still open) or an
extension:

* columns: ``cn.reply_deadlines_columns(**columns)`` over numpy ``datetime64[D]``
  columns (made once, before timing);
* objects: ``cn.reply_deadline(request).due`` in a loop over ``Request`` objects (built
  before timing), timed on the first ``--sample`` requests and scaled to all of them
  (the loop is linear; a million takes minutes); their due dates are compared with the
  columns' first, row by row, before any time is printed;
* ``np.busday_offset``, the natural numpy alternative, on the plain requests only: a
  ``busdaycalendar`` with the official holidays (those on weekdays), ``roll="backward"``
  so that day 0 does not count. It cannot express the worked weekends (调休 makeup days),
  so it is wrong around holidays: the mismatches with the columns are counted.

Prints the best of ``--repeat`` runs and the ratios; asserts nothing. Run::

    PYTHONPATH=src .venv/bin/python benchmarks/bench_columnar_deadlines.py
    PYTHONPATH=src .venv/bin/python benchmarks/bench_columnar_deadlines.py --n 200000 --repeat 3
"""

from __future__ import annotations

import argparse
import gc
import platform
import time
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any, TypeVar

import numpy as np

from govdisclosure.deadlines import PAUSE_REASON_CODES, PauseReason
from govdisclosure.jurisdictions import cn
from govdisclosure.law import WorkingDays
from govdisclosure.requests import (
    Applicant,
    ApplicantKind,
    ConsultationEnded,
    ConsultationParty,
    ConsultationStarted,
    CorrectionReceived,
    CorrectionRequested,
    Event,
    ExtensionGranted,
    FeeNoticeIssued,
    FeePaid,
    Request,
)

T = TypeVar("T")
NAT = np.datetime64("NaT", "D")
PERSON = Applicant(kind=ApplicantKind.NATURAL_PERSON)


def make_columns(n: int, seed: int = 16) -> dict[str, Any]:
    """The columns of ``n`` requests (see the module's documentation)."""
    rng = np.random.default_rng(seed)
    first = np.datetime64("2020-01-01", "D")
    received = first + rng.integers(0, 6 * 365, n).astype("timedelta64[D]")
    kind = rng.random(n)
    corrected = kind < 0.10
    paused = (kind >= 0.10) & (kind < 0.20)
    extended = (kind >= 0.20) & (kind < 0.30)
    days = lambda lo, hi: rng.integers(lo, hi, n).astype("timedelta64[D]")  # noqa: E731
    asked = np.where(corrected, received + days(0, 7), NAT)
    got = np.where(corrected, asked + days(1, 21), NAT)
    after = np.where(corrected, got, received)
    start = np.where(paused, after + days(0, 16), NAT)
    open_ = rng.random(n) < 0.1
    end = np.where(paused & ~open_, start + days(1, 26), NAT)
    reason = np.where(paused, rng.integers(0, len(PAUSE_REASON_CODES), n), -1)
    extension_on = np.where(extended, after + days(5, 26), NAT)
    extension_days = np.where(extended, rng.integers(1, 21, n), 0)
    return {
        "received": received,
        "correction_requested": asked,
        "correction_received": got,
        "pause_start": start,
        "pause_end": end,
        "pause_reason": reason,
        "extension_on": extension_on,
        "extension_days": extension_days,
    }


def _day(value: np.datetime64) -> date | None:
    return None if np.isnat(value) else value.astype(date)


def make_requests(columns: dict[str, Any], count: int) -> list[Request]:
    """The ``Request`` objects of the first ``count`` rows (their events in log order)."""
    out = []
    for i in range(count):
        found: list[tuple[date, int, Event]] = []
        asked, got = (
            _day(columns["correction_requested"][i]),
            _day(columns["correction_received"][i]),
        )
        if asked:
            found.append((asked, 0, CorrectionRequested(on=asked)))
        if got:
            found.append((got, 1, CorrectionReceived(on=got)))
        start, end = _day(columns["pause_start"][i]), _day(columns["pause_end"][i])
        if start:
            reason = PAUSE_REASON_CODES[int(columns["pause_reason"][i])]
            if reason is PauseReason.FEE:
                found.append((start, 2, FeeNoticeIssued(on=start)))
                if end:
                    found.append((end, 3, FeePaid(on=end)))
            else:
                party = ConsultationParty(reason.value)
                found.append((start, 2, ConsultationStarted(on=start, party=party)))
                if end:
                    found.append((end, 3, ConsultationEnded(on=end, party=party)))
        on = _day(columns["extension_on"][i])
        if on:
            k = WorkingDays(int(columns["extension_days"][i]))
            found.append((on, 4, ExtensionGranted(on=on, days=k)))
        events = tuple(e for _, _, e in sorted(found, key=lambda t: (t[0], t[1])))
        received = columns["received"][i].astype(date)
        out.append(Request(id=f"r{i}", received=received, applicant=PERSON, events=events))
    return out


def busday_calendar() -> np.busdaycalendar:
    """numpy's calendar: weekends, and the official holidays that fall on weekdays."""
    cal = cn.calendar()
    holidays = []
    day = cal.first
    while day <= cal.last:
        if day.weekday() < 5 and not cal.is_workday(day):  # Saturday is 5
            holidays.append(day)
        day += timedelta(days=1)
    return np.busdaycalendar(holidays=np.array(holidays, dtype="datetime64[D]"))


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
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="number of requests")
    parser.add_argument("--sample", type=int, default=20_000, help="requests the object loop runs")
    parser.add_argument("--repeat", type=int, default=3, help="runs per path (best is kept)")
    args = parser.parse_args()
    print(f"Python {platform.python_version()}; numpy {np.__version__}")
    columns = make_columns(args.n)
    plain = np.isnat(columns["correction_requested"]) & np.isnat(columns["pause_start"])
    plain &= np.isnat(columns["extension_on"])
    print(f"{args.n:,} requests, {int(plain.sum()):,} plain")

    t_cols, out = best_of(args.repeat, lambda: cn.reply_deadlines_columns(**columns))
    sample = min(args.sample, args.n)
    requests = make_requests(columns, sample)
    t_obj, dues = best_of(args.repeat, lambda: [cn.reply_deadline(r).due for r in requests])
    want = np.array([NAT if d is None else np.datetime64(d, "D") for d in dues])
    got = out.due[:sample]
    same = (np.isnat(want) == np.isnat(got)) & ((want == got) | np.isnat(want))
    print(f"objects vs columns on the first {sample:,}: {int((~same).sum())} differ")
    t_obj_all = t_obj / sample * args.n

    bdc = busday_calendar()
    received = columns["received"][plain]
    t_bus, bus = best_of(
        args.repeat,
        lambda: np.busday_offset(received, 20, roll="backward", busdaycal=bdc),
    )
    plain_cols = {"received": received}
    t_plain, plain_out = best_of(args.repeat, lambda: cn.reply_deadlines_columns(**plain_cols))
    wrong = int((bus != plain_out.due).sum())

    print(f"columns, all {args.n:,}:              {t_cols:8.3f} s")
    print(
        f"objects, {sample:,} (x {args.n // sample}):        {t_obj:8.3f} s -> {t_obj_all:8.1f} s"
    )
    print(f"columns, the {len(received):,} plain:        {t_plain:8.3f} s")
    print(f"np.busday_offset, the plain ones:   {t_bus:8.3f} s ({wrong:,} wrong: makeup days)")
    print(f"ratio objects / columns:            {t_obj_all / t_cols:8.1f} x (target >= 20)")
    print(f"ratio busday_offset / columns:      {t_bus / t_plain:8.2f} x (plain requests)")


if __name__ == "__main__":
    main()
