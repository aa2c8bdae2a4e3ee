"""Figures quoted in a report's narrative, checked against its tables.

A report's prose repeats its tables (全年共收到政府信息公开申请50件，办结50件；行政复议3起),
and the two disagree more often than one would hope. :func:`prose_figures` reads
the figures a narrative states, by the phrasings of
:data:`~._prose_patterns.PROSE_PATTERNS` (data, with examples);
:func:`check_prose` compares each with the cells of tables 三, 四 and 二 it
repeats, one finding per figure that disagrees (rule :data:`RULE_PROSE`),
quoting the sentence and giving both numbers.

What is read, and what is not (never guessed):

- a number followed by its unit (件, 起, 条 ...), in Arabic digits (``1,234``,
  full-width digits too) or Chinese numerals (``一百二十三``, ``两千零五``);
- the words before it, back to the last clause break (，。；： brackets) or
  the last figure, name what it is (where they name several, the one nearest
  the number); two measures named together (``受理并办结申请50件``,
  ``予以公开、部分公开共35件``), or a change, bound or estimate (``增加``,
  ``同比``, ``累计``, ``约``), make it no figure;
- percentages, decimals, ``1.2万``, ordinals (``第3件``) and a bare ``一``
  (一起, 一个 are as often words as numbers) are not counts.

>>> [(f.measure.value, f.value) for f in prose_figures("本年新收申请一百二十三件，办结率100%。")]
[('new', 123)]

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Hashable, Iterable
from typing import Protocol

import attrs

from govdisclosure.errors import InvalidInputError, UnknownLabelError
from govdisclosure.jurisdictions.cn.report._numerals import chinese_number
from govdisclosure.jurisdictions.cn.report._prose_patterns import (
    CHANGE_WORDS,
    MEASURE_CELLS,
    MEASURE_CELLS_2019,
    PROSE_PATTERNS,
    CellRef,
    ProseMeasure,
)
from govdisclosure.jurisdictions.cn.report.format import ReportFormat
from govdisclosure.reports import Finding

__all__ = [
    "MAX_FIGURES",
    "MAX_PROSE",
    "RULE_PROSE",
    "RULE_PROSE_UNDETERMINED",
    "ProseFigure",
    "ProseOptions",
    "ReceivedReading",
    "check_prose",
    "prose_figures",
]

MAX_PROSE = 5_000_000
"""The longest narrative read (characters); a report's prose is far shorter."""

MAX_FIGURES = 10_000
"""The most figures read from one text; a report's narrative states dozens."""

RULE_PROSE = "parse.prose"
"""The rule of a figure the narrative states that its table contradicts."""

RULE_PROSE_UNDETERMINED = "parse.prose.undetermined"
"""The rule of a figure whose table cell is blank or was not read: not a pass."""

_QUOTE = 160  # the longest sentence quoted whole in a message
_LEAD = 40  # the most characters read before a number
_REACH = 150  # the most characters of a sentence kept either side of its figure
_NUMERALS = "零〇一二两三四五六七八九十百千万亿"
_UNITS = "".join(sorted({u for p in PROSE_PATTERNS for u in p.units}))
_FIGURE = re.compile(
    rf"(?<![\d.,，{_NUMERALS}第])"
    rf"(\d{{1,3}}(?:[,，]\d{{3}})+|\d{{1,15}}|[{_NUMERALS}]{{1,12}})"
    rf"\s?([{_UNITS}])"
)
_BREAK = re.compile(r"[。！？!?；;，,：:（）()\[\]【】\n]")
_SENTENCE_END = re.compile(r"[。！？!?；;\n]")
_WIDE_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_JOINED = re.compile(r"[、和及与并或&/]")  # two measures named together
_ANY_LEAD = re.compile("|".join(f"(?:{p.lead})" for p in PROSE_PATTERNS))


class ReceivedReading(enum.Enum):
    """A **policy**: what ``共收到/受理…申请X件`` states when its sentence gives no breakdown.

    The format does not say whether applications received include those
    carried over from last year, and reports differ: many use it for 本年新收
    and state 上年结转 apart; the 沭阳县人民政府 2025 report's 共受理政府信息公开申请749件
    is 本年新收 713 + 上年结转 36. So by default a received figure agrees with
    either reading, and is a mismatch only when it equals neither.

    >>> ReceivedReading("either")
    <ReceivedReading.EITHER: 'either'>
    """

    EITHER = "either"
    """一、本年新收, or 一、本年新收 + 二、上年结转 (the default: both usages are common)."""
    NEW = "new"
    """一、本年新收 only."""
    NEW_AND_CARRIED = "new_and_carried"
    """一、本年新收 + 二、上年结转 only."""
    UNCHECKED = "unchecked"
    """Extracted, never compared."""


