"""The statutory holiday days of each festival, by year, as the national holiday measures fix them.

A holiday notice states rest periods and the weekend days worked; which days of
a period are the statutory holidays (法定节假日) follows from the national
holiday measures (全国年节及纪念日放假办法) in force for the notice's year and,
for the lunar festivals, from the Chinese calendar:

- 2008-2013, the 2007 measures: 元旦 1 January; 春节 除夕, 初一 and 初二; 清明节
  the day of the Qingming solar term; 劳动节 1 May; 端午节 the fifth day of the
  fifth lunar month; 中秋节 the fifteenth day of the eighth; 国庆节 1-3 October.
- 2014-2024, the 2013 measures: 春节 初一 to 初三; the rest unchanged.
- from 2025, the 2024 measures: 春节 除夕 to 初三; 劳动节 1 and 2 May.

The lunar dates (:data:`FESTIVAL_DATES`) are the Purple Mountain Observatory
calendar's, as tabulated by the ``holidays`` package (vacanza, MIT) in
``holidays/calendars/chinese.py``; the test suite checks them against every
notice of 2008-2026 and against ``holidays`` for the whole table.

>>> [d.isoformat() for d in statutory_days("春节", 2026)]
['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19']
>>> [d.isoformat() for d in statutory_days("中秋节、国庆节", 2012)]
['2012-09-30', '2012-10-01', '2012-10-02', '2012-10-03']

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from datetime import date, timedelta

from govdisclosure.errors import CalendarNotPublishedError, InvalidInputError
from govdisclosure.jurisdictions.cn.instruments import (
    HOLIDAY_MEASURES_2007,
    HOLIDAY_MEASURES_2013,
    HOLIDAY_MEASURES_2024,
)
from govdisclosure.law import Instrument

__all__ = ["FESTIVALS", "FESTIVAL_DATES", "measures_for", "statutory_days"]

FESTIVALS: tuple[str, ...] = ("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节")
"""The festivals the measures give all citizens as holidays, in calendar order."""

# year: (正月初一, 清明, 端午 (五月初五), 中秋 (八月十五)), as MM-DD of that year.
_TABLE: dict[int, tuple[str, str, str, str]] = {
    2007: ("02-18", "04-05", "06-19", "09-25"),
    2008: ("02-07", "04-04", "06-08", "09-14"),
    2009: ("01-26", "04-04", "05-28", "10-03"),
    2010: ("02-14", "04-05", "06-16", "09-22"),
    2011: ("02-03", "04-05", "06-06", "09-12"),
    2012: ("01-23", "04-04", "06-23", "09-30"),
    2013: ("02-10", "04-04", "06-12", "09-19"),
    2014: ("01-31", "04-05", "06-02", "09-08"),
    2015: ("02-19", "04-05", "06-20", "09-27"),
    2016: ("02-08", "04-04", "06-09", "09-15"),
    2017: ("01-28", "04-04", "05-30", "10-04"),
    2018: ("02-16", "04-05", "06-18", "09-24"),
    2019: ("02-05", "04-05", "06-07", "09-13"),
    2020: ("01-25", "04-04", "06-25", "10-01"),
    2021: ("02-12", "04-04", "06-14", "09-21"),
    2022: ("02-01", "04-05", "06-03", "09-10"),
    2023: ("01-22", "04-05", "06-22", "09-29"),
    2024: ("02-10", "04-04", "06-10", "09-17"),
    2025: ("01-29", "04-04", "05-31", "10-06"),
    2026: ("02-17", "04-05", "06-19", "09-25"),
    2027: ("02-06", "04-05", "06-09", "09-15"),
    2028: ("01-26", "04-04", "05-28", "10-03"),
    2029: ("02-13", "04-04", "06-16", "09-22"),
    2030: ("02-03", "04-05", "06-05", "09-12"),
    2031: ("01-23", "04-05", "06-24", "10-01"),
    2032: ("02-11", "04-04", "06-12", "09-19"),
    2033: ("01-31", "04-04", "06-01", "09-08"),
    2034: ("02-19", "04-05", "06-20", "09-27"),
    2035: ("02-08", "04-05", "06-10", "09-16"),
    2036: ("01-28", "04-04", "05-30", "10-04"),
    2037: ("02-15", "04-04", "06-18", "09-24"),
    2038: ("02-04", "04-05", "06-07", "09-13"),
    2039: ("01-24", "04-05", "05-27", "10-02"),
    2040: ("02-12", "04-04", "06-14", "09-20"),
    2041: ("02-01", "04-04", "06-03", "09-10"),
    2042: ("01-22", "04-04", "06-22", "09-28"),
    2043: ("02-10", "04-05", "06-11", "09-17"),
    2044: ("01-30", "04-04", "05-31", "10-05"),
    2045: ("02-17", "04-04", "06-19", "09-25"),
    2046: ("02-06", "04-04", "06-08", "09-15"),
    2047: ("01-26", "04-05", "05-29", "10-04"),
    2048: ("02-14", "04-04", "06-15", "09-22"),
    2049: ("02-02", "04-04", "06-04", "09-11"),
    2050: ("01-23", "04-04", "06-23", "09-30"),
    2051: ("02-11", "04-05", "06-13", "09-19"),
    2052: ("02-01", "04-04", "06-01", "09-07"),
    2053: ("02-19", "04-04", "06-20", "09-26"),
    2054: ("02-08", "04-04", "06-10", "09-16"),
    2055: ("01-28", "04-05", "05-30", "10-05"),
    2056: ("02-15", "04-04", "06-17", "09-24"),
    2057: ("02-04", "04-04", "06-06", "09-13"),
    2058: ("01-24", "04-04", "06-25", "10-02"),
    2059: ("02-12", "04-05", "06-14", "09-21"),
    2060: ("02-02", "04-04", "06-03", "09-09"),
}

FESTIVAL_DATES: dict[int, tuple[date, date, date, date]] = {
    year: tuple(date.fromisoformat(f"{year}-{md}") for md in row)  # type: ignore[misc]
    for year, row in _TABLE.items()
}
"""Per year: the Gregorian dates of 正月初一, 清明, 端午 and 中秋 (2007-2060)."""


def measures_for(year: int) -> Instrument:
    """The national holiday measures that govern the notice for ``year``.

    >>> measures_for(2013).short, measures_for(2014).short, measures_for(2025).short
    ('Holiday Measures (2007)', 'Holiday Measures (2013)', 'Holiday Measures (2024)')
    """
    if year <= 2013:  # the 2013 revision applies from 2014-01-01
        return HOLIDAY_MEASURES_2007
    if year <= 2024:  # the 2024 revision applies from 2025-01-01
        return HOLIDAY_MEASURES_2013
    return HOLIDAY_MEASURES_2024


def _lunar(year: int) -> tuple[date, date, date, date]:
    try:
        return FESTIVAL_DATES[year]
    except KeyError:
        raise CalendarNotPublishedError(year) from None


def _one(festival: str, year: int) -> tuple[date, ...]:  # noqa: PLR0911 - one return per festival
    measures = measures_for(year)
    if festival == "元旦":
        return (date(year, 1, 1),)
    if festival == "国庆节":
        return (date(year, 10, 1), date(year, 10, 2), date(year, 10, 3))
    if festival == "劳动节":
        if measures is HOLIDAY_MEASURES_2024:
            return (date(year, 5, 1), date(year, 5, 2))
        return (date(year, 5, 1),)
    new_year, qingming, dragon_boat, mid_autumn = _lunar(year)
    if festival == "清明节":
        return (qingming,)
    if festival == "端午节":
        return (dragon_boat,)
    if festival == "中秋节":
        return (mid_autumn,)
    if festival == "春节":
        first = new_year if measures is HOLIDAY_MEASURES_2013 else new_year - timedelta(days=1)
        last = new_year + timedelta(days=1 if measures is HOLIDAY_MEASURES_2007 else 2)
        return tuple(first + timedelta(days=i) for i in range((last - first).days + 1))
    msg = f"not a festival of the national holiday measures ({', '.join(FESTIVALS)})"
    raise InvalidInputError(msg, field="festival", value=festival)


def statutory_days(festival: str, year: int) -> tuple[date, ...]:
    """The statutory holiday days of ``festival`` (or ``"A、B"``, both) in ``year``, sorted.

    Raises:
        InvalidInputError: ``festival`` is not one the measures name.
        CalendarNotPublishedError: ``year`` is outside the lunar table (2007-2060).
    """
    days: set[date] = set()
    for name in festival.split("、"):
        days.update(_one(name, year))
    return tuple(sorted(days))
