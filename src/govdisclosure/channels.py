"""Channels of disclosure, and what happened on each in a period.

Information is published through channels (a website or portal, a gazette,
press conferences, newspapers, radio and TV, a public reading room, archives,
bulletin boards, electronic screens), and the public reaches an agency through
others (a hotline, a mailbox). :class:`ChannelActivity` records, for one
channel and one :class:`Period`, the items published, the archive volumes
opened, and the calls or letters received and answered.

Published reports often give figures as "more than 8,200": a :class:`Figure`
keeps such a figure honestly as a lower bound, never as an exact count.

>>> from datetime import date
>>> hotline = ChannelActivity(
...     Channel.HOTLINE, Period.year(2030), received=120, answered=90,
... )
>>> hotline.response_rate
Fraction(3, 4)
>>> mailbox = ChannelActivity(
...     Channel.MAILBOX, Period.year(2030),
...     received=Figure.more_than(3400), answered=Figure.more_than(3400),
... )
>>> print(mailbox.received), mailbox.response_rate is None
more than 3400 (None, True)

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
from calendar import monthrange
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

import attrs

from govdisclosure._validators import check_date, instance_of, non_negative_int
from govdisclosure.errors import InvalidInputError, Problem

__all__ = [
    "Bound",
    "Channel",
    "ChannelActivity",
    "Figure",
    "Period",
]


class Channel(enum.Enum):
    """A channel through which information is published or the public is answered."""

    WEBSITE = "website"
    """A government website or portal, or other internet government media."""
    GAZETTE = "gazette"
    """A government gazette."""
    PRESS_CONFERENCE = "press_conference"
    """A press conference or briefing."""
    NEWSPAPER = "newspaper"
    """Newspapers and periodicals."""
    RADIO_TV = "radio_tv"
    """Radio and television."""
    READING_ROOM = "reading_room"
    """A public reading room or information-consultation place."""
    ARCHIVES = "archives"
    """Archives (or a public library) holding disclosed information for inspection."""
    BULLETIN_BOARD = "bulletin_board"
    """A public notice board, column or wall."""
    HOTLINE = "hotline"
    """A public telephone line."""
    MAILBOX = "mailbox"
    """A public mailbox (letters, or their electronic equivalent)."""
    ELECTRONIC_SCREEN = "electronic_screen"
    """An electronic information screen."""
    OTHER = "other"
    """Any other channel (service manuals, work briefings, service windows, ...)."""

    @property
    def label_en(self) -> str:
        """A short English label.

        >>> Channel.RADIO_TV.label_en
        'radio and television'
        """
        return _CHANNEL_LABELS[self]


_CHANNEL_LABELS: dict[Channel, str] = {
    Channel.WEBSITE: "website or portal",
    Channel.GAZETTE: "gazette",
    Channel.PRESS_CONFERENCE: "press conference",
    Channel.NEWSPAPER: "newspaper",
    Channel.RADIO_TV: "radio and television",
    Channel.READING_ROOM: "public reading room",
    Channel.ARCHIVES: "archives",
    Channel.BULLETIN_BOARD: "bulletin board",
    Channel.HOTLINE: "hotline",
    Channel.MAILBOX: "mailbox",
    Channel.ELECTRONIC_SCREEN: "electronic screen",
    Channel.OTHER: "other",
}


@attrs.frozen(order=True)
class Period:
    """A span of days, both ends included.

    >>> p = Period(date(2030, 1, 1), date(2030, 3, 31))
    >>> date(2030, 2, 1) in p, p.days
    (True, 90)
    >>> [str(q) for q in Period.year(2030).split_months(6)]
    ['2030-01-01..2030-06-30', '2030-07-01..2030-12-31']
    >>> Period(date(2030, 2, 1), date(2030, 1, 1))
    Traceback (most recent call last):
    ...
    govdisclosure.errors.InvalidInputError: end: is before start ... (got datetime.date(2030, 1, 1))
    """

    start: date = attrs.field(validator=check_date)
    end: date = attrs.field(validator=check_date)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            msg = f"is before start {self.start.isoformat()}"
            raise InvalidInputError(msg, field="end", value=self.end)

    @classmethod
    def year(cls, year: int) -> Period:
        """The calendar year ``year``.

        >>> str(Period.year(2018))
        '2018-01-01..2018-12-31'
        """
        return cls(date(year, 1, 1), date(year, 12, 31))

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        """The calendar month ``month`` of ``year``.

        >>> str(Period.month(2028, 2))
        '2028-02-01..2028-02-29'
        """
        return cls(date(year, month, 1), date(year, month, monthrange(year, month)[1]))

    @property
    def days(self) -> int:
        """The number of days in the period, both ends included."""
        return (self.end - self.start).days + 1

    def __contains__(self, d: object) -> bool:
        return type(d) is date and self.start <= d <= self.end

    def includes(self, other: Period) -> bool:
        """Whether ``other`` lies wholly inside this period.

        >>> Period.year(2030).includes(Period.month(2030, 5))
        True
        """
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Period) -> bool:
        """Whether the two periods share at least one day.

        >>> Period.month(2030, 1).overlaps(Period.month(2030, 2))
        False
        """
        return self.start <= other.end and other.start <= self.end

    def split_months(self, every: int) -> tuple[Period, ...]:
        """Split the period into consecutive runs of ``every`` whole calendar months.

        The period must start on the first day of a month, end on the last day
        of a month, and span a whole multiple of ``every`` months; nothing is
        clipped or padded.

        >>> len(Period.year(2030).split_months(2))
        6
        >>> Period.year(2030).split_months(5)
        Traceback (most recent call last):
        ...
        govdisclosure.errors.InvalidInputError: every: 12 months do not split into runs of 5 (got 5)
        """
        if type(every) is not int or every < 1:
            msg = "must be a whole number of months, at least 1"
            raise InvalidInputError(msg, field="every", value=every)
        if self.start.day != 1:
            msg = "must be the first day of a month to split into months"
            raise InvalidInputError(msg, field="start", value=self.start)
        if self.end != _month_end(self.end):
            msg = "must be the last day of a month to split into months"
            raise InvalidInputError(msg, field="end", value=self.end)
        months = (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1
        if months % every:
            msg = f"{months} months do not split into runs of {every}"
            raise InvalidInputError(msg, field="every", value=every)
        runs: list[Period] = []
        first = self.start
        for _ in range(months // every):
            last = _month_end(_add_months(first, every - 1))
            runs.append(Period(first, last))
            first = last + timedelta(days=1)
        return tuple(runs)

    def __str__(self) -> str:
        return f"{self.start.isoformat()}..{self.end.isoformat()}"


def _month_end(d: date) -> date:
    return date(d.year, d.month, monthrange(d.year, d.month)[1])


def _add_months(d: date, n: int) -> date:
    index = d.year * 12 + d.month - 1 + n
    return date(index // 12, index % 12 + 1, 1)


class Bound(enum.Enum):
    """How a reported figure bounds the true count."""

    EXACT = "exact"
    """The count is exactly the figure."""
    AT_LEAST = "at_least"
    """The count is the figure or more ("不少于", "no fewer than")."""
    MORE_THAN = "more_than"
    """The count is more than the figure ("超过", "逾", "more than")."""


@attrs.frozen
class Figure:
    """A count as a report gives it: exact, or only a lower bound.

    >>> Figure(120).is_exact, Figure.more_than(20000).minimum
    (True, 20001)
    >>> print(Figure.more_than(8200) + Figure(5))
    at least 8206
    """

    value: int = attrs.field(validator=non_negative_int)
    bound: Bound = attrs.field(default=Bound.EXACT, validator=instance_of(Bound))

    @classmethod
    def exactly(cls, value: int) -> Figure:
        """An exact count."""
        return cls(value, Bound.EXACT)

    @classmethod
    def at_least(cls, value: int) -> Figure:
        """A count of ``value`` or more."""
        return cls(value, Bound.AT_LEAST)

    @classmethod
    def more_than(cls, value: int) -> Figure:
        """A count of more than ``value``."""
        return cls(value, Bound.MORE_THAN)

    @property
    def is_exact(self) -> bool:
        """Whether the figure is an exact count."""
        return self.bound is Bound.EXACT

    @property
    def minimum(self) -> int:
        """The smallest whole count the figure allows."""
        return self.value + 1 if self.bound is Bound.MORE_THAN else self.value

    def __add__(self, other: object) -> Figure:
        if not isinstance(other, Figure):
            return NotImplemented
        if self.is_exact and other.is_exact:
            return Figure(self.value + other.value)
        return Figure(self.minimum + other.minimum, Bound.AT_LEAST)

    def __repr__(self) -> str:
        if self.is_exact:
            return f"Figure({self.value})"
        return f"Figure.{self.bound.value}({self.value})"

    def __str__(self) -> str:
        prefix = {Bound.EXACT: "", Bound.AT_LEAST: "at least ", Bound.MORE_THAN: "more than "}
        return f"{prefix[self.bound]}{self.value}"


def _to_figure(value: object) -> object:
    if type(value) is int and value >= 0:
        return Figure(value)
    return value


def _to_rate(value: object) -> object:
    if isinstance(value, Decimal) and value.is_finite():
        return Fraction(value)
    if type(value) is int:
        return Fraction(value)
    return value


_FIGURE_FIELDS = ("items_published", "volumes_opened", "received", "answered")


@attrs.frozen
class ChannelActivity:
    """What happened on one channel in one period.

    Figures are :class:`Figure` values (plain non-negative ``int`` values are
    read as exact counts); ``None`` means "not reported". ``received`` and
    ``answered`` count calls (for a hotline), letters (for a mailbox) or other
    contacts from the public. A rate a report states is kept apart from the
    rate derived from the counts, since reports round.

    Attributes:
        channel: The channel.
        period: The period the figures cover.
        agency_id: The agency whose activity this is, if one.
        items_published: Items of information published through the channel.
        volumes_opened: Archive volumes (or files) opened for public inspection.
        received: Calls, letters or other contacts received.
        answered: Those of them answered or handled.
        reported_response_rate: A response rate as the source states it (0 to 1).
        note: Free text: where the figures come from, how they were read.

    Raises:
        InvalidInputError: naming every bad field at once, e.g. more answered
            than received.

    >>> ChannelActivity(Channel.HOTLINE, Period.year(2030), received=5, answered=6)
    Traceback (most recent call last):
    ...
    govdisclosure.errors.InvalidInputError: invalid channel activity: answered: more answered ...
    """

    channel: Channel
    period: Period
    agency_id: str | None = None
    items_published: Figure | None = attrs.field(default=None, converter=_to_figure)
    volumes_opened: Figure | None = attrs.field(default=None, converter=_to_figure)
    received: Figure | None = attrs.field(default=None, converter=_to_figure)
    answered: Figure | None = attrs.field(default=None, converter=_to_figure)
    reported_response_rate: Fraction | None = attrs.field(default=None, converter=_to_rate)
    note: str = ""

    def __attrs_post_init__(self) -> None:
        problems = self._problems()
        if problems:
            msg = "invalid channel activity"
            raise InvalidInputError(msg, problems=problems)

    def _problems(self) -> list[Problem]:
        problems: list[Problem] = []
        channel: object = self.channel
        period: object = self.period
        agency_id: object = self.agency_id
        if not isinstance(channel, Channel):
            problems.append(Problem("channel", "must be a Channel", channel))
        if not isinstance(period, Period):
            problems.append(Problem("period", "must be a Period", period))
        if agency_id is not None and (not isinstance(agency_id, str) or not agency_id):
            problems.append(Problem("agency_id", "must be a non-empty string", agency_id))
        for name in _FIGURE_FIELDS:
            value: object = getattr(self, name)
            if value is not None and not isinstance(value, Figure):
                msg = "must be a Figure or a non-negative int"
                problems.append(Problem(name, msg, value))
        received: object = self.received
        answered: object = self.answered
        if (
            isinstance(received, Figure)
            and isinstance(answered, Figure)
            and received.is_exact
            and answered.minimum > received.value
        ):
            msg = f"more answered than received ({received.value})"
            problems.append(Problem("answered", msg, answered))
        rate: object = self.reported_response_rate
        if rate is not None and (not isinstance(rate, Fraction) or not 0 <= rate <= 1):
            msg = "must be a Fraction, Decimal or int between 0 and 1"
            problems.append(Problem("reported_response_rate", msg, rate))
        return problems

    @property
    def response_rate(self) -> Fraction | None:
        """Answered over received, when both are exact and something was received.

        ``None`` when a figure is missing or only a lower bound (a rate cannot be
        derived from bounds; see ``reported_response_rate``) or nothing was
        received.
        """
        received, answered = self.received, self.answered
        if received is None or answered is None:
            return None
        if not (received.is_exact and answered.is_exact) or received.value == 0:
            return None
        return Fraction(answered.value, received.value)
