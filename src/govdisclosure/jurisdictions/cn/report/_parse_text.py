"""Reading an annual report from the text layer of its PDF: :func:`parse_report_text`.

A PDF's text layer (as pdfplumber or PyMuPDF give it) has lines, not cells:
a row of table 三 is its label followed by seven numbers, a blank cell printed
as ``—`` (a text layer without positions cannot show an empty cell, so a
missing number is an error, never a guess). Numbers are therefore read from
the end of each line, in the official column order; a label broken over two
lines, or a group label printed on a line of its own (or on the middle line of
its rows), is joined to the line that carries the numbers. Table 二 is read
block by block in the official column order of the format its labels show;
table 四 is the first fifteen numbers after its header.

>>> text = '''某局2023年政府信息公开工作年度报告
... 三、收到和处理政府信息公开申请情况
... 一、本年新收政府信息公开申请数量 3 — — — — — 3'''
>>> parse_report_text(text).requests["一、本年新收政府信息公开申请数量", "总计"]
3

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Hashable

from govdisclosure.errors import InvalidInputError
from govdisclosure.jurisdictions.cn.report._assemble import (
    PrintedRow,
    ReadLog,
    build_cases,
    build_proactive,
    build_requests,
)
from govdisclosure.jurisdictions.cn.report._narrative import text_narrative
from govdisclosure.jurisdictions.cn.report._parsed import (
    ParsedReport,
    ParseOptions,
    settle_layout,
    stated_format,
    title_facts,
)
from govdisclosure.jurisdictions.cn.report._variants import TableName
from govdisclosure.jurisdictions.cn.report.format import (
    REQUEST_COLUMNS,
    TOTAL_LABEL,
    CaseKind,
    CaseResult,
    ProactiveRow,
    ReportFormat,
    proactive_blocks,
)
from govdisclosure.reports import HEADING

__all__ = ["MAX_TEXT", "parse_report_text"]

MAX_TEXT = 5_000_000
"""The longest text read (characters); a report's text layer is far shorter."""

_VALUE = re.compile(
    r"^(?:[+-]?\d{1,3}(?:[,，]\d{3})+[件个]?|[+-]?\d+(?:\.\d+)?(?:万元|元|万|件|个)?|[—\-－/／–]+|无)$"
)
_CASE_START = re.compile(r"复议后起诉|四[、.]\s*(?:因)?政府信息公开.*行政复议")
_PROSE_LINE = re.compile(r"[，。；,;]")  # a sentence of the narrative, not a table header

_LEAF = re.compile(r"\s+(?=\d+[.．])")  # a group (or a piece of one) before a numbered leaf
_JUNK = re.compile(r"^[\d.,+\-%a-zA-Z]*\d[\d.,+\-%a-zA-Z]*$")  # a malformed number (12a, 1.2.3)
_CASES_WIDTH = 15
_SPACES = str.maketrans({"\u3000": " ", "\xa0": " ", "|": " ", "｜": " "})
_PAGE = re.compile(r"^[-—–]\s*\d+\s*[-—–]$")  # a page number: - 4 -
_ONLY_2019 = {ProactiveRow.OTHER_SERVICES, ProactiveRow.PROCUREMENT}


def _split(line: str) -> tuple[str, list[str]]:
    """A line as its label and the numbers (or blank marks) at its end."""
    tokens = line.split()
    values: list[str] = []
    while tokens and (
        _VALUE.match(token := unicodedata.normalize("NFKC", tokens[-1])) or _JUNK.match(token)
    ):
        values.insert(0, token)
        tokens.pop()
    return " ".join(tokens), values


def _norm(line: str) -> str:
    """A line with its spaces folded; table rules (``|``) count as spaces."""
    return line.translate(_SPACES).strip()


