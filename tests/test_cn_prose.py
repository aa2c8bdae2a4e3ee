"""The figures a report's narrative states against its tables (cn.prose_figures, check_prose)."""

from __future__ import annotations

import time
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govdisclosure.errors import InvalidInputError
from govdisclosure.jurisdictions import cn
from govdisclosure.jurisdictions.cn import CaseKind, Outcome, OutcomeGroup, RequestRow, Total
from govdisclosure.jurisdictions.cn.report._numerals import chinese_number
from govdisclosure.jurisdictions.cn.report.parse import MEASURE_CELLS, PROSE_PATTERNS, ProsePattern
from govdisclosure.reports import Finding

DATA = Path(__file__).parent / "data" / "cn" / "reports"
M = cn.ProseMeasure
PROSE = "parse.prose"
UNDETERMINED = "parse.prose.undetermined"


def figures(text: str) -> list[tuple[cn.ProseMeasure, int]]:
    return [(f.measure, f.value) for f in cn.prose_figures(text)]


def rules(found: tuple[Finding, ...], prefix: str = "parse.prose") -> list[str]:
    return [f.rule for f in found if f.rule.startswith(prefix)]


# -- the phrasings, as data: every example reads as its measure --


@pytest.mark.parametrize(
    ("pattern", "example"),
    [(p, e) for p in PROSE_PATTERNS for e in p.examples],
    ids=lambda x: x[0] if isinstance(x, tuple) else x.measure.value,
)
def test_every_pattern_example_reads_as_its_measure(
    pattern: ProsePattern, example: tuple[str, int]
) -> None:
    sentence, value = example
    assert (pattern.measure, value) in figures(sentence)


def test_every_pattern_has_an_example() -> None:
    assert all(p.examples for p in PROSE_PATTERNS)


def test_every_measure_has_cells_or_says_none() -> None:
    assert set(MEASURE_CELLS) == set(cn.ProseMeasure)
    assert MEASURE_CELLS[M.PROACTIVE_ITEMS] == ()
    assert len(MEASURE_CELLS[M.WITHHELD]) == 8  # （三）1. … 8.
    assert len(MEASURE_CELLS[M.UNAVAILABLE]) == 3
    assert len(MEASURE_CELLS[M.NOT_PROCESSED]) == 5
    assert len(MEASURE_CELLS[M.OTHER_HANDLING]) == 3


def test_other_handling_in_the_2019_format_is_its_one_row() -> None:
    cells = {(RequestRow.OTHER_HANDLING, Total.TOTAL): 5}
    table = cn.RequestTable.from_cells(cells, cn.ReportFormat.V2019)  # type: ignore[arg-type]
    report = cn.ParsedReport(requests=table, narrative=("其他处理5件。",))
    assert cn.check_prose(report) == ()
    (found,) = cn.check_prose(attrs.evolve(report, narrative=("其他处理6件。",)))
    assert (found.left, found.right, found.cells) == (
        6,
        5,
        ((RequestRow.OTHER_HANDLING, Total.TOTAL),),
    )


# -- numbers --


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("零", 0),
        ("〇", 0),
        ("三", 3),
        ("十", 10),
        ("十二", 12),
        ("二十", 20),
        ("二十五", 25),
        ("一百", 100),
        ("一百零五", 105),
        ("一百二十三", 123),
        ("两千零五", 2005),
        ("三千零二十", 3020),
        ("九千九百九十九", 9999),
        ("一万", 10_000),
        ("一万二千三百四十五", 12_345),
        ("一万零五百", 10_500),
        ("十二万", 120_000),
    ],
)
def test_chinese_numbers(text: str, value: int) -> None:
    assert chinese_number(text) == value


@pytest.mark.parametrize(
    "text",
    [
        "",
        "一百五",
        "二〇二三",
        "二三",
        "百",
        "千百",
        "十十",
        "零零",
        "一零",
        "三万万",
        "一亿",
        "万",
    ],
)
def test_chinese_numbers_written_short_are_none(text: str) -> None:
    assert chinese_number(text) is None


def test_arabic_digits_with_separators_and_full_width() -> None:
    assert figures("全年共收到政府信息公开申请1,234件。") == [(M.RECEIVED, 1234)]
    assert figures("全年共收到政府信息公开申请1，234件。") == [(M.RECEIVED, 1234)]
    assert figures("全年共收到政府信息公开申请１２３件。") == [(M.RECEIVED, 123)]
    assert figures("本年新收申请 50 件。") == [(M.NEW, 50)]


