"""Money: exact amounts, one currency at a time, rounding only for display."""

from __future__ import annotations

from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from govdisclosure.errors import GovDisclosureError, InvalidInputError
from govdisclosure.money import CurrencyMismatchError, Money

amounts = st.decimals(
    allow_nan=False, allow_infinity=False, min_value=-(10**12), max_value=10**12, places=4
)
cny = st.builds(Money, amounts, st.just("CNY"))


class TestConstruction:
    def test_decimal_int_and_str_are_exact(self):
        assert Money(Decimal("12.30"), "CNY").amount == Decimal("12.30")
        assert Money(7, "CNY").amount == Decimal(7)
        assert Money("0.1", "CNY").amount == Decimal("0.1")
        assert isinstance(Money(7, "CNY").amount, Decimal)

    def test_stored_amount_keeps_every_digit(self):
        m = Money("0.0001", "CNY")
        assert m.amount == Decimal("0.0001")
        assert (m * 3).amount == Decimal("0.0003")

    @pytest.mark.parametrize("value", [0.1, 1.0, float("nan")])
    def test_floats_are_refused(self, value):
        with pytest.raises(InvalidInputError) as info:
            Money(value, "CNY")
        assert info.value.field == "amount"
        assert isinstance(info.value, GovDisclosureError)

    @pytest.mark.parametrize("value", ["abc", "", True, None, [1], Decimal("NaN"), "Infinity"])
    def test_other_bad_amounts_are_refused(self, value):
        with pytest.raises(InvalidInputError) as info:
            Money(value, "CNY")
        assert info.value.field == "amount"

    @pytest.mark.parametrize("code", ["cny", "CN", "CNYY", "", "C1Y", 156, None, "ＣＮＹ"])
    def test_currency_must_be_three_upper_case_letters(self, code):
        with pytest.raises(InvalidInputError) as info:
            Money(1, code)
        assert info.value.field == "currency"

    def test_unknown_but_well_formed_code_is_accepted(self):
        assert Money(1, "XYZ").currency == "XYZ"

    def test_frozen(self):
        m = Money(1, "CNY")
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            m.amount = Decimal(2)  # type: ignore[misc]

    def test_zero(self):
        z = Money.zero("USD")
        assert z.amount == 0
        assert z.currency == "USD"
        assert z.is_zero


class TestArithmetic:
    def test_add_and_subtract_exactly(self):
        a = Money("0.1", "CNY")
        b = Money("0.2", "CNY")
        assert (a + b).amount == Decimal("0.3")
        assert (b - a).amount == Decimal("0.1")
        assert (a - b).amount == Decimal("-0.1")
        assert (-a).amount == Decimal("-0.1")

    def test_multiply_by_int_and_decimal(self):
        m = Money(100, "CNY")
        assert (m * 20).amount == Decimal(2000)
        assert (20 * m).amount == Decimal(2000)
        assert (m * Decimal("0.5")).amount == Decimal(50)

    def test_multiply_refuses_floats_with_package_error(self):
        with pytest.raises(InvalidInputError):
            Money(1, "CNY") * 0.5

    @pytest.mark.parametrize("factor", [True, "2", Money(2, "CNY")])
    def test_multiply_refuses_other_types(self, factor):
        with pytest.raises(TypeError):
            Money(1, "CNY") * factor

    def test_huge_products_are_exact_not_rounded(self):
        big = Money("123456789012345678901234567890.123456789", "CNY")
        product = big * 1000000007
        # 28-digit default precision would round this; check by integer arithmetic.
        exact = 123456789012345678901234567890123456789 * 1000000007
        assert product.amount == Decimal(f"{exact}E-9")
        assert len(product.amount.as_tuple().digits) > 28

    @pytest.mark.parametrize("op", ["add", "sub", "lt", "le", "gt", "ge"])
    def test_mixing_currencies_raises(self, op):
        a, b = Money(1, "CNY"), Money(1, "USD")
        ops = {
            "add": lambda: a + b,
            "sub": lambda: a - b,
            "lt": lambda: a < b,
            "le": lambda: a <= b,
            "gt": lambda: a > b,
            "ge": lambda: a >= b,
        }
        with pytest.raises(CurrencyMismatchError) as info:
            ops[op]()
        assert isinstance(info.value, InvalidInputError)
        assert info.value.value == "USD"

    def test_equality_across_currencies_is_false_not_an_error(self):
        assert Money(1, "CNY") != Money(1, "USD")

    def test_equal_amounts_with_different_exponents_are_equal_and_hash_equal(self):
        a, b = Money(Decimal(3000), "CNY"), Money(Decimal("3000.00"), "CNY")
        assert a == b
        assert hash(a) == hash(b)

    def test_sum_from_int_zero_and_from_money_zero(self):
        parts = [Money(1, "CNY"), Money("2.5", "CNY")]
        assert sum(parts) == Money("3.5", "CNY")
        assert sum(parts, Money.zero("CNY")) == Money("3.5", "CNY")

    def test_adding_plain_numbers_is_refused(self):
        with pytest.raises(TypeError):
            Money(1, "CNY") + 1
        with pytest.raises(TypeError):
            1 + Money(1, "CNY")

    def test_comparisons(self):
        one, two = Money(1, "CNY"), Money(2, "CNY")
        assert one < two
        assert one <= two
        assert two > one
        assert two >= one
        assert one <= Money("1.00", "CNY")
        assert max([one, two]) == two

    def test_comparison_with_non_money_is_type_error(self):
        with pytest.raises(TypeError):
            Money(1, "CNY") < 2  # noqa: B015


