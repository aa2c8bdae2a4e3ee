"""Writing an Annual FOIA Report as the DOJ NIEM exchange.

The writer follows the section table as the reader does, so that reading what
it wrote gives the same report. Elements are written in the schema's order:
header, organisation, fiscal year, then each section's rows, associations and
footnotes.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import enum
from xml.sax.saxutils import escape, quoteattr

from govdisclosure.jurisdictions.us.annual._model import (
    DataRow,
    Link,
    Organization,
    ReportData,
    Section,
)
from govdisclosure.jurisdictions.us.annual._spec import (
    NAMESPACES,
    SECTION_BY_ID,
    FieldSpec,
    ListSpec,
    SectionSpec,
)
from govdisclosure.jurisdictions.us.annual._values import Kind, ResponseDays, format_value

__all__ = ["write_report"]

_TEXT_ENTITIES = {"\r": "&#13;", "\t": "&#9;"}
_ATTR_ENTITIES = {"\r": "&#13;", "\t": "&#9;", "\n": "&#10;"}


def _text(value: str) -> str:
    return escape(value, _TEXT_ENTITIES)


def _attr(value: str) -> str:
    return quoteattr(value, _ATTR_ENTITIES)


def _leaf(out: list[str], pad: str, name: str, text: str) -> None:
    out.append(f"{pad}<{name}>{_text(text)}</{name}>" if text else f"{pad}<{name}/>")


def _org(
    out: list[str], pad: str, tag: str, org: Organization, inner: tuple[Organization, ...]
) -> None:
    out.append(f"{pad}<{tag} s:id={_attr(org.id)}>")
    if org.abbreviation is not None:
        _leaf(out, pad + "  ", "nc:OrganizationAbbreviationText", org.abbreviation)
    if org.name is not None:
        _leaf(out, pad + "  ", "nc:OrganizationName", org.name)
    for sub in inner:
        _org(out, pad + "  ", "nc:OrganizationSubUnit", sub, ())
    out.append(f"{pad}</{tag}>")


def _key_text(key: object) -> str:
    return str(key.value) if isinstance(key, enum.Enum) else format_value(key)


def _entries(out: list[str], pad: str, items: ListSpec, entries: tuple[object, ...]) -> None:
    for entry in entries:
        key, quantity = entry if isinstance(entry, tuple) else (entry, None)
        if not items.key:
            _leaf(out, pad, items.item, str(key))
            continue
        out.append(f"{pad}<{items.item}>")
        if key is not None:
            _leaf(out, pad + "  ", items.key, _key_text(key))
        if quantity is not None and items.quantity is not None:
            _leaf(out, pad + "  ", items.quantity, str(quantity))
        out.append(f"{pad}</{items.item}>")


def _value(out: list[str], pad: str, spec: FieldSpec, value: object) -> None:
    if spec.items is not None and isinstance(value, tuple):
        _entries(out, pad, spec.items, value)
        return
    name = spec.element
    if spec.kind is Kind.RESPONSE:
        name += "Code" if isinstance(value, ResponseDays) and value.is_lt1 else "Value"
    _leaf(out, pad, name, format_value(value))


def _fields(
    out: list[str], pad: str, specs: tuple[FieldSpec, ...], values: dict[str, object]
) -> None:
    open_group = ""
    for spec in specs:
        if spec.group != open_group:
            if open_group:
                out.append(f"{pad}</{open_group}>")
            open_group = ""
            if spec.group and any(s.name in values for s in specs if s.group == spec.group):
                out.append(f"{pad}<{spec.group}>")
                open_group = spec.group
        if spec.name in values:
            _value(out, pad + ("  " if open_group else ""), spec, values[spec.name])
    if open_group:
        out.append(f"{pad}</{open_group}>")


def _row(out: list[str], pad: str, spec: SectionSpec, row: DataRow) -> None:
    values = dict(row.values)
    if not values:
        out.append(f"{pad}<{spec.row} s:id={_attr(row.id)}/>")
        return
    out.append(f"{pad}<{spec.row} s:id={_attr(row.id)}>")
    _fields(out, pad + "  ", spec.fields, values)
    out.append(f"{pad}</{spec.row}>")


def _link(out: list[str], pad: str, spec: SectionSpec, link: Link) -> None:
    out.append(f"{pad}<{spec.association}>")
    out.append(f"{pad}  <foia:ComponentDataReference s:ref={_attr(link.row)}/>")
    out.append(f"{pad}  <nc:OrganizationReference s:ref={_attr(link.org)}/>")
    _fields(out, pad + "  ", spec.link_fields, dict(link.values))
    out.append(f"{pad}</{spec.association}>")


def _section(out: list[str], section: Section) -> None:
    spec = SECTION_BY_ID[section.id]
    out.append(f"  <{spec.element}>")
    for row in section.rows:
        _row(out, "    ", spec, row)
    for link in section.links:
        _link(out, "    ", spec, link)
    for note in section.footnotes:
        _leaf(out, "    ", "foia:FootnoteText", note)
    out.append(f"  </{spec.element}>")


def write_report(report: ReportData) -> str:
    """The NIEM XML text of ``report``, with the exchange's namespaces."""
    names = " ".join(f"xmlns:{p}={_attr(u)}" for p, u in NAMESPACES.items() if p != "xsi")
    out = ['<?xml version="1.0" encoding="UTF-8"?>', f"<iepd:FoiaAnnualReport {names}>"]
    head = report.header
    if head.application is not None:
        version = (
            ""
            if head.application_version is None
            else f" nc:applicationVersionText={_attr(head.application_version)}"
        )
        name = "nc:DocumentApplicationName"
        out.append(f"  <{name}{version}>{_text(head.application)}</{name}>")
    if head.created is not None:
        created = f"<nc:Date>{head.created.isoformat()}</nc:Date>"
        out.append(f"  <nc:DocumentCreationDate>{created}</nc:DocumentCreationDate>")
    if head.description is not None:
        _leaf(out, "  ", "nc:DocumentDescriptionText", head.description)
    _org(out, "  ", "nc:Organization", report.agency, report.components)
    out.append(
        f"  <foia:DocumentFiscalYearDate>{report.fiscal_year:04d}</foia:DocumentFiscalYearDate>"
    )
    for section in report.sections:
        _section(out, section)
    out.append("</iepd:FoiaAnnualReport>")
    return "\n".join(out) + "\n"
