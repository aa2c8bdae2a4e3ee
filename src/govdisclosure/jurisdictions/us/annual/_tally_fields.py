"""The fields of the Annual FOIA Report as a fiscal year's tally gives them: one table.

:data:`FIELDS` says, for each section the request records fill, how each of
its fields is computed from one unit's
:class:`~govdisclosure.jurisdictions.us.report.ComponentTally` (a component's
or the agency's overall). Statistics come from the item-level day histograms.
:class:`FoiaStaffing` carries section IX, which records do not hold.

>>> [name for name, _ in FIELDS["V.A"]]
['pending_start', 'received', 'processed', 'pending_end']

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any

import attrs

from govdisclosure.errors import InvalidInputError
from govdisclosure.jurisdictions.us.annual._rule_objects import fee_percent
from govdisclosure.jurisdictions.us.annual._spec import TRACKS
from govdisclosure.jurisdictions.us.annual._values import ResponseDays
from govdisclosure.jurisdictions.us.codes import ExemptionCode, NonExemptionReason, Track
from govdisclosure.jurisdictions.us.outcomes import Disposition
from govdisclosure.jurisdictions.us.report._daystats import (
    average,
    buckets,
    count,
    highest,
    lowest,
    median,
)
from govdisclosure.jurisdictions.us.report._records import AppealDisposition
from govdisclosure.jurisdictions.us.report._tally import ComponentTally

__all__ = ["APPEAL_SECTIONS", "FIELDS", "LT1_BELOW", "Cell", "FoiaStaffing"]

LT1_BELOW = Decimal(1)
"""Policy: a response-time statistic (VI.C(4), VII.A, VII.B) under this many days is ``LT1``.

