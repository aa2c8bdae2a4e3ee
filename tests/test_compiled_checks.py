"""The compiled sum checks (equations over cell positions) against the checks by key.

``check_schema`` walks a schema's ``compiled_rules``; ``check_schema_by_key``
is the path it replaced (each rule expanded and each cell looked up by key, via
``validate`` and ``compare``). The properties say the two give the same
findings, in the same order, with the same messages, for the PRC tables 三
(both layouts), 四 and 二 and for random generic schemas; the examples pin the
compiled positions and the blank semantics by hand.
"""

from __future__ import annotations

import pickle
from collections.abc import Hashable
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govdisclosure.errors import InvalidInputError
from govdisclosure.jurisdictions import cn
from govdisclosure.jurisdictions.cn.report import ReportFormat, RequestRow, RequestTable, Total
from govdisclosure.jurisdictions.cn.report._other_row import is_unprinted_finding
from govdisclosure.jurisdictions.cn.report.schemas import (
    CASE_SCHEMA,
    request_check_schema,
    request_schema,
)
from govdisclosure.reports import (
    BlankPolicy,
    CellKind,
    ColumnRule,
    KeySpec,
    Relation,
    ReportTable,
    RowRule,
    SumIdentity,
    Table,
    TableSchema,
    Value,
    check_schema,
)
from govdisclosure.reports._checks import check_schema_by_key
from govdisclosure.reports._compiled import compile_rules
from govdisclosure.requests import ApplicantKind
from govdisclosure.strategies import cn_case_tables, cn_proactive_tables, cn_request_tables
from govdisclosure.strategies._schemas import report_tables, table_schemas

EXAMPLES = settings(deadline=None)


def _as_tuples(findings: Any) -> list[tuple[Any, ...]]:
    """Every field of each finding, the citation too (it takes no part in ``==``)."""
    return [attrs.astuple(f, recurse=False) for f in findings]


# -- table 三 -------------------------------------------------------------------------


@st.composite
def request_tables(draw: st.DrawFn) -> RequestTable:
    """Tables 三 near balance: a balanced table with some cells blanked, zeroed or moved."""
    base = draw(cn_request_tables(valid=draw(st.sampled_from([True, False]))))
    keys = [(r, c) for r, c, _ in base.cells.cells()]
    changed = draw(st.lists(st.sampled_from(keys), max_size=12, unique=True))
    change: dict[Any, int | None] = {}
    for cell in changed:
        old = base.cells[cell]
        assert old is not None
        change[cell] = draw(st.sampled_from([None, 0, old + 1, max(old - 1, 0)]))
    return RequestTable(base.cells.replace(change), base.layout)


@EXAMPLES
@given(
    table=request_tables() | cn_request_tables(valid=None),
    blanks=st.sampled_from(BlankPolicy),
    report_blanks=st.booleans(),
    language=st.sampled_from(["zh", "en"]),
)
def test_request_table_compiled_equals_by_key(
    table: RequestTable, blanks: BlankPolicy, report_blanks: bool, language: str
) -> None:
    def label(cell: Any) -> str:
        return table.label_of(cell, language)  # type: ignore[arg-type]

    fast = check_schema(
        table.schema, table.cells, blanks=blanks, report_blanks=report_blanks, label=label
    )
    slow = check_schema_by_key(
        table.schema, table.cells, blanks=blanks, report_blanks=report_blanks, label=label
    )
    assert _as_tuples(fast) == _as_tuples(slow)
    if language == "zh":
        # validate() checks the schema of the rows as printed (see RequestTable.validate)
        by_sub_rows = table.parent_is_sum
        printed = request_check_schema(table.layout, parent_is_sum=by_sub_rows)
        expected = check_schema_by_key(
            printed,
            table.cells,
            blanks=blanks,
            report_blanks=report_blanks,
            undetermined=table.unprinted,
        )
        if report_blanks and (table.unprinted or by_sub_rows):
            expected = tuple(
                f
                for f in expected
                if not is_unprinted_finding(f, table.unprinted, by_sub_rows=by_sub_rows)
            )
        got = table.validate(blanks=blanks, report_blanks=report_blanks)
        assert _as_tuples(got) == _as_tuples(expected)


