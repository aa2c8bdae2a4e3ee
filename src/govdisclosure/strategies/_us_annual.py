"""Hypothesis strategies for the DOJ Annual FOIA Report model (``us.annual``).

Joined into :func:`govdisclosure.strategies.for_type` by ``_registry()``.
Reports are drawn from the section table itself, so every section, field
kind and list the exchange knows can appear; values are valid cells (counts,
non-negative decimals, ``LT1``, dates, text XML can hold), not consistent
statistics: use them for round trips and parsers, not for validation.

>>> from hypothesis import given, settings
>>> from govdisclosure.jurisdictions.us.annual import AnnualFoiaReport
>>> @settings(max_examples=10, deadline=None)
... @given(us_annual_reports())
... def test_round_trip(report):
...     assert AnnualFoiaReport.from_xml(report.to_xml()) == report
>>> test_round_trip()

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import strategies as st

from govdisclosure.jurisdictions.us.annual import (
    SECTIONS,
    AnnualFoiaReport,
    DataRow,
    DocumentHeader,
    FieldSpec,
    Link,
    Organization,
    ReportData,
    ResponseDays,
    Section,
    SectionSpec,
)
from govdisclosure.jurisdictions.us.annual._tally_fields import FoiaStaffing
from govdisclosure.jurisdictions.us.annual._values import Kind

__all__ = [
    "registry",
    "us_annual_links",
    "us_annual_reports",
    "us_annual_rows",
    "us_annual_sections",
    "us_annual_staffing",
]

_TEXT = st.text(
    st.characters(
        codec="utf-8", exclude_categories=("Cs", "Cc", "Cn"), include_characters="\n\t\r"
    ),
    max_size=12,
)
_DAYS = st.decimals(
    min_value=0, max_value=10**6, places=2, allow_nan=False, allow_infinity=False
).map(abs)
_DATES = st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31))


def _scalar(kind: Kind) -> st.SearchStrategy[Any]:
    if kind is Kind.COUNT:
        return st.integers(0, 10**6)
    if kind is Kind.TEXT:
        return _TEXT
    if kind is Kind.DATE:
        return _DATES
    if kind is Kind.RESPONSE:
        return st.one_of(st.just(ResponseDays.lt1()), _DAYS.map(ResponseDays))
    places = {Kind.MONEY: 2, Kind.PERCENT: 4}.get(kind, 2)
    return st.decimals(
        min_value=0, max_value=10**9, places=places, allow_nan=False, allow_infinity=False
    ).map(abs)


@st.composite
def _list_value(draw: st.DrawFn, spec: FieldSpec) -> tuple[tuple[Any, int | None], ...]:
    items = spec.items
    if items is None:
        msg = f"{spec.name} is not a list field"
        raise ValueError(msg)
    quantity = st.none() if items.quantity is None else st.one_of(st.none(), st.integers(0, 10**4))
    if items.codes is not None:
        codes = draw(
            st.lists(st.sampled_from(list(items.codes)), min_size=1, max_size=4, unique=True)
        )
        return tuple((code, draw(quantity)) for code in codes)
    key = st.one_of(st.none(), _DATES) if items.key_kind is Kind.DATE else _TEXT
    return tuple(draw(st.lists(st.tuples(key, quantity), min_size=1, max_size=3)))


@st.composite
def _values(draw: st.DrawFn, specs: tuple[FieldSpec, ...]) -> tuple[tuple[str, object], ...]:
    found: list[tuple[str, object]] = []
    for spec in specs:
        if draw(st.booleans()):
            value = draw(_list_value(spec) if spec.items is not None else _scalar(spec.kind))
            found.append((spec.name, value))
    return tuple(found)


@st.composite
def _section(draw: st.DrawFn, spec: SectionSpec, orgs: tuple[str, ...], tag: str) -> Section:
    if spec.shared:
        rows = tuple(
            DataRow(f"{tag}{n}", draw(_values(spec.fields))) for n in range(draw(st.integers(0, 2)))
        )
        links = tuple(
            Link(row.id, org, draw(_values(spec.link_fields)))
            for row in rows
            for org in draw(st.lists(st.sampled_from(orgs), min_size=1, max_size=3))
        )
    else:
        chosen = draw(st.lists(st.sampled_from(orgs), unique=True, max_size=len(orgs)))
        rows = tuple(DataRow(f"{tag}{n}", draw(_values(spec.fields))) for n in range(len(chosen)))
        links = tuple(Link(row.id, org) for row, org in zip(rows, chosen, strict=True))
    notes = tuple(draw(st.lists(_TEXT, max_size=2)))
    return Section(spec.id, rows, links, notes)


@st.composite
def us_annual_reports(draw: st.DrawFn, max_components: int = 3) -> AnnualFoiaReport:
    """A valid :class:`AnnualFoiaReport` of any shape the exchange can carry."""
    count = draw(st.integers(0, max_components))
    agency = Organization(
        "ORG0", draw(st.one_of(st.none(), _TEXT)), draw(st.one_of(st.none(), _TEXT))
    )
    components = tuple(
        Organization(
            f"ORG{n}", draw(st.one_of(st.none(), _TEXT)), draw(st.one_of(st.none(), _TEXT))
        )
        for n in range(1, count + 1)
    )
    orgs = tuple(o.id for o in (agency, *components))
    picked = [spec for spec in SECTIONS if draw(st.booleans())]
    sections = tuple(draw(_section(spec, orgs, f"S{n}R")) for n, spec in enumerate(picked))
    application = draw(st.one_of(st.none(), _TEXT))
    header = DocumentHeader(
        application,
        None if application is None else draw(st.one_of(st.none(), _TEXT)),
        draw(st.one_of(st.none(), _DATES)),
        draw(st.one_of(st.none(), _TEXT)),
    )
    year = draw(st.integers(2008, 2030))
    return AnnualFoiaReport(year, agency, components, sections, header)


@st.composite
def us_annual_rows(draw: st.DrawFn) -> DataRow:
    """A valid data row of some section (its fields are that section's)."""
    spec = draw(st.sampled_from(SECTIONS))
    return DataRow(draw(st.sampled_from(["R1", "PS1", "x"])), draw(_values(spec.fields)))


@st.composite
def us_annual_links(draw: st.DrawFn) -> Link:
    """A link of a row to an organisation (with a section IV quantity or not)."""
    values = draw(st.one_of(st.just(()), st.integers(0, 99).map(lambda q: (("quantity", q),))))
    return Link(
        draw(st.sampled_from(["R1", "ES1"])), draw(st.sampled_from(["ORG0", "ORG1"])), values
    )


@st.composite
def us_annual_sections(draw: st.DrawFn) -> Section:
    """A valid section, its rows linked to ORG0..ORG2."""
    spec = draw(st.sampled_from(SECTIONS))
    return draw(_section(spec, ("ORG0", "ORG1", "ORG2"), "R"))


def _organizations() -> st.SearchStrategy[Organization]:
    nullable = st.one_of(st.none(), _TEXT)
    return st.builds(Organization, st.sampled_from(["ORG0", "ORG1"]), nullable, nullable)


def _headers() -> st.SearchStrategy[DocumentHeader]:
    nullable = st.one_of(st.none(), _TEXT)
    return st.builds(DocumentHeader, nullable, nullable, st.one_of(st.none(), _DATES), nullable)


def _report_data() -> st.SearchStrategy[ReportData]:
    return us_annual_reports().map(
        lambda r: ReportData(r.fiscal_year, r.agency, r.components, r.sections, r.header)
    )


def registry() -> dict[type, Callable[[], st.SearchStrategy[Any]]]:
    """This module's strategies by model class, for :func:`~govdisclosure.strategies.for_type`."""
    return {
        AnnualFoiaReport: us_annual_reports,
        ReportData: _report_data,
        Section: us_annual_sections,
        DataRow: us_annual_rows,
        Link: us_annual_links,
        Organization: _organizations,
        DocumentHeader: _headers,
        ResponseDays: lambda: _scalar(Kind.RESPONSE),
        FoiaStaffing: us_annual_staffing,
    }


def us_annual_staffing() -> st.SearchStrategy[FoiaStaffing]:
    """A component's FOIA staff (to two places) and costs (to the cent) for section IX."""
    staff = st.decimals(min_value=0, max_value=500, places=2)
    money = st.decimals(min_value=0, max_value=10**8, places=2)
    return st.builds(FoiaStaffing, staff, staff, money, money)
