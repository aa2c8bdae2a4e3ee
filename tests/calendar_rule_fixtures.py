"""US federal and UK bank-holiday rules written as data, for tests and benchmarks only.

These are NOT the US or UK rule packs (they come later, in ``jurisdictions/``); they
are fixtures that exercise the generic rule engine, transcribed from
``shared/spec/us-uk-foi.md`` §A6 (5 U.S.C. §6103 and the executive-order closures)
and §B5-B6 (Banking and Financial Dealings Act 1971, Schedule 1, and proclamations).
"""

from __future__ import annotations

from datetime import date

from govdisclosure.calendar import (
    EasterOffset,
    FixedDate,
    HolidayRule,
    NoticeSource,
    NthWeekday,
    Observance,
    RestDay,
    RestKind,
    WorkCalendar,
)

MON, THU = 0, 3
NEAREST = Observance.NEAREST_WEEKDAY
NEXT_FREE = Observance.NEXT_FREE_WEEKDAY

US_6103 = NoticeSource("5 U.S.C. § 6103(a)", url="https://www.law.cornell.edu/uscode/text/5/6103")
US_6103C = NoticeSource("5 U.S.C. § 6103(c)", url="https://www.law.cornell.edu/uscode/text/5/6103")
UK_SCHED1 = NoticeSource("Banking and Financial Dealings Act 1971, Schedule 1")
UK_COMMON = NoticeSource("Common-law holiday (named in FOIA 2000 s.10(6))")
UK_PROCLAMATION = NoticeSource("Royal proclamation under s.1(2)-(3) of the 1971 Act")
SCT_ST_ANDREW = NoticeSource("St Andrew's Day Bank Holiday (Scotland) Act 2007")


def _us(name: str, when: object, first: int | None = None, **kw: object) -> HolidayRule:
    return HolidayRule(name, when, NEAREST, first_year=first, source=US_6103, **kw)  # type: ignore[arg-type]


US_FEDERAL: tuple[HolidayRule, ...] = (
    _us("New Year's Day", FixedDate(1, 1)),
    _us("Birthday of Martin Luther King, Jr.", NthWeekday(1, MON, 3), 1986),
    _us("Washington's Birthday", NthWeekday(2, MON, 3), 1971),
    _us("Memorial Day", NthWeekday(5, MON, -1), 1971),
    _us("Juneteenth National Independence Day", FixedDate(6, 19), 2021),
    _us("Independence Day", FixedDate(7, 4)),
    _us("Labor Day", NthWeekday(9, MON, 1), 1894),
    _us("Columbus Day", NthWeekday(10, MON, 2), 1971),
    _us("Veterans Day", NthWeekday(10, MON, 4), 1971, last_year=1977),
    _us("Veterans Day", FixedDate(11, 11), 1978),
    _us("Thanksgiving Day", NthWeekday(11, THU, 4), 1942),
    _us("Christmas Day", FixedDate(12, 25)),
)
"""5 U.S.C. §6103(a) with the (b) observance: Saturday to Friday, Sunday to Monday."""

INAUGURATION_DAY = HolidayRule(
    "Inauguration Day",
    FixedDate(1, 20),
    Observance.SUNDAY_TO_MONDAY,
    first_year=1965,
    every=4,
    source=US_6103C,
)
"""§6103(c): only in the Inauguration Day area (a location-scoped calendar)."""


def _eo(on: date, name: str, number: str) -> RestDay:
    return RestDay(on, RestKind.HOLIDAY, name, NoticeSource(f"Executive Order {number}", number))


US_CLOSURES: tuple[RestDay, ...] = (
    _eo(date(2007, 1, 2), "National Day of Mourning, President Ford", "13421"),
    _eo(date(2007, 12, 24), "Christmas Eve", "13453"),
    _eo(date(2008, 12, 26), "Day after Christmas", "13482"),
    _eo(date(2012, 12, 24), "Christmas Eve", "13633"),
    _eo(date(2014, 12, 26), "Day after Christmas", "13682"),
    _eo(date(2018, 12, 5), "National Day of Mourning, President G. H. W. Bush", "13852"),
    _eo(date(2018, 12, 24), "Christmas Eve", "13854"),
    _eo(date(2019, 12, 24), "Christmas Eve", "13900"),
    _eo(date(2020, 12, 24), "Christmas Eve", "13965"),
    _eo(date(2024, 12, 24), "Christmas Eve", "14129"),
    _eo(date(2025, 1, 9), "National Day of Mourning, President Carter", "14133"),
    _eo(date(2025, 12, 24), "Christmas Eve", "14371"),
    _eo(date(2025, 12, 26), "Day after Christmas", "14371"),
)
"""Full-day executive-order closures 2005-2026 (half-days 2009-12-24 and 2015-12-24 are not
closures of the whole day and are left out: a half-day counts as a working day)."""

