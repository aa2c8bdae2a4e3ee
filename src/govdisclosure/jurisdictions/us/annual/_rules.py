"""The cross-field rules of the Annual FOIA Report (spec §A5.4), as data on one engine.

:data:`RULES` lists every rule: most are :class:`~._engine.Compare`
identities and inequalities (rules 1, 3-7, 9, 11, 14-16) and
:class:`~._engine.Aggregate` overall-from-components rules (rules 2, 8, 9,
11), generated from the section table; the rest are small rule objects here
(the response-time quartets of rule 8, the ten-oldest lists of rule 10, the
staff and costs of rule 12, the fee percentage of rule 13, the appeals
backlog N/A of rule 14, and "an Exemption 3 claim has its statute").

Which rows a rule checks: ``comp`` rules run on each component's row, or on
the agency's row when it has no components (a single-component agency's one
row is also its overall row); rules comparing the overall row with the
components run only where there are components.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal

import attrs

from govdisclosure.jurisdictions.us.annual._engine import (
    Aggregate,
    Compare,
    How,
    Missing,
    Ref,
    Scope,
    cell,
    label,
    number,
    resolve,
    show,
    targets,
    undetermined,
)
from govdisclosure.jurisdictions.us.annual._model import ReportData
from govdisclosure.jurisdictions.us.annual._spec import SECTIONS, TRACKS
from govdisclosure.jurisdictions.us.annual._values import Kind, ResponseDays
from govdisclosure.jurisdictions.us.codes import ExemptionCode, NonExemptionReason
from govdisclosure.jurisdictions.us.instruments import DOJ_REPORT_FORMAT, FOIA, Citation
from govdisclosure.reports import Finding, Relation

__all__ = ["RULES", "Finding", "validate_report"]

EQ, LE, GE = Relation.EQ, Relation.LE, Relation.GE
FORM = Citation(DOJ_REPORT_FORMAT, note="foia_ui.validation.js")
"""The DOJ form's client-side validation, where the rules come from (spec §A5.4, [CODE])."""
NATURAL = Citation(DOJ_REPORT_FORMAT, note="natural identity, spec §A5.4 rule 16 [INFERENCE]")
CONTENTS = Citation(FOIA, "552(e)(1)")
OTHER = (NonExemptionReason.OTHER,)


def _r(section: str, field: str, *codes: object) -> Ref:
    return Ref(section, field, tuple(codes))  # type: ignore[arg-type]


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


def _aggregates() -> Iterator[Aggregate]:
    """Rule 2 (overall = sum of components) for every summable field; rule 8/9/11 statistics."""
    for spec in SECTIONS:
        if spec.id in _NOT_SUMMED:
            continue
        for field in spec.fields:
            items = field.items
            if items is not None and items.codes is not None:
                for code in items.codes:
                    yield Aggregate(
                        f"us.{spec.id}.overall-sum", _r(spec.id, field.name, code), How.SUM, FORM
                    )
            elif items is None and field.kind in _SUMMABLE:
                yield Aggregate(f"us.{spec.id}.overall-sum", _r(spec.id, field.name), How.SUM, FORM)
            elif field.kind is Kind.RESPONSE:
                stat = field.name.rsplit(".", 1)[-1]
                how = {"lowest": How.LOWEST, "highest": How.HIGHEST, "median": How.BETWEEN}.get(
                    stat
                )
                if how is not None:
                    yield Aggregate(
                        f"us.{spec.id}.overall-{stat}", _r(spec.id, field.name), how, FORM
                    )
                if stat == "median":
                    yield Aggregate(
                        f"us.{spec.id}.overall-median-not-average",
                        _r(spec.id, field.name),
                        How.NOT_AVERAGE,
                        FORM,
                    )
            elif field.kind is Kind.DAYS and field.name.endswith("median"):
                yield Aggregate(
                    f"us.{spec.id}.overall-median", _r(spec.id, field.name), How.BETWEEN, FORM
                )


_QUARTETS = (("VI.C(4)", ""), *((s, t + ".") for s in ("VII.A", "VII.B") for t in TRACKS))


