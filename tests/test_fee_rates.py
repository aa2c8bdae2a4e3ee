"""Rate schedules by requester category and activity: rates, allowances, increments, thresholds,
waivers and fee bars (generic; the numbers are invented or quoted from the spec as examples)."""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govdisclosure.errors import CurrencyMismatchError, InvalidInputError
from govdisclosure.fees import (
    Activity,
    ActivityCharge,
    ActivityRate,
    AdjustmentKind,
    FeeAssessment,
    FeeBar,
    FeeStage,
    FeeWaiver,
    Measure,
    RateAssessment,
    RateSchedule,
    RateUnit,
    RequesterCategory,
    Threshold,
    WaiverKind,
    increments_in,
)
from govdisclosure.law import Citation, Instrument
from govdisclosure.money import Money
from govdisclosure.serialization import from_json, to_json
from govdisclosure.strategies import _fees as fs

ACT = Instrument(code="demo-foi", title="Demo FOI Act", short="DFA")
D = Decimal


def usd(n: int | str) -> Money:
    return Money(n, "USD")


SEARCH = Activity("search", Measure.HOURS, "document search")
REVIEW = Activity("review", Measure.HOURS)
DUPLICATION = Activity("duplication", Measure.PAGES)
COMMERCIAL = RequesterCategory("commercial", "commercial use", Citation(ACT, "4", item="I"))
MEDIA = RequesterCategory("media", "news media", Citation(ACT, "4", item="II"))
OTHER = RequesterCategory("other", "all other requesters", Citation(ACT, "4", item="III"))


def _matrix(**kwargs: object) -> RateSchedule:
    """The spec's category table (§A4.2) with invented prices: $40/h search, $60/h review,
    $0.10 a page; search and review by the quarter hour; 2 free hours of search for "other",
    100 free pages for media and other."""
    rates = []
    for cat in ("commercial", "media", "other"):
        rates += [
            ActivityRate(
                cat,
                "search",
                None if cat == "media" else usd(40),
                RateUnit.HOUR,
                increment=D("0.25"),
                allowance=2 if cat == "other" else 0,
                citation=Citation(ACT, "4", item="ii"),
                allowance_citation=Citation(ACT, "4", item="iv") if cat == "other" else None,
            ),
            ActivityRate(
                cat,
                "review",
                usd(15) if cat == "commercial" else None,
                RateUnit.QUARTER_HOUR,
            ),
            ActivityRate(
                cat,
                "duplication",
                usd("0.10"),
                RateUnit.PAGE,
                allowance=0 if cat == "commercial" else 100,
            ),
        ]
    defaults: dict[str, object] = {
        "minimum_fee": Threshold(usd(25), citation=Citation(ACT, "4", item="iv(I)")),
        "advance_payment": Threshold(usd(250), citation=Citation(ACT, "4", item="v")),
    }
    defaults.update(kwargs)
    return RateSchedule(
        "demo agency",
        "USD",
        [COMMERCIAL, MEDIA, OTHER],
        [SEARCH, REVIEW, DUPLICATION],
        rates,
        **defaults,  # type: ignore[arg-type]
    )


MATRIX = _matrix()


