"""Rendering the report: plain text, Markdown and HTML in the official layout.

Golden files live in ``tests/snapshots/``; each was read line by line against the official
layout (spec §5.3–5.6) and the source report before it was committed. To rewrite them after an
intended change, run with ``GOVDISCLOSURE_UPDATE_SNAPSHOTS=1`` and review the diff.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from govdisclosure.errors import InvalidInputError
from govdisclosure.jurisdictions.cn.report import (
    AnnualReport,
    ProactiveTable,
    ReconsiderationLitigationTable,
    ReportFormat,
    RequestTable,
)
from govdisclosure.jurisdictions.cn.report.render import (
    case_table_html,
    request_table_html,
    request_table_markdown,
    request_table_text,
)
from govdisclosure.reports import RECORD_FIELDS, RECORD_LABEL_FIELDS
from test_cn_report_tables import (
    FIXTURE_2025,
    FIXTURE_2025_T2,
    FIXTURE_2025_T4,
    SHANGHAI_2019,
    SHANGHAI_2019_T2,
    SHANGHAI_2019_T4,
)

SNAPSHOTS = Path(__file__).parent / "snapshots"


def report_2025() -> AnnualReport:
    return AnnualReport(
        agency="测试市",
        year=2025,
        overview="2025年，全市各级行政机关扎实推进政务公开工作。\n（一）主动公开。发布规章与规范性文件若干。",
        proactive=ProactiveTable.from_labels(FIXTURE_2025_T2),
        requests=RequestTable.from_labels(FIXTURE_2025),
        reviews=ReconsiderationLitigationTable.from_row(FIXTURE_2025_T4),
        problems="对照新要求新任务，仍存在以下短板：一是主动公开工作还需进一步规范。",
        other_matters="2025年全市实际收取信息处理费共计400元。",
    )


def report_shanghai_2019() -> AnnualReport:
    requests = RequestTable.from_labels(SHANGHAI_2019)
    return AnnualReport(
        agency="上海市人民政府办公厅",
        year=2019,
        proactive=ProactiveTable.from_labels(SHANGHAI_2019_T2),
        requests=requests,
        reviews=ReconsiderationLitigationTable.from_row(SHANGHAI_2019_T4),
        other_matters="无。",
    )


def check_snapshot(name: str, text: str) -> None:
    path = SNAPSHOTS / name
    if os.environ.get("GOVDISCLOSURE_UPDATE_SNAPSHOTS") == "1":
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "render"),
    [
        ("cn_report_2025.txt", lambda: report_2025().to_text()),
        ("cn_report_2025_en.md", lambda: report_2025().to_markdown("en")),
        ("cn_report_2025.html", lambda: report_2025().to_html()),
        ("cn_report_shanghai_2019.txt", lambda: report_shanghai_2019().to_text()),
    ],
)
def test_snapshots(name: str, render: object) -> None:
    check_snapshot(name, render())  # type: ignore[operator]


def test_text_follows_the_official_order() -> None:
    text = report_2025().to_text()
    headings = [
        "一、总体情况",
        "二、主动公开政府信息情况",
        "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况",
        "五、存在的主要问题及改进情况",
        "六、其他需要报告的事项",
    ]
    positions = [text.index(h) for h in headings]
    assert positions == sorted(positions)
    rows = [
        line.split("|")[0].strip()
        for line in request_table_text(report_2025().requests).splitlines()
    ]
    labels = [r for r in rows if r and not r.startswith("-")]
    assert labels[1:4] == [
        "一、本年新收政府信息公开申请数量",
        "二、上年结转政府信息公开申请数量",
        "三、本年度办理结果",
    ]
    assert labels[-2:] == ["（七）总计", "四、结转下年度继续办理"]
    assert "（报告格式：国办公开办函〔2021〕30号）" in text


def test_blank_cells_render_empty_never_zero() -> None:
    t = RequestTable.from_labels(SHANGHAI_2019)
    line = next(
        line for line in request_table_text(t).splitlines() if line.startswith("二、上年结转")
    )
    assert [c.strip() for c in line.split("|")[1:]] == ["18", "", "", "", "", "", "18"]
    md_line = next(
        line for line in request_table_markdown(t).splitlines() if "二、上年结转" in line
    )
    assert md_line == "| 二、上年结转政府信息公开申请数量 | 18 |  |  |  |  |  | 18 |"
    zeros = request_table_text(RequestTable.zeros())
    assert re.search(r"一、本年新收政府信息公开申请数量 *\|( +0 \|){6} +0$", zeros, re.MULTILINE)


def test_html_mirrors_the_official_table_three() -> None:
    html_2021 = request_table_html(RequestTable.from_labels(FIXTURE_2025))
    assert '<th rowspan="22">三、本年度办理结果</th>' in html_2021
    assert '<th rowspan="8">（三）不予公开</th>' in html_2021
    assert '<th rowspan="3">（四）无法提供</th>' in html_2021
    assert '<th rowspan="5">（五）不予处理</th>' in html_2021
    assert '<th rowspan="3">（六）其他处理</th>' in html_2021
    assert '<th colspan="5">法人或其他组织</th>' in html_2021
    assert html_2021.count("<tr>") == 3 + 25
    html_2019 = request_table_html(RequestTable.from_labels(SHANGHAI_2019))
    assert '<th rowspan="20">三、本年度办理结果</th>' in html_2019
    assert '<th colspan="2">（六）其他处理</th>' in html_2019
    assert html_2019.count("<tr>") == 3 + 23


def test_html_table_four_is_one_row_of_fifteen() -> None:
    out = case_table_html(ReconsiderationLitigationTable.from_row(FIXTURE_2025_T4))
    last = out.splitlines()[-2]
    assert re.findall(r"<td>(\d*)</td>", last) == [str(v) for v in FIXTURE_2025_T4]
    assert '<th colspan="10">行政诉讼</th>' in out


def test_html_escapes_text_and_names() -> None:
    report = AnnualReport(
        agency="<script>alert(1)</script>",
        year=2025,
        requests=RequestTable.zeros(),
        problems="a < b & c",
    )
    out = report.to_html()
    assert "<script>" not in out
    assert "&lt;script&gt;" in out
    assert "<p>a &lt; b &amp; c</p>" in out
    assert report._repr_html_() == report.to_html(styled=True)
    assert out in report._repr_html_()


def test_english_on_request() -> None:
    text = report_2025().to_text("en")
    assert "III. Applications for disclosure received and handled" in text
    assert "Natural persons" in text
    assert "自然人" not in text
    assert "(Report format: 国办公开办函〔2021〕30号)" in text


def test_tables_show_in_notebooks() -> None:
    t = RequestTable.from_labels(FIXTURE_2025)
    assert '<table class="govdisclosure-cn-t3">' in t._repr_html_()
    t4 = ReconsiderationLitigationTable.from_row(FIXTURE_2025_T4)
    assert '<table class="govdisclosure-cn-t4">' in t4._repr_html_()
    t2 = ProactiveTable.from_labels(FIXTURE_2025_T2)
    assert '<table class="govdisclosure-cn-t2">' in t2._repr_html_()
    assert "2021 format" in repr(t)


def test_records_cover_every_cell() -> None:
    records = report_2025().to_records()
    assert len(records) == 10 + 25 * 7 + 3 * 5
    assert all(tuple(r) == RECORD_FIELDS + RECORD_LABEL_FIELDS for r in records)
    by_key = {(r["table"], r["row"], r["column"]): r["value"] for r in records}
    assert by_key["requests", "new", "natural_person"] == 13612
    assert by_key["requests", "handled", "total"] == 13810
    assert by_key["reconsideration_litigation", "reconsideration", "total"] == 790
    assert by_key["proactive", "fees", "fees_collected"] == 316441
    assert {r["agency"] for r in records} == {"测试市"}
    shanghai = report_shanghai_2019().to_records()
    assert sum(r["value"] is None for r in shanghai if r["table"] == "requests") == sum(
        v is None for line in SHANGHAI_2019.values() for v in line.values()
    )


def test_records_load_into_pandas() -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame(report_2025().to_records())
    requests = frame[frame["table"] == "requests"]
    pivot = requests.pivot(index="row", columns="column", values="value")
    assert pivot.loc["handled", "total"] == 13810


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"agency": ""}, "agency"),
        ({"agency": None}, "agency"),
        ({"year": "2025"}, "year"),
        ({"year": 0}, "year"),
        ({"overview": None}, "overview"),
        ({"problems": 3}, "problems"),
        ({"requests": {}}, "requests"),
        ({"reviews": RequestTable.zeros()}, "reviews"),
        ({"proactive": ProactiveTable.empty(ReportFormat.V2019)}, "proactive"),
        ({"layout": ReportFormat.V2019}, "requests"),
        ({"layout": "2021"}, "layout"),
    ],
)
def test_a_report_is_checked_when_made(changes: dict[str, object], field: str) -> None:
    fields: dict[str, object] = {"agency": "某局", "year": 2025, "requests": RequestTable.zeros()}
    fields.update(changes)
    with pytest.raises(InvalidInputError) as err:
        AnnualReport(**fields)  # type: ignore[arg-type]
    assert err.value.field == field


def test_a_2019_report_takes_its_layout_from_table_three() -> None:
    report = report_shanghai_2019()
    assert report.layout is ReportFormat.V2019
    assert report.proactive.layout is ReportFormat.V2019
    default = AnnualReport(
        agency="某局", year=2020, requests=RequestTable.zeros(ReportFormat.V2019)
    )
    assert default.proactive == ProactiveTable.empty(ReportFormat.V2019)
    assert default.reviews == ReconsiderationLitigationTable.empty()
    assert "format=2019" in repr(default)
