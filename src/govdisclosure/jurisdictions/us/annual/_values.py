"""The value kinds of the Annual FOIA Report's cells, and their XML lexical forms.

Every cell of the NIEM exchange is one of a few kinds (``FoiaAnnualReportExtensions.xsd``): a count
(``nonNegativeInteger``), a day statistic or a staff count (``decimal``), an
amount of money (``nc:AmountType``, US dollars), a percentage, a date, free
text, or a response-time statistic that is a number of days or the code
``LT1`` ("less than one day"). N/A is the element's absence, ``None``.

>>> parse_text(Kind.COUNT, "41")
41
>>> parse_text(Kind.COUNT, "4.5")
Traceback (most recent call last):
...
ValueError: not a whole number of 0 or more: '4.5'
>>> ResponseDays.lt1().check_value, ResponseDays(Decimal("15")).check_value
(Decimal('0.1'), Decimal('15'))

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import enum
import re
from datetime import date
from decimal import Decimal, InvalidOperation

import attrs

__all__ = [
    "LT1_CHECK_VALUE",
    "MAX_COUNT",
    "MAX_DECIMAL_DIGITS",
    "Kind",
    "ResponseDays",
    "format_value",
    "parse_text",
]

LT1_CODE = "LT1"
"""The single code of ``ResponseTimeCodeSimpleType``: "Between 0 and 1" day
(``FoiaAnnualReportExtensions.xsd``, [CODE])."""

LT1_CHECK_VALUE = Decimal("0.1")
"""What ``LT1`` counts as in the DOJ form's checks (``foia_ui.utility.js`` ``specialNumber``)."""

MAX_COUNT = 10**12
"""Policy: the largest count read. The XSD has no bound; no agency reports a trillion
requests, so a larger number is refused as a corrupt or hostile document."""

MAX_DECIMAL_DIGITS = 24
"""Policy: the most digits a decimal cell may have (integer and fraction together),
refusing absurd numbers rather than reading them."""

_COUNT = re.compile(r"\+?[0-9]+")
_DECIMAL = re.compile(r"\+?([0-9]+(\.[0-9]*)?|\.[0-9]+)")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


class Kind(enum.Enum):
    """What one cell holds."""

    COUNT = "count"
    """A whole number, 0 or more (``int``)."""
    DAYS = "days"
    """A day statistic, 0 or more (``Decimal``)."""
    STAFF = "staff"
    """A number of staff, 0 or more (``Decimal``)."""
    MONEY = "money"
    """An amount in US dollars, 0 or more (``Decimal``)."""
    PERCENT = "percent"
    """A percentage, 0 or more (``Decimal``)."""
    RESPONSE = "response"
    """A response-time statistic: :class:`ResponseDays` (a number of days or ``LT1``)."""
    DATE = "date"
    """A calendar date (``datetime.date``)."""
    TEXT = "text"
    """Free text (``str``)."""


@attrs.frozen
class ResponseDays:
    """A response-time statistic: a number of days, or ``LT1`` ("less than 1").

    ``days`` is ``None`` for ``LT1``. N/A is not a value of this type: it is
    the statistic's absence (``None`` in the row).

    >>> ResponseDays.lt1()
    ResponseDays(days=None)
    >>> str(ResponseDays.lt1()), str(ResponseDays(Decimal("26")))
    ('<1', '26')
    """

    days: Decimal | None = attrs.field()

    @days.validator
    def _check(self, _attribute: object, value: Decimal | None) -> None:
        if value is not None and check_value(Kind.DAYS, value) is not None:
            msg = f"days must be a finite Decimal of 0 or more, got {value!r}"
            raise ValueError(msg)

    @classmethod
    def lt1(cls) -> ResponseDays:
        """The code ``LT1``: between 0 and 1 day."""
        return cls(None)

    @property
    def is_lt1(self) -> bool:
        """Whether this is the ``LT1`` code."""
        return self.days is None

    @property
    def check_value(self) -> Decimal:
        """The number the DOJ form's checks use: ``LT1`` counts as 0.1."""
        return LT1_CHECK_VALUE if self.days is None else self.days

    def __str__(self) -> str:
        return "<1" if self.days is None else format(self.days, "f")


