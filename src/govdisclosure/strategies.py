"""Public Hypothesis strategies that build valid govdisclosure objects, of every model.

For users writing property-based tests of their own code, and used by the
library's own tests. Hypothesis is an optional dependency
(``pip install govdisclosure[strategies]``); importing :mod:`govdisclosure`
never imports it, only importing this module does.

Every strategy builds objects that pass the models' own checks: calendars
whose rest days are consistent, requests whose event logs can happen (each
event one that may come next: no reply before receipt, no end of a
consultation that was not started, nothing after the request ended), reviews
that follow the allowed steps, agency trees without cycles, schemes with
unique codes, report tables that satisfy their identities (or, asked for,
tables that break one), and annual reports whose tables share one format.

>>> from hypothesis import given, settings
>>> from govdisclosure.requests import Request
>>> from govdisclosure.serialization import from_json, to_json
>>> @settings(max_examples=25, deadline=None)
... @given(requests())
... def test_a_request_survives_json(request):
...     assert from_json(to_json(request), Request) == request
>>> test_a_request_survives_json()

A strategy for any model class, by its type (:func:`for_type`):

>>> from govdisclosure.jurisdictions.cn import RequestTable
>>> @settings(max_examples=10, deadline=None)
... @given(for_type(RequestTable))
... def test_tables_balance(table):
...     assert [f for f in table.validate() if f.rule != "blank"] == []
>>> test_tables_balance()

The PRC rule pack's models have strategies prefixed ``cn_``.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import Any, TypeVar

from hypothesis import reject
from hypothesis import strategies as st

from govdisclosure import _strategies_calendars
from govdisclosure.agencies import Agency, AgencyKind, AgencyTree, Sector
from govdisclosure.calendar import (
    CalendarNotice,
    MakeupWorkday,
    NoticeSource,
    RestDay,
    RestKind,
    WorkCalendar,
)
from govdisclosure.channels import Bound, Channel, ChannelActivity, Figure, Period
from govdisclosure.classification import (
    Category,
    Crosswalk,
    CrosswalkEntry,
    CrosswalkReport,
    Scheme,
)
from govdisclosure.deadlines import (
    ClockRules,
    Deadline,
    FindingKind,
    PauseRule,
    Step,
    compute_deadline,
)
from govdisclosure.deadlines import Finding as ClockFinding
from govdisclosure.errors import CalendarNotPublishedError
from govdisclosure.exemptions import ExemptionGround, Nature, Override, OverrideRule
from govdisclosure.fees import Band, BandCharge, FeeAssessment, ProgressiveSchedule, SteppedBands
from govdisclosure.items import (
    Catalogue,
    DisclosureMode,
    InformationItem,
    Validity,
    ValidityStatus,
)
from govdisclosure.jurisdictions import cn
from govdisclosure.jurisdictions.cn.holiday_notices import Arrangement, HolidayNotice
from govdisclosure.jurisdictions.cn.report.format import (
    CASE_KINDS,
    CaseResult,
    ReportFormat,
    Total,
    ValueKind,
    proactive_cells,
    request_rows,
)
from govdisclosure.jurisdictions.cn.report.tables import request_rules
from govdisclosure.law import CalendarDays, Citation, Instrument, WorkingDays
from govdisclosure.ledger import LedgerItem, LedgerLine, Month, MonthlyLedger, MonthTotal
from govdisclosure.money import Money
from govdisclosure.publicity import (
    Measure,
    PointsRule,
    QuotaAssessment,
    QuotaRule,
    Shortfall,
    SubmissionRecord,
)
from govdisclosure.reports import ColumnRule, RowRule, SumIdentity, Table
from govdisclosure.reports import Finding as ReportFinding
from govdisclosure.requests import (
    Applicant,
    ApplicantIdentity,
    ApplicantKind,
    ConsultationEnded,
    ConsultationParty,
    ConsultationStarted,
    CorrectionLapsed,
    CorrectionReceived,
    CorrectionRequested,
    DelaySet,
    Event,
    ExtensionGranted,
    FeeLapsed,
    FeeNoticeIssued,
    FeePaid,
    ReceiptBasis,
    ReceiptChannel,
    ReceiptRule,
    Replied,
    Request,
    Withdrawn,
)
from govdisclosure.review import Actor, Review, ReviewPolicy, ReviewState, Transition

__all__ = [
    "actors",
    "agencies",
    "agency_trees",
    "applicant_identities",
    "applicants",
    "band_charges",
    "bands",
    "calendar_days",
    "calendar_notices",
    "calendars",
    "catalogues",
    "categories",
    "channel_activities",
    "citations",
    "clock_findings",
    "clock_rules",
    "clock_steps",
    "cn_annual_reports",
    "cn_arrangements",
    "cn_case_tables",
    "cn_clock_policies",
    "cn_dates",
    "cn_decisions",
    "cn_fee_notices",
    "cn_filing_deadlines",
    "cn_headline_figures",
    "cn_holiday_notices",
    "cn_outcomes",
    "cn_per_request_band_policies",
    "cn_per_request_terms",
    "cn_proactive_deadlines",
    "cn_proactive_tables",
    "cn_request_tables",
    "cn_review_cases",
    "cn_special_limits",
    "column_rules",
    "crosswalk_entries",
    "crosswalk_reports",
    "crosswalks",
    "deadlines",
    "events",
    "exemption_grounds",
    "fee_assessments",
    "figures",
    "for_type",
    "information_items",
    "instruments",
    "ledger_items",
    "ledger_lines",
    "makeup_workdays",
    "money",
    "month_totals",
    "monthly_ledgers",
    "months",
    "notice_sources",
    "override_rules",
    "pause_rules",
    "periods",
    "points_rules",
    "progressive_schedules",
    "quota_assessments",
    "quota_rules",
    "receipt_rules",
    "register_type_strategies",
    "report_findings",
    "requests",
    "rest_days",
    "review_policies",
    "reviews",
    "row_rules",
    "schemes",
    "shortfalls",
    "stepped_bands",
    "strategy_types",
    "submission_records",
    "sum_identities",
    "tables",
    "transitions",
    "validities",
    "working_days",
]

T = TypeVar("T")

_FIRST = date(2000, 1, 1)
_LAST = date(2040, 12, 31)
_ONE_DAY = timedelta(days=1)

_ids = st.from_regex(r"[a-z][a-z0-9-]{0,10}", fullmatch=True)
_texts = st.text(max_size=16)
_labels = st.text(min_size=1, max_size=16).filter(lambda s: s.strip() != "")
_dates = st.dates(_FIRST, _LAST)


def _optional(strategy: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    return st.none() | strategy


# -- law ------------------------------------------------------------------------------------


def working_days(max_days: int = 60) -> st.SearchStrategy[WorkingDays]:
    """Periods in working days, 0 to ``max_days``."""
    return st.builds(WorkingDays, st.integers(0, max_days))


def calendar_days(max_days: int = 365) -> st.SearchStrategy[CalendarDays]:
    """Periods in calendar days, 0 to ``max_days``."""
    return st.builds(CalendarDays, st.integers(0, max_days))


def instruments() -> st.SearchStrategy[Instrument]:
    """Legal instruments with random titles, numbers and dates."""
    return st.builds(
        Instrument,
        code=_ids,
        title=_labels,
        short=_labels,
        number=_optional(_labels),
        promulgated=_optional(_dates),
        effective=_optional(_dates),
        url=_optional(st.just("https://example.org/act")),
    )


def citations() -> st.SearchStrategy[Citation]:
    """Citations of provisions of random instruments."""
    return st.builds(
        Citation,
        instruments(),
        article=_optional(st.from_regex(r"[1-9][0-9]{0,2}", fullmatch=True)),
        paragraph=_optional(st.integers(1, 9)),
        item=_optional(st.sampled_from(["1", "2", "一", "二", "(3)"])),
        note=_texts,
    )


# -- calendars ---------------------------------------------------------------------------


def notice_sources() -> st.SearchStrategy[NoticeSource]:
    """Sources of calendar notices."""
    return st.builds(
        NoticeSource,
        title=st.text(min_size=1, max_size=40),
        number=st.none() | st.text(min_size=1, max_size=20),
        published=st.none() | st.dates(date(2000, 1, 1), date(2040, 12, 31)),
        url=st.none() | st.just("https://example.org/notice"),
    )


def rest_days() -> st.SearchStrategy[RestDay]:
    """Dated rest days, on their own (a calendar checks them against its weekend)."""
    return st.builds(
        RestDay,
        _dates,
        st.sampled_from(RestKind),
        _texts,
        _optional(notice_sources()),
    )


def makeup_workdays() -> st.SearchStrategy[MakeupWorkday]:
    """Dated makeup working days, on their own."""
    return st.builds(MakeupWorkday, _dates, _texts, _optional(notice_sources()))


@st.composite
def _year_days(
    draw: st.DrawFn, year: int, weekend: frozenset[int]
) -> tuple[list[RestDay], list[MakeupWorkday]]:
    start = date(year, 1, 1)
    offsets = draw(st.sets(st.integers(0, 364), max_size=25))
    rest: list[RestDay] = []
    makeup: list[MakeupWorkday] = []
    for offset in sorted(offsets):
        day = start + timedelta(days=offset)
        if day.weekday() in weekend:
            if draw(st.booleans()):
                makeup.append(MakeupWorkday(day, "makeup"))
            else:
                rest.append(RestDay(day, RestKind.WEEKEND, "holiday period"))
        else:
            kind = draw(st.sampled_from([RestKind.HOLIDAY, RestKind.IN_LIEU]))
            rest.append(RestDay(day, kind, "holiday"))
    return rest, makeup


@st.composite
def calendar_notices(
    draw: st.DrawFn, year: int | None = None, weekend: frozenset[int] = frozenset({5, 6})
) -> CalendarNotice:
    """Notices for one year (``year``, or one drawn from 2000-2040)."""
    chosen = year if year is not None else draw(st.integers(2000, 2040))
    rest, makeup = draw(_year_days(chosen, weekend))
    return CalendarNotice(chosen, draw(notice_sources()), rest, makeup)


@st.composite
def calendars(draw: st.DrawFn, min_years: int = 1, max_years: int = 3) -> WorkCalendar:
    """Working-day calendars over whole consecutive years, with random rest and makeup days.

    Weekends are Saturday and Sunday or, now and then, another pattern with at
    least one working weekday.
    """
    weekend = draw(st.just(frozenset({5, 6})) | st.frozensets(st.integers(0, 6), max_size=3))
    first = draw(st.integers(2000, 2038))
    count = draw(st.integers(min_years, max_years))
    notices = [draw(calendar_notices(first + i, weekend)) for i in range(count)]
    return WorkCalendar.from_notices(notices, weekend=weekend)


def cn_dates(
    first: date = date(2008, 1, 1), last: date = date(2026, 12, 31)
) -> st.SearchStrategy[date]:
    """Dates inside the bundled PRC calendar (2008-2026 unless narrowed)."""
    return st.dates(first, last)


# -- money and fees ----------------------------------------------------------------------

_CURRENCIES = ("CNY", "USD", "EUR", "JPY", "GBP", "XYZ")


@st.composite
def money(
    draw: st.DrawFn,
    currency: str | None = None,
    *,
    min_value: int = 0,
    max_value: int = 10**6,
    max_places: int = 4,
) -> Money:
    """Exact amounts from ``min_value`` to ``max_value``, with 0 to ``max_places`` decimals.

    ``currency`` fixes the currency; by default one of a few is drawn.
    """
    code = currency if currency is not None else draw(st.sampled_from(_CURRENCIES))
    places = draw(st.integers(0, max_places))
    scale = 10**places
    units = draw(st.integers(min_value * scale, max_value * scale))
    return Money(Decimal(units).scaleb(-places), code)


@st.composite
def bands(draw: st.DrawFn, currency: str | None = None) -> Band:
    """Fee bands (a closed or open range of units at a rate)."""
    lower = draw(st.integers(1, 1000))
    upper = draw(_optional(st.integers(lower, lower + 1000)))
    rate = draw(money(currency, max_value=500, max_places=2))
    return Band(lower, upper, rate, draw(_optional(citations())))


@st.composite
def stepped_bands(
    draw: st.DrawFn, currency: str | None = None, start: int | None = None
) -> SteppedBands:
    """Endless runs of equal bands whose rate rises by a step."""
    code = currency if currency is not None else draw(st.sampled_from(_CURRENCIES))
    return SteppedBands(
        start=start if start is not None else draw(st.integers(1, 500)),
        width=draw(st.integers(1, 50)),
        first_rate=draw(money(code, max_value=500, max_places=2)),
        step=draw(money(code, max_value=100, max_places=2)),
        citation=draw(_optional(citations())),
    )


@st.composite
def progressive_schedules(
    draw: st.DrawFn, currency: str | None = None, *, open_ended: bool | None = None
) -> ProgressiveSchedule:
    """Contiguous progressive schedules; ``open_ended=True`` prices any number of units."""
    code = currency if currency is not None else draw(st.sampled_from(_CURRENCIES))
    widths = draw(st.lists(st.integers(1, 20), min_size=0, max_size=4))
    ending = draw(
        st.sampled_from(["open", "then"] if open_ended else ["open", "then", "closed"])
        if open_ended is not False
        else st.just("closed")
    )
    if ending == "closed" and not widths:
        widths = [draw(st.integers(1, 20))]
    found: list[Band] = []
    lower = 1
    for width in widths:
        rate = draw(money(code, max_value=500, max_places=2))
        found.append(Band(lower, lower + width - 1, rate, draw(_optional(citations()))))
        lower += width
    then = None
    if ending == "open":
        found.append(Band(lower, None, draw(money(code, max_value=500, max_places=2))))
    elif ending == "then":
        then = draw(stepped_bands(code, start=lower))
    return ProgressiveSchedule(
        draw(_labels),
        found,
        draw(_optional(citations())),
        then=then,
        unit=draw(st.sampled_from(["unit", "request", "page"])),
    )


@st.composite
def fee_assessments(draw: st.DrawFn, *, min_units: int = 0) -> FeeAssessment:
    """Fees of 0 to 60 units (at least ``min_units``) under an open-ended schedule."""
    schedule = draw(progressive_schedules(open_ended=True))
    units = draw(st.integers(min_units, 60))
    return schedule.fee(units, after=draw(st.integers(0, 40)))


def band_charges() -> st.SearchStrategy[BandCharge]:
    """Lines of a fee's breakdown."""
    return fee_assessments(min_units=1).flatmap(lambda a: st.sampled_from(a.breakdown))


