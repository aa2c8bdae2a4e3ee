"""The PRC annual report (政府信息公开工作年度报告): format, tables, checks, counts, rendering.

The rule pack's half of the report layer, built on :mod:`govdisclosure.reports`:

* :mod:`~.format`: the 2021 and 2019 national formats as data (sections,
  table 二 blocks, table 三 rows and columns, table 四 groups), official
  Chinese labels with English ones beside them, each with its citation;
* :mod:`~.schemas`: tables 二, 三 and 四 of each format as schemas of the generic
  engine (:class:`~govdisclosure.reports.TableSchema`), with their identities;
  :mod:`~.matching`: how their labels are matched as published reports print them;
* :mod:`~.tables`: :class:`RequestTable` (三), :class:`ReconsiderationLitigationTable`
  (四) and :class:`ProactiveTable` (二), thin typed wrappers over the engine: built
  from published labels, validated against their identities, merged with ``+``;
* :mod:`~.aggregate` and :mod:`~.cases`: the same tables counted from request
  logs, information items and case records; :func:`aggregate_columns`, table 三
  from columns (numpy, pandas);
* :mod:`~.annual`: the :class:`AnnualReport` and its filing deadline (Art 49);
* :mod:`~.headline`: headline figures (disclosure and on-time rates, days to reply);
* :mod:`~.render`: plain text, Markdown and HTML in the official layout;
* :mod:`~.corpus`: a :class:`ReportCorpus` of many agencies and years: continuity,
  changes, league tables (:class:`LeagueTable`), one long data frame; :mod:`~.charts`:
  their charts (matplotlib, optional).

>>> from govdisclosure.jurisdictions.cn.report import RequestTable
>>> RequestTable.zeros().validate()
()

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from govdisclosure._lazy import attach

if TYPE_CHECKING:
    from govdisclosure.jurisdictions.cn.report._columnar import (
        APPLICANT_KIND_CODES,
        NO_OUTCOME,
        OUTCOME_CODES,
        UNKNOWN_OUTCOME,
        aggregate_columns,
        request_columns,
    )
    from govdisclosure.jurisdictions.cn.report._league import LeagueEntry, LeagueTable, Rate
    from govdisclosure.jurisdictions.cn.report.aggregate import (
        DOCUMENT_ROWS,
        aggregate_proactive,
        aggregate_requests,
    )
    from govdisclosure.jurisdictions.cn.report.annual import (
        FILING_DEADLINES,
        AnnualReport,
        Filer,
        FilingDeadline,
        check_continuity,
        filing_deadline,
    )
    from govdisclosure.jurisdictions.cn.report.cases import (
        CaseYearPolicy,
        ReviewCase,
        aggregate_cases,
    )
    from govdisclosure.jurisdictions.cn.report.charts import (
        league_chart,
        outcome_mix,
        year_over_year,
    )
    from govdisclosure.jurisdictions.cn.report.corpus import (
        Change,
        ChangeTable,
        CorpusFinding,
        ReportCorpus,
    )
    from govdisclosure.jurisdictions.cn.report.format import (
        CaseKind,
        CaseResult,
        ProactiveColumn,
        ProactiveRow,
        ReportFormat,
        RequestRow,
        Total,
        format_for_year,
    )
    from govdisclosure.jurisdictions.cn.report.headline import (
        SMALL_SAMPLE,
        HeadlineFigures,
        headline_figures,
        wilson_interval,
    )
    from govdisclosure.jurisdictions.cn.report.tables import (
        ProactiveTable,
        ReconsiderationLitigationTable,
        RequestTable,
        check_carried_forward,
    )
else:
    __getattr__, __dir__ = attach(__name__, __file__)

__all__ = [
    "APPLICANT_KIND_CODES",
    "DOCUMENT_ROWS",
    "FILING_DEADLINES",
    "NO_OUTCOME",
    "OUTCOME_CODES",
    "SMALL_SAMPLE",
    "UNKNOWN_OUTCOME",
    "AnnualReport",
    "CaseKind",
    "CaseResult",
    "CaseYearPolicy",
    "Change",
    "ChangeTable",
    "CorpusFinding",
    "Filer",
    "FilingDeadline",
    "HeadlineFigures",
    "LeagueEntry",
    "LeagueTable",
    "ProactiveColumn",
    "ProactiveRow",
    "ProactiveTable",
    "Rate",
    "ReconsiderationLitigationTable",
    "ReportCorpus",
    "ReportFormat",
    "RequestRow",
    "RequestTable",
    "ReviewCase",
    "Total",
    "aggregate_cases",
    "aggregate_columns",
    "aggregate_proactive",
    "aggregate_requests",
    "check_carried_forward",
    "check_continuity",
    "filing_deadline",
    "format_for_year",
    "headline_figures",
    "league_chart",
    "outcome_mix",
    "request_columns",
    "wilson_interval",
    "year_over_year",
]
