"""The Cabinet Office's FOI statistics (central government), counted from records and checked.

A monitored body's log is a list of :class:`UkFoiRecord`; :func:`aggregate_statistics`
counts the requests received in a calendar quarter into the bulletin's tables
(Table 1 status, Table 3 timeliness, Table 5 initial outcomes, the withheld
reasons, the exemptions used, internal reviews and permitted extensions), a
row per body and an all-bodies row, on the generic report engine; Tables 4,
6a and 6b and the shares of the withheld reasons are derived percentages.
:meth:`UkFoiStatistics.from_published` reads printed figures, checked by the
same identities. Where the bulletins' definitions were not read, the choice
is a field of :class:`StatisticsPolicy`.

>>> stats = aggregate_statistics([], year=2020, quarter=2)
>>> stats.bodies, stats.table("table1")[Overall.ALL_BODIES, "received"]
((), 0)

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from govdisclosure.jurisdictions.uk.statistics.aggregate import aggregate_statistics
from govdisclosure.jurisdictions.uk.statistics.policy import StatisticsPolicy
from govdisclosure.jurisdictions.uk.statistics.records import (
    Outcome,
    Refusal,
    ReviewOutcome,
    Status,
    Timeliness,
    UkFoiRecord,
    WithheldReason,
    exemption_column,
)
from govdisclosure.jurisdictions.uk.statistics.report import UkFoiStatistics, quarter_bounds
from govdisclosure.jurisdictions.uk.statistics.schemas import (
    ALL_BODIES_LABEL,
    COUNT_TABLES,
    EXEMPTION_COLUMNS,
    PERCENT_TABLES,
    TITLES,
    Overall,
    PercentColumn,
    PercentTable,
    percent_schema,
    statistics_schema,
    table_schema,
)

__all__ = [
    "ALL_BODIES_LABEL",
    "COUNT_TABLES",
    "EXEMPTION_COLUMNS",
    "PERCENT_TABLES",
    "TITLES",
    "Outcome",
    "Overall",
    "PercentColumn",
    "PercentTable",
    "Refusal",
    "ReviewOutcome",
    "StatisticsPolicy",
    "Status",
    "Timeliness",
    "UkFoiRecord",
    "UkFoiStatistics",
    "WithheldReason",
    "aggregate_statistics",
    "exemption_column",
    "percent_schema",
    "quarter_bounds",
    "statistics_schema",
    "table_schema",
]
