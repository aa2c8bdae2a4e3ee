"""Reconsideration and litigation cases, and table 四 counted from them.

A :class:`ReviewCase` is one administrative reconsideration (行政复议) or
lawsuit (行政诉讼, brought directly or after reconsideration) about the
organ's disclosure work: its kind, the day it was filed, and its result once
decided. :func:`aggregate_cases` counts them into table 四 for a year.

Which cases belong to a year's table is not stated by the format; it is a
named policy (:class:`CaseYearPolicy`, [INFERENCE]).

>>> from datetime import date
>>> cases = [
...     ReviewCase(kind=CaseKind.RECONSIDERATION, filed=date(2025, 3, 1),
...                result=CaseResult.MAINTAINED, decided=date(2025, 5, 1)),
...     ReviewCase(kind=CaseKind.RECONSIDERATION, filed=date(2025, 11, 1)),
...     ReviewCase(kind=CaseKind.LITIGATION_DIRECT, filed=date(2025, 6, 1),
...                result=CaseResult.CORRECTED, decided=date(2026, 2, 1)),
... ]
>>> t = aggregate_cases(cases, year=2025)
>>> t.to_labels()["行政复议"]
{'结果维持': 1, '结果纠正': 0, '其他结果': 0, '尚未审结': 1, '总计': 2}
>>> t["未经复议直接起诉", "尚未审结"]     # decided only in 2026: pending at the end of 2025
1

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date
from typing import Any, cast

import attrs

from govdisclosure.errors import InvalidInputError
from govdisclosure.jurisdictions.cn.report.format import (
    CASE_KINDS,
    CaseKind,
    CaseResult,
    Total,
)
from govdisclosure.jurisdictions.cn.report.tables import ReconsiderationLitigationTable
from govdisclosure.reports import Table

__all__ = ["CaseYearPolicy", "ReviewCase", "aggregate_cases"]


class CaseYearPolicy(enum.Enum):
    """Which cases a year's table 四 counts; the format does not say ([INFERENCE])."""

    FILED_IN_YEAR = "filed_in_year"
    """Cases filed in the year, each by its result as of 31 December (the default):
    decided by then → its result; otherwise → 尚未审结."""
    HANDLED_IN_YEAR = "handled_in_year"
    """Cases decided in the year (by result), plus cases filed by 31 December and still
    undecided then (尚未审结), whenever filed."""


def _check_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if type(value) is not date:
        msg = "must be a datetime.date"
        raise InvalidInputError(msg, field=attribute.name, value=value)


@attrs.frozen(kw_only=True)
class ReviewCase:
    """One reconsideration or lawsuit about the organ's disclosure work.

    Attributes:
        kind: Reconsideration, a suit without reconsideration first, or a suit
            after reconsideration.
        filed: The day the case was filed (accepted).
        result: The result; :attr:`CaseResult.PENDING` while undecided.
        decided: The day of the decision; ``None`` exactly when pending.
        id: The organ's reference, if any.
    """

    kind: CaseKind = attrs.field(validator=attrs.validators.instance_of(CaseKind))
    filed: date = attrs.field(validator=_check_date)
    result: CaseResult = attrs.field(
        default=CaseResult.PENDING, validator=attrs.validators.instance_of(CaseResult)
    )
    decided: date | None = attrs.field(default=None)
    id: str | None = None

    def __attrs_post_init__(self) -> None:
        if self.result is CaseResult.PENDING:
            if self.decided is not None:
                msg = "a pending case has no decision date; give its result"
                raise InvalidInputError(msg, field="decided", value=self.decided)
            return
        if self.decided is None:
            msg = f"a case with result {self.result.value!r} needs its decision date"
            raise InvalidInputError(msg, field="decided", value=None)
        _check_date(self, attrs.fields(ReviewCase).decided, self.decided)
        if self.decided < self.filed:
            msg = f"is before the case was filed ({self.filed.isoformat()})"
            raise InvalidInputError(msg, field="decided", value=self.decided)

    def result_on(self, on: date) -> CaseResult:
        """The result as it stood at the end of ``on`` (pending until decided).

        >>> c = ReviewCase(kind=CaseKind.RECONSIDERATION, filed=date(2025, 1, 2),
        ...                result=CaseResult.OTHER, decided=date(2025, 3, 1))
        >>> c.result_on(date(2025, 2, 28)), c.result_on(date(2025, 3, 1))
        (<CaseResult.PENDING: 'pending'>, <CaseResult.OTHER: 'other'>)
        """
        if self.decided is None or self.decided > on:
            return CaseResult.PENDING
        return self.result


def aggregate_cases(
    cases: Iterable[ReviewCase],
    *,
    year: int,
    policy: CaseYearPolicy = CaseYearPolicy.FILED_IN_YEAR,
) -> ReconsiderationLitigationTable:
    """Table 四 for ``year``, counted from case records (every cell filled; 0 is a real 0).

    Tables counted from disjoint sets of cases add up with ``+`` to the table
    of their union.

    Args:
        cases: The case records, in any order.
        year: The report year.
        policy: Which cases belong to the year (see :class:`CaseYearPolicy`).

    Raises:
        InvalidInputError: if an entry is not a :class:`ReviewCase`.
    """
    if type(year) is not int:
        msg = "must be a year (int)"
        raise InvalidInputError(msg, field="year", value=year)
    start, end = date(year, 1, 1), date(year, 12, 31)
    results = tuple(CaseResult)
    counts = {kind: dict.fromkeys(results, 0) for kind in CASE_KINDS}
    for i, entry in enumerate(cast("Iterable[object]", cases)):
        if not isinstance(entry, ReviewCase):
            msg = "not a ReviewCase"
            raise InvalidInputError(msg, field=f"cases[{i}]", value=entry)
        case = entry
        if policy is CaseYearPolicy.FILED_IN_YEAR:
            if start <= case.filed <= end:
                counts[case.kind][case.result_on(end)] += 1
        elif case.decided is not None and start <= case.decided <= end:
            counts[case.kind][case.result] += 1
        elif case.filed <= end and case.result_on(end) is CaseResult.PENDING:
            counts[case.kind][CaseResult.PENDING] += 1
    values = [
        [*(counts[kind][r] for r in results), sum(counts[kind].values())] for kind in CASE_KINDS
    ]
    return ReconsiderationLitigationTable(Table(CASE_KINDS, (*results, Total.TOTAL), values))
