"""Benchmark: building, reading and pickling requests, against plain json, dicts, default cattrs.

Measured in the same run, the least processor time of ``--repeat`` runs, per request:

* construction: ``Request(...)`` from parts already built (an applicant, a tuple of
  events), and a request built with its applicant and events; against a plain
  ``dict`` of the same fields and a bare ``attrs`` frozen class without checks;
* reading a list document (``from_json(text, list[Request])``): against
  ``json.loads`` alone (dicts, no objects, no checks), ``json.loads`` plus a
  default ``cattrs.Converter`` (with only the hooks it needs for dates, enums and
  tagged events: no strictness), and the strict path of this library
  (``parse`` then ``from_dict``, which the fast path falls back to);
* pickling: one request, and a list of 1,000 (per request), against the same
  requests as plain dicts (``to_dict``);
* the command line: ``python -m govdisclosure report`` on ``--cli-n`` requests
  (the file is written once to ``/tmp``), against ``json.load`` of the same file.

The fast and strict readers are checked to give equal requests before any time is
reported. Run with the library to measure (``PYTHONPATH=src``) -- the same script
on an older checkout gives the "before" figures:

    PYTHONPATH=src .venv/bin/python benchmarks/bench_request_build.py
    PYTHONPATH=src .venv/bin/python benchmarks/bench_request_build.py --n 20000 --cli-n 100000
"""

# ruff: noqa: S301 - the benchmark unpickles only what it pickled itself

from __future__ import annotations

import argparse
import enum
import gc
import json
import pickle
import random
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any, TypeVar

import attrs
import cattrs

from govdisclosure.jurisdictions.cn.outcomes import Outcome
from govdisclosure.law import WorkingDays
from govdisclosure.money import Money
from govdisclosure.requests import (
    Applicant,
    ApplicantIdentity,
    ApplicantKind,
    ConsultationEnded,
    ConsultationParty,
    ConsultationStarted,
    CorrectionLapsed,
    CorrectionRequested,
    Event,
    ExtensionGranted,
    FeeLapsed,
    FeeNoticeIssued,
    FeePaid,
    Replied,
    Request,
    Withdrawn,
)
from govdisclosure.serialization import event_class, from_dict, from_json, to_dict, to_json
from govdisclosure.serialization._bounds import parse

YEAR = 2025
T = TypeVar("T")


def make_requests(n: int, seed: int = 2025) -> list[Request]:
    """``n`` requests over two years, with the events of real logs (1 to 4 each)."""
    rnd = random.Random(seed)
    kinds = list(ApplicantKind)
    kind_weights = [90, 4, 1, 1, 3, 1]
    outcomes = list(Outcome)
    first = date(YEAR - 1, 1, 1)
    out: list[Request] = []
    for i in range(n):
        received = first + timedelta(days=rnd.randrange(730))
        kind = rnd.choices(kinds, kind_weights)[0]
        identity = ApplicantIdentity(name=f"applicant {i}") if rnd.random() < 0.1 else None
        ended = received + timedelta(days=rnd.randrange(1, 60))
        mid = received + timedelta(days=1)
        roll = rnd.random()
        events: tuple[Event, ...]
        if roll < 0.05:
            events = ()
        elif roll < 0.70:
            events = (Replied(on=ended, outcome=rnd.choice(outcomes)),)
        elif roll < 0.78:
            party = ConsultationParty.THIRD_PARTY
            events = (
                ConsultationStarted(on=mid, party=party),
                ConsultationEnded(on=mid + timedelta(days=1), party=party),
                Replied(on=ended + timedelta(days=2), outcome=rnd.choice(outcomes)),
            )
        elif roll < 0.85:
            events = (
                ExtensionGranted(on=mid, days=WorkingDays(20)),
                Replied(on=ended, outcome=rnd.choice(outcomes)),
            )
        elif roll < 0.90:
            events = (CorrectionRequested(on=received), CorrectionLapsed(on=ended))
        elif roll < 0.95:
            fee = Money("100.00", "CNY")
            events = (
                FeeNoticeIssued(on=received, amount=fee),
                FeePaid(on=mid),
                Replied(on=ended, outcome=rnd.choice(outcomes)),
            )
            if rnd.random() < 0.5:
                events = (FeeNoticeIssued(on=received), FeeLapsed(on=ended))
        else:
            events = (Withdrawn(on=ended),)
        applicant = Applicant(kind=kind, identity=identity)
        ident = f"{YEAR}-{i:07d}"
        out.append(Request(id=ident, received=received, applicant=applicant, events=events))
    return out


