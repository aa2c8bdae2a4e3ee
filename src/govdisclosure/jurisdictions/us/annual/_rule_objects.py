"""The rule objects of the Annual FOIA Report that are neither identities nor aggregates.

Each is a small frozen class with a ``check(report)`` method returning
findings, built on the engine's references and N/A handling
(:mod:`~govdisclosure.jurisdictions.us.annual._engine`): the response-time
quartets of rule 8, the ten-oldest lists of rule 10, staff and costs (rule
12), the fee percentage (rule 13), the appeals backlog N/A (rule 14), and
"an Exemption 3 claim has its statute" (section IV).

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal

import attrs

from govdisclosure.jurisdictions.us.annual._engine import (
    CONTENTS,
    FORM,
    NATURAL,
    Compare,
    Missing,
    Ref,
    Scope,
    cell,
    label,
    number,
    ref,
    resolve,
    show,
    targets,
    undetermined,
)
from govdisclosure.jurisdictions.us.annual._model import ReportData
from govdisclosure.jurisdictions.us.annual._spec import TRACKS
from govdisclosure.jurisdictions.us.annual._values import ResponseDays
from govdisclosure.jurisdictions.us.codes import ExemptionCode, TimeIncrement
from govdisclosure.reports import Finding, Relation

__all__ = [
    "QUARTETS",
    "BacklogAppealsNa",
    "ConsultationsListed",
    "Exemption3Statute",
    "FeePercent",
    "OldestItems",
    "PositiveIfProcessed",
    "QuartetOrder",
    "StaffIfProcessed",
    "WithinIncrements",
    "fee_percent",
    "processed_by",
]

_r = ref
LE = Relation.LE

QUARTETS = (("VI.C(4)", ""), *((s, t + ".") for s in ("VII.A", "VII.B") for t in TRACKS))
"""The response-time quartets: (section, field prefix)."""


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


def processed_by(section: str, track: str = "") -> tuple[Ref, ...]:
    """What counts a quartet's items: VI.A's processed appeals, or VII.C's track total."""
    if section == "VI.C(4)":
        return (_r("VI.A", "processed"),)
    return (_r(f"VII.C({TRACKS.index(track) + 1})", "total"),)


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
            if any(b > a for a, b in itertools.pairwise(known)):
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
                yield undetermined(
                    "us.XII.C.listed-if-pending",
                    "XII.C",
                    f"{label(org)}: {pending_ref} is {pending} but section XII.C is not reported",
                    (cell(org.id, items_ref),),
                    FORM,
                )
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
    """Rule 12: requests processed (V.B(1)) need staff (IX, comp) and processing costs (overall).

    The staff check reads ``TotalFullTimeStaffQuantity``: an agency whose FOIA
    work is done by part-time equivalents (0 full-time, 0.5 equivalent) has staff.
    """

    def check(self, report: ReportData) -> Iterator[Finding]:
        """The findings of this rule in ``report``."""
        done_ref = _r("V.B(1)", "total")
        checks = [(org, _r("IX", "total_staff"), "staff-if-processed") for org in report.units]
        checks.append((report.agency, _r("IX", "processing_cost"), "cost-if-processed"))
        for org, need, what in checks:
            done = resolve(report, org.id, done_ref)
            if isinstance(done, Missing) or done == 0:
                continue
            have = resolve(report, org.id, need)
            if isinstance(have, Missing):
                yield undetermined(
                    f"us.IX.{what}",
                    "IX",
                    f"{label(org)}: {done} requests processed but {need} is {show(have)}",
                    (cell(org.id, need),),
                    FORM,
                )
            elif have <= 0:
                yield Finding(
                    rule=f"us.IX.{what}",
                    message=f"{label(org)}: {done_ref} = {done} requests "
                    f"processed but {need} = {show(have)}",
                    cells=(cell(org.id, done_ref), cell(org.id, need)),
                    numbers=(done, have),
                    table="IX",
                    citation=FORM,
                )


def fee_percent(fees: Decimal, processing_costs: Decimal) -> Decimal:
    """Rule 13: fees as a percentage of processing costs, rounded half up to 2 places.

    0 if there are no processing costs.

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
    """Rule 13: X's percentage is the fees over IX's processing costs, as the form derives it."""

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
    """Rule 14: backlogged appeals are N/A if and only if the unit has no appeals (no VI.A row)."""

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
                    f"time{'' if used == 1 else 's'} but section IV lists no statute with a "
                    "quantity for it",
                    cells=(cell(org.id, ref),),
                    numbers=(used,),
                    table="IV",
                    citation=CONTENTS,
                )


_BUCKET_FLOORS = (0, 21, 41, 61, 81, 101, 121, 141, 161, 181, 201, 301, 401)
"""The lowest day count of each VII.C increment, in ``TimeIncrement`` order (0 counts in 1-20)."""


_Span = tuple[Decimal, Decimal | None]
_INCREMENTS = list(TimeIncrement)


def _bucket_span(first: int, last: int) -> _Span:
    """Days from the floor of increment ``first`` up to (not including) the floor after ``last``."""
    low = Decimal(_BUCKET_FLOORS[first])
    high = Decimal(_BUCKET_FLOORS[last + 1]) if last + 1 < len(_BUCKET_FLOORS) else None
    return low, high


@attrs.frozen
class WithinIncrements:
    """VII.A's lowest, median and highest fall in the VII.C increments that hold those requests.

    [INFERENCE] (our reading, rule 16: a natural check the DOJ form does not
    make): VII.A and VII.C describe the same processed perfected requests of a
    track, so the lowest lies in the
    first non-empty increment, the highest in the last, and the median in the
    increment of the middle request (between those of the two middle requests
    for an even number).
    """

    track: str

    def check(self, report: ReportData) -> Iterator[Finding]:
        """The findings of this rule in ``report``."""
        increments = f"VII.C({TRACKS.index(self.track) + 1})"
        for org in targets(report, Scope.BOTH):
            entries = report.value(increments, org.id, "increments")
            counts = [0] * len(_BUCKET_FLOORS)
            for code, quantity in entries if isinstance(entries, tuple) else ():
                if isinstance(code, TimeIncrement):
                    counts[_INCREMENTS.index(code)] += quantity or 0
            total = sum(counts)
            if total == 0:
                continue
            filled = [k for k, n in enumerate(counts) if n]
            running = list(itertools.accumulate(counts))
            middle = [
                next(k for k, r in enumerate(running) if r >= rank)
                for rank in sorted({(total + 1) // 2, total // 2 + 1})
            ]
            spans = {
                "lowest": _bucket_span(filled[0], filled[0]),
                "highest": _bucket_span(filled[-1], filled[-1]),
                "median": _bucket_span(middle[0], middle[-1]),
            }
            for stat, span in spans.items():
                yield from self._one(report, org.id, increments, stat, span)

    def _one(
        self, report: ReportData, org: str, increments: str, stat: str, span: _Span
    ) -> Iterator[Finding]:
        low, high = span
        name = f"{self.track}.{stat}"
        value = report.value("VII.A", org, name)
        if not isinstance(value, ResponseDays):
            return
        days = value.check_value
        if low <= days and (high is None or days < high):
            return
        where = f"{low} or more" if high is None else f"from {low} to under {high}"
        yield Finding(
            rule="us.VII.A.within-increments",
            message=f"{label(report.organization(org))}: VII.A.{name} = {value} but the "
            f"{increments} increments put it {where} days",
            cells=(cell(org, _r("VII.A", name)), cell(org, _r(increments, "increments"))),
            numbers=(days, None),
            table="VII.A",
            citation=NATURAL,
        )
