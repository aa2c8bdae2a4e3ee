"""A corpus of annual reports: many agencies, many years, compared.

:class:`ReportCorpus` holds at most one :class:`~.annual.AnnualReport` per agency and
year, and compares them:

* :meth:`~ReportCorpus.continuity`: for each agency and each pair of consecutive years,
  this year's 二、上年结转 against last year's 四、结转下年度继续办理, column by column
  (:func:`~.annual.check_continuity`), and every gap in an agency's years as a finding
  of its own;
* :meth:`~ReportCorpus.changes`: every cell of two years side by side, with the
  difference and the relative change (:class:`ChangeTable`);
* :meth:`~ReportCorpus.league`: agencies ranked by disclosure rate, with correction
  rates and Wilson intervals (:class:`~._league.LeagueTable`);
* :meth:`~ReportCorpus.to_dataframe`: every cell of every report in one long frame.

>>> from govdisclosure.jurisdictions.cn.report import AnnualReport, RequestTable
>>> def report(year, over, forward):
...     return AnnualReport(agency="某局", year=year, requests=RequestTable.from_labels({
...         "二、上年结转政府信息公开申请数量": {"自然人": over, "总计": over},
...         "四、结转下年度继续办理": {"自然人": forward, "总计": forward}}))
>>> corpus = ReportCorpus([report(2022, 0, 5), report(2023, 4, 2), report(2025, 2, 0)])
>>> found = corpus.continuity()
>>> for finding in found:
...     print(finding.rule, finding.years)
cn.t3.carried-forward (2022, 2023)
cn.t3.carried-forward (2022, 2023)
cn.corpus.year-gap (2023, 2025)
>>> print(found[0].message)
某局 2022→2023: this year 四/自然人 = 5 but next year 二/自然人 = 4 (difference +1)
>>> print(found[2].message)
某局: no report for 2024 (between 2023 and 2025); continuity not checked across it
>>> line = corpus.changes("某局", 2022, 2023)["requests", "carried_forward", "total"]
>>> line.before, line.after, line.difference, line.relative
(5, 2, -3, Decimal('-0.6'))

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import decimal
import itertools
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import Any, cast

import attrs

from govdisclosure.errors import InvalidInputError
from govdisclosure.jurisdictions.cn.report._corpus_frame import corpus_frame
from govdisclosure.jurisdictions.cn.report._league import LeagueTable, league_table
from govdisclosure.jurisdictions.cn.report.annual import AnnualReport, check_continuity
from govdisclosure.jurisdictions.cn.report.schemas import Language, check_language
from govdisclosure.reports import BlankPolicy, Finding, Record

__all__ = ["RULE_YEAR_GAP", "Change", "ChangeTable", "CorpusFinding", "ReportCorpus"]

RULE_YEAR_GAP = "cn.corpus.year-gap"
"""The rule of a :class:`CorpusFinding` for years missing between two reports of an agency."""

_EXACT = decimal.Context(prec=28)

Amount = int | Decimal
"""A cell's number: a count (``int``) or an amount (``Decimal``, table 二's fees)."""


@attrs.frozen
class CorpusFinding:
    """A finding across the reports of one agency: a carried-forward mismatch, or a gap.

    Attributes:
        agency: The agency.
        years: The two years compared (a carried-forward finding: consecutive years;
            a gap: the years on either side of it).
        rule: :data:`~.tables.RULE_CARRY` (``"cn.t3.carried-forward"``) or
            :data:`RULE_YEAR_GAP`.
        message: A sentence for people, naming the agency and the years.
        finding: The finding of :func:`~.annual.check_continuity` this one wraps
            (its cells and numbers); ``None`` for a gap.
    """

    agency: str
    years: tuple[int, int]
    rule: str
    message: str
    finding: Finding | None = None

    @property
    def missing_years(self) -> tuple[int, ...]:
        """The years with no report, for a gap (empty for a carried-forward finding)."""
        if self.rule != RULE_YEAR_GAP:
            return ()
        return tuple(range(self.years[0] + 1, self.years[1]))

    def __str__(self) -> str:
        return f"{self.rule}: {self.message}"


@attrs.frozen
class Change:
    """One cell in two years: both values, and the change between them.

    Attributes:
        table: The table's code (``"proactive"``, ``"requests"``,
            ``"reconsideration_litigation"``), as in the records.
        row: The row's code.
        column: The column's code.
        row_label: The row's label (from the later report where it has the cell).
        column_label: The column's label.
        before: The value in the earlier year; ``None`` if blank or not in its format.
        after: The value in the later year; ``None`` if blank or not in its format.
        note: Why :attr:`difference` or :attr:`relative` is missing (a blank, a cell
            one year's format does not have, a base of 0), else ``""``. A blank is
            never read as 0.
    """

    table: str
    row: str
    column: str
    row_label: str
    column_label: str
    before: Amount | None
    after: Amount | None
    note: str = ""

    @property
    def difference(self) -> Amount | None:
        """``after - before``; ``None`` if either is missing."""
        if self.before is None or self.after is None:
            return None
        return self.after - self.before

    @property
    def relative(self) -> Decimal | None:
        """``(after - before) / |before|`` exactly (28 significant digits).

        ``None`` if either value is missing or ``before`` is 0 (no change relative to
        nothing). The base is taken in absolute value so that a rise is positive even
        for table 二's signed changes (增/减).
        """
        difference = self.difference
        if difference is None or self.before is None or self.before == 0:
            return None
        # A context of its own: the result does not depend on the caller's decimal context.
        return _EXACT.divide(Decimal(difference), abs(Decimal(self.before)))


def _change_note(before: Record | None, after: Record | None, years: tuple[int, int]) -> str:
    first, second = years
    for record, year in ((before, first), (after, second)):
        if record is None:
            return f"no such cell in the {year} report's format"
    for record, year in ((before, first), (after, second)):
        if record is not None and record["value"] is None:
            return f"blank in {year} (not read as 0)"
    if before is not None and before["value"] == 0:
        return f"{first} is 0: no relative change"
    return ""


@attrs.frozen
class ChangeTable:
    """Every cell of an agency's reports for two years, side by side (:meth:`ReportCorpus.changes`).

    Attributes:
        agency: The agency.
        year_from: The earlier year (the base).
        year_to: The later year.
        lines: One :class:`Change` per cell, tables 二, 三, 四 in their official order
            (the later report's; cells only the earlier format has come last).
    """

    agency: str
    year_from: int
    year_to: int
    lines: tuple[Change, ...]

    def __getitem__(self, key: tuple[str, str, str]) -> Change:
        """The line of ``(table, row, column)`` codes.

        Raises:
            KeyError: if no line has those codes.
        """
        for line in self.lines:
            if (line.table, line.row, line.column) == key:
                return line
        raise KeyError(key)

    def __iter__(self) -> Iterator[Change]:
        return iter(self.lines)

    def __len__(self) -> int:
        return len(self.lines)

    def to_records(self) -> list[dict[str, object]]:
        """One plain dict per line: the fields of :class:`Change`, ``difference``, ``relative``."""
        return [
            {
                **attrs.asdict(line, recurse=False),
                "difference": line.difference,
                "relative": line.relative,
            }
            for line in self.lines
        ]

    def to_dataframe(self) -> Any:  # noqa: ANN401 - a pandas.DataFrame (optional, untyped)
        """The lines as a ``pandas.DataFrame``, one row per cell.

        ``before``, ``after`` and ``difference`` are ``object`` columns holding ``int``
        counts and ``Decimal`` amounts exactly (``<NA>`` where missing), ``relative``
        exact ``Decimal`` values; ``note`` says why a figure is missing.

        Raises:
            ImportError: if pandas is not installed (``pip install pandas``).
        """
        from govdisclosure.reports import pandas_module

        pd = pandas_module()
        records = self.to_records()
        names = [f.name for f in attrs.fields(Change)] + ["difference", "relative"]
        data: dict[str, Any] = {}
        for name in names:
            values = [r[name] for r in records]
            if name in {"before", "after", "difference", "relative"}:
                values = [pd.NA if v is None else v for v in values]
                data[name] = pd.array(values, dtype=object)
            else:
                data[name] = values
        return pd.DataFrame(data, columns=names)


def _sorted_reports(reports: Iterable[AnnualReport]) -> tuple[AnnualReport, ...]:
    given: object = reports
    if isinstance(given, (str, bytes)) or not isinstance(given, Iterable):
        msg = "must be an iterable of AnnualReport"
        raise InvalidInputError(msg, field="reports", value=given)
    seen: dict[tuple[str, int], int] = {}
    found: list[AnnualReport] = []
    for i, report in enumerate(cast("Iterable[object]", reports)):
        if not isinstance(report, AnnualReport):
            msg = "not an AnnualReport"
            raise InvalidInputError(msg, field=f"reports[{i}]", value=report)
        key = (report.agency, report.year)
        if key in seen:
            msg = (
                f"reports[{seen[key]}] and reports[{i}] are both the report of "
                f"{report.agency!r} for {report.year}; a corpus holds one per agency and year"
            )
            raise InvalidInputError(msg, field=f"reports[{i}]", value=key)
        seen[key] = i
        found.append(report)
    return tuple(sorted(found, key=lambda r: (r.agency, r.year)))


@attrs.frozen
class ReportCorpus:
    """Annual reports of many agencies and years, one per agency and year.

    The reports are kept in order of agency, then year, whatever order they come
    in (two corpora of the same reports are equal).

    Raises:
        InvalidInputError: for an entry that is not an :class:`~.annual.AnnualReport`,
            or two reports of the same agency and year (naming both positions).

    Attributes:
        reports: The reports, by agency and year.
    """

    reports: tuple[AnnualReport, ...] = attrs.field(converter=_sorted_reports)

    # -- reading --

    def __iter__(self) -> Iterator[AnnualReport]:
        return iter(self.reports)

    def __len__(self) -> int:
        return len(self.reports)

    @property
    def agencies(self) -> tuple[str, ...]:
        """The agencies, in order."""
        return tuple(dict.fromkeys(r.agency for r in self.reports))

    def years(self, agency: str) -> tuple[int, ...]:
        """The years ``agency`` has a report for, in order (empty if none)."""
        return tuple(r.year for r in self.reports if r.agency == agency)

    def report(self, agency: str, year: int) -> AnnualReport:
        """The report of ``agency`` for ``year``.

        Raises:
            InvalidInputError: if the corpus has none (naming the years it has).
        """
        for r in self.reports:
            if r.agency == agency and r.year == year:
                return r
        have = self.years(agency)
        msg = f"no report of {agency!r} for this year (the corpus has {list(have) or 'none'})"
        raise InvalidInputError(msg, field="year", value=year)

    # -- comparing --

    def continuity(self, *, blanks: BlankPolicy = BlankPolicy.SKIP) -> tuple[CorpusFinding, ...]:
        """Every cross-year finding of every agency, by agency and year.

        For two reports of consecutive years, one finding per column where the
        later 二、上年结转 differs from the earlier 四、结转下年度继续办理
        (:func:`~.annual.check_continuity` with ``blanks``; the check is our reading,
        spec §5.5 identity 5); for years missing between two reports, one
        :data:`RULE_YEAR_GAP` finding per gap, since nothing is compared across it.
        Years before an agency's first report or after its last are not gaps.
        """
        found: list[CorpusFinding] = []
        for agency, group in itertools.groupby(self.reports, key=lambda r: r.agency):
            for earlier, later in itertools.pairwise(group):
                years = (earlier.year, later.year)
                if later.year != earlier.year + 1:
                    missing = ", ".join(str(y) for y in range(earlier.year + 1, later.year))
                    msg = (
                        f"{agency}: no report for {missing} (between {earlier.year} and "
                        f"{later.year}); continuity not checked across it"
                    )
                    found.append(CorpusFinding(agency, years, RULE_YEAR_GAP, msg))
                    continue
                for finding in check_continuity(earlier, later, blanks=blanks):
                    msg = f"{agency} {earlier.year}→{later.year}: {finding.message}"
                    found.append(CorpusFinding(agency, years, finding.rule, msg, finding))
        return tuple(found)

    def changes(
        self, agency: str, year_from: int, year_to: int, *, language: Language = "zh"
    ) -> ChangeTable:
        """Every cell of ``agency``'s reports for ``year_from`` and ``year_to``, side by side.

        Cells are matched by their codes (table, row, column), so reports of the
        2019 and 2021 formats compare where they share a cell; a cell one format
        lacks is a line with ``None`` on that side and a note (to compare a 2021
        report's three （六） rows with a 2019 report's one, convert its table with
        ``RequestTable.to_layout(ReportFormat.V2019)`` first). Labels are in ``language``.

        Raises:
            InvalidInputError: if either report is not in the corpus, or the years are equal.
        """
        if year_from == year_to:
            msg = "must differ from year_from"
            raise InvalidInputError(msg, field="year_to", value=year_to)
        lang = check_language(language)
        earlier = self.report(agency, year_from).to_records(lang)
        later = self.report(agency, year_to).to_records(lang)

        def code(r: Record) -> tuple[str, str, str]:
            return (str(r["table"]), str(r["row"]), str(r["column"]))

        before = {code(r): r for r in earlier}
        after = {code(r): r for r in later}
        order = [*after, *(k for k in before if k not in after)]
        lines: list[Change] = []
        for key in order:
            old, new = before.get(key), after.get(key)
            shown = cast("Record", new if new is not None else old)
            lines.append(
                Change(
                    *key,
                    row_label=str(shown["row_label"]),
                    column_label=str(shown["column_label"]),
                    before=None if old is None else cast("Amount | None", old["value"]),
                    after=None if new is None else cast("Amount | None", new["value"]),
                    note=_change_note(old, new, (year_from, year_to)),
                )
            )
        return ChangeTable(agency, year_from, year_to, tuple(lines))

    def league(
        self,
        year: int,
        *,
        min_requests: int = 30,
        blanks: BlankPolicy = BlankPolicy.SKIP,
    ) -> LeagueTable:
        """The agencies' league table for ``year`` (see :class:`~._league.LeagueTable`).

        Args:
            year: The year; agencies with no report for it are not in the table.
            min_requests: Agencies that handled fewer requests (（七）总计) are
                flagged and not ranked (a policy of ours; the law sets none).
            blanks: ``SKIP`` (the default): a rate that needs a blank cell is
                undetermined; ``ZERO``: blanks are read as 0, and the entry says so.
        """
        return league_table(
            [r for r in self.reports if r.year == year],
            year=year,
            min_requests=min_requests,
            blanks=blanks,
        )

    # -- export --

    def to_records(self, language: Language = "zh") -> list[Record]:
        """Every cell of every report (:meth:`AnnualReport.to_records`), by agency and year."""
        lang = check_language(language)
        return [record for r in self.reports for record in r.to_records(lang)]

    def to_dataframe(self, language: Language = "zh") -> Any:  # noqa: ANN401 - a pandas.DataFrame (optional, untyped)
        """Every cell of every report as one long ``pandas.DataFrame``, one row per cell.

        The columns are those of :meth:`AnnualReport.to_dataframe`: ``agency``,
        ``year``, ``table``, ``row``, ``column`` (stable codes), ``row_label`` and
        ``column_label`` (official labels in ``language``), ``row_order`` and
        ``column_order`` (0-based positions in the official order), ``kind``, ``count``
        (nullable ``Int64``; a blank is ``<NA>``) and ``amount`` (exact ``Decimal`` in an
        ``object`` column). Rows come by agency, year, then table 二, 三, 四, each in its
        official order. One report's table in its printed layout is a pivot on the
        order columns::

            part = df[(df.agency == a) & (df.year == y) & (df.table == "requests")]
            part.pivot(index=["row_order", "row_label"],
                       columns=["column_order", "column_label"], values="count")

        The frame equals ``records_frame`` of :meth:`to_records` (one record per cell),
        built column by column instead (labels from each schema's first table).

        Raises:
            ImportError: if pandas is not installed (``pip install pandas``).
        """
        return corpus_frame(self.reports, check_language(language))