def months() -> st.SearchStrategy[Month]:
    """Calendar months of 2000-2040."""
    return st.builds(Month, st.integers(2000, 2040), st.integers(1, 12))


def ledger_items() -> st.SearchStrategy[LedgerItem]:
    """Chargeable items: a date, 1 to 5 units, a reference."""
    return st.builds(LedgerItem, _dates, st.integers(1, 5), _texts)


@st.composite
def monthly_ledgers(draw: st.DrawFn, *, min_items: int = 0) -> MonthlyLedger:
    """One payer's items over a few months, charged under an open-ended schedule."""
    schedule = draw(progressive_schedules(open_ended=True))
    start = draw(_dates)
    items = draw(
        st.lists(
            st.builds(
                LedgerItem,
                st.dates(start, start + timedelta(days=90)),
                st.integers(1, 3),
                _texts,
            ),
            min_size=min_items,
            max_size=12,
        )
    )
    return MonthlyLedger.build(schedule, items)


def ledger_lines() -> st.SearchStrategy[LedgerLine]:
    """Lines of a ledger."""
    return monthly_ledgers(min_items=1).flatmap(lambda book: st.sampled_from(book.lines))


def month_totals() -> st.SearchStrategy[MonthTotal]:
    """Months of a ledger."""
    return monthly_ledgers(min_items=1).flatmap(lambda book: st.sampled_from(book.months))