class TestRates:
    def test_hourly_rate_billed_by_quarter_hours_rounds_the_quantity_up(self):
        fee = MATRIX.assess("commercial", {"search": D("1.05")})
        (search,) = [c for c in fee.charges if c.activity == SEARCH]
        assert search.increments == 5  # 1.05 h is 4.2 quarter hours: 5 billed
        assert search.billable == D("1.25")
        assert search.subtotal == usd(50)  # 5 x $10, never $42 (no rounding of money)

    def test_quarter_hour_rate(self):
        fee = MATRIX.assess("commercial", {"review": D("0.6")})  # 3 quarter hours at $15
        assert fee.gross == usd(45)

    def test_whole_quantities_are_not_rounded(self):
        assert MATRIX.assess("commercial", {"search": 3}).gross == usd(120)
        assert MATRIX.assess("commercial", {"search": D("0.75")}).gross == usd(30)

    def test_per_page_rate(self):
        assert MATRIX.assess("commercial", {"duplication": 300}).gross == usd(30)

    def test_not_chargeable_to_the_category(self):
        fee = MATRIX.assess("media", {"search": 10, "review": 5, "duplication": 50})
        assert fee.gross == usd(0)
        search = fee.charges[0]
        assert search.assessment is None
        assert search.subtotal is None
        assert "not chargeable to media" in search.explain()

    def test_free_allowance_per_category(self):
        # other: 2 free hours of search, 100 free pages
        fee = MATRIX.assess("other", {"search": D("2.5"), "duplication": 400})
        assert [c.subtotal for c in fee.charges] == [usd(20), None, usd(30)]
        # the allowance is the free first band, with its own citation
        band = fee.charges[0].assessment.breakdown[0]  # type: ignore[union-attr]
        assert (band.units, band.subtotal, band.citation) == (
            8,
            usd(0),
            Citation(ACT, "4", item="iv"),
        )

    def test_allowance_larger_than_the_work_costs_nothing(self):
        fee = MATRIX.assess("other", {"search": D("1.9"), "duplication": 100})
        assert fee.gross == usd(0)
        assert fee.total == usd(0)

    def test_items_and_increments_of_several_pages(self):
        copy = Activity("copy", Measure.PAGES)
        disc = Activity("disc", Measure.ITEMS)
        sched = RateSchedule(
            "s",
            "EUR",
            [OTHER],
            [copy, disc],
            [
                ActivityRate("other", "copy", Money(1, "EUR"), RateUnit.PAGE, increment=10),
                ActivityRate("other", "disc", Money(3, "EUR"), RateUnit.ITEM),
            ],
        )
        fee = sched.assess(OTHER, {copy: 11, "disc": 2})
        assert fee.gross == Money(26, "EUR")  # 2 runs of 10 pages at 10 euros, 2 discs at 3
        assert fee.charges[0].billable == 20

    def test_activities_left_out_cost_nothing(self):
        fee = MATRIX.assess("commercial", {})
        assert fee.total == usd(0)
        assert [c.quantity for c in fee.charges] == [0, 0, 0]

    def test_increments_in_rounds_up_exactly(self):
        assert increments_in(D("0.250000000000000000000000000001"), D("0.25")) == 2
        assert increments_in(D(0), D("0.25")) == 0
        assert increments_in(D("10"), D("0.1")) == 100


class TestMinimumFee:
    @pytest.mark.parametrize(
        ("pages", "inclusive", "charged"),
        [
            (250, False, usd(0)),  # exactly $25, "$25 or less" is not charged
            (250, True, usd(25)),  # exactly $25, "$25 or more" is charged
            (251, False, usd("25.10")),
            (251, True, usd("25.10")),
            (249, False, usd(0)),
            (249, True, usd(0)),
        ],
    )
    def test_boundary_both_ways(self, pages, inclusive, charged):
        sched = _matrix(minimum_fee=Threshold(usd(25), inclusive=inclusive))
        fee = sched.assess("commercial", {"duplication": pages})
        assert fee.total == charged
        lines = [a for a in fee.adjustments if a.kind is AdjustmentKind.MINIMUM_FEE]
        assert len(lines) == (charged == usd(0))

    def test_no_threshold_charges_any_fee(self):
        fee = _matrix(minimum_fee=None).assess("commercial", {"duplication": 1})
        assert fee.total == usd("0.10")

    def test_stage_after_waiver_by_default(self):
        half = FeeWaiver(WaiverKind.PARTIAL, "public interest", fraction=D("0.5"))
        assert MATRIX.minimum_fee_stage is FeeStage.AFTER_WAIVER
        # $40 of copies, half waived: $20 is not over $25, so nothing is charged
        assert MATRIX.assess("commercial", {"duplication": 400}, waiver=half).total == usd(0)
        before = _matrix(minimum_fee_stage=FeeStage.BEFORE_WAIVER)
        fee = before.assess("commercial", {"duplication": 400}, waiver=half)
        assert fee.total == usd(20)
        assert [a.kind for a in fee.adjustments] == [AdjustmentKind.WAIVER]


