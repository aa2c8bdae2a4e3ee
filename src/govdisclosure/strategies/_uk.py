"""Hypothesis strategies for the UK rule pack's models.

Joined into :func:`govdisclosure.strategies.for_type` by ``_registry()``.

>>> from hypothesis import given, settings
>>> from govdisclosure.jurisdictions import uk
>>> @settings(max_examples=5, deadline=None)
... @given(uk_calendar_policies())
... def test_the_policy_builds_a_calendar(policy):
...     assert uk.calendar(policy=policy).first.year == 2005
>>> test_the_policy_builds_a_calendar()

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import strategies as st

from govdisclosure.jurisdictions.uk import (
    Act,
    Basis,
    CalendarPolicy,
    ClockPolicy,
    FeePeriodEnd,
    Holiday,
    LateProclamation,
    Part,
    Proclamation,
    ReceiptDay,
    Variation,
)
from govdisclosure.jurisdictions.uk._clock_rules import LegalPeriod
from govdisclosure.law import WorkingDays
from govdisclosure.strategies._calendar_law import citations
from govdisclosure.strategies._holiday_rules import holiday_rules

__all__ = [
    "registry",
    "uk_calendar_policies",
    "uk_clock_policies",
    "uk_holidays",
    "uk_legal_periods",
    "uk_proclamations",
    "uk_variations",
]

_TEXT = st.text(min_size=1, max_size=20).filter(lambda s: s.strip() != "")
_PARTS = [p for p in Part if p is not Part.ALL]


def uk_calendar_policies() -> st.SearchStrategy[CalendarPolicy]:
    """Every combination of the calendar's policy choices, through 2026 to 2028."""
    return st.builds(
        CalendarPolicy,
        count_battle_of_the_boyne=st.booleans(),
        st_andrews_day_first_year=st.integers(2005, 2010),
        last=st.sampled_from((date(2026, 12, 31), date(2027, 12, 31), date(2028, 6, 30))),
    )


def uk_holidays() -> st.SearchStrategy[Holiday]:
    """A yearly holiday rule with its legal basis."""
    return st.builds(Holiday, holiday_rules(), st.sampled_from(Basis))


def uk_proclamations() -> st.SearchStrategy[Proclamation]:
    """A one-off bank holiday for one or more parts, with or without its announcement."""
    return st.builds(
        Proclamation,
        st.dates(date(2005, 1, 1), date(2030, 12, 31)),
        _TEXT,
        st.frozensets(st.sampled_from(_PARTS), min_size=1),
        replaces=st.none() | _TEXT,
        announced=st.none() | st.dates(date(2005, 1, 1), date(2030, 12, 31)),
        title=_TEXT,
        url=st.none() | st.just("https://www.thegazette.co.uk/"),
    )


def uk_clock_policies() -> st.SearchStrategy[ClockPolicy]:
    """Every combination of the reply clocks' policy choices."""
    caps = st.none() | st.builds(WorkingDays, st.integers(1, 60))
    return st.builds(
        ClockPolicy,
        receipt_on_non_working_day=st.sampled_from(ReceiptDay),
        fee_interval_includes_notice_day=st.booleans(),
        fee_period_end=st.sampled_from(FeePeriodEnd),
        pit_extension_cap=caps,
        eir_fee_notice_pauses=st.booleans(),
        eir_working_days=st.sampled_from((Part.ALL, Part.SCOTLAND)),
        foisa_fee_lapse=st.booleans(),
        review_extension_cap=caps,
        clarification_restarts=st.booleans(),
        proclaimed_after_receipt=st.sampled_from(LateProclamation),
    )


def uk_variations() -> st.SearchStrategy[Variation]:
    """A later day for replies set by regulations, up to the 60th working day."""
    return st.builds(
        Variation,
        _TEXT,
        st.sampled_from(Act),
        st.builds(WorkingDays, st.integers(1, 60)),
        citations(),
        school_days=st.booleans(),
    )


def uk_legal_periods() -> st.SearchStrategy[LegalPeriod]:
    """A period of working days with its source."""
    return st.builds(LegalPeriod, st.builds(WorkingDays, st.integers(0, 60)), citations())


def registry() -> dict[type, Callable[[], st.SearchStrategy[Any]]]:
    """The strategy of each model class of the UK pack, by class."""
    return {
        ClockPolicy: uk_clock_policies,
        Variation: uk_variations,
        LegalPeriod: uk_legal_periods,
        CalendarPolicy: uk_calendar_policies,
        Holiday: uk_holidays,
        Proclamation: uk_proclamations,
    }
