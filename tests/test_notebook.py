"""A notebook experience: short reprs, HTML in the report's language with its own styles, frames.

Issue 15, point 3: ``cn.calendar()`` printed 177,235 characters and a ``Deadline`` 3,931; the
English report showed in Chinese with the English name glued to the title; the HTML had no
styling of its own; records had no labels and no order, and counts became floats in a frame.
"""

from __future__ import annotations

import re
import sys
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings

from govdisclosure.calendar import MakeupWorkday, NoticeSource, WorkCalendar
from govdisclosure.deadlines import compute_deadline
from govdisclosure.errors import InvalidInputError
from govdisclosure.jurisdictions import cn, us
from govdisclosure.jurisdictions.cn.report import (
    AnnualReport,
    ProactiveTable,
    ReconsiderationLitigationTable,
    RequestTable,
    Total,
)
from govdisclosure.reports import (
    RECORD_FIELDS,
    RECORD_LABEL_FIELDS,
    STYLED_CLASS,
    STYLESHEET,
    CellKind,
    KeySpec,
    ReportTable,
    TableSchema,
    records_frame,
    styled_html,
    table_records,
)
from govdisclosure.requests import Applicant, ApplicantKind, CorrectionRequested, Request
from govdisclosure.serialization import from_json, to_json
from govdisclosure.strategies import (
    calendars,
    cn_annual_reports,
    cn_proactive_tables,
    cn_request_tables,
    deadlines,
)
from test_cn_report_tables import (
    FIXTURE_2025,
    FIXTURE_2025_T2,
    FIXTURE_2025_T4,
    SHANGHAI_2019,
)

pd = pytest.importorskip("pandas")

CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
ZH_COLUMNS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
ENGLISH_AGENCY = "Haidian District People's Government"


def _person() -> Applicant:
    return Applicant(kind=ApplicantKind.NATURAL_PERSON)


def _report(**changes: object) -> AnnualReport:
    fields: dict[str, object] = {
        "agency": "测试市",
        "year": 2025,
        "proactive": ProactiveTable.from_labels(FIXTURE_2025_T2),
        "requests": RequestTable.from_labels(FIXTURE_2025),
        "reviews": ReconsiderationLitigationTable.from_row(FIXTURE_2025_T4),
    }
    fields.update(changes)
    return AnnualReport(**fields)  # type: ignore[arg-type]


# -- short reprs ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("calendar", "first", "last"),
    [
        (cn.calendar(), date(2008, 1, 1), date(2026, 12, 31)),
        (us.calendar(), date(2000, 1, 1), date(2026, 12, 31)),
    ],
    ids=["cn", "us"],
)
def test_a_bundled_calendar_prints_one_short_line(
    calendar: WorkCalendar, first: date, last: date
) -> None:
    text = repr(calendar)
    assert len(text) < 120
    assert "\n" not in text
    assert text.startswith(f"WorkCalendar({first.isoformat()}..{last.isoformat()}, ")
    assert f"{len(calendar.sources)} sources" in text
    assert f"{len(calendar.rest_days):,} rest days" in text
    assert str(calendar) == text


def test_a_small_calendar_repr_counts_by_hand() -> None:
    src = NoticeSource("Notice on 2030")
    cal = WorkCalendar(
        first=date(2030, 1, 1),
        last=date(2030, 12, 31),
        rest_days=[date(2030, 1, 1), date(2030, 1, 2)],
        makeup_workdays=[MakeupWorkday(date(2030, 1, 5), source=src)],  # a Saturday
        sources=[src],
    )
    assert repr(cal) == (
        "WorkCalendar(2030-01-01..2030-12-31, 1 source, 2 rest days, 1 makeup workday)"
    )


def test_a_calendar_repr_stays_short_whatever_its_size() -> None:
    # Every weekday of eleven years a holiday: thousands of dated days, grouped by thousands.
    first, last = date(2000, 1, 1), date(2010, 12, 31)
    days = [first + timedelta(n) for n in range((last - first).days + 1)]
    weekdays = [d for d in days if d.weekday() < 5]
    cal = WorkCalendar(first=first, last=last, rest_days=weekdays)
    assert len(weekdays) > 1000
    assert f"{len(weekdays) // 1000},{len(weekdays) % 1000:03d} rest days" in repr(cal)
    assert len(repr(cal)) < 120


