"""Reading columns: dates, counts and enum codes (one reader for every columnar entry point).

Used by :func:`~govdisclosure.deadlines.due_dates_array` (and the packs' clocks
over columns) and by ``cn.aggregate_columns``.

Columns may be numpy arrays, pandas Series (with pandas' missing markers read
as missing entries, see :func:`as_array`) or plain sequences. A date column is
read as day numbers (days since 1970-01-01), with :data:`NAT` for a missing
entry; every problem raises :class:`~govdisclosure.errors.InvalidInputError`
naming the column and the rows.

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
from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, cast

from govdisclosure._optional import require_numpy
from govdisclosure.errors import InvalidInputError, Problem

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    Array = npt.NDArray[Any]
    IntArray = npt.NDArray[np.int64]

__all__ = [
    "MISSING_CODE",
    "NAT",
    "as_array",
    "bad_rows",
    "codes",
    "counts",
    "day_numbers",
]

MISSING_CODE = -1
"""The code a nullable integer column's ``pd.NA`` is read as (none)."""

NAT = -(2**63)
"""``NaT`` as a day number (numpy's least int64)."""

_MAX_PROBLEMS = 20


def as_array(values: object) -> Array | None:
    """A column as a numpy array, or None for a plain sequence (read entry by entry).

    A numpy array is taken as it is. A pandas column (``Series``, ``Index``) is turned
    into numpy with pandas' own marker of a missing entry read as the column paths read
    one: in a text column (``object`` or ``string`` dtype; what ``read_csv`` gives for an
    empty cell, ``NaN`` or ``pd.NA``) the entry becomes ``None``; in a nullable integer
    column (``Int8``...) ``pd.NA`` becomes :data:`MISSING_CODE`, which a code column
    reads as "none" where a missing entry is allowed and refuses, naming it, where it is
    not. Dates (``NaT``) and categoricals are read as pandas gives them.

    >>> import numpy as np
    >>> as_array([1, 2]) is None
    True
    >>> as_array(np.array([1, 2]))
    array([1, 2])
    """
    np = require_numpy()
    if isinstance(values, np.ndarray):
        return cast("Array", values)
    to_numpy = getattr(values, "to_numpy", None)
    dtype = getattr(values, "dtype", None)
    if not callable(to_numpy) or dtype is None:
        return None
    kind = getattr(dtype, "kind", "")
    if kind in "OUS" and getattr(dtype, "name", "") != "category":
        return cast("Array", to_numpy(dtype=object, na_value=None))
    if kind in "iu" and getattr(values, "hasnans", False):
        return cast("Array", to_numpy(dtype="int64", na_value=MISSING_CODE))
    return cast("Array", to_numpy())


_as_array = as_array


def bad_rows(
    bad: Array, values: Sequence[object] | Array, name: str, message: str
) -> InvalidInputError:
    """One error naming the first bad rows of column ``name`` (and how many there are)."""
    np = require_numpy()
    flat = np.flatnonzero(bad)
    problems = [Problem(f"{name}[{k}]", message, values[int(k)]) for k in flat[:_MAX_PROBLEMS]]
    msg = f"{len(flat):,} bad {'entry' if len(flat) == 1 else 'entries'} in {name}"
    if len(flat) > _MAX_PROBLEMS:
        msg += f" (the first {_MAX_PROBLEMS} named)"
    return InvalidInputError(msg, problems=problems)


def _items(values: object, name: str) -> list[object]:
    """The entries of a plain sequence; anything else (a lone value, a string) is refused."""
    if isinstance(values, str | bytes | enum.Enum) or not isinstance(values, Iterable):
        msg = "must be a column (a sequence, numpy array or pandas Series), not one value"
        raise InvalidInputError(msg, field=name, value=values)
    return list(cast("Iterable[object]", values))


def _one_dimensional(array: Array, name: str) -> None:
    if array.ndim != 1:
        msg = "must be one-dimensional"
        raise InvalidInputError(msg, field=name, value=array.shape)