def best_of(repeat: int, run: Callable[[], T]) -> tuple[float, T]:
    """The least processor time of ``repeat`` runs (robust to other work on the machine)."""
    best = float("inf")
    result = run()  # a warm-up run, not timed
    for _ in range(repeat):
        gc.collect()
        start = time.process_time()
        result = run()
        best = min(best, time.process_time() - start)
    return best, result


def child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def default_cattrs() -> cattrs.Converter:
    """A default converter with only the hooks it needs to read requests at all (no strictness)."""
    conv = cattrs.Converter()
    conv.register_structure_hook(date, lambda v, _: date.fromisoformat(v))
    outcomes = Outcome._value2member_map_
    conv.register_structure_hook_func(lambda t: t is enum.Enum, lambda v, _: outcomes[v])

    def event(value: dict[str, Any], _: object) -> Event:
        cls = event_class(value["type"], Event)
        return conv.structure({k: v for k, v in value.items() if k != "type"}, cls)  # type: ignore[no-any-return]

    conv.register_structure_hook_func(lambda t: t is Event, event)
    return conv


def row(name: str, seconds: float, per: int, base: float | None = None) -> None:
    micro = seconds / per * 1e6
    ratio = f"  x{seconds / base:6.2f}" if base else ""
    print(f"  {name:44s} {micro:9.2f} us  {per / seconds:12,.0f}/s{ratio}")


def bench_construction(repeat: int) -> None:
    n = 50_000
    d0, d1 = date(2024, 3, 1), date(2024, 3, 20)
    person = Applicant(kind=ApplicantKind.NATURAL_PERSON)
    outcome = next(iter(Outcome))
    log = (Replied(on=d1, outcome=outcome),)

    @attrs.frozen
    class Bare:
        id: str
        received: date
        applicant: Applicant
        events: tuple[Event, ...] = ()
        channel: object = None

    def ours() -> None:
        for _ in range(n):
            Request(id="2024-001", received=d0, applicant=person, events=log)

    def ours_whole() -> None:
        for _ in range(n):
            Request(
                id="2024-001",
                received=d0,
                applicant=Applicant(kind=ApplicantKind.NATURAL_PERSON),
                events=(Replied(on=d1, outcome=outcome),),
            )

    def plain_dict() -> None:
        for _ in range(n):
            _ = {
                "id": "2024-001",
                "received": d0,
                "applicant": person,
                "events": log,
                "channel": None,
            }

    def bare_attrs() -> None:
        for _ in range(n):
            Bare(id="2024-001", received=d0, applicant=person, events=log)

    print(f"construction (per request, best of {repeat})")
    base, _ = best_of(repeat, plain_dict)
    row("dict(...) of the same fields", base, n)
    row("attrs frozen class, no checks", best_of(repeat, bare_attrs)[0], n, base)
    row("Request(...) from built parts (target 3 us)", best_of(repeat, ours)[0], n, base)
    row("Request + Applicant + Replied", best_of(repeat, ours_whole)[0], n, base)


