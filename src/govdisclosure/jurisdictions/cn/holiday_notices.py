"""The State Council's holiday notices, as their text reads.

Each year the General Office of the State Council publishes a notice on holiday
arrangements (国务院办公厅关于YYYY年部分节假日安排的通知). For every festival it
states the rest period (say "2月15日至23日放假调休，共9天") and the weekend days
worked in exchange ("2月14日（周六）、2月28日（周六）上班"). A
:class:`HolidayNotice` records exactly that, one :class:`Arrangement` per
festival, together with the notice's title, number, date and address, and turns
into the generic :class:`~govdisclosure.calendar.CalendarNotice`.

Within an arrangement's period, each day is classified (so that a deadline can
say why a day did not count):

- the festival days fixed by the national holiday measures
  (全国年节及纪念日放假办法) are holidays (:attr:`RestKind.HOLIDAY`);
- other weekdays are rest days in lieu (补假 or 调休, :attr:`RestKind.IN_LIEU`);
- Saturdays and Sundays stay weekends (:attr:`RestKind.WEEKEND`).

To load a notice published after this release (2027's, say), paste its text
into :func:`~govdisclosure.jurisdictions.cn.notice_text.parse_holiday_notice`,
or write it the same way and add it to the calendar:

>>> from datetime import date
>>> from govdisclosure.jurisdictions.cn.workdays import calendar
>>> notice_2027 = HolidayNotice(
...     year=2027,
...     title="国务院办公厅关于2027年部分节假日安排的通知",
...     published=date(2026, 11, 20),
...     url="https://www.gov.cn/...",
...     arrangements=(
...         Arrangement("元旦", "2027-01-01", "2027-01-03", holidays=("2027-01-01",)),
...     ),
... )
>>> cal = calendar(extra=[notice_2027])   # a hypothetical 2027 notice, for illustration
>>> cal.is_workday(date(2027, 1, 1)), cal.is_workday(date(2027, 1, 4))
(False, True)

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

import attrs

from govdisclosure._validators import check_year
from govdisclosure.calendar import (
    CalendarNotice,
    MakeupWorkday,
    NoticeSource,
    RestDay,
    RestKind,
)
from govdisclosure.errors import InvalidInputError

__all__ = ["FESTIVALS_EN", "Arrangement", "HolidayNotice"]

FESTIVALS_EN: dict[str, str] = {
    "元旦": "New Year's Day",
    "春节": "Spring Festival",
    "清明节": "Qingming Festival",
    "劳动节": "Labour Day",
    "端午节": "Dragon Boat Festival",
    "中秋节": "Mid-Autumn Festival",
    "国庆节": "National Day",
    "中秋节、国庆节": "Mid-Autumn Festival and National Day",
    "国庆节、中秋节": "National Day and Mid-Autumn Festival",
    "春节（延长）": "Spring Festival (extended)",
    "抗战胜利70周年纪念日": "70th anniversary of victory in the War of Resistance",
}
"""English names of the occasions the notices name."""


def _parse_date(value: object, field: str) -> date:
    if type(value) is date:
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    msg = "must be a date or an ISO date string (YYYY-MM-DD)"
    raise InvalidInputError(msg, field=field, value=value)


def _parse_dates(values: object, field: str) -> tuple[date, ...]:
    if isinstance(values, str):
        values = values.split()
    if not isinstance(values, Iterable):
        msg = "must be dates, or ISO date strings separated by spaces"
        raise InvalidInputError(msg, field=field, value=values)
    return tuple(sorted(_parse_date(v, field) for v in values))


# attrs converters cannot see their field, so each field has its own.
def _first(value: date | str) -> date:
    return _parse_date(value, "first")


def _last(value: date | str) -> date:
    return _parse_date(value, "last")


def _published(value: date | str) -> date:
    return _parse_date(value, "published")


def _holidays(values: Iterable[date | str] | str) -> tuple[date, ...]:
    return _parse_dates(values, "holidays")


def _makeup(values: Iterable[date | str] | str) -> tuple[date, ...]:
    return _parse_dates(values, "makeup")


@attrs.frozen
class Arrangement:
    """One festival's arrangement in a notice: the rest period and the days worked.

    Dates may be given as ISO strings; they are stored as :class:`datetime.date`.

    Attributes:
        name: The occasion as the notice names it (``"春节"``).
        first: The first day of the rest period.
        last: The last day of the rest period.
        holidays: The statutory (or commemorative) holiday days in the period.
        makeup: Weekend days worked in exchange (调休上班).
    """

    name: str
    first: date = attrs.field(converter=_first)
    last: date = attrs.field(converter=_last)
    holidays: tuple[date, ...] = attrs.field(default=(), converter=_holidays)
    makeup: tuple[date, ...] = attrs.field(default=(), converter=_makeup)

    def __attrs_post_init__(self) -> None:
        if self.last < self.first:
            msg = f"{self.name}: the rest period ends before it starts"
            raise InvalidInputError(msg, field="last", value=self.last)
        for day in self.holidays:
            if not self.first <= day <= self.last:
                msg = f"{self.name}: a holiday outside the rest period"
                raise InvalidInputError(msg, field="holidays", value=day)
        for day in self.makeup:
            if self.first <= day <= self.last:
                msg = f"{self.name}: a makeup working day inside the rest period"
                raise InvalidInputError(msg, field="makeup", value=day)

    @property
    def name_en(self) -> str:
        """The occasion in English, where known (else the original name)."""
        return FESTIVALS_EN.get(self.name, self.name)

    def rest_days(self) -> tuple[RestDay, ...]:
        """Every day of the rest period, classified as holiday, in lieu, or weekend."""
        days = []
        day = self.first
        while day <= self.last:
            if day in self.holidays:
                kind = RestKind.HOLIDAY
            elif day.weekday() >= 5:
                kind = RestKind.WEEKEND
            else:
                kind = RestKind.IN_LIEU
            days.append(RestDay(day, kind, self.name))
            day += timedelta(days=1)
        return tuple(days)


def _to_arrangements(values: Iterable[Arrangement]) -> tuple[Arrangement, ...]:
    return tuple(values)


@attrs.frozen
class HolidayNotice:
    """A State Council notice on holiday arrangements, as published.

    Attributes:
        year: The year whose arrangements the notice settles.
        title: The notice's title.
        published: The date it was published.
        url: Where it was published (``None`` if not known).
        number: Its document number (文号), where known.
        arrangements: One entry per festival.
        amends: True for a notice that changes an earlier one mid-year.
    """

    year: int = attrs.field(validator=check_year)
    title: str
    published: date = attrs.field(converter=_published)
    url: str | None
    number: str | None = None
    arrangements: tuple[Arrangement, ...] = attrs.field(default=(), converter=_to_arrangements)
    amends: bool = False

    @property
    def source(self) -> NoticeSource:
        """The notice as a generic calendar source."""
        return NoticeSource(self.title, self.number, self.published, self.url)

    def to_calendar_notice(self) -> CalendarNotice:
        """The notice as the generic calendar reads it."""
        source = self.source
        rest = [
            attrs.evolve(day, source=source) for a in self.arrangements for day in a.rest_days()
        ]
        work = [MakeupWorkday(d, a.name, source) for a in self.arrangements for d in a.makeup]
        return CalendarNotice(self.year, source, rest, work)
