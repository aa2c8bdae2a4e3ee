"""Matching the labels of tables 二, 三 and 四 as published reports print them.

The generic :class:`~govdisclosure.reports.LabelMatcher` looks labels up; the
PRC matchers below extend it with the habits of published reports: labels
compared after :func:`~govdisclosure.jurisdictions.cn._labels.normalize_label`
(white space, full- or half-width brackets, quotes and enumerators do not
matter), a trailing note that may be left off, a leaf row with its heading in
front (``（三）不予公开 1.属于国家秘密``), a column with 法人或其他组织 in front,
and any :class:`~cn.Outcome` label for a row of table 三. A later matcher for
misprinted labels extends these the same way (override ``match_row`` /
``match_column``).

>>> REQUEST_MATCHER.row("（三）不予公开 1.属于国家秘密")
<Outcome.WITHHELD_STATE_SECRET: 'withheld_state_secret'>
>>> CASE_MATCHER.column("维持")
<CaseResult.MAINTAINED: 'maintained'>

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable

from govdisclosure.errors import UnknownLabelError
from govdisclosure.jurisdictions.cn._labels import normalize_label
from govdisclosure.jurisdictions.cn.outcomes import Outcome, OutcomeGroup
from govdisclosure.jurisdictions.cn.report.format import (
    LITIGATION_HEADING,
    ORGANIZATION_HEADING,
    RESULTS_HEADING,
    TOTAL_LABEL,
    CaseResult,
    ReportFormat,
    Total,
)
from govdisclosure.jurisdictions.cn.report.schemas import (
    CASE_SCHEMA,
    proactive_schema,
    request_schema,
)
from govdisclosure.reports import HEADING, LabelMatcher, TableSchema

__all__ = ["CASE_MATCHER", "PROACTIVE_MATCHER", "REQUEST_MATCHER", "CnLabelMatcher"]

_SEPARATORS = "-/·:|>→—"


def _strip_prefix(key: str, prefix: str) -> str:
    if prefix and key.startswith(prefix) and len(key) > len(prefix):
        return normalize_label(key[len(prefix) :].lstrip(_SEPARATORS))
    return key


def _lookup(schemas: Iterable[TableSchema], *, rows: bool) -> dict[str, Hashable]:
    """Every Chinese label (printed and long, with and without its note) of rows or columns."""
    found: dict[str, Hashable] = {}
    for schema in schemas:
        for spec in schema.rows if rows else schema.columns:
            for text in (spec.label("zh"), spec.long_label("zh"), *spec.aliases):
                found[normalize_label(text)] = spec.key
                found[normalize_label(text, drop_note=True)] = spec.key
    return found


class CnLabelMatcher(LabelMatcher):
    """A matcher for the official Chinese labels, tolerant as published reports need.

    Attributes:
        row_prefix: A heading that may stand in front of a row label (normalized).
        column_prefix: A heading that may stand in front of a column label (normalized).
        outcome_rows: Whether any :class:`~cn.Outcome` label names its row.
    """

    def __init__(  # noqa: PLR0913 - the lookups, the prefixes and the words of the messages
        self,
        schemas: Iterable[TableSchema],
        *,
        headings: Iterable[str] = (),
        row_prefix: str = "",
        column_prefix: str = "",
        outcome_rows: bool = False,
        what: str,
        row_word: str = "row",
    ) -> None:
        chosen = tuple(schemas)
        rows = _lookup(chosen, rows=True)
        rows.update((normalize_label(text), HEADING) for text in headings)
        self.row_prefix = normalize_label(row_prefix)
        self.column_prefix = normalize_label(column_prefix)
        self.outcome_rows = outcome_rows
        super().__init__(
            rows,
            _lookup(chosen, rows=False),
            row_keys=(key for s in chosen for key in s.row_keys),
            column_keys=(key for s in chosen for key in s.column_keys),
            normalize=normalize_label,
            what=what,
            row_word=row_word,
            printed=(
                [spec.label("zh") for s in chosen for spec in s.rows],
                [spec.label("zh") for s in chosen for spec in s.columns],
            ),
        )

    def match_row(self, text: str) -> Hashable | None:
        """The row a label names: after the prefix, with or without its note, or an outcome."""
        key = normalize_label(text)
        if self.row_prefix and key == self.row_prefix and key in self.rows:
            return self.rows[key]
        key = _strip_prefix(key, self.row_prefix)
        found = self.rows.get(key)
        if found is None:
            found = self.rows.get(normalize_label(key, drop_note=True))
        if found is None and self.outcome_rows:
            try:
                found = Outcome.from_label(key)
            except UnknownLabelError:
                return None
        return found

    def match_column(self, text: str) -> Hashable | None:
        """The column a label names: after the prefix, with or without its note."""
        key = _strip_prefix(normalize_label(text), self.column_prefix)
        found = self.columns.get(key)
        if found is None:
            found = self.columns.get(normalize_label(key, drop_note=True))
        return found


REQUEST_MATCHER = CnLabelMatcher(
    (request_schema(layout) for layout in ReportFormat),
    headings=(
        *(g.label for g in (OutcomeGroup.WITHHELD, OutcomeGroup.UNAVAILABLE)),
        OutcomeGroup.NOT_PROCESSED.label,
        RESULTS_HEADING.zh,
    ),
    row_prefix=RESULTS_HEADING.zh,
    column_prefix=ORGANIZATION_HEADING.zh,
    outcome_rows=True,
    what="report table 三",
)
"""Labels of table 三, either format."""

CASE_MATCHER = CnLabelMatcher(
    (CASE_SCHEMA,),
    headings=(LITIGATION_HEADING.zh,),
    row_prefix=LITIGATION_HEADING.zh,
    what="report table 四",
    row_word="group",
)
"""Labels of table 四 (a result column may drop its 结果, and 行政诉讼 may stand in front)."""
CASE_MATCHER.columns.update(
    {
        **{normalize_label(r.label.removeprefix("结果")): r for r in CaseResult},
        normalize_label(TOTAL_LABEL.zh): Total.TOTAL,
    }
)

PROACTIVE_MATCHER = CnLabelMatcher(
    (proactive_schema(layout) for layout in ReportFormat),
    headings=(h.label("zh") for layout in ReportFormat for h in proactive_schema(layout).headings),
    what="report table 二",
)
"""Labels of table 二, either format (block captions are headings)."""
