"""Read a State Council holiday notice from its published text.

:func:`parse_holiday_notice` turns the text of a notice, pasted as published
(国务院办公厅关于YYYY年部分节假日安排的通知), into the :class:`HolidayNotice`
that :func:`~govdisclosure.jurisdictions.cn.workdays.calendar` accepts through
``extra=``. It reads the title, the document number (文号) if present, every
numbered item, and the signature date (the published date), in any of the
forms the notices have used since 2008: weekdays written ``周四`` or
``星期四``, lunar notes (``农历除夕``), "D放假，D（星期一）补休", "D放假，与周末连休",
ranges across months or years, the verbose 2008-2009 items with their
"其中…为法定节假日…" explanations, full-width or half-width digits and
punctuation, and any spacing.

It checks what the text lets it check: every weekday in brackets against its
date, ``共N天`` against the range, that worked days (上班) are Saturdays or
Sundays outside the rest period, that a day in lieu (补休) is a weekday, that
the dates belong to the notice's year (or the year before, for 元旦), and that
each festival's statutory days (:mod:`~govdisclosure.jurisdictions.cn.festival_days`)
lie in its rest period. Anything it cannot read raises
:class:`~govdisclosure.errors.InvalidInputError` quoting the sentence.

>>> text = '''国务院办公厅关于2026年部分节假日安排的通知
... 一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
... 国务院办公厅
... 2025年11月4日'''
>>> notice = parse_holiday_notice(text)
>>> notice.year, notice.published, notice.arrangements[0].makeup
(2026, datetime.date(2025, 11, 4), (datetime.date(2026, 1, 4),))
>>> parse_holiday_notice(text.replace("（周四）", "（周五）"))
Traceback (most recent call last):
...
govdisclosure.errors.InvalidInputError: text: 2026-01-01 is a Thursday, not 周五 ...

Amending notices (2015's commemoration day, 2019's Labour Day, 2020's Spring
Festival extension) are worded differently and are not read; build them with
:class:`HolidayNotice` directly (the bundled data holds all three).

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta

import attrs

from govdisclosure.errors import CalendarNotPublishedError, InvalidInputError
from govdisclosure.jurisdictions.cn.festival_days import FESTIVAL_DATES, statutory_days
from govdisclosure.jurisdictions.cn.holiday_notices import Arrangement, HolidayNotice

__all__ = ["parse_holiday_notice"]

_ONE_DAY = timedelta(days=1)
_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5}
_CN_DIGITS |= {"六": 6, "七": 7, "八": 8, "九": 9}

_TITLE = re.compile(r"国务院办公厅关于(\d{4})年部分节假日安排的通知")
_OTHER_TITLE = re.compile(r"国务院(?:办公厅)?关于[^。]{0,40}?(?:调整|延长|调休放假)[^。]{0,40}?的通知")
_NUMBER = re.compile(r"国办发明电[〔\[【(](\d{4})[〕\]】)](\d{1,3})号")
_ITEM = re.compile(r"(?:^|(?<=[。:;]))([一二三四五六七八九十]{1,3})、")
_NAMES = (
    ("中秋节、国庆节", "中秋节、国庆节"),
    ("国庆节、中秋节", "国庆节、中秋节"),
    ("“五一”国际劳动节", "劳动节"),
    ('"五一"国际劳动节', "劳动节"),
    ("国际劳动节", "劳动节"),
    ("元旦", "元旦"),
    ("春节", "春节"),
    ("清明节", "清明节"),
    ("劳动节", "劳动节"),
    ("端午节", "端午节"),
    ("中秋节", "中秋节"),
    ("国庆节", "国庆节"),
)
_NOTE = r"(?:\(([^()]*)\))?"
_DATE = re.compile(r"(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日" + _NOTE)
_DATE_SRC = r"(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:\([^()]*\))?"
_RANGE_SEP = r"(?:至|—|-|~|–|―)"
_REST = re.compile(
    rf"^(?P<a>{_DATE_SRC})(?:{_RANGE_SEP}(?P<b>{_DATE_SRC}))?"
    r"放假(?:调休|公休)?(?:(?P<n>\d+)天)?$"
)
_ONLY_DATES = re.compile(rf"(?:{_DATE_SRC}[、和]?)+")
_COUNT = re.compile(r"^共(\d+)天(?:\(不调休\))?$")
_IN_LIEU = re.compile(rf"^(?P<d>{_DATE_SRC})补休$")
_EXPLAINS = ("为法定节假日", "法定节假日", "为公休日", "照常公休", "调至", "公休")
_SIGNATURE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
_SIGNATURE_CN = re.compile(r"([〇○零O一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日")
_ANY_DATE = re.compile(r"\d{1,2}月\d{1,2}日")
_LUNAR_DAY = re.compile(r"(?:农历)?(?:正月|大年)初([一二三四五六七八九十])")


def _fail(msg: str, sentence: str) -> InvalidInputError:
    return InvalidInputError(msg, field="text", value=sentence)


def _cn_number(text: str) -> int:
    if text.startswith("十"):
        return 10 + (_CN_DIGITS[text[1]] if len(text) > 1 else 0)
    if "十" in text:
        tens, _, units = text.partition("十")
        return _CN_DIGITS[tens] * 10 + (_CN_DIGITS[units] if units else 0)
    return int("".join(str(_CN_DIGITS[c]) for c in text))


def _split(text: str, seps: str) -> list[str]:
    """``text`` split at any of ``seps`` outside brackets."""
    parts, depth, current = [], 0, []
    for char in text:
        depth += (char == "(") - (char == ")")
        if depth == 0 and char in seps:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [p for p in parts if p]


def _normalise(text: str) -> str:
    flat = unicodedata.normalize("NFKC", text)
    return re.sub(r"\s+", "", flat)


@attrs.frozen
class _Context:
    year: int
    festival: str
    sentence: str


def _check_note(day: date, note: str | None, ctx: _Context) -> None:
    if not note:
        return
    for part in _split(note, "、,"):
        weekday = re.fullmatch(r"(?:星期|周)([一二三四五六日天])", part)
        if weekday:
            if _WEEKDAYS[weekday.group(1)] != day.weekday():
                msg = f"{day.isoformat()} is a {_WEEKDAY_NAMES[day.weekday()]}, not {part}"
                raise _fail(msg, ctx.sentence)
            continue
        _check_lunar(day, part, ctx)


def _check_lunar(day: date, part: str, ctx: _Context) -> None:
    lunar = FESTIVAL_DATES.get(day.year)
    if "除夕" in part and not part.startswith("即"):
        new_year = lunar[0] if lunar else None
        if new_year is not None and day != new_year - _ONE_DAY:
            raise _fail(f"{day.isoformat()} is not 除夕", ctx.sentence)
        return
    match = _LUNAR_DAY.fullmatch(part)
    if match:
        if lunar is not None and day != lunar[0] + timedelta(days=_cn_number(match.group(1)) - 1):
            raise _fail(f"{day.isoformat()} is not {part}", ctx.sentence)
        return
    if part.startswith(("农历", "即", "大年", "正月", "腊月", "新年", "春节", "清明", "端午", "中秋")):
        return  # a lunar or festival note the text adds; not a date we can check further
    if part in {"“五一”国际劳动节", "国庆节"}:
        return
    raise _fail(f"cannot read the note ({part})", ctx.sentence)


def _dates(text: str, ctx: _Context, *, month: int | None = None) -> list[date]:
    """Every date written in ``text``, each checked against its bracketed notes."""
    found = []
    year: int | None = None
    for match in _DATE.finditer(text):
        y, m, d, note = match.groups()
        if m is None and month is None:
            raise _fail(f"a day without its month ({match.group(0)})", ctx.sentence)
        month = int(m) if m else month
        assert month is not None  # noqa: S101 - narrowed above
        if y is not None:
            year = int(y)
        elif year is None or m is not None:
            year = ctx.year - 1 if ctx.festival == "元旦" and month == 12 else ctx.year  # noqa: PLR2004
        if not (year == ctx.year or (ctx.festival == "元旦" and year == ctx.year - 1)):
            raise _fail(f"a date outside the notice's year ({match.group(0)})", ctx.sentence)
        try:
            day = date(year, month, int(d))
        except ValueError:
            raise _fail(f"not a date ({match.group(0)})", ctx.sentence) from None
        _check_note(day, note, ctx)
        found.append(day)
    return found


def _rest_period(first_sentence: str, ctx: _Context, makeup: set[date]) -> tuple[date, date]:
    clauses = _split(first_sentence, ",")
    rest = _REST.match(clauses[0]) if clauses else None
    if rest is None:
        raise _fail("cannot read the rest period", ctx.sentence)
    first = _dates(rest.group("a"), ctx)[0]
    count = int(rest.group("n")) if rest.group("n") else None
    in_lieu: date | None = None
    joins_weekend = False
    for clause in clauses[1:]:
        if (m := _COUNT.match(clause)) is not None:
            count = int(m.group(1))
        elif (m := _IN_LIEU.match(clause)) is not None:
            in_lieu = _dates(m.group("d"), ctx, month=first.month)[0]
        elif clause == "与周末连休":
            joins_weekend = True
        elif clause != "不调休":
            raise _fail(f"cannot read ({clause})", ctx.sentence)
    if rest.group("b"):
        last = _dates(rest.group("b"), ctx, month=first.month)[0]
        if last <= first:
            raise _fail("the rest period ends before it starts", ctx.sentence)
        if in_lieu is not None or joins_weekend:
            raise _fail("a range with a day in lieu or 与周末连休", ctx.sentence)
        days = (last - first).days + 1
        if count is not None and count != days:
            raise _fail(f"共{count}天 but the range has {days} days", ctx.sentence)
        return first, last
    last = first
    if in_lieu is not None:
        if in_lieu.weekday() >= 5:  # noqa: PLR2004 - Saturday
            raise _fail(f"the day in lieu {in_lieu.isoformat()} is a weekend day", ctx.sentence)
        if in_lieu <= first or any(
            (first + timedelta(days=i)).weekday() < 5 for i in range(1, (in_lieu - first).days)  # noqa: PLR2004
        ):
            raise _fail("the day in lieu does not follow the holiday over a weekend", ctx.sentence)
        last = in_lieu
    if count is not None:
        if count != (last - first).days + 1:
            raise _fail(f"共{count}天 but {(last - first).days + 1} days are named", ctx.sentence)
        return first, last
    # "D放假", "D放假，与周末连休", "D放假，D补休": the period runs over the adjoining weekend.
    while (first - _ONE_DAY).weekday() >= 5 and first - _ONE_DAY not in makeup:  # noqa: PLR2004
        first -= _ONE_DAY
    while (last + _ONE_DAY).weekday() >= 5 and last + _ONE_DAY not in makeup:  # noqa: PLR2004
        last += _ONE_DAY
    if joins_weekend and first == last:
        raise _fail("与周末连休, but no weekend adjoins the holiday", ctx.sentence)
    return first, last


def _makeup_days(sentences: list[str], ctx: _Context) -> set[date]:
    """The worked days of an item's later sentences (checking the rest)."""
    makeup: set[date] = set()
    for sentence in sentences:
        if sentence.startswith("鼓励"):
            _dates(sentence, attrs.evolve(ctx, sentence=sentence))  # advisory: dates checked only
            continue
        month: int | None = None
        for raw in _split(sentence, ",;:"):
            clause = raw.removeprefix("其中").removeprefix("将")
            if not clause:
                continue
            sub = attrs.evolve(ctx, sentence=sentence)
            if clause.endswith("上班"):
                days = _dates(clause.removesuffix("上班").replace("和", "、"), sub, month=month)
                if not days or not re.fullmatch(rf"(?:{_DATE_SRC}[、和]?)+上班", clause):
                    raise _fail(f"cannot read ({clause})", sentence)
                for day in days:
                    if day.weekday() < 5:  # noqa: PLR2004 - Monday to Friday
                        msg = f"the worked day {day.isoformat()} is not a Saturday or Sunday"
                        raise _fail(msg, sentence)
                makeup.update(days)
                month = days[-1].month
            elif any(word in clause for word in _EXPLAINS) or _ONLY_DATES.fullmatch(clause):
                days = _dates(clause, sub, month=month)  # an explanation: dates checked only
                month = days[-1].month if days else month
            else:
                raise _fail(f"cannot read ({clause})", sentence)
    return makeup


