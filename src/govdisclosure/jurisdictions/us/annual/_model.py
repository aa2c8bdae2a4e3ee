"""The data of one agency's Annual FOIA Report: organisations, sections, rows and links.

A report holds its sections as the exchange does (``FoiaAnnualReportExtensions.xsd``): each
:class:`Section` has data rows (:class:`DataRow`, each with the exchange's
``s:id``) and links (:class:`Link`) that associate a row with an
organisation: a component, or the agency itself for the agency-overall row.
The fields of a row are those of its section in the section table
(:data:`~govdisclosure.jurisdictions.us.annual._spec.SECTIONS`); a field that
is absent is N/A.

>>> agency = Organization("ORG0", "USAB", "United States Access Board")
>>> row = DataRow("PS1", (("pending_start", 1), ("received", 42), ("processed", 41)))
>>> s = Section("V.A", (row,), (Link("PS1", "ORG0"),))
>>> data = ReportData(2024, agency, (), (s,))
>>> data.value("V.A", "ORG0", "received"), data.value("V.A", "ORG0", "pending_end")
(42, None)
>>> [u.abbreviation for u in data.units]
['USAB']

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import attrs

from govdisclosure.errors import InvalidInputError, Problem
from govdisclosure.jurisdictions.us.annual._spec import SECTION_BY_ID, SECTIONS, FieldSpec, ListSpec
from govdisclosure.jurisdictions.us.annual._values import Kind, check_value
from govdisclosure.money import Money

__all__ = ["CURRENCY", "DataRow", "DocumentHeader", "Link", "Organization", "ReportData", "Section"]

CURRENCY = "USD"
"""The currency of every amount in the report (``nc:AmountType`` in US dollars)."""

Values = tuple[tuple[str, object], ...]
"""A row's present fields as ``(name, value)`` pairs, in the section's field order."""


@attrs.frozen
class Organization:
    """The agency or one of its components: the exchange's ``s:id``, abbreviation and name."""

    id: str
    abbreviation: str | None = None
    name: str | None = None


@attrs.frozen
class DocumentHeader:
    """The document's own description (``nc:Document…`` elements), all optional."""

    application: str | None = None
    application_version: str | None = None
    created: date | None = None
    description: str | None = None


def _get(values: Values, name: str) -> object | None:
    for key, value in values:
        if key == name:
            return value
    return None


@attrs.frozen
class DataRow:
    """One data row of a section: its ``s:id`` and its present fields.

    A list field's value is a tuple of ``(key, quantity)`` pairs (quantity
    ``None`` for lists without one, such as the cases of a statute).
    """

    id: str
    values: Values = ()

    def get(self, name: str) -> object | None:
        """The value of field ``name``, ``None`` if it is absent (N/A)."""
        return _get(self.values, name)


@attrs.frozen
class Link:
    """An association of row ``row`` with organisation ``org`` (section IV adds its quantity)."""

    row: str
    org: str
    values: Values = ()

    def get(self, name: str) -> object | None:
        """The value of link field ``name``, ``None`` if absent."""
        return _get(self.values, name)


@attrs.frozen
class Section:
    """One section of the report: its rows, the links of rows to organisations, its footnotes."""

    id: str
    rows: tuple[DataRow, ...] = ()
    links: tuple[Link, ...] = ()
    footnotes: tuple[str, ...] = ()

    def row_by_id(self, row_id: str) -> DataRow | None:
        """The row whose ``s:id`` is ``row_id``."""
        for row in self.rows:
            if row.id == row_id:
                return row
        return None

    def rows_of(self, org: str) -> tuple[DataRow, ...]:
        """The rows linked to organisation ``org``, in link order (a row once)."""
        seen: list[DataRow] = []
        for link in self.links:
            row = self.row_by_id(link.row) if link.org == org else None
            if row is not None and row not in seen:
                seen.append(row)
        return tuple(seen)

    def links_of(self, org: str) -> tuple[Link, ...]:
        """The links to organisation ``org``, in order."""
        return tuple(link for link in self.links if link.org == org)


