"""Reading the DOJ NIEM exchange of an Annual FOIA Report, hardened and fail-closed.

The document is parsed by ``defusedxml`` (the ``us`` extra) with DTDs,
entity declarations and external references forbidden, so a billion-laughs
or external-entity document is refused before anything is expanded. Every
element is then read against the section table
(:data:`~govdisclosure.jurisdictions.us.annual._spec.SECTIONS`); every bad
element (a bad number, an unknown code or element, a dangling ``s:ref``, an
element where text is expected, a row associated with no organisation) is
reported by its XPath-like path, all at once, in one
:class:`~govdisclosure.errors.InvalidInputError`.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar
from xml.etree.ElementTree import Element

import attrs

from govdisclosure._optional import require
from govdisclosure.errors import InvalidInputError, Problem
from govdisclosure.jurisdictions.us.annual._model import (
    DataRow,
    DocumentHeader,
    Link,
    Organization,
    ReportData,
    Section,
)
from govdisclosure.jurisdictions.us.annual._spec import (
    NAMESPACES,
    SECTION_BY_ELEMENT,
    SECTIONS,
    FieldSpec,
    ListSpec,
    SectionSpec,
)
from govdisclosure.jurisdictions.us.annual._values import Kind, parse_response_code, parse_text

__all__ = ["DOCUMENT", "MAX_DOCUMENT_CHARS", "read_report"]

T = TypeVar("T", bound=ReportData)

DOCUMENT = "<document>"
"""The path of a problem with the document as a whole."""

MAX_DOCUMENT_CHARS = 64 * 1024 * 1024
"""Policy: the longest document read (64 Mi characters). The largest agencies' reports are a few
megabytes; a longer text is refused before parsing rather than held in memory as a tree."""

ROOT = "iepd:FoiaAnnualReport"
_PREFIX_OF = {uri: prefix for prefix, uri in NAMESPACES.items()}
_TAG = re.compile(r"\{([^}]*)\}(.*)")
_YEAR = re.compile(r"[0-9]{4}")


def qname(name: str) -> str:
    """The ElementTree tag ``{uri}local`` of a prefixed name ``foia:Local``."""
    prefix, local = name.split(":", 1)
    return f"{{{NAMESPACES[prefix]}}}{local}"


def pname(tag: str) -> str:
    """The prefixed name of an ElementTree tag (the tag itself for an unknown namespace)."""
    found = _TAG.fullmatch(tag)
    if found is None or found.group(1) not in _PREFIX_OF:
        return tag
    return f"{_PREFIX_OF[found.group(1)]}:{found.group(2)}"


_S_ID = qname("s:id")
_S_REF = qname("s:ref")


def _children(element: Element, path: str) -> Iterator[tuple[str, str, Element]]:
    """Each child as ``(prefixed name, path, element)``, indexed among same-named siblings."""
    counts: dict[str, int] = {}
    for child in element:
        name = pname(child.tag)
        counts[name] = counts.get(name, 0) + 1
        yield name, f"{path}/{name}[{counts[name]}]", child


class _Reader:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def bad(self, path: str, message: str, value: object = None) -> None:
        self.problems.append(Problem(path, message, value))

    def kids(self, element: Element, path: str) -> Iterator[tuple[str, str, Element]]:
        """The children of a container element; text beside them is a problem."""
        if (element.text or "").strip():
            self.bad(path, "text where elements are expected", element.text)
        for name, where, child in _children(element, path):
            if (child.tail or "").strip():
                self.bad(where, "text after the element where elements are expected", child.tail)
            yield name, where, child

    def text(self, element: Element, path: str) -> str | None:
        if len(element):
            self.bad(path, "an element where text is expected", pname(element[0].tag))
            return None
        return element.text or ""

    def parsed(self, kind: Kind, element: Element, path: str, *, code: bool = False) -> object:
        raw = self.text(element, path)
        if raw is None:
            return None
        try:
            return parse_response_code(raw) if code else parse_text(kind, raw)
        except ValueError as error:
            self.bad(path, str(error), raw)
            return None

    # -- the document ------------------------------------------------------------------

    def report(self, root: Element, cls: type[T]) -> T:
        path = "/" + ROOT
        if pname(root.tag) != ROOT:
            msg = f"the root element must be {ROOT}"
            raise InvalidInputError(msg, field=DOCUMENT, value=pname(root.tag))
        found = _Found()
        for name, where, child in self.kids(root, path):
            self.root_child(found, name, where, child)
        if not found.year_seen:
            self.bad(path, "missing foia:DocumentFiscalYearDate")
        if found.agency is None:
            self.bad(path, "missing nc:Organization")
        else:
            ids = {found.agency.id} | {c.id for c in found.components}
            for sid, section in found.sections.items():
                spec = SECTION_BY_ELEMENT[_SPEC_ELEMENT[sid]]
                self.links(spec, section, found.paths[sid], ids)
                self.rows_linked(spec, section, found.paths[sid])
        if self.problems or found.year is None or found.agency is None:
            msg = "not a valid Annual FOIA Report document"
            raise InvalidInputError(msg, problems=self.problems)
        ordered = tuple(found.sections[s.id] for s in SECTIONS if s.id in found.sections)
        header = DocumentHeader(**found.header)
        return cls(found.year, found.agency, found.components, ordered, header)

    def root_child(self, found: _Found, name: str, where: str, child: Element) -> None:
        if name == "nc:DocumentApplicationName":
            found.header["application"] = self.text(child, where)
            found.header["application_version"] = child.get(qname("nc:applicationVersionText"))
        elif name == "nc:DocumentCreationDate":
            found.header["created"] = self.created(child, where)
        elif name == "nc:DocumentDescriptionText":
            found.header["description"] = self.text(child, where)
        elif name == "foia:DocumentFiscalYearDate":
            found.year = self.year(child, where, again=found.year_seen)
            found.year_seen = True
        elif name == "nc:Organization":
            if found.agency is not None:
                self.bad(where, "a second agency organisation")
            found.agency, found.components = self.organization(child, where)
        elif name in SECTION_BY_ELEMENT:
            spec = SECTION_BY_ELEMENT[name]
            if spec.id in found.sections:
                self.bad(where, f"section {spec.id} appears twice")
                return
            found.sections[spec.id] = self.section(spec, child, where)
            found.paths[spec.id] = where
        else:
            self.bad(where, "unknown element")

    def created(self, element: Element, path: str) -> object:
        value = None
        for name, where, child in self.kids(element, path):
            if name == "nc:Date" and value is None:
                value = self.parsed(Kind.DATE, child, where)
            else:
                self.bad(where, "unknown element")
        return value

    def year(self, element: Element, path: str, *, again: bool) -> int | None:
        raw = self.text(element, path)
        if again:
            self.bad(path, "a second fiscal year")
        if raw is None:
            return None
        if not _YEAR.fullmatch(raw.strip()):
            self.bad(path, "not a four-digit year (xsd:gYear)", raw)
            return None
        return int(raw.strip())

    def organization(
        self, element: Element, path: str
    ) -> tuple[Organization, tuple[Organization, ...]]:
        agency = self.org(element, path, top=True)
        seen = {agency.id}
        components: list[Organization] = []
        for name, where, child in _children(element, path):
            if name == "nc:OrganizationSubUnit":
                component = self.org(child, where, top=False)
                if component.id in seen:
                    self.bad(where, "a second organisation with this s:id", component.id)
                    continue
                seen.add(component.id)
                components.append(component)
        return agency, tuple(components)

    def org(self, element: Element, path: str, *, top: bool) -> Organization:
        org_id = element.get(_S_ID)
        if not org_id:
            self.bad(path, "missing s:id")
        found: dict[str, str | None] = {}
        for name, where, child in self.kids(element, path):
            if (
                name in ("nc:OrganizationAbbreviationText", "nc:OrganizationName")
                and name not in found
            ):
                found[name] = self.text(child, where)
            elif not (top and name == "nc:OrganizationSubUnit"):
                self.bad(where, "unknown or repeated element")
        return Organization(
            org_id or "",
            found.get("nc:OrganizationAbbreviationText"),
            found.get("nc:OrganizationName"),
        )

    # -- sections ----------------------------------------------------------------------

    def section(self, spec: SectionSpec, element: Element, path: str) -> Section:
        rows: list[DataRow] = []
        links: list[Link] = []
        notes: list[str] = []
        for name, where, child in self.kids(element, path):
            if name == spec.row:
                rows.append(self.row(spec, child, where))
            elif name == spec.association:
                links.append(self.link(spec, child, where))
            elif name == "foia:FootnoteText":
                note = self.text(child, where)
                if note is not None:
                    notes.append(note)
            else:
                self.bad(where, "unknown element in section " + spec.id)
        return Section(spec.id, tuple(rows), tuple(links), tuple(notes))

    def row(self, spec: SectionSpec, element: Element, path: str) -> DataRow:
        row_id = element.get(_S_ID)
        if not row_id:
            self.bad(path, "missing s:id")
        values = self.fields(spec.fields, self.kids(element, path))
        return DataRow(row_id or "", values)

    def fields(
        self, specs: tuple[FieldSpec, ...], children: Iterable[tuple[str, str, Element]]
    ) -> tuple[tuple[str, object], ...]:
        leaves = {name: spec for spec in specs if not spec.group for name in spec.xml_names}
        groups: dict[str, dict[str, FieldSpec]] = {}
        for spec in specs:
            if spec.group:
                groups.setdefault(spec.group, {}).update(dict.fromkeys(spec.xml_names, spec))
        found: dict[str, object] = {}
        for name, where, child in children:
            if name in groups:
                for inner, inner_where, grandchild in self.kids(child, where):
                    self.field(groups[name].get(inner), inner, grandchild, inner_where, found)
            else:
                self.field(leaves.get(name), name, child, where, found)
        return tuple((spec.name, found[spec.name]) for spec in specs if spec.name in found)

    def field(
        self,
        spec: FieldSpec | None,
        name: str,
        element: Element,
        path: str,
        found: dict[str, object],
    ) -> None:
        if spec is None:
            self.bad(path, "unknown element")
            return
        if spec.items is not None:
            entry = self.entry(spec.items, element, path)
            previous = found.get(spec.name, ())
            entries = previous if isinstance(previous, tuple) else ()
            found[spec.name] = entries
            if entry is not None:
                if spec.items.codes is not None and any(k == entry[0] for k, _ in entries):
                    self.bad(path, "the same code twice in one row", entry[0].value)
                found[spec.name] = (*entries, entry)
            return
        if spec.name in found:
            self.bad(path, "the same field twice in one row")
            return
        value = self.parsed(spec.kind, element, path, code=name.endswith("Code"))
        if value is not None:
            found[spec.name] = value

    def entry(self, items: ListSpec, element: Element, path: str) -> tuple[Any, int | None] | None:
        if not items.key:
            raw = self.text(element, path)
            return None if raw is None else (raw, None)
        key: Any = None
        quantity: Any = None
        has_key = False
        for name, where, child in self.kids(element, path):
            if name == items.key and not has_key:
                has_key = True
                key = self.key(items, child, where)
            elif name == items.quantity and quantity is None:
                quantity = self.parsed(Kind.COUNT, child, where)
            else:
                self.bad(where, "unknown or repeated element")
        if not has_key and items.key_kind is not Kind.DATE:
            self.bad(path, f"missing {items.key}")
            return None
        if has_key and key is None:
            return None
        return (key, quantity)

    def key(self, items: ListSpec, element: Element, path: str) -> object:
        if items.codes is None:
            return self.parsed(items.key_kind, element, path)
        raw = self.text(element, path)
        if raw is None:
            return None
        try:
            return items.codes(raw.strip())
        except ValueError:
            self.bad(path, f"unknown code of {items.codes.__name__}", raw)
            return None

    def link(self, spec: SectionSpec, element: Element, path: str) -> Link:
        refs: dict[str, str] = {}
        extra: list[tuple[str, str, Element]] = []
        for name, where, child in self.kids(element, path):
            if (
                name in ("foia:ComponentDataReference", "nc:OrganizationReference")
                and name not in refs
            ):
                if len(child):
                    self.bad(where, "an element where a reference is expected")
                refs[name] = child.get(_S_REF) or ""
                if not refs[name]:
                    self.bad(where, "missing s:ref")
            else:
                extra.append((name, where, child))
        for name in ("foia:ComponentDataReference", "nc:OrganizationReference"):
            if name not in refs:
                self.bad(path, f"missing {name}")
        values = self.fields(spec.link_fields, extra)
        return Link(
            refs.get("foia:ComponentDataReference", ""),
            refs.get("nc:OrganizationReference", ""),
            values,
        )

    def links(self, spec: SectionSpec, section: Section, path: str, orgs: set[str]) -> None:
        row_ids = {row.id for row in section.rows}
        per_org: dict[str, int] = {}
        for n, link in enumerate(section.links, start=1):
            where = f"{path}/{spec.association}[{n}]"
            if link.row and link.row not in row_ids:
                self.bad(f"{where}/foia:ComponentDataReference", _DANGLING_ROW, link.row)
            if link.org and link.org not in orgs:
                self.bad(f"{where}/nc:OrganizationReference", _DANGLING_ORG, link.org)
            per_org[link.org] = per_org.get(link.org, 0) + 1
        if not spec.shared:
            for org, count in per_org.items():
                if count > 1 and org in orgs:
                    self.bad(path, f"organisation has {count} rows in section {spec.id}", org)
        if len(row_ids) != len(section.rows):
            self.bad(path, "two rows with the same s:id")

    def rows_linked(self, spec: SectionSpec, section: Section, path: str) -> None:
        linked: dict[str, int] = {}
        for link in section.links:  # a dangling organisation is reported by links()
            linked[link.row] = linked.get(link.row, 0) + 1
        for n, row in enumerate(section.rows, start=1):
            where = f"{path}/{spec.row}[{n}]"
            count = linked.get(row.id, 0)
            if row.id and count == 0:
                self.bad(where, "a row not associated with any organisation", row.id)
            elif not spec.shared and count > 1:
                self.bad(where, "a row associated with more than one organisation", row.id)


@attrs.define
class _Found:
    """What the root's children gave, as they are read."""

    header: dict[str, Any] = attrs.Factory(dict)
    year: int | None = None
    year_seen: bool = False
    agency: Organization | None = None
    components: tuple[Organization, ...] = ()
    sections: dict[str, Section] = attrs.Factory(dict)
    paths: dict[str, str] = attrs.Factory(dict)


