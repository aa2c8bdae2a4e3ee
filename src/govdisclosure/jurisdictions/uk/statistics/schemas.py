"""The tables of the Cabinet Office's FOI statistics as schemas of the generic report engine.

Each table is a :class:`~govdisclosure.reports.TableSchema` with a row per
monitored body and an all-bodies row (a :class:`~govdisclosure.reports.RollUpRule`),
built for the bodies of a report by :func:`statistics_schema`: the columns,
the identities within a table (received = the sum of the statuses; the
timeliness buckets sum to the replied; resolvable = granted + partially +
withheld, plus the pending if :class:`StatisticsPolicy` says so) and the rules
across tables (:class:`~govdisclosure.reports.CrossTableRule`) are data.

The percentage tables (Table 4 in time, Tables 6a and 6b granted in full, the
shares of the withheld reasons) are :class:`PercentColumn` s: derived from the counts,
never merged, and checked against them when printed.

>>> s = statistics_schema(("HMT",), StatisticsPolicy())
>>> s.table_names
('table1', 'table3', 'table5', 'withheld_reasons', 'exemptions', 'internal_reviews', 'extensions')
>>> s.table("table1").row_keys
('HMT', <Overall.ALL_BODIES: 'all_bodies'>)
>>> [r.rule for r in s.table("table5").row_rules][:2]
['uk.stats.t5.received', 'uk.stats.t5.resolvable']

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Hashable
from typing import NamedTuple

from govdisclosure.errors import InvalidInputError, Problem
from govdisclosure.jurisdictions.uk.instruments import CABINET_OFFICE_STATISTICS, FOIA_2000
from govdisclosure.jurisdictions.uk.statistics.policy import StatisticsPolicy
from govdisclosure.law import Citation
from govdisclosure.reports import (
    CellKind,
    CrossTableRule,
    KeySpec,
    Relation,
    ReportSchema,
    RollUpRule,
    RowRule,
    TableCell,
    TableSchema,
)

__all__ = [
    "ALL_BODIES_LABEL",
    "COUNT_TABLES",
    "EXEMPTION_COLUMNS",
    "PERCENT_TABLES",
    "TITLES",
    "Overall",
    "PercentColumn",
    "PercentTable",
    "percent_schema",
    "statistics_schema",
    "table_schema",
]


class Overall(enum.Enum):
    """The key of the all-bodies row (it cannot clash with a body's name)."""

    ALL_BODIES = "all_bodies"


ALL_BODIES_LABEL = "All monitored bodies"
"""The printed label of the all-bodies row."""

_STATS = Citation(
    CABINET_OFFICE_STATISTICS, note="bulletins Q4 2019-Q2 2020 in third-party copies [3P]"
)
_INFERRED = Citation(CABINET_OFFICE_STATISTICS, note="[INFERENCE] from the table's definition")
_PART_II = Citation(
    FOIA_2000, "21", note="Part II, ss.21-44, and EIR 2004 regs 12-13: exemptions and exceptions"
)

# -- the columns of each count table, as (key, printed label) ---------------------------------

_T1 = (
    ("received", "Total received"),
    ("replied", "Processed (replied)"),
    ("on_hold", "On hold"),
    ("withdrawn_or_lapsed", "Lapsed or withdrawn"),
    ("not_yet_processed", "Not yet processed"),
    ("eir", "Of which EIR"),
)
_T3 = (
    ("replied", "Total replied"),
    ("within_20_days", "Answered within 20 working days"),
    ("within_extension", "Answered with permitted extension"),
    ("late", "Answered late"),
    ("not_yet_answered", "Not yet answered"),
)
_T5 = (
    ("received", "Total received"),
    ("resolvable", "Resolvable"),
    ("granted_in_full", "Granted in full"),
    ("partially_withheld", "Partially withheld"),
    ("withheld_in_full", "Withheld in full"),
    ("pending", "On hold or not yet processed"),
    ("not_held", "Information not held"),
    ("advice_and_assistance", "Advice and assistance only"),
    ("withdrawn_or_lapsed", "Lapsed or withdrawn"),
)
_REASONS = (
    ("withheld", "Withheld in full or in part"),
    ("cost_limit", "Cost limit (s.12)"),
    ("vexatious_or_repeated", "Vexatious or repeated (s.14)"),
    ("exemptions", "Exemptions or exceptions"),
)
_REVIEWS = (
    ("requested", "Internal reviews requested"),
    ("upheld_in_full", "Upheld in full"),
    ("upheld_in_part", "Upheld in part"),
    ("overturned", "Overturned"),
    ("pending", "Outcome pending"),
)
_EXTENSIONS = (
    ("extended", "Requests with a permitted extension"),
    ("foia_pit", "FOIA public interest test (s.10(3))"),
    ("eir_reg7", "EIR complex or voluminous (reg 7)"),
)

_FOIA_SECTIONS = (
    "21", "22", "22A", "23", "24", "26", "27", "28", "29", "30", "31", "32",
    "33", "34", "35", "36", "37", "38", "39", "40", "41", "42", "43", "44",
)  # fmt: skip
_EIR_REGS = (
    *(f"12(4)({p})" for p in "abcde"),
    *(f"12(5)({p})" for p in "abcdefg"),
    "13",
)
EXEMPTION_COLUMNS: tuple[str, ...] = (
    *(f"s.{s}" for s in _FOIA_SECTIONS),
    *(f"reg {r}" for r in _EIR_REGS),
)
"""The columns of the exemptions table: FOIA Part II sections (s.25 is not an exemption)
then the EIR exceptions; a request counts once under each it applied."""

COUNT_TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "table1": _T1,
    "table3": _T3,
    "table5": _T5,
    "withheld_reasons": _REASONS,
    "exemptions": tuple((c, c) for c in EXEMPTION_COLUMNS),
    "internal_reviews": _REVIEWS,
    "extensions": _EXTENSIONS,
}
"""The count tables, by name, with their columns ``(key, label)``."""

