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
date (and 除夕 or 正月初N against the lunar table), ``共N天`` against the
range, that worked days (上班) are Saturdays or Sundays outside the rest
period, that a day in lieu (补休) is a weekday after the holiday's weekend,
that the dates belong to the notice's year (or the year before, for 元旦), and
that each festival's statutory days
(:mod:`~govdisclosure.jurisdictions.cn.festival_days`) lie in its rest period.
Anything it cannot read raises :class:`~govdisclosure.errors.InvalidInputError`
quoting the sentence (normalised to half-width punctuation, spaces removed).

Where a festival's rest is written as a single day ("D放假", "D放假，与周末连休",
"D放假，D补休"), the rest period runs over the weekend days adjoining it (the
ones not worked), as the notices mean and the bundled records hold.

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
govdisclosure.errors.InvalidInputError: text: 2026-01-01 is a Thursday, not 周五 (got '一、元旦...')

Amending notices (2015's commemoration day, 2019's Labour Day, 2020's Spring
Festival extension) are worded differently and are not read; build them with
:class:`HolidayNotice` directly (the bundled data holds all three).

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta
from typing import NoReturn

import attrs

from govdisclosure.errors import CalendarNotPublishedError, InvalidInputError
from govdisclosure.jurisdictions.cn.festival_days import FESTIVAL_DATES, statutory_days
from govdisclosure.jurisdictions.cn.holiday_notices import Arrangement, HolidayNotice

__all__ = ["parse_holiday_notice"]

_ONE_DAY = timedelta(days=1)
_SATURDAY = 5
_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5}
_CN_DIGITS |= {"六": 6, "七": 7, "八": 8, "九": 9}

_TITLE = re.compile(r"国务院办公厅关于(\d{4})年部分节假日安排的通知")
_OTHER_TITLE = re.compile(
    r"国务院(?:办公厅)?关于[^。]{0,40}?(?:调整|延长|调休放假)[^。]{0,40}?的通知"
)
_NUMBER = re.compile(r"国办发明电[〔\[【(](\d{4})[〕\]】)](\d{1,3})号")
# An item starts a paragraph: after a full stop or colon (or a number or title pasted just before).
_ITEM = re.compile(r"(?:^|(?<=[。:;号知]))([一二三四五六七八九十]{1,3})、")
_NAMES = (
    ("中秋节、国庆节", "中秋节、国庆节"),
    ("国庆节、中秋节", "国庆节、中秋节"),
    ("“五一”国际劳动节", "劳动节"),
    ('"五一"国际劳动节', "劳动节"),
    ("国际劳动节", "劳动节"),
    *((name, name) for name in ("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节")),
)
_DATE = re.compile(r"(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:\(([^()]*)\))?")
_DATE_SRC = r"(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:\([^()]*\))?"
_ONLY_DATES = re.compile(rf"(?:{_DATE_SRC}[、和]?)+")
_WORKED = re.compile(rf"(?:{_DATE_SRC}[、和]?)+上班")
_REST = re.compile(
    rf"(?P<a>{_DATE_SRC})(?:(?:至|—|-|~|–|―)(?P<b>{_DATE_SRC}))?"
    r"放假(?:调休|公休)?(?:(?P<n>\d+)天)?"
)
_COUNT = re.compile(r"共(\d+)天(?:\(不调休\))?")
_IN_LIEU = re.compile(rf"(?P<d>{_DATE_SRC})补休")
_EXPLAINS = ("法定节假日", "为公休日", "照常公休", "调至", "公休")
_SIGNATURE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
_SIGNATURE_CN = re.compile(
    r"([〇○零O一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日"
)
_ANY_DAY = re.compile(r"\d{1,2}日")
_ITEM_WORDS = ("其中", "上班", "放假", "补休", "公休", "调休")
_LUNAR_DAY = re.compile(r"(?:农历)?(?:正月|大年)初([一二三四五六七八九十])")
_NOTE_PREFIXES = ("农历", "即", "大年", "正月", "腊月", "新年", "春节", "清明", "端午", "中秋")
_CLOSING = ("节假日期间", "鼓励单位和个人", "国务院办公厅")


def _refuse(msg: str, sentence: str) -> NoReturn:
    raise InvalidInputError(msg, field="text", value=sentence)


