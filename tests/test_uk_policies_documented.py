"""Every UK policy field is on docs/policies.md, with its default written on the same line.

The page is the user's reference for the readings the law leaves open: a field missing
from it, or documented with another default than the code's, is a defect.
"""

from __future__ import annotations

import enum
from pathlib import Path

import attrs
import pytest

from govdisclosure.jurisdictions import uk

PAGE = (Path(__file__).parent.parent / "docs" / "policies.md").read_text(encoding="utf-8")
POLICIES = (
    uk.CalendarPolicy(),
    uk.ClockPolicy(),
    uk.ExemptionPolicy(),
    uk.CostLimitPolicy(),
    uk.StatisticsPolicy(),
)


def _forms(value: object) -> set[str]:
    """Ways the page may write ``value``."""
    forms = {str(value), repr(value)}
    if isinstance(value, enum.Enum):
        forms |= {f"{type(value).__name__}.{value.name}", value.name}
    if isinstance(value, tuple):
        forms |= {"(" + ", ".join(_short(v) for v in value) + ")"}
    if hasattr(value, "days"):
        forms |= {f"WorkingDays({value.days})"}
    if hasattr(value, "amount") and hasattr(value, "currency"):
        forms |= {f'Money({value.amount.normalize()}, "{value.currency}")', f"£{value.amount}"}
    if hasattr(value, "isoformat"):
        forms |= {value.isoformat()}
    return forms


def _short(value: object) -> str:
    return value.name if isinstance(value, enum.Enum) else str(value)


@pytest.mark.parametrize(
    ("policy", "field"),
    [(p, f) for p in POLICIES for f in attrs.fields(type(p)) if f.name != "name"],
    ids=lambda x: getattr(x, "name", type(x).__name__),
)
def test_the_documented_default_is_the_code_default(policy, field):
    value = getattr(policy, field.name)
    lines = [line for line in PAGE.splitlines() if field.name in line]
    assert lines, f"{type(policy).__name__}.{field.name} is not on docs/policies.md"
    forms = _forms(value)
    assert any(form in line for line in lines for form in forms), (
        f"{type(policy).__name__}.{field.name}: default {value!r} not written beside it"
    )