@settings(max_examples=30, deadline=None)
@given(calendars(min_years=1, max_years=3))
def test_every_calendar_repr_is_short(cal: WorkCalendar) -> None:
    assert len(repr(cal)) < 120
    assert cal.first.isoformat() in repr(cal)


def test_a_real_deadline_prints_one_short_line() -> None:
    # Received Friday 1 March 2024; 20 working days after it (no holiday in March 2024):
    # 4-8, 11-15, 18-22, 25-29 March, so due Friday 29 March.
    req = Request(id="2024-001", received=date(2024, 3, 1), applicant=_person())
    deadline = compute_deadline(req, cn.RULES_2019, cn.calendar())
    assert repr(deadline) == (
        "Deadline(request='2024-001', due=2024-03-29, limit=20 working days, "
        "rules='OGI Reg. (2019)', 0 findings)"
    )
    assert len(repr(deadline)) < 160


def test_a_us_deadline_repr_is_short() -> None:
    # The pack's own example: received 20 November 2026, Thanksgiving not counted.
    req = Request(id="FOIA-2026-0001", received=date(2026, 11, 20), applicant=_person())
    text = repr(us.reply_deadline(req))
    assert "due=2026-12-21" in text
    assert len(text) < 160


def test_a_deadline_without_a_due_date_says_not_fixed() -> None:
    req = Request(
        id="x" * 300,
        received=date(2024, 3, 1),
        applicant=_person(),
        events=(CorrectionRequested(on=date(2024, 3, 4)),),
    )
    deadline = compute_deadline(req, cn.RULES_2019, cn.calendar())
    assert deadline.due is None
    text = repr(deadline)
    assert "due=not fixed" in text
    assert "…" in text  # the 300-character id is cut
    assert len(text) < 160


@settings(max_examples=30, deadline=None)
@given(deadlines())
def test_every_deadline_repr_is_short(deadline: object) -> None:
    assert len(repr(deadline)) < 160


def test_a_deadline_in_a_notebook_shows_its_steps_escaped() -> None:
    req = Request(id="<script>alert(1)</script>", received=date(2024, 3, 1), applicant=_person())
    deadline = compute_deadline(req, cn.RULES_2019, cn.calendar())
    out = deadline._repr_html_()
    assert "<script>" not in out
    assert "&lt;script&gt;" in out
    assert "Due: 2024-03-29" in out
    assert out.count("<li>") == len(deadline.explain()) == 2
    assert out.startswith('<div class="govdisclosure-deadline">')


def test_attrs_equality_is_unchanged_by_the_reprs() -> None:
    req = Request(id="a", received=date(2024, 3, 1), applicant=_person())
    one = compute_deadline(req, cn.RULES_2019, cn.calendar())
    two = compute_deadline(req, cn.RULES_2019, cn.calendar())
    assert one == two
    assert hash(one) == hash(two)
    other = compute_deadline(
        Request(id="b", received=date(2024, 3, 1), applicant=_person()),
        cn.RULES_2019,
        cn.calendar(),
    )
    assert one != other


# -- the report in its language -------------------------------------------------------------


def test_the_english_report_shows_in_english() -> None:
    report = _report(agency=ENGLISH_AGENCY, language="en")
    out = report._repr_html_()
    title = re.search(r"<h1>(.*)</h1>", out)
    assert title is not None
    assert not CJK.search(title.group(1))
    assert title.group(1) == (
        "Haidian District People's Government: annual report on government information"
        " disclosure, 2025"
    )
    assert "III. Applications for disclosure received and handled" in out
    assert "Natural persons" in out
    assert "自然人" not in out
    assert "年政府信息公开工作年度报告" not in out
    assert 'lang="en"' in out
    # Its text, Markdown and records follow the report's language when given none.
    assert report.to_text().startswith(f"{ENGLISH_AGENCY}: annual report")
    assert "Natural persons" in report.to_markdown()
    assert report.to_records()[10]["column_label"] == "Natural persons"


