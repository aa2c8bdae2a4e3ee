"""Reading an annual report from its HTML page: :func:`parse_report_html`.

The page's tables are laid out as grids (:mod:`~._grid`); each is recognised
by what it holds (table 三 by its 本年新收 row, table 四 by its 行政复议 and
复议后起诉 headers, table 二 by its 第二十条 blocks or 信息内容 headers), so
navigation, metadata and layout tables before the report are passed over. A
nested report table is found inside the layout table that holds it.

>>> page = '''<h1>某区人民政府2023年政府信息公开工作年度报告</h1>
... <table><tr><td colspan="2">申请人情况</td></tr>
... <tr><td>本年度情况</td><td>自然人</td><td>总计</td></tr>
... <tr><td>一、本年新收政府信息公开申请数量</td><td>3</td><td>3</td></tr></table>'''
>>> report = parse_report_html(page)
>>> report.year, report.agency, report.requests["一、本年新收政府信息公开申请数量", "总计"]
(2023, '某区人民政府', 3)

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence

from govdisclosure.errors import InvalidInputError, UnknownLabelError
from govdisclosure.jurisdictions.cn._labels import normalize_label
from govdisclosure.jurisdictions.cn.report._amounts import BLANK_MARKS
from govdisclosure.jurisdictions.cn.report._assemble import (
    PrintedRow,
    ReadLog,
    build_cases,
    build_proactive,
    build_requests,
)
from govdisclosure.jurisdictions.cn.report._grid import Cell, Grid, html_grids, load_html
from govdisclosure.jurisdictions.cn.report._narrative import html_narrative
from govdisclosure.jurisdictions.cn.report._parsed import (
    ParsedReport,
    ParseOptions,
    settle_layout,
    stated_format,
    title_facts,
)
from govdisclosure.jurisdictions.cn.report._tolerant import STRICT, Role
from govdisclosure.jurisdictions.cn.report.format import (
    REQUEST_COLUMNS,
    CaseKind,
    CaseResult,
    Total,
)
from govdisclosure.reports import HEADING
from govdisclosure.requests import ApplicantKind

__all__ = ["parse_report_html"]

_CONTENT = normalize_label("信息内容")


def _kind(grid: Grid) -> str | None:
    """Which report table a grid is, by the labels its cells print (each a cell of its own).

    A layout table whose one cell holds the report's prose (本年新收…件，予以公开…件) prints
    no label in a cell of its own, so it is none.
    """
    texts = {c.text for row in grid.rows for c in row if c is not None and len(c.text) < 80}
    counts = dict.fromkeys(("requests", "cases", "proactive"), 0)
    for text in texts:
        for table in counts:
            key, _ = STRICT.find(table, "row", text)  # type: ignore[arg-type]
            if key is not None and key is not HEADING:
                counts[table] += 1
        if normalize_label(text) == _CONTENT or text.startswith("第二十条"):
            counts["proactive"] += 1
        if isinstance(STRICT.find("requests", "column", text)[0], ApplicantKind):
            counts["requests"] += 1
        if len(text) < 30 and ("复议后起诉" in text or "直接起诉" in text):
            counts["cases"] += 1
    if counts["requests"] >= 2:
        return "requests"
    if counts["cases"] >= 2:
        return "cases"
    if counts["proactive"] >= 2:
        return "proactive"
    return None


def _unique(cells: Sequence[Cell | None]) -> list[Cell]:
    """The cells of a row or column, each spanned cell once, empty slots left out."""
    seen: set[int] = set()
    out: list[Cell] = []
    for cell in cells:
        if cell is not None and cell.origin not in seen:
            seen.add(cell.origin)
            out.append(cell)
    return out


def _request_columns(
    log: ReadLog, header: Sequence[Sequence[Cell | None]], width: int
) -> dict[int, Hashable]:
    found: dict[int, Hashable] = {}
    for j in range(width):
        cells = _unique([row[j] if j < len(row) else None for row in header])
        parts = [c.text for c in cells if c.text and not _numberish(c.text)]
        if not parts:
            continue
        key = None
        for k in range(1, len(parts) + 1):  # official labels first, shortest suffix first
            key = _strict_column("".join(parts[-k:]))
            if key is not None:
                log.read("requests", "column", "".join(parts[-k:]))
                break
        if key is None and log.try_read("requests", "column", parts[-1]) is not None:
            key = log.read("requests", "column", parts[-1])
        if key is not None and key is not HEADING:
            found[j] = key
    return found


def _strict_column(text: str) -> Hashable | None:
    key, reading = STRICT.find("requests", "column", text)
    return key if reading is None else None


def _first_data_row(log: ReadLog, grid: Grid) -> int | None:
    for r, row in enumerate(grid.rows):
        labels: list[str] = []
        for cell in _unique(row):
            if _numberish(cell.text):
                break
            labels.append(cell.text)
        if len(labels) == len(_unique(row)):
            continue  # no numbers: a header row
        for text in (labels[-1:], labels[:1], labels):
            key = log.try_read("requests", "row", "".join(text)) if text else None
            if key is not None and key is not HEADING:
                return r
    return None


def _requests(log: ReadLog, grid: Grid) -> object:
    start = _first_data_row(log, grid)
    if start is None:
        msg = "table 三 has no row of numbers under a label"
        raise InvalidInputError(msg, field="html", value="table 三")
    columns = _request_columns(log, grid.rows[:start], grid.width)
    if not columns:
        first = grid.width - len(REQUEST_COLUMNS)
        if first < 1:
            msg = f"table 三 has {grid.width} columns and no column headers"
            raise InvalidInputError(msg, field="html", value="table 三")
        columns = {first + i: c.key for i, c in enumerate(REQUEST_COLUMNS)}
        log.note("parse.columns", "table 三 prints no column headers; read in the official order")
    if len(set(columns.values())) != len(columns):
        msg = "table 三 prints a column header twice"
        raise InvalidInputError(msg, field="html", value=sorted(str(k) for k in columns.values()))
    _check_extra_columns(log, grid, start, columns)
    rows = _request_rows(log, grid, start, columns)
    return build_requests(log, rows, [columns[j] for j in sorted(columns)])


def _request_rows(
    log: ReadLog, grid: Grid, start: int, columns: dict[int, Hashable]
) -> list[PrintedRow]:
    """The printed rows of table 三 from ``start``: label cells, then cells under ``columns``."""
    first_value = min(columns)
    rows: list[PrintedRow] = []
    numbers: set[int] = set()  # the cells read as numbers: one cell, one number
    for row in grid.rows[start:]:
        labels = _unique(row[:first_value])
        label_origins = {c.origin for c in labels}
        values = [row[j] if j < len(row) else None for j in sorted(columns)]
        if all(v is not None and v.origin in label_origins for v in values):
            if labels and log.try_read("requests", "row", labels[-1].text) is None:
                log.note(
                    "parse.note",
                    f"a row of table 三 that spans it is not read: {labels[-1].text!r}",
                )
            continue  # a caption or note over the whole table
        texts = tuple("" if v is None else v.text for v in values)
        if not labels and all(not t for t in texts):
            continue
        if all(t and not _is_value(t) for t in texts):
            log.note(
                "parse.header", f"a header row repeated inside table 三 is not read: {texts[0]!r}"
            )
            continue
        for cell in values:
            if cell is not None and _HAS_DIGIT.search(cell.text):
                if cell.origin in numbers:
                    msg = "a number of table 三 spans several cells; which one it counts is unknown"
                    raise InvalidInputError(msg, field="html", value=cell.text)
                numbers.add(cell.origin)
        rows.append(PrintedRow(tuple(c.text for c in labels), texts))
    return rows


def _check_extra_columns(
    log: ReadLog, grid: Grid, start: int, columns: dict[int, Hashable]
) -> None:
    """Refuse numbers under a header that names no column; a subtotal column is a finding."""
    value_origins = {
        row[j].origin  # type: ignore[union-attr]
        for row in grid.rows[start:]
        for j in columns
        if j < len(row) and row[j] is not None
    }
    for j in range(min(columns), grid.width):
        if j in columns:
            continue
        numbers = [
            cell.text
            for row in grid.rows[start:]
            if j < len(row)
            and (cell := row[j]) is not None
            and cell.origin not in value_origins
            and _HAS_DIGIT.search(cell.text)
        ]
        if not numbers:
            continue
        header = " / ".join(
            c.text for c in _unique([r[j] if j < len(r) else None for r in grid.rows[:start]])
        )
        if "小计" in header:
            log.note("parse.subtotal", f"the column {header!r} is not in the format; not read")
            continue
        msg = f"numbers under a column header of table 三 that names no column: {header!r}"
        raise UnknownLabelError(msg, field="column", value=header)


def _cases(log: ReadLog, grid: Grid) -> object:
    """Table 四, read either way round: groups over columns (the format) or down rows.

    Each number is named by the texts around it: the non-numeric cells of its
    row and the header cells above it; one of them must name the group
    (行政复议, 未经复议直接起诉, 复议后起诉) and one the result (结果维持 … 总计).
    """
    start = next(
        (r for r, row in enumerate(grid.rows) if any(c and _HAS_DIGIT.search(c.text) for c in row)),
        None,
    )
    if start is None:  # every cell blank: the all-blank table
        return build_cases(log, [])
    cells: list[tuple[str, str, str]] = []
    for row in grid.rows[start:]:
        labels = [c.text for c in _unique(row) if c.text and not _is_value(c.text)]
        used: set[int] = set()
        for j, cell in enumerate(row):
            if cell is None or cell.origin in used or not _is_value(cell.text):
                continue
            used.add(cell.origin)
            above = [row_[j] if j < len(row_) else None for row_ in grid.rows[:start]]
            header = [c.text for c in _unique(above) if c.text]
            names = [part for name in (*labels, *header) for part in _parts(name)]
            group = next((n for n in names if _case_key(log, "row", n) is not None), None)
            result = next(
                (n for n in reversed(names) if _case_key(log, "column", n) is not None), None
            )
            if group is None or result is None:
                if not _HAS_DIGIT.search(cell.text):
                    continue  # a blank outside the grid of numbers
                msg = f"a number of table 四 ({cell.text!r}) names no group and result"
                raise UnknownLabelError(msg, field="column", value=" / ".join(names))
            cells.append((group, result, cell.text))
    return build_cases(log, cells)


_HAS_DIGIT = re.compile(r"\d")
_SPLIT = re.compile(r"\s*[/_|—\-]\s*")


def _parts(name: str) -> list[str]:
    """A header and its parts (行政复议_结果维持 is 行政复议 and 结果维持)."""
    pieces = [p for p in _SPLIT.split(name) if p]
    return [name, *pieces] if len(pieces) > 1 else [name]


def _is_value(text: str) -> bool:
    """A number, a blank mark, or a malformed number (``12a``): not a label."""
    bare = "".join(text.split())
    return _numberish(text) or (
        bool(_HAS_DIGIT.search(bare)) and len(bare) <= 12 and not _CJK.search(bare)
    )


_CJK = re.compile(r"[\u4e00-\u9fff]")


def _case_key(log: ReadLog, role: Role, text: str) -> Hashable | None:
    key = log.try_read("cases", role, text)
    if role == "row":
        return key if isinstance(key, CaseKind) else None
    return key if isinstance(key, (CaseResult, Total)) else None


def _numberish(text: str) -> bool:
    bare = "".join(text.split()).replace(",", "")
    return bare.isdigit() or bare in BLANK_MARKS


def _proactive(log: ReadLog, grid: Grid) -> object:  # noqa: C901 - one pass over the blocks
    rows: list[tuple[str, list[tuple[str, str]]]] = []
    header: dict[int, str] = {}
    for row in grid.rows:
        cells = _unique(row)
        while cells and log.try_read("proactive", "row", cells[0].text) is HEADING:
            cells = cells[1:]  # a caption (第二十条第（一）项), on a row or down a column
        if len(cells) <= 1:
            continue  # a block caption alone, or an empty row
        first = cells[0]
        if normalize_label(first.text) == _CONTENT:
            header = {}
            kept = {c.origin for c in cells}
            for j, cell in enumerate(row):
                if cell is not None and cell.origin != first.origin and cell.origin in kept:
                    header[j] = cell.text
            continue
        printed: list[tuple[str, str]] = []
        used: set[int] = set()
        kept = {c.origin for c in cells}
        for j, cell in enumerate(row):
            if (
                cell is None
                or cell.origin not in kept
                or cell.origin == first.origin
                or cell.origin in used
                or j not in header
            ):
                continue
            if not cell.text and header[j] in (h for h, _ in printed):
                continue
            used.add(cell.origin)
            printed.append((header[j], cell.text))
        if not header:
            msg = f"a row of table 二 comes before any 信息内容 header: {first.text!r}"
            raise UnknownLabelError(msg, field="row", value=first.text)
        rows.append((first.text, _one_per_column(first.text, printed)))
    return build_proactive(log, rows)


def _continued(log: ReadLog, grids: list[Grid]) -> Grid:
    """Table 三 with the tables that continue it (rows and no header: a page break).

    A continuation's rows are aligned on the right, where the numbers are: a
    group cell spanned from the first table (三、本年度办理结果) is not printed
    again. Another table 三 with a header of its own is not read (a finding).
    """
    rows = list(grids[0].rows)
    width = grids[0].width
    for index, grid in enumerate(grids[1:], start=1):
        if _first_data_row(log, grid) != 0 or grid.width > width:
            log.note("parse.duplicate", "a second table 三 is not read")
            continue
        rows.extend((None,) * (width - len(row)) + row for row in _renumber(grid, index))
    return Grid(tuple(rows))


def _renumber(grid: Grid, index: int) -> tuple[tuple[Cell | None, ...], ...]:
    """The grid's rows with cell numbers unique across the tables of a page."""
    offset = index * 1_000_000
    return tuple(
        tuple(None if c is None else Cell(c.text, c.origin + offset) for c in row)
        for row in grid.rows
    )


