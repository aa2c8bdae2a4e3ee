"""Public Hypothesis strategies that build valid govdisclosure objects, of every model.

For users writing property-based tests of their own code, and used by the
library's own tests. Hypothesis is an optional dependency
(``pip install govdisclosure[strategies]``); importing :mod:`govdisclosure`
never imports it, only importing this module does.

Every strategy builds objects that pass the models' own checks: calendars
whose rest days are consistent, requests whose event logs can happen (each
event one that may come next: no reply before receipt, no end of a
consultation that was not started, nothing after the request ended), reviews
that follow the allowed steps, agency trees without cycles, schemes with
unique codes, report tables that satisfy their identities (or, asked for,
tables that break one), and annual reports whose tables share one format.

>>> from hypothesis import given, settings
>>> from govdisclosure.requests import Request
>>> from govdisclosure.serialization import from_json, to_json
>>> @settings(max_examples=25, deadline=None)
... @given(requests())
... def test_a_request_survives_json(request):
...     assert from_json(to_json(request), Request) == request
>>> test_a_request_survives_json()

A strategy for any model class, by its type (:func:`for_type`):

>>> from govdisclosure.jurisdictions.cn import RequestTable
>>> @settings(max_examples=10, deadline=None)
... @given(for_type(RequestTable))
... def test_tables_balance(table):
...     assert [f for f in table.validate() if f.rule != "blank"] == []
>>> test_tables_balance()

The PRC rule pack's models have strategies prefixed ``cn_``.
The UK pack's FOI statistics have strategies prefixed ``uk_``.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from hypothesis import strategies as st

from govdisclosure.strategies import (
    _calendar_law,
    _cn,
    _cn_corpus,
    _cn_parse,
    _fees,
    _holiday_rules,
    _money,
    _records,
    _reports,
    _requests,
    _schemas,
    _uk,
    _uk_exempt,
    _uk_stats,
    _us_agg,
    _us_annual,
    _us_clock,
    _us_fees,
)
from govdisclosure.strategies._calendar_law import (
    calendar_days,
    calendar_notices,
    calendars,
    citations,
    instruments,
    makeup_workdays,
    notice_sources,
    rest_days,
    working_days,
)
from govdisclosure.strategies._cn import (
    cn_annual_reports,
    cn_arrangements,
    cn_case_tables,
    cn_clock_policies,
    cn_dates,
    cn_decisions,
    cn_fee_notices,
    cn_filing_deadlines,
    cn_headline_figures,
    cn_holiday_notices,
    cn_outcomes,
    cn_per_request_band_policies,
    cn_per_request_terms,
    cn_proactive_deadlines,
    cn_proactive_tables,
    cn_request_tables,
    cn_review_cases,
    cn_special_limits,
)
from govdisclosure.strategies._cn_corpus import (
    cn_change_tables,
    cn_changes,
    cn_corpus_findings,
    cn_league_entries,
    cn_league_tables,
    cn_rates,
    cn_report_corpora,
)
from govdisclosure.strategies._money import (
    band_charges,
    bands,
    fee_assessments,
    ledger_items,
    ledger_lines,
    money,
    month_totals,
    monthly_ledgers,
    months,
    progressive_schedules,
    stepped_bands,
)
from govdisclosure.strategies._records import (
    actors,
    agencies,
    agency_trees,
    catalogues,
    categories,
    channel_activities,
    crosswalk_entries,
    crosswalk_reports,
    crosswalks,
    figures,
    information_items,
    periods,
    points_rules,
    quota_assessments,
    quota_rules,
    review_policies,
    reviews,
    schemes,
    shortfalls,
    submission_records,
    transitions,
    validities,
)
from govdisclosure.strategies._reports import (
    column_rules,
    report_findings,
    row_rules,
    sum_identities,
    tables,
)
from govdisclosure.strategies._requests import (
    _event_builders,
    applicant_identities,
    applicants,
    clock_findings,
    clock_rules,
    clock_steps,
    deadlines,
    events,
    exemption_grounds,
    override_rules,
    pause_rules,
    receipt_rules,
    requests,
)
from govdisclosure.strategies._uk_stats import (
    uk_foi_records,
    uk_foi_statistics,
    uk_statistics_policies,
)
from govdisclosure.strategies._us_annual import us_annual_reports

__all__ = [
    "actors",
    "agencies",
    "agency_trees",
    "applicant_identities",
    "applicants",
    "band_charges",
    "bands",
    "calendar_days",
    "calendar_notices",
    "calendars",
    "catalogues",
    "categories",
    "channel_activities",
    "citations",
    "clock_findings",
    "clock_rules",
    "clock_steps",
    "cn_annual_reports",
    "cn_arrangements",
    "cn_case_tables",
    "cn_change_tables",
    "cn_changes",
    "cn_clock_policies",
    "cn_corpus_findings",
    "cn_dates",
    "cn_decisions",
    "cn_fee_notices",
    "cn_filing_deadlines",
    "cn_headline_figures",
    "cn_holiday_notices",
    "cn_league_entries",
    "cn_league_tables",
    "cn_outcomes",
    "cn_per_request_band_policies",
    "cn_per_request_terms",
    "cn_proactive_deadlines",
    "cn_proactive_tables",
    "cn_rates",
    "cn_report_corpora",
    "cn_request_tables",
    "cn_review_cases",
    "cn_special_limits",
    "column_rules",
    "crosswalk_entries",
    "crosswalk_reports",
    "crosswalks",
    "deadlines",
    "events",
    "exemption_grounds",
    "fee_assessments",
    "figures",
    "for_type",
    "information_items",
    "instruments",
    "ledger_items",
    "ledger_lines",
    "makeup_workdays",
    "money",
    "month_totals",
    "monthly_ledgers",
    "months",
    "notice_sources",
    "override_rules",
    "pause_rules",
    "periods",
    "points_rules",
    "progressive_schedules",
    "quota_assessments",
    "quota_rules",
    "receipt_rules",
    "register_type_strategies",
    "report_findings",
    "requests",
    "rest_days",
    "review_policies",
    "reviews",
    "row_rules",
    "schemes",
    "shortfalls",
    "stepped_bands",
    "strategy_types",
    "submission_records",
    "sum_identities",
    "tables",
    "transitions",
    "uk_foi_records",
    "uk_foi_statistics",
    "uk_statistics_policies",
    "us_annual_reports",
    "validities",
    "working_days",
]

T = TypeVar("T")


# -- by type -------------------------------------------------------------------------------


def _registry() -> dict[type, Callable[[], st.SearchStrategy[Any]]]:
    table: dict[type, Callable[[], st.SearchStrategy[Any]]] = {}
    table.update(_calendar_law.registry())
    table.update(_money.registry())
    table.update(_records.registry())
    table.update(_requests.registry())
    table.update(_reports.registry())
    table.update(_cn.registry())
    table.update(_cn_parse.registry())
    table.update(_cn_corpus.registry())
    table.update(_fees.registry())
    table.update(_schemas.registry())
    table.update(_holiday_rules.registry())
    table.update(_us_clock.registry())
    table.update(_us_fees.registry())
    table.update(_us_agg.registry())
    table.update(_uk.registry())
    table.update(_uk_exempt.registry())
    table.update(_uk_stats.registry())
    table.update(_us_annual.registry())
    for cls, strategy in _event_builders().items():
        table[cls] = _constant(strategy)
    return table


def _constant(strategy: st.SearchStrategy[T]) -> Callable[[], st.SearchStrategy[T]]:
    return lambda: strategy


def strategy_types() -> tuple[type, ...]:
    """Every class :func:`for_type` has a strategy for."""
    return tuple(_registry())


def for_type(cls: type[T]) -> st.SearchStrategy[T]:
    """The strategy for model class ``cls`` (any class of :func:`strategy_types`).

    Raises:
        KeyError: there is no strategy for ``cls``.
    """
    found = _registry().get(cls)
    if found is None:
        msg = f"no strategy for {cls.__qualname__}"
        raise KeyError(msg)
    strategy: st.SearchStrategy[T] = found()
    return strategy


def register_type_strategies() -> None:
    """Register every strategy with Hypothesis, so that ``st.from_type(Model)`` uses it."""
    for cls in strategy_types():
        st.register_type_strategy(cls, for_type(cls))
