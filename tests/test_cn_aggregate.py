"""Tables counted from records: requests (三), cases (四), items (二); headline figures; Art 49."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govdisclosure.calendar import WorkCalendar
from govdisclosure.errors import InvalidInputError, NoRuleInForceError
from govdisclosure.items import InformationItem, Validity, ValidityStatus
from govdisclosure.jurisdictions.cn.outcomes import Outcome, OutcomeGroup
from govdisclosure.jurisdictions.cn.report import (
    AnnualReport,
    CaseKind,
    CaseResult,
    CaseYearPolicy,
    Filer,
    ProactiveRow,
    ReportFormat,
    RequestRow,
    RequestTable,
    ReviewCase,
    Total,
    aggregate_cases,
    aggregate_proactive,
    aggregate_requests,
    filing_deadline,
    headline_figures,
    wilson_interval,
)
from govdisclosure.requests import (
    Applicant,
    ApplicantKind,
    ConsultationEnded,
    ConsultationParty,
    ConsultationStarted,
    CorrectionLapsed,
    CorrectionRequested,
    FeeLapsed,
    FeeNoticeIssued,
    Replied,
    Request,
    Withdrawn,
)

YEAR = 2024
ENDINGS = ("open", "replied", "correction_lapsed", "fee_lapsed", "withdrawn")


def make_request(
    i: int, received: date, *, kind: ApplicantKind, ending: str, ended: date, outcome: Outcome
) -> Request:
    events: list[object] = []
    if ending == "open":
        events = [ConsultationStarted(on=received, party=ConsultationParty.THIRD_PARTY)]
    elif ending == "replied":
        events = [Replied(on=ended, outcome=outcome)]
    elif ending == "correction_lapsed":
        events = [CorrectionRequested(on=received), CorrectionLapsed(on=ended)]
    elif ending == "fee_lapsed":
        events = [FeeNoticeIssued(on=received), FeeLapsed(on=ended)]
    else:
        events = [Withdrawn(on=ended)]
    return Request(
        id=f"r{i}",
        received=received,
        applicant=Applicant(kind=kind),
        events=events,  # type: ignore[arg-type]
    )


@st.composite
def request_logs(draw: st.DrawFn, max_size: int = 40) -> list[Request]:
    n = draw(st.integers(min_value=0, max_value=max_size))
    log = []
    for i in range(n):
        received = draw(st.dates(date(YEAR - 2, 1, 1), date(YEAR + 1, 12, 31)))
        # Bias towards the year boundaries, where mistakes hide.
        received = draw(
            st.sampled_from(
                [received, date(YEAR, 1, 1), date(YEAR, 12, 31), date(YEAR - 1, 12, 31)]
            )
        )
        ended = received + timedelta(days=draw(st.integers(min_value=0, max_value=450)))
        log.append(
            make_request(
                i,
                received,
                kind=draw(st.sampled_from(ApplicantKind)),
                ending=draw(st.sampled_from(ENDINGS)),
                ended=ended,
                outcome=draw(st.sampled_from(Outcome)),
            )
        )
    return log


def hand_count(log: list[Request], year: int) -> Counter[tuple[object, ApplicantKind]]:
    """The table's cells counted the long way, from the definitions in the issue."""
    counts: Counter[tuple[object, ApplicantKind]] = Counter()
    for r in log:
        kind = r.applicant.kind
        last = r.events[-1] if r.events else None
        end_day = (
            last.on
            if isinstance(last, Replied | CorrectionLapsed | FeeLapsed | Withdrawn)
            else None
        )
        if r.received.year > year:
            continue
        if r.received.year == year:
            counts[RequestRow.NEW, kind] += 1
        elif end_day is None or end_day.year >= year:
            counts[RequestRow.CARRIED_OVER, kind] += 1
        else:
            continue  # concluded before the year began
        if end_day is not None and end_day.year == year:
            if isinstance(last, Replied):
                row: object = last.outcome
            elif isinstance(last, CorrectionLapsed):
                row = Outcome.OTHER_CORRECTION_LAPSED
            elif isinstance(last, FeeLapsed):
                row = Outcome.OTHER_FEE_LAPSED
            else:
                row = Outcome.OTHER
            counts[row, kind] += 1
            counts[RequestRow.HANDLED, kind] += 1
        else:
            counts[RequestRow.CARRIED_FORWARD, kind] += 1
    return counts


