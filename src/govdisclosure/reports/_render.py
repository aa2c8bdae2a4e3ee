r"""Rendering helpers: plain-text, Markdown and HTML tables, with escaping.

These know nothing of any report format; a jurisdiction's renderer lays out
its official tables with them. Every function is pure and returns a string.

Plain text aligns columns by *display* width, so that Chinese characters
(two terminal columns each) line up with digits:

>>> print(text_table([["项目", "n"]], [["新收", "12"], ["结转", ""]]))
项目 |  n
-----+---
新收 | 12
结转 |

Markdown escapes the characters that would break a table:

>>> print(markdown_table(["a|b", "n"], [["x", "1"]]))
| a\|b | n |
| --- | ---: |
| x | 1 |

HTML escapes text and supports spanning cells; :func:`styled_html` wraps a
fragment with a small stylesheet of its own (what a notebook shows):

>>> html_table([[HtmlCell("<b>", header=True, colspan=2)], [HtmlCell("1"), HtmlCell("2")]])
'<table>\n<tr><th colspan="2">&lt;b&gt;</th></tr>\n<tr><td>1</td><td>2</td></tr>\n</table>'
>>> print(styled_html("<table></table>").splitlines()[0])
<div class="govdisclosure-styled">

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Sequence

import attrs

from govdisclosure.reports._table import Cell

__all__ = [
    "STYLED_CLASS",
    "STYLESHEET",
    "HtmlCell",
    "display_width",
    "format_cell",
    "html_table",
    "markdown_table",
    "pad",
    "styled_html",
    "text_table",
]


def display_width(text: str) -> int:
    """The number of terminal columns ``text`` takes (wide East Asian characters count 2).

    >>> display_width("abc"), display_width("总计"), display_width("（一）")
    (3, 4, 6)
    """
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, width: int, *, right: bool = False) -> str:
    """Pad ``text`` with spaces to ``width`` display columns (on the left if ``right``).

    >>> pad("总计", 6) + "|", pad("7", 3, right=True)
    ('总计  |', '  7')
    """
    fill = " " * max(0, width - display_width(text))
    return fill + text if right else text + fill


def format_cell(value: Cell, *, blank: str = "") -> str:
    """Show a cell: the number, or ``blank`` for a blank cell (never ``0``).

    >>> format_cell(0), format_cell(None), format_cell(None, blank="—")
    ('0', '', '—')
    """
    return blank if value is None else str(value)


def _is_number(text: str) -> bool:
    stripped = text.lstrip("+-")
    return bool(stripped) and stripped.replace(".", "", 1).replace(",", "").isdigit()


def text_table(
    header: Sequence[Sequence[str]],
    body: Sequence[Sequence[str]],
    *,
    separator: str = " | ",
) -> str:
    """Lay out rows of strings as an aligned plain-text table.

    The first column is aligned left; other columns right when their body
    cells are all numbers or empty, left otherwise. Lines carry no trailing
    spaces.

    Args:
        header: Zero or more header lines, each with one string per column.
        body: The body lines, each with one string per column.
        separator: What goes between columns.
    """
    lines = [list(line) for line in (*header, *body)]
    if not lines:
        return ""
    n = max(len(line) for line in lines)
    for line in lines:
        line.extend([""] * (n - len(line)))
    widths = [max(display_width(line[j]) for line in lines) for j in range(n)]
    numeric = [
        j > 0 and all(not line[j] or _is_number(line[j]) for line in lines[len(header) :])
        for j in range(n)
    ]
    out: list[str] = []
    for k, line in enumerate(lines):
        cells = [pad(line[j], widths[j], right=numeric[j]) for j in range(n)]
        out.append(separator.join(cells).rstrip())
        if k == len(header) - 1:
            out.append("-+-".join("-" * w for w in widths))
    return "\n".join(out)


def _md_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def markdown_table(header: Sequence[str], body: Sequence[Sequence[str]]) -> str:
    """A GitHub-flavoured Markdown table; numeric columns are right-aligned.

    Pipes and backslashes in cells are escaped and line breaks become spaces.
    """
    n = max([len(header), *(len(line) for line in body)])
    head = [*header, *[""] * (n - len(header))]
    rows = [[*line, *[""] * (n - len(line))] for line in body]
    numeric = [j > 0 and all(not r[j] or _is_number(r[j]) for r in rows) for j in range(n)]
    out = ["| " + " | ".join(_md_escape(h) for h in head) + " |"]
    out.append("| " + " | ".join("---:" if numeric[j] else "---" for j in range(n)) + " |")
    out.extend("| " + " | ".join(_md_escape(c) for c in r) + " |" for r in rows)
    return "\n".join(out)


@attrs.frozen
class HtmlCell:
    """One cell of an HTML table: its text (escaped on output), spans, and kind.

    Attributes:
        text: The content, as plain text; it is escaped when rendered.
        colspan: How many columns it spans.
        rowspan: How many rows it spans.
        header: Render as ``<th>`` rather than ``<td>``.
        css_class: An optional ``class`` attribute.
    """

    text: str = ""
    colspan: int = 1
    rowspan: int = 1
    header: bool = False
    css_class: str | None = None

    def render(self) -> str:
        """The cell as HTML."""
        tag = "th" if self.header else "td"
        attrs_text = ""
        if self.colspan > 1:
            attrs_text += f' colspan="{self.colspan}"'
        if self.rowspan > 1:
            attrs_text += f' rowspan="{self.rowspan}"'
        if self.css_class:
            attrs_text += f' class="{html.escape(self.css_class, quote=True)}"'
        return f"<{tag}{attrs_text}>{html.escape(self.text, quote=False)}</{tag}>"


def html_table(
    rows: Sequence[Sequence[HtmlCell]],
    *,
    caption: str | None = None,
    css_class: str | None = None,
) -> str:
    """An HTML ``<table>`` from rows of :class:`HtmlCell`; all text is escaped."""
    open_tag = "<table>"
    if css_class:
        open_tag = f'<table class="{html.escape(css_class, quote=True)}">'
    out = [open_tag]
    if caption is not None:
        out.append(f"<caption>{html.escape(caption, quote=False)}</caption>")
    out.extend("<tr>" + "".join(cell.render() for cell in row) + "</tr>" for row in rows)
    out.append("</table>")
    return "\n".join(out)


STYLED_CLASS = "govdisclosure-styled"
"""The class of the ``<div>`` that :func:`styled_html` wraps a fragment in; the stylesheet's scope.