def _cn_number(text: str) -> int:
    if text.startswith("十"):
        return 10 + (_CN_DIGITS[text[1]] if len(text) > 1 else 0)
    if "十" in text:
        tens, _, units = text.partition("十")
        return _CN_DIGITS[tens] * 10 + (_CN_DIGITS[units] if units else 0)
    return int("".join(str(_CN_DIGITS[c]) for c in text))


def _split(text: str, seps: str) -> list[str]:
    """``text`` split at any of ``seps`` outside brackets, empty parts dropped."""
    parts: list[str] = []
    current: list[str] = []
    depth = 0
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
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _span(first: date, last: date) -> set[date]:
    return {first + timedelta(days=i) for i in range((last - first).days + 1)}


@attrs.frozen
class _Item:
    """What every check of one item needs: the notice's year, the festival, the item's text."""

    year: int
    festival: str
    text: str

    def refuse(self, msg: str) -> NoReturn:
        _refuse(msg, self.text)

    def dates(self, text: str, *, month: int | None = None) -> list[date]:
        """Every date written in ``text``, each checked against its bracketed notes."""
        found = []
        year: int | None = None
        for match in _DATE.finditer(text):
            y, m, d, note = match.groups()
            if m is not None:
                month = int(m)
            if month is None:
                self.refuse(f"a day without its month ({match.group(0)})")
            if y is not None:
                year = int(y)
            elif year is None or m is not None:
                new_year_eve = self.festival == "元旦" and month == 12
                year = self.year - 1 if new_year_eve else self.year
            if year != self.year and not (self.festival == "元旦" and year == self.year - 1):
                self.refuse(f"a date outside the notice's year ({match.group(0)})")
            try:
                day = date(year, month, int(d))
            except ValueError:
                self.refuse(f"not a date ({match.group(0)})")
            self._check_note(day, note)
            found.append(day)
        return found

    def _check_note(self, day: date, note: str | None) -> None:
        for part in _split(note or "", "、,"):
            weekday = re.fullmatch(r"(?:星期|周)([一二三四五六日天])", part)
            if weekday is None:
                self._check_lunar(day, part)
            elif _WEEKDAYS[weekday.group(1)] != day.weekday():
                self.refuse(f"{day.isoformat()} is a {_WEEKDAY_NAMES[day.weekday()]}, not {part}")

    def _check_lunar(self, day: date, part: str) -> None:
        lunar = FESTIVAL_DATES.get(day.year)
        new_year = lunar[0] if lunar else None
        if "除夕" in part and not part.startswith("即"):
            if new_year is not None and day != new_year - _ONE_DAY:
                self.refuse(f"{day.isoformat()} is not 除夕")
            return
        match = _LUNAR_DAY.fullmatch(part)
        if match:
            nth = _cn_number(match.group(1))
            if new_year is not None and day != new_year + timedelta(days=nth - 1):
                self.refuse(f"{day.isoformat()} is not {part}")
            return
        if not part.startswith(_NOTE_PREFIXES) and part not in {"“五一”国际劳动节", "国庆节"}:
            self.refuse(f"cannot read the note ({part})")


def _worked_days(sentences: list[str], item: _Item) -> set[date]:
    """The worked days (上班) of an item's later sentences, checking the explanations."""
    makeup: set[date] = set()
    for sentence in sentences:
        if sentence.startswith("鼓励"):
            item.dates(sentence)  # advice to employers: its dates are checked, nothing more
            continue
        month: int | None = None
        for raw in _split(sentence, ",;:"):
            clause = raw.removeprefix("其中").removeprefix("将")
            if not clause:
                continue
            if clause.endswith("上班"):
                if not _WORKED.fullmatch(clause):
                    item.refuse(f"cannot read ({clause})")
                days = item.dates(clause, month=month)
                for day in days:
                    if day.weekday() < _SATURDAY:
                        item.refuse(f"the worked day {day.isoformat()} is not a Saturday or Sunday")
                makeup.update(days)
            elif any(word in clause for word in _EXPLAINS) or _ONLY_DATES.fullmatch(clause):
                days = item.dates(clause, month=month)  # an explanation: its dates are checked
            else:
                item.refuse(f"cannot read ({clause})")
            month = days[-1].month if days else month
    return makeup


