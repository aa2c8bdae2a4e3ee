"""Reading a State Council holiday notice from its text (``cn.parse_holiday_notice``).

The texts in ``tests/data/cn/notices`` are the notices of 2008-2026 as published
(sources in the README there); each must give exactly the arrangements the
bundled records hold. The expected document numbers and signature dates below
were read off the texts by hand. Bad texts must be refused with a message that
quotes the sentence. A Hypothesis property renders random valid arrangements
to notice text with a small renderer written here, and reads them back.

The statutory days the parser assigns are checked against an independent
reference: the lunar dates of the ``holidays`` package's own calendar
(``holidays.calendars.chinese``), read here, not through the library.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path

import attrs
import pytest
from holidays.calendars.chinese import _ChineseLunisolar
from hypothesis import assume, given
from hypothesis import strategies as st

from govdisclosure.calendar import WorkCalendar
from govdisclosure.errors import CalendarNotPublishedError, InvalidInputError
from govdisclosure.jurisdictions import cn
from govdisclosure.jurisdictions.cn.festival_days import FESTIVAL_DATES, statutory_days
from govdisclosure.requests import Applicant, ApplicantKind, Request
from govdisclosure.serialization import from_json, to_json

NOTICES = Path(__file__).parent / "data" / "cn" / "notices"
YEARS = range(2008, 2027)
LUNAR = _ChineseLunisolar()

# Read off each text by hand: (document number, signature date).
PUBLISHED: dict[int, tuple[str | None, date]] = {
    2008: (None, date(2007, 12, 18)),
    2009: ("国办发明电〔2008〕42号", date(2008, 12, 10)),
    2010: ("国办发明电〔2009〕27号", date(2009, 12, 7)),
    2011: ("国办发明电〔2010〕40号", date(2010, 12, 9)),
    2012: ("国办发明电〔2011〕45号", date(2011, 12, 5)),
    2013: ("国办发明电〔2012〕33号", date(2012, 12, 8)),
    2014: ("国办发明电〔2013〕28号", date(2013, 12, 11)),
    2015: ("国办发明电〔2014〕28号", date(2014, 12, 16)),
    2016: ("国办发明电〔2015〕18号", date(2015, 12, 10)),
    2017: ("国办发明电〔2016〕17号", date(2016, 12, 1)),
    2018: ("国办发明电〔2017〕12号", date(2017, 11, 30)),
    2019: ("国办发明电〔2018〕15号", date(2018, 12, 4)),
    2020: ("国办发明电〔2019〕16号", date(2019, 11, 21)),
    2021: ("国办发明电〔2020〕27号", date(2020, 11, 25)),
    2022: ("国办发明电〔2021〕11号", date(2021, 10, 25)),
    2023: ("国办发明电〔2022〕16号", date(2022, 12, 8)),
    2024: ("国办发明电〔2023〕7号", date(2023, 10, 25)),
    2025: ("国办发明电〔2024〕12号", date(2024, 11, 12)),
    2026: (None, date(2025, 11, 4)),
}


def text_of(year: int) -> str:
    return (NOTICES / f"{year}.txt").read_text(encoding="utf-8")


def annual(year: int) -> cn.HolidayNotice:
    (notice,) = [n for n in cn.notices_for(year) if not n.amends]
    return notice


# -- every published notice reproduces the bundled record ------------------------------


@pytest.mark.parametrize("year", YEARS)
def test_published_text_reproduces_bundled_notice(year: int) -> None:
    bundled = annual(year)
    parsed = cn.parse_holiday_notice(text_of(year), url=bundled.url)
    assert parsed.arrangements == bundled.arrangements
    assert (parsed.year, parsed.title, parsed.url) == (year, bundled.title, bundled.url)
    assert (parsed.number, parsed.published) == PUBLISHED[year]
    assert not parsed.amends


def test_every_year_has_a_text_and_a_source_line() -> None:
    readme = (NOTICES / "README.md").read_text(encoding="utf-8")
    for year in YEARS:
        assert (NOTICES / f"{year}.txt").is_file()
        assert f"| {year} |" in readme


def test_2026_by_hand() -> None:
    """The 2026 notice, day by day as its text reads (spec §7)."""
    a = {x.name: x for x in cn.parse_holiday_notice(text_of(2026)).arrangements}
    assert (a["春节"].first, a["春节"].last) == (date(2026, 2, 15), date(2026, 2, 23))
    # 2024 measures: 除夕 (16 Feb) and 初一 to 初三 (17-19 Feb)
    assert a["春节"].holidays == tuple(date(2026, 2, d) for d in (16, 17, 18, 19))
    assert a["春节"].makeup == (date(2026, 2, 14), date(2026, 2, 28))
    assert a["劳动节"].holidays == (date(2026, 5, 1), date(2026, 5, 2))
    assert a["国庆节"].makeup == (date(2026, 9, 20), date(2026, 10, 10))
    assert a["清明节"].holidays == (date(2026, 4, 5),)


def test_single_day_forms_run_over_the_adjoining_weekend() -> None:
    a = {x.name: x for x in cn.parse_holiday_notice(text_of(2015)).arrangements}
    # 三、清明节：4月5日放假，4月6日（星期一）补休。 5 April is a Sunday; Saturday 4th joins.
    assert (a["清明节"].first, a["清明节"].last) == (date(2015, 4, 4), date(2015, 4, 6))
    # 六、中秋节：9月27日放假。 A Sunday: Saturday 26th joins, Monday 28th is a working day.
    assert (a["中秋节"].first, a["中秋节"].last) == (date(2015, 9, 26), date(2015, 9, 27))
    b = {x.name: x for x in cn.parse_holiday_notice(text_of(2024)).arrangements}
    # 一、元旦：1月1日放假，与周末连休。 Monday 1 January 2024; 30-31 December 2023 join.
    assert (b["元旦"].first, b["元旦"].last) == (date(2023, 12, 30), date(2024, 1, 1))


def test_half_width_and_extra_whitespace_read_the_same() -> None:
    text = text_of(2025)
    half = unicodedata.normalize("NFKC", text).replace("\n", "\n \t ").replace("，", ", ")
    spaced = " ".join(text)  # a space between every character
    expected = cn.parse_holiday_notice(text)
    assert cn.parse_holiday_notice(half) == expected
    assert cn.parse_holiday_notice(spaced) == expected


def test_title_split_over_two_lines_and_chinese_numeral_date() -> None:
    notice = cn.parse_holiday_notice(
        text_of(2010)
    )  # "…关于2010年\n部分节假日…", 二○○九年十二月七日
    assert notice.title == "国务院办公厅关于2010年部分节假日安排的通知"
    assert notice.published == date(2009, 12, 7)


# -- the result serializes and loads into the calendar ---------------------------------


@pytest.mark.parametrize("year", [2009, 2015, 2026])
def test_json_round_trip(year: int) -> None:
    notice = cn.parse_holiday_notice(text_of(year), url="https://www.gov.cn/example")
    assert from_json(to_json(notice), cn.HolidayNotice) == notice
    assert from_json(to_json(attrs.evolve(notice, url=None)), cn.HolidayNotice).url is None


# A hypothetical notice for 2027, written for these tests (no 2027 notice had been
# published when they were written): 元旦 1-3 January, 春节 5-12 February with
# Sunday 31 January and Saturday 20 February worked.
HYPOTHETICAL_2027 = """国务院办公厅关于2027年部分节假日安排的通知
一、元旦：1月1日（周五）至3日（周日）放假，共3天。
二、春节：2月5日（农历除夕、周五）至12日（农历正月初七、周五）放假调休，共8天。1月31日（周日）、2月20日（周六）上班。
国务院办公厅
2026年11月20日
"""


def test_parsed_notice_extends_the_calendar() -> None:
    notice = cn.parse_holiday_notice(HYPOTHETICAL_2027)
    spring = notice.arrangements[1]
    # 2024 measures: 除夕 5 February and 初一 to 初三, 6-8 February 2027
    assert spring.holidays == tuple(date(2027, 2, d) for d in (5, 6, 7, 8))
    cal = cn.calendar(extra=[notice])
    assert cal.last == date(2027, 12, 31)
    assert not cal.is_workday(date(2027, 1, 1))
    assert cal.is_workday(date(2027, 1, 31))  # a Sunday worked
    assert not cal.is_workday(date(2027, 2, 10))  # a Wednesday in lieu
    assert cal.is_workday(date(2027, 2, 20))  # a Saturday worked


def test_reply_deadline_with_a_pasted_notice() -> None:
    """Received Tuesday 15 December 2026: 16-18, 21-25, 28-31 December are 12 working days;
    1-3 January 2027 are off; 4-8 and 11-13 January are 13 to 20: due Wednesday 13 January."""
    request = Request(
        id="r", received=date(2026, 12, 15), applicant=Applicant(kind=ApplicantKind.NATURAL_PERSON)
    )
    with pytest.raises(CalendarNotPublishedError, match=r"cn\.parse_holiday_notice\(text\)"):
        cn.reply_deadline(request)
    cal = cn.calendar(extra=[cn.parse_holiday_notice(HYPOTHETICAL_2027)])
    assert cn.reply_deadline(request, calendar=cal).due == date(2027, 1, 13)


# -- the error for an unpublished year says what to do ---------------------------------


def test_error_after_the_bundled_notices_names_the_fix() -> None:
    with pytest.raises(CalendarNotPublishedError) as err:
        cn.calendar().is_workday(date(2027, 1, 4))
    assert err.value.year == 2027
    assert err.value.hint == cn.workdays.UNPUBLISHED_HINT
    assert "cn.calendar(extra=[cn.parse_holiday_notice(text)])" in str(err.value)
    with pytest.raises(CalendarNotPublishedError, match=r"parse_holiday_notice"):
        cn.calendar().add_workdays(date(2026, 12, 30), 5)
    with pytest.raises(CalendarNotPublishedError, match=r"parse_holiday_notice"):
        cn.calendar(makeup_days_are_workdays=False).is_workday(date(2027, 1, 4))
    # after a pasted notice, the next year gets the same advice
    extended = cn.calendar(extra=[cn.parse_holiday_notice(HYPOTHETICAL_2027)])
    with pytest.raises(CalendarNotPublishedError, match=r"covers 2028.*parse_holiday_notice"):
        extended.is_workday(date(2028, 1, 3))


def test_no_hint_before_the_bundled_notices_or_on_a_plain_calendar() -> None:
    with pytest.raises(CalendarNotPublishedError) as err:
        cn.calendar().is_workday(date(2007, 12, 31))
    assert err.value.hint is None
    assert str(err.value) == "no published working-day calendar covers 2007 (needed for 2007-12-31)"
    plain = WorkCalendar(first=date(2030, 1, 1), last=date(2030, 12, 31))
    with pytest.raises(CalendarNotPublishedError) as err:
        plain.is_workday(date(2031, 1, 1))
    assert str(err.value) == "no published working-day calendar covers 2031 (needed for 2031-01-01)"


def test_hint_changes_no_answer_and_no_identity() -> None:
    official = cn.calendar()
    same = attrs.evolve(official, unpublished_hint=None)
    assert same == official
    assert same.fingerprint == official.fingerprint


# -- bad texts are refused, quoting the sentence ----------------------------------------

ONE_ITEM = """国务院办公厅关于2026年部分节假日安排的通知
{item}
国务院办公厅
2025年11月4日"""


def refused(item: str) -> str:
    with pytest.raises(InvalidInputError) as err:
        cn.parse_holiday_notice(ONE_ITEM.format(item=item))
    return str(err.value)


@pytest.mark.parametrize(
    ("item", "why", "quoted"),
    [
        (
            "一、元旦：1月1日（周五）至3日（周六）放假调休，共3天。",
            "is a Thursday, not 周五",
            "1月1日(周五)",
        ),
        (
            "一、元旦：1月1日（周四）至3日（周六）放假调休，共4天。",
            "共4天 but the range has 3 days",
            "共4天",
        ),
        (
            "一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月5日（周一）上班。",
            "is not a Saturday or Sunday",
            "1月5日(周一)上班",
        ),
        (
            "一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）调班。",
            "cannot read",
            "1月4日(周日)调班",
        ),
        (
            "一、元旦：1月1日放假。请各单位自行安排。二、春节：2月15日至23日放假调休，共9天。",
            "cannot read",
            "请各单位自行安排",
        ),
        ("一、春节：2月30日至3月2日放假调休，共3天。", "not a date (2月30日)", "2月30日"),
        (
            "一、元旦：1月1日（周四）至3日（周六）休息，共3天。",
            "cannot read the rest period",
            "休息",
        ),
        ("一、植树节：3月12日放假。", "not a festival", "植树节"),
        (
            "一、劳动节：2025年5月1日至5日放假调休，共5天。",
            "outside the notice's year",
            "2025年5月1日",
        ),
        (
            "一、劳动节：5月3日至5日放假调休，共3天。",
            "statutory holiday 2026-05-01 is outside",
            "5月3日",
        ),
        (
            "一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月3日（周六）上班。",
            "inside the rest period",
            "1月3日(周六)上班",
        ),
        (
            "一、清明节：4月5日放假，4月4日（星期六）补休。",
            "is a weekend day",
            "4月4日(星期六)补休",
        ),
        ("一、清明节：4月2日放假，4月6日（星期一）补休。", "does not follow the holiday", "4月2日"),
        (
            "一、端午节：6月19日放假，与周末连休。二、端午节：6月19日放假。",
            "端午节 appears twice",
            "二、端午节",
        ),
        ("一、春节：2月15日（农历除夕）至23日放假调休，共9天。", "is not 除夕", "农历除夕"),
        (
            "一、春节：2月15日（阴历二十八）至23日放假调休，共9天。",
            "cannot read the note",
            "阴历二十八",
        ),
        (
            "一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。4日（周日）上班。",
            "a day without its month",
            "4日(周日)上班",
        ),
        ("二、元旦：1月1日（周四）至3日（周六）放假调休，共3天。", "not numbered", "二、元旦"),
        ("一、清明节：4月8日放假，与周末连休。", "no weekend adjoins", "4月8日"),
    ],
)
def test_bad_items_are_refused_quoting_the_sentence(item: str, why: str, quoted: str) -> None:
    message = refused(item)
    assert why in message
    assert quoted in message


def test_empty_text_and_wrong_types() -> None:
    for text in ("", "  \n\t　"):
        with pytest.raises(InvalidInputError, match="the text is empty"):
            cn.parse_holiday_notice(text)
    with pytest.raises(InvalidInputError, match="text: must be the notice's text"):
        cn.parse_holiday_notice(b"notice")  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="url: must be a str or None"):
        cn.parse_holiday_notice(text_of(2026), url=1)  # type: ignore[arg-type]


def test_not_a_notice_and_amending_notices() -> None:
    with pytest.raises(InvalidInputError, match="no title"):
        cn.parse_holiday_notice("一、元旦：1月1日放假。")
    amending = (
        "国务院办公厅关于调整2019年劳动节假期安排的通知\n一、2019年5月1日至4日放假调休，共4天。"
    )
    with pytest.raises(InvalidInputError, match=r"an amending notice.*调整2019年劳动节"):
        cn.parse_holiday_notice(amending)
    with pytest.raises(InvalidInputError, match="no numbered item"):
        cn.parse_holiday_notice(
            "国务院办公厅关于2026年部分节假日安排的通知 国务院办公厅 2025年11月4日"
        )
    with pytest.raises(InvalidInputError, match="no signature date"):
        cn.parse_holiday_notice(text_of(2026).replace("2025年11月4日", ""))
    with pytest.raises(InvalidInputError, match=r"not a date \(2025年2月30日\)"):
        cn.parse_holiday_notice(text_of(2026).replace("2025年11月4日", "2025年2月30日"))
    with pytest.raises(InvalidInputError, match=r"signed in 2015, not in 2025 or 2026"):
        cn.parse_holiday_notice(text_of(2026).replace("2025年11月4日", "2015年11月4日"))
    # a web page's own date after the signature is not the notice's
    pasted = text_of(2026) + "\n来源：新华社 2025年11月5日 责任编辑：某某\n"
    assert cn.parse_holiday_notice(pasted).published == date(2025, 11, 4)


def test_a_day_settled_by_two_items_is_refused() -> None:
    text = text_of(2020).replace("6月28日（星期日）上班", "5月9日（星期六）上班")
    with pytest.raises(InvalidInputError, match=r"2020-05-09 is settled twice \(also by item 4\)"):
        cn.parse_holiday_notice(text)


def test_a_year_beyond_the_lunar_table_is_refused() -> None:
    title = "国务院办公厅关于2061年部分节假日安排的通知"
    text = f"{title}\n一、春节：1月20日至26日放假，共7天。\n2060年11月1日"
    with pytest.raises(InvalidInputError, match=r"no lunar calendar table for 2061"):
        cn.parse_holiday_notice(text)


# -- the lunar table against an independent reference -----------------------------------


def test_festival_dates_match_the_reference_calendar() -> None:
    assert min(FESTIVAL_DATES) == 2007
    assert max(FESTIVAL_DATES) == 2060
    for year, (new_year, qingming, dragon_boat, mid_autumn) in FESTIVAL_DATES.items():
        assert new_year == LUNAR.lunar_new_year_date(year)[0]
        assert dragon_boat == LUNAR.dragon_boat_date(year)[0]
        assert mid_autumn == LUNAR.mid_autumn_date(year)[0]
        # The Qingming term by the usual 21st-century formula: [Y x 0.2422 + 4.81] - [Y / 4]
        y = year % 100
        assert qingming == date(year, 4, int(y * 0.2422 + 4.81) - y // 4)


# -- a rendered notice reads back (Hypothesis) ------------------------------------------

SIMPLE = ("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节")
NUMERALS = "一二三四五六七"
WEEKDAY_CN = "一二三四五六日"


def reference_statutory(name: str, year: int) -> tuple[date, ...]:
    """The statutory days by the measures' text, from the reference lunar calendar."""
    new_year = LUNAR.lunar_new_year_date(year)[0]
    days = {
        "元旦": [date(year, 1, 1)],
        "清明节": [LUNAR.qingming_date(year)[0]],
        "劳动节": [date(year, 5, 1), date(year, 5, 2)] if year >= 2025 else [date(year, 5, 1)],
        "端午节": [LUNAR.dragon_boat_date(year)[0]],
        "中秋节": [LUNAR.mid_autumn_date(year)[0]],
        "国庆节": [date(year, 10, 1), date(year, 10, 2), date(year, 10, 3)],
    }.get(name)
    if days is None:  # 春节: 2007 measures 除夕-初二, 2013 初一-初三, 2024 除夕-初三
        offsets = {True: (-1, 0, 1), False: (0, 1, 2)}[year <= 2013]
        if year >= 2025:
            offsets = (-1, 0, 1, 2)
        days = [new_year + timedelta(days=k) for k in offsets]
    return tuple(sorted(days))