# -- agencies, schemes, items, channels --------------------------------------------------


@st.composite
def agencies(draw: st.DrawFn, agency_id: str | None = None) -> Agency:
    """Agencies of every kind; public enterprises now and then with a sector."""
    kind = draw(st.sampled_from(AgencyKind))
    sector = (
        draw(_optional(st.sampled_from(Sector))) if kind is AgencyKind.PUBLIC_ENTERPRISE else None
    )
    return Agency(
        agency_id if agency_id is not None else draw(_ids),
        draw(_labels),
        draw(_texts),
        kind=kind,
        sector=sector,
    )


@st.composite
def agency_trees(draw: st.DrawFn, max_size: int = 12) -> AgencyTree:
    """Forests of agencies: each agency under an earlier one, or a root; never a cycle."""
    ids = draw(st.lists(_ids, min_size=1, max_size=max_size, unique=True))
    parents: list[tuple[str, str]] = []
    for i in range(1, len(ids)):
        up = draw(_optional(st.integers(0, i - 1)))
        if up is not None:
            parents.append((ids[i], ids[up]))
    order = draw(st.permutations(ids))
    return AgencyTree([draw(agencies(a)) for a in order], parents=parents)


@st.composite
def schemes(draw: st.DrawFn, code: str | None = None, *, max_size: int = 12) -> Scheme:
    """Classification schemes: a random tree of categories with unique codes."""
    codes = draw(st.lists(_ids, min_size=1, max_size=max_size, unique=True))
    parents = [None] + [draw(_optional(st.integers(0, i - 1))) for i in range(1, len(codes))]
    kids: dict[int | None, list[int]] = {}
    for i, p in enumerate(parents):
        kids.setdefault(p, []).append(i)
    labels = draw(st.lists(_labels, min_size=len(codes), max_size=len(codes)))
    cites = draw(st.lists(_optional(citations()), min_size=len(codes), max_size=len(codes)))

    def build(i: int) -> Category:
        children = [build(k) for k in kids.get(i, [])]
        return Category(codes[i], labels[i], codes[i].upper(), cites[i], children)

    return Scheme(
        code if code is not None else draw(_ids),
        draw(_labels),
        [build(i) for i in kids[None]],
        draw(_texts),
    )


def categories() -> st.SearchStrategy[Category]:
    """Categories (with their sub-categories) of random schemes."""
    return schemes().flatmap(lambda s: st.sampled_from(list(s)))


def crosswalk_entries() -> st.SearchStrategy[CrosswalkEntry]:
    """Crosswalk entries on their own (a crosswalk checks the codes)."""
    return st.builds(
        CrosswalkEntry,
        _ids,
        st.lists(_ids, max_size=3).map(tuple),
        inferred=st.booleans(),
        note=_texts,
    )


@st.composite
def crosswalks(draw: st.DrawFn) -> Crosswalk:
    """Crosswalks between two random schemes, each mapped source onto 1-3 target codes."""
    source = draw(schemes("src"))
    target = draw(schemes("dst"))
    mapped = draw(st.lists(st.sampled_from(source.codes), unique=True))
    targets = st.lists(st.sampled_from(target.codes), min_size=1, max_size=3, unique=True)
    entries = [
        CrosswalkEntry(s, draw(targets), inferred=draw(st.booleans()), note=draw(_texts))
        for s in mapped
    ]
    return Crosswalk(source, target, entries, draw(_texts))


@st.composite
def crosswalk_reports(draw: st.DrawFn) -> CrosswalkReport:
    """What a crosswalk makes of some of its source codes."""
    walk = draw(crosswalks())
    return walk.apply(draw(st.lists(st.sampled_from(walk.source.codes), max_size=6)))


def periods(first: date = _FIRST, last: date = _LAST) -> st.SearchStrategy[Period]:
    """Spans of days (both ends included) between ``first`` and ``last``."""
    return st.dates(first, last).flatmap(
        lambda start: st.builds(Period, st.just(start), st.dates(start, last))
    )


def figures(max_value: int = 10**6) -> st.SearchStrategy[Figure]:
    """Counts as reports give them: exact, or a lower bound."""
    return st.builds(Figure, st.integers(0, max_value), st.sampled_from(Bound))


def _fractions_0_1() -> st.SearchStrategy[Fraction]:
    return st.integers(1, 1000).flatmap(lambda d: st.integers(0, d).map(lambda n: Fraction(n, d)))


@st.composite
def channel_activities(draw: st.DrawFn) -> ChannelActivity:
    """A channel's activity in a period, never more answered than an exact count received."""
    received = draw(_optional(figures(10**5)))
    answered = draw(_optional(figures(10**5)))
    if (
        received is not None
        and answered is not None
        and received.is_exact
        and answered.minimum > received.value
    ):
        answered = Figure(draw(st.integers(0, received.value)))
    return ChannelActivity(
        draw(st.sampled_from(Channel)),
        draw(periods()),
        draw(_optional(_ids)),
        draw(_optional(figures())),
        draw(_optional(figures())),
        received,
        answered,
        draw(_optional(_fractions_0_1())),
        draw(_texts),
    )