def assert_matches(table: RequestTable, counts: Counter[tuple[object, ApplicantKind]]) -> None:
    for kind in ApplicantKind:  # （六）其他处理 is the sum of its three sub-rows (2021)
        counts[RequestRow.OTHER_HANDLING, kind] = sum(
            counts[o, kind] for o in Outcome if o.group is OutcomeGroup.OTHER
        )
    for row in table.rows:
        for kind in ApplicantKind:
            assert table[row, kind] == counts[row, kind], (row, kind)
        assert table[row, Total.TOTAL] == sum(counts[row, k] for k in ApplicantKind)


# -- table 三 from requests -----------------------------------------------------------


@given(request_logs())
def test_exact_tallies_against_a_hand_counter(log: list[Request]) -> None:
    assert_matches(aggregate_requests(log, year=YEAR), hand_count(log, YEAR))


@given(request_logs())
def test_every_aggregated_table_validates(log: list[Request]) -> None:
    for layout in ReportFormat:
        table = aggregate_requests(log, year=YEAR, layout=layout)
        assert table.validate() == ()
        assert table.cells.blank_cells() == ()


@given(request_logs(), st.integers(min_value=1, max_value=5), st.randoms(use_true_random=False))
def test_merging_parts_in_any_order_equals_the_whole(
    log: list[Request], n_parts: int, rnd: random.Random
) -> None:
    parts: list[list[Request]] = [[] for _ in range(n_parts)]
    for r in log:
        parts[rnd.randrange(n_parts)].append(r)
    tables = [aggregate_requests(p, year=YEAR) for p in parts]
    rnd.shuffle(tables)
    assert sum(tables) == aggregate_requests(log, year=YEAR)
    assert RequestTable.total(tables) == aggregate_requests(iter(log), year=YEAR)


@given(request_logs())
def test_2019_layout_is_the_2021_table_with_other_handling_merged(log: list[Request]) -> None:
    t19 = aggregate_requests(log, year=YEAR, layout=ReportFormat.V2019)
    t21 = aggregate_requests(log, year=YEAR)
    assert t19 == t21.to_layout(ReportFormat.V2019)
    counts = hand_count(log, YEAR)
    others = [o for o in Outcome if o.group is OutcomeGroup.OTHER]
    for kind in ApplicantKind:
        assert t19[RequestRow.OTHER_HANDLING, kind] == sum(counts[o, kind] for o in others)


def _one(received: date, ending: str = "open", ended: date | None = None, **kw: object) -> Request:
    return make_request(
        0,
        received,
        kind=kw.get("kind", ApplicantKind.NATURAL_PERSON),  # type: ignore[arg-type]
        ending=ending,
        ended=ended or received,
        outcome=kw.get("outcome", Outcome.DISCLOSED),  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    ("request_", "cells"),
    [
        # Received in the year, still open: new and carried forward.
        (_one(date(2024, 1, 1)), {RequestRow.NEW, RequestRow.CARRIED_FORWARD}),
        # Received in the year, replied next year: new and carried forward.
        (
            _one(date(2024, 12, 31), "replied", date(2025, 1, 2)),
            {RequestRow.NEW, RequestRow.CARRIED_FORWARD},
        ),
        # Received last year, replied in the year: carried over, outcome, total handled.
        (
            _one(
                date(2023, 12, 31),
                "replied",
                date(2024, 1, 1),
                outcome=Outcome.NOT_PROCESSED_REPEAT,
            ),
            {RequestRow.CARRIED_OVER, Outcome.NOT_PROCESSED_REPEAT, RequestRow.HANDLED},
        ),
        # Received last year, concluded last year: nothing.
        (_one(date(2023, 3, 1), "withdrawn", date(2023, 12, 31)), set()),
        # Received next year: nothing.
        (_one(date(2025, 1, 1)), set()),
        # Received two years ago, still open: carried over and forward.
        (_one(date(2022, 6, 1)), {RequestRow.CARRIED_OVER, RequestRow.CARRIED_FORWARD}),
        # Lapses and withdrawals go to （六） 1, 2, 3.
        (
            _one(date(2024, 5, 1), "correction_lapsed", date(2024, 6, 1)),
            {RequestRow.NEW, Outcome.OTHER_CORRECTION_LAPSED, RequestRow.HANDLED},
        ),
        (
            _one(date(2024, 5, 1), "fee_lapsed", date(2024, 6, 1)),
            {RequestRow.NEW, Outcome.OTHER_FEE_LAPSED, RequestRow.HANDLED},
        ),
        (
            _one(date(2024, 5, 1), "withdrawn", date(2024, 5, 1)),
            {RequestRow.NEW, Outcome.OTHER, RequestRow.HANDLED},
        ),
    ],
)
def test_where_one_request_is_counted(request_: Request, cells: set[object]) -> None:
    t = aggregate_requests([request_], year=2024)
    kind = request_.applicant.kind
    counted = {row for row in t.rows if t[row, kind]}
    if any(isinstance(row, Outcome) and row.group is OutcomeGroup.OTHER for row in cells):
        cells = {*cells, RequestRow.OTHER_HANDLING}  # the parent of the three （六） rows
    assert counted == cells
    assert all(t[row, Total.TOTAL] == (1 if row in cells else 0) for row in t.rows)