@st.composite
def rendered_notices(draw: st.DrawFn) -> tuple[str, tuple[cn.Arrangement, ...]]:
    year = draw(st.integers(2008, 2060))
    names = draw(st.lists(st.sampled_from(SIMPLE), min_size=1, max_size=4, unique=True))
    names.sort(key=SIMPLE.index)
    full = draw(st.booleans())
    star = draw(st.sampled_from(["周", "星期"]))
    arrangements = []
    settled: set[date] = set()
    for name in names:
        holidays = reference_statutory(name, year)
        first = holidays[0] - timedelta(days=draw(st.integers(0, 3)))
        last = holidays[-1] + timedelta(days=draw(st.integers(0, 3)))
        period = {first + timedelta(days=i) for i in range((last - first).days + 1)}
        near = [first - timedelta(days=i) for i in range(1, 11)]
        near += [last + timedelta(days=i) for i in range(1, 11)]
        weekend = [d for d in near if d.weekday() >= 5 and d.year == first.year == last.year]
        makeup = (
            draw(st.lists(st.sampled_from(weekend), max_size=2, unique=True)) if weekend else []
        )
        days = period | set(makeup)
        assume(not days & settled)
        assume(all(d.year in (year, year - 1) if name == "元旦" else d.year == year for d in days))
        settled |= days
        arrangements.append(
            cn.Arrangement(name, first, last, holidays=holidays, makeup=sorted(makeup))
        )

    show = draw(st.lists(st.booleans(), min_size=40, max_size=40))
    text = render(year, arrangements, star=star, show_weekday=lambda i: show[i % 40])
    return (text if full else unicodedata.normalize("NFKC", text)), tuple(arrangements)


