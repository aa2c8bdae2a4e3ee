"""The fast paths for requests give what the strict paths give: the same objects, the same errors.

* construction: the hand-written constructors of ``Request`` and ``Applicant`` against
  a reference that runs the declared validators in attrs' order and the timeline check
  as it was written before (an isinstance chain, kept here as an independent reference);
* reading: the fast reader (``serialization._fast``) against the strict path (``from_json``
  with the fast readers switched off), on valid documents and on the hostile mutations of
  ``tests/test_fuzz.py``: where the fast reader accepts, the strict path accepts and builds
  an equal object; ``from_json`` raises exactly the strict path's problems;
* keys given twice, also next to colons and ``\\u003a`` escapes in strings, are never accepted;
* pickling round-trips, and an unpickled request is checked again.
"""

# ruff: noqa: S301 - the tests unpickle only what they pickled themselves

from __future__ import annotations

import contextlib
import json
import pickle
import random
import re
from collections.abc import Iterator
from datetime import date
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govdisclosure import strategies as gs
from govdisclosure.cli import main
from govdisclosure.errors import InvalidInputError, TimelineError
from govdisclosure.jurisdictions.cn import Outcome
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
    CorrectionReceived,
    CorrectionRequested,
    DelaySet,
    Event,
    ExtensionGranted,
    FeeLapsed,
    FeeNoticeIssued,
    FeePaid,
    ReceiptChannel,
    Replied,
    Request,
    Routed,
    Withdrawn,
)
from govdisclosure.serialization import _documents, _fast, from_json, to_dict, to_json
from govdisclosure.serialization._fast import read_request, read_requests
from test_fuzz import _mutate, _mutate_text

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
PERSON = Applicant(ApplicantKind.NATURAL_PERSON)
D0 = date(2024, 3, 1)


@contextlib.contextmanager
def strict_only() -> Iterator[None]:
    """``from_json`` without its fast readers: the strict path alone."""
    saved = dict(_documents._FAST_READERS)
    _documents._FAST_READERS.clear()
    try:
        yield
    finally:
        _documents._FAST_READERS.update(saved)


def strict(text: str, cls: object) -> tuple[object, list[Any] | None]:
    with strict_only():
        try:
            return from_json(text, cls), None
        except InvalidInputError as exc:
            return None, list(exc.problems)


def through_fast(text: str, cls: object) -> tuple[object, list[Any] | None]:
    try:
        return from_json(text, cls), None
    except InvalidInputError as exc:
        return None, list(exc.problems)


# -- construction: the reference ---------------------------------------------------------


def _refuse(msg: str, event: Event, index: int) -> TimelineError:
    return TimelineError(msg, event=event, index=index)


def reference_timeline(received: date, events: tuple[Event, ...]) -> None:
    """The timeline check as written before the fast constructor (an isinstance chain)."""
    previous = received
    ended: int | None = None
    correction_open = fee_open = False
    consultations = dict.fromkeys(ConsultationParty, 0)
    for i, e in enumerate(events):
        msg = ""
        if ended is not None:
            msg = f"comes after the request ended (events[{ended}])"
        elif e.on < received:
            msg = f"is dated before the date of receipt {received.isoformat()}"
        elif e.on < previous:
            msg = f"is out of order: dated before the event before it ({previous.isoformat()})"
        if msg:
            raise _refuse(msg, e, i)
        previous = e.on
        if isinstance(e, CorrectionRequested):
            if correction_open:
                msg = "a corrected application is already awaited"
            correction_open = True
        elif isinstance(e, CorrectionLapsed):
            if not correction_open:
                msg = "no correction was requested"
            correction_open = False
        elif isinstance(e, CorrectionReceived):
            correction_open = False
        elif isinstance(e, ConsultationStarted):
            consultations[e.party] += 1
        elif isinstance(e, ConsultationEnded):
            if not consultations[e.party]:
                msg = f"ends a consultation with {e.party.value} that was not started"
            consultations[e.party] -= 1
        elif isinstance(e, FeeNoticeIssued):
            if fee_open:
                msg = "a fee notice is already awaiting payment"
            fee_open = True
        elif isinstance(e, DelaySet) and e.until <= received:
            msg = f"fixes the reply on or before the date of receipt {received.isoformat()}"
        elif isinstance(e, (FeePaid, FeeLapsed)):
            if not fee_open:
                msg = "no fee notice was issued"
            fee_open = False
        if msg:
            raise _refuse(msg, e, i)
        if e.concludes:
            ended = i