TITLES: dict[str, str] = {
    "table1": "Table 1: Requests received and their status at the time of monitoring",
    "table3": "Table 3: Timeliness of response",
    "table4": "Table 4: Percentage of requests answered 'in time'",
    "table5": "Table 5: Initial outcomes of requests",
    "table6a": "Table 6a: Percentage of resolvable requests granted in full",
    "table6b": (
        "Table 6b: Percentage of resolvable requests granted in full, excluding procedural refusals"
    ),
    "withheld_reasons": "Reasons for withholding information",
    "withheld_reasons_pct": "Reasons for withholding information (percentages)",
    "exemptions": "Exemptions and exceptions used",
    "internal_reviews": "Internal reviews and their outcomes",
    "extensions": "Permitted extensions of the time limit",
}
"""The printed title of every table (the numbering of the tables after 6b varies by edition)."""


# -- the percentage tables -------------------------------------------------------------------


class PercentColumn(NamedTuple):
    """A derived percentage: ``100 * sum(numerator) / sum(denominator)``, rounded by the policy.

    Attributes:
        key: The column key.
        label: The printed label.
        numerator: The ``(table, column)`` cells summed above the line, in the same row.
        denominator: The cells summed below the line.
        less_procedural: Whether the procedural refusals (the withheld reasons of
            :attr:`StatisticsPolicy.procedural_refusals`) are taken off the denominator.
    """

    key: str
    label: str
    numerator: tuple[tuple[str, str], ...]
    denominator: tuple[tuple[str, str], ...]
    less_procedural: bool = False


class PercentTable(NamedTuple):
    """A table of percentages derived from the count tables.

    Attributes:
        name: The table's name.
        columns: Its percentages.
        partition: Whether its columns share one denominator and partition it
            (their printed values then sum to 100 within the rounding).
    """

    name: str
    columns: tuple[PercentColumn, ...]
    partition: bool = False


_WITHHELD = (("withheld_reasons", "withheld"),)
PERCENT_TABLES: tuple[PercentTable, ...] = (
    PercentTable(
        "table4",
        (
            PercentColumn(
                "in_time",
                "% in time",
                (("table3", "within_20_days"), ("table3", "within_extension")),
                (("table3", "replied"),),
            ),
        ),
    ),
    PercentTable(
        "table6a",
        (
            PercentColumn(
                "granted_in_full",
                "% of resolvable granted in full",
                (("table5", "granted_in_full"),),
                (("table5", "resolvable"),),
            ),
        ),
    ),
    PercentTable(
        "table6b",
        (
            PercentColumn(
                "granted_in_full",
                "% of resolvable granted in full, excluding procedural refusals",
                (("table5", "granted_in_full"),),
                (("table5", "resolvable"),),
                less_procedural=True,
            ),
        ),
    ),
    PercentTable(
        "withheld_reasons_pct",
        tuple(
            PercentColumn(key, f"% {label}", (("withheld_reasons", key),), _WITHHELD)
            for key, label in _REASONS[1:]
        ),
        partition=True,
    ),
)
"""The percentage tables: Table 4 (replied in time, of the replied: a request not yet
answered has no verdict), Tables 6a and 6b, and the shares of the withheld reasons."""