def render(
    year: int,
    arrangements: Sequence[cn.Arrangement],
    *,
    star: str = "周",
    show_weekday: Callable[[int], bool] = lambda _: True,
) -> str:
    """A notice for ``arrangements`` in the style of the 2025-2026 notices (ranges, 共N天, 上班)."""
    written = iter(range(10_000))

    def day(d: date, *, same_month_as: date | None = None) -> str:
        head = f"{d.year}年" if d.year != year else ""
        month = (
            "" if same_month_as and same_month_as.month == d.month and not head else f"{d.month}月"
        )
        note = f"（{star}{WEEKDAY_CN[d.weekday()]}）" if show_weekday(next(written)) else ""
        return f"{head}{month}{d.day}日{note}"

    lines = [f"国务院办公厅关于{year}年部分节假日安排的通知", "各省、自治区、直辖市人民政府："]
    for i, a in enumerate(arrangements):
        if a.first == a.last:
            rest = f"{day(a.first)}放假，共1天。"
        else:
            to = day(a.last, same_month_as=a.first)
            rest = f"{day(a.first)}至{to}放假调休，共{(a.last - a.first).days + 1}天。"
        worked = "、".join(day(d) for d in a.makeup)
        lines.append(f"{NUMERALS[i]}、{a.name}：{rest}{worked + '上班。' if worked else ''}")
    lines += [
        "节假日期间，各地区、各部门要妥善安排好值班。",
        "国务院办公厅",
        f"{year - 1}年11月1日",
    ]
    return "\n".join(lines)


