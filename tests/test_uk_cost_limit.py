"""UK cost limit: FOIA s.12 with SI 2004/3244 (regs 3-7), FOISA s.12 with SSI 2004/467 and 376.

Every expected figure is worked out by hand from the regulations' numbers
(£600 / £450 at £25 per hour; FOISA £600 at most £15 per hour), and every reg 5
window by counting the working days of the 2024 England and Wales calendar
(early May bank holiday 6 May, spring bank holiday 27 May).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calendar_rule_fixtures import england_wales
from govdisclosure.calendar import WorkCalendar
from govdisclosure.errors import InvalidInputError
from govdisclosure.fees import CostLimitStatus
from govdisclosure.jurisdictions.uk import (
    Act,
    CostLimitPolicy,
    Disbursements,
    NonWorkingReceipt,
    RefusalKind,
    RequestHours,
    aggregation_group,
    cost_limit_check,
)
from govdisclosure.money import Money

D = Decimal
WITHIN, EXCEEDS, UNDETERMINED = (
    CostLimitStatus.WITHIN,
    CostLimitStatus.EXCEEDS,
    CostLimitStatus.UNDETERMINED,
)


def gbp(amount: str | int) -> Money:
    return Money(amount, "GBP")


EW = england_wales()
PLAIN = WorkCalendar(first=date(2024, 1, 1), last=date(2024, 12, 31))  # weekends only

# -- the appropriate limit (reg 3) and the rate (reg 4(4)) ------------------------------------


def test_24_hours_central_is_600_not_over():
    result = cost_limit_check(D(24), central_government=True)
    assert result.estimate == gbp(600)
    assert result.limit == gbp(600)
    assert result.status is WITHIN
    assert result.refusable is False


def test_24_and_a_half_hours_central_is_over():
    result = cost_limit_check(D("24.5"), central_government=True)
    assert result.estimate == gbp("612.50")
    assert result.status is EXCEEDS
    assert result.refusable is True


def test_18_hours_other_authority_is_450_not_over():
    result = cost_limit_check(D(18), central_government=False)
    assert (result.estimate, result.limit, result.status) == (gbp(450), gbp(450), WITHIN)
    over = cost_limit_check(D("18.25"), central_government=False)
    assert (over.estimate, over.status) == (gbp("456.25"), EXCEEDS)
    assert cost_limit_check(D(20), central_government=True).status is WITHIN  # £500 < £600


def test_int_hours_accepted():
    assert cost_limit_check(30, central_government=True).estimate == gbp(750)


def test_steps_are_cited():
    text = cost_limit_check(D(24), central_government=True).explain()
    assert "SI 2004/3244 s. 3(2)" in text
    assert "SI 2004/3244 s. 4(4)" in text
    assert "SI 2004/3244 s. 4(3)" in text
    assert "FOIA 2000 s. 12(1)" in text
    other = cost_limit_check(D(1), central_government=False).explain()
    assert "SI 2004/3244 s. 3(3)" in other


# -- bad input fails closed, naming the field --------------------------------------------------


@pytest.mark.parametrize("hours", [24.0, D(-1), -3, D("NaN"), "24", True])
def test_bad_hours(hours):
    with pytest.raises(InvalidInputError) as info:
        cost_limit_check(hours, central_government=True)
    assert info.value.field == "hours"


def test_foia_needs_central_government():
    with pytest.raises(InvalidInputError) as info:
        cost_limit_check(D(1))
    assert info.value.field == "central_government"
    with pytest.raises(InvalidInputError) as info:
        cost_limit_check(D(1), central_government=1)  # type: ignore[arg-type]
    assert info.value.field == "central_government"


def test_eir_has_no_cost_limit():
    with pytest.raises(InvalidInputError, match=r"12\(4\)\(b\)") as info:
        cost_limit_check(D(1), act=Act.EIR)
    assert info.value.field == "act"


# -- the four activities (reg 4(3)) ---------------------------------------------------------


def test_per_activity_hours():
    hours = {"determine_held": 6, "locate": 6, "retrieve": 6, "extract": 6}
    result = cost_limit_check(hours, central_government=True)
    assert (result.hours, result.status) == (D(24), WITHIN)
    assert result.confirm_deny_lapses is False


def test_redaction_does_not_count():
    with pytest.raises(InvalidInputError, match="redaction") as info:
        cost_limit_check({"locate": 2, "redaction": 40}, central_government=True)
    assert any("redaction" in f for f in info.value.fields)


def test_an_activity_not_estimated_leaves_the_verdict_open():
    hours = {"determine_held": 5, "locate": 5, "retrieve": 5, "extract": None}
    result = cost_limit_check(hours, central_government=True)
    assert (result.status, result.refusable) == (UNDETERMINED, None)
    over = cost_limit_check({**hours, "locate": 20}, central_government=True)  # 30 h already
    assert (over.status, over.refusable) == (EXCEEDS, True)


def test_s12_2_confirm_or_deny_lapses():
    alone = {"determine_held": D("24.5"), "locate": 0, "retrieve": 0, "extract": 0}
    assert cost_limit_check(alone, central_government=True).confirm_deny_lapses is True
    unknown = {"determine_held": None, "locate": 30, "retrieve": 0, "extract": 0}
    assert cost_limit_check(unknown, central_government=True).confirm_deny_lapses is None
    assert cost_limit_check(D(30), central_government=True).confirm_deny_lapses is None


# -- FOISA (SSI 2004/467) ----------------------------------------------------------------------


def test_foisa_600_at_15_per_hour():
    within = cost_limit_check(D(40), act=Act.FOISA)
    assert (within.estimate, within.limit, within.status) == (gbp(600), gbp(600), WITHIN)
    over = cost_limit_check(D("40.5"), act=Act.FOISA)
    assert (over.estimate, over.status) == (gbp("607.50"), EXCEEDS)
    assert "SSI 2004/467 s. 5" in over.explain()
    assert "SSI 2004/467 s. 3(2)(b)" in over.explain()


def test_foisa_actual_staff_rate_under_the_cap():
    policy = CostLimitPolicy(foisa_hourly_rate=gbp(12))
    assert cost_limit_check(D(50), act=Act.FOISA, policy=policy).status is WITHIN  # £600
    assert cost_limit_check(D("50.25"), act=Act.FOISA, policy=policy).status is EXCEEDS
    with pytest.raises(InvalidInputError) as info:
        CostLimitPolicy(foisa_hourly_rate=gbp(16))
    assert info.value.field == "foisa_hourly_rate"
    with pytest.raises(InvalidInputError):
        CostLimitPolicy(foisa_hourly_rate=Money(10, "EUR"))


def test_foisa_does_not_count_determining_whether_held():
    with pytest.raises(InvalidInputError, match="determine_held"):
        cost_limit_check({"determine_held": 1, "locate": 1}, act=Act.FOISA)
    result = cost_limit_check({"locate": 10, "retrieve": 10, "provide": 20}, act=Act.FOISA)
    assert (result.estimate, result.status) == (gbp(600), WITHIN)
    assert result.confirm_deny_lapses is None


def test_foisa_has_one_prescribed_amount():
    with pytest.raises(InvalidInputError) as info:
        cost_limit_check(D(1), act=Act.FOISA, central_government=True)
    assert info.value.field == "central_government"


# -- aggregation (reg 5): 60 consecutive working days ------------------------------------------
# Counting back from Friday 28 June 2024 in England and Wales: June 3-28 is 20 working days;
# May has 23 weekdays less the two bank holidays (6 and 27 May), 21; that is 41, and 19 more
# are 30, 29, 26-22, 19-15, 12-8, 5 and 4 April. The 60th working day back is Thursday
# 4 April 2024. Without the bank holidays (weekends only) 4 April to 28 June is 62 working
# days, and the 60th back is Monday 8 April.

TARGET = date(2024, 6, 28)


def test_aggregation_window_spans_the_may_bank_holidays():
    earlier = RequestHours(date(2024, 4, 4), D(15), ref="R-1")
    result = cost_limit_check(
        D(10), central_government=True, received=TARGET, aggregated=[earlier], calendar=EW
    )
    assert result.hours == D(25)
    assert (result.estimate, result.status) == (gbp(625), EXCEEDS)
    assert "2 requests aggregated: received within 60 consecutive working days" in (
        result.explain()
    )
    assert "SI 2004/3244 s. 5" in result.explain()


def test_one_working_day_too_early_is_outside_the_window():
    too_early = RequestHours(date(2024, 4, 3), D(15))
    with pytest.raises(InvalidInputError, match="61 working days") as info:
        cost_limit_check(
            D(10), central_government=True, received=TARGET, aggregated=[too_early], calendar=EW
        )
    assert info.value.field == "aggregated"


def test_the_bank_holidays_decide_the_window():
    earlier = RequestHours(date(2024, 4, 4), D(15))
    with pytest.raises(InvalidInputError, match="62 working days"):
        cost_limit_check(
            D(10), central_government=True, received=TARGET, aggregated=[earlier], calendar=PLAIN
        )
    eighth = RequestHours(date(2024, 4, 8), D(15))
    cost_limit_check(
        D(10), central_government=True, received=TARGET, aggregated=[eighth], calendar=PLAIN
    )


def test_aggregation_group_picks_the_trailing_window():
    target = RequestHours(TARGET, D(10))
    candidates = [
        RequestHours(date(2024, 4, 4), D(1), ref="in"),
        RequestHours(date(2024, 4, 3), D(1), ref="out: too early"),
        RequestHours(date(2024, 7, 5), D(1), ref="out: later"),
        RequestHours(TARGET, D(1), ref="in: same day"),
    ]
    assert [r.ref for r in aggregation_group(target, candidates, EW)] == ["in", "in: same day"]


def test_weekend_receipt_counts_from_the_next_working_day_by_default():
    # Saturday 29 June counts as Monday 1 July: the 60th working day back is then 5 April.
    saturday = RequestHours(date(2024, 6, 29), D(10))
    fourth, fifth = RequestHours(date(2024, 4, 4), D(1)), RequestHours(date(2024, 4, 5), D(1))
    assert aggregation_group(saturday, [fourth, fifth], EW) == (fifth,)
    previous = CostLimitPolicy(non_working_receipt=NonWorkingReceipt.PREVIOUS_WORKING_DAY)
    assert aggregation_group(saturday, [fourth, fifth], EW, policy=previous) == (fourth, fifth)


def test_aggregation_needs_dates_and_a_calendar():
    other = RequestHours(date(2024, 6, 3), D(1))
    with pytest.raises(InvalidInputError) as info:
        cost_limit_check(D(1), central_government=True, aggregated=[other], calendar=EW)
    assert info.value.field == "received"
    with pytest.raises(InvalidInputError) as info:
        cost_limit_check(D(1), central_government=True, received=TARGET, aggregated=[other])
    assert info.value.field == "calendar"
    with pytest.raises(InvalidInputError) as info:
        cost_limit_check(
            D(1), central_government=True, received=TARGET, aggregated=[3], calendar=EW
        )
    assert info.value.field == "aggregated[0]"


def test_aggregation_in_one_form():
    other = RequestHours(date(2024, 6, 3), {"locate": 1})
    with pytest.raises(InvalidInputError, match="same form"):
        cost_limit_check(
            D(1), central_government=True, received=TARGET, aggregated=[other], calendar=EW
        )


def test_foisa_aggregation_is_not_modelled():
    other = RequestHours(date(2024, 6, 3), D(1))
    with pytest.raises(InvalidInputError) as info:
        cost_limit_check(D(1), act=Act.FOISA, received=TARGET, aggregated=[other], calendar=EW)
    assert info.value.field == "aggregated"


def test_calendar_coverage_fails_closed():
    other = RequestHours(date(2023, 12, 1), D(1))
    with pytest.raises(LookupError):
        cost_limit_check(
            D(1), central_government=True, received=TARGET, aggregated=[other], calendar=PLAIN
        )


# -- refusal, not a fee (s.12); fees under (reg 6) and over (s.13, reg 7) ------------------------


def test_refusal_carries_its_estimate():
    refusal = cost_limit_check(D("24.5"), central_government=True).refusal()
    assert refusal.ground.kind is RefusalKind.COST_LIMIT
    assert str(refusal.ground.citation) == "FOIA 2000 s. 12(1)"
    assert (refusal.estimate, refusal.limit) == (gbp("612.50"), gbp(600))
    with pytest.raises(InvalidInputError):
        cost_limit_check(D(24), central_government=True).refusal()
    with pytest.raises(InvalidInputError):
        cost_limit_check({"locate": 1, "determine_held": None}, central_government=True).refusal()


def test_disbursements_under_the_limit():
    result = cost_limit_check(D(10), central_government=False)
    fee = result.disbursement_fee(Disbursements(reproduction=gbp("3.00"), postage=gbp("1.50")))
    assert fee.total == gbp("4.50")  # no staff time under the limit
    assert "SI 2004/3244 s. 6" in fee.explain()
    with pytest.raises(InvalidInputError):
        cost_limit_check(D(30), central_government=False).disbursement_fee(Disbursements())
    with pytest.raises(InvalidInputError):
        cost_limit_check(D(1), act=Act.FOISA).disbursement_fee(Disbursements())
    with pytest.raises(InvalidInputError) as info:
        Disbursements(postage=Money(1, "USD"))
    assert info.value.field == "postage"
    with pytest.raises(InvalidInputError):
        Disbursements(reproduction=gbp(-1))


def test_s13_fee_above_the_limit():
    result = cost_limit_check(D(30), central_government=True)  # £750
    fee = result.s13_fee(Disbursements(postage=gbp(10)), communication_hours=2)
    assert fee.total == gbp(810)  # 750 + 2 h x £25 + £10
    assert result.s13_fee().total == gbp(750)
    with pytest.raises(InvalidInputError) as info:
        result.s13_fee(communication_hours=1.5)  # type: ignore[arg-type]
    assert info.value.field == "communication_hours"
    strict = CostLimitPolicy(s13_communication_staff_time=False)
    no_staff = cost_limit_check(D(30), central_government=True, policy=strict)
    with pytest.raises(InvalidInputError):
        no_staff.s13_fee(communication_hours=1)
    with pytest.raises(InvalidInputError):
        cost_limit_check(D(24), central_government=True).s13_fee()


def test_foisa_s13_fee():
    result = cost_limit_check(D(50), act=Act.FOISA)  # 50 h x £15 = £750
    fee = result.s13_fee()
    assert fee.total == gbp(200)  # £50 + (£750 - £600)
    assert "SSI 2004/376 s. 4" in fee.explain()
    with pytest.raises(InvalidInputError):
        result.s13_fee(Disbursements(postage=gbp(1)))


# -- properties --------------------------------------------------------------------------------

HOURS = st.decimals(min_value=0, max_value=500, places=2, allow_nan=False, allow_infinity=False)


@given(HOURS, HOURS, st.booleans())
def test_estimate_monotone_in_hours(a, b, central):
    low, high = sorted((a, b))
    r_low = cost_limit_check(low, central_government=central)
    r_high = cost_limit_check(high, central_government=central)
    assert r_low.estimate <= r_high.estimate
    if r_low.status is EXCEEDS:
        assert r_high.status is EXCEEDS


@given(HOURS, st.booleans())
def test_exact_decimal_arithmetic(hours, central):
    result = cost_limit_check(hours, central_government=central)
    assert result.estimate.amount == hours * 25  # exact, no rounding
    limit = D(600) if central else D(450)
    assert (result.status is EXCEEDS) == (hours * 25 > limit)


@given(HOURS, HOURS, HOURS, HOURS)
def test_per_activity_equals_total(a, b, c, d):
    parts = cost_limit_check(
        {"determine_held": a, "locate": b, "retrieve": c, "extract": d}, central_government=True
    )
    total = cost_limit_check(a + b + c + d, central_government=True)
    assert (parts.estimate, parts.status) == (total.estimate, total.status)


@given(st.lists(HOURS, min_size=1, max_size=5), HOURS)
def test_aggregate_is_the_sum(others, own):
    group = [RequestHours(date(2024, 6, 3 + i), h) for i, h in enumerate(others)]
    result = cost_limit_check(
        own, central_government=False, received=TARGET, aggregated=group, calendar=EW
    )
    singles = [cost_limit_check(h, central_government=False).estimate for h in [own, *others]]
    assert result.estimate == sum(singles, gbp(0))


def _brute_effective(d: date, cal: WorkCalendar, step: int) -> date:
    while not cal.is_workday(d):
        d += timedelta(days=step)
    return d


def _brute_span(a: date, b: date, cal: WorkCalendar) -> int:
    n, d = 0, a
    while d <= b:
        n += cal.is_workday(d)
        d += timedelta(days=1)
    return n


DAYS_2024 = st.dates(date(2024, 2, 1), date(2024, 11, 30))


@given(DAYS_2024, st.lists(DAYS_2024, min_size=1, max_size=6), st.sampled_from(NonWorkingReceipt))
def test_window_matches_a_day_by_day_count(target_day, days, rule):
    # An independent reference: walk the calendar a day at a time.
    policy = CostLimitPolicy(non_working_receipt=rule)
    step = 1 if rule is NonWorkingReceipt.NEXT_WORKING_DAY else -1
    target = RequestHours(target_day, D(1))
    candidates = [RequestHours(d, D(1), ref=str(i)) for i, d in enumerate(days)]
    chosen = {r.ref for r in aggregation_group(target, candidates, EW, policy=policy)}
    end = _brute_effective(target_day, EW, step)
    for r in candidates:
        start = _brute_effective(r.received, EW, step)
        inside = start <= end and _brute_span(start, end, EW) <= 60
        assert (r.ref in chosen) == inside
    group = [r for r in candidates if r.ref in chosen]
    if group:  # what the helper picks, the check accepts
        result = cost_limit_check(
            D(1),
            central_government=True,
            received=target_day,
            aggregated=group,
            calendar=EW,
            policy=policy,
        )
        assert result.hours == D(1) + len(group)
