"""A report's narrative: the paragraphs outside its tables, from an HTML page or a PDF text layer.

:func:`html_narrative` walks a page (iteratively: nesting depth is no risk)
and gives the text of each block (``<p>``, ``<div>``, headings, list items,
the cells of a layout table) outside the report's own tables, scripts, styles
and comments. :func:`text_narrative` gives the lines of a text layer that are
not table rows, the lines of one paragraph joined (a PDF breaks lines inside
a sentence; Chinese needs no space between them), a new paragraph at each
numbered heading (一、 （一）), a short one a paragraph of its own.

>>> lines = ["一、总体情况", "本年度共收到政府信息公开申请", "50件。", "规章 — — —"]
>>> text_narrative(lines, [False, False, False, True])
('一、总体情况', '本年度共收到政府信息公开申请50件。')

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import Any

__all__ = ["html_narrative", "text_narrative"]

_SKIP = frozenset({"script", "style", "template", "noscript", "head", "title"})
_BLOCKS = frozenset(
    {
        "br",
        "p",
        "div",
        "li",
        "tr",
        "td",
        "th",
        "table",
        "section",
        "article",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
    }
)
_SPACE = re.compile(r"\s+")
_SHORT = 30  # a numbered line this short, ending without punctuation, is a heading alone
_GOES_ON = ("，", ",", "。", "；", ";", "：", ":")
_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])"
)


def html_narrative(  # noqa: C901 - one pass over the page
    root: Any,  # noqa: ANN401 - an lxml element (lxml is optional)
    skip: Collection[Any],
) -> tuple[str, ...]:
    """The text of each block of the page outside the elements in ``skip`` (the report tables)."""
    paragraphs: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = _SPACE.sub(" ", "".join(current).replace("\xa0", " ")).strip()
        if text:
            paragraphs.append(text)
        current.clear()

    body = root.find("body")
    start = body if body is not None else root
    stack: list[tuple[bool, Any]] = [(False, start)]  # (is text, node or text)
    while stack:
        is_text, node = stack.pop()
        if is_text:
            if node is None:
                flush()
            else:
                current.append(node)
            continue
        if node is not start and node.tail:
            stack.append((True, node.tail))
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if not tag or tag in _SKIP or node in skip:
            if tag in _BLOCKS or node in skip:
                stack.append((True, None))
            continue
        block = tag in _BLOCKS
        if block:
            stack.append((True, None))
        stack.extend((False, child) for child in reversed(node))
        if node.text:
            stack.append((True, node.text))
        if block:
            stack.append((True, None))
    flush()
    return tuple(paragraphs)


def text_narrative(lines: Sequence[str], table_rows: Sequence[bool]) -> tuple[str, ...]:
    """The paragraphs of a text layer: its lines that are not table rows, joined."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line, is_row in zip(lines, table_rows, strict=True):
        heading = _HEADING.match(line) is not None
        if is_row or heading:
            if current:
                paragraphs.append("".join(current))
            current = []
            if is_row:
                continue
            if len(line) <= _SHORT and not line.rstrip().endswith(_GOES_ON):
                paragraphs.append(line.strip())  # a heading line of its own
                continue
        current.append(line.strip())
    if current:
        paragraphs.append("".join(current))
    return tuple(p for p in paragraphs if p)
