"""Table 三 from partitioned columns on Dask equals the single-process table.

The law: for any cut of a request log into partitions, the ``+`` of the
partitions' ``aggregate_columns`` tables is ``aggregate_requests`` of the whole
log, and ``aggregate_columns`` of the partitions' columns put end to end. Most
tests run Dask's synchronous scheduler; one runs a two-process
``distributed.LocalCluster`` whose workers build their own columns.
"""

from __future__ import annotations

import importlib.util
import logging
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

dask = pytest.importorskip("dask")
np = pytest.importorskip("numpy")
pd = pytest.importorskip("pandas")

from dask.delayed import delayed  # noqa: E402 - after the skip

from govdisclosure.errors import InvalidInputError  # noqa: E402
from govdisclosure.jurisdictions.cn.outcomes import Outcome  # noqa: E402
from govdisclosure.jurisdictions.cn.report import (  # noqa: E402
    APPLICANT_KIND_CODES,
    OUTCOME_CODES,
    ReportFormat,
    RequestRow,
    Total,
    aggregate_columns,
    aggregate_requests,
    request_columns,
)
from govdisclosure.parallel import (  # noqa: E402
    COLUMN_NAMES,
    cn_requests_table_columns,
    columns_table,
)
from govdisclosure.requests import (  # noqa: E402
    Applicant,
    ApplicantKind,
    Replied,
    Request,
    Withdrawn,
)
from partitioned_logs import YEAR, cn_logs, split  # noqa: E402

Columns = dict[str, Any]


@pytest.fixture(autouse=True)
def _synchronous() -> Iterator[None]:
    with dask.config.set(scheduler="synchronous"):
        yield


def as_frame(columns: Columns) -> Any:
    """The columns as pandas would read them from a CSV: strings, NaN and NaT for missing."""
    return pd.DataFrame(
        {
            "id": np.arange(len(columns["received"])),  # another column, not read
            "received": pd.to_datetime(columns["received"]),
            "applicant_kind": pd.array(
                [APPLICANT_KIND_CODES[k].value for k in columns["applicant_kind"]], dtype="str"
            ),
            "concluded_on": pd.to_datetime(columns["concluded_on"]),
            "outcome": pd.array(
                [OUTCOME_CODES[k].value if k >= 0 else None for k in columns["outcome"]],
                dtype="str",
            ),
        }
    )


def end_to_end(parts: list[Columns]) -> Columns:
    return {name: np.concatenate([p[name] for p in parts]) for name in COLUMN_NAMES}


# -- the law -----------------------------------------------------------------------


@given(
    cn_logs(),
    st.lists(st.integers(0, 40), max_size=8),
    st.sampled_from(ReportFormat),
    st.integers(2, 4),
    st.sampled_from(["dict", "frame", "list", "delayed"]),
)
@settings(max_examples=60, deadline=None)
def test_partitioned_columns_equal_the_single_process_table(
    log: list[Request],
    cuts: list[int],
    layout: ReportFormat,
    split_every: int,
    form: str,
) -> None:
    parts = [request_columns(p) for p in split(log, cuts)]
    data: list[object]
    if form == "dict":
        data = list(parts)
    elif form == "frame":
        data = [as_frame(p) for p in parts]
    elif form == "list":  # a bag's partitions: lists of column sets
        data = [[p, as_frame(p)] for p in parts]
        log = log + log
        parts = parts + parts
    else:
        data = [delayed(as_frame)(p) for p in parts]
    table = cn_requests_table_columns(data, year=YEAR, layout=layout, split_every=split_every)
    assert table == aggregate_requests(log, year=YEAR, layout=layout)
    assert table == aggregate_columns(**end_to_end(parts), year=YEAR, layout=layout)


@given(cn_logs(max_size=20), st.integers(1, 4))
@settings(max_examples=20, deadline=None)
def test_a_bag_of_column_sets_equals_the_single_process_table(
    log: list[Request], npartitions: int
) -> None:
    db = pytest.importorskip("dask.bag")
    sets = [request_columns(log[i : i + 3]) for i in range(0, len(log), 3)]
    bag = db.from_sequence(sets, npartitions=npartitions) if sets else db.from_sequence([])
    assert cn_requests_table_columns(bag, year=YEAR) == aggregate_requests(log, year=YEAR)


class FakeFrame:
    """What a ``dask.dataframe.DataFrame`` offers here: ``to_delayed()``, one pandas frame each.

    (``dask.dataframe`` needs pyarrow, which the test environment may lack; the
    function reads only ``to_delayed``.)
    """

    def __init__(self, frames: list[Any]) -> None:
        self.frames = frames

    def to_delayed(self) -> list[object]:
        return [delayed(f, traverse=False) for f in self.frames]


