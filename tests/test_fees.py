"""Generic progressive schedules and monthly ledgers (no jurisdiction's numbers here)."""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govdisclosure.errors import GovDisclosureError, InvalidInputError
from govdisclosure.fees import Band, BandCharge, FeeAssessment, ProgressiveSchedule, SteppedBands
from govdisclosure.law import Citation, Instrument
from govdisclosure.ledger import LedgerItem, Month, MonthlyLedger
from govdisclosure.money import Money

ACT = Instrument(code="demo", title="Demo Charges Act", short="DCA")


def eur(n: int | str) -> Money:
    return Money(n, "EUR")


# A made-up copying charge: 1-5 free, 6-20 at 1, 21-50 at 3, 51+ at 7.
COPYING = ProgressiveSchedule(
    "copying charge",
    [
        Band(1, 5, eur(0), Citation(ACT, "9", item="a")),
        Band(6, 20, eur(1), Citation(ACT, "9", item="b")),
        Band(21, 50, eur(3)),
        Band(51, None, eur(7), Citation(ACT, "9", item="d")),
    ],
    Citation(ACT, "9"),
    unit="page",
)

# A made-up request charge: 1-4 free, then bands of 3 from 5 at 2, 5, 8, ...
REQUESTS = ProgressiveSchedule(
    "request charge",
    [Band(1, 4, eur(0))],
    Citation(ACT, "12"),
    then=SteppedBands(5, 3, eur(2), eur(3), Citation(ACT, "12", item="c")),
    unit="request",
)


def copying_rate(n: int) -> int:
    """Rate of page n, straight from the made-up act's text."""
    if n <= 5:
        return 0
    if n <= 20:
        return 1
    if n <= 50:
        return 3
    return 7