def test_the_report_tables_take_the_report_language() -> None:
    report = _report(language="en")
    assert report.requests.language == "en"
    assert "Natural persons" in report.requests._repr_html_()
    assert "Upheld" in report.reviews._repr_html_()
    assert "Government rules" in report.proactive._repr_html_()
    # The language is a display preference: equal reports, equal tables.
    assert report == _report()
    assert report.requests == RequestTable.from_labels(FIXTURE_2025)


def test_an_explicit_language_still_wins() -> None:
    report = _report(language="en")
    assert report.to_text("zh").startswith("测试市2025年政府信息公开工作年度报告")
    assert "自然人" in report.to_html("zh")


def test_a_latin_name_is_not_glued_to_the_chinese_title() -> None:
    report = _report(agency="Test City")
    assert report.to_text().splitlines()[0] == "Test City 2025年政府信息公开工作年度报告"
    # A Chinese name runs into the year as the official title does.
    assert _report().to_text().splitlines()[0] == "测试市2025年政府信息公开工作年度报告"


def test_with_language() -> None:
    zh = _report()
    en = zh.with_language("en")
    assert (zh.language, en.language) == ("zh", "en")
    assert en == zh
    assert en.requests.language == "en"
    table = RequestTable.zeros().with_language("en")
    assert table.language == "en"
    assert table == RequestTable.zeros()
    assert (table + RequestTable.zeros()).language == "en"
    assert table.to_layout(cn.ReportFormat.V2019).language == "en"


@pytest.mark.parametrize("bad", ["fr", "EN", None, 1])
def test_a_language_outside_zh_and_en_is_refused(bad: object) -> None:
    with pytest.raises(InvalidInputError) as info:
        _report(language=bad)
    assert info.value.field == "language"
    with pytest.raises(InvalidInputError):
        RequestTable.zeros().with_language(bad)  # type: ignore[arg-type]
    if bad is None:
        return  # to_html(None) and to_dataframe(None) mean "in the object's own language"
    with pytest.raises(InvalidInputError):
        _report().to_html(bad)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        RequestTable.zeros().to_dataframe(bad)  # type: ignore[arg-type]


def test_the_language_round_trips_and_zh_documents_are_unchanged() -> None:
    zh = AnnualReport(agency="某区人民政府", year=2025, requests=RequestTable.zeros())
    assert '"language"' not in to_json(zh)
    en = zh.with_language("en")
    text = to_json(en)
    assert '"language": "en"' in text or '"language":"en"' in text
    back = from_json(text, AnnualReport)
    assert back.language == "en"
    assert back.requests.language == "en"
    assert from_json(to_json(zh), AnnualReport).language == "zh"


# -- the stylesheet -------------------------------------------------------------------------


def test_the_notebook_html_has_its_own_scoped_stylesheet() -> None:
    report = _report()
    out = report._repr_html_()
    assert out.startswith(f'<div class="{STYLED_CLASS}">\n<style>')
    assert out.count("<style>") == 1
    assert out == report.to_html(styled=True) == styled_html(report.to_html())
    rules = [line for line in STYLESHEET.splitlines() if line.strip()]
    for rule in rules:
        selectors = rule.split("{")[0].split(",")
        assert all(s.strip().startswith(f".{STYLED_CLASS} ") for s in selectors), rule
    css = " ".join(rules)
    assert "border: 1px solid" in css
    assert re.search(r"table th \{[^}]*text-align: left", css)
    assert re.search(r"table th \{[^}]*white-space: nowrap", css)
    assert re.search(r"table td \{[^}]*text-align: right", css)


def test_to_html_is_unstyled_by_default() -> None:
    for shown in (_report(), RequestTable.from_labels(FIXTURE_2025)):
        plain = shown.to_html()
        assert "<style>" not in plain
        assert STYLED_CLASS not in plain
        assert shown._repr_html_() == styled_html(plain)


