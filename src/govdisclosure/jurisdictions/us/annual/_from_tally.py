"""The Annual FOIA Report built from request records: a fiscal year's tally as report sections.

:func:`aggregate_annual_report` counts request records over a fiscal year
(:meth:`~govdisclosure.jurisdictions.us.report.FoiaTally.of`) and writes the
sections the records can give as an :class:`AnnualFoiaReport`: a row per
component, then the agency-overall row (a single-component agency has one
row, the agency's). :func:`annual_report_from_tally` does the second step for
a tally already counted (tallies add, so a year may be counted in pieces).

Which section field holds which tally number is one table,
:data:`~govdisclosure.jurisdictions.us.annual._tally_fields.FIELDS`.
Statistics (median, average, lowest, highest) come from the item-level days,
so the overall median is the median of every item, never an average of the
components' medians. A statistic of no items is N/A (the field is absent); a
response time under one day (0 days: answered the day it came) is ``LT1``
(policy :data:`~govdisclosure.jurisdictions.us.annual._tally_fields.LT1_BELOW`).

Sections the records cannot give are left out, or come from arguments:

* IX (staff and costs) and X's fee percentage: from ``staffing``, a
  :class:`FoiaStaffing` per component (every component or none);
* XII.D/XII.E last-year columns: from ``previous``, last year's report
  (components matched by abbreviation, as ``validate(previous=)`` does);
* XI.B (records posted), XII.B and XII.C (consultations): left out.

>>> from datetime import date
>>> from govdisclosure.calendar import WorkCalendar
>>> from govdisclosure.jurisdictions.us.codes import Track
>>> from govdisclosure.jurisdictions.us.outcomes import Disposition
>>> from govdisclosure.jurisdictions.us.report import FoiaRequestRecord
>>> cal = WorkCalendar(first=date(2024, 1, 1), last=date(2025, 12, 31))
>>> r = FoiaRequestRecord(component="OIP", received=date(2025, 3, 3), track=Track.SIMPLE,
...                       perfected=date(2025, 3, 3), closed=date(2025, 3, 3),
...                       disposition=Disposition.FULL_GRANT)
>>> report = aggregate_annual_report([r], fiscal_year=2025, calendar=cal,
...                                  agency=Organization("ORG0", "OIP"))
>>> report.overall("V.A").values
(('pending_start', 0), ('received', 1), ('processed', 1), ('pending_end', 0))
>>> str(report.value("VII.A", "ORG0", "simple.median"))   # answered the day it came: 0 days
'<1'

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from govdisclosure.calendar import WorkCalendar
from govdisclosure.errors import InvalidInputError
from govdisclosure.jurisdictions.us.annual._model import (
    DataRow,
    Link,
    Organization,
    ReportData,
    Section,
)
from govdisclosure.jurisdictions.us.annual._report import AnnualFoiaReport
from govdisclosure.jurisdictions.us.annual._spec import SECTIONS
from govdisclosure.jurisdictions.us.annual._tally_fields import (
    APPEAL_SECTIONS,
    FIELDS,
    FoiaStaffing,
    Unit,
)
from govdisclosure.jurisdictions.us.report._policy import AggregationPolicy
from govdisclosure.jurisdictions.us.report._records import FoiaRequestRecord
from govdisclosure.jurisdictions.us.report._tally import ComponentTally, FoiaTally

__all__ = [
    "aggregate_annual_report",
    "annual_report_from_tally",
]

_SECTION_ORDER = [spec.id for spec in SECTIONS]


def _row_prefix(section: str) -> str:
    """``V.B(1)`` -> ``VB1``: a row-id prefix unique per section, a valid XML name."""
    return re.sub(r"[^A-Z0-9]", "", section)


def _values(section: str, unit: Unit) -> tuple[tuple[str, object], ...]:
    out = []
    for name, get in FIELDS[section]:
        value = get(unit)
        if value is not None:
            out.append((name, value))
    return tuple(out)


def _statutes(units: list[tuple[Organization, Unit]]) -> Section | None:
    names = sorted({s for _, u in units for s, k in u.tally.statutes.items() if k})
    if not names:
        return None
    rows = tuple(DataRow(f"IV-{i}", (("description", s),)) for i, s in enumerate(names, start=1))
    links = tuple(
        Link(row.id, org.id, (("quantity", u.tally.statutes[s]),))
        for row, s in zip(rows, names, strict=True)
        for org, u in units
        if u.tally.statutes[s]
    )
    return Section("IV", rows, links)


def _section(section: str, units: list[tuple[Organization, Unit]]) -> Section | None:
    rows: list[DataRow] = []
    links: list[Link] = []
    for org, unit in units:
        if section in APPEAL_SECTIONS and not unit.tally.handles_appeals:
            continue
        values = _values(section, unit)
        if values:  # a row of N/A only is left out
            row_id = f"{_row_prefix(section)}-{len(rows) + 1}"
            rows.append(DataRow(row_id, values))
            links.append(Link(row_id, org.id))
    return Section(section, tuple(rows), tuple(links)) if rows else None


def _check_components(
    names: list[str], components: Mapping[str, Organization] | None
) -> dict[str, Organization]:
    if components is None:
        return {n: Organization(f"ORG{i}", n) for i, n in enumerate(names, start=1)}
    given: object = components
    if not isinstance(given, Mapping) or not all(
        isinstance(k, str) and isinstance(v, Organization) for k, v in given.items()
    ):
        msg = "must map each component's name in the records to an Organization"
        raise InvalidInputError(msg, field="components", value=given)
    missing = [n for n in names if n not in given]
    if missing:
        msg = "has no Organization for components found in the records"
        raise InvalidInputError(msg, field="components", value=missing)
    return dict(given)


def _check_staffing(
    names: list[str], staffing: Mapping[str, FoiaStaffing] | None
) -> dict[str, FoiaStaffing] | None:
    if staffing is None:
        return None
    given: object = staffing
    if not isinstance(given, Mapping) or not all(
        isinstance(v, FoiaStaffing) for v in given.values()
    ):
        msg = "must map each component's name to a FoiaStaffing"
        raise InvalidInputError(msg, field="staffing", value=given)
    if sorted(given) != sorted(names):
        msg = f"must name every component of the report, exactly: {names}"
        raise InvalidInputError(msg, field="staffing", value=sorted(given))
    return dict(given)


def _nothing(_section: str, _name: str) -> None:
    return None


def _previous_lookup(
    previous: ReportData | None, fiscal_year: int
) -> Callable[[Organization | None], Callable[[str, str], object | None]]:
    """For a unit (``None``: the agency overall), how to read last year's value of a field."""
    if previous is None:
        return lambda _org: _nothing
    given: object = previous
    if not isinstance(given, ReportData) or given.fiscal_year != fiscal_year - 1:
        msg = f"must be the report of fiscal year {fiscal_year - 1}"
        raise InvalidInputError(msg, field="previous", value=getattr(given, "fiscal_year", given))
    last = given
    by_abbreviation = {c.abbreviation: c.id for c in last.components if c.abbreviation}

    def of(org: Organization | None) -> Callable[[str, str], object | None]:
        org_id = last.agency.id if org is None else by_abbreviation.get(org.abbreviation or "")
        if org_id is None:
            return _nothing
        return lambda section, name: last.value(section, org_id, name)

    return of


