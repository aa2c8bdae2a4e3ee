"""Report tables: cells that merge as a monoid, identity rules, findings, rendering, records.

The generic layer of the statutory annual report. It knows nothing of any
jurisdiction: a rule pack (``govdisclosure.jurisdictions.cn.report``) supplies
the official layout, the labels and the identities as data.

>>> from govdisclosure.reports import RowRule, Table, validate
>>> t = Table.from_dict(("r",), ("a", "b", "total"), {"r": {"a": 1, "b": 1, "total": 2}})
>>> validate(t, [RowRule("sum", left=("total",), right=("a", "b"))])
()

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from govdisclosure.reports._records import (
    RECORD_FIELDS,
    Record,
    key_code,
    table_records,
)
from govdisclosure.reports._render import (
    HtmlCell,
    display_width,
    format_cell,
    html_table,
    markdown_table,
    pad,
    text_table,
)
from govdisclosure.reports._rules import (
    BLANK_RULE,
    BlankPolicy,
    CellKey,
    ColumnRule,
    Finding,
    RowRule,
    SumIdentity,
    blank_findings,
    default_cell_label,
    validate,
)
from govdisclosure.reports._table import Cell, Table, add_cells

__all__ = [
    "BLANK_RULE",
    "RECORD_FIELDS",
    "BlankPolicy",
    "Cell",
    "CellKey",
    "ColumnRule",
    "Finding",
    "HtmlCell",
    "Record",
    "RowRule",
    "SumIdentity",
    "Table",
    "add_cells",
    "blank_findings",
    "default_cell_label",
    "display_width",
    "format_cell",
    "html_table",
    "key_code",
    "markdown_table",
    "pad",
    "table_records",
    "text_table",
    "validate",
]
