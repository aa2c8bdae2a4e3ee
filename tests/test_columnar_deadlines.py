"""The reply clock over columns equals the object path, row by row; hostile columns raise.

The reference is ``cn.reply_deadline`` / ``us.reply_deadline`` on the request
each row stands for (its events sorted by date, events of one day in the order
correction requested, corrected application, pause start, pause end, extension).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govdisclosure.deadlines import (
    PAUSE_REASON_CODES,
    ColumnReason,
    Deadline,
    PauseReason,
    due_dates_array,
)
from govdisclosure.errors import (
    CalendarNotPublishedError,
    InvalidInputError,
    NoRuleInForceError,
)
from govdisclosure.jurisdictions import cn, us
from govdisclosure.law import WorkingDays
from govdisclosure.requests import (
    Applicant,
    ApplicantKind,
    ConsultationEnded,
    ConsultationParty,
    ConsultationStarted,
    CorrectionReceived,
    CorrectionRequested,
    Event,
    ExtensionGranted,
    FeeNoticeIssued,
    FeePaid,
    Request,
)

np = pytest.importorskip("numpy")

PERSON = Applicant(kind=ApplicantKind.NATURAL_PERSON)
NAT = np.datetime64("NaT", "D")
Row = dict[str, Any]

# -- rows and the requests they stand for --------------------------------------------------


@st.composite
def rows(draw: st.DrawFn, *, first: date, last: date, max_extension: int, toll: bool) -> Row:
    """One row of the supported shapes (dates within ``first``..``last``, offsets small)."""
    received = draw(st.dates(first, last))

    def later(on: date, most: int = 40) -> date:
        return on + timedelta(days=draw(st.integers(0, most)))

    row: Row = {"received": received}
    shape = draw(st.sampled_from(["none", "asked", "both", "got"]))
    cursor = received
    if shape in ("asked", "both"):
        row["correction_requested"] = cursor = later(cursor, 60)
    if shape in ("both", "got"):
        row["correction_received"] = cursor = later(cursor, 30)
    if (not toll or shape == "none") and draw(st.booleans()):
        # under toll rules the correction is the row's one pause
        row["pause_start"] = start = later(cursor, 40)
        row["pause_reason"] = draw(st.sampled_from(PAUSE_REASON_CODES))
        if draw(st.integers(0, 3)):
            row["pause_end"] = later(start, 40)
    if draw(st.booleans()):
        base = received if toll else cursor
        row["extension_on"] = later(base, 50)
        row["extension_days"] = draw(st.integers(1, max_extension))
    return row


def events(row: Row) -> tuple[Event, ...]:
    """The log a row stands for."""
    found: list[tuple[date, int, Event]] = []
    if "correction_requested" in row:
        on = row["correction_requested"]
        found.append((on, 0, CorrectionRequested(on=on)))
    if "correction_received" in row:
        on = row["correction_received"]
        found.append((on, 1, CorrectionReceived(on=on)))
    if "pause_start" in row:
        reason = row["pause_reason"]
        on = row["pause_start"]
        if reason is PauseReason.FEE:
            found.append((on, 2, FeeNoticeIssued(on=on)))
        else:
            party = ConsultationParty(reason.value)
            found.append((on, 2, ConsultationStarted(on=on, party=party)))
        if "pause_end" in row:
            end = row["pause_end"]
            if reason is PauseReason.FEE:
                found.append((end, 3, FeePaid(on=end)))
            else:
                found.append((end, 3, ConsultationEnded(on=end, party=party)))
    if "extension_on" in row:
        on = row["extension_on"]
        found.append((on, 4, ExtensionGranted(on=on, days=WorkingDays(row["extension_days"]))))
    return tuple(e for _, _, e in sorted(found, key=lambda t: (t[0], t[1])))


def request(row: Row, i: int, log: tuple[Event, ...] | None = None) -> Request:
    return Request(
        id=f"r{i}",
        received=row["received"],
        applicant=PERSON,
        events=events(row) if log is None else log,
    )


def columns(batch: list[Row]) -> dict[str, Any]:
    """The columns of a batch: datetime64[D] arrays with NaT, reasons and days."""

    def dates(name: str) -> Any:
        return np.array([r.get(name) or NAT for r in batch], dtype="datetime64[D]")

    return {
        "received": dates("received"),
        "correction_requested": dates("correction_requested"),
        "correction_received": dates("correction_received"),
        "pause_start": dates("pause_start"),
        "pause_end": dates("pause_end"),
        "pause_reason": [r.get("pause_reason") for r in batch],
        "extension_on": dates("extension_on"),
        "extension_days": np.array([r.get("extension_days", 0) for r in batch]),
    }


def extended_log(row: Row, d: Deadline, most: int, *, toll: bool) -> tuple[Event, ...]:
    """The row's log with its extension replaced by the maximum, on the first day allowed."""
    plain = {k: v for k, v in row.items() if k not in ("extension_on", "extension_days")}
    corrections = [row[k] for k in ("correction_received", "correction_requested") if k in row]
    on = corrections[0] if corrections and not toll else d.start
    plain["extension_on"], plain["extension_days"] = on, most
    return events(plain)