class TestAdvancePayment:
    def test_trigger_is_over_the_threshold(self):
        # $250 exactly does not "exceed $250"
        assert MATRIX.assess("commercial", {"search": D("6.25")}).advance_payment_allowed is False
        assert MATRIX.assess("commercial", {"search": D("6.26")}).advance_payment_allowed is True

    def test_prior_nonpayment_allows_it_at_any_fee(self):
        fee = MATRIX.assess("commercial", {"search": 1}, prior_nonpayment=True)
        assert fee.advance_payment_allowed is True

    def test_no_rule_is_undetermined(self):
        fee = _matrix(advance_payment=None).assess("commercial", {"search": 100})
        assert fee.advance_payment_allowed is None
        assert "advance payment" not in fee.explain()


class TestWaivers:
    def test_full_waiver(self):
        full = FeeWaiver(WaiverKind.FULL, "public interest", Citation(ACT, "4", item="iii"))
        fee = MATRIX.assess("commercial", {"search": 10}, waiver=full)
        assert (fee.gross, fee.total) == (usd(400), usd(0))
        (line,) = fee.adjustments
        assert line.amount == usd(-400)
        assert line.citation == Citation(ACT, "4", item="iii")
        assert fee.waiver == full

    def test_partial_by_fraction_is_exact(self):
        third = FeeWaiver(WaiverKind.PARTIAL, "reduced", fraction=D("0.333"))
        fee = MATRIX.assess("commercial", {"search": 10}, waiver=third)
        assert fee.total == usd("266.800")

    def test_partial_by_amount(self):
        off = FeeWaiver(WaiverKind.PARTIAL, "reduced", amount=usd(100))
        assert MATRIX.assess("commercial", {"search": 10}, waiver=off).total == usd(300)

    def test_an_amount_above_the_fee_waives_the_fee_and_says_so(self):
        off = FeeWaiver(WaiverKind.PARTIAL, "reduced", amount=usd(1000))
        fee = MATRIX.assess("commercial", {"search": 10}, waiver=off)
        assert fee.total == usd(0)
        assert "the whole fee is waived" in fee.adjustments[0].reason

    def test_a_waiver_in_another_currency_raises(self):
        off = FeeWaiver(WaiverKind.PARTIAL, "reduced", amount=Money(5, "EUR"))
        with pytest.raises(CurrencyMismatchError):
            MATRIX.assess("commercial", {"search": 10}, waiver=off)

    @pytest.mark.parametrize(
        "kwargs",
        [
            {"kind": WaiverKind.PARTIAL},
            {"kind": WaiverKind.PARTIAL, "fraction": D("0.5"), "amount": usd(1)},
            {"kind": WaiverKind.FULL, "fraction": D("0.5")},
            {"kind": WaiverKind.PARTIAL, "fraction": D(1)},
            {"kind": WaiverKind.PARTIAL, "fraction": D(0)},
            {"kind": WaiverKind.PARTIAL, "fraction": D("NaN")},
            {"kind": WaiverKind.PARTIAL, "fraction": 0.5},
            {"kind": WaiverKind.PARTIAL, "amount": usd(0)},
            {"kind": WaiverKind.FULL, "reason": " "},
        ],
    )
    def test_malformed_waivers_raise(self, kwargs):
        args = {"reason": "why", **kwargs}
        with pytest.raises(InvalidInputError):
            FeeWaiver(args.pop("kind"), args.pop("reason"), **args)


class TestFeeBar:
    def test_a_bar_zeroes_the_named_activities_and_shows_what_they_would_cost(self):
        bar = FeeBar(("search",), "time limit missed", Citation(ACT, "4", item="viii"))
        fee = MATRIX.assess("other", {"search": 5, "duplication": 200}, bar=bar)
        search, _, dup = fee.charges
        assert (search.subtotal, search.before_bar, search.barred_by) == (usd(0), usd(120), bar)
        assert dup.subtotal == usd(10)
        assert dup.barred_by is None
        assert fee.total == usd(0)  # $10 is not over $25
        assert "barred, $120.00 not charged" in fee.explain()

    def test_a_bar_on_an_unknown_activity_raises(self):
        with pytest.raises(InvalidInputError) as info:
            MATRIX.assess("other", {}, bar=FeeBar(("copying",), "late"))
        assert (info.value.field, info.value.value) == ("activity", "copying")

    def test_a_bar_names_something(self):
        with pytest.raises(InvalidInputError):
            FeeBar((), "late")
        with pytest.raises(InvalidInputError):
            FeeBar(("",), "late")