def reference_request(*args: object) -> tuple[object, ...]:
    """What attrs' generated constructor did: converter, validators in field order, then the log."""
    fields: Any = attrs.fields(Request)
    values = list(args) + [(), None][len(args) - 3 :]
    values[3] = fields.events.converter(values[3])
    holder = object.__new__(Request)
    for field, value in zip(fields, values, strict=True):
        if field.validator is not None:
            field.validator(holder, field, value)
    reference_timeline(values[1], values[3])  # type: ignore[arg-type]
    return tuple(values)


def outcome_of(make: Any) -> tuple[str, object]:
    try:
        return "ok", make()
    except (InvalidInputError, TimelineError) as exc:
        return type(exc).__name__, str(exc)


def fields_of(r: Request) -> tuple[object, ...]:
    return (r.id, r.received, r.applicant, r.events, r.channel)


HOSTILE_IDS = st.one_of(st.sampled_from(["", "  ", "x", "2024-001"]), st.integers(), st.none())
HOSTILE_DATES = st.one_of(
    st.dates(date(2023, 1, 1), date(2025, 1, 1)),
    st.sampled_from(["2024-03-01", None, 20240301]),
    st.datetimes().map(lambda d: d),
)
HOSTILE_APPLICANTS = st.one_of(
    st.just(PERSON), st.sampled_from([ApplicantKind.NATURAL_PERSON, None, "natural_person"])
)
HOSTILE_CHANNELS = st.one_of(st.none(), st.sampled_from(ReceiptChannel), st.just("online"))
HOSTILE_LOGS = st.one_of(
    st.lists(gs.events(), max_size=5).map(tuple),
    st.lists(gs.events(), max_size=5),
    st.lists(st.one_of(gs.events(), st.just("replied")), max_size=3),
    st.sampled_from(["replied", None, 3]),
)


@SETTINGS
@given(HOSTILE_IDS, HOSTILE_DATES, HOSTILE_APPLICANTS, HOSTILE_LOGS, HOSTILE_CHANNELS)
def test_the_constructor_accepts_and_refuses_as_attrs_did(ident, received, applicant, log, channel):
    args = (ident, received, applicant, log, channel)
    ours = outcome_of(lambda: fields_of(Request(*args)))  # type: ignore[arg-type]
    theirs = outcome_of(lambda: reference_request(*args))
    assert ours == theirs


@SETTINGS
@given(gs.requests(max_events=10))
def test_valid_requests_rebuild_equal_and_pass_attrs_validate(r):
    again = Request(r.id, r.received, r.applicant, list(r.events), r.channel)
    assert again == r
    assert reference_request(*fields_of(r)) == fields_of(r)
    attrs.validate(again)


def test_each_timeline_rule_example():
    replied = Replied(on=date(2024, 3, 5))
    cases = [
        ((replied, Withdrawn(on=date(2024, 3, 6))), "comes after the request ended (events[0])"),
        ((Replied(on=date(2024, 2, 29)),), "is dated before the date of receipt 2024-03-01"),
        ((CorrectionRequested(on=date(2024, 3, 5)), CorrectionRequested(on=date(2024, 3, 6))),
         "a corrected application is already awaited"),
        ((CorrectionLapsed(on=D0),), "no correction was requested"),
        ((ConsultationEnded(on=D0, party=ConsultationParty.OTHER_ORGAN),),
         "ends a consultation with other_organ that was not started"),
        ((FeeNoticeIssued(on=D0), FeeNoticeIssued(on=D0)),
         "a fee notice is already awaiting payment"),
        ((DelaySet(on=D0, until=D0),),
         "fixes the reply on or before the date of receipt 2024-03-01"),
        ((FeePaid(on=D0),), "no fee notice was issued"),
    ]  # fmt: skip
    for log, message in cases:
        with pytest.raises(TimelineError, match=re.escape(message)):
            Request("a", D0, PERSON, log)


def test_wrong_fields_are_named_in_field_order():
    with pytest.raises(InvalidInputError, match=r"events"):
        Request("", D0, PERSON, "replied")  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match=r"^id: must be a non-empty string"):
        Request(" ", "2024-03-01", None)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match=r"^received: must be a datetime.date"):
        Request("a", "2024-03-01", None)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match=r"^applicant: must be an Applicant"):
        Request("a", D0, None, channel="x")  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match=r"^channel: must be a ReceiptChannel or None"):
        Request("a", D0, PERSON, channel="online")  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match=r"^kind: must be an ApplicantKind"):
        Applicant("natural_person")  # type: ignore[arg-type]


