"""Partitioned aggregation on Dask equals the single-process aggregation.

Most tests run Dask's synchronous scheduler (every task in this process, so
Hypothesis can try many logs quickly); one runs a real two-process
``distributed.LocalCluster``, where every request, tally and error is pickled.
"""

from __future__ import annotations

import logging
import pickle
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

dask = pytest.importorskip("dask")
db = pytest.importorskip("dask.bag")

from dask.delayed import Delayed, delayed  # noqa: E402 - after the skip

from govdisclosure import errors  # noqa: E402
from govdisclosure.calendar import WorkCalendar  # noqa: E402
from govdisclosure.errors import (  # noqa: E402
    CalendarNotPublishedError,
    GovDisclosureError,
    InvalidInputError,
)
from govdisclosure.jurisdictions.cn.outcomes import Outcome  # noqa: E402
from govdisclosure.jurisdictions.cn.report import (  # noqa: E402
    ReportFormat,
    RequestRow,
    RequestTable,
    Total,
    aggregate_requests,
)
from govdisclosure.jurisdictions.uk.statistics import aggregate_statistics  # noqa: E402
from govdisclosure.jurisdictions.us.codes import Track  # noqa: E402
from govdisclosure.jurisdictions.us.report import FoiaRequestRecord, FoiaTally  # noqa: E402
from govdisclosure.parallel import (  # noqa: E402
    Partition,
    aggregate_partitioned,
    cn_requests_table,
    uk_foi_statistics,
    us_foia_tally,
)
from govdisclosure.requests import (  # noqa: E402
    Applicant,
    ApplicantKind,
    Replied,
    Request,
    Withdrawn,
)
from govdisclosure.strategies import requests as any_requests  # noqa: E402
from govdisclosure.strategies import uk_foi_records  # noqa: E402
from govdisclosure.strategies._us_agg import request_records  # noqa: E402
from partitioned_logs import YEAR, cn_logs, split  # noqa: E402

US_CAL = WorkCalendar.from_rules([], first=date(2020, 1, 1), last=date(2030, 12, 31))
FY = 2025
PERSON = Applicant(kind=ApplicantKind.NATURAL_PERSON)


@pytest.fixture(autouse=True)
def _synchronous() -> Iterator[None]:
    with dask.config.set(scheduler="synchronous"):
        yield


# -- the generic helper -------------------------------------------------------------


@given(
    st.lists(st.integers(), max_size=30),
    st.lists(st.integers(0, 30), max_size=12),
    st.integers(2, 5),
)
@settings(max_examples=50)
def test_the_merge_keeps_the_partitions_order(
    items: list[int], cuts: list[int], split_every: int
) -> None:
    # tuple + tuple is a monoid that is not commutative: any reordering would show.
    parts = split(list(items), cuts)
    assert aggregate_partitioned(parts, tuple, split_every=split_every) == tuple(items)


def test_a_bag_of_three_partitions_sums_like_one() -> None:
    bag = db.from_sequence(range(1, 101), npartitions=3)
    assert bag.npartitions == 3
    assert aggregate_partitioned(bag, sum) == 5050  # 100 * 101 / 2


def test_delayed_partitions_and_a_lazy_result() -> None:
    parts = [delayed(list)(range(3)), [10, 20]]
    lazy = aggregate_partitioned(parts, sum, compute=False)
    assert isinstance(lazy, Delayed)
    assert lazy.compute() == 0 + 1 + 2 + 10 + 20  # type: ignore[no-untyped-call]


def test_partitions_held_pickle_and_unwrap() -> None:
    held = Partition((1, 2, 3))
    assert pickle.loads(pickle.dumps(held)).records == (1, 2, 3)  # noqa: S301 - our own bytes
    assert aggregate_partitioned([held, [4]], sum) == 10
    assert aggregate_partitioned([held], tuple) == (1, 2, 3)


UNPICKLED: list[int] = []


def _unpickled() -> Marker:
    UNPICKLED.append(1)
    return Marker()


