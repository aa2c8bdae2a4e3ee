"""Strategies for the PRC rule pack's models (prefixed ``cn_``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from govdisclosure.jurisdictions import cn
from govdisclosure.jurisdictions.cn.holiday_notices import Arrangement, HolidayNotice
from govdisclosure.jurisdictions.cn.report.format import (
    CASE_KINDS,
    OTHER_SUB_ROWS,
    CaseResult,
    ReportFormat,
    Total,
    ValueKind,
    proactive_cells,
    request_rows,
)
from govdisclosure.jurisdictions.cn.report.tables import request_rules
from govdisclosure.requests import (
    ApplicantKind,
)
from govdisclosure.strategies._base import (
    _LAST,
    _dates,
    _ids,
    _labels,
    _optional,
    _texts,
)
from govdisclosure.strategies._calendar_law import citations, working_days
from govdisclosure.strategies._money import money


def cn_dates(
    first: date = date(2008, 1, 1), last: date = date(2026, 12, 31)
) -> st.SearchStrategy[date]:
    """Dates inside the bundled PRC calendar (2008-2026 unless narrowed)."""
    return st.dates(first, last)


def cn_outcomes() -> st.SearchStrategy[cn.Outcome]:
    """The PRC report's outcome rows."""
    return st.sampled_from(cn.Outcome)


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
    split = chosen is ReportFormat.V2021  # （六） is the sum of its sub-rows
    outcomes = tuple(r for r in handled_rule.right if not split or isinstance(r, cn.Outcome))
    if split:
        outcomes = (*outcomes, *OTHER_SUB_ROWS)
    cells: dict[tuple[Any, Any], int] = {}
    for column in _APPLICANT_COLUMNS:
        counts = draw(
            st.lists(st.integers(0, max_count), min_size=len(outcomes), max_size=len(outcomes))
        )
        cells.update(((row, column), n) for row, n in zip(outcomes, counts, strict=True))
        if split:
            parent = sum(cells[o, column] for o in OTHER_SUB_ROWS)
            cells[cn.RequestRow.OTHER_HANDLING, column] = parent
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
    on_time = draw(st.integers(0, replied))
    return cn.HeadlineFigures(
        draw(st.integers(2008, 2040)),
        concluded,
        draw(st.integers(0, concluded)),
        replied,
        on_time,
        median,
        p90,
        draw(st.integers(1, 100)),
        undetermined=draw(st.integers(0, replied - on_time)),
    )


def cn_clock_policies() -> st.SearchStrategy[cn.ClockPolicy]:
    """Every combination of the clock's policy choices."""
    return st.builds(
        cn.ClockPolicy,
        st.booleans(),
        st.booleans(),
        st.booleans(),
        st.booleans(),
        consultation_cap=_optional(working_days(30)),
        fee_pause_until_payment_deadline=st.booleans(),
        fee_pause_before_fee_measures=st.booleans(),
        corrected_regime=st.sampled_from(cn.RegimeBasis),
    )


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


def registry() -> dict[type, Callable[[], st.SearchStrategy[Any]]]:
    """The strategy of each model class of this module, by class."""
    return {
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
