"""The bank holidays of each part of the United Kingdom, 2005 onward, as rule data.

Rule data for :func:`govdisclosure.jurisdictions.uk.calendar` (FOIA s.10(6), FOISA s.73, the
Banking and Financial Dealings Act 1971):

* :data:`ENGLAND_AND_WALES`, :data:`SCOTLAND`, :data:`NORTHERN_IRELAND`: the
  yearly holidays of each part, each a :class:`Holiday`: a
  :class:`~govdisclosure.calendar.HolidayRule` with the :class:`Basis` that
  makes it a day off. Schedule 1 of the Banking and Financial Dealings Act 1971
  (s.1(1)) names most of them; Christmas Day and Good Friday are common-law
  holidays in England, Wales and Northern Ireland (and are named in FOIA
  s.10(6) for that reason); the others are appointed every year by royal
  proclamation under s.1(3) (New Year's Day and the early May bank holiday
  outside Scotland, Boxing Day and the spring bank holiday in Scotland, and the
  Battle of the Boyne in Northern Ireland). The proclamations for 2023 and 2024
  appointing 2 January 2023 and 1 May 2023, and 1 January 2024 and 6 May 2024,
  in England, Wales and Northern Ireland, and 12 July of each year in Northern
  Ireland, are The Gazette notices 4115743 and 4388378 (titles seen, [3P]
  search copy); the ``holidays`` package says the Boyne day is proclaimed by
  the Secretary of State for Northern Ireland ([CODE]).
* :data:`PROCLAMATIONS`: the one-off days, each a :class:`Proclamation` with the
  parts it applies to and, where it moved a yearly holiday (s.1(2)), the
  holiday it replaced that year.

Substitute days follow one rule for every holiday with a weekend date: the
first Monday to Friday after it that is not already a holiday of the same part
(:attr:`~govdisclosure.calendar.Observance.NEXT_FREE_WEEKDAY`), so a Christmas
Day and Boxing Day that fall on a weekend give the Monday and the Tuesday, and
Scotland's 1 and 2 January likewise. Schedule 1 itself gives some of these
("27th December in a year in which 25th or 26th December is a Sunday"; in
Scotland "if it be a Sunday, 3rd January"); the Saturday ones are appointed by
the yearly proclamation (for example the proclamation of 24 June 1998 appointed
Monday 28 December 1998 and Monday 4 January 1999 [3P, The Gazette notice
L-55182-5SI]). The rule reproduces the published lists 2005-2026 (checked day
by day against the ``holidays`` package in the tests).

The list of proclamations is known through :data:`PROCLAMATIONS_KNOWN_THROUGH`;
the golden jubilee and moved spring bank holiday of June 2002 and the days
before them are outside the covered range (from 2005-01-01, when FOIA 2000,
FOISA 2002 and the EIR 2004 came into force) and are not listed.

>>> [h.rule.name for h in SCOTLAND if h.basis is Basis.ANNUAL_PROCLAMATION]
['Spring bank holiday', 'Boxing Day']
>>> [p.on.isoformat() for p in PROCLAMATIONS if p.on.year == 2022]
['2022-06-02', '2022-06-03', '2022-09-19']
>>> PROCLAMATIONS[-1].name, sorted(p.value for p in PROCLAMATIONS[-1].parts)
("Scotland's participation in the FIFA World Cup", ['scotland'])

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date

import attrs

from govdisclosure._validators import check_date, instance_of, non_empty
from govdisclosure.calendar import (
    EasterOffset,
    FixedDate,
    HolidayRule,
    NoticeSource,
    NthWeekday,
    Observance,
)
from govdisclosure.errors import InvalidInputError
from govdisclosure.jurisdictions.uk.acts import Part

__all__ = [
    "ENGLAND_AND_WALES",
    "NORTHERN_IRELAND",
    "PROCLAMATIONS",
    "PROCLAMATIONS_KNOWN_THROUGH",
    "SCOTLAND",
    "Basis",
    "Holiday",
    "Proclamation",
]

_MON = 0
_NEXT = Observance.NEXT_FREE_WEEKDAY
_BFDA = "https://www.legislation.gov.uk/ukpga/1971/80"
_GAZETTE = "https://www.thegazette.co.uk/notice/"


class Basis(enum.Enum):
    """What makes a yearly holiday a day off (its firmness)."""

    SCHEDULE_1 = "schedule_1"
    """Named in Schedule 1 of the 1971 Act (s.1(1)), or added to it by a later Act."""
    COMMON_LAW = "common_law"
    """A common-law holiday, not a bank holiday under the 1971 Act; named in FOIA s.10(6)."""
    ANNUAL_PROCLAMATION = "annual_proclamation"
    """Appointed again every year by proclamation under s.1(3) of the 1971 Act."""


@attrs.frozen
class Holiday:
    """A yearly holiday of one part of the UK: its rule and the basis of it.

    The substitute day (see the module) has the holiday's name and source; its
    own basis may differ (a Sunday substitute is often in Schedule 1, a Saturday
    one is proclaimed), which does not change whether the day is worked.

    >>> h = Holiday(HolidayRule("Easter Monday", EasterOffset(1)), Basis.SCHEDULE_1)
    >>> h.rule.when.on(2026), h.basis.value
    (datetime.date(2026, 4, 6), 'schedule_1')
    """

    rule: HolidayRule = attrs.field(validator=instance_of(HolidayRule))
    basis: Basis = attrs.field(validator=instance_of(Basis))


def _parts(values: Iterable[Part]) -> frozenset[Part]:
    given: object = values
    if isinstance(given, str | bytes) or not isinstance(given, Iterable):
        msg = "must be a collection of Part members"
        raise InvalidInputError(msg, field="parts", value=values)
    found = frozenset(given)
    bad = [p for p in found if not isinstance(p, Part) or p is Part.ALL]
    if bad or not found:
        msg = "must name one or more of the three parts (not Part.ALL)"
        raise InvalidInputError(msg, field="parts", value=bad or values)
    return found


@attrs.frozen
class Proclamation:
    """A day appointed a bank holiday once, by proclamation under the 1971 Act s.1(2) or (3).

    Attributes:
        on: The day appointed.
        name: The occasion.
        parts: The parts of the UK it applies to (England and Wales, Northern
            Ireland and Scotland have separate proclamations).
        replaces: The yearly holiday (its rule's name) that the proclamation
            declared not to be a bank holiday that year (s.1(2)), if any.
        announced: The day the holiday was announced or proclaimed, where a
            source was seen; a deadline running on that day may or may not
            move ("the jury is out", [3P]: a clock policy).
        title: The proclamation, or the announcement, as a source.
        url: Where it can be read.

    >>> p = Proclamation(date(2030, 6, 3), "Extra day", {Part.SCOTLAND})
    >>> p.source.title, p.replaces
    ('Royal proclamation under the Banking and Financial Dealings Act 1971 s.1(3)', None)
    >>> Proclamation(date(2030, 6, 3), "Extra day", {Part.ALL})
    Traceback (most recent call last):
    ...
    govdisclosure.errors.InvalidInputError: parts: must name one or more of the three parts ...
    """

    on: date = attrs.field(validator=check_date)
    name: str = attrs.field(validator=non_empty)
    parts: frozenset[Part] = attrs.field(converter=_parts)
    replaces: str | None = attrs.field(
        default=None, validator=instance_of(str, type(None)), kw_only=True
    )
    announced: date | None = attrs.field(
        default=None, validator=instance_of(date, type(None)), kw_only=True
    )
    title: str = attrs.field(
        default="Royal proclamation under the Banking and Financial Dealings Act 1971 s.1(3)",
        validator=non_empty,
        kw_only=True,
    )
    url: str | None = attrs.field(
        default=None, validator=instance_of(str, type(None)), kw_only=True
    )

    @property
    def source(self) -> NoticeSource:
        """The proclamation as the source of a calendar's rest day."""
        return NoticeSource(self.title, published=self.announced, url=self.url)


def _source(where: str) -> NoticeSource:
    return NoticeSource(f"Banking and Financial Dealings Act 1971, {where}", url=_BFDA)


_SCHED_EW = _source("Schedule 1 para 1 (England and Wales)")
_SCHED_SCT = _source("Schedule 1 para 2 (Scotland)")
_SCHED_NI = _source("Schedule 1 para 3 (Northern Ireland)")
_PROCLAIMED = _source("s.1(3): appointed by royal proclamation every year")
_BOYNE = _source("s.1(3): appointed every year by proclamation (Northern Ireland only)")
_COMMON = NoticeSource(
    "Common-law holiday (named in the Freedom of Information Act 2000 s.10(6))",
    url="https://www.legislation.gov.uk/ukpga/2000/36/section/10",
)
_ST_ANDREW = NoticeSource(
    "St Andrew's Day Bank Holiday (Scotland) Act 2007 s.1 (adds 30 November to Schedule 1 "
    "para 2 of the 1971 Act; Royal Assent 2007-01-15)",
    number="2007 asp 2",
    url="https://www.legislation.gov.uk/asp/2007/2/section/1",
)


def _h(
    name: str,
    when: FixedDate | NthWeekday | EasterOffset,
    basis: Basis,
    source: NoticeSource,
    *,
    observance: Observance = Observance.NONE,
) -> Holiday:
    return Holiday(HolidayRule(name, when, observance, source=source), basis)


_SCHED, _COMMON_LAW, _YEARLY = Basis.SCHEDULE_1, Basis.COMMON_LAW, Basis.ANNUAL_PROCLAMATION

_NEW_YEAR = _h("New Year's Day", FixedDate(1, 1), _YEARLY, _PROCLAIMED, observance=_NEXT)
_GOOD_FRIDAY = _h("Good Friday", EasterOffset(-2), _COMMON_LAW, _COMMON)
_EARLY_MAY = _h("Early May bank holiday", NthWeekday(5, _MON, 1), _YEARLY, _PROCLAIMED)
_CHRISTMAS = _h("Christmas Day", FixedDate(12, 25), _COMMON_LAW, _COMMON, observance=_NEXT)


def _schedule_1_shared(source: NoticeSource) -> tuple[Holiday, ...]:
    """The Schedule 1 days England and Wales share with Northern Ireland (paras 1 and 3)."""
    return (
        _h("Easter Monday", EasterOffset(1), _SCHED, source),
        _h("Spring bank holiday", NthWeekday(5, _MON, -1), _SCHED, source),
        _h("Late summer bank holiday", NthWeekday(8, _MON, -1), _SCHED, source),
        # "26th December, if it be not a Sunday"; "27th December in a year in which 25th or
        # 26th December is a Sunday"; the Saturday substitutes are proclaimed.
        _h("Boxing Day", FixedDate(12, 26), _SCHED, source, observance=_NEXT),
    )


ENGLAND_AND_WALES: tuple[Holiday, ...] = (
    _NEW_YEAR,
    _GOOD_FRIDAY,
    _EARLY_MAY,
    _CHRISTMAS,
    *_schedule_1_shared(_SCHED_EW),
)
"""England and Wales: Schedule 1 para 1, the two common-law days and the yearly proclamations."""

NORTHERN_IRELAND: tuple[Holiday, ...] = (
    _NEW_YEAR,
    # "17th March, if it be not a Sunday or, if it be a Sunday, 18th March"; a Saturday one
    # is made up on the Monday by proclamation.
    _h("St Patrick's Day", FixedDate(3, 17), _SCHED, _SCHED_NI, observance=_NEXT),
    _GOOD_FRIDAY,
    _EARLY_MAY,
    # By proclamation ([CODE] holidays docstring; [3P] Gazette 2022); counting it is a policy.
    _h("Battle of the Boyne", FixedDate(7, 12), _YEARLY, _BOYNE, observance=_NEXT),
    _CHRISTMAS,
    *_schedule_1_shared(_SCHED_NI),
)
"""Northern Ireland: Schedule 1 para 3, the common-law days, the yearly proclamations and
the Battle of the Boyne (12 July)."""

SCOTLAND: tuple[Holiday, ...] = (
    # "New Year's Day, if it be not a Sunday or, if it be a Sunday, 3rd January";
    # "2nd January, if it be not a Sunday or, if it be a Sunday, 3rd January".
    _h("New Year's Day", FixedDate(1, 1), _SCHED, _SCHED_SCT, observance=_NEXT),
    _h("2nd January", FixedDate(1, 2), _SCHED, _SCHED_SCT, observance=_NEXT),
    _h("Good Friday", EasterOffset(-2), _SCHED, _SCHED_SCT),
    _h("Early May bank holiday", NthWeekday(5, _MON, 1), _SCHED, _SCHED_SCT),
    _h("Spring bank holiday", NthWeekday(5, _MON, -1), _YEARLY, _PROCLAIMED),
    _h("Summer bank holiday", NthWeekday(8, _MON, 1), _SCHED, _SCHED_SCT),
    # "30th November, if it is not a Saturday or Sunday or, if it is a Saturday or Sunday,
    # the first Monday following that day"; its first year is a calendar policy.
    _h("St Andrew's Day", FixedDate(11, 30), _SCHED, _ST_ANDREW, observance=_NEXT),
    # "Christmas Day, if it be not a Sunday or, if it be a Sunday, 26th December."
    _h("Christmas Day", FixedDate(12, 25), _SCHED, _SCHED_SCT, observance=_NEXT),
    _h("Boxing Day", FixedDate(12, 26), _YEARLY, _PROCLAIMED, observance=_NEXT),
)
"""Scotland: Schedule 1 para 2 (with St Andrew's Day, 2007 Act) and the yearly proclamations.
Easter Monday is not a bank holiday in Scotland; local holidays are not bank holidays."""

_ALL_PARTS = frozenset({Part.ENGLAND_AND_WALES, Part.SCOTLAND, Part.NORTHERN_IRELAND})
_SPRING, _MAY = "Spring bank holiday", "Early May bank holiday"

PROCLAMATIONS: tuple[Proclamation, ...] = (
    Proclamation(date(2011, 4, 29), "Wedding of Prince William and Catherine Middleton",
                 _ALL_PARTS),
    Proclamation(
        date(2012, 6, 4), "Spring bank holiday (moved for the Diamond Jubilee)", _ALL_PARTS,
        replaces=_SPRING,
    ),
    Proclamation(date(2012, 6, 5), "Diamond Jubilee of Queen Elizabeth II", _ALL_PARTS),
    Proclamation(
        date(2020, 5, 8), "Early May bank holiday (moved for the 75th anniversary of VE Day)",
        _ALL_PARTS, replaces=_MAY, announced=date(2019, 6, 7),
    ),
    Proclamation(
        date(2022, 6, 2), "Spring bank holiday (moved for the Platinum Jubilee)", _ALL_PARTS,
        replaces=_SPRING,
    ),
    Proclamation(date(2022, 6, 3), "Platinum Jubilee of Queen Elizabeth II", _ALL_PARTS),
    Proclamation(
        date(2022, 9, 19), "State Funeral of Queen Elizabeth II", _ALL_PARTS,
        announced=date(2022, 9, 10),
        title=(
            "Proclamation appointing Monday 19th September 2022 as a bank holiday in England, "
            "Wales and Northern Ireland (and a second for Scotland), approved at the Accession "
            "Council on 10 September 2022"
        ),
        url=f"{_GAZETTE}4158896",
    ),
    Proclamation(
        date(2023, 5, 8), "Coronation of King Charles III", _ALL_PARTS,
        announced=date(2022, 11, 6),
        url=(
            "https://www.gov.uk/government/news/bank-holiday-proclaimed-in-honour-of-the-"
            "coronation-of-his-majesty-king-charles-iii"
        ),
    ),
    Proclamation(
        date(2026, 6, 15), "Scotland's participation in the FIFA World Cup", {Part.SCOTLAND},
        announced=date(2026, 2, 4),
        url=(
            "https://privycouncil.independent.gov.uk/wp-content/uploads/2026/02/"
            "Scotland-Bank-Holiday-Proclamation.pdf"
        ),
    ),
)  # fmt: skip
"""The one-off and moved bank holidays 2005-2026, in date order (proclaimed under s.1(2)-(3)
of the 1971 Act; dates as listed by
the ``holidays`` package [CODE] and the sources named; ``announced`` only where a source was
seen: [3P] press for 2019-06-07, 2022-11-06 and 2026-02-04, The Gazette for 2022-09-10)."""

PROCLAMATIONS_KNOWN_THROUGH = date(2026, 12, 3)
"""The day through which :data:`PROCLAMATIONS` is known to be complete: the list was last
checked on this day. A day proclaimed later is not in it; add it with
``calendar(proclaimed=...)``."""
