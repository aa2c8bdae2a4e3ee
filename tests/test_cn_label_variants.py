"""Tolerant label reading: curated variants, aliases, paths, near misses (cn.LabelTolerance)."""

from __future__ import annotations

from collections.abc import Hashable
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govdisclosure.errors import InvalidInputError, UnknownLabelError
from govdisclosure.jurisdictions import cn
from govdisclosure.jurisdictions.cn import CaseKind, CaseResult, Outcome, RequestRow, Total
from govdisclosure.jurisdictions.cn.report import ProactiveColumn, ProactiveRow
from govdisclosure.jurisdictions.cn.report.parse import STRICT
from govdisclosure.jurisdictions.cn.report.schemas import (
    CASE_SCHEMA,
    proactive_schema,
    request_schema,
)
from govdisclosure.reports import HEADING
from govdisclosure.requests import ApplicantKind

TOLERANT = cn.LabelTolerance()

# Written by hand from the format (国办公开办函〔2021〕30号) and issue 14, not from the code.
EXPECTED: list[tuple[str, str, str, Hashable]] = [
    ("requests", "row", "2.其他法律行政止公开", Outcome.WITHHELD_PROHIBITED_BY_LAW),
    ("requests", "row", "1.逾期不补正", Outcome.OTHER_CORRECTION_LAPSED),
    ("requests", "row", "2.逾期不缴费", Outcome.OTHER_FEE_LAPSED),
    ("requests", "row", "（二）部分公开", Outcome.PARTLY_DISCLOSED),
    ("requests", "row", "本年新收", RequestRow.NEW),
    ("requests", "row", "办理结果合计", RequestRow.HANDLED),
    ("requests", "row", "合计", RequestRow.HANDLED),
    ("requests", "row", "不予公开-属于国家秘密", Outcome.WITHHELD_STATE_SECRET),
    (
        "requests",
        "row",
        "三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密",
        Outcome.WITHHELD_STATE_SECRET,
    ),
    ("requests", "row", "（五）不予处理/2.重复申请", Outcome.NOT_PROCESSED_REPEAT),
    ("requests", "row", "上年结转", RequestRow.CARRIED_OVER),
    ("requests", "row", "结转下年度", RequestRow.CARRIED_FORWARD),
    ("requests", "column", "企业", ApplicantKind.COMMERCIAL_ENTERPRISE),
    ("requests", "column", "合计", Total.TOTAL),
    ("requests", "column", "法人或其他组织-法律服务机构", ApplicantKind.LEGAL_SERVICE_INSTITUTION),
    ("cases", "column", "维持", CaseResult.MAINTAINED),
    ("cases", "column", "未审结", CaseResult.PENDING),
    ("cases", "column", "合计", Total.TOTAL),
    ("proactive", "column", "收费金额", ProactiveColumn.FEES_COLLECTED),
    ("proactive", "column", "本年收费金额", ProactiveColumn.FEES_COLLECTED),
]

# Official labels printed with spaces, line breaks, half-width brackets or straight quotes: exact.
EXACT: list[tuple[str, str, str, Hashable]] = [
    ("requests", "row", "一、本年新收政府信息\n公开申请数量", RequestRow.NEW),
    ("requests", "row", "(一)予以公开", Outcome.DISCLOSED),
    ("requests", "row", '3.危及"三安全一稳定"', Outcome.WITHHELD_ENDANGERS_SECURITY),
    (
        "requests",
        "row",
        "三、本年度办理结果 （三）不予公开 1.属于国家秘密",
        Outcome.WITHHELD_STATE_SECRET,
    ),
    ("requests", "column", "商 业 企 业", ApplicantKind.COMMERCIAL_ENTERPRISE),
    ("cases", "row", "行 政 复 议", CaseKind.RECONSIDERATION),
    ("proactive", "row", "行政规范性\n文件", ProactiveRow.NORMATIVE_DOCUMENTS),
]


@pytest.mark.parametrize(("table", "role", "printed", "key"), EXPECTED)
def test_variant_reads_as_expected(table: str, role: str, printed: str, key: Hashable) -> None:
    found, reading = TOLERANT.read(table, role, printed)  # type: ignore[arg-type]
    assert found == key
    assert reading is not None
    assert reading.printed == printed
    assert printed in reading.message


@pytest.mark.parametrize(("table", "role", "printed", "key"), EXACT)
def test_exact_labels_need_no_reading(table: str, role: str, printed: str, key: Hashable) -> None:
    assert TOLERANT.read(table, role, printed) == (key, None)  # type: ignore[arg-type]


