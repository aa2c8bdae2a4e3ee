"""The official PRC working-day calendar (工作日), from the State Council's notices.

:func:`calendar` returns a :class:`~govdisclosure.calendar.WorkCalendar` that
covers 2008-01-01 to 2026-12-31, built from one record per notice (see
``_notices.py``). A working day is a Monday to Friday that no notice makes a
rest day, or a weekend day that a notice makes a working day (调休上班). Any
question about a day outside the covered years raises
:class:`~govdisclosure.errors.CalendarNotPublishedError`: no notice for 2027 had
been published when this release was made.

>>> from datetime import date
>>> cal = calendar()
>>> cal.is_workday(date(2026, 2, 14))   # a Saturday worked for the Spring Festival
True
>>> cal.add_workdays(date(2026, 2, 13), 1)
datetime.date(2026, 2, 14)
>>> cal.day_kind(date(2026, 2, 16)), cal.note(date(2026, 2, 16)).name
(<DayKind.HOLIDAY: 'holiday'>, '春节')
>>> cal.is_workday(date(2027, 1, 4))
Traceback (most recent call last):
...
govdisclosure.errors.CalendarNotPublishedError: no published working-day calendar covers 2027 ...

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from govdisclosure.calendar import WorkCalendar
from govdisclosure.jurisdictions.cn._notices import NOTICES
from govdisclosure.jurisdictions.cn.holiday_notices import HolidayNotice

__all__ = ["NOTICES", "calendar", "notices_for"]


@functools.cache
def _official() -> WorkCalendar:
    return WorkCalendar.from_notices(n.to_calendar_notice() for n in NOTICES)


def calendar(*, extra: Iterable[HolidayNotice] = ()) -> WorkCalendar:
    """The official PRC working-day calendar, optionally with notices published since.

    Args:
        extra: Notices to apply on top of the bundled ones, in order (next
            year's notice, or an amendment). Each must concern a year inside or
            next to the covered range.

    Returns:
        A new, immutable calendar; the bundled one is built once and shared.
    """
    cal = _official()
    for notice in extra:
        cal = cal.with_notice(notice.to_calendar_notice())
    return cal


def notices_for(year: int) -> tuple[HolidayNotice, ...]:
    """The bundled notices that settle ``year``, in order of publication.

    >>> [n.title for n in notices_for(2019)]
    ['国务院办公厅关于2019年部分节假日安排的通知', '国务院办公厅关于调整2019年劳动节假期安排的通知']
    """
    return tuple(sorted((n for n in NOTICES if n.year == year), key=lambda n: n.published))
