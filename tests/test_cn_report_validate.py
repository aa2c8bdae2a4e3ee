"""Validation of published tables: exactly the identities a table breaks, one finding each.

The expected findings are computed here by a checker written out by hand from spec §5.5–5.6
(the equations, not the library's rule data), so the library's rules are tested, not restated.
"""

from __future__ import annotations

from collections.abc import Mapping

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govdisclosure.errors import InvalidInputError
from govdisclosure.jurisdictions.cn.outcomes import Outcome, OutcomeGroup
from govdisclosure.jurisdictions.cn.report import (
    AnnualReport,
    CaseKind,
    CaseResult,
    ReconsiderationLitigationTable,
    ReportFormat,
    RequestRow,
    RequestTable,
    Total,
    check_carried_forward,
    check_continuity,
)
from govdisclosure.reports import BlankPolicy, Finding
from govdisclosure.requests import ApplicantKind
from test_cn_report_tables import (
    FIXTURE_2025,
    FIXTURE_2025_T4,
    SHANGHAI_2019,
    SHANGHAI_2019_T4,
)

KINDS = list(ApplicantKind)
TOTAL = Total.TOTAL
COLUMNS = [*KINDS, TOTAL]
NEW, OVER, HANDLED, FORWARD = (
    RequestRow.NEW,
    RequestRow.CARRIED_OVER,
    RequestRow.HANDLED,
    RequestRow.CARRIED_FORWARD,
)


def outcome_rows(layout: ReportFormat) -> list[object]:
    """The 三 rows summed into （七）总计, written out from spec §5.5."""
    leaves: list[object] = [o for o in Outcome if o.group is not OutcomeGroup.OTHER]
    if layout is ReportFormat.V2019:
        return [*leaves, RequestRow.OTHER_HANDLING]
    return [*leaves, Outcome.OTHER_CORRECTION_LAPSED, Outcome.OTHER_FEE_LAPSED, Outcome.OTHER]


def all_rows(layout: ReportFormat) -> list[object]:
    return [NEW, OVER, *outcome_rows(layout), HANDLED, FORWARD]


Key = tuple[str, frozenset[tuple[object, object]]]


def expected(cells: Mapping[tuple[object, object], int | None], layout: ReportFormat) -> set[Key]:
    """Every broken equation and every blank cell, by hand.

    Blanks never hide an error: an equation with a blank cell is checked with the
    blanks read as 0 unless all its cells are blank or zero.
    """
    found: set[Key] = set()

    def check(rule: str, left: list[tuple[object, object]], right: list[tuple[object, object]]):
        values = [cells[c] for c in left + right]
        if None in values and not any(values):
            return
        if sum(cells[c] or 0 for c in left) != sum(cells[c] or 0 for c in right):
            found.add((rule, frozenset(left + right)))

    for r in all_rows(layout):
        check("cn.t3.row-total", [(r, TOTAL)], [(r, k) for k in KINDS])
    for c in COLUMNS:
        check("cn.t3.handled-total", [(HANDLED, c)], [(r, c) for r in outcome_rows(layout)])
        check("cn.t3.balance", [(NEW, c), (OVER, c)], [(HANDLED, c), (FORWARD, c)])
    for key, value in cells.items():
        if value is None:
            found.add(("blank", frozenset([key])))
    return found


def keys(findings: tuple[Finding, ...]) -> set[Key]:
    return {(f.rule, frozenset(f.cells)) for f in findings}


