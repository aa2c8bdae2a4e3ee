"""The table-schema engine on a small invented report of two tables (no jurisdiction).

Table "cases": rows start / received / processed / pending (a flow), columns
simple / complex / total (a sum per row). Table "times": rows a / b / overall
(components and a roll-up), columns count (a sum), lowest (min), highest (max),
median (a median). Across tables: cases processed/total = times overall/count,
and times overall/count <= cases received/total.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from govdisclosure.errors import InvalidInputError, UnknownLabelError
from govdisclosure.reports import (
    HEADING,
    UNDETERMINED_RULE,
    Aggregate,
    CellKind,
    ColumnRule,
    CrossTableRule,
    Heading,
    KeySpec,
    LabelMatcher,
    Relation,
    ReportSchema,
    ReportTable,
    RollUpRule,
    RowRule,
    TableCell,
    TableSchema,
    styled_html,
)
from govdisclosure.strategies._schemas import report_tables, table_schemas

CASES = TableSchema(
    "cases",
    [
        KeySpec("start", {"en": "Pending at start", "fr": "En attente au début"}),
        KeySpec("received", {"en": "Received", "fr": "Reçues"}),
        KeySpec("processed", {"en": "Processed", "fr": "Traitées"}, groups=("done",)),
        KeySpec("pending", {"en": "Pending at end", "fr": "En attente à la fin"}),
    ],
    [
        KeySpec("simple", {"en": "Simple", "fr": "Simples"}),
        KeySpec("complex", {"en": "Complex", "fr": "Complexes"}, aliases=("Hard",)),
        KeySpec("total", {"en": "Total", "fr": "Total"}),
    ],
    headings=[Heading("done", {"en": "Done", "fr": "Fait"})],
    row_rules=[RowRule("row-sum", left=("total",), right=("simple", "complex"))],
    column_rules=[ColumnRule("flow", left=("start", "received"), right=("processed", "pending"))],
    stub={"en": "Item", "fr": "Objet"},
)

_DAYS = {"kind": CellKind.AMOUNT, "unit": "business days"}
TIMES = TableSchema(
    "times",
    [KeySpec("a", {"en": "A"}), KeySpec("b", {"en": "B"}), KeySpec("overall", {"en": "Overall"})],
    [
        KeySpec("count", {"en": "Count"}),
        KeySpec("lowest", {"en": "Lowest"}, aggregate=Aggregate.MIN, **_DAYS),  # type: ignore[arg-type]
        KeySpec("highest", {"en": "Highest"}, aggregate=Aggregate.MAX, **_DAYS),  # type: ignore[arg-type]
        KeySpec("median", {"en": "Median"}, aggregate=Aggregate.MEDIAN, **_DAYS),  # type: ignore[arg-type]
    ],
    rollups=[RollUpRule("rollup", "overall", ("a", "b"))],
)

REPORT = ReportSchema(
    "invented",
    [CASES, TIMES],
    [
        CrossTableRule(
            "processed-timed",
            left=[TableCell("cases", "processed", "total")],
            right=[TableCell("times", "overall", "count")],
        ),
        CrossTableRule(
            "timed-le-received",
            left=[TableCell("times", "overall", "count")],
            right=[TableCell("cases", "received", "total")],
            relation=Relation.LE,
        ),
    ],
)


def _cases(**changes: int | None) -> ReportTable:
    # start 2 + received 10 = processed 9 + pending 3, per column and in total
    cells: dict[tuple[str, str], int | None] = {}
    for row, (simple, complex_) in {
        "start": (1, 1),
        "received": (6, 4),
        "processed": (6, 3),
        "pending": (1, 2),
    }.items():
        cells[row, "simple"] = simple
        cells[row, "complex"] = complex_
        cells[row, "total"] = simple + complex_
    for key, value in changes.items():
        row, column = key.split("__")
        cells[row, column] = value
    return ReportTable.from_cells(CASES, cells)


def _times(overall_median: Decimal = Decimal(5)) -> ReportTable:
    return ReportTable.from_cells(
        TIMES,
        {
            ("a", "count"): 4,
            ("a", "lowest"): Decimal(1),
            ("a", "highest"): Decimal(9),
            ("a", "median"): Decimal(3),
            ("b", "count"): 5,
            ("b", "lowest"): Decimal(2),
            ("b", "highest"): Decimal(30),
            ("b", "median"): Decimal(8),
            ("overall", "count"): 9,
            ("overall", "lowest"): Decimal(1),
            ("overall", "highest"): Decimal(30),
            ("overall", "median"): overall_median,
        },
    )


# -- examples: each rule kind --


def test_a_balanced_report_has_no_findings() -> None:
    assert REPORT.validate({"cases": _cases(), "times": _times()}) == ()


def test_the_sum_identity_names_the_row_total() -> None:
    row_sum, flow = _cases(received__total=11).validate()  # the total column's flow breaks too
    assert (row_sum.rule, flow.rule) == ("row-sum", "flow")
    assert row_sum.cells[0] == ("received", "total")
    assert (row_sum.left, row_sum.right) == (11, 10)
    assert ("received", "total") in flow.cells


def test_the_flow_identity_names_the_column() -> None:
    found = _cases(pending__simple=2, pending__total=4).validate()
    assert [f.rule for f in found] == ["flow", "flow"]
    assert {f.cells[-1] for f in found} == {("pending", "simple"), ("pending", "total")}
    assert found[0].message == (
        "Pending at start/Simple + Received/Simple = 7"
        " but Processed/Simple + Pending at end/Simple = 8 (difference -1)"
    )


def test_cross_table_equality_and_inequality() -> None:
    times = _times().to_labels()
    times["Overall"]["Count"] = 11
    found = REPORT.validate(
        {"cases": _cases(), "times": ReportTable.from_labels(TIMES, times)}, report_blanks=False
    )
    rules = [f.rule for f in found]
    # the roll-up of count breaks too: 11 is not 4 + 5
    assert rules == ["rollup", "processed-timed", "timed-le-received"]
    equal, less = found[1], found[2]
    assert equal.tables == ("cases", "times")
    assert equal.cells == (("processed", "total"), ("overall", "count"))
    assert (equal.left, equal.right) == (9, 11)
    assert less.tables == ("times", "cases")
    assert (less.left, less.right) == (11, 10)
    assert "must be ≤" in less.message


def test_an_inequality_that_holds_gives_nothing() -> None:
    rule = REPORT.rules[1]
    assert rule.check({"cases": _cases(), "times": _times()}) is None


def test_the_median_roll_up_must_not_be_the_average() -> None:
    (finding,) = _times(Decimal("5.5")).validate()  # (3 + 8) / 2
    assert finding.rule == "rollup"
    assert finding.cells == (("overall", "median"), ("a", "median"), ("b", "median"))
    assert "average" in finding.message


def test_the_median_roll_up_must_lie_between_the_parts() -> None:
    (finding,) = _times(Decimal(9)).validate()
    assert "outside" in finding.message


def test_min_and_max_roll_ups_are_recomputed() -> None:
    labels = _times().to_labels()
    labels["Overall"]["Lowest"] = Decimal(2)
    labels["Overall"]["Highest"] = Decimal(39)  # 9 + 30: summed, not the max
    found = ReportTable.from_labels(TIMES, labels).validate()
    assert [(f.cells[0], f.right) for f in found] == [
        (("overall", "lowest"), Decimal(1)),
        (("overall", "highest"), Decimal(30)),
    ]


def test_merging_medians_is_undetermined_never_the_average() -> None:
    merged = _times() + _times()
    assert merged["overall", "median"] is None
    assert ("overall", "median") in merged.undetermined
    assert merged["overall", "count"] == 18
    assert merged["overall", "lowest"] == Decimal(1)
    assert merged["overall", "highest"] == Decimal(30)
    lost = [f for f in merged.validate() if f.rule == UNDETERMINED_RULE]
    assert [f.cells for f in lost] == [((r, "median"),) for r in ("a", "b", "overall")]
    assert "?" in merged.to_text()


def test_a_median_merged_with_a_blank_is_kept() -> None:
    merged = _times() + ReportTable.blank(TIMES)
    assert merged == _times()


def test_labels_in_another_language_and_aliases() -> None:
    matcher = LabelMatcher.for_schemas(CASES)
    assert matcher.column("Hard") == "complex"
    assert matcher.row("Done") is HEADING
    fr = _cases().to_labels("fr")
    assert fr["Reçues"]["Complexes"] == 4
    assert ReportTable.from_labels(CASES, fr) == _cases()


def test_reading_reports_every_bad_label_and_value_at_once() -> None:
    with pytest.raises(UnknownLabelError) as err:
        ReportTable.from_labels(CASES, {"Nope": {"Total": 1}, "Received": {"Odd": 1, "Total": -1}})
    assert [p.value for p in err.value.problems] == ["Nope", "Odd", -1]
    with pytest.raises(InvalidInputError, match="heading"):
        ReportTable.from_labels(CASES, {"Done": {"Total": 1}})
    with pytest.raises(InvalidInputError, match="float"):
        ReportTable.from_labels(TIMES, {"A": {"Median": 1.5}})


def test_a_schema_names_its_bad_parts() -> None:
    with pytest.raises(InvalidInputError) as err:
        TableSchema(
            "bad",
            [KeySpec("a", {"en": "A"}, groups=("nowhere",))],
            [KeySpec("n", {"en": "N"})],
            row_rules=[RowRule("r", left=("x",), right=("n",))],
        )
    assert {p.value for p in err.value.problems} == {"nowhere", "x"}


def test_schemas_are_values() -> None:
    again = TableSchema(
        "cases", CASES.rows, CASES.columns, headings=CASES.headings,
        row_rules=CASES.row_rules, column_rules=CASES.column_rules, stub=CASES.stub,
    )  # fmt: skip
    assert again == CASES
    assert "Pending at start" in repr(CASES)


def test_rendering_shows_headings_and_blanks() -> None:
    table = ReportTable.from_cells(CASES, {("processed", "total"): 9})
    text = table.to_text()
    assert text.splitlines()[0].split("|")[0].strip() == "Item"
    assert "Done" in text
    assert "**Done**" in table.to_markdown()
    assert table._repr_html_() == styled_html(table.to_html())
    assert '<table class="govdisclosure-cases">' in table._repr_html_()
    assert table.to_records(agency="X", year=2025)[0]["value"] is None


# -- properties --


@st.composite
def _pairs(draw: st.DrawFn, n: int = 2) -> list[ReportTable]:
    schema = draw(table_schemas())
    return [draw(report_tables(schema)) for _ in range(n)]


@settings(max_examples=60, deadline=None)
@given(_pairs(3))
def test_merge_is_associative_and_commutative(parts: list[ReportTable]) -> None:
    a, b, c = parts
    assert (a + b) + c == a + (b + c)
    assert a + b == b + a


@settings(max_examples=60, deadline=None)
@given(report_tables())
def test_blank_is_the_identity(table: ReportTable) -> None:
    blank = ReportTable.blank(table.schema)
    assert table + blank == table == blank + table
    assert sum([table]) == table


@settings(max_examples=60, deadline=None)
@given(_pairs(2))
def test_summable_cells_add(parts: list[ReportTable]) -> None:
    a, b = parts
    merged = a + b
    for cell in a.schema.cell_keys:
        if a.schema.aggregate(cell) is Aggregate.SUM and cell not in merged.undetermined:
            x, y = a[cell], b[cell]
            expected = x if y is None else y if x is None else x + y
            assert merged[cell] == expected


@settings(max_examples=80, deadline=None)
@given(report_tables(), st.sampled_from([None, "en", "zh", "fr"]))
def test_labels_round_trip(table: ReportTable, language: str | None) -> None:
    schema = table.schema
    specs = (*schema.rows, *schema.columns)
    if language is not None and not all(
        any(lang == language for lang, _ in s.labels) for s in specs
    ):
        language = None
    # the property holds where each printed label names its own row or column
    matcher = LabelMatcher.for_schemas(schema)
    assume(all(matcher.row(s.label(language)) == s.key for s in schema.rows))
    assume(all(matcher.column(s.label(language)) == s.key for s in schema.columns))
    assume(len({s.label(language) for s in schema.rows}) == len(schema.rows))
    assume(len({s.label(language) for s in schema.columns}) == len(schema.columns))
    plain = ReportTable(schema, table.values)  # without the undetermined marks
    assert ReportTable.from_labels(schema, plain.to_labels(language)) == plain


_BALANCED = st.lists(st.integers(0, 50), min_size=6, max_size=6)


def _balanced(numbers: list[int]) -> ReportTable:
    """A table where every identity holds: pending = start + received - processed."""
    s1, s2, r1, r2, k1, k2 = numbers
    processed = (min(k1, s1 + r1), min(k2, s2 + r2))
    rows = {
        "start": (s1, s2),
        "received": (r1, r2),
        "processed": processed,
        "pending": (s1 + r1 - processed[0], s2 + r2 - processed[1]),
    }
    cells: dict[tuple[str, str], int] = {}
    for row, (x, y) in rows.items():
        cells[row, "simple"], cells[row, "complex"], cells[row, "total"] = x, y, x + y
    return ReportTable.from_cells(CASES, cells)


@settings(max_examples=80, deadline=None)
@given(_BALANCED, st.data())
def test_a_perturbed_cell_is_named(numbers: list[int], data: st.DataObject) -> None:
    table = _balanced(numbers)
    assert table.validate() == ()
    cell = data.draw(st.sampled_from(CASES.cell_keys))
    bump = data.draw(st.integers(1, 5))
    value = table[cell]
    assert value is not None
    changed = ReportTable.from_cells(
        CASES, {**{(r, c): v for r, c, v in table.cells()}, cell: value + bump}
    )
    found = changed.validate()
    assert found
    assert all(cell in f.cells for f in found)
