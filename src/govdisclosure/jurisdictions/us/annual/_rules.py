"""The cross-field rules of the Annual FOIA Report, as data on one engine.

The rules are numbered 1-16: 1-15 are the checks of the DOJ form
(``foia_ui.validation.js`` and ``advcalc-field.js`` in ``usdoj/foia-api``, [CODE]);
rule 16 is the identities the report's arithmetic implies but the form does
not check (our reading, [INFERENCE]).

:data:`RULES` lists every rule: most are :class:`~._engine.Compare`
identities and inequalities (rules 1, 3-7, 9, 11, 14-16) and
:class:`~._engine.Aggregate` overall-from-components rules (rules 2, 8, 9,
11), generated from the section table; the rest are small rule objects here
(the response-time quartets of rule 8, the ten-oldest lists of rule 10, the
staff and costs of rule 12, the fee percentage of rule 13, the appeals
backlog N/A of rule 14, "an Exemption 3 claim has its statute", and the
[INFERENCE] check that VII.A's times fall in VII.C's increments).

Which rows a rule checks: ``comp`` rules run on each component's row, or on
the agency's row when it has no components (a single-component agency's one
row is also its overall row); rules comparing the overall row with the
components run only where there are components.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from collections.abc import Iterator

from govdisclosure.jurisdictions.us.annual._engine import (
    FORM,
    NATURAL,
    Aggregate,
    Compare,
    How,
    Ref,
    Scope,
    ref,
)
from govdisclosure.jurisdictions.us.annual._model import ReportData
from govdisclosure.jurisdictions.us.annual._rule_objects import (
    QUARTETS,
    BacklogAppealsNa,
    ConsultationsListed,
    Exemption3Statute,
    FeePercent,
    OldestItems,
    PositiveIfProcessed,
    QuartetOrder,
    StaffIfProcessed,
    WithinIncrements,
    processed_by,
)
from govdisclosure.jurisdictions.us.annual._spec import SECTIONS, TRACKS, FieldSpec
from govdisclosure.jurisdictions.us.annual._values import Kind
from govdisclosure.jurisdictions.us.codes import NonExemptionReason
from govdisclosure.law import Citation
from govdisclosure.reports import Finding, Relation

__all__ = ["RULES", "Finding", "validate_report"]

EQ, LE, GE = Relation.EQ, Relation.LE, Relation.GE
OTHER = (NonExemptionReason.OTHER,)
_r = ref


def _flow(sid: str, citation: Citation) -> Compare:
    return Compare(
        f"us.{sid}.flow",
        (_r(sid, "pending_end"), _r(sid, "processed")),
        EQ,
        (_r(sid, "pending_start"), _r(sid, "received")),
        citation=citation,
        note="pending at end = pending at start + received - processed",
    )


def _pending(track: str) -> Ref:
    return _r("VII.D", f"{track}.pending")


_COMPARES: tuple[Compare, ...] = (
    # rule 1
    _flow("V.A", FORM),
    _flow("VI.A", FORM),
    _flow("XII.B", NATURAL),
    # rule 3
    Compare(
        "us.V.A=V.B(1)", (_r("V.A", "processed"),), EQ, (_r("V.B(1)", "total"),), citation=FORM
    ),
    # rule 4
    Compare(
        "us.V.A>=VII.C",
        (_r("V.A", "processed"),),
        GE,
        tuple(_r(f"VII.C({n})", "total") for n in (1, 2, 3)),
        Scope.COMP,
        FORM,
    ),
    # rule 5
    Compare(
        "us.V.B(1)<=V.B(3)",
        (_r("V.B(1)", "full_denial"),),
        LE,
        (_r("V.B(3)", "exemptions"),),
        citation=FORM,
        note="a full denial cites at least one exemption",
    ),
    # rule 6
    Compare(
        "us.V.B(1)=V.B(2)",
        (_r("V.B(1)", "non_exemption", *OTHER),),
        EQ,
        (_r("V.B(2)", "total"),),
        citation=FORM,
    ),
    # rule 7
    Compare("us.VI.A=VI.B", (_r("VI.A", "processed"),), EQ, (_r("VI.B", "total"),), citation=FORM),
    Compare(
        "us.VI.C(2)=VI.C(3)",
        (_r("VI.C(2)", "non_exemption", *OTHER),),
        EQ,
        (_r("VI.C(3)", "total"),),
        citation=FORM,
    ),
    # rule 9
    Compare(
        "us.VII.D<=V.A",
        tuple(_pending(t) for t in TRACKS),
        LE,
        (_r("V.A", "pending_end"),),
        Scope.COMP,
        FORM,
    ),
    # rule 11
    Compare(
        "us.VIII.A.within-ten",
        (_r("VIII.A", "within_ten"),),
        LE,
        (_r("VIII.A", "granted"), _r("VIII.A", "denied")),
        citation=FORM,
    ),
    # rule 14
    Compare(
        "us.XII.A<=VII.D",
        (_r("XII.A", "requests"),),
        LE,
        tuple(_pending(t) for t in TRACKS),
        citation=FORM,
    ),
    Compare(
        "us.XII.A<=VI.A",
        (_r("XII.A", "appeals"),),
        LE,
        (_r("VI.A", "pending_end"),),
        citation=FORM,
        applies_if="VI.A",
    ),
    # rule 15
    Compare(
        "us.XII.D(1)=V.A",
        (_r("XII.D(1)", "received_current"),),
        EQ,
        (_r("V.A", "received"),),
        citation=FORM,
    ),
    Compare(
        "us.XII.D(1)=V.A",
        (_r("XII.D(1)", "processed_current"),),
        EQ,
        (_r("V.A", "processed"),),
        citation=FORM,
    ),
    Compare(
        "us.XII.E(1)=VI.A",
        (_r("XII.E(1)", "received_current"),),
        EQ,
        (_r("VI.A", "received"),),
        citation=FORM,
    ),
    Compare(
        "us.XII.E(1)=VI.A",
        (_r("XII.E(1)", "processed_current"),),
        EQ,
        (_r("VI.A", "processed"),),
        citation=FORM,
    ),
    Compare(
        "us.XII.D(2)=XII.A",
        (_r("XII.D(2)", "current"),),
        EQ,
        (_r("XII.A", "requests"),),
        citation=FORM,
    ),
    Compare(
        "us.XII.E(2)=XII.A",
        (_r("XII.E(2)", "current"),),
        EQ,
        (_r("XII.A", "appeals"),),
        citation=FORM,
    ),
    # rules 2 and 16: row totals
    Compare(
        "us.V.B(1).total",
        (_r("V.B(1)", "total"),),
        EQ,
        (
            _r("V.B(1)", "full_grant"),
            _r("V.B(1)", "partial_grant"),
            _r("V.B(1)", "full_denial"),
            _r("V.B(1)", "non_exemption"),
        ),
        citation=NATURAL,
    ),
    Compare(
        "us.V.B(2).total",
        (_r("V.B(2)", "total"),),
        EQ,
        (_r("V.B(2)", "reasons"),),
        citation=NATURAL,
    ),
    Compare(
        "us.VI.C(3).total",
        (_r("VI.C(3)", "total"),),
        EQ,
        (_r("VI.C(3)", "reasons"),),
        citation=NATURAL,
    ),
    Compare(
        "us.VI.B.total",
        (_r("VI.B", "total"),),
        EQ,
        tuple(_r("VI.B", f) for f in ("affirmed", "partial", "reversed", "other")),
        citation=NATURAL,
    ),
    *(
        Compare(
            f"us.VII.C({n}).total",
            (_r(f"VII.C({n})", "total"),),
            EQ,
            (_r(f"VII.C({n})", "increments"),),
            citation=NATURAL,
        )
        for n in (1, 2, 3)
    ),
    Compare(
        "us.IX.total-staff",
        (_r("IX", "total_staff"),),
        EQ,
        (_r("IX", "full_time"), _r("IX", "equivalent")),
        citation=NATURAL,
    ),
    Compare(
        "us.IX.total-cost",
        (_r("IX", "total_cost"),),
        EQ,
        (_r("IX", "processing_cost"), _r("IX", "litigation_cost")),
        citation=NATURAL,
    ),
)

_SUMMABLE = (Kind.COUNT, Kind.MONEY, Kind.STAFF)
_NOT_SUMMED = {"IV", "VI.C(5)", "VII.E", "XII.C"}  # statutes (shared rows) and the ten-oldest lists


def _basis(section: str, name: str) -> tuple[Ref, ...]:
    """The counts of the items a statistic describes (its component is left out when they are 0)."""
    track = name.split(".", 1)[0]
    if section in ("VII.A", "VII.B"):
        return (_r(f"VII.C({TRACKS.index(track) + 1})", "total"),)
    if section == "VI.C(4)":
        return (_r("VI.A", "processed"),)
    if section == "VII.D":
        return (_r("VII.D", f"{track}.pending"),)
    return (_r(section, "granted"), _r(section, "denied"))  # VIII.A, VIII.B


def _field_aggregates(section: str, field: FieldSpec) -> Iterator[Aggregate]:
    items = field.items
    name = field.name
    if items is not None:
        for code in items.codes or ():  # free-text lists have no key to add up by
            yield Aggregate(f"us.{section}.overall-sum", _r(section, name, code), How.SUM, FORM)
    elif field.kind in _SUMMABLE:
        yield Aggregate(f"us.{section}.overall-sum", _r(section, name), How.SUM, FORM)
    elif field.kind is Kind.RESPONSE:
        stat = name.rsplit(".", 1)[-1]
        how = {"lowest": How.LOWEST, "highest": How.HIGHEST, "median": How.BETWEEN}.get(stat)
        basis = _basis(section, name)
        if how is not None:
            yield Aggregate(f"us.{section}.overall-{stat}", _r(section, name), how, FORM, basis)
        if stat == "median":
            rule = f"us.{section}.overall-median-not-average"
            yield Aggregate(rule, _r(section, name), How.NOT_AVERAGE, FORM, basis)
    elif field.kind is Kind.DAYS and name.endswith("median"):
        rule = f"us.{section}.overall-median"
        yield Aggregate(rule, _r(section, name), How.BETWEEN, FORM, _basis(section, name))


def _aggregates() -> Iterator[Aggregate]:
    """Rule 2 (overall = sum of components) for summable fields; rules 8, 9, 11 for statistics."""
    for spec in SECTIONS:
        if spec.id not in _NOT_SUMMED:
            for field in spec.fields:
                yield from _field_aggregates(spec.id, field)


RULES: tuple[object, ...] = (
    *_COMPARES,
    *(QuartetOrder(s, p) for s, p in QUARTETS),
    PositiveIfProcessed("VI.C(4)", "", processed_by("VI.C(4)")),
    *(PositiveIfProcessed("VII.A", t + ".", processed_by("VII.A", t)) for t in TRACKS),
    *(OldestItems(s) for s in ("VI.C(5)", "VII.E", "XII.C")),
    ConsultationsListed(),
    StaffIfProcessed(),
    FeePercent(),
    BacklogAppealsNa(),
    Exemption3Statute(),
    *(WithinIncrements(t) for t in TRACKS),
    *_aggregates(),
)
"""Every rule (1-16, see the module docstring) and the Exemption 3 statute rule, in checking
order."""


def validate_report(report: ReportData) -> tuple[Finding, ...]:
    """Every finding of every rule in ``report``, in :data:`RULES` order."""
    found: list[Finding] = []
    for rule in RULES:
        found.extend(rule.check(report))  # type: ignore[attr-defined]
    return tuple(found)
