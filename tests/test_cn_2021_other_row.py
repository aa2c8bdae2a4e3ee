"""The 2021 format printed with a single （六）其他处理 row (issue 14, point 3).

Expected numbers are worked by hand from the fixtures written out below (the
2022 bureau report of tests/data, whose three （六） rows are 1, 0, 0 in 自然人 and
总计, printed instead as one row 1 … 1).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govdisclosure.errors import InvalidInputError
from govdisclosure.jurisdictions import cn
from govdisclosure.jurisdictions.cn.outcomes import Outcome
from govdisclosure.jurisdictions.cn.report import (
    ReportFormat,
    RequestRow,
    RequestTable,
    Total,
    aggregate_requests,
)
from govdisclosure.requests import ApplicantKind
from govdisclosure.serialization import from_json, to_dict, to_json
from govdisclosure.strategies import cn_request_tables

DATA = Path(__file__).parent / "data" / "cn" / "reports"
NP = ApplicantKind.NATURAL_PERSON
TOTAL = Total.TOTAL
OTHER = RequestRow.OTHER_HANDLING
SUB_ROWS = (Outcome.OTHER_CORRECTION_LAPSED, Outcome.OTHER_FEE_LAPSED, Outcome.OTHER)
SINGLE_ROW = "（六）其他处理 1 0 0 0 0 0 1"


def bureau_text(*, single: bool = True, proactive: bool = True, year: int = 2022) -> str:
    """The 2022 bureau report's text layer, its three （六） rows printed as one if ``single``."""
    lines = (DATA / "synthetic_bureau_2022.txt").read_text(encoding="utf-8").splitlines()
    if single:
        start = next(i for i, line in enumerate(lines) if line.startswith("1.申请人无正当理由"))
        end = next(i for i, line in enumerate(lines) if line.startswith("3.其他 "))
        lines[start : end + 1] = [SINGLE_ROW]
    if not proactive:
        start = lines.index("二、主动公开政府信息情况")
        end = lines.index("三、收到和处理政府信息公开申请情况")
        del lines[start:end]
    lines[:2] = [line.replace("2022", str(year)) for line in lines[:2]]
    return "\n".join(lines)


def single_row_table() -> RequestTable:
    parsed = cn.parse_report_text(bureau_text())
    assert parsed.requests is not None
    return parsed.requests


# -- reading -----------------------------------------------------------------------------------


def test_the_text_fixture_prints_one_other_row() -> None:
    text = bureau_text()
    assert SINGLE_ROW in text.splitlines()
    assert "3.其他" not in text
    assert "第二十条第（五）项" in text  # its table 二 is in the 2021 layout


def test_a_2021_report_with_the_single_row_reads_as_2021() -> None:
    parsed = cn.parse_report_text(bureau_text())
    t = parsed.requests
    assert t is not None
    assert t.layout is ReportFormat.V2021
    assert t.single_other_row
    assert t["（六）其他处理", "总计"] == 1
    assert t["（六）其他处理", "自然人"] == 1
    assert t[OTHER, ApplicantKind.COMMERCIAL_ENTERPRISE] == 0
    for row in SUB_ROWS:  # not printed: unknown, not blank and not 0
        assert t[row, TOTAL] is None
        assert (row, TOTAL) in t.unprinted
    assert parsed.proactive is not None
    assert parsed.proactive.layout is ReportFormat.V2021
    notes = [f for f in parsed.findings if f.rule == "parse.layout"]
    assert len(notes) == 1
    assert "table 二" in notes[0].message


def test_its_annual_report_takes_table_two_and_the_2021_headings() -> None:
    report = cn.parse_report_text(bureau_text()).to_annual_report()
    assert report.layout is ReportFormat.V2021
    assert report.proactive["行政许可", "本年处理决定数量"] == 2310
    text = report.to_text()
    assert "（报告格式：国办公开办函〔2021〕30号）" in text
    assert "五、存在的主要问题及改进情况" in text
    assert "五、政府信息公开工作存在的主要问题及改进情况" not in text
    # printed as it was read: （六） one row with its numbers, no sub-rows
    assert "3.其他" not in text
    row = next(line for line in text.splitlines() if "（六）其他处理" in line)
    assert row.split("|")[1].strip() == "1"


