"""The PRC proactive-disclosure period: 20 working days from forming or change.

Information to be disclosed proactively "应当自该政府信息形成或者变更之日起20个工作日内
及时公开"; where a law or regulation sets a different time limit, that limit
prevails ("法律、法规对政府信息公开的期限另有规定的，从其规定") — OGI Reg. (2019)
Art 26 ([V]). The 2007 Regulations said the same in their Art 18 ("应当
自该政府信息形成或者变更之日起20个工作日内予以公开", with the same proviso).

:data:`PROACTIVE_PERIOD` holds the rule with its versions and citations;
:func:`proactive_deadline` gives the last day of the period under the official
working-day calendar (:func:`govdisclosure.jurisdictions.cn.workdays.calendar`):
the 20th working day strictly after the day of forming, that day itself never
counting.

>>> from datetime import date
>>> proactive_deadline(date(2024, 9, 27))   # Sep 29 and Oct 12 worked, Oct 1-7 rest
datetime.date(2024, 10, 30)
>>> str(PROACTIVE_PERIOD.in_force(date(2024, 9, 27)).citation)
'OGI Reg. (2019) Art 26'
>>> proactive_deadline(date(2007, 6, 1))    # before the Regulations: counted from 2008-05-01
datetime.date(2008, 5, 29)
>>> proactive_deadline(date(2008, 4, 30), before_in_force=PreRegulation.RAISE)
Traceback (most recent call last):
...
govdisclosure.errors.NoRuleInForceError: no version of proactive disclosure period (cn) ...

Sources and their strength:

* 2019 version: OGI Reg. (2019) Art 26, [V] (read verbatim in the full text,
  GitHub ``LawRefBook/Laws``, ``行政法规/政府信息公开条例(2019-04-03).md``).
* 2007 version: OGI Reg. (2007) Art 18, in force 2008-05-01 to 2019-05-14. Its
  text was read in a stored transcription of the gov.cn original (GitHub
  ``Theonefkguy/Chinese-Laws``, ``行政法规/政府信息公开条例(2007-04-05).md``, commit
  ``e4d0afe499e3b5613229e068be441970a0c1c03d``), which names
  https://www.gov.cn/zwgk/2007-04/24/content_592937.htm as its source; treat it
  as [V-mirror].
* Before 2008-05-01 no version is in force. What the period is for information
  formed before the Regulations took effect is not stated anywhere we have
  read: :class:`PreRegulation` is the policy, [INFERENCE]. By default such
  information is treated as formed on 2008-05-01 (Art 26 of nothing can run
  before the Regulations were in force): its deadline is the 20th working day
  after 2008-05-01, and a publication before then is never late.
  ``PreRegulation.FIRST_VERSION`` counts the first version's period from the
  day of forming instead, and ``PreRegulation.RAISE`` raises
  :class:`~govdisclosure.errors.NoRuleInForceError`.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
from datetime import date, timedelta

import attrs

from govdisclosure.calendar import WorkCalendar
from govdisclosure.errors import InvalidInputError
from govdisclosure.items import InformationItem
from govdisclosure.jurisdictions.cn.instruments import OGI_2007, OGI_2019
from govdisclosure.law import Citation, Instrument, Version, Versioned, WorkingDays

__all__ = [
    "PROACTIVE_PERIOD",
    "PreRegulation",
    "ProactiveDeadline",
    "SpecialLimit",
    "explain_proactive_deadline",
    "item_deadline",
    "item_lateness",
    "proactive_deadline",
    "proactive_lateness",
]


def _effective(instrument: Instrument) -> date:
    if instrument.effective is None:  # pragma: no cover - both records carry their dates
        msg = f"{instrument.short} has no effective date"
        raise InvalidInputError(msg, field="effective", value=None)
    return instrument.effective


PROACTIVE_PERIOD: Versioned[WorkingDays] = Versioned(
    "proactive disclosure period (cn)",
    (
        Version(
            WorkingDays(20),
            start=_effective(OGI_2007),
            end=_effective(OGI_2019) - timedelta(days=1),
            citation=Citation(
                OGI_2007,
                "18",
                note="read in a transcription of the gov.cn text [V-mirror]",
            ),
        ),
        Version(WorkingDays(20), start=_effective(OGI_2019), citation=Citation(OGI_2019, "26")),
    ),
)
"""The period for proactive disclosure, counted from the day information is formed or changed.