@attrs.frozen
class ProseOptions:
    """How the narrative's figures are compared.

    >>> ProseOptions().received
    <ReceivedReading.EITHER: 'either'>

    Attributes:
        received: What a received figure without a breakdown states (a policy).
    """

    received: ReceivedReading = attrs.field(default=ReceivedReading.EITHER)

    @received.validator
    def _check_received(self, _: object, value: object) -> None:
        if not isinstance(value, ReceivedReading):
            msg = "received must be a ReceivedReading"
            raise InvalidInputError(msg, field="received", value=value)


@attrs.frozen
class ProseFigure:
    """One figure a narrative states.

    >>> f = prose_figures("行政复议3起。")[0]
    >>> f.measure, f.value, f.printed, f.sentence
    (<ProseMeasure.RECONSIDERATION: 'reconsideration_cases'>, 3, '3起', '行政复议3起。')

    Attributes:
        measure: What the figure is.
        value: The number.
        printed: The number and its unit as printed.
        sentence: The sentence that states it, as printed.
    """

    measure: ProseMeasure
    value: int
    printed: str
    sentence: str


def _value(printed: str) -> int | None:
    if printed[0].isdigit():
        return int(printed.replace(",", "").replace("，", ""))
    if printed == "一":
        return None  # 一起, 一个: as often a word as a number
    return chinese_number(printed)


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around ``text[start:end]``, at most :data:`_REACH` characters either side.

    A sentence cut there says so with ``…``.
    """
    first = max(0, start - _REACH)
    cut_before = first > 0
    for mark in _SENTENCE_END.finditer(text, first, start):
        first, cut_before = mark.end(), False
    after = _SENTENCE_END.search(text, end, end + _REACH)
    last = after.end() if after else min(len(text), end + _REACH)
    cut_after = after is None and last < len(text)
    return ("…" if cut_before else "") + text[first:last].strip() + ("…" if cut_after else "")


_NEVER = re.compile(r"(?!x)x")


def _compiled(text: str) -> re.Pattern[str]:
    return re.compile(text) if text else _NEVER


_COMPILED = tuple(
    (
        p,
        _compiled(p.lead),
        _compiled(p.exclude),
        re.compile(p.sentence) if p.sentence else None,
        re.compile(p.not_sentence) if p.not_sentence else None,
    )
    for p in PROSE_PATTERNS
)


_Fit = tuple[ProseMeasure, re.Pattern[str] | None, re.Pattern[str] | None, int, int]


@functools.lru_cache(maxsize=4096)
def _by_lead(lead: str, unit: str) -> tuple[_Fit, ...]:
    """The patterns that fit the words before a number and its unit.

    Each with its sentence tests and where in ``lead`` its last match starts and ends.
    """
    found: list[_Fit] = []
    for p, lead_re, exclude, wanted, unwanted in _COMPILED:
        if unit not in p.units or exclude.search(lead) is not None:
            continue
        last = None
        for last in lead_re.finditer(lead):  # noqa: B007 - the last match is wanted
            pass
        if last is not None:
            found.append((p.measure, wanted, unwanted, last.start(), last.end()))
    return tuple(found)


def _fitting(lead: str, unit: str, sentence: str) -> ProseMeasure | None:
    """The measure the words before a number name (its unit and sentence fitting), if one.

    Where the words name several, the one named last (nearest the number)
    is the figure's: 办结的申请中同意公开答复9件 states 9 disclosed. Unless the
    two names overlap or are joined (予以公开、部分公开共35件, 受理并办结申请50件):
    then it is no figure.
    """
    ends: dict[ProseMeasure, tuple[int, int]] = {}
    for measure, wanted, unwanted, start, end in _by_lead(lead, unit):
        if (wanted is None or wanted.search(sentence) is not None) and (
            unwanted is None or unwanted.search(sentence) is None
        ):
            ends[measure] = max(ends.get(measure, (start, end)), (start, end), key=lambda x: x[1])
    if not ends:
        return None
    ranked = sorted(ends.items(), key=lambda item: item[1][1])
    measure, (start, _) = ranked[-1]
    if len(ranked) > 1:
        other_end = ranked[-2][1][1]
        if start < other_end or _JOINED.search(lead, other_end, start):
            return None
    return measure


def _printed(text: str, match: re.Match[str]) -> str:
    """The text a match of the (digit-folded) text covers, as printed."""
    return text[match.start() : match.end()]


def prose_figures(text: str) -> tuple[ProseFigure, ...]:
    """The figures a narrative states, in the order printed.

    A number is a figure when the words before it name one measure of
    :data:`~._prose_patterns.PROSE_PATTERNS` and its unit fits; anything else
    is ignored, never guessed.

    >>> text = "全年共收到政府信息公开申请52件（含上年结转2件），办结52件，比上年增加5件。"
    >>> [(f.measure.value, f.value) for f in prose_figures(text)]
    [('received_with_carried', 52), ('carried_over', 2), ('handled', 52)]

    Raises:
        InvalidInputError: if ``text`` is not a string, is too long, or states
            more than :data:`MAX_FIGURES` figures.
    """
    given: object = text
    if not isinstance(given, str):
        msg = "the narrative must be a str"
        raise InvalidInputError(msg, field="text", value=type(given).__name__)
    if len(given) > MAX_PROSE:
        msg = f"the narrative is longer than {MAX_PROSE} characters"
        raise InvalidInputError(msg, field="text", value=len(given))
    digits = given.translate(_WIDE_DIGITS)  # one character for one: positions are kept
    found: list[ProseFigure] = []
    previous = 0
    for match in _FIGURE.finditer(digits):
        start = match.start()
        window = digits[max(previous, start - _LEAD) : start]
        previous = match.end()
        breaks = [m.end() for m in _BREAK.finditer(window)]
        lead = window[breaks[-1] :] if breaks else window
        if not lead or _ANY_LEAD.search(lead) is None or CHANGE_WORDS.search(lead):
            continue
        value = _value(match.group(1))
        if value is None:
            continue
        sentence = _sentence(given, start, match.end())
        measure = _fitting(lead, match.group(2), sentence)
        if measure is None:
            continue  # words that name no measure, or two together
        if len(found) == MAX_FIGURES:
            msg = f"the narrative states more than {MAX_FIGURES} figures"
            raise InvalidInputError(msg, field="text", value=_printed(given, match))
        found.append(ProseFigure(measure, value, _printed(given, match), sentence))
    return tuple(found)


class _Tables(Protocol):
    """What :func:`check_prose` reads from a report (a :class:`~cn.ParsedReport`)."""

    @property
    def narrative(self) -> tuple[str, ...]: ...

    @property
    def requests(self) -> object: ...

    @property
    def cases(self) -> object: ...

    @property
    def proactive(self) -> object: ...


_TABLE_NAMES = {"requests": "三", "cases": "四", "proactive": "二"}


def _cells(
    report: _Tables, options: ProseOptions, measure: ProseMeasure
) -> tuple[CellRef, ...] | None:
    """The cells a measure states in the report's format, or ``None`` where it is not compared."""
    layout = getattr(getattr(report, "requests", None), "layout", None)
    if measure in MEASURE_CELLS_2019 and layout is ReportFormat.V2019:
        return MEASURE_CELLS_2019[measure]
    if measure is ProseMeasure.RECEIVED:
        if options.received is ReceivedReading.UNCHECKED:
            return None
        if options.received is ReceivedReading.NEW_AND_CARRIED:
            return MEASURE_CELLS[ProseMeasure.RECEIVED_WITH_CARRIED]
        if options.received is ReceivedReading.NEW:
            return MEASURE_CELLS[ProseMeasure.RECEIVED]
    return MEASURE_CELLS[measure] or None