def requests_rate(n: int) -> int:
    """Rate of request n: free to 4, then 2 + 3k for the k-th band of three (k from 0)."""
    if n <= 4:
        return 0
    return 2 + 3 * ((n - 5) // 3)


class TestBand:
    def test_width_and_str(self):
        assert Band(6, 20, eur(1)).width == 15
        assert Band(51, None, eur(7)).width is None
        assert str(Band(6, 20, eur(1))) == "6–20"
        assert str(Band(51, None, eur(7))) == "51+"
        assert str(Band(4, 4, eur(7))) == "4"

    def test_contains_edges(self):
        band = Band(6, 20, eur(1))
        assert [band.contains(n) for n in (5, 6, 20, 21)] == [False, True, True, False]
        assert Band(51, None, eur(7)).contains(10**9)

    def test_units_between(self):
        band = Band(6, 20, eur(1))
        assert band.units_between(0, 5) == 0
        assert band.units_between(0, 6) == 1
        assert band.units_between(0, 100) == 15
        assert band.units_between(10, 12) == 2
        assert band.units_between(20, 30) == 0

    @pytest.mark.parametrize(
        ("kwargs", "field"),
        [
            ({"lower": 0, "upper": 5, "rate": eur(1)}, "lower"),
            ({"lower": -1, "upper": 5, "rate": eur(1)}, "lower"),
            ({"lower": 1.0, "upper": 5, "rate": eur(1)}, "lower"),
            ({"lower": 1, "upper": True, "rate": eur(1)}, "upper"),
            ({"lower": 6, "upper": 5, "rate": eur(1)}, "upper"),
            ({"lower": 1, "upper": 5, "rate": eur(-1)}, "rate"),
            ({"lower": 1, "upper": 5, "rate": Decimal(1)}, "rate"),
            ({"lower": 1, "upper": 5, "rate": eur(1), "citation": "Art 9"}, "citation"),
        ],
    )
    def test_bad_bands_raise_naming_the_field(self, kwargs, field):
        with pytest.raises(InvalidInputError) as info:
            Band(**kwargs)
        assert info.value.field == field


class TestSteppedBands:
    def test_bands_are_generated_by_width_and_step(self):
        run = SteppedBands(5, 3, eur(2), eur(3))
        assert [(b.lower, b.upper, b.rate) for b in run.bands_through(13)] == [
            (5, 7, eur(2)),
            (8, 10, eur(5)),
            (11, 13, eur(8)),
        ]
        assert run.band_for(14) == Band(14, 16, eur(11))

    def test_currency_must_agree(self):
        with pytest.raises(InvalidInputError) as info:
            SteppedBands(5, 3, eur(2), Money(3, "USD"))
        assert info.value.field == "step"

    @pytest.mark.parametrize(
        ("args", "field"),
        [
            ((0, 3, eur(2), eur(3)), "start"),
            ((5, 0, eur(2), eur(3)), "width"),
            ((5, 3, eur(-2), eur(3)), "first_rate"),
            ((5, 3, eur(2), eur(-3)), "step"),
        ],
    )
    def test_bad_runs(self, args, field):
        with pytest.raises(InvalidInputError) as info:
            SteppedBands(*args)
        assert info.value.field == field

    def test_band_for_before_start_raises(self):
        with pytest.raises(InvalidInputError):
            SteppedBands(5, 3, eur(2), eur(3)).band_for(4)


class TestScheduleValidation:
    def test_bands_must_start_at_one(self):
        with pytest.raises(InvalidInputError) as info:
            ProgressiveSchedule("s", [Band(2, None, eur(1))])
        assert info.value.fields == ("bands[0].lower",)

    def test_gap_is_reported(self):
        with pytest.raises(InvalidInputError) as info:
            ProgressiveSchedule("s", [Band(1, 5, eur(0)), Band(7, None, eur(1))])
        assert info.value.fields == ("bands[1].lower",)
        assert info.value.problems[0].value == 7

    def test_overlap_is_reported(self):
        with pytest.raises(InvalidInputError) as info:
            ProgressiveSchedule("s", [Band(1, 5, eur(0)), Band(5, None, eur(1))])
        assert info.value.fields == ("bands[1].lower",)

    def test_open_band_must_be_last(self):
        with pytest.raises(InvalidInputError) as info:
            ProgressiveSchedule("s", [Band(1, None, eur(0)), Band(6, 9, eur(1))])
        assert "bands[0].upper" in info.value.fields

    def test_open_band_cannot_precede_stepped_bands(self):
        with pytest.raises(InvalidInputError) as info:
            ProgressiveSchedule(
                "s", [Band(1, None, eur(0))], then=SteppedBands(5, 3, eur(2), eur(3))
            )
        assert "bands[0].upper" in info.value.fields

    def test_stepped_bands_must_follow_on(self):
        with pytest.raises(InvalidInputError) as info:
            ProgressiveSchedule("s", [Band(1, 4, eur(0))], then=SteppedBands(6, 3, eur(2), eur(3)))
        assert info.value.fields == ("then.start",)

    def test_one_currency(self):
        with pytest.raises(InvalidInputError) as info:
            ProgressiveSchedule(
                "s",
                [Band(1, 4, eur(0)), Band(5, 9, Money(1, "USD"))],
                then=SteppedBands(10, 3, Money(2, "GBP"), Money(3, "GBP")),
            )
        assert info.value.fields == ("bands[1].rate", "then.first_rate")

    def test_every_problem_is_reported_at_once(self):
        with pytest.raises(InvalidInputError) as info:
            ProgressiveSchedule("s", [Band(2, 4, eur(0)), Band(6, None, Money(1, "USD"))])
        assert info.value.fields == ("bands[0].lower", "bands[1].lower", "bands[1].rate")

    def test_needs_a_band(self):
        with pytest.raises(InvalidInputError) as info:
            ProgressiveSchedule("s", [])
        assert info.value.fields == ("bands",)

    def test_stepped_bands_alone_are_a_schedule(self):
        s = ProgressiveSchedule("s", [], then=SteppedBands(1, 2, eur(1), eur(1)))
        assert s.currency == "EUR"
        assert s.fee(5).total == eur(1 + 1 + 2 + 2 + 3)

    def test_non_band_entries_are_refused(self):
        with pytest.raises(InvalidInputError) as info:
            ProgressiveSchedule("s", [Band(1, 4, eur(0)), (5, None, 1)])  # type: ignore[list-item]
        assert info.value.fields == ("bands[1]",)

    def test_then_must_be_stepped_bands(self):
        with pytest.raises(InvalidInputError) as info:
            ProgressiveSchedule("s", [Band(1, 4, eur(0))], then=Band(5, None, eur(1)))  # type: ignore[arg-type]
        assert info.value.field == "then"


class TestFee:
    @pytest.mark.parametrize(
        ("pages", "expected"),
        [
            (0, 0),
            (5, 0),
            (6, 1),
            (20, 15),
            (21, 18),
            (50, 15 + 90),
            (51, 105 + 7),
            (60, 105 + 70),
        ],
    )
    def test_worked_examples(self, pages, expected):
        assert COPYING.fee(pages).total == eur(expected)

    def test_breakdown_names_bands_and_citations(self):
        fee = COPYING.fee(60)
        assert [(str(c.band), c.units, c.first, c.last) for c in fee.breakdown] == [
            ("1–5", 5, 1, 5),
            ("6–20", 15, 6, 20),
            ("21–50", 30, 21, 50),
            ("51+", 10, 51, 60),
        ]
        assert [c.rate for c in fee.breakdown] == [eur(0), eur(1), eur(3), eur(7)]
        assert [c.subtotal for c in fee.breakdown] == [eur(0), eur(15), eur(90), eur(70)]
        # A band without its own citation is cited by the schedule's.
        assert [str(c.citation) for c in fee.breakdown] == [
            "DCA Art 9 (a)",
            "DCA Art 9 (b)",
            "DCA Art 9",
            "DCA Art 9 (d)",
        ]

    def test_zero_units_has_empty_breakdown_and_zero_total(self):
        fee = COPYING.fee(0)
        assert fee.breakdown == ()
        assert fee.total == eur(0)
        assert fee.total.currency == "EUR"

    def test_after_counts_earlier_units(self):
        fee = COPYING.fee(3, after=19)
        assert [(str(c.band), c.units, c.first) for c in fee.breakdown] == [
            ("6–20", 1, 20),
            ("21–50", 2, 21),
        ]
        assert fee.total == eur(1 + 3 + 3)
        assert (fee.first, fee.last) == (20, 22)

    def test_stepped_schedule(self):
        fee = REQUESTS.fee(12)
        assert [(str(c.band), c.units, str(c.rate)) for c in fee.breakdown] == [
            ("1–4", 4, "€0.00"),
            ("5–7", 3, "€2.00"),
            ("8–10", 3, "€5.00"),
            ("11–13", 2, "€8.00"),
        ]
        assert fee.total == eur(6 + 15 + 16)
        assert str(fee.breakdown[-1].citation) == "DCA Art 12 (c)"
        assert str(fee.breakdown[0].citation) == "DCA Art 12"

    @pytest.mark.parametrize("bad", [-1, -100])
    def test_negative_units_raise_package_error(self, bad):
        with pytest.raises(GovDisclosureError) as info:
            COPYING.fee(bad)
        assert isinstance(info.value, InvalidInputError)
        assert info.value.field == "units"
        assert info.value.value == bad

    @pytest.mark.parametrize("bad", [1.0, Decimal(3), "3", True, None])
    def test_non_int_units_raise(self, bad):
        with pytest.raises(InvalidInputError) as info:
            COPYING.fee(bad)
        assert info.value.field == "units"

    def test_negative_after_raises(self):
        with pytest.raises(InvalidInputError) as info:
            COPYING.fee(1, after=-1)
        assert info.value.field == "after"

    def test_closed_schedule_refuses_units_beyond_its_last_band(self):
        capped = ProgressiveSchedule("capped", [Band(1, 10, eur(1))])
        assert capped.covers_through == 10
        assert capped.fee(10).total == eur(10)
        with pytest.raises(InvalidInputError):
            capped.fee(11)
        with pytest.raises(InvalidInputError):
            capped.fee(2, after=9)
        with pytest.raises(InvalidInputError):
            capped.marginal_rate(11)

    def test_marginal_rate(self):
        assert [COPYING.marginal_rate(n) for n in (5, 6, 20, 21, 50, 51)] == [
            eur(0),
            eur(1),
            eur(1),
            eur(3),
            eur(3),
            eur(7),
        ]
        assert REQUESTS.marginal_rate(10) == eur(5)
        with pytest.raises(InvalidInputError):
            COPYING.marginal_rate(0)

    def test_explain(self):
        text = REQUESTS.fee(2, after=6).explain()
        assert text.splitlines() == [
            "request charge: 2 requests (nos. 7–8)",
            "  band 5–7: no. 7, 1 × €2.00 = €2.00 [DCA Art 12 (c)]",
            "  band 8–10: no. 8, 1 × €5.00 = €5.00 [DCA Art 12 (c)]",
            "  total: €7.00",
        ]
        assert REQUESTS.fee(1).explain().splitlines()[0] == "request charge: 1 request (no. 1)"
        assert REQUESTS.fee(0).explain().splitlines() == [
            "request charge: 0 requests",
            "  total: €0.00",
        ]

    def test_repr_is_short(self):
        assert repr(COPYING.fee(6)) == (
            "FeeAssessment('copying charge', units=6, after=0, "
            "total=Money(amount=Decimal('1'), currency='EUR'))"
        )

    def test_inconsistent_assessment_is_refused(self):
        charge = BandCharge(Band(1, 5, eur(0)), units=5, first=1)
        with pytest.raises(InvalidInputError) as info:
            FeeAssessment(COPYING, 6, (charge,))
        assert info.value.field == "breakdown"
        with pytest.raises(InvalidInputError) as info:
            FeeAssessment(COPYING, 5, (charge,), after=-1)
        assert info.value.field == "after"

    def test_assessment_and_charge_types(self):
        fee = COPYING.fee(6)
        assert isinstance(fee, FeeAssessment)
        assert all(isinstance(c, BandCharge) for c in fee.breakdown)

    def test_copying_reference_for_every_count(self):
        running = 0
        for n in range(301):
            assert COPYING.fee(n).total == eur(running), n
            running += copying_rate(n + 1)

    def test_requests_reference_for_every_count(self):
        running = 0
        for n in range(301):
            assert REQUESTS.fee(n).total == eur(running), n
            running += requests_rate(n + 1)


# -- properties over random schedules ---------------------------------------------------


@st.composite
def schedules(draw):
    """A random schedule with its rates as plain ints (an independent description)."""
    widths = draw(st.lists(st.integers(1, 12), min_size=0, max_size=5))
    rates = draw(st.lists(st.integers(0, 50), min_size=len(widths), max_size=len(widths)))
    ending = draw(st.sampled_from(["open", "stepped"]) if widths else st.just("stepped"))
    bands = []
    lower = 1
    for w, r in zip(widths, rates, strict=True):
        bands.append(Band(lower, lower + w - 1, eur(r)))
        lower += w
    spec: list[tuple[int, int | None, int]] = [
        (b.lower, b.upper, int(b.rate.amount)) for b in bands
    ]
    if ending == "open":
        r = draw(st.integers(0, 50))
        bands.append(Band(lower, None, eur(r)))
        spec.append((lower, None, r))
        return ProgressiveSchedule("random", bands), spec, None
    width, first, step = draw(st.integers(1, 6)), draw(st.integers(0, 50)), draw(st.integers(0, 9))
    then = SteppedBands(lower, width, eur(first), eur(step))
    return ProgressiveSchedule("random", bands, then=then), spec, (lower, width, first, step)


def reference_rate(spec, tail, n: int) -> int:
    for lower, upper, rate in spec:
        if lower <= n and (upper is None or n <= upper):
            return rate
    assert tail is not None
    start, width, first, step = tail
    return first + step * ((n - start) // width)


counts = st.integers(0, 120)


@settings(max_examples=80)
@given(schedules(), counts)
def test_total_matches_unit_by_unit_reference(drawn, n):
    schedule, spec, tail = drawn
    expected = sum(reference_rate(spec, tail, k) for k in range(1, n + 1))
    assert schedule.fee(n).total == eur(expected)


@settings(max_examples=80)
@given(schedules(), counts)
def test_monotone(drawn, n):
    schedule, _, _ = drawn
    assert schedule.fee(n).total <= schedule.fee(n + 1).total


@settings(max_examples=80)
@given(schedules(), counts)
def test_breakdown_sums_to_total_and_units(drawn, n):
    schedule, _, _ = drawn
    fee = schedule.fee(n)
    assert sum((c.subtotal for c in fee.breakdown), eur(0)) == fee.total
    assert sum(c.units for c in fee.breakdown) == n
    # Lines are contiguous, each inside its band, in order.
    expected_first = 1
    for c in fee.breakdown:
        assert c.first == expected_first
        assert c.band.contains(c.first)
        assert c.band.contains(c.last)
        expected_first = c.last + 1


@settings(max_examples=80)
@given(schedules(), st.integers(1, 120))
def test_marginal_cost_is_the_band_rate(drawn, n):
    schedule, spec, tail = drawn
    marginal = schedule.fee(n).total - schedule.fee(n - 1).total
    assert marginal == schedule.marginal_rate(n)
    assert marginal == schedule.band_for(n).rate
    assert marginal == eur(reference_rate(spec, tail, n))


@settings(max_examples=80)
@given(schedules(), counts, counts)
def test_fees_split_additively(drawn, a, b):
    schedule, _, _ = drawn
    assert schedule.fee(a + b).total == schedule.fee(a).total + schedule.fee(b, after=a).total


# -- monthly ledger -------------------------------------------------------------------------


class TestMonth:
    def test_of_and_bounds(self):
        m = Month.of(date(2023, 12, 31))
        assert (m.year, m.month) == (2023, 12)
        assert m.first_day == date(2023, 12, 1)
        assert m.last_day == date(2023, 12, 31)
        assert Month(2023, 2).last_day == date(2023, 2, 28)
        assert str(Month(987, 3)) == "0987-03"

    def test_order(self):
        assert Month(2023, 12) < Month(2024, 1) < Month(2024, 2)

    @pytest.mark.parametrize(
        ("y", "m", "field"), [(2024, 0, "month"), (2024, 13, "month"), (0, 1, "year")]
    )
    def test_bad(self, y, m, field):
        with pytest.raises(InvalidInputError) as info:
            Month(y, m)
        assert info.value.field == field


class TestLedger:
    def test_numbering_by_date_then_given_order(self):
        items = [
            LedgerItem(date(2030, 5, 9), ref="late"),
            LedgerItem(date(2030, 5, 1), ref="first"),
            LedgerItem(date(2030, 5, 9), ref="late-2"),
            LedgerItem(date(2030, 5, 3), units=3, ref="multi"),
        ]
        book = MonthlyLedger.build(REQUESTS, items)
        lines = book.lines
        assert [(ln.item.ref, ln.first, ln.last, ln.position) for ln in lines] == [
            ("first", 1, 1, 1),
            ("multi", 2, 4, 3),
            ("late", 5, 5, 0),
            ("late-2", 6, 6, 2),
        ]
        # Requests 1-4 free, 5-7 at 2.
        assert [ln.amount for ln in lines] == [eur(0), eur(0), eur(2), eur(2)]
        assert book.total == eur(4)

    def test_months_restart_the_count(self):
        items = [date(2030, 1, 31)] * 6 + [date(2030, 2, 1)] * 5 + [date(2029, 12, 31)]
        book = MonthlyLedger.build(REQUESTS, items)
        assert [(str(m.month), m.units, m.amount) for m in book.months] == [
            ("2029-12", 1, eur(0)),
            ("2030-01", 6, eur(4)),
            ("2030-02", 5, eur(2)),
        ]
        assert [ln.first for ln in book.month(date(2030, 2, 14)).lines] == [1, 2, 3, 4, 5]
        assert book.month(Month(2029, 12)).units == 1
        assert book.total == eur(6)

    def test_missing_month(self):
        book = MonthlyLedger.build(REQUESTS, [date(2030, 1, 2)])
        with pytest.raises(InvalidInputError):
            book.month(Month(2030, 2))

    def test_empty(self):
        book = MonthlyLedger.build(REQUESTS, [])
        assert book.months == ()
        assert book.lines == ()
        assert book.total == eur(0)
        assert book.explain() == "total: €0.00"

    def test_bad_items_are_all_named(self):
        with pytest.raises(InvalidInputError) as info:
            MonthlyLedger.build(REQUESTS, [date(2030, 1, 1), "2030-01-02", None])  # type: ignore[list-item]
        assert info.value.fields == ("items[1]", "items[2]")

    @pytest.mark.parametrize(
        ("kwargs", "field"),
        [
            ({"on": date(2030, 1, 1), "units": 0}, "units"),
            ({"on": date(2030, 1, 1), "units": -2}, "units"),
            ({"on": date(2030, 1, 1), "units": 1.0}, "units"),
            ({"on": "2030-01-01"}, "on"),
            ({"on": date(2030, 1, 1), "ref": 7}, "ref"),
        ],
    )
    def test_bad_item(self, kwargs, field):
        with pytest.raises(InvalidInputError) as info:
            LedgerItem(**kwargs)
        assert info.value.field == field

    def test_datetime_is_not_a_date(self):
        from datetime import datetime

        with pytest.raises(InvalidInputError):
            LedgerItem(datetime(2030, 1, 1, 9, 0))

    def test_explain(self):
        book = MonthlyLedger.build(
            REQUESTS, [LedgerItem(date(2030, 3, 2), units=5, ref="X"), date(2030, 3, 4)]
        )
        assert book.explain().splitlines() == [
            "2030-03: 6 requests, €4.00",
            "  2030-03-02 X: nos. 1–5, €2.00",
            "  2030-03-04: no. 6, €2.00",
            "total: €4.00",
        ]


items_strategy = st.lists(
    st.builds(
        LedgerItem,
        st.dates(min_value=date(2030, 1, 1), max_value=date(2030, 4, 30)),
        st.integers(1, 4),
        st.text(max_size=3),
    ),
    max_size=40,
)


@settings(max_examples=60)
@given(schedules(), items_strategy)
def test_ledger_months_equal_schedule_totals(drawn, items):
    schedule, _, _ = drawn
    book = MonthlyLedger.build(schedule, items)
    assert sum(m.units for m in book.months) == sum(i.units for i in items)
    assert sorted(ln.position for ln in book.lines) == list(range(len(items)))
    for m in book.months:
        assert m.amount == schedule.fee(m.units).total
        assert sum((ln.amount for ln in m.lines), eur(0)) == m.amount
        numbers = list(
            itertools.chain.from_iterable(range(ln.first, ln.last + 1) for ln in m.lines)
        )
        assert numbers == list(range(1, m.units + 1))
        dates = [ln.item.on for ln in m.lines]
        assert dates == sorted(dates)
        assert all(Month.of(d) == m.month for d in dates)
    assert book.total == sum((m.amount for m in book.months), eur(0))


def test_ledger_ties_keep_given_order():
    d = date(2030, 6, 1)
    items = [LedgerItem(d, ref=str(i)) for i in range(8)] + [LedgerItem(d - timedelta(days=1))]
    book = MonthlyLedger.build(REQUESTS, items)
    june = book.month(Month(2030, 6))
    assert [ln.item.ref for ln in june.lines] == [str(i) for i in range(8)]
