"""Working-day calendars for the UK clock tests, built from the rule fixtures (not the UK pack).

FOIA 2000 s.10(6) counts a day as a working day only if it is a bank holiday in no part
of the UK: the union of England and Wales, Scotland and Northern Ireland (spec §B2.2,
§B6). FOISA 2002 s.73 counts Scotland's bank holidays only (§B5). The fixtures of
``calendar_rule_fixtures`` have no Northern Ireland rules; the two NI days are added here
(17 March, and 12 July by annual proclamation, each moved to the Monday from a weekend).
"""

from __future__ import annotations

from datetime import date

from calendar_rule_fixtures import (
    ENGLAND_WALES,
    NEXT_FREE,
    UK_PROCLAIMED,
    UK_SCHED1,
    england_wales,
    scotland,
)
from govdisclosure.calendar import FixedDate, HolidayRule, NoticeSource, WorkCalendar

FIRST, LAST = date(2024, 1, 1), date(2027, 12, 31)

NORTHERN_IRELAND: tuple[HolidayRule, ...] = (
    *ENGLAND_WALES,
    HolidayRule("St Patrick's Day", FixedDate(3, 17), NEXT_FREE, source=UK_SCHED1),
    HolidayRule(
        "Battle of the Boyne",
        FixedDate(7, 12),
        NEXT_FREE,
        source=NoticeSource("Proclamation of the Secretary of State for Northern Ireland"),
    ),
)


def northern_ireland(*, first: date = FIRST, last: date = LAST) -> WorkCalendar:
    return WorkCalendar.from_rules(
        NORTHERN_IRELAND, first=first, last=last, rest_days=UK_PROCLAIMED
    )


def uk_all(*, first: date = FIRST, last: date = LAST) -> WorkCalendar:
    """The FOIA s.10(6) calendar: a bank holiday in any part is not a working day."""
    return WorkCalendar.union_of(
        [
            england_wales(first=first, last=last),
            scotland(first=first, last=last),
            northern_ireland(first=first, last=last),
        ]
    )


def uk_scotland(*, first: date = FIRST, last: date = LAST) -> WorkCalendar:
    """The FOISA s.73 calendar: Scotland's bank holidays (and Christmas Day)."""
    return scotland(first=first, last=last)


UK_ALL = uk_all()
SCOTLAND = uk_scotland()
