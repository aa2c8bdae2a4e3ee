"""US FOIA fees (5 U.S.C. § 552(a)(4)(A)): hand-computed vectors, one per rule; fail-closed input.

Every expected total below is worked out by hand from the statute (spec §A4) in
the comment beside it, at the invented agency rates of ``RATES``: search $40 an
hour, review $60 an hour, duplication $0.10 a page.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from govdisclosure.errors import InvalidInputError
from govdisclosure.jurisdictions.us.fees import (
    QUARTER_HOURS,
    STATUTORY_DEFAULTS,
    DeadlineFacts,
    FeeBarException,
    FeePolicy,
    FeeRates,
    RequesterCategory,
    assess_fees,
    full_waiver,
    partial_waiver,
)
from govdisclosure.money import Money


def usd(n: str | int) -> Money:
    return Money(n, "USD")


RATES = FeeRates(search_per_hour=usd(40), review_per_hour=usd(60), per_page=usd("0.10"))

C = RequesterCategory
COM, EDU, SCI, NEWS, OTH = (
    C.COMMERCIAL,
    C.EDUCATIONAL,
    C.NONCOMMERCIAL_SCIENTIFIC,
    C.NEWS_MEDIA,
    C.OTHER,
)
D = Decimal
LARGE = FeeBarException.LARGE_REQUEST
AA = FeeBarException.UNUSUAL_CIRCUMSTANCES
CC = FeeBarException.COURT_EXCEPTIONAL
BB_SHOWN = DeadlineFacts(
    unusual_circumstances=True, timely_written_notice=True, pages_necessary=5001,
    good_faith_attempts=3,
)  # fmt: skip
MIN25 = {"minimum_fee": usd(25)}
MISSED = {"deadline_missed": True}

# (id, category, search hours, review hours, pages, extra keyword arguments, expected total)
VECTORS = [
    # (ii)(I): commercial use pays search, review and duplication, no allowance.
    ("com-all", COM, D(3), D(2), 200, {}, "260.00"),  # 3×40 + 2×60 + 200×0.10 = 120+120+20
    ("com-nothing", COM, D(0), D(0), 0, {}, "0"),  # no work, no fee
    ("com-fractions", COM, D("1.5"), D("0.25"), 10, {}, "76.00"),  # 60 + 15 + 1
    ("com-no-free-pages", COM, D(0), D(0), 100, {}, "10.00"),  # 100×0.10: no allowance
    # (ii)(II): educational, noncommercial scientific, news media: duplication only, 100 free.
    ("edu-100-free", EDU, D(10), D(5), 100, {}, "0"),  # search/review not chargeable; 100 free
    ("edu-101", EDU, D(10), D(5), 101, {}, "0.10"),  # 1 page × 0.10
    ("sci-350", SCI, D(0), D(0), 350, {}, "25.00"),  # 250 × 0.10
    ("news-1100", NEWS, D(20), D(20), 1100, {}, "100.00"),  # 1000 × 0.10
    # (ii)(III): all others: search and duplication; 2 hours and 100 pages free.
    ("oth-all-free", OTH, D(2), D(0), 100, {}, "0"),  # within both allowances
    ("oth-2.01h", OTH, D("2.01"), D(0), 0, {}, "0.40"),  # 0.01 h × 40, hours billed exactly
    ("oth-mixed", OTH, D("3.5"), D(1), 300, {}, "80.00"),  # 1.5×40 + 200×0.10; review free
    ("oth-int-hours", OTH, 3, 0, 0, {}, "40"),  # int hours: 1 h × 40
    ("oth-10h", OTH, D(10), D(0), 0, {}, "320"),  # 8 × 40
    # Quarter-hour billing (agency practice, policy QUARTER_HOURS): hours rounded up.
    ("oth-qh-2.1", OTH, D("2.1"), D(0), 0, {"policy": QUARTER_HOURS}, "10.00"),  # 2.25-2 = .25×40
    ("oth-qh-2.0", OTH, D("2.0"), D(0), 0, {"policy": QUARTER_HOURS}, "0"),  # exactly 2 h free
    # commercial: search 1.01 → 1.25 h × 40 = 50; review 0.01 → 0.25 h × 60 = 15
    ("com-qh", COM, D("1.01"), D("0.01"), 0, {"policy": QUARTER_HOURS}, "65.00"),
    # (iv)(I): minimum fee, by default not charged at or below it.
    ("min-at", OTH, D(0), D(0), 350, MIN25, "0"),  # 25.00 is not over 25
    ("min-at-charged", OTH, D(0), D(0), 350,
     {**MIN25, "policy": FeePolicy("at", charge_at_minimum=True)}, "25.00"),  # policy: at counts
    ("min-over", OTH, D(0), D(0), 351, MIN25, "25.10"),  # 251 × 0.10 over 25
    ("min-com-under", COM, D("0.5"), D(0), 0, MIN25, "0"),  # 20 ≤ 25
    # (viii)(I): time limit missed: no search fees; preferred: no duplication fees.
    ("late-oth", OTH, D(5), D(0), 300, MISSED, "20.00"),  # search barred; 200 × 0.10
    ("late-news", NEWS, D(0), D(0), 1100, MISSED, "0"),  # duplication barred
    ("late-sci", SCI, D(3), D(3), 5000, MISSED, "0"),  # duplication barred
    ("late-com", COM, D(3), D(2), 200, MISSED, "140.00"),  # review 120 + dup 20, search barred
    # (viii)(II)(bb): unusual circumstances, > 5,000 pages, notice, 3 attempts: excused.
    ("bb-shown", OTH, D(5), D(0), 300,
     {**MISSED, "exceptions": [LARGE], "facts": BB_SHOWN}, "140.00"),  # 3×40 + 20
    ("bb-5000", OTH, D(5), D(0), 300,
     {**MISSED, "exceptions": [LARGE],
      "facts": DeadlineFacts(unusual_circumstances=True, timely_written_notice=True,
                             pages_necessary=5000, good_faith_attempts=3)},
     "20.00"),  # 5,000 is not more than 5,000: barred
    ("bb-2-attempts", OTH, D(5), D(0), 300,
     {**MISSED, "exceptions": [LARGE],
      "facts": DeadlineFacts(unusual_circumstances=True, timely_written_notice=True,
                             pages_necessary=6000, good_faith_attempts=2)},
     "20.00"),  # 2 attempts, no discussion: barred
    ("bb-discussed", OTH, D(5), D(0), 300,
     {**MISSED, "exceptions": [LARGE],
      "facts": DeadlineFacts(unusual_circumstances=True, timely_written_notice=True,
                             pages_necessary=6000, scope_discussed=True)},
     "140.00"),  # discussed: excused
    # (viii)(II)(aa): unusual circumstances and timely notice: excused for 10 more days.
    ("aa-10", OTH, D(5), D(0), 300,
     {**MISSED, "exceptions": [AA],
      "facts": DeadlineFacts(unusual_circumstances=True, timely_written_notice=True,
                             days_late=10)},
     "140.00"),  # within the additional 10 days
    ("aa-11", OTH, D(5), D(0), 300,
     {**MISSED, "exceptions": [AA],
      "facts": DeadlineFacts(unusual_circumstances=True, timely_written_notice=True,
                             days_late=11)},
     "20.00"),  # past the extended limit: barred
    # (viii)(II)(cc): a court found exceptional circumstances; complied in the court's time.
    ("cc", NEWS, D(0), D(0), 1100,
     {**MISSED, "exceptions": [CC],
      "facts": DeadlineFacts(court_found_exceptional=True, within_court_time=True)},
     "100.00"),  # 1000 × 0.10, not barred
    # (iii): fee waivers, applied last.
    ("waiver-full", COM, D(3), D(2), 200, {"waiver": full_waiver()}, "0"),
    ("waiver-10", OTH, D("3.5"), D(1), 300, {**MIN25, "waiver": partial_waiver(usd(10))},
     "70.00"),  # 80 passes 25, then 10 off
    ("waiver-60-last", OTH, D("3.5"), D(1), 300, {**MIN25, "waiver": partial_waiver(usd(60))},
     "20.00"),  # 80 passes 25 (waiver last), then 60 off
    ("waiver-60-first", OTH, D("3.5"), D(1), 300,
     {**MIN25, "waiver": partial_waiver(usd(60)), "policy": FeePolicy("w", waiver_last=False)},
     "0"),  # 80 - 60 = 20, which is not over 25
]  # fmt: skip


@pytest.mark.parametrize("vector", VECTORS, ids=[v[0] for v in VECTORS])
def test_hand_computed_vectors(vector):
    _, category, search, review, pages, extra, expected = vector
    fee = assess_fees(
        category=category,
        search_hours=search,
        review_hours=review,
        pages=pages,
        rates=RATES,
        **extra,
    )
    assert fee.total == usd(expected)
    assert fee.total == fee.gross + sum((a.amount for a in fee.assessment.adjustments), usd(0))


def _fee(**kwargs):
    base = {
        "category": OTH,
        "search_hours": D(0),
        "review_hours": D(0),
        "pages": 0,
        "rates": RATES,
    }
    return assess_fees(**{**base, **kwargs})


def test_advance_payment_only_when_the_fee_will_exceed_250():
    # (v): "will exceed $250": 6.25 h × 40 = 250.00 exactly is not over; one more page is.
    assert not _fee(category=COM, search_hours=D("6.25")).advance_payment_allowed
    assert _fee(category=COM, search_hours=D("6.25"), pages=1).advance_payment_allowed
    # (v): or the requester failed to pay before: any fee.
    assert _fee(category=COM, pages=1, prior_nonpayment=True).advance_payment_allowed


def test_review_fees_are_never_barred():
    # (viii)(I) bars search (and duplication for (ii)(II)), not review: 2 h × 60 = 120.
    fee = _fee(category=COM, review_hours=D(2), deadline_missed=True)
    assert fee.total == usd(120)
    assert "review fees are not barred" in fee.explain()


def test_steps_cite_the_statute():
    fee = _fee(search_hours=D(5), pages=300, deadline_missed=True)
    text = fee.explain()
    assert "5 U.S.C. § 552(a)(4)(A)(ii)(III)" in text
    assert "5 U.S.C. § 552(a)(4)(A)(iv)(II)" in text
    assert "5 U.S.C. § 552(a)(4)(A)(viii)(I)" in text
    assert fee.excused_by is None


def test_an_exception_not_shown_is_explained_with_what_is_missing():
    facts = DeadlineFacts(unusual_circumstances=True, pages_necessary=6000)
    fee = _fee(search_hours=D(5), deadline_missed=True, exceptions=[LARGE], facts=facts)
    text = fee.explain()
    assert "exception (bb) not shown" in text
    assert "timely written notice" in text
    assert "3 good-faith attempts" in text
    assert fee.total == usd(0)  # 3 h of search barred


def test_the_first_exception_shown_excuses():
    fee = _fee(search_hours=D(5), deadline_missed=True, exceptions=[AA, LARGE], facts=BB_SHOWN)
    # (aa) is not shown (no days_late); (bb) is.
    assert fee.excused_by is LARGE
    assert fee.total == usd(120)


def test_the_unit_of_the_additional_days_is_a_policy():
    facts = DeadlineFacts(unusual_circumstances=True, timely_written_notice=True, days_late=3)
    fee = _fee(deadline_missed=True, exceptions=[AA], facts=facts)
    assert "10 working days" in fee.explain()
    calendar = FeePolicy("calendar", excuse_in_working_days=False)
    fee = _fee(deadline_missed=True, exceptions=[AA], facts=facts, policy=calendar)
    assert "10 calendar days" in fee.explain()


def test_bad_input_fails_closed_naming_every_field():
    with pytest.raises(InvalidInputError) as err:
        assess_fees(
            category="other",
            search_hours=1.5,
            review_hours=D(-1),
            pages=D(3),
            rates=RATES,
            minimum_fee=Money(5, "EUR"),
        )
    assert set(err.value.fields) == {
        "category",
        "search_hours",
        "review_hours",
        "pages",
        "minimum_fee",
    }


@pytest.mark.parametrize("pages", [-1, 1.0, True])
def test_pages_must_be_a_whole_count(pages):
    with pytest.raises(InvalidInputError):
        _fee(pages=pages)


def test_an_exception_needs_a_missed_limit_and_facts():
    with pytest.raises(InvalidInputError) as err:
        _fee(exceptions=[LARGE])
    assert set(err.value.fields) == {"exceptions", "facts"}
    with pytest.raises(InvalidInputError):
        _fee(deadline_missed=True, exceptions=["bb"], facts=BB_SHOWN)


def test_rates_are_in_dollars_and_not_negative():
    with pytest.raises(InvalidInputError):
        FeeRates(search_per_hour=usd(-1), review_per_hour=usd(1), per_page=usd(1))
    with pytest.raises(InvalidInputError):
        partial_waiver(Money(1, "EUR"))


def test_default_policy_is_the_statutory_reading():
    assert STATUTORY_DEFAULTS.billing_increment is None
    assert STATUTORY_DEFAULTS.charge_at_minimum is False
    assert STATUTORY_DEFAULTS.waiver_last is True
    assert STATUTORY_DEFAULTS.excuse_in_working_days is True
