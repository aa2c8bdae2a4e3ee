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
>>> from govdisclosure.jurisdictions.uk.statistics import aggregate_statistics
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

from collections.abc import Hashable, Iterable, Mapping
from datetime import date
from decimal import Decimal

import attrs

from govdisclosure._validators import instance_of
from govdisclosure.errors import InvalidInputError, Problem
from govdisclosure.jurisdictions.uk.instruments import FOIA_2000
from govdisclosure.jurisdictions.uk.statistics.policy import StatisticsPolicy
from govdisclosure.jurisdictions.uk.statistics.schemas import (
    ALL_BODIES_LABEL,
    COUNT_TABLES,
    PERCENT_TABLES,
    TITLES,
    Overall,
    PercentColumn,
    PercentTable,
    percent_schema,
    statistics_schema,
)
from govdisclosure.reports import Finding, ReportSchema, ReportTable, StartsFromZero, TableSchema

__all__ = ["UkFoiStatistics", "quarter_bounds"]

_PERCENT_NAMES = tuple(t.name for t in PERCENT_TABLES)
_FIRST_YEAR = FOIA_2000.effective.year if FOIA_2000.effective else 2005
"""The first year of statistics: the right of access came into force on 1 January 2005."""


def quarter_bounds(year: int, quarter: int) -> tuple[date, date]:
    """The first and last day of a calendar quarter.

    >>> quarter_bounds(2020, 2)
    (datetime.date(2020, 4, 1), datetime.date(2020, 6, 30))
    """
    if type(year) is not int or not _FIRST_YEAR <= year <= 9999:
        msg = f"must be a year from {_FIRST_YEAR} (FOIA 2000 in force) to 9999"
        raise InvalidInputError(msg, field="year", value=year)
    if type(quarter) is not int or not 1 <= quarter <= 4:
        msg = "must be a calendar quarter, 1 to 4"
        raise InvalidInputError(msg, field="quarter", value=quarter)
    first = date(year, 3 * quarter - 2, 1)
    last = date(year + 1, 1, 1) if quarter == 4 else date(year, 3 * quarter + 1, 1)
    return first, date.fromordinal(last.toordinal() - 1)