class TestFormatting:
    @pytest.mark.parametrize(
        ("money", "text"),
        [
            (Money(3000, "CNY"), "¥3,000.00"),
            (Money("4700", "CNY"), "¥4,700.00"),
            (Money("0", "CNY"), "¥0.00"),
            (Money("1234567.891", "USD"), "$1,234,567.89"),
            (Money("0.005", "EUR"), "€0.01"),
            (Money("0.004", "EUR"), "€0.00"),
            (Money("2.5", "GBP"), "£2.50"),
            (Money("1500", "JPY"), "¥1,500"),
            (Money("1500.5", "JPY"), "¥1,501"),
            (Money("1234.5", "XYZ"), "1,234.50 XYZ"),
            (Money("1.2345", "KWD"), "1.235 KWD"),
            (Money("-3000", "CNY"), "-¥3,000.00"),
            (Money("-0.001", "CNY"), "¥0.00"),
        ],
    )
    def test_format_for_people(self, money, text):
        assert money.format() == text
        assert str(money) == text

    def test_code_instead_of_symbol(self):
        assert Money(3000, "CNY").format(symbol=False) == "3,000.00 CNY"

    def test_formatting_never_changes_the_stored_amount(self):
        m = Money("0.125", "CNY")
        assert str(m) == "¥0.13"
        assert m.amount == Decimal("0.125")

    def test_large_exponent_amount_formats_in_full(self):
        assert str(Money(Decimal("1E+6"), "CNY")) == "¥1,000,000.00"


class TestLaws:
    @given(cny, cny)
    def test_addition_commutes(self, a, b):
        assert a + b == b + a

    @given(cny, cny, cny)
    def test_addition_associates_exactly(self, a, b, c):
        assert (a + b) + c == a + (b + c)

    @given(cny, cny)
    def test_subtraction_undoes_addition(self, a, b):
        assert (a + b) - b == a

    @given(cny, st.integers(-1000, 1000))
    def test_multiplication_is_repeated_addition(self, a, n):
        expected = sum([a] * abs(n), Money.zero("CNY"))
        assert a * n == (expected if n >= 0 else -expected)

    @given(st.lists(cny, max_size=8))
    def test_sum_is_sum_of_amounts(self, ms):
        total = sum(ms, Money.zero("CNY"))
        assert total.amount == sum((m.amount for m in ms), Decimal(0))

    @given(cny, cny)
    def test_order_agrees_with_amounts(self, a, b):
        assert (a < b) == (a.amount < b.amount)
        assert (a <= b) == (a.amount <= b.amount)
