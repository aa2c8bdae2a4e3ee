"""The check engine of the Annual FOIA Report: references to cells, and the rule kinds.

A rule is data read by this engine. :class:`Compare` states ``sum(left)
relation sum(right)`` for each reporting unit (components, or the agency
alone) and/or the agency-overall row; :class:`Aggregate` states how the
overall row follows from the component rows (a sum, the lowest, the highest, a
median that lies between the components' or is not their plain average). The
few rules that are neither (ordering of the ten oldest items, the fee
percentage...) are small rule objects in ``_rules`` built on the same
references and findings.

How N/A enters a check (``specialNumber`` in the DOJ form's
``foia_ui.utility.js``, [CODE]): a count that
is N/A counts as 0 and ``LT1`` as 0.1, as the DOJ form does; but a check
whose row is missing, or whose statistic (a median, an average), staff number
or amount of money is N/A, has no facts for a verdict and gives an
*undetermined* finding (rule id ending in :data:`UNDETERMINED`), never a pass
or a failure. Rules comparing the overall row with the components leave a
component's N/A statistic out (it processed nothing: it has no median).

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import enum
from collections.abc import Iterator, Sequence
from decimal import Decimal
from fractions import Fraction

import attrs

from govdisclosure.jurisdictions.us.annual._model import Organization, ReportData
from govdisclosure.jurisdictions.us.annual._spec import SECTION_BY_ID
from govdisclosure.jurisdictions.us.annual._values import Kind, ResponseDays
from govdisclosure.jurisdictions.us.instruments import DOJ_REPORT_FORMAT, FOIA
from govdisclosure.law import Citation
from govdisclosure.reports import Finding, Relation

__all__ = ["UNDETERMINED", "Aggregate", "Compare", "How", "Ref", "Scope", "label", "resolve"]

UNDETERMINED = "/undetermined"
"""The suffix of the rule id of a finding whose check lacks an input (an N/A or missing row)."""

Number = int | Decimal

FORM = Citation(DOJ_REPORT_FORMAT, note="foia_ui.validation.js")
"""The DOJ form's client-side validation, where most rules come from
(``foia_ui.validation.js`` in ``usdoj/foia-api``, [CODE])."""

NATURAL = Citation(DOJ_REPORT_FORMAT, note="natural identity, our reading [INFERENCE]")
"""A rule the form does not enforce but the report's arithmetic implies."""

CONTENTS = Citation(FOIA, "552(e)(1)")
"""The statute's list of the report's contents."""


class Scope(enum.Enum):
    """Which rows a :class:`Compare` rule checks."""

    COMP = "comp"
    """Each component's row (the agency's row for a single-component agency)."""
    OVERALL = "overall"
    """The agency-overall row."""
    BOTH = "both"
    """Each component's row and the agency-overall row (once, for a single-component agency)."""


@attrs.frozen
class Ref:
    """A number in one unit's row: a field, a list's total, or one code's quantity in a list."""

    section: str
    field: str
    codes: tuple[enum.Enum, ...] = ()

    def __str__(self) -> str:
        codes = "+".join(str(getattr(c, "value", c)) for c in self.codes)
        return f"{self.section}.{self.field}" + (f"[{codes}]" if codes else "")


def ref(section: str, field: str, *codes: enum.Enum) -> Ref:
    """A :class:`Ref` to ``section.field`` (and, for a coded list, the quantities of ``codes``)."""
    return Ref(section, field, codes)


class Missing(enum.Enum):
    """Why a reference has no number."""

    ROW = "the row is not reported"
    NA = "the value is N/A"


def resolve(report: ReportData, org: str, ref: Ref) -> Number | Missing:
    """The number ``ref`` names in organisation ``org``'s row, or why there is none.

    A count that is N/A reads 0 (the DOJ form's ``specialNumber``); any other
    value that is N/A is :attr:`Missing.NA`; ``LT1`` reads 0.1.
    """
    row = report.row(ref.section, org)
    if row is None:
        return Missing.ROW
    spec = SECTION_BY_ID[ref.section].field(ref.field)
    value = row.get(ref.field)
    if spec.items is not None:
        entries = value if isinstance(value, tuple) else ()
        return sum((q or 0 for key, q in entries if not ref.codes or key in ref.codes), start=0)
    if value is None:
        return 0 if spec.kind is Kind.COUNT else Missing.NA
    if isinstance(value, ResponseDays):
        return value.check_value
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        msg = f"{ref} is not a number: {value!r}"
        raise TypeError(msg)
    return value