def _records(lines: list[tuple[str, list[str]]]) -> list[tuple[list[str], list[str]]]:
    """The lines as records: the label lines since the last numbers, and the numbers after them.

    One record per printed row, whether a row is one line (``label n n n``, as
    pdfplumber gives it) or a label line followed by one number a line (as
    PyMuPDF gives it); a label broken over lines is several label lines.
    """
    records: list[tuple[list[str], list[str]]] = []
    labels: list[str] = []
    values: list[str] = []
    for label, found in lines:
        if label and values:  # a label after numbers: the record before it is complete
            records.append((labels, values))
            labels, values = [], []
        if label:
            labels.append(label)
        values.extend(found)
    if values:
        records.append((labels, values))
    return records


def _label_parts(log: ReadLog, table: TableName, labels: list[str]) -> list[str]:
    """The label lines that name the row: the last, or the last two or three joined."""
    tail = [p for line in labels[-1:] for p in _LEAF.split(line)]
    for n in (1, 2, 3):
        lines = labels[-n:]
        parts = [*lines[:-1], *_LEAF.split(lines[-1])] if lines else []
        if not parts:
            break
        key = log.try_read(table, "row", "".join(parts))
        if key is None and len(parts) > 1:
            key = log.try_read(table, "row", parts[-1])
        if key is not None and key is not HEADING:
            return parts
    return tail


def _requests(log: ReadLog, records: list[tuple[list[str], list[str]]]) -> list[PrintedRow]:
    rows: list[PrintedRow] = []
    for labels, values in records:
        parts = _label_parts(log, "requests", labels)
        key = log.try_read("requests", "row", " ".join(parts)) if parts else None
        if key is None and len(parts) > 1:
            key = log.try_read("requests", "row", parts[-1])
        if len(values) != len(REQUEST_COLUMNS):
            if key is not None and key is not HEADING and not _is_proactive(log, parts):
                msg = f"the row {' '.join(parts)!r} of table 三 has {len(values)} numbers, not 7"
                raise InvalidInputError(msg, field="text", value=" ".join(values[:20]))
            continue  # not a row of table 三 (a row of 二, a page number)
        rows.append(PrintedRow(tuple(parts), tuple(values)))
    return rows


def _is_proactive(log: ReadLog, parts: list[str]) -> bool:
    return bool(parts) and isinstance(log.try_read("proactive", "row", parts[-1]), ProactiveRow)


def _proactive(
    log: ReadLog, records: list[tuple[list[str], list[str]]]
) -> list[tuple[str, list[tuple[str, str]]]]:
    found: list[tuple[str, Hashable, list[str]]] = []
    headers: list[str] = []
    block_headers: list[str] = []
    for labels, values in records:
        headers.extend(labels)
        block_headers.extend(line for line in labels if line.startswith("信息内容"))
        if not labels:
            continue
        key = log.try_read("proactive", "row", labels[-1])
        if isinstance(key, ProactiveRow) and len(values) < len(REQUEST_COLUMNS):
            found.append((labels[-1], key, values))
    if not found:
        return []
    keys = {k for _, k, _ in found}
    # The columns are told by the blocks' header lines (信息内容 ...), not by any other line
    # that happens to hold the same words (a title, an agency's name): all lines only if none.
    joined = " ".join(block_headers or headers)
    layout = (
        ReportFormat.V2019
        if keys & _ONLY_2019 or "上一年项目数量" in joined or "本年新制作数量" in joined
        else ReportFormat.V2021
    )
    columns: dict[Hashable, list[str]] = {}
    for block in proactive_blocks(layout):
        for row, _ in block.rows:
            columns[row] = [label.zh for _, label, _ in block.columns]
    out: list[tuple[str, list[tuple[str, str]]]] = []
    for label, key, values in found:
        wanted = columns.get(key)
        if wanted is None:
            msg = f"the row {label!r} is not a row of table 二 in the {layout.value} format"
            raise InvalidInputError(msg, field="text", value=label)
        if len(values) != len(wanted):
            msg = f"table 二 row {label!r} has {len(values)} numbers for {len(wanted)} columns"
            raise InvalidInputError(msg, field="text", value=" ".join(values[:20]))
        out.append((label, list(zip(wanted, values, strict=True))))
    return out