def _item(marker_text: str, year: int) -> Arrangement:
    for written, name in _NAMES:
        if marker_text.startswith(written):
            body = marker_text[len(written) :].removeprefix(":")
            break
    else:
        raise _fail("not a festival of the national holiday measures", marker_text)
    sentences = [s for s in body.split("。") if s]
    if not sentences:
        raise _fail("an item without an arrangement", marker_text)
    ctx = _Context(year, name, sentences[0])
    makeup = _makeup_days(sentences[1:], attrs.evolve(ctx, sentence=marker_text))
    first_clauses = _split(sentences[0], ",")
    tail = [c for c in first_clauses[1:] if c.endswith("上班") or c.startswith("其中")]
    if tail:  # a worked day or explanation written inside the first sentence (2008)
        head = ",".join(c for c in first_clauses if c not in tail)
        makeup |= _makeup_days([",".join(tail)], attrs.evolve(ctx, sentence=marker_text))
        first, last = _rest_period(head, ctx, makeup)
    else:
        first, last = _rest_period(sentences[0], ctx, makeup)
    for day in sorted(makeup):
        if first <= day <= last:
            raise _fail(f"the worked day {day.isoformat()} is inside the rest period", marker_text)
    try:
        holidays = statutory_days(name, year)
    except CalendarNotPublishedError:
        msg = f"no lunar calendar table for {year} (covered: 2007-2060)"
        raise _fail(msg, marker_text) from None
    for day in holidays:
        if not first <= day <= last:
            msg = f"the statutory holiday {day.isoformat()} is outside the rest period"
            raise _fail(msg, marker_text)
    return Arrangement(name, first, last, holidays=holidays, makeup=sorted(makeup))


