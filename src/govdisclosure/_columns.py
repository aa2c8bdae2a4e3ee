"""A column as a numpy array: numpy arrays as they are, pandas columns with their missing marker.

One reading for every column path (the calendar's, the clock's, table 三's): a
pandas ``Series`` or ``Index`` is turned into numpy here, with pandas' own marker
of a missing entry read as the column paths read one:

* a text column (``object`` or ``string`` dtype, what ``read_csv`` gives for an
  empty cell as ``NaN`` or ``pd.NA``): the entry becomes ``None``;
* a nullable integer column (``Int8``, ``Int64``...) with ``pd.NA``: the entry
  becomes the code ``-1``, which every code column reads as "none" where a
  missing entry is allowed and refuses, naming the entry, where it is not;
* dates (``NaT``) and anything else: as pandas gives them.

A plain sequence is not an array: ``None`` is returned, and the caller reads it
entry by entry. :func:`day_numbers` reads a date column so (``datetime64`` of
days or finer, with no time of day, or ``datetime.date`` objects) and
:func:`bad_rows` makes the one error that names the first bad entries; the
clock over columns and table 三 from columns read their columns through this
module. (The calendar's batch methods take ``datetime64[D]`` arrays only, and
check them themselves.)

>>> import numpy as np
>>> as_array([1, 2]) is None
True
>>> as_array(np.array([1, 2]))
array([1, 2])

.. versionadded:: 0.4.0
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from datetime import date
from types import ModuleType
from typing import TYPE_CHECKING, Any, cast

from govdisclosure._optional import require
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
    "day_numbers",
    "items_of",
    "one_dimensional",
]

MISSING_CODE = -1
"""The code a nullable integer column's ``pd.NA`` is read as."""


def _numpy() -> ModuleType:
    return require("numpy", "the column paths need numpy: pip install 'govdisclosure[numpy]'")


def as_array(values: object) -> Any:  # noqa: ANN401 - a numpy array, or None
    """``values`` as a numpy array, or None for a plain sequence (see the module)."""
    np = _numpy()
    if isinstance(values, np.ndarray):
        return values
    to_numpy = getattr(values, "to_numpy", None)
    dtype = getattr(values, "dtype", None)
    if not callable(to_numpy) or dtype is None:
        return None
    kind = getattr(dtype, "kind", "")
    if kind in "OUS" and getattr(dtype, "name", "") != "category":
        return to_numpy(dtype=object, na_value=None)
    if kind in "iu" and getattr(values, "hasnans", False):
        return to_numpy(dtype="int64", na_value=MISSING_CODE)
    return to_numpy()


NAT = -(2**63)
"""``NaT`` as a day number (numpy's least int64)."""

_MAX_PROBLEMS = 20


def bad_rows(
    bad: Array, values: Sequence[object] | Array, name: str, message: str
) -> InvalidInputError:
    """One error naming the first bad rows of column ``name`` (and how many there are)."""
    np = _numpy()
    flat = np.flatnonzero(bad)
    problems = [Problem(f"{name}[{k}]", message, values[int(k)]) for k in flat[:_MAX_PROBLEMS]]
    msg = f"{len(flat):,} bad {'entry' if len(flat) == 1 else 'entries'} in {name}"
    if len(flat) > _MAX_PROBLEMS:
        msg += f" (the first {_MAX_PROBLEMS} named)"
    return InvalidInputError(msg, problems=problems)


def items_of(values: object, name: str) -> list[object]:
    """The entries of a plain sequence; anything else (a lone value, a string) is refused."""
    if isinstance(values, str | bytes | enum.Enum) or not isinstance(values, Iterable):
        msg = "must be a column (a sequence, numpy array or pandas Series), not one value"
        raise InvalidInputError(msg, field=name, value=values)
    return list(cast("Iterable[object]", values))


def one_dimensional(array: Array, name: str) -> None:
    if array.ndim != 1:
        msg = "must be one-dimensional"
        raise InvalidInputError(msg, field=name, value=array.shape)


def day_numbers(values: object, name: str, *, missing: bool = False) -> IntArray:
    """A date column as day numbers (:data:`NAT` for a missing entry, where ``missing``)."""
    np = _numpy()
    array = as_array(values)
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
        items = list(array) if array is not None else items_of(values, name)
        wrong = [type(v) is not date and not (missing and v is None) for v in items]
        if any(wrong):
            noun = "a datetime.date or None" if missing else "a datetime.date"
            raise bad_rows(np.array(wrong), items, name, f"must be {noun}")
        days = np.array(items, dtype="datetime64[D]")
    one_dimensional(days, name)
    if not missing and np.isnat(days).any():
        raise bad_rows(np.isnat(days), days, name, "is missing")
    return cast("IntArray", days.view(np.int64))
