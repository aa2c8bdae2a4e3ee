"""The PRC report corpus: continuity across years, change tables, league tables, one long frame.

The corpus is hand-made: three agencies over two or three years, each report's table 三
written out below with the numbers in the 自然人 and 总计 columns (the other applicant
columns 0), so every expected rate, difference and interval is computed by hand here,
never read from the code's output.
"""

from __future__ import annotations

import decimal
import math
from datetime import date
from decimal import Decimal
from fractions import Fraction

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cn_corpus_fixtures import (
    BING,
    CORPUS,
    JIA,
    PERSON,
    REPORTS,
    REVIEWS_2024,
    YI,
    report,
    requests_table,
)
from govdisclosure import strategies as gs
from govdisclosure.errors import InvalidInputError
from govdisclosure.jurisdictions import cn
from govdisclosure.jurisdictions.cn.outcomes import Outcome
from govdisclosure.jurisdictions.cn.report import (
    CaseKind,
    CaseResult,
    Change,
    ChangeTable,
    LeagueTable,
    Rate,
    ReportCorpus,
    RequestRow,
    RequestTable,
)
from govdisclosure.jurisdictions.cn.report.corpus import RULE_YEAR_GAP
from govdisclosure.jurisdictions.cn.report.format import Total
from govdisclosure.jurisdictions.cn.report.tables import RULE_CARRY
from govdisclosure.reports import BlankPolicy

Z = 1.959963984540054


def wilson_by_quadratic(k: int, n: int, z: float = Z) -> tuple[float, float]:
    """The Wilson bounds as the roots of (n + z²)p² − (2k + z²)p + k²/n = 0.

    An independent derivation: the interval is the set of p with |k/n − p| ≤ z·√(p(1−p)/n);
    squaring gives this quadratic, solved here by the textbook formula.
    """
    a = n + z * z
    b = -(2 * k + z * z)
    c = k * k / n
    root = math.sqrt(b * b - 4 * a * c)
    return (-b - root) / (2 * a), (-b + root) / (2 * a)


# -- construction ----------------------------------------------------------------------


class TestCorpus:
    def test_reports_are_kept_by_agency_and_year_whatever_the_order(self):
        assert [(r.agency, r.year) for r in CORPUS] == [
            (BING, 2023),  # by code point: 丙 U+4E19, 乙 U+4E59, 甲 U+7532
            (BING, 2024),
            (YI, 2022),
            (YI, 2024),
            (JIA, 2022),
            (JIA, 2023),
            (JIA, 2024),
        ]
        assert ReportCorpus(REPORTS) == CORPUS
        assert len(CORPUS) == 7
        assert CORPUS.agencies == (BING, YI, JIA)
        assert CORPUS.years(JIA) == (2022, 2023, 2024)
        assert CORPUS.years("无此局") == ()

    def test_a_duplicate_names_both_reports(self):
        twice = [REPORTS[0], REPORTS[3], report(JIA, 2022, RequestTable.zeros())]
        with pytest.raises(InvalidInputError) as info:
            ReportCorpus(twice)
        assert "reports[0] and reports[2]" in str(info.value)
        assert info.value.field == "reports[2]"
        assert info.value.value == (JIA, 2022)

    @pytest.mark.parametrize("bad", ["某局", 3, None, [REPORTS[0], "not a report"]])
    def test_what_is_not_reports_is_refused(self, bad):
        with pytest.raises(InvalidInputError):
            ReportCorpus(bad)

    def test_a_report_missing_from_the_corpus_is_named(self):
        with pytest.raises(InvalidInputError, match=r"\[2022, 2024\]"):
            CORPUS.report(YI, 2023)
        assert CORPUS.report(YI, 2024) is REPORTS[4]

    def test_the_top_level_names(self):
        assert cn.ReportCorpus is ReportCorpus
        assert cn.LeagueTable is LeagueTable
        assert cn.ChangeTable is ChangeTable


