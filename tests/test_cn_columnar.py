"""Table 三 from columns: the same table as from Request objects, from every kind of column."""

from __future__ import annotations

import enum
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govdisclosure.errors import InvalidInputError
from govdisclosure.jurisdictions.cn.outcomes import Outcome
from govdisclosure.jurisdictions.cn.report import (
    APPLICANT_KIND_CODES,
    NO_OUTCOME,
    OUTCOME_CODES,
    UNKNOWN_OUTCOME,
    ReportFormat,
    RequestRow,
    RequestTable,
    aggregate_columns,
    aggregate_requests,
    request_columns,
)
from govdisclosure.requests import (
    Applicant,
    ApplicantKind,
    CorrectionLapsed,
    CorrectionRequested,
    FeeLapsed,
    FeeNoticeIssued,
    Replied,
    Request,
    Withdrawn,
)
from govdisclosure.strategies import cn_outcomes, requests

np = pytest.importorskip("numpy")

YEAR = 2025
D = "datetime64[D]"
PERSON = ApplicantKind.NATURAL_PERSON
FIRM = ApplicantKind.COMMERCIAL_ENTERPRISE


def day(iso: str) -> date:
    return date.fromisoformat(iso)


def request(i: int, received: str, kind: ApplicantKind, *events: object) -> Request:
    return Request(
        id=f"r{i}",
        received=day(received),
        applicant=Applicant(kind=kind),
        events=events,  # type: ignore[arg-type]
    )


# A small log with every way in and out of table 三, for 2025.
LOG = [
    # carried over, replied in 2025: 一/二 and (一) of 自然人
    request(0, "2024-12-20", PERSON, Replied(on=day("2025-01-10"), outcome=Outcome.DISCLOSED)),
    # carried over, still open at the end of 2025: 二 and 四
    request(1, "2024-11-02", FIRM),
    # concluded in 2024: not counted at all
    request(2, "2024-03-01", FIRM, Withdrawn(on=day("2024-12-31"))),
    # new, correction lapsed in 2025: 一 and （六）1
    request(
        3,
        "2025-02-01",
        FIRM,
        CorrectionRequested(on=day("2025-02-03")),
        CorrectionLapsed(on=day("2025-03-05")),
    ),
    # new, fee lapsed: 一 and （六）2
    request(
        4,
        "2025-05-01",
        PERSON,
        FeeNoticeIssued(on=day("2025-05-02")),
        FeeLapsed(on=day("2025-06-02")),
    ),
    # new, withdrawn: 一 and （六）3
    request(5, "2025-07-01", PERSON, Withdrawn(on=day("2025-07-02"))),
    # new, replied in 2026: 一 and 四
    request(6, "2025-12-31", PERSON, Replied(on=day("2026-01-05"), outcome=Outcome.OTHER)),
    # received in 2026: not counted; its missing outcome is no error
    request(7, "2026-01-02", FIRM, Replied(on=day("2026-01-03"))),
    # concluded in 2023 with no outcome recorded: not counted, no error
    request(8, "2023-01-02", FIRM, Replied(on=day("2023-01-03"))),
    # new, withdrawn on 31 December: 一 and （六）3, not 四
    request(9, "2025-12-30", FIRM, Withdrawn(on=day("2025-12-31"))),
    # carried over, replied on 1 January: 二 and (二)
    request(
        10, "2024-12-31", PERSON, Replied(on=day("2025-01-01"), outcome=Outcome.PARTLY_DISCLOSED)
    ),
]


def test_columns_of_a_small_log() -> None:
    cols = request_columns(LOG)
    assert cols["received"].dtype == np.dtype(D)
    assert cols["concluded_on"][1] != cols["concluded_on"][1]  # NaT: still open
    assert [APPLICANT_KIND_CODES[k] for k in cols["applicant_kind"][:2]] == [PERSON, FIRM]
    expected = [
        Outcome.DISCLOSED,
        None,
        Outcome.OTHER,
        Outcome.OTHER_CORRECTION_LAPSED,
        Outcome.OTHER_FEE_LAPSED,
        Outcome.OTHER,
        Outcome.OTHER,
        None,
        None,
        Outcome.OTHER,
        Outcome.PARTLY_DISCLOSED,
    ]
    got = [None if c == NO_OUTCOME else OUTCOME_CODES[c] for c in cols["outcome"]]
    assert got == expected