@st.composite
def valid_tables(draw: st.DrawFn) -> tuple[dict[tuple[object, object], int | None], ReportFormat]:
    """A table where every identity holds, every cell filled."""
    layout = draw(st.sampled_from(ReportFormat))
    small = st.integers(min_value=0, max_value=60)
    cells: dict[tuple[object, object], int | None] = {}
    for k in KINDS:
        for r in outcome_rows(layout):
            cells[r, k] = draw(small)
        handled = sum(cells[r, k] or 0 for r in outcome_rows(layout))
        cells[HANDLED, k] = handled
        cells[FORWARD, k] = draw(small)
        cells[OVER, k] = draw(
            st.integers(min_value=0, max_value=handled + (cells[FORWARD, k] or 0))
        )
        cells[NEW, k] = handled + (cells[FORWARD, k] or 0) - (cells[OVER, k] or 0)
    for r in all_rows(layout):
        cells[r, TOTAL] = sum(cells[r, k] or 0 for k in KINDS)
    return cells, layout


def build(cells: Mapping[tuple[object, object], int | None], layout: ReportFormat) -> RequestTable:
    return RequestTable.from_cells(cells, layout)  # type: ignore[arg-type]


# -- real reports ---------------------------------------------------------------------


def test_the_2025_fixture_satisfies_every_identity() -> None:
    t = RequestTable.from_labels(FIXTURE_2025)
    assert t.validate() == ()
    # The spec's worked numbers, column 自然人 and column 总计:
    assert 5345 + 2120 + 719 + 3271 + 451 + 1458 == 13364 == t["（七）总计", "自然人"]
    assert 14069 + 560 == 13810 + 819
    assert ReconsiderationLitigationTable.from_row(FIXTURE_2025_T4).validate() == ()
    assert 376 + 97 + 196 + 121 == 790


def test_shanghai_2019_blanks_never_hide_its_broken_identities() -> None:
    # Eleven rows print their parts but leave 总计 blank, and every outcome cell of the 总计
    # column is blank while （七）总计 is 805: under the default policy too, those identities are
    # checked with the blanks read as 0 and reported (the twelve listed in the test below).
    t = RequestTable.from_labels(SHANGHAI_2019)
    found = t.validate()
    broken = [f for f in found if f.rule != "blank"]
    blank = {(r, c) for r, line in SHANGHAI_2019.items() for c, v in line.items() if v is None}
    assert len(found) - len(broken) == len(blank)
    assert len(broken) == 12
    assert broken == list(t.validate(blanks=BlankPolicy.ZERO, report_blanks=False))
    assert all("blank cells read as 0" in f.message for f in broken)
    # The stated identity holds where every cell is printed: 859 + 18 = 805 + 72.
    assert t[NEW, TOTAL] + t[OVER, TOTAL] == t[HANDLED, TOTAL] + t[FORWARD, TOTAL]


def test_shanghai_2019_with_blanks_read_as_zero() -> None:
    found = RequestTable.from_labels(SHANGHAI_2019).validate(
        blanks=BlankPolicy.ZERO, report_blanks=False
    )
    # By hand: eleven rows print parts but leave 总计 blank; the 总计 column's outcome cells
    # are all blank, so （七）总计 805 is not their sum. Every other equation holds with zeros.
    rows_with_blank_total = {
        Outcome.DISCLOSED,
        Outcome.PARTLY_DISCLOSED,
        Outcome.WITHHELD_STATE_SECRET,
        Outcome.WITHHELD_INTERNAL_AFFAIRS,
        Outcome.WITHHELD_PROCESS_INFORMATION,
        Outcome.WITHHELD_ADMINISTRATIVE_QUERY,
        Outcome.UNAVAILABLE_NOT_HELD,
        Outcome.UNAVAILABLE_NEEDS_CREATION,
        Outcome.UNAVAILABLE_STILL_UNCLEAR,
        Outcome.NOT_PROCESSED_COMPLAINT,
        Outcome.NOT_PROCESSED_REPEAT,
    }
    row_findings = {f.cells[0][0] for f in found if f.rule == "cn.t3.row-total"}
    assert row_findings == rows_with_blank_total
    handled = [f for f in found if f.rule == "cn.t3.handled-total"]
    assert [(f.cells[0], f.left, f.right) for f in handled] == [((HANDLED, TOTAL), 805, 0)]
    assert len(found) == 12


