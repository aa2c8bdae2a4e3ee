"""Charts for analysts: a report's outcome mix, a league table, an agency's years.

Each function returns a :class:`matplotlib.figure.Figure` and never shows it: the
figure is made without pyplot (so none is kept open behind your back, and nothing
depends on a display), drawn by the Agg canvas; save it with ``fig.savefig(...)``.
Pass ``ax=`` to draw into axes of your own (a pyplot figure in a notebook, a panel of a
larger figure); the function then returns that axes' figure.

matplotlib is an optional dependency (``pip install govdisclosure[plot]``), imported
when a chart is drawn and only then: importing this module, or
:mod:`govdisclosure.jurisdictions.cn`, does not import it.

Labels are in English by default (``language="en"``), since matplotlib's default fonts
have no Chinese glyphs; pass ``language="zh"`` with a CJK font configured
(``matplotlib.rcParams["font.sans-serif"]``) for the official labels.

A blank cell is never drawn as if it were a number silently: a bar resting on blank
cells is drawn from the cells that have numbers, and the figure says how many were
blank (its ``blank_note`` text).

>>> from govdisclosure.jurisdictions.cn.report import AnnualReport, RequestTable
>>> table = RequestTable.from_labels({"（一）予以公开": {"自然人": 7, "总计": 7}})
>>> fig = outcome_mix(AnnualReport(agency="Qinghe", year=2025, requests=table))
>>> [int(bar.get_height()) for bar in fig.axes[0].containers[0]]   # （一）予以公开
[7, 0, 0, 0, 0, 0, 7]
>>> fig.texts[0].get_text()
'145 blank cells not drawn (not read as 0)'

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from typing import Any

from govdisclosure._optional import require
from govdisclosure.errors import InvalidInputError
from govdisclosure.jurisdictions.cn.outcomes import Outcome, OutcomeGroup
from govdisclosure.jurisdictions.cn.report._league import Z95, LeagueTable
from govdisclosure.jurisdictions.cn.report.annual import AnnualReport
from govdisclosure.jurisdictions.cn.report.corpus import ReportCorpus
from govdisclosure.jurisdictions.cn.report.format import RequestRow, RequestRowKey, Total
from govdisclosure.jurisdictions.cn.report.schemas import Language, check_language

__all__ = ["PLOT_HINT", "league_chart", "outcome_mix", "year_over_year"]

PLOT_HINT = "charts need matplotlib, an optional dependency: pip install govdisclosure[plot]"
"""The message of the ImportError raised when matplotlib is missing."""

_GROUP_LABELS = {
    OutcomeGroup.DISCLOSED: ("（一）予以公开", "Disclosed"),
    OutcomeGroup.PARTLY_DISCLOSED: ("（二）部分公开", "Partly disclosed"),
    OutcomeGroup.WITHHELD: ("（三）不予公开", "Withheld"),
    OutcomeGroup.UNAVAILABLE: ("（四）无法提供", "Unavailable"),
    OutcomeGroup.NOT_PROCESSED: ("（五）不予处理", "Not processed"),
    OutcomeGroup.OTHER: ("（六）其他处理", "Other handling"),
}
_YEAR_ROWS = (
    RequestRow.NEW,
    RequestRow.CARRIED_OVER,
    RequestRow.HANDLED,
    RequestRow.CARRIED_FORWARD,
)


def _check(value: object, kind: type, field: str) -> None:
    if not isinstance(value, kind):
        msg = f"must be a {kind.__name__}"
        raise InvalidInputError(msg, field=field, value=value)


def _figure(ax: Any, size: tuple[float, float]) -> tuple[Any, Any]:  # noqa: ANN401 - matplotlib is untyped here
    figure: Any = require("matplotlib.figure", PLOT_HINT)
    agg: Any = require("matplotlib.backends.backend_agg", PLOT_HINT)
    if ax is not None:
        return ax.get_figure(), ax
    fig = figure.Figure(figsize=size, layout="constrained")
    agg.FigureCanvasAgg(fig)
    return fig, fig.add_subplot()


def _note(fig: Any, blanks: int) -> None:  # noqa: ANN401 - matplotlib
    if blanks:
        text = f"{blanks} blank cell{'s' if blanks > 1 else ''} not drawn (not read as 0)"
        fig.text(0.01, 0.01, text, fontsize="small", gid="blank_note")


def _row_label(report: AnnualReport, row: RequestRow, lang: Language) -> str:
    return report.requests.schema.row(row).long_label(lang)


def outcome_mix(
    report: AnnualReport,
    *,
    language: Language = "en",
    ax: Any = None,  # noqa: ANN401 - a matplotlib Axes
) -> Any:  # noqa: ANN401 - a matplotlib Figure
    """Table 三's outcomes by applicant kind, as stacked bars: one bar per column.

    Each bar is one column of table 三 (the six applicant kinds and 总计); its
    segments are the six outcome groups (（一）予以公开 … （六）其他处理), each the sum of
    the group's rows in that column, stacked in the official order. The segments of a
    bar add up to its （七）总计 when the table is consistent.

    Args:
        report: The report.
        language: The labels' language (``"en"`` by default; see the module docs).
        ax: Axes to draw into; a new figure by default.

    Raises:
        ImportError: if matplotlib is not installed (``pip install govdisclosure[plot]``).
        InvalidInputError: if ``report`` is not an :class:`~.annual.AnnualReport`.
    """
    _check(report, AnnualReport, "report")
    lang = check_language(language)
    fig, axes = _figure(ax, (9, 4.5))
    table = report.requests
    schema = table.schema
    columns = table.columns
    names = [schema.column(c).label(lang) for c in columns]
    bottom = [0] * len(columns)
    blanks = 0
    for group, (zh, en) in _GROUP_LABELS.items():
        rows: list[RequestRowKey] = [
            r for r in table.rows if isinstance(r, Outcome) and r.group is group
        ]
        if not rows:  # the 2019 format's single （六） row
            rows = [RequestRow.OTHER_HANDLING] if group is OutcomeGroup.OTHER else []
        heights = []
        for column in columns:
            values = [table.cells[row, column] for row in rows]
            blanks += sum(v is None for v in values)
            heights.append(sum(v for v in values if v is not None))
        axes.bar(names, heights, bottom=bottom, label=zh if lang == "zh" else en, gid=group.value)
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    axes.set_ylabel("申请数" if lang == "zh" else "requests")
    axes.set_title(f"{report.agency} {report.year}")
    axes.tick_params(axis="x", labelrotation=30)
    axes.legend(fontsize="small", loc="upper left", bbox_to_anchor=(1.01, 1))
    _note(fig, blanks)
    return fig


def league_chart(
    league: LeagueTable,
    *,
    rate: str = "disclosure",
    z: float = Z95,
    ax: Any = None,  # noqa: ANN401 - a matplotlib Axes
) -> Any:  # noqa: ANN401 - a matplotlib Figure
    """A league table's rates as horizontal bars with Wilson-interval whiskers.

    One bar per agency with a rate, ranked agencies first in rank order (best at the
    top), then the flagged ones (too few requests, shown hatched and grey, marked
    "not ranked"); an agency whose rate is undetermined has no bar. The whiskers run
    from the interval's lower to its upper bound (:meth:`~._league.Rate.interval`).

    Args:
        league: The league table.
        rate: ``"disclosure"`` (the default) or ``"correction"``.
        z: The normal quantile of the intervals (95 % by default).
        ax: Axes to draw into; a new figure by default.

    Raises:
        ImportError: if matplotlib is not installed (``pip install govdisclosure[plot]``).
        InvalidInputError: for another ``rate``, or a ``league`` that is not a
            :class:`~._league.LeagueTable`.
    """
    _check(league, LeagueTable, "league")
    if rate not in {"disclosure", "correction"}:
        msg = "must be 'disclosure' or 'correction'"
        raise InvalidInputError(msg, field="rate", value=rate)
    order = [(str(rank), e) for rank, e in league.ranked]
    order += [("not ranked", e) for e in league.flagged]
    shown = [(mark, e, getattr(e, rate)) for mark, e in order]
    shown = [(mark, e, r) for mark, e, r in shown if r is not None and r.value is not None]
    fig, axes = _figure(ax, (8, 0.5 + 0.45 * max(len(shown), 1)))
    labels = [f"{e.agency} ({mark}, n={r.denominator})" for mark, e, r in shown]
    values = [r.value for _, _, r in shown]
    bounds = [r.interval(z) for _, _, r in shown]
    errors = [
        [v - b[0] for v, b in zip(values, bounds, strict=True) if b is not None],
        [b[1] - v for v, b in zip(values, bounds, strict=True) if b is not None],
    ]
    flagged = [mark == "not ranked" for mark, _, _ in shown]
    positions = list(range(len(shown)))[::-1]
    bars = axes.barh(positions, values, xerr=errors, capsize=3, gid="rates")
    for bar, small in zip(bars, flagged, strict=True):
        if small:
            bar.set_facecolor("lightgrey")
            bar.set_edgecolor("grey")
            bar.set_hatch("//")
    axes.set_yticks(positions, labels)
    axes.set_xlim(0, 1)
    axes.set_xlabel(f"{rate} rate, {league.year} (whiskers: Wilson interval)")
    return fig


def year_over_year(
    corpus: ReportCorpus,
    agency: str,
    *,
    language: Language = "en",
    ax: Any = None,  # noqa: ANN401 - a matplotlib Axes
) -> Any:  # noqa: ANN401 - a matplotlib Figure
    """An agency's requests year by year: grouped bars of table 三's four flow rows.

    For each year the agency has a report: 一、本年新收, 二、上年结转, （七）总计 (handled)
    and 四、结转下年度 in the 总计 column, side by side. A blank cell has no bar (the
    figure's note counts them); a year with no report has no bars (a gap on the axis).

    Args:
        corpus: The corpus.
        agency: The agency.
        language: The labels' language (``"en"`` by default).
        ax: Axes to draw into; a new figure by default.

    Raises:
        ImportError: if matplotlib is not installed (``pip install govdisclosure[plot]``).
        InvalidInputError: if the corpus has no report of ``agency`` (or is not a
            :class:`~.corpus.ReportCorpus`).
    """
    _check(corpus, ReportCorpus, "corpus")
    lang = check_language(language)
    years = corpus.years(agency)
    if not years:
        msg = "has no report in the corpus"
        raise InvalidInputError(msg, field="agency", value=agency)
    reports = [corpus.report(agency, y) for y in years]
    fig, axes = _figure(ax, (8, 4))
    width = 0.8 / len(_YEAR_ROWS)
    blanks = 0
    for i, row in enumerate(_YEAR_ROWS):
        xs: list[float] = []
        heights: list[int] = []
        for report in reports:
            value = report.requests.cells[row, Total.TOTAL]
            if value is None:
                blanks += 1
                continue
            xs.append(report.year - 0.4 + width * (i + 0.5))
            heights.append(value)
        axes.bar(xs, heights, width=width, label=_row_label(reports[0], row, lang), gid=row.value)
    axes.set_xticks(list(years), [str(y) for y in years])
    axes.set_ylabel("申请数（总计）" if lang == "zh" else "requests (total column)")
    axes.set_title(agency)
    axes.legend(fontsize="small", loc="upper left", bbox_to_anchor=(1.01, 1))
    _note(fig, blanks)
    return fig
