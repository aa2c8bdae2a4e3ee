"""The official PRC working-day calendar, ``govdisclosure.jurisdictions.cn.calendar()``.

Every expected value here is read from the State Council's notices (国务院办公厅关于
YYYY年部分节假日安排的通知 and the three mid-year amendments, spec §7) or from the
national holiday measures (全国年节及纪念日放假办法), never from the library's output.
The per-year working-day totals were counted day by day with ``chinesecalendar``
1.11.0 and ``holidays`` 0.109 (both agree on every day of 2008-2026), and are
checked against a hand count (weekdays - weekday rest days + makeup days).

The golden snapshot ``tests/snapshots/cn_calendar_rest_days.txt`` lists every
dated day of 2008-2026 so that a data change shows in review. Rewrite it with
``GOVDISCLOSURE_UPDATE_SNAPSHOTS=1 pytest tests/test_cn_calendar.py``.
"""

from __future__ import annotations

import difflib
import os
import re
from datetime import date, timedelta
from pathlib import Path
from typing import NamedTuple

import pytest

from govdisclosure.calendar import (
    DayKind,
    MakeupWorkday,
    NoticeSource,
    RestDay,
    WorkCalendar,
)
from govdisclosure.errors import CalendarNotPublishedError, GovDisclosureError, InvalidInputError
from govdisclosure.jurisdictions import cn
from govdisclosure.jurisdictions.cn.holiday_notices import Arrangement, HolidayNotice
from govdisclosure.jurisdictions.cn.workdays import NOTICES, notices_for

ONE = timedelta(days=1)
SNAPSHOT = Path(__file__).parent / "snapshots" / "cn_calendar_rest_days.txt"
YEARS = range(2008, 2027)


@pytest.fixture(scope="module")
def cal() -> WorkCalendar:
    return cn.calendar()


def base_only(year: int) -> WorkCalendar:
    """A calendar of ``year`` from its yearly notice alone, without any amendment."""
    (base,) = [n for n in notices_for(year) if not n.amends]
    return WorkCalendar.from_notices([base.to_calendar_notice()])


# -- one test per year --------------------------------------------------------------------------


class YearFacts(NamedTuple):
    holiday: date  # a statutory holiday day (Spring Festival)
    in_lieu: date  # a weekday given as rest (补假 or 调休)
    makeup: date  # a weekend day worked (调休上班)
    workdays: int  # working days in the year (chinesecalendar and holidays)
    weekday_rest: int  # Monday-Friday days that are rest days
    makeup_days: int  # Saturdays and Sundays that are working days