@EXAMPLES
@given(table=cn_case_tables(valid=None) | cn_case_tables(valid=False))
def test_case_table_compiled_equals_by_key(table: cn.ReconsiderationLitigationTable) -> None:
    slow = check_schema_by_key(CASE_SCHEMA, table.cells, label=table.label_of)
    assert _as_tuples(table.validate()) == _as_tuples(slow)


@settings(max_examples=30, deadline=None)
@given(table=cn_proactive_tables())
def test_proactive_table_compiled_equals_by_key(table: cn.ProactiveTable) -> None:
    assert _as_tuples(table.validate()) == _as_tuples(check_schema_by_key(table.schema, table))


def test_request_schema_compiles_to_hand_counted_equations() -> None:
    # 2021: 26 rows x 1 row total (（六）其他处理 is a row of its own), then 7 columns x
    # (handled total, （六） = its three sub-rows, balance) = 47 equations
    schema = request_schema(ReportFormat.V2021)
    rules = schema.compiled_rules
    assert rules.complete
    assert len(rules.equations) == 26 + 7 + 7 + 7
    first = rules.equations[0]  # row 一 (NEW): column 7 (总计) = the six applicant columns
    assert first.identity.left == ((RequestRow.NEW, Total.TOTAL),)
    assert (first.left, first.right) == ((6,), (0, 1, 2, 3, 4, 5))
    # the balance of column 0 (natural persons): 一 + 二 = 三（七） + 四
    balance = rules.equations[26 + 7 + 7]
    rows = schema.row_keys
    at = {r: rows.index(r) * 7 for r in rows}
    assert balance.left == (at[RequestRow.NEW], at[RequestRow.CARRIED_OVER])
    assert balance.right == (at[RequestRow.HANDLED], at[RequestRow.CARRIED_FORWARD])
    # 2019: 23 rows
    assert len(request_schema(ReportFormat.V2019).compiled_rules.equations) == 23 + 14


def test_request_validate_does_not_expand_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    """The compiled path never builds or checks a SumIdentity per call."""
    table = RequestTable.zeros()
    table.schema.compiled_rules  # noqa: B018 - compiled before the patch

    def boom(*_: object, **__: object) -> None:
        raise AssertionError

    monkeypatch.setattr(SumIdentity, "check", boom)
    monkeypatch.setattr(RowRule, "instances", boom)
    monkeypatch.setattr(ColumnRule, "instances", boom)
    broken = table.cells.replace({(RequestRow.NEW, ApplicantKind.NATURAL_PERSON): 5})
    found = RequestTable(broken).validate()
    # row 一 total 0 but its parts 5; columns natural person: 一 + 二 = 5, 三（七） + 四 = 0
    assert [(f.rule, f.difference) for f in found] == [
        ("cn.t3.row-total", -5),
        ("cn.t3.balance", 5),
    ]


# -- generic schemas -------------------------------------------------------------------


def _small(kind: CellKind) -> st.SearchStrategy[Value]:
    """Few values, so that identities often hold, cells are often blank or zero."""
    if kind is CellKind.AMOUNT:
        return st.sampled_from([None, Decimal(0), Decimal("0.00"), Decimal("1.5"), Decimal(3)])
    if kind is CellKind.SIGNED:
        return st.sampled_from([None, 0, 1, -1, 2])
    return st.sampled_from([None, 0, 1, 2])


@st.composite
def small_tables(draw: st.DrawFn) -> ReportTable:
    schema = draw(table_schemas())
    values = [draw(_small(schema.kind(cell))) for cell in schema.cell_keys]
    return ReportTable(schema, tuple(values))


@EXAMPLES
@given(table=report_tables() | small_tables(), blanks=st.sampled_from(BlankPolicy))
def test_report_table_compiled_equals_by_key(table: ReportTable, blanks: BlankPolicy) -> None:
    slow = check_schema_by_key(table.schema, table, blanks=blanks, undetermined=table.undetermined)
    assert _as_tuples(table.validate(blanks=blanks)) == _as_tuples(slow)


@attrs.frozen
class ByKey:
    """A cell source that is neither a Table nor a ReportTable: cells are read by key."""

    table: ReportTable

    @property
    def rows(self) -> tuple[Hashable, ...]:
        return self.table.rows

    @property
    def columns(self) -> tuple[Hashable, ...]:
        return self.table.columns

    def __getitem__(self, key: Any) -> Value:
        return self.table[key]

    def blank_cells(self) -> tuple[tuple[Hashable, Hashable], ...]:
        return self.table.blank_cells()