.. versionadded:: 0.3.0
"""

_CSS_RULES = (
    ("table", "border-collapse: collapse; table-layout: auto; margin: 0.5em 0; width: auto"),
    (
        "table th, .{c} table td",
        "border: 1px solid #999; padding: 0.25em 0.5em; vertical-align: middle",
    ),
    (
        "table th",
        (
            "text-align: left; white-space: nowrap; font-weight: 600;"
            " background: rgba(127, 127, 127, 0.12)"
        ),
    ),
    ("table th[rowspan]", "white-space: normal; min-width: 5em"),
    ("table td", "text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums"),
    ("table th.depth-1", "padding-left: 1.5em"),
    ("table th.depth-2", "padding-left: 2.5em"),
    ("table caption", "text-align: left; font-weight: 600"),
)

STYLESHEET = "\n".join(
    f".{STYLED_CLASS} {selector.format(c=STYLED_CLASS)} {{ {body}; }}"
    for selector, body in _CSS_RULES
)
"""The stylesheet of :func:`styled_html`, every rule scoped by :data:`STYLED_CLASS`.

Borders on every cell; header cells (column headers and row labels alike) left-aligned
and never wrapped (so that two-character headers such as 总计 stay on one line), except
a header spanning rows (a group heading beside its rows, a note over the labels), which
wraps within at least 5em as on the printed form;
numbers right-aligned in tabular figures. No colour is fixed but a translucent grey
behind header cells, so light and dark themes both read. The selectors name
``table`` as well as the class, so they outweigh a notebook's own table rules
(JupyterLab right-aligns every cell, lets them wrap, fixes the table layout and
removes borders).

.. versionadded:: 0.3.0
"""


def styled_html(fragment: str) -> str:
    """``fragment`` wrapped in a ``<div class="govdisclosure-styled">`` with :data:`STYLESHEET`.

    The fragment is inserted as it is (it is HTML already, escaped by whoever built
    it); the stylesheet touches nothing outside the wrapper.

    >>> out = styled_html("<table><tr><td>1</td></tr></table>")
    >>> out.count("<style>"), out.endswith("</div>")
    (1, True)

    .. versionadded:: 0.3.0
    """
    return f'<div class="{STYLED_CLASS}">\n<style>\n{STYLESHEET}\n</style>\n{fragment}\n</div>'
