"""The dated days a calendar is made of: rest days, makeup working days, notices, sources.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Protocol

import attrs

from govdisclosure._validators import check_date, check_year
from govdisclosure.errors import InvalidInputError, Problem

__all__ = [
    "CalendarNotice",
    "DayKind",
    "MakeupWorkday",
    "NoticeSource",
    "RestDay",
    "RestKind",
    "calendar_problems",
]


class RestKind(enum.Enum):
    """Why a dated rest day is a rest day."""

    HOLIDAY = "holiday"
    """A holiday set by law (a statutory or commemorative holiday)."""
    IN_LIEU = "in_lieu"
    """An ordinary weekday given as rest in lieu (a substitute day, or one swapped
    for a makeup working day)."""
    WEEKEND = "weekend"
    """A weekly rest day that a notice lists as part of a holiday period."""


class DayKind(enum.Enum):
    """What kind of day a date is, as a calendar sees it."""

    WORKDAY = "workday"
    WEEKEND = "weekend"
    HOLIDAY = "holiday"
    IN_LIEU = "in_lieu"
    MAKEUP_WORKDAY = "makeup_workday"

    @property
    def is_workday(self) -> bool:
        """Whether days of this kind are working days."""
        return self in (DayKind.WORKDAY, DayKind.MAKEUP_WORKDAY)


@attrs.frozen
class NoticeSource:
    """Where a calendar's dated days come from: an official notice.

    Attributes:
        title: The notice's title, in its own language.
        number: Its document number (文号), if known.
        published: Its date of publication, if known.
        url: Where it can be read, if known.
    """

    title: str
    number: str | None = None
    published: date | None = None
    url: str | None = None

    def __str__(self) -> str:
        parts = [self.title]
        if self.number:
            parts.append(self.number)
        if self.published:
            parts.append(self.published.isoformat())
        return ", ".join(parts)


@attrs.frozen(order=True)
class RestDay:
    """A dated rest day: its date, why, the occasion, and its source."""

    on: date = attrs.field(validator=check_date)
    kind: RestKind = RestKind.HOLIDAY
    name: str = ""
    source: NoticeSource | None = attrs.field(default=None, order=False)


@attrs.frozen(order=True)
class MakeupWorkday:
    """A weekly rest day made a working day (e.g. 调休上班), with its occasion and source."""

    on: date = attrs.field(validator=check_date)
    name: str = ""
    source: NoticeSource | None = attrs.field(default=None, order=False)


def _collection(values: object, field: str) -> tuple[object, ...]:
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        msg = "must be a collection (a list or a tuple)"
        raise InvalidInputError(msg, field=field, value=values)
    return tuple(values)


def _to_rest_days(values: Iterable[RestDay | date]) -> tuple[RestDay, ...]:
    days = [v if isinstance(v, RestDay) else RestDay(v) for v in _collection(values, "rest_days")]  # type: ignore[arg-type]
    return tuple(sorted(days, key=lambda r: r.on))


def _to_makeup(values: Iterable[MakeupWorkday | date]) -> tuple[MakeupWorkday, ...]:
    days = [
        v if isinstance(v, MakeupWorkday) else MakeupWorkday(v)  # type: ignore[arg-type]
        for v in _collection(values, "makeup_workdays")
    ]
    return tuple(sorted(days, key=lambda m: m.on))


def _to_sources(values: Iterable[NoticeSource]) -> tuple[NoticeSource, ...]:
    return tuple(values)


def _to_weekend(values: Iterable[int]) -> frozenset[int]:
    found: frozenset[int] = frozenset(_collection(values, "weekend"))  # type: ignore[arg-type]
    bad = [v for v in found if type(v) is not int or not 0 <= v <= 6]
    if bad:
        msg = "weekdays are numbered 0 (Monday) to 6 (Sunday)"
        raise InvalidInputError(msg, field="weekend", value=sorted(bad, key=repr))
    return found


@attrs.frozen
class CalendarNotice:
    """One published notice: the year it settles, and the days it makes rest or work.

    A notice for year Y may also set days just outside Y (a makeup working day
    on 30 December of Y-1, say); those days take effect where the calendar
    covers them.
    """

    year: int = attrs.field(validator=check_year)
    source: NoticeSource
    rest_days: tuple[RestDay, ...] = attrs.field(default=(), converter=_to_rest_days)
    makeup_workdays: tuple[MakeupWorkday, ...] = attrs.field(default=(), converter=_to_makeup)


def _apply(days: dict[date, RestDay | MakeupWorkday], notice: CalendarNotice) -> None:
    for rest in notice.rest_days:
        days[rest.on] = rest if rest.source else attrs.evolve(rest, source=notice.source)
    for work in notice.makeup_workdays:
        days[work.on] = work if work.source else attrs.evolve(work, source=notice.source)


def source_key(source: NoticeSource | None) -> list[str | None]:
    """A source's fields as plain data (empty for no source), for fingerprints and ordering."""
    if source is None:
        return []
    published = source.published.isoformat() if source.published else None
    return [source.title, source.number, published, source.url]