def test_columns_follow_the_applicant_kind() -> None:
    log = [
        _one(date(2024, 2, 1), kind=kind)
        for kind in (ApplicantKind.LEGAL_SERVICE_INSTITUTION, ApplicantKind.RESEARCH_INSTITUTION)
    ]
    t = aggregate_requests(log, year=2024)
    assert t["一、本年新收政府信息公开申请数量", "法律服务机构"] == 1
    assert t["一、本年新收政府信息公开申请数量", "科研机构"] == 1
    assert t["一、本年新收政府信息公开申请数量", "自然人"] == 0


def test_a_reply_without_an_outcome_is_refused() -> None:
    r = Request(
        id="no-outcome",
        received=date(2024, 3, 1),
        applicant=Applicant(kind=ApplicantKind.NATURAL_PERSON),
        events=[Replied(on=date(2024, 3, 5))],
    )
    with pytest.raises(InvalidInputError, match="no-outcome"):
        aggregate_requests([r], year=2024)
    # A reply outside the year is not counted, so it needs no outcome.
    assert aggregate_requests([r], year=2023) == RequestTable.zeros()


def test_entries_must_be_requests() -> None:
    with pytest.raises(InvalidInputError):
        aggregate_requests([object()], year=2024)  # type: ignore[list-item]
    with pytest.raises(InvalidInputError):
        aggregate_requests([], year="2024")  # type: ignore[arg-type]


def test_report_from_records() -> None:
    log = [_one(date(2024, 2, 1), "replied", date(2024, 2, 20))]
    report = AnnualReport(agency="某局", year=2024, requests=aggregate_requests(log, year=2024))
    assert report.disclosure_rate == 1.0
    assert report.validate(report_blanks=False) == ()


# -- table 四 from cases ----------------------------------------------------------------


@st.composite
def cases(draw: st.DrawFn) -> ReviewCase:
    filed = draw(st.dates(date(YEAR - 2, 1, 1), date(YEAR + 1, 12, 31)))
    result = draw(st.sampled_from(CaseResult))
    decided = None
    if result is not CaseResult.PENDING:
        decided = filed + timedelta(days=draw(st.integers(0, 500)))
    return ReviewCase(
        kind=draw(st.sampled_from(CaseKind)), filed=filed, result=result, decided=decided
    )