# Spring Festival arrangements as the notices state them. Under the 2007 holiday
# measures (2008-2013) 春节 is 除夕 to 初二; under the 2013 measures (2014-2024) 初一 to
# 初三; under the 2024 measures (2025-) 除夕 to 初三.
FACTS: dict[int, YearFacts] = {
    # 2月6日至12日放假调休; 2月2日(六)、3日(日)上班. 初一 = 7 Feb (Thu).
    2008: YearFacts(date(2008, 2, 7), date(2008, 2, 11), date(2008, 2, 2), 251, 16, 5),
    # 1月25日至31日; 1月24日(六)、2月1日(日)上班. 初一 = 26 Jan (Mon).
    2009: YearFacts(date(2009, 1, 26), date(2009, 1, 28), date(2009, 1, 24), 250, 17, 6),
    # 2月13日至19日; 2月20日(六)、21日(日)上班. 初一 = 14 Feb (Sun).
    2010: YearFacts(date(2010, 2, 14), date(2010, 2, 16), date(2010, 2, 20), 250, 19, 8),
    # 2月2日至8日; 1月30日(日)、2月12日(六)上班. 初一 = 3 Feb (Thu).
    2011: YearFacts(date(2011, 2, 3), date(2011, 2, 7), date(2011, 1, 30), 250, 16, 6),
    # 1月22日至28日; 1月21日(六)、29日(日)上班. 初一 = 23 Jan (Mon).
    2012: YearFacts(date(2012, 1, 23), date(2012, 1, 25), date(2012, 1, 21), 249, 18, 6),
    # 2月9日至15日; 2月16日(六)、17日(日)上班. 初一 = 10 Feb (Sun).
    2013: YearFacts(date(2013, 2, 10), date(2013, 2, 13), date(2013, 2, 16), 250, 23, 12),
    # 1月31日至2月6日; 1月26日(日)、2月8日(六)上班. 初一 = 31 Jan (Fri).
    2014: YearFacts(date(2014, 1, 31), date(2014, 2, 3), date(2014, 1, 26), 250, 16, 5),
    # 2月18日至24日; 2月15日(日)、28日(六)上班. 初一 = 19 Feb; 除夕 18 Feb is in lieu.
    2015: YearFacts(date(2015, 2, 19), date(2015, 2, 18), date(2015, 2, 15), 249, 17, 5),
    # 2月7日至13日; 2月6日(六)、14日(日)上班. 初一 = 8 Feb (Mon).
    2016: YearFacts(date(2016, 2, 8), date(2016, 2, 11), date(2016, 2, 6), 250, 17, 6),
    # 1月27日至2月2日; 1月22日(日)、2月4日(六)上班. 初一 = 28 Jan (Sat); 除夕 27 Jan in lieu.
    2017: YearFacts(date(2017, 1, 28), date(2017, 1, 27), date(2017, 1, 22), 249, 16, 5),
    # 2月15日至21日; 2月11日(日)、24日(六)上班. 初一 = 16 Feb (Fri).
    2018: YearFacts(date(2018, 2, 16), date(2018, 2, 15), date(2018, 2, 11), 250, 18, 7),
    # 2月4日至10日; 2月2日(六)、3日(日)上班. 初一 = 5 Feb (Tue).
    2019: YearFacts(date(2019, 2, 5), date(2019, 2, 4), date(2019, 2, 2), 250, 17, 6),
    # 1月24日至30日 (extended to 2 Feb); 1月19日(日) worked. 初一 = 25 Jan (Sat).
    2020: YearFacts(date(2020, 1, 25), date(2020, 1, 24), date(2020, 1, 19), 249, 19, 6),
    # 2月11日至17日; 2月7日(日)、20日(六)上班. 初一 = 12 Feb (Fri).
    2021: YearFacts(date(2021, 2, 12), date(2021, 2, 11), date(2021, 2, 7), 250, 18, 7),
    # 1月31日至2月6日; 1月29日(六)、30日(日)上班. 初一 = 1 Feb (Tue).
    2022: YearFacts(date(2022, 2, 1), date(2022, 1, 31), date(2022, 1, 29), 249, 18, 7),
    # 1月21日至27日; 1月28日(六)、29日(日)上班. 初一 = 22 Jan (Sun).
    2023: YearFacts(date(2023, 1, 22), date(2023, 1, 27), date(2023, 1, 28), 249, 18, 7),
    # 2月10日至17日; 2月4日(日)、18日(日)上班. 初一 = 10 Feb (Sat).
    2024: YearFacts(date(2024, 2, 10), date(2024, 2, 15), date(2024, 2, 4), 251, 19, 8),
    # 1月28日至2月4日; 1月26日(日)、2月8日(六)上班. 除夕 = 28 Jan (Tue), a holiday now.
    2025: YearFacts(date(2025, 1, 28), date(2025, 2, 3), date(2025, 1, 26), 248, 18, 5),
    # 2月15日至23日; 2月14日(六)、28日(六)上班. 除夕 = 16 Feb (Mon).
    2026: YearFacts(date(2026, 2, 16), date(2026, 2, 20), date(2026, 2, 14), 248, 19, 6),
}


def weekdays_in(year: int) -> int:
    d, total = date(year, 1, 1), 0
    while d.year == year:
        total += d.weekday() < 5
        d += ONE
    return total


def test_every_covered_year_has_facts() -> None:
    assert sorted(FACTS) == list(YEARS)


