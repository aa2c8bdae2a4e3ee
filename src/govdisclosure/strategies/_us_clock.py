"""Hypothesis strategies for the US calendar and clock models.

Joined into :func:`govdisclosure.strategies.for_type` by ``_registry()``.

>>> from hypothesis import given, settings
>>> from govdisclosure.jurisdictions.us import calendar
>>> @settings(max_examples=5, deadline=None)
... @given(us_calendar_policies())
... def test_the_policy_builds_a_calendar(policy):
...     assert calendar(policy=policy).first.year == 2000
>>> test_the_policy_builds_a_calendar()

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import strategies as st

from govdisclosure.deadlines import Unit
from govdisclosure.jurisdictions.us import CalendarPolicy, ClockPolicy, Closure

__all__ = ["registry", "us_calendar_policies", "us_clock_policies", "us_closures"]

_TEXT = st.text(min_size=1, max_size=20).filter(lambda s: s.strip() != "")


def us_clock_policies() -> st.SearchStrategy[ClockPolicy]:
    """Every combination of the clock's policy choices."""
    return st.builds(
        ClockPolicy, routing_unit=st.sampled_from(Unit), toll_includes_start=st.booleans()
    )


def us_calendar_policies() -> st.SearchStrategy[CalendarPolicy]:
    """Calendar policies, covering through the end of 2026 to 2028."""
    return st.builds(
        CalendarPolicy,
        count_closure_days_as_holidays=st.booleans(),
        count_half_day_closures=st.booleans(),
        last=st.sampled_from((date(2026, 12, 31), date(2027, 12, 31), date(2028, 6, 30))),
    )


def us_closures() -> st.SearchStrategy[Closure]:
    """Executive-order closures, with or without their Federal Register record."""
    return st.builds(
        Closure,
        st.dates(date(2000, 1, 1), date(2030, 12, 31)),
        _TEXT,
        st.from_regex(r"1[0-9]{4}", fullmatch=True),
        st.none() | st.from_regex(r"20[0-9]{2}-[0-9]{5}", fullmatch=True),
        st.none() | st.dates(date(2000, 1, 1), date(2030, 12, 31)),
        st.none() | st.just("https://www.federalregister.gov/"),
        st.booleans(),
    )


def registry() -> dict[type, Callable[[], st.SearchStrategy[Any]]]:
    """The strategy of each model class of this module, by class."""
    return {
        ClockPolicy: us_clock_policies,
        CalendarPolicy: us_calendar_policies,
        Closure: us_closures,
    }