@given(st.lists(cases(), max_size=30), st.sampled_from(CaseYearPolicy))
def test_case_tables_count_and_validate(found: list[ReviewCase], policy: CaseYearPolicy) -> None:
    t = aggregate_cases(found, year=YEAR, policy=policy)
    assert t.validate() == ()
    end = date(YEAR, 12, 31)
    for kind in CaseKind:
        mine = [c for c in found if c.kind is kind]
        if policy is CaseYearPolicy.FILED_IN_YEAR:
            counted = [c for c in mine if c.filed.year == YEAR]
            pending = [c for c in counted if c.decided is None or c.decided > end]
        else:
            decided = [c for c in mine if c.decided is not None and c.decided.year == YEAR]
            pending = [c for c in mine if c.filed <= end and (c.decided is None or c.decided > end)]
            counted = decided + pending
        assert t[kind, Total.TOTAL] == len(counted)
        assert t[kind, CaseResult.PENDING] == len(pending)
    half = len(found) // 2
    assert (
        aggregate_cases(found[:half], year=YEAR, policy=policy)
        + aggregate_cases(found[half:], year=YEAR, policy=policy)
        == t
    )


def test_case_records_are_checked() -> None:
    with pytest.raises(InvalidInputError):
        ReviewCase(
            kind=CaseKind.RECONSIDERATION, filed=date(2024, 1, 1), result=CaseResult.CORRECTED
        )
    with pytest.raises(InvalidInputError):
        ReviewCase(kind=CaseKind.RECONSIDERATION, filed=date(2024, 1, 1), decided=date(2024, 2, 1))
    with pytest.raises(InvalidInputError):
        ReviewCase(
            kind=CaseKind.RECONSIDERATION,
            filed=date(2024, 3, 1),
            result=CaseResult.OTHER,
            decided=date(2024, 2, 1),
        )
    with pytest.raises(InvalidInputError):
        aggregate_cases(["x"], year=2024)  # type: ignore[list-item]


# -- table 二 from items -------------------------------------------------------------------


def test_documents_block_from_items() -> None:
    repealed = Validity(ValidityStatus.REPEALED, ends=date(2024, 6, 30))
    items = [
        InformationItem("1", "规章甲", agency_id="x", formed=date(2024, 2, 1)),
        InformationItem("2", "规章乙", agency_id="x", formed=date(2020, 2, 1)),
        InformationItem("3", "文件丙", agency_id="x", formed=date(2019, 1, 1), validity=repealed),
        InformationItem("4", "文件丁", agency_id="x", formed=date(2024, 3, 1), validity=repealed),
        InformationItem("5", "文件戊", agency_id="x", formed=date(2025, 1, 5)),
        InformationItem("6", "通知", agency_id="x", formed=date(2024, 1, 5)),
    ]

    def kind(item: InformationItem) -> ProactiveRow | None:
        if item.title.startswith("规章"):
            return ProactiveRow.RULES
        return ProactiveRow.NORMATIVE_DOCUMENTS if item.title.startswith("文件") else None

    t = aggregate_proactive(
        items,
        year=2024,
        document_kind=kind,
        decisions={ProactiveRow.LICENSING: 12, ProactiveRow.PENALTY: 0},
        fees=Decimal("0.35"),
    )
    assert t.to_labels() == {
        "规章": {"本年制发件数": 1, "本年废止件数": 0, "现行有效件数": 2},
        "行政规范性文件": {"本年制发件数": 1, "本年废止件数": 2, "现行有效件数": 0},
        "行政许可": {"本年处理决定数量": 12},
        "行政处罚": {"本年处理决定数量": 0},
        "行政强制": {"本年处理决定数量": None},
        "行政事业性收费": {"本年收费金额（单位：万元）": Decimal("0.35")},
    }
    with pytest.raises(InvalidInputError):
        aggregate_proactive(items, year=2024, document_kind=lambda _: ProactiveRow.LICENSING)
    unknown_end = InformationItem(
        "7",
        "文件",
        agency_id="x",
        formed=date(2020, 1, 1),
        validity=Validity(ValidityStatus.REPEALED),
    )
    with pytest.raises(InvalidInputError, match="last day in force"):
        aggregate_proactive([unknown_end], year=2024, document_kind=kind)


# -- headline figures -----------------------------------------------------------------------


