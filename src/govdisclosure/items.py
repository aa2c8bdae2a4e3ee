"""Information items, their disclosure, and an agency's catalogue of them.

An :class:`InformationItem` is one piece of government information as a
disclosure catalogue lists it: index number, title, document number, issuing
agency, the dates it was formed, changed and published, its categories in one
or more classification schemes, how it is disclosed (:class:`DisclosureMode`,
with exemption grounds when it is not), the channels it went out on, and its
:class:`Validity`.

Whether an item went out in time depends on a deadline rule, which lives in a
jurisdiction's rule pack; here :meth:`InformationItem.lateness` takes the rule
as a function and a :class:`~govdisclosure.calendar.WorkCalendar` to count in.

>>> from datetime import date
>>> from govdisclosure.calendar import WorkCalendar
>>> cal = WorkCalendar(first=date(2030, 1, 1), last=date(2030, 12, 31))
>>> five_days = lambda formed: cal.add_workdays(formed, 5)     # a toy rule
>>> item = InformationItem("IDX-1", "Budget 2030", agency_id="fin",
...                        formed=date(2030, 3, 1), published=date(2030, 3, 12))
>>> item.deadline(five_days)                                  # Mar 4-8 are Mon-Fri
datetime.date(2030, 3, 8)
>>> item.lateness(five_days, cal)                             # Mar 11 and 12
WorkingDays(2)

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import Any

import attrs

from govdisclosure._validators import check_date, instance_of, non_empty, tuple_of
from govdisclosure.calendar import WorkCalendar
from govdisclosure.channels import Channel, Period
from govdisclosure.classification import Scheme
from govdisclosure.errors import InvalidInputError, Problem
from govdisclosure.law import WorkingDays

__all__ = [
    "Catalogue",
    "DateField",
    "DisclosureMode",
    "InformationItem",
    "Validity",
    "ValidityStatus",
]


def _to_exemption_grounds(values: Any) -> tuple[Any, ...]:  # noqa: ANN401
    return tuple_of(values, "exemption_grounds", one=True)


def _to_channels(values: Any) -> tuple[Any, ...]:  # noqa: ANN401
    return tuple_of(values, "channels")


def _to_items(values: Any) -> tuple[Any, ...]:  # noqa: ANN401
    return tuple_of(values, "items")


class DisclosureMode(enum.Enum):
    """How an item is disclosed."""

    PROACTIVE = "proactive"
    """Published on the agency's own initiative."""
    ON_REQUEST = "on_request"
    """Disclosed to applicants who ask for it."""
    NOT_DISCLOSED = "not_disclosed"
    """Withheld, on one or more exemption grounds."""


class ValidityStatus(enum.Enum):
    """Whether a document is still in force."""

    IN_FORCE = "in_force"
    REPEALED = "repealed"
    EXPIRED = "expired"


class DateField(enum.Enum):
    """Which date of an item a date query looks at."""

    FORMED = "formed"
    CHANGED = "changed"
    PUBLISHED = "published"


def _optional_date(
    instance: object, attribute: attrs.Attribute[date | None], value: object
) -> None:
    if value is not None and type(value) is not date:
        msg = "must be a datetime.date (not a datetime or a string) or None"
        raise InvalidInputError(msg, field=attribute.name, value=value)


@attrs.frozen
class Validity:
    """Whether an item (a document) is in force, and over which days.

    Attributes:
        status: In force, repealed or expired.
        effective: The first day in force, if known.
        ends: The last day in force: for an item in force, a scheduled expiry (or
            ``None``); for a repealed or expired one, the last day it was in force
            (``None`` if unknown).

    >>> v = Validity(ValidityStatus.EXPIRED, effective=date(2030, 1, 1), ends=date(2030, 6, 30))
    >>> v.in_force_on(date(2030, 6, 30)), v.in_force_on(date(2030, 7, 1))
    (True, False)
    """

    status: ValidityStatus = attrs.field(
        default=ValidityStatus.IN_FORCE, validator=instance_of(ValidityStatus)
    )
    effective: date | None = attrs.field(default=None, validator=_optional_date)
    ends: date | None = attrs.field(default=None, validator=_optional_date)

    def __attrs_post_init__(self) -> None:
        if self.effective is not None and self.ends is not None and self.ends < self.effective:
            msg = f"is before the first day in force {self.effective.isoformat()}"
            raise InvalidInputError(msg, field="ends", value=self.ends)

    def in_force_on(self, d: date) -> bool:
        """Whether the item is in force on ``d``.

        Raises:
            InvalidInputError: if the item is repealed or expired and the last day
                in force is not known, so the answer cannot be given.
        """
        if self.status is not ValidityStatus.IN_FORCE and self.ends is None:
            msg = f"the item is {self.status.value} but its last day in force is unknown"
            raise InvalidInputError(msg, field="ends", value=None)
        if self.effective is not None and d < self.effective:
            return False
        return self.ends is None or d <= self.ends