@pytest.mark.parametrize("year", YEARS)
def test_year(cal: WorkCalendar, year: int) -> None:
    facts = FACTS[year]
    # The literals agree with each other: weekdays - weekday rest days + makeup days.
    assert weekdays_in(year) - facts.weekday_rest + facts.makeup_days == facts.workdays

    assert not cal.is_workday(facts.holiday)
    assert cal.day_kind(facts.holiday) is DayKind.HOLIDAY
    assert facts.in_lieu.weekday() < 5
    assert not cal.is_workday(facts.in_lieu)
    assert cal.day_kind(facts.in_lieu) is DayKind.IN_LIEU
    assert facts.makeup.weekday() >= 5
    assert cal.is_workday(facts.makeup)
    assert cal.day_kind(facts.makeup) is DayKind.MAKEUP_WORKDAY
    for d in (facts.holiday, facts.in_lieu, facts.makeup):
        note = cal.note(d)
        assert note is not None
        assert note.name == "春节"
        assert note.source is not None
        assert note.source.title == f"国务院办公厅关于{year}年部分节假日安排的通知"

    jan1, dec31 = date(year, 1, 1), date(year, 12, 31)
    assert cal.count_workdays(jan1, dec31) + cal.is_workday(jan1) == facts.workdays
    days = [jan1 + ONE * i for i in range((dec31 - jan1).days + 1)]
    weekday_rest = sum(d.weekday() < 5 and not cal.is_workday(d) for d in days)
    makeup_days = sum(d.weekday() >= 5 and cal.is_workday(d) for d in days)
    assert (weekday_rest, makeup_days) == (facts.weekday_rest, facts.makeup_days)


# Statutory holiday days a year, by the holiday measures in force: 11 (2007 and 2013
# versions: 元旦1, 春节3, 清明1, 劳动节1, 端午1, 中秋1, 国庆3), 13 from 2025 (2024 version:
# 春节4, 劳动节2). Mid-Autumn fell on a National Day holiday in 2009 (3 Oct) and 2020
# (1 Oct), one day fewer; 2015 adds the one-off commemoration day of 3 September.
STATUTORY_DAYS = dict.fromkeys(YEARS, 11) | {2009: 10, 2020: 10, 2015: 12, 2025: 13, 2026: 13}


@pytest.mark.parametrize("year", YEARS)
def test_statutory_holidays_per_year_follow_the_measures(cal: WorkCalendar, year: int) -> None:
    jan1 = date(year, 1, 1)
    days = [jan1 + ONE * i for i in range(366) if (jan1 + ONE * i).year == year]
    assert sum(cal.day_kind(d) is DayKind.HOLIDAY for d in days) == STATUTORY_DAYS[year]


@pytest.mark.parametrize(
    ("d", "name"),
    [
        (date(2008, 2, 6), "春节"),  # 除夕 counts under the 2007 measures
        (date(2013, 2, 9), "春节"),
        (date(2025, 1, 28), "春节"),  # and again under the 2024 measures
        (date(2025, 5, 2), "劳动节"),  # the second Labour Day holiday, from 2025
        (date(2026, 5, 2), "劳动节"),  # ... a Saturday, still a holiday
        (date(2012, 9, 30), "中秋节、国庆节"),  # Mid-Autumn on a Sunday
        (date(2017, 10, 4), "中秋节、国庆节"),  # as the 2017 notice names it
        (date(2015, 9, 3), "抗战胜利70周年纪念日"),
    ],
)
def test_statutory_holiday_days(cal: WorkCalendar, d: date, name: str) -> None:
    assert cal.day_kind(d) is DayKind.HOLIDAY
    note = cal.note(d)
    assert note is not None
    assert note.name == name


@pytest.mark.parametrize(
    "d",
    [
        date(2014, 1, 30),  # 除夕 2014: not a holiday under the 2013 measures, and worked
        date(2024, 2, 9),  # 除夕 2024: the notice only "encourages" a day off
        date(2019, 5, 6),  # the Monday after the amended Labour Day
    ],
)
def test_ordinary_working_days_near_holidays(cal: WorkCalendar, d: date) -> None:
    assert cal.is_workday(d)
    assert cal.day_kind(d) is DayKind.WORKDAY
    assert cal.note(d) is None


# -- mid-year amendments ------------------------------------------------------------------------