@attrs.frozen
class _Rest:
    """The first sentence of an item: the rest as written."""

    first: date
    last: date | None
    count: int | None
    in_lieu: date | None
    joins_weekend: bool


def _read_rest(sentence: str, item: _Item) -> _Rest:
    clauses = _split(sentence, ",")
    rest = _REST.fullmatch(clauses[0]) if clauses else None
    if rest is None:
        item.refuse("cannot read the rest period")
    first = item.dates(rest.group("a"))[0]
    last = item.dates(rest.group("b"), month=first.month)[0] if rest.group("b") else None
    count = int(rest.group("n")) if rest.group("n") else None
    in_lieu: date | None = None
    joins_weekend = False
    for clause in clauses[1:]:
        if (m := _COUNT.fullmatch(clause)) is not None:
            count = int(m.group(1))
        elif (m := _IN_LIEU.fullmatch(clause)) is not None:
            in_lieu = item.dates(m.group("d"), month=first.month)[0]
        elif clause == "与周末连休":
            joins_weekend = True
        elif clause != "不调休":
            item.refuse(f"cannot read ({clause})")
    return _Rest(first, last, count, in_lieu, joins_weekend)


def _range(rest: _Rest, last: date, item: _Item) -> tuple[date, date]:
    """A rest period written as a range ("D至D放假…，共N天"): as written."""
    if last <= rest.first:
        item.refuse("the rest period ends before it starts")
    if rest.in_lieu is not None or rest.joins_weekend:
        item.refuse("a range with a day in lieu or 与周末连休")
    days = (last - rest.first).days + 1
    if rest.count is not None and rest.count != days:
        item.refuse(f"共{rest.count}天 but the range has {days} days")
    return rest.first, last


def _rest_period(rest: _Rest, item: _Item, makeup: set[date]) -> tuple[date, date]:
    if rest.last is not None:
        return _range(rest, rest.last, item)
    first = last = rest.first
    if rest.in_lieu is not None:  # "D放假，D（星期一）补休"
        last = rest.in_lieu
        if last.weekday() >= _SATURDAY:
            item.refuse(f"the day in lieu {last.isoformat()} is a weekend day")
        between = _span(first, last) - {first, last}
        if last <= first or any(d.weekday() < _SATURDAY for d in between):
            item.refuse("the day in lieu does not follow the holiday over a weekend")
    if rest.count is not None:  # "D放假，共1天", "D放假1天"
        if rest.count != (last - first).days + 1:
            item.refuse(f"共{rest.count}天 but {(last - first).days + 1} days are named")
        return first, last
    # "D放假", "D放假，与周末连休", "D放假，D补休": over the adjoining weekend days not worked
    while (first - _ONE_DAY).weekday() >= _SATURDAY and first - _ONE_DAY not in makeup:
        first -= _ONE_DAY
    while (last + _ONE_DAY).weekday() >= _SATURDAY and last + _ONE_DAY not in makeup:
        last += _ONE_DAY
    if rest.joins_weekend and first == last:
        item.refuse("与周末连休, but no weekend adjoins the holiday")
    return first, last


def _arrangement(text: str, year: int) -> Arrangement:
    found = next(((w, n) for w, n in _NAMES if text.split("、", 1)[1].startswith(w)), None)
    if found is None:
        _refuse("not a festival of the national holiday measures", text)
    written, name = found
    body = text.split("、", 1)[1][len(written) :].removeprefix(":")
    item = _Item(year, name, text)
    sentences = [s for s in body.split("。") if s]
    if not sentences:
        item.refuse("an item without an arrangement")
    makeup = _worked_days(sentences[1:], item)
    first, last = _rest_period(_read_rest(sentences[0], item), item, makeup)
    for day in sorted(makeup):
        if first <= day <= last:
            item.refuse(f"the worked day {day.isoformat()} is inside the rest period")
    try:
        holidays = statutory_days(name, year)
    except CalendarNotPublishedError:
        item.refuse(f"no lunar calendar table for {year} (covered: 2007-2060)")
    for day in holidays:
        if not first <= day <= last:
            item.refuse(f"the statutory holiday {day.isoformat()} is outside the rest period")
    return Arrangement(name, first, last, holidays=holidays, makeup=sorted(makeup))


