"""League tables of agencies: disclosure and correction rates with Wilson intervals.

:func:`league_table` reads one year's reports of many agencies into a
:class:`LeagueTable` of :class:`LeagueEntry` rows (built by
:meth:`ReportCorpus.league <govdisclosure.jurisdictions.cn.report.corpus.ReportCorpus.league>`):

* **disclosure rate**: (（一）予以公开 + （二）部分公开) ÷ （七）总计, table 三's 总计 column
  (the definition of :attr:`RequestTable.disclosure_rate`; ours, the format states none);
* **correction rate**: the 结果纠正 cells of table 四's three groups (行政复议, 未经复议直接起诉,
  复议后起诉) ÷ their 总计 cells (pending cases included in the base, as the task of
  comparing agencies' totals reads it: a policy of ours);
* **requests**: 一、本年新收 + 二、上年结转, table 三's 总计 column (the year's workload);

each rate with a 95 % Wilson score interval (:meth:`Rate.interval`). There is **no
late-reply share**: neither the 2021 nor the 2019 national format records whether
replies were late (table 三 counts requests by outcome only, table 四 review results), so
the league has no such column; a late-reply rate needs request logs
(:func:`~govdisclosure.jurisdictions.cn.report.headline.headline_figures`).

Agencies that handled fewer than ``min_requests`` requests (30 by default, a policy of
ours: the law sets none) are flagged and not ranked; so are agencies whose disclosure
rate cannot be computed (a blank cell, nothing handled). Ranks are by disclosure rate,
highest first, ties sharing a rank (1, 2, 2, 4).

>>> from govdisclosure.jurisdictions.cn.report import AnnualReport, RequestTable
>>> def report(agency, handled, disclosed):
...     return AnnualReport(agency=agency, year=2025, requests=RequestTable.from_labels({
...         "（一）予以公开": {"总计": disclosed}, "（二）部分公开": {"总计": 0},
...         "（七）总计": {"总计": handled}}))
>>> league = league_table([report("甲局", 100, 50), report("乙局", 40, 30),
...                        report("丙局", 10, 10)], year=2025)
>>> [(rank, e.agency) for rank, e in league.ranked]
[(1, '乙局'), (2, '甲局')]
>>> league.flag("丙局")
'fewer than 30 requests handled (10)'
>>> low, high = league.entry("甲局").disclosure.interval()
>>> round(low, 4), round(high, 4)
(0.4038, 0.5962)

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from fractions import Fraction
from typing import Any, cast

import attrs

from govdisclosure.errors import InvalidInputError
from govdisclosure.jurisdictions.cn.outcomes import Outcome
from govdisclosure.jurisdictions.cn.report.annual import AnnualReport
from govdisclosure.jurisdictions.cn.report.format import CASE_KINDS, CaseResult, RequestRow, Total
from govdisclosure.jurisdictions.cn.report.headline import wilson_interval
from govdisclosure.reports import BlankPolicy

__all__ = ["Z95", "LeagueEntry", "LeagueTable", "Rate", "league_table"]

Z95 = 1.959963984540054
"""The standard normal quantile for a two-sided 95 % interval, Φ⁻¹(0.975)."""


@attrs.frozen
class Rate:
    """A proportion ``numerator / denominator`` of whole counts, with its Wilson interval.

    >>> Rate(50, 100).value
    0.5
    >>> Rate(0, 0).value is None, Rate(0, 0).interval() is None
    (True, True)

    Attributes:
        numerator: The cases counted (disclosures, corrections).
        denominator: The cases they are counted among (the sample size ``n``).
    """

    numerator: int
    denominator: int

    def __attrs_post_init__(self) -> None:
        for name in ("numerator", "denominator"):
            value = getattr(self, name)
            if type(value) is not int or value < 0:
                msg = "must be a whole number, 0 or more"
                raise InvalidInputError(msg, field=name, value=value)
        if self.numerator > self.denominator:
            msg = f"is more than the denominator ({self.denominator})"
            raise InvalidInputError(msg, field="numerator", value=self.numerator)

    @property
    def exact(self) -> Fraction | None:
        """The rate as an exact fraction; ``None`` when the denominator is 0."""
        return Fraction(self.numerator, self.denominator) if self.denominator else None

    @property
    def value(self) -> float | None:
        """The rate; ``None`` when the denominator is 0."""
        exact = self.exact
        return None if exact is None else float(exact)

    def interval(self, z: float = Z95) -> tuple[float, float] | None:
        """The Wilson score interval (95 % by default); ``None`` when the denominator is 0.

        With ``k`` successes in ``n``, ``p̂ = k/n`` and ``z`` the normal quantile
        (:data:`Z95` = 1.959963984540054 for 95 %), the bounds are

            (p̂ + z²/(2n) ∓ z·√(p̂(1 − p̂)/n + z²/(4n²))) / (1 + z²/n),

        exactly 0 when ``k = 0`` and 1 when ``k = n``. Source: E. B. Wilson, "Probable
        inference, the law of succession, and statistical inference", *J. Amer. Statist.
        Assoc.* 22 (1927) 209-212; L. D. Brown, T. T. Cai and A. DasGupta, "Interval
        estimation for a binomial proportion", *Statist. Sci.* 16 (2001) 101-133, eq. (4).
        Computed by :func:`~govdisclosure.jurisdictions.cn.report.headline.wilson_interval`.

        Raises:
            InvalidInputError: for a ``z`` that is not a positive finite number.

        >>> low, high = Rate(1, 10).interval()
        >>> round(low, 4), round(high, 4)
        (0.0179, 0.4042)
        """
        given: object = z
        if (
            isinstance(given, bool)
            or not isinstance(given, (int, float))
            or not 0 < given < math.inf
        ):
            msg = "must be a positive normal quantile (1.959963984540054 for 95 %)"
            raise InvalidInputError(msg, field="z", value=given)
        return wilson_interval(self.numerator, self.denominator, z)


def _rate(numerator: int | None, denominator: int | None) -> Rate | None:
    # A report whose parts exceed its total is inconsistent: no rate (its validation says why).
    if numerator is None or denominator is None or numerator > denominator:
        return None
    return Rate(numerator, denominator)


@attrs.frozen(kw_only=True)
class LeagueEntry:
    """One agency's figures for a year, as its report prints them.

    A figure is ``None`` when a cell it needs is blank (and blanks are not read as 0).

    Attributes:
        agency: The agency.
        disclosed: （一）予以公开 + （二）部分公开, table 三, 总计 column.
        handled: （七）总计, table 三, 总计 column.
        corrected: 结果纠正 summed over table 四's three groups.
        cases: 总计 summed over table 四's three groups.
        new: 一、本年新收, table 三, 总计 column.
        carried_over: 二、上年结转, table 三, 总计 column.
        notes: What was assumed or missing (a blank cell, read as 0 or not).
    """

    agency: str
    disclosed: int | None
    handled: int | None
    corrected: int | None
    cases: int | None
    new: int | None
    carried_over: int | None
    notes: tuple[str, ...] = ()

    @property
    def disclosure(self) -> Rate | None:
        """The disclosure rate; ``None`` if a cell it needs is blank."""
        return _rate(self.disclosed, self.handled)

    @property
    def correction(self) -> Rate | None:
        """The correction rate in table 四; ``None`` if a cell it needs is blank."""
        return _rate(self.corrected, self.cases)

    @property
    def requests(self) -> int | None:
        """Requests of the year: 一 + 二 (new and carried over); ``None`` if either is blank."""
        if self.new is None or self.carried_over is None:
            return None
        return self.new + self.carried_over


@attrs.frozen
class LeagueTable:
    """Agencies' figures for one year, ranked by disclosure rate (see the module docs).

    Attributes:
        year: The year.
        min_requests: Agencies that handled fewer requests are flagged and not ranked.
        entries: One entry per agency, by agency.
    """

    year: int
    min_requests: int
    entries: tuple[LeagueEntry, ...]

    def entry(self, agency: str) -> LeagueEntry:
        """The entry of ``agency``.

        Raises:
            InvalidInputError: if the table has none.
        """
        for e in self.entries:
            if e.agency == agency:
                return e
        msg = f"no entry in the {self.year} league table"
        raise InvalidInputError(msg, field="agency", value=agency)

    def flag(self, agency: str | LeagueEntry) -> str | None:
        """Why ``agency`` is not ranked (too few requests, no rate), or ``None`` if it is."""
        e = agency if isinstance(agency, LeagueEntry) else self.entry(agency)
        if e.disclosed is None or e.handled is None:
            return "disclosure rate undetermined: a cell it needs is blank"
        if e.disclosed > e.handled:
            return (
                f"disclosure rate undetermined: disclosed ({e.disclosed}) exceeds handled"
                f" ({e.handled}) in table 三"
            )
        if e.handled < self.min_requests:
            return f"fewer than {self.min_requests} requests handled ({e.handled})"
        if e.handled == 0:
            return "disclosure rate undetermined: no request handled"
        return None

    @property
    def ranked(self) -> tuple[tuple[int, LeagueEntry], ...]:
        """``(rank, entry)`` for the ranked agencies, best disclosure rate first.

        Equal rates share a rank and the next rank skips (1, 2, 2, 4); equal rates
        are listed by agency.
        """
        scored: list[tuple[Fraction, LeagueEntry]] = []
        for e in self.entries:
            rate = e.disclosure
            if self.flag(e) is None and rate is not None and rate.exact is not None:
                scored.append((rate.exact, e))
        scored.sort(key=lambda pair: (-pair[0], pair[1].agency))
        out: list[tuple[int, LeagueEntry]] = []
        for i, (score, e) in enumerate(scored):
            rank = out[-1][0] if out and scored[i - 1][0] == score else i + 1
            out.append((rank, e))
        return tuple(out)

    @property
    def flagged(self) -> tuple[LeagueEntry, ...]:
        """The agencies not ranked, by agency (:meth:`flag` says why)."""
        return tuple(e for e in self.entries if self.flag(e) is not None)

    def rank(self, agency: str) -> int | None:
        """The rank of ``agency``; ``None`` if it is flagged."""
        e = self.entry(agency)
        return next((rank for rank, other in self.ranked if other is e), None)

    def to_records(self, z: float = Z95) -> list[dict[str, object]]:
        """One dict per agency, ranked ones first: counts, rates, interval bounds, flag."""
        rows: list[dict[str, object]] = []
        order = [(rank, e) for rank, e in self.ranked] + [(None, e) for e in self.flagged]
        for rank, e in order:
            row: dict[str, object] = {"agency": e.agency, "year": self.year, "rank": rank}
            for name, rate in (("disclosure", e.disclosure), ("correction", e.correction)):
                interval = None if rate is None else rate.interval(z)
                row[f"{name}_n"] = None if rate is None else rate.denominator
                row[f"{name}_rate"] = None if rate is None else rate.value
                row[f"{name}_low"] = None if interval is None else interval[0]
                row[f"{name}_high"] = None if interval is None else interval[1]
            row["requests"] = e.requests
            row["flag"] = self.flag(e)
            row["notes"] = "; ".join(e.notes)
            rows.append(row)
        return rows

    def to_dataframe(self, z: float = Z95) -> Any:  # noqa: ANN401 - a pandas.DataFrame (optional, untyped)
        """:meth:`to_records` as a ``pandas.DataFrame`` (counts ``Int64``, rates ``Float64``).

        Raises:
            ImportError: if pandas is not installed (``pip install pandas``).
        """
        from govdisclosure.reports import pandas_module

        pd = pandas_module()
        records = self.to_records(z)
        columns = list(records[0]) if records else ["agency", "year", "rank"]
        frame = pd.DataFrame(records, columns=columns)
        for name in columns:
            if name in {"rank", "requests", "disclosure_n", "correction_n"}:
                frame[name] = pd.array(list(frame[name]), dtype="Int64")
            elif name.endswith(("_rate", "_low", "_high")):
                frame[name] = pd.array(list(frame[name]), dtype="Float64")
        return frame


def _cells(report: AnnualReport, blanks: BlankPolicy, notes: list[str]) -> tuple[int | None, ...]:
    """disclosed, handled, corrected, cases, new, carried over (``None`` where blank)."""
    requests, reviews = report.requests, report.reviews
    groups: list[list[tuple[Any, Any, Any]]] = [
        [
            (requests, Outcome.DISCLOSED, Total.TOTAL),
            (requests, Outcome.PARTLY_DISCLOSED, Total.TOTAL),
        ],
        [(requests, RequestRow.HANDLED, Total.TOTAL)],
        [(reviews, kind, CaseResult.CORRECTED) for kind in CASE_KINDS],
        [(reviews, kind, Total.TOTAL) for kind in CASE_KINDS],
        [(requests, RequestRow.NEW, Total.TOTAL)],
        [(requests, RequestRow.CARRIED_OVER, Total.TOTAL)],
    ]
    out: list[int | None] = []
    for cells in groups:
        values = [table.cells[row, column] for table, row, column in cells]
        blank = [
            table.label_of((row, column))
            for (table, row, column), v in zip(cells, values, strict=True)
            if v is None
        ]
        if blank and blanks is not BlankPolicy.ZERO:
            notes.extend(f"{name} is blank" for name in blank)
            out.append(None)
            continue
        notes.extend(f"{name} is blank, read as 0" for name in blank)
        out.append(sum(v for v in values if v is not None))
    return tuple(out)


def league_table(
    reports: Sequence[AnnualReport] | Iterable[AnnualReport],
    *,
    year: int,
    min_requests: int = 30,
    blanks: BlankPolicy = BlankPolicy.SKIP,
) -> LeagueTable:
    """The league table of ``reports``, all of ``year`` and of different agencies.

    Raises:
        InvalidInputError: for a report of another year, two of one agency, a bad
            ``year``, ``min_requests`` or ``blanks``.
    """
    if type(year) is not int:
        msg = "must be a year (int)"
        raise InvalidInputError(msg, field="year", value=year)
    if type(min_requests) is not int or min_requests < 0:
        msg = "must be a whole number of requests, 0 or more"
        raise InvalidInputError(msg, field="min_requests", value=min_requests)
    policy: object = blanks
    if not isinstance(policy, BlankPolicy):
        msg = "must be a BlankPolicy"
        raise InvalidInputError(msg, field="blanks", value=policy)
    entries: dict[str, LeagueEntry] = {}
    for i, entry in enumerate(cast("Iterable[object]", reports)):
        if not isinstance(entry, AnnualReport) or entry.year != year:
            msg = f"must be an AnnualReport for {year}"
            raise InvalidInputError(msg, field=f"reports[{i}]", value=entry)
        report = entry
        if report.agency in entries:
            msg = f"a second report of {report.agency!r}"
            raise InvalidInputError(msg, field=f"reports[{i}]", value=report)
        notes: list[str] = []
        disclosed, handled, corrected, cases, new, over = _cells(report, blanks, notes)
        entries[report.agency] = LeagueEntry(
            agency=report.agency,
            disclosed=disclosed,
            handled=handled,
            corrected=corrected,
            cases=cases,
            new=new,
            carried_over=over,
            notes=tuple(notes),
        )
    return LeagueTable(year, min_requests, tuple(entries[a] for a in sorted(entries)))