@pytest.mark.parametrize(
    "text",
    [
        "政府信息公开申请办结率100%。",
        "予以公开占比35.5％。",
        "本年新收申请数量较上年增加12件。",
        "本年新收申请同比下降3件。",
        "累计主动公开政府信息12万条。",
        "主动公开政府信息1.2万条。",
        "予以公开的第3件申请。",
        "办结的申请中，按时办结50件。",
        "与行政复议机关一起研究。",
        "本年新收申请约50件。",
        "受理并办结申请50件。",  # two measures: not guessed
        "予以公开、部分公开共35件。",  # a sum of two measures: not guessed
        "行政复议、行政诉讼案件各1起。",
        "2023年共召开会议5次。",
        "行政复议被纠正0件。",  # a result, not the total
        "行政诉讼结果维持1起。",
        "其中，网上申请30件，当面申请2件。",  # channels, not a row of table 三
    ],
)
def test_not_counts_are_ignored(text: str) -> None:
    assert figures(text) == []


def test_unknown_phrasings_are_ignored() -> None:
    assert figures("共编制宣传手册500份，培训干部30人。") == []
    assert figures("") == []


# -- a narrative in the style of real reports --

NARRATIVE = (
    "一、总体情况\n"
    "2022年，本局共收到政府信息公开申请50件，上年结转2件，共办结50件，"
    "其中予以公开19件，部分公开3件，不予公开4件，无法提供20件，不予处理3件，"
    "结转下年度继续办理2件。\n"
    "（一）主动公开情况。全年主动公开政府信息1,234条，制发行政规范性文件4件，"
    "现行有效行政规范性文件23件；作出行政许可决定2,310件，行政处罚决定845件。\n"
    "（二）行政复议和诉讼。因政府信息公开申请行政复议3起，"
    "被提起行政诉讼二起，其中未经复议直接起诉1起，复议后起诉1起。\n"
)


def test_the_narrative_figures() -> None:
    assert figures(NARRATIVE) == [
        (M.RECEIVED, 50),
        (M.CARRIED_OVER, 2),
        (M.HANDLED, 50),
        (M.DISCLOSED, 19),
        (M.PARTLY_DISCLOSED, 3),
        (M.WITHHELD, 4),
        (M.UNAVAILABLE, 20),
        (M.NOT_PROCESSED, 3),
        (M.CARRIED_FORWARD, 2),
        (M.PROACTIVE_ITEMS, 1234),
        (M.NORMATIVE_ISSUED, 4),
        (M.NORMATIVE_IN_FORCE, 23),
        (M.LICENSING_DECISIONS, 2310),
        (M.PENALTY_DECISIONS, 845),
        (M.RECONSIDERATION, 3),
        (M.LITIGATION, 2),
        (M.LITIGATION_DIRECT, 1),
        (M.LITIGATION_AFTER_RECONSIDERATION, 1),
    ]


def test_a_figure_quotes_its_sentence() -> None:
    first = cn.prose_figures(NARRATIVE)[0]
    assert first.printed == "50件"
    assert first.sentence.startswith("2022年，本局共收到政府信息公开申请50件")
    assert first.sentence.endswith("结转下年度继续办理2件。")


def _bureau_text(narrative: str) -> str:
    table = (DATA / "synthetic_bureau_2022.txt").read_text(encoding="utf-8")
    title, rest = table.split("\n", 1)
    return f"{title}\n{narrative}{rest}"


def test_a_narrative_that_agrees_with_its_tables_is_silent_but_for_the_blank() -> None:
    # synthetic_bureau_2022.txt: 不予处理 is 2 + 1 + 0 + 0 + — (a blank row): 3 cannot be
    # confirmed, so it is undetermined; every other figure equals its cells (checked by hand:
    # 新收 50, 结转 2, 办结 50, 予以公开 19, 部分公开 3, 不予公开 1 + 3, 无法提供 17 + 3,
    # 结转下年度 2; 行政复议 3, 起诉 1 + 1; 规范性文件 4 / 23, 许可 2310, 处罚 845)
    report = cn.parse_report_text(_bureau_text(NARRATIVE))
    found = cn.check_prose(report)
    assert [f.rule for f in found] == [UNDETERMINED]
    assert "不予处理3件" in found[0].message or "3件" in found[0].message
    assert "5.要求行政机关确认或重新出具已获取信息" in found[0].message
    assert "is blank" in found[0].message