def same_day(got: Any, want: date | None) -> bool:
    if want is None:
        return bool(np.isnat(got))
    return bool(got == np.datetime64(want, "D"))


def check(batch: list[Row], out: Any, reference: Any, *, toll: bool, extended: bool = True) -> None:
    for i, row in enumerate(batch):
        d = reference(request(row, i))
        most = d.rules.max_extension.days if extended and d.rules.max_extension else None
        assert same_day(out.due[i], d.due), (i, row)
        assert out.start[i] == np.datetime64(d.start, "D"), (i, row)
        assert int(out.extension[i]) == d.extension.days, (i, row)
        if d.due is None:
            want = (
                ColumnReason.AWAITING_CORRECTION
                if d.awaiting_correction_since is not None
                else ColumnReason.PAUSE_OPEN
            )
            assert out.reason[i] == want, (i, row)
            assert np.isnat(out.extended_due[i])
        else:
            assert out.reason[i] == ColumnReason.DUE
            if most is not None:
                try:
                    e = reference(request(row, i, extended_log(row, d, most, toll=toll)))
                except CalendarNotPublishedError:  # unpublished_extended="nat"
                    assert np.isnat(out.extended_due[i]), (i, row, "extended")
                else:
                    assert same_day(out.extended_due[i], e.due), (i, row, "extended")


# -- the PRC clock -------------------------------------------------------------------------

POLICIES = (
    cn.DEFAULT_POLICY,
    cn.ClockPolicy(count_receipt_day=True),
    cn.ClockPolicy(consultation_cap=None),
    cn.ClockPolicy(fee_payment_pauses=False, other_organ_pauses_before_2019=True),
    cn.ClockPolicy(fee_pause_before_fee_measures=True, fee_pause_until_payment_deadline=False),
    cn.ClockPolicy(corrected_regime=cn.RegimeBasis.CORRECTED_APPLICATION),
)

CN_ROWS = rows(first=date(2008, 5, 1), last=date(2026, 3, 31), max_extension=15, toll=False)
# Around the change of regime (2019-05-15) and of the fee measures (2021-01-01).
CN_EDGE_ROWS = rows(first=date(2019, 4, 1), last=date(2019, 6, 30), max_extension=15, toll=False)


@settings(max_examples=300)
@given(
    batch=st.lists(st.one_of(CN_ROWS, CN_EDGE_ROWS), min_size=1, max_size=12),
    policy=st.sampled_from(POLICIES),
)
def test_cn_columns_equal_the_object_path(batch: list[Row], policy: cn.ClockPolicy) -> None:
    out = cn.reply_deadlines_columns(**columns(batch), policy=policy)

    def reference(req: Request) -> Deadline:
        return cn.reply_deadline(req, policy=policy)

    check(batch, out, reference, toll=False)


@settings(max_examples=150)
@given(
    batch=st.lists(
        rows(first=date(2026, 9, 1), last=date(2026, 12, 31), max_extension=10, toll=False),
        min_size=1,
        max_size=4,
    ),
    country=st.sampled_from(["cn", "us"]),
)
def test_past_the_calendar_raises_as_the_object_path(batch: list[Row], country: str) -> None:
    pack = cn if country == "cn" else us
    if country == "us":  # one pause per row: the correction is the toll
        batch = [
            {k: v for k, v in row.items() if not k.startswith("pause")}
            if "correction_requested" in row or "correction_received" in row
            else row
            for row in batch
        ]
    raised = []
    for i, row in enumerate(batch):
        try:
            pack.reply_deadline(request(row, i))
        except CalendarNotPublishedError:
            raised.append(i)
    if raised:
        with pytest.raises(CalendarNotPublishedError, match=rf"^rows\[{raised[0]}\]"):
            pack.reply_deadlines_columns(**columns(batch))
    else:
        out = pack.reply_deadlines_columns(**columns(batch))
        check(batch, out, pack.reply_deadline, toll=country == "us")