def _check_values(
    where: str, specs: tuple[FieldSpec, ...], values: Values, problems: list[Problem]
) -> None:
    names = [spec.name for spec in specs]
    order = [name for name, _ in values]
    for name, value in values:
        if name not in names:
            problems.append(Problem(f"{where}.{name}", "is not a field of this section", value))
            continue
        spec = specs[names.index(name)]
        reason = _check_field(spec, value)
        if reason is not None:
            problems.append(Problem(f"{where}.{name}", reason, value))
    known = [n for n in order if n in names]
    if known != sorted(set(known), key=names.index):
        problems.append(Problem(where, "fields must be unique and in the section's order", order))


def _check_field(spec: FieldSpec, value: object) -> str | None:
    if spec.items is None:
        return check_value(spec.kind, value)
    if not isinstance(value, tuple):
        return "must be a tuple of (key, quantity) pairs"
    if not value:
        return "an empty list is the field's absence: leave the field out"
    for entry in value:
        reason = _check_entry(spec.items, entry)
        if reason is not None:
            return reason
    keys = [key for key, _ in value]
    if spec.items.codes is not None and len(set(keys)) != len(keys):
        return "has a code twice"
    return None


def _check_entry(items: ListSpec, entry: object) -> str | None:
    if not isinstance(entry, tuple) or len(entry) != 2:
        return "must be a tuple of (key, quantity) pairs"
    key, quantity = entry
    if items.codes is not None:
        bad_key = not isinstance(key, items.codes)
    elif items.key_kind is Kind.DATE:
        bad_key = key is not None and check_value(Kind.DATE, key) is not None
    else:
        bad_key = check_value(Kind.TEXT, key) is not None
    if bad_key:
        return f"has a bad key {key!r}"
    if items.quantity is None and quantity is not None:
        return "has a quantity where the list has none"
    if quantity is not None and check_value(Kind.COUNT, quantity) is not None:
        return f"has a bad quantity {quantity!r}"
    return None