US_HALF_DAYS = (date(2009, 12, 24), date(2015, 12, 24))


def _uk(name: str, when: object, source: NoticeSource = UK_SCHED1, **kw: object) -> HolidayRule:
    observance = kw.pop("observance", Observance.NONE)
    return HolidayRule(name, when, observance, source=source, **kw)  # type: ignore[arg-type]


_UK_SHARED = (
    _uk("Good Friday", EasterOffset(-2), UK_COMMON),
    _uk(
        "Early May bank holiday", NthWeekday(5, MON, 1), first_year=1978, except_years=(1995, 2020)
    ),
    _uk(
        "Spring bank holiday",
        NthWeekday(5, MON, -1),
        first_year=1971,
        except_years=(2002, 2012, 2022),
    ),
    _uk("Christmas Day", FixedDate(12, 25), UK_COMMON, observance=NEXT_FREE),
    _uk("Boxing Day", FixedDate(12, 26), observance=NEXT_FREE),
)

ENGLAND_WALES: tuple[HolidayRule, ...] = (
    _uk("New Year's Day", FixedDate(1, 1), first_year=1975, observance=NEXT_FREE),
    _uk("Easter Monday", EasterOffset(1)),
    _uk("Late summer bank holiday", NthWeekday(8, MON, -1), first_year=1971),
    *_UK_SHARED,
)

SCOTLAND: tuple[HolidayRule, ...] = (
    _uk("New Year's Day", FixedDate(1, 1), observance=NEXT_FREE),
    _uk("2 January", FixedDate(1, 2), observance=NEXT_FREE),
    _uk("Summer bank holiday", NthWeekday(8, MON, 1), first_year=1971),
    _uk("St Andrew's Day", FixedDate(11, 30), SCT_ST_ANDREW, first_year=2006, observance=NEXT_FREE),
    *_UK_SHARED,
)


def _proclaimed(on: date, name: str) -> RestDay:
    return RestDay(on, RestKind.HOLIDAY, name, UK_PROCLAMATION)


UK_PROCLAIMED: tuple[RestDay, ...] = (
    _proclaimed(date(2011, 4, 29), "Royal Wedding"),
    _proclaimed(date(2012, 6, 4), "Spring bank holiday (moved)"),
    _proclaimed(date(2012, 6, 5), "Diamond Jubilee"),
    _proclaimed(date(2020, 5, 8), "Early May bank holiday (moved, VE Day)"),
    _proclaimed(date(2022, 6, 2), "Spring bank holiday (moved)"),
    _proclaimed(date(2022, 6, 3), "Platinum Jubilee"),
    _proclaimed(date(2022, 9, 19), "State Funeral of Queen Elizabeth II"),
    _proclaimed(date(2023, 5, 8), "Coronation of King Charles III"),
)
"""Days proclaimed in 2005-2026 for England, Wales and Scotland alike (moved or extra)."""

SCOTLAND_PROCLAIMED: tuple[RestDay, ...] = (
    *UK_PROCLAIMED,
    _proclaimed(date(2026, 6, 15), "Scotland's participation in the FIFA World Cup"),
)

FIRST, LAST = date(2005, 1, 1), date(2026, 12, 31)


def us_federal(*, closures: bool = True, first: date = FIRST, last: date = LAST) -> WorkCalendar:
    """The US federal calendar from the fixture rules (and, by default, the closures)."""
    records = US_CLOSURES if closures else ()
    return WorkCalendar.from_rules(US_FEDERAL, first=first, last=last, rest_days=records)


def england_wales(*, first: date = FIRST, last: date = LAST) -> WorkCalendar:
    """England and Wales bank holidays (plus Christmas Day and Good Friday)."""
    return WorkCalendar.from_rules(ENGLAND_WALES, first=first, last=last, rest_days=UK_PROCLAIMED)


def scotland(*, first: date = FIRST, last: date = LAST) -> WorkCalendar:
    """Scottish bank holidays (plus Christmas Day)."""
    return WorkCalendar.from_rules(SCOTLAND, first=first, last=last, rest_days=SCOTLAND_PROCLAIMED)