def test_a_log_given_as_a_tuple_is_kept_and_other_collections_become_tuples():
    log = (Replied(on=D0),)
    assert Request("a", D0, PERSON, log).events is log
    assert Request("a", D0, PERSON, iter(log)).events == log


EVENT_CLASSES = [
    CorrectionRequested, CorrectionReceived, CorrectionLapsed, ConsultationStarted,
    ConsultationEnded, ExtensionGranted, FeeNoticeIssued, FeePaid, FeeLapsed, DelaySet,
    Replied, Routed, Withdrawn,
]  # fmt: skip
HOSTILE_VALUES = st.sampled_from(
    [
        D0, date(2024, 2, 1), "2024-03-01", None, 0, 3.5, True,
        ConsultationParty.THIRD_PARTY, ConsultationParty.OTHER_ORGAN, "third_party",
        WorkingDays(0), WorkingDays(5), 5, Money("10.00", "CNY"), Money("-1", "CNY"),
        next(iter(Outcome)), ApplicantKind.NATURAL_PERSON, "granted",
    ]
)  # fmt: skip


def reference_event(cls: type, kwargs: dict[str, object]) -> tuple[object, ...]:
    """What attrs' generated constructor did: every field set, validators in order, post-init."""
    holder = object.__new__(cls)
    fields: Any = attrs.fields(cls)
    values = []
    for f in fields:
        value = kwargs.get(f.name, f.default)
        object.__setattr__(holder, f.name, value)
        values.append(value)
    for f in fields:
        if f.validator is not None:
            f.validator(holder, f, getattr(holder, f.name))
    if hasattr(holder, "__attrs_post_init__"):
        holder.__attrs_post_init__()
    return tuple(values)


FITTING = {
    "on": st.sampled_from([D0, date(2024, 3, 5)]),
    "until": st.sampled_from([D0, date(2024, 2, 1), date(2024, 3, 5)]),
    "party": st.sampled_from(ConsultationParty),
    "days": st.sampled_from([WorkingDays(0), WorkingDays(5)]),
    "amount": st.sampled_from([None, Money("10.00", "CNY"), Money("-1", "CNY")]),
    "outcome": st.sampled_from([None, next(iter(Outcome))]),
}


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.sampled_from(EVENT_CLASSES), st.data())
def test_event_constructors_accept_and_refuse_as_attrs_did(cls, data):
    fields: Any = attrs.fields(cls)
    kwargs = {
        f.name: data.draw(st.one_of(FITTING[f.name], FITTING[f.name], HOSTILE_VALUES))
        for f in fields
        if f.default is attrs.NOTHING or data.draw(st.booleans())
    }
    ours = outcome_of(lambda: attrs.astuple(cls(**kwargs), recurse=False))
    assert ours == outcome_of(lambda: reference_event(cls, kwargs))


def test_the_event_constructors_are_made_from_the_fields():
    assert ConsultationStarted.__init__.__qualname__ == "ConsultationStarted.__init__"
    with pytest.raises(TypeError, match="positional"):
        Replied(D0)  # type: ignore[misc]
    with pytest.raises(TypeError, match="missing"):
        Replied()  # type: ignore[call-arg]
    with pytest.raises(InvalidInputError, match=r"^until: is before the day the delay was set"):
        DelaySet(on=date(2024, 3, 5), until=D0)


# -- reading -----------------------------------------------------------------------------


@SETTINGS
@given(st.lists(gs.requests(max_events=8, applicant=gs.applicants(identity=None)), max_size=6))
def test_the_fast_reader_builds_what_the_strict_path_builds(requests):
    text = to_json(requests, personal_data=True)
    fast = read_requests(text)
    assert fast == requests
    assert strict(text, list[Request]) == (requests, None)
    assert from_json(text, tuple[Request, ...]) == tuple(requests)
    bare = json.dumps([to_dict(r, personal_data=True) for r in requests])
    assert read_requests(bare, bare=True) == requests
    assert read_requests(bare) is None  # a bare list is no document
    for r in requests:
        assert read_request(to_json(r, personal_data=True)) == r


