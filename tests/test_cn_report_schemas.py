"""The PRC tables are schemas of the generic engine: the typed tables and ReportTable agree."""

from __future__ import annotations

from collections.abc import Hashable

from hypothesis import given, settings

from govdisclosure.jurisdictions.cn.report import (
    ProactiveTable,
    ReconsiderationLitigationTable,
    ReportFormat,
    RequestRow,
    RequestTable,
)
from govdisclosure.jurisdictions.cn.report.matching import REQUEST_MATCHER, CnLabelMatcher
from govdisclosure.jurisdictions.cn.report.schemas import (
    CASE_SCHEMA,
    proactive_schema,
    request_check_schema,
    request_schema,
)
from govdisclosure.reports import ReportTable
from govdisclosure.strategies import cn_case_tables, cn_proactive_tables, cn_request_tables


def _flat(table: RequestTable | ReconsiderationLitigationTable) -> tuple[int | None, ...]:
    return tuple(v for line in table.cells.values for v in line)


@settings(max_examples=40, deadline=None)
@given(cn_request_tables(valid=None))
def test_table_three_is_its_schema(table: RequestTable) -> None:
    # Where a 2021 （六）其他处理 is the sum of its sub-rows (printed as their heading), the
    # table is checked by the sub-rows and the row is neither a blank nor a label printed.
    by_sub_rows = table.parent_is_sum
    checked = ReportTable(
        request_check_schema(table.layout, parent_is_sum=by_sub_rows), _flat(table)
    )
    parent = RequestRow.OTHER_HANDLING
    expected = [
        f
        for f in checked.validate(language="zh")
        if not (by_sub_rows and f.rule == "blank" and f.cells[0][0] is parent)
    ]
    assert tuple(expected) == table.validate()
    generic = ReportTable(request_schema(table.layout), _flat(table))
    labels = generic.to_labels("en")
    if by_sub_rows:
        del labels["(6) Other handling"]
    assert labels == table.to_labels("en")
    printed = table.printed_schema  # records have the rows as printed
    shown = ReportTable(printed, [v for r in printed.row_keys for v in table.cells.row(r)])  # type: ignore[arg-type]
    assert shown.to_records(agency="A", year=2025) == table.to_records(agency="A", year=2025)
    assert ReportTable.from_labels(
        generic.schema, generic.to_labels(), matcher=REQUEST_MATCHER
    ) == (generic)
    assert RequestTable.from_labels(table.to_labels(), layout=table.layout) == table


@settings(max_examples=40, deadline=None)
@given(cn_request_tables(valid=True), cn_request_tables(valid=None))
def test_the_typed_merge_is_the_engines(a: RequestTable, b: RequestTable) -> None:
    if a.layout is not b.layout:
        b = RequestTable.empty(a.layout)
    schema = request_schema(a.layout)
    merged = ReportTable(schema, _flat(a)) + ReportTable(schema, _flat(b))
    assert merged.values == _flat(a + b)


@settings(max_examples=40, deadline=None)
@given(cn_case_tables(valid=None))
def test_table_four_is_its_schema(table: ReconsiderationLitigationTable) -> None:
    generic = ReportTable(CASE_SCHEMA, table.to_row())
    assert generic.validate(language="zh") == table.validate()
    assert generic.to_labels() == table.to_labels()


@settings(max_examples=40, deadline=None)
@given(cn_proactive_tables())
def test_table_two_is_its_schema(table: ProactiveTable) -> None:
    generic = ReportTable(proactive_schema(table.layout), table.values)
    assert generic.validate(language="zh") == table.validate()
    assert generic.to_labels("en") == table.to_labels("en")
    assert (generic + generic).values == (table + table).values


def test_table_two_has_only_the_cells_of_its_blocks() -> None:
    schema = proactive_schema(ReportFormat.V2021)
    assert len(schema.rows) * len(schema.columns) > len(schema.cell_keys) == 10


class _Misprints(CnLabelMatcher):
    """The hook a later matcher extends: a known misprint names its row."""

    def match_row(self, text: str) -> Hashable | None:
        return super().match_row(text.replace("申情", "申请"))


def test_a_matcher_subclass_reads_misprinted_labels() -> None:
    matcher = _Misprints(
        (request_schema(layout) for layout in ReportFormat), what="report table 三"
    )
    misprinted = {"一、本年新收政府信息公开申情数量": {"自然人": 3, "总计": 3}}
    read = ReportTable.from_labels(request_schema(ReportFormat.V2021), misprinted, matcher=matcher)
    assert read.to_labels()["一、本年新收政府信息公开申请数量"]["自然人"] == 3
