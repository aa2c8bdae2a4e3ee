"""Request and appeal records: what a FOIA office logs, as input to the Annual FOIA Report.

One :class:`FoiaRequestRecord` per request, with its appeals as
:class:`FoiaAppealRecord` values. A record describes the whole life of a
request (it may start before the fiscal year and end after it); the
aggregation picks out what each section of the report counts.

A record checks itself and refuses what cannot happen, naming every bad field
at once:

>>> from datetime import date
>>> from govdisclosure.jurisdictions.us.codes import ExemptionCode, Track
>>> r = FoiaRequestRecord(
...     component="OIP", received=date(2025, 3, 3), track=Track.SIMPLE,
...     perfected=date(2025, 3, 3), closed=date(2025, 3, 20),
...     disposition=Disposition.PARTIAL_GRANT, exemptions=(ExemptionCode.EX_6,),
... )
>>> r.is_pending_on(date(2025, 3, 19)), r.is_pending_on(date(2025, 3, 20))
(True, False)
>>> FoiaRequestRecord(component="OIP", received=date(2025, 3, 3), track=Track.SIMPLE,
...                   closed=date(2025, 3, 1))
Traceback (most recent call last):
...
govdisclosure.errors.InvalidInputError: inconsistent request record: closed: is before received ...

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

import attrs

from govdisclosure._validators import check_date, instance_of, tuple_of
from govdisclosure.errors import InvalidInputError, Problem
from govdisclosure.jurisdictions.us.codes import ExemptionCode, NonExemptionReason, Track
from govdisclosure.jurisdictions.us.outcomes import Disposition

__all__ = ["AppealDisposition", "FoiaAppealRecord", "FoiaRequestRecord"]


class AppealDisposition(enum.Enum):
    """How an appeal was closed: the columns of section VI.B."""

    AFFIRMED = "affirmed"
    PARTIAL = "partial"
    REVERSED = "reversed"
    OTHER = "other"


def _dates(*later: tuple[str, date | None, str, date]) -> list[Problem]:
    return [
        Problem(name, f"is before {before_name}", value)
        for name, value, before_name, before in later
        if value is not None and value < before
    ]


def _optional_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and type(value) is not date:
        msg = "must be a datetime.date or None (not a datetime or a string)"
        raise InvalidInputError(msg, field=attribute.name, value=value)


def _flag(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if type(value) is not bool:
        msg = "must be True or False"
        raise InvalidInputError(msg, field=attribute.name, value=value)


def _optional_flag(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _flag(instance, attribute, value)


def _text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        msg = "must be a non-empty string or None"
        raise InvalidInputError(msg, field=attribute.name, value=value)


def _check_codes(values: Iterable[object], kind: type[enum.Enum], field: str) -> tuple[Any, ...]:
    found: tuple[Any, ...] = tuple_of(values, field)
    problems = [
        Problem(f"{field}[{i}]", f"must be a {kind.__name__}", v)
        for i, v in enumerate(found)
        if not isinstance(v, kind)
    ]
    problems += [
        Problem(f"{field}[{i}]", "listed twice", v) for i, v in enumerate(found) if v in found[:i]
    ]
    if problems:
        msg = f"bad {field}"
        raise InvalidInputError(msg, problems=problems)
    return found


def _exemption_codes(values: Iterable[object]) -> tuple[ExemptionCode, ...]:
    return _check_codes(values, ExemptionCode, "exemptions")


def _reason_codes(values: Iterable[object]) -> tuple[NonExemptionReason, ...]:
    return _check_codes(values, NonExemptionReason, "reasons")


def _statutes(values: Iterable[object]) -> tuple[str, ...]:
    found = tuple_of(values, "exemption3_statutes", one=True)
    problems = [
        Problem(f"exemption3_statutes[{i}]", "must be a non-empty string", v)
        for i, v in enumerate(found)
        if not isinstance(v, str) or not v.strip()
    ]
    problems += [
        Problem(f"exemption3_statutes[{i}]", "listed twice", v)
        for i, v in enumerate(found)
        if v in found[:i]
    ]
    if problems:
        msg = "bad exemption3_statutes"
        raise InvalidInputError(msg, problems=problems)
    return found


def _appeals(values: Iterable[object]) -> tuple[FoiaAppealRecord, ...]:
    found = tuple_of(values, "appeals")
    for i, v in enumerate(found):
        if not isinstance(v, FoiaAppealRecord):
            msg = "must be a FoiaAppealRecord"
            raise InvalidInputError(msg, field=f"appeals[{i}]", value=v)
    return found


def _money(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if type(value) is not Decimal or not value.is_finite() or value < 0:
        msg = "must be a finite Decimal, 0 or more (dollars)"
        raise InvalidInputError(msg, field=attribute.name, value=value)


def _raise(problems: list[Problem], what: str) -> None:
    if problems:
        msg = f"inconsistent {what}"
        raise InvalidInputError(msg, problems=problems)


@attrs.frozen
class FoiaAppealRecord:
    """One administrative appeal of a request (section VI).

    Attributes:
        received: When the appeal was received.
        closed: When it was decided or closed; ``None`` while it is pending.
        disposition: The outcome (VI.B); set exactly when ``closed`` is.
        exemptions: The exemptions relied on in upholding the denial (VI.C(1)),
            each once; none on a reversal.
        reasons: Reasons other than exemptions (VI.C(2)), each once; none on a reversal.
        other_reason: What ``OTHER`` in ``reasons`` stands for (VI.C(3)); set
            exactly when ``reasons`` holds ``OTHER``.
        extended: Whether the time limit was extended for unusual circumstances
            (§ 552(a)(6)(B)(i)), which moves the appeal's backlog threshold.

    >>> from datetime import date
    >>> FoiaAppealRecord(received=date(2025, 5, 1), closed=date(2025, 5, 20),
    ...                  disposition=AppealDisposition.AFFIRMED).is_pending_on(date(2025, 5, 19))
    True
    """

    received: date = attrs.field(validator=check_date)
    closed: date | None = attrs.field(default=None, validator=_optional_date)
    disposition: AppealDisposition | None = attrs.field(
        default=None, validator=instance_of(AppealDisposition, type(None))
    )
    exemptions: tuple[ExemptionCode, ...] = attrs.field(default=(), converter=_exemption_codes)
    reasons: tuple[NonExemptionReason, ...] = attrs.field(default=(), converter=_reason_codes)
    other_reason: str | None = attrs.field(default=None, validator=_text)
    extended: bool = attrs.field(default=False, validator=_flag)

    def __attrs_post_init__(self) -> None:
        problems = _dates(("closed", self.closed, "received", self.received))
        if (self.closed is None) != (self.disposition is None):
            msg = "must be set exactly when closed is set"
            problems.append(Problem("disposition", msg, self.disposition))
        withheld = self.disposition is not AppealDisposition.REVERSED
        if self.closed is None or not withheld:
            why = "only a closed appeal that is not reversed has them"
            if self.exemptions:
                problems.append(Problem("exemptions", why, self.exemptions))
            if self.reasons:
                problems.append(Problem("reasons", why, self.reasons))
        if (NonExemptionReason.OTHER in self.reasons) != (self.other_reason is not None):
            msg = "must be set exactly when reasons holds OTHER"
            problems.append(Problem("other_reason", msg, self.other_reason))
        _raise(problems, "appeal record")

    def is_pending_on(self, day: date) -> bool:
        """Whether the appeal was received by ``day`` and still open at its end."""
        return self.received <= day and (self.closed is None or self.closed > day)


@attrs.frozen
class FoiaRequestRecord:
    """One FOIA request as the annual report needs it.

    Attributes:
        component: The component that handled it (its abbreviation in the report).
        received: When the request was received (the day the clock starts from,
            § 552(a)(6)(A)(ii)).
        track: The processing track (simple, complex, expedited).
        perfected: When the request was perfected (met the agency's requirements);
            ``None`` if it never was. Only perfected requests are counted in
            section VII.
        closed: When the request was closed; ``None`` while it is pending.
        disposition: The outcome (V.B(1)); set exactly when ``closed`` is.
        other_reason: What ``OTHER`` stands for (V.B(2)); set exactly when the
            reason is ``OTHER``.
        exemptions: The exemptions applied (V.B(3)), each once: at least one
            for a full denial, none for a grant in full or a non-exemption closure.
        exemption3_statutes: The Exemption 3 statutes relied on (section IV);
            at least one exactly when ``Ex. 3`` was applied.
        expedited_requested: Whether expedited processing was requested.
        expedited_decided: When that was decided; ``None`` if not (yet).
        expedited_granted: The decision; set exactly when ``expedited_decided`` is.
        fee_waiver_requested: Whether a fee waiver was requested.
        fee_waiver_decided: When that was decided; ``None`` if not (yet).
        fee_waiver_granted: The decision; set exactly when ``fee_waiver_decided`` is.
        fees_collected: The fees collected for the request, in dollars (section X).
        exclusion_used: Whether a § 552(c) exclusion was used (section XI.A).
        extended: Whether the time limit was extended for unusual circumstances
            (§ 552(a)(6)(B)(i)), which moves the backlog threshold (XII.A).
        appeals: The administrative appeals of the request.
    """

    component: str = attrs.field(validator=_text)
    received: date = attrs.field(validator=check_date)
    track: Track = attrs.field(validator=instance_of(Track))
    perfected: date | None = attrs.field(default=None, validator=_optional_date)
    closed: date | None = attrs.field(default=None, validator=_optional_date)
    disposition: Disposition | None = attrs.field(
        default=None, validator=instance_of(Disposition, type(None))
    )
    other_reason: str | None = attrs.field(default=None, validator=_text)
    exemptions: tuple[ExemptionCode, ...] = attrs.field(default=(), converter=_exemption_codes)
    exemption3_statutes: tuple[str, ...] = attrs.field(default=(), converter=_statutes)
    expedited_requested: bool = attrs.field(default=False, validator=_flag)
    expedited_decided: date | None = attrs.field(default=None, validator=_optional_date)
    expedited_granted: bool | None = attrs.field(default=None, validator=_optional_flag)
    fee_waiver_requested: bool = attrs.field(default=False, validator=_flag)
    fee_waiver_decided: date | None = attrs.field(default=None, validator=_optional_date)
    fee_waiver_granted: bool | None = attrs.field(default=None, validator=_optional_flag)
    fees_collected: Decimal = attrs.field(default=Decimal(0), validator=_money)
    exclusion_used: bool = attrs.field(default=False, validator=_flag)
    extended: bool = attrs.field(default=False, validator=_flag)
    appeals: tuple[FoiaAppealRecord, ...] = attrs.field(default=(), converter=_appeals)

    def __attrs_post_init__(self) -> None:
        if self.component != self.component.strip():
            msg = "must not start or end with spaces"
            raise InvalidInputError(msg, field="component", value=self.component)
        end = self.closed
        problems = _dates(
            ("perfected", self.perfected, "received", self.received),
            ("closed", self.closed, "received", self.received),
            ("expedited_decided", self.expedited_decided, "received", self.received),
            ("fee_waiver_decided", self.fee_waiver_decided, "received", self.received),
        )
        if end is not None:
            for name in ("perfected", "expedited_decided", "fee_waiver_decided"):
                value = getattr(self, name)
                if value is not None and value > end:
                    problems.append(Problem(name, "is after closed", value))
        problems += self._outcome_problems()
        problems += self._decision_problems()
        for i, appeal in enumerate(self.appeals):
            if appeal.received < self.received:
                path = f"appeals[{i}].received"
                problems.append(
                    Problem(path, "is before the request was received", appeal.received)
                )
        _raise(problems, "request record")

    def _outcome_problems(self) -> list[Problem]:
        problems: list[Problem] = []
        d = self.disposition
        if (self.closed is None) != (d is None):
            problems.append(Problem("disposition", "must be set exactly when closed is set", d))
        if d is Disposition.EXPEDITED_DENIAL:
            msg = "is a reason for appeals only"
            problems.append(Problem("disposition", msg, d))
        if (self.reason is NonExemptionReason.OTHER) != (self.other_reason is not None):
            msg = "must be set exactly when the reason is OTHER"
            problems.append(Problem("other_reason", msg, self.other_reason))
        if d is Disposition.FULL_DENIAL and not self.exemptions:
            msg = "a full denial on exemptions applies at least one"
            problems.append(Problem("exemptions", msg, self.exemptions))
        if d not in {Disposition.FULL_DENIAL, Disposition.PARTIAL_GRANT} and self.exemptions:
            msg = "only a partial grant or a full denial applies exemptions"
            problems.append(Problem("exemptions", msg, self.exemptions))
        if (ExemptionCode.EX_3 in self.exemptions) != bool(self.exemption3_statutes):
            msg = "must name at least one statute exactly when Ex. 3 is applied"
            problems.append(Problem("exemption3_statutes", msg, self.exemption3_statutes))
        return problems

    def _decision_problems(self) -> list[Problem]:
        problems: list[Problem] = []
        for kind in ("expedited", "fee_waiver"):
            requested = getattr(self, f"{kind}_requested")
            decided = getattr(self, f"{kind}_decided")
            granted = getattr(self, f"{kind}_granted")
            if (decided is None) != (granted is None):
                msg = f"must be set exactly when {kind}_decided is set"
                problems.append(Problem(f"{kind}_granted", msg, granted))
            if decided is not None and not requested:
                msg = f"a decision needs {kind}_requested"
                problems.append(Problem(f"{kind}_decided", msg, decided))
        if self.track is Track.EXPEDITED and self.expedited_granted is not True:
            msg = "the expedited track needs expedited processing granted"
            problems.append(Problem("track", msg, self.track))
        return problems

    @property
    def reason(self) -> NonExemptionReason | None:
        """The reason other than an exemption, for a non-exemption closure (V.B(1)).

        >>> from datetime import date
        >>> FoiaRequestRecord(component="OIP", received=date(2025, 3, 3), track=Track.SIMPLE,
        ...                   closed=date(2025, 3, 4), disposition=Disposition.NO_RECORDS).reason
        <NonExemptionReason.NO_RECORDS: 'NoRecords'>
        """
        return None if self.disposition is None else self.disposition.reason

    def is_pending_on(self, day: date) -> bool:
        """Whether the request was received by ``day`` and still open at its end."""
        return self.received <= day and (self.closed is None or self.closed > day)