def _request_docs() -> list[Any]:
    rnd = random.Random(7)
    outcomes = list(Outcome)
    docs = []
    for i in range(12):
        r = Request(
            f"r:{i}",
            D0,
            Applicant(ApplicantKind.COMMERCIAL_ENTERPRISE, ApplicantIdentity(name="a: b")),
            (
                FeeNoticeIssued(on=D0),
                FeePaid(on=date(2024, 3, 4)),
                Replied(on=date(2024, 3, 8), outcome=rnd.choice(outcomes)),
            ),
            ReceiptChannel.ONLINE,
        )
        docs.append(json.loads(to_json([r, Request(f"q{i}", D0, PERSON)], personal_data=True)))
    return docs


def test_hostile_mutations_give_the_strict_objects_and_errors():
    rng = random.Random(20251203)
    docs = _request_docs()
    fast_accepted = 0
    for _ in range(1500):
        doc = rng.choice(docs)
        if rng.random() < 0.75:
            text = json.dumps(_mutate(doc, rng), ensure_ascii=rng.random() < 0.5)
        else:
            text = _mutate_text(json.dumps(doc, ensure_ascii=False), rng)
        fast = read_requests(text)
        expected = strict(text, list[Request])
        if fast is not None:
            fast_accepted += 1
            assert expected == (fast, None), text[:300]
        assert through_fast(text, list[Request]) == expected, text[:300]
    assert fast_accepted > 50


@SETTINGS
@given(st.data())
def test_hypothesis_mutations_of_single_requests(data):
    r = data.draw(gs.requests(max_events=6))
    doc = json.loads(to_json(r, personal_data=True))
    rng = random.Random(data.draw(st.integers(0, 10**6)))
    text = json.dumps(_mutate(doc, rng))
    fast = read_request(text)
    expected = strict(text, Request)
    if fast is not None:
        assert expected == (fast, None)
    assert through_fast(text, Request) == expected


# -- keys given twice --------------------------------------------------------------------

_COLONS = st.text(alphabet="ab:", min_size=1, max_size=6)


@SETTINGS
@given(_COLONS, st.booleans(), st.sampled_from(["id", "received", "kind", "on", "type"]))
def test_a_key_given_twice_is_never_accepted(ident, escape, key):
    r = Request(ident, D0, PERSON, (Replied(on=date(2024, 3, 5)),))
    text = to_json([r])
    if escape:  # every colon inside a string written as an escape, so that counting must see it
        text = text.replace(json.dumps(ident), json.dumps(ident).replace(":", "\\u003a"))
    assert read_requests(text) == [r]
    twice = {
        "id": ('"id": ', '"id": "other", "id": '),
        "received": ('"received": ', '"received": "2024-03-02", "received": '),
        "kind": ('"kind": ', '"kind": "natural_person", "kind": '),
        "on": ('"on": ', '"on": "2024-03-05", "on": '),
        "type": ('"type": ', '"type": "replied", "type": '),
    }[key]
    bad = text.replace(*twice, 1)
    # Counting must not be fooled by an extra colon in a string making up for the lost key.
    for extra in ("", ":", "\\u003a", "\\\\u003a"):
        doctored = bad.replace('"id": "', f'"id": "{extra}', 1)
        assert read_requests(doctored) is None
        _, problems = strict(doctored, list[Request])
        assert problems is not None
        assert any(p.message == "key given twice" for p in problems)
        assert through_fast(doctored, list[Request]) == strict(doctored, list[Request])


def test_a_literal_backslash_u003a_only_sends_the_text_the_strict_way():
    r = Request("a\\u003ab", D0, PERSON)
    text = to_json([r])
    assert "\\\\u003a" in text
    assert from_json(text, list[Request]) == [r]


# -- pickling ----------------------------------------------------------------------------


@SETTINGS
@given(gs.requests(max_events=10, applicant=gs.applicants(identity=None)))
def test_pickling_round_trips(r):
    for protocol in (2, pickle.HIGHEST_PROTOCOL):
        again = pickle.loads(pickle.dumps(r, protocol=protocol))
        assert again == r
        assert again.events == r.events
        assert pickle.loads(pickle.dumps(list(r.events))) == list(r.events)


class _Tampered:
    """Stands in for a request whose pickle was changed: events out of order."""

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        log = (Replied(on=date(2024, 3, 5)), Withdrawn(on=date(2024, 3, 6)))
        return Request, ("a", D0, PERSON, log, None)