def _items(flat: str) -> tuple[list[str], int]:
    """The text of every numbered item, and where the last one ends."""
    starts = list(_ITEM.finditer(flat))
    if not starts:
        _refuse("no numbered item (一、元旦：…)", flat[:80])
    numbers = [_cn_number(m.group(1)) for m in starts]
    if numbers != list(range(1, len(numbers) + 1)):
        _refuse("items are not numbered 一、二、三… in order", flat[starts[0].start() :][:80])
    items = []
    end = len(flat)
    for i, match in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(flat)
        chunk = flat[match.start() : end]
        if i + 1 == len(starts):
            chunk = _cut_closing(chunk)
            end = match.start() + len(chunk)
        items.append(chunk)
    return items, end


def _cut_closing(chunk: str) -> str:
    """The last item, without the closing paragraph and signature that follow it.

    A sentence after the last item belongs to it if it names a day or speaks of
    rest or work (上班, 放假, 补休…); the first that does neither, or that opens
    the closing paragraph (节假日期间…) or is the signature, ends the items.
    """
    sentences = chunk.split("。")
    kept: list[str] = []
    for sentence in sentences:
        if kept and not _belongs_to_item(sentence):
            break
        kept.append(sentence)
    return "。".join(kept) + ("。" if len(kept) < len(sentences) else "")


def _belongs_to_item(sentence: str) -> bool:
    if not sentence or sentence.startswith(_CLOSING) or _SIGNATURE.fullmatch(sentence):
        return False
    return bool(_ANY_DAY.search(sentence)) or any(word in sentence for word in _ITEM_WORDS)


def _published(tail: str, year: int) -> date:
    """The signature date: the first full date after the items (a later one is a web page's)."""
    found = [(s.start(), int(s[1]), int(s[2]), int(s[3])) for s in _SIGNATURE.finditer(tail)]
    for s in _SIGNATURE_CN.finditer(tail):
        digits = int("".join(str(_CN_DIGITS[c]) for c in s[1]))
        found.append((s.start(), digits, _cn_number(s[2]), _cn_number(s[3])))
    if not found:
        _refuse("no signature date (YYYY年M月D日) after the items", tail[-80:])
    _, y, month, day = min(found)
    try:
        signed = date(y, month, day)
    except ValueError:
        _refuse(f"not a date ({y}年{month}月{day}日)", tail[-80:])
    if signed.year not in (year - 1, year):
        _refuse(f"signed in {signed.year}, not in {year - 1} or {year}", tail[-80:])
    return signed


def _check_distinct(arrangements: list[Arrangement], texts: list[str]) -> None:
    settled: dict[date, int] = {}
    for i, a in enumerate(arrangements):
        if any(b.name == a.name for b in arrangements[:i]):
            _refuse(f"{a.name} appears twice", texts[i])
        for day in sorted(_span(a.first, a.last) | set(a.makeup)):
            if day in settled:
                _refuse(
                    f"{day.isoformat()} is settled twice (also by item {settled[day] + 1})",
                    texts[i],
                )
            settled[day] = i


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
    given: tuple[object, object] = (text, url)
    if not isinstance(given[0], str):
        msg = "must be the notice's text (a str)"
        raise InvalidInputError(msg, field="text", value=given[0])
    if given[1] is not None and not isinstance(given[1], str):
        msg = "must be a str or None"
        raise InvalidInputError(msg, field="url", value=given[1])
    flat = _normalise(text)
    if not flat:
        _refuse("the text is empty", text)
    title = _TITLE.search(flat)
    if title is None:
        other = _OTHER_TITLE.search(flat)
        if other is not None:
            _refuse(
                "an amending notice; build it with HolidayNotice(..., amends=True)", other.group(0)
            )
        _refuse("no title 国务院办公厅关于YYYY年部分节假日安排的通知", flat[:80])
    year = int(title.group(1))
    number = _NUMBER.search(flat)
    body = flat[title.end() :]
    items, end = _items(body)
    arrangements = [_arrangement(item, year) for item in items]
    _check_distinct(arrangements, items)
    return HolidayNotice(
        year=year,
        title=title.group(0),
        published=_published(body[end:], year),
        url=url,
        number=f"国办发明电〔{number.group(1)}〕{number.group(2)}号" if number else None,
        arrangements=tuple(arrangements),
    )