# -- building the schemas --------------------------------------------------------------------


def _row_specs(bodies: tuple[str, ...]) -> list[KeySpec]:
    rows = [KeySpec(body, {"en": body}) for body in bodies]
    rows.append(KeySpec(Overall.ALL_BODIES, {"en": ALL_BODIES_LABEL}))
    return rows


def _rules(name: str, policy: StatisticsPolicy) -> list[RowRule]:
    t = f"uk.stats.{name}"
    if name == "table1":
        return [
            RowRule(
                "uk.stats.t1.received",
                left=("received",),
                right=("replied", "on_hold", "withdrawn_or_lapsed", "not_yet_processed"),
                description="received = the sum of the statuses at the time of monitoring",
                citation=_STATS,
            ),
            RowRule(
                "uk.stats.t1.eir", left=("eir",), right=("received",), relation=Relation.LE,
                description="EIR requests are among those received", citation=_STATS,
            ),
        ]  # fmt: skip
    if name == "table3":
        return [
            RowRule(
                "uk.stats.t3.replied",
                left=("replied",),
                right=("within_20_days", "within_extension", "late"),
                description="the timeliness buckets sum to the replied requests",
                citation=_STATS,
            )
        ]
    if name == "table5":
        pending = ("pending",) if policy.resolvable_includes_pending else ()
        outside = () if pending else ("pending",)
        return [
            RowRule(
                "uk.stats.t5.received",
                left=("received",),
                right=("resolvable", *outside, "not_held", "advice_and_assistance",
                       "withdrawn_or_lapsed"),
                description="received = resolvable + the requests that are not",
                citation=_INFERRED,
            ),
            RowRule(
                "uk.stats.t5.resolvable",
                left=("resolvable",),
                right=("granted_in_full", "partially_withheld", "withheld_in_full", *pending),
                description="resolvable = granted + partially + withheld in full"
                + (" + not yet assessed (policy)" if pending else ""),
                citation=_INFERRED,
            ),
            RowRule(
                "uk.stats.t5.resolvable-le-received", left=("resolvable",), right=("received",),
                relation=Relation.LE, description="resolvable requests are among those received",
                citation=_INFERRED,
            ),
        ]  # fmt: skip
    columns = COUNT_TABLES[name]
    if name in {"withheld_reasons", "internal_reviews", "extensions"}:
        return [
            RowRule(
                f"{t}.total",
                left=(columns[0][0],),
                right=tuple(key for key, _ in columns[1:]),
                description=f"{columns[0][1]} = the sum of the parts",
                citation=_INFERRED,
            )
        ]
    return []


def table_schema(name: str, bodies: tuple[str, ...], policy: StatisticsPolicy) -> TableSchema:
    """The schema of one count table for ``bodies`` (their rows, then the all-bodies row)."""
    rows = _row_specs(bodies)
    citation = _PART_II if name == "exemptions" else _STATS
    return TableSchema(
        name,
        rows=rows,
        columns=[KeySpec(key, {"en": label}) for key, label in COUNT_TABLES[name]],
        row_rules=_rules(name, policy),
        rollups=[
            RollUpRule(
                "uk.stats.all-bodies",
                Overall.ALL_BODIES,
                bodies,
                description="the all-bodies row is the sum of the bodies' rows",
                citation=_STATS,
            )
        ]
        if bodies
        else [],
        stub={"en": "Monitored body"},
        citation=citation,
    )


_Cross = tuple[str, list[tuple[str, str]], list[tuple[str, str]], Relation, str]
"""A rule across tables, stated once for every row: id, left cells, right cells, relation, text."""


def _cross(spec: _Cross, rows: list[Hashable]) -> list[CrossTableRule]:
    rule, left, right, relation, description = spec
    return [
        CrossTableRule(
            rule,
            left=[TableCell(t, row, c) for t, c in left],
            right=[TableCell(t, row, c) for t, c in right],
            relation=relation,
            description=description,
            citation=_INFERRED,
        )
        for row in rows
    ]