def _read(report: _Tables, ref: CellRef) -> tuple[str, int | None, str]:
    """A cell's name, its value (``None`` if blank or absent), and why it is missing."""
    name, row, column = ref
    table: object = getattr(report, name)
    key: tuple[Hashable, Hashable] = (row, column)
    if table is None:
        return (
            f"{_TABLE_NAMES[name]}/{row}/{column}",
            None,
            f"table {_TABLE_NAMES[name]} was not read",
        )
    try:
        value = table[key]  # type: ignore[index]
        label = table.label_of(key)  # type: ignore[attr-defined]
    except UnknownLabelError:
        layout = getattr(getattr(table, "layout", None), "value", "")
        return str(key), None, f"the {layout} format of table {_TABLE_NAMES[name]} has no such cell"
    if value is None:
        return label, None, f"{label} is blank"
    return label, int(value), ""


def _quote(sentence: str) -> str:
    return sentence if len(sentence) <= _QUOTE else sentence[: _QUOTE - 1] + "…"


def _check(report: _Tables, figure: ProseFigure, refs: tuple[CellRef, ...]) -> Finding | None:
    read = [_read(report, ref) for ref in refs]
    known = sum(v for _, v, _ in read if v is not None)
    missing = [why for _, v, why in read if v is None]
    table = refs[0][0]
    where = " + ".join(label for label, _, _ in read)
    quoted = _quote(figure.sentence)
    contradicted = not missing or known > figure.value  # counts are not negative
    common = {
        "cells": tuple((row, column) for _, row, column in refs),
        "numbers": tuple(v for _, v, _ in read),
        "left": figure.value,
        "right": known if contradicted else None,
        "table": table,
    }
    if not missing and known == figure.value:
        return None
    if contradicted:
        message = (
            f"the narrative states {figure.printed} ({figure.measure.value}) where table"
            f" {_TABLE_NAMES[table]} gives {known} ({where}"
            + ("; blank cells read as zero" if missing else "")
            + f"): “{quoted}”"
        )
        return Finding(rule=RULE_PROSE, message=message, **common)  # type: ignore[arg-type]
    message = (
        f"the narrative states {figure.printed} ({figure.measure.value}), which cannot be"
        f" checked: {'; '.join(missing)}: “{quoted}”"
    )
    return Finding(rule=RULE_PROSE_UNDETERMINED, message=message, **common)  # type: ignore[arg-type]