def test_a_dataframe_s_partitions_are_read_as_pandas_frames() -> None:
    log = [
        Request(
            id=str(i),
            received=date(2023, 12, 1) + timedelta(days=7 * i),
            applicant=Applicant(kind=APPLICANT_KIND_CODES[i % 6]),
            events=[
                Replied(on=date(2023, 12, 11) + timedelta(days=7 * i), outcome=Outcome.DISCLOSED)
            ]
            if i % 2
            else [],
        )
        for i in range(20)
    ]
    frames = [as_frame(request_columns(p)) for p in (log[:5], log[5:12], log[12:])]
    table = cn_requests_table_columns(FakeFrame(frames), year=YEAR)
    assert table == aggregate_requests(log, year=YEAR)


@pytest.mark.skipif(
    importlib.util.find_spec("pyarrow") is None, reason="dask.dataframe needs pyarrow"
)
def test_a_real_dask_dataframe() -> None:
    dd = pytest.importorskip("dask.dataframe")
    log = [
        Request(
            id=str(i),
            received=date(2024, 1, 1) + timedelta(days=i),
            applicant=Applicant(kind=ApplicantKind.NATURAL_PERSON),
            events=[Withdrawn(on=date(2024, 6, 1) + timedelta(days=i))],
        )
        for i in range(30)
    ]
    frame = dd.from_pandas(as_frame(request_columns(log)), npartitions=3)
    assert cn_requests_table_columns(frame, year=YEAR) == aggregate_requests(log, year=YEAR)


# -- hand-counted ------------------------------------------------------------------


def test_hand_counted_partitions() -> None:
    d = "datetime64[D]"
    # Partition 0: one carried over from 2023 and disclosed in 2024; one received in 2024, open.
    p0 = {
        "received": np.array(["2023-12-28", "2024-05-01"], dtype=d),
        "applicant_kind": ["natural_person", "natural_person"],
        "concluded_on": np.array(["2024-01-10", "NaT"], dtype=d),
        "outcome": ["disclosed", None],
    }
    # Partition 1: a firm's request withdrawn in 2024; one concluded in 2023 (not counted).
    p1 = {
        "received": [date(2024, 3, 1), date(2023, 1, 5)],
        "applicant_kind": [ApplicantKind.COMMERCIAL_ENTERPRISE, ApplicantKind.NATURAL_PERSON],
        "concluded_on": [date(2024, 3, 9), date(2023, 2, 1)],
        "outcome": [Outcome.OTHER, Outcome.DISCLOSED],
    }
    t = cn_requests_table_columns([p0, [], p1], year=YEAR)
    total = Total.TOTAL
    assert t[RequestRow.NEW, total] == 2
    assert t[RequestRow.CARRIED_OVER, ApplicantKind.NATURAL_PERSON] == 1
    assert t[Outcome.DISCLOSED, ApplicantKind.NATURAL_PERSON] == 1
    assert t[Outcome.OTHER, ApplicantKind.COMMERCIAL_ENTERPRISE] == 1
    assert t[RequestRow.HANDLED, total] == 2
    assert t[RequestRow.CARRIED_FORWARD, total] == 1
    assert t.validate() == ()


def test_no_partitions_give_the_zero_table() -> None:
    zero = aggregate_requests([], year=YEAR)
    assert cn_requests_table_columns([], year=YEAR) == zero
    assert cn_requests_table_columns([[], []], year=YEAR) == zero


# -- failing closed ------------------------------------------------------------------


def good(n: int = 3) -> Columns:
    log = [
        Request(
            id=str(i),
            received=date(2024, 2, 1),
            applicant=Applicant(kind=ApplicantKind.NATURAL_PERSON),
        )
        for i in range(n)
    ]
    return request_columns(log)


def test_a_missing_column_is_named_with_its_partition() -> None:
    broken = {k: v for k, v in good().items() if k not in ("outcome", "received")}
    with pytest.raises(InvalidInputError) as caught:
        cn_requests_table_columns([good(), good(), broken], year=YEAR)
    err = caught.value
    assert type(err) is InvalidInputError
    assert err.fields == ("received", "outcome")
    assert err.value == ("applicant_kind", "concluded_on")
    assert any("partition 2 of 3" in note for note in err.__notes__)


def test_a_bad_entry_is_named_by_column_and_position_in_its_partition() -> None:
    bad = good(4)
    bad["concluded_on"] = np.array(["NaT", "NaT", "2024-01-01", "NaT"], dtype="datetime64[D]")
    with pytest.raises(InvalidInputError) as caught:
        cn_requests_table_columns([good(), bad], year=YEAR)
    assert caught.value.field == "concluded_on[2]"
    assert any("partition 1 of 2" in note for note in caught.value.__notes__)