_EQ, _LE = Relation.EQ, Relation.LE
_NOT_ANSWERED = [("table1", "on_hold"), ("table1", "not_yet_processed")]
_CROSS: tuple[_Cross, ...] = (
    ("uk.stats.x.received", [("table1", "received")], [("table5", "received")], _EQ,
     "Tables 1 and 5 count the same requests"),
    ("uk.stats.x.replied", [("table1", "replied")], [("table3", "replied")], _EQ,
     "Table 3 times every replied request"),
    ("uk.stats.x.not-answered", _NOT_ANSWERED, [("table3", "not_yet_answered")], _EQ,
     "not yet answered = on hold + not yet processed"),
    ("uk.stats.x.pending", _NOT_ANSWERED, [("table5", "pending")], _EQ,
     "Table 5's pending = on hold + not yet processed"),
    ("uk.stats.x.lapsed", [("table1", "withdrawn_or_lapsed")],
     [("table5", "withdrawn_or_lapsed")], _EQ, "Tables 1 and 5 count the same lapsed"),
    ("uk.stats.x.outcomes", [("table1", "replied")],
     [("table5", c) for c in ("granted_in_full", "partially_withheld", "withheld_in_full",
                              "not_held", "advice_and_assistance")], _EQ,
     "every replied request has one initial outcome"),
    ("uk.stats.x.withheld", [("table5", "partially_withheld"), ("table5", "withheld_in_full")],
     [("withheld_reasons", "withheld")], _EQ, "each withheld request has one reason"),
    ("uk.stats.x.withheld-le-resolvable", [("withheld_reasons", "withheld")],
     [("table5", "resolvable")], _LE, "withheld requests are resolvable"),
    ("uk.stats.x.reviews", [("internal_reviews", "requested")], [("table1", "replied")], _LE,
     "an internal review is of a reply"),
    ("uk.stats.x.extended-replies", [("table3", "within_extension")],
     [("extensions", "extended")], _LE, "a reply within an extension had one"),
    ("uk.stats.x.extensions", [("extensions", "extended")], [("table1", "received")], _LE,
     "extended requests are among those received"),
)  # fmt: skip


def _check_bodies(bodies: tuple[str, ...]) -> None:
    names: tuple[object, ...] = bodies
    problems = [
        Problem(f"bodies[{i}]", "must be a non-empty name without surrounding spaces", b)
        for i, b in enumerate(names)
        if not isinstance(b, str) or not b.strip() or b != b.strip()
    ]
    problems.extend(
        Problem(f"bodies[{i}]", "is the label of the all-bodies row", b)
        for i, b in enumerate(bodies)
        if b in {ALL_BODIES_LABEL, Overall.ALL_BODIES.value}
    )
    if len(set(bodies)) != len(bodies):
        problems.append(Problem("bodies", "a body is given twice", bodies))
    if problems:
        msg = "invalid monitored bodies"
        raise InvalidInputError(msg, problems=problems)


@functools.lru_cache(maxsize=64)
def statistics_schema(bodies: tuple[str, ...], policy: StatisticsPolicy) -> ReportSchema:
    """The count tables for ``bodies`` under ``policy``, and the rules across them.

    Raises:
        InvalidInputError: for a body named twice, blank, or named like the all-bodies row.
    """
    _check_bodies(bodies)
    tables = [table_schema(name, bodies, policy) for name in COUNT_TABLES]
    rows: list[Hashable] = [*bodies, Overall.ALL_BODIES]
    rules = [rule for spec in _CROSS for rule in _cross(spec, rows)]
    rules.extend(
        rule
        for column in EXEMPTION_COLUMNS
        for rule in _cross(
            (
                "uk.stats.x.exemption-le-withheld",
                [("exemptions", column)],
                [("withheld_reasons", "withheld")],
                _LE,
                "a request counts at most once under each exemption",
            ),
            rows,
        )
    )
    return ReportSchema("uk.foi-statistics", tables, rules)


@functools.lru_cache(maxsize=64)
def percent_schema(name: str, bodies: tuple[str, ...]) -> TableSchema:
    """The schema of one percentage table (a name of :data:`PERCENT_TABLES`)."""
    spec = next((t for t in PERCENT_TABLES if t.name == name), None)
    if spec is None:
        msg = "not a percentage table"
        raise InvalidInputError(msg, field="name", value=name)
    _check_bodies(bodies)
    return TableSchema(
        name,
        rows=_row_specs(bodies),
        columns=[KeySpec(c.key, {"en": c.label}, kind=CellKind.AMOUNT, unit="%")
                 for c in spec.columns],
        stub={"en": "Monitored body"},
        citation=_STATS,
    )  # fmt: skip