@attrs.frozen
class QuartetOrder:
    """Rule 8: in a response-time quartet, the lowest is at most the highest."""

    section: str
    prefix: str

    def check(self, report: ReportData) -> Iterator[Finding]:
        """The findings of this rule in ``report``."""
        rule = f"us.{self.section}.lowest<=highest"
        low, high = (
            _r(self.section, self.prefix + "lowest"),
            _r(self.section, self.prefix + "highest"),
        )
        yield from Compare(rule, (low,), LE, (high,), Scope.BOTH, FORM).check(report)


@attrs.frozen
class PositiveIfProcessed:
    """Rule 8: a quartet's values are > 0 (or ``LT1``) if any item was processed, else N/A.

    Policy: a value of 0 counts as N/A when nothing was processed, because the
    DOJ's own export writes N/A as ``0.0000`` (seen in the published files).
    """

    section: str
    prefix: str
    processed: tuple[Ref, ...]

    def check(self, report: ReportData) -> Iterator[Finding]:
        """The findings of this rule in ``report``."""
        for org in targets(report, Scope.BOTH):
            if report.row(self.section, org.id) is None:
                continue
            counts = [resolve(report, org.id, ref) for ref in self.processed]
            if any(isinstance(c, Missing) for c in counts):
                continue
            done = sum(c for c in counts if not isinstance(c, Missing))
            for stat in ("median", "average", "lowest", "highest"):
                ref = _r(self.section, self.prefix + stat)
                value = report.value(self.section, org.id, self.prefix + stat)
                days = value.check_value if isinstance(value, ResponseDays) else None
                if done > 0 and (days is None or days <= 0):
                    yield self._finding(
                        "positive-if-processed",
                        org.id,
                        ref,
                        value,
                        f"{label(org)}: {ref} is {_shown(value)} but {done} were processed",
                    )
                elif done == 0 and days is not None and days > 0:
                    yield self._finding(
                        "na-if-none-processed",
                        org.id,
                        ref,
                        value,
                        f"{label(org)}: {ref} is {_shown(value)} but none were processed",
                    )

    def _finding(self, what: str, org: str, ref: Ref, value: object, message: str) -> Finding:
        num = value.check_value if isinstance(value, ResponseDays) else None
        return Finding(
            rule=f"us.{self.section}.{what}",
            message=message,
            cells=(cell(org, ref),),
            numbers=(num,),
            table=self.section,
            citation=FORM,
        )


def _shown(value: object) -> str:
    return "N/A" if value is None else str(value)


_PROCESSED = {
    "VI.C(4)": (_r("VI.A", "processed"),),
    **{f"VII.A/{t}": (_r(f"VII.C({n})", "total"),) for n, t in enumerate(TRACKS, start=1)},
}

TEN = 10
"""The report lists the ten oldest pending items (§ 552(e)(1)(K))."""


@attrs.frozen
class OldestItems:
    """Rule 10: a ten-oldest list has at most ten items, days non-increasing from the 1st."""

    section: str

    def check(self, report: ReportData) -> Iterator[Finding]:
        """The findings of this rule in ``report``."""
        ref = _r(self.section, "items")
        for org in targets(report, Scope.BOTH):
            items = report.value(self.section, org.id, "items")
            entries = items if isinstance(items, tuple) else ()
            days = [q for _, q in entries]
            if len(entries) > TEN:
                yield Finding(
                    rule=f"us.{self.section}.at-most-ten",
                    message=f"{label(org)}: {ref} lists {len(entries)} items, more than {TEN}",
                    cells=(cell(org.id, ref),),
                    numbers=(len(entries),),
                    table=self.section,
                    citation=CONTENTS,
                )
            known = [d for d in days if d is not None]
            if any(b > a for a, b in zip(known, known[1:])):  # noqa: RUF007 - pairs
                yield Finding(
                    rule=f"us.{self.section}.non-increasing",
                    message=f"{label(org)}: {ref} days "
                    f"{known} are not in non-increasing order (1st the oldest)",
                    cells=(cell(org.id, ref),),
                    numbers=tuple(known),
                    table=self.section,
                    citation=FORM,
                )