@st.composite
def validities(draw: st.DrawFn) -> Validity:
    """Validity records, the last day never before the first."""
    effective = draw(_optional(_dates))
    ends = draw(_optional(st.dates(effective or _FIRST, _LAST)))
    return Validity(draw(st.sampled_from(ValidityStatus)), effective, ends)


@st.composite
def information_items(
    draw: st.DrawFn, agency_id: str | None = None, index_number: str | None = None
) -> InformationItem:
    """Catalogue items with consistent dates, modes, grounds and channels."""
    formed = draw(_dates)
    changed = draw(_optional(st.dates(formed, _LAST)))
    runs_from = changed or formed
    mode = draw(st.sampled_from(DisclosureMode))
    withheld = mode is DisclosureMode.NOT_DISCLOSED
    published = None if withheld else draw(_optional(st.dates(runs_from, _LAST)))
    grounds = draw(st.lists(_ids, min_size=1, max_size=3)) if withheld else []
    channels = [] if withheld else draw(st.lists(st.sampled_from(Channel), unique=True, max_size=3))
    pairs = st.tuples(_ids, _ids)
    return InformationItem(
        index_number if index_number is not None else draw(_ids),
        draw(_labels),
        agency_id=agency_id if agency_id is not None else draw(_ids),
        formed=formed,
        document_number=draw(_optional(_labels)),
        changed=changed,
        published=published,
        categories=draw(st.lists(pairs, unique=True, max_size=3)),
        mode=mode,
        exemption_grounds=grounds,
        channels=channels,
        validity=draw(validities()),
    )


@st.composite
def catalogues(draw: st.DrawFn, agency_id: str | None = None) -> Catalogue:
    """An agency's catalogue: items of that agency with unique index numbers."""
    owner = agency_id if agency_id is not None else draw(_ids)
    numbers = draw(st.lists(_ids, unique=True, max_size=5))
    return Catalogue(owner, [draw(information_items(owner, n)) for n in numbers])


# -- review and publicity ----------------------------------------------------------------


def actors(agency_id: str | None = None, role: str | None = None) -> st.SearchStrategy[Actor]:
    """People who take review steps."""
    return st.builds(
        Actor,
        _ids,
        role=st.just(role) if role is not None else _texts,
        agency_id=st.just(agency_id) if agency_id is not None else _optional(_ids),
    )


def review_policies() -> st.SearchStrategy[ReviewPolicy]:
    """Review rules: who reviews, which roles sign off in order, re-assessment interval."""
    return st.builds(
        ReviewPolicy,
        _texts,
        provider_reviews=st.booleans(),
        approval_roles=st.lists(_ids, max_size=3).map(tuple),
        reassess_every=_optional(calendar_days()),
        note=_texts,
    )


@st.composite
def reviews(draw: st.DrawFn, max_steps: int = 8) -> Review:
    """Reviews whose history follows the allowed steps, dated in order."""
    policy = draw(review_policies())
    provider = draw(_ids)
    clerk = draw(actors(provider))
    on = draw(_dates)
    review = Review.start(draw(_ids), provider=provider, by=clerk, on=on, policy=policy)
    for _ in range(draw(st.integers(0, max_steps))):
        on = min(on + timedelta(days=draw(st.integers(0, 30))), _LAST)
        state = review.state
        if state is ReviewState.DRAFTED:
            review = review.submit(by=clerk, on=on)
        elif state is ReviewState.UNDER_REVIEW:
            if draw(st.booleans()):
                pending = review.pending_roles
                role = pending[0] if pending else draw(_texts)
                review = review.approve(by=draw(actors(provider, role)), on=on)
            else:
                grounds = draw(st.lists(_ids, min_size=1, max_size=2))
                review = review.withhold(by=draw(actors(provider)), on=on, grounds=grounds)
        elif state is ReviewState.APPROVED:
            review = review.publish(by=clerk, on=on, note=draw(_texts))
        elif state is ReviewState.WITHHELD:
            review = review.reassess(by=clerk, on=on)
        else:
            break
    return review


def transitions() -> st.SearchStrategy[Transition]:
    """Steps of valid reviews."""
    return reviews().flatmap(lambda r: st.sampled_from(r.history))


@st.composite
def submission_records(
    draw: st.DrawFn, unit_id: str | None = None, period: Period | None = None
) -> SubmissionRecord:
    """What a unit submitted in a period, never more adopted than submitted."""
    submitted = draw(st.integers(0, 500))
    return SubmissionRecord(
        unit_id if unit_id is not None else draw(_ids),
        period if period is not None else draw(periods()),
        submitted=submitted,
        adopted=draw(st.integers(0, submitted)),
    )


def quota_rules(units: Sequence[str] | None = None) -> st.SearchStrategy[QuotaRule]:
    """Quota targets binding some units."""
    return st.builds(
        QuotaRule,
        _labels,
        units=st.just(tuple(units))
        if units
        else st.lists(_ids, min_size=1, max_size=4, unique=True),
        min_submitted=st.integers(0, 100),
        min_adoption_rate=_optional(_fractions_0_1()),
        source=_texts,
    )


def _weights() -> st.SearchStrategy[Decimal]:
    return st.integers(-1000, 1000).map(lambda n: Decimal(n).scaleb(-1))


def points_rules(every_months: int | None = None) -> st.SearchStrategy[PointsRule]:
    """Points tables: a reporting interval and weights per item submitted and adopted."""
    return st.builds(
        PointsRule,
        every_months=st.just(every_months) if every_months else st.integers(1, 24),
        per_submitted=_weights(),
        per_adopted=_weights(),
    )


@st.composite
def quota_assessments(draw: st.DrawFn) -> QuotaAssessment:
    """A year's quota rules and monthly records (each unit's months distinct)."""
    year = draw(st.integers(2000, 2040))
    units = draw(st.lists(_ids, min_size=1, max_size=4, unique=True))
    rules = draw(st.lists(quota_rules(units), min_size=1, max_size=2))
    cells = draw(
        st.lists(st.tuples(st.sampled_from(units), st.integers(1, 12)), unique=True, max_size=8)
    )
    records = [draw(submission_records(u, Period.month(year, m))) for u, m in cells]
    every = draw(st.sampled_from([1, 2, 3, 4, 6, 12]))
    points = draw(_optional(points_rules(every)))
    return QuotaAssessment(Period.year(year), rules, records, points_rule=points)


