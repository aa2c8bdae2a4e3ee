"""The fast path of ``from_labels`` (reports.LabelIndex) reads what the strict path reads.

Every property compares the fast path with the strict path it replaces, written
out again here from the engine's public pieces (``read_labels``, the matchers,
``from_cells``): on valid inputs the same table, on hostile inputs (unknown
labels, wrong types, bools, negative numbers, Decimals, strings, missing cells,
rows and columns given twice, label variants, aliases and keys, headings with
numbers) the same exception type, message and problems.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Hashable
from decimal import Decimal
from types import MappingProxyType
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govdisclosure.errors import GovDisclosureError, InvalidInputError
from govdisclosure.jurisdictions import cn
from govdisclosure.jurisdictions.cn import CaseKind, CaseResult, Total
from govdisclosure.jurisdictions.cn.report import (
    ProactiveTable,
    ReconsiderationLitigationTable,
    ReportFormat,
    RequestTable,
)
from govdisclosure.jurisdictions.cn.report._amounts import printed_amounts
from govdisclosure.jurisdictions.cn.report._other_row import read_other_rows
from govdisclosure.jurisdictions.cn.report._proactive_table import (
    _COLUMNS_2019,
    _COLUMNS_2021,
    _ONLY_2019_ROWS,
    _is_amount_column,
    _kind,
)
from govdisclosure.jurisdictions.cn.report._request_labels import read_request_labels
from govdisclosure.jurisdictions.cn.report._variants import LABEL_VARIANTS
from govdisclosure.jurisdictions.cn.report.format import check_format
from govdisclosure.jurisdictions.cn.report.matching import (
    CASE_MATCHER,
    PROACTIVE_MATCHER,
    REQUEST_MATCHER,
)
from govdisclosure.jurisdictions.cn.report.schemas import (
    CASE_SCHEMA,
    proactive_schema,
    request_schema,
)
from govdisclosure.reports import (
    CellKind,
    Heading,
    KeySpec,
    LabelIndex,
    LabelMatcher,
    ReportTable,
    TableSchema,
    label_index,
    read_labels,
)


class Fruit(enum.Enum):
    """An enum row key, as the packs use."""

    BANANA = "banana"


# A small schema with every kind of key and cell: str, enum and int keys (1, which
# True equals), a ragged grid (no amount for row 1), aliases, a second language, a heading.
SCHEMA = TableSchema(
    "fruit",
    rows=[
        KeySpec("apple", {"en": "Apples", "fr": "Pommes"}, aliases=["apple pie"], groups=["f"]),
        KeySpec(Fruit.BANANA, {"en": "Bananas"}, long_labels={"en": "Fruit Bananas"}),
        KeySpec(1, {"en": "One"}, kind=CellKind.SIGNED),
    ],
    columns=[
        KeySpec("n", {"en": "N"}),
        KeySpec("amount", {"en": "Amount"}, kind=CellKind.AMOUNT),
        KeySpec("delta", {"en": "Delta"}, aliases=["Change"], kind=CellKind.SIGNED),
    ],
    cells=[  # column by column, backwards: not the order of the grid
        (r, c)
        for c in ("delta", "amount", "n")
        for r in (1, Fruit.BANANA, "apple")
        if (r, c) != (1, "amount")
    ],
    headings=[Heading("f", {"en": "Fruit"})],
)

ROW_LABELS = ["Apples", " Apples ", "Pommes", "apple pie", "apple", Fruit.BANANA, "Bananas"]
ROW_LABELS += ["Fruit Bananas", "One", 1, True, 1.0, "Fruit", "Pears", "", ("apple",), None]
COLUMN_LABELS = ["N", "n", " N ", "Amount", "amount", "Delta", "Change", "delta", "X", 3]
COLUMN_LABELS += [True, None, "Apples"]


class Text(str):
    """A str subclass: equal to a label, but not exactly a str."""

    __slots__ = ()


hostile_values = st.one_of(
    st.none(),
    st.integers(-3, 3),
    st.integers(),
    st.booleans(),
    st.floats(allow_nan=True),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.sampled_from([Decimal("-0"), Decimal("1.5"), Decimal(-2), Decimal("sNaN")]),
    st.text(max_size=3),
)


boundary_values = st.sampled_from(
    [-1, 0, True, False, 1.0, "3", Decimal(-1), Decimal(2), Decimal("NaN"), -(10**20), 10**20]
)


def outcome(read: Callable[[], object]) -> tuple[object, ...]:
    """What a read gives: the value, or the error's type, message and problems."""
    try:
        found = read()
    except GovDisclosureError as err:
        problems = tuple(str(p) for p in getattr(err, "problems", ()))
        return ("error", type(err), str(err), problems)
    return ("ok", found, *_typed(found))