def test_the_styled_html_escapes_every_text() -> None:
    report = _report(agency="<b>x</b>", problems="a < b", language="en")
    out = report._repr_html_()
    assert "<b>x</b>" not in out
    assert "&lt;b&gt;x&lt;/b&gt;" in out
    schema = TableSchema("t", [KeySpec("r", {"en": "<i>row</i>"})], [KeySpec("n", {"en": "&"})])
    html = ReportTable(schema, (1,))._repr_html_()
    assert "<i>row</i>" not in html
    assert "&lt;i&gt;row&lt;/i&gt;" in html
    assert "<th>&amp;</th>" in html


# -- records with labels and order ----------------------------------------------------------


def test_records_keep_their_keys_and_gain_labels_and_order() -> None:
    records = _report().to_records()
    assert all(tuple(r) == RECORD_FIELDS + RECORD_LABEL_FIELDS for r in records)
    new = next(r for r in records if r["table"] == "requests")
    assert new == {
        "agency": "测试市",
        "year": 2025,
        "table": "requests",
        "row": "new",
        "column": "natural_person",
        "value": 13612,
        "row_label": "一、本年新收政府信息公开申请数量",
        "column_label": "自然人",
        "row_order": 0,
        "column_order": 0,
    }
    english = _report().to_records("en")
    assert english[10]["row_label"] == "I. New applications this year"
    withheld = next(r for r in records if r["row"] == "withheld_state_secret")
    assert withheld["row_label"] == "（三）不予公开 1.属于国家秘密"  # unambiguous: group in front
    assert withheld["row_order"] == 4


def test_records_come_in_the_official_order() -> None:
    records = _report().to_records()
    for table in ("proactive", "requests", "reconsideration_litigation"):
        mine = [(r["row_order"], r["column_order"]) for r in records if r["table"] == table]
        assert mine == sorted(mine)
    requests = [r for r in records if r["table"] == "requests"]
    assert [r["column_label"] for r in requests[:7]] == ZH_COLUMNS
    assert requests[-1]["row"] == "carried_forward"
    assert requests[-1]["row_order"] == 24  # 25 rows in the 2021 format


def test_schema_less_records_are_unchanged() -> None:
    table = RequestTable.from_labels(FIXTURE_2025)
    # Records have the printed rows: （六）其他处理, the sum of its sub-rows, is their heading.
    plain = table_records(table._frame_cells(), agency="A", year=1, table="requests")
    assert all(tuple(r) == RECORD_FIELDS for r in plain)
    labelled = table.to_records(agency="A", year=1)
    assert [{k: r[k] for k in RECORD_FIELDS} for r in labelled] == plain


# -- data frames ----------------------------------------------------------------------------


def test_table_three_as_a_frame() -> None:
    table = RequestTable.from_labels(FIXTURE_2025)
    frame = table.to_dataframe()
    assert frame.shape == (25, 7)
    assert list(frame.columns) == ZH_COLUMNS
    assert all(str(dtype) == "Int64" for dtype in frame.dtypes)
    assert frame.index[0] == "一、本年新收政府信息公开申请数量"
    assert frame.index[1] == "二、上年结转政府信息公开申请数量"
    assert frame.index[-2] == "（七）总计"
    assert frame.index[-1] == "四、结转下年度继续办理"
    assert frame.loc["一、本年新收政府信息公开申请数量", "自然人"] == 13612
    assert frame.loc["一、本年新收政府信息公开申请数量", "总计"] == 14069
    assert frame.loc["二、上年结转政府信息公开申请数量", "总计"] == 560
    assert list(frame.index) == [
        table.label_of((row, Total.TOTAL)).split("/")[0] for row in table.printed_schema.row_keys
    ]
    english = table.to_dataframe("en")
    assert english.columns[0] == "Natural persons"
    assert english.index[0] == "I. New applications this year"


def test_a_frame_keeps_blanks_as_na_not_zero() -> None:
    table = RequestTable.from_labels(SHANGHAI_2019)
    frame = table.to_dataframe()
    blanks = sum(v is None for line in SHANGHAI_2019.values() for v in line.values())
    given_cells = sum(len(line) for line in SHANGHAI_2019.values())
    not_given = 23 * 7 - given_cells
    assert blanks > 0
    assert int(frame.isna().sum().sum()) == blanks + not_given
    assert pd.isna(frame.loc["二、上年结转政府信息公开申请数量", "商业企业"])
    assert frame.loc["二、上年结转政府信息公开申请数量", "自然人"] == 18


