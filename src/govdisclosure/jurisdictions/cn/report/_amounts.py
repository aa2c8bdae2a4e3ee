"""Amounts as reports print them: ``251000元``, ``7730.28万元``, ``7,730.28``.

:func:`read_amount` reads a printed amount exactly, as a :class:`~decimal.Decimal`
in the unit the cell states; it never converts between 元 and 万元 (a printed
``251000元`` is ``Decimal('251000')`` yuan). :func:`printed_amounts` is the hook
``ProactiveTable.from_labels`` uses to accept such strings in its amount columns.

>>> read_amount("7730.28万元"), read_amount("251000元"), read_amount("7,730.28")
((Decimal('7730.28'), '万元'), (Decimal('251000'), '元'), (Decimal('7730.28'), None))
>>> read_amount("—") is None
True

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Hashable, Mapping
from decimal import Decimal
from typing import Any

from govdisclosure.errors import InvalidInputError, Problem

__all__ = ["BLANK_MARKS", "column_unit", "printed_amounts", "read_amount"]

BLANK_MARKS = frozenset({"", "-", "/", "—", "－", "–", "／", "——", "&nbsp;", "\\", "--", "无"})
"""What a blank cell is printed as (after white space is removed). 无 ("none") is read
as blank, never as 0: the report states no number."""

_AMOUNT = re.compile(r"^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(万元|元|万)?$")
_UNIT = re.compile(r"(?:单位[:：]?\s*)?(万元|元)\)?$")


def _bare(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text.replace("&nbsp;", "")).split())


def read_amount(text: str) -> tuple[Decimal, str | None] | None:
    """A printed amount, exactly, and the unit it states (元 or 万元), or ``None`` if blank.

    ``万`` alone is read as 万元.

    Raises:
        InvalidInputError: if the text is not an amount.
    """
    bare = _bare(text).replace("，", ",")
    if bare in BLANK_MARKS:
        return None
    match = _AMOUNT.match(bare)
    if match is None:
        msg = "an amount must be printed as a number, optionally with 元 or 万元"
        raise InvalidInputError(msg, field="cell", value=text)
    sign, whole, fraction, unit = match.groups()
    value = Decimal(f"{sign}{whole.replace(',', '')}{fraction or ''}")
    return value, ("万元" if unit == "万" else unit)


def column_unit(label: object) -> str | None:
    """The unit a column label states (``本年收费金额（单位：万元）`` states 万元), or ``None``."""
    if not isinstance(label, str):
        return None
    match = _UNIT.search(_bare(label))
    return match.group(1) if match else None


def printed_amounts(data: object, is_amount: Callable[[object], bool]) -> Any:  # noqa: ANN401 - a mapping, or anything (read_labels reports it)
    """``data`` with every printed (``str``) amount read as a ``Decimal``.

    Only cells of columns for which ``is_amount(column label)`` holds are read;
    every other value is left for the table's own checks (a count given as a
    string is still refused, and so is a float). A cell whose unit contradicts
    the unit its column label states (``251000元`` under ``…（单位：万元）``) is
    refused, never converted; where the label states no unit the number is
    taken as printed.

    Raises:
        InvalidInputError: naming every amount that cannot be read, at once.
    """
    if not isinstance(data, Mapping) or not any(
        isinstance(value, str)
        for line in data.values()
        if isinstance(line, Mapping)
        for value in line.values()
    ):
        return data  # nothing printed (or not a mapping: read_labels reports it)
    problems: list[Problem] = []
    out: dict[Any, Any] = {}
    for row, line in data.items():
        if not isinstance(line, Mapping):
            out[row] = line  # read_labels reports it
            continue
        cells: dict[Hashable, Any] = {}
        for column, value in line.items():
            cells[column] = value
            if not isinstance(value, str) or not is_amount(column):
                continue
            path = f"[{row!r}][{column!r}]"
            try:
                read = read_amount(value)
            except InvalidInputError:
                problems.append(Problem(path, "not an amount", value))
                continue
            if read is None:
                cells[column] = None
                continue
            stated = column_unit(column)
            if read[1] is not None and stated is not None and read[1] != stated:
                msg = f"the cell states {read[1]} where the column states {stated}; not converted"
                problems.append(Problem(path, msg, value))
                continue
            cells[column] = read[0]
        out[row] = cells
    if problems:
        msg = "invalid printed amounts in table 二"
        raise InvalidInputError(msg, problems=problems)
    return out