def test_with_no_table_two_the_year_decides() -> None:
    r2022 = cn.parse_report_text(bureau_text(proactive=False, year=2022))
    r2020 = cn.parse_report_text(bureau_text(proactive=False, year=2020))
    assert r2022.proactive is None
    assert r2022.requests is not None
    assert r2020.requests is not None
    assert r2022.requests.layout is ReportFormat.V2021
    assert r2020.requests.layout is ReportFormat.V2019  # the trial format's years
    assert "report year 2022" in next(f.message for f in r2022.findings if f.rule == "parse.layout")
    assert r2020.to_annual_report().layout is ReportFormat.V2019


def test_parse_options_layout_insists() -> None:
    options = cn.ParseOptions(layout=ReportFormat.V2019)
    t = cn.parse_report_text(bureau_text(), options).requests
    assert t is not None
    assert t.layout is ReportFormat.V2019
    with pytest.raises(InvalidInputError):
        cn.ParseOptions(layout="2021")  # type: ignore[arg-type]


def test_a_2019_report_still_reads_as_2019() -> None:
    parsed = cn.parse_report_html((DATA / "synthetic_bureau_2019.html").read_text("utf-8"))
    assert parsed.requests is not None
    assert parsed.proactive is not None
    assert parsed.requests.layout is ReportFormat.V2019
    assert parsed.proactive.layout is ReportFormat.V2019
    report = parsed.to_annual_report()
    assert report.layout is ReportFormat.V2019
    assert "五、政府信息公开工作存在的主要问题及改进情况" in report.to_text()
    assert not [f for f in parsed.findings if f.rule == "parse.layout"]


def test_an_html_page_with_the_single_row() -> None:
    page = (DATA / "synthetic_district_2023.html").read_text(encoding="utf-8")
    cells = "<td>0</td>" * 5
    rows = [
        (
            '<tr><td rowspan="3">（六）其他处理</td>'
            f"<td>1.逾期不补正</td><td>3</td>{cells}<td>3</td></tr>"
        ),
        f"<tr><td>2.逾期不缴费</td><td>0</td>{cells}<td>0</td></tr>",
        f"<tr><td>3.其他</td><td>1</td>{cells}<td>1</td></tr>",
    ]
    for row in rows:
        assert row in page
    single = (
        '<tr><td colspan="2">（六）其他处理</td><td>4</td><td>0</td><td>0</td><td>0</td>'
        "<td>0</td><td>0</td><td>4</td></tr>"
    )
    page = page.replace(rows[0], single).replace(rows[1], "").replace(rows[2], "")
    page = page.replace('rowspan="22"', 'rowspan="20"')
    parsed = cn.parse_report_html(page)
    t = parsed.requests
    assert t is not None
    assert t.layout is ReportFormat.V2021
    assert t[OTHER, NP] == 3 + 1
    assert t[OTHER, TOTAL] == 4
    assert parsed.to_annual_report().layout is ReportFormat.V2021


# -- identities ----------------------------------------------------------------------------------


def test_a_consistent_single_row_table_is_clean() -> None:
    report = cn.parse_report_text(bureau_text()).to_annual_report()
    assert report.validate(report_blanks=False) == ()
    # The blanks are the report's own (5.要求行政机关确认… printed —), never the unprinted rows.
    blanks = {f.cells[0] for f in report.requests.validate() if f.rule == "blank"}
    assert blanks == {(Outcome.NOT_PROCESSED_CONFIRMATION, c) for c in report.requests.columns}


def test_identities_read_the_single_row() -> None:
    broken = bureau_text().replace(SINGLE_ROW, "（六）其他处理 1 0 0 0 0 0 2")
    t = cn.parse_report_text(broken).requests
    assert t is not None
    found = t.validate(report_blanks=False)
    # by hand: 总计 2 but the columns sum to 1; （七）总计/总计 50 but the outcome rows sum to
    # 19 + 3 + 1 + 3 + 17 + 3 + 2 + 1 + 2 = 51
    assert {(f.rule, f.cells[0]) for f in found} == {
        ("cn.t3.row-total", (OTHER, TOTAL)),
        ("cn.t3.handled-total", (RequestRow.HANDLED, TOTAL)),
    }
    handled = next(f for f in found if f.rule == "cn.t3.handled-total")
    assert (handled.left, handled.right) == (50, 51)
    assert (OTHER, TOTAL) in handled.cells


