"""The tutorial's invented report pages (govdisclosure.examples.sample_pages).

The expected cells below are typed from the pages' design (docs/tutorial-reports.md), not from
the parser's output; the identities are summed here in plain Python, independently of the
library's rules, to show that each page breaks exactly what the tutorial says and nothing else.
"""

from __future__ import annotations

import math
from decimal import Decimal

import pytest

from govdisclosure.errors import UnknownLabelError
from govdisclosure.examples import sample_pages
from govdisclosure.jurisdictions import cn

pytest.importorskip("lxml")
pd = pytest.importorskip("pandas")

# Table 三 in the official row order: 一, 二, （一）, （二）, （三）1-8, （四）1-3, （五）1-5,
# （六）1-3, （七）总计, 四; columns 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构,
# 其他, 总计.
Z = [0, 0, 0, 0, 0, 0, 0]
DISTRICT_2023_T3 = [
    [152, 18, 0, 1, 3, 2, 176],
    [6, 1, 0, 0, 0, 0, 7],
    [68, 8, 0, 1, 1, 1, 79],
    [14, 3, 0, 0, 1, 0, 18],
    Z,
    [1, 0, 0, 0, 0, 0, 1],
    Z,
    [2, 1, 0, 0, 0, 0, 3],
    [1, 0, 0, 0, 0, 0, 1],
    [3, 0, 0, 0, 0, 0, 3],
    [2, 0, 0, 0, 0, 0, 2],
    [1, 0, 0, 0, 0, 0, 1],
    [38, 4, 0, 0, 1, 1, 44],
    [5, 1, 0, 0, 0, 0, 6],
    [2, 0, 0, 0, 0, 0, 2],
    [7, 0, 0, 0, 0, 0, 7],
    [3, 0, 0, 0, 0, 0, 3],
    Z,
    [1, 0, 0, 0, 0, 0, 1],
    Z,
    [1, 0, 0, 0, 0, 0, 1],
    Z,
    Z,
    [149, 17, 0, 1, 3, 2, 172],
    [9, 2, 0, 0, 0, 0, 11],
]
DISTRICT_2024_T3 = [
    [171, 21, 1, 0, 4, 2, 199],
    [9, 3, 0, 0, 0, 0, 12],
    [80, 10, 1, 0, 1, 1, 93],
    [17, 4, 0, 0, 1, 0, 22],
    Z,
    [2, 0, 0, 0, 0, 0, 2],
    Z,
    [3, 2, 0, 0, 0, 0, 5],
    Z,
    [4, 0, 0, 0, 0, 0, 4],
    [1, 0, 0, 0, 0, 0, 1],
    [2, 0, 0, 0, 0, 0, 2],
    [41, 5, 0, 0, 1, 1, 48],
    [4, 1, 0, 0, 0, 0, 5],
    [1, 0, 0, 0, 0, 0, 1],
    [6, 0, 0, 0, 0, 0, 6],
    [4, 0, 0, 0, 0, 0, 4],
    [1, 0, 0, 0, 0, 0, 1],
    Z,
    Z,
    [2, 1, 0, 0, 0, 0, 3],
    Z,
    Z,
    [168, 23, 1, 0, 3, 2, 197],
    [12, 1, 0, 0, 1, 0, 14],
]
BUREAU_2024_T3 = [
    [25, 16, 0, 0, 2, 0, 43],
    [1, 1, 0, 0, 0, 0, 2],
    [9, 7, 0, 0, 1, 0, 17],
    [3, 3, 0, 0, 0, 0, 6],
    Z,
    Z,
    Z,
    [1, 2, 0, 0, 0, 0, 3],
    Z,
    [1, 0, 0, 0, 0, 0, 1],
    [0, 1, 0, 0, 0, 0, 1],
    Z,
    [6, 2, 0, 0, 1, 0, 9],
    [1, 0, 0, 0, 0, 0, 1],
    Z,
    [2, 0, 0, 0, 0, 0, 2],
    Z,
    Z,
    Z,
    Z,
    [1, 1, 0, 0, 0, 0, 2],
    Z,
    Z,
    [24, 16, 0, 0, 2, 0, 42],
    [2, 1, 0, 0, 0, 0, 3],
]
# Table 四: 行政复议, 未经复议直接起诉, 复议后起诉; each 维持, 纠正, 其他, 尚未审结, 总计.
DISTRICT_2023_T4 = (2, 1, 0, 1, 4, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0)
DISTRICT_2024_T4 = (3, 1, 1, 0, 6, 1, 0, 0, 1, 2, 1, 0, 0, 0, 1)
BUREAU_2024_T4 = (1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)


