"""The PRC reply clock over columns: :func:`reply_deadlines_columns`, for many requests at once.

The same due dates as :func:`~govdisclosure.jurisdictions.cn.reply_deadline`,
row by row, from columns (numpy ``datetime64`` arrays, pandas Series or plain
sequences) of the facts the clock reads: the date of receipt, one request for
a correction and the corrected application (Art 30: the new day 0), one pause
(a consultation, Art 33 ¶3, or a fee notice until payment) and one extension
(Art 33 ¶2; by default of the regime's maximum, 20 or 15 working days). Each
row picks its regime (2007 or 2019) by its date of receipt, as the object path
does, and is counted on the official calendar. The generic engine is
:func:`govdisclosure.deadlines.due_dates_array`, whose documentation says
which event shapes a row stands for and what it does with the others.

The date of receipt is the one of Art 31 (:func:`~govdisclosure.jurisdictions.cn.date_of_receipt`,
which depends on the channel): the clock reads ``Request.received``, so give
that date; the channel is not a column of the clock.

>>> import numpy as np
>>> out = reply_deadlines_columns(
...     np.array(["2024-09-27", "2019-05-14", "2025-03-03"], dtype="datetime64[D]"),
...     correction_requested=np.array(["NaT", "NaT", "2025-03-05"], dtype="datetime64[D]"),
...     correction_received=np.array(["NaT", "NaT", "2025-03-10"], dtype="datetime64[D]"))
>>> out.due                 # Golden Week; the 2007 regime (15 days); day 0 is 10 March
array(['2024-10-30', '2019-06-04', '2025-04-08'], dtype='datetime64[D]')
>>> out.extended_due        # had the regime's maximum extension been granted
array(['2024-11-27', '2019-06-26', '2025-05-08'], dtype='datetime64[D]')

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from datetime import date

import attrs

from govdisclosure._columns import NAT, day_numbers
from govdisclosure._optional import require_numpy
from govdisclosure.calendar import WorkCalendar
from govdisclosure.deadlines import ColumnDeadlines, due_dates_array
from govdisclosure.deadlines._columns import check_pack_options
from govdisclosure.errors import NoRuleInForceError
from govdisclosure.jurisdictions.cn.clock import (
    DEFAULT_POLICY,
    REPLY_RULES,
    ClockPolicy,
    RegimeBasis,
    _default_calendar,
    clock_rules,
)
from govdisclosure.jurisdictions.cn.instruments import OGI_2007, OGI_2019
from govdisclosure.law import WorkingDays

__all__ = ["reply_deadlines_columns"]

_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
_FIRST = (OGI_2007.effective or date.min).toordinal() - _EPOCH_ORDINAL
_NEW = (OGI_2019.effective or date.max).toordinal() - _EPOCH_ORDINAL


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
    policy: ClockPolicy = DEFAULT_POLICY,
    unsupported: str = "raise",
    unpublished_extended: str = "nat",
) -> ColumnDeadlines:
    """``reply_deadline(request).due`` for many requests, from columns.

    The columns and the policies ``unsupported`` and ``unpublished_extended``
    are those of :func:`govdisclosure.deadlines.due_dates_array`;
    ``calendar`` and ``policy`` those of :func:`reply_deadline`
    (``ClockPolicy.corrected_regime`` included).

    Raises:
        NoRuleInForceError: for the first row received before 2008-05-01
            (its message names the row).
        InvalidInputError: as :func:`~govdisclosure.deadlines.due_dates_array`.
        CalendarNotPublishedError: the count of a row runs past the calendar.

    >>> from datetime import date
    >>> from govdisclosure.deadlines import PauseReason
    >>> out = reply_deadlines_columns([date(2024, 3, 1)], pause_start=[date(2024, 3, 4)],
    ...     pause_end=[date(2024, 3, 29)], pause_reason=PauseReason.THIRD_PARTY)
    >>> out.due              # 15 working days after 4 March are left out (the cap)
    array(['2024-04-22'], dtype='datetime64[D]')
    """
    np = require_numpy()
    check_pack_options(policy, ClockPolicy, calendar)
    days = day_numbers(received, "received")
    if days.size and int(days.min()) < _FIRST:
        k = int(np.argmax(days < _FIRST))
        on = date.fromordinal(int(days[k]) + _EPOCH_ORDINAL)
        error = NoRuleInForceError(REPLY_RULES.name, on)
        error.args = (f"received[{k}]: {error.args[0]}",)
        raise error
    regimes = (
        clock_rules(date.fromordinal(_NEW - 1 + _EPOCH_ORDINAL), policy),
        clock_rules(date.fromordinal(_NEW + _EPOCH_ORDINAL), policy),
    )
    cal = _default_calendar() if calendar is None else calendar
    columns = {
        "correction_requested": correction_requested,
        "correction_received": correction_received,
        "pause_start": pause_start,
        "pause_end": pause_end,
        "pause_reason": pause_reason,
        "extension_on": extension_on,
        "extension_days": extension_days,
    }
    newer = days >= _NEW
    one = bool(newer.all()) or not newer.any()  # one regime: no per-row look-up of the rules
    if policy.corrected_regime is RegimeBasis.CORRECTED_APPLICATION:
        # Art 30: the corrected application's date of receipt picks the regime too, and with it
        # the extension's bound. Day 0 does not depend on the extension, so it is found first
        # with the bounds of both regimes allowed (as the object path does), then every row is
        # counted under the regime of its day 0.
        bounds = [r.max_extension.days for r in regimes if r.max_extension is not None]
        wider = WorkingDays(max(bounds)) if bounds else None
        probe = tuple(
            r if r.max_extension is None else attrs.evolve(r, max_extension=wider) for r in regimes
        )
        first = due_dates_array(
            probe,
            cal,
            days.view("datetime64[D]"),
            regime=newer.view(np.int8),
            unsupported="mark",
            unpublished_extended="nat",
            **columns,
        )
        start = first.start.view(np.int64)
        newer = np.where(start == NAT, days, start) >= _NEW
        one = False
    return due_dates_array(
        regimes[int(newer[0])] if one and days.size else regimes,
        cal,
        days.view("datetime64[D]"),
        regime=None if one and days.size else newer.view(np.int8),
        unsupported=unsupported,
        unpublished_extended=unpublished_extended,
        **columns,
    )