def label(org: Organization) -> str:
    """``USAB (ORG0)``: an organisation as findings name it."""
    return f"{org.abbreviation or org.name or '?'} ({org.id})"


def show(value: Number | Missing) -> str:
    """A number as a message shows it."""
    if isinstance(value, Missing):
        return "N/A" if value is Missing.NA else "not reported"
    return format(value, "f") if isinstance(value, Decimal) else str(value)


def cell(org: str, ref: Ref) -> tuple[str, str]:
    """The cell key of a finding: ``(organisation id, "V.A.processed")``."""
    return (org, str(ref))


def number(value: Number | Missing) -> int | Decimal | None:
    """A finding's number: ``None`` for a missing one."""
    return None if isinstance(value, Missing) else value


def targets(report: ReportData, scope: Scope) -> tuple[Organization, ...]:
    """The organisations whose rows a rule of ``scope`` checks."""
    if scope is Scope.COMP:
        return report.units
    if report.single_component:
        return (report.agency,)
    if scope is Scope.OVERALL:
        return (report.agency,)
    return (*report.components, report.agency)


def undetermined(
    rule: str,
    section: str,
    message: str,
    cells: Sequence[tuple[str, str]],
    citation: Citation | None,
) -> Finding:
    """A finding that a check could not be made, with the reason."""
    return Finding(
        rule=rule + UNDETERMINED,
        message=message,
        cells=tuple(cells),
        numbers=tuple(None for _ in cells),
        table=section,
        citation=citation,
    )


def _total(values: Sequence[Number]) -> Number:
    return sum(values, start=0)


@attrs.frozen
class Compare:
    """``sum(left) relation sum(right)`` in each row of ``scope``."""

    rule: str
    left: tuple[Ref, ...]
    relation: Relation
    right: tuple[Ref, ...]
    scope: Scope = Scope.BOTH
    citation: Citation | None = None
    note: str = ""
    applies_if: str = ""
    """A section id: the rule applies only to units with a row there (VI.A for appeals)."""

    def check(self, report: ReportData) -> Iterator[Finding]:
        """The findings of this rule in ``report``."""
        for org in targets(report, self.scope):
            if self.applies_if and report.row(self.applies_if, org.id) is None:
                continue
            refs = (*self.left, *self.right)
            values = [resolve(report, org.id, ref) for ref in refs]
            cells = [cell(org.id, ref) for ref in refs]
            section = self.left[0].section
            missing = [(r, v) for r, v in zip(refs, values, strict=True) if isinstance(v, Missing)]
            if missing:
                if len(missing) < len(refs):
                    why = "; ".join(f"{r}: {v.value}" for r, v in missing)
                    yield undetermined(
                        self.rule,
                        section,
                        f"{label(org)}: cannot check {self._text()} ({why})",
                        cells,
                        self.citation,
                    )
                continue
            nums = [v for v in values if not isinstance(v, Missing)]
            left, right = _total(nums[: len(self.left)]), _total(nums[len(self.left) :])
            if not self.relation.holds(left, right):
                yield Finding(
                    rule=self.rule,
                    message=f"{label(org)}: {self._side(self.left, nums[: len(self.left)])}"
                    f" but should be {self.relation.symbol} "
                    f"{self._side(self.right, nums[len(self.left) :])}"
                    + (f" ({self.note})" if self.note else ""),
                    cells=tuple(cells),
                    numbers=tuple(number(v) for v in values),
                    left=left,
                    right=right,
                    table=section,
                    citation=self.citation,
                )

    def _text(self) -> str:
        left = " + ".join(map(str, self.left))
        right = " + ".join(map(str, self.right))
        return f"{left} {self.relation.symbol} {right}"

    @staticmethod
    def _side(refs: Sequence[Ref], values: Sequence[Number]) -> str:
        terms = " + ".join(f"{ref} {show(v)}" for ref, v in zip(refs, values, strict=True))
        return terms if len(refs) == 1 else f"{terms} = {show(_total(values))}"


