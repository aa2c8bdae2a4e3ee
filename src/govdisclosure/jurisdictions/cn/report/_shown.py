"""What the report's three tables share as shown: their language, HTML, notebook view, frames.

:class:`ShownTable` is the base of :class:`~govdisclosure.jurisdictions.cn.RequestTable`,
:class:`~govdisclosure.jurisdictions.cn.ReconsiderationLitigationTable` and
:class:`~govdisclosure.jurisdictions.cn.ProactiveTable`; each supplies its HTML
layout (``_html``) and the cells its frame is built from (``_frame_cells``).

>>> from govdisclosure.jurisdictions.cn import RequestTable
>>> t = RequestTable.zeros().with_language("en")
>>> t.language, t == RequestTable.zeros()
('en', True)
>>> "<table" in t.to_html(), 'class="govdisclosure-styled"' in t._repr_html_()
(True, True)

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from typing import Any, ClassVar, Self

import attrs

from govdisclosure.jurisdictions.cn.report.schemas import Language, check_language
from govdisclosure.reports import (
    Record,
    StartsFromZero,
    TableSchema,
    styled_html,
    table_frame,
    table_records,
)

__all__ = ["ShownTable"]


class ShownTable(StartsFromZero):
    """A report table shown in a language: ``with_language``, ``to_html``, ``to_dataframe``."""

    __slots__ = ()

    language: Language
    records_name: ClassVar[str]
    """The table's name in its records (``"requests"``, ``"proactive"``, ...)."""

    @property
    def schema(self) -> TableSchema:
        """The table's schema (each table has its own)."""
        raise NotImplementedError

    def _html(self, language: Language) -> str:
        """The table's HTML in the official layout (each table has its own)."""
        raise NotImplementedError

    def _frame_cells(self) -> Any:  # noqa: ANN401 - the cells as the table holds them
        """What :func:`~govdisclosure.reports.table_frame` reads the cells from."""
        return getattr(self, "cells")  # noqa: B009 - each table names its cells ``cells``

    def _frame_schema(self) -> TableSchema:
        """The schema of the rows records and frames have (the table's by default)."""
        return self.schema

    def _language(self, language: Language | None) -> Language:
        return self.language if language is None else check_language(language)

    def with_language(self, language: Language) -> Self:
        """The same table, shown in ``language`` (equal to this one)."""
        return attrs.evolve(self, language=check_language(language))  # type: ignore[misc]

    def to_html(self, language: Language | None = None, *, styled: bool = False) -> str:
        """The table as HTML in the official layout, in ``language`` (the table's by default).

        With ``styled=True`` it comes with a small stylesheet of its own
        (:func:`~govdisclosure.reports.styled_html`), as a notebook shows it.
        """
        out = self._html(self._language(language))
        return styled_html(out) if styled else out

    def to_records(
        self, *, agency: str, year: int, language: Language | None = None
    ) -> list[Record]:
        """One record per cell (long format), rows and columns by their stable codes.

        Each record also has the row's and the column's labels in ``language``
        (the table's by default) and their 0-based positions in the official order
        (:data:`~govdisclosure.reports.RECORD_LABEL_FIELDS`); amounts stay
        :class:`~decimal.Decimal`.
        """
        return table_records(
            self._frame_cells(),
            agency=agency,
            year=year,
            table=self.records_name,
            schema=self._frame_schema(),
            language=self._language(language),
        )

    def _repr_html_(self) -> str:
        return self.to_html(styled=True)

    def to_dataframe(self, language: Language | None = None) -> Any:  # noqa: ANN401 - a pandas.DataFrame (optional, untyped)
        """The table as a ``pandas.DataFrame``: rows and columns labelled, in the official order.

        Counts are of the nullable ``Int64`` dtype, a blank cell ``<NA>``;
        amounts are exact ``Decimal`` values in an ``object`` column.
        ``language`` is the table's by default. pandas is imported here, and only here.

        Raises:
            ImportError: if pandas is not installed (``pip install pandas``).
        """
        return table_frame(self._frame_cells(), self._frame_schema(), self._language(language))