def _case_start(line: str) -> bool:
    """Whether a line starts table 四 (a sentence that names 复议后起诉 does not)."""
    return _CASE_START.search(line) is not None and _PROSE_LINE.search(line) is None


def _is_row(label: str, values: list[str]) -> bool:
    """Whether a line is a table row, not the narrative (a sentence may wrap after a number)."""
    return bool(values) and not (len(values) == 1 and _PROSE_LINE.search(label) is not None)


def _cases(lines: list[str]) -> list[tuple[str, str, str]] | None:
    start = next((i for i, line in enumerate(lines) if _case_start(line)), None)
    if start is None:
        return None
    numbers: list[str] = []
    for line in lines[start + 1 :]:
        label, values = _split(line)
        if label and numbers:
            break  # the numbers ended
        numbers.extend(values)  # a header line may end with the first numbers
        if len(numbers) >= _CASES_WIDTH:
            break
    if not numbers:
        return None
    if len(numbers) != _CASES_WIDTH:
        msg = f"table 四 has {_CASES_WIDTH} numbers; the text gives {len(numbers)}"
        raise InvalidInputError(msg, field="text", value=" ".join(numbers[:20]))
    results = [*[r.label for r in CaseResult], TOTAL_LABEL.zh]
    return [
        (kind.label, results[j], numbers[i * len(results) + j])
        for i, kind in enumerate(CaseKind)
        for j in range(len(results))
    ]


def parse_report_text(text: str, options: ParseOptions | None = None) -> ParsedReport:
    """Read tables 二, 三 and 四, the year and the agency from a report's PDF text layer.

    Labels are read as :func:`~cn.parse_report_html` reads them; numbers are
    taken from the end of each line in the official column order, ``—`` for a
    blank cell.

    Raises:
        InvalidInputError: if the text is not a string or too long, a row has
            the wrong number of numbers, or a number is malformed.
        UnknownLabelError: if a row label of a report table names nothing.
    """
    given: object = text
    if not isinstance(given, str):
        msg = "the text must be a str"
        raise InvalidInputError(msg, field="text", value=type(given).__name__)
    if len(given) > MAX_TEXT:
        msg = f"the text is longer than {MAX_TEXT} characters"
        raise InvalidInputError(msg, field="text", value=len(given))
    opts: object = options if options is not None else ParseOptions()
    if not isinstance(opts, ParseOptions):
        msg = "options must be a ParseOptions"
        raise InvalidInputError(msg, field="options", value=opts)
    log = ReadLog(opts)
    lines = [n for line in given.splitlines() if (n := _norm(line))]
    split = [_split(line) for line in lines]
    case_cells = _cases(lines)
    case_start = next((i for i, line in enumerate(lines) if _case_start(line)), len(lines))
    records = _records(
        [line for line in split[:case_start] if not _PAGE.match(" ".join(line[1])) or line[0]]
    )
    request_rows = _requests(log, records)
    proactive_rows = _proactive(log, records)
    requests = (
        build_requests(log, request_rows, [c.key for c in REQUEST_COLUMNS])
        if request_rows
        else None
    )
    proactive = build_proactive(log, proactive_rows) if proactive_rows else None
    cases = build_cases(log, case_cells) if case_cells else None
    if requests is None and proactive is None and cases is None:
        log.note("parse.empty", "the text has no table of an annual report")
    year, agency, notes = title_facts(lines[:3])
    requests, settled = settle_layout(
        requests, proactive, year, opts, stated=stated_format(lines[:40])
    )
    notes = [*settled, *notes]
    return ParsedReport(
        requests=requests,
        cases=cases,
        proactive=proactive,
        year=year,
        agency=agency,
        findings=(*log.findings, *notes),
        readings={r.printed: r.official for r in log.readings},
        label_readings=tuple(log.readings),
        units=dict(log.units),
        narrative=text_narrative(lines, [_is_row(label, values) for label, values in split]),
    )