def t2(rules, normative, licensing, penalty, *, coercion, fees):
    return {
        "规章": dict(zip(["本年制发件数", "本年废止件数", "现行有效件数"], rules, strict=True)),
        "行政规范性文件": dict(
            zip(["本年制发件数", "本年废止件数", "现行有效件数"], normative, strict=True)
        ),
        "行政许可": {"本年处理决定数量": licensing},
        "行政处罚": {"本年处理决定数量": penalty},
        "行政强制": {"本年处理决定数量": coercion},
        "行政事业性收费": {"本年收费金额（单位：万元）": fees},
    }


PAGES = {
    "district_2023": (
        sample_pages.DISTRICT_2023,
        "示例区人民政府",
        2023,
        DISTRICT_2023_T3,
        DISTRICT_2023_T4,
        t2((0, 0, 3), (9, 2, 64), 2315, 418, coercion=None, fees=Decimal("126.45")),
    ),
    "district_2024": (
        sample_pages.DISTRICT_2024,
        "示例区人民政府",
        2024,
        DISTRICT_2024_T3,
        DISTRICT_2024_T4,
        t2((1, 0, 4), (11, 5, 70), 2508, 391, coercion=27, fees=Decimal("118.30")),
    ),
    "bureau_2024": (
        sample_pages.BUREAU_2024,
        "示例区市场监督管理局",
        2024,
        BUREAU_2024_T3,
        BUREAU_2024_T4,
        t2((0, 0, 0), (3, 1, 15), 5872, 1146, coercion=63, fees=None),
    ),
}


@pytest.fixture(scope="module")
def parsed() -> dict[str, cn.ParsedReport]:
    return {name: cn.parse_report_html(spec[0]) for name, spec in PAGES.items()}


@pytest.fixture(scope="module")
def corpus(parsed: dict[str, cn.ParsedReport]) -> cn.ReportCorpus:
    return cn.ReportCorpus([p.to_annual_report() for p in parsed.values()])


def grid(table: cn.RequestTable) -> list[list[int | None]]:
    """The table's cells by the rows the page prints (（六）其他处理 is a heading, not a row)."""
    cells = table.to_dict()
    rows = table.printed_schema.row_keys
    return [[cells[row][column] for column in table.columns] for row in rows]


# -- every cell, as designed --


@pytest.mark.parametrize("name", list(PAGES))
def test_every_cell_as_designed(parsed: dict[str, cn.ParsedReport], name: str) -> None:
    _, agency, year, t3, t4, proactive = PAGES[name]
    report = parsed[name]
    assert (report.agency, report.year) == (agency, year)
    assert report.requests is not None
    assert report.cases is not None
    assert report.proactive is not None
    assert report.requests.layout is cn.ReportFormat.V2021
    assert grid(report.requests) == t3
    assert report.cases.to_row() == t4
    assert report.proactive.to_labels() == proactive
    assert report.units == {}


def test_the_pages_in_order() -> None:
    assert sample_pages.PAGES == (
        sample_pages.DISTRICT_2023,
        sample_pages.DISTRICT_2024,
        sample_pages.BUREAU_2024,
    )
    agencies = {cn.parse_report_html(page).agency for page in sample_pages.PAGES}
    assert set(sample_pages.ENGLISH_NAMES) == agencies
    assert all(name.isascii() for name in sample_pages.ENGLISH_NAMES.values())


def test_pages_carry_real_pages_quirks() -> None:
    for page in sample_pages.PAGES:
        assert "<title>" in page
        assert page.index("<table") < page.index("一、本年新收")  # tables before the report
        assert 'rowspan="22"' in page
        assert "&nbsp;" in page
    assert "2.其他法律行政止公开" in sample_pages.DISTRICT_2023
    assert "<span>（</span><span>一</span><span>）</span>" in sample_pages.DISTRICT_2024


