"""The days on which federal offices are closed: 5 U.S.C. § 6103 and executive-order closures.

Rule data for :func:`govdisclosure.jurisdictions.us.calendar`:

* :data:`LEGAL_PUBLIC_HOLIDAYS`: the eleven legal public holidays of
  § 6103(a), each a :class:`~govdisclosure.calendar.HolidayRule`, observed
  under § 6103(b) (a Saturday holiday on the Friday before, a Sunday holiday on
  the Monday after; 1 January on a Saturday is observed on 31 December of the
  year before). Juneteenth from 2021.
* :data:`INAUGURATION_DAY`: 20 January of every fourth year after 1965, a
  holiday only in the Inauguration Day area (§ 6103(c)); a Sunday date moves to
  the Monday, a Saturday one is not moved ([3P], pages citing OPM; the
  ``holidays`` package does the same, [CODE]).
* :data:`CLOSURES`: the days on which the President closed the executive
  departments by executive order, each a :class:`Closure` with its order and
  its Federal Register document ([CODE]: the list of the ``holidays``
  package, ``vacanza/holidays``, whose references give the Federal Register documents;
  the orders themselves were not read).

>>> [c.on.isoformat() for c in CLOSURES if c.on.year == 2025]
['2025-01-09', '2025-12-24', '2025-12-26']
>>> [c.on.isoformat() for c in CLOSURES if c.half_day]
['2002-12-24', '2009-12-24', '2015-12-24']
>>> CLOSURES[0].source.title
'Executive Order 13238'
"""

from __future__ import annotations

from datetime import date

import attrs

from govdisclosure._validators import check_date, instance_of, non_empty
from govdisclosure.calendar import FixedDate, HolidayRule, NoticeSource, NthWeekday, Observance

__all__ = [
    "CLOSURES",
    "CLOSURES_KNOWN_THROUGH",
    "INAUGURATION_DAY",
    "LEGAL_PUBLIC_HOLIDAYS",
    "Closure",
]

_MON, _THU = 0, 3
_CORNELL = "https://www.law.cornell.edu/uscode/text/5/6103"
_S6103A = NoticeSource("5 U.S.C. § 6103(a) and (b)", url=_CORNELL)
_S6103C = NoticeSource("5 U.S.C. § 6103(c)", url=_CORNELL)


def _holiday(
    name: str,
    when: FixedDate | NthWeekday,
    first: int | None = None,
    last: int | None = None,
) -> HolidayRule:
    return HolidayRule(
        name, when, Observance.NEAREST_WEEKDAY, first_year=first, last_year=last, source=_S6103A
    )


LEGAL_PUBLIC_HOLIDAYS: tuple[HolidayRule, ...] = (
    _holiday("New Year's Day", FixedDate(1, 1)),
    _holiday("Birthday of Martin Luther King, Jr.", NthWeekday(1, _MON, 3), 1986),
    _holiday("Washington's Birthday", NthWeekday(2, _MON, 3), 1971),
    _holiday("Memorial Day", NthWeekday(5, _MON, -1), 1971),
    # Pub. L. 117-17, signed 2021-06-17 (the date is [UNVERIFIED]; first observed 2021).
    _holiday("Juneteenth National Independence Day", FixedDate(6, 19), 2021),
    _holiday("Independence Day", FixedDate(7, 4)),
    _holiday("Labor Day", NthWeekday(9, _MON, 1), 1894),
    _holiday("Columbus Day", NthWeekday(10, _MON, 2), 1971),
    _holiday("Veterans Day", NthWeekday(10, _MON, 4), 1971, 1977),
    _holiday("Veterans Day", FixedDate(11, 11), 1978),
    _holiday("Thanksgiving Day", NthWeekday(11, _THU, 4), 1942),
    _holiday("Christmas Day", FixedDate(12, 25)),
)
"""§ 6103(a), with the observed days of § 6103(b) (Saturday to Friday, Sunday to Monday)."""

INAUGURATION_DAY = HolidayRule(
    "Inauguration Day",
    FixedDate(1, 20),
    Observance.SUNDAY_TO_MONDAY,
    first_year=1965,
    every=4,
    source=_S6103C,
)
"""§ 6103(c): a holiday for employees in the Inauguration Day area only (the District of
Columbia, Montgomery and Prince George's Counties, Arlington and Fairfax Counties, Alexandria
and Falls Church)."""


@attrs.frozen
class Closure:
    """A day on which an executive order closed the executive departments and agencies.

    Attributes:
        on: The day closed.
        name: The occasion.
        order: The executive order's number.
        fr_document: The Federal Register document number, where known.
        fr_published: The day the order was published in the Federal Register, where known.
        url: Where the order can be read.
        half_day: Whether only part of the day was closed.

    >>> c = Closure(date(2030, 12, 24), "Christmas Eve", "99999")
    >>> c.source.title, c.half_day
    ('Executive Order 99999', False)
    """

    on: date = attrs.field(validator=check_date)
    name: str = attrs.field(validator=non_empty)
    order: str = attrs.field(validator=non_empty)
    fr_document: str | None = attrs.field(default=None, validator=instance_of(str, type(None)))
    fr_published: date | None = attrs.field(default=None, validator=instance_of(date, type(None)))
    url: str | None = attrs.field(default=None, validator=instance_of(str, type(None)))
    half_day: bool = attrs.field(default=False, validator=instance_of(bool))

    @property
    def source(self) -> NoticeSource:
        """The order as the source of a calendar's rest day."""
        number = f"FR Doc. {self.fr_document}" if self.fr_document else None
        return NoticeSource(
            f"Executive Order {self.order}", number, published=self.fr_published, url=self.url
        )


