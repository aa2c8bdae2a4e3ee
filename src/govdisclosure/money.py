"""Money: an exact :class:`~decimal.Decimal` amount in an ISO 4217 currency.

Amounts are stored exactly as given and never rounded: arithmetic is exact
(it raises rather than round), floats are refused, and amounts in different
currencies never mix. Rounding to the currency's minor unit (fen, cents)
happens only when an amount is formatted for people.

>>> from decimal import Decimal
>>> fee = Money(Decimal("100"), "CNY") * 20 + Money(Decimal("200"), "CNY") * 5
>>> fee
Money(amount=Decimal('3000'), currency='CNY')
>>> str(fee)
'¥3,000.00'
>>> sum([fee, Money(Decimal("0.5"), "CNY")])
Money(amount=Decimal('3000.5'), currency='CNY')
>>> Money(0.1, "CNY")
Traceback (most recent call last):
...
govdisclosure.errors.InvalidInputError: amount: floats are inexact; ... (got 0.1)

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import decimal
import re
from decimal import ROUND_HALF_UP, Decimal

import attrs

from govdisclosure.errors import CurrencyMismatchError, InvalidInputError

__all__ = ["CurrencyMismatchError", "Money"]

# Exact arithmetic: enough precision that sums and products of finite amounts are
# exact, and a trap on ``Inexact`` so that nothing is ever rounded silently.
_EXACT = decimal.Context(
    prec=decimal.MAX_PREC,
    Emax=decimal.MAX_EMAX,
    Emin=decimal.MIN_EMIN,
    rounding=ROUND_HALF_UP,
    traps=[
        decimal.InvalidOperation,
        decimal.DivisionByZero,
        decimal.Overflow,
        decimal.Inexact,
    ],
)

# Rounding for display only (formatting); stored amounts never pass through it.
_DISPLAY = decimal.Context(
    prec=decimal.MAX_PREC,
    Emax=decimal.MAX_EMAX,
    Emin=decimal.MIN_EMIN,
    rounding=ROUND_HALF_UP,
    traps=[decimal.InvalidOperation],
)

_CODE = re.compile(r"[A-Z]{3}")

# Symbols for people. Currencies not listed are written with their code after the amount.
_SYMBOLS: dict[str, str] = {
    "AUD": "A$",
    "CAD": "C$",
    "CHF": "CHF ",
    "CNY": "¥",
    "EUR": "€",
    "GBP": "£",
    "HKD": "HK$",
    "INR": "₹",
    "JPY": "¥",
    "KRW": "₩",
    "MOP": "MOP$",
    "RUB": "₽",
    "SGD": "S$",
    "TWD": "NT$",
    "USD": "$",
}

# Digits after the decimal point (ISO 4217 "minor unit"), where it is not 2.
_MINOR_UNITS: dict[str, int] = {
    "BHD": 3,
    "CLP": 0,
    "IQD": 3,
    "ISK": 0,
    "JOD": 3,
    "JPY": 0,
    "KRW": 0,
    "KWD": 3,
    "LYD": 3,
    "OMR": 3,
    "PYG": 0,
    "TND": 3,
    "UGX": 0,
    "VND": 0,
    "XAF": 0,
    "XOF": 0,
}


def _to_decimal(value: Decimal | int | str) -> Decimal:
    if isinstance(value, float):
        msg = "floats are inexact; pass a Decimal, an int or a str"
        raise InvalidInputError(msg, field="amount", value=value)
    if isinstance(value, bool) or not isinstance(value, Decimal | int | str):
        msg = "must be a Decimal, an int or a str"
        raise InvalidInputError(msg, field="amount", value=value)
    try:
        amount = Decimal(value)
    except decimal.InvalidOperation:
        msg = "is not a decimal number"
        raise InvalidInputError(msg, field="amount", value=value) from None
    if not amount.is_finite():
        msg = "must be a finite number"
        raise InvalidInputError(msg, field="amount", value=value)
    return amount


def _check_currency(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or _CODE.fullmatch(value) is None:
        msg = "must be an ISO 4217 code: three upper-case letters such as 'CNY'"
        raise InvalidInputError(msg, field=attribute.name, value=value)


def _factor(value: object) -> Decimal | None:
    if isinstance(value, float):
        msg = "floats are inexact; multiply by an int or a Decimal"
        raise InvalidInputError(msg, field="factor", value=value)
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            msg = "must be a finite number"
            raise InvalidInputError(msg, field="factor", value=value)
        return value
    return None


@attrs.frozen
class Money:
    """An exact amount of money in one currency.

    Attributes:
        amount: The amount, exactly as given (a :class:`~decimal.Decimal`; an
            ``int`` or a numeric ``str`` is converted exactly; a ``float`` is
            refused).
        currency: The ISO 4217 code, three upper-case letters (``"CNY"``).

    Amounts in one currency add, subtract and compare; an amount multiplies by
    an ``int`` or a ``Decimal``. Mixing currencies raises
    :class:`CurrencyMismatchError`.

    >>> a = Money(100, "CNY")
    >>> a + a, a > Money.zero("CNY")
    (Money(amount=Decimal('200'), currency='CNY'), True)
    >>> a * Decimal("1.5")
    Money(amount=Decimal('150.0'), currency='CNY')
    >>> a + Money(1, "USD")
    Traceback (most recent call last):
    ...
    govdisclosure.errors.CurrencyMismatchError: currency: cannot add ... in CNY and USD (got 'USD')
    >>> print(Money("1234.5", "XYZ"), Money(1500, "JPY"), Money("-0.015", "USD"))
    1,234.50 XYZ ¥1,500 -$0.02
    """

    amount: Decimal = attrs.field(converter=_to_decimal)
    currency: str = attrs.field(validator=_check_currency)

    @classmethod
    def zero(cls, currency: str) -> Money:
        """No money in ``currency``.

        >>> Money.zero("EUR")
        Money(amount=Decimal('0'), currency='EUR')
        """
        return cls(Decimal(0), currency)

    @property
    def minor_unit(self) -> int:
        """Digits after the decimal point in the currency's usual notation (2 for CNY)."""
        return _MINOR_UNITS.get(self.currency, 2)

    @property
    def is_zero(self) -> bool:
        """Whether the amount is zero."""
        return self.amount == 0

    # -- arithmetic -----------------------------------------------------------------

    def _same(self, other: Money, verb: str) -> None:
        if other.currency != self.currency:
            msg = f"cannot {verb} amounts in {self.currency} and {other.currency}"
            raise CurrencyMismatchError(msg, field="currency", value=other.currency)

    def __add__(self, other: object) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        self._same(other, "add")
        return Money(_EXACT.add(self.amount, other.amount), self.currency)

    def __radd__(self, other: object) -> Money:
        # ``sum()`` starts from the int 0; accept that, and nothing else.
        if type(other) is int and other == 0:
            return self
        return NotImplemented

    def __sub__(self, other: object) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        self._same(other, "subtract")
        return Money(_EXACT.subtract(self.amount, other.amount), self.currency)

    def __neg__(self) -> Money:
        return Money(_EXACT.minus(self.amount), self.currency)

    def __mul__(self, other: object) -> Money:
        factor = _factor(other)
        if factor is None:
            return NotImplemented
        return Money(_EXACT.multiply(self.amount, factor), self.currency)

    def __rmul__(self, other: object) -> Money:
        return self.__mul__(other)

    # -- comparison within a currency ------------------------------------------------

    def _compare(self, other: object) -> Decimal | None:
        if not isinstance(other, Money):
            return None
        self._same(other, "compare")
        return other.amount

    def __lt__(self, other: object) -> bool:
        theirs = self._compare(other)
        if theirs is None:
            return NotImplemented
        return self.amount < theirs

    def __le__(self, other: object) -> bool:
        theirs = self._compare(other)
        if theirs is None:
            return NotImplemented
        return self.amount <= theirs

    def __gt__(self, other: object) -> bool:
        theirs = self._compare(other)
        if theirs is None:
            return NotImplemented
        return self.amount > theirs

    def __ge__(self, other: object) -> bool:
        theirs = self._compare(other)
        if theirs is None:
            return NotImplemented
        return self.amount >= theirs

    # -- formatting for people -------------------------------------------------------

    def format(self, *, symbol: bool = True) -> str:
        """The amount for people, rounded half-up to the currency's minor unit.

        Only the text is rounded; the stored amount never is. With
        ``symbol=False``, or for a currency without a known symbol, the code
        follows the amount.

        >>> m = Money("3000.005", "CNY")
        >>> m.format(), m.format(symbol=False), m.amount
        ('¥3,000.01', '3,000.01 CNY', Decimal('3000.005'))
        """
        digits = self.minor_unit
        quantum = Decimal(1).scaleb(-digits)
        shown = self.amount.quantize(quantum, context=_DISPLAY)
        sign = "-" if shown < 0 else ""
        number = format(abs(shown), ",f")
        sym = _SYMBOLS.get(self.currency) if symbol else None
        if sym is None:
            return f"{sign}{number} {self.currency}"
        return f"{sign}{sym}{number}"

    def __str__(self) -> str:
        return self.format()
