"""Strategies for the PRC report corpus and what it computes: continuity, changes, leagues.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st

from govdisclosure.jurisdictions import cn
from govdisclosure.jurisdictions.cn.report import Change, LeagueEntry, Rate
from govdisclosure.serialization import from_dict, to_dict
from govdisclosure.strategies._base import _optional
from govdisclosure.strategies._cn import cn_annual_reports

__all__ = [
    "cn_change_tables",
    "cn_changes",
    "cn_corpus_findings",
    "cn_league_entries",
    "cn_league_tables",
    "cn_rates",
    "cn_report_corpora",
]

_AGENCIES = st.sampled_from(("甲局", "乙局", "丙区人民政府"))


@st.composite
def cn_report_corpora(draw: st.DrawFn, *, max_reports: int = 4) -> cn.ReportCorpus:
    """Corpora of up to ``max_reports`` reports (any cells, blanks included), of 3 agencies."""
    reports = draw(
        st.lists(
            st.builds(
                lambda r, agency, year: cn.AnnualReport(
                    agency=agency,
                    year=year,
                    requests=r.requests,
                    reviews=r.reviews,
                    proactive=r.proactive,
                    layout=r.layout,
                ),
                cn_annual_reports(valid=None),
                _AGENCIES,
                st.integers(2019, 2026),
            ),
            max_size=max_reports,
            unique_by=lambda r: (r.agency, r.year),
        )
    )
    return cn.ReportCorpus(reports)


@st.composite
def cn_corpus_findings(draw: st.DrawFn) -> cn.CorpusFinding:
    """Continuity findings and gaps of drawn corpora (or a gap if a corpus has none)."""
    corpus = draw(cn_report_corpora())
    found = corpus.continuity()
    if found:
        # A finding's cells are written by their stable codes (an enum key as its value) and read
        # back as those codes: draw the finding in that form, so that it round-trips exactly.
        return from_dict(to_dict(draw(st.sampled_from(found))), cn.CorpusFinding)
    msg = "甲局: no report for 2021 (between 2020 and 2022); continuity not checked across it"
    return cn.CorpusFinding("甲局", (2020, 2022), "cn.corpus.year-gap", msg)


@st.composite
def cn_change_tables(draw: st.DrawFn) -> cn.ChangeTable:
    """Change tables between two drawn reports of one agency."""
    first, second = draw(st.lists(st.integers(2019, 2026), min_size=2, max_size=2, unique=True))
    reports = [
        cn.AnnualReport(
            agency="甲局",
            year=year,
            requests=r.requests,
            reviews=r.reviews,
            proactive=r.proactive,
            layout=r.layout,
        )
        for year, r in zip(
            (first, second),
            draw(st.lists(cn_annual_reports(valid=None), min_size=2, max_size=2)),
            strict=True,
        )
    ]
    return cn.ReportCorpus(reports).changes("甲局", first, second)


@st.composite
def cn_changes(draw: st.DrawFn) -> Change:
    """Lines of drawn change tables."""
    return draw(st.sampled_from(draw(cn_change_tables()).lines))


@st.composite
def cn_rates(draw: st.DrawFn) -> Rate:
    """Rates: ``numerator ≤ denominator``, both whole numbers ≥ 0."""
    denominator = draw(st.integers(0, 10**6))
    return Rate(draw(st.integers(0, denominator)), denominator)


@st.composite
def cn_league_tables(draw: st.DrawFn) -> cn.LeagueTable:
    """League tables of a drawn corpus's year (possibly empty)."""
    corpus = draw(cn_report_corpora())
    year = draw(st.sampled_from([r.year for r in corpus] or [2025]))
    return corpus.league(year, min_requests=draw(st.integers(0, 50)))


@st.composite
def cn_league_entries(draw: st.DrawFn) -> LeagueEntry:
    """League entries, figures blank or not."""
    count = _optional(st.integers(0, 10**5))
    return LeagueEntry(
        agency=draw(_AGENCIES),
        disclosed=draw(count),
        handled=draw(count),
        corrected=draw(count),
        cases=draw(count),
        new=draw(count),
        carried_over=draw(count),
        notes=tuple(draw(st.lists(st.sampled_from(("行政复议/总计 is blank",)), max_size=1))),
    )


def registry() -> dict[type, Callable[[], st.SearchStrategy[Any]]]:
    """The strategy of each model class of this module, by class."""
    return {
        cn.ReportCorpus: cn_report_corpora,
        cn.CorpusFinding: cn_corpus_findings,
        cn.ChangeTable: cn_change_tables,
        Change: cn_changes,
        Rate: cn_rates,
        cn.LeagueTable: cn_league_tables,
        LeagueEntry: cn_league_entries,
    }