_FR = "https://www.federalregister.gov/documents/"


def _eo(  # noqa: PLR0913, PLR0917 - one closure, as the Federal Register records it
    on: date,
    name: str,
    order: str,
    doc: str | None,
    published: date | None,
    slug: str = "",
    *,
    half_day: bool = False,
) -> Closure:
    url = None
    if doc is not None and published is not None:
        url = f"{_FR}{published:%Y/%m/%d}/{doc}/{slug}"
    return Closure(on, name, order, doc, published, url, half_day)


_WH_14371 = (
    "https://www.whitehouse.gov/presidential-actions/2025/12/providing-for-the-closure-of-"
    "executive-departments-and-agencies-of-the-federal-government-on-december-24-2025-and-"
    "december-26-2025/"
)
_CLOSING = "closing-of-executive-departments-and-agencies-of-the-federal-government-on-"
_PROVIDING = "providing-for-the-" + _CLOSING

CLOSURES: tuple[Closure, ...] = (
    _eo(
        date(2001, 12, 24),
        "Christmas Eve",
        "13238",
        "01-30624",
        date(2001, 12, 10),
        "closing-of-federal-government-executive-departments-and-agencies-on-monday-december-24-2001",
    ),
    _eo(
        date(2002, 12, 24),
        "Christmas Eve (half-day closing)",
        "13281",
        "02-32518",
        date(2002, 12, 23),
        "half-day-" + _CLOSING + "tuesday-december",
        half_day=True,
    ),
    _eo(
        date(2003, 12, 26),
        "Day after Christmas",
        "13320",
        "03-30913",
        date(2003, 12, 12),
        "closing-of-executive-departments-and-agencies-of-the",
    ),
    _eo(
        date(2004, 6, 11),
        "National Day of Mourning, President Ronald Reagan",
        "13343",
        "04-13123",
        date(2004, 6, 8),
        "providing-for-the-closing-of-government-departments-and-agencies-on-june-11-2004",
    ),
    _eo(
        date(2007, 1, 2),
        "National Day of Mourning, President Gerald R. Ford",
        "13421",
        "06-9993",
        date(2007, 1, 4),
        "providing-for-the-closing-of-government-departments-and-agencies-on-january-2-2007",
    ),
    _eo(
        date(2007, 12, 24),
        "Christmas Eve",
        "13453",
        "07-6022",
        date(2007, 12, 11),
        _CLOSING + "monday-december-24-2007",
    ),
    _eo(
        date(2008, 12, 26),
        "Day after Christmas",
        "13482",
        "E8-30042",
        date(2008, 12, 16),
        _CLOSING + "friday-december-26-2008",
    ),
    _eo(
        date(2009, 12, 24),
        "Christmas Eve (half-day closing)",
        "13523",
        "E9-30020",
        date(2009, 12, 16),
        "half-day-closing-of-executive-departments-and-agencies-on-thursday-december-24-2009",
        half_day=True,
    ),
    _eo(
        date(2012, 12, 24),
        "Christmas Eve",
        "13633",
        "2012-31225",
        date(2012, 12, 28),
        _CLOSING + "monday-december-24-2012",
    ),
    _eo(
        date(2014, 12, 26),
        "Day after Christmas",
        "13682",
        "2014-29121",
        date(2014, 12, 10),
        _CLOSING + "friday-december-26-2014",
    ),
    _eo(
        date(2015, 12, 24),
        "Christmas Eve (half-day closing)",
        "13713",
        "2015-31749",
        date(2015, 12, 16),
        "half-day-" + _CLOSING + "thursday",
        half_day=True,
    ),
    _eo(
        date(2018, 12, 5),
        "National Day of Mourning, President George H. W. Bush",
        "13852",
        "2018-26552",
        date(2018, 12, 4),
        _PROVIDING.removesuffix("-on-") + "-on",
    ),
    _eo(
        date(2018, 12, 24),
        "Christmas Eve",
        "13854",
        "2018-27945",
        date(2018, 12, 21),
        _PROVIDING.removesuffix("-on-") + "-on",
    ),
    _eo(
        date(2019, 12, 24),
        "Christmas Eve",
        "13900",
        "2019-27678",
        date(2019, 12, 20),
        _PROVIDING.removesuffix("-on-") + "-on",
    ),
    _eo(
        date(2020, 12, 24),
        "Christmas Eve",
        "13965",
        "2020-27807",
        date(2020, 12, 16),
        _PROVIDING.removesuffix("-on-") + "-on",
    ),
    _eo(
        date(2024, 12, 24),
        "Christmas Eve",
        "14129",
        "2024-31143",
        date(2024, 12, 26),
        _PROVIDING.removesuffix("-on-") + "-on",
    ),
    _eo(
        date(2025, 1, 9),
        "National Day of Mourning, President Jimmy Carter",
        "14133",
        "2024-31766",
        date(2025, 1, 3),
        _PROVIDING + "january",
    ),
    # EO 14371 (signed 2025-12-18; published 2025-12-23 per a third-party account, FR document
    # number not seen): both days in one order.
    Closure(date(2025, 12, 24), "Christmas Eve", "14371", url=_WH_14371),
    Closure(date(2025, 12, 26), "Day after Christmas", "14371", url=_WH_14371),
)
"""Executive-order closures 2001-2025, in date order (each with its order; the list is the
``holidays`` package's, [CODE])."""

CLOSURES_KNOWN_THROUGH = date(2026, 12, 2)
"""The day through which :data:`CLOSURES` is known to be complete: the list was last checked
against the ``holidays`` package and the published orders on this day. A closure ordered
later (they are usually announced in mid-December) is not in it; add it with
``calendar(closures=...)``."""
