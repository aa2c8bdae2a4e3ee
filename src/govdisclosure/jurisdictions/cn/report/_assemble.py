"""From printed rows to tables: the half of reading a report that HTML and PDF text share.

A reader (:mod:`~._parse_html`, :mod:`~._parse_text`) finds, for each table,
its rows as printed: label parts and cell texts. The functions here read the
labels (tolerantly, recording every reading in a :class:`ReadLog`) and the
numbers, and build :class:`~cn.RequestTable`, :class:`~cn.ReconsiderationLitigationTable`
and :class:`~cn.ProactiveTable`. Every bad number is reported at once.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from decimal import Decimal
from typing import Any

import attrs

from govdisclosure.errors import InvalidInputError, Problem, UnknownLabelError
from govdisclosure.jurisdictions.cn._labels import normalize_label
from govdisclosure.jurisdictions.cn.outcomes import Outcome
from govdisclosure.jurisdictions.cn.report._case_table import ReconsiderationLitigationTable
from govdisclosure.jurisdictions.cn.report._parsed import (
    AmountUnits,
    ParseOptions,
    parse_finding,
    read_amount,
    read_count,
)
from govdisclosure.jurisdictions.cn.report._proactive_keys import ProactiveColumn
from govdisclosure.jurisdictions.cn.report._proactive_table import ProactiveTable
from govdisclosure.jurisdictions.cn.report._request_table import RequestTable
from govdisclosure.jurisdictions.cn.report._tolerant import (
    STRICT,
    LabelReading,
    Role,
    is_exact,
    official_label,
)
from govdisclosure.jurisdictions.cn.report._variants import TableName
from govdisclosure.reports import HEADING, Finding

# PrintedRow and ReadLog are working values of one reading, not models: not exported.
__all__ = ["build_cases", "build_proactive", "build_requests", "read_row_label"]

_AMOUNT_COLUMNS = {
    ProactiveColumn.FEES_COLLECTED: "万元",
    ProactiveColumn.PROCUREMENT_AMOUNT: None,
}


@attrs.define
class ReadLog:
    """What reading found so far: readings, findings, units (mutable while one page is read)."""

    options: ParseOptions
    readings: list[LabelReading] = attrs.Factory(list)
    findings: list[Finding] = attrs.Factory(list)
    units: dict[str, str] = attrs.Factory(dict)

    def read(self, table: TableName, role: Role, printed: str) -> Hashable:
        """The key of a printed label; a reading that is not exact is recorded."""
        key, reading = self.options.labels.read(table, role, printed)
        if reading is not None and reading not in self.readings:
            self.readings.append(reading)
            self.findings.append(parse_finding("parse.label", reading.message))
        return key

    def record(self, table: TableName, printed: str, key: Hashable) -> None:
        """Record that a row label made of official parts and a fragment was read as ``key``."""
        official = official_label(table, "row", key)
        reading = LabelReading(printed, official, "path", table, "row")
        if reading not in self.readings:
            self.readings.append(reading)
            self.findings.append(parse_finding("parse.label", reading.message))

    def try_read(self, table: TableName, role: Role, printed: str) -> Hashable | None:
        """Like :meth:`read`, but ``None`` (nothing recorded) where the label names nothing."""
        return self.options.labels.find(table, role, printed)[0]

    def note(self, rule: str, message: str) -> None:
        """Add a finding about the page."""
        self.findings.append(parse_finding(rule, message))


@attrs.frozen
class PrintedRow:
    """A row as printed: the texts of its label cells and of its value cells."""

    labels: tuple[str, ...]
    values: tuple[str, ...]


def _exact(table: TableName, role: Role, text: str) -> Hashable | None:
    key, reading = STRICT.find(table, role, text)
    return key if reading is None or reading.how == "normalized" else None


def read_row_label(log: ReadLog, table: TableName, parts: Sequence[str]) -> Hashable:
    """The row a printed row names, from its label cells (group cells first).

    The whole label is read first as the official matchers read it; then the
    last cell alone, the last two joined (a label broken over two cells), and
    the path of all cells, tolerantly.
    """
    parts = [p for p in parts if p.strip()]
    if not parts:
        msg = "a row with numbers has no label"
        raise UnknownLabelError(msg, field="row", value="")
    joined = " ".join(parts)
    for text in (joined, parts[-1], "".join(parts[-2:])):
        key = _exact(table, "row", text)
        if key is not None and _fits_groups(key, parts[:-1]):
            if not is_exact(table, "row", "".join(parts)):
                log.record(table, " ".join(parts), key)
            return key
    last = log.try_read(table, "row", parts[-1])
    if last is not None and _fits_groups(last, parts[:-1]):
        return log.read(table, "row", parts[-1])
    if len(parts) > 1 and log.try_read(table, "row", "".join(parts[-2:])) is not None:
        return log.read(table, "row", "".join(parts[-2:]))
    return log.read(table, "row", " / ".join(parts))


def _fits_groups(key: Hashable, groups: Sequence[str]) -> bool:
    """Whether the group cells in front of an outcome row name its own group."""
    if not isinstance(key, Outcome) or not groups:
        return True
    groups = [g.replace("其它", "其他") for g in groups]  # the spelling LabelTolerance reads
    try:
        Outcome.from_label(f"{groups[-1]} {key.label}")
    except UnknownLabelError:
        # a top heading (三、本年度办理结果) alone in front is fine, and so is the start of the
        # row's own group broken by a line end (（四）无 for （四）无法提供)
        if len(groups) == 1 and "办理结果" in groups[0]:
            return True
        start = normalize_label(groups[-1])
        return bool(start) and normalize_label(key.group.label).startswith(start)
    return True


def _counts(texts: Sequence[tuple[str, str]], problems: list[Problem]) -> list[int | None]:
    out: list[int | None] = []
    for path, text in texts:
        try:
            out.append(read_count(text))
        except InvalidInputError as err:
            problems.append(
                Problem(path, err.problems[0].message if err.problems else str(err), text)
            )
            out.append(None)
    return out


def _raise(problems: list[Problem], what: str) -> None:
    if problems:
        msg = f"cells of {what} that are not numbers"
        raise InvalidInputError(msg, problems=problems)


def build_requests(
    log: ReadLog, rows: Sequence[PrintedRow], columns: Sequence[Hashable]
) -> RequestTable:
    """Table 三 from its printed rows, each value cell under ``columns``."""
    data: dict[Any, dict[Any, int | None]] = {}
    problems: list[Problem] = []
    for row in rows:
        key = read_row_label(log, "requests", row.labels)
        label = " ".join(row.labels)
        paths = [(f"三[{label!r}][{i}]", text) for i, text in enumerate(row.values)]
        values = _counts(paths, problems)
        if key is HEADING:
            if any(v is not None for v in values):
                log.note(
                    "parse.heading", f"the heading row {label!r} has numbers; they are not read"
                )
            continue
        if len(values) != len(columns):
            msg = f"the row has {len(values)} numbers for {len(columns)} columns"
            problems.append(Problem(f"三[{label!r}]", msg, row.values[:20]))
            continue
        if key in data:
            problems.append(Problem(f"三[{label!r}]", "the same row is printed twice", label))
            continue
        data[key] = dict(zip(columns, values, strict=True))
    _raise(problems, "table 三")
    return RequestTable.from_labels(data)


def build_cases(
    log: ReadLog, cells: Sequence[tuple[str, str, str]]
) -> ReconsiderationLitigationTable:
    """Table 四 from ``(group label, result label, text)`` for each printed number."""
    data: dict[Any, dict[Any, int | None]] = {}
    problems: list[Problem] = []
    for group, result, text in cells:
        row = log.read("cases", "row", group)
        column = log.read("cases", "column", result)
        value = _counts([(f"四[{group!r}][{result!r}]", text)], problems)[0]
        line = data.setdefault(row, {})
        if column in line:
            problems.append(Problem(f"四[{group!r}][{result!r}]", "printed twice", text))
        line[column] = value
    _raise(problems, "table 四")
    return ReconsiderationLitigationTable.from_labels(data)


def build_proactive(
    log: ReadLog, rows: Sequence[tuple[str, Sequence[tuple[str, str]]]]
) -> ProactiveTable:
    """Table 二 from ``(row label, [(column label, text), ...])`` for each printed row."""
    data: dict[Any, dict[Any, int | Decimal | None]] = {}
    problems: list[Problem] = []
    for row_label, cells in rows:
        row = log.read("proactive", "row", row_label)
        if row is HEADING:
            continue
        line = data.setdefault(row, {})
        for column_label, text in cells:
            column = log.read("proactive", "column", column_label)
            path = f"二[{row_label!r}][{column_label!r}]"
            if column in line:
                problems.append(Problem(path, "printed twice", text))
                continue
            if isinstance(column, ProactiveColumn) and column in _AMOUNT_COLUMNS:
                line[column] = _amount(
                    log,
                    path=path,
                    where=(row_label, column_label),
                    text=text,
                    column=column,
                    problems=problems,
                )
                continue
            line[column] = _counts([(path, text)], problems)[0]
    _raise(problems, "table 二")
    return ProactiveTable.from_labels(data)


def _amount(  # noqa: PLR0913 - where, what and the problems
    log: ReadLog,
    *,
    path: str,
    where: tuple[str, str],
    text: str,
    column: ProactiveColumn,
    problems: list[Problem],
) -> Decimal | None:
    try:
        read = read_amount(text)
    except InvalidInputError:
        problems.append(Problem(path, "not an amount", text))
        return None
    if read is None:
        return None
    value, unit = read
    stated = _AMOUNT_COLUMNS[column]
    if unit is None:
        return value
    log.units[f"{where[0]}/{where[1]}"] = unit
    if stated is not None and unit != stated:
        if log.options.amount_units is AmountUnits.REFUSE:
            msg = f"the cell states {unit} where the column states {stated}"
            problems.append(Problem(path, msg, text))
            return None
        log.note(
            "parse.unit",
            f"{text!r} in {where[1]!r} is in {unit}, the column's unit is {stated}; read as printed"
            f" ({value} {unit}), not converted",
        )
    return value