@st.composite
def shortfalls(draw: st.DrawFn) -> Shortfall:
    """A unit short of a target: of items submitted, or of the adoption rate."""
    measure = draw(st.sampled_from(Measure))
    if measure is Measure.SUBMITTED:
        required = draw(st.integers(1, 100))
        actual: int | Fraction | None = draw(st.integers(0, required - 1))
        return Shortfall(draw(_ids), draw(_labels), measure, required, actual)
    rate = draw(_fractions_0_1().filter(lambda f: f > 0))
    below = draw(_optional(_fractions_0_1().filter(lambda f: f < rate)))
    return Shortfall(draw(_ids), draw(_labels), measure, rate, below)


# -- requests and their events -----------------------------------------------------------


def applicant_identities() -> st.SearchStrategy[ApplicantIdentity]:
    """Identifying details (made up): personal data in real records."""
    return st.builds(
        ApplicantIdentity,
        name=_optional(_labels),
        id_document=_optional(st.from_regex(r"[0-9]{17}[0-9X]", fullmatch=True)),
        contact=_optional(st.just("applicant@example.org")),
    )


def applicants(*, identity: bool | None = False) -> st.SearchStrategy[Applicant]:
    """Applicants of every kind; ``identity`` True always, False never (default), None sometimes.

    Identifying details are personal data, written to JSON only when asked for
    (``personal_data=True``); by default the strategies draw none, so that every
    object they build round-trips through plain :func:`~govdisclosure.serialization.to_json`.
    """
    details: st.SearchStrategy[ApplicantIdentity | None] = (
        applicant_identities()
        if identity
        else st.none()
        if identity is False
        else _optional(applicant_identities())
    )
    return st.builds(Applicant, st.sampled_from(ApplicantKind), details)


def receipt_rules() -> st.SearchStrategy[ReceiptRule]:
    """Rules saying which recorded moment fixes the date of receipt for a channel."""
    return st.builds(
        ReceiptRule,
        st.sampled_from(ReceiptChannel),
        st.sampled_from(ReceiptBasis),
        citations(),
        _texts,
    )


def cn_outcomes() -> st.SearchStrategy[cn.Outcome]:
    """The PRC report's outcome rows."""
    return st.sampled_from(cn.Outcome)


def _fees() -> st.SearchStrategy[Money | None]:
    return _optional(money("CNY", max_value=10**4, max_places=2))


def _event_builders() -> dict[type[Event], st.SearchStrategy[Event]]:
    on = _dates
    parties = st.sampled_from(ConsultationParty)
    return {
        CorrectionRequested: st.builds(CorrectionRequested, on=on),
        CorrectionReceived: st.builds(CorrectionReceived, on=on),
        CorrectionLapsed: st.builds(CorrectionLapsed, on=on),
        ConsultationStarted: st.builds(ConsultationStarted, on=on, party=parties),
        ConsultationEnded: st.builds(ConsultationEnded, on=on, party=parties),
        ExtensionGranted: st.builds(
            ExtensionGranted, on=on, days=st.integers(1, 30).map(WorkingDays)
        ),
        FeeNoticeIssued: st.builds(FeeNoticeIssued, on=on, amount=_fees()),
        FeePaid: st.builds(FeePaid, on=on),
        FeeLapsed: st.builds(FeeLapsed, on=on),
        DelaySet: on.flatmap(
            lambda d: st.builds(DelaySet, on=st.just(d), until=st.dates(d, _LAST))
        ),
        Replied: st.builds(Replied, on=on, outcome=_optional(cn_outcomes())),
        Withdrawn: st.builds(Withdrawn, on=on),
    }


def events() -> st.SearchStrategy[Event]:
    """Single events of every kind (a request checks how they follow one another)."""
    return st.one_of(*_event_builders().values())


_PARTIES = {"tp": ConsultationParty.THIRD_PARTY, "oo": ConsultationParty.OTHER_ORGAN}


@st.composite
def requests(  # noqa: C901, D417, PLR0912, PLR0913, PLR0915 - a state machine with its knobs
    draw: st.DrawFn,
    received: st.SearchStrategy[date] | None = None,
    *,
    max_events: int = 8,
    max_gap: int = 12,
    max_extension: int = 20,
    outcomes: st.SearchStrategy[enum.Enum | None] | None = None,
    applicant: st.SearchStrategy[Applicant] | None = None,
    ids: st.SearchStrategy[str] | None = None,
) -> Request:
    """Requests whose event log can happen: each event is one that may come next.

    A state machine draws the events in order of date: corrections are
    requested before they lapse (and, now and then, a corrected application
    arrives with no request for it recorded), consultations end only when
    one with the same party is open, a fee is paid or lapses only after a fee
    notice, at most one extension (of 1 to ``max_extension`` working days;
    none if that is 0) is granted, and nothing follows a reply, a withdrawal
    or a lapse. Gaps between events are 0 to ``max_gap`` days.

    Args:
        received: The dates of receipt (2000-2030 by default).
        max_events: The most events drawn.
        max_gap: The longest gap between two events, in days.
        max_extension: The longest extension, in working days.
        outcomes: The outcomes of replies (``cn.Outcome`` or ``None`` by default).
        applicant: The applicants (any kind, without identifying details, by
            default; pass ``applicants(identity=None)`` for some with them).
        ids: The request references.
    """
    on = draw(received if received is not None else st.dates(_FIRST, date(2030, 12, 31)))
    start = on
    found: list[Event] = []
    awaiting = False
    fee_open = False
    open_count = dict.fromkeys(ConsultationParty, 0)
    extended = max_extension < 1
    for _ in range(draw(st.integers(0, max_events))):
        on += timedelta(days=draw(st.integers(0, max_gap)))
        # Only events that can come next; closing ones twice, concluding ones now and then.
        ops = ["tp_start", "oo_start", "delay"]
        ops += ["corr_recv", "corr_recv"] if awaiting else ["corr_req", "corr_req"]
        # a corrected application whose request went unrecorded is rare, but it can happen
        ops += [] if awaiting or draw(st.integers(0, 7)) else ["corr_recv"]
        ops += ["tp_end", "tp_end"] if open_count[ConsultationParty.THIRD_PARTY] else []
        ops += ["oo_end", "oo_end"] if open_count[ConsultationParty.OTHER_ORGAN] else []
        ops += ["fee_paid", "fee_paid"] if fee_open else ["fee_notice"]
        ops += [] if extended else ["ext"]
        if draw(st.integers(0, 5)) == 0:
            ops += ["reply", "withdraw"] + (["corr_lapse"] if awaiting else [])
            ops += ["fee_lapse"] if fee_open else []
        op = draw(st.sampled_from(ops))
        e: Event
        if op == "corr_req":
            e = CorrectionRequested(on=on)
            awaiting = True
        elif op in ("corr_recv", "corr_lapse"):
            e = CorrectionReceived(on=on) if op == "corr_recv" else CorrectionLapsed(on=on)
            awaiting = False
        elif op in ("tp_start", "oo_start"):
            party = _PARTIES[op[:2]]
            e = ConsultationStarted(on=on, party=party)
            open_count[party] += 1
        elif op in ("tp_end", "oo_end"):
            party = _PARTIES[op[:2]]
            e = ConsultationEnded(on=on, party=party)
            open_count[party] -= 1
        elif op == "fee_notice":
            e = FeeNoticeIssued(on=on, amount=draw(_fees()))
            fee_open = True
        elif op in ("fee_paid", "fee_lapse"):
            e = FeePaid(on=on) if op == "fee_paid" else FeeLapsed(on=on)
            fee_open = False
        elif op == "ext":
            e = ExtensionGranted(on=on, days=WorkingDays(draw(st.integers(1, max_extension))))
            extended = True
        elif op == "delay":
            e = DelaySet(on=on, until=on + timedelta(days=draw(st.integers(0, 60))))
        elif op == "reply":
            outcome = draw(outcomes if outcomes is not None else _optional(cn_outcomes()))
            e = Replied(on=on, outcome=outcome)
        else:
            e = Withdrawn(on=on)
        found.append(e)
        if e.concludes:
            break
    return Request(
        id=draw(ids if ids is not None else _ids),
        received=start,
        applicant=draw(applicant if applicant is not None else applicants()),
        events=tuple(found),
        channel=draw(_optional(st.sampled_from(ReceiptChannel))),
    )


