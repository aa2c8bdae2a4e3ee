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
>>> from govdisclosure.calendar import calendar_name, named_calendar
>>> calendar_name(cal), named_calendar("cn") is cal   # registered as "cn", built lazily
('cn', True)
>>> cal.day_kind(date(2026, 2, 16)), cal.note(date(2026, 2, 16)).name
(<DayKind.HOLIDAY: 'holiday'>, '春节')
>>> cal.is_workday(date(2027, 1, 4))
Traceback (most recent call last):
...
govdisclosure.errors.CalendarNotPublishedError: no published working-day calendar covers 2027
(needed for 2027-01-04); to add a notice published since this release, paste its text:
cn.calendar(extra=[cn.parse_holiday_notice(text)])

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import attrs

from govdisclosure.calendar import WorkCalendar, register_calendar
from govdisclosure.jurisdictions.cn._notices import NOTICES
from govdisclosure.jurisdictions.cn.holiday_notices import HolidayNotice

__all__ = ["NOTICES", "UNPUBLISHED_HINT", "calendar", "notices_for"]


UNPUBLISHED_HINT = (
    "to add a notice published since this release, paste its text: "
    "cn.calendar(extra=[cn.parse_holiday_notice(text)])"
)
"""What the error for a day after the bundled notices says to do."""


@functools.cache
def _official() -> WorkCalendar:
    return WorkCalendar.from_notices(
        (n.to_calendar_notice() for n in NOTICES), unpublished_hint=UNPUBLISHED_HINT
    )


register_calendar("cn", _official)


@functools.cache
def _without_makeup_days() -> WorkCalendar:
    official = _official()
    return WorkCalendar(
        first=official.first,
        last=official.last,
        rest_days=official.rest_days,
        weekend=official.weekend,
        sources=official.sources,
        unpublished_hint=official.unpublished_hint,
    )


def calendar(
    *, extra: Iterable[HolidayNotice] = (), makeup_days_are_workdays: bool = True
) -> WorkCalendar:
    """The official PRC working-day calendar, optionally with notices published since.

    Args:
        extra: Notices to apply on top of the bundled ones, in order (next
            year's notice, or an amendment). Each must concern a year inside or
            next to the covered range.
        makeup_days_are_workdays: Whether the weekend days a notice says are
            worked (调休上班) count as working days. No disclosure text says so
            expressly (our reading, [INFERENCE]); the notices' ordinary meaning
            ("…上班") and every calendar library say they do, which is the
            default. ``False`` counts them as the weekend days they would be.

    Returns:
        A new, immutable calendar; the bundled ones are built once and shared.

    >>> from datetime import date
    >>> calendar(makeup_days_are_workdays=False).is_workday(date(2026, 2, 14))
    False
    """
    cal = _official() if makeup_days_are_workdays else _without_makeup_days()
    for notice in extra:
        notice_days = notice.to_calendar_notice()
        if not makeup_days_are_workdays:
            notice_days = attrs.evolve(notice_days, makeup_workdays=())
        cal = cal.with_notice(notice_days)
    return cal


def notices_for(year: int) -> tuple[HolidayNotice, ...]:
    """The bundled notices that settle ``year``, in order of publication.

    >>> [n.title for n in notices_for(2019)]
    ['国务院办公厅关于2019年部分节假日安排的通知', '国务院办公厅关于调整2019年劳动节假期安排的通知']
    """
    return tuple(sorted((n for n in NOTICES if n.year == year), key=lambda n: n.published))