def test_headline_figures_on_the_official_calendar() -> None:
    person = Applicant(kind=ApplicantKind.NATURAL_PERSON)
    # Received Fri 2024-09-27: the 20th working day after it is 2024-10-30 (National Day week
    # and the worked Sundays 29 Sep and 12 Oct taken into account; see the clock's docs).
    on_time = Request(
        id="a",
        received=date(2024, 9, 27),
        applicant=person,
        events=[Replied(on=date(2024, 10, 30), outcome=Outcome.DISCLOSED)],
    )
    late = Request(
        id="b",
        received=date(2024, 9, 27),
        applicant=person,
        events=[Replied(on=date(2024, 10, 31), outcome=Outcome.WITHHELD_STATE_SECRET)],
    )
    withdrawn = Request(
        id="c",
        received=date(2024, 9, 27),
        applicant=person,
        events=[Withdrawn(on=date(2024, 10, 8))],
    )
    still_open = Request(id="d", received=date(2024, 12, 20), applicant=person)
    h = headline_figures([on_time, late, withdrawn, still_open], year=2024)
    assert (h.concluded, h.disclosed, h.replied, h.on_time) == (3, 1, 2, 1)
    assert h.disclosure_rate == pytest.approx(1 / 3)
    assert h.on_time_rate == 0.5
    assert (h.median_days, h.p90_days) == (20.5, 20.9)
    assert h.small_sample
    assert h.on_time_interval is not None


def test_headline_figures_with_a_pause() -> None:
    cal = WorkCalendar(first=date(2030, 1, 1), last=date(2030, 12, 31))
    person = Applicant(kind=ApplicantKind.NATURAL_PERSON)
    third = ConsultationParty.THIRD_PARTY
    # Received Fri 1 March 2030; consultation 4-8 March stops the clock for 5 working days,
    # so the reply is due on the 25th working day after receipt: Fri 5 April.
    r = Request(
        id="p",
        received=date(2030, 3, 1),
        applicant=person,
        events=[
            ConsultationStarted(on=date(2030, 3, 1), party=third),
            ConsultationEnded(on=date(2030, 3, 8), party=third),
            Replied(on=date(2030, 4, 5), outcome=Outcome.PARTLY_DISCLOSED),
        ],
    )
    h = headline_figures([r], year=2030, calendar=cal, small_sample=1)
    assert (h.replied, h.on_time, h.disclosed) == (1, 1, 1)
    assert h.median_days == h.p90_days == 25.0  # the applicant's wait includes the pause
    assert not h.small_sample


def test_headline_figures_of_an_empty_year() -> None:
    cal = WorkCalendar(first=date(2030, 1, 1), last=date(2030, 12, 31))
    h = headline_figures([], year=2030, calendar=cal)
    assert h.disclosure_rate is h.on_time_rate is h.median_days is h.p90_days is None
    assert h.disclosure_interval is None
    assert h.small_sample


@settings(max_examples=50)
@given(st.integers(min_value=0, max_value=200), st.integers(min_value=1, max_value=200))
def test_wilson_interval_contains_the_rate(k: int, n: int) -> None:
    k = min(k, n)
    interval = wilson_interval(k, n)
    assert interval is not None
    low, high = interval
    assert 0.0 <= low <= k / n <= high <= 1.0


# -- Art 49 -------------------------------------------------------------------------------


def test_filing_deadlines_art_49() -> None:
    department = filing_deadline(2025, Filer.DEPARTMENT)
    assert department.due == date(2026, 1, 31)
    assert str(department.citation) == "OGI Reg. (2019) Art 49 ¶1"
    government = filing_deadline(2025, Filer.GOVERNMENT)
    assert government.due == date(2026, 3, 31)
    assert str(government.citation) == "OGI Reg. (2019) Art 49 ¶2"
    # Calendar dates: 31 January 2026 is a Saturday, and still the deadline.
    assert department.due.weekday() == 5
    assert filing_deadline(2019).due == date(2020, 1, 31)
    assert not department.is_late(date(2026, 1, 31))
    assert department.is_late(date(2026, 2, 1))


def test_no_art_49_deadline_before_the_2019_regulations() -> None:
    with pytest.raises(NoRuleInForceError):
        filing_deadline(2018, Filer.GOVERNMENT)
    with pytest.raises(InvalidInputError):
        filing_deadline(2025, "department")  # type: ignore[arg-type]


def test_report_knows_its_deadline() -> None:
    report = AnnualReport(agency="某区人民政府", year=2024, requests=RequestTable.zeros())
    assert report.filing_deadline(Filer.GOVERNMENT).due == date(2025, 3, 31)