def test_a_mismatch_quotes_the_sentence_and_both_numbers() -> None:
    narrative = NARRATIVE.replace("行政复议3起", "行政复议5起").replace("办结50件", "办结48件")
    report = cn.parse_report_text(_bureau_text(narrative))
    found = [f for f in cn.check_prose(report) if f.rule == PROSE]
    assert len(found) == 2
    handled, cases = found
    assert (handled.left, handled.right) == (48, 50)
    assert "48件" in handled.message
    assert "gives 50" in handled.message
    assert "共办结48件" in handled.message  # the sentence is quoted
    assert (cases.left, cases.right) == (5, 3)
    assert cases.table == "cases"
    assert "因政府信息公开申请行政复议5起" in cases.message
    assert cases.cells == ((CaseKind.RECONSIDERATION, Total.TOTAL),)


def test_validate_includes_the_narrative() -> None:
    narrative = "一、总体情况\n本年新收政府信息公开申请49件。\n"
    report = cn.parse_report_text(_bureau_text(narrative))
    prose = [f for f in report.validate() if f.rule.startswith("parse.prose")]
    assert [(f.rule, f.left, f.right) for f in prose] == [(PROSE, 49, 50)]


def test_a_blank_that_cannot_make_up_the_difference_is_a_mismatch() -> None:
    # 不予处理: the cells printed sum to 3, the fifth is blank; 2 is less than 3 whatever it is
    report = cn.parse_report_text(_bureau_text("不予处理2件。\n"))
    found = rules(cn.check_prose(report))
    assert found == [PROSE]
    assert "blank cells read as zero" in cn.check_prose(report)[0].message


def test_a_table_not_printed_is_undetermined() -> None:
    report = cn.ParsedReport(narrative=("因政府信息公开申请行政复议3起。",))
    found = cn.check_prose(report)
    assert [f.rule for f in found] == [UNDETERMINED]
    assert "table 四 was not read" in found[0].message


def test_a_cell_the_format_lacks_is_undetermined() -> None:
    # the 2019 format's table 二 has no 本年制发件数 column
    proactive = cn.ProactiveTable.empty(cn.ReportFormat.V2019)
    report = cn.ParsedReport(proactive=proactive, narrative=("全年制发行政规范性文件4件。",))
    found = cn.check_prose(report)
    assert [f.rule for f in found] == [UNDETERMINED]
    assert "has no such cell" in found[0].message


def test_proactive_items_are_never_compared() -> None:
    report = cn.ParsedReport(narrative=("全年主动公开政府信息1,234条。",))
    assert cn.check_prose(report) == ()


def test_the_same_figure_in_the_same_sentence_is_reported_once() -> None:
    report = cn.ParsedReport(narrative=("行政复议3起。", "行政复议3起。"))
    assert len(cn.check_prose(report)) == 1


# -- the received policy --


def _requests(new: int, carried: int) -> cn.RequestTable:
    return cn.RequestTable.from_cells(
        {(RequestRow.NEW, Total.TOTAL): new, (RequestRow.CARRIED_OVER, Total.TOTAL): carried}
    )


def test_received_agrees_with_either_reading_by_default() -> None:
    report = cn.ParsedReport(
        requests=_requests(50, 2), narrative=("全年共收到政府信息公开申请52件。",)
    )
    assert cn.check_prose(report) == ()  # 50 + 2
    again = attrs.evolve(report, narrative=("全年共收到政府信息公开申请50件。",))
    assert cn.check_prose(again) == ()  # 50 alone


def test_received_that_is_neither_reading_is_a_mismatch() -> None:
    report = cn.ParsedReport(
        requests=_requests(50, 2), narrative=("全年共收到政府信息公开申请51件。",)
    )
    (found,) = cn.check_prose(report)
    assert (found.rule, found.left, found.right) == (PROSE, 51, 50)
    assert "gives 50 as 本年新收 and 52 with 上年结转" in found.message
    assert found.cells == ((RequestRow.NEW, Total.TOTAL), (RequestRow.CARRIED_OVER, Total.TOTAL))


