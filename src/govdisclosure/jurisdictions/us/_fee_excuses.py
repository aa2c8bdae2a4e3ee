"""No search fees after a missed time limit, and the three statutory excuses (§ 552(a)(4)(A)(viii)).

The bar of (viii)(I) and the exceptions of (viii)(II)(aa)-(cc) as data: each
:class:`FeeBarException` names its citation and the conditions it needs
(:class:`ExcuseCondition`), and :class:`DeadlineFacts` records what the agency
can show. An exception excuses the missed limit only when every one of its
conditions holds (§ 552(a)(4)(A)(viii)(II)).

>>> FeeBarException.LARGE_REQUEST.conditions
(<ExcuseCondition.UNUSUAL_CIRCUMSTANCES: 'unusual_circumstances'>, \
<ExcuseCondition.MORE_THAN_5000_PAGES: 'more_than_5000_pages'>, \
<ExcuseCondition.TIMELY_WRITTEN_NOTICE: 'timely_written_notice'>, \
<ExcuseCondition.SCOPE_DISCUSSED: 'scope_discussed'>)
>>> facts = DeadlineFacts(unusual_circumstances=True, timely_written_notice=True,
...                       pages_necessary=5001, good_faith_attempts=3)
>>> FeeBarException.LARGE_REQUEST.unmet(facts)
()
>>> FeeBarException.LARGE_REQUEST.unmet(attrs.evolve(facts, pages_necessary=5000))
(<ExcuseCondition.MORE_THAN_5000_PAGES: 'more_than_5000_pages'>,)
"""

from __future__ import annotations

import enum

import attrs

from govdisclosure._validators import instance_of
from govdisclosure.errors import InvalidInputError
from govdisclosure.jurisdictions.us.instruments import FOIA
from govdisclosure.law import Citation

__all__ = [
    "BAR_CITATION",
    "EXCUSE_ADDITIONAL_DAYS",
    "GOOD_FAITH_ATTEMPTS",
    "LARGE_REQUEST_PAGES",
    "DeadlineFacts",
    "ExcuseCondition",
    "FeeBarException",
]


def _viii(clause: str) -> Citation:
    return Citation(FOIA, f"552(a)(4)(A)(viii)({clause})")


BAR_CITATION = _viii("I")
"""(viii)(I): no search fees (duplication fees for (ii)(II)) after a missed time limit."""

EXCUSE_ADDITIONAL_DAYS = 10
EXCUSE_ADDITIONAL_DAYS_CITATION = _viii("II)(aa")
"""(viii)(II)(aa): the failure "is excused for an additional 10 days" (unit: a policy)."""

LARGE_REQUEST_PAGES = 5000
LARGE_REQUEST_PAGES_CITATION = _viii("II)(bb")
"""(viii)(II)(bb): "more than 5,000 pages are necessary to respond to the request"."""

GOOD_FAITH_ATTEMPTS = 3
GOOD_FAITH_ATTEMPTS_CITATION = _viii("II)(bb")
"""(viii)(II)(bb): discussed with the requester, "or made not less than 3 good-faith attempts"."""