# -- continuity ------------------------------------------------------------------------


class TestContinuity:
    def test_mismatches_per_column_and_gaps_of_their_own(self):
        found = CORPUS.continuity()
        assert [(f.agency, f.rule, f.years) for f in found] == [
            (YI, RULE_YEAR_GAP, (2022, 2024)),
            (JIA, RULE_CARRY, (2023, 2024)),  # 自然人: 20 carried forward, 18 carried over
            (JIA, RULE_CARRY, (2023, 2024)),  # 总计 likewise
        ]
        gap, person, total = found
        assert person.finding is not None
        assert person.finding.numbers == (20, 18)
        assert person.message == (
            "甲局 2023→2024: this year 四/自然人 = 20 but next year 二/自然人 = 18 (difference +2)"
        )
        assert total.finding is not None
        assert total.finding.cells[0] == (RequestRow.CARRIED_FORWARD, Total.TOTAL)
        assert gap.finding is None
        assert gap.missing_years == (2023,)
        assert "no report for 2023" in gap.message
        assert person.missing_years == ()
        assert str(gap).startswith("cn.corpus.year-gap: 乙局")

    def test_across_the_2019_and_2021_formats(self):
        # 丙区 2023 (2019 format) carries 0 forward; 2024 (2021 format) carries 0 over.
        assert [f for f in CORPUS.continuity() if f.agency == BING] == []
        broken = ReportCorpus(
            [REPORTS[5], report(BING, 2024, requests_table(17, 3, 20, 0, 0, 0))]
        ).continuity()
        assert [(f.finding.numbers if f.finding else None) for f in broken] == [(0, 3), (0, 3)]

    def test_a_gap_of_several_years_is_one_finding(self):
        corpus = ReportCorpus([REPORTS[3], report(YI, 2026, RequestTable.zeros())])
        (gap,) = corpus.continuity()
        assert gap.missing_years == (2023, 2024, 2025)
        assert "2023, 2024, 2025" in gap.message

    def test_blank_carried_cells_are_not_read_as_zero(self):
        blank = RequestTable.from_labels({"二、上年结转政府信息公开申请数量": {"总计": 5}})
        earlier = report(JIA, 2020, RequestTable.empty())
        corpus = ReportCorpus([earlier, report(JIA, 2021, blank)])
        (finding,) = corpus.continuity()  # 四/总计 blank against 5: a broken identity
        assert finding.finding is not None
        assert finding.finding.numbers == (None, 5)
        assert ReportCorpus([earlier, report(JIA, 2021, RequestTable.empty())]).continuity() == ()


# -- changes ---------------------------------------------------------------------------