def test_received_policy_one_argument_away() -> None:
    report = cn.ParsedReport(
        requests=_requests(50, 2), narrative=("全年共收到政府信息公开申请52件。",)
    )
    new = cn.ProseOptions(received=cn.ReceivedReading.NEW)
    (found,) = cn.check_prose(report, new)
    assert (found.rule, found.left, found.right) == (PROSE, 52, 50)
    both = cn.ProseOptions(received=cn.ReceivedReading.NEW_AND_CARRIED)
    assert cn.check_prose(report, both) == ()
    unchecked = cn.ProseOptions(received=cn.ReceivedReading.UNCHECKED)
    assert cn.check_prose(report, unchecked) == ()
    assert rules(report.validate(prose=new)) == [PROSE]
    assert rules(report.validate(prose=both)) == []


def test_received_with_a_reading_unchecked_is_undetermined() -> None:
    # 上年结转 blank: 51 is not 本年新收 50, and 50 + blank cannot be checked
    requests = cn.RequestTable.from_cells({(RequestRow.NEW, Total.TOTAL): 50})
    report = cn.ParsedReport(requests=requests, narrative=("全年共收到政府信息公开申请51件。",))
    assert rules(cn.check_prose(report)) == [UNDETERMINED]


def test_received_with_its_breakdown_is_new_and_carried() -> None:
    report = cn.ParsedReport(
        requests=_requests(50, 2),
        narrative=("本年度共受理政府信息公开申请52件，其中本年新收50件，上年结转2件。",),
    )
    assert figures(report.narrative[0]) == [
        (M.RECEIVED_WITH_CARRIED, 52),
        (M.NEW, 50),
        (M.CARRIED_OVER, 2),
    ]
    assert cn.check_prose(report) == ()


def test_bad_options_and_text_are_refused() -> None:
    with pytest.raises(InvalidInputError, match="options"):
        cn.check_prose(cn.ParsedReport(), "new")  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="text"):
        cn.prose_figures(b"\xe5\x8a\x9e")  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="report"):
        cn.check_prose("行政复议3起")  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="received"):
        cn.ProseOptions(received="new")  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="report"):
        cn.check_prose(attrs.evolve(cn.ParsedReport(), narrative=(3,)))  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="longer"):
        cn.prose_figures("件" * 5_000_001)


# -- the narrative the parsers keep --

PAGE_PROSE = """<html><head><title>示例区人民政府2023年政府信息公开工作年度报告</title></head><body>
<div class="nav">首页 &gt; 政务公开</div>
<table><tr><td>
<p>一、总体情况</p>
<p>2023年，本机关共收到政府信息公开申请<span>4</span>件，办结4件，
其中予以公开<b>3</b>件。</p>
<script>var x = "行政复议99起";</script>
<!-- 行政复议98起 -->
<p>因政府信息公开申请行政复议1起。</p>
<table>
<tr><td>本年度情况</td><td>自然人</td><td>总计</td></tr>
<tr><td>一、本年新收政府信息公开申请数量</td><td>4</td><td>4</td></tr>
<tr><td>（一）予以公开</td><td>3</td><td>3</td></tr>
</table>
<p>五、存在的主要问题及改进情况</p>
</td></tr></table></body></html>"""


def test_html_keeps_the_prose_outside_the_report_tables() -> None:
    report = cn.parse_report_html(PAGE_PROSE)
    text = "\n".join(report.narrative)
    assert "本机关共收到政府信息公开申请4件" in text
    assert "一、本年新收政府信息公开申请数量" not in text  # a report table is not narrative
    assert "99" not in text  # scripts are not read
    assert "98" not in text  # nor comments
    assert report.narrative[0] == "首页 > 政务公开"
    assert [(f.measure, f.value) for p in report.narrative for f in cn.prose_figures(p)] == [
        (M.RECEIVED, 4),
        (M.HANDLED, 4),
        (M.DISCLOSED, 3),
        (M.RECONSIDERATION, 1),
    ]
    found = cn.check_prose(report)
    # 共收到 4 = 本年新收 4, 予以公开 3 = 3; 办结: （七）总计 not printed; 四 not printed
    assert [f.rule for f in found] == [UNDETERMINED, UNDETERMINED]
    assert "（七）总计" in found[0].message
    assert "table 四 was not read" in found[1].message


