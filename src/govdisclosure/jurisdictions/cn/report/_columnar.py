"""Table 三 from columns: a request log held as a table (numpy, pandas, or plain sequences).

:func:`aggregate_columns` gives the same :class:`RequestTable` as
:func:`~govdisclosure.jurisdictions.cn.report.aggregate_requests` for the same
requests, from four columns, one entry per request:

* ``received``: the date of receipt;
* ``applicant_kind``: the :class:`~govdisclosure.requests.ApplicantKind` (its column);
* ``concluded_on``: the date of the concluding event (a reply, a lapse, a
  withdrawal), missing (``NaT``, ``None``) while the request is open;
* ``outcome``: the :class:`~cn.Outcome` whose row the conclusion counts in: a
  reply's outcome, :attr:`~cn.Outcome.OTHER_CORRECTION_LAPSED` for
  ``CorrectionLapsed``, :attr:`~cn.Outcome.OTHER_FEE_LAPSED` for ``FeeLapsed``,
  :attr:`~cn.Outcome.OTHER` for ``Withdrawn``; missing for an open request, or
  for a reply with no outcome recorded (which, as in the object path, is an
  error only if the reply is counted in the year).

That is all table 三 reads of a request's log. :func:`request_columns` derives
the columns from :class:`~govdisclosure.requests.Request` objects (the
reference, and the property the tests check: both paths give one table).

Columns may be numpy arrays, pandas Series (categoricals included), or plain
sequences of ``date`` and enum members (or their string values). The fast form
is what :func:`request_columns` returns: ``datetime64[D]`` arrays for the dates,
and small integer codes for the kinds and outcomes, the position of the member
in :data:`APPLICANT_KIND_CODES` and :data:`OUTCOME_CODES` (``-1`` for no outcome
recorded; ``-2`` for a reply whose outcome is not a ``cn.Outcome``). numpy is an
optional dependency (``pip install govdisclosure[numpy]``).

>>> import numpy as np
>>> from govdisclosure.requests import ApplicantKind
>>> from govdisclosure.jurisdictions.cn.outcomes import Outcome
>>> t = aggregate_columns(
...     received=np.array(["2024-12-20", "2025-03-01", "2025-12-30"], dtype="datetime64[D]"),
...     applicant_kind=[ApplicantKind.NATURAL_PERSON] * 3,
...     concluded_on=np.array(["2025-01-10", "2025-03-05", "NaT"], dtype="datetime64[D]"),
...     outcome=[Outcome.DISCLOSED, Outcome.OTHER, None],
...     year=2025,
... )
>>> rows = (RequestRow.NEW, RequestRow.CARRIED_OVER, Outcome.DISCLOSED, Outcome.OTHER,
...         RequestRow.HANDLED, RequestRow.CARRIED_FORWARD)
>>> [t[row, ApplicantKind.NATURAL_PERSON] for row in rows]
[2, 1, 1, 1, 2, 1]

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Any, cast

from govdisclosure._columns import bad_rows as _bad
from govdisclosure._columns import codes, day_numbers
from govdisclosure._optional import require_numpy
from govdisclosure.errors import InvalidInputError
from govdisclosure.jurisdictions.cn.outcomes import Outcome
from govdisclosure.jurisdictions.cn.report.aggregate import (
    _ENDING_OUTCOME,
    _KINDS,
    _WIDTH,
    _check_year,
    _finish,
    _outcome_row,
    _plan,
)
from govdisclosure.jurisdictions.cn.report.format import ReportFormat, RequestRow, check_format
from govdisclosure.jurisdictions.cn.report.tables import RequestTable
from govdisclosure.requests import ApplicantKind, Replied, Request

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from govdisclosure.jurisdictions.cn.report.aggregate import _Plan

    Array = npt.NDArray[Any]

__all__ = [
    "APPLICANT_KIND_CODES",
    "NO_OUTCOME",
    "OUTCOME_CODES",
    "UNKNOWN_OUTCOME",
    "aggregate_columns",
    "request_columns",
]

APPLICANT_KIND_CODES: tuple[ApplicantKind, ...] = _KINDS
"""The applicant kinds in code order: code ``i`` of a column is ``APPLICANT_KIND_CODES[i]``."""
OUTCOME_CODES: tuple[Outcome, ...] = tuple(Outcome)
"""The outcomes in code order: code ``i`` in an integer column is ``OUTCOME_CODES[i]``."""
NO_OUTCOME = -1
"""The outcome code of an open request, or of a reply with no outcome recorded."""
UNKNOWN_OUTCOME = -2
"""The outcome code of a reply whose outcome is not a ``cn.Outcome``."""

_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()  # datetime64[D] counts days from 1970-01-01
_STATES = len(OUTCOME_CODES) + 3  # carried forward, then the outcome codes from -2
_FORWARD = 0


# -- from Request objects ----------------------------------------------------------


def request_columns(requests: Iterable[Request]) -> dict[str, Any]:
    """The four columns of :func:`aggregate_columns` for ``requests``, in the fast form.

    Returns a dict of numpy arrays (``received``, ``applicant_kind``,
    ``concluded_on``, ``outcome``), one entry per request in order, which
    ``pandas.DataFrame`` takes as it is, and ``aggregate_columns(**columns,
    year=Y)`` reads; the codes are positions in :data:`APPLICANT_KIND_CODES` and
    :data:`OUTCOME_CODES`.

    Raises:
        InvalidInputError: naming the entry, for one that is not a Request.

    >>> from datetime import date
    >>> from govdisclosure.requests import Applicant, ApplicantKind, Request, Withdrawn
    >>> firm = Applicant(kind=ApplicantKind.COMMERCIAL_ENTERPRISE)
    >>> cols = request_columns([Request(id="a", received=date(2025, 3, 1), applicant=firm,
    ...                                 events=[Withdrawn(on=date(2025, 3, 5))])])
    >>> cols["concluded_on"], OUTCOME_CODES[cols["outcome"][0]]
    (array(['2025-03-05'], dtype='datetime64[D]'), <Outcome.OTHER: 'other'>)
    >>> APPLICANT_KIND_CODES[cols["applicant_kind"][0]]
    <ApplicantKind.COMMERCIAL_ENTERPRISE: 'commercial_enterprise'>
    """
    np = require_numpy()
    kind_code = {id(kind): i for i, kind in enumerate(APPLICANT_KIND_CODES)}
    outcome_code = {id(o): i for i, o in enumerate(OUTCOME_CODES)}
    ending_code = {event: outcome_code[id(o)] for event, o in _ENDING_OUTCOME.items()}
    nat = np.iinfo(np.int64).min  # NaT, as a day number
    received: list[int] = []
    kinds: list[int] = []
    concluded: list[int] = []
    outcomes: list[int] = []
    for i, request in enumerate(cast("Iterable[object]", requests)):
        if not isinstance(request, Request):
            msg = "not a Request"
            raise InvalidInputError(msg, field=f"requests[{i}]", value=request)
        received.append(request.received.toordinal())
        kinds.append(kind_code[id(request.applicant.kind)])
        last = request.events[-1] if request.events else None
        if last is None or not last.concludes:
            concluded.append(nat)
            outcomes.append(NO_OUTCOME)
            continue
        concluded.append(last.on.toordinal())
        if type(last) is Replied:
            found = last.outcome
            code = UNKNOWN_OUTCOME if found is not None else NO_OUTCOME
            outcomes.append(outcome_code.get(id(found), code))
        else:
            outcomes.append(ending_code[type(last)])
    days = np.array(received, dtype=np.int64) - _EPOCH_ORDINAL
    ends = np.array(concluded, dtype=np.int64)
    ends[ends != nat] -= _EPOCH_ORDINAL
    return {
        "received": days.view("datetime64[D]"),
        "applicant_kind": np.array(kinds, dtype=np.int8),
        "concluded_on": ends.view("datetime64[D]"),
        "outcome": np.array(outcomes, dtype=np.int8),
    }


# -- reading columns ---------------------------------------------------------------


def _days(values: object, name: str, *, missing: bool) -> npt.NDArray[np.int64]:
    """A date column as day numbers (``NaT`` for a missing entry, where allowed)."""
    return day_numbers(values, name, missing=missing)


def _codes(
    values: object, members: tuple[enum.Enum, ...], name: str, lowest: int
) -> npt.NDArray[np.int8]:
    """An enum column as int8 codes (positions in ``members``; ``lowest..-1`` for missing ones)."""
    return codes(values, members, name, lowest=lowest, dtype="int8")


# -- counting ------------------------------------------------------------------------


def aggregate_columns(  # noqa: PLR0913 - the four columns, the year and the layout
    received: object,
    applicant_kind: object,
    concluded_on: object,
    outcome: object,
    *,
    year: int,
    layout: ReportFormat = ReportFormat.V2021,
) -> RequestTable:
    """Table 三 for ``year`` from four columns: the same table as ``aggregate_requests``.

    Args:
        received: Dates of receipt (no entry missing).
        applicant_kind: Applicant kinds: codes, members or their values.
        concluded_on: Dates of conclusion, missing for an open request.
        outcome: The outcome row of each conclusion: codes, members, their
            values, or missing (see the module's documentation).
        year: The report year.
        layout: The format of the table (the 2021 format by default).

    Returns:
        The table, every cell filled.

    Raises:
        InvalidInputError: naming the entries, for columns of different
            lengths, an entry of the wrong type or out of range, a missing date
            of receipt, a conclusion before receipt, an outcome given for an
            open request, or, for a conclusion counted in the year, no outcome
            (or one that is not a ``cn.Outcome``).
    """
    np = require_numpy()
    _check_year(year)
    plan = _plan(check_format(layout))
    r = _days(received, "received", missing=False)
    c = _days(concluded_on, "concluded_on", missing=True)
    kinds = _codes(applicant_kind, APPLICANT_KIND_CODES, "applicant_kind", 0)
    codes = _codes(outcome, OUTCOME_CODES, "outcome", UNKNOWN_OUTCOME)
    lengths = {"received": len(r), "applicant_kind": len(kinds), "concluded_on": len(c)}
    lengths["outcome"] = len(codes)
    if len(set(lengths.values())) > 1:
        msg = "the columns must have one entry per request"
        raise InvalidInputError(msg, field="columns", value=lengths)
    is_open = np.isnat(c.view("datetime64[D]"))
    _check_rows(r, c, is_open, codes)
    start = np.datetime64(date(year, 1, 1), "D").astype(np.int64)
    end = np.datetime64(date(year, 12, 31), "D").astype(np.int64)
    # Every request falls in one state: its column, how it enters (new, carried over, not
    # counted) and how it leaves (carried forward, or the outcome row): count the states.
    # Same-type arithmetic on int8 views of the masks: a million rows is memory-bound,
    # and np.where with scalars or mixed-type operations take several times longer.
    not_new = r < start
    late = (r > end).view(np.int8)
    enters = (not_new & ~is_open & (c < start)).view(np.int8)  # concluded before the year
    enters += not_new.view(np.int8)
    enters += late
    enters += late  # 0 new, 1 carried over, 2 not counted
    enters += kinds * np.int8(3)
    leaves = codes + np.int8(1 - UNKNOWN_OUTCOME)  # 0 carried forward, then the outcomes
    leaves *= (~(is_open | (c > end))).view(np.int8)
    state = enters.astype(np.intp)
    state *= _STATES
    state += leaves
    tally = np.bincount(state, minlength=_WIDTH * 3 * _STATES).reshape(_WIDTH, 3, _STATES)
    missing = tally[:, :2, 1 : 1 - UNKNOWN_OUTCOME].sum()
    if missing:
        raise _uncounted(enters % 3, leaves)
    return _finish(_cells(tally, plan, layout), plan, layout)


def _check_rows(r: Array, c: Array, is_open: Array, codes: Array) -> None:
    """Entries no request could have: concluded before received, an outcome while open."""
    early = ~is_open & (c < r)
    if early.any():
        raise _bad(early, c.view("datetime64[D]"), "concluded_on", "is before the date of receipt")
    stray = is_open & (codes != NO_OUTCOME)
    if stray.any():
        raise _bad(stray, codes, "outcome", "is given for a request that is still open")


def _uncounted(enters: Array, leaves: Array) -> InvalidInputError:
    """The error for conclusions counted in the year with no (cn) outcome."""
    bad = (enters < 2) & (leaves > _FORWARD) & (leaves < 1 - UNKNOWN_OUTCOME)
    np = require_numpy()
    k = int(np.argmax(bad))
    if leaves[k] == 1 + NO_OUTCOME - UNKNOWN_OUTCOME:
        msg = "a request concluded in the year has no outcome recorded"
        return InvalidInputError(msg, field=f"outcome[{k}]", value=None)
    msg = "a request concluded in the year has an outcome that is not a cn.Outcome"
    return InvalidInputError(msg, field=f"outcome[{k}]", value="not a cn.Outcome")


def _cells(tally: Array, plan: _Plan, layout: ReportFormat) -> list[int]:
    """The flat counts of ``aggregate_requests`` from the tally of states."""
    index = plan.index
    counts = [0] * (len(plan.rows) * _WIDTH)
    row_of = [index[RequestRow.CARRIED_FORWARD]] * (1 - UNKNOWN_OUTCOME)
    row_of += [index[_outcome_row(o, layout)] for o in OUTCOME_CODES]
    entry_of = (index[RequestRow.NEW], index[RequestRow.CARRIED_OVER])
    for j in range(_WIDTH):
        for way in (0, 1):
            line = tally[j, way]
            counts[entry_of[way] + j] += int(line.sum())
            for s in range(_STATES):
                if s == _FORWARD or s >= 1 - UNKNOWN_OUTCOME:
                    counts[row_of[s] + j] += int(line[s])
    return counts