class TestChanges:
    def test_differences_and_exact_relative_changes(self):
        changes = CORPUS.changes(JIA, 2022, 2023)
        new = changes["requests", "new", "total"]
        assert (new.before, new.after, new.difference) == (90, 100, 10)
        assert new.relative == Decimal("0.1111111111111111111111111111")  # 10/90
        assert new.row_label == "一、本年新收政府信息公开申请数量"
        assert new.column_label == "总计"
        partly = changes["requests", "partly_disclosed", "natural_person"]
        assert (partly.difference, partly.relative, partly.note) == (5, Decimal("0.5"), "")
        forward = changes["requests", "carried_forward", "total"]
        assert (forward.difference, forward.relative) == (0, Decimal(0))

    def test_the_callers_decimal_context_does_not_matter(self):
        with decimal.localcontext(decimal.Context(prec=3)):
            line = CORPUS.changes(JIA, 2022, 2023)["requests", "new", "total"]
            assert line.relative == Decimal("0.1111111111111111111111111111")

    def test_a_negative_base_is_taken_in_absolute_value(self):
        line = Change("proactive", "r", "c", "r", "c", before=-4, after=-2)
        assert (line.difference, line.relative) == (2, Decimal("0.5"))

    def test_a_base_of_zero_has_no_relative_change_and_says_so(self):
        line = CORPUS.changes(YI, 2022, 2024)["requests", "disclosed", "research_institution"]
        assert (line.before, line.after, line.difference, line.relative) == (0, 0, 0, None)
        assert line.note == "2022 is 0: no relative change"

    def test_blanks_are_never_read_as_zero(self):
        # table 二 of every hand-made report is blank
        line = CORPUS.changes(JIA, 2022, 2023).lines[0]
        assert line.table == "proactive"
        assert (line.before, line.after, line.difference, line.relative) == (None,) * 4
        assert line.note == "blank in 2022 (not read as 0)"

    def test_cells_of_one_format_only(self):
        changes = CORPUS.changes(BING, 2023, 2024, language="en")
        lapsed = changes["requests", "other_correction_lapsed", "total"]
        assert (lapsed.before, lapsed.after) == (None, 0)
        assert lapsed.note == "no such cell in the 2023 report's format"
        other = changes["requests", "other_handling", "total"]  # the 2019 single row, last
        assert (other.before, other.after) == (0, None)
        assert other.note == "no such cell in the 2024 report's format"
        assert changes.lines[-1] == other  # cells only the earlier format has come last
        assert changes["requests", "new", "total"].row_label.startswith("I. New")
        with pytest.raises(KeyError):
            changes["requests", "no such row", "total"]

    def test_either_direction_and_bad_years(self):
        back = CORPUS.changes(JIA, 2023, 2022)["requests", "new", "total"]
        assert (back.difference, back.relative) == (-10, Decimal("-0.1"))
        with pytest.raises(InvalidInputError):
            CORPUS.changes(JIA, 2022, 2022)
        with pytest.raises(InvalidInputError):
            CORPUS.changes(YI, 2022, 2023)

    def test_the_frame(self):
        frame = CORPUS.changes(JIA, 2022, 2023).to_dataframe()
        row = frame[(frame.table == "requests") & (frame.row == "new") & (frame.column == "total")]
        assert row.iloc[0]["difference"] == 10
        assert row.iloc[0]["relative"] == Decimal(10) / Decimal(90)
        assert pd.isna(frame.iloc[0]["difference"])
        assert len(frame) == len(CORPUS.changes(JIA, 2022, 2023))


# -- league ----------------------------------------------------------------------------


