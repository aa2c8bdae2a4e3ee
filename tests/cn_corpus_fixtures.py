"""A hand-made corpus of PRC annual reports: three agencies over two or three years.

Each report's table 三 is written out with its numbers in the 自然人 and 总计 columns (the
other applicant columns 0), so that every expected rate, difference and interval in the
tests is computed by hand from these lines.
"""

from __future__ import annotations

from govdisclosure.jurisdictions import cn
from govdisclosure.jurisdictions.cn.outcomes import Outcome
from govdisclosure.jurisdictions.cn.report import (
    ReconsiderationLitigationTable,
    ReportCorpus,
    ReportFormat,
    RequestRow,
    RequestTable,
)
from govdisclosure.jurisdictions.cn.report.format import Total, request_rows
from govdisclosure.requests import ApplicantKind

PERSON = ApplicantKind.NATURAL_PERSON


def requests_table(  # noqa: PLR0917 - the six figures of one hand-made table
    new: int,
    over: int,
    disclosed: int,
    partly: int,
    not_held: int,
    forward: int,
    layout: ReportFormat = ReportFormat.V2021,
) -> RequestTable:
    """Table 三 with the figures in 自然人 and 总计, every other cell 0."""
    handled = disclosed + partly + not_held
    assert new + over == handled + forward, "the hand-made table must balance"
    cells = {
        (spec.key, column): 0
        for spec in request_rows(layout)
        for column in (*ApplicantKind, Total.TOTAL)
    }
    for row, n in (
        (RequestRow.NEW, new),
        (RequestRow.CARRIED_OVER, over),
        (Outcome.DISCLOSED, disclosed),
        (Outcome.PARTLY_DISCLOSED, partly),
        (Outcome.UNAVAILABLE_NOT_HELD, not_held),
        (RequestRow.HANDLED, handled),
        (RequestRow.CARRIED_FORWARD, forward),
    ):
        cells[row, PERSON] = n
        cells[row, Total.TOTAL] = n
    return RequestTable.from_cells(cells, layout)


def report(agency: str, year: int, table: RequestTable, **kw: object) -> cn.AnnualReport:
    return cn.AnnualReport(agency=agency, year=year, requests=table, **kw)  # type: ignore[arg-type]


# 甲局 2024 table 四: reconsideration 3 upheld, 1 corrected, 1 pending (5); suits without
# reconsideration 2 upheld, 1 corrected (3); none after reconsideration.
REVIEWS_2024 = ReconsiderationLitigationTable.from_row(
    [3, 1, 0, 1, 5, 2, 1, 0, 0, 3, 0, 0, 0, 0, 0]
)

JIA, YI, BING = "甲局", "乙局", "丙区人民政府"
REPORTS = [
    report(JIA, 2022, requests_table(90, 10, 50, 10, 20, 20)),
    report(JIA, 2023, requests_table(100, 20, 60, 15, 25, 20)),
    # 上年结转 18, but 2023 carried 20 forward: 自然人 and 总计 disagree
    report(JIA, 2024, requests_table(82, 18, 40, 0, 40, 20), reviews=REVIEWS_2024),
    report(YI, 2022, requests_table(40, 0, 30, 0, 10, 0)),
    # no 2023 report: a gap
    report(YI, 2024, requests_table(30, 0, 12, 3, 15, 0)),
    # 丙区's 2023 report is in the 2019 trial format
    report(BING, 2023, requests_table(12, 0, 6, 0, 6, 0, ReportFormat.V2019)),
    report(BING, 2024, requests_table(20, 0, 20, 0, 0, 0)),
]
CORPUS = ReportCorpus(reversed(REPORTS))