@settings(max_examples=30, deadline=None)
@given(cn_request_tables(valid=None))
def test_a_frame_holds_the_tables_values(table: RequestTable) -> None:
    frame = table.to_dataframe()
    assert all(str(dtype) == "Int64" for dtype in frame.dtypes)
    for i, row in enumerate(table.printed_schema.row_keys):  # the rows as printed
        for j, column in enumerate(table.columns):
            value = table.cells[row, column]  # type: ignore[index]
            got = frame.iat[i, j]
            assert pd.isna(got) if value is None else got == value


def test_table_four_as_a_frame() -> None:
    frame = ReconsiderationLitigationTable.from_row(FIXTURE_2025_T4).to_dataframe("en")
    assert list(frame.columns) == ["Upheld", "Corrected", "Other result", "Pending", "Total"]
    assert list(frame.index) == [
        "Administrative reconsideration",
        "Litigation without reconsideration first",
        "Litigation after reconsideration",
    ]
    assert all(str(dtype) == "Int64" for dtype in frame.dtypes)
    assert list(frame.loc["Litigation after reconsideration"]) == [74, 1, 30, 51, 156]


def test_table_two_keeps_exact_amounts() -> None:
    table = ProactiveTable.from_labels(
        {
            "规章": {"本年制发件数": 3},
            "行政事业性收费": {"本年收费金额（单位：万元）": Decimal("1.05")},
        }
    )
    frame = table.to_dataframe()
    fees = frame.loc["行政事业性收费", "本年收费金额（单位：万元）"]
    assert isinstance(fees, Decimal)
    assert fees == Decimal("1.05")
    assert str(frame["本年收费金额（单位：万元）"].dtype) == "object"
    assert str(frame["本年制发件数"].dtype) == "Int64"
    assert frame.loc["规章", "本年制发件数"] == 3
    assert pd.isna(frame.loc["规章", "本年废止件数"])  # blank
    assert pd.isna(frame.loc["规章", "本年收费金额（单位：万元）"])  # not a cell of this block


@settings(max_examples=30, deadline=None)
@given(cn_proactive_tables())
def test_table_two_frame_holds_the_values(table: ProactiveTable) -> None:
    frame = table.to_dataframe()
    rows, columns = list(table.rows), list(table.columns)
    for row, column, value in table.cells():
        got = frame.iat[rows.index(row), columns.index(column)]
        assert pd.isna(got) if value is None else got == value


def test_the_report_as_a_long_frame() -> None:
    report = _report()
    frame = report.to_dataframe("en")
    assert len(frame) == 10 + 25 * 7 + 3 * 5
    assert str(frame["count"].dtype) == "Int64"
    assert str(frame["amount"].dtype) == "object"
    assert set(frame["kind"]) == {"count", "amount"}
    fees = frame[frame["kind"] == "amount"]
    assert list(fees["row"]) == ["fees"]
    assert fees["amount"].iloc[0] == Decimal(316441)
    assert pd.isna(fees["count"].iloc[0])
    requests = frame[frame["table"] == "requests"]
    new_total = requests[(requests["row"] == "new") & (requests["column"] == "total")]
    assert new_total["count"].iloc[0] == 14069
    assert new_total["row_label"].iloc[0] == "I. New applications this year"
    assert list(requests["row_order"]) == sorted(requests["row_order"])
    assert list(frame.columns) == [
        *(k for k in RECORD_FIELDS if k != "value"),
        *RECORD_LABEL_FIELDS,
        "kind",
        "count",
        "amount",
    ]