class Marker:
    """A record that counts how often it is unpickled."""

    def __reduce__(self) -> tuple[object, tuple[()]]:
        return (_unpickled, ())


def test_a_moved_partition_unpickles_its_records_once_and_only_when_read() -> None:
    UNPICKLED.clear()
    # client -> scheduler -> worker: two moves, the records read at the end only
    twice = pickle.loads(pickle.dumps(pickle.loads(pickle.dumps(Partition([Marker(), Marker()])))))  # noqa: S301
    assert UNPICKLED == []
    assert len(list(twice.records)) == 2
    assert UNPICKLED == [1, 1]
    assert len(list(twice.records)) == 2
    assert UNPICKLED == [1, 1]
    assert "Partition(<" in repr(twice)


def test_no_partitions_gives_the_aggregate_of_nothing() -> None:
    assert aggregate_partitioned([], tuple) == ()
    assert aggregate_partitioned([], sum) == 0


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"data": 5, "aggregate": sum}, "data"),
        ({"data": "abc", "aggregate": sum}, "data"),
        ({"data": [[1]], "aggregate": 3}, "aggregate"),
        ({"data": [[1]], "aggregate": sum, "split_every": 1}, "split_every"),
        ({"data": [[1]], "aggregate": sum, "split_every": 2.0}, "split_every"),
    ],
)
def test_bad_arguments_are_named(kwargs: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        aggregate_partitioned(**kwargs)  # type: ignore[call-overload]
    assert caught.value.field == field


# -- PRC table 三 ----------------------------------------------------------------------


@given(cn_logs(), st.integers(1, 6), st.sampled_from(ReportFormat))
@settings(max_examples=40)
def test_cn_bag_equals_the_single_process_table(
    log: list[Request], npartitions: int, layout: ReportFormat
) -> None:
    bag = db.from_sequence(log, npartitions=npartitions) if log else db.from_sequence([])
    table = cn_requests_table(bag, year=YEAR, layout=layout)
    assert table == aggregate_requests(log, year=YEAR, layout=layout)
    assert table.validate() == ()


@given(cn_logs(), st.lists(st.integers(0, 40), max_size=8))
@settings(max_examples=40)
def test_cn_uneven_and_empty_partitions_equal_the_whole(
    log: list[Request], cuts: list[int]
) -> None:
    parts = split(list(log), cuts)
    assert cn_requests_table(parts, year=YEAR) == aggregate_requests(log, year=YEAR)


def test_cn_hand_counted_example() -> None:
    # 5 requests, 2 per partition: received in 2024 (new) or 2023 (carried over).
    log = [
        Request(id="a", received=date(2023, 12, 1), applicant=PERSON),  # over, forward
        Request(
            id="b",
            received=date(2024, 2, 1),
            applicant=PERSON,
            events=[Replied(on=date(2024, 2, 20), outcome=Outcome.DISCLOSED)],
        ),
        Request(
            id="c",
            received=date(2024, 3, 1),
            applicant=Applicant(kind=ApplicantKind.COMMERCIAL_ENTERPRISE),
            events=[Withdrawn(on=date(2024, 3, 2))],
        ),
        Request(id="d", received=date(2024, 12, 31), applicant=PERSON),  # new, forward
        Request(id="e", received=date(2025, 1, 1), applicant=PERSON),  # next year: not counted
    ]
    table = cn_requests_table(db.from_sequence(log, npartitions=3), year=YEAR)
    person = ApplicantKind.NATURAL_PERSON
    assert table[RequestRow.NEW, person] == 2  # b, d
    assert table[RequestRow.NEW, Total.TOTAL] == 3  # b, c, d
    assert table[RequestRow.CARRIED_OVER, person] == 1  # a
    assert table[Outcome.DISCLOSED, person] == 1  # b
    assert table[Outcome.OTHER, ApplicantKind.COMMERCIAL_ENTERPRISE] == 1  # c
    assert table[RequestRow.HANDLED, Total.TOTAL] == 2  # b, c
    assert table[RequestRow.CARRIED_FORWARD, person] == 2  # a, d


def test_cn_empty_bag_and_empty_partitions_give_the_zero_table() -> None:
    zero = RequestTable.zeros()
    assert cn_requests_table(db.from_sequence([]), year=YEAR) == zero
    assert cn_requests_table([[], [], []], year=YEAR) == zero
    assert cn_requests_table([], year=YEAR) == zero


def test_cn_bad_record_surfaces_the_invalid_input_error_with_its_partition() -> None:
    good = Request(id="ok", received=date(2024, 5, 1), applicant=PERSON)
    parts = [[good], [good, "not a request"], [good]]
    with pytest.raises(InvalidInputError) as caught:
        cn_requests_table(parts, year=YEAR)
    err = caught.value
    assert type(err) is InvalidInputError
    assert (err.field, err.value) == ("requests", "not a request")
    assert any("partition 1 of 3" in note for note in err.__notes__)


def test_cn_reply_without_outcome_names_the_request() -> None:
    bad = Request(
        id="x9", received=date(2024, 5, 1), applicant=PERSON, events=[Replied(on=date(2024, 5, 2))]
    )
    bag = db.from_sequence([bad], npartitions=1)
    with pytest.raises(InvalidInputError, match="x9") as caught:
        cn_requests_table(bag, year=YEAR)
    assert caught.value.field == "outcome"


def test_cn_bad_year_fails_before_any_task_runs() -> None:
    def explode() -> list[Request]:
        pytest.fail("a task ran")  # pragma: no cover - the point is that it does not

    with pytest.raises(InvalidInputError) as caught:
        cn_requests_table([delayed(explode)()], year=1)
    assert caught.value.field == "year"


# -- US FoiaTally and UK statistics ------------------------------------------------------


@given(st.lists(request_records(), max_size=12), st.lists(st.integers(0, 12), max_size=4))
@settings(max_examples=25)
def test_us_tally_equals_the_single_process_tally(
    records: list[FoiaRequestRecord], cuts: list[int]
) -> None:
    parts = split(list(records), cuts)
    whole = FoiaTally.of(records, fiscal_year=FY, calendar=US_CAL)
    assert us_foia_tally(parts, fiscal_year=FY, calendar=US_CAL) == whole


def test_us_day_outside_the_calendar_surfaces_calendar_not_published() -> None:
    short = WorkCalendar.from_rules([], first=date(2024, 1, 1), last=date(2024, 12, 31))
    record = FoiaRequestRecord(
        component="OIP", received=date(2024, 11, 1), track=Track.SIMPLE, perfected=None
    )  # open at 30 September 2025: its age is counted on a day the calendar lacks
    with pytest.raises(CalendarNotPublishedError) as caught:
        us_foia_tally([[record]], fiscal_year=FY, calendar=short)
    assert caught.value.year == 2025


def test_us_calendar_is_checked_before_any_task_runs() -> None:
    with pytest.raises(InvalidInputError) as caught:
        us_foia_tally([[]], fiscal_year=FY, calendar="federal")  # type: ignore[arg-type]
    assert caught.value.field == "calendar"


@given(st.lists(uk_foi_records(), max_size=15), st.lists(st.integers(0, 15), max_size=4))
@settings(max_examples=25)
def test_uk_statistics_equal_the_single_process_ones(
    records: list[object], cuts: list[int]
) -> None:
    parts = split(list(records), cuts)
    whole = aggregate_statistics(records, year=2020, quarter=2)  # type: ignore[arg-type]
    assert uk_foi_statistics(parts, year=2020, quarter=2) == whole


# -- what crosses a process boundary ----------------------------------------------------


@given(any_requests())
@settings(max_examples=50)
def test_requests_pickle_exactly(request_: Request) -> None:
    assert pickle.loads(pickle.dumps(request_)) == request_  # noqa: S301 - our own bytes


def test_tallies_and_calendar_pickle_exactly() -> None:
    log = [Request(id="a", received=date(2024, 5, 1), applicant=PERSON)]
    values = [
        aggregate_requests(log, year=YEAR),
        FoiaTally.of([], fiscal_year=FY, calendar=US_CAL),
        aggregate_statistics([], year=2020, quarter=2),
        US_CAL,
    ]
    for value in values:
        assert pickle.loads(pickle.dumps(value)) == value  # noqa: S301 - our own bytes


def _errors() -> list[GovDisclosureError]:
    day = date(2027, 1, 4)
    return [
        errors.CalendarNotPublishedError(2027, on=day, hint="load the 2027 notice"),
        errors.InvalidInputError("bad", field="events[2].on", value=day),
        errors.CurrencyMismatchError("currencies differ", field="b", value="USD"),
        errors.UnknownLabelError("no such row", field="label", value="x"),
        errors.NoRuleInForceError("art. 33", day),
        errors.TimelineError("reply before receipt", event="Replied", index=2),
        errors.InvalidTransitionError("approve", "draft", "not reviewed"),
    ]


@pytest.mark.parametrize("err", _errors(), ids=lambda e: type(e).__name__)
def test_every_error_pickles_with_its_message_attributes_and_notes(
    err: GovDisclosureError,
) -> None:
    err.add_note("raised in partition 3")
    back = pickle.loads(pickle.dumps(err))  # noqa: S301 - our own bytes
    assert type(back) is type(err)
    assert str(back) == str(err)
    assert back.args == err.args
    assert vars(back) == vars(err)  # the fields, the problems and the notes


def test_the_core_does_not_import_dask() -> None:
    code = (
        "import sys, govdisclosure, govdisclosure.jurisdictions.cn,"
        " govdisclosure.jurisdictions.us, govdisclosure.jurisdictions.uk, govdisclosure.parallel;"
        " print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "[]"


# -- a real two-process cluster -----------------------------------------------------------


@pytest.mark.slow
def test_on_a_two_process_local_cluster() -> None:
    distributed = pytest.importorskip("distributed")
    days = [date(2023, 6, 1) + timedelta(days=i % 700) for i in range(3000)]
    log = [
        Request(
            id=str(i),
            received=day,
            applicant=Applicant(kind=list(ApplicantKind)[i % len(ApplicantKind)]),
            events=[
                Replied(on=day + timedelta(days=i % 90), outcome=list(Outcome)[i % len(Outcome)])
            ]
            if i % 3
            else [],
        )
        for i, day in enumerate(days)
    ]
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        distributed.Client(cluster) as client,
        dask.config.set(scheduler=client.get),
    ):
        bag = db.from_sequence(log, npartitions=6)
        assert cn_requests_table(bag, year=YEAR) == aggregate_requests(log, year=YEAR)
        ran = client.run(lambda: 1)  # both workers are separate processes
        assert len(ran) == 2
        halves = [log[:1500], log[1500:]]
        scattered = client.scatter([Partition(h) for h in halves], hash=False)
        assert cn_requests_table(scattered, year=YEAR) == aggregate_requests(log, year=YEAR)
        bare = client.scatter(halves, hash=False)
        assert cn_requests_table(bare, year=YEAR) == aggregate_requests(log, year=YEAR)
        bad = db.from_sequence([*log[:10], 42], npartitions=2)
        with pytest.raises(InvalidInputError) as caught:
            cn_requests_table(bad, year=YEAR)
        assert type(caught.value) is InvalidInputError
        assert (caught.value.field, caught.value.value) == ("requests", 42)
        assert any("partition 1 of 2" in note for note in caught.value.__notes__)
        short = WorkCalendar.from_rules([], first=date(2024, 1, 1), last=date(2024, 12, 31))
        record = FoiaRequestRecord(component="OIP", received=date(2024, 11, 1), track=Track.SIMPLE)
        with pytest.raises(CalendarNotPublishedError) as missing:
            us_foia_tally(db.from_sequence([record]), fiscal_year=FY, calendar=short)
        assert missing.value.year == 2025
        assert str(missing.value).startswith("no published working-day calendar covers 2025")
