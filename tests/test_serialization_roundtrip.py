"""Every model round-trips exactly through JSON, over the public strategies.

``from_json(to_json(x), type(x)) == x`` and ``from_dict(to_dict(x), type(x)) == x``
for every class :func:`govdisclosure.strategies.strategy_types` covers, and every
attrs class the package exports is covered (or listed below with the reason it is not).
"""

from __future__ import annotations

import importlib
import json
import pkgutil

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import govdisclosure
from govdisclosure import strategies as gs
from govdisclosure.jurisdictions import cn
from govdisclosure.requests import Request
from govdisclosure.serialization import (
    from_dict,
    from_json,
    strip_personal_data,
    to_dict,
    to_json,
)

# Classes exported by the package that are not records to store, each with the reason.
NOT_MODELS: dict[str, str] = {
    "govdisclosure.errors.Problem": "an error's detail; its value is any object",
    "govdisclosure.law.Version": "a rule's version: rule-pack data with an open value type",
    "govdisclosure.law.Versioned": "a rule with dated versions: rule-pack data, open value type",
    "govdisclosure.reports._render.HtmlCell": "a rendering helper, not data",
    "govdisclosure.reports._compiled.CompiledRules": "derived from a schema and cached on it",
    "govdisclosure.reports._compiled.CompiledEquation": "part of a schema's compiled rules",
    "govdisclosure.jurisdictions.cn.report.format.Label": "the report format itself (constants)",
    "govdisclosure.jurisdictions.cn.report.format.Section": "the report format itself (constants)",
    "govdisclosure.jurisdictions.cn.report.format.RowSpec": "the report format itself (constants)",
    "govdisclosure.jurisdictions.cn.report.format.ColumnSpec": "the report format (constants)",
    "govdisclosure.jurisdictions.cn.report.format.ProactiveCell": "the report format (constants)",
    "govdisclosure.jurisdictions.cn.report.format.ProactiveBlock": "the report format (constants)",
    "govdisclosure.jurisdictions.cn.report._prose_patterns.ProsePattern": "prose phrasings (data)",
    **{
        f"govdisclosure.jurisdictions.us.annual.{name}": "the DOJ report format or its rules"
        for name in (
            "_spec.FieldSpec",
            "_spec.ListSpec",
            "_spec.SectionSpec",
            "_engine.Aggregate",
            "_engine.Compare",
            "_engine.Ref",
            "_rule_objects.BacklogAppealsNa",
            "_rule_objects.ConsultationsListed",
            "_rule_objects.Exemption3Statute",
            "_rule_objects.FeePercent",
            "_rule_objects.OldestItems",
            "_rule_objects.PositiveIfProcessed",
            "_rule_objects.QuartetOrder",
            "_rule_objects.StaffIfProcessed",
            "_rule_objects.WithinIncrements",
        )
    },
}

# Modules that are not models (or are being written elsewhere and import late).
_SKIP_MODULES = ("cli", "__main__", "examples", "strategies", "serialization")


def _exported_attrs_classes() -> dict[str, type]:
    found: dict[str, type] = {}
    names = ["govdisclosure"] + [
        m.name
        for m in pkgutil.walk_packages(govdisclosure.__path__, "govdisclosure.")
        if not any(part in _SKIP_MODULES for part in m.name.split("."))
        and not m.name.split(".")[-1].startswith("_serialization")
    ]
    for name in names:
        module = importlib.import_module(name)
        for export in getattr(module, "__all__", ()):
            obj = getattr(module, export)
            if isinstance(obj, type) and attrs.has(obj):
                found[f"{obj.__module__}.{obj.__qualname__}"] = obj
    return found


EXPORTED = _exported_attrs_classes()
TYPES = gs.strategy_types()


def test_every_exported_model_has_a_strategy():
    covered = set(TYPES)
    missing = sorted(
        name for name, cls in EXPORTED.items() if cls not in covered and name not in NOT_MODELS
    )
    assert missing == []


def test_the_exemptions_are_real_exports():
    assert set(NOT_MODELS) <= set(EXPORTED)
    assert not set(NOT_MODELS) & {f"{c.__module__}.{c.__qualname__}" for c in TYPES}


def test_the_top_level_models_are_covered():
    for module in (govdisclosure, cn):
        for export in module.__all__:
            obj = getattr(module, export)
            if isinstance(obj, type) and attrs.has(obj):
                assert obj in TYPES, export


@pytest.mark.parametrize("cls", TYPES, ids=lambda c: f"{c.__module__}.{c.__qualname__}")
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_round_trip(cls, data):
    x = data.draw(gs.for_type(cls), label=cls.__qualname__)
    assert isinstance(x, cls)
    text = to_json(x, personal_data=True)
    assert from_json(text, type(x)) == x
    plain = to_dict(x, personal_data=True)
    assert from_dict(plain, type(x)) == x
    # to_dict is exactly the document without its version, for users' own JSON libraries
    doc = json.loads(text)
    assert doc.pop("schema_version") == 1
    assert doc == plain
    # and without personal data, what comes back is the object stripped; the public
    # strategies draw no personal data by default, so the plain round trip is exact
    assert from_json(to_json(x), type(x)) == strip_personal_data(x)
    assert from_json(to_json(x), type(x)) == x


@settings(max_examples=60, deadline=None)
@given(st.lists(gs.requests(applicant=gs.applicants(identity=None)), max_size=5))
def test_batches_of_requests_round_trip(batch):
    text = to_json(batch, personal_data=True)
    assert from_json(text, list[Request]) == batch
    assert from_json(text, tuple[Request, ...]) == tuple(batch)
    stripped = from_json(to_json(batch), list[Request])
    assert all(r.applicant.identity is None for r in stripped)
    assert [r.events for r in stripped] == [r.events for r in batch]


@settings(max_examples=40, deadline=None)
@given(gs.cn_annual_reports(valid=None))
def test_reports_with_blanks_round_trip_blank_for_blank(report):
    back = from_json(to_json(report), cn.AnnualReport)
    assert back == report
    assert back.requests.cells.blank_cells() == report.requests.cells.blank_cells()
    assert back.proactive.values == report.proactive.values
    for value, kept in zip(report.proactive.values, back.proactive.values, strict=True):
        assert type(value) is type(kept)


@settings(max_examples=40, deadline=None)
@given(gs.requests(applicant=gs.applicants(identity=True)))
def test_identities_are_written_only_when_asked(request):
    assert request.applicant.identity is not None
    assert from_json(to_json(request, personal_data=True), Request) == request
    plain = from_json(to_json(request), Request)
    assert plain.applicant.identity is None
    assert plain == strip_personal_data(request)
    assert plain != request


@settings(max_examples=30, deadline=None)
@given(gs.cn_dates(), gs.cn_outcomes())
def test_values_that_are_not_objects_round_trip_as_documents(day, outcome):
    # A date or an enum value is written under "items", like a list.
    assert from_json(to_json(day), type(day)) == day
    assert from_json(to_json(outcome), type(outcome)) is outcome
