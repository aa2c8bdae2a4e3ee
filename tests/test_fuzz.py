"""Fuzzing: thousands of mutated documents, and only InvalidInputError ever comes out.

Valid documents of several models (requests with events, batches of requests, report
tables, an annual report, an agency tree, a calendar, a deadline, a review, a scheme, a
decision) are built once from the public strategies, then mutated with a seeded
``random.Random`` and with Hypothesis: keys dropped and added, values of the wrong type,
impossible dates, huge and negative numbers, unknown codes, deep nesting, truncated text
and flipped characters. ``from_json`` must return a valid object (that survives another
round trip) or raise :class:`InvalidInputError` naming at least one field path; where the
mutation is known to be bad, the error must name the very field mutated.
"""

from __future__ import annotations

import copy
import json
import random
import re
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govdisclosure import AgencyTree, InvalidInputError, WorkCalendar
from govdisclosure import strategies as gs
from govdisclosure.classification import Scheme
from govdisclosure.deadlines import Deadline
from govdisclosure.jurisdictions import cn
from govdisclosure.requests import Request
from govdisclosure.review import Review
from govdisclosure.serialization import MAX_DEPTH, from_json, to_json

Path = tuple[str | int, ...]


def _sample(strategy: st.SearchStrategy[Any], n: int) -> list[Any]:
    found: list[Any] = []

    @settings(
        max_examples=n,
        database=None,
        deadline=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def collect(x: Any) -> None:
        found.append(x)

    collect()
    return found[-n:]


def _corpus() -> list[tuple[str, object]]:
    plan: list[tuple[st.SearchStrategy[Any], object, int]] = [
        (gs.requests(max_events=10), Request, 6),
        (st.lists(gs.requests(), min_size=2, max_size=3), list[Request], 2),
        (gs.cn_request_tables(valid=None), cn.RequestTable, 2),
        (gs.cn_case_tables(), cn.ReconsiderationLitigationTable, 2),
        (gs.cn_proactive_tables(), cn.ProactiveTable, 2),
        (gs.cn_annual_reports(), cn.AnnualReport, 2),
        (gs.agency_trees(), AgencyTree, 3),
        (gs.calendars(max_years=1), WorkCalendar, 2),
        (gs.deadlines(), Deadline, 2),
        (gs.reviews(), Review, 3),
        (gs.schemes(), Scheme, 2),
        (gs.cn_decisions(), cn.Decision, 2),
    ]
    corpus: list[tuple[str, object]] = []
    for strategy, cls, n in plan:
        corpus.extend((to_json(x, personal_data=True), cls) for x in _sample(strategy, n))
    return corpus


@pytest.fixture(scope="module")
def corpus() -> list[tuple[str, object]]:
    return _corpus()


# -- the check -------------------------------------------------------------------------------


def _check(text: str, cls: object) -> InvalidInputError | None:
    """``from_json`` returns a valid object or raises InvalidInputError naming paths."""
    try:
        result = from_json(text, cls)
    except InvalidInputError as exc:
        err = exc
    else:
        err = None
    if err is not None:
        assert err.problems, text[:300]
        for p in err.problems:
            assert p.path.startswith("$"), (p, text[:300])
            assert "internal error" not in p.message, (p, text[:500])
            assert p.path in str(err)
        return err
    origin = getattr(cls, "__origin__", cls)
    assert isinstance(result, origin)
    assert from_json(to_json(result, personal_data=True), cls) == result
    return None


def _named(text: str, cls: object, path: str) -> None:
    """The mutation at ``path`` is bad: the error must name it (or a field inside it)."""
    err = _check(text, cls)
    assert err is not None, f"accepted a bad value at {path}: {text[:300]}"
    assert any(
        p.path == path or p.path.startswith((path + ".", path + "[")) for p in err.problems
    ), (
        path,
        err.problems,
    )


# -- walking documents -----------------------------------------------------------------------

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _path_text(path: Path) -> str:
    out = "$"
    for step in path:
        if isinstance(step, int):
            out += f"[{step}]"
        elif _IDENTIFIER.fullmatch(step):
            out += f".{step}"
        else:
            out += f"[{json.dumps(step, ensure_ascii=False)}]"
    return out


def _walk(node: object, path: Path = ()) -> Iterator[tuple[Path, object]]:
    yield path, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _walk(value, (*path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _walk(value, (*path, i))


def _set(doc: Any, path: Path, value: object) -> None:
    node = doc
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value


def _get(doc: Any, path: Path) -> Any:
    node = doc
    for step in path:
        node = node[step]
    return node


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ENUM_KEYS = frozenset(
    {"kind", "type", "party", "layout", "channel", "outcome", "action", "target", "status",
     "mode", "bound", "basis", "nature", "override", "sector", "result", "filer", "weekend"}
)  # fmt: skip


def _leaves(doc: object) -> list[tuple[Path, object]]:
    return [(p, v) for p, v in _walk(doc) if p and not isinstance(v, (dict, list))]


# -- seeded random mutations -----------------------------------------------------------------

SPECIAL: list[object] = [
    "2023-02-30",
    "2024-13-01",
    "0000-01-01",
    10**30,
    10**16,
    -1,
    -(10**6),
    "no_such_code",
    "",
    None,
    True,
    False,
    3.5,
    1e308,
    [],
    {},
    "x" * 5000,
    "\ud800",
    0,
    "1/0",
    "NaN",
]


def _mutate(doc: Any, rng: random.Random) -> Any:
    doc = copy.deepcopy(doc)
    for _ in range(rng.randint(1, 3)):
        nodes = [(p, v) for p, v in _walk(doc) if p]
        if not nodes:
            break
        path, value = rng.choice(nodes)
        parent = _get(doc, path[:-1])
        key = path[-1]
        op = rng.randrange(8)
        if op == 0 and isinstance(parent, dict):
            del parent[key]
        elif op == 1 and isinstance(parent, dict):
            parent[f"zz_{rng.randrange(100)}"] = rng.choice(SPECIAL)
        elif op == 2:
            parent[key] = copy.deepcopy(rng.choice(SPECIAL))
        elif op == 3:
            for _ in range(rng.choice([1, 5, MAX_DEPTH + 5])):
                value = [value]
            parent[key] = value
        elif op == 4 and isinstance(value, str):
            parent[key] = value[: rng.randrange(len(value) + 1)] + rng.choice(["x", "-", "9", ""])
        elif op == 5 and type(value) is int:
            parent[key] = rng.choice([-value - 1, value * 10**12, value + 1])
        elif op == 6 and isinstance(parent, list):
            parent.insert(rng.randrange(len(parent) + 1), copy.deepcopy(value))
        elif op == 7 and isinstance(parent, list):
            del parent[key]
    return doc


def _mutate_text(text: str, rng: random.Random) -> str:
    i = rng.randrange(len(text))
    op = rng.randrange(4)
    if op == 0:
        return text[:i]
    if op == 1:
        return text[:i] + rng.choice('{}[]",:0-aeE\\ ') + text[i + 1 :]
    if op == 2:
        return text[:i] + text[i + 1 :]
    return text[:i] + rng.choice(['"', "}", "]", ",", "null"]) + text[i:]


def test_seeded_random_mutations(corpus):
    rng = random.Random(20240601)
    docs = [(json.loads(text), cls) for text, cls in corpus]
    outcomes = {"accepted": 0, "refused": 0}
    for _ in range(8000):
        doc, cls = rng.choice(docs)
        if rng.random() < 0.75:
            text = json.dumps(_mutate(doc, rng), ensure_ascii=rng.random() < 0.5)
        else:
            text = _mutate_text(json.dumps(doc, ensure_ascii=False), rng)
        err = _check(text, cls)
        outcomes["refused" if err else "accepted"] += 1
    # Most mutations break a document; some (a changed free text) do not.
    assert outcomes["refused"] > 5000
    assert outcomes["accepted"] > 100


# -- targeted mutations: the error names the very field ---------------------------------------


def _sampled(items: list[Any], rng: random.Random, k: int = 25) -> list[Any]:
    return items if len(items) <= k else rng.sample(items, k)


def test_impossible_dates_are_named(corpus):
    rng = random.Random(1)
    for text, cls in corpus:
        doc = json.loads(text)
        dates = [(p, v) for p, v in _leaves(doc) if isinstance(v, str) and _DATE.fullmatch(v)]
        for path, _ in _sampled(dates, rng):
            for bad in ("2023-02-30", "2024-00-10", "2024-1-1"):
                mutated = copy.deepcopy(doc)
                _set(mutated, path, bad)
                _named(json.dumps(mutated), cls, _path_text(path))


def test_huge_and_negative_numbers_are_named(corpus):
    rng = random.Random(2)
    for text, cls in corpus:
        doc = json.loads(text)
        numbers = [(p, v) for p, v in _leaves(doc) if type(v) is int and p[-1] != "schema_version"]
        for path, _ in _sampled(numbers, rng):
            for bad in (10**16, 10**40, 2.5):
                mutated = copy.deepcopy(doc)
                _set(mutated, path, bad)
                _named(json.dumps(mutated), cls, _path_text(path))
            if "cells" in path or path[-1] == "days":
                mutated = copy.deepcopy(doc)
                _set(mutated, path, -1)
                _named(json.dumps(mutated), cls, _path_text(path))


def test_unknown_codes_and_wrong_types_are_named(corpus):
    rng = random.Random(3)
    for text, cls in corpus:
        doc = json.loads(text)
        leaves = _leaves(doc)
        codes = [(p, v) for p, v in leaves if isinstance(v, str) and p[-1] in _ENUM_KEYS]
        for path, _ in _sampled(codes, rng):
            mutated = copy.deepcopy(doc)
            _set(mutated, path, "no_such_code")
            _named(json.dumps(mutated), cls, _path_text(path))
        for path, value in _sampled([(p, v) for p, v in leaves if v is not None], rng):
            mutated = copy.deepcopy(doc)
            _set(mutated, path, {"nested": [value]})
            _named(json.dumps(mutated), cls, _path_text(path))
            mutated = copy.deepcopy(doc)
            _set(mutated, path, [[[value]]])
            _named(json.dumps(mutated), cls, _path_text(path))


def test_dropped_and_unknown_keys_are_named(corpus):
    rng = random.Random(4)
    for text, cls in corpus:
        doc = json.loads(text)
        objects = [(p, v) for p, v in _walk(doc) if isinstance(v, dict) and v]
        for path, obj in _sampled(objects, rng, 15):
            key = rng.choice(list(obj))
            mutated = copy.deepcopy(doc)
            del _get(mutated, path)[key]
            # A key whose field has a default may be left out (the model's default
            # applies); any other dropped key must be named.
            err = _check(json.dumps(mutated), cls)
            if err is not None:
                where = _path_text((*path, key))
                assert any(
                    p.path == where or p.path.startswith((where + ".", where + "["))
                    for p in err.problems
                ) or not any("required key missing" in p.message for p in err.problems), (
                    where,
                    err.problems,
                )
            mutated = copy.deepcopy(doc)
            _get(mutated, path)["zz_unknown"] = 1
            _named(json.dumps(mutated), cls, _path_text((*path, "zz_unknown")))


def test_deep_nesting_and_broken_text(corpus):
    rng = random.Random(5)
    for text, cls in corpus:
        doc = json.loads(text)
        for path, value in _sampled(_leaves(doc), rng, 5):
            deep: object = value
            for _ in range(MAX_DEPTH + 1):
                deep = [deep]
            mutated = copy.deepcopy(doc)
            _set(mutated, path, deep)
            assert _check(json.dumps(mutated), cls) is not None
        for cut in sorted(rng.sample(range(1, len(text)), min(20, len(text) - 1))):
            assert _check(text[:cut], cls) is not None
        for _ in range(20):
            _check(_mutate_text(text, rng), cls)


# -- Hypothesis-driven mutations (they shrink to a small failing case) -----------------------


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_hypothesis_mutations(corpus, data):
    text, cls = data.draw(st.sampled_from(corpus), label="document")
    doc = json.loads(text)
    nodes = [p for p, _ in _walk(doc) if p]
    path = data.draw(st.sampled_from(nodes), label="path")
    value = data.draw(
        st.recursive(
            st.none()
            | st.booleans()
            | st.integers()
            | st.floats(allow_nan=False)
            | st.text(max_size=12)
            | st.sampled_from(["2023-02-30", "2024-02-29", "1/3", "12.50", "other"]),
            lambda inner: (
                st.lists(inner, max_size=3)
                | st.dictionaries(st.text(max_size=5), inner, max_size=3)
            ),
            max_leaves=6,
        ),
        label="value",
    )
    _set(doc, path, value)
    _check(json.dumps(doc), cls)