class TestHostileInput:
    @pytest.mark.parametrize(
        ("quantities", "message"),
        [
            ({"search": 1.5}, "floats are inexact"),
            ({"search": -1}, "must not be negative"),
            ({"search": D("-0.25")}, "must not be negative"),
            ({"search": D("NaN")}, "finite"),
            ({"search": D("Infinity")}, "finite"),
            ({"search": True}, "must be a Decimal or an int"),
            ({"search": "2"}, "must be a Decimal or an int"),
            ({"duplication": D(3)}, "must be an int"),
            ({"duplication": 3.0}, "floats are inexact"),
            ({"copying": 3}, "is not an activity"),
        ],
    )
    def test_bad_quantities_name_the_field_and_value(self, quantities, message):
        with pytest.raises(InvalidInputError) as info:
            MATRIX.assess("other", quantities)
        (key, value), (problem,) = next(iter(quantities.items())), info.value.problems
        assert problem.path == f"quantities[{key!r}]"
        expected = key if message == "is not an activity" else value
        assert problem.value == expected or (isinstance(value, Decimal) and value.is_nan())
        assert message in problem.message

    def test_every_bad_quantity_is_reported_at_once(self):
        with pytest.raises(InvalidInputError) as info:
            MATRIX.assess("other", {"search": 1.5, "review": -1, "nope": 1})
        assert len(info.value.problems) == 3

    def test_unknown_category(self):
        with pytest.raises(InvalidInputError) as info:
            MATRIX.assess("journalist", {})
        assert (info.value.field, info.value.value) == ("category", "journalist")

    def test_not_a_mapping(self):
        with pytest.raises(InvalidInputError):
            MATRIX.assess("other", [("search", 1)])  # type: ignore[arg-type]

    def test_bad_waiver_bar_and_flag(self):
        with pytest.raises(InvalidInputError):
            MATRIX.assess("other", {}, waiver="full")  # type: ignore[arg-type]
        with pytest.raises(InvalidInputError):
            MATRIX.assess("other", {}, bar="search")  # type: ignore[arg-type]
        with pytest.raises(InvalidInputError):
            MATRIX.assess("other", {}, prior_nonpayment=1)  # type: ignore[arg-type]


class TestScheduleChecks:
    def test_a_missing_pair_is_an_error(self):
        with pytest.raises(InvalidInputError) as info:
            RateSchedule(
                "s",
                "USD",
                [OTHER, MEDIA],
                [SEARCH],
                [ActivityRate("other", "search", usd(1), RateUnit.HOUR)],
            )
        assert info.value.problems[0].value == ("media", "search")

    def test_every_problem_is_named(self):
        with pytest.raises(InvalidInputError) as info:
            RateSchedule(
                "s",
                "USD",
                [OTHER, OTHER],
                [SEARCH],
                [
                    ActivityRate("other", "search", Money(1, "EUR"), RateUnit.HOUR),
                    ActivityRate("other", "search", usd(1), RateUnit.PAGE),
                    ActivityRate("x", "y", usd(1), RateUnit.HOUR),
                ],
                minimum_fee=Threshold(Money(1, "GBP")),
            )
        paths = info.value.fields
        for path in (
            "categories[1].code",
            "rates[0].price",
            "rates[1].per",
            "rates[1]",
            "rates[2].category",
            "rates[2].activity",
            "minimum_fee.amount",
        ):
            assert path in paths

    @pytest.mark.parametrize(
        "kwargs",
        [
            {"increment": D(0)},
            {"increment": 0.25},
            {"increment": D("-1")},
            {"allowance": D("0.3"), "increment": D("0.25")},
            {"allowance": -1},
            {"allowance": D("NaN")},
        ],
    )
    def test_bad_increments_and_allowances(self, kwargs):
        with pytest.raises(InvalidInputError):
            ActivityRate("other", "search", usd(1), RateUnit.HOUR, **kwargs)

    def test_pages_bill_in_whole_pages(self):
        with pytest.raises(InvalidInputError) as info:
            ActivityRate("other", "duplication", usd(1), RateUnit.PAGE, increment=D("0.5"))
        assert info.value.field == "increment"

    def test_bad_prices_and_codes(self):
        with pytest.raises(InvalidInputError):
            ActivityRate("other", "search", usd(-1), RateUnit.HOUR)
        with pytest.raises(InvalidInputError):
            ActivityRate("", "search", usd(1), RateUnit.HOUR)
        with pytest.raises(InvalidInputError):
            RateSchedule("s", "usd", [OTHER], [SEARCH], [])
        with pytest.raises(InvalidInputError):
            RateSchedule("s", "USD", [OTHER], [SEARCH], [object()])

    def test_threshold_needs_money(self):
        with pytest.raises(InvalidInputError):
            Threshold(usd(-1))
        with pytest.raises(InvalidInputError):
            Threshold(usd(1)).passed_by(1)  # type: ignore[arg-type]

    def test_lookup(self):
        assert MATRIX.rate(OTHER, SEARCH).allowance == 2
        assert MATRIX.category("media") is MEDIA
        with pytest.raises(InvalidInputError):
            MATRIX.rate("other", "copying")


