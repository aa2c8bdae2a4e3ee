"""Reading annual reports from the text layer of their PDFs (cn.parse_report_text)."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govdisclosure.strategies as gs
from govdisclosure.errors import InvalidInputError, UnknownLabelError
from govdisclosure.jurisdictions import cn
from govdisclosure.jurisdictions.cn import CaseKind, CaseResult, Outcome, RequestRow, Total
from govdisclosure.reports import BlankPolicy
from govdisclosure.requests import ApplicantKind

DATA = Path(__file__).parent / "data" / "cn" / "reports"


def text(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


# -- a real text layer (an excerpt: end of table 二, most of table 三) --


@pytest.fixture(scope="module")
def real() -> cn.ParsedReport:
    return cn.parse_report_text(text("real_pdf_text_section3_excerpt.txt"))


def test_real_excerpt_cells(real: cn.ParsedReport) -> None:
    t = real.requests
    assert t is not None
    # checked by hand against the text
    assert t[RequestRow.NEW, ApplicantKind.NATURAL_PERSON] == 3001
    assert t[RequestRow.NEW, ApplicantKind.LEGAL_SERVICE_INSTITUTION] == 61
    assert t[RequestRow.NEW, Total.TOTAL] == 3119
    assert t[RequestRow.CARRIED_OVER, Total.TOTAL] == 34
    assert t[Outcome.DISCLOSED, Total.TOTAL] == 1362  # under the vertical 三、本年度办理结果
    assert t[Outcome.PARTLY_DISCLOSED, ApplicantKind.NATURAL_PERSON] == 447  # label over two lines
    assert t[Outcome.WITHHELD_STATE_SECRET, Total.TOTAL] == 2  # （三）不 / 予公开 over two lines
    assert t[Outcome.WITHHELD_ADMINISTRATIVE_QUERY, Total.TOTAL] == 105
    assert t[Outcome.UNAVAILABLE_NOT_HELD, Total.TOTAL] == 769  # （四）无 before the leaf
    assert t[Outcome.UNAVAILABLE_NEEDS_CREATION, Total.TOTAL] is None  # not in the excerpt


def test_real_excerpt_proactive(real: cn.ParsedReport) -> None:
    p = real.proactive
    assert p is not None
    assert p["行政处罚", "本年处理决定数量"] == 3985758
    assert p["行政强制", "本年处理决定数量"] == 88283
    assert p["行政事业性收费", "本年收费金额（单位：万元）"] == Decimal("96171.6")
    assert p["规章", "本年制发件数"] is None


def test_real_excerpt_readings(real: cn.ParsedReport) -> None:
    assert real.readings == {"（四）无 1.本机关不掌握相关政府信息": "1.本机关不掌握相关政府信息"}
    assert real.cases is None
    assert real.year is None  # the excerpt has no title


def test_real_excerpt_rows_add_up(real: cn.ParsedReport) -> None:
    assert real.requests is not None
    broken = [f for f in real.requests.validate(report_blanks=False) if f.rule == "cn.t3.row-total"]
    assert broken == []


# -- a synthetic text layer with every table --


@pytest.fixture(scope="module")
def bureau() -> cn.ParsedReport:
    return cn.parse_report_text(text("synthetic_bureau_2022.txt"))


def test_bureau_title(bureau: cn.ParsedReport) -> None:
    assert (bureau.year, bureau.agency) == (2022, "示例市交通运输局")


def test_bureau_requests(bureau: cn.ParsedReport) -> None:
    t = bureau.requests
    assert t is not None
    assert t[RequestRow.NEW, Total.TOTAL] == 50
    assert t[Outcome.WITHHELD_THIRD_PARTY_RIGHTS, Total.TOTAL] == 1  # group on the middle line
    assert t[Outcome.OTHER_CORRECTION_LAPSED, Total.TOTAL] == 1  # leaf broken over two lines
    assert t[Outcome.OTHER_FEE_LAPSED, Total.TOTAL] == 0
    assert t[Outcome.NOT_PROCESSED_CONFIRMATION, Total.TOTAL] is None  # — is blank
    assert t[RequestRow.HANDLED, Total.TOTAL] == 50
    assert t[RequestRow.CARRIED_FORWARD, Total.TOTAL] == 2


def test_bureau_cases(bureau: cn.ParsedReport) -> None:
    c = bureau.cases
    assert c is not None
    assert c.to_row() == (2, 1, 0, 0, 3, 1, 0, 0, 0, 1, 0, 0, 0, 1, 1)
    assert c[CaseKind.LITIGATION_AFTER_RECONSIDERATION, CaseResult.PENDING] == 1


def test_bureau_proactive_and_units(bureau: cn.ParsedReport) -> None:
    p = bureau.proactive
    assert p is not None
    assert p["规章", "本年制发件数"] is None
    assert p["行政许可", "本年处理决定数量"] == 2310
    assert p["行政事业性收费", "本年收费金额（单位：万元）"] == Decimal(251000)  # as printed
    assert bureau.units == {"行政事业性收费/本年收费金额（单位：万元）": "元"}
    assert [f.rule for f in bureau.findings] == ["parse.unit"]


def test_bureau_validates(bureau: cn.ParsedReport) -> None:
    broken = [
        f
        for f in bureau.validate(blanks=BlankPolicy.ZERO, report_blanks=False)
        if not f.rule.startswith("parse.")
    ]
    assert broken == []


def test_html_and_text_agree_on_shared_rows() -> None:
    line = "一、本年新收政府信息公开申请数量 3 — 0 0 0 0 3"
    from_text = cn.parse_report_text(line).requests
    html = (
        "<table><tr><td>本年度情况</td><td>自然人</td><td>商业企业</td><td>科研机构</td>"
        "<td>社会公益组织</td><td>法律服务机构</td><td>其他</td><td>总计</td></tr>"
        "<tr><td>一、本年新收政府信息公开申请数量</td><td>3</td><td>—</td><td>0</td><td>0</td>"
        "<td>0</td><td>0</td><td>3</td></tr></table>"
    )
    assert from_text == cn.parse_report_html(html).requests


# -- hostile text --

HOSTILE = [
    "",
    "\n\n\n",
    "no report here 1 2 3",
    "一、本年新收政府信息公开申请数量 1 2 3",  # too few numbers: not a row of 三
    "一、本年新收政府信息公开申请数量 1 2 3 4 5 6 7 8",
    "一、本年新收政府信息公开申请数量 12a 0 0 0 0 0 0",
    "一、本年新收政府信息公开申请数量 -1 0 0 0 0 0 0",
    "九、不存在的行 1 0 0 0 0 0 1",
    "四、政府信息公开行政复议、行政诉讼情况\n1 2 3",
    "四、政府信息公开行政复议、行政诉讼情况\n" + " ".join(["1"] * 16),
    "信息内容 本年处理决定数量\n行政许可 1 2",
    "行政事业性收费 12元 3",
    "\x00" * 10,
    "一" * 100_000,
    "（三）不予公开\n" * 1000 + "1.属于国家秘密 0 0 0 0 0 0 0",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_text(value: str) -> None:
    try:
        result = cn.parse_report_text(value)
    except (InvalidInputError, UnknownLabelError):
        return
    assert isinstance(result, cn.ParsedReport)


def test_negative_count_is_refused() -> None:
    with pytest.raises(InvalidInputError, match="negative"):
        cn.parse_report_text("一、本年新收政府信息公开申请数量 -1 0 0 0 0 0 0")


def test_too_long_is_refused() -> None:
    with pytest.raises(InvalidInputError, match="longer"):
        cn.parse_report_text("x" * 5_000_001)


def test_not_a_string() -> None:
    with pytest.raises(InvalidInputError, match="str"):
        cn.parse_report_text(b"abc")  # type: ignore[arg-type]


_WORDS = st.sampled_from(
    [
        "一、本年新收政府信息公开申请数量",
        "（三）不予公开",
        "1.属于国家秘密",
        "—",
        "0",
        "12",
        "-3",
        "12a",
        "行政许可",
        "信息内容",
        "复议后起诉",
        "总计",
        "\n",
        " ",
        "3.其他",
        "行政复议",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, max_size=60).map(" ".join))
def test_random_text_never_crashes(value: str) -> None:
    try:
        result = cn.parse_report_text(value)
    except (InvalidInputError, UnknownLabelError):
        return
    assert isinstance(result, cn.ParsedReport)


def _one_cell_a_line(value: str) -> str:
    """The text as PyMuPDF often gives it: a row's label, then one number a line."""
    out: list[str] = []
    for line in value.splitlines():
        tokens = line.split()
        numbers: list[str] = []
        while tokens and re.fullmatch(r"-?[\d,.]+元?|—|-", tokens[-1]):
            numbers.insert(0, tokens.pop())
        if tokens:
            out.append(" ".join(tokens))
        out.extend(numbers)
    return "\n".join(out)


