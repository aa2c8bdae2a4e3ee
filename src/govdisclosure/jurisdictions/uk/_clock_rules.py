"""The numbers of the UK reply and review clocks, each beside its source.

Read by :mod:`govdisclosure.jurisdictions.uk.clock`; import the public names from there.
How firmly each fact is established is marked beside it (``[TEXT]``, ``[V-mirror]``,
``[3P]``, ``[UNVERIFIED]``); a fact that is not the text and changes a date is a field of
:class:`~govdisclosure.jurisdictions.uk.clock.ClockPolicy` instead of a constant.

>>> str(FOIA_LIMIT.citation), FOIA_LIMIT.value
('FOIA 2000 s. 10(1)', WorkingDays(20))
>>> str(ARCHIVES.citation), ARCHIVES.limit
('SI 2004/3364, public records transferred to a records office [3P]', WorkingDays(30))

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from datetime import date

import attrs

from govdisclosure._validators import instance_of
from govdisclosure.errors import InvalidInputError
from govdisclosure.jurisdictions.uk.acts import Act
from govdisclosure.jurisdictions.uk.instruments import (
    CODE_OF_PRACTICE_2018,
    EIR_2004,
    FOIA_2000,
    FOISA_2002,
)
from govdisclosure.law import Citation, CitationStyle, Instrument, WorkingDays

__all__ = [
    "ARCHIVES",
    "EIR_EXTENDED",
    "EIR_LIMIT",
    "EIR_REVIEW",
    "FEE_PERIOD_MONTHS",
    "FOIA_LIMIT",
    "FOIA_REVIEW",
    "FOIA_REVIEW_GUIDANCE",
    "FOISA_KEEPER",
    "FOISA_LIMIT",
    "FOISA_REVIEW",
    "ICO_GUIDANCE",
    "PIT_GUIDANCE",
    "TIME_FOR_COMPLIANCE_2004",
    "VARIATION_CEILING",
    "LegalPeriod",
    "Variation",
    "armed_forces",
    "outside_uk",
    "schools",
]

ICO_GUIDANCE = Instrument(
    code="uk.ico-guidance",
    title="Information Commissioner's Office guidance on time limits for compliance",
    short="ICO guidance",
    url="https://ico.org.uk/for-organisations/foi/",
    style=CitationStyle.SECTION,
)
"""The ICO's published guidance (time for compliance, public-interest extensions); not law."""

TIME_FOR_COMPLIANCE_2004 = Instrument(
    code="uk.time-for-compliance-2004",
    title="Freedom of Information (Time for Compliance with Request) Regulations 2004",
    short="SI 2004/3364",
    number="SI 2004/3364",
    effective=date(2005, 1, 1),
    url="https://www.legislation.gov.uk/uksi/2004/3364",
    style=CitationStyle.SECTION,
)
"""Regulations under FOIA 2000 s.10(4): later days for schools, archives, the armed forces and
information held outside the UK (as amended by SI 2009/1369 and SI 2010/2768, as ICO LTT47
lists them; their content from third-party summaries, [3P])."""


@attrs.frozen
class LegalPeriod:
    """A period of working days and the provision that sets it."""

    value: WorkingDays
    citation: Citation


FOIA_LIMIT = LegalPeriod(WorkingDays(20), Citation(FOIA_2000, "10", paragraph=1))
"""Comply "not later than the twentieth working day following the date of receipt" [TEXT]."""
EIR_LIMIT = LegalPeriod(WorkingDays(20), Citation(EIR_2004, "5", paragraph=2))
"""Make available "no later than 20 working days after the date of receipt" [V-mirror]."""
FOISA_LIMIT = LegalPeriod(WorkingDays(20), Citation(FOISA_2002, "10", paragraph=1))
"""Respond "not later than the twentieth working day" after receipt [V-mirror, EN paras 44-49]."""

EIR_EXTENDED = LegalPeriod(WorkingDays(40), Citation(EIR_2004, "7", paragraph=1))
"""Extended "to 40 working days" where complexity and volume make 20 impracticable [V-mirror]."""

PIT_GUIDANCE = LegalPeriod(
    WorkingDays(20),
    Citation(
        ICO_GUIDANCE,
        note='public interest "shouldn\'t typically take more than an additional 20 working days" '
        "[3P]",
    ),
)
"""The further working days the ICO calls reasonable for a s.10(3) public-interest extension
(the Act says only "such time as is reasonable in the circumstances", [TEXT])."""

FEE_PERIOD_MONTHS = 3
"""The fee must be paid within three months beginning with the day the fees notice is given,
FOIA 2000 s.9(2) ([3P]; statutory wording [UNVERIFIED]), else the duty lapses."""

