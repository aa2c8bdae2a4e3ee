"""One request as the Cabinet Office's FOI statistics count it: :class:`UkFoiRecord`.

A monitored body reports, for each "non-routine" request received in a
quarter, its status at the time of monitoring, whether the reply was in
time, the initial outcome, why information was withheld, and whether an
internal review was asked for and how it ended (the Cabinet Office bulletins'
tables, read in third-party copies, [3P]). A record holds
exactly those facts; the dates the law decides (the 20-working-day due date,
a permitted extension) are computed by the caller (for instance with the
``uk`` pack's reply clock) and given here as dates.

>>> from datetime import date
>>> r = UkFoiRecord(body="Cabinet Office", act=Act.FOIA, received=date(2020, 4, 1),
...                 due=date(2020, 4, 29), status=Status.REPLIED, replied=date(2020, 4, 20),
...                 outcome=Outcome.PARTIALLY_WITHHELD, exemptions=("s.40(2)",))
>>> r.timeliness
<Timeliness.WITHIN_20_DAYS: 'within_20_days'>
>>> r.withheld_reason
<WithheldReason.EXEMPTIONS: 'exemptions'>

Every bad field is reported at once, by name:

>>> UkFoiRecord(body="HMT", act=Act.FOIA, received=date(2020, 4, 1), due=date(2020, 4, 29),
...             status=Status.REPLIED, replied=date(2020, 3, 30))
Traceback (most recent call last):
...
govdisclosure.errors.InvalidInputError: invalid FOI statistics record: replied: ...

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from datetime import date

import attrs

from govdisclosure.errors import InvalidInputError, Problem
from govdisclosure.jurisdictions.uk.acts import Act

__all__ = [
    "Outcome",
    "Refusal",
    "ReviewOutcome",
    "Status",
    "Timeliness",
    "UkFoiRecord",
    "WithheldReason",
    "exemption_column",
]


class Status(enum.Enum):
    """The status of a request at the time of monitoring (Table 1)."""

    REPLIED = "replied"
    """Processed: an initial reply was sent."""
    ON_HOLD = "on_hold"
    """On hold, awaiting a fee or a clarification from the requester."""
    WITHDRAWN_OR_LAPSED = "withdrawn_or_lapsed"
    """Withdrawn by the requester, or lapsed (no fee paid, no clarification given)."""
    NOT_YET_PROCESSED = "not_yet_processed"
    """Still being processed, no reply yet."""


class Outcome(enum.Enum):
    """The initial outcome of a replied request (Table 5)."""

    GRANTED_IN_FULL = "granted_in_full"
    """All the information requested was provided."""
    PARTIALLY_WITHHELD = "partially_withheld"
    """Some information was provided, some withheld."""
    WITHHELD_IN_FULL = "withheld_in_full"
    """Nothing was provided: an exemption, the cost limit (s.12) or s.14 applied."""
    NOT_HELD = "not_held"
    """The body does not hold the information."""
    ADVICE_AND_ASSISTANCE = "advice_and_assistance"
    """Only advice and assistance was given (no substantive response possible)."""

    @property
    def withholds(self) -> bool:
        """Whether information was withheld (in full or in part)."""
        return self in {Outcome.PARTIALLY_WITHHELD, Outcome.WITHHELD_IN_FULL}

    @property
    def resolvable(self) -> bool:
        """Whether a substantive response was possible: granted, partially or fully withheld."""
        return self in {
            Outcome.GRANTED_IN_FULL,
            Outcome.PARTIALLY_WITHHELD,
            Outcome.WITHHELD_IN_FULL,
        }


class Refusal(enum.Enum):
    """A procedural refusal under FOIA: the request as a whole, not the information."""

    COST_LIMIT = "cost_limit"
    """FOIA 2000 s.12: compliance would exceed the appropriate limit."""
    VEXATIOUS_OR_REPEATED = "vexatious_or_repeated"
    """FOIA 2000 s.14(1) vexatious or s.14(2) repeated request."""


class WithheldReason(enum.Enum):
    """Why information was withheld, one reason per request (the withheld-reasons table)."""

    COST_LIMIT = "cost_limit"
    """Refused under s.12."""
    VEXATIOUS_OR_REPEATED = "vexatious_or_repeated"
    """Refused under s.14."""
    EXEMPTIONS = "exemptions"
    """Withheld under one or more exemptions (FOIA Part II) or exceptions (EIR regs 12-13)."""


class Timeliness(enum.Enum):
    """Whether a replied request was answered in time (Table 3)."""

    WITHIN_20_DAYS = "within_20_days"
    """Replied on or before the due date (20 working days)."""
    WITHIN_EXTENSION = "within_extension"
    """Replied after the due date but within a permitted extension (PIT, or EIR reg 7)."""
    LATE = "late"
    """Replied after the due date and any permitted extension."""


class ReviewOutcome(enum.Enum):
    """The outcome of an internal review of the initial reply."""

    UPHELD_IN_FULL = "upheld_in_full"
    """The initial decision was upheld in full."""
    UPHELD_IN_PART = "upheld_in_part"
    """The initial decision was upheld in part (partly overturned)."""
    OVERTURNED = "overturned"
    """The initial decision was overturned in full."""


# FOIA 2000 Part II (ss.21-44) exemptions, and EIR 2004 regs 12(4), 12(5) and 13 exceptions.
_FOIA = re.compile(r"s\.(?P<section>2[1-9]|22A|3\d|4[0-4])(\(\d+\)(\([a-z]\))?)*")
_EIR = re.compile(r"reg (?P<reg>12\(4\)\([a-e]\)|12\(5\)\([a-g]\)|13)(\(\d+\)(\([a-z]\))?)*")
_NO_SECTION = frozenset({"25"})  # s.25 is supplemental to Part II, not an exemption


def exemption_column(exemption: str, act: Act) -> str | None:
    """The column of the exemptions table an exemption string counts in, ``None`` if not one.

    A FOIA exemption counts under its section, an EIR exception under its
    regulation and paragraph (``reg 13`` for personal data).

    >>> exemption_column("s.40(2)", Act.FOIA), exemption_column("reg 12(5)(e)", Act.EIR)
    ('s.40', 'reg 12(5)(e)')
    >>> exemption_column("s.40(2)", Act.EIR) is None
    True
    """
    if act is Act.FOIA:
        found = _FOIA.fullmatch(exemption)
        if found is None or found["section"] in _NO_SECTION:
            return None
        return f"s.{found['section']}"
    if act is Act.EIR:
        found = _EIR.fullmatch(exemption)
        return None if found is None else f"reg {found['reg']}"
    return None


_ENUM_FIELDS: tuple[tuple[str, type[enum.Enum]], ...] = (
    ("status", Status),
    ("outcome", Outcome),
    ("refusal", Refusal),
    ("review_outcome", ReviewOutcome),
)


def _is_date(value: object) -> bool:
    return isinstance(value, date) and type(value) is date


def _strings(value: object) -> tuple[str, ...]:
    """The exemptions as a tuple; a lone string or a non-iterable is kept as is, and refused."""
    if isinstance(value, str) or not isinstance(value, Iterable):
        return value  # type: ignore[return-value]  # refused by the record's checks
    return tuple(value)


def _act_problems(act: object) -> list[Problem]:
    if not isinstance(act, Act):
        return [Problem("act", "must be an Act", act)]
    if act is Act.FOISA:
        msg = (
            "FOISA requests are outside the Cabinet Office statistics (Scottish public"
            " authorities report to the Scottish Information Commissioner)"
        )
        return [Problem("act", msg, act)]
    return []


@attrs.frozen
class UkFoiRecord:
    """One non-routine request as counted by the Cabinet Office's FOI statistics.

    Attributes:
        body: The monitored body (department or other body) that received it.
        act: :attr:`Act.FOIA` or :attr:`Act.EIR`. FOISA requests are refused:
            Scottish public authorities are outside the Cabinet Office's monitoring.
        received: The day it was received.
        due: The due date the caller computed (20 working days, FOIA s.10(1) /
            EIR reg 5(2)).
        status: Its status at the time of monitoring.
        replied: The day of the initial reply (only when :attr:`Status.REPLIED`).
        extended_due: The due date under a permitted extension (FOIA s.10(3)
            public-interest test, or EIR reg 7(1)), or ``None``.
        outcome: The initial outcome (only, and always, when replied).
        refusal: A s.12 or s.14 refusal (FOIA only; only with information withheld).
        exemptions: The exemptions or exceptions applied, as section strings
            (``"s.40(2)"``, ``"reg 12(5)(e)"``); only with information withheld.
        review_requested: Whether an internal review was asked for (only when replied).
        review_outcome: The review's outcome, ``None`` if not (yet) decided.
    """

    body: str
    act: Act
    received: date
    due: date
    status: Status
    replied: date | None = None
    extended_due: date | None = None
    outcome: Outcome | None = None
    refusal: Refusal | None = None
    exemptions: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    review_requested: bool = False
    review_outcome: ReviewOutcome | None = None

    def __attrs_post_init__(self) -> None:
        problems = self._type_problems()
        if not problems:
            problems = self._timeline_problems() + self._outcome_problems()
        if problems:
            msg = "invalid FOI statistics record"
            raise InvalidInputError(msg, problems=problems)

    def _type_problems(self) -> list[Problem]:
        fields: dict[str, object] = attrs.asdict(self, recurse=False)
        body = fields["body"]
        problems: list[Problem] = []
        if not isinstance(body, str) or not body.strip() or body != body.strip():
            msg = "must be the body's name: a non-empty string without surrounding spaces"
            problems.append(Problem("body", msg, body))
        problems.extend(_act_problems(fields["act"]))
        problems.extend(
            Problem(name, "must be a date", fields[name])
            for name in ("received", "due")
            if not _is_date(fields[name])
        )
        problems.extend(
            Problem(name, "must be a date or None", fields[name])
            for name in ("replied", "extended_due")
            if fields[name] is not None and not _is_date(fields[name])
        )
        problems.extend(
            Problem(name, f"must be a {cls.__name__}", fields[name])
            for name, cls in _ENUM_FIELDS
            if not (isinstance(fields[name], cls) or (fields[name] is None and name != "status"))
        )
        if type(fields["review_requested"]) is not bool:
            msg = "must be a bool"
            problems.append(Problem("review_requested", msg, fields["review_requested"]))
        exemptions = fields["exemptions"]
        if not isinstance(exemptions, tuple):
            msg = "must be a tuple of section strings like ('s.40(2)',), not one string"
            problems.append(Problem("exemptions", msg, exemptions))
        else:
            problems.extend(
                Problem(f"exemptions[{i}]", "must be a section string like 's.40(2)'", e)
                for i, e in enumerate(exemptions)
                if not isinstance(e, str)
            )
        return problems

    def _timeline_problems(self) -> list[Problem]:
        problems: list[Problem] = []
        if self.due < self.received:
            problems.append(Problem("due", "is before the day received", self.due))
        if self.extended_due is not None and self.extended_due <= self.due:
            msg = "an extension must end after the due date it extends"
            problems.append(Problem("extended_due", msg, self.extended_due))
        replied = self.status is Status.REPLIED
        if replied and self.replied is None:
            problems.append(Problem("replied", "a replied request needs its reply date", None))
        if not replied and self.replied is not None:
            msg = f"a request {self.status.value} has no reply date"
            problems.append(Problem("replied", msg, self.replied))
        if self.replied is not None and self.replied < self.received:
            problems.append(Problem("replied", "is before the day received", self.replied))
        return problems

    def _outcome_problems(self) -> list[Problem]:
        problems: list[Problem] = []
        replied = self.status is Status.REPLIED
        if replied and self.outcome is None:
            problems.append(Problem("outcome", "a replied request needs its outcome", None))
        if not replied and self.outcome is not None:
            problems.append(Problem("outcome", "an outcome needs a reply", self.outcome))
        withholds = self.outcome is not None and self.outcome.withholds
        if self.refusal is not None and self.act is Act.EIR:
            msg = "s.12 and s.14 are FOIA sections; under the EIR give reg 12(4)(b)"
            problems.append(Problem("refusal", msg, self.refusal))
        elif self.refusal is not None and not withholds:
            problems.append(Problem("refusal", "a refusal withholds information", self.refusal))
        if withholds and self.refusal is None and not self.exemptions:
            msg = "withheld information needs a refusal (s.12, s.14) or an exemption"
            problems.append(Problem("outcome", msg, self.outcome))
        if self.review_requested and not replied:
            msg = "an internal review is of a reply"
            problems.append(Problem("review_requested", msg, self.review_requested))
        if self.review_outcome is not None and not self.review_requested:
            msg = "a review outcome needs a review requested"
            problems.append(Problem("review_outcome", msg, self.review_outcome))
        return problems + self._exemption_problems(withholds=withholds)

    def _exemption_problems(self, *, withholds: bool) -> list[Problem]:
        problems = [
            Problem(
                f"exemptions[{i}]",
                f"not a {self.act.instrument.short} exemption like 's.40(2)' or 'reg 13'",
                exemption,
            )
            for i, exemption in enumerate(self.exemptions)
            if exemption_column(exemption, self.act) is None
        ]
        if self.exemptions and not withholds:
            msg = "exemptions are applied only when information is withheld"
            problems.append(Problem("exemptions", msg, self.exemptions))
        if len(set(self.exemptions)) != len(self.exemptions):
            problems.append(Problem("exemptions", "an exemption is given twice", self.exemptions))
        return problems

    @property
    def timeliness(self) -> Timeliness | None:
        """In time, within an extension, or late; ``None`` if not replied (no verdict yet)."""
        if self.replied is None:
            return None
        if self.replied <= self.due:
            return Timeliness.WITHIN_20_DAYS
        if self.extended_due is not None and self.replied <= self.extended_due:
            return Timeliness.WITHIN_EXTENSION
        return Timeliness.LATE

    @property
    def withheld_reason(self) -> WithheldReason | None:
        """The one reason information was withheld: a refusal first, else the exemptions.

        ``None`` when nothing was withheld. A request refused under s.12 or
        s.14 that also cites exemptions counts under the refusal (the reasons
        partition the withheld requests: the Q2 2020 bulletin [3P] gives
        33 % + 2 % + 65 % = 100 %).
        """
        if self.outcome is None or not self.outcome.withholds:
            return None
        if self.refusal is Refusal.COST_LIMIT:
            return WithheldReason.COST_LIMIT
        if self.refusal is Refusal.VEXATIOUS_OR_REPEATED:
            return WithheldReason.VEXATIOUS_OR_REPEATED
        return WithheldReason.EXEMPTIONS

    @property
    def exemption_columns(self) -> tuple[str, ...]:
        """The distinct columns of the exemptions table this request counts under."""
        found = (exemption_column(e, self.act) for e in self.exemptions)
        return tuple(dict.fromkeys(c for c in found if c is not None))
