"""Rendering a schema-described table: plain text, Markdown and HTML, headings included.

Rows are shown in the schema's order; where a row sits under headings that
are not yet open, each heading gets a line of its own (indented by depth in
plain text, bold in Markdown, a spanning header cell in HTML). A blank cell is
shown empty, an undetermined one as ``?``, never as ``0``.

>>> from govdisclosure.reports import Heading, KeySpec, TableSchema
>>> s = TableSchema("t",
...     [KeySpec("a", {"en": "A"}), KeySpec("b", {"en": "B"}, groups=("g",))],
...     [KeySpec("n", {"en": "N"})], headings=[Heading("g", {"en": "Group"})],
...     stub={"en": "Item"})
>>> print(schema_text(s, (1, None)))
Item  | N
------+--
A     | 1
Group |
  B   |

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal

from govdisclosure.reports._render import HtmlCell, html_table, markdown_table, text_table
from govdisclosure.reports._rules import CellKey, Value
from govdisclosure.reports._schema import TableSchema

__all__ = [
    "UNDETERMINED_TEXT",
    "schema_html",
    "schema_lines",
    "schema_markdown",
    "schema_text",
    "show_value",
]

UNDETERMINED_TEXT = "?"
"""How an undetermined cell (two merged medians) is shown."""

Line = tuple[int, str, tuple[str, ...] | None]
"""One line of a rendering: depth, label, and the cells' texts (``None`` for a heading)."""


def show_value(value: Value) -> str:
    """A cell's text: the number (a Decimal in fixed point), or empty for a blank.

    >>> show_value(Decimal("1.50")), show_value(0), show_value(None)
    ('1.50', '0', '')
    """
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def schema_lines(
    schema: TableSchema,
    values: Sequence[Value],
    language: str | None = None,
    *,
    undetermined: Iterable[CellKey] = (),
) -> list[Line]:
    """The lines of a rendering: heading lines where a group opens, then each row's cells."""
    lost = set(undetermined)
    by_cell = dict(zip(schema.cell_keys, values, strict=True))
    present = set(by_cell)
    lines: list[Line] = []
    open_path: tuple[str, ...] = ()
    for spec in schema.rows:
        path = spec.groups
        for depth, group in enumerate(path):
            if depth >= len(open_path) or open_path[depth] != group:
                lines.append((depth, schema.heading(group).label(language), None))
                open_path = (*open_path[:depth], group)
        open_path = path
        cells = tuple(
            UNDETERMINED_TEXT
            if (spec.key, column) in lost
            else show_value(by_cell[spec.key, column])
            if (spec.key, column) in present
            else ""
            for column in schema.column_keys
        )
        lines.append((len(path), spec.label(language), cells))
    return lines


def _header(schema: TableSchema, language: str | None) -> list[str]:
    stub = "" if not schema.stub else _stub(schema, language)
    return [stub, *(spec.label(language) for spec in schema.columns)]


def _stub(schema: TableSchema, language: str | None) -> str:
    for lang, text in schema.stub:
        if language is None or lang == language:
            return text
    return schema.stub[0][1]


def schema_text(
    schema: TableSchema,
    values: Sequence[Value],
    language: str | None = None,
    *,
    undetermined: Iterable[CellKey] = (),
) -> str:
    """The table as aligned plain text: headings on lines of their own, nested by indentation."""
    width = len(schema.columns)
    body = [
        ["  " * depth + label, *([""] * width if cells is None else cells)]
        for depth, label, cells in schema_lines(schema, values, language, undetermined=undetermined)
    ]
    return text_table([_header(schema, language)], body)


def schema_markdown(
    schema: TableSchema,
    values: Sequence[Value],
    language: str | None = None,
    *,
    undetermined: Iterable[CellKey] = (),
) -> str:
    """The table as Markdown: headings are bold rows with no numbers."""
    body = [
        [label, *cells] if cells is not None else [f"**{label}**"]
        for _, label, cells in schema_lines(schema, values, language, undetermined=undetermined)
    ]
    return markdown_table(_header(schema, language), body)


def schema_html(
    schema: TableSchema,
    values: Sequence[Value],
    language: str | None = None,
    *,
    undetermined: Iterable[CellKey] = (),
) -> str:
    """The table as HTML: a header row, a spanning header cell per heading, a row per row."""
    width = len(schema.columns) + 1
    rows: list[list[HtmlCell]] = [[HtmlCell(t, header=True) for t in _header(schema, language)]]
    for depth, label, cells in schema_lines(schema, values, language, undetermined=undetermined):
        css = f"depth-{depth}" if depth else None
        if cells is None:
            rows.append([HtmlCell(label, colspan=width, header=True, css_class=css)])
        else:
            head = HtmlCell(label, header=True, css_class=css)
            rows.append([head, *(HtmlCell(text) for text in cells)])
    return html_table(rows, css_class=f"govdisclosure-{schema.name}")