# -- the FOIA clock ------------------------------------------------------------------------


@settings(max_examples=300)
@given(
    batch=st.lists(
        rows(first=date(2000, 1, 1), last=date(2026, 3, 31), max_extension=10, toll=True),
        min_size=1,
        max_size=12,
    ),
    policy=st.sampled_from([us.DEFAULT_CLOCK_POLICY, us.ClockPolicy(toll_includes_start=True)]),
)
def test_us_columns_equal_the_object_path(batch: list[Row], policy: us.ClockPolicy) -> None:
    out = us.reply_deadlines_columns(**columns(batch), policy=policy)

    def reference(req: Request) -> Deadline:
        return us.reply_deadline(req, policy=policy)

    check(batch, out, reference, toll=True)


# -- hostile columns -----------------------------------------------------------------------

GOOD = {
    "received": np.array(["2024-03-01", "2024-03-04"], dtype="datetime64[D]"),
    "pause_start": np.array(["NaT", "2024-03-05"], dtype="datetime64[D]"),
    "pause_end": np.array(["NaT", "2024-03-08"], dtype="datetime64[D]"),
    "pause_reason": [None, PauseReason.THIRD_PARTY],
    "extension_on": np.array(["2024-03-20", "NaT"], dtype="datetime64[D]"),
}


def test_good_columns_pass() -> None:
    out = cn.reply_deadlines_columns(**GOOD)
    assert out.reason.tolist() == [0, 0]


@pytest.mark.parametrize(
    ("change", "name"),
    [
        ({"received": np.array(["2024-03-01", "NaT"], dtype="datetime64[D]")}, r"received\[1\]"),
        ({"received": np.array([1, 2])}, "received"),
        ({"received": np.array(["2024-03", "2024-04"], dtype="datetime64[M]")}, "received"),
        ({"received": [date(2024, 3, 1), "2024-03-04"]}, r"received\[1\]"),
        (
            {"pause_start": np.array(["NaT", "2024-02-05"], dtype="datetime64[D]")},
            r"pause_start\[1\]",
        ),
        ({"pause_end": np.array(["NaT", "2024-03-04"], dtype="datetime64[D]")}, r"pause_end\[1\]"),
        (
            {"pause_end": np.array(["2024-03-04", "2024-03-08"], dtype="datetime64[D]")},
            r"pause_end\[0\]",
        ),
        ({"pause_reason": [None, None]}, r"pause_reason\[1\]"),
        ({"pause_reason": ["fee", "nonsense"]}, r"pause_reason\[1\]"),
        (
            {"extension_on": np.array(["2024-02-20", "NaT"], dtype="datetime64[D]")},
            r"extension_on\[0\]",
        ),
        ({"extension_days": np.array([21, 0])}, r"extension_days\[0\]"),
        ({"extension_days": np.array([5, 3])}, r"extension_days\[1\]"),
        ({"extension_days": np.array([-1, 0])}, r"extension_days\[0\]"),
        ({"extension_days": np.array([0, 0])}, r"extension_days\[0\]"),
        ({"extension_days": [5.0, 0]}, r"extension_days\[0\]"),
        ({"extension_on": np.array(["2024-03-20"], dtype="datetime64[D]")}, "columns"),
        ({"pause_reason": ConsultationParty.THIRD_PARTY}, "pause_reason"),
        ({"pause_reason": "fee"}, "pause_reason"),
        ({"pause_start": date(2024, 3, 5)}, "pause_start"),
        ({"extension_days": [1, "x"]}, r"extension_days\[1\]"),
        ({"received": 5}, "received"),
        (
            {"correction_requested": np.array(["2024-03-02", "2024-03-06"], dtype="datetime64[D]")},
            r"rows\[1\]",
        ),
    ],
)
def test_hostile_columns_name_the_column_and_row(change: dict[str, Any], name: str) -> None:
    with pytest.raises(InvalidInputError, match=name):
        cn.reply_deadlines_columns(**{**GOOD, **change})


def test_unsupported_rows_can_be_marked() -> None:
    asked = np.array(["2024-03-02", "2024-03-06"], dtype="datetime64[D]")
    out = cn.reply_deadlines_columns(**GOOD, correction_requested=asked, unsupported="mark")
    assert out.reason.tolist() == [ColumnReason.AWAITING_CORRECTION, ColumnReason.UNSUPPORTED]
    assert np.isnat(out.due).all()