def test_an_unpickled_request_is_checked_again():
    with pytest.raises(TimelineError, match="comes after the request ended"):
        pickle.loads(pickle.dumps(_Tampered()))


# -- without orjson, and on the command line ---------------------------------------------


def test_the_standard_parser_gives_the_same(monkeypatch):
    monkeypatch.setattr(_fast, "_LOADS", [json.loads])
    assert _fast.parser_name() == "json"
    rng = random.Random(5)
    docs = _request_docs()
    for _ in range(300):
        text = json.dumps(_mutate(rng.choice(docs), rng))
        fast = read_requests(text)
        expected = strict(text, list[Request])
        if fast is not None:
            assert expected == (fast, None)
    # NaN, huge numbers and a lone surrogate: the standard parser reads them, the readers do not.
    good = json.loads(to_json([Request("a", D0, PERSON, (Replied(on=D0),))]))
    for value in (float("nan"), 10**30, "\ud800"):
        good["items"][0]["events"][0]["on"] = value
        text = json.dumps(good)
        assert read_requests(text) is None
        assert through_fast(text, list[Request]) == strict(text, list[Request])


def test_the_report_command_gives_the_same_report_either_way(tmp_path, monkeypatch, capsys):
    requests = [
        Request(f"r{i}", date(2025, 1, 2 + i), PERSON, (Replied(on=date(2025, 2, 1), outcome=o),))
        for i, o in enumerate(list(Outcome)[:5])
    ]
    path = tmp_path / "batch.json"
    path.write_text(to_json(requests), encoding="utf-8")
    command = ["report", str(path), "--year", "2025", "--agency", "a", "--format", "records"]
    assert main(command) == 0
    fast = capsys.readouterr().out
    monkeypatch.setattr(_fast, "read_requests", lambda text, bare=False: None)
    assert main(command) == 0
    assert capsys.readouterr().out == fast
    cells = {
        (r["row"], r["column"]): r["value"] for r in json.loads(fast) if r["table"] != "proactive"
    }
    assert cells["new", "total"] == 5  # five requests received in 2025, by hand


def test_a_hook_registered_for_a_model_read_by_hand_sends_documents_the_strict_way(monkeypatch):
    text = to_json([Request("a", D0, PERSON)])
    assert read_requests(text) is not None
    real = _fast.converter

    def user_hook(value: object, t: object) -> object:
        return value

    class WithUserHook:
        """The converter, with a hook of its user's for applicants."""

        def get_structure_hook(self, t: object) -> object:
            return user_hook if t is Applicant else real.get_structure_hook(t)

        def __getattr__(self, name: str) -> object:
            return getattr(real, name)

    monkeypatch.setattr(_fast, "converter", WithUserHook())
    assert read_requests(text) is None


def test_the_deadline_command_gives_the_same_lines_either_way(tmp_path, monkeypatch, capsys):
    # From Monday 2024-03-04 the PRC clock counts 20 working days: due Monday 2024-04-01.
    requests = [Request(f"d{i}", date(2024, 3, 4), PERSON) for i in range(3)]
    path = tmp_path / "batch.json"
    path.write_text(to_json(requests), encoding="utf-8")
    command = ["deadline", str(path), "--format", "json"]
    assert main(command) == 0
    fast = capsys.readouterr().out
    monkeypatch.setattr(_fast, "read_requests", lambda text, bare=False: None)
    assert main(command) == 0
    assert capsys.readouterr().out == fast
    lines = [json.loads(line) for line in fast.splitlines()]
    assert [(x["id"], x["due"]) for x in lines] == [(f"d{i}", "2024-04-01") for i in range(3)]


@attrs.frozen
class _TaggedRequest(Request):
    """A subclass with a field of its own (as a user might write)."""

    tag: str = "x"


def test_subclasses_pickle_as_attrs_pickles_them():
    r = _TaggedRequest("a", D0, PERSON, (Replied(on=D0),), None, "mine")
    assert pickle.loads(pickle.dumps(r)) == r
    assert pickle.loads(pickle.dumps(r)).tag == "mine"


def test_subclasses_built_by_attrs_still_check_the_timeline():
    log = (Replied(on=date(2024, 3, 5)), Withdrawn(on=date(2024, 3, 6)))
    with pytest.raises(TimelineError, match="comes after the request ended"):
        _TaggedRequest("a", D0, PERSON, log)
    with pytest.raises(InvalidInputError, match=r"^id: must be a non-empty string"):
        _TaggedRequest("", D0, PERSON)