def test_a_misprint_in_the_single_row_breaks_its_column() -> None:
    broken = bureau_text().replace(SINGLE_ROW, "（六）其他处理 2 0 0 0 0 0 2")
    t = cn.parse_report_text(broken).requests
    assert t is not None
    rules = {(f.rule, f.cells[0]) for f in t.validate(report_blanks=False)}
    # 自然人: （七） 40 but 15 + 3 + 1 + 2 + 12 + 3 + 2 + 1 + 2 = 41; 总计 likewise 50 vs 51
    assert rules == {
        ("cn.t3.handled-total", (RequestRow.HANDLED, NP)),
        ("cn.t3.handled-total", (RequestRow.HANDLED, TOTAL)),
    }


def test_a_printed_parent_is_checked_against_its_sub_rows() -> None:
    data = {
        "（六）其他处理": {"自然人": 5, "总计": 5},
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请": {
            "自然人": 1,
            "总计": 1,
        },
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请": {
            "自然人": 1,
            "总计": 1,
        },
        "3.其他": {"自然人": 2, "总计": 2},
    }
    t = RequestTable.from_labels(data)
    assert t.layout is ReportFormat.V2021
    assert not t.parent_is_sum
    other = [f for f in t.validate(report_blanks=False) if f.rule == "cn.t3.other-total"]
    assert [(f.cells[0], f.left, f.right) for f in other] == [
        ((OTHER, NP), 5, 4),
        ((OTHER, TOTAL), 5, 4),
    ]
    data["（六）其他处理"] = {"自然人": 4, "总计": 4}
    fixed = RequestTable.from_labels(data)
    assert fixed.parent_is_sum
    assert not [f for f in fixed.validate(report_blanks=False) if f.rule == "cn.t3.other-total"]


def test_sub_rows_only_the_parent_is_their_sum_and_no_finding_is_doubled() -> None:
    full = cn.parse_report_text(bureau_text(single=False)).requests
    assert full is not None
    assert full[OTHER, NP] == 1 + 0 + 0
    assert full.parent_is_sum
    assert full.validate(report_blanks=False) == ()
    broken = bureau_text(single=False).replace("3.其他 0 0 0 0 0 0 0", "3.其他 0 0 0 0 0 0 1")
    t = cn.parse_report_text(broken).requests
    assert t is not None
    found = t.validate(report_blanks=False)
    # one misprint (3.其他/总计 1, its columns 0): its row total, and （七）总计/总计 50 vs 51
    assert {(f.rule, f.cells[0]) for f in found} == {
        ("cn.t3.row-total", (Outcome.OTHER, TOTAL)),
        ("cn.t3.handled-total", (RequestRow.HANDLED, TOTAL)),
    }


# -- combining -----------------------------------------------------------------------------------


def test_it_adds_to_a_full_2021_table() -> None:
    single = single_row_table()
    full = cn.parse_report_text(bureau_text(single=False)).requests
    assert full is not None
    total = single + full
    assert total == full + single
    assert total[OTHER, NP] == 1 + 1
    assert total[OTHER, TOTAL] == 1 + 1
    assert total[RequestRow.HANDLED, TOTAL] == 50 + 50
    for row in SUB_ROWS:
        assert total[row, NP] is None  # unknown, never silently 0
        assert (row, NP) in total.unprinted
    assert total.validate(report_blanks=False) == ()
    as_2019 = total.to_layout(ReportFormat.V2019)
    assert as_2019[OTHER, TOTAL] == 2
    assert as_2019 == single.to_layout(ReportFormat.V2019) + full.to_layout(ReportFormat.V2019)


def test_it_adds_to_an_aggregated_table() -> None:
    counted = aggregate_requests([], year=2022)
    assert counted[OTHER, NP] == 0
    total = counted + single_row_table()
    assert total[OTHER, NP] == 1
    assert total.single_other_row


def test_layout_is_detected_or_given() -> None:
    data = {"（六）其他处理": {"总计": 2}, "（七）总计": {"总计": 2}}
    assert RequestTable.from_labels(data).layout is ReportFormat.V2019
    t = RequestTable.from_labels(data, layout=ReportFormat.V2021)
    assert t.single_other_row
    assert t.to_labels()["（六）其他处理"]["总计"] == 2
    assert "3.其他" not in t.to_labels()
    assert RequestTable.from_labels(t.to_labels(), layout=ReportFormat.V2021) == t
    with pytest.raises(InvalidInputError):
        RequestTable.from_labels({"3.其他": {"总计": 1}}, layout=ReportFormat.V2019)


