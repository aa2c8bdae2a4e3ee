"""Tables 三 and 二 counted from records: requests and information items.

:func:`aggregate_requests` counts a log of :class:`~govdisclosure.requests.Request`
into table 三 for a year, in one pass:

* **一 new**: received in the year;
* **二 carried over**: received before the year and not concluded before 1 January;
* **三 outcome rows**: concluded in the year, by the concluding event —
  ``Replied`` by its outcome (a :class:`~cn.Outcome`), ``CorrectionLapsed`` and
  ``FeeLapsed`` by the first two （六）其他处理 rows, ``Withdrawn`` by （六）3 其他;
  （七）总计 is their sum;
* **四 carried forward**: received by 31 December and not concluded by then;

each in the column of ``request.applicant.kind``, with 总计 the sum of the six.
Every identity of the table holds by construction, and every cell is filled
(a zero counted from records is a real zero, not a blank).

Each request adds to its cells independently of every other request, so the
table of a set of requests is the sum of the tables of any partition of it:
by month of receipt, by agency, by shard on many machines, merged with ``+``
in any order.

>>> from datetime import date
>>> from govdisclosure.requests import (Applicant, ApplicantKind, Replied, Request,
...     Withdrawn)
>>> from govdisclosure.jurisdictions.cn.outcomes import Outcome
>>> person = Applicant(kind=ApplicantKind.NATURAL_PERSON)
>>> log = [
...     Request(id="a", received=date(2024, 12, 20), applicant=person,
...             events=[Replied(on=date(2025, 1, 10), outcome=Outcome.DISCLOSED)]),
...     Request(id="b", received=date(2025, 3, 1), applicant=person,
...             events=[Withdrawn(on=date(2025, 3, 5))]),
...     Request(id="c", received=date(2025, 12, 30), applicant=person),
... ]
>>> t = aggregate_requests(log, year=2025)
>>> rows = (RequestRow.NEW, RequestRow.CARRIED_OVER, Outcome.DISCLOSED, Outcome.OTHER,
...         RequestRow.HANDLED, RequestRow.CARRIED_FORWARD)
>>> [t[row, ApplicantKind.NATURAL_PERSON] for row in rows]
[2, 1, 1, 1, 2, 1]
>>> t["（六）其他处理 3.其他", "总计"]
1
>>> t.validate()
()

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from decimal import Decimal
from typing import cast

import attrs

from govdisclosure.errors import InvalidInputError
from govdisclosure.items import InformationItem, ValidityStatus
from govdisclosure.jurisdictions.cn.outcomes import Outcome, OutcomeGroup
from govdisclosure.jurisdictions.cn.report.format import (
    OTHER_SUB_ROWS,
    REQUEST_COLUMNS,
    ProactiveColumn,
    ProactiveRow,
    ReportFormat,
    RequestColumnKey,
    RequestRow,
    RequestRowKey,
    check_format,
    request_rows,
)
from govdisclosure.jurisdictions.cn.report.tables import ProactiveTable, RequestTable
from govdisclosure.reports import Table
from govdisclosure.requests import (
    ApplicantKind,
    CorrectionLapsed,
    FeeLapsed,
    Replied,
    Request,
    Withdrawn,
)

__all__ = ["DOCUMENT_ROWS", "aggregate_proactive", "aggregate_requests"]

_KINDS: tuple[ApplicantKind, ...] = tuple(ApplicantKind)
_WIDTH = len(_KINDS)
_COLUMNS: tuple[RequestColumnKey, ...] = tuple(c.key for c in REQUEST_COLUMNS)  # type: ignore[misc]


_ENDING_OUTCOME: dict[type[object], Outcome] = {
    CorrectionLapsed: Outcome.OTHER_CORRECTION_LAPSED,
    FeeLapsed: Outcome.OTHER_FEE_LAPSED,
    Withdrawn: Outcome.OTHER,
}
"""The outcome whose row counts a request that ended other than by a reply."""


def _outcome_row(outcome: Outcome, layout: ReportFormat) -> RequestRowKey:
    if layout is ReportFormat.V2019 and outcome.group is OutcomeGroup.OTHER:
        return RequestRow.OTHER_HANDLING
    return outcome


@attrs.frozen
class _Plan:
    """Where each count goes, for one layout: offsets into a flat list of counts."""

    rows: tuple[RequestRowKey, ...]
    index: dict[RequestRowKey, int]
    kind_offset: dict[int, int]
    outcome_cell: dict[int, int]
    ending_cell: dict[type[object], int]


@functools.cache
def _plan(layout: ReportFormat) -> _Plan:
    rows: tuple[RequestRowKey, ...] = tuple(spec.key for spec in request_rows(layout))
    index = {row: i * _WIDTH for i, row in enumerate(rows)}
    return _Plan(
        rows=rows,
        index=index,
        # Keyed by identity: enum members are singletons, and int keys hash in C.
        kind_offset={id(kind): j for j, kind in enumerate(_KINDS)},
        outcome_cell={id(o): index[_outcome_row(o, layout)] for o in Outcome},
        ending_cell={
            event: index[_outcome_row(outcome, layout)]
            for event, outcome in _ENDING_OUTCOME.items()
        },
    )


def aggregate_requests(
    requests: Iterable[Request],
    *,
    year: int,
    layout: ReportFormat = ReportFormat.V2021,
) -> RequestTable:
    """Table 三 for ``year``, counted from request records in one pass.

    Args:
        requests: The requests, in any order, from any iterable (read once).
        year: The report year.
        layout: The format of the table. The current (2021) format by default:
            it loses nothing, and ``to_layout(ReportFormat.V2019)`` gives the
            2019 layout, where the three （六） rows are one.

    Returns:
        The table, every cell filled (in 2021, （六）其他处理 with the sum of its
        three sub-rows).

    Raises:
        InvalidInputError: naming the request, for an entry that is not a
            request, a reply with no outcome recorded, or an outcome that is
            not a :class:`~cn.Outcome`.
    """
    _check_year(year)
    plan = _plan(check_format(layout))
    counts = _count(requests, plan, date(year, 1, 1), date(year, 12, 31))
    return _finish(counts, plan, layout)


def _check_year(year: object) -> None:
    if type(year) is not int or not 1 < year < 9999:
        msg = "must be a year (int, 2 to 9998)"
        raise InvalidInputError(msg, field="year", value=year)


def _finish(counts: list[int], plan: _Plan, layout: ReportFormat) -> RequestTable:
    """The table from the counts of the counted rows: 总计 of the handled rows, and of each row."""
    index = plan.index
    handled = index[RequestRow.HANDLED]
    split = layout is ReportFormat.V2021
    if split:  # （六）其他处理, the parent of its sub-rows, is their sum
        parent = index[RequestRow.OTHER_HANDLING]
        for outcome in OTHER_SUB_ROWS:
            at = index[outcome]
            for j in range(_WIDTH):
                counts[parent + j] += counts[at + j]
    for row in plan.rows:
        if isinstance(row, Outcome) or (row is RequestRow.OTHER_HANDLING and not split):
            at = index[row]
            for j in range(_WIDTH):
                counts[handled + j] += counts[at + j]
    values = []
    for row in plan.rows:
        line = counts[index[row] : index[row] + _WIDTH]
        values.append([*line, sum(line)])
    return RequestTable(Table(plan.rows, _COLUMNS, values), layout)


def _count(requests: Iterable[Request], plan: _Plan, start: date, end: date) -> list[int]:
    """The hot loop: one pass, plain list arithmetic, no objects made per request."""
    index = plan.index
    kind_offset = plan.kind_offset
    outcome_cell = plan.outcome_cell
    ending_cell = plan.ending_cell
    new = index[RequestRow.NEW]
    carried_over = index[RequestRow.CARRIED_OVER]
    carried_forward = index[RequestRow.CARRIED_FORWARD]
    counts = [0] * (len(plan.rows) * _WIDTH)
    request: object = None
    try:
        for request in requests:
            received = request.received
            if received > end:
                continue
            events = request.events
            last = events[-1] if events else None
            concluded = last.on if last is not None and last.concludes else None
            if received >= start:
                base = new
            elif concluded is None or concluded >= start:
                base = carried_over
            else:
                continue
            j = kind_offset[id(request.applicant.kind)]
            counts[base + j] += 1
            if concluded is None or concluded > end:
                counts[carried_forward + j] += 1
            elif type(last) is Replied:
                counts[outcome_cell[id(last.outcome)] + j] += 1
            else:
                counts[ending_cell[type(last)] + j] += 1
    except (AttributeError, KeyError, TypeError):
        raise _explain(request) from None
    return counts


def _explain(request: object) -> InvalidInputError:
    """The error for the entry that stopped the count."""
    if not isinstance(request, Request):
        msg = "not a Request"
        return InvalidInputError(msg, field="requests", value=request)
    last = request.events[-1] if request.events else None
    if isinstance(last, Replied):
        if last.outcome is None:
            msg = f"request {request.id!r} was replied to with no outcome recorded"
        else:
            msg = f"request {request.id!r} was replied to with an outcome that is not a cn.Outcome"
        return InvalidInputError(msg, field="outcome", value=last.outcome)
    msg = f"request {request.id!r} ends with an event the report does not know how to count"
    return InvalidInputError(msg, field="events", value=last)  # pragma: no cover - defensive


# -- table 二 from information items ----------------------------------------------

DOCUMENT_ROWS: tuple[ProactiveRow, ...] = (ProactiveRow.RULES, ProactiveRow.NORMATIVE_DOCUMENTS)
"""The rows of table 二 that are counted from documents (block 第二十条第（一）项)."""


def _document_columns(
    item: InformationItem, i: int, start: date, end: date
) -> list[ProactiveColumn]:
    """The document columns of table 二 that ``item`` counts in, for the year start–end."""
    columns: list[ProactiveColumn] = []
    if start <= item.formed <= end:
        columns.append(ProactiveColumn.ISSUED)
    validity = item.validity
    if validity.status is ValidityStatus.REPEALED:
        if validity.ends is None:
            msg = f"item {item.index_number!r} is repealed but its last day in force is unknown"
            raise InvalidInputError(msg, field=f"items[{i}].validity.ends", value=None)
        if start <= validity.ends <= end:
            columns.append(ProactiveColumn.REPEALED)
    if item.formed <= end and validity.in_force_on(end):
        columns.append(ProactiveColumn.IN_FORCE)
    return columns


def aggregate_proactive(
    items: Iterable[InformationItem],
    *,
    year: int,
    document_kind: Callable[[InformationItem], ProactiveRow | None],
    decisions: Mapping[ProactiveRow, int | None] | None = None,
    fees: Decimal | None = None,
) -> ProactiveTable:
    """Table 二 (2021 format) for ``year``: the documents block counted from items.

    Which items are 规章 and which 行政规范性文件 is not something an item
    records by itself; ``document_kind`` says (returning
    :attr:`ProactiveRow.RULES`, :attr:`ProactiveRow.NORMATIVE_DOCUMENTS`, or
    ``None`` for any other item). Our reading of the columns ([INFERENCE]):

    * 本年制发件数: documents formed (made) in the year;
    * 本年废止件数: documents repealed (``ValidityStatus.REPEALED``) whose last day
      in force falls in the year;
    * 现行有效件数: documents formed by 31 December and in force on that day.

    Licensing, penalty and coercion decisions are counts of decisions, not of
    items, and fees are amounts: give them as ``decisions`` and ``fees`` (万元);
    cells not given stay blank.

    Raises:
        InvalidInputError: for an entry that is not an item, a ``document_kind``
            answer that is not a documents row, a repealed document whose last
            day in force is unknown, or bad decisions or fees.

    >>> from govdisclosure.items import Validity
    >>> items = [
    ...     InformationItem("1", "Rule A", agency_id="x", formed=date(2025, 2, 1)),
    ...     InformationItem("2", "Doc B", agency_id="x", formed=date(2020, 2, 1),
    ...         validity=Validity(ValidityStatus.REPEALED, ends=date(2025, 6, 30))),
    ... ]
    >>> kind = lambda item: ProactiveRow.RULES if item.title.startswith("Rule") else (
    ...     ProactiveRow.NORMATIVE_DOCUMENTS)
    >>> t = aggregate_proactive(items, year=2025, document_kind=kind, fees=Decimal("0"))
    >>> docs = "行政规范性文件"
    >>> t["规章", "本年制发件数"], t[docs, "本年废止件数"], t[docs, "现行有效件数"]
    (1, 1, 0)
    """
    if type(year) is not int or not 1 < year < 9999:
        msg = "must be a year (int, 2 to 9998)"
        raise InvalidInputError(msg, field="year", value=year)
    start, end = date(year, 1, 1), date(year, 12, 31)
    counts = {
        (row, column): 0
        for row in DOCUMENT_ROWS
        for column in (ProactiveColumn.ISSUED, ProactiveColumn.REPEALED, ProactiveColumn.IN_FORCE)
    }
    for i, entry in enumerate(cast("Iterable[object]", items)):
        if not isinstance(entry, InformationItem):
            msg = "not an InformationItem"
            raise InvalidInputError(msg, field=f"items[{i}]", value=entry)
        row = document_kind(entry)
        if row is None:
            continue
        if row not in DOCUMENT_ROWS:
            msg = "document_kind must answer RULES, NORMATIVE_DOCUMENTS or None"
            raise InvalidInputError(msg, field=f"items[{i}]", value=row)
        for column in _document_columns(entry, i, start, end):
            counts[row, column] += 1
    cells: dict[tuple[ProactiveRow, ProactiveColumn], int | Decimal | None] = dict(counts)
    for row, value in (decisions or {}).items():
        cells[row, ProactiveColumn.DECISIONS] = value
    cells[ProactiveRow.FEES, ProactiveColumn.FEES_COLLECTED] = fees
    return ProactiveTable.from_cells(cells, ReportFormat.V2021)
