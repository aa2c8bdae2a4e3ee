"""The rule packs' tallies on Dask: PRC table 三, the US FoiaTally, the UK quarter's statistics.

Each function checks its arguments at once (by tallying no records, which is
also the answer for data of no partitions), then runs the pack's own
single-process aggregation on every partition with
:func:`~govdisclosure.parallel.aggregate_partitioned` and merges the tallies with
``+``. The result equals the single-process one on all the records.

>>> import dask
>>> import dask.bag as db
>>> from datetime import date
>>> from govdisclosure.requests import Applicant, ApplicantKind, Request, Withdrawn
>>> person = Applicant(kind=ApplicantKind.NATURAL_PERSON)
>>> log = [Request(id=str(i), received=date(2025, 3, i), applicant=person,
...                events=[Withdrawn(on=date(2025, 3, 20))]) for i in range(1, 11)]
>>> with dask.config.set(scheduler="synchronous"):
...     table = cn_requests_table(db.from_sequence(log, npartitions=4), year=2025)
>>> table["一、本年新收政府信息公开申请数量", "总计"], table["（六）其他处理 3.其他", "总计"]
(10, 10)

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import functools

from govdisclosure.calendar import WorkCalendar
from govdisclosure.jurisdictions.cn.report import ReportFormat, RequestTable, aggregate_requests
from govdisclosure.jurisdictions.uk.statistics import (
    StatisticsPolicy,
    UkFoiStatistics,
    aggregate_statistics,
)
from govdisclosure.jurisdictions.us.report import AggregationPolicy, FoiaTally
from govdisclosure.parallel._dask import aggregate_partitioned

__all__ = ["cn_requests_table", "uk_foi_statistics", "us_foia_tally"]


def cn_requests_table(
    requests: object,
    *,
    year: int,
    layout: ReportFormat = ReportFormat.V2021,
    scheduler: str | None = None,
) -> RequestTable:
    """Table 三 of ``year`` from partitioned :class:`~govdisclosure.requests.Request` records.

    ``requests`` is a ``dask.bag.Bag`` of requests, or an iterable of partitions
    (see :func:`~govdisclosure.parallel.aggregate_partitioned`); the table equals
    ``cn.aggregate_requests(all_requests, year=year, layout=layout)``.

    Raises:
        InvalidInputError: for a bad year or layout (before any task runs), or as
            :func:`~govdisclosure.jurisdictions.cn.report.aggregate_requests` raises
            for a bad record, with a note naming its partition.
    """
    aggregate_requests((), year=year, layout=layout)
    count = functools.partial(aggregate_requests, year=year, layout=layout)
    return aggregate_partitioned(requests, count, scheduler=scheduler)


def us_foia_tally(
    records: object,
    *,
    fiscal_year: int,
    calendar: WorkCalendar,
    policy: AggregationPolicy | None = None,
    scheduler: str | None = None,
) -> FoiaTally:
    """The US ``FoiaTally`` of a fiscal year from partitioned request records.

    ``records`` holds :class:`~govdisclosure.jurisdictions.us.report.FoiaRequestRecord`
    values; the tally equals ``FoiaTally.of(all_records, fiscal_year=..., calendar=...,
    policy=...)``. The calendar (and policy) travel with every task.

    Raises:
        InvalidInputError: for a bad fiscal year, calendar or policy (before any
            task runs), or for a bad record, with a note naming its partition.
        CalendarNotPublishedError: for a day the calendar does not cover.
    """
    FoiaTally.of((), fiscal_year=fiscal_year, calendar=calendar, policy=policy)
    count = functools.partial(
        FoiaTally.of, fiscal_year=fiscal_year, calendar=calendar, policy=policy
    )
    return aggregate_partitioned(records, count, scheduler=scheduler)


def uk_foi_statistics(
    records: object,
    *,
    year: int,
    quarter: int,
    policy: StatisticsPolicy | None = None,
    scheduler: str | None = None,
) -> UkFoiStatistics:
    """A quarter's UK FOI statistics from partitioned records.

    ``records`` holds :class:`~govdisclosure.jurisdictions.uk.statistics.UkFoiRecord`
    values; the statistics equal ``aggregate_statistics(all_records, year=...,
    quarter=..., policy=...)``.

    Raises:
        InvalidInputError: for a bad period or policy (before any task runs), or
            for a bad record, with a note naming its partition.
    """
    aggregate_statistics((), year=year, quarter=quarter, policy=policy)
    count = functools.partial(aggregate_statistics, year=year, quarter=quarter, policy=policy)
    return aggregate_partitioned(records, count, scheduler=scheduler)