def test_an_unprinted_cell_has_no_value() -> None:
    t = RequestTable.zeros()
    with pytest.raises(InvalidInputError, match="unprinted"):
        RequestTable(t.cells, ReportFormat.V2021, unprinted=[(Outcome.OTHER, NP)])


def test_annual_report_decides_from_table_two_and_year() -> None:
    single = RequestTable.from_labels({"（六）其他处理": {"总计": 3}})
    assert cn.AnnualReport(agency="某局", year=2022, requests=single).layout is ReportFormat.V2021
    assert cn.AnnualReport(agency="某局", year=2020, requests=single).layout is ReportFormat.V2019
    p19 = cn.ProactiveTable.from_labels({"政府集中采购": {"采购项目数量": 2}})
    assert p19.layout is ReportFormat.V2019
    old = cn.AnnualReport(agency="某局", year=2022, requests=single, proactive=p19)
    assert old.layout is ReportFormat.V2019  # its table 二 says 2019
    forced = cn.AnnualReport(agency="某局", year=2020, requests=single, layout=ReportFormat.V2021)
    assert forced.requests.single_other_row
    assert forced.requests[OTHER, TOTAL] == 3


# -- JSON ------------------------------------------------------------------------------------------


def test_json_round_trip() -> None:
    t = single_row_table()
    doc = to_dict(t)
    assert doc["unprinted"]["other"] == [c.value for c in t.columns]
    assert doc["cells"]["other_handling"]["total"] == 1
    back = from_json(to_json(t), RequestTable)
    assert back == t
    assert back.unprinted == t.unprinted
    report = cn.parse_report_text(bureau_text()).to_annual_report()
    assert from_json(to_json(report), cn.AnnualReport) == report
    full = to_dict(RequestTable.zeros())
    assert "unprinted" not in full
    assert "other_handling" not in full["cells"]  # the sum of its sub-rows: their heading


def test_json_refuses_bad_unprinted_cells() -> None:
    doc = json.loads(to_json(single_row_table()))
    doc["unprinted"]["teleported"] = ["total"]
    doc["unprinted"]["other"].append("robots")
    with pytest.raises(InvalidInputError) as err:
        from_json(json.dumps(doc), RequestTable)
    assert any(p.value == "robots" for p in err.value.problems)
    assert any("teleported" in p.path for p in err.value.problems)


# -- properties -----------------------------------------------------------------------------------


def _parent_only(table: RequestTable) -> RequestTable:
    return table.to_layout(ReportFormat.V2019).to_layout(ReportFormat.V2021)


@settings(max_examples=50, deadline=None)
@given(
    cn_request_tables(ReportFormat.V2021, valid=None),
    cn_request_tables(ReportFormat.V2021, valid=None),
    st.booleans(),
)
def test_merging_keeps_the_parent_and_loses_the_sub_rows(
    a: RequestTable, b: RequestTable, single: bool
) -> None:
    left = _parent_only(a) if single else a
    total = left + b
    assert total == b + left
    for column in a.columns:
        parts = [left.cells[OTHER, column], b.cells[OTHER, column]]
        filled = [v for v in parts if v is not None]
        assert total[OTHER, column] == (sum(filled) if filled else None)
        for row in SUB_ROWS:
            assert ((row, column) in total.unprinted) is single
    assert total.to_layout(ReportFormat.V2019) == (
        left.to_layout(ReportFormat.V2019) + b.to_layout(ReportFormat.V2019)
    )


@settings(max_examples=50, deadline=None)
@given(cn_request_tables(ReportFormat.V2021, valid=True))
def test_a_valid_table_printed_with_the_single_row_stays_valid(table: RequestTable) -> None:
    single = _parent_only(table)
    assert single.validate() == ()
    assert from_json(to_json(single), RequestTable) == single
    assert RequestTable.from_labels(single.to_labels(), layout=ReportFormat.V2021) == single


def test_a_single_row_report_renders_and_reads_back() -> None:
    report = cn.parse_report_text(bureau_text()).to_annual_report()
    html = report.to_html()
    assert "3.其他" not in html
    assert '<th colspan="2">（六）其他处理</th>' in html
    back = cn.parse_report_html(html)
    assert back.requests == report.requests
    assert back.proactive == report.proactive
    assert back.to_annual_report() == report