def _decimal(text: str) -> Decimal:
    stripped = text.strip()
    if not _DECIMAL.fullmatch(stripped):
        msg = f"not a decimal number of 0 or more: {text!r}"
        raise ValueError(msg)
    if sum(c.isdigit() for c in stripped) > MAX_DECIMAL_DIGITS:
        msg = f"more than {MAX_DECIMAL_DIGITS} digits: {text!r}"
        raise ValueError(msg)
    try:
        return Decimal(stripped)
    except InvalidOperation as error:  # pragma: no cover - the pattern admits only numbers
        msg = f"not a decimal number: {text!r}"
        raise ValueError(msg) from error


def parse_text(kind: Kind, text: str) -> object:
    """Read one cell's text as ``kind``; raise ``ValueError`` with the reason if it is not one.

    ``RESPONSE`` reads a ``…DaysValue`` element's text; the ``…DaysCode``
    element is read by :func:`parse_response_code`.

    >>> parse_text(Kind.MONEY, "63752.00")
    Decimal('63752.00')
    >>> parse_text(Kind.DAYS, "NaN")
    Traceback (most recent call last):
    ...
    ValueError: not a decimal number of 0 or more: 'NaN'
    """
    if kind is Kind.TEXT:
        return text
    if kind is Kind.COUNT:
        stripped = text.strip()
        if not _COUNT.fullmatch(stripped):
            msg = f"not a whole number of 0 or more: {text!r}"
            raise ValueError(msg)
        if len(stripped) > 13 or int(stripped) > MAX_COUNT:
            msg = f"larger than {MAX_COUNT}: {text!r}"
            raise ValueError(msg)
        return int(stripped)
    if kind is Kind.DATE:
        stripped = text.strip()
        if not _DATE.fullmatch(stripped):
            msg = f"not a date YYYY-MM-DD: {text!r}"
            raise ValueError(msg)
        return date.fromisoformat(stripped)
    value = _decimal(text)
    if kind is Kind.RESPONSE:
        return ResponseDays(value)
    return value


def parse_response_code(text: str) -> ResponseDays:
    """Read a ``…DaysCode`` element: only ``LT1`` is a code.

    >>> parse_response_code("LT1")
    ResponseDays(days=None)
    """
    if text.strip() != LT1_CODE:
        msg = f"not a response-time code (only {LT1_CODE!r}): {text!r}"
        raise ValueError(msg)
    return ResponseDays.lt1()


def format_value(value: object) -> str:
    """The XML text of a cell value (``LT1`` for the code).

    >>> format_value(Decimal("0.50")), format_value(7), format_value(ResponseDays.lt1())
    ('0.50', '7', 'LT1')
    """
    if isinstance(value, ResponseDays):
        return LT1_CODE if value.days is None else format(value.days, "f")
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _check_count(value: object) -> str | None:
    if type(value) is not int or not 0 <= value <= MAX_COUNT:
        return f"must be a whole number from 0 to {MAX_COUNT}"
    return None


def _check_text(value: object) -> str | None:
    if not isinstance(value, str):
        return "must be text"
    return "has a character XML 1.0 cannot hold" if _NOT_XML.search(value) else None


def _check_date(value: object) -> str | None:
    return None if type(value) is date else "must be a date"


def _check_response(value: object) -> str | None:
    return None if isinstance(value, ResponseDays) else "must be ResponseDays"


def _check_decimal(value: object) -> str | None:
    if not isinstance(value, Decimal) or not value.is_finite() or value.is_signed():
        return "must be a finite Decimal of 0 or more"
    return None


_CHECKS = {
    Kind.COUNT: _check_count,
    Kind.TEXT: _check_text,
    Kind.DATE: _check_date,
    Kind.RESPONSE: _check_response,
}


def check_value(kind: Kind, value: object) -> str | None:
    """Why ``value`` is not a valid cell of ``kind`` (``None`` if it is).

    >>> check_value(Kind.COUNT, -1)
    'must be a whole number from 0 to 1000000000000'
    >>> check_value(Kind.MONEY, Decimal("12.5")) is None
    True
    >>> check_value(Kind.MONEY, Decimal("-0"))
    'must be a finite Decimal of 0 or more'
    """
    return _CHECKS.get(kind, _check_decimal)(value)
