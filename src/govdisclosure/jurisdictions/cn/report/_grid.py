"""HTML tables as grids of cells, spans laid out as a browser lays them out (lxml).

:func:`html_grids` reads every ``<table>`` of a page, nested ones included,
each with its own rows only (a nested table is a grid of its own, and its text
is not part of the cell that holds it). Row and column spans are expanded, each
slot keeping the :class:`Cell` it came from, so a reader can tell a label
spanned over three columns from three labels. Text inside ``<script>``,
``<style>``, comments and ``<template>`` is not read; ``<br>`` and block
elements break text with a space, inline elements (``<span>``) do not.

lxml is the optional ``parse`` extra and is imported only when a page is read.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import re
from typing import Any

import attrs

from govdisclosure._optional import require
from govdisclosure.errors import InvalidInputError

# Cell, Grid and PageText are working values of one reading, not models: not exported.
__all__ = ["MAX_CELLS", "MAX_SPAN", "html_grids", "load_html"]

MAX_SPAN = 1000
"""The largest column span read; a table with a larger one is not read (HTML
clips colspan at 1000; no report table comes near). A row span past the last
row ends there, as in a browser."""

MAX_CELLS = 100_000
"""The most slots a table may expand to before it is refused (a guard against absurd spans)."""

_SKIP = frozenset({"script", "style", "template", "noscript", "head", "title"})
_BREAKS = frozenset(
    {"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "table"}
)
_SPACE = re.compile(r"\s+")
_XML_DECLARATION = re.compile(r"^\s*(?:\ufeff)?\s*<\?xml[^>]*\?>", re.IGNORECASE)  # XHTML pages
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # not allowed in an lxml string
_INSTALL = "reading HTML needs lxml: pip install govdisclosure[parse]"


@attrs.frozen
class Cell:
    """One ``<td>`` or ``<th>``: its text (white space folded) and its place in the table."""

    text: str
    origin: int
    """The cell's number in its table: slots of one spanned cell share it."""


@attrs.frozen
class Grid:
    """One table: rows of slots (``None`` where no cell reaches), or why it was not read."""

    rows: tuple[tuple[Cell | None, ...], ...]
    problem: str = ""

    @property
    def width(self) -> int:
        """The number of columns."""
        return max((len(r) for r in self.rows), default=0)


@attrs.frozen
class PageText:
    """The text a page states outside its tables: title and headings."""

    title: str
    headings: tuple[str, ...]


def load_html(html: str) -> Any:  # noqa: ANN401 - an lxml element (lxml is optional)
    """The parsed page (an ``lxml.html`` element).

    Raises:
        ImportError: if lxml is not installed, naming the extra to install.
        InvalidInputError: if ``html`` is not a string, or cannot be parsed.
    """
    given: object = html
    if not isinstance(given, str):
        msg = "a page must be given as a str"
        raise InvalidInputError(msg, field="html", value=type(given).__name__)
    # the optional extra, imported when used (and untyped)
    etree: Any = require("lxml.etree", _INSTALL)
    lxml_html: Any = require("lxml.html", _INSTALL)
    cleaned = _XML_DECLARATION.sub("", _CONTROL.sub("", html), count=1)
    if not cleaned.strip():
        msg = "the page is empty"
        raise InvalidInputError(msg, field="html", value=html[:80])
    try:
        parser = lxml_html.HTMLParser(recover=True, huge_tree=False)
        return lxml_html.document_fromstring(cleaned, parser=parser)
    except (ValueError, etree.LxmlError) as err:
        msg = f"the page cannot be read as HTML ({err})"
        raise InvalidInputError(msg, field="html", value=html[:80]) from None


def _is_element(node: Any) -> bool:  # noqa: ANN401
    return isinstance(node.tag, str)


def cell_text(element: Any) -> str:  # noqa: ANN401
    """The text of a cell without nested tables, scripts or comments, white space folded."""
    parts: list[str] = []
    stack: list[tuple[bool, Any]] = [(False, element)]  # (is text, node or text)
    while stack:
        is_text, node = stack.pop()
        if is_text:
            parts.append(node)
            continue
        tag = node.tag.lower() if _is_element(node) else ""
        if node is not element and node.tail:
            stack.append((True, node.tail))
        if not tag or tag in _SKIP or (tag == "table" and node is not element):
            continue
        space = tag in _BREAKS
        if space:
            stack.append((True, " "))
        stack.extend((False, child) for child in reversed(node))
        if node.text:
            stack.append((True, node.text))
        if space:
            stack.append((True, " "))
    return _SPACE.sub(" ", "".join(parts).replace("\xa0", " ")).strip()


def _span(cell: Any, name: str) -> int:  # noqa: ANN401
    raw = str(cell.get(name, "1")).strip()
    match = re.match(r"\d+", raw)
    if match is None:
        return 1  # as a browser reads it: an invalid span is 1
    return max(int(match.group()), 1)


def _own_rows(table: Any) -> list[Any]:  # noqa: ANN401
    return list(table.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr"))


def _grid(table: Any) -> Grid:  # noqa: ANN401
    slots: dict[tuple[int, int], Cell] = {}
    rows = _own_rows(table)
    origin = 0
    for r, row in enumerate(rows):
        c = 0
        for td in row.xpath("./td|./th"):
            while (r, c) in slots:
                c += 1
            rowspan, colspan = _span(td, "rowspan"), _span(td, "colspan")
            if colspan > MAX_SPAN:
                return Grid((), f"a column span of {colspan} (more than {MAX_SPAN})")
            rowspan = min(rowspan, len(rows) - r)  # as in a browser: a row span ends with the table
            if len(slots) + rowspan * colspan > MAX_CELLS:
                return Grid((), f"more than {MAX_CELLS} cells once spans are laid out")
            cell = Cell(cell_text(td), origin)
            origin += 1
            for dr in range(rowspan):
                for dc in range(colspan):
                    slots[r + dr, c + dc] = cell
            c += colspan
    width = max((c for _, c in slots), default=-1) + 1
    return Grid(tuple(tuple(slots.get((r, c)) for c in range(width)) for r in range(len(rows))))


def html_grids(root: Any) -> tuple[list[Grid], PageText]:  # noqa: ANN401
    """Every table of the page (document order) as a :class:`Grid`, and the page's title text."""
    grids = [_grid(t) for t in root.iter("table")]
    title = " ".join(cell_text(t) for t in root.iter("title") if _is_element(t))
    if not title:
        title = " ".join(t.text or "" for t in root.iter("title"))
    headings = tuple(
        text
        for el in root.iter("h1", "h2", "h3", "h4", "p", "div", "span", "strong", "b", "td")
        if len(text := cell_text(el)) < 120 and ("报告" in text or "年报" in text)
    )
    return grids, PageText(_SPACE.sub(" ", title).strip(), headings)
