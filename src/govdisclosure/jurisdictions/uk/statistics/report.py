"""A quarter's FOI statistics: counted from records or read as published, checked, merged, rendered.

:func:`aggregate_statistics` counts :class:`~.records.UkFoiRecord` s received
in a calendar quarter into the count tables of :func:`~.schemas.statistics_schema`
(a row per body, then all bodies); :meth:`UkFoiStatistics.from_published`
reads a bulletin's printed figures (blank where not printed) into the same
tables. Either way :meth:`~UkFoiStatistics.validate` returns the engine's
findings (identities, roll-ups, rules across tables) and checks printed
percentages against the counts; the renderers are the engine's.

>>> from datetime import date
>>> from govdisclosure.jurisdictions.uk import Act
>>> from govdisclosure.jurisdictions.uk.statistics.records import Outcome, Status, UkFoiRecord
>>> day = date(2020, 4, 1)
>>> records = [
...     UkFoiRecord(body="HMT", act=Act.FOIA, received=day, due=date(2020, 4, 29),
...                 status=Status.REPLIED, replied=date(2020, 4, 9),
...                 outcome=Outcome.GRANTED_IN_FULL),
...     UkFoiRecord(body="HMT", act=Act.EIR, received=day, due=date(2020, 4, 29),
...                 status=Status.ON_HOLD),
... ]
>>> stats = aggregate_statistics(records, year=2020, quarter=2)
>>> stats.table("table1")["HMT", "received"], stats.validate()
(2, ())
>>> stats.percentages()["table6a"]["HMT", "granted_in_full"]     # 1 of 2 resolvable (policy)
Decimal('50')

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Mapping
from datetime import date
from decimal import Decimal

import attrs

from govdisclosure.errors import InvalidInputError, Problem
from govdisclosure.jurisdictions.uk.acts import Act
from govdisclosure.jurisdictions.uk.statistics.policy import StatisticsPolicy
from govdisclosure.jurisdictions.uk.statistics.records import (
    Status,
    UkFoiRecord,
    WithheldReason,
)
from govdisclosure.jurisdictions.uk.statistics.schemas import (
    ALL_BODIES_LABEL,
    COUNT_TABLES,
    PERCENT_TABLES,
    TITLES,
    Overall,
    PercentTable,
    percent_schema,
    statistics_schema,
)
from govdisclosure.reports import Finding, ReportSchema, ReportTable, TableSchema

__all__ = ["UkFoiStatistics", "aggregate_statistics", "quarter_bounds"]

_PERCENT_NAMES = tuple(t.name for t in PERCENT_TABLES)
_STATUS_COLUMN = {
    Status.REPLIED: "replied",
    Status.ON_HOLD: "on_hold",
    Status.WITHDRAWN_OR_LAPSED: "withdrawn_or_lapsed",
    Status.NOT_YET_PROCESSED: "not_yet_processed",
}


def quarter_bounds(year: int, quarter: int) -> tuple[date, date]:
    """The first and last day of a calendar quarter.

    >>> quarter_bounds(2020, 2)
    (datetime.date(2020, 4, 1), datetime.date(2020, 6, 30))
    """
    if type(year) is not int or not 2005 <= year <= 9999:
        msg = "must be a year from 2005 (FOIA 2000 in force) to 9999"
        raise InvalidInputError(msg, field="year", value=year)
    if type(quarter) is not int or not 1 <= quarter <= 4:
        msg = "must be a calendar quarter, 1 to 4"
        raise InvalidInputError(msg, field="quarter", value=quarter)
    first = date(year, 3 * quarter - 2, 1)
    last = date(year + 1, 1, 1) if quarter == 4 else date(year, 3 * quarter + 1, 1)
    return first, date.fromordinal(last.toordinal() - 1)


def _tables(value: Iterable[ReportTable]) -> tuple[ReportTable, ...]:
    return tuple(value)


def _names(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


@attrs.frozen
class UkFoiStatistics:
    """The count tables of one quarter's FOI statistics, and any printed percentages.

    Attributes:
        year: The year.
        quarter: The calendar quarter, 1 to 4.
        bodies: The monitored bodies, in row order.
        policy: How the counts were made (and the percentages are derived).
        tables: The count tables, in the order of the report schema.
        printed: Percentage tables as published (empty when counted from records;
            the percentages are then :meth:`percentages`, derived).
    """

    year: int
    quarter: int
    bodies: tuple[str, ...] = attrs.field(converter=_names)
    policy: StatisticsPolicy
    tables: tuple[ReportTable, ...] = attrs.field(converter=_tables)
    printed: tuple[ReportTable, ...] = attrs.field(default=(), converter=_tables)

    def __attrs_post_init__(self) -> None:
        quarter_bounds(self.year, self.quarter)
        policy: object = self.policy
        if not isinstance(policy, StatisticsPolicy):
            msg = "must be a StatisticsPolicy"
            raise InvalidInputError(msg, field="policy", value=policy)
        schema = self.schema
        problems = [
            Problem(f"tables[{i}]", "not the table of the report schema", t.schema.name)
            for i, t in enumerate(self.tables)
            if i >= len(schema.tables) or t.schema != schema.tables[i]
        ]
        if len(self.tables) != len(schema.tables):
            problems.append(Problem("tables", "one table per count table", len(self.tables)))
        names = [t.schema.name for t in self.printed]
        problems.extend(
            Problem(f"printed[{i}]", "not a percentage table of these bodies", t.schema.name)
            for i, t in enumerate(self.printed)
            if t.schema.name not in _PERCENT_NAMES
            or t.schema != percent_schema(t.schema.name, self.bodies)
        )
        if len(set(names)) != len(names):
            problems.append(Problem("printed", "a percentage table is given twice", names))
        if problems:
            msg = "invalid FOI statistics"
            raise InvalidInputError(msg, problems=problems)

    @property
    def schema(self) -> ReportSchema:
        """The report schema of these bodies under this policy."""
        return statistics_schema(self.bodies, self.policy)

    @property
    def period(self) -> tuple[date, date]:
        """The first and last day of the quarter."""
        return quarter_bounds(self.year, self.quarter)

    def table(self, name: str) -> ReportTable:
        """One count table by name, or a printed percentage table."""
        for t in (*self.tables, *self.printed):
            if t.schema.name == name:
                return t
        msg = "no such table (the derived percentages are in percentages())"
        raise InvalidInputError(msg, field="name", value=name)

    # -- reading published figures -------------------------------------------------------

    @classmethod
    def from_published(
        cls,
        data: Mapping[str, object],
        *,
        year: int,
        quarter: int,
        policy: StatisticsPolicy | None = None,
    ) -> UkFoiStatistics:
        """Published figures ``{table: {row label: {column label: value}}}``; missing cells blank.

        The bodies are the row labels other than the all-bodies row's, in the
        order first seen. Percentage tables (``table4``, ``table6a``,
        ``withheld_reasons_pct``) are kept as printed, as ``Decimal``.

        Raises:
            InvalidInputError: for an unknown table, a bad label or value.
        """
        chosen = StatisticsPolicy() if policy is None else policy
        given: object = data
        if not isinstance(given, Mapping):
            msg = "must be a mapping of table names to tables"
            raise InvalidInputError(msg, field="data", value=given)
        unknown = [n for n in data if n not in COUNT_TABLES and n not in _PERCENT_NAMES]
        if unknown:
            msg = "not the name of a table of the FOI statistics"
            raise InvalidInputError(msg, field="data", value=unknown)
        bodies: dict[str, None] = {}
        for table in data.values():
            if isinstance(table, Mapping):
                bodies.update((str(k), None) for k in table if k != ALL_BODIES_LABEL)
        names = tuple(bodies)
        schema = statistics_schema(names, chosen)
        tables = [ReportTable.from_labels(s, data.get(s.name, {})) for s in schema.tables]
        printed = [
            ReportTable.from_labels(percent_schema(n, names), data[n])
            for n in _PERCENT_NAMES
            if n in data
        ]
        return cls(year, quarter, names, chosen, tables, printed)

    # -- derived figures and checks -----------------------------------------------------

    def _sum(self, row: Hashable, cells: Iterable[tuple[str, str]]) -> Decimal | None:
        total = Decimal(0)
        for table, column in cells:
            value = self.table(table)[row, column]
            if value is None:
                return None
            total += value
        return total

    def _derive(self, spec: PercentTable) -> ReportTable:
        schema = percent_schema(spec.name, self.bodies)
        cells: dict[tuple[Hashable, Hashable], object] = {}
        for row in schema.row_keys:
            for column in spec.columns:
                part = self._sum(row, column.numerator)
                whole = self._sum(row, column.denominator)
                if part is not None and whole is not None:
                    cells[row, column.key] = self.policy.percent(part, whole)
        return ReportTable.from_cells(schema, cells)

    def percentages(self) -> dict[str, ReportTable]:
        """The percentage tables derived from the counts (blank where a count is blank or 0)."""
        return {spec.name: self._derive(spec) for spec in PERCENT_TABLES}

    def validate(self, *, report_blanks: bool = False) -> tuple[Finding, ...]:
        """The engine's findings, then each printed percentage the counts contradict.

        Blank cells are not reported by default (a bulletin prints only some
        figures); ``report_blanks=True`` adds one finding per blank count cell.
        """
        tables = {t.schema.name: t for t in self.tables}
        found = list(self.schema.validate(tables, report_blanks=report_blanks))
        derived = self.percentages()
        for printed in self.printed:
            spec = next(t for t in PERCENT_TABLES if t.name == printed.schema.name)
            found.extend(self._percent_findings(printed, derived[spec.name]))
            if spec.partition:
                found.extend(self._partition_findings(printed))
        return tuple(found)

    def _percent_findings(self, printed: ReportTable, derived: ReportTable) -> list[Finding]:
        found: list[Finding] = []
        for row, column, value in printed.cells():
            expected = derived[row, column]
            if value is None or expected is None or value == expected:
                continue
            label = printed.schema.cell_label((row, column))
            found.append(
                Finding(
                    rule="uk.stats.percent",
                    message=f"{label} is printed {value} % but the counts give {expected} %",
                    cells=((row, column),),
                    numbers=(value,),
                    left=value,
                    right=expected,
                    table=printed.schema.name,
                    citation=printed.schema.citation,
                )
            )
        return found

    def _partition_findings(self, printed: ReportTable) -> list[Finding]:
        found: list[Finding] = []
        slack = self.policy.tolerance * len(printed.columns)
        for row in printed.rows:
            values = [printed[row, c] for c in printed.columns]
            if any(v is None for v in values):
                continue
            total = sum((Decimal(v) for v in values if v is not None), Decimal(0))
            if abs(total - 100) < slack:
                continue
            label = printed.schema.row(row).label()
            found.append(
                Finding(
                    rule="uk.stats.percent-partition",
                    message=(
                        f"{label}: the shares sum to {total} %, more than the rounding"
                        f" (± {slack} %) from 100 %"
                    ),
                    cells=tuple((row, c) for c in printed.columns),
                    numbers=tuple(values),
                    left=total,
                    right=Decimal(100),
                    table=printed.schema.name,
                    citation=printed.schema.citation,
                )
            )
        return found

    # -- combining -----------------------------------------------------------------------

    def __add__(self, other: object) -> UkFoiStatistics:
        if not isinstance(other, UkFoiStatistics):
            return NotImplemented
        for name in ("year", "quarter", "policy"):
            if getattr(self, name) != getattr(other, name):
                msg = "statistics of different quarters or policies do not add"
                raise InvalidInputError(msg, field=name, value=getattr(other, name))
        if self.printed or other.printed:
            msg = "printed percentages do not add; merge the counts and derive them"
            raise InvalidInputError(msg, field="printed", value=self.printed or other.printed)
        bodies = tuple(sorted({*self.bodies, *other.bodies}))
        schema = statistics_schema(bodies, self.policy)
        merged = [
            _embed(mine, s) + _embed(theirs, s)
            for s, mine, theirs in zip(schema.tables, self.tables, other.tables, strict=True)
        ]
        return UkFoiStatistics(self.year, self.quarter, bodies, self.policy, merged)

    # -- rendering -----------------------------------------------------------------------

    def _all(self) -> list[ReportTable]:
        derived = self.percentages()
        printed = {t.schema.name: t for t in self.printed}
        order = (
            *("table1", "table3", "table4", "table5", "table6a", "withheld_reasons"),
            *("withheld_reasons_pct", "exemptions", "internal_reviews", "extensions"),
        )
        found = {**derived, **printed, **{t.schema.name: t for t in self.tables}}
        return [found[n] for n in order]

    def _heading(self) -> str:
        first, last = self.period
        return (
            f"FOI statistics, {self.year} Q{self.quarter}"
            f" ({first.isoformat()} to {last.isoformat()})"
        )

    def to_text(self) -> str:
        """Every table as aligned plain text, each under its title."""
        parts = [self._heading()]
        parts.extend(f"{TITLES[t.schema.name]}\n\n{t.to_text()}" for t in self._all())
        return "\n\n".join(parts)

    def to_markdown(self) -> str:
        """Every table as Markdown, each under a level-2 heading."""
        parts = [f"# {self._heading()}"]
        parts.extend(f"## {TITLES[t.schema.name]}\n\n{t.to_markdown()}" for t in self._all())
        return "\n\n".join(parts)

    def to_html(self) -> str:
        """Every table as HTML, each under an ``<h2>``."""
        parts = [f"<h1>{self._heading()}</h1>"]
        parts.extend(f"<h2>{TITLES[t.schema.name]}</h2>\n{t.to_html()}" for t in self._all())
        return "\n".join(parts)


def _embed(table: ReportTable, schema: TableSchema) -> ReportTable:
    """``table`` in the schema of more bodies: the rows it lacks are blank (the identity of +)."""
    return ReportTable.from_cells(schema, {(r, c): v for r, c, v in table.cells()})


# -- counting records ------------------------------------------------------------------


def _count(counts: Counter[tuple[str, str]], r: UkFoiRecord, policy: StatisticsPolicy) -> None:
    add = counts.update
    add([("table1", "received"), ("table1", _STATUS_COLUMN[r.status]), ("table5", "received")])
    if r.act is Act.EIR:
        add([("table1", "eir")])
    if r.status in {Status.ON_HOLD, Status.NOT_YET_PROCESSED}:
        add([("table3", "not_yet_answered"), ("table5", "pending")])
        if policy.resolvable_includes_pending:
            add([("table5", "resolvable")])
    if r.status is Status.WITHDRAWN_OR_LAPSED:
        add([("table5", "withdrawn_or_lapsed")])
    if r.extended_due is not None:
        kind = "eir_reg7" if r.act is Act.EIR else "foia_pit"
        add([("extensions", "extended"), ("extensions", kind)])
    _count_reply(counts, r, policy)


def _count_reply(
    counts: Counter[tuple[str, str]], r: UkFoiRecord, policy: StatisticsPolicy
) -> None:
    add = counts.update
    timeliness, outcome = r.timeliness, r.outcome
    if timeliness is None or outcome is None:
        return
    add([("table3", "replied"), ("table3", timeliness.value), ("table5", outcome.value)])
    if outcome.resolvable:
        add([("table5", "resolvable")])
    reason = r.withheld_reason
    if reason is not None:
        if not policy.refusal_before_exemptions and r.exemptions:
            reason = WithheldReason.EXEMPTIONS
        add([("withheld_reasons", "withheld"), ("withheld_reasons", reason.value)])
    add(("exemptions", column) for column in r.exemption_columns)
    if r.review_requested:
        review = "pending" if r.review_outcome is None else r.review_outcome.value
        add([("internal_reviews", "requested"), ("internal_reviews", review)])


def aggregate_statistics(
    records: Iterable[UkFoiRecord],
    *,
    year: int,
    quarter: int,
    policy: StatisticsPolicy | None = None,
) -> UkFoiStatistics:
    """The quarter's count tables from the records received in it (others are not counted).

    Every cell is filled: a zero counted from records is a real zero. Each
    record adds to its cells independently of the others, so the statistics
    of a list equal the merge (``+``) of the statistics of any split of it.

    Raises:
        InvalidInputError: for a record that is not a :class:`UkFoiRecord`, or a bad period.
    """
    chosen: object = StatisticsPolicy() if policy is None else policy
    if not isinstance(chosen, StatisticsPolicy):
        msg = "must be a StatisticsPolicy"
        raise InvalidInputError(msg, field="policy", value=chosen)
    first, last = quarter_bounds(year, quarter)
    per_body: dict[str, Counter[tuple[str, str]]] = {}
    items: Iterable[object] = records
    for i, r in enumerate(items):
        if not isinstance(r, UkFoiRecord):
            msg = "must be a UkFoiRecord"
            raise InvalidInputError(msg, field=f"records[{i}]", value=r)
        if first <= r.received <= last:
            _count(per_body.setdefault(r.body, Counter()), r, chosen)
    bodies = tuple(sorted(per_body))
    overall: Counter[tuple[str, str]] = Counter()
    for counts in per_body.values():
        overall.update(counts)
    schema = statistics_schema(bodies, chosen)
    rows: list[tuple[Hashable, Counter[tuple[str, str]]]] = [
        *((b, per_body[b]) for b in bodies),
        (Overall.ALL_BODIES, overall),
    ]
    tables = [
        ReportTable.from_cells(
            s, {(row, c): counts[s.name, str(c)] for row, counts in rows for c in s.column_keys}
        )
        for s in schema.tables
    ]
    return UkFoiStatistics(year, quarter, bodies, chosen, tables)