class TestExplain:
    def test_explain_cites_every_line(self):
        half = FeeWaiver(
            WaiverKind.PARTIAL, "public interest", Citation(ACT, "4", item="iii"), fraction=D("0.5")
        )
        text = MATRIX.assess(
            "other", {"search": D("4.1"), "duplication": 1200}, waiver=half
        ).explain()
        assert text.splitlines() == [
            "demo agency: all other requesters",
            "  document search: 4.1 hours, billed as 17 quarter hours (4.25 hours): $90.00",
            "    band 1–8: nos. 1–8, 8 × $0.00 = $0.00 [DFA Art 4 (iv)]",
            "    band 9+: nos. 9–17, 9 × $10.00 = $90.00 [DFA Art 4 (ii)]",
            "  review: 0 hours: not chargeable to other",
            "  duplication: 1200 pages: $110.00",
            "    band 1–100: nos. 1–100, 100 × $0.00 = $0.00",
            "    band 101+: nos. 101–1200, 1100 × $0.10 = $110.00",
            "  waiver: -$100.00 (partial waiver of 50%: public interest) [DFA Art 4 (iii)]",
            "  total: $100.00",
            "  advance payment may not be required",
        ]

    def test_repr(self):
        assert repr(MATRIX.assess("commercial", {"search": 1})).startswith(
            "RateAssessment('demo agency'"
        )


# -- laws ------------------------------------------------------------------------------------


def _fraction(m: Money) -> Fraction:
    return Fraction(m.amount)


def reference_total(
    sched: RateSchedule,
    category: str,
    quantities: dict[str, Decimal | int],
    waiver: FeeWaiver | None,
    bar: FeeBar | None,
) -> Fraction:
    """The fee from the schedule's data, by hand: Fractions, math.ceil, no engine code."""
    gross = Fraction(0)
    for act in sched.activities:
        rate = next(r for r in sched.rates if r.category == category and r.activity == act.code)
        if rate.price is None or (bar is not None and act.code in bar.activities):
            continue
        q = Fraction(quantities.get(act.code, 0))
        step = Fraction(rate.increment)
        billed = math.ceil(q / step) * step
        paid = max(Fraction(0), billed - Fraction(rate.allowance))
        per_unit = _fraction(rate.price) * (4 if rate.per is RateUnit.QUARTER_HOUR else 1)
        gross += paid * per_unit

    def minimum(fee: Fraction) -> Fraction:
        rule = sched.minimum_fee
        if rule is None:
            return fee
        limit = _fraction(rule.amount)
        charged = fee >= limit if rule.inclusive else fee > limit
        return fee if charged else Fraction(0)

    fee = gross
    if sched.minimum_fee_stage is FeeStage.BEFORE_WAIVER:
        fee = minimum(fee)
    if waiver is not None:
        if waiver.kind is WaiverKind.FULL:
            fee = Fraction(0)
        elif waiver.fraction is not None:
            fee -= fee * Fraction(waiver.fraction)
        else:
            fee = max(Fraction(0), fee - _fraction(waiver.amount))  # type: ignore[arg-type]
    if sched.minimum_fee_stage is FeeStage.AFTER_WAIVER:
        fee = minimum(fee)
    return fee