# -- the reply clock ---------------------------------------------------------------------


def pause_rules() -> st.SearchStrategy[PauseRule]:
    """Whether a kind of pause stops the clock, with its sources."""
    return st.builds(
        PauseRule,
        st.booleans(),
        citations(),
        _optional(working_days(30)),
        _optional(citations()),
    )


def clock_rules(max_limit: int = 30, max_extension: int = 30) -> st.SearchStrategy[ClockRules]:
    """Reply-clock rules with a limit of 1 to ``max_limit`` working days."""
    return st.builds(
        ClockRules,
        _labels,
        st.integers(1, max_limit).map(WorkingDays),
        citations(),
        working_days(max_extension),
        citations(),
        citations(),
        pause_rules(),
        pause_rules(),
        pause_rules(),
        _optional(working_days(15)),
        _optional(citations()),
        _optional(citations()),
        st.booleans(),
    )


def clock_steps() -> st.SearchStrategy[Step]:
    """Steps of a deadline's explanation."""
    return st.builds(Step, _labels, citations(), _optional(_dates))


def clock_findings() -> st.SearchStrategy[ClockFinding]:
    """Procedural findings about a request's handling."""
    return st.builds(
        ClockFinding,
        st.sampled_from(FindingKind),
        _labels,
        citations(),
        _optional(events()),
        _optional(st.integers(0, 20)),
    )


@st.composite
def deadlines(draw: st.DrawFn) -> Deadline:
    """Deadlines computed for random requests under random rules on random calendars."""
    rules = draw(clock_rules())
    calendar = draw(calendars(min_years=2, max_years=3))
    received = st.dates(calendar.first, calendar.first + timedelta(days=200))
    request = draw(
        requests(received, max_events=6, max_gap=10, max_extension=rules.max_extension.days)
    )
    try:
        return compute_deadline(request, rules, calendar)
    except CalendarNotPublishedError:  # pragma: no cover - the calendar is long enough
        reject()


# -- exemptions ---------------------------------------------------------------------------


def override_rules() -> st.SearchStrategy[OverrideRule]:
    """Overrides of an exemption ground, with their sources."""
    return st.builds(OverrideRule, st.sampled_from(Override), citations(), _texts)


@st.composite
def exemption_grounds(draw: st.DrawFn) -> ExemptionGround:
    """Exemption grounds: mandatory or not, each override at most once."""
    kinds = draw(st.lists(st.sampled_from(Override), unique=True, max_size=3))
    overrides = [OverrideRule(k, draw(citations()), draw(_texts)) for k in kinds]
    return ExemptionGround(
        draw(_ids),
        draw(_texts),
        draw(_texts),
        draw(citations()),
        draw(st.sampled_from(Nature)),
        overrides,
        draw(_optional(cn_outcomes())),
    )


# -- generic report tables ----------------------------------------------------------------


@st.composite
def tables(
    draw: st.DrawFn, *, max_rows: int = 6, max_columns: int = 6, signed: bool = True
) -> Table[str, str]:
    """Tables with string keys; cells are whole numbers or ``None`` (blank)."""
    rows = draw(st.lists(_ids, max_size=max_rows, unique=True))
    columns = draw(st.lists(_ids, max_size=max_columns, unique=True))
    cell = _optional(st.integers(-1000 if signed else 0, 10**6))
    values = [draw(st.lists(cell, min_size=len(columns), max_size=len(columns))) for _ in rows]
    return Table(rows, columns, values)


def _cell_keys() -> st.SearchStrategy[tuple[str, str]]:
    return st.tuples(_ids, _ids)


def sum_identities() -> st.SearchStrategy[SumIdentity]:
    """Equations over named cells (string keys)."""
    return st.builds(
        SumIdentity,
        _ids,
        left=st.lists(_cell_keys(), max_size=3),
        right=st.lists(_cell_keys(), max_size=3),
        description=_texts,
        citation=_optional(citations()),
    )


def row_rules() -> st.SearchStrategy[RowRule]:
    """Equations stated once per row (string keys)."""
    return st.builds(
        RowRule,
        _ids,
        left=st.lists(_ids, max_size=3),
        right=st.lists(_ids, max_size=3),
        rows=_optional(st.lists(_ids, max_size=3)),
        description=_texts,
        citation=_optional(citations()),
    )


def column_rules() -> st.SearchStrategy[ColumnRule]:
    """Equations stated once per column (string keys)."""
    return st.builds(
        ColumnRule,
        _ids,
        left=st.lists(_ids, max_size=3),
        right=st.lists(_ids, max_size=3),
        columns=_optional(st.lists(_ids, max_size=3)),
        description=_texts,
        citation=_optional(citations()),
    )


@st.composite
def report_findings(draw: st.DrawFn) -> ReportFinding:
    """Findings of table validation (string keys)."""
    cells = draw(st.lists(_cell_keys(), max_size=4))
    numbers = draw(
        st.lists(_optional(st.integers(0, 1000)), min_size=len(cells), max_size=len(cells))
    )
    return ReportFinding(
        draw(_ids),
        draw(_texts),
        tuple(cells),
        tuple(numbers),
        draw(_optional(st.integers(0, 1000))),
        draw(_optional(st.integers(0, 1000))),
        draw(_texts),
        draw(_optional(citations())),
    )


# -- the PRC annual report ----------------------------------------------------------------

_APPLICANT_COLUMNS = tuple(ApplicantKind)
_CASE_RESULTS = tuple(CaseResult)


def _layouts(layout: ReportFormat | None) -> st.SearchStrategy[ReportFormat]:
    return st.just(layout) if layout is not None else st.sampled_from(ReportFormat)