def test_2015_commemoration_holiday(cal: WorkCalendar) -> None:
    # 国务院: 9月3日至5日调休放假，共3天; 9月6日(星期日)上班.
    assert cal.day_kind(date(2015, 9, 3)) is DayKind.HOLIDAY  # Thursday
    assert cal.day_kind(date(2015, 9, 4)) is DayKind.IN_LIEU  # Friday
    assert cal.day_kind(date(2015, 9, 5)) is DayKind.WEEKEND  # Saturday
    assert cal.day_kind(date(2015, 9, 6)) is DayKind.MAKEUP_WORKDAY  # Sunday
    assert cal.add_workdays(date(2015, 9, 2), 1) == date(2015, 9, 6)
    assert cal.add_workdays(date(2015, 9, 2), 2) == date(2015, 9, 7)
    note = cal.note(date(2015, 9, 6))
    assert note is not None
    assert note.source is not None
    assert note.source.published == date(2015, 5, 13)
    # Before the amendment those were ordinary days.
    before = base_only(2015)
    assert before.is_workday(date(2015, 9, 3))
    assert before.is_workday(date(2015, 9, 4))
    assert not before.is_workday(date(2015, 9, 6))


def test_2019_labour_day_change(cal: WorkCalendar) -> None:
    # Amended: 5月1日至4日放假调休，共4天; 4月28日(星期日)、5月5日(星期日)上班.
    for day in (1, 2, 3, 4):
        assert not cal.is_workday(date(2019, 5, day))
    assert cal.day_kind(date(2019, 5, 1)) is DayKind.HOLIDAY
    assert cal.day_kind(date(2019, 5, 2)) is DayKind.IN_LIEU
    assert cal.is_workday(date(2019, 4, 28))
    assert cal.is_workday(date(2019, 5, 5))
    note = cal.note(date(2019, 5, 2))
    assert note is not None
    assert note.source is not None
    assert note.source.title == "国务院办公厅关于调整2019年劳动节假期安排的通知"
    assert cal.add_workdays(date(2019, 4, 30), 1) == date(2019, 5, 5)
    # The 2019 notice alone: 5月1日放假，与周末连休 -- 2 May was a working day.
    before = base_only(2019)
    assert before.is_workday(date(2019, 5, 2))
    assert not before.is_workday(date(2019, 4, 28))
    assert not before.is_workday(date(2019, 5, 5))
    assert before.add_workdays(date(2019, 4, 30), 1) == date(2019, 5, 2)


def test_2020_spring_festival_extension(cal: WorkCalendar) -> None:
    # Extended to 2月2日: 31 Jan (Fri) off, and Saturday 1 Feb is no longer worked.
    assert not cal.is_workday(date(2020, 1, 31))
    assert not cal.is_workday(date(2020, 2, 1))
    assert not cal.is_workday(date(2020, 2, 2))
    assert cal.day_kind(date(2020, 2, 1)) is DayKind.WEEKEND
    assert cal.is_workday(date(2020, 2, 3))
    assert cal.add_workdays(date(2020, 1, 23), 1) == date(2020, 2, 3)
    note = cal.note(date(2020, 1, 31))
    assert note is not None
    assert note.source is not None
    assert note.source.title == "国务院办公厅关于延长2020年春节假期的通知"
    # The 2020 notice alone: 1月24日至30日, with Saturday 1 February worked.
    before = base_only(2020)
    assert before.is_workday(date(2020, 1, 31))
    assert before.day_kind(date(2020, 2, 1)) is DayKind.MAKEUP_WORKDAY
    assert before.add_workdays(date(2020, 1, 23), 1) == date(2020, 1, 31)


def test_amendments_are_separate_records() -> None:
    amendments = [n for n in NOTICES if n.amends]
    assert [(n.year, n.published) for n in amendments] == [
        (2015, date(2015, 5, 13)),
        (2019, date(2019, 3, 22)),
        (2020, date(2020, 1, 27)),
    ]
    assert [n.title for n in notices_for(2020)] == [
        "国务院办公厅关于2020年部分节假日安排的通知",
        "国务院办公厅关于延长2020年春节假期的通知",
    ]


# -- days set by a notice for the next year -----------------------------------------------------


@pytest.mark.parametrize(
    ("d", "kind", "year_of_notice"),
    [
        (date(2011, 12, 31), DayKind.MAKEUP_WORKDAY, 2012),  # 12月31日(星期六)上班
        (date(2016, 12, 31), DayKind.WEEKEND, 2017),  # 元旦 12月31日至1月2日
        (date(2017, 12, 30), DayKind.WEEKEND, 2018),
        (date(2018, 12, 29), DayKind.MAKEUP_WORKDAY, 2019),  # 12月29日(星期六)上班
        (date(2018, 12, 31), DayKind.IN_LIEU, 2019),  # 12月30日至1月1日放假调休
        (date(2022, 12, 31), DayKind.WEEKEND, 2023),
        (date(2023, 12, 30), DayKind.WEEKEND, 2024),
    ],
)
def test_days_set_in_the_previous_year(
    cal: WorkCalendar, d: date, kind: DayKind, year_of_notice: int
) -> None:
    assert cal.day_kind(d) is kind
    note = cal.note(d)
    assert note is not None
    assert note.source is not None
    assert note.source.title == f"国务院办公厅关于{year_of_notice}年部分节假日安排的通知"


