"""Report tables: cells that merge as a monoid, identity rules, findings, rendering, records.

The generic layer of the statutory annual report. It knows nothing of any
jurisdiction: a rule pack (``govdisclosure.jurisdictions.cn.report``) supplies
the official layout, the labels and the identities as data.

A table's shape and rules are a :class:`TableSchema` (rows and columns as
:class:`KeySpec`, headings, cell kinds and aggregates, sum, flow and
inequality rules, :class:`RollUpRule`); one engine reads, writes, checks,
merges, exports and renders every schema (:class:`ReportTable`), and a
:class:`ReportSchema` adds rules across the tables of a report
(:class:`CrossTableRule`).

>>> from govdisclosure.reports import RowRule, Table, validate
>>> t = Table.from_dict(("r",), ("a", "b", "total"), {"r": {"a": 1, "b": 1, "total": 2}})
>>> validate(t, [RowRule("sum", left=("total",), right=("a", "b"))])
()

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from govdisclosure.reports._checks import UNDETERMINED_RULE, check_schema
from govdisclosure.reports._compiled import CompiledEquation, CompiledRules, compile_rules
from govdisclosure.reports._engine import (
    HEADING,
    LabelMatcher,
    LabelRole,
    check_grid,
    coerce_cells,
    coerce_value,
    merge_values,
    read_labels,
    to_labels,
)
from govdisclosure.reports._label_index import LabelIndex, label_index
from govdisclosure.reports._records import (
    RECORD_FIELDS,
    RECORD_LABEL_FIELDS,
    Record,
    key_code,
    pandas_module,
    records_frame,
    table_frame,
    table_records,
)
from govdisclosure.reports._render import (
    STYLED_CLASS,
    STYLESHEET,
    HtmlCell,
    display_width,
    format_cell,
    html_table,
    markdown_table,
    pad,
    styled_html,
    text_table,
)
from govdisclosure.reports._report_table import (
    CrossTableRule,
    ReportSchema,
    ReportTable,
    TableCell,
)
from govdisclosure.reports._rules import (
    BLANK_RULE,
    BlankPolicy,
    CellKey,
    CellSource,
    ColumnRule,
    Finding,
    Relation,
    RowRule,
    SumIdentity,
    Value,
    blank_findings,
    compare,
    default_cell_label,
    validate,
)
from govdisclosure.reports._schema import (
    Aggregate,
    CellKind,
    Heading,
    KeySpec,
    RollUpRule,
    TableSchema,
)
from govdisclosure.reports._schema_render import (
    UNDETERMINED_TEXT,
    schema_html,
    schema_lines,
    schema_markdown,
    schema_text,
    show_value,
)
from govdisclosure.reports._table import Cell, StartsFromZero, Table, add_cells

__all__ = [
    "BLANK_RULE",
    "HEADING",
    "RECORD_FIELDS",
    "RECORD_LABEL_FIELDS",
    "STYLED_CLASS",
    "STYLESHEET",
    "UNDETERMINED_RULE",
    "UNDETERMINED_TEXT",
    "Aggregate",
    "BlankPolicy",
    "Cell",
    "CellKey",
    "CellKind",
    "CellSource",
    "ColumnRule",
    "CompiledEquation",
    "CompiledRules",
    "CrossTableRule",
    "Finding",
    "Heading",
    "HtmlCell",
    "KeySpec",
    "LabelIndex",
    "LabelMatcher",
    "LabelRole",
    "Record",
    "Relation",
    "ReportSchema",
    "ReportTable",
    "RollUpRule",
    "RowRule",
    "StartsFromZero",
    "SumIdentity",
    "Table",
    "TableCell",
    "TableSchema",
    "Value",
    "add_cells",
    "blank_findings",
    "check_grid",
    "check_schema",
    "coerce_cells",
    "coerce_value",
    "compare",
    "compile_rules",
    "default_cell_label",
    "display_width",
    "format_cell",
    "html_table",
    "key_code",
    "label_index",
    "markdown_table",
    "merge_values",
    "pad",
    "pandas_module",
    "read_labels",
    "records_frame",
    "schema_html",
    "schema_lines",
    "schema_markdown",
    "schema_text",
    "show_value",
    "styled_html",
    "table_frame",
    "table_records",
    "text_table",
    "to_labels",
    "validate",
]