class TestLeague:
    def test_rates_ranks_and_the_minimum_sample(self):
        league = CORPUS.league(2024)
        # 甲局: (40 + 0)/80 = 1/2; 乙局: (12 + 3)/30 = 1/2, a tie; 丙区: 20/20 but only 20 handled
        assert [(rank, e.agency) for rank, e in league.ranked] == [(1, YI), (1, JIA)]
        assert league.flag(BING) == "fewer than 30 requests handled (20)"
        assert league.rank(BING) is None
        assert league.rank(YI) == 1
        assert [e.agency for e in league.flagged] == [BING]
        jia = league.entry(JIA)
        assert jia.disclosure == Rate(40, 80)
        assert jia.requests == 100  # 82 new + 18 carried over
        assert jia.correction == Rate(2, 8)  # 1 + 1 corrected of 5 + 3 cases
        assert jia.notes == ()

    def test_ties_skip_the_next_rank(self):
        league = CORPUS.league(2024, min_requests=0)
        # 丙区 20/20 = 1 first, then the tie at 1/2
        assert [(rank, e.agency) for rank, e in league.ranked] == [(1, BING), (2, YI), (2, JIA)]
        extra = report("丁局", 2024, requests_table(40, 0, 10, 0, 30, 0))  # 1/4
        four = ReportCorpus([*REPORTS, extra]).league(2024, min_requests=0)
        assert [rank for rank, _ in four.ranked] == [1, 2, 2, 4]

    def test_wilson_intervals_against_the_quadratic_and_published_values(self):
        jia = CORPUS.league(2024).entry(JIA)
        assert jia.disclosure is not None
        low, high = jia.disclosure.interval()
        expected = wilson_by_quadratic(40, 80)
        assert low == pytest.approx(expected[0], abs=1e-12)
        assert high == pytest.approx(expected[1], abs=1e-12)
        # published: n = 100, k = 50 gives (0.4038, 0.5962); k = 1 of 10 (0.0179, 0.4042)
        assert [round(x, 4) for x in Rate(50, 100).interval() or ()] == [0.4038, 0.5962]
        assert [round(x, 4) for x in Rate(1, 10).interval() or ()] == [0.0179, 0.4042]
        assert Rate(0, 10).interval() == (0.0, pytest.approx(wilson_by_quadratic(0, 10)[1]))
        assert Rate(10, 10).interval() == (pytest.approx(wilson_by_quadratic(10, 10)[0]), 1.0)

    @settings(max_examples=200)
    @given(st.integers(1, 10_000).flatmap(lambda n: st.tuples(st.integers(0, n), st.just(n))))
    def test_wilson_equals_the_quadratic_roots(self, pair):
        k, n = pair
        low, high = Rate(k, n).interval() or (math.nan, math.nan)
        exp_low, exp_high = wilson_by_quadratic(k, n)
        assert low == pytest.approx(max(exp_low, 0.0), abs=1e-9)
        assert high == pytest.approx(min(exp_high, 1.0), abs=1e-9)
        assert low <= k / n <= high

    def test_blank_cells_leave_a_rate_undetermined_unless_read_as_zero(self):
        skip = CORPUS.league(2024).entry(YI)
        assert skip.correction is None  # table 四 is blank
        assert "行政复议/结果纠正 is blank" in skip.notes
        zero = CORPUS.league(2024, blanks=BlankPolicy.ZERO).entry(YI)
        assert zero.correction == Rate(0, 0)
        assert zero.correction.value is None
        assert "行政复议/结果纠正 is blank, read as 0" in zero.notes
        blank = report("戊局", 2024, RequestTable.empty())
        league = ReportCorpus([blank]).league(2024)
        assert league.flag("戊局") == "disclosure rate undetermined: a cell it needs is blank"
        assert league.ranked == ()

    def test_an_inconsistent_report_is_flagged_not_a_crash(self):
        bad = RequestTable.from_labels(
            {
                "（一）予以公开": {"总计": 50},
                "（二）部分公开": {"总计": 0},
                "（七）总计": {"总计": 40},
            }
        )
        league = ReportCorpus([report("己局", 2024, bad)]).league(2024)
        assert league.entry("己局").disclosure is None
        assert "exceeds handled" in (league.flag("己局") or "")

    def test_no_late_reply_share_since_the_tables_have_none(self):
        # Neither format's tables record late replies: the league has no such column.
        frame = CORPUS.league(2024).to_dataframe()
        assert not any("late" in name for name in frame.columns)
        assert list(frame.agency) == [YI, JIA, BING]
        assert str(frame["rank"].dtype) == "Int64"
        assert frame["disclosure_rate"].tolist() == [0.5, 0.5, 1.0]
        assert frame["disclosure_n"].tolist() == [30, 80, 20]
        assert pd.isna(frame.loc[0, "correction_rate"])
        assert frame.loc[1, "correction_low"] == pytest.approx(wilson_by_quadratic(2, 8)[0])

    def test_bad_arguments(self):
        with pytest.raises(InvalidInputError):
            CORPUS.league(2024, min_requests=-1)
        with pytest.raises(InvalidInputError):
            CORPUS.league(2024, min_requests=True)
        with pytest.raises(InvalidInputError):
            CORPUS.league("2024")  # type: ignore[arg-type]
        with pytest.raises(InvalidInputError):
            CORPUS.league(2024, blanks="zero")  # type: ignore[arg-type]
        with pytest.raises(InvalidInputError):
            CORPUS.league(2024).entry("无此局")
        with pytest.raises(InvalidInputError):
            Rate(3, 2)
        assert CORPUS.league(1999).entries == ()

    @pytest.mark.parametrize("z", [0, -1.0, float("inf"), float("nan"), True, "1.96"])
    def test_a_bad_quantile_is_refused(self, z):
        with pytest.raises(InvalidInputError):
            Rate(1, 2).interval(z)

    def test_rate_exactness(self):
        assert Rate(1, 3).exact == Fraction(1, 3)
        assert Rate(1, 3).value == 1 / 3