_DANGLING_ROW = "dangling s:ref: no row has this s:id"
_DANGLING_ORG = "dangling s:ref: no organisation has this s:id"
_SPEC_ELEMENT = {spec.id: spec.element for spec in SECTIONS}
_DEFUSED_HINT = (
    "reading the Annual FOIA Report XML needs defusedxml: pip install 'govdisclosure[us]'"
)


def _parser() -> Callable[..., Element]:
    defused: Any = require("defusedxml.ElementTree", _DEFUSED_HINT)
    parse: Callable[..., Element] = defused.fromstring
    return parse


def read_report(text: str, cls: type[T]) -> T:
    """Read the NIEM XML ``text`` of one report as a ``cls`` (a :class:`ReportData`).

    Raises:
        InvalidInputError: the text is not such a document; every bad element
            is named by its path.
        ImportError: ``defusedxml`` is not installed.
    """
    given: object = text
    if not isinstance(given, str):
        msg = "must be the document's text (str)"
        raise InvalidInputError(msg, field=DOCUMENT, value=type(given).__name__)
    stripped = text.lstrip("\ufeff \t\r\n")
    if not stripped:
        msg = "the document is empty"
        raise InvalidInputError(msg, field=DOCUMENT, value=text[:40])
    if stripped[0] in "{[":
        msg = "this is JSON, not the XML exchange"
        raise InvalidInputError(msg, field=DOCUMENT, value=stripped[:40])
    if len(text) > MAX_DOCUMENT_CHARS:
        msg = f"longer than {MAX_DOCUMENT_CHARS} characters"
        raise InvalidInputError(msg, field=DOCUMENT, value=len(text))
    parse = _parser()
    from xml.etree.ElementTree import ParseError

    refused: type[Exception] = require("defusedxml", _DEFUSED_HINT).DefusedXmlException

    try:
        root = parse(text, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except refused as error:
        msg = "refused: DTDs, entity declarations and external references are not allowed"
        raise InvalidInputError(msg, field=DOCUMENT, value=type(error).__name__) from None
    except ParseError as error:
        msg = "not well-formed XML"
        raise InvalidInputError(msg, field=DOCUMENT, value=str(error)) from None
    return _Reader().report(root, cls)
