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
entry by entry.

>>> import numpy as np
>>> as_array([1, 2]) is None
True
>>> as_array(np.array([1, 2]))
array([1, 2])

.. versionadded:: 0.4.0
"""

from __future__ import annotations

from typing import Any

from govdisclosure._optional import require

__all__ = ["MISSING_CODE", "as_array"]

MISSING_CODE = -1
"""The code a nullable integer column's ``pd.NA`` is read as."""


def as_array(values: object) -> Any:  # noqa: ANN401 - a numpy array, or None
    """``values`` as a numpy array, or None for a plain sequence (see the module)."""
    np = require("numpy", "the column paths need numpy: pip install 'govdisclosure[numpy]'")
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
