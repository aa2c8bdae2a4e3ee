"""Benchmark: reply deadlines for random typical timelines on the official PRC calendar.

Run from the repository root:

    .venv/bin/python benchmarks/bench_deadlines.py            # 1,000,000 timelines
    .venv/bin/python benchmarks/bench_deadlines.py --n 200000

Each timeline is a request received on a random day between 2008-05-01 and
2026-09-30 (so both regimes are exercised) with three events, drawn from the
typical shapes: a consultation started and ended, then a reply; a fee notice
and its payment, then a reply; a correction asked for and received, then a
reply; a consultation with an extension granted while it runs. Requests are
built (and checked) before the clock starts, in chunks, so that only
``cn.reply_deadline`` is timed; building them is timed separately.

Prints the timelines per second on one core (plain CPython, one thread) and
the ratio of one deadline to one bare ``WorkCalendar.add_workdays`` call.
"""

from __future__ import annotations

import argparse
import platform
import random
import time
from datetime import date, timedelta

from govdisclosure.jurisdictions.cn.clock import reply_deadline
from govdisclosure.jurisdictions.cn.workdays import calendar
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
    Replied,
    Request,
)

FIRST = date(2008, 5, 1)
SPAN = (date(2026, 9, 30) - FIRST).days
APPLICANT = Applicant(kind=ApplicantKind.NATURAL_PERSON)
PARTIES = list(ConsultationParty)


def timeline(rng: random.Random, k: int) -> Request:
    received = FIRST + timedelta(days=rng.randrange(SPAN))
    a = received + timedelta(days=rng.randrange(15))
    b = a + timedelta(days=rng.randrange(25))
    c = b + timedelta(days=rng.randrange(30))
    shape = rng.random()
    events: tuple[Event, ...]
    if shape < 0.55:
        party = rng.choice(PARTIES)
        events = (
            ConsultationStarted(on=a, party=party),
            ConsultationEnded(on=b, party=party),
            Replied(on=c),
        )
    elif shape < 0.75:
        events = (FeeNoticeIssued(on=a), FeePaid(on=b), Replied(on=c))
    elif shape < 0.9:
        events = (CorrectionRequested(on=a), CorrectionReceived(on=b), Replied(on=c))
    else:
        party = rng.choice(PARTIES)
        events = (
            ConsultationStarted(on=a, party=party),
            ExtensionGranted(on=b, days=WorkingDays(rng.randint(1, 15))),
            ConsultationEnded(on=c, party=party),
        )
    return Request(id=str(k), received=received, applicant=APPLICANT, events=events)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="timelines in all")
    parser.add_argument("--chunk", type=int, default=100_000, help="timelines built at a time")
    parser.add_argument("--seed", type=int, default=20260101)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    cal = calendar()
    reply_deadline(timeline(rng, -1))  # load the calendar and warm up

    built = timed = 0.0
    best = float("inf")  # the fastest chunk, per timeline: the least disturbed by other load
    done = paused = 0
    while done < args.n:
        size = min(args.chunk, args.n - done)
        t0 = time.perf_counter()
        chunk = [timeline(rng, done + i) for i in range(size)]
        t1 = time.perf_counter()
        for request in chunk:
            if reply_deadline(request).due is None:
                paused += 1
        t2 = time.perf_counter()
        built += t1 - t0
        timed += t2 - t1
        best = min(best, (t2 - t1) / size)
        done += size

    # Bare add_workdays calls on the same kind of dates, for the ratio; best of five rounds.
    days = [FIRST + timedelta(days=rng.randrange(SPAN)) for _ in range(min(args.n, 200_000))]
    add = cal.add_workdays
    bare = float("inf")
    for _ in range(5):
        t0 = time.perf_counter()
        for d in days:
            add(d, 20)
        bare = min(bare, (time.perf_counter() - t0) / len(days))

    per = timed / done
    print(f"python {platform.python_version()} ({platform.python_implementation()}), one core")
    print(f"timelines:          {done:,} (3 events each; {paused:,} with no due date)")
    print(f"reply_deadline:     {done / timed:,.0f} timelines/s overall ({per * 1e6:.2f} us each)")
    print(f"                    {1 / best:,.0f} timelines/s in the fastest chunk")
    print(f"bare add_workdays:  {1 / bare:,.0f} calls/s ({bare * 1e6:.2f} us each, best round)")
    print(f"ratio:              one deadline = {best / bare:.1f} add_workdays calls (best vs best)")
    print(f"(building requests: {done / built:,.0f}/s, not included above)")


if __name__ == "__main__":
    main()