def test_before_the_2007_regulations_no_rule() -> None:
    with pytest.raises(NoRuleInForceError, match=r"received\[1\]"):
        cn.reply_deadlines_columns([date(2010, 1, 4), date(2008, 4, 30)])


@settings(max_examples=40)
@given(
    batch=st.lists(CN_ROWS, min_size=2, max_size=6),
    column=st.sampled_from(
        ["correction_requested", "correction_received", "pause_start", "extension_on"]
    ),
    data=st.data(),
)
def test_dates_before_receipt_name_the_row(
    batch: list[Row], column: str, data: st.DataObject
) -> None:
    cols = columns(batch)
    k = data.draw(st.integers(0, len(batch) - 1))
    cols[column] = cols[column].copy()
    cols[column][k] = cols["received"][k] - np.timedelta64(data.draw(st.integers(1, 400)), "D")
    if column == "pause_start" and cols["pause_reason"][k] is None:
        cols["pause_reason"] = [*cols["pause_reason"]]
        cols["pause_reason"][k] = PauseReason.FEE
    with pytest.raises(InvalidInputError, match=rf"{column}\[\d+\]"):
        cn.reply_deadlines_columns(**cols, unsupported="mark")


@settings(max_examples=30)
@given(
    batch=st.lists(CN_ROWS, min_size=1, max_size=6),
    cut=st.integers(1, 5),
    column=st.sampled_from(["pause_start", "extension_on", "correction_received"]),
)
def test_length_mismatch_names_the_columns(batch: list[Row], cut: int, column: str) -> None:
    cols = columns(batch)
    cols[column] = (
        cols[column][: max(0, len(batch) - cut)] if cut <= len(batch) else cols[column][:0]
    )
    if len(cols[column]) == len(batch):
        return
    with pytest.raises(InvalidInputError, match=rf"columns.*{column}"):
        cn.reply_deadlines_columns(**cols, unsupported="mark")


def test_pandas_and_plain_sequences() -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame(
        {
            "received": pd.to_datetime(["2024-03-01", "2024-03-04"]),
            "pause_start": pd.to_datetime([None, "2024-03-05"]),
            "pause_end": pd.to_datetime([None, "2024-03-08"]),
            "pause_reason": pd.Categorical([None, "third_party"]),
            "extension_on": pd.to_datetime(["2024-03-20", None]),
        }
    )
    from_pandas = cn.reply_deadlines_columns(**{k: frame[k] for k in frame.columns})
    plain = cn.reply_deadlines_columns(
        [date(2024, 3, 1), date(2024, 3, 4)],
        pause_start=[None, date(2024, 3, 5)],
        pause_end=[None, date(2024, 3, 8)],
        pause_reason=[None, "third_party"],
        extension_on=[date(2024, 3, 20), None],
    )
    numpy_ = cn.reply_deadlines_columns(**GOOD)
    for a, b, c in zip(from_pandas, plain, numpy_, strict=True):
        assert a.tolist() == b.tolist() == c.tolist()
    # 5 March counts, 6-8 March are left out, then 11 March to 3 April and 7 April (worked): 20
    assert numpy_.due.tolist()[1] == date(2024, 4, 7)
    timed = pd.to_datetime(["2024-03-01 10:00", "2024-03-04 00:00"])
    with pytest.raises(InvalidInputError, match=r"received\[0\]"):
        cn.reply_deadlines_columns(pd.Series(timed))


def test_hand_counted_examples() -> None:
    """Counted by hand on the official calendar (not from the code's output)."""
    out = cn.reply_deadlines_columns(
        np.array(["2024-09-27", "2019-05-14"], dtype="datetime64[D]"),
    )
    # 2024-09-29 (a Sunday worked), 30 Sep, 8-12 Oct (12th worked), 14-18, 21-25, 28-30 Oct: 20.
    # 2019-05-14: 15-17, 20-24, 27-31 May, 3 and 4 June: 15 (the 2007 regime).
    assert out.due.tolist() == [date(2024, 10, 30), date(2019, 6, 4)]


def test_generic_rules_need_the_regime_column() -> None:
    cal = cn.calendar()
    regimes = (cn.RULES_2007, cn.RULES_2019)
    with pytest.raises(InvalidInputError, match="regime"):
        due_dates_array(regimes, cal, [date(2024, 3, 1)])
    with pytest.raises(InvalidInputError, match=r"regime\[0\]"):
        due_dates_array(regimes, cal, [date(2024, 3, 1)], regime=[2])
    with pytest.raises(InvalidInputError, match="rules"):
        due_dates_array([], cal, [date(2024, 3, 1)])