def _typed(found: object) -> tuple[object, ...]:
    """The values with their types (3 == Decimal(3), but they are not the same cell)."""
    values = getattr(found, "values", ())
    flat = (
        [v for line in values for v in line] if values and isinstance(values[0], tuple) else values
    )
    return tuple((type(v), v) for v in flat)


def strict_report_table(schema: TableSchema, data: object) -> ReportTable:
    """``ReportTable.from_labels`` before the fast path, written out again."""
    match = LabelMatcher.for_schemas(schema, what=f"table {schema.name}")
    rows = read_labels(
        data,
        match,
        kind=lambda r, c: schema.kind((r, c)) if schema.has_cell((r, c)) else CellKind.COUNT,
        what=f"table {schema.name}",
    )
    cells = {(row, column): v for row, line in rows.items() for column, v in line.items()}
    return ReportTable.from_cells(schema, cells)


def _line(values: st.SearchStrategy[Any]) -> st.SearchStrategy[object]:
    labels = st.one_of(st.sampled_from(COLUMN_LABELS), st.builds(Text, st.sampled_from(["N"])))
    line = st.dictionaries(labels, values, max_size=4)
    return st.one_of(line, line.map(MappingProxyType), st.sampled_from([[1], 3, None]))


@given(
    st.one_of(
        st.dictionaries(
            st.one_of(st.sampled_from(ROW_LABELS), st.builds(Text, st.just("Apples"))),
            _line(hostile_values),
            max_size=4,
        ),
        st.sampled_from([None, [], "Apples", MappingProxyType({"Apples": {"N": 1}})]),
    )
)
def test_generic_fast_path_equals_the_strict_path_on_hostile_input(data: object) -> None:
    assert outcome(lambda: ReportTable.from_labels(SCHEMA, data)) == outcome(
        lambda: strict_report_table(SCHEMA, data)
    )


@given(st.data())
def test_generic_fast_path_equals_the_strict_path_on_valid_input_with_a_defect(
    data: st.DataObject,
) -> None:
    given_data: dict[Any, Any] = _valid_data(data.draw)
    for _ in range(data.draw(st.integers(1, 2))):
        defect = data.draw(st.sampled_from(["value", "row", "column", "line", "twice"]))
        rows = [row for row, line in given_data.items() if isinstance(line, dict)]
        if defect == "row" or not rows:
            given_data[data.draw(st.sampled_from(ROW_LABELS))] = data.draw(_line(st.none()))
            continue
        line = given_data[data.draw(st.sampled_from(rows))]
        if defect == "twice":  # a row, or a column, under another of its labels
            twice = {
                "Apples": "apple",
                "Bananas": Fruit.BANANA,
                "One": 1,
                "N": "n",
                "Delta": "Change",
            }
            twice.update({v: k for k, v in twice.items()})
            row = data.draw(st.sampled_from(rows))
            columns = [c for c in given_data[row] if c in twice]
            if row in twice and (not columns or data.draw(st.booleans())):
                given_data[twice[row]] = dict(given_data[row])
            elif columns:
                column = data.draw(st.sampled_from(columns))
                given_data[row][twice[column]] = given_data[row][column]
        elif defect == "line":
            given_data[data.draw(st.sampled_from(rows))] = data.draw(_line(hostile_values))
        elif defect == "column" or not line:
            line[data.draw(st.sampled_from(COLUMN_LABELS))] = data.draw(
                st.none() | st.integers(0, 3)
            )
        else:
            line[data.draw(st.sampled_from(list(line)))] = data.draw(
                boundary_values | hostile_values
            )
    assert outcome(lambda: ReportTable.from_labels(SCHEMA, given_data)) == outcome(
        lambda: strict_report_table(SCHEMA, given_data)
    )