@pytest.mark.parametrize("variant", cn.LABEL_VARIANTS, ids=lambda v: v.printed)
def test_every_curated_variant(variant: cn.LabelVariant) -> None:
    official_key, official_reading = STRICT.read(variant.table, variant.role, variant.official)
    assert official_reading is None, "a variant must name an official label as printed"
    assert variant.seen
    try:  # strict reading refuses the variant, or reads it (never exactly) as the same row
        strict_key, strict_reading = STRICT.read(variant.table, variant.role, variant.printed)
    except UnknownLabelError:
        pass
    else:
        assert strict_key == official_key
        assert strict_reading is not None
    key, reading = TOLERANT.read(variant.table, variant.role, variant.printed)
    assert key == official_key
    assert reading is not None
    assert reading.official == variant.official


def test_unknown_label_names_nearest_officials() -> None:
    with pytest.raises(UnknownLabelError) as err:
        TOLERANT.read("requests", "row", "其他法律法规")
    message = str(err.value)
    assert "其他法律法规" in message
    assert "2.其他法律行政法规禁止公开" in message


def test_two_rows_equally_like_is_refused() -> None:
    loose = cn.LabelTolerance(min_similarity=0.5)
    with pytest.raises(UnknownLabelError, match="equally"):
        loose.read("proactive", "row", "行政")


def test_path_must_name_the_leafs_own_group() -> None:
    with pytest.raises(UnknownLabelError):
        TOLERANT.read("requests", "row", "（四）无法提供 / 1.属于国家秘密")


def test_aliases() -> None:
    mine = cn.LabelTolerance(aliases={"驳回": "3.其他"})
    key, reading = mine.read("requests", "row", "驳回")
    assert key is Outcome.OTHER
    assert reading is not None
    assert reading.how == "alias"
    bad = cn.LabelTolerance(aliases={"驳回": "没有这一行"})
    with pytest.raises(UnknownLabelError, match="没有这一行"):
        bad.read("requests", "row", "驳回")


@pytest.mark.parametrize("aliases", [{"a": 1}, {2: "b"}, ["a"]])
def test_bad_aliases(aliases: object) -> None:
    with pytest.raises(InvalidInputError, match="aliases"):
        cn.LabelTolerance(aliases=aliases)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [0, -0.1, 1.5, "0.8", True])
def test_bad_min_similarity(value: object) -> None:
    with pytest.raises(InvalidInputError, match="min_similarity"):
        cn.LabelTolerance(min_similarity=value)  # type: ignore[arg-type]


def test_no_near_misses_when_off() -> None:
    off = cn.LabelTolerance(min_similarity=None)
    with pytest.raises(UnknownLabelError):
        off.read("requests", "row", "2.其他法律行政法规禁公开")
    key, reading = TOLERANT.read("requests", "row", "2.其他法律行政法规禁公开")
    assert key is Outcome.WITHHELD_PROHIBITED_BY_LAW
    assert reading is not None
    assert reading.how == "similar"


def test_headings_read_as_headings() -> None:
    assert TOLERANT.read("requests", "row", "（三）不予公开") == (HEADING, None)
    assert TOLERANT.read("requests", "row", "三、本年度办理结果") == (HEADING, None)


# -- from_labels: strict by default, tolerant one argument away --


def test_request_table_from_labels_strict_by_default() -> None:
    data = {"2.其他法律行政止公开": {"总计": 1}, "本年新收": {"合计": 1}}
    with pytest.raises(UnknownLabelError):
        cn.RequestTable.from_labels(data)
    t = cn.RequestTable.from_labels(data, labels=cn.LabelTolerance())
    assert t[Outcome.WITHHELD_PROHIBITED_BY_LAW, Total.TOTAL] == 1
    assert t[RequestRow.NEW, Total.TOTAL] == 1


def test_case_table_from_labels_tolerant() -> None:
    data = {"行政复议": {"维持": 1, "未审结": 2, "合计": 3}}
    with pytest.raises(UnknownLabelError):
        cn.ReconsiderationLitigationTable.from_labels(data)
    t = cn.ReconsiderationLitigationTable.from_labels(data, labels=cn.LabelTolerance())
    assert t[CaseKind.RECONSIDERATION, CaseResult.PENDING] == 2
    assert t[CaseKind.RECONSIDERATION, Total.TOTAL] == 3