def test_html_mismatch_found() -> None:
    report = cn.parse_report_html(PAGE_PROSE.replace("予以公开<b>3</b>件", "予以公开<b>2</b>件"))
    found = [f for f in cn.check_prose(report) if f.rule == PROSE]
    assert [(f.left, f.right) for f in found] == [(2, 3)]
    assert "其中予以公开2件" in found[0].message


def test_html_received_against_a_page_without_carried_over_is_undetermined() -> None:
    # 7 is not 本年新收 4; with 上年结转 (not printed) it might be
    report = cn.parse_report_html(
        PAGE_PROSE.replace("申请<span>4</span>件", "申请<span>7</span>件")
    )
    found = cn.check_prose(report)
    assert (found[0].rule, found[0].left) == (UNDETERMINED, 7)
    assert "二、上年结转政府信息公开申请数量/总计 is blank" in found[0].message


def test_text_keeps_the_prose_outside_the_table_rows() -> None:
    report = cn.parse_report_text(_bureau_text(NARRATIVE))
    text = "\n".join(report.narrative)
    assert "共办结50件" in text
    assert "一、本年新收政府信息公开申请数量 40" not in text
    assert "2023年，我局将继续做好政府信息公开工作。" in report.narrative


def test_text_joins_a_sentence_broken_over_lines() -> None:
    report = cn.parse_report_text(
        _bureau_text("本年度共收到政府信息公开申请\n50件，办结\n50件。\n")
    )
    assert "本年度共收到政府信息公开申请50件，办结50件。" in "\n".join(report.narrative)
    assert rules(report.validate()) == []


@pytest.mark.parametrize(
    "name",
    [
        "shuyang_fgj_2023.html",
        "synthetic_district_2023.html",
        "synthetic_bureau_2019.html",
        "xuwen_excerpt.html",
        "longgang_2024_excerpt.html",
    ],
)
def test_real_pages_give_no_prose_finding_where_they_state_no_figure(name: str) -> None:
    # these pages (condensed, see README) keep no narrative figures: nothing is invented
    report = cn.parse_report_html((DATA / name).read_text(encoding="utf-8"))
    assert cn.check_prose(report) == ()


def test_changchun_prose_against_its_table() -> None:
    # tests/data/cn/reports/README.md: the 长春 report's prose says 2 applications were
    # received where its table 三 prints 3 (本年新收 3 0 0 0 0 0 3); the rendering kept the
    # tables only, so the prose sentence is restated here in the report's words
    table = (DATA / "changchun_2023_rendering_excerpt.txt").read_text(encoding="utf-8")
    report = cn.parse_report_text("2023年，本机关共收到政府信息公开申请2件。\n" + table)
    found = [f for f in cn.check_prose(report) if f.rule == PROSE]
    assert [(f.left, f.right) for f in found] == [(2, 3)]


# -- hostile text --


def test_huge_numbers_are_safe() -> None:
    assert figures("本年新收申请" + "9" * 100_000 + "件。") == []
    assert figures("本年新收申请123456789012345件。") == [(M.NEW, 123456789012345)]
    report = cn.ParsedReport(requests=_requests(5, 0), narrative=("本年新收申请9999999999999件。",))
    assert [(f.left, f.right) for f in cn.check_prose(report)] == [(9999999999999, 5)]
    assert figures("本年新收申请" + "十" * 100_000 + "件。") == []


def test_a_million_characters_of_noise_is_fast() -> None:
    noise = ("本年新收申请，办结率100%；第3件。行政复议与诉讼一起、" * 40_000)[:1_000_000]
    start = time.perf_counter()
    assert figures(noise) == []
    many = "本年新收申请1件" * 10_000
    assert len(cn.prose_figures(many)) == 10_000
    assert time.perf_counter() - start < 10
    with pytest.raises(InvalidInputError, match="more than 10000 figures"):
        cn.prose_figures(many + "本年新收申请1件")


def test_noise_with_figures_in_it_is_read_exactly() -> None:
    noise = "的" * 500_000 + "。本年新收申请50件。" + "∑" * 500_000
    assert figures(noise) == [(M.NEW, 50)]
    (figure,) = cn.prose_figures(noise)
    assert len(figure.sentence) < 5000  # a sentence is cut, never the whole page


def test_a_long_sentence_is_quoted_short() -> None:
    report = cn.ParsedReport(
        requests=_requests(5, 0), narrative=("本年新收申请6件" + "，" * 500 + "。",)
    )
    (found,) = cn.check_prose(report)
    assert len(found.message) < 400
    assert found.message.endswith("…”")