def bench_reading(requests: list[Request], repeat: int) -> None:
    text = to_json(requests, personal_data=True)
    n = len(requests)
    conv = default_cattrs()

    def strict() -> list[Request]:
        data: Any = parse(text)
        return [from_dict(item, Request) for item in data["items"]]

    def cattrs_default() -> list[Request]:
        return conv.structure(json.loads(text)["items"], list[Request])

    fast = from_json(text, list[Request])
    if fast != requests or strict() != requests or cattrs_default() != requests:
        msg = "the readers disagree"
        raise SystemExit(msg)
    try:
        from govdisclosure.serialization._fast import parser_name

        parser = parser_name()
    except ImportError:
        parser = "no fast path"
    print(f"reading a list document of {n:,} requests ({len(text) / n:.0f} bytes each; {parser})")
    base, _ = best_of(repeat, lambda: json.loads(text))
    row("json.loads alone (dicts, no checks)", base, n)
    row("json.loads + default cattrs (no checks)", best_of(repeat, cattrs_default)[0], n, base)
    row("strict: parse + from_dict per item", best_of(repeat, strict)[0], n, base)
    ours, _ = best_of(repeat, lambda: from_json(text, list[Request]))
    row("from_json(text, list[Request]) (>= 100,000/s)", ours, n, base)


def bench_pickle(requests: list[Request], repeat: int) -> None:
    one = requests[1]
    batch = requests[:1000]
    dicts = [to_dict(r) for r in batch]
    reps = 2000

    def dumps_one() -> None:
        for _ in range(reps):
            pickle.dumps(one)

    def round_one() -> None:
        for _ in range(reps):
            pickle.loads(pickle.dumps(one))

    blob = pickle.dumps(batch)
    if pickle.loads(blob) != batch:
        msg = "pickling does not round-trip"
        raise SystemExit(msg)
    size = len(pickle.dumps(one))
    print(f"pickling (one request: {size} bytes; 1,000: {len(blob) / 1000:.0f} bytes each)")
    row("pickle.dumps(one request)", best_of(repeat, dumps_one)[0], reps)
    row("pickle.loads(pickle.dumps(one request))", best_of(repeat, round_one)[0], reps)
    base, _ = best_of(repeat, lambda: pickle.dumps(dicts))
    row("pickle.dumps(1,000 plain dicts)", base, 1000)
    row("pickle.dumps(1,000 requests)", best_of(repeat, lambda: pickle.dumps(batch))[0], 1000, base)
    dict_blob = pickle.dumps(dicts)
    base, _ = best_of(repeat, lambda: pickle.loads(dict_blob))
    row("pickle.loads(1,000 plain dicts)", base, 1000)
    row("pickle.loads(1,000 requests)", best_of(repeat, lambda: pickle.loads(blob))[0], 1000, base)


def bench_cli(n: int) -> None:
    path = Path(f"/tmp/govdisclosure-bench-requests-{n}.json")  # noqa: S108 - a benchmark's scratch file
    if not path.exists():
        start = time.perf_counter()
        path.write_text(to_json(make_requests(n)), encoding="utf-8")
        print(f"wrote {path} in {time.perf_counter() - start:.1f} s")
    command = [sys.executable, "-m", "govdisclosure", "report", str(path), "--year", str(YEAR)]
    command += ["--agency", "bench", "--format", "records", "-o", "/dev/null"]
    start = time.process_time()
    json.loads(path.read_text(encoding="utf-8"))
    base = time.process_time() - start
    wall, cpu = time.perf_counter(), child_cpu()
    subprocess.run(command, check=True)  # noqa: S603 - our own command line
    wall, cpu = time.perf_counter() - wall, child_cpu() - cpu
    print(f"govdisclosure report on {n:,} requests ({path.stat().st_size / 1e6:.0f} MB)")
    row("json.loads of the file alone (gc on)", base, n)
    row("python -m govdisclosure report (< 15 s for 1M)", cpu, n, base)
    print(f"  report took {cpu:.1f} s of processor time, {wall:.1f} s on the clock")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20_000, help="requests read and pickled")
    parser.add_argument("--cli-n", type=int, default=1_000_000, help="requests reported (0: none)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per path (best is kept)")
    args = parser.parse_args()
    bench_construction(args.repeat)
    requests = make_requests(args.n)
    bench_reading(requests, args.repeat)
    bench_pickle(requests, args.repeat)
    if args.cli_n:
        bench_cli(args.cli_n)


if __name__ == "__main__":
    main()
