"""Checks across two years' reports: this year's "last year" column against last year's report.

Sections XII.D and XII.E repeat last year's numbers beside this year's (rule 15;
that they equal last year's report is our reading, [INFERENCE]); the DOJ form
cannot check them, since it sees one report. Given both reports,
:func:`compare_years` checks that they agree, and that what was pending at the
end of last year is what is pending at the start of this one
(V.A, VI.A, XII.B; [INFERENCE], the natural reading of "pending as of the end
of the fiscal year").

Policy: components are matched across the years by abbreviation (their
``s:id`` is a document-local index, renumbered freely), falling back to the id
when a component has no abbreviation; a component present in only one of the
two years (a reorganisation) is not compared. The agency-overall rows are
always compared.

>>> from govdisclosure.jurisdictions.us.annual import (
...     AnnualFoiaReport, DataRow, Link, Organization, Section)
>>> def report(year, **values):
...     row = DataRow("P", tuple(values.items()))
...     return AnnualFoiaReport(year, Organization("ORG0", "AG"),
...                             sections=(Section("V.A", (row,), (Link("P", "ORG0"),)),))
>>> found = compare_years(report(2023, pending_end=4), report(2024, pending_start=5))
>>> [(f.rule, f.left, f.right) for f in found if not f.rule.endswith("/undetermined")]
[('us.V.A.carried-over', 5, 4)]
>>> sorted({f.rule for f in found if f.rule.endswith("/undetermined")})  # no XII.D(1) this year
['us.XII.D(1).last-year/undetermined']

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from collections.abc import Iterator

from govdisclosure.errors import InvalidInputError
from govdisclosure.jurisdictions.us.annual._engine import (
    CONTENTS,
    NATURAL,
    Missing,
    Ref,
    label,
    number,
    ref,
    resolve,
    show,
    undetermined,
)
from govdisclosure.jurisdictions.us.annual._model import Organization, ReportData
from govdisclosure.law import Citation
from govdisclosure.reports import Finding

__all__ = ["YEAR_RULES", "compare_years"]

YEAR_RULES: tuple[tuple[str, Ref, Ref, Citation], ...] = (
    ("us.XII.D(1).last-year", ref("XII.D(1)", "received_last"), ref("V.A", "received"), CONTENTS),
    ("us.XII.D(1).last-year", ref("XII.D(1)", "processed_last"), ref("V.A", "processed"), CONTENTS),
    ("us.XII.E(1).last-year", ref("XII.E(1)", "received_last"), ref("VI.A", "received"), CONTENTS),
    (
        "us.XII.E(1).last-year",
        ref("XII.E(1)", "processed_last"),
        ref("VI.A", "processed"),
        CONTENTS,
    ),
    ("us.XII.D(2).last-year", ref("XII.D(2)", "last"), ref("XII.A", "requests"), CONTENTS),
    ("us.XII.E(2).last-year", ref("XII.E(2)", "last"), ref("XII.A", "appeals"), CONTENTS),
    ("us.V.A.carried-over", ref("V.A", "pending_start"), ref("V.A", "pending_end"), NATURAL),
    ("us.VI.A.carried-over", ref("VI.A", "pending_start"), ref("VI.A", "pending_end"), NATURAL),
    ("us.XII.B.carried-over", ref("XII.B", "pending_start"), ref("XII.B", "pending_end"), NATURAL),
)
"""Each rule: its id, this year's cell, last year's cell it must equal, and its source."""


def _key(org: Organization) -> str:
    return org.abbreviation or org.id


def _pairs(
    previous: ReportData, current: ReportData
) -> Iterator[tuple[Organization, Organization]]:
    yield current.agency, previous.agency
    before = {_key(org): org for org in previous.components}
    for org in current.components:
        if _key(org) in before:
            yield org, before[_key(org)]


def compare_years(previous: ReportData, current: ReportData) -> tuple[Finding, ...]:
    """The findings of :data:`YEAR_RULES` for last year's report ``previous`` and ``current``.

    Raises:
        InvalidInputError: ``previous`` is not the report of the year before.
    """
    if previous.fiscal_year != current.fiscal_year - 1:
        msg = f"must be the report of fiscal year {current.fiscal_year - 1}"
        raise InvalidInputError(msg, field="previous.fiscal_year", value=previous.fiscal_year)
    found: list[Finding] = []
    for now, before in _pairs(previous, current):
        for rule, this_ref, last_ref, citation in YEAR_RULES:
            this = resolve(current, now.id, this_ref)
            last = resolve(previous, before.id, last_ref)
            cells = ((now.id, str(this_ref)), (before.id, f"FY{previous.fiscal_year}:{last_ref}"))
            if isinstance(this, Missing) or isinstance(last, Missing):
                if not (isinstance(this, Missing) and isinstance(last, Missing)):
                    why = f"FY{current.fiscal_year} {this_ref} {show(this)}, "
                    why += f"FY{previous.fiscal_year} {last_ref} {show(last)}"
                    found.append(
                        undetermined(
                            rule, this_ref.section, f"{label(now)}: {why}", cells, citation
                        )
                    )
                continue
            if this != last:
                found.append(
                    Finding(
                        rule=rule,
                        message=f"{label(now)}: FY{current.fiscal_year} {this_ref} = "
                        f"{show(this)} but the FY{previous.fiscal_year} report's {last_ref} = "
                        f"{show(last)}",
                        cells=cells,
                        numbers=(number(this), number(last)),
                        left=this,
                        right=last,
                        table=this_ref.section,
                        citation=citation,
                    )
                )
    return tuple(found)