# -- the identities, summed here --


def broken_t3(t3: list[list[int]]) -> list[str]:
    broken = [f"row {i}" for i, row in enumerate(t3) if sum(row[:6]) != row[6]]
    for j in range(7):
        outcomes = sum(t3[i][j] for i in range(2, 23))
        if outcomes != t3[23][j]:
            broken.append(f"handled {j}")
        if t3[0][j] + t3[1][j] != t3[23][j] + t3[24][j]:
            broken.append(f"balance {j}")
    return broken


def broken_t4(t4: tuple[int, ...]) -> list[int]:
    return [g for g in range(3) if sum(t4[5 * g : 5 * g + 4]) != t4[5 * g + 4]]


def test_designed_identities() -> None:
    for _, _, _, t3, _, _ in PAGES.values():
        assert broken_t3(t3) == []
    assert broken_t4(DISTRICT_2023_T4) == []
    assert broken_t4(DISTRICT_2024_T4) == [0]  # 行政复议: 3 + 1 + 1 + 0 = 5, printed 6
    assert broken_t4(BUREAU_2024_T4) == []
    # the 2024 carry-over is 2023's carry-forward except in 商业企业, hence 总计
    differ = [j for j in range(7) if DISTRICT_2023_T3[24][j] != DISTRICT_2024_T3[1][j]]
    assert differ == [1, 6]


# -- what the tutorial states, and nothing else --


def test_readings(parsed: dict[str, cn.ParsedReport]) -> None:
    assert parsed["district_2023"].readings == {
        "2.其他法律行政止公开": "2.其他法律行政法规禁止公开"
    }
    assert parsed["district_2024"].readings == {}
    assert parsed["bureau_2024"].readings == {}


def test_findings(parsed: dict[str, cn.ParsedReport]) -> None:
    found = {name: [(f.rule, f.message) for f in p.validate()] for name, p in parsed.items()}
    assert found["district_2023"] == [
        (
            "parse.label",
            (
                "the row label '2.其他法律行政止公开' was read as "
                "'2.其他法律行政法规禁止公开' (variant)"
            ),
        ),
        ("blank", "行政强制/本年处理决定数量 is blank"),
    ]
    assert found["district_2024"] == [
        (
            "cn.t4.group-total",
            (
                "行政复议/总计 = 6 but 行政复议/结果维持 + 行政复议/结果纠正 + 行政复议/其他结果 + "
                "行政复议/尚未审结 = 5 (difference +1); 总计 must equal 结果维持 + 结果纠正 + "
                "其他结果 + 尚未审结"
            ),
        )
    ]
    assert found["bureau_2024"] == [("blank", "行政事业性收费/本年收费金额（单位：万元） is blank")]
    for p in parsed.values():
        assert [f.rule for f in p.findings] == [f.rule for f in p.validate()][: len(p.findings)]


def test_strict_reading_stops_at_the_misprint_only() -> None:
    strict = cn.ParseOptions(labels=cn.LabelTolerance.strict())
    with pytest.raises(UnknownLabelError, match=r"2\.其他法律行政止公开"):
        cn.parse_report_html(sample_pages.DISTRICT_2023, strict)
    for name in ("district_2024", "bureau_2024"):
        page, *_ = PAGES[name]
        tolerant, exact = cn.parse_report_html(page), cn.parse_report_html(page, strict)
        assert exact.requests == tolerant.requests
        assert exact.findings == ()


def test_continuity(corpus: cn.ReportCorpus) -> None:
    found = corpus.continuity()
    assert [(f.rule, f.agency, f.years) for f in found] == [
        ("cn.t3.carried-forward", "示例区人民政府", (2023, 2024))
    ] * 2
    assert [f.message for f in found] == [
        (
            "示例区人民政府 2023→2024: this year 四/商业企业 = 2 but next year 二/商业企业 = 3 "
            "(difference -1)"
        ),
        (
            "示例区人民政府 2023→2024: this year 四/总计 = 11 but next year 二/总计 = 12 "
            "(difference -1)"
        ),
    ]