def _to_pairs(values: Any) -> tuple[tuple[str, str], ...]:  # noqa: ANN401 - checked here
    # Lists (as from JSON) become tuples; anything else is checked by the item.
    given = tuple_of(values, "categories")
    return tuple(tuple(v) if isinstance(v, list) else v for v in given)


@attrs.frozen
class InformationItem:
    """One piece of government information, as a disclosure catalogue lists it.

    Everything after ``title`` is keyword only.

    Attributes:
        index_number: The index number (e.g. 索引号), unique within a catalogue.
        title: The title.
        agency_id: The id of the issuing (disclosing) agency.
        formed: The day the information was formed (made or obtained).
        document_number: The document number (e.g. 文号), if it has one.
        changed: The day of the last change that this version reflects, if any.
        published: The day this version was published, if it has been.
        categories: ``(scheme code, category code)`` pairs.
        mode: How it is disclosed.
        exemption_grounds: For an item not disclosed, the codes of the grounds
            (of some jurisdiction's exemption catalogue).
        channels: The channels it was published through.
        validity: Whether it is in force.

    Raises:
        InvalidInputError: naming every inconsistent field at once (dates out of
            order, a withheld item with no grounds or with a publication date,
            grounds on a disclosed item, duplicate categories or channels).

    >>> InformationItem("X", "Minutes", agency_id="a", formed=date(2030, 1, 2),
    ...                 mode=DisclosureMode.NOT_DISCLOSED)
    Traceback (most recent call last):
    ...
    govdisclosure.errors.InvalidInputError: invalid information item 'X': exemption_grounds: ...
    """

    index_number: str = attrs.field(validator=non_empty)
    title: str = attrs.field(validator=non_empty)
    agency_id: str = attrs.field(kw_only=True, validator=non_empty)
    formed: date = attrs.field(kw_only=True, validator=check_date)
    document_number: str | None = attrs.field(
        default=None,
        kw_only=True,
        validator=instance_of(str, type(None)),
    )
    changed: date | None = attrs.field(default=None, kw_only=True, validator=_optional_date)
    published: date | None = attrs.field(default=None, kw_only=True, validator=_optional_date)
    categories: tuple[tuple[str, str], ...] = attrs.field(
        default=(), kw_only=True, converter=_to_pairs
    )
    mode: DisclosureMode = attrs.field(
        default=DisclosureMode.PROACTIVE,
        kw_only=True,
        validator=instance_of(DisclosureMode),
    )
    exemption_grounds: tuple[str, ...] = attrs.field(
        default=(), kw_only=True, converter=_to_exemption_grounds
    )
    channels: tuple[Channel, ...] = attrs.field(default=(), kw_only=True, converter=_to_channels)
    validity: Validity = attrs.field(
        factory=Validity, kw_only=True, validator=instance_of(Validity)
    )

    def __attrs_post_init__(self) -> None:
        problems = [*self._date_problems(), *self._mode_problems(), *self._list_problems()]
        if problems:
            msg = f"invalid information item {self.index_number!r}"
            raise InvalidInputError(msg, problems=problems)

    def _date_problems(self) -> list[Problem]:
        problems: list[Problem] = []
        if self.changed is not None and self.changed < self.formed:
            msg = f"is before formed ({self.formed.isoformat()})"
            problems.append(Problem("changed", msg, self.changed))
        if self.published is not None and self.published < self.runs_from:
            which = "changed" if self.changed is not None else "formed"
            msg = f"is before {which} ({self.runs_from.isoformat()})"
            problems.append(Problem("published", msg, self.published))
        return problems

    def _mode_problems(self) -> list[Problem]:
        problems: list[Problem] = []
        if self.mode is DisclosureMode.NOT_DISCLOSED:
            if not self.exemption_grounds:
                msg = "an item not disclosed needs at least one exemption ground"
                problems.append(Problem("exemption_grounds", msg, ()))
            if self.published is not None:
                msg = "an item not disclosed cannot have a publication date"
                problems.append(Problem("published", msg, self.published))
            if self.channels:
                msg = "an item not disclosed cannot have publication channels"
                problems.append(Problem("channels", msg, self.channels))
        elif self.exemption_grounds:
            msg = f"exemption grounds are only for items not disclosed, not {self.mode.value}"
            problems.append(Problem("exemption_grounds", msg, self.exemption_grounds))
        return problems

    def _list_problems(self) -> list[Problem]:
        problems: list[Problem] = []
        seen: set[object] = set()
        pairs: tuple[object, ...] = self.categories
        for i, pair in enumerate(pairs):
            if not (
                isinstance(pair, tuple)
                and len(pair) == 2
                and all(isinstance(p, str) and p for p in pair)
            ):
                msg = "must be a (scheme code, category code) pair of non-empty strings"
                problems.append(Problem(f"categories[{i}]", msg, pair))
            elif pair in seen:
                problems.append(Problem(f"categories[{i}]", "listed twice", pair))
            seen.add(pair)
        grounds: tuple[object, ...] = self.exemption_grounds
        for i, ground in enumerate(grounds):
            if not isinstance(ground, str) or not ground:
                msg = "must be a non-empty string"
                problems.append(Problem(f"exemption_grounds[{i}]", msg, ground))
        channels: tuple[object, ...] = self.channels
        for i, channel in enumerate(channels):
            if not isinstance(channel, Channel):
                problems.append(Problem(f"channels[{i}]", "must be a Channel", channel))
            elif channel in seen:
                problems.append(Problem(f"channels[{i}]", "listed twice", channel))
            seen.add(channel)
        return problems

    @property
    def runs_from(self) -> date:
        """The day a disclosure period runs from: the last change, or else formation."""
        return self.changed if self.changed is not None else self.formed

    def categories_in(self, scheme: str) -> tuple[str, ...]:
        """The item's category codes in the scheme with code ``scheme``.

        >>> item = InformationItem("X", "T", agency_id="a", formed=date(2030, 1, 2),
        ...                        categories=[("topics", "budget"), ("law", "7")])
        >>> item.categories_in("law")
        ('7',)
        """
        return tuple(code for s, code in self.categories if s == scheme)

    def deadline(self, rule: Callable[[date], date]) -> date:
        """The last day for publishing this version: ``rule(runs_from)``.

        ``rule`` maps the day the period runs from to its last day (a
        jurisdiction's proactive-disclosure deadline, say).
        """
        return rule(self.runs_from)

    def _measured_on(self, as_of: date | None) -> date:
        if self.mode is not DisclosureMode.PROACTIVE:
            msg = "only proactively disclosed items have a publication deadline"
            raise InvalidInputError(msg, field="mode", value=self.mode)
        if self.published is not None:
            return self.published
        if as_of is None:
            msg = "not published; pass as_of to measure lateness so far"
            raise InvalidInputError(msg, field="published", value=None)
        if type(as_of) is not date or as_of < self.runs_from:
            msg = f"must be a date on or after {self.runs_from.isoformat()}"
            raise InvalidInputError(msg, field="as_of", value=as_of)
        return as_of

    def is_late(self, rule: Callable[[date], date], *, as_of: date | None = None) -> bool:
        """Whether the item was (or, unpublished on ``as_of``, is) past its deadline.

        Raises:
            InvalidInputError: for an item not proactively disclosed, or an
                unpublished item without ``as_of``.
        """
        return self._measured_on(as_of) > self.deadline(rule)

    def lateness(
        self,
        rule: Callable[[date], date],
        calendar: WorkCalendar,
        *,
        as_of: date | None = None,
    ) -> WorkingDays:
        """How many working days after the deadline the item was published.

        The working days ``x`` with ``deadline < x <= published`` (or ``as_of``
        for an item not yet published); zero when published in time. An item
        published on a rest day just after its deadline is late (see
        :meth:`is_late`) by zero working days.

        Raises:
            InvalidInputError: for an item not proactively disclosed, or an
                unpublished item without ``as_of``.
            CalendarNotPublishedError: if the calendar does not cover the days.
        """
        on = self._measured_on(as_of)
        days = calendar.count_workdays(self.deadline(rule), on)
        return WorkingDays(max(days, 0))


