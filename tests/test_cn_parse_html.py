"""Reading annual reports from HTML pages (cn.parse_report_html)."""

from __future__ import annotations

import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govdisclosure.strategies as gs
from govdisclosure.errors import InvalidInputError, UnknownLabelError
from govdisclosure.jurisdictions import cn
from govdisclosure.jurisdictions.cn import CaseKind, CaseResult, Outcome, RequestRow, Total
from govdisclosure.jurisdictions.cn.report import render
from govdisclosure.requests import ApplicantKind

DATA = Path(__file__).parent / "data" / "cn" / "reports"


def page(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


# -- the synthetic district page (every number hand-written in the file) --


@pytest.fixture(scope="module")
def district() -> cn.ParsedReport:
    return cn.parse_report_html(page("synthetic_district_2023.html"))


def test_district_title_facts(district: cn.ParsedReport) -> None:
    assert district.year == 2023
    assert district.agency == "示例区人民政府"


def test_district_request_cells(district: cn.ParsedReport) -> None:
    t = district.requests
    assert t is not None
    assert t["一、本年新收政府信息公开申请数量", "总计"] == 138
    assert t["一、本年新收政府信息公开申请数量", "商业企业"] == 15  # header split by <span>s
    assert t["一、本年新收政府信息公开申请数量", "科研机构"] == 0  # header split by <br>
    assert t[Outcome.WITHHELD_PROHIBITED_BY_LAW, Total.TOTAL] == 1  # the misprinted row
    assert t[Outcome.UNAVAILABLE_NOT_HELD, ApplicantKind.NATURAL_PERSON] == 30  # label split by <p>
    assert t[Outcome.OTHER_CORRECTION_LAPSED, Total.TOTAL] == 3
    assert t[Outcome.NOT_PROCESSED_CONFIRMATION, ApplicantKind.NATURAL_PERSON] is None  # "—"
    assert t[RequestRow.HANDLED, Total.TOTAL] == 131
    assert t[RequestRow.CARRIED_FORWARD, Total.TOTAL] == 13


def test_district_ignores_script_comment_nav_tables(district: cn.ParsedReport) -> None:
    assert district.requests is not None
    assert district.requests[RequestRow.NEW, Total.TOTAL] != 999


def test_district_cases_and_proactive(district: cn.ParsedReport) -> None:
    assert district.cases is not None
    assert district.cases.to_row() == (4, 1, 0, 1, 6, 2, 0, 0, 1, 3, 1, 0, 0, 0, 1)
    assert district.cases[CaseKind.RECONSIDERATION, CaseResult.MAINTAINED] == 4
    p = district.proactive
    assert p is not None
    assert p["行政规范性文件", "现行有效件数"] == 87
    assert p["行政许可", "本年处理决定数量"] == 1204
    assert p["行政强制", "本年处理决定数量"] is None  # &nbsp;
    assert p["行政事业性收费", "本年收费金额（单位：万元）"] == Decimal("7730.28")


def test_district_readings_are_the_non_exact_labels(district: cn.ParsedReport) -> None:
    assert district.readings == {
        "2.其他法律行政止公开": "2.其他法律行政法规禁止公开",
        "1.逾期不补正": "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "2.逾期不缴费": "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    }
    messages = [f.message for f in district.findings if f.rule == "parse.label"]
    assert len(messages) == 3
    assert any("2.其他法律行政止公开" in m for m in messages)


def test_district_validates_clean(district: cn.ParsedReport) -> None:
    broken = [f for f in district.validate() if not f.rule.startswith(("parse.", "blank"))]
    assert broken == []


def test_import_does_not_need_lxml() -> None:
    code = (
        "import sys, govdisclosure, govdisclosure.jurisdictions.cn as cn;"
        "assert 'lxml' not in sys.modules, 'lxml imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# -- a real page: 沭阳县发展和改革局 2023 (see tests/data/cn/reports/README.md) --


@pytest.fixture(scope="module")
def shuyang() -> cn.ParsedReport:
    return cn.parse_report_html(page("shuyang_fgj_2023.html"))


def test_shuyang_title_and_tables(shuyang: cn.ParsedReport) -> None:
    assert (shuyang.year, shuyang.agency) == (2023, "沭阳县发展和改革局")
    t = shuyang.requests
    assert t is not None
    assert t.layout is cn.ReportFormat.V2021
    # checked by hand against the page: 26 received, 26 disclosed, 26 handled, only natural persons
    assert t[RequestRow.NEW, ApplicantKind.NATURAL_PERSON] == 26
    assert t[RequestRow.NEW, Total.TOTAL] == 26
    assert t[Outcome.DISCLOSED, Total.TOTAL] == 26
    assert t[RequestRow.HANDLED, Total.TOTAL] == 26
    assert t[RequestRow.CARRIED_FORWARD, Total.TOTAL] == 0
    # the page leaves every organisation column empty
    assert t[RequestRow.NEW, ApplicantKind.COMMERCIAL_ENTERPRISE] is None
    assert t[Outcome.OTHER, ApplicantKind.LEGAL_SERVICE_INSTITUTION] is None


def test_shuyang_cases_and_proactive(shuyang: cn.ParsedReport) -> None:
    assert shuyang.cases is not None
    assert shuyang.cases[CaseKind.RECONSIDERATION, CaseResult.PENDING] == 1
    assert shuyang.cases[CaseKind.RECONSIDERATION, Total.TOTAL] == 1
    assert sum(v or 0 for v in shuyang.cases.to_row()) == 2
    p = shuyang.proactive
    assert p is not None
    assert p["规范性文件", "本年制发件数"] == 8  # printed with the 2019 row label
    assert p["行政规范性文件", "现行有效件数"] == 18
    assert p["行政事业性收费", "本年收费金额（单位：万元）"] == Decimal(0)


def test_shuyang_every_label_is_official(shuyang: cn.ParsedReport) -> None:
    # labels split over <span>s and <p>s (三、本 年 度 …, 商业 / 企业, 自然 人) are exact
    assert shuyang.readings == {}
    assert [f for f in shuyang.validate(report_blanks=False) if f.rule != "parse.label"] == []


# -- a 2019-format page: nested layout tables, labels over two cells, a broken identity --


@pytest.fixture(scope="module")
def shanghai_style() -> cn.ParsedReport:
    return cn.parse_report_html(page("synthetic_bureau_2019.html"))


def test_2019_layout_and_cells(shanghai_style: cn.ParsedReport) -> None:
    r = shanghai_style
    assert (r.year, r.agency) == (2019, "上海市示例局")
    assert r.requests is not None
    assert r.requests.layout is cn.ReportFormat.V2019
    assert r.requests[RequestRow.NEW, Total.TOTAL] == 70  # label split over two cells
    assert r.requests[RequestRow.HANDLED, Total.TOTAL] == 67  # （七） | 总计
    assert r.requests[RequestRow.OTHER_HANDLING, ApplicantKind.COMMERCIAL_ENTERPRISE] == 1
    assert r.requests[Outcome.NOT_PROCESSED_EXCESSIVE, Total.TOTAL] is None  # "/"
    assert r.requests[Outcome.UNAVAILABLE_STILL_UNCLEAR, ApplicantKind.NATURAL_PERSON] is None
    assert r.proactive is not None
    assert r.proactive.layout is cn.ReportFormat.V2019
    assert r.proactive["其他对外管理服务事项", "本年增/减"] == -3
    assert r.proactive["行政许可", "本年增/减"] == 5
    assert r.proactive["政府集中采购", "采购总金额"] == Decimal("356.7")
    assert r.units == {"政府集中采购/采购总金额": "万元"}


def test_2019_broken_identities_found(shanghai_style: cn.ParsedReport) -> None:
    from govdisclosure.reports import BlankPolicy

    broken = list(shanghai_style.validate(blanks=BlankPolicy.ZERO, report_blanks=False))
    # 予以公开 is printed 21 + 3 + 1 = 25 against 总计 24, and 自然人 outcomes sum to 59, not 58
    assert [(f.rule, f.left, f.right) for f in broken] == [
        ("cn.t3.row-total", 24, 25),
        ("cn.t3.handled-total", 58, 59),
    ]


# -- reading: spans, blanks, unrelated tables, options --

HEAD = (
    "<table><tr><td colspan='2'>申请人情况</td></tr>"
    "<tr><td>本年度情况</td><td>自然人</td><td>总计</td></tr>"
)


def t3(*rows: str) -> str:
    return HEAD + "".join(rows) + "</table>"


def row(label: str, *values: str) -> str:
    return f"<tr><td>{label}</td>" + "".join(f"<td>{v}</td>" for v in values) + "</tr>"


@pytest.mark.parametrize("blank", ["", "&nbsp;", "-", "/", "—", " ", "<span></span>"])
def test_blank_marks(blank: str) -> None:
    r = cn.parse_report_html(t3(row("一、本年新收政府信息公开申请数量", blank, "3")))
    assert r.requests is not None
    assert r.requests[RequestRow.NEW, ApplicantKind.NATURAL_PERSON] is None
    assert r.requests[RequestRow.NEW, Total.TOTAL] == 3


def test_thousands_separator_and_full_width_digits() -> None:
    r = cn.parse_report_html(t3(row("一、本年新收政府信息公开申请数量", "1,204", "１２０４")))
    assert r.requests is not None
    assert r.requests[RequestRow.NEW, ApplicantKind.NATURAL_PERSON] == 1204
    assert r.requests[RequestRow.NEW, Total.TOTAL] == 1204


def test_misprinted_label_reading_names_it() -> None:
    r = cn.parse_report_html(
        t3(row("2.其他法律行政止公开", "1", "1"), row("一、本年新收政府信息公开申请数量", "1", "1"))
    )
    assert r.requests is not None
    assert r.requests[Outcome.WITHHELD_PROHIBITED_BY_LAW, Total.TOTAL] == 1
    assert r.readings == {"2.其他法律行政止公开": "2.其他法律行政法规禁止公开"}
    assert any("2.其他法律行政止公开" in f.message for f in r.findings)


def test_strict_options_refuse_the_misprint() -> None:
    html = t3(
        row("一、本年新收政府信息公开申请数量", "1", "1"), row("2.其他法律行政止公开", "1", "1")
    )
    options = cn.ParseOptions(labels=cn.LabelTolerance.strict())
    with pytest.raises(UnknownLabelError, match=r"2\.其他法律行政止公开"):
        cn.parse_report_html(html, options)


def test_unknown_label_names_nearest() -> None:
    html = t3(row("一、本年新收政府信息公开申请数量", "1", "1"), row("九、其他事项", "1", "1"))
    with pytest.raises(UnknownLabelError, match="九、其他事项") as err:
        cn.parse_report_html(html)
    assert "nearest" in str(err.value)


def test_user_alias() -> None:
    html = t3(row("一、本年新收政府信息公开申请数量", "1", "1"), row("驳回", "1", "1"))
    options = cn.ParseOptions(labels=cn.LabelTolerance(aliases={"驳回": "3.其他"}))
    r = cn.parse_report_html(html, options)
    assert r.requests is not None
    assert r.requests[Outcome.OTHER, Total.TOTAL] == 1
    assert r.readings == {"驳回": "3.其他"}


def test_amount_unit_policy() -> None:
    html = (
        "<table><tr><td colspan='2'>第二十条第（八）项</td></tr>"
        "<tr><td>信息内容</td><td>本年收费金额（单位：万元）</td></tr>"
        "<tr><td>行政事业性收费</td><td>251000元</td></tr></table>"
    )
    r = cn.parse_report_html(html)
    assert r.proactive is not None
    assert r.proactive["行政事业性收费", "本年收费金额（单位：万元）"] == Decimal(251000)
    assert r.units == {"行政事业性收费/本年收费金额（单位：万元）": "元"}
    assert [f.rule for f in r.findings] == ["parse.unit"]
    refuse = cn.ParseOptions(amount_units=cn.AmountUnits.REFUSE)
    with pytest.raises(InvalidInputError, match="元"):
        cn.parse_report_html(html, refuse)


def test_missing_lxml_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    real = importlib.import_module

    def fake(name: str, package: str | None = None) -> object:
        if name.startswith("lxml"):
            raise ImportError(name)
        return real(name, package)

    monkeypatch.setattr(importlib, "import_module", fake)
    with pytest.raises(ImportError, match=r"pip install govdisclosure\[parse\]"):
        cn.parse_report_html("<table></table>")


# -- hostile input: findings, InvalidInputError or UnknownLabelError, never another exception --

HOSTILE = [
    "",
    "   ",
    "not html at all",
    "\x00\x01\x02",
    "<table>",
    "</table></tr></td>",
    "<table><tr><td colspan='100000'>x</td></tr></table>",
    "<table><tr><td rowspan='99999999999999999999'>x</td></tr></table>",
    "<table><tr><td colspan='-5' rowspan='abc'>x</td></tr></table>",
    "<div>" * 5000 + "text" + "</div>" * 5000,
    "<table><tr><td>" * 300 + "x" + "</td></tr></table>" * 300,
    t3(row("一、本年新收政府信息公开申请数量", "12a", "3")),
    t3(row("一、本年新收政府信息公开申请数量", "-4", "3")),
    t3(row("一、本年新收政府信息公开申请数量", "3.5", "3")),
    t3(row("一、本年新收政府信息公开申请数量", "1e9", "3")),
    t3(row("一、本年新收政府信息公开申请数量", "3")),
    t3(
        row("一、本年新收政府信息公开申请数量", "1", "1"),
        row("一、本年新收政府信息公开申请数量", "1", "1"),
    ),
    t3(row("一、本年新收政府信息公开申请数量", "1", "1"), row("（三）不予公开", "5", "5")),
    "<table><tr><td>行政复议</td><td>复议后起诉</td></tr><tr><td>1</td><td>2</td></tr></table>",
    "<table><tr><td>信息内容</td><td>本年制发件数</td></tr><tr><td>规章</td><td>x</td></tr></table>",
    "<table><tr><td>规章</td><td>1</td></tr><tr><td>第二十条</td></tr></table>",
    "<table><tr><td>信息内容</td><td>本年收费金额</td></tr><tr><td>行政事业性收费</td><td>1.5.5</td></tr></table>",
    "<html><head><title>某局2023年政府信息公开工作年度报告</title></head><body><h1>某局2022年政府信息公开工作年度报告</h1></body></html>",
    "<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'aaaa'>]><x>&a;&a;</x>",
]


@pytest.mark.parametrize("html", HOSTILE)
def test_hostile_html(html: str) -> None:
    try:
        result = cn.parse_report_html(html)
    except (InvalidInputError, UnknownLabelError):
        return
    assert isinstance(result, cn.ParsedReport)
    assert isinstance(result.findings, tuple)


@pytest.mark.parametrize("value", [None, 3, b"<table></table>", ["<table>"]])
def test_not_a_string(value: object) -> None:
    with pytest.raises(InvalidInputError, match="str"):
        cn.parse_report_html(value)  # type: ignore[arg-type]


def test_conflicting_years_are_a_finding() -> None:
    r = cn.parse_report_html(HOSTILE[-2])
    assert r.year is None
    assert [f.rule for f in r.findings] == ["parse.empty", "parse.year"]


_TAGS = st.sampled_from(["table", "tr", "td", "th", "tbody", "p", "span", "br", "div", "script"])
_TEXT = st.sampled_from(
    [
        "一、本年新收政府信息公开申请数量",
        "总计",
        "自然人",
        "12a",
        "-3",
        "—",
        "1,000",
        "行政复议",
        "复议后起诉",
        "信息内容",
        "规章",
        "第二十条",
        "&nbsp;",
        "<",
        "&",
        "本年新收",
        "x",
    ]
)


@st.composite
def fragments(draw: st.DrawFn) -> str:
    parts: list[str] = []
    for _ in range(draw(st.integers(0, 40))):
        tag = draw(_TAGS)
        choice = draw(st.integers(0, 3))
        if choice == 0:
            span = draw(
                st.sampled_from(
                    ["", " colspan='2'", " rowspan='3'", " colspan='0'", " rowspan='x'"]
                )
            )
            parts.append(f"<{tag}{span}>")
        elif choice == 1:
            parts.append(f"</{tag}>")
        else:
            parts.append(draw(_TEXT))
    return "".join(parts)


@settings(max_examples=200, deadline=None)
@given(fragments())
def test_random_fragments_never_crash(html: str) -> None:
    try:
        result = cn.parse_report_html(html)
    except (InvalidInputError, UnknownLabelError):
        return
    assert isinstance(result, cn.ParsedReport)


# -- other page styles --


def test_cases_printed_down_rows() -> None:
    html = (
        "<table><tr><td>四、行政复议、行政诉讼</td><td>结果维持</td><td>结果纠正</td>"
        "<td>其他结果</td><td>尚未审结</td><td>总计</td></tr>"
        "<tr><td>行政复议</td><td>2</td><td>1</td><td>0</td><td>0</td><td>3</td></tr>"
        "<tr><td>行政诉讼 未经复议直接起诉</td>"
        "<td>1</td><td>0</td><td>0</td><td>1</td><td>2</td></tr>"
        "<tr><td>行政诉讼 复议后起诉</td><td>—</td><td>—</td><td>—</td><td>—</td><td>0</td></tr>"
        "</table>"
    )
    r = cn.parse_report_html(html)
    assert r.cases is not None
    assert r.cases.to_row() == (2, 1, 0, 0, 3, 1, 0, 0, 1, 2, None, None, None, None, 0)


def test_proactive_blocks_as_separate_tables_with_a_caption_column() -> None:
    html = (
        "<table><tr><td rowspan='4'>第二十条第（一）项</td><td>信息内容</td><td>本年制发件数</td>"
        "<td>本年废止件数</td><td>现行有效件数</td></tr>"
        "<tr><td>规章</td><td>1</td><td>0</td><td>4</td></tr>"
        "<tr><td>行政规范性文件</td><td>6</td><td>2</td><td>30</td></tr></table>"
        "<p>…</p>"
        "<table><tr><td colspan='2'>第二十条第（五）项</td></tr>"
        "<tr><td>信息内容</td><td>本年处理决定数量</td></tr>"
        "<tr><td>行政许可</td><td>77</td></tr></table>"
    )
    r = cn.parse_report_html(html)
    p = r.proactive
    assert p is not None
    assert p["规章", "现行有效件数"] == 4
    assert p["行政规范性文件", "本年废止件数"] == 2
    assert p["行政许可", "本年处理决定数量"] == 77
    assert r.findings == ()


@pytest.mark.parametrize(
    ("title", "year", "agency"),
    [
        ("2023年度某县教育局政府信息公开工作年度报告", 2023, "某县教育局"),
        ("某市人民政府办公室2022年政府信息公开年度报告 - 某市政府网", 2022, "某市人民政府办公室"),
        ("某区2021年度政府信息公开工作年度报告", 2021, "某区"),
        ("首页 | 政务公开", None, None),
    ],
)
def test_title_facts(title: str, year: int | None, agency: str | None) -> None:
    r = cn.parse_report_html(f"<html><head><title>{title}</title></head><body></body></html>")
    assert (r.year, r.agency) == (year, agency)


def test_absurd_column_span_skips_that_table_with_a_finding() -> None:
    html = "<table><tr><td colspan='5000'>x</td></tr></table>" + t3(
        row("一、本年新收政府信息公开申请数量", "2", "2")
    )
    r = cn.parse_report_html(html)
    assert r.requests is not None
    assert r.requests[RequestRow.NEW, Total.TOTAL] == 2
    assert [f.rule for f in r.findings] == ["parse.table"]


def test_row_span_past_the_table_ends_with_it() -> None:
    cells = "<td rowspan='99999'>一、本年新收政府信息公开申请数量</td><td>1</td><td>1</td>"
    html = HEAD + f"<tr>{cells}</tr></table>"
    r = cn.parse_report_html(html)
    assert r.requests is not None
    assert r.requests[RequestRow.NEW, Total.TOTAL] == 1


def test_repeated_header_row_is_a_finding() -> None:
    html = t3(
        row("一、本年新收政府信息公开申请数量", "4", "4"),
        row("本年度情况", "自然人", "总计"),
        row("二、上年结转政府信息公开申请数量", "1", "1"),
    )
    r = cn.parse_report_html(html)
    assert r.requests is not None
    assert r.requests[RequestRow.CARRIED_OVER, Total.TOTAL] == 1
    assert [f.rule for f in r.findings] == ["parse.header"]


def test_subtotal_column_is_a_finding_and_unknown_numbers_refused() -> None:
    head = (
        "<table><tr><td>本年度情况</td><td>自然人</td><td>法人或其他组织小计</td><td>总计</td></tr>"
    )
    body = (
        "<tr><td>一、本年新收政府信息公开申请数量</td><td>3</td><td>2</td><td>5</td></tr></table>"
    )
    r = cn.parse_report_html(head + body)
    assert r.requests is not None
    assert r.requests[RequestRow.NEW, Total.TOTAL] == 5
    assert [f.rule for f in r.findings] == ["parse.subtotal"]
    other = head.replace("法人或其他组织小计", "备注编号")
    with pytest.raises(UnknownLabelError, match="备注编号"):
        cn.parse_report_html(other + body)


def test_cases_with_joined_headers() -> None:
    kinds = ("行政复议", "未经复议直接起诉", "复议后起诉")
    results = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")
    header = "".join(f"<td>{k}_{r}</td>" for k in kinds for r in results)
    numbers = "".join(f"<td>{i}</td>" for i in range(15))
    html = f"<table><tr><td></td>{header}</tr><tr><td>案件数量</td>{numbers}</tr></table>"
    r = cn.parse_report_html(html)
    assert r.cases is not None
    assert r.cases.to_row() == tuple(range(15))


# -- two more real reports, reconstructed from text renderings of their pages (see README) --


def test_xuwen_header_split_over_two_rows() -> None:
    r = cn.parse_report_html(page("xuwen_excerpt.html"))
    t = r.requests
    assert t is not None
    # 商业 / 企业 and 科研 / 机构 are printed in two header rows: read as exact labels
    assert r.readings == {}
    assert t[RequestRow.NEW, ApplicantKind.NATURAL_PERSON] == 0
    assert t[RequestRow.NEW, ApplicantKind.COMMERCIAL_ENTERPRISE] is None
    assert t[RequestRow.NEW, Total.TOTAL] == 0
    assert t[RequestRow.CARRIED_OVER, ApplicantKind.NATURAL_PERSON] is None
    assert t[Outcome.WITHHELD_INTERNAL_AFFAIRS, Total.TOTAL] == 0
    assert t[Outcome.WITHHELD_PROCESS_INFORMATION, Total.TOTAL] is None  # past the excerpt
    assert r.proactive is not None
    assert r.proactive["行政规范性文件", "本年制发件数"] == 3
    assert r.proactive["行政规范性文件", "现行有效件数"] == 101


def test_longgang_2024_cells() -> None:
    r = cn.parse_report_html(page("longgang_2024_excerpt.html"))
    t = r.requests
    assert t is not None
    assert [t[RequestRow.NEW, c] for c in t.columns] == [58, 7, 0, 0, 1, 0, 66]
    assert t[RequestRow.CARRIED_OVER, Total.TOTAL] == 2
    assert t[Outcome.DISCLOSED, ApplicantKind.COMMERCIAL_ENTERPRISE] == 1
    assert t[Outcome.PARTLY_DISCLOSED, ApplicantKind.NATURAL_PERSON] == 16
    assert t[Outcome.WITHHELD_INTERNAL_AFFAIRS, Total.TOTAL] == 1
    row_totals = [f for f in t.validate(report_blanks=False) if f.rule == "cn.t3.row-total"]
    assert row_totals == []
    assert r.proactive is not None
    assert r.proactive["行政规范性文件", "本年废止件数"] == 1
    assert r.proactive["行政规范性文件", "现行有效件数"] == 25


def test_a_number_spanning_two_columns_is_refused() -> None:
    html = (
        "<table><tr><td>本年度情况</td><td>自然人</td><td>商业企业</td><td>总计</td></tr>"
        "<tr><td>一、本年新收政府信息公开申请数量</td><td colspan='2'>4</td><td>8</td></tr></table>"
    )
    with pytest.raises(InvalidInputError, match="spans"):
        cn.parse_report_html(html)
    blank = html.replace("<td colspan='2'>4</td>", "<td colspan='2'>—</td>")
    r = cn.parse_report_html(blank)
    assert r.requests is not None
    assert r.requests[RequestRow.NEW, ApplicantKind.COMMERCIAL_ENTERPRISE] is None


def test_to_annual_report(shuyang: cn.ParsedReport, shanghai_style: cn.ParsedReport) -> None:
    report = shuyang.to_annual_report()
    assert (report.agency, report.year, report.layout) == (
        "沭阳县发展和改革局",
        2023,
        cn.ReportFormat.V2021,
    )
    assert report.requests == shuyang.requests
    assert report.reviews == shuyang.cases
    older = shanghai_style.to_annual_report(agency="上海市示例局（更名）")
    assert older.layout is cn.ReportFormat.V2019
    assert older.agency == "上海市示例局（更名）"
    with pytest.raises(InvalidInputError, match="year"):
        cn.parse_report_text("一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1").to_annual_report(
            agency="某局"
        )


@pytest.mark.parametrize(
    ("title", "year", "agency"),
    [
        ("海州区政府办公室2025年度政府信息公开工作报告", 2025, "海州区政府办公室"),
        ("宿迁市信访局2021年度政府信息公开年度报告", 2021, "宿迁市信访局"),
        ("某市2019年政府信息公开年报", 2019, "某市"),
    ],
)
def test_title_forms(title: str, year: int, agency: str) -> None:
    r = cn.parse_report_html(f"<title>{title}</title>")
    assert (r.year, r.agency) == (year, agency)


def test_layout_table_holding_the_prose_is_not_table_3() -> None:
    prose = "2023年本机关本年新收政府信息公开申请12件，予以公开8件，总计办结12件。"
    inner = t3(row("一、本年新收政府信息公开申请数量", "12", "12"))
    html = f"<table><tr><td><p>{prose}</p>{inner}</td></tr><tr><td>总计</td></tr></table>"
    r = cn.parse_report_html(html)
    assert r.requests is not None
    assert r.requests[RequestRow.NEW, Total.TOTAL] == 12
    assert r.findings == ()


# -- round trip through the library's own renderer (an independent writer of the layout) --


@settings(max_examples=60, deadline=None)
@given(gs.cn_annual_reports(valid=None))
def test_rendered_reports_read_back(report: cn.AnnualReport) -> None:
    parsed = cn.parse_report_html(render.report_html(report))
    assert parsed.requests == report.requests
    assert parsed.cases == report.reviews
    assert parsed.proactive == report.proactive
    if re.fullmatch(r"[\u4e00-\u9fff]{2,20}", report.agency):  # a name, as titles print it
        assert (parsed.year, parsed.agency) == (report.year, report.agency)
    assert parsed.readings == {}


def test_rendered_title_reads_back() -> None:
    report = cn.AnnualReport(agency="某县教育局", year=2022, requests=cn.RequestTable.zeros())
    parsed = cn.parse_report_html(render.report_html(report))
    assert (parsed.year, parsed.agency) == (2022, "某县教育局")
    assert parsed.to_annual_report() == report


def test_proactive_number_in_any_cell_under_a_spanned_header() -> None:
    html = (
        "<table><tr><td colspan='4'>第二十条第（五）项</td></tr>"
        "<tr><td>信息内容</td><td colspan='3'>本年处理决定数量</td></tr>"
        "<tr><td>行政许可</td><td></td><td>5</td><td></td></tr></table>"
    )
    r = cn.parse_report_html(html)
    assert r.proactive is not None
    assert r.proactive["行政许可", "本年处理决定数量"] == 5
    with pytest.raises(InvalidInputError, match="two numbers"):
        cn.parse_report_html(html.replace("<td>5</td><td></td>", "<td>5</td><td>6</td>"))


def test_xhtml_page_with_an_encoding_declaration() -> None:
    body = t3(row("一、本年新收政府信息公开申请数量", "2", "2"))
    r = cn.parse_report_html(
        f'<?xml version="1.0" encoding="utf-8"?>\n<html><body>{body}</body></html>'
    )
    assert r.requests is not None
    assert r.requests[RequestRow.NEW, Total.TOTAL] == 2


def test_table_3_continued_after_a_page_break() -> None:
    first = t3(
        row("一、本年新收政府信息公开申请数量", "5", "5"),
        row("二、上年结转政府信息公开申请数量", "1", "1"),
    ).replace("<td>本年度情况</td>", "<td colspan='2'>本年度情况</td>")
    first = first.replace("<td>一、本年新收", "<td colspan='2'>一、本年新收").replace(
        "<td>二、上年结转", "<td colspan='2'>二、上年结转"
    )
    rest = (
        "<table><tr><td rowspan='2'>（四）无法提供</td><td>1.本机关不掌握相关政府信息</td>"
        "<td>2</td><td>2</td></tr>"
        "<tr><td>2.没有现成信息需要另行制作</td><td>1</td><td>1</td></tr></table>"
    )
    r = cn.parse_report_html(first + "<p>- 2 -</p>" + rest)
    assert r.requests is not None
    assert r.requests[RequestRow.NEW, Total.TOTAL] == 5
    assert r.requests[Outcome.UNAVAILABLE_NOT_HELD, ApplicantKind.NATURAL_PERSON] == 2
    assert r.requests[Outcome.UNAVAILABLE_NEEDS_CREATION, Total.TOTAL] == 1
    assert r.findings == ()
    again = cn.parse_report_html(first + first)
    assert [f.rule for f in again.findings] == ["parse.duplicate"]


def test_wu_is_blank_never_zero() -> None:
    r = cn.parse_report_html(t3(row("一、本年新收政府信息公开申请数量", "无", "无")))
    assert r.requests is not None
    assert r.requests[RequestRow.NEW, Total.TOTAL] is None
    text = cn.parse_report_text("一、本年新收政府信息公开申请数量 无 无 无 无 无 无 无")
    assert text.requests is not None
    assert text.requests[RequestRow.NEW, Total.TOTAL] is None