@st.composite
def requests(
    draw: st.DrawFn,
) -> tuple[RateSchedule, str, dict[str, Decimal | int], FeeWaiver | None, FeeBar | None]:
    sched = draw(fs.rate_schedules())
    category = draw(st.sampled_from(sched.categories)).code
    given = draw(st.lists(st.sampled_from(sched.activities), unique_by=lambda a: a.code))
    quantities = {a.code: draw(fs.quantity(a)) for a in given}
    waiver = draw(st.none() | fs.fee_waivers(sched.currency))
    bar = draw(st.none() | fs.fee_bars([a.code for a in sched.activities]))
    return sched, category, quantities, waiver, bar


LAWS = settings(max_examples=150, deadline=None)


@LAWS
@given(requests())
def test_the_engine_agrees_with_a_computation_by_hand(case):
    sched, category, quantities, waiver, bar = case
    fee = sched.assess(category, quantities, waiver=waiver, bar=bar)
    assert _fraction(fee.total) == reference_total(sched, category, quantities, waiver, bar)


@LAWS
@given(requests(), st.data())
def test_the_fee_never_falls_when_a_quantity_rises(case, data):
    sched, category, quantities, waiver, bar = case
    act = data.draw(st.sampled_from(sched.activities))
    more = dict(quantities)
    extra = data.draw(fs.quantity(act))
    more[act.code] = quantities.get(act.code, 0) + extra
    low = sched.assess(category, quantities, waiver=waiver, bar=bar)
    high = sched.assess(category, more, waiver=waiver, bar=bar)
    assert high.gross >= low.gross
    assert high.total >= low.total


@LAWS
@given(requests())
def test_allowances_never_make_a_fee_negative_and_only_lower_it(case):
    sched, category, quantities, _, _ = case
    fee = sched.assess(category, quantities)
    no_allowance = attrs_evolve_rates(sched, allowance=0)
    plain = no_allowance.assess(category, quantities)
    for with_, without in zip(fee.charges, plain.charges, strict=True):
        if with_.subtotal is not None:
            assert Money.zero(sched.currency) <= with_.subtotal <= without.subtotal  # type: ignore[operator]
    assert fee.total.amount >= 0


def attrs_evolve_rates(sched: RateSchedule, **changes: object) -> RateSchedule:
    import attrs

    rates = [attrs.evolve(r, **changes) for r in sched.rates]
    return attrs.evolve(sched, rates=rates, minimum_fee=None)


@LAWS
@given(requests())
def test_the_total_is_the_sum_of_the_lines(case):
    sched, category, quantities, waiver, bar = case
    fee = sched.assess(category, quantities, waiver=waiver, bar=bar)
    band_lines = [
        b.subtotal
        for c in fee.charges
        if c.assessment is not None and c.barred_by is None
        for b in c.assessment.breakdown
    ]
    lines = band_lines + [a.amount for a in fee.adjustments]
    assert sum(lines, Money.zero(sched.currency)) == fee.total
    assert all(a.amount.amount <= 0 for a in fee.adjustments)
    assert fee.total.amount >= 0


@LAWS
@given(requests())
def test_a_waiver_never_raises_a_fee(case):
    sched, category, quantities, waiver, bar = case
    without = sched.assess(category, quantities, bar=bar).total
    with_ = sched.assess(category, quantities, waiver=waiver, bar=bar).total
    assert with_ <= without


@LAWS
@given(requests())
def test_a_bar_never_raises_a_fee(case):
    sched, category, quantities, waiver, bar = case
    assert (
        sched.assess(category, quantities, waiver=waiver, bar=bar).total
        <= sched.assess(category, quantities, waiver=waiver).total
    )