def test_proactive_table_from_labels_tolerant_and_amounts() -> None:
    data = {"行政事业性收费": {"收费金额": "7730.28万元"}}
    with pytest.raises(UnknownLabelError):
        cn.ProactiveTable.from_labels(data)
    t = cn.ProactiveTable.from_labels(data, labels=cn.LabelTolerance())
    assert t[ProactiveRow.FEES, ProactiveColumn.FEES_COLLECTED] == Decimal("7730.28")


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("251000元", Decimal(251000)),
        ("7,730.28", Decimal("7730.28")),
        ("7730.28万元", Decimal("7730.28")),
        ("０.５", Decimal("0.5")),
        ("—", None),
    ],
)
def test_printed_amounts_where_the_column_states_no_unit(
    printed: str, expected: Decimal | None
) -> None:
    t = cn.ProactiveTable.from_labels({"行政事业性收费": {"本年收费金额": printed}})
    value = t[ProactiveRow.FEES, ProactiveColumn.FEES_COLLECTED]
    assert value == expected
    assert value is None or isinstance(value, Decimal)


def test_printed_amount_contradicting_its_column_is_refused() -> None:
    with pytest.raises(InvalidInputError, match="not converted"):
        cn.ProactiveTable.from_labels(
            {"行政事业性收费": {"本年收费金额（单位：万元）": "251000元"}}
        )


@pytest.mark.parametrize("value", [7730.28, "12a", "1.2.3"])
def test_floats_and_junk_amounts_refused(value: object) -> None:
    with pytest.raises(InvalidInputError):
        cn.ProactiveTable.from_labels({"行政事业性收费": {"本年收费金额": value}})  # type: ignore[dict-item]


def test_counts_stay_int() -> None:
    with pytest.raises(InvalidInputError):
        cn.ProactiveTable.from_labels({"行政许可": {"本年处理决定数量": "12"}})


# -- laws --


def _officials() -> list[tuple[str, str, str]]:
    found: list[tuple[str, str, str]] = []
    schemas = {
        "requests": [request_schema(f) for f in cn.ReportFormat],
        "cases": [CASE_SCHEMA],
        "proactive": [proactive_schema(f) for f in cn.ReportFormat],
    }
    for table, group in schemas.items():
        for schema in group:
            found.extend((table, "row", s.label("zh")) for s in schema.rows)
            found.extend((table, "column", s.label("zh")) for s in schema.columns)
    return found


OFFICIALS = _officials()


@given(st.sampled_from(OFFICIALS), st.data())
def test_official_labels_with_white_space_are_exact(
    official: tuple[str, str, str], data: st.DataObject
) -> None:
    table, role, label = official
    cuts = data.draw(st.lists(st.integers(0, len(label)), max_size=4))
    spaced = label
    for cut in sorted(cuts, reverse=True):
        spaced = (
            spaced[:cut] + data.draw(st.sampled_from([" ", "\n", "\u3000", "\t"])) + spaced[cut:]
        )
    key, reading = TOLERANT.read(table, role, spaced)  # type: ignore[arg-type]
    assert reading is None
    assert key == STRICT.read(table, role, label)[0]  # type: ignore[arg-type]


@given(st.sampled_from(OFFICIALS), st.text(max_size=6))
def test_tolerance_never_changes_a_strict_reading(
    official: tuple[str, str, str], noise: str
) -> None:
    table, role, label = official
    printed = label + noise
    try:
        strict_key, _ = STRICT.read(table, role, printed)  # type: ignore[arg-type]
    except UnknownLabelError:
        return
    assert TOLERANT.read(table, role, printed)[0] == strict_key  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("table", "role", "printed", "key"),
    [
        ("requests", "row", "3.其它", Outcome.OTHER),
        ("requests", "column", "其它", ApplicantKind.OTHER_ORGANIZATION),
        ("cases", "column", "其它结果", CaseResult.OTHER),
    ],
)
def test_spelling_qita(table: str, role: str, printed: str, key: Hashable) -> None:
    found, reading = TOLERANT.read(table, role, printed)  # type: ignore[arg-type]
    assert found == key
    assert reading is not None
    assert reading.how == "spelling"
    with pytest.raises(UnknownLabelError):
        STRICT.read(table, role, printed)  # type: ignore[arg-type]


def test_spelling_in_a_page() -> None:
    html = (
        "<table><tr><td colspan='3'>本年度情况</td><td>自然人</td><td>总计</td></tr>"
        "<tr><td colspan='3'>一、本年新收政府信息公开申请数量</td><td>1</td><td>1</td></tr>"
        "<tr><td>三、本年度办理结果</td><td>（六）其它处理</td><td>3.其它</td><td>1</td><td>1</td></tr>"
        "</table>"
    )
    r = cn.parse_report_html(html)
    assert r.requests is not None
    assert r.requests[Outcome.OTHER, Total.TOTAL] == 1
    assert r.readings == {"3.其它": "3.其他"}
