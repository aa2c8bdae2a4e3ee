"""Matching the official labels of report rows and columns, as people type them.

Published reports write the same label many ways: full- or half-width
brackets and punctuation, straight or curly quotes, stray spaces, with or
without the enumerator ("（三）", "1.") in front. :func:`normalize_label`
reduces a label to one comparable form.

>>> normalize_label(" （三）不予公开 ")
'不予公开'
>>> normalize_label('3.危及“三安全一稳定”') == normalize_label('危及"三安全一稳定"')
True
>>> normalize_label("部分公开（区分处理的，只计这一情形，不计其他情形）", drop_note=True)
'部分公开'
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["normalize_label"]

_QUOTES = str.maketrans("", "", "\"'“”‘’「」『』〝〞＂＇")
_SPACE = re.compile(r"\s+")
_NUMERAL = "一二三四五六七八九十"
# A leading enumerator, read before spaces are removed: "（三）", "三、", "三." "三，" "三 ",
# "1.", "1、", "1，", "1 ", "(1)".
_ENUMERATOR = re.compile(
    rf"^\s*(?:\(\s*[{_NUMERAL}]+\s*\)|[{_NUMERAL}]+\s*[、,.]|[{_NUMERAL}]+\s+"
    # No official label starts with a digit, so a leading run of digits is always a number.
    r"|\d+\s*[.、,]?|\(\s*\d+\s*\))"
)
# Separators inside a label that published reports write either way: 、 ， ,
_SEPARATORS = str.maketrans("", "", "、,")
_TRAILING_NOTE = re.compile(r"\([^()]*\)$")


def normalize_label(label: str, *, drop_note: bool = False) -> str:
    """Reduce ``label`` to the form used to compare official labels.

    NFKC folds full-width brackets, digits and punctuation to their ASCII forms;
    a leading enumerator is dropped; quotes, white space and the separators
    、，, are removed. With ``drop_note`` a trailing parenthetical note is
    dropped too.
    """
    text = unicodedata.normalize("NFKC", label).translate(_QUOTES).replace("．", ".")
    text = _ENUMERATOR.sub("", text, count=1)
    text = _SPACE.sub("", text).translate(_SEPARATORS)
    if drop_note:
        text = _TRAILING_NOTE.sub("", text)
    return text