def _count(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if type(value) is not int or value < 0:
        msg = "must be a whole number, 0 or more"
        raise InvalidInputError(msg, field=attribute.name, value=value)


def _optional_count(
    instance: object, attribute: attrs.Attribute[int | None], value: object
) -> None:
    if value is not None and (type(value) is not int or value < 0):
        msg = "must be a whole number, 0 or more (or None)"
        raise InvalidInputError(msg, field=attribute.name, value=value)


_bool = instance_of(bool)


@attrs.frozen
class DeadlineFacts:
    """What an agency can show about a missed time limit, for the excuses of (viii)(II).

    A fact not shown is ``False`` (or ``None`` for a number): an excuse that
    needs it does not hold.

    Attributes:
        unusual_circumstances: The agency determined that unusual circumstances
            apply ((a)(6)(B)).
        timely_written_notice: It gave the requester timely written notice of them.
        days_late: How many days after the time limit it complied, counted
            as the policy counts the additional 10 days (working days by
            default, :attr:`FeePolicy.excuse_in_working_days`); ``None`` if it
            has not complied.
        pages_necessary: How many pages are necessary to respond.
        scope_discussed: It discussed with the requester how to limit the scope.
        good_faith_attempts: Its good-faith attempts to have that discussion.
        court_found_exceptional: A court determined that exceptional
            circumstances exist ((a)(6)(C)).
        within_court_time: The agency complied within the time the court's
            order provides.

    >>> DeadlineFacts(good_faith_attempts=-1)
    Traceback (most recent call last):
    ...
    govdisclosure.errors.InvalidInputError: good_faith_attempts: must be a whole number, ...
    """

    unusual_circumstances: bool = attrs.field(default=False, kw_only=True, validator=_bool)
    timely_written_notice: bool = attrs.field(default=False, kw_only=True, validator=_bool)
    days_late: int | None = attrs.field(default=None, kw_only=True, validator=_optional_count)
    pages_necessary: int | None = attrs.field(default=None, kw_only=True, validator=_optional_count)
    scope_discussed: bool = attrs.field(default=False, kw_only=True, validator=_bool)
    good_faith_attempts: int = attrs.field(default=0, kw_only=True, validator=_count)
    court_found_exceptional: bool = attrs.field(default=False, kw_only=True, validator=_bool)
    within_court_time: bool = attrs.field(default=False, kw_only=True, validator=_bool)


class ExcuseCondition(enum.Enum):
    """One condition of an excuse of (viii)(II), with the provision that sets it.

    >>> str(ExcuseCondition.MORE_THAN_5000_PAGES.citation)
    '5 U.S.C. § 552(a)(4)(A)(viii)(II)(bb)'
    """

    UNUSUAL_CIRCUMSTANCES = "unusual_circumstances"
    TIMELY_WRITTEN_NOTICE = "timely_written_notice"
    WITHIN_ADDITIONAL_DAYS = "within_additional_days"
    MORE_THAN_5000_PAGES = "more_than_5000_pages"
    SCOPE_DISCUSSED = "scope_discussed"
    COURT_FOUND_EXCEPTIONAL = "court_found_exceptional"
    WITHIN_COURT_TIME = "within_court_time"

    @property
    def citation(self) -> Citation:
        """The clause that sets the condition."""
        return _CONDITIONS[self][1]

    @property
    def text(self) -> str:
        """The condition, for people."""
        return _CONDITIONS[self][0]

    def holds(self, facts: DeadlineFacts) -> bool:
        """Whether ``facts`` show the condition.

        >>> ExcuseCondition.WITHIN_ADDITIONAL_DAYS.holds(DeadlineFacts(days_late=10))
        True
        >>> ExcuseCondition.WITHIN_ADDITIONAL_DAYS.holds(DeadlineFacts(days_late=11))
        False
        """
        if self is ExcuseCondition.WITHIN_ADDITIONAL_DAYS:
            late = facts.days_late
            return late is not None and late <= EXCUSE_ADDITIONAL_DAYS
        if self is ExcuseCondition.MORE_THAN_5000_PAGES:
            pages = facts.pages_necessary
            return pages is not None and pages > LARGE_REQUEST_PAGES
        if self is ExcuseCondition.SCOPE_DISCUSSED:
            return facts.scope_discussed or facts.good_faith_attempts >= GOOD_FAITH_ATTEMPTS
        value: bool = getattr(facts, self.value)
        return value


_C = ExcuseCondition
_CONDITIONS: dict[ExcuseCondition, tuple[str, Citation]] = {
    _C.UNUSUAL_CIRCUMSTANCES: (
        "the agency determined that unusual circumstances apply",
        _viii("II"),
    ),
    _C.TIMELY_WRITTEN_NOTICE: ("the agency gave timely written notice", _viii("II")),
    _C.WITHIN_ADDITIONAL_DAYS: (
        f"the agency complied within an additional {EXCUSE_ADDITIONAL_DAYS} days",
        EXCUSE_ADDITIONAL_DAYS_CITATION,
    ),
    _C.MORE_THAN_5000_PAGES: (
        f"more than {LARGE_REQUEST_PAGES:,} pages are necessary to respond",
        LARGE_REQUEST_PAGES_CITATION,
    ),
    _C.SCOPE_DISCUSSED: (
        (
            "the agency discussed with the requester how to limit the scope, or made not "
            f"less than {GOOD_FAITH_ATTEMPTS} good-faith attempts to"
        ),
        GOOD_FAITH_ATTEMPTS_CITATION,
    ),
    _C.COURT_FOUND_EXCEPTIONAL: (
        "a court determined that exceptional circumstances exist",
        _viii("II)(cc"),
    ),
    _C.WITHIN_COURT_TIME: (
        "the agency complied within the time the court order provides",
        _viii("II)(cc"),
    ),
}


class FeeBarException(enum.Enum):
    """The exceptions of (viii)(II) that let an agency charge despite a missed time limit.

    >>> str(FeeBarException.COURT_EXCEPTIONAL.citation)
    '5 U.S.C. § 552(a)(4)(A)(viii)(II)(cc)'
    """

    UNUSUAL_CIRCUMSTANCES = "aa"
    LARGE_REQUEST = "bb"
    COURT_EXCEPTIONAL = "cc"

    @property
    def citation(self) -> Citation:
        """The subitem of (viii)(II)."""
        return _viii(f"II)({self.value}")

    @property
    def conditions(self) -> tuple[ExcuseCondition, ...]:
        """Every condition the exception needs."""
        return _EXCEPTIONS[self]

    def unmet(self, facts: DeadlineFacts) -> tuple[ExcuseCondition, ...]:
        """The conditions ``facts`` do not show (none: the exception applies)."""
        given: object = facts
        if not isinstance(given, DeadlineFacts):
            msg = "must be DeadlineFacts"
            raise InvalidInputError(msg, field="facts", value=facts)
        return tuple(c for c in self.conditions if not c.holds(facts))


_EXCEPTIONS: dict[FeeBarException, tuple[ExcuseCondition, ...]] = {
    FeeBarException.UNUSUAL_CIRCUMSTANCES: (
        _C.UNUSUAL_CIRCUMSTANCES,
        _C.TIMELY_WRITTEN_NOTICE,
        _C.WITHIN_ADDITIONAL_DAYS,
    ),
    FeeBarException.LARGE_REQUEST: (
        _C.UNUSUAL_CIRCUMSTANCES,
        _C.MORE_THAN_5000_PAGES,
        _C.TIMELY_WRITTEN_NOTICE,
        _C.SCOPE_DISCUSSED,
    ),
    FeeBarException.COURT_EXCEPTIONAL: (_C.COURT_FOUND_EXCEPTIONAL, _C.WITHIN_COURT_TIME),
}
