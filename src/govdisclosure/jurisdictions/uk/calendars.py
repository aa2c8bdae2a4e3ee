"""The UK working-day calendars: one per part of the UK, and their union.

FOIA 2000 s.10(6): "'working day' means any day other than a Saturday, a
Sunday, Christmas Day, Good Friday or a day which is a bank holiday under the
Banking and Financial Dealings Act 1971 in any part of the United Kingdom"
(quoted in ICO LTT47, [V-mirror]), so a FOIA clock counts on :data:`Part.ALL
<govdisclosure.jurisdictions.uk.Part.ALL>`, the union of the three parts: St
Patrick's Day and 12 July (Northern Ireland), 2 January, St Andrew's Day and the
first Monday in August (Scotland) are not working days for an English
authority. FOISA 2002 s.73 counts Saturdays, Sundays, Christmas Day and the bank
holidays in Scotland only: :data:`Part.SCOTLAND
<govdisclosure.jurisdictions.uk.Part.SCOTLAND>` (s.73 as enacted, [TEXT]).

:func:`calendar` builds each part from the rule data in
:mod:`~govdisclosure.jurisdictions.uk.bank_holidays`: Monday to Friday, minus the
part's yearly holidays and their substitute days, minus the days proclaimed
once (a moved yearly holiday is not a holiday on its usual day that year).
Two facts that change a day are not settled by the sources read and are named
policies (:class:`CalendarPolicy`). Local holidays (Scottish council holidays,
an office's privilege days) are not bank holidays under the 1971 Act and are
never counted (our reading, [INFERENCE], for the Scottish local holidays; ICO
LTT47 for privilege days).

>>> from datetime import date
>>> cal = calendar()
>>> cal.first, cal.last
(datetime.date(2005, 1, 1), datetime.date(2026, 12, 31))
>>> cal.note(date(2023, 3, 17)).name, cal.note(date(2023, 1, 3)).name   # NI; Scotland
("St Patrick's Day", "New Year's Day")
>>> cal.add_workdays(date(2025, 12, 19), 20)   # skips 12-25, 12-26, 1-1, 1-2 (Scotland)
datetime.date(2026, 1, 22)
>>> calendar(Part.ENGLAND_AND_WALES).add_workdays(date(2025, 12, 19), 20)
datetime.date(2026, 1, 21)
>>> calendar(Part.SCOTLAND).is_workday(date(2026, 4, 6))   # Easter Monday
True
>>> cal.add_workdays(date(2026, 12, 18), 20)
Traceback (most recent call last):
...
govdisclosure.errors.CalendarNotPublishedError: no published working-day calendar covers 2027

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from datetime import date

import attrs

from govdisclosure._validators import instance_of
from govdisclosure.calendar import HolidayRule, RestDay, RestKind, WorkCalendar, register_calendar
from govdisclosure.errors import InvalidInputError, Problem
from govdisclosure.jurisdictions.uk.acts import Part
from govdisclosure.jurisdictions.uk.bank_holidays import (
    ENGLAND_AND_WALES,
    NORTHERN_IRELAND,
    PROCLAMATIONS,
    SCOTLAND,
    Holiday,
    Proclamation,
)

__all__ = [
    "CALENDAR_FIRST",
    "CALENDAR_LAST",
    "DEFAULT_CALENDAR_POLICY",
    "CalendarPolicy",
    "calendar",
]

CALENDAR_FIRST = date(2005, 1, 1)
"""The first day the bundled calendars cover: FOIA 2000, FOISA 2002 and the EIR 2004 came
into force on 2005-01-01."""

CALENDAR_LAST = date(2026, 12, 31)
"""The last day the bundled calendars cover by default: the end of the last year whose
proclamations are known (:data:`~govdisclosure.jurisdictions.uk.PROCLAMATIONS_KNOWN_THROUGH`)."""

_BOYNE = "Battle of the Boyne"
_ST_ANDREW = "St Andrew's Day"
_ST_ANDREW_ACT_YEAR = 1971
_PARTS: dict[Part, tuple[Holiday, ...]] = {
    Part.ENGLAND_AND_WALES: ENGLAND_AND_WALES,
    Part.SCOTLAND: SCOTLAND,
    Part.NORTHERN_IRELAND: NORTHERN_IRELAND,
}


def _check_last(instance: object, attribute: attrs.Attribute[date], value: object) -> None:
    if type(value) is not date:
        msg = "must be a datetime.date"
        raise InvalidInputError(msg, field=attribute.name, value=value)
    if value < CALENDAR_FIRST:
        msg = f"must be on or after {CALENDAR_FIRST.isoformat()}"
        raise InvalidInputError(msg, field=attribute.name, value=value)


def _check_year(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if type(value) is not int or not _ST_ANDREW_ACT_YEAR <= value <= 9999:
        msg = f"must be a year (int) from {_ST_ANDREW_ACT_YEAR} to 9999"
        raise InvalidInputError(msg, field=attribute.name, value=value)


@attrs.frozen
class CalendarPolicy:
    """Readings of the bank-holiday facts that the sources read do not settle; each is a policy.

    Attributes:
        count_battle_of_the_boyne: Whether 12 July (or the Monday after a
            weekend 12 July) is a bank holiday in Northern Ireland, and so a
            non-working day for FOIA everywhere. It is not in Schedule 1: it is
            appointed every year by proclamation (s.1(3)); the proclamations
            for 2023 and 2024 were seen in The Gazette (titles, [3P]), the
            others were not read, so for most years it is [UNVERIFIED]. Default
            ``True``, as the ``holidays`` package and the 2022 tribunal case
            count it ([3P], informationrightsandwrongs.com 2022).
        st_andrews_day_first_year: The first year in which 30 November is a
            Scottish bank holiday. Default ``2007``: the St Andrew's Day Bank
            Holiday (Scotland) Act 2007 received Royal Assent on 2007-01-15 and
            came into force the next day ([3P] encyclopedia entries; the
            legislation.gov.uk text of s.1 was read). The ``holidays`` package
            starts it in 2006 ([CODE]); the commencement is [3P] only, hence a policy.
            The only day this changes in the covered range is 2006-11-30.
        last: The last day covered. Default :data:`CALENDAR_LAST`. A later day
            extends the calendars with the yearly holidays only: days not yet
            proclaimed cannot be known, so a date computed there may move later
            when one is. Extend it knowingly.

    >>> p = CalendarPolicy()
    >>> p.count_battle_of_the_boyne, p.st_andrews_day_first_year, p.last
    (True, 2007, datetime.date(2026, 12, 31))
    >>> CalendarPolicy(st_andrews_day_first_year=True)
    Traceback (most recent call last):
    ...
    govdisclosure.errors.InvalidInputError: st_andrews_day_first_year: must be a year ...
    """

    count_battle_of_the_boyne: bool = attrs.field(default=True, validator=instance_of(bool))
    st_andrews_day_first_year: int = attrs.field(default=2007, validator=_check_year)
    last: date = attrs.field(default=CALENDAR_LAST, validator=_check_last)


DEFAULT_CALENDAR_POLICY = CalendarPolicy()
"""The defaults of :class:`CalendarPolicy`, listed on docs/policies.md."""


def _proclaimed_of(values: object, last: date) -> tuple[Proclamation, ...]:
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        msg = "must be a collection of Proclamation records"
        raise InvalidInputError(msg, field="proclaimed", value=values)
    found = tuple(values)
    problems: list[Problem] = []
    known = {(p.on, part) for p in PROCLAMATIONS for part in p.parts}
    for i, p in enumerate(found):
        if not isinstance(p, Proclamation):
            problems.append(Problem(f"proclaimed[{i}]", "must be a Proclamation", p))
            continue
        if not CALENDAR_FIRST <= p.on <= last:
            msg = f"is outside the covered range {CALENDAR_FIRST.isoformat()}..{last.isoformat()}"
            problems.append(Problem(f"proclaimed[{i}].on", msg, p.on))
        if any((p.on, part) in known for part in p.parts):
            msg = "a proclamation for this day and part is already listed"
            problems.append(Problem(f"proclaimed[{i}].on", msg, p.on))
        known.update((p.on, part) for part in p.parts)
        missing = [q for q in p.parts if p.replaces not in {h.rule.name for h in _PARTS[q]}]
        if p.replaces is not None and missing:
            msg = "names no yearly holiday of every part it applies to"
            problems.append(Problem(f"proclaimed[{i}].replaces", msg, p.replaces))
    if problems:
        msg = "bad proclamations"
        raise InvalidInputError(msg, problems=problems)
    return found


def calendar(
    part: Part = Part.ALL,
    *,
    policy: CalendarPolicy = DEFAULT_CALENDAR_POLICY,
    proclaimed: Iterable[Proclamation] = (),
) -> WorkCalendar:
    """The working-day calendar of a part of the UK, or of all of them, to ``policy.last``.

    Args:
        part: The part; :attr:`Part.ALL` (the default) is the union of the
            three, the FOIA 2000 s.10(6) calendar.
        policy: The readings of :class:`CalendarPolicy`.
        proclaimed: Days proclaimed after the bundled list was made
            (:data:`~govdisclosure.jurisdictions.uk.PROCLAMATIONS_KNOWN_THROUGH`),
            added to it; each applies to the parts it names.

    >>> from datetime import date
    >>> from govdisclosure.jurisdictions.uk.bank_holidays import Proclamation
    >>> extra = Proclamation(date(2026, 12, 29), "Extra day", {Part.NORTHERN_IRELAND})
    >>> day = date(2026, 12, 29)
    >>> calendar().is_workday(day), calendar(proclaimed=[extra]).is_workday(day)
    (True, False)
    >>> calendar(Part.SCOTLAND, proclaimed=[extra]).is_workday(day)
    True
    >>> calendar("scotland")
    Traceback (most recent call last):
    ...
    govdisclosure.errors.InvalidInputError: part: must be a Part (got 'scotland')
    """
    chosen: object = part
    if not isinstance(chosen, Part):
        msg = "must be a Part"
        raise InvalidInputError(msg, field="part", value=chosen)
    given: object = policy
    if not isinstance(given, CalendarPolicy):
        msg = "must be a CalendarPolicy"
        raise InvalidInputError(msg, field="policy", value=given)
    return _calendar(part, policy, _proclaimed_of(proclaimed, policy.last))


@functools.lru_cache(maxsize=32)
def _calendar(part: Part, policy: CalendarPolicy, added: tuple[Proclamation, ...]) -> WorkCalendar:
    if part is Part.ALL:
        return WorkCalendar.union_of(_part_calendar(p, policy, added) for p in _PARTS)
    return _part_calendar(part, policy, added)


def _rules(part: Part, policy: CalendarPolicy, records: list[Proclamation]) -> list[HolidayRule]:
    moved: dict[str, list[int]] = {}
    for p in records:
        if p.replaces is not None:
            moved.setdefault(p.replaces, []).append(p.on.year)
    rules: list[HolidayRule] = []
    for holiday in _PARTS[part]:
        rule = holiday.rule
        if rule.name == _BOYNE and not policy.count_battle_of_the_boyne:
            continue
        if rule.name == _ST_ANDREW:
            rule = attrs.evolve(rule, first_year=policy.st_andrews_day_first_year)
        if rule.name in moved:
            rule = attrs.evolve(rule, except_years=(*rule.except_years, *moved[rule.name]))
        rules.append(rule)
    return rules


@functools.lru_cache(maxsize=32)
def _part_calendar(
    part: Part, policy: CalendarPolicy, added: tuple[Proclamation, ...]
) -> WorkCalendar:
    records = [p for p in (*PROCLAMATIONS, *added) if part in p.parts]
    days = [
        RestDay(p.on, RestKind.HOLIDAY, p.name, p.source)
        for p in records
        if CALENDAR_FIRST <= p.on <= policy.last
    ]
    return WorkCalendar.from_rules(
        _rules(part, policy, records), first=CALENDAR_FIRST, last=policy.last, rest_days=days
    )


register_calendar("uk", calendar)
register_calendar("uk-ew", lambda: calendar(Part.ENGLAND_AND_WALES))
register_calendar("uk-scotland", lambda: calendar(Part.SCOTLAND))
register_calendar("uk-ni", lambda: calendar(Part.NORTHERN_IRELAND))