@attrs.frozen
class ConsultationsListed:
    """Rule 10: consultations pending at year end (XII.B) have entries in XII.C."""

    def check(self, report: ReportData) -> Iterator[Finding]:
        """The findings of this rule in ``report``."""
        pending_ref, items_ref = _r("XII.B", "pending_end"), _r("XII.C", "items")
        for org in targets(report, Scope.BOTH):
            pending = resolve(report, org.id, pending_ref)
            if isinstance(pending, Missing) or pending == 0:
                continue
            row = report.row("XII.C", org.id)
            if row is None:
                yield undetermined("us.XII.C.listed-if-pending", "XII.C", f"{label(org)}: {pending_ref} is "
                                   f"{pending} but section XII.C is not reported", (cell(org.id, items_ref),), FORM)
                continue
            if not row.get("items"):
                yield Finding(
                    rule="us.XII.C.listed-if-pending",
                    message=f"{label(org)}: {pending_ref} is {pending} but {items_ref} lists none",
                    cells=(cell(org.id, pending_ref), cell(org.id, items_ref)),
                    numbers=(pending, 0),
                    table="XII.C",
                    citation=FORM,
                )


@attrs.frozen
class StaffIfProcessed:
    """Rule 12: requests processed (V.B(1)) need FOIA staff (IX total, comp) and processing costs (overall).

    The staff check reads ``TotalFullTimeStaffQuantity``: an agency whose FOIA
    work is done by part-time equivalents (0 full-time, 0.5 equivalent) has staff.
    """

    def check(self, report: ReportData) -> Iterator[Finding]:
        """The findings of this rule in ``report``."""
        done_ref = _r("V.B(1)", "total")
        checks = [(org, _r("IX", "total_staff"), "staff-if-processed") for org in report.units]
        checks.append((report.agency, _r("IX", "processing_cost"), "cost-if-processed"))
        for org, ref, what in checks:
            done = resolve(report, org.id, done_ref)
            if isinstance(done, Missing) or done == 0:
                continue
            have = resolve(report, org.id, ref)
            if isinstance(have, Missing):
                yield undetermined(
                    f"us.IX.{what}",
                    "IX",
                    f"{label(org)}: {done} requests processed but {ref} is {show(have)}",
                    (cell(org.id, ref),),
                    FORM,
                )
            elif have <= 0:
                yield Finding(
                    rule=f"us.IX.{what}",
                    message=f"{label(org)}: {done_ref} = {done} requests "
                    f"processed but {ref} = {show(have)}",
                    cells=(cell(org.id, done_ref), cell(org.id, ref)),
                    numbers=(done, have),
                    table="IX",
                    citation=FORM,
                )


def fee_percent(fees: Decimal, processing_costs: Decimal) -> Decimal:
    """Rule 13: fees as a percentage of processing costs, rounded half up to 2 places; 0 if no costs.

    As the DOJ form's ``Math.round(totalFees / procCosts * 10000) / 100``,
    computed exactly rather than in floating point.

    >>> fee_percent(Decimal("1"), Decimal("3")), fee_percent(Decimal("1"), Decimal("0"))
    (Decimal('33.33'), Decimal('0'))
    >>> fee_percent(Decimal("1"), Decimal("8000"))  # 0.0125 % -> 0.01
    Decimal('0.01')
    """
    if processing_costs == 0:
        return Decimal(0)
    basis = (fees * 10000 / processing_costs).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return basis / 100


