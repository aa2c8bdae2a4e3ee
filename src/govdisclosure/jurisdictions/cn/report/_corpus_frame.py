"""The corpus's long data frame, built column by column from each table's records.

Every table of one schema has the same cells in the same order, so the columns that
describe a cell (table, row and column codes, labels, positions, kind) are the same for
each: they are taken once per schema and language from the first such table's
``to_records()`` (its labels, never rebuilt), and only the values are read from each
report. The frame is the one ``records_frame(corpus.to_records(), kinds)`` gives, made
without a dict per cell.

>>> from govdisclosure.jurisdictions.cn.report import AnnualReport, RequestTable
>>> frame = corpus_frame([AnnualReport(agency="某局", year=2025, requests=RequestTable.zeros())],
...                      "zh")
>>> len(frame), list(frame.columns[:3]), str(frame["count"].dtype)
(200, ['agency', 'year', 'table'], 'Int64')

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

import attrs

from govdisclosure.errors import InvalidInputError, Problem
from govdisclosure.jurisdictions.cn.report._shown import ShownTable
from govdisclosure.jurisdictions.cn.report.annual import AnnualReport, _kind_of
from govdisclosure.jurisdictions.cn.report.schemas import Language
from govdisclosure.reports import (
    RECORD_FIELDS,
    RECORD_LABEL_FIELDS,
    CellKind,
    TableSchema,
    pandas_module,
)

__all__ = ["corpus_frame"]

_CELL_FIELDS = ("table", "row", "column", *RECORD_LABEL_FIELDS)
_COLUMNS = (*RECORD_FIELDS[:-1], *RECORD_LABEL_FIELDS, "kind", "count", "amount")
_INT64_MAX = 2**63 - 1


@attrs.frozen
class _Template:
    """What the records of every table of one schema share, column by column."""

    schema: TableSchema  # kept so that the id it is cached under stays taken
    columns: dict[str, list[object]]
    amount: tuple[bool, ...]

    cells: frozenset[object] = frozenset()

    @classmethod
    def of(cls, table: ShownTable, language: Language) -> _Template:
        records = table.to_records(agency="", year=0, language=language)
        kinds = [_kind_of(table.schema, r) for r in records]
        columns: dict[str, list[object]] = {
            name: [r[name] for r in records] for name in _CELL_FIELDS
        }
        columns["kind"] = ["amount" if k is CellKind.AMOUNT else "count" for k in kinds]
        schema = _shown(table)
        amount = tuple(k is CellKind.AMOUNT for k in kinds)
        return cls(schema, columns, amount, frozenset(schema.cell_keys))


def _shown(table: ShownTable) -> TableSchema:
    """The schema of the cells the table's records hold (the rows as printed, for table 三)."""
    shown: TableSchema = getattr(table, "printed_schema", table.schema)
    return shown


def corpus_frame(reports: Sequence[AnnualReport], language: Language) -> Any:  # noqa: ANN401 - a pandas.DataFrame
    """Every cell of ``reports`` as one long frame (see :meth:`ReportCorpus.to_dataframe`).

    Raises:
        ImportError: if pandas is not installed.
        InvalidInputError: for a count that does not fit in 64 bits.
    """
    pd = pandas_module()
    templates: dict[tuple[str, int], _Template] = {}
    data: dict[str, list[object]] = {name: [] for name in _COLUMNS}
    counts, amounts = data["count"], data["amount"]
    for report in reports:
        for table in (report.proactive, report.requests, report.reviews):
            shown = _shown(table)
            key = (table.records_name, id(shown))
            template = templates.get(key)
            if template is None or template.schema is not shown:
                template = templates[key] = _Template.of(table, language)
            cells = table._frame_cells().cells()  # noqa: SLF001 - the package's own
            values = [v for r, c, v in cells if (r, c) in template.cells]
            data["agency"].extend([report.agency] * len(values))
            data["year"].extend([report.year] * len(values))
            for name in (*_CELL_FIELDS, "kind"):
                data[name].extend(template.columns[name])
            if any(template.amount):
                for value, amount in zip(values, template.amount, strict=True):
                    counts.append(None if amount else value)
                    amounts.append((pd.NA if value is None else value) if amount else pd.NA)
            else:
                counts.extend(values)
                amounts.extend([pd.NA] * len(values))
    _check_counts(data)
    frame = {name: data[name] for name in _COLUMNS[:-2]}
    frame["count"] = pd.array(counts, dtype="Int64")
    frame["amount"] = pd.array(amounts, dtype=object)
    return pd.DataFrame(frame, columns=list(_COLUMNS))


def _check_counts(data: dict[str, list[object]]) -> None:
    problems = [
        Problem(
            f"{data['agency'][i]} {data['year'][i]} {data['table'][i]}:{data['row'][i]}/"
            f"{data['column'][i]}",
            "does not fit in a 64-bit integer column",
            v,
        )
        for i, v in enumerate(data["count"])
        if v is not None and cast("int", v) > _INT64_MAX
    ]
    if problems:
        msg = "counts that a data frame cannot hold"
        raise InvalidInputError(msg, problems=problems)