def _valid_data(draw: st.DrawFn) -> dict[Hashable, dict[Hashable, object]]:
    printed = {"apple": ["Apples", "Pommes", "apple"], Fruit.BANANA: ["Bananas", Fruit.BANANA]}
    printed[1] = ["One", 1]
    columns = {"n": ["N", "n"], "amount": ["Amount"], "delta": ["Delta", "Change"]}
    data: dict[Hashable, dict[Hashable, object]] = {}
    for row in draw(st.permutations(list(printed))):
        if not draw(st.booleans()):
            continue
        line: dict[Hashable, object] = {}
        for column in draw(st.permutations(list(columns))):
            if (row, column) == (1, "amount") or not draw(st.booleans()):
                continue
            kind = SCHEMA.kind((row, column))
            value = (
                draw(st.none() | st.integers(0, 10**6) | st.decimals(0, 10**6, places=2))
                if kind is CellKind.AMOUNT
                else draw(st.none() | st.integers(-(10**6) if kind is CellKind.SIGNED else 0))
            )
            line[draw(st.sampled_from(columns[column]))] = value
        data[draw(st.sampled_from(printed[row]))] = line
    if draw(st.booleans()):
        data["Fruit"] = {"N": None}
    return data


@given(st.data())
def test_generic_fast_path_reads_valid_input_as_the_strict_path(data: st.DataObject) -> None:
    given_data = _valid_data(data.draw)
    assert label_index(SCHEMA) is not None
    assert label_index(SCHEMA).read(given_data) is not None  # type: ignore[union-attr]
    assert outcome(lambda: ReportTable.from_labels(SCHEMA, given_data)) == outcome(
        lambda: strict_report_table(SCHEMA, given_data)
    )


def test_the_index_is_kept_and_bails_out_on_doubt() -> None:
    index = label_index(SCHEMA)
    assert index is label_index(SCHEMA)
    assert isinstance(index, LabelIndex)
    assert index.read({"Apples": {"N": 2}, "One": {"Delta": -4}}) == [
        [2, None, None],
        None,
        [None, None, -4],
    ]
    # By hand: each of these is something the strict path must read or refuse.
    for doubtful in (
        {"Apples": {"N": -1}},  # a negative count
        {"Apples": {"N": True}},  # a bool
        {"Apples": {"N": 1.0}},  # a float
        {"Apples": {"N": "3"}},  # a string
        {"Apples": {"Amount": Decimal("NaN")}},  # not finite
        {"Apples": {"N": 1}, "apple": {"N": 2}},  # the same row twice
        {"Apples": {"N": 1, "n": 2}},  # the same column twice
        {"One": {"Amount": None}},  # no such cell
        {"Fruit": {"N": 3}},  # numbers on a heading
        {"Pears": {}},  # unknown
        {Text("Apples"): {}},  # not exactly a str
        {True: {}},  # equal to the key 1, but a bool
    ):
        assert index.read(doubtful) is None, doubtful  # type: ignore[union-attr]


def test_a_matcher_that_is_not_pure_is_not_indexed() -> None:
    class Counting(LabelMatcher):
        pure = False

    matcher = Counting({"A": "a"}, {"N": "n"}, row_keys=["a"], column_keys=["n"])
    schema = TableSchema("t", [KeySpec("a", {"en": "A"})], [KeySpec("n", {"en": "N"})])
    assert label_index(schema, matcher) is None
    assert ReportTable.from_labels(schema, {"A": {"N": 1}}, matcher=matcher)["a", "n"] == 1


def test_a_changed_matcher_is_indexed_again() -> None:
    schema = TableSchema("t", [KeySpec("a", {"en": "A"})], [KeySpec("n", {"en": "N"})])
    matcher = LabelMatcher.for_schemas(schema)
    first = label_index(schema, matcher)
    matcher.rows["Alpha"] = "a"
    second = label_index(schema, matcher)
    assert second is not first
    assert second is not None
    assert second.read({"Alpha": {"N": 1}}) == [[1]]


# -- table 三 ------------------------------------------------------------------------------


def strict_request_table(
    data: object, layout: ReportFormat | None, labels: cn.LabelTolerance | None
) -> RequestTable:
    """``RequestTable.from_labels`` before the fast path, written out again."""
    if layout is not None:
        check_format(layout)
    if labels is not None:
        data = labels.translate("requests", data)  # type: ignore[arg-type]
    rows = read_labels(data, REQUEST_MATCHER, what="table 三")
    rows, chosen, unprinted = read_other_rows(rows, layout)
    cells = {(row, column): v for row, line in rows.items() for column, v in line.items()}
    return RequestTable.from_cells(cells, chosen, unprinted=unprinted)  # type: ignore[arg-type]