def annual_report_from_tally(
    tally: FoiaTally,
    *,
    agency: Organization,
    components: Mapping[str, Organization] | None = None,
    staffing: Mapping[str, FoiaStaffing] | None = None,
    previous: ReportData | None = None,
) -> AnnualFoiaReport:
    """The Annual FOIA Report of ``tally``'s fiscal year, for ``agency``.

    Args:
        tally: The year's counted records.
        agency: The agency (its ``s:id`` is that of the overall row).
        components: The :class:`Organization` of each component, by its name in
            the records, in document order; it may list components without
            records (they report zeros). Default: the components of the tally,
            sorted by name, ``ORG1``, ``ORG2``... with the name as abbreviation.
            With one component the agency reports a single row, the agency's.
        staffing: Section IX per component (every component, or ``None``: no IX
            and no fee percentage in X).
        previous: Last fiscal year's report, for the last-year columns of XII.D
            and XII.E (``None``: those columns are N/A).

    Raises:
        InvalidInputError: a component of the records has no organisation,
            ``staffing`` does not name every component, ``previous`` is not of
            the year before, or the organisations' ids clash.
    """
    given: tuple[object, object] = (tally, agency)
    if not isinstance(given[0], FoiaTally):
        msg = "must be a FoiaTally"
        raise InvalidInputError(msg, field="tally", value=given[0])
    if not isinstance(given[1], Organization):
        msg = "must be an Organization"
        raise InvalidInputError(msg, field="agency", value=given[1])
    orgs = _check_components(sorted(tally.components), components)
    names = list(orgs)
    staff = _check_staffing(names, staffing)
    last_of = _previous_lookup(previous, tally.fiscal_year)
    places = tally.policy.average_places

    def unit(t: ComponentTally, s: FoiaStaffing | None, org: Organization | None) -> Unit:
        return Unit(t, places, s, last_of(org))

    tallies = {n: tally.components.get(n, ComponentTally()) for n in names}
    overall = ComponentTally()
    for n in names:
        overall = overall.merged(tallies[n])
    total_staff = None
    if staff is not None:
        total_staff = FoiaStaffing()
        for n in names:
            total_staff += staff[n]
    if len(names) == 1:
        # one component: its row is the agency's; last year's is the agency's too
        units = [(agency, unit(overall, total_staff, None))]
        parts: tuple[Organization, ...] = ()
    else:
        units = [
            (orgs[n], unit(tallies[n], None if staff is None else staff[n], orgs[n])) for n in names
        ]
        units.append((agency, unit(overall, total_staff, None)))
        parts = tuple(orgs[n] for n in names)
    sections = [_statutes(units)]
    sections += [_section(sid, units) for sid in FIELDS]
    found = sorted((s for s in sections if s is not None), key=lambda s: _SECTION_ORDER.index(s.id))
    return AnnualFoiaReport(tally.fiscal_year, agency, parts, tuple(found))


def aggregate_annual_report(  # noqa: PLR0913 - FoiaTally.of's and the report's inputs
    records: Iterable[FoiaRequestRecord],
    *,
    fiscal_year: int,
    calendar: WorkCalendar,
    agency: Organization,
    components: Mapping[str, Organization] | None = None,
    policy: AggregationPolicy | None = None,
    staffing: Mapping[str, FoiaStaffing] | None = None,
    previous: ReportData | None = None,
) -> AnnualFoiaReport:
    """The Annual FOIA Report of ``fiscal_year`` counted from request ``records``.

    ``FoiaTally.of(records, ...)`` then :func:`annual_report_from_tally`; the
    arguments are theirs (``policy``: how days are counted, default
    ``AggregationPolicy()``).

    Raises:
        InvalidInputError: a bad record, year, calendar, policy or argument
            (named, fail closed).
        CalendarNotPublishedError: a day ``calendar`` does not cover.
    """
    tally = FoiaTally.of(records, fiscal_year=fiscal_year, calendar=calendar, policy=policy)
    return annual_report_from_tally(
        tally, agency=agency, components=components, staffing=staffing, previous=previous
    )