@pytest.mark.parametrize(
    "name", ["synthetic_bureau_2022.txt", "real_pdf_text_section3_excerpt.txt"]
)
def test_one_cell_a_line_reads_the_same(name: str) -> None:
    by_row = cn.parse_report_text(text(name))
    by_cell = cn.parse_report_text(_one_cell_a_line(text(name)))
    assert by_cell.requests == by_row.requests
    assert by_cell.cases == by_row.cases
    assert by_cell.proactive == by_row.proactive
    assert by_cell.readings == by_row.readings


def test_page_numbers_inside_a_table_are_not_numbers() -> None:
    value = (
        "一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1\n- 5 -\n"
        "二、上年结转政府信息公开申请数量 2 0 0 0 0 0 2"
    )
    r = cn.parse_report_text(value)
    assert r.requests is not None
    assert r.requests[RequestRow.NEW, Total.TOTAL] == 1
    assert r.requests[RequestRow.CARRIED_OVER, Total.TOTAL] == 2


def test_title_after_a_page_number_and_counts_with_jian() -> None:
    r = cn.parse_report_text(
        "- 1 -\n某局2023年政府信息公开工作年度报告\n"
        "一、本年新收政府信息公开申请数量 3件 0 0 0 0 0 3件"
    )
    assert (r.year, r.agency) == (2023, "某局")
    assert r.requests is not None
    assert r.requests[RequestRow.NEW, Total.TOTAL] == 3