def test_a_small_log_counted_by_hand() -> None:
    t = aggregate_columns(**request_columns(LOG), year=YEAR)
    # 自然人: r4, r5, r6 are new (3); r0, r10 are carried over (2).
    assert t[RequestRow.NEW, PERSON] == 3
    assert t[RequestRow.CARRIED_OVER, PERSON] == 2
    assert t[Outcome.DISCLOSED, PERSON] == 1
    assert t[Outcome.PARTLY_DISCLOSED, PERSON] == 1
    assert t[Outcome.OTHER_FEE_LAPSED, PERSON] == 1
    assert t[Outcome.OTHER, PERSON] == 1  # r5 withdrawn; r6's reply is in 2026
    assert t[RequestRow.HANDLED, PERSON] == 4
    assert t[RequestRow.CARRIED_FORWARD, PERSON] == 1  # r6
    # 商业企业: r3, r9 new, r1 carried over; r2, r7, r8 not counted.
    assert t[RequestRow.NEW, FIRM] == 2
    assert t[RequestRow.CARRIED_OVER, FIRM] == 1
    assert t[Outcome.OTHER_CORRECTION_LAPSED, FIRM] == 1
    assert t[Outcome.OTHER, FIRM] == 1  # r9, on 31 December
    assert t[RequestRow.HANDLED, FIRM] == 2
    assert t[RequestRow.CARRIED_FORWARD, FIRM] == 1  # r1
    assert t[RequestRow.NEW, "总计"] == 5
    assert t.validate() == ()
    assert t == aggregate_requests(LOG, year=YEAR)


def test_the_2019_layout() -> None:
    t = aggregate_columns(**request_columns(LOG), year=YEAR, layout=ReportFormat.V2019)
    assert t == aggregate_requests(LOG, year=YEAR, layout=ReportFormat.V2019)
    assert (
        t[RequestRow.OTHER_HANDLING, "总计"] == 4
    )  # the three （六） rows are one: r3, r4, r5, r9


def test_an_empty_log() -> None:
    assert aggregate_columns(**request_columns([]), year=YEAR) == RequestTable.zeros()


# -- other forms of the same columns ------------------------------------------------


def plain_columns(log: list[Request]) -> dict[str, list[object]]:
    cols = request_columns(log)
    return {
        "received": [r.received for r in log],
        "applicant_kind": [r.applicant.kind for r in log],
        "concluded_on": [None if r.concluded is None else r.concluded.on for r in log],
        "outcome": [None if c == NO_OUTCOME else OUTCOME_CODES[c] for c in cols["outcome"]],
    }


def test_plain_sequences_of_dates_and_members() -> None:
    assert aggregate_columns(**plain_columns(LOG), year=YEAR) == aggregate_requests(LOG, year=YEAR)


def test_enum_values_as_strings() -> None:
    cols = plain_columns(LOG)
    cols["applicant_kind"] = [k.value for k in cols["applicant_kind"]]  # type: ignore[attr-defined]
    cols["outcome"] = [None if o is None else o.value for o in cols["outcome"]]  # type: ignore[attr-defined]
    assert aggregate_columns(**cols, year=YEAR) == aggregate_requests(LOG, year=YEAR)


def test_a_pandas_frame_with_categoricals_and_nanosecond_dates() -> None:
    pd = pytest.importorskip("pandas")
    plain = plain_columns(LOG)
    frame = pd.DataFrame(
        {
            "received": pd.to_datetime(plain["received"]),
            "applicant_kind": pd.Categorical([k.value for k in plain["applicant_kind"]]),  # type: ignore[attr-defined]
            "concluded_on": pd.to_datetime(plain["concluded_on"]),
            "outcome": pd.Categorical([None if o is None else o.name for o in plain["outcome"]]),  # type: ignore[attr-defined]
        }
    )
    # outcome names are not values: map them to members first, as an analyst would
    frame["outcome"] = frame["outcome"].cat.rename_categories(
        [Outcome[name].value for name in frame["outcome"].cat.categories]
    )
    assert frame["received"].dtype.kind == "M"
    got = aggregate_columns(
        frame["received"],
        frame["applicant_kind"],
        frame["concluded_on"],
        frame["outcome"],
        year=YEAR,
    )
    assert got == aggregate_requests(LOG, year=YEAR)
    # and the fast form straight into a frame and back
    fast = pd.DataFrame(request_columns(LOG))
    assert aggregate_columns(**{c: fast[c] for c in fast.columns}, year=YEAR) == got


