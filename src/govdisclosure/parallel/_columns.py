"""PRC table 三 from partitioned columns on Dask: ``aggregate_columns`` per partition, then ``+``.

A partition is a *column set*: the four columns of
:func:`~govdisclosure.jurisdictions.cn.report.aggregate_columns` (``received``,
``applicant_kind``, ``concluded_on``, ``outcome``), as a mapping of name to
column (what :func:`~govdisclosure.jurisdictions.cn.report.request_columns`
returns) or a pandas ``DataFrame`` (a partition of a ``dask.dataframe``, a CSV
or Parquet file as pandas reads it). Each task counts its columns with numpy, so
a partition of a million requests costs milliseconds, and only its table (about
2 kB) travels; the tables are merged with ``+`` as
:func:`~govdisclosure.parallel.aggregate_partitioned` does.

>>> import dask
>>> from datetime import date
>>> from govdisclosure.requests import Applicant, ApplicantKind, Request, Withdrawn
>>> from govdisclosure.jurisdictions.cn.report import request_columns
>>> person = Applicant(kind=ApplicantKind.NATURAL_PERSON)
>>> log = [Request(id=str(i), received=date(2025, 3, i), applicant=person,
...                events=[Withdrawn(on=date(2025, 3, 20))]) for i in range(1, 11)]
>>> parts = [request_columns(log[:4]), request_columns(log[4:])]
>>> with dask.config.set(scheduler="synchronous"):
...     table = cn_requests_table_columns(parts, year=2025)
>>> table["一、本年新收政府信息公开申请数量", "总计"]
10

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

from govdisclosure.errors import GovDisclosureError, InvalidInputError, Problem
from govdisclosure.jurisdictions.cn.report import (
    ReportFormat,
    RequestTable,
    aggregate_columns,
)
from govdisclosure.parallel._dask import SPLIT_EVERY, aggregate_partitioned

__all__ = ["COLUMN_NAMES", "cn_requests_table_columns", "columns_table"]

COLUMN_NAMES: tuple[str, ...] = ("received", "applicant_kind", "concluded_on", "outcome")
"""The columns a partition must have, by name (others, such as an id, are not read)."""


def _is_frame(part: object) -> bool:
    """A pandas ``DataFrame`` (or any table with named ``columns`` and ``__getitem__``)."""
    return hasattr(part, "columns") and hasattr(part, "__getitem__") and hasattr(part, "shape")


def _columns(part: Mapping[str, object], present: tuple[str, ...]) -> dict[str, object]:
    """The four columns of a column set, every missing one named at once."""
    missing = [name for name in COLUMN_NAMES if name not in present]
    if missing:
        problems = [Problem(name, "is not a column of the partition", present) for name in missing]
        msg = f"the partition lacks {len(missing)} of the {len(COLUMN_NAMES)} columns"
        raise InvalidInputError(msg, problems=problems)
    return {name: part[name] for name in COLUMN_NAMES}


def columns_table(
    part: object, *, year: int, layout: ReportFormat = ReportFormat.V2021
) -> RequestTable:
    """Table 三 of one partition: a column set, or a list or tuple of them (a bag's partition).

    A column set is a mapping of column name to column, or a pandas
    ``DataFrame``; it must have the four :data:`COLUMN_NAMES`, which are passed
    to :func:`~govdisclosure.jurisdictions.cn.report.aggregate_columns`. In a
    text column (object or string dtype) of a pandas frame, pandas' missing
    marker (``NaN``, ``pd.NA``) is read as ``None``, and in a nullable integer
    column (``Int8``) ``pd.NA`` is read as the code ``NO_OUTCOME`` (-1). A list or tuple of column
    sets gives the ``+`` of their tables (no column sets, the zero table).

    Raises:
        InvalidInputError: naming the column, for a column set without one of
            the four columns (every missing one is a problem, its ``path`` the
            column's name), for a partition that is not
            a column set (``field="partition"``), or as ``aggregate_columns``
            raises for a bad entry (``field`` such as ``"received[3]"``,
            counted from the column set's start).

    >>> columns_table({"received": [], "applicant_kind": [], "concluded_on": [],
    ...                "outcome": []}, year=2025).validate()
    ()
    >>> columns_table({"received": []}, year=2025)
    Traceback (most recent call last):
    ...
    govdisclosure.errors.InvalidInputError: the partition lacks 3 of the 4 columns:
    applicant_kind: is not a column of the partition (got ('received',)); ...
    """
    if isinstance(part, Mapping) or _is_frame(part):
        names = part.keys() if isinstance(part, Mapping) else part.columns  # type: ignore[attr-defined]
        columns = _columns(part, tuple(str(name) for name in names))  # type: ignore[arg-type]
        return aggregate_columns(**columns, year=year, layout=layout)
    if isinstance(part, list | tuple):
        table = aggregate_columns((), (), (), (), year=year, layout=layout)
        for j, one in enumerate(part):
            try:
                table += columns_table(one, year=year, layout=layout)
            except GovDisclosureError as err:
                err.add_note(f"in column set {j} of the partition (a list of column sets)")
                raise
        return table
    msg = "must be a column set (a mapping of column name to column, or a pandas DataFrame)"
    raise InvalidInputError(msg, field="partition", value=type(part).__name__)


def cn_requests_table_columns(
    data: object,
    *,
    year: int,
    layout: ReportFormat = ReportFormat.V2021,
    split_every: int = SPLIT_EVERY,
    scheduler: str | None = None,
) -> RequestTable:
    """Table 三 of ``year`` from partitioned columns: each partition's ``aggregate_columns``, added.

    Args:
        data: A ``dask.dataframe.DataFrame`` with the four :data:`COLUMN_NAMES`
            (each partition reaches a task as a pandas frame); a ``dask.bag.Bag``
            whose items are column sets; or an iterable of partitions, each a
            column set (a mapping of name to column, as
            :func:`~govdisclosure.jurisdictions.cn.report.request_columns`
            gives, or a pandas frame), a list of column sets, or a
            ``dask.delayed`` value or ``distributed.Future`` of one. A delayed
            value that reads or builds its own columns keeps the data on the
            worker that counts it: only the tables travel.
        year: The report year.
        layout: The format of the table (the 2021 format by default).
        split_every: How many tables each merge task adds up (at least 2).
        scheduler: Passed to ``dask.compute``; by default Dask's configured
            scheduler (a ``distributed.Client``'s cluster when one is active).

    Returns:
        The table, equal to ``aggregate_columns`` of the partitions' columns
        put end to end, and to ``aggregate_requests`` of the requests they
        were made from.

    Raises:
        InvalidInputError: for a bad year or layout (before any task runs), for
            ``data`` with no partitions to read, and as :func:`columns_table`
            raises for a bad partition, with a note naming the partition (its
            position, counted from 0, and the number of partitions).

    >>> import dask
    >>> import numpy as np
    >>> part = {"received": np.array(["2025-01-02"], dtype="datetime64[D]"),
    ...         "applicant_kind": ["natural_person"], "concluded_on": [None], "outcome": [None]}
    >>> with dask.config.set(scheduler="synchronous"):
    ...     table = cn_requests_table_columns([part, part, part], year=2025)
    >>> table["四、结转下年度继续办理", "总计"]
    3
    """
    aggregate_columns((), (), (), (), year=year, layout=layout)
    count = functools.partial(columns_table, year=year, layout=layout)
    return aggregate_partitioned(data, count, split_every=split_every, scheduler=scheduler)