# -- properties: a narrative rendered from a table agrees with it --

_DIGITS = "零一二三四五六七八九"


def render_chinese(n: int) -> str:
    """Test-side: n (0 <= n < 100,000) in full Chinese numerals (十二, 一百零五, 一万零五百)."""
    if n == 0:
        return "零"

    def below(m: int, *, top: bool) -> str:
        out = ""
        zero = False
        for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            d = m // unit % 10
            if d == 0:
                zero = bool(out)
                continue
            if zero:
                out += "零"
                zero = False
            out += ("" if (top and not out and unit == 10 and d == 1) else _DIGITS[d]) + name
        return out

    high, low = divmod(n, 10_000)
    if not high:
        return below(low, top=True)
    rest = below(low, top=False)
    return below(high, top=True) + "万" + ("零" + rest if 0 < low < 1000 else rest)


@given(st.integers(0, 99_999))
def test_chinese_numbers_round_trip(n: int) -> None:
    assert chinese_number(render_chinese(n)) == n


# measure -> (sentence template, cells as (table, row, column)); {n} is the figure
TEMPLATES: dict[cn.ProseMeasure, str] = {
    M.NEW: "本年度新收政府信息公开申请{n}件",
    M.CARRIED_OVER: "上年结转政府信息公开申请{n}件",
    M.HANDLED: "共办结{n}件",
    M.DISCLOSED: "其中予以公开{n}件",
    M.PARTLY_DISCLOSED: "部分公开{n}件",
    M.WITHHELD: "不予公开{n}件",
    M.UNAVAILABLE: "无法提供{n}件",
    M.NOT_PROCESSED: "不予处理{n}件",
    M.CARRIED_FORWARD: "结转下年度继续办理{n}件",
    M.OTHER_HANDLING: "其他处理{n}件",
    M.RECONSIDERATION: "发生政府信息公开行政复议案件{n}起",
    M.LITIGATION: "行政诉讼案件{n}起",
}

_GROUP_ROWS = {
    M.WITHHELD: OutcomeGroup.WITHHELD,
    M.UNAVAILABLE: OutcomeGroup.UNAVAILABLE,
    M.NOT_PROCESSED: OutcomeGroup.NOT_PROCESSED,
    M.OTHER_HANDLING: OutcomeGroup.OTHER,
}
_ROWS = {
    M.NEW: RequestRow.NEW,
    M.CARRIED_OVER: RequestRow.CARRIED_OVER,
    M.HANDLED: RequestRow.HANDLED,
    M.CARRIED_FORWARD: RequestRow.CARRIED_FORWARD,
    M.DISCLOSED: Outcome.DISCLOSED,
    M.PARTLY_DISCLOSED: Outcome.PARTLY_DISCLOSED,
}


def expected(measure: cn.ProseMeasure, totals: dict[object, int], cases: list[int]) -> int:
    """Test-side: the figure a measure states, from the numbers the table was built from."""
    if measure in _GROUP_ROWS:
        return sum(
            v for row, v in totals.items() if getattr(row, "group", None) is _GROUP_ROWS[measure]
        )
    if measure is M.RECONSIDERATION:
        return cases[4]
    if measure is M.LITIGATION:
        return cases[9] + cases[14]
    return totals[_ROWS[measure]]


_TOTAL_ROWS: list[object] = [RequestRow.NEW, RequestRow.CARRIED_OVER, RequestRow.HANDLED]
_TOTAL_ROWS += [RequestRow.CARRIED_FORWARD, *Outcome]

tables = st.fixed_dictionaries({row: st.integers(0, 20_000) for row in _TOTAL_ROWS})
case_rows = st.lists(st.integers(0, 500), min_size=15, max_size=15)
stated = st.lists(
    st.sampled_from(sorted(TEMPLATES, key=lambda m: m.value)), min_size=1, unique=True
)


def _narrative(
    measures: list[cn.ProseMeasure], values: dict[cn.ProseMeasure, int], chinese: list[bool]
) -> str:
    parts = []
    for measure, in_chinese in zip(measures, chinese, strict=False):
        n = values[measure]
        printed = render_chinese(n) if in_chinese and 1 < n < 100_000 else f"{n:,}"
        parts.append(TEMPLATES[measure].format(n=printed))
    return "一、总体情况\n" + "，".join(parts) + "。"