Days are whole business days, so "between 0 and 1" (the code ``LT1``) never
arises from one item; what does is 0 days (a reply on the day of receipt, with
the default day count) and a median or average under 1 (0.5, 0.33). The DOJ
form refuses a statistic of 0 where items were processed (rule 8, "> 0 or
``LT1``"), so all of these are written ``LT1``, as the printed report shows
``<1``. Day statistics that are not response times (VII.D, VIII.A, VIII.B)
are written as computed, 0 included.
"""

APPEAL_SECTIONS = frozenset(
    {"VI.A", "VI.B", "VI.C(1)", "VI.C(2)", "VI.C(3)", "VI.C(4)", "VI.C(5)", "XII.E(1)", "XII.E(2)"}
)
"""The sections a unit reports only if it handles appeals (any pending, received or processed).

A unit without appeals has no row there, and its XII.A backlogged appeals are
N/A (the DOJ form's rule 14).
"""

_TRACK_OF = dict(zip(TRACKS, Track, strict=True))
_REQUEST_REASONS = tuple(
    r for r in NonExemptionReason if r is not NonExemptionReason.EXPEDITED_DENIAL
)


def _amount(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if type(value) is not Decimal or not value.is_finite() or value.is_signed():
        msg = "must be a finite Decimal, 0 or more"
        raise InvalidInputError(msg, field=attribute.name, value=value)


@attrs.frozen
class FoiaStaffing:
    """One component's FOIA staff and costs for the year (section IX), which records do not hold.

    The totals (``total_staff``, ``total_cost``) are derived, as the DOJ form derives them.

    >>> s = FoiaStaffing(full_time=Decimal(2), equivalent=Decimal("0.5"),
    ...                  processing_cost=Decimal("1000.00"))
    >>> s + s
    FoiaStaffing(full_time=Decimal('4'), equivalent=Decimal('1.0'), \
processing_cost=Decimal('2000.00'), litigation_cost=Decimal('0'))
    """

    full_time: Decimal = attrs.field(default=Decimal(0), validator=_amount)
    equivalent: Decimal = attrs.field(default=Decimal(0), validator=_amount)
    processing_cost: Decimal = attrs.field(default=Decimal(0), validator=_amount)
    litigation_cost: Decimal = attrs.field(default=Decimal(0), validator=_amount)

    def __add__(self, other: FoiaStaffing) -> FoiaStaffing:
        pairs = zip(attrs.astuple(self), attrs.astuple(other), strict=True)
        return FoiaStaffing(*(a + b for a, b in pairs))


@attrs.frozen
class Unit:
    """What one row is computed from: the unit's tally, its staffing, last year's row source."""

    tally: ComponentTally
    places: int
    staffing: FoiaStaffing | None
    last: Callable[[str, str], object | None]


Cell = Callable[[Unit], object]
"""Computes one field of one unit's row; ``None`` is N/A (the field is left out)."""


def _response(value: Decimal | int | None) -> ResponseDays | None:
    if value is None:
        return None
    days = Decimal(value)
    return ResponseDays.lt1() if days < LT1_BELOW else ResponseDays(days)


def _days(value: Decimal | int | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def _on(hist: Counter[tuple[Track, int]], track: Track) -> Counter[int]:
    return Counter({d: k for (t, d), k in hist.items() if t is track})


def _hist(u: Unit, name: str, track: str) -> Counter[int]:
    found: Counter[Any] = getattr(u.tally, name)
    return _on(found, _TRACK_OF[track]) if track else found


def _quartet(name: str, track: str = "") -> tuple[tuple[str, Cell], ...]:
    """The four response-time statistics of histogram ``name`` (of one track, if given)."""
    prefix = f"{track}." if track else ""
    return (
        (prefix + "median", lambda u: _response(median(_hist(u, name, track)))),
        (prefix + "average", lambda u: _response(average(_hist(u, name, track), u.places))),
        (prefix + "lowest", lambda u: _response(lowest(_hist(u, name, track)))),
        (prefix + "highest", lambda u: _response(highest(_hist(u, name, track)))),
    )


def _key(name: str, key: object) -> Cell:
    return lambda u: getattr(u.tally, name)[key]


def _flow(name: str) -> tuple[tuple[str, Cell], ...]:
    return tuple(
        (f, _key(name, f)) for f in ("pending_start", "received", "processed", "pending_end")
    )


def _coded(name: str, codes: Iterable[object]) -> Cell:
    """A coded list with every code, 0 included (the form lists them all)."""
    keys = tuple(codes)
    return lambda u: tuple((c, getattr(u.tally, name)[c]) for c in keys)


def _texts(name: str) -> tuple[tuple[str, Cell], ...]:
    """A list of described reasons with their total (V.B(2), VI.C(3)); no reasons: no list."""
    return (
        ("reasons", lambda u: tuple(sorted(getattr(u.tally, name).items())) or None),
        ("total", lambda u: sum(getattr(u.tally, name).values())),
    )


def _oldest(name: str) -> Cell:
    return lambda u: tuple((received, days) for days, received in getattr(u.tally, name)) or None


def _increments(track: str) -> tuple[tuple[str, Cell], ...]:
    return (
        ("increments", lambda u: tuple(buckets(_hist(u, "response", track)).items())),
        ("total", lambda u: count(_hist(u, "response", track))),
    )


def _pending(track: str) -> tuple[tuple[str, Cell], ...]:
    return (
        (f"{track}.pending", lambda u: count(_hist(u, "pending_perfected", track))),
        (f"{track}.median", lambda u: _days(median(_hist(u, "pending_perfected", track)))),
        (
            f"{track}.average",
            lambda u: _days(average(_hist(u, "pending_perfected", track), u.places)),
        ),
    )


def _decisions(name: str, days: str, *, within: bool) -> tuple[tuple[str, Cell], ...]:
    fields: tuple[tuple[str, Cell], ...] = (
        ("granted", _key(name, "granted")),
        ("denied", _key(name, "denied")),
        ("median", lambda u: _days(median(getattr(u.tally, days)))),
        ("average", lambda u: _days(average(getattr(u.tally, days), u.places))),
    )
    return (*fields, ("within_ten", _key(name, "within_limit"))) if within else fields


def _staff(get: Callable[[FoiaStaffing], Decimal]) -> Cell:
    return lambda u: None if u.staffing is None else get(u.staffing)


def _percent(u: Unit) -> Decimal | None:
    return None if u.staffing is None else fee_percent(u.tally.fees, u.staffing.processing_cost)


def _last(section: str, name: str) -> Cell:
    return lambda u: u.last(section, name)


FIELDS: dict[str, tuple[tuple[str, Cell], ...]] = {
    "V.A": _flow("requests"),
    "V.B(1)": (
        ("full_grant", _key("dispositions", Disposition.FULL_GRANT)),
        ("partial_grant", _key("dispositions", Disposition.PARTIAL_GRANT)),
        ("full_denial", _key("dispositions", Disposition.FULL_DENIAL)),
        ("non_exemption", _coded("non_exemption", _REQUEST_REASONS)),
        ("total", _key("requests", "processed")),
    ),
    "V.B(2)": _texts("other_reasons"),
    "V.B(3)": (("exemptions", _coded("exemptions", ExemptionCode)),),
    "VI.A": _flow("appeals"),
    "VI.B": (
        ("affirmed", _key("appeal_dispositions", AppealDisposition.AFFIRMED)),
        ("partial", _key("appeal_dispositions", AppealDisposition.PARTIAL)),
        ("reversed", _key("appeal_dispositions", AppealDisposition.REVERSED)),
        ("other", _key("appeal_dispositions", AppealDisposition.OTHER)),
        ("total", _key("appeals", "processed")),
    ),
    "VI.C(1)": (("exemptions", _coded("appeal_exemptions", ExemptionCode)),),
    "VI.C(2)": (("non_exemption", _coded("appeal_reasons", NonExemptionReason)),),
    "VI.C(3)": _texts("appeal_other_reasons"),
    "VI.C(4)": _quartet("appeal_response"),
    "VI.C(5)": (("items", _oldest("appeal_oldest")),),
    "VII.A": tuple(f for t in TRACKS for f in _quartet("response", t)),
    "VII.B": tuple(f for t in TRACKS for f in _quartet("granted_response", t)),
    **{f"VII.C({n})": _increments(t) for n, t in enumerate(TRACKS, start=1)},
    "VII.D": tuple(f for t in TRACKS for f in _pending(t)),
    "VII.E": (("items", _oldest("oldest")),),
    "VIII.A": _decisions("expedited", "expedited_days", within=True),
    "VIII.B": _decisions("fee_waivers", "fee_waiver_days", within=False),
    "IX": (
        ("full_time", _staff(lambda s: s.full_time)),
        ("equivalent", _staff(lambda s: s.equivalent)),
        ("total_staff", _staff(lambda s: s.full_time + s.equivalent)),
        ("processing_cost", _staff(lambda s: s.processing_cost)),
        ("litigation_cost", _staff(lambda s: s.litigation_cost)),
        ("total_cost", _staff(lambda s: s.processing_cost + s.litigation_cost)),
    ),
    "X": (("fees", lambda u: u.tally.fees), ("percent", _percent)),
    "XI.A": (("times_used", _key("requests", "exclusions")),),
    "XII.A": (
        ("requests", _key("requests", "backlog")),
        ("appeals", lambda u: u.tally.appeals["backlog"] if u.tally.handles_appeals else None),
    ),
    "XII.D(1)": (
        ("received_last", _last("V.A", "received")),
        ("received_current", _key("requests", "received")),
        ("processed_last", _last("V.A", "processed")),
        ("processed_current", _key("requests", "processed")),
    ),
    "XII.D(2)": (("last", _last("XII.A", "requests")), ("current", _key("requests", "backlog"))),
    "XII.E(1)": (
        ("received_last", _last("VI.A", "received")),
        ("received_current", _key("appeals", "received")),
        ("processed_last", _last("VI.A", "processed")),
        ("processed_current", _key("appeals", "processed")),
    ),
    "XII.E(2)": (("last", _last("XII.A", "appeals")), ("current", _key("appeals", "backlog"))),
}
"""Every section the records fill, and for each of its fields how a unit's tally gives it.

Section IV (statutes, shared rows) is built apart; IX and X's percentage need
``staffing``; the ``…last`` columns of XII.D and XII.E need ``previous``.
"""
