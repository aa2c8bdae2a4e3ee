"""The Annual FOIA Report built from request records: a fiscal year's tally as report sections.

:func:`aggregate_annual_report` counts request records over a fiscal year
(:meth:`~govdisclosure.jurisdictions.us.report.FoiaTally.of`) and writes the
sections the records can give as an :class:`AnnualFoiaReport`: a row per
component, then the agency-overall row (a single-component agency has one
row, the agency's). :func:`annual_report_from_tally` does the second step for
a tally already counted (tallies add, so a year may be counted in pieces).

Which section field holds which tally number is one table, :data:`FIELDS`.
Statistics (median, average, lowest, highest) come from the item-level days,
so the overall median is the median of every item, never an average of the
components' medians. A statistic of no items is N/A (the field is absent).

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
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from typing import Any

import attrs

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
from govdisclosure.jurisdictions.us.annual._rule_objects import fee_percent
from govdisclosure.jurisdictions.us.annual._spec import SECTION_BY_ID, SECTIONS, TRACKS
from govdisclosure.jurisdictions.us.annual._values import ResponseDays
from govdisclosure.jurisdictions.us.codes import ExemptionCode, NonExemptionReason, Track
from govdisclosure.jurisdictions.us.outcomes import Disposition
from govdisclosure.jurisdictions.us.report._daystats import (
    average,
    buckets,
    count,
    highest,
    lowest,
    median,
)
from govdisclosure.jurisdictions.us.report._policy import AggregationPolicy
from govdisclosure.jurisdictions.us.report._records import AppealDisposition, FoiaRequestRecord
from govdisclosure.jurisdictions.us.report._tally import ComponentTally, FoiaTally

__all__ = [
    "APPEAL_SECTIONS",
    "FIELDS",
    "LT1_BELOW",
    "FoiaStaffing",
    "aggregate_annual_report",
    "annual_report_from_tally",
]

LT1_BELOW = Decimal(1)
"""Policy: a response-time statistic (VI.C(4), VII.A, VII.B) under this many days is ``LT1``.