def _report(totals: dict[object, int], cases: list[int], narrative: str) -> cn.ParsedReport:
    requests = cn.RequestTable.from_cells({(row, Total.TOTAL): v for row, v in totals.items()})  # type: ignore[misc]
    return cn.ParsedReport(
        requests=requests,
        cases=cn.ReconsiderationLitigationTable.from_row(cases),
        narrative=(narrative,),
    )


@settings(max_examples=150)
@given(tables, case_rows, stated, st.lists(st.booleans(), min_size=12, max_size=12), st.data())
def test_a_narrative_rendered_from_its_table_agrees_and_one_change_is_one_finding(
    totals: dict[object, int],
    cases: list[int],
    measures: list[cn.ProseMeasure],
    chinese: list[bool],
    data: st.DataObject,
) -> None:
    values = {m: expected(m, totals, cases) for m in measures}
    narrative = _narrative(measures, values, chinese)
    assert [f.measure for f in cn.prose_figures(narrative)] == measures
    assert cn.check_prose(_report(totals, cases, narrative)) == ()
    changed = data.draw(st.sampled_from(measures))
    delta = data.draw(st.integers(1, 1000))
    values[changed] += delta
    found = cn.check_prose(_report(totals, cases, _narrative(measures, values, chinese)))
    assert [(f.rule, f.left, f.right) for f in found] == [
        (PROSE, values[changed], values[changed] - delta)
    ]


# -- a real page with a narrative in its words --

SHUYANG_PROSE = (
    "<p>一、总体情况</p><p>2023年，我局共收到政府信息公开申请<span>26</span>件，办结26件，"
    "其中予以公开26件，结转下年度继续办理0件。因政府信息公开被申请行政复议1起，行政诉讼0起。</p>"
)


def _shuyang(prose: str) -> cn.ParsedReport:
    page = (DATA / "shuyang_fgj_2023.html").read_text(encoding="utf-8")
    return cn.parse_report_html(page.replace("</h1>", "</h1>" + prose, 1))


def test_real_page_with_an_agreeing_narrative_is_silent() -> None:
    # README: 本年新收 26, 予以公开 26, （七）总计 26, 结转 0; table 四: 行政复议 总计 1, all else 0
    report = _shuyang(SHUYANG_PROSE)
    assert len(cn.prose_figures("".join(report.narrative))) == 6
    assert cn.check_prose(report) == ()


def test_real_page_with_a_wrong_narrative_figure() -> None:
    report = _shuyang(SHUYANG_PROSE.replace("行政复议1起", "行政复议2起"))
    (found,) = cn.check_prose(report)
    assert (found.rule, found.left, found.right) == (PROSE, 2, 1)
    assert "因政府信息公开被申请行政复议2起" in found.message


def test_undetermined_has_no_table_number() -> None:
    (found,) = cn.check_prose(cn.ParsedReport(narrative=("行政复议3起。",)))
    assert found.left == 3
    assert found.right is None


# -- a real narrative: 沭阳县人民政府 2025 (see tests/data/cn/reports/README.md) --


def _shuyang_county() -> cn.ParsedReport:
    narrative = (DATA / "shuyang_county_2025_narrative_excerpt.txt").read_text(encoding="utf-8")
    cells = {
        (RequestRow.NEW, Total.TOTAL): 713,
        (RequestRow.CARRIED_OVER, Total.TOTAL): 36,
        (RequestRow.HANDLED, Total.TOTAL): 718,
        (RequestRow.CARRIED_FORWARD, Total.TOTAL): 31,
    }
    cases = [27, 10, 9, 15, 61, 3, 0, 0, 0, 3, 8, 0, 1, 1, 10]  # as the report prints table 四
    return cn.ParsedReport(
        requests=cn.RequestTable.from_cells(cells),  # type: ignore[arg-type]
        cases=cn.ReconsiderationLitigationTable.from_row(cases),
        narrative=tuple(narrative.splitlines()),
    )


def test_real_narrative_figures() -> None:
    report = _shuyang_county()
    assert [(f.measure, f.value) for p in report.narrative for f in cn.prose_figures(p)] == [
        (M.PROACTIVE_ITEMS, 4511),
        (M.RECEIVED, 749),
        (M.HANDLED, 718),
        (M.CARRIED_FORWARD, 31),
    ]


