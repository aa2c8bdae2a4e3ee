"""Reading the columns of :func:`~govdisclosure.deadlines.due_dates_array`: dates, counts, codes.

Columns may be numpy arrays, pandas Series (through ``to_numpy``) or plain
sequences. A date column is read as day numbers (days since 1970-01-01), with
:data:`NAT` for a missing entry; every problem raises
:class:`~govdisclosure.errors.InvalidInputError` naming the column and the rows.

>>> import numpy as np
>>> from datetime import date
>>> day_numbers([date(1970, 1, 2), None], "pause_start", missing=True).tolist()[0]
1
>>> day_numbers(np.array(["2024-03-01T10:00"], dtype="datetime64[m]"), "received")
Traceback (most recent call last):
...
govdisclosure.errors.InvalidInputError: 1 bad entry in received: received[0]: has a time of day ...

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any, cast

from govdisclosure._columns import NAT, as_array, bad_rows, day_numbers, items_of, one_dimensional
from govdisclosure.calendar._batch import require_numpy
from govdisclosure.errors import InvalidInputError

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    Array = npt.NDArray[Any]
    IntArray = npt.NDArray[np.int64]

__all__ = ["NAT", "bad_rows", "codes", "counts", "day_numbers"]


def _as_array(values: object) -> Array | None:
    """A column as numpy (pandas with its missing marker: ``_columns``), or None for a sequence."""
    return cast("Array | None", as_array(values))


def counts(values: object, name: str, size: int) -> IntArray:
    """A column of whole numbers of working days (or one int for every row), none negative."""
    np = require_numpy()
    if isinstance(values, bool | np.bool_):
        msg = "must be a whole number (int) or a column of them"
        raise InvalidInputError(msg, field=name, value=values)
    if isinstance(values, int | np.integer):
        column = np.full(size, int(values), dtype=np.int64)
    else:
        array = _as_array(values)
        if array is None:
            items = items_of(values, name)
            wrong = [type(v) is not int for v in items]
            if any(wrong):
                raise bad_rows(np.array(wrong), items, name, "must be an int")
            array = np.array(items, dtype=np.int64)
        elif array.dtype.kind not in "iu":
            msg = "must be a column of integers"
            raise InvalidInputError(msg, field=name, value=array.dtype)
        one_dimensional(array, name)
        column = array.astype(np.int64)
        if array.dtype.kind == "u" and (array > np.iinfo(np.int32).max).any():
            column = np.minimum(array, np.iinfo(np.int32).max).astype(np.int64)
    if (column < 0).any():
        raise bad_rows(column < 0, column, name, "must not be negative")
    return cast("IntArray", column)


def codes(values: object, members: tuple[enum.Enum, ...], name: str, size: int) -> IntArray:
    """An enum column as positions in ``members`` (``-1`` for ``None``); one member for all rows.

    Entries are codes (``-1`` for none), the members themselves, their values
    (strings), or ``None``; pandas categoricals are read through their categories.
    """
    np = require_numpy()
    member_type = type(members[0])
    if type(values) is member_type:
        return cast("IntArray", np.full(size, members.index(values), dtype=np.int64))
    cat = getattr(values, "cat", values)
    categories = getattr(cat, "categories", None)
    if categories is not None and hasattr(cat, "codes"):  # a pandas categorical
        lookup = codes(list(categories), members, f"{name} (categories)", len(categories))
        raw = np.asarray(cat.codes, dtype=np.int64)
        return np.append(lookup, -1)[raw]  # type: ignore[no-any-return]
    array = _as_array(values)
    if array is not None and array.dtype.kind in "iu":
        one_dimensional(array, name)
        column = array.astype(np.int64)
        wrong = (column < -1) | (column >= len(members))
        if wrong.any():
            raise bad_rows(wrong, array, name, f"must be a code from -1 to {len(members) - 1}")
        return column
    if array is not None and array.dtype.kind not in "OUS":
        msg = "must be a column of codes, members or their values"
        raise InvalidInputError(msg, field=name, value=array.dtype)
    lookup_code: dict[object, int] = {None: -1}
    for i, member in enumerate(members):
        lookup_code[member] = lookup_code[member.value] = i
    items = list(array) if array is not None else items_of(values, name)
    found = [
        lookup_code.get(v, -99)
        if type(v) is member_type
        or v is None
        or (isinstance(v, str) and not isinstance(v, enum.Enum))
        else -99
        for v in items
    ]
    column = np.array(found, dtype=np.int64)
    wrong = column == -99
    if wrong.any():
        kind = member_type.__name__
        article = "an" if kind[:1] in "AEIOU" else "a"
        message = f"must be {article} {kind}, its value, a code or None"
        raise bad_rows(wrong, items, name, message)
    return cast("IntArray", column)