def test_shanghai_table_four() -> None:
    t = ReconsiderationLitigationTable.from_row(SHANGHAI_2019_T4)
    assert {f.rule for f in t.validate()} == {"blank"}
    assert t.validate(report_blanks=False) == ()
    assert t.validate(blanks=BlankPolicy.ZERO, report_blanks=False) == ()  # 5+2=7, 8+1=9


# -- exactly the identities broken --------------------------------------------------------


@given(valid_tables())
def test_valid_tables_have_no_findings(table: tuple[dict, ReportFormat]) -> None:
    cells, layout = table
    assert build(cells, layout).validate() == ()


@given(valid_tables(), st.data())
def test_perturbing_cells_flags_exactly_the_broken_identities(
    table: tuple[dict, ReportFormat], data: st.DataObject
) -> None:
    cells, layout = table
    k = data.draw(st.integers(min_value=1, max_value=4))
    targets = data.draw(
        st.lists(st.sampled_from(sorted(cells, key=repr)), min_size=k, max_size=k, unique=True)
    )
    changed = dict(cells)
    for key in targets:
        old = cells[key]
        changed[key] = data.draw(
            st.one_of(
                st.none(),
                st.integers(min_value=0, max_value=10_000).filter(lambda v, o=old: v != o),
            )
        )
    found = build(changed, layout).validate()
    assert keys(found) == expected(changed, layout)
    assert len(found) == len(keys(found))  # one finding per broken instance


@given(valid_tables(), st.data())
def test_one_changed_cell_breaks_its_row_and_its_column(
    table: tuple[dict, ReportFormat], data: st.DataObject
) -> None:
    cells, layout = table
    key = data.draw(st.sampled_from(sorted(cells, key=repr)))
    changed = dict(cells)
    changed[key] = (cells[key] or 0) + data.draw(st.integers(min_value=1, max_value=50))
    rules = {f.rule for f in build(changed, layout).validate()}
    row, column = key
    # Every cell is in one row equation; the column equations it is in depend on its row.
    assert "cn.t3.row-total" in rules
    if row in (NEW, OVER, FORWARD):
        assert rules == {"cn.t3.row-total", "cn.t3.balance"}
    elif row is HANDLED:
        assert rules == {"cn.t3.row-total", "cn.t3.handled-total", "cn.t3.balance"}
    else:
        assert rules == {"cn.t3.row-total", "cn.t3.handled-total"}
    assert column in COLUMNS


def test_a_finding_names_rule_cells_and_numbers() -> None:
    data = {r: dict(line) for r, line in FIXTURE_2025.items()}
    data["（七）总计"]["自然人"] = 13365
    found = RequestTable.from_labels(data).validate()
    by_rule = {f.rule: f for f in found}
    assert set(by_rule) == {"cn.t3.row-total", "cn.t3.handled-total", "cn.t3.balance"}
    handled = by_rule["cn.t3.handled-total"]
    assert handled.cells[0] == (HANDLED, ApplicantKind.NATURAL_PERSON)
    assert (handled.left, handled.right, handled.difference) == (13365, 13364, 1)
    assert handled.numbers[0] == 13365
    assert "（七）总计/自然人 = 13365" in handled.message
    assert handled.table == "requests"
    assert handled.citation is not None
    balance = by_rule["cn.t3.balance"]
    assert (balance.left, balance.right) == (13612 + 535, 13365 + 783)


def test_validation_does_not_change_the_table() -> None:
    t = RequestTable.from_labels(SHANGHAI_2019)
    before = t.to_labels()
    t.validate(blanks=BlankPolicy.ZERO)
    assert t.to_labels() == before


@st.composite
def valid_case_rows(draw: st.DrawFn) -> list[int | None]:
    row: list[int | None] = []
    for _ in CaseKind:
        parts = draw(st.lists(st.integers(min_value=0, max_value=500), min_size=4, max_size=4))
        row.extend([*parts, sum(parts)])
    return row


