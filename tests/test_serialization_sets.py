"""Sets of enum members (``frozenset[Part]``): written as sorted lists of values, read strictly."""

from __future__ import annotations

from datetime import date

import pytest

from govdisclosure.errors import InvalidInputError
from govdisclosure.jurisdictions.uk import Part, Proclamation
from govdisclosure.serialization import from_dict, to_dict

DAY = Proclamation(date(2030, 6, 3), "Extra day", {Part.SCOTLAND, Part.ENGLAND_AND_WALES})


def test_a_set_of_members_is_a_sorted_list_of_values():
    data = to_dict(DAY)
    assert data["parts"] == sorted(p.value for p in DAY.parts)
    assert from_dict(data, Proclamation) == DAY


@pytest.mark.parametrize(
    ("parts", "path"),
    [
        ("scotland", "$.parts"),  # not an array
        (["scotland", "scotland"], "$.parts[1]"),  # twice
        (["wales"], "$.parts[0]"),  # not a member
        ([1], "$.parts[0]"),  # not a value of the enum's type
    ],
)
def test_bad_sets_are_refused_at_their_path(parts, path):
    data = to_dict(DAY)
    data["parts"] = parts
    with pytest.raises(InvalidInputError) as info:
        from_dict(data, Proclamation)
    assert path in info.value.fields