# -- failing closed -------------------------------------------------------------------


def test_a_counted_reply_with_no_outcome_is_refused_like_the_object_path() -> None:
    log = [*LOG, request(11, "2025-04-01", FIRM, Replied(on=day("2025-04-02")))]
    with pytest.raises(InvalidInputError, match="no outcome recorded"):
        aggregate_requests(log, year=YEAR)
    with pytest.raises(InvalidInputError, match="no outcome recorded") as info:
        aggregate_columns(**request_columns(log), year=YEAR)
    assert info.value.field == "outcome[11]"


def test_a_foreign_outcome_is_refused_only_when_counted() -> None:
    class Elsewhere(enum.Enum):
        GRANTED = "granted"

    counted = request(
        9, "2025-04-01", FIRM, Replied(on=day("2025-04-02"), outcome=Elsewhere.GRANTED)
    )
    cols = request_columns([counted])
    assert cols["outcome"].tolist() == [UNKNOWN_OUTCOME]
    with pytest.raises(InvalidInputError, match=r"not a cn\.Outcome") as info:
        aggregate_columns(**cols, year=YEAR)
    assert info.value.field == "outcome[0]"
    with pytest.raises(InvalidInputError, match=r"not a cn\.Outcome"):
        aggregate_requests([counted], year=YEAR)
    assert aggregate_columns(**cols, year=YEAR + 1) == aggregate_requests([counted], year=YEAR + 1)


def fast(**changes: object) -> dict[str, object]:
    cols: dict[str, object] = dict(request_columns(LOG))
    cols.update(changes)
    return cols


def test_a_missing_date_of_receipt() -> None:
    received = request_columns(LOG)["received"].copy()
    received[3] = np.datetime64("NaT")
    with pytest.raises(InvalidInputError) as info:
        aggregate_columns(**fast(received=received), year=YEAR)
    assert info.value.fields == ("received[3]",)


def test_a_conclusion_before_receipt() -> None:
    concluded = request_columns(LOG)["concluded_on"].copy()
    concluded[5] = np.datetime64("2025-06-30")  # received 2025-07-01
    with pytest.raises(InvalidInputError) as info:
        aggregate_columns(**fast(concluded_on=concluded), year=YEAR)
    assert info.value.fields == ("concluded_on[5]",)


def test_an_outcome_for_an_open_request() -> None:
    outcome = request_columns(LOG)["outcome"].copy()
    outcome[1] = 0
    with pytest.raises(InvalidInputError) as info:
        aggregate_columns(**fast(outcome=outcome), year=YEAR)
    assert info.value.fields == ("outcome[1]",)


def test_codes_out_of_range() -> None:
    with pytest.raises(InvalidInputError) as info:
        aggregate_columns(
            **fast(applicant_kind=np.array([0, 1, 6, 0, 0, 0, -1, 0, 0, 0, 0])), year=YEAR
        )
    assert info.value.fields == ("applicant_kind[2]", "applicant_kind[6]")
    outcome = request_columns(LOG)["outcome"].copy()
    outcome[0] = len(Outcome)
    with pytest.raises(InvalidInputError, match="outcome"):
        aggregate_columns(**fast(outcome=outcome), year=YEAR)


def test_columns_of_different_lengths() -> None:
    with pytest.raises(InvalidInputError) as info:
        aggregate_columns(**fast(outcome=request_columns(LOG)["outcome"][:-1]), year=YEAR)
    assert info.value.field == "columns"


def test_a_time_of_day_is_not_a_date() -> None:
    received = request_columns(LOG)["received"].astype("datetime64[s]")
    assert aggregate_columns(**fast(received=received), year=YEAR) == aggregate_requests(
        LOG, year=YEAR
    )
    received[2] += np.timedelta64(3600, "s")
    with pytest.raises(InvalidInputError) as info:
        aggregate_columns(**fast(received=received), year=YEAR)
    assert info.value.fields == ("received[2]",)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("received", ["2025-01-01"] * 11),
        ("received", np.arange(11)),
        ("concluded_on", [date(2025, 1, 1)] * 10 + ["x"]),
        ("applicant_kind", ["someone"] * 11),
        ("applicant_kind", [None] * 11),
        ("applicant_kind", np.zeros(11, dtype=float)),
        ("outcome", [1.5] * 11),
        ("received", np.array(["2025-01"] * 11, dtype="datetime64[M]")),
        ("outcome", [ReportFormat.V2021] * 11),
    ],
)
def test_entries_of_the_wrong_kind(field: str, value: object) -> None:
    with pytest.raises(InvalidInputError) as info:
        aggregate_columns(**fast(**{field: value}), year=YEAR)
    assert info.value.field is not None
    assert info.value.field.startswith(field)