FOIA_REVIEW = LegalPeriod(
    WorkingDays(20), Citation(CODE_OF_PRACTICE_2018, note="internal reviews [3P]")
)
"""No statutory internal review under FOIA; the s.45 Code: normally within 20 working days."""
FOIA_REVIEW_GUIDANCE = LegalPeriod(
    WorkingDays(20), Citation(CODE_OF_PRACTICE_2018, note="no more than 40 working days [3P]")
)
"""The further working days the s.45 Code allows a complex review (40 in all)."""
EIR_REVIEW = LegalPeriod(WorkingDays(40), Citation(EIR_2004, "11", paragraph=4))
"""Decide on representations within 40 working days of receipt ([3P]; wording [UNVERIFIED])."""
FOISA_REVIEW = LegalPeriod(WorkingDays(20), Citation(FOISA_2002, "21", paragraph=1))
"""Comply with a requirement for review "by not later than the twentieth working day after
receipt by it of the requirement" [TEXT, s.21 as at 2005-01-01]."""

VARIATION_CEILING = LegalPeriod(WorkingDays(60), Citation(FOIA_2000, "10", paragraph=5))
"""Regulations may not set a day later than the sixtieth working day (s.10(4)-(5); FOISA s.10(4)
likewise, [V-mirror])."""


def _check_limit(instance: object, attribute: attrs.Attribute[WorkingDays], value: object) -> None:
    if not isinstance(value, WorkingDays) or value.days == 0:
        msg = "must be WorkingDays of at least 1"
        raise InvalidInputError(msg, field=attribute.name, value=value)
    if value.days > VARIATION_CEILING.value.days:
        msg = (
            f"no variation may set a day later than the {VARIATION_CEILING.value.days}th "
            f"working day ({VARIATION_CEILING.citation})"
        )
        raise InvalidInputError(msg, field=attribute.name, value=value)


@attrs.frozen
class Variation:
    """A later day for a kind of body or information (Time for Compliance Regulations).

    Attributes:
        name: What it is for, for people.
        act: The Act whose s.10 it varies.
        limit: The working day by which the request must be answered.
        citation: Its source.
        school_days: Whether the days counted are school days: the caller then
            passes a calendar of school days as ``calendar``.

    >>> Variation("test", Act.FOIA, WorkingDays(61), Citation(TIME_FOR_COMPLIANCE_2004))
    Traceback (most recent call last):
    ...
    govdisclosure.errors.InvalidInputError: limit: no variation may set a day later than ...
    """

    name: str
    act: Act = attrs.field(validator=instance_of(Act))
    limit: WorkingDays = attrs.field(validator=_check_limit)
    citation: Citation = attrs.field(validator=instance_of(Citation))
    school_days: bool = attrs.field(default=False, validator=instance_of(bool))


ARCHIVES = Variation(
    "public records transferred to The National Archives or another records office",
    Act.FOIA,
    WorkingDays(30),
    Citation(TIME_FOR_COMPLIANCE_2004, note="public records transferred to a records office [3P]"),
)
"""A further ten working days, 30 in all ([3P], "wording loose")."""

FOISA_KEEPER = Variation(
    "records transferred to the Keeper of the Records of Scotland",
    Act.FOISA,
    WorkingDays(30),
    Citation(FOISA_2002, "10", paragraph=1, note="the Keeper: thirtieth working day [V-mirror]"),
)
"""FOISA: the thirtieth working day for records held by the Keeper (EN paras 44-49)."""


def _commissioner_variation(name: str, note: str, days: object) -> Variation:
    if type(days) is not int:
        msg = "must be a whole number of working days"
        raise InvalidInputError(msg, field="days", value=days)
    return Variation(
        name,
        Act.FOIA,
        WorkingDays(days),
        Citation(TIME_FOR_COMPLIANCE_2004, note=f"{note}: as the Commissioner allows [3P]"),
    )


def armed_forces(days: int) -> Variation:
    """Operational information of the armed forces: the day the Commissioner allows, at most 60th.

    >>> armed_forces(45).limit
    WorkingDays(45)
    """
    return _commissioner_variation("armed forces operational information", "armed forces", days)


def outside_uk(days: int) -> Variation:
    """Information held outside the UK: the day the Commissioner allows, at most the 60th.

    >>> outside_uk(70)
    Traceback (most recent call last):
    ...
    govdisclosure.errors.InvalidInputError: limit: no variation may set a day later than ...
    """
    return _commissioner_variation("information held outside the UK", "outside the UK", days)


def schools() -> Variation:
    """Maintained schools and academies: the 20th school day, on a calendar of school days.

    Days that are not school days are ignored; the caller passes a calendar of
    school days. The cap of the 60th working day ([3P], [UNVERIFIED]) is not applied.

    >>> schools().school_days, schools().limit
    (True, WorkingDays(20))
    """
    return Variation(
        "maintained schools and academies",
        Act.FOIA,
        WorkingDays(20),
        Citation(TIME_FOR_COMPLIANCE_2004, note="days that are not school days are ignored [3P]"),
        school_days=True,
    )
