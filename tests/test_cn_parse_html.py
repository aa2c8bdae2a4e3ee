"""Reading annual reports from HTML pages (cn.parse_report_html)."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from govdisclosure.jurisdictions import cn
from govdisclosure.jurisdictions.cn import CaseKind, CaseResult, Outcome, RequestRow, Total
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
