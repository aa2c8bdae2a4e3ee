"""Counting a log of :class:`~.records.UkFoiRecord` into a quarter's FOI statistics.

:func:`aggregate_statistics` counts the records received in a calendar quarter
into the count tables of :func:`~.schemas.statistics_schema`, one pass, every
cell filled (a zero counted from records is a real zero):

* Table 1: received, by status at the time of monitoring, and of which EIR;
* Table 3: the replied by timeliness (due date, permitted extension), and the
  not yet answered (on hold, not yet processed); withdrawn or lapsed are in neither;
* Table 5: the initial outcome of the replied; the pending count as resolvable
  under :attr:`~.policy.StatisticsPolicy.resolvable_includes_pending`;
* the withheld reasons (one per withheld request), the exemptions used (a
  request counts once under each), internal reviews, permitted extensions.

Each record adds to its cells independently of the others, so the statistics
of a list equal the merge (``+``) of the statistics of any split of it.

>>> from datetime import date
>>> from govdisclosure.jurisdictions.uk import Act
>>> from govdisclosure.jurisdictions.uk.statistics import Outcome
>>> r = UkFoiRecord(body="HO", act=Act.FOIA, received=date(2020, 5, 1), due=date(2020, 5, 29),
...                 status=Status.REPLIED, replied=date(2020, 6, 10),
...                 outcome=Outcome.NOT_HELD)
>>> aggregate_statistics([r], year=2020, quarter=2).table("table3")["HO", "late"]
1

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable

from govdisclosure.errors import InvalidInputError
from govdisclosure.jurisdictions.uk.acts import Act
from govdisclosure.jurisdictions.uk.statistics.policy import StatisticsPolicy
from govdisclosure.jurisdictions.uk.statistics.records import (
    Status,
    UkFoiRecord,
    WithheldReason,
)
from govdisclosure.jurisdictions.uk.statistics.report import UkFoiStatistics, quarter_bounds
from govdisclosure.jurisdictions.uk.statistics.schemas import Overall, statistics_schema
from govdisclosure.reports import ReportTable

__all__ = ["aggregate_statistics"]

_STATUS_COLUMN = {
    Status.REPLIED: "replied",
    Status.ON_HOLD: "on_hold",
    Status.WITHDRAWN_OR_LAPSED: "withdrawn_or_lapsed",
    Status.NOT_YET_PROCESSED: "not_yet_processed",
}


def _count(counts: Counter[tuple[str, str]], r: UkFoiRecord, policy: StatisticsPolicy) -> None:
    add = counts.update
    add([("table1", "received"), ("table1", _STATUS_COLUMN[r.status]), ("table5", "received")])
    if r.act is Act.EIR:
        add([("table1", "eir")])
    if r.status in {Status.ON_HOLD, Status.NOT_YET_PROCESSED}:
        add([("table3", "not_yet_answered"), ("table5", "pending")])
        if policy.resolvable_includes_pending:
            add([("table5", "resolvable")])
    if r.status is Status.WITHDRAWN_OR_LAPSED:
        add([("table5", "withdrawn_or_lapsed")])
    if r.extended_due is not None:
        kind = "eir_reg7" if r.act is Act.EIR else "foia_pit"
        add([("extensions", "extended"), ("extensions", kind)])
    _count_reply(counts, r, policy)


def _count_reply(
    counts: Counter[tuple[str, str]], r: UkFoiRecord, policy: StatisticsPolicy
) -> None:
    add = counts.update
    timeliness, outcome = r.timeliness, r.outcome
    if timeliness is None or outcome is None:
        return
    add([("table3", "replied"), ("table3", timeliness.value), ("table5", outcome.value)])
    if outcome.resolvable:
        add([("table5", "resolvable")])
    reason = r.withheld_reason
    if reason is not None:
        if not policy.refusal_before_exemptions and r.exemptions:
            reason = WithheldReason.EXEMPTIONS
        add([("withheld_reasons", "withheld"), ("withheld_reasons", reason.value)])
    add(("exemptions", column) for column in r.exemption_columns)
    if r.review_requested:
        review = "pending" if r.review_outcome is None else r.review_outcome.value
        add([("internal_reviews", "requested"), ("internal_reviews", review)])


def aggregate_statistics(
    records: Iterable[UkFoiRecord],
    *,
    year: int,
    quarter: int,
    policy: StatisticsPolicy | None = None,
) -> UkFoiStatistics:
    """The quarter's count tables from the records received in it (others are not counted).

    Every cell is filled: a zero counted from records is a real zero. Each
    record adds to its cells independently of the others, so the statistics
    of a list equal the merge (``+``) of the statistics of any split of it.

    Raises:
        InvalidInputError: for a record that is not a :class:`UkFoiRecord`, or a bad period.
    """
    chosen: object = StatisticsPolicy() if policy is None else policy
    if not isinstance(chosen, StatisticsPolicy):
        msg = "must be a StatisticsPolicy"
        raise InvalidInputError(msg, field="policy", value=chosen)
    first, last = quarter_bounds(year, quarter)
    per_body: dict[str, Counter[tuple[str, str]]] = {}
    items: Iterable[object] = records
    for i, r in enumerate(items):
        if not isinstance(r, UkFoiRecord):
            msg = "must be a UkFoiRecord"
            raise InvalidInputError(msg, field=f"records[{i}]", value=r)
        if first <= r.received <= last:
            _count(per_body.setdefault(r.body, Counter()), r, chosen)
    bodies = tuple(sorted(per_body))
    overall: Counter[tuple[str, str]] = Counter()
    for counts in per_body.values():
        overall.update(counts)
    schema = statistics_schema(bodies, chosen)
    rows: list[tuple[Hashable, Counter[tuple[str, str]]]] = [
        *((b, per_body[b]) for b in bodies),
        (Overall.ALL_BODIES, overall),
    ]
    tables = [
        ReportTable.from_cells(
            s, {(row, c): counts[s.name, str(c)] for row, counts in rows for c in s.column_keys}
        )
        for s in schema.tables
    ]
    return UkFoiStatistics.of_tables(year, quarter, chosen, tables)
