"""Typed usage of the JSON functions, checked by ``mypy --strict`` in the suite (test_tooling).

Each ``assert_type`` fails the type check if ``from_json``/``from_dict`` lose the
model's type. The file also runs as plain Python (``assert_type`` is a no-op).
"""

from __future__ import annotations

from datetime import date
from typing import assert_type

from govdisclosure.law import WorkingDays
from govdisclosure.requests import Applicant, ApplicantKind, Request
from govdisclosure.serialization import from_dict, from_json, to_dict, to_json

request = Request(
    id="r1", received=date(2024, 3, 4), applicant=Applicant(kind=ApplicantKind.NATURAL_PERSON)
)
assert_type(from_json(to_json(request), Request), Request)
assert_type(from_json(to_json([request]), list[Request]), list[Request])
assert_type(from_json(to_json((WorkingDays(3),)), tuple[WorkingDays, ...]), tuple[WorkingDays, ...])
assert_type(from_dict(to_dict(WorkingDays(3)), WorkingDays), WorkingDays)