@pytest.mark.parametrize("year", YEARS)
@pytest.mark.parametrize("star", ["周", "星期"])
def test_every_bundled_notice_rendered_reads_back(year: int, star: str) -> None:
    """Batch: each bundled record, written out as a modern notice, reads back to itself."""
    bundled = annual(year)
    text = render(year, bundled.arrangements, star=star)
    assert cn.parse_holiday_notice(text).arrangements == bundled.arrangements


@given(rendered_notices())
def test_rendered_notice_reads_back(case: tuple[str, tuple[cn.Arrangement, ...]]) -> None:
    text, arrangements = case
    notice = cn.parse_holiday_notice(text)
    assert notice.arrangements == arrangements


@given(st.integers(2008, 2060), st.sampled_from(SIMPLE))
def test_statutory_days_match_the_reference(year: int, name: str) -> None:
    assert statutory_days(name, year) == reference_statutory(name, year)


def test_a_calendar_with_a_hint_round_trips_and_keeps_it() -> None:
    cal = WorkCalendar(first=date(2030, 1, 1), last=date(2030, 1, 31), unpublished_hint="see notes")
    again = from_json(to_json(cal), WorkCalendar)
    assert again == cal
    assert again.unpublished_hint == "see notes"
    assert '"unpublished_hint"' not in to_json(attrs.evolve(cal, unpublished_hint=None))