def test_another_enums_member_equal_to_a_value_is_refused() -> None:
    class Lookalike(enum.StrEnum):
        DISCLOSED = "disclosed"

    assert Outcome.DISCLOSED.value == Lookalike.DISCLOSED
    with pytest.raises(InvalidInputError) as info:
        aggregate_columns(
            received=[date(2025, 1, 2)],
            applicant_kind=[PERSON],
            concluded_on=[date(2025, 1, 3)],
            outcome=[Lookalike.DISCLOSED],
            year=YEAR,
        )
    assert info.value.fields == ("outcome[0]",)


def test_a_bad_year() -> None:
    with pytest.raises(InvalidInputError) as info:
        aggregate_columns(**request_columns(LOG), year="2025")  # type: ignore[arg-type]
    assert info.value.field == "year"


def test_an_entry_that_is_not_a_request() -> None:
    with pytest.raises(InvalidInputError) as info:
        request_columns([*LOG, "r11"])  # type: ignore[list-item]
    assert info.value.field == "requests[11]"


# -- the property: columns and objects give one table ----------------------------------

BOUNDARIES = [date(YEAR - 1, 12, 31), date(YEAR, 1, 1), date(YEAR, 12, 31), date(YEAR + 1, 1, 1)]
RECEIVED = st.one_of(
    st.dates(date(YEAR - 1, 6, 1), date(YEAR + 1, 3, 31)),
    st.sampled_from(BOUNDARIES).flatmap(
        lambda d: st.integers(-20, 5).map(lambda k: d + timedelta(days=k))
    ),
)


NEAR = st.sampled_from(BOUNDARIES).flatmap(
    lambda d: st.integers(-3, 1).map(lambda k: d + timedelta(days=k))
)
# Requests received by a year boundary and concluded within days, so on it as often as not.
ANY_REQUEST = st.one_of(
    requests(RECEIVED, max_gap=40, outcomes=cn_outcomes()),
    requests(NEAR, max_gap=2, outcomes=cn_outcomes()),
)


def same_result(log: list[Request], layout: ReportFormat) -> None:
    try:
        expected = aggregate_requests(log, year=YEAR, layout=layout)
    except InvalidInputError:
        with pytest.raises(InvalidInputError):
            aggregate_columns(**request_columns(log), year=YEAR, layout=layout)
        return
    got = aggregate_columns(**request_columns(log), year=YEAR, layout=layout)
    assert got == expected
    assert got.layout is layout


@settings(max_examples=200, deadline=None)
@given(
    st.lists(ANY_REQUEST, max_size=30),
    st.sampled_from(ReportFormat),
)
def test_columns_equal_objects_on_random_logs(log: list[Request], layout: ReportFormat) -> None:
    same_result(log, layout)


@settings(max_examples=200, deadline=None)
@given(st.lists(requests(RECEIVED, max_gap=40), max_size=12), st.sampled_from(ReportFormat))
def test_columns_equal_objects_errors_included(log: list[Request], layout: ReportFormat) -> None:
    # Replies with no outcome recorded: an error exactly when one is counted in the year.
    same_result(log, layout)


@settings(max_examples=50, deadline=None)
@given(st.lists(ANY_REQUEST, max_size=30))
def test_any_form_of_the_columns_gives_the_same_table(log: list[Request]) -> None:
    expected = aggregate_requests(log, year=YEAR)
    assert aggregate_columns(**plain_columns(log), year=YEAR) == expected
    cols = request_columns(log)
    wide = {
        "received": cols["received"].astype("datetime64[ns]"),
        "applicant_kind": cols["applicant_kind"].astype(np.int64),
        "concluded_on": cols["concluded_on"].astype("datetime64[ms]"),
        "outcome": cols["outcome"].astype(np.int32),
    }
    assert aggregate_columns(**wide, year=YEAR) == expected