def day_numbers(values: object, name: str, *, missing: bool = False) -> IntArray:
    """A date column as day numbers (:data:`NAT` for a missing entry, where ``missing``)."""
    np = require_numpy()
    array = _as_array(values)
    if array is not None and array.dtype.kind == "M":
        unit = np.datetime_data(array.dtype)[0]
        if unit in ("Y", "M", "W", "generic"):
            msg = "must hold days, not years, months or weeks (datetime64[D] or finer)"
            raise InvalidInputError(msg, field=name, value=array.dtype)
        days = array.astype("datetime64[D]", copy=False)
        if array.dtype != np.dtype("datetime64[D]"):
            lost = (days != array) & ~np.isnat(array)
            if lost.any():
                raise bad_rows(lost, array, name, "has a time of day (give dates)")
    elif array is not None and array.dtype.kind != "O":
        msg = "must be a column of dates (datetime64, or date objects)"
        raise InvalidInputError(msg, field=name, value=array.dtype)
    else:
        items = list(array) if array is not None else _items(values, name)
        wrong = [type(v) is not date and not (missing and v is None) for v in items]
        if any(wrong):
            noun = "a datetime.date or None" if missing else "a datetime.date"
            raise bad_rows(np.array(wrong), items, name, f"must be {noun}")
        days = np.array(items, dtype="datetime64[D]")
    _one_dimensional(days, name)
    if not missing and np.isnat(days).any():
        raise bad_rows(np.isnat(days), days, name, "is missing")
    return days.view(np.int64)


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
            items = _items(values, name)
            wrong = [type(v) is not int for v in items]
            if any(wrong):
                raise bad_rows(np.array(wrong), items, name, "must be an int")
            array = np.array(items, dtype=np.int64)
        elif array.dtype.kind not in "iu":
            msg = "must be a column of integers"
            raise InvalidInputError(msg, field=name, value=array.dtype)
        _one_dimensional(array, name)
        column = array.astype(np.int64)
        if array.dtype.kind == "u" and (array > np.iinfo(np.int32).max).any():
            column = np.minimum(array, np.iinfo(np.int32).max).astype(np.int64)
    if (column < 0).any():
        raise bad_rows(column < 0, column, name, "must not be negative")
    return cast("IntArray", column)


def codes(  # noqa: PLR0913 - the column, its members, its name and three options
    values: object,
    members: tuple[enum.Enum, ...],
    name: str,
    size: int | None = None,
    *,
    lowest: int = -1,
    dtype: str = "int64",
) -> Array:
    """An enum column as positions in ``members``, of ``dtype``.

    Entries are codes (``lowest`` to ``len(members) - 1``), the members
    themselves, their values (strings), or, where ``lowest`` is negative,
    ``None`` (code ``-1``); pandas categoricals are read through their
    categories. Given ``size``, one member stands for a column of ``size``
    rows. With ``lowest=0`` no entry may be missing.

    >>> Colour = enum.Enum("Colour", {"RED": "red", "BLUE": "blue"})
    >>> members = tuple(Colour)
    >>> codes([Colour.BLUE, None, "red"], members, "colour").tolist()
    [1, -1, 0]
    >>> codes([None], members, "colour", lowest=0)
    Traceback (most recent call last):
    ...
    govdisclosure.errors.InvalidInputError: 1 bad entry in colour: colour[0]: must be a Colour, ...
    """
    np = require_numpy()
    member_type = type(members[0])
    if size is not None and type(values) is member_type:
        return cast("Array", np.full(size, members.index(values), dtype=dtype))
    cat = getattr(values, "cat", values)
    categories = getattr(cat, "categories", None)
    if categories is not None and hasattr(cat, "codes"):  # a pandas categorical
        label = f"{name} (categories)"
        lookup = codes(list(categories), members, label, lowest=lowest, dtype=dtype)
        raw = np.asarray(cat.codes, dtype=np.int64)
        if lowest >= 0 and (raw < 0).any():
            raise bad_rows(raw < 0, raw, name, "is missing (categorical code -1)")
        # pandas' code -1 (missing) reads the last entry
        return cast("Array", np.append(lookup, np.array(-1, dtype=lookup.dtype))[raw])
    array = _as_array(values)
    if array is not None and array.dtype.kind in "iu":
        _one_dimensional(array, name)
        wrong = (array < lowest) | (array >= len(members))
        if wrong.any():
            message = f"must be a code from {lowest} to {len(members) - 1}"
            raise bad_rows(wrong, array, name, message)
        return array.astype(dtype)
    if array is not None and array.dtype.kind not in "OUS":
        msg = "must be a column of codes, members or their values"
        raise InvalidInputError(msg, field=name, value=array.dtype)
    lookup_code: dict[object, int] = {None: -1} if lowest < 0 else {}
    for i, member in enumerate(members):
        lookup_code[member] = lookup_code[member.value] = i
    items = list(array) if array is not None else _items(values, name)
    # Exactly these members, their values (strings), or None: not another enum's member
    # that happens to equal a value.
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
        rest = ", a code or None" if lowest < 0 else " or a code"
        kind = member_type.__name__
        article = "an" if kind[:1] in "AEIOU" else "a"
        message = f"must be {article} {kind}, its value{rest}"
        raise bad_rows(wrong, items, name, message)
    return cast("Array", column.astype(dtype))