# -- the long frame --------------------------------------------------------------------


class TestFrame:
    def test_columns_dtypes_and_order(self):
        frame = CORPUS.to_dataframe()
        assert list(frame.columns) == [
            "agency",
            "year",
            "table",
            "row",
            "column",
            "row_label",
            "column_label",
            "row_order",
            "column_order",
            "kind",
            "count",
            "amount",
        ]
        assert str(frame["count"].dtype) == "Int64"
        assert frame["amount"].dtype == object
        # by agency, year, then tables 二, 三, 四
        first = frame[(frame.agency == JIA) & (frame.year == 2022)]
        assert list(dict.fromkeys(first.table)) == [
            "proactive",
            "requests",
            "reconsideration_litigation",
        ]
        assert list(dict.fromkeys(zip(frame.agency, frame.year, strict=True))) == [
            (r.agency, r.year) for r in CORPUS
        ]

    def test_pivot_gives_the_printed_layout(self):
        frame = CORPUS.to_dataframe()
        part = frame[(frame.agency == JIA) & (frame.year == 2024) & (frame.table == "requests")]
        grid = part.pivot(  # noqa: PD010 - pivot is what analysts call
            index=["row_order", "row_label"],
            columns=["column_order", "column_label"],
            values="count",
        )
        printed = REPORTS[2].requests.to_dataframe()
        assert list(grid.index.get_level_values("row_label")) == list(printed.index)
        assert list(grid.columns.get_level_values("column_label")) == list(printed.columns)
        assert grid.to_numpy().tolist() == printed.to_numpy().tolist()
        assert grid.loc[(0, "一、本年新收政府信息公开申请数量"), (0, "自然人")] == 82
        assert (grid.dtypes == "Int64").all()

    def test_english_labels_and_blanks(self):
        frame = CORPUS.to_dataframe(language="en")
        new = frame[(frame.table == "requests") & (frame.row == "new")]
        assert new.row_label.iloc[0].startswith("I. New")
        assert frame[frame.table == "proactive"]["amount"].isna().all()
        with pytest.raises(InvalidInputError):
            CORPUS.to_dataframe(language="fr")  # type: ignore[arg-type]

    def test_amounts_stay_decimal(self):
        proactive = cn.ProactiveTable.from_labels(
            {"行政事业性收费": {"本年收费金额（单位：万元）": Decimal("12.34")}}
        )
        corpus = ReportCorpus([report(JIA, 2025, RequestTable.zeros(), proactive=proactive)])
        frame = corpus.to_dataframe()
        amounts = frame[frame.kind == "amount"]["amount"].dropna().tolist()
        assert amounts == [Decimal("12.34")]

    def test_a_count_too_big_for_a_frame_is_named(self):
        huge = RequestTable.from_cells({(RequestRow.NEW, PERSON): 2**63})
        with pytest.raises(InvalidInputError, match="64-bit") as info:
            ReportCorpus([report(JIA, 2025, huge)]).to_dataframe()
        assert info.value.fields == ("甲局 2025 requests:new/natural_person",)

    def test_the_empty_corpus(self):
        assert len(ReportCorpus([]).to_dataframe()) == 0
        assert ReportCorpus([]).continuity() == ()