@st.composite
def cn_request_tables(
    draw: st.DrawFn,
    layout: ReportFormat | None = None,
    *,
    valid: bool | None = True,
    max_count: int = 50,
) -> cn.RequestTable:
    """Tables 三: ``valid=True`` satisfy every identity with no blank cell.

    ``valid=False`` gives tables that break at least the row-total identity
    (one cell is off); ``valid=None`` gives any cells at all, blanks included.
    """
    chosen = draw(_layouts(layout))
    rows = tuple(spec.key for spec in request_rows(chosen))
    columns: tuple[ApplicantKind | Total, ...] = (*_APPLICANT_COLUMNS, Total.TOTAL)
    if valid is None:
        cell = _optional(st.integers(0, 10**5))
        keys = st.tuples(st.sampled_from(rows), st.sampled_from(columns))
        return cn.RequestTable.from_cells(draw(st.dictionaries(keys, cell, max_size=60)), chosen)
    handled_rule = request_rules(chosen)[1]
    outcomes = handled_rule.right
    cells: dict[tuple[Any, Any], int] = {}
    for column in _APPLICANT_COLUMNS:
        counts = draw(
            st.lists(st.integers(0, max_count), min_size=len(outcomes), max_size=len(outcomes))
        )
        cells.update(((row, column), n) for row, n in zip(outcomes, counts, strict=True))
        handled = sum(counts)
        forward = draw(st.integers(0, max_count))
        over = draw(st.integers(0, handled + forward))
        cells[cn.RequestRow.HANDLED, column] = handled
        cells[cn.RequestRow.CARRIED_FORWARD, column] = forward
        cells[cn.RequestRow.CARRIED_OVER, column] = over
        cells[cn.RequestRow.NEW, column] = handled + forward - over
    for row in rows:
        cells[row, Total.TOTAL] = sum(cells[row, c] for c in _APPLICANT_COLUMNS)
    if valid is False:
        row = draw(st.sampled_from(rows))
        column = draw(st.sampled_from(_APPLICANT_COLUMNS))
        cells[row, column] += draw(st.integers(1, 10))
    return cn.RequestTable.from_cells(cells, chosen)


@st.composite
def cn_case_tables(
    draw: st.DrawFn, *, valid: bool | None = True, max_count: int = 100
) -> cn.ReconsiderationLitigationTable:
    """Tables 四: ``valid`` as for :func:`cn_request_tables` (the group totals)."""
    if valid is None:
        cells = draw(st.lists(_optional(st.integers(0, 10**4)), min_size=15, max_size=15))
        return cn.ReconsiderationLitigationTable.from_row(cells)
    values: list[int] = []
    for _ in CASE_KINDS:
        results = draw(st.lists(st.integers(0, max_count), min_size=4, max_size=4))
        values += [*results, sum(results)]
    if valid is False:
        i = draw(st.sampled_from([k * 5 + j for k in range(3) for j in range(4)]))
        values[i] += draw(st.integers(1, 10))
    return cn.ReconsiderationLitigationTable.from_row(values)


@st.composite
def cn_proactive_tables(
    draw: st.DrawFn, layout: ReportFormat | None = None, *, blanks: bool = True
) -> cn.ProactiveTable:
    """Tables 二 in either format: counts, signed changes and amounts (or blanks)."""
    chosen = draw(_layouts(layout))
    values: list[int | Decimal | None] = []
    for spec in proactive_cells(chosen):
        if spec.kind is ValueKind.AMOUNT:
            cell: st.SearchStrategy[Any] = money("CNY", max_value=10**5).map(lambda m: m.amount)
        elif spec.kind is ValueKind.SIGNED:
            cell = st.integers(-1000, 1000)
        else:
            cell = st.integers(0, 10**4)
        values.append(draw(_optional(cell) if blanks else cell))
    return cn.ProactiveTable(tuple(values), chosen)


@st.composite
def cn_annual_reports(
    draw: st.DrawFn, layout: ReportFormat | None = None, *, valid: bool | None = True
) -> cn.AnnualReport:
    """Annual reports: tables 三, 四 and 二 in one format, with text sections."""
    chosen = draw(_layouts(layout))
    return cn.AnnualReport(
        agency=draw(_labels),
        year=draw(st.integers(2019, 2040)),
        requests=draw(cn_request_tables(chosen, valid=valid)),
        reviews=draw(cn_case_tables(valid=valid)),
        proactive=draw(cn_proactive_tables(chosen, blanks=valid is not True)),
        overview=draw(_texts),
        problems=draw(_texts),
        other_matters=draw(_texts),
        layout=chosen,
    )


@st.composite
def cn_review_cases(draw: st.DrawFn) -> cn.ReviewCase:
    """Reconsideration and litigation cases, decided (after filing) or pending."""
    filed = draw(_dates)
    result = draw(st.sampled_from(_CASE_RESULTS))
    decided = None if result is CaseResult.PENDING else draw(st.dates(filed, _LAST))
    return cn.ReviewCase(
        kind=draw(st.sampled_from(CASE_KINDS)),
        filed=filed,
        result=result,
        decided=decided,
        id=draw(_optional(_ids)),
    )


def cn_filing_deadlines() -> st.SearchStrategy[cn.FilingDeadline]:
    """Art 49 filing deadlines of reports on 2019-2040."""
    return st.builds(cn.filing_deadline, st.integers(2019, 2040), st.sampled_from(cn.Filer))


@st.composite
def cn_headline_figures(draw: st.DrawFn) -> cn.HeadlineFigures:
    """Headline figures with consistent counts."""
    concluded = draw(st.integers(0, 10**4))
    replied = draw(st.integers(0, 10**4))
    days = st.floats(0, 200, allow_nan=False, allow_infinity=False)
    median = draw(days) if replied else None
    p90 = draw(st.floats(median, 400, allow_nan=False)) if median is not None else None
    return cn.HeadlineFigures(
        draw(st.integers(2008, 2040)),
        concluded,
        draw(st.integers(0, concluded)),
        replied,
        draw(st.integers(0, replied)),
        median,
        p90,
        draw(st.integers(1, 100)),
    )


def cn_clock_policies() -> st.SearchStrategy[cn.ClockPolicy]:
    """Every combination of the clock's policy choices."""
    return st.builds(cn.ClockPolicy, st.booleans(), st.booleans(), st.booleans(), st.booleans())


_WITHHOLDING = tuple(o for o in cn.Outcome if not o.is_disclosure)


@st.composite
def cn_decisions(draw: st.DrawFn) -> cn.Decision:
    """Decisions on requests: disclosed, partly, or refused with reasons."""
    disclosed = draw(st.booleans())
    reasons = st.sampled_from(cn.GROUNDS) | st.sampled_from(_WITHHOLDING)
    withheld = draw(st.lists(reasons, min_size=0 if disclosed else 1, max_size=3))
    principal = draw(_optional(st.sampled_from(withheld))) if withheld else None
    return cn.Decision(disclosed=disclosed, withheld=tuple(withheld), principal=principal)