class How(enum.Enum):
    """How an overall value follows from the components' values."""

    SUM = "sum"
    """The overall value is the sum of the components' (N/A counts as 0)."""
    LOWEST = "lowest"
    """The overall value is the lowest of the components' (``equalToLowestComp``)."""
    HIGHEST = "highest"
    """The overall value is the highest of the components' (``equalToHighestComp``)."""
    BETWEEN = "between"
    """The overall value lies between the lowest and highest component values.

    (``betweenMinMaxCompNA``)
    """
    NOT_AVERAGE = "not-average"
    """The overall value is not the plain average of two or more component values.

    (``notAverageCompNA``)
    """


@attrs.frozen
class Aggregate:
    """How the agency-overall value of ``ref`` follows from the components' values.

    Checked only where the agency has components: a single-component agency's
    one row is its overall row, and there is nothing to compare it with.
    Statistics that are N/A are left out of the components' values, and so
    are those of a component whose ``basis`` (the items the statistic
    describes, e.g. the track's VII.C total) is 0: the DOJ's export writes
    such an N/A as ``0.0000``, which is no statistic (policy).
    """

    rule: str
    ref: Ref
    how: How
    citation: Citation | None = None
    basis: tuple[Ref, ...] = ()

    def _none(self, report: ReportData, org: str) -> bool:
        counts = [resolve(report, org, ref) for ref in self.basis]
        return bool(counts) and all(c == 0 for c in counts)

    def check(self, report: ReportData) -> Iterator[Finding]:
        """The findings of this rule in ``report``."""
        if report.single_component or self._none(report, report.agency.id):
            return
        overall = resolve(report, report.agency.id, self.ref)
        units = [c for c in report.components if not self._none(report, c.id)]
        parts = [(c, resolve(report, c.id, self.ref)) for c in units]
        present = [(c, v) for c, v in parts if not isinstance(v, Missing)]
        cells = [cell(report.agency.id, self.ref)] + [cell(c.id, self.ref) for c, _ in present]
        if not present:
            return
        if isinstance(overall, Missing):
            yield undetermined(
                self.rule,
                self.ref.section,
                f"{label(report.agency)}: overall {self.ref} is {show(overall)} "
                "but components report values",
                cells,
                self.citation,
            )
            return
        values = [v for _, v in present]
        expected, broken = self._expected(overall, values)
        if broken:
            shown = ", ".join(f"{label(c)} {show(v)}" for c, v in present)
            yield Finding(
                rule=self.rule,
                message=f"{label(report.agency)}: overall {self.ref} = {show(overall)}, {expected}"
                f" (components: {shown})",
                cells=tuple(cells),
                numbers=(overall, *values),
                table=self.ref.section,
                citation=self.citation,
            )

    def _expected(self, overall: Number, values: list[Number]) -> tuple[str, bool]:
        if self.how is How.SUM:
            total = _total(values)
            return f"should be the sum {show(total)}", overall != total
        if self.how is How.LOWEST:
            return f"should be the lowest {show(min(values))}", overall != min(values)
        if self.how is How.HIGHEST:
            return f"should be the highest {show(max(values))}", overall != max(values)
        if self.how is How.BETWEEN:
            low, high = min(values), max(values)
            return f"should lie between {show(low)} and {show(high)}", not low <= overall <= high
        if len(values) < 2:  # one component value: the average is that value, trivially
            return "", False
        mean = sum((Fraction(v) for v in values), Fraction(0)) / len(values)
        shown = show(Decimal(mean.numerator) / Decimal(mean.denominator))
        return (
            (
                f"equals the plain average {shown} of the component medians, which the DOJ "
                "form refuses (medians are not aggregable; a median computed from the items "
                "can coincide with it, so check the items)"
            ),
            Fraction(overall) == mean,
        )
