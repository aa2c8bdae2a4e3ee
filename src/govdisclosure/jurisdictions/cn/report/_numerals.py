"""Numbers written in Chinese numerals, in full: :func:`chinese_number`.

Reports print counts in Arabic digits mostly, and in Chinese numerals in
prose (行政复议二起, 一百二十三件). Only full forms are read; abbreviations
whose value the reader supplies by convention (一百五 for 150, 一万五 for
15,000) and digit strings (二〇二三) are not numbers here.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

__all__ = ["chinese_number"]

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4}
_CN_DIGITS |= {"五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}


def chinese_number(text: str) -> int | None:
    """A number in Chinese numerals, or ``None`` if it is not one written in full.

    ``一百五`` (for 150) and digit strings such as ``二〇二三`` are abbreviations
    whose value the reader supplies: ``None``, never a guess.

    >>> chinese_number("一百二十三"), chinese_number("两千零五"), chinese_number("十二")
    (123, 2005, 12)
    >>> chinese_number("一万二千三百"), chinese_number("零"), chinese_number("一百五")
    (12300, 0, None)
    """
    if "亿" in text or text.count("万") > 1 or not text:
        return None
    if "万" in text:
        high, low = text.split("万")
        top = _section(high)
        rest = _section(low.removeprefix("零")) if low.strip("零〇") else 0
        if top is None or top == 0 or rest is None or low in ("零", "〇"):
            return None
        if low and low.startswith(("零", "〇")) != (rest < 1000):  # 一万五 is 15,000 by convention
            return None
        return top * 10_000 + rest
    return _section(text)


def _section(text: str) -> int | None:  # noqa: C901, PLR0911, PLR0912 - one small grammar
    """A number below 10,000 in full form (千 百 十 descending, 零 for gaps)."""
    if text in ("零", "〇"):
        return 0
    total = 0
    pending: int | None = None
    last_unit = 10_000
    zero = False
    for char in text:
        if char in _CN_DIGITS:
            digit = _CN_DIGITS[char]
            if digit == 0:
                if pending is not None or zero or last_unit == 10_000:
                    return None
                zero = True
                continue
            if pending is not None:
                return None  # 二三: digits in a row
            pending = digit
        elif char in _CN_UNITS:
            unit = _CN_UNITS[char]
            if unit >= last_unit or (zero and pending is None):
                return None
            if pending is None:
                if unit != 10 or total or last_unit != 10_000:  # 十二 is 12, 百二 is nothing
                    return None
                pending = 1
            total += pending * unit
            pending, last_unit, zero = None, unit, False
        else:
            return None
    if pending is not None:
        if last_unit > 10 and not zero and last_unit != 10_000:
            return None  # 一百五: 150 only by convention
        total += pending
    elif zero:
        return None
    return total