def _request_row_labels() -> dict[Hashable, list[Hashable]]:
    """Ways a report names each row of table 三: printed, long, key, spaced, variants."""
    found: dict[Hashable, list[Hashable]] = {}
    for layout in ReportFormat:
        for spec in request_schema(layout).rows:
            names = found.setdefault(spec.key, [])
            zh = spec.label("zh")
            names.extend([zh, spec.long_label("zh"), spec.key, f" {zh} ", zh.replace("（", "(")])
    for variant in LABEL_VARIANTS:
        if variant.table == "requests" and variant.role == "row":
            key = REQUEST_MATCHER.row(variant.official)
            found.setdefault(key, []).append(variant.printed)
    return {key: list(dict.fromkeys(names)) for key, names in found.items()}


REQUEST_ROWS = _request_row_labels()
REQUEST_COLUMNS: dict[Hashable, list[Hashable]] = {
    spec.key: list(dict.fromkeys([spec.label("zh"), spec.long_label("zh"), spec.key]))
    for spec in request_schema(ReportFormat.V2021).columns
}
REQUEST_LABEL_KEYS: dict[Hashable, Hashable] = {
    name: key
    for table in (REQUEST_ROWS, REQUEST_COLUMNS)
    for key, names in table.items()
    for name in names
}
HEADINGS = ["三、本年度办理结果", "（三）不予公开", "（六）其他处理", "四、结转下年度继续办理"]


@st.composite
def request_data(draw: st.DrawFn, *, hostile: bool) -> dict[Hashable, object]:
    """A table 三 as labels: a random table's, then (``hostile``) a few defects."""
    layout = draw(st.sampled_from(list(ReportFormat)))
    schema = request_schema(layout)
    counts = st.none() | st.integers(0, 10**6)
    data: dict[Hashable, Any] = {}
    for spec in schema.rows:
        if draw(st.integers(0, 9)) == 0:
            continue  # a row left out
        line = {
            column.label(): draw(counts)
            for column in schema.columns
            if draw(st.integers(0, 9)) > 0  # else a cell left out
        }
        data[draw(st.sampled_from([spec.label("zh"), spec.label("zh"), spec.key]))] = line
    for _ in range(draw(st.integers(1, 3)) if hostile else 0):
        _defect(draw, data)
    return data


def _defect(draw: st.DrawFn, data: dict[Hashable, Any]) -> None:
    """One thing a report, or a caller, gets wrong (or right in another way)."""
    kinds = ["value", "row label", "column label", "extra row", "row twice", "column twice"]
    defect = draw(st.sampled_from(kinds))
    if defect == "extra row" or not data:
        extra = st.sampled_from([*HEADINGS, "无此行", ("总计",), 7, True]) | st.sampled_from(
            [name for names in REQUEST_ROWS.values() for name in names]
        )
        column = draw(st.sampled_from([*REQUEST_COLUMNS[next(iter(REQUEST_COLUMNS))], "无此列"]))
        data[draw(extra)] = {column: draw(st.none() | boundary_values)}
        return
    row = draw(st.sampled_from(list(data)))
    line = {c: v for c, v in data[row].items() if c in REQUEST_LABEL_KEYS}
    if row not in REQUEST_LABEL_KEYS:
        return  # an extra row: not renamed
    if defect in {"row label", "row twice"}:
        key = REQUEST_LABEL_KEYS[row]
        other = draw(st.sampled_from(REQUEST_ROWS[key]))
        data[other] = dict(line) if defect == "row twice" else data.pop(row)
    elif defect in {"column label", "column twice"} and line:
        column = draw(st.sampled_from(list(line)))
        key = REQUEST_LABEL_KEYS[column]
        other = draw(st.sampled_from([*REQUEST_COLUMNS[key], "无此列"]))
        if defect == "column label":
            del data[row][column]
        data[row][other] = line[column]
    elif line:
        data[row][draw(st.sampled_from(list(line)))] = draw(boundary_values | hostile_values)


layouts = st.sampled_from([None, *ReportFormat])
tolerances = st.sampled_from([None, None, cn.LabelTolerance(), cn.LabelTolerance.strict()])


@given(request_data(hostile=True), layouts, tolerances)
def test_request_fast_path_equals_the_strict_path_on_hostile_input(
    data: dict[Hashable, object], layout: ReportFormat | None, labels: cn.LabelTolerance | None
) -> None:
    fast = outcome(lambda: RequestTable.from_labels(data, layout=layout, labels=labels))  # type: ignore[arg-type]
    assert fast == outcome(lambda: strict_request_table(data, layout, labels))


