"""Rendering the annual report: plain text, Markdown and HTML, in the official layout.

Every function is pure and returns a string. Labels are the official Chinese
ones by default; ``language="en"`` uses the English labels beside them. A
blank cell is shown empty, never as ``0``.

HTML follows the official tables cell for cell (the spanning header of table
三, its 22 outcome rows under 三、本年度办理结果, and table 四 as one row of 15
numbers). Plain text and Markdown cannot span cells, so they show the same
rows in the same order with group headings on rows of their own, and table 四
as three rows (one per group) of five columns.

>>> from govdisclosure.jurisdictions.cn.report.tables import ReconsiderationLitigationTable
>>> t = ReconsiderationLitigationTable.from_row([5, None, None, 2, 7] + [0] * 10)
>>> print(case_table_text(t))
项目                       | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计
---------------------------+----------+----------+----------+----------+-----
行政复议                   |        5 |          |          |        2 |    7
行政诉讼：未经复议直接起诉 |        0 |        0 |        0 |        0 |    0
行政诉讼：复议后起诉       |        0 |        0 |        0 |        0 |    0

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import html
from decimal import Decimal
from typing import TYPE_CHECKING

from govdisclosure.jurisdictions.cn.outcomes import Outcome, OutcomeGroup
from govdisclosure.jurisdictions.cn.report.format import (
    APPLICANT_HEADING,
    CASE_COLUMNS,
    CASE_HEADING,
    CASE_KINDS,
    CONTENT_HEADING,
    FLAT_GROUPS,
    LITIGATION_HEADING,
    ORGANIZATION_HEADING,
    REQUEST_COLUMNS,
    REQUEST_TABLE_NOTE,
    RESULTS_HEADING,
    CaseKind,
    ReportFormat,
    RequestRow,
    RowSpec,
    group_heading,
    proactive_blocks,
    request_rows,
    sections,
)
from govdisclosure.jurisdictions.cn.report.schemas import (
    Language,
    ProactiveValue,
    printed_request_schema,
)
from govdisclosure.reports import (
    HtmlCell,
    TableSchema,
    format_cell,
    html_table,
    markdown_table,
    schema_markdown,
    schema_text,
    text_table,
)

if TYPE_CHECKING:
    from govdisclosure.jurisdictions.cn.report.annual import AnnualReport
    from govdisclosure.jurisdictions.cn.report.tables import (
        ProactiveTable,
        ReconsiderationLitigationTable,
        RequestTable,
    )

__all__ = [
    "case_table_html",
    "case_table_markdown",
    "case_table_text",
    "proactive_table_html",
    "proactive_table_markdown",
    "proactive_table_text",
    "report_html",
    "report_markdown",
    "report_text",
    "request_table_html",
    "request_table_markdown",
    "request_table_text",
]


def _zh(language: Language) -> bool:
    return language == "zh"


def _value(value: ProactiveValue) -> str:
    if isinstance(value, Decimal):
        return format(value, "f")
    return format_cell(value)


def _group_heading(group: OutcomeGroup, language: Language) -> str:
    heading = group_heading(group)
    return heading.zh if _zh(language) else heading.en


def _row_label(spec: RowSpec, language: Language) -> str:
    return spec.label if _zh(language) else spec.label_en


# -- table 三 ----------------------------------------------------------------------


def _printed_specs(table: RequestTable) -> tuple[RowSpec, ...]:
    """The rows as printed: （六） as a heading, or alone (see ``single_other_row``)."""
    if table.single_other_row:
        return request_rows(ReportFormat.V2019)
    if not table.parent_is_sum:  # its own numbers, above the sub-rows
        return request_rows(table.layout)
    return tuple(s for s in request_rows(table.layout) if s.key is not RequestRow.OTHER_HANDLING)


def _printed(table: RequestTable) -> tuple[TableSchema, tuple[int | None, ...]]:
    schema = printed_request_schema(
        table.layout, single_other_row=table.single_other_row, parent_is_sum=table.parent_is_sum
    )
    cells = table.cells
    return schema, tuple(v for row in schema.row_keys for v in cells.row(row))  # type: ignore[arg-type]


def request_table_text(table: RequestTable, language: Language = "zh") -> str:
    """Table 三 as aligned plain text: headings on their own rows, nested by indentation.

    The engine's rendering of the table's schema (:func:`~.schemas.request_schema`).

    >>> from govdisclosure.jurisdictions.cn.report.tables import RequestTable
    >>> t = RequestTable.from_labels({"一、本年新收政府信息公开申请数量": {"自然人": 2, "总计": 2}})
    >>> print(request_table_text(t).splitlines()[2])   # doctest: +NORMALIZE_WHITESPACE
    一、本年新收政府信息公开申请数量 | 2 | | | | | | 2
    """
    return schema_text(*_printed(table), language)


def request_table_markdown(table: RequestTable, language: Language = "zh") -> str:
    """Table 三 as a Markdown table; headings are bold rows with no numbers."""
    return schema_markdown(*_printed(table), language)


def request_table_html(table: RequestTable, language: Language = "zh") -> str:
    """Table 三 as HTML, cell for cell in the official layout (spans included)."""
    zh = _zh(language)

    def th(text: str, colspan: int = 1, rowspan: int = 1) -> HtmlCell:
        return HtmlCell(text, colspan=colspan, rowspan=rowspan, header=True)

    def values(cells: tuple[int | None, ...]) -> list[HtmlCell]:
        return [HtmlCell(format_cell(v)) for v in cells]

    columns = REQUEST_COLUMNS
    rows: list[list[HtmlCell]] = [
        [
            th(REQUEST_TABLE_NOTE.zh if zh else REQUEST_TABLE_NOTE.en, colspan=3, rowspan=3),
            th(APPLICANT_HEADING.zh if zh else APPLICANT_HEADING.en, colspan=7),
        ],
        [
            th(columns[0].label if zh else columns[0].label_en, rowspan=2),
            th(ORGANIZATION_HEADING.zh if zh else ORGANIZATION_HEADING.en, colspan=5),
            th(columns[6].label if zh else columns[6].label_en, rowspan=2),
        ],
        [th(c.label if zh else c.label_en) for c in columns[1:6]],
    ]
    specs = _printed_specs(table)
    outcome_specs = [s for s in specs if s.group is not None or s.key is RequestRow.HANDLED]
    group_sizes: dict[OutcomeGroup, int] = {}
    for spec in outcome_specs:
        group = spec.group
        if isinstance(spec.key, Outcome) and group is not None and group not in FLAT_GROUPS:
            group_sizes[group] = group_sizes.get(group, 0) + 1
    results_started = False
    seen: set[OutcomeGroup] = set()
    for spec in specs:
        cells = table.cells.row(spec.key)
        label = _row_label(spec, language)
        if spec.key in (RequestRow.NEW, RequestRow.CARRIED_OVER, RequestRow.CARRIED_FORWARD):
            rows.append([th(label, colspan=3), *values(cells)])
            continue
        line: list[HtmlCell] = []
        if not results_started:
            results_started = True
            heading = RESULTS_HEADING.zh if zh else RESULTS_HEADING.en
            line.append(th(heading, rowspan=len(outcome_specs)))
        group = spec.group
        if isinstance(spec.key, Outcome) and group is not None and group in group_sizes:
            if group not in seen:
                seen.add(group)
                line.append(th(_group_heading(group, language), rowspan=group_sizes[group]))
            line.append(th(label))
        else:
            line.append(th(label, colspan=2))
        rows.append([*line, *values(cells)])
    return html_table(rows, css_class="govdisclosure-cn-t3")


# -- table 四 ----------------------------------------------------------------------


def _case_group_label(kind: CaseKind, language: Language) -> str:
    if _zh(language):
        prefix = f"{LITIGATION_HEADING.zh}：" if kind.is_litigation else ""
        return prefix + kind.label
    return kind.label_en  # the English labels say "litigation" already


def _case_header(language: Language) -> list[str]:
    first = CASE_HEADING.zh if _zh(language) else CASE_HEADING.en
    return [first, *((c.label if _zh(language) else c.label_en) for c in CASE_COLUMNS)]


def case_table_text(table: ReconsiderationLitigationTable, language: Language = "zh") -> str:
    """Table 四 as plain text: one row per group, five columns."""
    body = [
        [_case_group_label(kind, language), *(format_cell(v) for v in line)]
        for kind, line in zip(CASE_KINDS, table.cells.values, strict=True)
    ]
    return text_table([_case_header(language)], body)


def case_table_markdown(table: ReconsiderationLitigationTable, language: Language = "zh") -> str:
    """Table 四 as a Markdown table: one row per group, five columns."""
    body = [
        [_case_group_label(kind, language), *(format_cell(v) for v in line)]
        for kind, line in zip(CASE_KINDS, table.cells.values, strict=True)
    ]
    return markdown_table(_case_header(language), body)


def case_table_html(table: ReconsiderationLitigationTable, language: Language = "zh") -> str:
    """Table 四 as HTML in the official layout: three header rows, one row of 15 numbers."""
    zh = _zh(language)

    def th(text: str, colspan: int = 1, rowspan: int = 1) -> HtmlCell:
        return HtmlCell(text, colspan=colspan, rowspan=rowspan, header=True)

    labels = [c.label if zh else c.label_en for c in CASE_COLUMNS]
    reconsideration, direct, after = CASE_KINDS
    rows = [
        [
            th(reconsideration.label if zh else reconsideration.label_en, colspan=5),
            th(LITIGATION_HEADING.zh if zh else LITIGATION_HEADING.en, colspan=10),
        ],
        [
            *(th(text, rowspan=2) for text in labels),
            th(direct.label if zh else direct.label_en, colspan=5),
            th(after.label if zh else after.label_en, colspan=5),
        ],
        [th(text) for text in labels * 2],
        [HtmlCell(format_cell(v)) for v in table.to_row()],
    ]
    return html_table(rows, css_class="govdisclosure-cn-t4")


# -- table 二 ----------------------------------------------------------------------


def _proactive_blocks(
    table: ProactiveTable, language: Language
) -> list[tuple[str, list[str], list[list[str]]]]:
    zh = _zh(language)
    out: list[tuple[str, list[str], list[list[str]]]] = []
    for block in proactive_blocks(table.layout):
        header = [
            CONTENT_HEADING.zh if zh else CONTENT_HEADING.en,
            *((label.zh if zh else label.en) for _, label, _ in block.columns),
        ]
        body = [
            [
                label.zh if zh else label.en,
                *(_value(table[row, column]) for column, _, _ in block.columns),
            ]
            for row, label in block.rows
        ]
        out.append((block.caption if zh else block.caption_en, header, body))
    return out


def proactive_table_text(table: ProactiveTable, language: Language = "zh") -> str:
    """Table 二 as plain text, one small table per block under its caption."""
    parts = [
        f"{caption}\n{text_table([header], body)}"
        for caption, header, body in _proactive_blocks(table, language)
    ]
    return "\n\n".join(parts)


def proactive_table_markdown(table: ProactiveTable, language: Language = "zh") -> str:
    """Table 二 as Markdown, one table per block under its caption in bold."""
    parts = [
        f"**{caption}**\n\n{markdown_table(header, body)}"
        for caption, header, body in _proactive_blocks(table, language)
    ]
    return "\n\n".join(parts)


def proactive_table_html(table: ProactiveTable, language: Language = "zh") -> str:
    """Table 二 as one HTML table in the official layout (a caption row per block)."""
    blocks = _proactive_blocks(table, language)
    width = max(len(header) for _, header, _ in blocks)
    rows: list[list[HtmlCell]] = []
    for caption, header, body in blocks:
        rows.append([HtmlCell(caption, colspan=width, header=True)])
        for k, line in enumerate([header, *body]):
            cells = [HtmlCell(text, header=k == 0 or j == 0) for j, text in enumerate(line[:-1])]
            last_span = width - len(line) + 1
            cells.append(HtmlCell(line[-1], colspan=last_span, header=k == 0))
            rows.append(cells)
    return html_table(rows, css_class="govdisclosure-cn-t2")


# -- the whole report --------------------------------------------------------------


def _joined(agency: str) -> str:
    # A Chinese title runs the organ's name into the year (某区人民政府2025年…); a name
    # ending in a Latin letter or a digit is kept apart from the year by a space.
    last = agency.rstrip()[-1:]
    return f"{agency.rstrip()} " if last.isascii() and last.isalnum() else agency


def _title(report: AnnualReport, language: Language) -> tuple[str, str]:
    if _zh(language):
        return (
            f"{_joined(report.agency)}{report.year}年政府信息公开工作年度报告",
            f"（报告格式：{report.layout.label}）",
        )
    return (
        f"{report.agency}: annual report on government information disclosure, {report.year}",
        f"(Report format: {report.layout.label})",
    )


def _section_bodies(
    report: AnnualReport,
    language: Language,
    *,
    proactive: str,
    requests: str,
    reviews: str,
) -> list[tuple[str, str]]:
    heads = [s.label if _zh(language) else s.label_en for s in sections(report.layout)]
    return [
        (heads[0], report.overview),
        (heads[1], proactive),
        (heads[2], requests),
        (heads[3], reviews),
        (heads[4], report.problems),
        (heads[5], report.other_matters),
    ]


def report_text(report: AnnualReport, language: Language = "zh") -> str:
    """The whole report as plain text: title, format, the six sections in order."""
    title, subtitle = _title(report, language)
    bodies = _section_bodies(
        report,
        language,
        proactive=proactive_table_text(report.proactive, language),
        requests=request_table_text(report.requests, language),
        reviews=case_table_text(report.reviews, language),
    )
    parts = [title, subtitle]
    for heading, body in bodies:
        parts.append(heading)
        if body.strip():
            parts.append(body.strip())
    return "\n\n".join(parts) + "\n"


def report_markdown(report: AnnualReport, language: Language = "zh") -> str:
    """The whole report as Markdown: a title, a heading per section, tables."""
    title, subtitle = _title(report, language)
    bodies = _section_bodies(
        report,
        language,
        proactive=proactive_table_markdown(report.proactive, language),
        requests=request_table_markdown(report.requests, language),
        reviews=case_table_markdown(report.reviews, language),
    )
    parts = [f"# {title}", subtitle]
    for k, (heading, body) in enumerate(bodies):
        parts.append(f"## {heading}")
        if k in (1, 2, 3):
            parts.append(body)
        else:
            # One Markdown paragraph per line of text, as in the text and HTML renderings.
            parts.extend(line.strip() for line in body.splitlines() if line.strip())
    return "\n\n".join(parts) + "\n"


def _paragraphs(text: str) -> str:
    return "\n".join(
        f"<p>{html.escape(p.strip(), quote=False)}</p>" for p in text.splitlines() if p.strip()
    )


def report_html(report: AnnualReport, language: Language = "zh") -> str:
    """The whole report as an HTML fragment (a ``<div>``), tables in the official layout."""
    title, subtitle = _title(report, language)
    bodies = _section_bodies(
        report,
        language,
        proactive=proactive_table_html(report.proactive, language),
        requests=request_table_html(report.requests, language),
        reviews=case_table_html(report.reviews, language),
    )
    lang = "zh-CN" if _zh(language) else "en"
    parts = [
        f'<div class="govdisclosure-cn-report" lang="{lang}">',
        f"<h1>{html.escape(title, quote=False)}</h1>",
        f"<p>{html.escape(subtitle, quote=False)}</p>",
    ]
    for k, (heading, body) in enumerate(bodies):
        parts.append(f"<h2>{html.escape(heading, quote=False)}</h2>")
        if k in (1, 2, 3):
            parts.append(body)
        elif body.strip():
            parts.append(_paragraphs(body))
    parts.append("</div>")
    return "\n".join(parts)
