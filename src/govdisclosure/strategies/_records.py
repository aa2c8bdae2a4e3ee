"""Strategies for agencies, classification, channels, items, review and publicity."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import Any

from hypothesis import strategies as st

from govdisclosure.agencies import Agency, AgencyKind, AgencyTree, Sector
from govdisclosure.channels import Bound, Channel, ChannelActivity, Figure, Period
from govdisclosure.classification import (
    Category,
    Crosswalk,
    CrosswalkEntry,
    CrosswalkReport,
    Scheme,
)
from govdisclosure.items import (
    Catalogue,
    DisclosureMode,
    InformationItem,
    Validity,
    ValidityStatus,
)
from govdisclosure.publicity import (
    Measure,
    PointsRule,
    QuotaAssessment,
    QuotaRule,
    Shortfall,
    SubmissionRecord,
)
from govdisclosure.review import Actor, Review, ReviewPolicy, ReviewState, Transition
from govdisclosure.strategies._base import (
    _FIRST,
    _LAST,
    _dates,
    _ids,
    _labels,
    _optional,
    _texts,
)
from govdisclosure.strategies._calendar_law import calendar_days, citations

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


def registry() -> dict[type, Callable[[], st.SearchStrategy[Any]]]:
    """The strategy of each model class of this module, by class."""
    return {
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
    }