def source_order(source: NoticeSource | None) -> tuple[tuple[bool, str], ...]:
    """A total order on sources (``None`` fields after the others)."""
    return tuple((v is None, v or "") for v in source_key(source))


_KIND_ORDER = {RestKind.HOLIDAY: 0, RestKind.IN_LIEU: 1, RestKind.WEEKEND: 2}


def _rest_order(rest: RestDay) -> tuple[object, ...]:
    return (_KIND_ORDER[rest.kind], rest.name, source_order(rest.source))


class _Days(Protocol):
    @property
    def rest_days(self) -> tuple[RestDay, ...]: ...
    @property
    def makeup_workdays(self) -> tuple[MakeupWorkday, ...]: ...


def union_days(parts: Sequence[_Days]) -> dict[date, RestDay | MakeupWorkday]:
    """The dated days of a union: every part's rest days, the makeup days all parts share.

    Where parts note one day differently, the first by a fixed order is kept
    (holiday, in lieu, weekend; then name; then source).
    """
    rest: dict[date, list[RestDay]] = {}
    makeup: dict[date, list[MakeupWorkday]] = {}
    for part in parts:
        for r in part.rest_days:
            rest.setdefault(r.on, []).append(r)
        for m in part.makeup_workdays:
            makeup.setdefault(m.on, []).append(m)
    days: dict[date, RestDay | MakeupWorkday] = {
        on: min(notes, key=_rest_order) for on, notes in rest.items()
    }
    for on, works in makeup.items():
        if on not in days and len(works) == len(parts):
            days[on] = min(works, key=lambda m: (m.name, source_order(m.source)))
    return days


_WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def calendar_problems(
    first: date,
    last: date,
    rest_days: tuple[RestDay, ...],
    makeup_workdays: tuple[MakeupWorkday, ...],
    weekend: frozenset[int],
) -> list[Problem]:
    """What makes a calendar's tables inconsistent: each problem by its field path."""
    problems: list[Problem] = []
    if last < first:
        problems.append(Problem("last", "is before first", last))
    seen: set[date] = set()
    for i, r in enumerate(rest_days):
        if r.on in seen:
            problems.append(Problem(f"rest_days[{i}].on", "date listed twice", r.on))
        seen.add(r.on)
        weekly = r.on.weekday() in weekend
        if r.kind is RestKind.WEEKEND and not weekly:
            msg = f"a {_WEEKDAY_NAMES[r.on.weekday()]} is not a weekly rest day"
            problems.append(Problem(f"rest_days[{i}].kind", msg, r.kind))
        if r.kind is RestKind.IN_LIEU and weekly:
            msg = "a weekly rest day cannot be a rest day in lieu"
            problems.append(Problem(f"rest_days[{i}].kind", msg, r.kind))
    rest = set(seen)
    for i, m in enumerate(makeup_workdays):
        if m.on in seen:
            twice = "date is both a rest day and a makeup working day"
            msg = twice if m.on in rest else "date listed twice"
            problems.append(Problem(f"makeup_workdays[{i}].on", msg, m.on))
        seen.add(m.on)
        if m.on.weekday() not in weekend:
            msg = f"a {_WEEKDAY_NAMES[m.on.weekday()]} is a working day already"
            problems.append(Problem(f"makeup_workdays[{i}].on", msg, m.on))
    return problems