@st.composite
def cn_fee_notices(draw: st.DrawFn) -> cn.FeeNotice:
    """Fee notices for fees of more than nothing, on one basis."""
    issued = draw(st.dates(date(2021, 1, 1), date(2030, 12, 31)))
    received = draw(st.dates(issued, issued + timedelta(days=10)))
    basis = draw(st.sampled_from(cn.FeeBasis))
    if basis is cn.FeeBasis.PER_REQUEST:
        assessment = cn.assess_per_request(draw(st.integers(11, 80)), on=issued)
    else:
        assessment = cn.assess_per_volume(draw(st.integers(31, 500)), on=issued)
    return cn.FeeNotice(issued, received, basis, assessment, draw(_texts))


def cn_per_request_terms() -> st.SearchStrategy[cn.PerRequestTerms]:
    """The numbers of a per-request fee schedule."""
    return st.builds(
        cn.PerRequestTerms,
        st.integers(0, 20),
        st.integers(20, 60),
        money("CNY", max_value=500, max_places=0),
        st.integers(1, 20),
        money("CNY", max_value=500, max_places=0),
    )


def cn_per_request_band_policies() -> st.SearchStrategy[cn.PerRequestBandPolicy]:
    """Readings of the bands above 30 requests."""
    return st.builds(cn.PerRequestBandPolicy, _ids, st.integers(0, 3), _texts)


def cn_special_limits() -> st.SearchStrategy[cn.SpecialLimit]:
    """Special proactive-disclosure limits set by other laws."""
    return st.builds(cn.SpecialLimit, working_days(60), citations())


def cn_proactive_deadlines() -> st.SearchStrategy[cn.ProactiveDeadline]:
    """Art 26 deadlines on the official calendar, for information formed 2008-2026."""
    return st.builds(cn.explain_proactive_deadline, cn_dates(date(2008, 1, 1), date(2026, 11, 30)))


@st.composite
def cn_arrangements(draw: st.DrawFn) -> Arrangement:
    """A festival's rest period, its holidays inside it and makeup days outside it."""
    first = draw(_dates)
    last = first + timedelta(days=draw(st.integers(0, 8)))
    span = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    holidays = draw(st.lists(st.sampled_from(span), unique=True, max_size=3))
    outside = st.integers(1, 10).flatmap(
        lambda n: st.sampled_from([first - timedelta(days=n), last + timedelta(days=n)])
    )
    makeup = draw(st.lists(outside, unique=True, max_size=2))
    return Arrangement(draw(_labels), first, last, sorted(holidays), makeup)


def cn_holiday_notices() -> st.SearchStrategy[HolidayNotice]:
    """State Council holiday notices as published (random content)."""
    return st.builds(
        HolidayNotice,
        st.integers(2000, 2040),
        _labels,
        _dates,
        st.just("https://example.org/notice"),
        _optional(_labels),
        st.lists(cn_arrangements(), max_size=3),
        st.booleans(),
    )


# -- by type -------------------------------------------------------------------------------


def _registry() -> dict[type, Callable[[], st.SearchStrategy[Any]]]:
    table: dict[type, Callable[[], st.SearchStrategy[Any]]] = {
        WorkingDays: working_days,
        CalendarDays: calendar_days,
        Instrument: instruments,
        Citation: citations,
        NoticeSource: notice_sources,
        RestDay: rest_days,
        MakeupWorkday: makeup_workdays,
        CalendarNotice: calendar_notices,
        WorkCalendar: calendars,
        Money: money,
        Band: bands,
        SteppedBands: stepped_bands,
        ProgressiveSchedule: progressive_schedules,
        FeeAssessment: fee_assessments,
        BandCharge: band_charges,
        Month: months,
        LedgerItem: ledger_items,
        MonthlyLedger: monthly_ledgers,
        LedgerLine: ledger_lines,
        MonthTotal: month_totals,
        Agency: agencies,
        AgencyTree: agency_trees,
        Category: categories,
        Scheme: schemes,
        CrosswalkEntry: crosswalk_entries,
        Crosswalk: crosswalks,
        CrosswalkReport: crosswalk_reports,
        Period: periods,
        Figure: figures,
        ChannelActivity: channel_activities,
        Validity: validities,
        InformationItem: information_items,
        Catalogue: catalogues,
        Actor: actors,
        ReviewPolicy: review_policies,
        Review: reviews,
        Transition: transitions,
        SubmissionRecord: submission_records,
        QuotaRule: quota_rules,
        PointsRule: points_rules,
        QuotaAssessment: quota_assessments,
        Shortfall: shortfalls,
        ApplicantIdentity: applicant_identities,
        Applicant: applicants,
        ReceiptRule: receipt_rules,
        Event: events,
        Request: requests,
        PauseRule: pause_rules,
        ClockRules: clock_rules,
        Step: clock_steps,
        ClockFinding: clock_findings,
        Deadline: deadlines,
        OverrideRule: override_rules,
        ExemptionGround: exemption_grounds,
        Table: tables,
        SumIdentity: sum_identities,
        RowRule: row_rules,
        ColumnRule: column_rules,
        ReportFinding: report_findings,
        cn.RequestTable: cn_request_tables,
        cn.ReconsiderationLitigationTable: cn_case_tables,
        cn.ProactiveTable: cn_proactive_tables,
        cn.AnnualReport: cn_annual_reports,
        cn.ReviewCase: cn_review_cases,
        cn.FilingDeadline: cn_filing_deadlines,
        cn.HeadlineFigures: cn_headline_figures,
        cn.ClockPolicy: cn_clock_policies,
        cn.Decision: cn_decisions,
        cn.FeeNotice: cn_fee_notices,
        cn.PerRequestTerms: cn_per_request_terms,
        cn.PerRequestBandPolicy: cn_per_request_band_policies,
        cn.SpecialLimit: cn_special_limits,
        cn.ProactiveDeadline: cn_proactive_deadlines,
        Arrangement: cn_arrangements,
        HolidayNotice: cn_holiday_notices,
    }
    table.update(_strategies_calendars.registry())
    for cls, strategy in _event_builders().items():
        table[cls] = _constant(strategy)
    return table


def _constant(strategy: st.SearchStrategy[T]) -> Callable[[], st.SearchStrategy[T]]:
    return lambda: strategy


def strategy_types() -> tuple[type, ...]:
    """Every class :func:`for_type` has a strategy for."""
    return tuple(_registry())


def for_type(cls: type[T]) -> st.SearchStrategy[T]:
    """The strategy for model class ``cls`` (any class of :func:`strategy_types`).

    Raises:
        KeyError: there is no strategy for ``cls``.
    """
    found = _registry().get(cls)
    if found is None:
        msg = f"no strategy for {cls.__qualname__}"
        raise KeyError(msg)
    strategy: st.SearchStrategy[T] = found()
    return strategy


def register_type_strategies() -> None:
    """Register every strategy with Hypothesis, so that ``st.from_type(Model)`` uses it."""
    for cls in strategy_types():
        st.register_type_strategy(cls, for_type(cls))