@settings(max_examples=40, deadline=None)
@given(gs.cn_report_corpora())
def test_frame_values_are_the_reports_cells(corpus: ReportCorpus) -> None:
    frame = corpus.to_dataframe()
    got = {
        (a, y, t, r, c): (None if pd.isna(n) else int(n))
        if k == "count"
        else (None if pd.isna(m) else m)
        for a, y, t, r, c, k, n, m in zip(
            frame.agency,
            frame.year,
            frame.table,
            frame.row,
            frame.column,
            frame.kind,
            frame["count"],
            frame["amount"],
            strict=True,
        )
    }
    expected = {}
    for rep in corpus:
        for name, table in (
            ("proactive", rep.proactive),
            ("requests", rep.requests.cells),
            ("reconsideration_litigation", rep.reviews.cells),
        ):
            # the cells as printed: a 2021 （六）其他处理 that is its sub-rows' sum is a heading
            printed = set(getattr(rep.requests, "printed_schema", rep.requests.schema).cell_keys)
            for row, column, value in table.cells():
                if name == "requests" and (row, column) not in printed:
                    continue
                expected[rep.agency, rep.year, name, row.value, column.value] = value
    assert got == expected
    assert len(frame) == len(expected)


# The amount cells of table 二 in either format, by their codes (from the format's text).
AMOUNT_CELLS = {("fees", "fees_collected"), ("procurement", "procurement_amount")}


@settings(max_examples=40, deadline=None)
@given(gs.cn_report_corpora())
def test_the_frame_is_the_one_built_by_hand_from_the_records(corpus: ReportCorpus) -> None:
    records = corpus.to_records()
    if not records:
        return
    by_hand = pd.DataFrame(records)
    del by_hand["value"]
    values = [r["value"] for r in records]  # as they are: a frame column would make None nan
    amount = [
        t == "proactive" and (r, c) in AMOUNT_CELLS
        for t, r, c in zip(by_hand["table"], by_hand["row"], by_hand["column"], strict=True)
    ]
    by_hand["kind"] = ["amount" if a else "count" for a in amount]
    by_hand["count"] = pd.array(
        [None if a else v for v, a in zip(values, amount, strict=True)], dtype="Int64"
    )
    by_hand["amount"] = pd.array(
        [v if a and v is not None else pd.NA for v, a in zip(values, amount, strict=True)],
        dtype=object,
    )
    pd.testing.assert_frame_equal(corpus.to_dataframe(), by_hand)
    pd.testing.assert_frame_equal(
        corpus.to_dataframe(language="en"), _by_labels(corpus.to_records("en"), by_hand)
    )


def _by_labels(records: list[dict[str, object]], frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    out["row_label"] = [r["row_label"] for r in records]
    out["column_label"] = [r["column_label"] for r in records]
    return out


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        gs.requests(
            received=st.dates(date(2023, 6, 1), date(2026, 12, 31)),
            outcomes=st.sampled_from(list(Outcome)),
            max_gap=120,
        ),
        max_size=25,
    )
)
def test_consecutive_years_from_one_log_are_continuous(log) -> None:
    tables = {year: cn.aggregate_requests(log, year=year) for year in (2024, 2025, 2026)}
    corpus = ReportCorpus(report(JIA, year, t) for year, t in tables.items())
    assert corpus.continuity() == ()
    # and the check can fail: one more carried over in 2025 breaks it
    cells = tables[2025].to_dict()
    cells[RequestRow.CARRIED_OVER][PERSON] = (cells[RequestRow.CARRIED_OVER][PERSON] or 0) + 1
    broken = RequestTable.from_cells(
        {(r, c): v for r, line in cells.items() for c, v in line.items()}
    )
    bad = ReportCorpus([report(JIA, 2024, tables[2024]), report(JIA, 2025, broken)])
    assert [f.finding.cells[1] for f in bad.continuity() if f.finding] == [
        (RequestRow.CARRIED_OVER, PERSON)
    ]


def test_case_table_keys_are_those_of_the_format() -> None:
    assert REVIEWS_2024[CaseKind.RECONSIDERATION, CaseResult.CORRECTED] == 1