def test_2018_12_29_worked_only_by_the_2019_notice(cal: WorkCalendar) -> None:
    assert cal.is_workday(date(2018, 12, 29))
    # Friday 28 Dec -> Saturday 29 Dec (worked) -> Wednesday 2 Jan 2019.
    assert cal.add_workdays(date(2018, 12, 28), 1) == date(2018, 12, 29)
    assert cal.add_workdays(date(2018, 12, 28), 2) == date(2019, 1, 2)
    assert base_only(2018).covers(date(2018, 12, 29))
    assert not base_only(2018).is_workday(date(2018, 12, 29))


def test_2007_days_of_the_2008_notice_are_not_covered(cal: WorkCalendar) -> None:
    # The 2008 notice also made Saturday 29 December 2007 a working day; 2007 is outside.
    with pytest.raises(CalendarNotPublishedError) as info:
        cal.is_workday(date(2007, 12, 29))
    assert info.value.year == 2007


# -- day kinds stay distinguishable -------------------------------------------------------------


def test_day_kinds_in_the_2026_spring_festival(cal: WorkCalendar) -> None:
    kinds = {
        date(2026, 2, 13): DayKind.WORKDAY,  # Friday
        date(2026, 2, 14): DayKind.MAKEUP_WORKDAY,  # Saturday, worked
        date(2026, 2, 15): DayKind.WEEKEND,  # Sunday, first day of the rest period
        date(2026, 2, 16): DayKind.HOLIDAY,  # 除夕
        date(2026, 2, 19): DayKind.HOLIDAY,  # 初三
        date(2026, 2, 20): DayKind.IN_LIEU,  # Friday
        date(2026, 2, 21): DayKind.WEEKEND,
        date(2026, 2, 23): DayKind.IN_LIEU,  # Monday, last day of the period
        date(2026, 2, 24): DayKind.WORKDAY,
        date(2026, 2, 28): DayKind.MAKEUP_WORKDAY,
        date(2026, 3, 7): DayKind.WEEKEND,  # an ordinary Saturday
    }
    assert {d: cal.day_kind(d) for d in kinds} == kinds
    weekend_in_period = cal.note(date(2026, 2, 21))
    assert isinstance(weekend_in_period, RestDay)
    assert weekend_in_period.name == "春节"
    assert cal.note(date(2026, 3, 7)) is None


def test_kinds_are_consistent_with_weekdays_everywhere(cal: WorkCalendar) -> None:
    d = cal.first
    while d <= cal.last:
        kind = cal.day_kind(d)
        assert kind.is_workday is cal.is_workday(d)
        weekly = d.weekday() >= 5
        if kind in (DayKind.WEEKEND, DayKind.MAKEUP_WORKDAY):
            assert weekly, d
        if kind in (DayKind.WORKDAY, DayKind.IN_LIEU):
            assert not weekly, d
        d += ONE


# -- the notice records -------------------------------------------------------------------------


def test_one_yearly_notice_per_covered_year() -> None:
    yearly = sorted(n.year for n in NOTICES if not n.amends)
    assert yearly == list(YEARS)


@pytest.mark.parametrize("notice", NOTICES, ids=lambda n: f"{n.year}-{n.published}")
def test_notice_record_carries_its_source(notice: HolidayNotice) -> None:
    assert notice.title.startswith("国务院")
    assert notice.title.endswith("的通知")
    assert type(notice.published) is date
    assert re.match(r"https?://www\.gov\.cn/", notice.url), notice.url
    # The gov.cn address embeds the month (and usually the day) of publication.
    m = re.search(r"/(\d{4})-?(\d{2})(?:/(\d{2}))?/content_", notice.url)
    assert m is not None, notice.url
    year, month, day = m.groups()
    assert (notice.published.year, notice.published.month) == (int(year), int(month))
    if day is not None:
        assert notice.published.day == int(day)
    if notice.amends:
        assert notice.published.year == notice.year
    else:
        assert notice.title == f"国务院办公厅关于{notice.year}年部分节假日安排的通知"
        assert notice.published < date(notice.year, 1, 1)
    source = notice.source
    assert isinstance(source, NoticeSource)
    assert (source.title, source.published, source.url) == (
        notice.title,
        notice.published,
        notice.url,
    )


