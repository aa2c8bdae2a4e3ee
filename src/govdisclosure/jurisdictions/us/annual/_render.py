"""The Annual FOIA Report as printed: text, Markdown and HTML in the layout of the DOJ report.

One printed table per section the report holds, a row per component and then
``AGENCY OVERALL`` (a single-component agency prints its one row), built from
the section table (:data:`~govdisclosure.jurisdictions.us.annual._spec.SECTIONS`)
and laid out by the same blocks as the report counted from records
(:mod:`govdisclosure.jurisdictions.us.report`). A field that is N/A prints as
``N/A``; a list field prints one column per code of its code list (exemptions,
reasons, increments) or, for lists without codes (statutes' cases, the ten
oldest items), one cell listing its entries.

>>> from govdisclosure.jurisdictions.us.annual import DataRow, Link, Organization, Section
>>> from govdisclosure.jurisdictions.us.annual import AnnualFoiaReport
>>> row = DataRow("PS1", (("pending_start", 1), ("received", 42), ("processed", 40)))
>>> report = AnnualFoiaReport(2024, Organization("ORG0", "USAB"),
...     sections=(Section("V.A", (row,), (Link("PS1", "ORG0"),)),))
>>> print(report.to_text())
Annual FOIA Report, fiscal year 2024: USAB
<BLANKLINE>
V.A. FOIA Requests — Received, Processed and Pending FOIA Requests
<BLANKLINE>
Component | Pending start | Received | Processed | Pending end
----------+---------------+----------+-----------+------------
USAB      |             1 |       42 |        40 | N/A

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import enum
import html
from decimal import Decimal

from govdisclosure.jurisdictions.us.annual._model import DataRow, Link, ReportData, Section
from govdisclosure.jurisdictions.us.annual._spec import SECTION_BY_ID, FieldSpec
from govdisclosure.jurisdictions.us.annual._values import Kind
from govdisclosure.jurisdictions.us.report._layout import (
    OVERALL_LABEL,
    Block,
    block_html,
    block_markdown,
    block_text,
    count_text,
    money_text,
)

__all__ = ["NA", "annual_blocks", "annual_html", "annual_markdown", "annual_text"]

NA = "N/A"
"""What an absent field prints as."""


def _heading(name: str) -> str:
    words = name.replace(".", " ").replace("_", " ").split()
    return " ".join(words).capitalize()


def _code_label(code: enum.Enum) -> str:
    label = getattr(code, "label", None)
    return str(label) if label is not None else str(code.value)


def _value(spec: FieldSpec, value: object) -> str:
    if value is None:
        return NA
    if spec.kind is Kind.COUNT and isinstance(value, int):
        return count_text(value)
    if spec.kind is Kind.MONEY and isinstance(value, Decimal):
        return money_text(value)
    if spec.kind is Kind.PERCENT:
        return f"{value}%"
    return str(value)


def _columns(spec: FieldSpec) -> list[str]:
    items = spec.items
    if items is not None and items.codes is not None:
        return [_code_label(code) for code in items.codes]
    return [_heading(spec.name)]


def _cells(spec: FieldSpec, value: object) -> list[str]:
    items = spec.items
    if items is None:
        return [_value(spec, value)]
    entries = value if isinstance(value, tuple) else ()
    if items.codes is not None:
        found = dict(entries)
        return [
            NA if value is None else count_text(found.get(code, 0))  # listed codes: 0 if absent
            for code in items.codes
        ]
    if not entries:
        return [NA]
    shown = [str(key) if qty is None else f"{key}: {qty}" for key, qty in entries]
    return ["; ".join(shown)]


def _block(report: ReportData, section: Section) -> Block:
    spec = SECTION_BY_ID[section.id]
    header = ["Component"]
    for field in (*spec.fields, *spec.link_fields):
        header += _columns(field)
    order = [org.id for org in report.units]
    if not report.single_component:
        order.append(report.agency.id)
    rows: list[tuple[str, ...]] = []
    for org_id in order:
        org = report.organization(org_id)
        overall = org_id == report.agency.id and not report.single_component
        label = OVERALL_LABEL if overall else (org.abbreviation or org.name or org.id)
        rows.extend(
            (label, *_row_cells(spec.fields, spec.link_fields, section, link))
            for link in section.links_of(org_id)
        )
    return Block(section.id, tuple(header), tuple(rows))


def _row_cells(
    fields: tuple[FieldSpec, ...], link_fields: tuple[FieldSpec, ...], section: Section, link: Link
) -> list[str]:
    row = section.row_by_id(link.row) or DataRow(link.row)
    cells: list[str] = []
    for field in fields:
        cells += _cells(field, row.get(field.name))
    for field in link_fields:
        cells += _cells(field, link.get(field.name))
    return cells


def annual_blocks(report: ReportData) -> tuple[Block, ...]:
    """The printed tables of ``report``, one per section it holds, in the report's order."""
    return tuple(_block(report, section) for section in report.sections)


def _title(report: ReportData) -> str:
    agency = report.agency.name or report.agency.abbreviation or report.agency.id
    return f"Annual FOIA Report, fiscal year {report.fiscal_year}: {agency}"


def annual_text(report: ReportData) -> str:
    """The report as plain text."""
    parts = [_title(report), *(block_text(b) for b in annual_blocks(report))]
    return "\n\n".join(parts)


def annual_markdown(report: ReportData) -> str:
    """The report as Markdown, one heading and table per section."""
    parts = [f"# {_title(report)}", *(block_markdown(b) for b in annual_blocks(report))]
    return "\n\n".join(parts)


def annual_html(report: ReportData) -> str:
    """The report as an HTML fragment, every text escaped."""
    parts = [
        f"<h1>{html.escape(_title(report))}</h1>",
        *(block_html(b) for b in annual_blocks(report)),
    ]
    return "\n".join(parts)