The version is chosen by that day. 20 working days in both versions; see the
module docstring for sources.
"""


class PreRegulation(enum.Enum):
    """Policy for information formed before the first version took effect (2008-05-01).

    Neither the Regulations nor the other sources we read say how the period
    runs for information that existed before the 2007 Regulations took effect;
    this is our reading, [INFERENCE], and overridable.
    """

    FROM_IN_FORCE = "from_in_force"
    """The default, treating the information as formed on the day the Regulations took effect
    (2008-05-01), so that no deadline falls before they were in force.

    .. versionadded:: 0.2.0
    """
    FIRST_VERSION = "first_version"
    """Count the first version's period (20 working days) from the real day of forming, as if
    the Regulations had applied then (the default of 0.1)."""
    RAISE = "raise"
    """Fail closed: raise :class:`~govdisclosure.errors.NoRuleInForceError`."""


_PRE_NOTES = {
    PreRegulation.FROM_IN_FORCE: (
        "information formed before the Regulations took effect is treated as formed on "
        "2008-05-01: PreRegulation policy [INFERENCE]"
    ),
    PreRegulation.FIRST_VERSION: (
        "applied to information formed before it took effect: PreRegulation policy [INFERENCE]"
    ),
}


def _version_for(formed: date, policy: PreRegulation) -> tuple[date, Version[WorkingDays]]:
    """The day the count starts from, and the version that gives the period."""
    first = PROACTIVE_PERIOD.versions[0]
    note = _PRE_NOTES.get(policy)
    if formed < first.start and note is not None:
        start = first.start if policy is PreRegulation.FROM_IN_FORCE else formed
        return start, attrs.evolve(first, citation=attrs.evolve(first.citation, note=note))
    return formed, PROACTIVE_PERIOD.in_force(formed)


def _check_limit(instance: object, attribute: attrs.Attribute[WorkingDays], value: object) -> None:
    if not isinstance(value, WorkingDays):
        msg = "a special limit must be in WorkingDays (calendar-day limits are not supported)"
        raise InvalidInputError(msg, field=attribute.name, value=value)


def _check_citation(instance: object, attribute: attrs.Attribute[Citation], value: object) -> None:
    if not isinstance(value, Citation):
        msg = "a special limit needs the Citation of the provision that sets it"
        raise InvalidInputError(msg, field=attribute.name, value=value)


@attrs.frozen
class SpecialLimit:
    """A different time limit set by a law or regulation, which prevails over Art 26.

    Attributes:
        period: The limit, in working days.
        citation: The provision that sets it.

    >>> from govdisclosure.law import Instrument
    >>> act = Instrument(code="demo", title="Demo Act", short="DA")
    >>> two_days = SpecialLimit(WorkingDays(2), Citation(act, "9"))
    >>> proactive_deadline(date(2024, 9, 27), special=two_days)
    datetime.date(2024, 9, 30)
    """

    period: WorkingDays = attrs.field(validator=_check_limit)
    citation: Citation = attrs.field(validator=_check_citation)


@attrs.frozen
class ProactiveDeadline:
    """A proactive-disclosure deadline with how it was reached.

    Attributes:
        formed: The day the information was formed or changed.
        period: The period applied.
        citation: The provision the period comes from.
        deadline: The last day of the period.
    """

    formed: date
    period: WorkingDays
    citation: Citation
    deadline: date

    def __str__(self) -> str:
        return (
            f"formed or changed {self.formed.isoformat()}; {self.period} ({self.citation}), "
            f"not counting that day; last day {self.deadline.isoformat()}"
        )


def _official_calendar() -> WorkCalendar:
    # Imported here so that importing the rule pack does not load the notices.
    from govdisclosure.jurisdictions.cn.workdays import calendar

    return calendar()


def explain_proactive_deadline(
    formed: date,
    *,
    calendar: WorkCalendar | None = None,
    special: SpecialLimit | None = None,
    before_in_force: PreRegulation = PreRegulation.FROM_IN_FORCE,
) -> ProactiveDeadline:
    """The proactive-disclosure deadline for information formed (or changed) on ``formed``.

    Args:
        formed: The day the information was formed or changed; it never counts.
        calendar: The working-day calendar; by default the official PRC one.
        special: A limit set by another law or regulation, which prevails.
        before_in_force: What to do for information formed before 2008-05-01
            (:class:`PreRegulation`; by default, treated as formed on 2008-05-01).

    Raises:
        NoRuleInForceError: if ``formed`` is before 2008-05-01 and the policy is
            ``PreRegulation.RAISE``.
        CalendarNotPublishedError: if the deadline falls in a year the calendar
            does not cover.

    >>> print(explain_proactive_deadline(date(2024, 9, 27)))
    formed or changed 2024-09-27; 20 working days (OGI Reg. (2019) Art 26),
    not counting that day; last day 2024-10-30
    """
    if type(formed) is not date:
        msg = "must be a datetime.date (not a datetime or a string)"
        raise InvalidInputError(msg, field="formed", value=formed)
    policy: object = before_in_force
    if not isinstance(policy, PreRegulation):
        msg = "must be a PreRegulation policy"
        raise InvalidInputError(msg, field="before_in_force", value=policy)
    start, version = _version_for(formed, policy)
    given: object = special
    if given is not None and not isinstance(given, SpecialLimit):
        msg = "must be a SpecialLimit or None"
        raise InvalidInputError(msg, field="special", value=special)
    period, citation = (
        (version.value, version.citation) if special is None else (special.period, special.citation)
    )
    cal = calendar if calendar is not None else _official_calendar()
    return ProactiveDeadline(formed, period, citation, cal.add_workdays(start, period.days))


def proactive_deadline(
    formed: date,
    *,
    calendar: WorkCalendar | None = None,
    special: SpecialLimit | None = None,
    before_in_force: PreRegulation = PreRegulation.FROM_IN_FORCE,
) -> date:
    """The last day, in working days under the official calendar, of the Art 26 period.

    That is ``calendar.add_workdays(formed, 20)``: the 20th working day strictly
    after ``formed``.

    Args:
        formed: The day the information was formed or changed; it never counts.
        calendar: The working-day calendar; by default the official PRC one.
        special: A limit set by another law or regulation, which prevails.
        before_in_force: What to do for information formed before 2008-05-01
            (:class:`PreRegulation`; by default, treated as formed on 2008-05-01).

    Raises:
        NoRuleInForceError: if ``formed`` is before 2008-05-01 and the policy is
            ``PreRegulation.RAISE``.
        CalendarNotPublishedError: if the deadline falls in a year the calendar
            does not cover.

    >>> proactive_deadline(date(2026, 2, 10))     # Spring Festival 2026
    datetime.date(2026, 3, 16)
    """
    return explain_proactive_deadline(
        formed, calendar=calendar, special=special, before_in_force=before_in_force
    ).deadline


def proactive_lateness(
    formed: date,
    published: date,
    *,
    calendar: WorkCalendar | None = None,
    special: SpecialLimit | None = None,
    before_in_force: PreRegulation = PreRegulation.FROM_IN_FORCE,
) -> WorkingDays:
    """How many working days after the deadline information formed on ``formed`` went out.

    The working days ``x`` with ``deadline < x <= published``; zero when in time (a
    publication on or before the deadline needs no calendar at all, so information
    published before 2008-05-01 is never late).

    >>> proactive_lateness(date(2024, 9, 27), date(2024, 11, 4))   # Oct 31, Nov 1 and 4
    WorkingDays(3)
    """
    if type(published) is not date or (type(formed) is date and published < formed):
        msg = "must be a datetime.date on or after the day of forming"
        raise InvalidInputError(msg, field="published", value=published)
    cal = calendar if calendar is not None else _official_calendar()
    deadline = proactive_deadline(
        formed, calendar=cal, special=special, before_in_force=before_in_force
    )
    if published <= deadline:
        return WorkingDays(0)
    return WorkingDays(cal.count_workdays(deadline, published))


def item_deadline(
    item: InformationItem,
    *,
    calendar: WorkCalendar | None = None,
    special: SpecialLimit | None = None,
) -> date:
    """The proactive-disclosure deadline of ``item``, from its last change or else its forming.

    >>> item = InformationItem("I-1", "Notice", agency_id="a", formed=date(2024, 9, 2),
    ...                        changed=date(2024, 9, 27))
    >>> item_deadline(item)
    datetime.date(2024, 10, 30)
    """
    cal = calendar if calendar is not None else _official_calendar()
    return item.deadline(lambda d: proactive_deadline(d, calendar=cal, special=special))


def item_lateness(
    item: InformationItem,
    *,
    as_of: date | None = None,
    calendar: WorkCalendar | None = None,
    special: SpecialLimit | None = None,
) -> WorkingDays:
    """How many working days late ``item`` was published (or is, unpublished, on ``as_of``).

    Raises:
        InvalidInputError: for an item not proactively disclosed, or an
            unpublished item without ``as_of``.

    >>> item = InformationItem("I-1", "Notice", agency_id="a", formed=date(2024, 9, 27))
    >>> item_lateness(item, as_of=date(2024, 11, 1))   # Oct 31 and Nov 1
    WorkingDays(2)
    """
    cal = calendar if calendar is not None else _official_calendar()
    return item.lateness(
        lambda d: proactive_deadline(d, calendar=cal, special=special), cal, as_of=as_of
    )