Days are whole business days, so "between 0 and 1" (the code ``LT1``) never
arises from one item; what does is 0 days (a reply on the day of receipt, with
the default day count) and a median or average under 1 (0.5, 0.33). The DOJ
form refuses a statistic of 0 where items were processed (rule 8, "> 0 or
``LT1``"), so all of these are written ``LT1``, as the printed report shows
``<1``. Day statistics that are not response times (VII.D, VIII.A, VIII.B)
are written as computed, 0 included.
"""

APPEAL_SECTIONS = frozenset(
    {"VI.A", "VI.B", "VI.C(1)", "VI.C(2)", "VI.C(3)", "VI.C(4)", "VI.C(5)", "XII.E(1)", "XII.E(2)"}
)
"""The sections a unit reports only if it handles appeals (any pending, received or processed).

A unit without appeals has no row there, and its XII.A backlogged appeals are
N/A (the DOJ form's rule 14).
"""

_TRACK_OF = dict(zip(TRACKS, Track, strict=True))
_REQUEST_REASONS = tuple(
    r for r in NonExemptionReason if r is not NonExemptionReason.EXPEDITED_DENIAL
)


def _amount(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if type(value) is not Decimal or not value.is_finite() or value.is_signed():
        msg = "must be a finite Decimal, 0 or more"
        raise InvalidInputError(msg, field=attribute.name, value=value)


@attrs.frozen
class FoiaStaffing:
    """One component's FOIA staff and costs for the year (section IX), which records do not hold.

    The totals (``total_staff``, ``total_cost``) are derived, as the DOJ form derives them.

    >>> s = FoiaStaffing(full_time=Decimal(2), equivalent=Decimal("0.5"),
    ...                  processing_cost=Decimal("1000.00"))
    >>> s + s
    FoiaStaffing(full_time=Decimal('4'), equivalent=Decimal('1.0'), \
processing_cost=Decimal('2000.00'), litigation_cost=Decimal('0'))
    """

    full_time: Decimal = attrs.field(default=Decimal(0), validator=_amount)
    equivalent: Decimal = attrs.field(default=Decimal(0), validator=_amount)
    processing_cost: Decimal = attrs.field(default=Decimal(0), validator=_amount)
    litigation_cost: Decimal = attrs.field(default=Decimal(0), validator=_amount)

    def __add__(self, other: FoiaStaffing) -> FoiaStaffing:
        pairs = zip(attrs.astuple(self), attrs.astuple(other), strict=True)
        return FoiaStaffing(*(a + b for a, b in pairs))


@attrs.frozen
class _Unit:
    """What one row is computed from: the unit's tally, its staffing, last year's row source."""

    tally: ComponentTally
    places: int
    staffing: FoiaStaffing | None
    last: Callable[[str, str], object | None]


Cell = Callable[[_Unit], object]
"""Computes one field of one unit's row; ``None`` is N/A (the field is left out)."""


def _response(value: Decimal | int | None) -> ResponseDays | None:
    if value is None:
        return None
    days = Decimal(value)
    return ResponseDays.lt1() if days < LT1_BELOW else ResponseDays(days)


def _days(value: Decimal | int | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def _on(hist: Counter[tuple[Track, int]], track: Track) -> Counter[int]:
    return Counter({d: k for (t, d), k in hist.items() if t is track})


def _hist(u: _Unit, name: str, track: str) -> Counter[int]:
    found: Counter[Any] = getattr(u.tally, name)
    return _on(found, _TRACK_OF[track]) if track else found


def _quartet(name: str, track: str = "") -> tuple[tuple[str, Cell], ...]:
    """The four response-time statistics of histogram ``name`` (of one track, if given)."""
    prefix = f"{track}." if track else ""
    return (
        (prefix + "median", lambda u: _response(median(_hist(u, name, track)))),
        (prefix + "average", lambda u: _response(average(_hist(u, name, track), u.places))),
        (prefix + "lowest", lambda u: _response(lowest(_hist(u, name, track)))),
        (prefix + "highest", lambda u: _response(highest(_hist(u, name, track)))),
    )


def _key(name: str, key: object) -> Cell:
    return lambda u: getattr(u.tally, name)[key]


def _flow(name: str) -> tuple[tuple[str, Cell], ...]:
    return tuple(
        (f, _key(name, f)) for f in ("pending_start", "received", "processed", "pending_end")
    )


def _coded(name: str, codes: Iterable[object]) -> Cell:
    """A coded list with every code, 0 included (the form lists them all)."""
    keys = tuple(codes)
    return lambda u: tuple((c, getattr(u.tally, name)[c]) for c in keys)


def _texts(name: str) -> tuple[tuple[str, Cell], ...]:
    """A list of described reasons with their total (V.B(2), VI.C(3)); no reasons: no list."""
    return (
        ("reasons", lambda u: tuple(sorted(getattr(u.tally, name).items())) or None),
        ("total", lambda u: sum(getattr(u.tally, name).values())),
    )


def _oldest(name: str) -> Cell:
    return lambda u: tuple((received, days) for days, received in getattr(u.tally, name)) or None


def _increments(track: str) -> tuple[tuple[str, Cell], ...]:
    return (
        ("increments", lambda u: tuple(buckets(_hist(u, "response", track)).items())),
        ("total", lambda u: count(_hist(u, "response", track))),
    )


def _pending(track: str) -> tuple[tuple[str, Cell], ...]:
    return (
        (f"{track}.pending", lambda u: count(_hist(u, "pending_perfected", track))),
        (f"{track}.median", lambda u: _days(median(_hist(u, "pending_perfected", track)))),
        (
            f"{track}.average",
            lambda u: _days(average(_hist(u, "pending_perfected", track), u.places)),
        ),
    )


def _decisions(name: str, days: str, *, within: bool) -> tuple[tuple[str, Cell], ...]:
    fields: tuple[tuple[str, Cell], ...] = (
        ("granted", _key(name, "granted")),
        ("denied", _key(name, "denied")),
        ("median", lambda u: _days(median(getattr(u.tally, days)))),
        ("average", lambda u: _days(average(getattr(u.tally, days), u.places))),
    )
    return (*fields, ("within_ten", _key(name, "within_limit"))) if within else fields


def _staff(get: Callable[[FoiaStaffing], Decimal]) -> Cell:
    return lambda u: None if u.staffing is None else get(u.staffing)


def _percent(u: _Unit) -> Decimal | None:
    return None if u.staffing is None else fee_percent(u.tally.fees, u.staffing.processing_cost)


def _last(section: str, name: str) -> Cell:
    return lambda u: u.last(section, name)


FIELDS: dict[str, tuple[tuple[str, Cell], ...]] = {
    "V.A": _flow("requests"),
    "V.B(1)": (
        ("full_grant", _key("dispositions", Disposition.FULL_GRANT)),
        ("partial_grant", _key("dispositions", Disposition.PARTIAL_GRANT)),
        ("full_denial", _key("dispositions", Disposition.FULL_DENIAL)),
        ("non_exemption", _coded("non_exemption", _REQUEST_REASONS)),
        ("total", _key("requests", "processed")),
    ),
    "V.B(2)": _texts("other_reasons"),
    "V.B(3)": (("exemptions", _coded("exemptions", ExemptionCode)),),
    "VI.A": _flow("appeals"),
    "VI.B": (
        ("affirmed", _key("appeal_dispositions", AppealDisposition.AFFIRMED)),
        ("partial", _key("appeal_dispositions", AppealDisposition.PARTIAL)),
        ("reversed", _key("appeal_dispositions", AppealDisposition.REVERSED)),
        ("other", _key("appeal_dispositions", AppealDisposition.OTHER)),
        ("total", _key("appeals", "processed")),
    ),
    "VI.C(1)": (("exemptions", _coded("appeal_exemptions", ExemptionCode)),),
    "VI.C(2)": (("non_exemption", _coded("appeal_reasons", NonExemptionReason)),),
    "VI.C(3)": _texts("appeal_other_reasons"),
    "VI.C(4)": _quartet("appeal_response"),
    "VI.C(5)": (("items", _oldest("appeal_oldest")),),
    "VII.A": tuple(f for t in TRACKS for f in _quartet("response", t)),
    "VII.B": tuple(f for t in TRACKS for f in _quartet("granted_response", t)),
    **{f"VII.C({n})": _increments(t) for n, t in enumerate(TRACKS, start=1)},
    "VII.D": tuple(f for t in TRACKS for f in _pending(t)),
    "VII.E": (("items", _oldest("oldest")),),
    "VIII.A": _decisions("expedited", "expedited_days", within=True),
    "VIII.B": _decisions("fee_waivers", "fee_waiver_days", within=False),
    "IX": (
        ("full_time", _staff(lambda s: s.full_time)),
        ("equivalent", _staff(lambda s: s.equivalent)),
        ("total_staff", _staff(lambda s: s.full_time + s.equivalent)),
        ("processing_cost", _staff(lambda s: s.processing_cost)),
        ("litigation_cost", _staff(lambda s: s.litigation_cost)),
        ("total_cost", _staff(lambda s: s.processing_cost + s.litigation_cost)),
    ),
    "X": (("fees", lambda u: u.tally.fees), ("percent", _percent)),
    "XI.A": (("times_used", _key("requests", "exclusions")),),
    "XII.A": (
        ("requests", _key("requests", "backlog")),
        ("appeals", lambda u: u.tally.appeals["backlog"] if u.tally.handles_appeals else None),
    ),
    "XII.D(1)": (
        ("received_last", _last("V.A", "received")),
        ("received_current", _key("requests", "received")),
        ("processed_last", _last("V.A", "processed")),
        ("processed_current", _key("requests", "processed")),
    ),
    "XII.D(2)": (("last", _last("XII.A", "requests")), ("current", _key("requests", "backlog"))),
    "XII.E(1)": (
        ("received_last", _last("VI.A", "received")),
        ("received_current", _key("appeals", "received")),
        ("processed_last", _last("VI.A", "processed")),
        ("processed_current", _key("appeals", "processed")),
    ),
    "XII.E(2)": (("last", _last("XII.A", "appeals")), ("current", _key("appeals", "backlog"))),
}
"""Every section the records fill, and for each of its fields how a unit's tally gives it.

Section IV (statutes, shared rows) is built apart; IX and X's percentage need
``staffing``; the ``…last`` columns of XII.D and XII.E need ``previous``.
"""

_SECTION_ORDER = [spec.id for spec in SECTIONS]


def _row_prefix(section: str) -> str:
    """``V.B(1)`` -> ``VB1``: a row-id prefix unique per section, a valid XML name."""
    return re.sub(r"[^A-Z0-9]", "", section)


def _values(section: str, unit: _Unit) -> tuple[tuple[str, object], ...]:
    out = []
    for name, get in FIELDS[section]:
        value = get(unit)
        if value is not None:
            out.append((name, value))
    return tuple(out)


def _statutes(units: list[tuple[Organization, _Unit]]) -> Section | None:
    names = sorted({s for _, u in units for s, k in u.tally.statutes.items() if k})
    if not names:
        return None
    rows = tuple(DataRow(f"IV{i}", (("description", s),)) for i, s in enumerate(names, start=1))
    links = tuple(
        Link(row.id, org.id, (("quantity", u.tally.statutes[s]),))
        for row, s in zip(rows, names, strict=True)
        for org, u in units
        if u.tally.statutes[s]
    )
    return Section("IV", rows, links)


def _section(section: str, units: list[tuple[Organization, _Unit]]) -> Section | None:
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

    def unit(t: ComponentTally, s: FoiaStaffing | None, org: Organization | None) -> _Unit:
        return _Unit(t, places, s, last_of(org))

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
    assert all(s.id in SECTION_BY_ID for s in found)  # noqa: S101 - FIELDS names known sections
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