def check_prose(report: _Tables, options: ProseOptions | None = None) -> tuple[Finding, ...]:
    """One finding per narrative figure that its tables contradict or cannot confirm.

    A figure that equals the sum of its cells gives nothing; one that differs
    gives a :data:`RULE_PROSE` finding quoting the sentence (``left`` is the
    figure, ``right`` the table's sum); one whose cell is blank, absent from the
    format, or in a table not read gives a :data:`RULE_PROSE_UNDETERMINED`
    finding (``right`` is ``None``), unless the cells that are there already
    exceed it: counts are not negative, so that is a mismatch (``right`` the
    sum of the cells printed). A received figure is compared as
    ``options.received`` says (:class:`ReceivedReading`). The same figure in
    the same sentence is reported once.

    Raises:
        InvalidInputError: if ``options`` is not a :class:`ProseOptions`, or
            ``report`` has no narrative (a tuple of str).
    """
    opts: object = options if options is not None else ProseOptions()
    if not isinstance(opts, ProseOptions):
        msg = "options must be a ProseOptions"
        raise InvalidInputError(msg, field="options", value=opts)
    narrative: object = getattr(report, "narrative", None)
    if not isinstance(narrative, tuple) or not all(isinstance(p, str) for p in narrative):
        msg = "check_prose reads a ParsedReport (its narrative: a tuple of str)"
        raise InvalidInputError(msg, field="report", value=type(report).__name__)
    found: list[Finding] = []
    seen: set[tuple[ProseMeasure, int, str]] = set()
    for figure in _figures(narrative):
        refs = _cells(report, opts, figure.measure)
        key = (figure.measure, figure.value, figure.sentence)
        if refs is None or key in seen:
            continue
        seen.add(key)
        if figure.measure is ProseMeasure.RECEIVED and opts.received is ReceivedReading.EITHER:
            finding = _check_either(report, figure)
        else:
            finding = _check(report, figure, refs)
        if finding is not None:
            found.append(finding)
    return tuple(found)


def _check_either(report: _Tables, figure: ProseFigure) -> Finding | None:
    """A received figure against 本年新收, and against 本年新收 + 上年结转: one must agree."""
    alone = _check(report, figure, MEASURE_CELLS[ProseMeasure.RECEIVED])
    both = _check(report, figure, MEASURE_CELLS[ProseMeasure.RECEIVED_WITH_CARRIED])
    if alone is None or both is None:
        return None
    if both.rule != RULE_PROSE or alone.rule != RULE_PROSE:
        return both if both.rule != RULE_PROSE else alone  # one reading cannot be checked
    message = (
        f"the narrative states {figure.printed} (received) where table 三 gives {alone.right}"
        f" as 本年新收 and {both.right} with 上年结转: “{_quote(figure.sentence)}”"
    )
    return attrs.evolve(both, message=message, right=alone.right)


def _figures(paragraphs: Iterable[str]) -> list[ProseFigure]:
    return [figure for paragraph in paragraphs for figure in prose_figures(paragraph)]
