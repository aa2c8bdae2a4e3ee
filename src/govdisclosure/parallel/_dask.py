"""Partitioned aggregation on Dask: aggregate each partition, merge the results with ``+``.

Every report tally of this library is a monoid: the tally of a set of records
is the ``+`` of the tallies of any partition of it, and the tally of nothing is
the identity. :func:`aggregate_partitioned` is that law run on Dask: one task
per partition computes ``aggregate(records)`` where the records are (a worker
process, when a ``distributed`` cluster runs it), and a tree of ``+`` tasks
folds the small results, keeping the partitions' order (so even a monoid whose
``+`` is not commutative gives the single-process answer).

Only the tallies travel between tasks, never the records, unless the records
were built in the client and handed to Dask (``from_sequence`` of a list): then
each one is pickled to reach a worker, which costs far more than counting it.
Build or read the records where they are counted (a partition per file).

Dask is an optional extra (``govdisclosure[dask]``): this module imports it only
when a function is called, and the library's core never imports it.

>>> import dask
>>> import dask.bag as db
>>> bag = db.from_sequence(range(10), npartitions=3)
>>> with dask.config.set(scheduler="synchronous"):
...     aggregate_partitioned(bag, sum)
45

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import functools
import operator
import pickle
import uuid
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Literal, TypeVar, overload

from govdisclosure.errors import GovDisclosureError, InvalidInputError

if TYPE_CHECKING:
    from dask.delayed import Delayed

__all__ = ["Partition", "aggregate_partitioned"]

M = TypeVar("M")

SPLIT_EVERY = 8
"""How many results one ``+`` task merges, by default (dask.bag's own default)."""


class Partition:
    """A partition's records held in memory, moved between processes as one pickled blob.

    :func:`aggregate_partitioned` wraps every list or tuple it is given as a
    partition in one. A ``Partition`` pickles its records once, into bytes that
    it keeps, and unpickles them only when :attr:`records` is read: the
    ``distributed`` scheduler, which unpickles and re-pickles a graph on its
    way to a worker, then moves bytes, and each record is pickled and
    unpickled once. Wrap partitions yourself to ``client.scatter`` them.

    >>> import pickle
    >>> p = pickle.loads(pickle.dumps(Partition([1, 2])))
    >>> p.records
    [1, 2]
    """

    __slots__ = ("_blob", "_records")

    def __init__(self, records: Iterable[object]) -> None:
        self._records: Iterable[object] | None = records
        self._blob: bytes | None = None

    @classmethod
    def _from_blob(cls, blob: bytes) -> Partition:
        held = cls(())
        held._records, held._blob = None, blob
        return held

    @property
    def records(self) -> Iterable[object]:
        """The records, unpickled on first use after a move."""
        if self._records is None:
            self._records = pickle.loads(self._blob)  # type: ignore[arg-type]  # noqa: S301 - bytes of __reduce__
        return self._records

    def __repr__(self) -> str:
        held = "pickled" if self._records is None else type(self._records).__name__
        return f"Partition(<{held}>)"

    def __reduce__(self) -> tuple[object, tuple[bytes]]:
        if self._blob is None:
            self._blob = pickle.dumps(self._records, protocol=pickle.HIGHEST_PROTOCOL)
        return (Partition._from_blob, (self._blob,))


def _aggregate_one(aggregate: Callable[[object], M], records: object, index: int, count: int) -> M:
    """One partition's tally; an error of ours is noted with the partition it came from."""
    if type(records) is Partition:
        records = records.records
    try:
        return aggregate(records)
    except GovDisclosureError as err:
        err.add_note(
            f"raised while aggregating partition {index} of {count};"
            " a position in the message (records[i], received[i])"
            " counts from that partition's start"
        )
        raise


def _fold(*values: M) -> M:
    """The ``+`` of ``values``, left to right (at least one)."""
    return functools.reduce(operator.add, values)


def _partitions(data: object) -> list[Delayed]:
    from dask.delayed import Delayed, delayed

    to_delayed = getattr(data, "to_delayed", None)
    if callable(to_delayed):
        return list(to_delayed())
    if isinstance(data, str | bytes) or not isinstance(data, Iterable):
        msg = "must be a dask collection (a Bag, a DataFrame) or an iterable of partitions"
        raise InvalidInputError(msg, field="data", value=data)
    out: list[Delayed] = []
    for part in data:
        if isinstance(part, Delayed):
            out.append(part)
            continue
        if isinstance(part, list | tuple):
            part = Partition(part)  # noqa: PLW2901 - the same partition, held
        # A name given, so Dask neither hashes nor walks a large partition (a
        # Future, of records scattered to a worker, is resolved there by name).
        out.append(delayed(part, name=f"partition-{uuid.uuid4().hex}", traverse=False))
    return out


@overload
def aggregate_partitioned(
    data: object,
    aggregate: Callable[[Any], M],
    *,
    split_every: int = ...,
    compute: Literal[True] = ...,
    scheduler: str | None = ...,
) -> M: ...


@overload
def aggregate_partitioned(
    data: object,
    aggregate: Callable[[Any], M],
    *,
    split_every: int = ...,
    compute: Literal[False],
    scheduler: str | None = ...,
) -> Delayed: ...


def aggregate_partitioned(
    data: object,
    aggregate: Callable[[Any], M],
    *,
    split_every: int = SPLIT_EVERY,
    compute: bool = True,
    scheduler: str | None = None,
) -> M | Delayed:
    """``aggregate`` each partition of ``data``, then merge the results with ``+``.

    Args:
        data: A ``dask.bag.Bag`` (``aggregate`` gets each partition, a list of
            records), anything else with ``to_delayed()`` such as a
            ``dask.dataframe.DataFrame`` (``aggregate`` gets each partition, a
            pandas frame), or an iterable of partitions, each a ``dask.delayed``
            value, a ``distributed.Future`` (of scattered records), a
            :class:`Partition`, or a list or tuple of records. Partitions
            given this way skip ``db.from_sequence``'s naming of the graph,
            which pickles every record twice to hash it.
        aggregate: A function from one partition to a monoid value, such as
            ``functools.partial(cn.aggregate_requests, year=2025)``. It must
            pickle (a module-level function or a ``partial`` of one) to run on
            a ``distributed`` cluster. ``aggregate(())`` is the answer for
            data of no partitions.
        split_every: How many results each merge task adds up (at least 2).
        compute: Compute now and return the value (the default), or return a
            ``dask.delayed`` value to compute later, maybe with other work.
        scheduler: Passed to ``dask.compute`` (``"synchronous"``,
            ``"processes"``, ...); by default Dask's configured scheduler, which
            is a ``distributed.Client``'s cluster when one is active.

    Returns:
        The merged value, equal to ``aggregate`` of all the records at once.

    Raises:
        InvalidInputError: for ``data`` that has no partitions to read, an
            ``aggregate`` that is not callable, or a bad ``split_every``; and
            whatever ``aggregate`` raises on a partition, unwrapped (the same
            exception type and fields; errors of this library carry a note
            naming the partition).

    >>> import dask
    >>> import dask.bag as db
    >>> from collections import Counter
    >>> bag = db.from_sequence(["a", "b", "a", "c", "a"], npartitions=2)
    >>> lazy = aggregate_partitioned(bag, Counter, compute=False)
    >>> dask.compute(lazy, scheduler="synchronous")[0]["a"]
    3
    """
    given: object = aggregate
    if not callable(given):
        msg = "must be a function from a partition to a value that adds with +"
        raise InvalidInputError(msg, field="aggregate", value=aggregate)
    if type(split_every) is not int or split_every < 2:
        msg = "must be an int, at least 2"
        raise InvalidInputError(msg, field="split_every", value=split_every)
    from dask.delayed import delayed

    parts = _partitions(data)
    count = len(parts)
    one = delayed(_aggregate_one)
    level: list[Delayed] = [one(aggregate, part, i, count) for i, part in enumerate(parts)]
    if not level:
        level = [one(aggregate, (), 0, 0)]
    fold = delayed(_fold)
    while len(level) > 1:
        level = [fold(*level[i : i + split_every]) for i in range(0, len(level), split_every)]
    (result,) = level
    if not compute:
        return result
    value: M = result.compute(scheduler=scheduler)  # type: ignore[no-untyped-call]
    return value