def _one_per_column(row: str, printed: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """One text per column: a header spanned over several cells holds one number."""
    seen: dict[str, str] = {}
    for label, text in printed:
        if not seen.get(label):
            seen[label] = text
        elif text and text != seen[label]:
            msg = f"table 二 row {row!r} prints two numbers under {label!r}"
            raise InvalidInputError(msg, field="html", value=[seen[label], text])
    return list(seen.items())


def _read_tables(log: ReadLog, grids: list[Grid]) -> dict[str, object]:
    """Tables 三, 四 and 二 from the page's grids, by what each holds."""
    found: dict[str, object] = {}
    proactive: list[Grid] = []
    requests: list[Grid] = []
    for grid in grids:
        if grid.problem:
            log.note("parse.table", f"a table is not read: {grid.problem}")
            continue
        kind = _kind(grid)
        if kind is None:
            continue
        if kind == "proactive":
            proactive.append(grid)  # a page may print each block as a table of its own
            continue
        if kind == "requests":
            requests.append(grid)  # a table broken over pages continues in a second one
            continue
        if "cases" in found:
            log.note("parse.duplicate", "a second table 四 is not read")
            continue
        found["cases"] = _cases(log, grid)
    if requests:
        found["requests"] = _requests(log, _continued(log, requests))
    if proactive:
        rows = tuple(row for grid in proactive for row in _renumber(grid, proactive.index(grid)))
        found["proactive"] = _proactive(log, Grid(rows))
    return found


def parse_report_html(html: str, options: ParseOptions | None = None) -> ParsedReport:
    """Read tables 二, 三 and 四, the year and the agency from a report's HTML page.

    Labels are read tolerantly by default (``options.labels``, see
    :class:`~cn.LabelTolerance`); every label that is not exact is in
    ``.readings`` and in a finding naming it. Blank cells printed as nothing,
    ``&nbsp;``, ``-``, ``/`` or ``—`` are blank (``None``).

    Raises:
        InvalidInputError: if the page is not a string or cannot be read, or a
            report cell is not a number.
        UnknownLabelError: if a row or column label of a report table names
            nothing, or two rows equally.
        ImportError: if lxml (``pip install govdisclosure[parse]``) is missing.
    """
    opts: object = options if options is not None else ParseOptions()
    if not isinstance(opts, ParseOptions):
        msg = "options must be a ParseOptions"
        raise InvalidInputError(msg, field="options", value=opts)
    root = load_html(html)
    grids, page = html_grids(root)
    log = ReadLog(opts)
    found = _read_tables(log, grids)
    if not found:
        log.note("parse.empty", "the page has no table of an annual report")
    year, agency, notes = title_facts([page.title, *page.headings])
    tables = [  # the report's tables (and any not read) are not its narrative
        element
        for element, grid in zip(root.iter("table"), grids, strict=True)
        if grid.problem or _kind(grid) is not None
    ]
    requests, settled = settle_layout(
        found.get("requests"),  # type: ignore[arg-type]
        found.get("proactive"),  # type: ignore[arg-type]
        year,
        opts,
        stated=stated_format([page.title, *page.headings]),
    )
    notes = [*settled, *notes]
    return ParsedReport(
        requests=requests,
        cases=found.get("cases"),  # type: ignore[arg-type]
        proactive=found.get("proactive"),  # type: ignore[arg-type]
        year=year,
        agency=agency,
        findings=(*log.findings, *notes),
        readings={r.printed: r.official for r in log.readings},
        label_readings=tuple(log.readings),
        units=dict(log.units),
        narrative=html_narrative(root, set(tables)),
    )