def test_2025_notice_number() -> None:
    (n2025,) = [n for n in NOTICES if n.year == 2025]
    assert n2025.number == "国办发明电〔2024〕12号"
    assert n2025.published == date(2024, 11, 12)


def test_calendar_lists_its_sources(cal: WorkCalendar) -> None:
    assert len(cal.sources) == len(NOTICES) == 19 + 3
    published = [s.published or date.min for s in cal.sources]
    assert published == sorted(published)  # applied in order of publication
    assert date.min not in published
    assert {s.title for s in cal.sources} == {n.title for n in NOTICES}


def test_every_dated_entry_names_its_notice(cal: WorkCalendar) -> None:
    titles = {n.title for n in NOTICES}
    entries: list[RestDay | MakeupWorkday] = [*cal.rest_days, *cal.makeup_workdays]
    for entry in entries:
        assert entry.source is not None
        assert entry.source.title in titles
        assert entry.name


def test_calendar_is_shared_and_covers_2008_to_2026(cal: WorkCalendar) -> None:
    assert cn.calendar() is cal
    assert (cal.first, cal.last) == (date(2008, 1, 1), date(2026, 12, 31))
    assert cal.weekend == frozenset({5, 6})


# -- outside 2008-2026: CalendarNotPublishedError -----------------------------------------------


def _missing(call: object, year: int) -> None:
    assert callable(call)
    with pytest.raises(CalendarNotPublishedError) as info:
        call()
    assert isinstance(info.value, GovDisclosureError)
    assert isinstance(info.value, LookupError)
    assert info.value.year == year
    assert str(year) in str(info.value)


def test_every_day_of_2027_raises(cal: WorkCalendar) -> None:
    d = date(2027, 1, 1)
    while d.year == 2027:
        _missing(lambda: cal.is_workday(d), 2027)  # noqa: B023
        _missing(lambda: cal.day_kind(d), 2027)  # noqa: B023
        d += ONE


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.add_workdays(date(2026, 12, 15), 20),  # 12 working days are left in 2026
        lambda c: c.add_workdays(date(2026, 12, 31), 1),
        lambda c: c.add_workdays(date(2027, 1, 4), -1),
        lambda c: c.count_workdays(date(2026, 12, 1), date(2027, 1, 5)),
        lambda c: c.count_workdays(date(2027, 1, 5), date(2026, 12, 1)),
        lambda c: c.workdays(date(2026, 12, 1), date(2027, 1, 5)),
    ],
)
def test_questions_about_2027_raise(cal: WorkCalendar, call: object) -> None:
    assert callable(call)
    _missing(lambda: call(cal), 2027)


def test_the_last_days_of_2026_are_answerable(cal: WorkCalendar) -> None:
    # 2026-12-15 is a Tuesday; 16 Dec .. 31 Dec (Thursday) hold 12 working days.
    assert cal.count_workdays(date(2026, 12, 15), date(2026, 12, 31)) == 12
    assert cal.add_workdays(date(2026, 12, 15), 12) == date(2026, 12, 31)


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.is_workday(date(2007, 12, 31)),
        lambda c: c.add_workdays(date(2008, 1, 10), -10),  # 6 working days before it in 2008
        lambda c: c.count_workdays(date(2007, 6, 1), date(2008, 2, 1)),
        lambda c: c.add_workdays(date(2007, 12, 1), 20),
    ],
)
def test_questions_before_2008_raise(cal: WorkCalendar, call: object) -> None:
    assert callable(call)
    _missing(lambda: call(cal), 2007)


# -- adding next year's notice in user code -----------------------------------------------------