def test_a_missing_applicant_kind_in_a_categorical() -> None:
    pd = pytest.importorskip("pandas")
    kinds = pd.Categorical(["natural_person", None, "natural_person"])
    with pytest.raises(InvalidInputError) as info:
        aggregate_columns(
            received=[date(2025, 1, 2)] * 3,
            applicant_kind=kinds,
            concluded_on=[None] * 3,
            outcome=[None] * 3,
            year=YEAR,
        )
    assert info.value.fields == ("applicant_kind[1]",)


def test_a_bad_category_is_named() -> None:
    pd = pytest.importorskip("pandas")
    kinds = pd.Series(pd.Categorical(["natural_person", "robot"]))
    with pytest.raises(InvalidInputError) as info:
        aggregate_columns(
            received=[date(2025, 1, 2)] * 2,
            applicant_kind=kinds,
            concluded_on=[None] * 2,
            outcome=[None] * 2,
            year=YEAR,
        )
    assert info.value.fields == ("applicant_kind (categories)[1]",)


def test_a_categorical_of_outcomes_with_missing_entries() -> None:
    pd = pytest.importorskip("pandas")
    got = aggregate_columns(
        received=[date(2025, 1, 2)] * 3,
        applicant_kind=[PERSON] * 3,
        concluded_on=[date(2025, 1, 3), None, date(2025, 2, 1)],
        outcome=pd.Categorical(["disclosed", None, "other"]),
        year=YEAR,
    )
    # by hand: 3 new, (一) 1, （六）3 其他 1, handled 2, carried forward 1
    assert [got[row, PERSON] for row in (RequestRow.NEW, Outcome.DISCLOSED, Outcome.OTHER)] == [
        3,
        1,
        1,
    ]
    assert got[RequestRow.HANDLED, PERSON] == 2
    assert got[RequestRow.CARRIED_FORWARD, PERSON] == 1


def test_pandas_missing_markers_read_as_missing() -> None:
    pd = pytest.importorskip("pandas")
    # A CSV's empty cells: NaN in a text column, pd.NA in a string or nullable integer column.
    received = pd.to_datetime(["2025-03-03", "2025-12-29", "2025-06-02"])
    concluded = pd.to_datetime(["2025-03-20", None, "2025-07-02"])
    kinds = ["natural_person", "natural_person", "commercial_enterprise"]
    by_text = aggregate_columns(
        received,
        pd.Series(kinds),
        concluded,
        pd.Series(["disclosed", None, "partly_disclosed"]),
        year=2025,
    )
    by_string = aggregate_columns(
        received,
        pd.Series(kinds, dtype="string"),
        concluded,
        pd.Series(["disclosed", pd.NA, "partly_disclosed"], dtype="string"),
        year=2025,
    )
    codes = [
        OUTCOME_CODES.index(Outcome.DISCLOSED),
        None,
        OUTCOME_CODES.index(Outcome.PARTLY_DISCLOSED),
    ]
    by_codes = aggregate_columns(
        received, pd.Series(kinds), concluded, pd.Series(codes, dtype="Int8"), year=2025
    )
    assert by_text == by_string == by_codes
    # Counted by hand: three received, one carried over, one disclosed, one partly disclosed.
    assert by_text["一、本年新收政府信息公开申请数量", "总计"] == 3
    assert by_text["四、结转下年度继续办理", "总计"] == 1
    assert by_text["（三）部分公开", "总计"] == 1
    # A missing applicant kind is still an error, named, in every form.
    for missing in (
        pd.Series(["natural_person", None, "natural_person"]),
        pd.Series([0, pd.NA, 0], dtype="Int8"),
    ):
        with pytest.raises(InvalidInputError, match=r"applicant_kind\[1\]"):
            aggregate_columns(
                received, missing, concluded, pd.Series(codes, dtype="Int8"), year=2025
            )


def test_an_outcome_of_another_type_is_named_with_its_article() -> None:
    with pytest.raises(
        InvalidInputError, match=r"outcome\[0\]: must be an Outcome, its value, a code or None"
    ):
        aggregate_columns(
            [date(2025, 3, 3)], ["natural_person"], [date(2025, 3, 5)], [3.5], year=2025
        )