@attrs.frozen
class FeePercent:
    """Rule 13: X's percentage equals the fees over IX's processing costs, as the form derives it."""

    def check(self, report: ReportData) -> Iterator[Finding]:
        """The findings of this rule in ``report``."""
        refs = (_r("X", "percent"), _r("X", "fees"), _r("IX", "processing_cost"))
        for org in targets(report, Scope.BOTH):
            percent, fees, costs = (resolve(report, org.id, ref) for ref in refs)
            cells = tuple(cell(org.id, ref) for ref in refs)
            if (
                isinstance(percent, Missing)
                or isinstance(fees, Missing)
                or isinstance(costs, Missing)
            ):
                if not all(isinstance(v, Missing) for v in (percent, fees, costs)):
                    yield undetermined(
                        "us.X.percent",
                        "X",
                        f"{label(org)}: cannot check the fee percentage: "
                        "an input is not reported or N/A",
                        cells,
                        FORM,
                    )
                continue
            expected = fee_percent(Decimal(fees), Decimal(costs))
            if percent != expected:
                yield Finding(
                    rule="us.X.percent",
                    message=f"{label(org)}: X.percent = {show(percent)} but "
                    f"fees {show(fees)} / processing costs {show(costs)} x 100 = {show(expected)}",
                    cells=cells,
                    numbers=(percent, fees, costs),
                    left=percent,
                    right=expected,
                    table="X",
                    citation=FORM,
                )


@attrs.frozen
class BacklogAppealsNa:
    """Rule 14: backlogged appeals are N/A if and only if the component handles no appeals (no VI.A row)."""

    def check(self, report: ReportData) -> Iterator[Finding]:
        """The findings of this rule in ``report``."""
        ref = _r("XII.A", "appeals")
        for org in report.units:
            backlog = report.row("XII.A", org.id)
            if backlog is None:
                continue
            appeals = report.row("VI.A", org.id) is not None
            value = backlog.get("appeals")
            if appeals == (value is None):
                what = (
                    "must not be N/A: the component processes appeals (VI.A)"
                    if appeals
                    else "must be N/A: the component reports no appeals (no VI.A row)"
                )
                yield Finding(
                    rule="us.XII.A.appeals-na",
                    message=f"{label(org)}: {ref} = {_shown(value)} {what}",
                    cells=(cell(org.id, ref),),
                    numbers=(number(value if isinstance(value, int) else Missing.NA),),
                    table="XII.A",
                    citation=FORM,
                )


@attrs.frozen
class Exemption3Statute:
    """If V.B(3) applies Exemption 3, section IV lists a statute with a quantity for that unit."""

    def check(self, report: ReportData) -> Iterator[Finding]:
        """The findings of this rule in ``report``."""
        ref = _r("V.B(3)", "exemptions", ExemptionCode.EX_3)
        section = report.section("IV")
        for org in report.units:
            used = resolve(report, org.id, ref)
            if isinstance(used, Missing) or used == 0:
                continue
            links = () if section is None else section.links_of(org.id)
            quantities = [link.get("quantity") for link in links]
            if not any(isinstance(q, int) and q > 0 for q in quantities):
                yield Finding(
                    rule="us.IV.ex3-statute",
                    message=f"{label(org)}: V.B(3) applies Ex. 3 {used} "
                    "times but section IV lists no statute with a quantity for it",
                    cells=(cell(org.id, ref),),
                    numbers=(used,),
                    table="IV",
                    citation=CONTENTS,
                )


RULES: tuple[object, ...] = (
    *_COMPARES,
    *(QuartetOrder(s, p) for s, p in _QUARTETS),
    PositiveIfProcessed("VI.C(4)", "", _PROCESSED["VI.C(4)"]),
    *(PositiveIfProcessed("VII.A", t + ".", _PROCESSED[f"VII.A/{t}"]) for t in TRACKS),
    *(OldestItems(s) for s in ("VI.C(5)", "VII.E", "XII.C")),
    ConsultationsListed(),
    StaffIfProcessed(),
    FeePercent(),
    BacklogAppealsNa(),
    Exemption3Statute(),
    *_aggregates(),
)
"""Every rule of spec §A5.4 (1-16) and the Exemption 3 statute rule, in checking order."""


def validate_report(report: ReportData) -> tuple[Finding, ...]:
    """Every finding of every rule in ``report``, in :data:`RULES` order."""
    found: list[Finding] = []
    for rule in RULES:
        found.extend(rule.check(report))  # type: ignore[attr-defined]
    return tuple(found)