def test_real_narrative_agrees_with_its_tables() -> None:
    report = _shuyang_county()
    assert cn.check_prose(report) == ()  # 749 = 713 + 36: received with carried over
    new = cn.ProseOptions(received=cn.ReceivedReading.NEW)
    (found,) = cn.check_prose(report, new)
    assert (found.left, found.right) == (749, 713)
    assert "全县全年共受理政府信息公开申请 749 件" in found.message


# -- a real PDF text narrative: 上海市科委 2024 (see tests/data/cn/reports/README.md) --


def _kewei() -> cn.ParsedReport:
    text = (DATA / "shanghai_kewei_2024_narrative_excerpt.txt").read_text(encoding="utf-8")
    cells: dict[tuple[object, object], int] = {
        (RequestRow.NEW, Total.TOTAL): 34,
        (RequestRow.CARRIED_OVER, Total.TOTAL): 2,
        (RequestRow.CARRIED_FORWARD, Total.TOTAL): 1,
        (Outcome.DISCLOSED, Total.TOTAL): 9,
        (Outcome.PARTLY_DISCLOSED, Total.TOTAL): 0,
        (Outcome.UNAVAILABLE_NOT_HELD, Total.TOTAL): 4,
        (Outcome.UNAVAILABLE_NEEDS_CREATION, Total.TOTAL): 6,
        (Outcome.UNAVAILABLE_STILL_UNCLEAR, Total.TOTAL): 0,
    }
    cells |= {(o, Total.TOTAL): 0 for o in Outcome if o.group is OutcomeGroup.WITHHELD}
    cells |= {(o, Total.TOTAL): 0 for o in Outcome if o.group is OutcomeGroup.NOT_PROCESSED}
    cells[Outcome.OTHER_CORRECTION_LAPSED, Total.TOTAL] = 10  # （六）1. 2. 3.: 10, 0, 4
    cells[Outcome.OTHER_FEE_LAPSED, Total.TOTAL] = 0
    cells[Outcome.OTHER, Total.TOTAL] = 4
    cells[Outcome.WITHHELD_INTERNAL_AFFAIRS, Total.TOTAL] = 1
    cells[Outcome.WITHHELD_PROCESS_INFORMATION, Total.TOTAL] = 1
    read = cn.parse_report_text(text)
    return attrs.evolve(
        read,
        requests=cn.RequestTable.from_cells(cells),  # type: ignore[arg-type]
        cases=cn.ReconsiderationLitigationTable.from_row([1, 0, 0, 0, 1] + [0] * 10),
    )


def test_real_pdf_narrative_figures() -> None:
    report = _kewei()
    assert [(f.measure, f.value) for p in report.narrative for f in cn.prose_figures(p)] == [
        (M.LITIGATION, 0),
        (M.RECEIVED, 34),
        (M.CARRIED_OVER, 2),
        (M.DISCLOSED, 9),
        (M.PARTLY_DISCLOSED, 0),
        (M.WITHHELD, 2),
        (M.UNAVAILABLE, 10),
        (M.NOT_PROCESSED, 0),
        (M.OTHER_HANDLING, 14),
        (M.CARRIED_FORWARD, 1),
    ]


def test_real_pdf_narrative_agrees_and_a_misprint_is_found() -> None:
    report = _kewei()
    assert cn.check_prose(report) == ()
    wrong = attrs.evolve(
        report,
        narrative=tuple(
            p.replace("无法提供的 10 件", "无法提供的 11 件") for p in report.narrative
        ),
    )
    (found,) = cn.check_prose(wrong)
    assert (found.rule, found.left, found.right) == (PROSE, 11, 10)
    assert len(found.cells) == 3  # （四）1. 2. 3.


_PROSE_ALPHABET = st.sampled_from(
    list(
        "本年新收上结转办予以公开部分不无法提供处理复议诉讼起件条一二十百千万零两0123456789,，。；、%"
    )
)


@given(st.text(_PROSE_ALPHABET, max_size=300) | st.text(max_size=300))
def test_any_text_reads_safely(text: str) -> None:
    found = cn.prose_figures(text)
    for figure in found:
        assert figure.value >= 0
        assert figure.printed in text
        assert figure.sentence.strip("…") in text
    report = cn.ParsedReport(requests=_requests(1, 0), narrative=(text,))
    assert all(f.rule in (PROSE, UNDETERMINED) for f in cn.check_prose(report))