def test_changes(corpus: cn.ReportCorpus) -> None:
    changes = corpus.changes("示例区人民政府", 2023, 2024)
    assert len(changes) == 10 + 175 + 15
    rows = {
        "new": (176, 199),
        "carried_over": (7, 12),
        "handled": (172, 197),
        "carried_forward": (11, 14),
    }
    for row, (before, after) in rows.items():
        line = changes["requests", row, "total"]
        assert (line.before, line.after, line.difference) == (before, after, after - before)
    assert changes["requests", "new", "total"].relative == Decimal(23) / Decimal(176)
    coercion = changes["proactive", "coercion", "decisions"]
    assert (coercion.before, coercion.after, coercion.difference) == (None, 27, None)
    assert coercion.note == "blank in 2023 (not read as 0)"
    assert changes["reconsideration_litigation", "reconsideration", "total"].difference == 2
    fees = changes["proactive", "fees", "fees_collected"]
    assert fees.difference == Decimal("-8.15")


def wilson(k: int, n: int, z: float = 1.959963984540054) -> tuple[float, float]:
    p = k / n
    centre = p + z * z / (2 * n)
    spread = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return ((centre - spread) / (1 + z * z / n), (centre + spread) / (1 + z * z / n))


def test_league(corpus: cn.ReportCorpus) -> None:
    league = corpus.league(2024)
    assert [(rank, e.agency) for rank, e in league.ranked] == [
        (1, "示例区人民政府"),
        (2, "示例区市场监督管理局"),
    ]
    district, bureau = league.entry("示例区人民政府"), league.entry("示例区市场监督管理局")
    assert (district.disclosure.numerator, district.disclosure.denominator) == (93 + 22, 197)
    assert (bureau.disclosure.numerator, bureau.disclosure.denominator) == (17 + 6, 42)
    for entry in (district, bureau):
        rate = entry.disclosure
        assert rate.interval() == pytest.approx(wilson(rate.numerator, rate.denominator))
    assert [round(x, 4) for x in district.disclosure.interval()] == [0.514, 0.6503]
    assert [round(x, 4) for x in bureau.disclosure.interval()] == [0.3995, 0.6878]
    low, high = bureau.disclosure.interval()
    assert low < district.disclosure.value < high  # the tutorial's point
    # the printed (too high) 行政复议 总计 6, plus 2 and 1: 1 corrected of 9
    assert (district.correction.numerator, district.correction.denominator) == (1, 6 + 2 + 1)
    assert (district.requests, bureau.requests) == (199 + 12, 43 + 2)
    assert league.flagged == ()
    guarded = corpus.league(2024, min_requests=50)
    assert [e.agency for _, e in guarded.ranked] == ["示例区人民政府"]
    assert guarded.flag("示例区市场监督管理局") == "fewer than 50 requests handled (42)"


def test_frame_and_pivot(corpus: cn.ReportCorpus) -> None:
    df = corpus.to_dataframe()
    assert len(df) == 3 * 200
    coercion = df[df.row == "coercion"]["count"].tolist()
    assert coercion[1:] == [27, 63]
    assert coercion[0] is pd.NA
    part = df[(df.agency == "示例区人民政府") & (df.year == 2024) & (df.table == "requests")]
    pivot = part.pivot(index="row_order", columns="column_order", values="count")
    assert pivot.to_numpy().tolist() == DISTRICT_2024_T3


def test_charts_draw_from_the_pages(parsed: dict[str, cn.ParsedReport]) -> None:
    pytest.importorskip("matplotlib")
    names = sample_pages.ENGLISH_NAMES
    english = cn.ReportCorpus(
        [p.to_annual_report(agency=names[str(p.agency)]) for p in parsed.values()]
    )
    fig = cn.league_chart(english.league(2024))
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels == ["Shili District (1, n=197)", "Shili Market Bureau (2, n=42)"]
    fig = cn.outcome_mix(english.report("Shili District", 2024))
    heights = [int(p.get_height()) for p in fig.axes[0].containers[0]]
    assert heights == DISTRICT_2024_T3[2]