@attrs.frozen
class Catalogue:
    """An agency's disclosure catalogue: its items, queryable by category and date.

    Every query returns a new catalogue, so queries chain.

    Attributes:
        agency_id: The agency whose catalogue this is.
        items: Its items, each issued by that agency, with unique index numbers.

    Raises:
        InvalidInputError: naming every item of another agency and every
            repeated index number.

    >>> a = InformationItem("A-1", "Plan", agency_id="a", formed=date(2030, 1, 2),
    ...                     published=date(2030, 1, 9), categories=[("t", "plans")])
    >>> b = InformationItem("A-2", "Budget", agency_id="a", formed=date(2030, 2, 1),
    ...                     published=date(2030, 2, 3), categories=[("t", "money")])
    >>> cat = Catalogue("a", [a, b])
    >>> [i.index_number for i in cat.in_category("t", "money")]
    ['A-2']
    >>> len(cat.during(Period(date(2030, 1, 1), date(2030, 1, 31))))
    1
    """

    agency_id: str = attrs.field(validator=non_empty)
    items: tuple[InformationItem, ...] = attrs.field(default=(), converter=_to_items)

    def __attrs_post_init__(self) -> None:
        problems: list[Problem] = []
        seen: set[str] = set()
        given: tuple[object, ...] = self.items
        for i, item in enumerate(given):
            if not isinstance(item, InformationItem):
                problems.append(Problem(f"items[{i}]", "must be an InformationItem", item))
                continue
            if item.agency_id != self.agency_id:
                msg = f"issued by another agency than {self.agency_id!r}"
                problems.append(Problem(f"items[{i}].agency_id", msg, item.agency_id))
            if item.index_number in seen:
                msg = "index number listed twice"
                problems.append(Problem(f"items[{i}].index_number", msg, item.index_number))
            seen.add(item.index_number)
        if problems:
            msg = f"invalid catalogue of {self.agency_id!r}"
            raise InvalidInputError(msg, problems=problems)

    def __iter__(self) -> Iterator[InformationItem]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __contains__(self, index_number: object) -> bool:
        return any(i.index_number == index_number for i in self.items)

    def get(self, index_number: str) -> InformationItem | None:
        """The item with ``index_number``, or ``None``."""
        return next((i for i in self.items if i.index_number == index_number), None)

    def _keep(self, items: Iterable[InformationItem]) -> Catalogue:
        return Catalogue(self.agency_id, items)

    def with_item(self, item: InformationItem) -> Catalogue:
        """A new catalogue with ``item`` added (validated like the others)."""
        return self._keep((*self.items, item))

    def in_category(self, scheme: Scheme | str, code: str) -> Catalogue:
        """The items in category ``code`` of ``scheme``.

        Given a :class:`~govdisclosure.classification.Scheme`, ``code`` is
        checked against it and items in its sub-categories are included; given
        only a scheme code, the category must match exactly.

        Raises:
            UnknownCategoryError: if a scheme is given and has no such code.
        """
        if isinstance(scheme, Scheme):
            scheme.path(code)
            within = scheme
            return self._keep(
                i
                for i in self.items
                if any(
                    c in within and within.is_within(c, code) for c in i.categories_in(within.code)
                )
            )
        return self._keep(i for i in self.items if code in i.categories_in(scheme))

    def during(self, period: Period, *, by: DateField = DateField.PUBLISHED) -> Catalogue:
        """The items whose date ``by`` (published, by default) falls in ``period``.

        Items without that date (unpublished, or never changed) are not in it.
        """
        return self._keep(i for i in self.items if getattr(i, by.value) in period)

    def with_mode(self, mode: DisclosureMode) -> Catalogue:
        """The items disclosed in ``mode``."""
        return self._keep(i for i in self.items if i.mode is mode)
