"""Benchmark: the size of a serialized reply deadline, and the time to read one back.

Run from the repository root:

    .venv/bin/python benchmarks/bench_deadline_document.py

A PRC deadline on the official calendar (a request with a consultation, an
extension and a reply) is written with ``serialization.to_json`` and read back
with ``from_json``, which checks the due date by computing it again. Prints the
document's size in bytes and the best time of one read, beside plain
``json.loads`` of the same text (what a reader pays for the JSON alone).
"""

from __future__ import annotations

import json
import time
from datetime import date

from govdisclosure.deadlines import Deadline
from govdisclosure.jurisdictions import cn
from govdisclosure.law import WorkingDays
from govdisclosure.requests import (
    Applicant,
    ApplicantKind,
    ConsultationEnded,
    ConsultationParty,
    ConsultationStarted,
    ExtensionGranted,
    Replied,
    Request,
)
from govdisclosure.serialization import from_json, to_json


def best(fn, repeat: int = 30) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    third = ConsultationParty.THIRD_PARTY
    request = Request(
        id="2024-0042",
        received=date(2024, 3, 1),
        applicant=Applicant(kind=ApplicantKind.NATURAL_PERSON),
        events=(
            ConsultationStarted(on=date(2024, 3, 5), party=third),
            ConsultationEnded(on=date(2024, 3, 19), party=third),
            ExtensionGranted(on=date(2024, 4, 10), days=WorkingDays(10)),
            Replied(on=date(2024, 4, 26)),
        ),
    )
    deadline = cn.reply_deadline(request)
    text = to_json(deadline)
    if from_json(text, Deadline) != deadline:
        msg = "the document does not read back to the same deadline"
        raise SystemExit(msg)
    read = best(lambda: from_json(text, Deadline))
    plain = best(lambda: json.loads(text))
    print(f"Deadline document: {len(text.encode()):,} bytes")
    print(f"from_json:         {read * 1e3:.3f} ms (best of 30)")
    print(f"json.loads alone:  {plain * 1e3:.3f} ms; ratio {read / plain:.1f}")


if __name__ == "__main__":
    main()