@attrs.frozen
class ReportData:
    """The data of one agency's report for one fiscal year, checked when built.

    ``components`` are the agency's principal components in document order
    (none for a single-component agency, whose agency row is its only row);
    ``sections`` are in the exchange's order, each at most once.

    Raises:
        InvalidInputError: naming every bad part at once (unknown section, a
            link to no row or no organisation, a bad field value...).
    """

    fiscal_year: int
    agency: Organization
    components: tuple[Organization, ...] = ()
    sections: tuple[Section, ...] = ()
    header: DocumentHeader = DocumentHeader()

    def __attrs_post_init__(self) -> None:
        problems = self._problems()
        if problems:
            msg = "not a valid Annual FOIA Report"
            raise InvalidInputError(msg, problems=problems)

    def _problems(self) -> list[Problem]:
        problems: list[Problem] = []
        if type(self.fiscal_year) is not int or not 1000 <= self.fiscal_year <= 9999:
            problems.append(Problem("fiscal_year", "must be a four-digit year", self.fiscal_year))
        ids = [self.agency.id, *(c.id for c in self.components)]
        if len(set(ids)) != len(ids):
            problems.append(Problem("components", "organisation ids must be unique", ids))
        order = [s.id for s in self.sections]
        known = [spec.id for spec in SECTIONS]
        if any(sid not in known for sid in order):
            problems.append(Problem("sections", "unknown section id", order))
        elif order != sorted(set(order), key=known.index):
            problems.append(Problem("sections", "must be unique and in the report's order", order))
        for n, section in enumerate(self.sections):
            spec = SECTION_BY_ID.get(section.id)
            if spec is not None:
                self._check_section(f"sections[{n}]", section, ids, problems)
        return problems

    def _check_section(
        self, where: str, section: Section, ids: list[str], problems: list[Problem]
    ) -> None:
        spec = SECTION_BY_ID[section.id]
        row_ids = [row.id for row in section.rows]
        if len(set(row_ids)) != len(row_ids):
            problems.append(Problem(f"{where}.rows", "row ids must be unique", row_ids))
        for i, row in enumerate(section.rows):
            _check_values(f"{where}.rows[{i}]", spec.fields, row.values, problems)
            count = sum(1 for link in section.links if link.row == row.id)
            if count == 0:
                problems.append(
                    Problem(f"{where}.rows[{i}]", "is not associated with any organisation", row.id)
                )
            elif count > 1 and not spec.shared:
                problems.append(
                    Problem(f"{where}.rows[{i}]", "is associated more than once", row.id)
                )
        seen_orgs: list[str] = []
        for i, link in enumerate(section.links):
            if link.row not in row_ids:
                problems.append(Problem(f"{where}.links[{i}].row", "refers to no row", link.row))
            if link.org not in ids:
                problems.append(
                    Problem(f"{where}.links[{i}].org", "refers to no organisation", link.org)
                )
            if not spec.shared and link.org in seen_orgs:
                problems.append(
                    Problem(f"{where}.links[{i}].org", "has a second row in this section", link.org)
                )
            seen_orgs.append(link.org)
            _check_values(f"{where}.links[{i}]", spec.link_fields, link.values, problems)

    # -- access ------------------------------------------------------------------------

    @property
    def organizations(self) -> tuple[Organization, ...]:
        """The agency, then its components."""
        return (self.agency, *self.components)

    @property
    def units(self) -> tuple[Organization, ...]:
        """The organisations that report component rows: the components, or the agency alone."""
        return self.components or (self.agency,)

    @property
    def single_component(self) -> bool:
        """Whether the agency reports one row that is also its overall row."""
        return not self.components

    def organization(self, org_id: str) -> Organization:
        """The organisation whose ``s:id`` is ``org_id``."""
        for org in self.organizations:
            if org.id == org_id:
                return org
        msg = "no such organisation"
        raise InvalidInputError(msg, field="org_id", value=org_id)

    def section(self, section_id: str) -> Section | None:
        """The section ``section_id`` (``"V.A"``), ``None`` if the report omits it."""
        if section_id not in SECTION_BY_ID:
            msg = "no such section"
            raise InvalidInputError(msg, field="section_id", value=section_id)
        for section in self.sections:
            if section.id == section_id:
                return section
        return None

    def row(self, section_id: str, org_id: str) -> DataRow | None:
        """The row of ``org_id`` in section ``section_id`` (the first, for section IV)."""
        section = self.section(section_id)
        rows = () if section is None else section.rows_of(org_id)
        return rows[0] if rows else None

    def overall(self, section_id: str) -> DataRow | None:
        """The agency-overall row of section ``section_id``."""
        return self.row(section_id, self.agency.id)

    def value(self, section_id: str, org_id: str, name: str) -> object | None:
        """One field of one organisation's row, ``None`` if the row or the field is absent."""
        row = self.row(section_id, org_id)
        return None if row is None else row.get(name)

    def money(self, section_id: str, org_id: str, name: str) -> Money | None:
        """An amount-of-money field as :class:`~govdisclosure.money.Money` in US dollars.

        >>> row = DataRow("PC1", (("processing_cost", Decimal("63752.00")),))
        >>> data = ReportData(2024, Organization("ORG0"), sections=(
        ...     Section("IX", (row,), (Link("PC1", "ORG0"),)),))
        >>> str(data.money("IX", "ORG0", "processing_cost"))
        '$63,752.00'
        """
        if SECTION_BY_ID[section_id].field(name).kind is not Kind.MONEY:
            msg = "is not an amount of money"
            raise InvalidInputError(msg, field="name", value=name)
        value = self.value(section_id, org_id, name)
        return Money(value, CURRENCY) if isinstance(value, Decimal) else None

    def iter_rows(self) -> Iterator[tuple[str, str, DataRow]]:
        """Every ``(section id, organisation id, row)``, in document order."""
        for section in self.sections:
            for link in section.links:
                row = section.row_by_id(link.row)
                if row is not None:
                    yield section.id, link.org, row