@EXAMPLES
@given(table=small_tables() | report_tables(), reorder=st.booleans())
def test_other_sources_compiled_equals_by_key(table: ReportTable, reorder: bool) -> None:
    schema = table.schema
    source = ByKey(table)
    lost = table.undetermined
    fast = check_schema(schema, source, undetermined=lost)
    assert _as_tuples(fast) == _as_tuples(check_schema_by_key(schema, source, undetermined=lost))
    if schema.cells is None:  # the cells as a grid of ints, rows in the schema's order or not
        rows = schema.row_keys[::-1] if reorder else schema.row_keys
        ints = {
            (r, c): None if table[r, c] is None else int(table[r, c])  # type: ignore[arg-type]
            for r, c in schema.cell_keys
        }
        grid = Table.from_cells(rows, schema.column_keys, ints)
        fast = check_schema(schema, grid, undetermined=lost)
        slow = check_schema_by_key(schema, grid, undetermined=lost)
        assert _as_tuples(fast) == _as_tuples(slow)


# -- examples by hand -----------------------------------------------------------------

FLOW = TableSchema(
    "flow",
    [KeySpec(k, {"en": k}) for k in ("a", "b")],
    [KeySpec(k, {"en": k}) for k in ("x", "y", "total")],
    identities=[SumIdentity("cap", left=(("a", "x"),), right=(("b", "y"),), relation=Relation.LE)],
    row_rules=[RowRule("row-sum", left=("total",), right=("x", "y"))],
    column_rules=[ColumnRule("empty-right", left=("a",), right=())],
)


def test_compiled_positions_by_hand() -> None:
    # cells a/x a/y a/total b/x b/y b/total at 0..5
    equations = [(e.identity.rule, e.left, e.right) for e in FLOW.compiled_rules.equations]
    assert equations == [
        ("cap", (0,), (4,)),
        ("row-sum", (2,), (0, 1)),
        ("row-sum", (5,), (3, 4)),
        ("empty-right", (0,), ()),
        ("empty-right", (1,), ()),
        ("empty-right", (2,), ()),
    ]
    assert FLOW.compiled_rules is FLOW.compiled_rules
    assert compile_rules(FLOW) == FLOW.compiled_rules


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        # a/x 0 <= b/y 2; a/total 0 = 0 + 0; b/total 3 = 1 + 2; row a is all zero
        ((0, 0, 0, 1, 2, 3), []),
        # a/x 3 > b/y 2; both row sums hold; row a against the empty side: 3, 0, 3
        (
            (3, 0, 3, 3, 2, 5),
            [
                ("cap", "a/x = 3 but b/y = 2; must be ≤ (difference +1)"),
                ("empty-right", "a/x = 3 but  = 0 (difference +3)"),
                ("empty-right", "a/total = 3 but  = 0 (difference +3)"),
            ],
        ),
    ],
)
def test_findings_by_hand(values: tuple[int, ...], expected: list[tuple[str, str]]) -> None:
    found = FLOW.compiled_rules.findings(values, label=FLOW.cell_label, table_name="flow")
    assert [(f.rule, f.message) for f in found] == expected
    assert _as_tuples(found) == _as_tuples(
        check_schema_by_key(FLOW, ReportTable(FLOW, values), report_blanks=False)
    )


def test_blank_semantics_by_hand() -> None:
    rules = FLOW.compiled_rules
    label = FLOW.cell_label
    # a/total blank, a/x + a/y = 5: checked with the blank read as 0
    [row] = [f for f in rules.findings((2, 3, None, 0, 2, 2), label=label) if f.rule == "row-sum"]
    assert row.message == (
        "a/total is blank but a/x + a/y = 5 (difference -5); blank cells read as 0"
    )
    assert (row.left, row.right, row.numbers) == (0, 5, (None, 2, 3))
    # a/total blank, its parts zero: no finding for that row
    assert [f.rule for f in rules.findings((0, 0, None, 0, 0, 0), label=label)] == []
    # every cell of row b blank: no finding; a/x 0 <= b/y blank: none either
    assert rules.findings((0, 0, 0, None, None, None), label=label) == []
    # a/x 1 > b/y blank (read as 0): the inequality is broken
    found = rules.findings((1, 0, 1, None, None, None), label=label)
    assert [f.message for f in found if f.rule == "cap"] == [
        "a/x = 1 but b/y is blank; must be ≤ (difference +1); blank cells read as 0"
    ]