def test_a_bad_column_set_in_a_list_is_named_by_its_place() -> None:
    bad = good()
    bad["applicant_kind"] = ["natural_person", "alien", "natural_person"]
    with pytest.raises(InvalidInputError) as caught:
        cn_requests_table_columns([[good()], [good(), bad]], year=YEAR)
    assert caught.value.field == "applicant_kind[1]"
    notes = caught.value.__notes__
    assert any("column set 1 of the partition" in n for n in notes)
    assert any("partition 1 of 2" in n for n in notes)


def test_a_text_column_with_pandas_missing_marker_reads_as_none_but_no_guessing() -> None:
    frame = as_frame(good())
    assert frame["outcome"].isna().all()  # pandas' NaN, read as None: open requests
    assert (
        cn_requests_table_columns([frame], year=YEAR)[RequestRow.CARRIED_FORWARD, Total.TOTAL] == 3
    )
    # A date column read as text (a CSV without parse_dates) is not parsed: it fails.
    text = frame.assign(received=frame["received"].dt.strftime("%Y-%m-%d"))
    with pytest.raises(InvalidInputError) as caught:
        cn_requests_table_columns([text], year=YEAR)
    assert caught.value.field == "received[0]"


def test_a_nullable_integer_code_column_reads_pd_na_as_no_outcome() -> None:
    frame = pd.DataFrame(good()).astype({"outcome": "Int8", "applicant_kind": "Int8"})
    frame["outcome"] = pd.array([pd.NA] * 3, dtype="Int8")
    assert (
        cn_requests_table_columns([frame], year=YEAR)[RequestRow.CARRIED_FORWARD, Total.TOTAL] == 3
    )
    frame.loc[1, "applicant_kind"] = pd.NA  # no kind is not a kind: refused, named
    with pytest.raises(InvalidInputError) as caught:
        cn_requests_table_columns([frame], year=YEAR)
    assert caught.value.field == "applicant_kind[1]"


@pytest.mark.parametrize("part", [42, "received", None, [1]])
def test_a_partition_that_is_not_a_column_set_is_refused(part: object) -> None:
    with pytest.raises(InvalidInputError) as caught:
        cn_requests_table_columns([good(), part], year=YEAR)
    assert caught.value.field == "partition"


def test_bad_year_and_layout_fail_before_any_task_runs() -> None:
    def explode() -> Columns:
        msg = "a task ran"
        raise AssertionError(msg)  # pragma: no cover - must not run

    lazy = [delayed(explode)()]
    with pytest.raises(InvalidInputError):
        cn_requests_table_columns(lazy, year="2024")  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        cn_requests_table_columns(lazy, year=YEAR, layout="2021")  # type: ignore[arg-type]


def test_columns_table_of_one_partition_is_aggregate_columns() -> None:
    cols = good(5)
    assert columns_table(cols, year=YEAR) == aggregate_columns(**cols, year=YEAR)


# -- a real two-process cluster -------------------------------------------------------


def built_on_the_worker(seed: int) -> Columns:
    """A partition's columns made where they are counted (as reading its own file would)."""
    rng = np.random.default_rng(seed)
    n = 2000
    received = np.datetime64("2023-01-01") + rng.integers(0, 730, n)
    is_open = rng.random(n) < 0.1
    concluded = received + rng.integers(0, 60, n)
    concluded[is_open] = np.datetime64("NaT")
    outcome = rng.integers(0, len(OUTCOME_CODES), n).astype(np.int8)
    outcome[is_open] = -1
    kinds = rng.integers(0, len(APPLICANT_KIND_CODES), n).astype(np.int8)
    return {
        "received": received.astype("datetime64[D]"),
        "applicant_kind": kinds,
        "concluded_on": concluded.astype("datetime64[D]"),
        "outcome": outcome,
    }


@pytest.mark.slow
def test_on_a_two_process_local_cluster() -> None:
    distributed = pytest.importorskip("distributed")
    seeds = range(4)
    whole = end_to_end([built_on_the_worker(s) for s in seeds])
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
        parts = [delayed(built_on_the_worker)(s) for s in seeds]
        assert cn_requests_table_columns(parts, year=YEAR) == aggregate_columns(**whole, year=YEAR)
        broken = [*parts[:2], delayed(dict)(received=[])]
        with pytest.raises(InvalidInputError) as caught:
            cn_requests_table_columns(broken, year=YEAR)
        assert type(caught.value) is InvalidInputError
        assert caught.value.fields == ("applicant_kind", "concluded_on", "outcome")
        assert any("partition 2 of 3" in note for note in caught.value.__notes__)
