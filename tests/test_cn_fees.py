"""The PRC information-processing fee (国办函〔2020〕109号): schedules, ledger, notice, deadline.

Expected values are worked by hand from the text of Arts 4 and 5 (spec §4.2) or
computed by the independent references below, never taken from the code.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govdisclosure.calendar import MakeupWorkday, RestDay, WorkCalendar
from govdisclosure.errors import (
    CalendarNotPublishedError,
    GovDisclosureError,
    InvalidInputError,
    NoRuleInForceError,
)
from govdisclosure.jurisdictions.cn import fees as cn
from govdisclosure.jurisdictions.cn.instruments import FEE_MEASURES_2020
from govdisclosure.law import WorkingDays
from govdisclosure.ledger import LedgerItem, Month
from govdisclosure.money import Money

# -- independent references ----------------------------------------------------------------


def request_rate(n: int) -> int:
    """Yuan for the n-th request of a month, read unit by unit from Art 4.

    (一) 1-10 free; (二) 11-30 at 100; (三) from 31, bands of 10, each band 100 more
    than the one before, the first band above 30 at 200 (our [INFERENCE] reading).
    """
    if n <= 10:
        return 0
    if n <= 30:
        return 100
    band = (n - 31) // 10 + 1  # 31-40 -> 1, 41-50 -> 2, ...
    return 100 * (band + 1)


def request_total_closed_form(count: int) -> int:
    """Yuan for ``count`` requests in a month, in closed form."""
    if count <= 10:
        return 0
    if count <= 30:
        return 100 * (count - 10)
    full, rest = divmod(count - 30, 10)
    # full bands k = 1..full, each 10 requests at 100(k+1); then `rest` at 100(full+2)
    return 2000 + 1000 * (full * (full + 1) // 2 + full) + rest * 100 * (full + 2)


def page_rate(p: int) -> int:
    """Yuan for page p of one application, from Art 5."""
    if p <= 30:
        return 0
    if p <= 100:
        return 10
    if p <= 200:
        return 20
    return 40


def page_total_closed_form(pages: int) -> int:
    if pages <= 30:
        return 0
    if pages <= 100:
        return 10 * (pages - 30)
    if pages <= 200:
        return 700 + 20 * (pages - 100)
    return 2700 + 40 * (pages - 200)


def yuan(n: int | str) -> Money:
    return Money(n, "CNY")


def test_references_agree_with_each_other():
    running = 0
    for n in range(2001):
        assert request_total_closed_form(n) == running, n
        running += request_rate(n + 1)
    running = 0
    for p in range(10001):
        assert page_total_closed_form(p) == running, p
        running += page_rate(p + 1)


# -- the two totals ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        (0, 0),
        (1, 0),
        (10, 0),  # (一) 10件以下(含10件) free
        (11, 100),  # first paying request
        (30, 2000),  # 20 x 100
        (31, 2200),  # + 1 x 200
        (35, 3000),  # spec's worked case: 10x0 + 20x100 + 5x200
        (40, 4000),  # 2000 + 10 x 200
        (41, 4300),  # + 1 x 300
        (50, 7000),  # 4000 + 10 x 300
        (51, 7400),  # + 1 x 400
        (60, 11000),  # 7000 + 10 x 400
    ],
)
def test_per_request_band_edges(count, expected):
    fee = cn.processing_fee_per_request(count)
    assert isinstance(fee, Money)
    assert fee.currency == "CNY"
    assert isinstance(fee.amount, Decimal)
    assert fee.amount == Decimal(expected)


@pytest.mark.parametrize(
    ("pages", "expected"),
    [
        (0, 0),
        (30, 0),  # (一) 30页以下(含30页) free
        (31, 10),
        (91, 610),  # 广安府复决〔2024〕23号: 610 = 61 x 10
        (100, 700),  # 70 x 10
        (101, 720),  # + 1 x 20
        (200, 2700),  # 700 + 100 x 20
        (201, 2740),  # + 1 x 40
        (250, 4700),  # spec's worked case: 70x10 + 100x20 + 50x40
    ],
)
def test_per_volume_band_edges(pages, expected):
    fee = cn.processing_fee_per_volume(pages)
    assert isinstance(fee, Money)
    assert fee.currency == "CNY"
    assert fee.amount == Decimal(expected)


def test_worked_cases_formatted():
    assert str(cn.processing_fee_per_request(35)) == "¥3,000.00"
    assert str(cn.processing_fee_per_volume(250)) == "¥4,700.00"
    assert str(cn.processing_fee_per_volume(91)) == "¥610.00"


def test_every_request_count_0_to_300():
    for n in range(301):
        fee = cn.processing_fee_per_request(n)
        assert fee.currency == "CNY"
        assert fee.amount == Decimal(request_total_closed_form(n)), n


def test_every_page_count_0_to_5000():
    for p in range(5001):
        fee = cn.processing_fee_per_volume(p)
        assert fee.currency == "CNY"
        assert fee.amount == Decimal(page_total_closed_form(p)), p


@pytest.mark.parametrize("bad", [-1, -10, -300])
def test_negative_counts_raise_package_errors(bad):
    with pytest.raises(GovDisclosureError) as info:
        cn.processing_fee_per_request(bad)
    assert isinstance(info.value, InvalidInputError)
    assert info.value.field == "count"
    assert info.value.value == bad
    with pytest.raises(GovDisclosureError) as info:
        cn.processing_fee_per_volume(bad)
    assert info.value.field == "pages"


@pytest.mark.parametrize("bad", [1.5, 3.0, "3", Decimal(3), None, True])
def test_non_int_counts_raise(bad):
    with pytest.raises(InvalidInputError):
        cn.processing_fee_per_request(bad)
    with pytest.raises(InvalidInputError):
        cn.processing_fee_per_volume(bad)


# -- breakdowns and citations ----------------------------------------------------------------


def test_per_request_breakdown_names_bands_and_citations():
    fee = cn.assess_per_request(45)
    rows = [(str(c.band), c.units, c.rate, c.subtotal) for c in fee.breakdown]
    assert rows == [
        ("1–10", 10, yuan(0), yuan(0)),
        ("11–30", 20, yuan(100), yuan(2000)),
        ("31–40", 10, yuan(200), yuan(2000)),
        ("41–50", 5, yuan(300), yuan(1500)),
    ]
    assert fee.total == yuan(5500)
    cites = [c.citation for c in fee.breakdown]
    assert all(c is not None and c.instrument is FEE_MEASURES_2020 for c in cites)
    assert [(c.article, c.item) for c in cites if c is not None] == [
        ("4", "一"),
        ("4", "二"),
        ("4", "三"),
        ("4", "三"),
    ]
    # The bands above 30 are our reading, and the citation says so.
    tail = cites[2]
    assert tail is not None
    assert "[INFERENCE]" in tail.note
    assert "stepped_by_ten" in tail.note
    assert "[INFERENCE]" in fee.explain()


def test_per_volume_breakdown_names_bands_and_citations():
    fee = cn.assess_per_volume(250)
    assert [(str(c.band), c.units, c.subtotal) for c in fee.breakdown] == [
        ("1–30", 30, yuan(0)),
        ("31–100", 70, yuan(700)),
        ("101–200", 100, yuan(2000)),
        ("201+", 50, yuan(2000)),
    ]
    assert [str(c.citation) for c in fee.breakdown] == [
        "Fee Measures (2020) Art 5 (一)",
        "Fee Measures (2020) Art 5 (二)",
        "Fee Measures (2020) Art 5 (三)",
        "Fee Measures (2020) Art 5 (四)",
    ]


def test_schedules_are_exported_and_counted_in_their_units():
    assert cn.PER_REQUEST_SCHEDULE.unit == "request"
    assert cn.PER_VOLUME_SCHEDULE.unit == "page"
    assert cn.PER_REQUEST_SCHEDULE.currency == "CNY"
    assert cn.PER_VOLUME_SCHEDULE.covers_through is None
    assert cn.PER_REQUEST_SCHEDULE.covers_through is None
    assert cn.per_request_schedule() == cn.PER_REQUEST_SCHEDULE


def test_terms_are_the_numbers_of_article_4():
    terms = cn.PER_REQUEST_TERMS.in_force(date(2024, 1, 1)).value
    assert (terms.free_through, terms.base_through, terms.band_width) == (10, 30, 10)
    assert terms.base_rate == yuan(100)
    assert terms.band_step == yuan(100)


# -- the band policy above 30 ---------------------------------------------------------------------


def test_default_policy_is_stepped_by_ten():
    assert cn.STEPPED_BY_TEN.first_band_steps == 1
    assert "[INFERENCE]" in cn.STEPPED_BY_TEN.description
    assert cn.processing_fee_per_request(40, policy=cn.STEPPED_BY_TEN) == yuan(4000)


def test_policy_can_be_overridden():
    # A reading where 31-40 stay at 100 and the rise starts at 41 (200), 51 (300)...
    flat_first = cn.PerRequestBandPolicy("flat_first", first_band_steps=0)
    assert cn.processing_fee_per_request(30, policy=flat_first) == yuan(2000)
    assert cn.processing_fee_per_request(40, policy=flat_first) == yuan(3000)
    assert cn.processing_fee_per_request(41, policy=flat_first) == yuan(3200)
    assert cn.processing_fee_per_request(51, policy=flat_first) == yuan(3000 + 2000 + 300)
    fee = cn.assess_per_request(35, policy=flat_first)
    assert "flat_first" in fee.explain()


@pytest.mark.parametrize("bad", ["stepped_by_ten", None, 1])
def test_bad_policy(bad):
    with pytest.raises(InvalidInputError) as info:
        cn.processing_fee_per_request(40, policy=bad)
    assert info.value.field == "policy"


def test_bad_policy_steps():
    with pytest.raises(InvalidInputError):
        cn.PerRequestBandPolicy("x", first_band_steps=-1)


# -- effective date --------------------------------------------------------------------------


def test_no_fee_rules_before_2021():
    with pytest.raises(NoRuleInForceError) as info:
        cn.processing_fee_per_request(35, on=date(2020, 12, 31))
    assert info.value.on == date(2020, 12, 31)
    with pytest.raises(NoRuleInForceError):
        cn.processing_fee_per_volume(250, on=date(2020, 12, 31))
    with pytest.raises(NoRuleInForceError):
        cn.assess(cn.FeeBasis.PER_VOLUME, received_on=date(2019, 6, 1), pages=40)
    assert cn.processing_fee_per_request(35, on=date(2021, 1, 1)) == yuan(3000)
    assert cn.processing_fee_per_volume(250, on=date(2021, 1, 1)) == yuan(4700)


def test_on_must_be_a_date():
    with pytest.raises(InvalidInputError) as info:
        cn.processing_fee_per_request(3, on="2024-01-01")
    assert info.value.field == "on"


# -- one basis per application (Art 3) -----------------------------------------------------------


def test_basis_labels_and_citations():
    assert cn.FeeBasis.PER_REQUEST.label == "按件计收"
    assert cn.FeeBasis.PER_VOLUME.label == "按量计收"
    assert str(cn.FeeBasis.PER_REQUEST.citation) == "Fee Measures (2020) Art 4"
    assert str(cn.FeeBasis.PER_VOLUME.citation) == "Fee Measures (2020) Art 5"


def test_assess_per_request_is_marginal_in_the_month():
    day = date(2024, 5, 6)
    # The 35th application of the month costs 200; a 3-unit application numbered 29 costs
    # 100 + 100 + 200.
    assert cn.assess(cn.FeeBasis.PER_REQUEST, received_on=day, number=35).total == yuan(200)
    assert cn.assess(cn.FeeBasis.PER_REQUEST, received_on=day, number=29, units=3).total == yuan(
        400
    )
    assert cn.assess(cn.FeeBasis.PER_REQUEST, received_on=day, number=10).total == yuan(0)


def test_assess_per_volume():
    got = cn.assess(cn.FeeBasis.PER_VOLUME, received_on=date(2024, 5, 6), pages=250)
    assert got.total == yuan(4700)


@pytest.mark.parametrize(
    ("basis", "kwargs", "field"),
    [
        (cn.FeeBasis.PER_REQUEST, {"number": 3, "pages": 40}, "pages"),
        (cn.FeeBasis.PER_VOLUME, {"number": 3, "pages": 40}, "number"),
        (cn.FeeBasis.PER_VOLUME, {"units": 2, "pages": 40}, "units"),
    ],
)
def test_assessing_both_bases_for_one_application_is_an_error(basis, kwargs, field):
    with pytest.raises(InvalidInputError) as info:
        cn.assess(basis, received_on=date(2024, 5, 6), **kwargs)
    assert info.value.field == field
    assert "never both" in str(info.value)


@pytest.mark.parametrize(
    ("basis", "kwargs", "field"),
    [
        (cn.FeeBasis.PER_REQUEST, {}, "number"),
        (cn.FeeBasis.PER_REQUEST, {"number": 0}, "number"),
        (cn.FeeBasis.PER_REQUEST, {"number": 1, "units": 0}, "units"),
        (cn.FeeBasis.PER_VOLUME, {}, "pages"),
        (cn.FeeBasis.PER_VOLUME, {"pages": -1}, "pages"),
        ("per_volume", {"pages": 3}, "basis"),
    ],
)
def test_assess_missing_or_bad_inputs(basis, kwargs, field):
    with pytest.raises(InvalidInputError) as info:
        cn.assess(basis, received_on=date(2024, 5, 6), **kwargs)
    assert info.value.field == field


# -- properties ----------------------------------------------------------------------------------

request_counts = st.integers(0, 2000)
page_counts = st.integers(0, 100_000)


@settings(max_examples=60)
@given(request_counts)
def test_per_request_monotone(n):
    assert cn.processing_fee_per_request(n) <= cn.processing_fee_per_request(n + 1)


@settings(max_examples=60)
@given(page_counts)
def test_per_volume_monotone(p):
    assert cn.processing_fee_per_volume(p) <= cn.processing_fee_per_volume(p + 1)


@settings(max_examples=60)
@given(request_counts)
def test_per_request_breakdown_sums_to_total(n):
    fee = cn.assess_per_request(n)
    assert sum((c.subtotal for c in fee.breakdown), yuan(0)) == fee.total
    assert sum(c.units for c in fee.breakdown) == n
    assert fee.total == yuan(request_total_closed_form(n))
    assert all(c.citation is not None for c in fee.breakdown)


@settings(max_examples=60)
@given(page_counts)
def test_per_volume_breakdown_sums_to_total(p):
    fee = cn.assess_per_volume(p)
    assert sum((c.subtotal for c in fee.breakdown), yuan(0)) == fee.total
    assert sum(c.units for c in fee.breakdown) == p
    assert fee.total == yuan(page_total_closed_form(p))


@settings(max_examples=60)
@given(st.integers(1, 2000))
def test_marginal_cost_of_nth_request_is_its_band_rate(n):
    marginal = cn.processing_fee_per_request(n) - cn.processing_fee_per_request(n - 1)
    assert marginal == yuan(request_rate(n))
    assert marginal == cn.PER_REQUEST_SCHEDULE.marginal_rate(n)
    assert marginal == cn.PER_REQUEST_SCHEDULE.band_for(n).rate
    assert cn.assess(cn.FeeBasis.PER_REQUEST, received_on=date(2024, 1, 1), number=n).total == (
        marginal
    )


@settings(max_examples=60)
@given(st.integers(1, 100_000))
def test_marginal_cost_of_nth_page_is_its_band_rate(p):
    marginal = cn.processing_fee_per_volume(p) - cn.processing_fee_per_volume(p - 1)
    assert marginal == yuan(page_rate(p))
    assert marginal == cn.PER_VOLUME_SCHEDULE.marginal_rate(p)


# -- monthly ledger (Art 4) ------------------------------------------------------------------------


def test_ledger_worked_example():
    book = cn.fee_ledger(
        [
            LedgerItem(date(2024, 3, 1), units=8, ref="A-1"),
            LedgerItem(date(2024, 3, 5), ref="A-2"),
            LedgerItem(date(2024, 3, 12), units=25, ref="A-3"),
            LedgerItem(date(2024, 3, 20), ref="A-4"),
            LedgerItem(date(2024, 4, 2), ref="A-5"),
        ]
    )
    # March: A-1 is nos. 1-8 (free), A-2 no. 9 (free), A-3 nos. 10-34: no. 10 free,
    # 11-30 at 100 (2,000), 31-34 at 200 (800); A-4 no. 35 at 200. April restarts at 1.
    assert [(ln.item.ref, ln.first, ln.last, ln.amount) for ln in book.lines] == [
        ("A-1", 1, 8, yuan(0)),
        ("A-2", 9, 9, yuan(0)),
        ("A-3", 10, 34, yuan(2800)),
        ("A-4", 35, 35, yuan(200)),
        ("A-5", 1, 1, yuan(0)),
    ]
    march = book.month(Month(2024, 3))
    assert march.units == 35
    assert march.amount == yuan(3000)
    assert book.month(date(2024, 4, 30)).amount == yuan(0)
    assert book.total == yuan(3000)


def test_ledger_refuses_applications_before_the_measures():
    with pytest.raises(NoRuleInForceError):
        cn.fee_ledger([date(2021, 1, 4), date(2020, 12, 31)])


def test_ledger_names_bad_applications():
    with pytest.raises(InvalidInputError) as info:
        cn.fee_ledger([date(2024, 1, 4), "2024-01-05"])
    assert info.value.fields == ("items[1]",)


def test_empty_ledger():
    book = cn.fee_ledger([])
    assert book.total == yuan(0)


applications = st.lists(
    st.builds(
        LedgerItem,
        st.dates(min_value=date(2024, 1, 1), max_value=date(2024, 3, 31)),
        st.integers(1, 5),
    ),
    max_size=60,
)


@settings(max_examples=40)
@given(applications)
def test_ledger_month_totals_equal_the_schedule_total(items):
    book = cn.fee_ledger(items)
    for month in book.months:
        assert month.amount == cn.processing_fee_per_request(month.units)
        assert sum((ln.amount for ln in month.lines), yuan(0)) == month.amount
        assert month.amount == yuan(request_total_closed_form(month.units))


# -- payment period and deadline --------------------------------------------------------------


def test_payment_period_is_a_cited_versioned_rule():
    version = cn.FEE_PAYMENT_PERIOD.in_force(date(2024, 1, 1))
    assert version.value == WorkingDays(20)
    assert version.citation.instrument is cn.SICHUAN_FEE_NOTICE_2021
    assert "[UNVERIFIED]" in version.citation.note
    assert "次日起20个工作日内" in version.citation.note
    with pytest.raises(NoRuleInForceError):
        cn.FEE_PAYMENT_PERIOD.in_force(date(2020, 12, 31))


def hand_calendar() -> WorkCalendar:
    # 2030-01-01 is a Tuesday. Holidays Mon 7 and Tue 8 Jan; Sat 12 Jan worked.
    return WorkCalendar(
        first=date(2030, 1, 1),
        last=date(2030, 12, 31),
        rest_days=[
            RestDay(date(2030, 1, 7), name="demo"),
            RestDay(date(2030, 1, 8), name="demo"),
        ],
        makeup_workdays=[MakeupWorkday(date(2030, 1, 12), "demo")],
    )


def test_deadline_on_a_hand_built_calendar():
    # Received Fri 4 Jan. Sat 5, Sun 6 rest; 7-8 holiday; 9, 10, 11 = 1-3; Sat 12 = 4;
    # 14-18 = 5-9; 21-25 = 10-14; 28 Jan-1 Feb = 15-19; Mon 4 Feb = 20.
    cal = hand_calendar()
    assert cn.fee_payment_deadline(date(2030, 1, 4), cal) == date(2030, 2, 4)
    # Received Mon 7 Jan (a holiday): counting starts the next day whatever it is.
    # 9-11 = 1-3; 12 = 4; 14-18 = 5-9; 21-25 = 10-14; 28-1 Feb = 15-19; 4 Feb = 20.
    assert cn.fee_payment_deadline(date(2030, 1, 7), cal) == date(2030, 2, 4)


def test_deadline_on_the_official_calendar():
    # 2024: Mid-Autumn/National Day notice. Received Fri 20 Sep. Sep 23-27 = 1-5;
    # Sun 29 Sep worked = 6; Mon 30 Sep = 7; 1-7 Oct rest; 8-11 Oct = 8-11; Sat 12 Oct
    # worked = 12; 14-18 Oct = 13-17; 21, 22, 23 Oct = 18-20.
    assert cn.fee_payment_deadline(date(2024, 9, 20)) == date(2024, 10, 23)
    # 2025 Spring Festival: 28 Jan-4 Feb rest; Sun 26 Jan and Sat 8 Feb worked.
    # Received Mon 20 Jan: 21-24 = 1-4; 26 = 5; 27 = 6; 5-7 Feb = 7-9; 8 Feb = 10;
    # 10-14 Feb = 11-15; 17-21 Feb = 16-20.
    assert cn.fee_payment_deadline(date(2025, 1, 20)) == date(2025, 2, 21)
    # No holiday in the way: received Wed 1 Mar 2023 -> 2, 3 = 1-2; 6-10 = 3-7;
    # 13-17 = 8-12; 20-24 = 13-17; 27, 28, 29 = 18-20.
    assert cn.fee_payment_deadline(date(2023, 3, 1)) == date(2023, 3, 29)
    # Received on a Saturday: 6-31 Mar 2023 holds 20 working days exactly.
    assert cn.fee_payment_deadline(date(2023, 3, 4)) == date(2023, 3, 31)


def test_deadline_errors():
    with pytest.raises(NoRuleInForceError):
        cn.fee_payment_deadline(date(2020, 12, 31), hand_calendar())
    with pytest.raises(CalendarNotPublishedError):
        cn.fee_payment_deadline(date(2030, 12, 20), hand_calendar())
    with pytest.raises(CalendarNotPublishedError):
        cn.fee_payment_deadline(date(2026, 12, 15))
    with pytest.raises(InvalidInputError) as info:
        cn.fee_payment_deadline("2024-01-01", hand_calendar())
    assert info.value.field == "notice_received_on"


# -- the fee notice ---------------------------------------------------------------------------


def notice(**changes) -> cn.FeeNotice:
    fields = {
        "issued_on": date(2030, 1, 2),
        "received_on": date(2030, 1, 4),
        "basis": cn.FeeBasis.PER_VOLUME,
        "assessment": cn.assess_per_volume(91),
        "application": "2030-0001",
    }
    fields.update(changes)
    return cn.FeeNotice(**fields)


def test_notice_amount_and_dates_for_the_event_log():
    n = notice()
    assert n.amount == yuan(610)
    assert isinstance(n.amount, Money)
    cal = hand_calendar()
    assert n.payment_due(cal) == date(2030, 2, 4)
    assert n.lapses_on(cal) == date(2030, 2, 5)


def test_notice_status():
    n, cal = notice(), hand_calendar()
    pending, paid, lapsed = cn.FeeStatus.PENDING, cn.FeeStatus.PAID, cn.FeeStatus.LAPSED
    # Between issue and receipt, and up to the last day: pending.
    assert n.status(date(2030, 1, 3), calendar=cal) is pending
    assert n.status(date(2030, 2, 4), calendar=cal) is pending
    # The day after the deadline, unpaid: lapsed.
    assert n.status(date(2030, 2, 5), calendar=cal) is lapsed
    # Paid on the last day: paid, from that day on.
    assert n.status(date(2030, 2, 4), date(2030, 2, 4), calendar=cal) is paid
    assert n.status(date(2030, 6, 1), date(2030, 2, 4), calendar=cal) is paid
    # A payment not yet made by `on` does not count yet.
    assert n.status(date(2030, 1, 20), date(2030, 1, 25), calendar=cal) is pending
    # Paid a day late: the application was deemed abandoned; it stays lapsed.
    assert n.status(date(2030, 2, 6), date(2030, 2, 5), calendar=cal) is lapsed
    # Paid before receipt (after issue) is allowed.
    assert n.status(date(2030, 1, 10), date(2030, 1, 2), calendar=cal) is paid


def test_notice_status_errors():
    n, cal = notice(), hand_calendar()
    with pytest.raises(InvalidInputError) as info:
        n.status(date(2030, 1, 1), calendar=cal)
    assert info.value.field == "on"
    with pytest.raises(InvalidInputError) as info:
        n.status(date(2030, 1, 10), date(2030, 1, 1), calendar=cal)
    assert info.value.field == "paid_on"


def test_notice_on_the_official_calendar():
    n = notice(issued_on=date(2024, 9, 19), received_on=date(2024, 9, 20))
    assert n.payment_due() == date(2024, 10, 23)
    assert n.status(date(2024, 10, 24)) is cn.FeeStatus.LAPSED


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"received_on": date(2030, 1, 1)}, "received_on"),
        ({"issued_on": "2030-01-02"}, "issued_on"),
        ({"basis": "per_volume"}, "basis"),
        ({"assessment": yuan(610)}, "assessment"),
        # A per-request assessment on a per-volume notice: one basis only (Art 3).
        ({"assessment": cn.assess_per_request(35)}, "assessment"),
        ({"basis": cn.FeeBasis.PER_REQUEST}, "assessment"),
        # No notice for no fee.
        ({"assessment": cn.assess_per_volume(30)}, "assessment"),
    ],
)
def test_bad_notices(changes, field):
    with pytest.raises(InvalidInputError) as info:
        notice(**changes)
    assert info.value.field == field


def test_per_request_notice():
    n = notice(
        basis=cn.FeeBasis.PER_REQUEST,
        assessment=cn.assess(cn.FeeBasis.PER_REQUEST, received_on=date(2030, 1, 2), number=31),
    )
    assert n.amount == yuan(200)


def test_lapse_is_one_day_after_due():
    n, cal = notice(), hand_calendar()
    assert n.lapses_on(cal) - n.payment_due(cal) == timedelta(days=1)