# HYPOTHETICAL: no notice for 2027 existed when this was written. The dates below are
# invented for the test (2027-01-01 is a Friday; 20 February 2027 a Saturday).
HYPOTHETICAL_2027 = HolidayNotice(
    year=2027,
    title="（假设，仅供测试）国务院办公厅关于2027年部分节假日安排的通知",
    published=date(2026, 11, 20),
    url="https://example.invalid/hypothetical-2027",
    arrangements=(
        Arrangement("元旦", "2027-01-01", "2027-01-03", holidays="2027-01-01"),
        Arrangement(
            "春节",
            "2027-02-05",
            "2027-02-11",
            holidays="2027-02-05 2027-02-06 2027-02-07 2027-02-08",
            makeup="2027-02-20",
        ),
    ),
)


def test_a_hypothetical_2027_notice_can_be_added() -> None:
    cal = cn.calendar(extra=[HYPOTHETICAL_2027])
    assert (cal.first, cal.last) == (date(2008, 1, 1), date(2027, 12, 31))
    assert not cal.is_workday(date(2027, 1, 1))
    assert cal.day_kind(date(2027, 1, 2)) is DayKind.WEEKEND
    assert cal.is_workday(date(2027, 1, 4))
    assert cal.day_kind(date(2027, 2, 9)) is DayKind.IN_LIEU
    assert cal.day_kind(date(2027, 2, 20)) is DayKind.MAKEUP_WORKDAY
    # Counted by hand: 12 working days 16-31 Dec 2026, then 4-8 and 11-13 Jan 2027.
    assert cal.add_workdays(date(2026, 12, 15), 20) == date(2027, 1, 13)
    assert cal.count_workdays(date(2026, 12, 15), date(2027, 1, 13)) == 20
    note = cal.note(date(2027, 1, 1))
    assert note is not None
    assert note.source is not None
    assert note.source.title.startswith("（假设")
    assert cal.sources[-1] == HYPOTHETICAL_2027.source
    # 2026 is untouched, 2028 is still unpublished, and the bundled calendar is unchanged.
    assert cal.count_workdays(date(2026, 1, 1), date(2026, 12, 31)) == FACTS[2026].workdays
    with pytest.raises(CalendarNotPublishedError):
        cal.is_workday(date(2028, 1, 3))
    with pytest.raises(CalendarNotPublishedError):
        cn.calendar().is_workday(date(2027, 1, 4))


def test_a_notice_for_2028_alone_is_rejected() -> None:
    n2028 = HolidayNotice(
        year=2028,
        title="（假设）国务院办公厅关于2028年部分节假日安排的通知",
        published=date(2027, 11, 20),
        url="https://example.invalid/hypothetical-2028",
    )
    with pytest.raises(InvalidInputError) as info:
        cn.calendar(extra=[n2028])
    assert info.value.field == "year"
    assert info.value.value == 2028
    # After 2027 it is accepted.
    assert cn.calendar(extra=[HYPOTHETICAL_2027, n2028]).last == date(2028, 12, 31)


def test_an_extra_amendment_overrides_bundled_days() -> None:
    # HYPOTHETICAL amendment: 31 December 2026 (Thursday) made a rest day.
    amendment = HolidayNotice(
        year=2026,
        title="（假设）调整通知",
        published=date(2026, 12, 1),
        url="https://example.invalid/hypothetical-amendment",
        arrangements=(Arrangement("元旦", "2026-12-31", "2026-12-31"),),
        amends=True,
    )
    cal = cn.calendar(extra=[amendment])
    assert not cal.is_workday(date(2026, 12, 31))
    assert cal.day_kind(date(2026, 12, 31)) is DayKind.IN_LIEU
    assert cn.calendar().is_workday(date(2026, 12, 31))


@pytest.mark.parametrize(
    ("make", "field"),
    [
        (lambda: Arrangement("元旦", "2027-13-01", "2027-01-03"), "first"),
        (lambda: Arrangement("元旦", "2027-01-01", "2027-01-03", holidays="2027-1-1"), "holidays"),
        (
            lambda: HolidayNotice(year=2027, title="t", published="26-11-20", url="https://x"),
            "published",
        ),
    ],
)
def test_bad_notice_dates_name_the_field(make: object, field: str) -> None:
    assert callable(make)
    with pytest.raises(InvalidInputError) as info:
        make()
    assert info.value.field == field


