"""PRC report tables 二, 三 and 四: the formats as data, reading published labels, merging.

Real data:

* ``FIXTURE_2025``: the 2021-format HTML fixture of a 2025 municipal report reproduced by an
  open-source annual-report parser (spec §0, S-FMT21-code), whose numbers satisfy every identity.
* ``SHANGHAI_2019``: the 2019-format report of the Shanghai municipal government's general office
  (dated 2020-01-31, spec §0, S-FMT19), with its blank cells as printed.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govdisclosure.errors import InvalidInputError, UnknownLabelError
from govdisclosure.jurisdictions.cn.instruments import REPORT_FORMAT_2019, REPORT_FORMAT_2021
from govdisclosure.jurisdictions.cn.outcomes import Outcome
from govdisclosure.jurisdictions.cn.report import (
    CaseKind,
    CaseResult,
    ProactiveColumn,
    ProactiveRow,
    ProactiveTable,
    ReconsiderationLitigationTable,
    ReportFormat,
    RequestRow,
    RequestTable,
    Total,
    format_for_year,
)
from govdisclosure.jurisdictions.cn.report.format import (
    REQUEST_COLUMNS,
    SECTIONS,
    proactive_blocks,
    request_rows,
    sections,
)
from govdisclosure.requests import ApplicantKind

COLUMNS = ("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")


def _rows(text: str) -> dict[str, dict[str, int | None]]:
    out: dict[str, dict[str, int | None]] = {}
    for line in text.strip().splitlines():
        label, *cells = line.split("|")
        out[label] = {c: (None if v == "" else int(v)) for c, v in zip(COLUMNS, cells, strict=True)}
    return out


FIXTURE_2025 = _rows("""
一、本年新收政府信息公开申请数量|13612|252|0|45|128|32|14069
二、上年结转政府信息公开申请数量|535|6|0|1|18|0|560
（一）予以公开|5345|129|0|41|19|14|5548
（二）部分公开（区分处理的，只计这一情形，不计其他情形）|2120|39|0|1|6|2|2168
1.属于国家秘密|13|0|0|0|0|0|13
2.其他法律行政法规禁止公开|30|0|0|0|0|0|30
3.危及“三安全一稳定”|11|0|0|0|0|0|11
4.保护第三方合法权益|49|2|0|0|0|0|51
5.属于三类内部事务信息|103|1|0|0|0|0|104
6.属于四类过程性信息|84|1|0|0|0|0|85
7.属于行政执法案卷|282|4|0|0|0|0|286
8.属于行政查询事项|147|0|0|0|1|2|150
1.本机关不掌握相关政府信息|3075|50|0|0|89|8|3222
2.没有现成信息需要另行制作|177|3|0|0|0|0|180
3.补正后申请内容仍不明确|19|0|0|0|0|0|19
1.信访举报投诉类申请|199|1|0|0|3|0|203
2.重复申请|147|1|0|0|0|0|148
3.要求提供公开出版物|0|0|0|0|0|0|0
4.无正当理由大量反复申请|100|1|0|0|0|0|101
5.要求行政机关确认或重新出具已获取信息|5|0|0|0|0|0|5
1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请|315|3|0|0|0|0|318
2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请|202|0|0|1|0|0|203
3.其他|941|17|0|1|3|3|965
（七）总计|13364|252|0|44|121|29|13810
四、结转下年度继续办理|783|6|0|2|25|3|819
""")

FIXTURE_2025_T4 = [376, 97, 196, 121, 790, 16, 1, 12, 27, 56, 74, 1, 30, 51, 156]

FIXTURE_2025_T2 = {
    "第二十条第（一）项": {},
    "规章": {"本年制发件数": 3, "本年废止件数": 5, "现行有效件数": 74},
    "行政规范性文件": {"本年制发件数": 564, "本年废止件数": 984, "现行有效件数": 4185},
    "行政许可": {"本年处理决定数量": 11398889},
    "行政处罚": {"本年处理决定数量": 6937489},
    "行政强制": {"本年处理决定数量": 166105},
    "行政事业性收费": {"本年收费金额（单位：万元）": Decimal(316441)},
}

SHANGHAI_2019 = _rows("""
一、本年新收政府信息公开申请数量|821|35|||2|1|859
二、上年结转政府信息公开申请数量|18||||||18
（一）予以公开|258|12|||1|1|
（二）部分公开（区分处理的，只计这一情形，不计其他情形）|3||||||
1.属于国家秘密|14||||||
2.其他法律行政法规禁止公开|||||||
3.危及“三安全一稳定”|||||||
4.保护第三方合法权益|||||||
5.属于三类内部事务信息|5||||||
6.属于四类过程性信息|3|1|||||
7.属于行政执法案卷|||||||
8.属于行政查询事项|10|2|||||
1.本机关不掌握相关政府信息|252|12|||1||
2.没有现成信息需要另行制作|44|3|||||
3.补正后申请内容仍不明确|25||||||
1.信访举报投诉类申请|148|1|||||
2.重复申请|5|4|||||
3.要求提供公开出版物|||||||
4.无正当理由大量反复申请|||||||
5.要求行政机关确认或重新出具已获取信息|||||||
（六）其他处理|||||||
（七）总计|767|35|||2|1|805
四、结转下年度继续办理|72||||||72
""")

SHANGHAI_2019_T4 = [5, None, None, 2, 7, 8, None, None, 1, 9, *[None] * 5]

SHANGHAI_2019_T2 = {
    "规章": {"本年新制作数量": 13, "本年新公开数量": 13, "对外公开总数量": 524},
    "规范性文件": {"本年新制作数量": 60, "本年新公开数量": 60, "对外公开总数量": 368},
    "行政许可": {"上一年项目数量": 0, "本年增/减": 0, "处理决定数量": 0},
    "其他对外管理服务事项": {"上一年项目数量": 0, "本年增/减": 0, "处理决定数量": 0},
    "行政处罚": {"上一年项目数量": 0, "本年增/减": 0, "处理决定数量": 0},
    "行政强制": {"上一年项目数量": 0, "本年增/减": 0, "处理决定数量": 0},
    "行政事业性收费": {"上一年项目数量": 0, "本年增/减": 0},
    # Printed as "251000元": the unit is in the cell, not in the format's label.
    "政府集中采购": {"采购项目数量": 6, "采购总金额": Decimal(251000)},
}

NP = ApplicantKind.NATURAL_PERSON
CE = ApplicantKind.COMMERCIAL_ENTERPRISE


# -- the formats as data ---------------------------------------------------------


def test_row_counts_per_format() -> None:
    # 2021: 25 printed rows and （六）其他处理, the parent of its sub-rows (issue 14, point 3)
    assert len(request_rows(ReportFormat.V2021)) == 26
    assert len(request_rows(ReportFormat.V2019)) == 23
    outcome_rows = [r for r in request_rows(ReportFormat.V2021) if isinstance(r.key, Outcome)]
    assert len(outcome_rows) == 22 - 1  # 22 rows under 三, one of them （七）总计


def test_columns_are_six_kinds_then_total() -> None:
    assert [c.label for c in REQUEST_COLUMNS] == list(COLUMNS)
    assert [c.key for c in REQUEST_COLUMNS] == [*ApplicantKind, Total.TOTAL]
    assert all(c.label_en for c in REQUEST_COLUMNS)


def test_2021_row_labels_are_the_official_ones() -> None:
    rows = request_rows(ReportFormat.V2021)
    printed = [r.label for r in rows if r.key is not RequestRow.OTHER_HANDLING]
    assert printed == list(FIXTURE_2025)
    parent = [r.key for r in rows].index(RequestRow.OTHER_HANDLING)
    assert rows[parent].label == "（六）其他处理"
    assert rows[parent + 1].key is Outcome.OTHER_CORRECTION_LAPSED


def test_2019_differs_only_in_other_handling() -> None:
    labels_2019 = [r.label for r in request_rows(ReportFormat.V2019)]
    assert labels_2019 == list(SHANGHAI_2019)
    assert "（六）其他处理" in labels_2019
    assert "3.其他" not in labels_2019


def test_every_label_has_english_beside_it() -> None:
    for layout in ReportFormat:
        assert all(r.label_en for r in request_rows(layout))
        for block in proactive_blocks(layout):
            assert block.caption_en
            assert all(label.en for _, label in block.rows)
            assert all(label.en for _, label, _ in block.columns)


def test_citations_name_the_format_documents() -> None:
    assert ReportFormat.V2021.instrument is REPORT_FORMAT_2021
    assert ReportFormat.V2019.instrument is REPORT_FORMAT_2019
    assert ReportFormat.V2021.label == "国办公开办函〔2021〕30号"
    assert ReportFormat.V2019.label == "国办公开办函〔2019〕60号"


def test_sections_one_to_six() -> None:
    assert [s.label[:2] for s in SECTIONS] == ["一、", "二、", "三、", "四、", "五、", "六、"]
    assert SECTIONS[3].label == "四、政府信息公开行政复议、行政诉讼情况"
    assert [str(s.citation) for s in SECTIONS[1:]] == [
        f"OGI Reg. (2019) Art 50 ({i})" for i in range(1, 6)
    ]
    assert sections(ReportFormat.V2019)[4].label == "五、政府信息公开工作存在的主要问题及改进情况"


def test_table_two_blocks() -> None:
    captions = [b.caption for b in proactive_blocks(ReportFormat.V2021)]
    assert captions == [
        "第二十条第（一）项",
        "第二十条第（五）项",
        "第二十条第（六）项",
        "第二十条第（八）项",
    ]
    assert [str(b.citation) for b in proactive_blocks(ReportFormat.V2021)] == [
        "OGI Reg. (2019) Art 20 (1)",
        "OGI Reg. (2019) Art 20 (5)",
        "OGI Reg. (2019) Art 20 (6)",
        "OGI Reg. (2019) Art 20 (8)",
    ]
    assert len(proactive_blocks(ReportFormat.V2019)) == 5


def test_format_by_report_year() -> None:
    assert format_for_year(2019) is ReportFormat.V2019
    assert format_for_year(2020) is ReportFormat.V2019
    assert format_for_year(2021) is ReportFormat.V2021


# -- table 三 from published numbers --------------------------------------------------


def test_fixture_2025_reads_back_exactly() -> None:
    t = RequestTable.from_labels(FIXTURE_2025)
    assert t.layout is ReportFormat.V2021
    assert t[RequestRow.NEW, Total.TOTAL] == 14069
    assert t[Outcome.OTHER, NP] == 941
    assert t.to_labels() == FIXTURE_2025


def test_shanghai_2019_keeps_its_blanks() -> None:
    t = RequestTable.from_labels(SHANGHAI_2019)
    assert t.layout is ReportFormat.V2019
    assert t[RequestRow.NEW, ApplicantKind.RESEARCH_INSTITUTION] is None
    assert t[Outcome.DISCLOSED, Total.TOTAL] is None
    assert t[RequestRow.OTHER_HANDLING, NP] is None
    assert t[RequestRow.HANDLED, Total.TOTAL] == 805
    blanks = sum(v is None for line in SHANGHAI_2019.values() for v in line.values())
    assert len(t.cells.blank_cells()) == blanks
    assert t.to_labels() == SHANGHAI_2019


@pytest.mark.parametrize(
    ("label", "row"),
    [
        ("（一）予以公开", Outcome.DISCLOSED),
        ("(一)予以公开", Outcome.DISCLOSED),
        (" （ 一 ） 予以公开 ", Outcome.DISCLOSED),
        ("予以公开", Outcome.DISCLOSED),
        ("（二）部分公开", Outcome.PARTLY_DISCLOSED),
        ("(二)部分公开(区分处理的,只计这一情形,不计其他情形)", Outcome.PARTLY_DISCLOSED),
        ('3.危及"三安全一稳定"', Outcome.WITHHELD_ENDANGERS_SECURITY),
        ("3．危及‘三安全一稳定’", Outcome.WITHHELD_ENDANGERS_SECURITY),
        ("危及「三安全一稳定」", Outcome.WITHHELD_ENDANGERS_SECURITY),
        ("（三）不予公开 1.属于国家秘密", Outcome.WITHHELD_STATE_SECRET),
        ("(四)无法提供1、本机关不掌握相关政府信息", Outcome.UNAVAILABLE_NOT_HELD),
        ("三、本年度办理结果（一）予以公开", Outcome.DISCLOSED),
        ("（六）其他处理 3.其他", Outcome.OTHER),
        ("一、本年新收政府信息公开申请数量", RequestRow.NEW),
        ("一 、 本年新收政府信息公开申请数量", RequestRow.NEW),
        ("二、上年结转政府信息公开申请数量", RequestRow.CARRIED_OVER),
        ("（七）总计", RequestRow.HANDLED),
        ("(七)总计", RequestRow.HANDLED),
        ("四、结转下年度继续办理", RequestRow.CARRIED_FORWARD),
        (Outcome.NOT_PROCESSED_REPEAT, Outcome.NOT_PROCESSED_REPEAT),
    ],
)
def test_row_labels_are_matched_tolerantly(label: object, row: object) -> None:
    t = RequestTable.from_labels({label: {"总计": 7}})
    assert t[row, Total.TOTAL] == 7


@pytest.mark.parametrize(
    ("label", "column"),
    [
        ("自然人", NP),
        (" 自 然 人 ", NP),
        ("法人或其他组织 商业企业", CE),
        ("法人或其他组织-商业企业", CE),
        ("法人或其他组织／商业企业", CE),
        ("其他", ApplicantKind.OTHER_ORGANIZATION),
        ("总计", Total.TOTAL),
        (ApplicantKind.LEGAL_SERVICE_INSTITUTION, ApplicantKind.LEGAL_SERVICE_INSTITUTION),
    ],
)
def test_column_labels_are_matched_tolerantly(label: object, column: object) -> None:
    t = RequestTable.from_labels({"一、本年新收政府信息公开申请数量": {label: 3}})
    assert t[RequestRow.NEW, column] == 3


def test_cells_read_by_label_or_key() -> None:
    t = RequestTable.from_labels(FIXTURE_2025)
    assert t["1.属于国家秘密", "自然人"] == t[Outcome.WITHHELD_STATE_SECRET, NP] == 13
    with pytest.raises(UnknownLabelError):
        t["（三）不予公开", "自然人"]  # a heading has no cells
    with pytest.raises(UnknownLabelError):
        RequestTable.from_labels(SHANGHAI_2019)["3.其他", "总计"]  # not a 2019 row


def test_missing_and_none_cells_are_blank_never_zero() -> None:
    t = RequestTable.from_labels({"（一）予以公开": {"自然人": 0, "商业企业": None}})
    assert t[Outcome.DISCLOSED, NP] == 0
    assert t[Outcome.DISCLOSED, CE] is None
    assert t[Outcome.DISCLOSED, Total.TOTAL] is None
    assert t[RequestRow.NEW, NP] is None


def test_headings_may_be_given_without_numbers() -> None:
    data = {
        "三、本年度办理结果": {},
        "（三）不予公开": {"自然人": None},
        "（六）其他处理": {},
        "3.其他": {"自然人": 2},
    }
    t = RequestTable.from_labels(data)
    assert t.layout is ReportFormat.V2021
    assert t[Outcome.OTHER, NP] == 2
    with pytest.raises(InvalidInputError, match="group heading"):
        RequestTable.from_labels({"（三）不予公开": {"自然人": 4}})


def test_unknown_labels_are_named_all_at_once() -> None:
    with pytest.raises(UnknownLabelError) as err:
        RequestTable.from_labels({"本年新收申请": {"自然人": 1}, "（七）总计": {"外国人": 2}})
    values = [p.value for p in err.value.problems]
    assert values == ["本年新收申请", "外国人"]
    assert "本年新收申请" in str(err.value)
    assert "外国人" in str(err.value)
    assert isinstance(err.value, LookupError)


@pytest.mark.parametrize("bad", [-1, 1.5, "3", True])
def test_bad_values_are_refused(bad: object) -> None:
    with pytest.raises(InvalidInputError) as err:
        RequestTable.from_labels({"（七）总计": {"自然人": bad}})  # type: ignore[dict-item]
    assert "自然人" in err.value.problems[0].path


def test_duplicate_rows_and_columns_are_refused() -> None:
    with pytest.raises(InvalidInputError, match="twice"):
        RequestTable.from_labels({"（一）予以公开": {"总计": 1}, "予以公开": {"总计": 1}})
    with pytest.raises(InvalidInputError, match="twice"):
        RequestTable.from_labels({"予以公开": {"其他": 1, "法人或其他组织其他": 2}})


def test_layout_detection_and_conflicts() -> None:
    assert RequestTable.from_labels({"（七）总计": {"总计": 1}}).layout is ReportFormat.V2021
    t19 = RequestTable.from_labels({"（七）总计": {"总计": 1}}, layout=ReportFormat.V2019)
    assert t19.layout is ReportFormat.V2019
    # Issue 14 point 3: a number on （六）其他处理 beside its sub-rows is the 2021 parent row,
    # kept and checked against them (it used to be refused as "rows of both layouts").
    both = RequestTable.from_labels({"（六）其他处理": {"总计": 1}, "3.其他": {"总计": 1}})
    assert both.layout is ReportFormat.V2021
    assert both[RequestRow.OTHER_HANDLING, Total.TOTAL] == 1
    with pytest.raises(InvalidInputError):
        RequestTable.from_labels({"3.其他": {"总计": 1}}, layout=ReportFormat.V2019)


def test_2021_table_converts_to_2019_layout() -> None:
    t = RequestTable.from_labels(FIXTURE_2025).to_layout(ReportFormat.V2019)
    assert t.layout is ReportFormat.V2019
    assert t[RequestRow.OTHER_HANDLING, NP] == 315 + 202 + 941
    assert t[RequestRow.OTHER_HANDLING, Total.TOTAL] == 318 + 203 + 965
    assert t.validate() == ()
    # Issue 14 point 3: 2019 -> 2021 keeps the single row; its sub-rows are unprinted
    # (it used to be refused: one number cannot be split in three).
    single = RequestTable.from_labels({"（六）其他处理": {"总计": 1}}).to_layout(ReportFormat.V2021)
    assert single[RequestRow.OTHER_HANDLING, Total.TOTAL] == 1
    assert (Outcome.OTHER, Total.TOTAL) in single.unprinted
    blank_other = RequestTable.from_labels(SHANGHAI_2019).to_layout(ReportFormat.V2021)
    assert blank_other[Outcome.OTHER, NP] is None
    assert blank_other[Outcome.DISCLOSED, NP] == 258


def test_tables_are_immutable() -> None:
    t = RequestTable.zeros()
    with pytest.raises(AttributeError):
        t.layout = ReportFormat.V2019  # type: ignore[misc]


def test_english_labels() -> None:
    labels = RequestTable.from_labels(FIXTURE_2025).to_labels("en")
    assert labels["I. New applications this year"]["Natural persons"] == 13612
    assert labels["(7) Total handled"]["Total"] == 13810


def test_disclosure_rate_from_the_table() -> None:
    t = RequestTable.from_labels(FIXTURE_2025)
    assert t.disclosure_rate == pytest.approx((5548 + 2168) / 13810)
    assert RequestTable.from_labels(SHANGHAI_2019).disclosure_rate is None  # totals blank
    assert RequestTable.zeros().disclosure_rate is None


# -- table 四 ---------------------------------------------------------------------------


def test_table_four_from_the_published_row() -> None:
    t = ReconsiderationLitigationTable.from_row(FIXTURE_2025_T4)
    assert t["行政复议", "总计"] == 790
    assert t[CaseKind.LITIGATION_DIRECT, CaseResult.PENDING] == 27
    assert t["复议后起诉", "结果维持"] == 74
    assert t.to_row() == tuple(FIXTURE_2025_T4)
    with pytest.raises(InvalidInputError):
        ReconsiderationLitigationTable.from_row([1, 2, 3])


def test_table_four_from_labels() -> None:
    data = {
        "行政复议": {"结果维持": 5, "结果纠正": None, "其他结果": None, "尚未审结": 2, "总计": 7},
        "行政诉讼 未经复议直接起诉": {"结果维持": 8, "尚未审结": 1, "总计": 9},
        "复议后起诉": {},
    }
    t = ReconsiderationLitigationTable.from_labels(data)
    assert t.to_row() == tuple(SHANGHAI_2019_T4)
    assert t.to_labels()["未经复议直接起诉"] == {
        "结果维持": 8,
        "结果纠正": None,
        "其他结果": None,
        "尚未审结": 1,
        "总计": 9,
    }
    assert ReconsiderationLitigationTable.from_labels(t.to_labels()) == t


def test_table_four_unknown_labels() -> None:
    with pytest.raises(UnknownLabelError, match="行政赔偿"):
        ReconsiderationLitigationTable.from_labels({"行政赔偿": {"总计": 1}})
    with pytest.raises(UnknownLabelError, match="撤销"):
        ReconsiderationLitigationTable.from_labels({"行政复议": {"撤销": 1}})


# -- table 二 ---------------------------------------------------------------------------


def test_table_two_fixture_2025() -> None:
    t = ProactiveTable.from_labels(FIXTURE_2025_T2)
    assert t.layout is ReportFormat.V2021
    assert t[ProactiveRow.NORMATIVE_DOCUMENTS, ProactiveColumn.IN_FORCE] == 4185
    assert t["行政许可", "本年处理决定数量"] == 11398889
    assert t["行政事业性收费", "本年收费金额"] == Decimal(316441)
    assert t.validate() == ()
    expected = {k: v for k, v in FIXTURE_2025_T2.items() if v}
    assert t.to_labels() == expected


def test_table_two_shanghai_2019() -> None:
    t = ProactiveTable.from_labels(SHANGHAI_2019_T2)
    assert t.layout is ReportFormat.V2019
    assert t["规范性文件", "对外公开总数量"] == 368
    assert t["政府集中采购", "采购总金额"] == Decimal(251000)
    assert t.to_labels() == SHANGHAI_2019_T2


def test_table_two_values() -> None:
    t = ProactiveTable.from_labels({"行政事业性收费": {"本年收费金额（单位：万元）": 3}})
    assert t["行政事业性收费", "本年收费金额（单位：万元）"] == Decimal(3)
    with pytest.raises(InvalidInputError, match="float"):
        ProactiveTable.from_labels({"行政事业性收费": {"本年收费金额": 1.5}})
    with pytest.raises(InvalidInputError):
        ProactiveTable.from_labels({"规章": {"本年制发件数": -1}})
    signed = ProactiveTable.from_labels({"行政许可": {"本年增/减": -4}})
    assert signed["行政许可", "本年增/减"] == -4
    with pytest.raises(InvalidInputError):
        ProactiveTable.from_labels({"规章": {"本年制发件数": 1, "本年新制作数量": 1}})
    with pytest.raises(UnknownLabelError, match="行政奖励"):
        ProactiveTable.from_labels({"行政奖励": {"本年处理决定数量": 1}})


def test_table_two_blank_cells_are_findings() -> None:
    t = ProactiveTable.from_labels({"规章": {"本年制发件数": 1}})
    found = t.validate()
    assert len(found) == 9
    assert {f.rule for f in found} == {"blank"}


def test_table_two_adds() -> None:
    a = ProactiveTable.from_labels(FIXTURE_2025_T2)
    b = ProactiveTable.from_labels({"规章": {"本年制发件数": 1}})
    assert (a + b)["规章", "本年制发件数"] == 4
    assert (a + b)["规章", "本年废止件数"] == 5
    assert a + ProactiveTable.empty() == a
    with pytest.raises(InvalidInputError):
        a + ProactiveTable.from_labels(SHANGHAI_2019_T2)


# -- merge laws -----------------------------------------------------------------------

_ROW_KEYS = tuple(spec.key for spec in request_rows(ReportFormat.V2021))
_COL_KEYS = tuple(c.key for c in REQUEST_COLUMNS)


@st.composite
def request_tables(draw: st.DrawFn) -> RequestTable:
    cells = draw(
        st.dictionaries(
            st.tuples(st.sampled_from(_ROW_KEYS), st.sampled_from(_COL_KEYS)),
            st.one_of(st.none(), st.integers(min_value=0, max_value=100_000)),
            max_size=40,
        )
    )
    return RequestTable.from_cells(cells)


case_tables = st.lists(
    st.one_of(st.none(), st.integers(min_value=0, max_value=1000)), min_size=15, max_size=15
).map(ReconsiderationLitigationTable.from_row)


@given(request_tables(), request_tables(), request_tables())
def test_request_tables_add_associatively(
    a: RequestTable, b: RequestTable, c: RequestTable
) -> None:
    assert (a + b) + c == a + (b + c)


@given(request_tables(), request_tables())
def test_request_tables_add_commutatively(a: RequestTable, b: RequestTable) -> None:
    assert a + b == b + a


@given(request_tables())
def test_the_blank_request_table_is_the_identity(a: RequestTable) -> None:
    assert a + RequestTable.empty() == a == RequestTable.empty() + a
    assert sum([a]) == a


@given(case_tables, case_tables, case_tables)
def test_case_tables_form_a_commutative_monoid(
    a: ReconsiderationLitigationTable,
    b: ReconsiderationLitigationTable,
    c: ReconsiderationLitigationTable,
) -> None:
    assert (a + b) + c == a + (b + c)
    assert a + b == b + a
    assert a + ReconsiderationLitigationTable.empty() == a


def test_tables_of_different_layouts_do_not_add() -> None:
    with pytest.raises(InvalidInputError, match="to_layout"):
        RequestTable.zeros() + RequestTable.zeros(ReportFormat.V2019)


def test_adding_published_tables() -> None:
    t = RequestTable.from_labels(FIXTURE_2025)
    double = t + t
    assert double[RequestRow.HANDLED, Total.TOTAL] == 2 * 13810
    shanghai = RequestTable.from_labels(SHANGHAI_2019)
    merged = shanghai + RequestTable.from_labels(
        {"（一）予以公开": {"总计": 1}}, layout=shanghai.layout
    )
    assert merged[Outcome.DISCLOSED, Total.TOTAL] == 1  # blank + 1
    assert merged[Outcome.DISCLOSED, NP] == 258  # 258 + blank
    assert merged[Outcome.WITHHELD_PROHIBITED_BY_LAW, NP] is None  # blank + blank


def test_whole_numbers_of_any_integer_type_are_counts() -> None:
    np = pytest.importorskip("numpy")
    t = RequestTable.from_labels({"（七）总计": {"自然人": np.int64(5)}})
    assert t["（七）总计", "自然人"] == 5
    assert type(t["（七）总计", "自然人"]) is int


def test_the_litigation_heading_may_be_given_empty() -> None:
    t = ReconsiderationLitigationTable.from_labels({"行政诉讼": {}, "复议后起诉": {"总计": 2}})
    assert t["复议后起诉", "总计"] == 2
    with pytest.raises(InvalidInputError, match="heading"):
        ReconsiderationLitigationTable.from_labels({"行政诉讼": {"总计": 2}})


def test_tables_survive_pickling_for_parallel_roll_ups() -> None:
    import pickle

    for table in (
        RequestTable.from_labels(FIXTURE_2025),
        RequestTable.from_labels(SHANGHAI_2019),
        ReconsiderationLitigationTable.from_row(FIXTURE_2025_T4),
        ProactiveTable.from_labels(FIXTURE_2025_T2),
    ):
        copy = pickle.loads(pickle.dumps(table))  # noqa: S301 - our own bytes
        assert copy == table
        assert copy + table == table + table


def test_malformed_input_is_refused_with_the_place_named() -> None:
    with pytest.raises(InvalidInputError, match="mapping"):
        RequestTable.from_labels([("（七）总计", {})])  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError) as err:
        RequestTable.from_labels({"（七）总计": [1, 2]})  # type: ignore[dict-item]
    assert err.value.problems[0].path == "['（七）总计']"
    with pytest.raises(UnknownLabelError):
        RequestTable.from_labels({7: {"总计": 1}})  # type: ignore[dict-item]
    with pytest.raises(UnknownLabelError):
        RequestTable.from_labels({"（七）总计": {7: 1}})  # type: ignore[dict-item]
    with pytest.raises(UnknownLabelError):
        ReconsiderationLitigationTable.from_labels({None: {"总计": 1}})  # type: ignore[dict-item]
    with pytest.raises(UnknownLabelError):
        ReconsiderationLitigationTable.from_labels({"行政复议": {None: 1}})  # type: ignore[dict-item]
    with pytest.raises(InvalidInputError):
        ProactiveTable.from_labels(["规章"])  # type: ignore[arg-type]
    with pytest.raises(UnknownLabelError):
        ProactiveTable.from_cells({(ProactiveRow.PROCUREMENT, ProactiveColumn.DECISIONS): 1})
    with pytest.raises(InvalidInputError):
        ProactiveTable((1, 2, 3))
    with pytest.raises(InvalidInputError, match="finite"):
        ProactiveTable.from_labels({"行政事业性收费": {"本年收费金额": Decimal("NaN")}})


def test_tables_are_checked_when_made_directly() -> None:
    from govdisclosure.reports import Table

    with pytest.raises(InvalidInputError, match="shape"):
        RequestTable(Table.blank(("x",), ("y",)))
    with pytest.raises(InvalidInputError):
        RequestTable("cells")  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        RequestTable(RequestTable.zeros().cells, layout="2021")  # type: ignore[arg-type]
    negative = RequestTable.zeros().cells.replace({(RequestRow.NEW, Total.TOTAL): -1})
    with pytest.raises(InvalidInputError, match="negative"):
        RequestTable(negative)
    with pytest.raises(InvalidInputError):
        ReconsiderationLitigationTable(Table.blank(("x",), ("y",)))
    bad_case = ReconsiderationLitigationTable.zeros().cells.replace(
        {(CaseKind.RECONSIDERATION, Total.TOTAL): -2}
    )
    with pytest.raises(InvalidInputError):
        ReconsiderationLitigationTable(bad_case)


def test_table_reprs_and_label_lookups() -> None:
    t4 = ReconsiderationLitigationTable.from_row(FIXTURE_2025_T4)
    assert "reconsideration=790" in repr(t4)
    assert t4.label_of((CaseKind.LITIGATION_DIRECT, Total.TOTAL), "en") == (
        "Litigation without reconsideration first/Total"
    )
    assert t4.to_labels("en")["Administrative reconsideration"]["Upheld"] == 376
    t2 = ProactiveTable.from_labels(FIXTURE_2025_T2)
    assert "10/10 filled" in repr(t2)
    assert t2.to_labels("en")["Government rules"]["In force"] == 74
    with pytest.raises(UnknownLabelError):
        t2["政府集中采购", "采购总金额"]  # a 2019 cell
    t3 = RequestTable.from_labels(FIXTURE_2025)
    assert t3.label_of((RequestRow.NEW, ApplicantKind.RESEARCH_INSTITUTION), "en") == (
        "I. New applications this year/Research institutions"
    )


def test_row_labels_with_separators_written_either_way() -> None:
    # Published reports write "一、" as "一，", "一." or "一 ", and 、 inside labels as ，
    table = RequestTable.from_labels(
        {
            "一，本年新收政府信息公开申请数量": {"自然人": 1, "总计": 1},
            "四.结转下年度继续办理": {"自然人": 1, "总计": 1},
            "二 上年结转政府信息公开申请数量": {"自然人": 0, "总计": 0},
            "1，申请人无正当理由逾期不补正，行政机关不再处理其政府信息公开申请": {"总计": 0},
        }
    )
    labels = table.to_labels()
    assert labels["一、本年新收政府信息公开申请数量"]["自然人"] == 1
    assert labels["四、结转下年度继续办理"]["总计"] == 1
    assert labels["二、上年结转政府信息公开申请数量"]["总计"] == 0