@given(request_data(hostile=False), layouts)
def test_request_fast_path_equals_the_strict_path_on_valid_input(
    data: dict[Hashable, object], layout: ReportFormat | None
) -> None:
    def table(*, fast: bool) -> RequestTable:
        cells, chosen, unprinted = read_request_labels(data, layout, fast=fast)
        return RequestTable(cells, chosen, unprinted=unprinted)

    assert outcome(lambda: table(fast=True)) == outcome(lambda: table(fast=False))
    assert outcome(lambda: RequestTable.from_labels(data, layout=layout)) == outcome(  # type: ignore[arg-type]
        lambda: strict_request_table(data, layout, None)
    )


@pytest.mark.parametrize("layout", list(ReportFormat))
def test_a_full_table_is_read_by_position(layout: ReportFormat) -> None:
    zeros = RequestTable.zeros(layout)
    labels = zeros.to_labels()
    index = label_index(request_schema(ReportFormat.V2021), REQUEST_MATCHER)
    assert index is not None
    assert index.read(labels) is not None
    assert RequestTable.from_labels(labels, layout=layout) == zeros


def test_request_errors_are_those_of_the_strict_path() -> None:
    # By hand: the sub-rows of 2021 with layout 2019; a bad value; an unknown label.
    for data, layout in (
        (
            {"1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请": {"总计": 1}},
            ReportFormat.V2019,
        ),
        ({"（一）予以公开": {"总计": -1}}, None),
        ({"（一）予以公开": {"总计": 1}, "无此行": {}}, None),
    ):
        with pytest.raises(GovDisclosureError) as err:
            RequestTable.from_labels(data, layout=layout)  # type: ignore[arg-type]
        assert outcome(lambda d=data, lay=layout: strict_request_table(d, lay, None))[1:3] == (
            type(err.value),
            str(err.value),
        )


# -- table 四 ------------------------------------------------------------------------------


def strict_case_table(
    data: object, labels: cn.LabelTolerance | None
) -> ReconsiderationLitigationTable:
    """``ReconsiderationLitigationTable.from_labels`` before the fast path, written out again."""
    if labels is not None:
        data = labels.translate("cases", data)  # type: ignore[arg-type]
    rows = read_labels(data, CASE_MATCHER, what="table 四")
    cells = {(row, column): v for row, line in rows.items() for column, v in line.items()}
    return ReconsiderationLitigationTable.from_cells(cells)  # type: ignore[arg-type]


CASE_ROWS = [
    "行政复议",
    "未经复议直接起诉",
    "复议后起诉",
    "行政诉讼",
    "行政诉讼 复议后起诉",
    "无此行",
]
CASE_ROWS += [*CaseKind]
CASE_COLUMNS = ["结果维持", "维持", "结果纠正", "纠正", "其他结果", "尚未审结", "总计", "合计"]
CASE_COLUMNS += [*CaseResult, Total.TOTAL, "无此列", 5]


@given(
    st.dictionaries(
        st.sampled_from(CASE_ROWS),
        st.dictionaries(
            st.sampled_from(CASE_COLUMNS), st.none() | st.integers(0, 99) | boundary_values
        ),
        max_size=4,
    ),
    tolerances,
)
def test_case_fast_path_equals_the_strict_path(
    data: dict[Hashable, dict[Hashable, object]], labels: cn.LabelTolerance | None
) -> None:
    fast = outcome(lambda: ReconsiderationLitigationTable.from_labels(data, labels=labels))  # type: ignore[arg-type]
    assert fast == outcome(lambda: strict_case_table(data, labels))


def test_a_full_case_table_is_read_by_position() -> None:
    table = ReconsiderationLitigationTable.from_row(range(15))
    index = label_index(CASE_SCHEMA, CASE_MATCHER)
    assert index is not None
    assert index.read(table.to_labels()) is not None
    assert ReconsiderationLitigationTable.from_labels(table.to_labels()) == table


# -- table 二 ------------------------------------------------------------------------------