def _items(flat: str) -> tuple[list[str], int]:
    """The text of every numbered item, and where the last one ends."""
    starts = list(_ITEM.finditer(flat))
    if not starts:
        raise _fail("no numbered item (一、元旦：…)", flat[:80])
    numbers = [_cn_number(m.group(1)) for m in starts]
    if numbers != list(range(1, len(numbers) + 1)):
        raise _fail("items are not numbered 一、二、三… in order", flat[starts[0].start() :][:80])
    items = []
    end = len(flat)
    for i, match in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(flat)
        chunk = flat[match.end() : end]
        if i + 1 == len(starts):
            chunk = _cut_closing(chunk)
            end = match.end() + len(chunk)
        items.append(chunk)
    return items, end


def _cut_closing(chunk: str) -> str:
    """The last item, without the closing paragraph and signature that follow it."""
    kept: list[str] = []
    for sentence in chunk.split("。"):
        if kept and not _belongs_to_item(sentence):
            break
        kept.append(sentence)
    return "。".join(kept) + ("。" if len(kept) < len(chunk.split("。")) else "")


def _belongs_to_item(sentence: str) -> bool:
    if not sentence or sentence.startswith(("节假日期间", "鼓励单位和个人", "国务院办公厅")):
        return False
    return bool(_ANY_DATE.search(sentence)) or sentence.startswith("其中")


