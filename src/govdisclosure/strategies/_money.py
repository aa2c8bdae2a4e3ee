"""Strategies for money, fee schedules and assessments, and ledgers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from govdisclosure.fees import Band, BandCharge, FeeAssessment, ProgressiveSchedule, SteppedBands
from govdisclosure.ledger import LedgerItem, LedgerLine, Month, MonthlyLedger, MonthTotal
from govdisclosure.money import Money
from govdisclosure.strategies._base import (
    _dates,
    _labels,
    _optional,
    _texts,
)
from govdisclosure.strategies._calendar_law import citations

# -- money and fees ----------------------------------------------------------------------

_CURRENCIES = ("CNY", "USD", "EUR", "JPY", "GBP", "XYZ")


@st.composite
def money(
    draw: st.DrawFn,
    currency: str | None = None,
    *,
    min_value: int = 0,
    max_value: int = 10**6,
    max_places: int = 4,
) -> Money:
    """Exact amounts from ``min_value`` to ``max_value``, with 0 to ``max_places`` decimals.

    ``currency`` fixes the currency; by default one of a few is drawn.
    """
    code = currency if currency is not None else draw(st.sampled_from(_CURRENCIES))
    places = draw(st.integers(0, max_places))
    scale = 10**places
    units = draw(st.integers(min_value * scale, max_value * scale))
    return Money(Decimal(units).scaleb(-places), code)


@st.composite
def bands(draw: st.DrawFn, currency: str | None = None) -> Band:
    """Fee bands (a closed or open range of units at a rate)."""
    lower = draw(st.integers(1, 1000))
    upper = draw(_optional(st.integers(lower, lower + 1000)))
    rate = draw(money(currency, max_value=500, max_places=2))
    return Band(lower, upper, rate, draw(_optional(citations())))


@st.composite
def stepped_bands(
    draw: st.DrawFn, currency: str | None = None, start: int | None = None
) -> SteppedBands:
    """Endless runs of equal bands whose rate rises by a step."""
    code = currency if currency is not None else draw(st.sampled_from(_CURRENCIES))
    return SteppedBands(
        start=start if start is not None else draw(st.integers(1, 500)),
        width=draw(st.integers(1, 50)),
        first_rate=draw(money(code, max_value=500, max_places=2)),
        step=draw(money(code, max_value=100, max_places=2)),
        citation=draw(_optional(citations())),
    )


@st.composite
def progressive_schedules(
    draw: st.DrawFn, currency: str | None = None, *, open_ended: bool | None = None
) -> ProgressiveSchedule:
    """Contiguous progressive schedules; ``open_ended=True`` prices any number of units."""
    code = currency if currency is not None else draw(st.sampled_from(_CURRENCIES))
    widths = draw(st.lists(st.integers(1, 20), min_size=0, max_size=4))
    ending = draw(
        st.sampled_from(["open", "then"] if open_ended else ["open", "then", "closed"])
        if open_ended is not False
        else st.just("closed")
    )
    if ending == "closed" and not widths:
        widths = [draw(st.integers(1, 20))]
    found: list[Band] = []
    lower = 1
    for width in widths:
        rate = draw(money(code, max_value=500, max_places=2))
        found.append(Band(lower, lower + width - 1, rate, draw(_optional(citations()))))
        lower += width
    then = None
    if ending == "open":
        found.append(Band(lower, None, draw(money(code, max_value=500, max_places=2))))
    elif ending == "then":
        then = draw(stepped_bands(code, start=lower))
    return ProgressiveSchedule(
        draw(_labels),
        found,
        draw(_optional(citations())),
        then=then,
        unit=draw(st.sampled_from(["unit", "request", "page"])),
    )


@st.composite
def fee_assessments(draw: st.DrawFn, *, min_units: int = 0) -> FeeAssessment:
    """Fees of 0 to 60 units (at least ``min_units``) under an open-ended schedule."""
    schedule = draw(progressive_schedules(open_ended=True))
    units = draw(st.integers(min_units, 60))
    return schedule.fee(units, after=draw(st.integers(0, 40)))


def band_charges() -> st.SearchStrategy[BandCharge]:
    """Lines of a fee's breakdown."""
    return fee_assessments(min_units=1).flatmap(lambda a: st.sampled_from(a.breakdown))


def months() -> st.SearchStrategy[Month]:
    """Calendar months of 2000-2040."""
    return st.builds(Month, st.integers(2000, 2040), st.integers(1, 12))


def ledger_items() -> st.SearchStrategy[LedgerItem]:
    """Chargeable items: a date, 1 to 5 units, a reference."""
    return st.builds(LedgerItem, _dates, st.integers(1, 5), _texts)


@st.composite
def monthly_ledgers(draw: st.DrawFn, *, min_items: int = 0) -> MonthlyLedger:
    """One payer's items over a few months, charged under an open-ended schedule."""
    schedule = draw(progressive_schedules(open_ended=True))
    start = draw(_dates)
    items = draw(
        st.lists(
            st.builds(
                LedgerItem,
                st.dates(start, start + timedelta(days=90)),
                st.integers(1, 3),
                _texts,
            ),
            min_size=min_items,
            max_size=12,
        )
    )
    return MonthlyLedger.build(schedule, items)


def ledger_lines() -> st.SearchStrategy[LedgerLine]:
    """Lines of a ledger."""
    return monthly_ledgers(min_items=1).flatmap(lambda book: st.sampled_from(book.lines))


def month_totals() -> st.SearchStrategy[MonthTotal]:
    """Months of a ledger."""
    return monthly_ledgers(min_items=1).flatmap(lambda book: st.sampled_from(book.months))


def registry() -> dict[type, Callable[[], st.SearchStrategy[Any]]]:
    """The strategy of each model class of this module, by class."""
    return {
        Money: money,
        Band: bands,
        SteppedBands: stepped_bands,
        ProgressiveSchedule: progressive_schedules,
        FeeAssessment: fee_assessments,
        BandCharge: band_charges,
        Month: months,
        LedgerItem: ledger_items,
        MonthlyLedger: monthly_ledgers,
        LedgerLine: ledger_lines,
        MonthTotal: month_totals,
    }
