"""What every strategy module draws from: identifiers, short texts, dates, optional values."""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from hypothesis import strategies as st

T = TypeVar("T")

_FIRST = date(2000, 1, 1)
_LAST = date(2040, 12, 31)

_ids = st.from_regex(r"[a-z][a-z0-9-]{0,10}", fullmatch=True)
_texts = st.text(max_size=16)
_labels = st.text(min_size=1, max_size=16).filter(lambda s: s.strip() != "")
_dates = st.dates(_FIRST, _LAST)


def _optional(strategy: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    return st.none() | strategy