def strict_proactive_table(
    data: object, layout: ReportFormat | None, labels: cn.LabelTolerance | None
) -> ProactiveTable:
    """``ProactiveTable.from_labels`` before the fast path, written out again."""
    if labels is not None:
        data = labels.translate("proactive", data)  # type: ignore[arg-type]
    data = printed_amounts(data, _is_amount_column)
    rows_read = read_labels(data, PROACTIVE_MATCHER, kind=_kind, what="table 二")
    cells = {(row, column): v for row, line in rows_read.items() for column, v in line.items()}
    columns = {c for _, c in cells}
    rows = {r for r, _ in cells}
    says_2019 = bool(rows & _ONLY_2019_ROWS or columns - _COLUMNS_2021)
    says_2021 = bool(columns - _COLUMNS_2019)
    if says_2019 and says_2021:
        msg = "labels of both the 2019 and the 2021 format of table 二"
        raise InvalidInputError(msg, field="data", value=sorted(c.value for c in columns))
    found = ReportFormat.V2019 if says_2019 else ReportFormat.V2021
    if layout is not None and (says_2019 or says_2021) and check_format(layout) is not found:
        msg = f"the labels given are those of the {found.value} format"
        raise InvalidInputError(msg, field="layout", value=layout)
    return ProactiveTable.from_cells(cells, layout or found)  # type: ignore[arg-type]


PROACTIVE_ROWS: dict[Hashable, list[Hashable]] = {}
PROACTIVE_COLUMNS: dict[Hashable, list[Hashable]] = {}
for _layout in ReportFormat:
    for _spec in proactive_schema(_layout).rows:
        PROACTIVE_ROWS.setdefault(_spec.key, []).extend([_spec.label("zh"), _spec.key])
    for _spec in proactive_schema(_layout).columns:
        _names = [_spec.label("zh"), _spec.long_label("zh"), _spec.key, f" {_spec.label('zh')}"]
        PROACTIVE_COLUMNS.setdefault(_spec.key, []).extend(_names)
PROACTIVE_HEADINGS = [h.label("zh") for f in ReportFormat for h in proactive_schema(f).headings]
amounts = st.sampled_from(["7,730.28", "251000元", "1.5万元", "—", "无", "x", Decimal("2.50")])


@st.composite
def proactive_data(draw: st.DrawFn) -> dict[Hashable, object]:
    """A table 二 as labels: some cells of one format, or of both, then a few defects."""
    layouts_drawn = draw(st.sampled_from([[f] for f in ReportFormat] + [list(ReportFormat)]))
    data: dict[Hashable, Any] = {}
    for layout in layouts_drawn:
        schema = proactive_schema(layout)
        for row, column in schema.cell_keys:
            if draw(st.integers(0, 4)) == 0:
                continue
            kind = schema.kind((row, column))
            value = draw(
                st.none() | (st.decimals(0, 10**4, places=2) | amounts)
                if kind is CellKind.AMOUNT
                else st.none() | st.integers(0 if kind is CellKind.COUNT else -50, 10**4)
            )
            row_label = draw(st.sampled_from(PROACTIVE_ROWS[row][:1] * 9 + PROACTIVE_ROWS[row]))
            names = PROACTIVE_COLUMNS[column]
            data.setdefault(row_label, {})[draw(st.sampled_from(names[:1] * 19 + names))] = value
    for _ in range(draw(st.sampled_from([0, 0, 1, 2]))):
        if data and draw(st.booleans()):
            line = data[draw(st.sampled_from(list(data)))]
            if line:
                line[draw(st.sampled_from(list(line)))] = draw(boundary_values | hostile_values)
        else:
            heading = draw(st.sampled_from([*PROACTIVE_HEADINGS, "无此行"]))
            data[heading] = {"本年制发件数": draw(st.none() | st.just(1))}
    return data


@given(proactive_data(), layouts, tolerances)
def test_proactive_fast_path_equals_the_strict_path(
    data: dict[Hashable, object], layout: ReportFormat | None, labels: cn.LabelTolerance | None
) -> None:
    fast = outcome(lambda: ProactiveTable.from_labels(data, layout=layout, labels=labels))  # type: ignore[arg-type]
    assert fast == outcome(lambda: strict_proactive_table(data, layout, labels))


@pytest.mark.parametrize("layout", list(ReportFormat))
def test_a_full_proactive_table_is_read_by_position(layout: ReportFormat) -> None:
    empty = ProactiveTable.empty(layout)
    values = [Decimal("1.5") if s.kind.value == "amount" else 3 for s in empty.cell_specs]
    table = ProactiveTable(tuple(values), layout)
    index = label_index(proactive_schema(layout), PROACTIVE_MATCHER, kind=_kind)
    assert index is not None
    assert index.read(table.to_labels()) is not None
    assert ProactiveTable.from_labels(table.to_labels()) == table
