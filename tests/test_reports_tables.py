"""The generic report layer: cell tables, their monoid, identity rules, rendering, records."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from govdisclosure.errors import InvalidInputError, UnknownLabelError
from govdisclosure.reports import (
    BLANK_RULE,
    RECORD_FIELDS,
    BlankPolicy,
    ColumnRule,
    Finding,
    HtmlCell,
    RowRule,
    SumIdentity,
    Table,
    add_cells,
    display_width,
    format_cell,
    html_table,
    markdown_table,
    table_records,
    text_table,
    validate,
)

ROWS = ("r1", "r2", "r3")
COLS = ("a", "b", "total")

cells = st.one_of(st.none(), st.integers(min_value=0, max_value=10_000))


def tables(rows: tuple[str, ...] = ROWS, cols: tuple[str, ...] = COLS) -> st.SearchStrategy[Table]:
    return st.lists(
        st.lists(cells, min_size=len(cols), max_size=len(cols)),
        min_size=len(rows),
        max_size=len(rows),
    ).map(lambda grid: Table(rows, cols, grid))


# -- construction and reading -------------------------------------------------------


def test_blank_is_none_never_zero() -> None:
    t = Table.from_cells(ROWS, COLS, {("r1", "a"): 0})
    assert t["r1", "a"] == 0
    assert t["r1", "b"] is None
    assert ("r1", "b") in t.blank_cells()
    assert ("r1", "a") not in t.blank_cells()
    assert len(t.blank_cells()) == 8


def test_from_dict_and_to_dict_round_trip() -> None:
    data = {"r1": {"a": 1, "b": None, "total": 1}, "r2": {"a": 2, "b": 3, "total": 5}}
    t = Table.from_dict(("r1", "r2"), COLS, data)
    assert t.to_dict() == data
    assert t.row("r2") == (2, 3, 5)
    assert t.column("b") == (None, 3)
    assert list(t.cells())[1] == ("r1", "b", None)


def test_unknown_cells_are_named() -> None:
    with pytest.raises(UnknownLabelError) as err:
        Table.from_cells(ROWS, COLS, {("r9", "a"): 1, ("r1", "zz"): 2})
    assert [p.value for p in err.value.problems] == [("r9", "a"), ("r1", "zz")]
    t = Table.blank(ROWS, COLS)
    with pytest.raises(UnknownLabelError, match="r9"):
        t["r9", "a"]
    with pytest.raises(UnknownLabelError):
        t.row("nope")
    with pytest.raises(UnknownLabelError):
        t.column("nope")


@pytest.mark.parametrize("bad", [1.0, True, "3", [1]])
def test_cells_must_be_int_or_none(bad: object) -> None:
    with pytest.raises(InvalidInputError) as err:
        Table(("r",), ("c",), [[bad]])
    assert err.value.fields == ("values[0][0]",)


def test_shape_is_checked() -> None:
    with pytest.raises(InvalidInputError):
        Table(("r", "r"), ("c",), [[1], [2]])
    with pytest.raises(InvalidInputError):
        Table(("r",), ("c", "d"), [[1]])
    with pytest.raises(InvalidInputError):
        Table(("r", "s"), ("c",), [[1]])
    with pytest.raises(InvalidInputError):
        Table(("r",), ("c",), 5)  # type: ignore[arg-type]


def test_replace_returns_a_new_table() -> None:
    t = Table.blank(ROWS, COLS)
    u = t.replace({("r1", "a"): 4})
    assert t["r1", "a"] is None
    assert u["r1", "a"] == 4
    assert u.replace({("r1", "a"): None}) == t


def test_tables_are_frozen() -> None:
    t = Table.blank(ROWS, COLS)
    with pytest.raises(AttributeError):
        t.rows = ("x",)  # type: ignore[misc]


# -- the monoid ---------------------------------------------------------------------


def test_cell_addition_table() -> None:
    assert add_cells(None, None) is None
    assert add_cells(None, 0) == 0
    assert add_cells(7, None) == 7
    assert add_cells(2, 3) == 5


@given(tables(), tables(), tables())
def test_addition_is_associative(a: Table, b: Table, c: Table) -> None:
    assert (a + b) + c == a + (b + c)


@given(tables(), tables())
def test_addition_is_commutative(a: Table, b: Table) -> None:
    assert a + b == b + a


@given(tables())
def test_empty_and_blank_tables_are_identities(a: Table) -> None:
    assert a + Table.empty() == a == Table.empty() + a
    assert a + Table.blank(ROWS, COLS) == a == Table.blank(ROWS, COLS) + a
    assert sum([a]) == a  # type: ignore[comparison-overlap]


@given(st.lists(tables(), max_size=5), st.randoms())
def test_total_is_order_free(parts: list[Table], rnd: object) -> None:
    shuffled = list(parts)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert Table.total(parts) == Table.total(shuffled)


@given(tables(), tables())
def test_sum_of_cells_is_cellwise(a: Table, b: Table) -> None:
    total = a + b
    for (r, c, x), (_, _, y) in zip(a.cells(), b.cells(), strict=True):
        if x is None and y is None:
            assert total[r, c] is None
        else:
            assert total[r, c] == (x or 0) + (y or 0)


def test_shapes_must_match() -> None:
    with pytest.raises(InvalidInputError):
        Table.blank(ROWS, COLS) + Table.blank(("r1",), COLS)
    assert Table.blank(ROWS, COLS).__add__(3) is NotImplemented


# -- identities and findings ---------------------------------------------------------

ROW_SUM = RowRule("row-sum", left=("total",), right=("a", "b"))
COL_SUM = ColumnRule("col-sum", left=("r3",), right=("r1", "r2"))


def _consistent() -> Table:
    return Table.from_dict(
        ROWS,
        COLS,
        {
            "r1": {"a": 1, "b": 2, "total": 3},
            "r2": {"a": 4, "b": 5, "total": 9},
            "r3": {"a": 5, "b": 7, "total": 12},
        },
    )


def test_a_consistent_table_has_no_findings() -> None:
    assert validate(_consistent(), [ROW_SUM, COL_SUM]) == ()


def test_one_finding_per_broken_instance() -> None:
    t = _consistent().replace({("r1", "a"): 2})  # breaks row r1 and column a
    found = validate(t, [ROW_SUM, COL_SUM])
    assert {(f.rule, f.cells) for f in found} == {
        ("row-sum", (("r1", "total"), ("r1", "a"), ("r1", "b"))),
        ("col-sum", (("r3", "a"), ("r1", "a"), ("r2", "a"))),
    }
    row = next(f for f in found if f.rule == "row-sum")
    assert (row.left, row.right, row.difference) == (3, 4, -1)
    assert row.numbers == (3, 2, 2)


def test_validation_never_changes_the_table() -> None:
    t = _consistent().replace({("r1", "a"): 99})
    before = t.to_dict()
    validate(t, [ROW_SUM, COL_SUM], blanks=BlankPolicy.ZERO)
    assert t.to_dict() == before


def test_blanks_are_reported_and_never_hide_an_error() -> None:
    t = _consistent().replace({("r1", "b"): None})
    found = validate(t, [ROW_SUM, COL_SUM])
    # Under the default policy too: row r1, 3 != 1 + blank; column b, 7 != blank + 5.
    assert [(f.rule, f.cells[0]) for f in found] == [
        ("row-sum", ("r1", "total")),
        ("col-sum", ("r3", "b")),
        (BLANK_RULE, ("r1", "b")),
    ]
    assert found[0].message.endswith("blank cells read as 0")
    assert found[-1].numbers == (None,)


def test_an_identity_of_blanks_and_zeros_gives_only_its_blanks() -> None:
    t = Table.from_dict(ROWS, COLS, {"r1": {"a": 0, "b": None, "total": None}})
    found = validate(t, [ROW_SUM])
    assert {f.rule for f in found} == {BLANK_RULE}


def test_blank_as_zero_policy() -> None:
    t = _consistent().replace({("r1", "b"): None})
    found = validate(t, [ROW_SUM, COL_SUM], blanks=BlankPolicy.ZERO, report_blanks=False)
    # Row r1: 3 != 1 + 0; column b: 7 != 0 + 5.
    assert sorted(f.rule for f in found) == ["col-sum", "row-sum"]


def test_sum_identity_and_rule_subsets() -> None:
    t = _consistent().replace({("r2", "total"): 0})
    identity = SumIdentity("one", left=(("r1", "total"),), right=(("r1", "a"), ("r1", "b")))
    assert identity.check(t) is None
    only_r2 = RowRule("r2-only", left=("total",), right=("a", "b"), rows=("r2",))
    assert [f.cells[0] for f in validate(t, [only_r2])] == [("r2", "total")]
    only_a = ColumnRule("a-only", left=("r3",), right=("r1", "r2"), columns=("a",))
    assert validate(t, [only_a]) == ()


def test_finding_text_names_rule_and_cells() -> None:
    t = _consistent().replace({("r1", "a"): 2})
    f = validate(t, [ROW_SUM], label=lambda c: f"<{c[0]}.{c[1]}>")[0]
    assert isinstance(f, Finding)
    assert str(f) == "row-sum: <r1.total> = 3 but <r1.a> + <r1.b> = 4 (difference -1)"


# -- rendering helpers ----------------------------------------------------------------


def test_display_width_counts_wide_characters_twice() -> None:
    assert display_width("总计12") == 6
    assert display_width("（一）") == 6
    assert display_width("abc") == 3


def test_format_cell_shows_blank_as_empty_and_zero_as_zero() -> None:
    assert format_cell(None) == ""
    assert format_cell(0) == "0"


def test_text_table_aligns_by_display_width() -> None:
    out = text_table([["名称", "n"]], [["总计", "12"], ["a", "3"]])
    lines = out.splitlines()
    assert lines == ["名称 |  n", "-----+---", "总计 | 12", "a    |  3"]
    assert all(display_width(line.split("|")[0]) == 5 for line in lines if "|" in line)


def test_markdown_escapes_pipes() -> None:
    out = markdown_table(["h|1", "n"], [["a\nb", "5"]])
    assert out.splitlines() == ["| h\\|1 | n |", "| --- | ---: |", "| a b | 5 |"]


def test_html_escapes_everything() -> None:
    out = html_table(
        [[HtmlCell('<script>"x"&', header=True, css_class='a"b')]], caption="<c>", css_class="<t>"
    )
    assert "<script>" not in out
    assert "&lt;script&gt;" in out
    assert "&amp;" in out
    assert 'class="a&quot;b"' in out
    assert "<caption>&lt;c&gt;</caption>" in out
    assert '<table class="&lt;t&gt;">' in out


# -- records ------------------------------------------------------------------------


def test_records_are_long_format_and_pandas_ready() -> None:
    t = _consistent().replace({("r1", "a"): None})
    records = table_records(t, agency="A", year=2025, table="t")
    assert len(records) == 9
    assert all(tuple(r) == RECORD_FIELDS for r in records)
    assert records[0] == {
        "agency": "A",
        "year": 2025,
        "table": "t",
        "row": "r1",
        "column": "a",
        "value": None,
    }
    frame = pd.DataFrame(records)
    assert list(frame.columns) == list(RECORD_FIELDS)
    assert frame["value"].sum() == (2 + 3) + (4 + 5 + 9) + (5 + 7 + 12)
    assert frame["value"].isna().sum() == 1


def test_the_library_does_not_import_pandas() -> None:
    code = (
        "import sys, govdisclosure.reports, govdisclosure.jurisdictions.cn.report;"
        "print('pandas' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_key_names_use_enum_values() -> None:
    import enum

    class Row(enum.Enum):
        NEW = "new"

    t = Table.from_cells((Row.NEW,), ("x",), {(Row.NEW, "x"): 1})
    assert table_records(t, agency="A", year=1, table="t")[0]["row"] == "new"
    name: Callable[[object], str] = lambda key: f"<{key}>"  # noqa: E731
    assert table_records(t, agency="A", year=1, table="t", column_name=name)[0]["column"] == "<x>"
