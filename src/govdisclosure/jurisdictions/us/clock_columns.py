"""The FOIA reply clock over columns: :func:`reply_deadlines_columns`, for many requests at once.

The same due dates as :func:`~govdisclosure.jurisdictions.us.reply_deadline`,
row by row, from columns: the date of receipt, the information toll
(``correction_requested`` to ``correction_received``, § 552(a)(6)(A)(ii)(I)),
one fee toll (``pause_start`` to ``pause_end`` with
``pause_reason=PauseReason.FEE``, (A)(ii)(II); a consultation tolls nothing)
and the unusual-circumstances extension (``extension_on``, by default of ten
working days, § 552(a)(6)(B)(i)). The generic engine is
:func:`govdisclosure.deadlines.due_dates_array`; a row with both tolls, or one
routed to another component (``Routed``, which has no column), is for the
object path.

>>> import numpy as np
>>> from govdisclosure.deadlines import PauseReason
>>> days = lambda *d: np.array(d, dtype="datetime64[D]")
>>> out = reply_deadlines_columns(days("2024-12-20", "2026-06-12"),
...     correction_requested=days("NaT", "2026-06-16"),
...     correction_received=days("NaT", "2026-06-18"),
...     extension_on=days("NaT", "2026-07-01"))
>>> out.due                # 17 and 18 June tolled; then ten more working days
array(['2025-01-24', '2026-07-30'], dtype='datetime64[D]')

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from govdisclosure.calendar import WorkCalendar
from govdisclosure.deadlines import ColumnDeadlines, due_dates_array
from govdisclosure.deadlines._columns import check_pack_options
from govdisclosure.jurisdictions.us.clock import DEFAULT_CLOCK_POLICY, ClockPolicy, clock_rules
from govdisclosure.jurisdictions.us.workdays import calendar as federal_calendar

__all__ = ["reply_deadlines_columns"]


def reply_deadlines_columns(  # noqa: PLR0913 - one keyword per column, and the policies
    received: object,
    *,
    correction_requested: object = None,
    correction_received: object = None,
    pause_start: object = None,
    pause_end: object = None,
    pause_reason: object = None,
    extension_on: object = None,
    extension_days: object = None,
    calendar: WorkCalendar | None = None,
    policy: ClockPolicy = DEFAULT_CLOCK_POLICY,
    unsupported: str = "raise",
    unpublished_extended: str = "nat",
) -> ColumnDeadlines:
    """``us.reply_deadline(request).due`` for many requests, from columns.

    The columns and ``unsupported``/``unpublished_extended`` are those of
    :func:`govdisclosure.deadlines.due_dates_array`; ``calendar`` and
    ``policy`` those of :func:`~govdisclosure.jurisdictions.us.reply_deadline`.

    >>> from datetime import date
    >>> from govdisclosure.deadlines import PauseReason
    >>> out = reply_deadlines_columns([date(2026, 3, 2)], pause_start=[date(2026, 3, 3)],
    ...     pause_end=[date(2026, 3, 5)], pause_reason=PauseReason.FEE)
    >>> out.due               # 4 and 5 March tolled
    array(['2026-04-01'], dtype='datetime64[D]')
    """
    check_pack_options(policy, ClockPolicy, calendar)
    return due_dates_array(
        clock_rules(policy),
        federal_calendar() if calendar is None else calendar,
        received,
        correction_requested=correction_requested,
        correction_received=correction_received,
        pause_start=pause_start,
        pause_end=pause_end,
        pause_reason=pause_reason,
        extension_on=extension_on,
        extension_days=extension_days,
        unsupported=unsupported,
        unpublished_extended=unpublished_extended,
    )
