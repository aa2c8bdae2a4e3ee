"""The defaults of the scale paths' keyword policies are the ones docs/policies.md writes.

Each policy keyword is found on the page by name, and the line that says
"Default `...`" in its paragraph must name the function's own default.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from pathlib import Path

import pytest

from govdisclosure.deadlines import due_dates_array
from govdisclosure.jurisdictions import cn, us

PAGE = (Path(__file__).parent.parent / "docs" / "policies.md").read_text(encoding="utf-8")
KEYWORDS: list[tuple[Callable[..., object], str]] = [
    (function, keyword)
    for function in (due_dates_array, cn.reply_deadlines_columns, us.reply_deadlines_columns)
    for keyword in ("unsupported", "unpublished_extended")
]


def _paragraph(keyword: str) -> str:
    """The page's bullet that introduces ``keyword=``."""
    bullets = PAGE.split("\n- ")
    found = [b for b in bullets if f"{keyword}=" in b]
    assert found, f"{keyword}= is not on docs/policies.md"
    return found[0]


@pytest.mark.parametrize(
    ("function", "keyword"), KEYWORDS, ids=lambda x: getattr(x, "__qualname__", x)
)
def test_the_documented_default_is_the_signature_default(
    function: Callable[..., object], keyword: str
) -> None:
    default = inspect.signature(function).parameters[keyword].default
    assert f'Default `"{default}"`' in _paragraph(keyword)