def test_one_reason_for_every_pause() -> None:
    out = cn.reply_deadlines_columns(
        GOOD["received"],
        pause_start=GOOD["pause_start"],
        pause_end=GOOD["pause_end"],
        pause_reason=PauseReason.THIRD_PARTY,
    )
    listed = cn.reply_deadlines_columns(
        GOOD["received"],
        pause_start=GOOD["pause_start"],
        pause_end=GOOD["pause_end"],
        pause_reason=GOOD["pause_reason"],
    )
    assert out.due.tolist() == listed.due.tolist()


def test_extended_due_past_the_calendar_is_nat_or_raises() -> None:
    # 2026-12-01: 20 working days reach 29 December; 40 would need 2027.
    received = np.array(["2026-12-01"], dtype="datetime64[D]")
    out = cn.reply_deadlines_columns(received)
    assert out.due.tolist() == [date(2026, 12, 29)]
    assert np.isnat(out.extended_due[0])
    with pytest.raises(CalendarNotPublishedError, match=r"rows\[0\]"):
        cn.reply_deadlines_columns(received, unpublished_extended="raise")
    with pytest.raises(InvalidInputError, match="unpublished_extended"):
        cn.reply_deadlines_columns(received, unpublished_extended="maybe")
    with pytest.raises(InvalidInputError, match="unsupported"):
        cn.reply_deadlines_columns(received, unsupported="ignore")


def test_us_hand_counted() -> None:
    """FOIA: 20 working days, the information toll, ten more (counted by hand)."""
    days = lambda *d: np.array(d, dtype="datetime64[D]")  # noqa: E731
    out = us.reply_deadlines_columns(
        days("2026-06-12", "2026-06-12"),
        correction_requested=days("2026-06-16", "2026-06-16"),
        correction_received=days("2026-06-18", "NaT"),
        extension_on=days("2026-07-01", "NaT"),
    )
    # 15-16 June count (2), 17-18 June tolled, 19 June (Juneteenth) and 3 July (the 4th
    # observed) are holidays: 22 June-2 July (11), 6-16 July (20); ten more: 17-30 July.
    assert out.due.tolist()[0] == date(2026, 7, 30)
    assert out.reason.tolist() == [ColumnReason.DUE, ColumnReason.PAUSE_OPEN]
    assert np.isnat(out.due[1])


def test_no_rows() -> None:
    for out in (cn.reply_deadlines_columns([]), us.reply_deadlines_columns(np.array([], "M8[D]"))):
        assert [len(column) for column in out] == [0] * 5
        assert out.due.dtype == np.dtype("datetime64[D]")


def test_a_corrected_application_under_2019_takes_its_longer_extension_in_columns() -> None:
    # As tests/test_cn_fail_closed.py counts by hand: received Fri 10 May 2019 (2007 regime),
    # corrected Mon 20 May 2019 (2019 regime); 20 working days end Tue 18 June, 40 Tue 16 July.
    d = "datetime64[D]"
    policy = cn.ClockPolicy(corrected_regime=cn.RegimeBasis.CORRECTED_APPLICATION)
    both = np.array(["2019-05-10", "2019-05-10"], dtype=d)
    out = cn.reply_deadlines_columns(
        both,
        correction_requested=np.array(["2019-05-13", "2019-05-13"], dtype=d),
        correction_received=np.array(["2019-05-20", "2019-05-20"], dtype=d),
        extension_on=np.array(["2019-06-10", "NaT"], dtype=d),
        extension_days=np.array([20, 0]),
        policy=policy,
    )
    assert out.due.tolist() == [date(2019, 7, 16), date(2019, 6, 18)]
    assert out.extended_due.tolist() == [date(2019, 7, 16), date(2019, 7, 16)]
    assert out.extension.tolist() == [20, 0]
    # Under the default reading the 2007 bound (15) governs the recorded extension.
    with pytest.raises(InvalidInputError, match=r"extension_days\[0\]"):
        cn.reply_deadlines_columns(
            both[:1],
            correction_requested=np.array(["2019-05-13"], dtype=d),
            correction_received=np.array(["2019-05-20"], dtype=d),
            extension_on=np.array(["2019-06-10"], dtype=d),
            extension_days=np.array([20]),
        )
