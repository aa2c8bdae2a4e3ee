"""A serialized Deadline names its calendar instead of embedding it (issue 11, item 6)."""

from __future__ import annotations

from datetime import date

import pytest

from govdisclosure.calendar import WorkCalendar
from govdisclosure.deadlines import Deadline, compute_deadline
from govdisclosure.errors import InvalidInputError
from govdisclosure.jurisdictions import cn
from govdisclosure.requests import (
    Applicant,
    ApplicantKind,
    ConsultationEnded,
    ConsultationParty,
    ConsultationStarted,
    Replied,
    Request,
)
from govdisclosure.serialization import from_dict, from_json, to_dict, to_json

REQUEST = Request(
    id="2024-0042",
    received=date(2024, 3, 1),
    applicant=Applicant(kind=ApplicantKind.NATURAL_PERSON),
    events=(
        ConsultationStarted(on=date(2024, 3, 5), party=ConsultationParty.THIRD_PARTY),
        ConsultationEnded(on=date(2024, 3, 19), party=ConsultationParty.THIRD_PARTY),
        Replied(on=date(2024, 4, 26)),
    ),
)


def test_a_cn_deadline_names_the_official_calendar():
    deadline = cn.reply_deadline(REQUEST)
    doc = to_dict(deadline)
    assert doc["calendar"] == {"name": "cn", "fingerprint": cn.calendar().fingerprint}
    text = to_json(deadline)
    assert len(text.encode()) < 8_000
    back = from_json(text, Deadline)
    assert back == deadline
    assert back.calendar is cn.calendar()


def test_a_changed_calendar_is_refused():
    doc = to_dict(cn.reply_deadline(REQUEST))
    doc["calendar"]["fingerprint"] = "0" * 64
    with pytest.raises(InvalidInputError) as info:
        from_dict(doc, Deadline)
    assert [p.path for p in info.value.problems] == ["$.calendar.fingerprint"]


def test_an_unknown_calendar_name_is_refused():
    doc = to_dict(cn.reply_deadline(REQUEST))
    doc["calendar"]["name"] = "xx-nowhere"
    with pytest.raises(InvalidInputError) as info:
        from_dict(doc, Deadline)
    assert [p.path for p in info.value.problems] == ["$.calendar.name"]


def test_a_calendar_of_ones_own_is_embedded_as_before():
    cal = WorkCalendar(first=date(2024, 1, 1), last=date(2024, 12, 31))
    deadline = compute_deadline(REQUEST, cn.clock_rules(REQUEST.received), cal)
    doc = to_dict(deadline)
    assert "rest_days" in doc["calendar"]
    assert from_dict(doc, Deadline) == deadline


def test_a_document_written_by_0_1_with_the_calendar_embedded_still_reads():
    deadline = cn.reply_deadline(REQUEST)
    doc = to_dict(deadline)
    embedded = to_dict(cn.calendar())  # the 0.1 form: the whole calendar
    embedded.pop("schema_version", None)
    doc["calendar"] = embedded
    back = from_dict(doc, Deadline)
    assert back == deadline
    assert back.due == deadline.due


def test_a_fingerprint_survives_any_text():
    odd = WorkCalendar(first=date(2024, 1, 1), last=date(2024, 1, 31))
    assert len(odd.fingerprint) == 64
    from govdisclosure.calendar import RestDay

    lone = WorkCalendar(
        first=date(2024, 1, 1),
        last=date(2024, 1, 31),
        rest_days=(RestDay(date(2024, 1, 2), name="\ud800"),),
    )
    assert lone.fingerprint != odd.fingerprint


def test_the_pack_rules_are_named_too_and_other_policies_embedded():
    deadline = cn.reply_deadline(REQUEST)
    doc = to_dict(deadline)
    assert doc["rules"]["name"] == "cn.ogi-2019"
    assert set(doc["rules"]) == {"name", "fingerprint"}
    assert len(to_json(deadline).encode()) < 1_000
    literal = cn.reply_deadline(REQUEST, policy=cn.ClockPolicy(consultation_cap=None))
    own = to_dict(literal)
    assert "limit" in own["rules"]
    assert from_dict(own, Deadline) == literal


def test_changed_or_unknown_rules_are_refused():
    doc = to_dict(cn.reply_deadline(REQUEST))
    doc["rules"]["fingerprint"] = "f" * 64
    with pytest.raises(InvalidInputError) as info:
        from_dict(doc, Deadline)
    assert [p.path for p in info.value.problems] == ["$.rules.fingerprint"]
    doc["rules"]["name"] = "xx-none"
    with pytest.raises(InvalidInputError) as info:
        from_dict(doc, Deadline)
    assert [p.path for p in info.value.problems] == ["$.rules.name"]


def test_a_0_1_document_with_rules_and_calendar_embedded_reads():
    deadline = cn.reply_deadline(REQUEST)
    doc = to_dict(deadline)
    rules = to_dict(deadline.rules)
    rules.pop("schema_version", None)
    calendar = to_dict(cn.calendar())
    calendar.pop("schema_version", None)
    doc["rules"], doc["calendar"] = rules, calendar
    assert from_dict(doc, Deadline) == deadline