@given(valid_case_rows(), st.data())
def test_table_four_flags_exactly_the_broken_groups(
    row: list[int | None], data: st.DataObject
) -> None:
    assert ReconsiderationLitigationTable.from_row(row).validate() == ()
    positions = data.draw(st.lists(st.integers(0, 14), min_size=1, max_size=4, unique=True))
    changed = list(row)
    for i in positions:
        changed[i] = data.draw(
            st.one_of(st.none(), st.integers(0, 2000).filter(lambda v, o=row[i]: v != o))
        )
    found = ReconsiderationLitigationTable.from_row(changed).validate()
    want: set[tuple[str, int]] = set()
    for g in range(3):
        group = changed[5 * g : 5 * g + 5]
        # Blanks never hide an error: read as 0 unless the whole group is blank or zero.
        if any(group) and sum(v or 0 for v in group[:4]) != (group[4] or 0):
            want.add(("cn.t4.group-total", g))
    want |= {("blank", i) for i, v in enumerate(changed) if v is None}
    kinds = list(CaseKind)
    columns = [*CaseResult, TOTAL]
    got = set()
    for f in found:
        if f.rule == "blank":
            r, c = f.cells[0]
            got.add(("blank", kinds.index(r) * 5 + columns.index(c)))
        else:
            got.add((f.rule, kinds.index(f.cells[0][0])))
    assert got == want
    assert len(found) == len(want)


# -- across years -----------------------------------------------------------------------


def test_carried_forward_must_match_next_years_carried_over() -> None:
    this_year = RequestTable.from_labels(FIXTURE_2025)
    next_year = RequestTable.from_labels(
        {"二、上年结转政府信息公开申请数量": {"自然人": 783, "商业企业": 7, "总计": 819}}
    )
    found = check_carried_forward(this_year, next_year)
    commercial = (
        (FORWARD, ApplicantKind.COMMERCIAL_ENTERPRISE),
        (OVER, ApplicantKind.COMMERCIAL_ENTERPRISE),
    )
    assert (commercial, (6, 7)) in [(f.cells, f.numbers) for f in found]
    assert {f.rule for f in found} == {"cn.t3.carried-forward"}
    # Blanks never hide an error, under either policy: next year's blank 科研机构 (0 carried
    # forward) agrees; its blank 社会公益组织, 法律服务机构, 其他 (2, 25, 3 carried forward) do not.
    assert len(found) == 4
    assert check_carried_forward(this_year, next_year, blanks=BlankPolicy.ZERO) == found


def test_continuity_of_reports() -> None:
    a = AnnualReport(agency="甲", year=2025, requests=RequestTable.from_labels(FIXTURE_2025))
    b = AnnualReport(agency="甲", year=2026, requests=RequestTable.zeros())
    found = check_continuity(a, b)
    assert len(found) == 6  # every column but 科研机构 (0 carried forward, 0 carried over)
    with pytest.raises(InvalidInputError):
        check_continuity(a, AnnualReport(agency="甲", year=2027, requests=RequestTable.zeros()))
    with pytest.raises(InvalidInputError):
        check_continuity(a, AnnualReport(agency="乙", year=2026, requests=RequestTable.zeros()))


def test_report_validation_gathers_every_table() -> None:
    report = AnnualReport(
        agency="上海市人民政府办公厅",
        year=2019,
        requests=RequestTable.from_labels(SHANGHAI_2019),
        reviews=ReconsiderationLitigationTable.from_row(SHANGHAI_2019_T4),
    )
    found = report.validate()
    tables = {f.table for f in found}
    assert tables == {"requests", "reconsideration_litigation", "proactive"}
    # Its table 三's twelve broken identities, hidden by blanks before 0.3.0 (see above).
    assert len(report.validate(report_blanks=False)) == 12