@settings(max_examples=20, deadline=None)
@given(cn_annual_reports(valid=None))
def test_the_report_frame_equals_its_records(report: AnnualReport) -> None:
    frame = report.to_dataframe()
    records = report.to_records()
    assert len(frame) == len(records)
    for k, record in enumerate(records):
        column = "amount" if frame["kind"].iat[k] == "amount" else "count"
        got = frame[column].iat[k]
        assert pd.isna(got) if record["value"] is None else got == record["value"]
        assert frame["row_label"].iat[k] == record["row_label"]


def test_a_generic_table_as_a_frame() -> None:
    schema = TableSchema(
        "t",
        [KeySpec("a", {"en": "A"}), KeySpec("b", {"en": "B"})],
        [KeySpec("n", {"en": "N"}), KeySpec("m", {"en": "M"}, kind=CellKind.AMOUNT)],
    )
    frame = ReportTable(schema, (1, Decimal("0.5"), None, None)).to_dataframe()
    assert list(frame.index) == ["A", "B"]
    assert str(frame["N"].dtype) == "Int64"
    assert frame.loc["B", "N"] is pd.NA
    assert frame.loc["A", "M"] == Decimal("0.5")


def test_without_pandas_the_error_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match="pip install pandas"):
        RequestTable.zeros().to_dataframe()
    with pytest.raises(ImportError, match="pip install pandas"):
        _report().to_dataframe()
    # Records need no pandas.
    assert _report().to_records()


def test_the_heading_rows_are_not_frame_rows() -> None:
    frame = RequestTable.zeros().to_dataframe()
    assert "三、本年度办理结果" not in frame.index
    assert len(frame) == 25
    assert (frame.loc[frame.index[-1]] == 0).all()


def test_the_bundled_english_example_shows_in_english() -> None:
    # The report of issue 15: seed_report("en") showed a Chinese title with the English name
    # glued to it ("A district people's government2018年…").
    from govdisclosure.examples.seed_report import seed_report

    out = seed_report("en")._repr_html_()
    assert "<h1>A district people's government: annual report on government information" in out
    assert "年政府信息公开工作年度报告" not in out
    assert "government2018" not in out
    assert "Natural persons" in out


def test_a_count_too_large_for_int64_is_refused_by_name() -> None:
    huge = 2**63  # one more than the largest 64-bit integer
    table = RequestTable.from_labels({"一、本年新收政府信息公开申请数量": {"自然人": huge}})
    with pytest.raises(InvalidInputError) as info:
        table.to_dataframe()
    [problem] = info.value.problems
    assert problem.path == "一、本年新收政府信息公开申请数量/自然人"
    assert problem.value == huge
    with pytest.raises(InvalidInputError) as info:
        _report(requests=table).to_dataframe()
    assert [p.path for p in info.value.problems] == ["requests:new/natural_person"]
    largest = RequestTable.from_labels({"一、本年新收政府信息公开申请数量": {"自然人": huge - 1}})
    assert largest.to_dataframe().iat[0, 0] == huge - 1


def test_records_frame_needs_one_kind_per_record() -> None:
    records = _report().to_records()
    with pytest.raises(InvalidInputError) as info:
        records_frame(records, [CellKind.COUNT])
    assert info.value.field == "kinds"
    empty = records_frame([], [])
    assert list(empty.columns) == [*RECORD_FIELDS[:-1], "kind", "count", "amount"]


def test_records_frame_refuses_an_amount_given_as_a_count() -> None:
    records = ProactiveTable.from_labels(FIXTURE_2025_T2).to_records(agency="A", year=2025)
    with pytest.raises(InvalidInputError) as info:
        records_frame(records, [CellKind.COUNT] * len(records))
    assert [p.path for p in info.value.problems] == ["proactive:fees/fees_collected"]


def test_a_deadline_repr_stays_short_with_escaped_characters() -> None:
    # Found by Hypothesis: a rules name of control and astral characters, whose repr escapes
    # them (\x1f, \U00018d09), made the line 160 characters long.
    from govdisclosure.deadlines._deadline import _short

    name = "0000000\x1f\x1f\x1f\U00018d09\U00018d09\U0002ebe1\U0002ebe1\U0002fa1e"
    assert len(_short(name)) == 40
    assert _short(name).startswith("'0000000\\x1f")
    assert _short("abc") == "'abc'"