@LAWS
@given(
    st.integers(1, 2000),
    st.booleans(),
    st.sampled_from(FeeStage),
)
def test_the_minimum_fee_at_its_boundary_both_ways(pages, inclusive, stage):
    # A threshold equal to the fee of `pages` pages, and a cent either side of it.
    fee_of = usd(pages) * D("0.10")
    for shift, charged in ((D("0"), inclusive), (D("0.01"), False), (D("-0.01"), True)):
        limit = fee_of + usd(shift)
        if limit.amount < 0:
            continue
        sched = _matrix(minimum_fee=Threshold(limit, inclusive=inclusive), minimum_fee_stage=stage)
        total = sched.assess("commercial", {"duplication": pages}).total
        assert total == (fee_of if charged else usd(0)), (shift, inclusive)


@settings(max_examples=30, deadline=None)
@given(st.data())
def test_the_fee_models_round_trip_through_json(data):
    for cls, strategy in fs.registry().items():
        x = data.draw(strategy(), label=cls.__qualname__)
        assert isinstance(x, cls)
        assert from_json(to_json(x), cls) == x


def test_the_strategies_cover_every_new_model():
    import attrs

    from govdisclosure import fees

    models = {
        obj
        for name in dir(fees)
        if isinstance(obj := getattr(fees, name), type)
        and attrs.has(obj)
        and name
        not in {"Band", "BandCharge", "FeeAssessment", "ProgressiveSchedule", "SteppedBands"}
    }
    assert models == set(fs.registry())


def test_an_activity_charge_on_its_own():
    rate = ActivityRate("other", "search", usd(40), RateUnit.HOUR, allowance=2)
    charge = ActivityCharge.of(SEARCH, D("2.5"), rate)
    assert charge.increments == 3
    assert charge.subtotal == usd(40)
    assert isinstance(charge.assessment, FeeAssessment)
    with pytest.raises(InvalidInputError):
        rate.schedule(DUPLICATION)
    with pytest.raises(InvalidInputError):
        charge.subtotal_in("EUR")
    assert isinstance(MATRIX.assess("other", {}), RateAssessment)


@given(st.from_regex(r"[A-Z]{3}", fullmatch=True), st.decimals(-(10**9), 10**9, places=3))
def test_any_well_formed_currency_formats(code, amount):
    text = str(Money(amount, code))
    assert text.endswith(code) or not text[-1].isalpha()


class TestRecordsAreChecked:
    """An assessment read back or built by hand must be one the schedule would make."""

    def test_adjustments_must_be_the_schedules(self):
        import attrs

        fee = MATRIX.assess("commercial", {"duplication": 100})  # $10: not over $25
        assert fee.total == usd(0)
        with pytest.raises(InvalidInputError) as info:
            attrs.evolve(fee, adjustments=())
        assert info.value.field == "adjustments"

    def test_charges_must_follow_the_schedule(self):
        import attrs

        fee = MATRIX.assess("commercial", {"search": 1})
        with pytest.raises(InvalidInputError) as info:
            attrs.evolve(fee, charges=fee.charges[:2])
        assert info.value.field == "charges"
        with pytest.raises(InvalidInputError):
            attrs.evolve(fee, category=MEDIA)

    def test_a_charge_must_bill_its_quantity(self):
        import attrs

        charge = MATRIX.assess("commercial", {"search": 1}).charges[0]
        with pytest.raises(InvalidInputError) as info:
            attrs.evolve(charge, quantity=D(2))
        assert info.value.field == "assessment"
        review = MATRIX.assess("media", {"review": 1}).charges[1]
        with pytest.raises(InvalidInputError):
            attrs.evolve(review, assessment=charge.assessment)

    def test_a_tampered_document_does_not_read_back(self):
        fee = MATRIX.assess("commercial", {"search": 1})
        text = to_json(fee).replace('"40"', '"400"', 1)
        assert text != to_json(fee)
        with pytest.raises(InvalidInputError):
            from_json(text, RateAssessment)