def _names(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _counts(value: Iterable[Iterable[int | None]]) -> tuple[tuple[int | None, ...], ...]:
    return tuple(tuple(values) for values in value)


def _printed(
    value: Iterable[tuple[str, Iterable[Decimal | None]]],
) -> tuple[tuple[str, tuple[Decimal | None, ...]], ...]:
    return tuple((name, tuple(values)) for name, values in value)


def _published_bodies(data: Mapping[str, object]) -> tuple[str, ...]:
    """The row labels of published tables other than the all-bodies row, in order first seen."""
    bodies: dict[str, None] = {}
    problems: list[Problem] = []
    for name, table in data.items():
        if not isinstance(table, Mapping):
            continue  # the engine reports it, naming the table
        for label in table:
            if label == ALL_BODIES_LABEL or label is Overall.ALL_BODIES:
                continue
            if isinstance(label, str):
                bodies[label] = None
            else:
                msg = "a row label must be a body's name (a string)"
                problems.append(Problem(f"data[{name!r}]", msg, label))
    if problems:
        msg = "invalid published FOI statistics"
        raise InvalidInputError(msg, problems=problems)
    return tuple(bodies)


def _table(
    schema: TableSchema, values: tuple[object, ...], path: str, *, unknown: bool = False
) -> ReportTable:
    """The engine's table of ``values``; its problems are named by ``path`` (``counts[2]``).

    With ``unknown``, a cell with no value was not printed: it is undetermined,
    so no identity is checked against it (a printed blank would be read as 0).
    """
    missing = [c for c, v in zip(schema.cell_keys, values, strict=False) if v is None]
    try:
        return ReportTable(schema, values, missing if unknown else ())  # type: ignore[arg-type]
    except InvalidInputError as err:
        problems = [
            Problem(path + p.path.removeprefix("values"), p.message, p.value) for p in err.problems
        ]
        msg = f"invalid FOI statistics table {schema.name}"
        raise InvalidInputError(msg, problems=problems) from err


def _ints(table: ReportTable) -> tuple[int | None, ...]:
    """A count table's cells (the engine has made each a count or ``None``)."""
    return tuple(None if v is None else int(v) for v in table.values)


def _decimals(table: ReportTable) -> tuple[Decimal | None, ...]:
    """A percentage table's cells (the engine has made each an amount or ``None``)."""
    return tuple(None if v is None else Decimal(v) for v in table.values)


@attrs.frozen
class UkFoiStatistics(StartsFromZero):
    """The count tables of one quarter's FOI statistics, and any printed percentages.

    The cells are stored as plain values (one tuple per table, in the order
    of its schema's cells), so the statistics serialize as data; the tables
    are :attr:`tables` and :meth:`table`. Build one with
    :func:`aggregate_statistics` or :meth:`from_published`.

    Attributes:
        year: The year.
        quarter: The calendar quarter, 1 to 4.
        bodies: The monitored bodies, in row order.
        policy: How the counts were made (and the percentages are derived).
        counts: The cells of each count table (``None`` for blank), in the
            order of :data:`~.schemas.COUNT_TABLES`.
        printed: Percentage tables as published, ``(name, cells)``; empty when
            counted from records (the percentages are then :meth:`percentages`).
        published: Whether the counts were read from a bulletin
            (:meth:`from_published`): a count with no value was then not printed,
            and is undetermined rather than blank, so no identity is checked
            against it.
    """

    year: int
    quarter: int
    bodies: tuple[str, ...] = attrs.field(converter=_names)
    policy: StatisticsPolicy
    counts: tuple[tuple[int | None, ...], ...] = attrs.field(converter=_counts)
    printed: tuple[tuple[str, tuple[Decimal | None, ...]], ...] = attrs.field(
        default=(), converter=_printed
    )
    published: bool = attrs.field(default=False, kw_only=True, validator=instance_of(bool))
    _tables: tuple[ReportTable, ...] = attrs.field(init=False, eq=False, repr=False)
    _printed_tables: tuple[ReportTable, ...] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        quarter_bounds(self.year, self.quarter)
        policy: object = self.policy
        if not isinstance(policy, StatisticsPolicy):
            msg = "must be a StatisticsPolicy"
            raise InvalidInputError(msg, field="policy", value=policy)
        schema = self.schema
        if len(self.counts) != len(schema.tables):
            msg = f"must hold the cells of the {len(schema.tables)} count tables"
            raise InvalidInputError(msg, field="counts", value=len(self.counts))
        names = [name for name, _ in self.printed]
        problems = [
            Problem(f"printed[{i}]", "not a percentage table", name)
            for i, name in enumerate(names)
            if name not in _PERCENT_NAMES
        ]
        if len(set(names)) != len(names):
            problems.append(Problem("printed", "a percentage table is given twice", names))
        if problems:
            msg = "invalid FOI statistics"
            raise InvalidInputError(msg, problems=problems)
        tables = tuple(
            _table(s, values, f"counts[{i}]", unknown=self.published)
            for i, (s, values) in enumerate(zip(schema.tables, self.counts, strict=True))
        )
        printed = tuple(
            _table(percent_schema(name, self.bodies), values, f"printed[{i}][1]")
            for i, (name, values) in enumerate(self.printed)
        )
        object.__setattr__(self, "_tables", tables)
        object.__setattr__(self, "_printed_tables", printed)

    @classmethod
    def of_tables(
        cls,
        year: int,
        quarter: int,
        policy: StatisticsPolicy,
        tables: Iterable[ReportTable],
        printed: Iterable[ReportTable] = (),
    ) -> UkFoiStatistics:
        """The statistics holding ``tables`` (of one :func:`~.schemas.statistics_schema`)."""
        found = tuple(tables)
        bodies = tuple(r for r in found[0].rows if isinstance(r, str)) if found else ()
        schema = statistics_schema(bodies, policy)
        problems = [
            Problem(f"tables[{i}]", "not the table of the report schema", t.schema.name)
            for i, t in enumerate(found)
            if i >= len(schema.tables) or t.schema != schema.tables[i]
        ]
        if problems:
            msg = "invalid FOI statistics"
            raise InvalidInputError(msg, problems=problems)
        return cls(
            year,
            quarter,
            bodies,
            policy,
            [_ints(t) for t in found],
            [(t.schema.name, _decimals(t)) for t in printed],
        )

    @property
    def tables(self) -> tuple[ReportTable, ...]:
        """The count tables, in the order of the report schema."""
        return self._tables

    @property
    def printed_tables(self) -> tuple[ReportTable, ...]:
        """The printed percentage tables."""
        return self._printed_tables

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
        for t in (*self._tables, *self._printed_tables):
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
        order first seen. Percentage tables (``table4``, ``table6a``, ``table6b``,
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
        names = _published_bodies(data)
        schema = statistics_schema(names, chosen)
        tables = [ReportTable.from_labels(s, data.get(s.name, {})) for s in schema.tables]
        printed = [
            ReportTable.from_labels(percent_schema(n, names), data[n])
            for n in _PERCENT_NAMES
            if n in data
        ]
        return cls(
            year,
            quarter,
            names,
            chosen,
            [_ints(t) for t in tables],
            [(t.schema.name, _decimals(t)) for t in printed],
            published=True,
        )

    # -- derived figures and checks -----------------------------------------------------

    def _sum(self, row: Hashable, cells: Iterable[tuple[str, str]]) -> Decimal | None:
        total = Decimal(0)
        for table, column in cells:
            value = self.table(table)[row, column]
            if value is None:
                return None
            total += value
        return total

    def _whole(self, row: Hashable, column: PercentColumn) -> Decimal | None:
        """The denominator of ``column`` in ``row``: its cells, less the procedural refusals."""
        whole = self._sum(row, column.denominator)
        if whole is None or not column.less_procedural:
            return whole
        reasons = self.policy.procedural_refusals
        less = self._sum(row, [("withheld_reasons", r.value) for r in reasons])
        if less is None or less > whole:
            return None  # more refusals than resolvable: the identities report it
        return whole - less

    def _derive(self, spec: PercentTable) -> ReportTable:
        schema = percent_schema(spec.name, self.bodies)
        cells: dict[tuple[Hashable, Hashable], object] = {}
        for row in schema.row_keys:
            for column in spec.columns:
                part = self._sum(row, column.numerator)
                whole = self._whole(row, column)
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
        for printed in self._printed_tables:
            spec = next(t for t in PERCENT_TABLES if t.name == printed.schema.name)
            found.extend(self._percent_findings(printed, spec))
            if spec.partition:
                found.extend(self._partition_findings(printed))
        return tuple(found)

    def _percent_findings(self, printed: ReportTable, spec: PercentTable) -> list[Finding]:
        found: list[Finding] = []
        for column in spec.columns:
            for row in printed.rows:
                value = printed[row, column.key]
                whole = self._whole(row, column)
                part = self._sum(row, column.numerator)
                if value is None or whole is None or (part is None and whole != 0):
                    continue
                expected = None if part is None else self.policy.percent(part, whole)
                if value == expected:
                    continue
                label = printed.schema.cell_label((row, column.key))
                gives = "nothing to take a percentage of" if expected is None else f"{expected} %"
                found.append(
                    Finding(
                        rule="uk.stats.percent",
                        message=f"{label} is printed {value} % but the counts give {gives}",
                        cells=((row, column.key),),
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
            if abs(total - 100) <= slack:
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
        if self.published or other.published:
            msg = "published figures (with cells not printed) do not add; merge the records' counts"
            raise InvalidInputError(msg, field="published", value=True)
        if self.printed or other.printed:
            msg = "printed percentages do not add; merge the counts and derive them"
            raise InvalidInputError(msg, field="printed", value=[n for n, _ in self.printed])
        bodies = tuple(sorted({*self.bodies, *other.bodies}))
        schema = statistics_schema(bodies, self.policy)
        merged = [
            _embed(mine, s) + _embed(theirs, s)
            for s, mine, theirs in zip(schema.tables, self.tables, other.tables, strict=True)
        ]
        return UkFoiStatistics.of_tables(self.year, self.quarter, self.policy, merged)

    # -- rendering -----------------------------------------------------------------------

    def _all(self) -> list[ReportTable]:
        derived = self.percentages()
        printed = {t.schema.name: t for t in self._printed_tables}
        order = (
            *("table1", "table3", "table4", "table5", "table6a", "table6b", "withheld_reasons"),
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
