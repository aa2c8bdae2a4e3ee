"""Partitioned aggregation on an existing engine (Dask): the monoid merge, run in parallel.

:func:`aggregate_partitioned` tallies each partition of a ``dask.bag`` (or of
anything with ``to_delayed()``, such as a ``dask.dataframe``) and merges the
tallies with ``+``; :func:`cn_requests_table`, :func:`us_foia_tally` and
:func:`uk_foi_statistics` do it with each rule pack's own aggregation. The
result always equals the single-process one.

Dask (``dask[bag]`` and, for a cluster, ``distributed``) is the optional extra
``govdisclosure[dask]``: importing this package does not import it, and neither
``import govdisclosure`` nor any rule pack imports this package.

>>> import dask
>>> import dask.bag as db
>>> with dask.config.set(scheduler="synchronous"):
...     aggregate_partitioned(db.from_sequence([1, 2, 3, 4], npartitions=2), sum)
10

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from govdisclosure.parallel._columns import COLUMN_NAMES, cn_requests_table_columns, columns_table
from govdisclosure.parallel._dask import Partition, aggregate_partitioned
from govdisclosure.parallel._packs import cn_requests_table, uk_foi_statistics, us_foia_tally

__all__ = [
    "COLUMN_NAMES",
    "Partition",
    "aggregate_partitioned",
    "cn_requests_table",
    "cn_requests_table_columns",
    "columns_table",
    "uk_foi_statistics",
    "us_foia_tally",
]