# -- round trip: a report written as a PDF text layer (by the test, row per line) reads back --


def _cell(value: object) -> str:
    return "—" if value is None else str(value)


def _as_pdf_text(report: cn.AnnualReport) -> str:
    from govdisclosure.jurisdictions.cn.report.format import proactive_blocks, request_rows

    lines = [f"{report.agency}{report.year}年政府信息公开工作年度报告", "二、主动公开政府信息情况"]
    for block in proactive_blocks(report.layout):
        lines.append(block.caption)
        lines.append(" ".join(["信息内容", *(label.zh for _, label, _ in block.columns)]))
        for row, label in block.rows:
            values = [report.proactive[row, column] for column, _, _ in block.columns]
            lines.append(" ".join([label.zh, *map(_cell, values)]))
    lines.append("三、收到和处理政府信息公开申请情况")
    for spec in request_rows(report.layout):
        values = [report.requests.cells[spec.key, column] for column in report.requests.columns]
        lines.append(" ".join([spec.full_label, *map(_cell, values)]))
    lines.append("四、政府信息公开行政复议、行政诉讼情况")
    lines.append("行政复议 行政诉讼")
    lines.append(" ".join(map(_cell, report.reviews.to_row())))
    return "\n".join(lines)


@settings(max_examples=60, deadline=None)
@given(gs.cn_annual_reports(valid=None))
def test_pdf_text_round_trip(report: cn.AnnualReport) -> None:
    text_layer = _as_pdf_text(report)
    for layout in (text_layer, _one_cell_a_line(text_layer)):
        parsed = cn.parse_report_text(layout)
        assert parsed.requests == report.requests
        assert parsed.cases == report.reviews
        assert parsed.proactive == report.proactive


def test_cases_numbers_on_the_header_line() -> None:
    value = "四、政府信息公开行政复议、行政诉讼情况\n行政复议 行政诉讼 总计 1 0 0 0 1\n" + " ".join(
        ["0"] * 10
    )
    r = cn.parse_report_text(value)
    assert r.cases is not None
    assert r.cases[CaseKind.RECONSIDERATION, CaseResult.MAINTAINED] == 1
    assert r.cases[CaseKind.RECONSIDERATION, Total.TOTAL] == 1


def test_real_rendering_with_table_rules() -> None:
    r = cn.parse_report_text(text("changchun_2023_rendering_excerpt.txt"))
    t = r.requests
    assert t is not None
    assert [t[RequestRow.NEW, c] for c in t.columns] == [3, 0, 0, 0, 0, 0, 3]
    assert [t[RequestRow.CARRIED_OVER, c] for c in t.columns] == [0] * 7
    assert t[Outcome.DISCLOSED, Total.TOTAL] is None  # past the excerpt
    p = r.proactive
    assert p is not None
    assert all(v == 0 for v in p.values)
    assert r.readings == {}


def test_table_two_columns_follow_its_header_lines_not_the_title() -> None:
    # Found by the round trip: an agency named like a 2019 column heading (上一年项目数量) in a
    # 2021-format report; the 2021 block headers decide the columns (行政许可 has one).
    from govdisclosure.examples.seed_report import seed_report

    report = attrs.evolve(seed_report("zh"), agency="上一年项目数量", year=2019)
    parsed = cn.parse_report_text(_as_pdf_text(report))
    assert parsed.proactive == report.proactive
    assert parsed.requests == report.requests