def test_undetermined_cells_skip_only_their_equations() -> None:
    rules = FLOW.compiled_rules
    values = (1, 1, 5, 0, 0, 9)  # both row sums broken, the cap and a's column broken
    every = {(f.rule, f.cells[0]) for f in rules.findings(values, label=FLOW.cell_label)}
    assert ("row-sum", ("a", "total")) in every
    # a/y undetermined: row a's sum is not checked, row b's is; a/y's own column check goes too
    skipped = rules.findings(values, label=FLOW.cell_label, skip=(1,))
    assert ("row-sum", ("a", "total")) not in {(f.rule, f.cells[0]) for f in skipped}
    assert ("row-sum", ("b", "total")) in {(f.rule, f.cells[0]) for f in skipped}
    assert [(f.rule, f.cells[0]) for f in skipped] == [
        ("cap", ("a", "x")),
        ("row-sum", ("b", "total")),
        ("empty-right", ("a", "x")),
        ("empty-right", ("a", "total")),
    ]


def test_wrong_number_of_values_fails_closed() -> None:
    with pytest.raises(InvalidInputError) as caught:
        FLOW.compiled_rules.findings((1, 2, 3))
    assert caught.value.field == "values"
    assert caught.value.value == 3


def test_ragged_schema_with_missing_cells_is_checked_by_key() -> None:
    # row b has no total: a row rule over every row names a cell the schema lacks
    ragged = TableSchema(
        "ragged",
        [KeySpec(k, {"en": k}) for k in ("a", "b")],
        [KeySpec(k, {"en": k}) for k in ("x", "total")],
        cells=[("a", "x"), ("a", "total"), ("b", "x")],
        row_rules=[RowRule("sum", left=("total",), right=("x",))],
    )
    assert not ragged.compiled_rules.complete
    grid = Table.from_dict(
        ("a", "b"), ("x", "total"), {"a": {"x": 1, "total": 2}, "b": {"x": 1, "total": 1}}
    )
    found = check_schema(ragged, grid, report_blanks=False)
    assert [f.message for f in found] == ["a/total = 2 but a/x = 1 (difference +1)"]
    assert found == check_schema_by_key(ragged, grid, report_blanks=False)


def test_long_sides_and_pickling() -> None:
    # 40 parts: the generated check sums them with sum((...)), not a chain of +
    parts = [f"p{i}" for i in range(40)]
    wide = TableSchema(
        "wide",
        [KeySpec(k, {"en": k}) for k in ("a", "b")],
        [KeySpec(k, {"en": k}) for k in (*parts, "total")],
        row_rules=[RowRule("sum", left=("total",), right=parts)],
        column_rules=[ColumnRule("cap", left=("a",), right=("b",), relation=Relation.GE)],
    )
    a = [1] * 40 + [40]  # holds: 40 = 40 x 1
    b = [1] * 40 + [39]  # one short; and a/total 40 >= b/total 39 holds, p_i 1 >= 1 holds
    rules = wide.compiled_rules
    assert rules.broken([*a, *b]) == [1]
    b2 = [2, *[1] * 39, 41]  # row b holds; a/p0 1 < b/p0 2 and a/total 40 < 41 break the cap
    assert rules.broken([*a, *b2]) == [2, 42]
    restored = pickle.loads(pickle.dumps(wide))  # noqa: S301 - our own bytes
    assert restored.compiled_rules == rules
    found = restored.compiled_rules.findings([*a, *b], label=wide.cell_label)
    assert [(f.rule, f.left, f.right) for f in found] == [("sum", 39, 40)]


def test_check_schema_values_of_the_wrong_length_fail_closed() -> None:
    table = ReportTable(FLOW, (0, 0, 0, 0, 0, 0))
    with pytest.raises(InvalidInputError) as caught:
        check_schema(FLOW, table, values=(0, 0, None))
    assert (caught.value.field, caught.value.value) == ("values", 3)
    # the right length: the values are the table's, blanks found from them
    found = check_schema(FLOW, table, values=(0, 0, None, 0, 0, 0))
    assert [str(f) for f in found] == ["blank: a/total is blank"]
