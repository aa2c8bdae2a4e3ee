"""Charts of the PRC report corpus: the figures' data are the tables' numbers.

The checks read the bars back from the figure (heights, widths, whiskers), never pixels.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("matplotlib")

from matplotlib.figure import Figure

from cn_corpus_fixtures import BING, CORPUS, JIA, REPORTS, YI
from govdisclosure.errors import InvalidInputError
from govdisclosure.jurisdictions import cn
from govdisclosure.jurisdictions.cn.report import (
    ReportCorpus,
    ReportFormat,
    RequestTable,
    league_chart,
    outcome_mix,
    year_over_year,
)
from govdisclosure.jurisdictions.cn.report.charts import PLOT_HINT

ROOT = Path(__file__).resolve().parent.parent


def series(fig: Figure, gid: str) -> list[object]:
    """The bars of one series, by the gid the chart gave them."""
    (axes,) = fig.axes
    for container in axes.containers:
        patches = list(container)
        if patches and patches[0] is not None and patches[0].get_gid() == gid:
            return patches
    raise AssertionError(gid)


def heights(fig: Figure, gid: str) -> list[float]:
    return [p.get_height() for p in series(fig, gid)]  # type: ignore[attr-defined]


class TestOutcomeMix:
    def test_stacks_are_the_groups_sums_by_column(self):
        fig = outcome_mix(REPORTS[1])  # 甲局 2023: 60 disclosed, 15 partly, 25 not held
        assert isinstance(fig, Figure)
        #                         自然人 five other kinds  总计
        assert heights(fig, "disclosed") == [60, 0, 0, 0, 0, 0, 60]
        assert heights(fig, "partly_disclosed") == [15, 0, 0, 0, 0, 0, 15]
        assert heights(fig, "unavailable") == [25, 0, 0, 0, 0, 0, 25]
        assert heights(fig, "withheld") == [0] * 7
        # stacked: the third segment starts on top of the first two
        bottoms = [p.get_y() for p in series(fig, "unavailable")]  # type: ignore[attr-defined]
        assert bottoms[0] == 75
        ax = fig.axes[0]
        assert ax.get_xticklabels()[0].get_text() == "Natural persons"
        assert fig.texts == []  # no blank cell

    def test_a_group_of_several_rows_is_their_sum(self):
        table = RequestTable.from_labels(
            {
                "（三）不予公开 1.属于国家秘密": {"自然人": 2, "总计": 2},
                "（三）不予公开 3.危及“三安全一稳定”": {"自然人": 3, "商业企业": 1, "总计": 4},
            }
        )
        fig = outcome_mix(cn.AnnualReport(agency=JIA, year=2025, requests=table))
        assert heights(fig, "withheld") == [5, 1, 0, 0, 0, 0, 6]
        (note,) = fig.texts
        assert note.get_gid() == "blank_note"
        assert "not read as 0" in note.get_text()

    def test_the_2019_single_other_row(self):
        table = RequestTable.from_labels({"（六）其他处理": {"自然人": 4, "总计": 4}})
        assert table.layout is ReportFormat.V2019
        fig = outcome_mix(cn.AnnualReport(agency=JIA, year=2020, requests=table))
        assert heights(fig, "other") == [4, 0, 0, 0, 0, 0, 4]

    def test_chinese_labels_and_own_axes(self):
        fig = Figure()
        ax = fig.add_subplot()
        out = outcome_mix(REPORTS[1], language="zh", ax=ax)
        assert out is fig
        assert ax.get_legend().get_texts()[0].get_text() == "（一）予以公开"


class TestLeagueChart:
    def test_bars_are_the_rates_and_whiskers_the_intervals(self):
        league = CORPUS.league(2024)
        fig = league_chart(league)
        bars = series(fig, "rates")
        # top to bottom: ranked 乙局 and 甲局 (tie at 1/2), then 丙区 not ranked (20/20)
        widths = [b.get_width() for b in bars]  # type: ignore[attr-defined]
        assert widths == [0.5, 0.5, 1.0]
        ys = [b.get_y() + b.get_height() / 2 for b in bars]  # type: ignore[attr-defined]
        assert ys == [2, 1, 0]
        ticks = fig.axes[0].get_yticklabels()
        labels = {round(t.get_position()[1]): t.get_text() for t in ticks}
        assert labels == {
            2: f"{YI} (1, n=30)",
            1: f"{JIA} (1, n=80)",
            0: f"{BING} (not ranked, n=20)",
        }
        assert bars[2].get_hatch() == "//"  # type: ignore[attr-defined]
        container = next(c for c in fig.axes[0].containers if hasattr(c, "errorbar"))
        segments = container.errorbar.lines[2][0].get_segments()
        spans = [(float(s[0][0]), float(s[1][0])) for s in segments]
        for (low, high), entry in zip(spans, (YI, JIA, BING), strict=True):
            rate = league.entry(entry).disclosure
            assert rate is not None
            assert (low, high) == pytest.approx(rate.interval())

    def test_the_correction_rate_and_a_bad_name(self):
        fig = league_chart(CORPUS.league(2024), rate="correction")
        assert [b.get_width() for b in series(fig, "rates")] == [0.25]  # type: ignore[attr-defined]
        with pytest.raises(InvalidInputError, match="disclosure") as info:
            league_chart(CORPUS.league(2024), rate="late")
        assert info.value.field == "rate"


class TestYearOverYear:
    def test_bars_by_year(self):
        fig = year_over_year(CORPUS, JIA)
        assert heights(fig, "new") == [90, 100, 82]
        assert heights(fig, "carried_over") == [10, 20, 18]
        assert heights(fig, "handled") == [80, 100, 80]
        assert heights(fig, "carried_forward") == [20, 20, 20]
        assert [t.get_text() for t in fig.axes[0].get_xticklabels()] == ["2022", "2023", "2024"]

    def test_a_gap_has_no_bars_and_blanks_are_counted(self):
        fig = year_over_year(CORPUS, YI)
        xs = [p.get_x() + p.get_width() / 2 for p in series(fig, "new")]  # type: ignore[attr-defined]
        assert [round(x) for x in xs] == [2022, 2024]
        blank = ReportCorpus(
            [cn.AnnualReport(agency=JIA, year=2025, requests=RequestTable.empty())]
        )
        fig = year_over_year(blank, JIA)
        assert fig.axes[0].containers[0].patches == []
        assert "4 blank cells" in fig.texts[0].get_text()

    def test_an_unknown_agency(self):
        with pytest.raises(InvalidInputError, match="no report") as info:
            year_over_year(CORPUS, "无此局")
        assert info.value.field == "agency"


def test_without_matplotlib_the_error_says_how_to_install(monkeypatch: pytest.MonkeyPatch):
    for name in list(sys.modules):
        if name == "matplotlib" or name.startswith("matplotlib."):
            monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(ImportError, match=r"pip install govdisclosure\[plot\]") as info:
        outcome_mix(REPORTS[0])
    assert str(info.value) == PLOT_HINT


def test_importing_the_pack_does_not_import_matplotlib():
    code = (
        "import sys, govdisclosure.jurisdictions.cn as cn;"
        "import govdisclosure.jurisdictions.cn.report.charts;"
        "cn.ReportCorpus([]).league(2025);"
        "print(any(m == 'matplotlib' or m.startswith('matplotlib.') for m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(ROOT / "src")},
    )
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("chart", "arg"),
    [(outcome_mix, "not a report"), (league_chart, CORPUS), (lambda x: year_over_year(x, JIA), [])],
)
def test_what_is_not_the_chart_s_input_is_refused(chart, arg):
    with pytest.raises(InvalidInputError, match="must be a"):
        chart(arg)