def test_bad_notice_dates_are_rejected() -> None:
    with pytest.raises(InvalidInputError):
        Arrangement("元旦", "2027-13-01", "2027-01-03")
    with pytest.raises(InvalidInputError):
        Arrangement("元旦", date(2027, 1, 3), date(2027, 1, 1))  # ends before it starts
    with pytest.raises(InvalidInputError):
        Arrangement("元旦", "2027-01-01", "2027-01-03", holidays="2027-01-05")  # outside
    with pytest.raises(InvalidInputError):
        Arrangement("元旦", "2027-01-01", "2027-01-03", makeup="2027-01-02")  # inside


def test_makeup_on_a_weekday_in_a_notice_is_rejected() -> None:
    bad = HolidayNotice(
        year=2027,
        title="（假设）",
        published=date(2026, 11, 20),
        url="https://example.invalid/x",
        arrangements=(Arrangement("元旦", "2027-01-01", "2027-01-03", makeup="2027-01-04"),),
    )
    with pytest.raises(InvalidInputError) as info:
        cn.calendar(extra=[bad])
    assert info.value.field is not None
    assert info.value.field.startswith("makeup_workdays")


def test_notice_year_must_be_an_int() -> None:
    def load() -> WorkCalendar:
        notice = HolidayNotice(
            year="2027",  # type: ignore[arg-type]
            title="（假设）",
            published=date(2026, 11, 20),
            url="https://example.invalid/x",
        )
        return cn.calendar(extra=[notice])

    with pytest.raises(InvalidInputError) as info:
        load()
    assert info.value.field == "year"


# -- golden snapshot ----------------------------------------------------------------------------


def render_snapshot(cal: WorkCalendar) -> str:
    lines = [
        "# Every dated rest day and makeup working day of the PRC calendar, 2008-2026.",
        "# date        weekday  kind            occasion  [notice published]",
        "# Regenerate: GOVDISCLOSURE_UPDATE_SNAPSHOTS=1 pytest tests/test_cn_calendar.py",
    ]
    d = cal.first
    while d <= cal.last:
        note = cal.note(d)
        if note is not None:
            published = note.source.published if note.source else None
            kind = cal.day_kind(d).value
            lines.append(f"{d.isoformat()}  {d:%a}      {kind:<15} {note.name}  [{published}]")
        d += ONE
    return "\n".join(lines) + "\n"


def test_golden_snapshot(cal: WorkCalendar) -> None:
    text = render_snapshot(cal)
    if os.environ.get("GOVDISCLOSURE_UPDATE_SNAPSHOTS") == "1":
        SNAPSHOT.parent.mkdir(exist_ok=True)
        SNAPSHOT.write_text(text, encoding="utf-8")
    expected = SNAPSHOT.read_text(encoding="utf-8")
    if text != expected:
        diff = "\n".join(
            difflib.unified_diff(
                expected.splitlines(), text.splitlines(), "committed", "computed", lineterm=""
            )
        )
        pytest.fail(f"the calendar differs from {SNAPSHOT.name}:\n{diff}")


def test_snapshot_agrees_with_the_hand_counts() -> None:
    # Independent of the calendar code: the committed snapshot, read as text.
    lines = [ln for ln in SNAPSHOT.read_text(encoding="utf-8").splitlines() if ln[:1].isdigit()]
    for year in YEARS:
        rows = [ln.split() for ln in lines if ln.startswith(str(year))]
        weekday_rest = sum(
            1 for r in rows if r[1] not in ("Sat", "Sun") and r[2] != "makeup_workday"
        )
        makeup = sum(1 for r in rows if r[2] == "makeup_workday")
        assert (weekday_rest, makeup) == (FACTS[year].weekday_rest, FACTS[year].makeup_days)


def test_makeup_days_policy():
    # Spec §6 [INFERENCE]: 调休上班 weekend days count as working days by default.
    from govdisclosure.jurisdictions.cn import calendar as cn_calendar

    saturday = date(2026, 2, 14)  # worked for the 2026 Spring Festival
    assert cn_calendar().is_workday(saturday)
    strict = cn_calendar(makeup_days_are_workdays=False)
    assert not strict.is_workday(saturday)
    # Rest days are unchanged either way.
    assert not strict.is_workday(date(2026, 2, 16))
    assert strict.is_workday(date(2026, 2, 24))