def _published(flat: str, after: int) -> date:
    tail = flat[after:]
    found: list[date] = []
    for y, m, d in _SIGNATURE.findall(tail):
        found.append(_signature_date(int(y), int(m), int(d), tail))
    for y, m, d in _SIGNATURE_CN.findall(tail):
        year = int("".join(str(_CN_DIGITS[c]) for c in y))
        found.append(_signature_date(year, _cn_number(m), _cn_number(d), tail))
    if not found:
        raise _fail("no signature date (YYYY年M月D日) after the items", tail[-60:] or flat[-60:])
    return found[-1]


def _signature_date(year: int, month: int, day: int, tail: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise _fail(f"not a date ({year}年{month}月{day}日)", tail[-60:]) from None


def parse_holiday_notice(text: str, *, url: str | None = None) -> HolidayNotice:
    """Read a State Council notice on holiday arrangements from its published text.

    Args:
        text: The notice as published: its title, optionally its document
            number, the numbered items, and the signature date.
        url: Where it was published, recorded on the result.

    Returns:
        The notice, with one :class:`Arrangement` per item; the statutory
        holiday days of each come from the national holiday measures in force
        for the notice's year.

    Raises:
        InvalidInputError: The text is not such a notice, or a sentence cannot
            be read or is inconsistent; the message quotes the sentence.

    >>> notice = parse_holiday_notice(
    ...     "国务院办公厅关于2018年部分节假日安排的通知 国办发明电〔2017〕12号 "
    ...     "一、元旦：1月1日放假，与周末连休。 国务院办公厅 2017年11月30日")
    >>> a = notice.arrangements[0]
    >>> notice.number, a.first, a.last
    ('国办发明电〔2017〕12号', datetime.date(2017, 12, 30), datetime.date(2018, 1, 1))
    """
    if not isinstance(text, str):
        msg = "must be the notice's text (a str)"
        raise InvalidInputError(msg, field="text", value=text)
    if url is not None and not isinstance(url, str):
        msg = "must be a str or None"
        raise InvalidInputError(msg, field="url", value=url)
    flat = _normalise(text)
    if not flat:
        raise _fail("the text is empty", text)
    title = _TITLE.search(flat)
    if title is None:
        other = _OTHER_TITLE.search(flat)
        if other is not None:
            msg = "an amending notice; build it with HolidayNotice(..., amends=True)"
            raise _fail(msg, other.group(0))
        raise _fail("no title 国务院办公厅关于YYYY年部分节假日安排的通知", flat[:60])
    year = int(title.group(1))
    number = _NUMBER.search(flat)
    body = flat[title.end() :]
    items, end = _items(body)
    arrangements = [_item(item, year) for item in items]
    _check_distinct(arrangements, items)
    return HolidayNotice(
        year=year,
        title=title.group(0),
        published=_published(body, end),
        url=url,
        number=f"国办发明电〔{number.group(1)}〕{number.group(2)}号" if number else None,
        arrangements=tuple(arrangements),
    )


def _check_distinct(arrangements: list[Arrangement], texts: list[str]) -> None:
    seen: dict[str, int] = {}
    for i, a in enumerate(arrangements):
        if a.name in seen:
            raise _fail(f"{a.name} appears twice", texts[i])
        seen[a.name] = i
        for j, b in enumerate(arrangements[:i]):
            taken = set(b.makeup) | {b.first + timedelta(days=k) for k in range((b.last - b.first).days + 1)}
            mine = set(a.makeup) | {a.first + timedelta(days=k) for k in range((a.last - a.first).days + 1)}
            if taken & mine:
                day = min(taken & mine).isoformat()
                raise _fail(f"{day} is settled twice (also by item {j + 1})", texts[i])
