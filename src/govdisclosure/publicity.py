"""Publicity-submission quotas: targets, submissions, adoption, points, shortfalls.

Many organisations set their units yearly targets for publicity items
submitted to information platforms (news, work briefings), a minimum share of
them adopted (used) by the platforms, and a points table reported every few
months. These are local administrative rules, not law: the library holds no
numbers of its own, and every target is user data in a :class:`QuotaRule`.

A :class:`QuotaAssessment` puts the rules beside the :class:`SubmissionRecord`
values of a period and says who falls short (:class:`Shortfall`), and, with a
:class:`PointsRule`, each unit's points in each reporting period.

>>> from fractions import Fraction
>>> rule = QuotaRule("bureaus", units=["b1", "b2"], min_submitted=10,
...                  min_adoption_rate=Fraction(1, 2))
>>> year = Period.year(2030)
>>> records = [SubmissionRecord("b1", year, submitted=12, adopted=7),
...            SubmissionRecord("b2", year, submitted=8, adopted=2)]
>>> a = QuotaAssessment(year, [rule], records)
>>> [(s.unit_id, s.measure.value, s.required, s.actual) for s in a.shortfalls]
[('b2', 'submitted', 10, 8), ('b2', 'adoption_rate', Fraction(1, 2), Fraction(1, 4))]
>>> a.meets("b1")
True

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

from govdisclosure._validators import instance_of, non_empty, tuple_of
from govdisclosure.channels import Period
from govdisclosure.errors import InvalidInputError, Problem

__all__ = [
    "Measure",
    "PointsRule",
    "QuotaAssessment",
    "QuotaRule",
    "Shortfall",
    "SubmissionRecord",
]


def _to_units(values: Any) -> tuple[Any, ...]:  # noqa: ANN401
    return tuple_of(values, "units", one=True)


def _to_rules(values: Any) -> tuple[Any, ...]:  # noqa: ANN401
    return tuple_of(values, "rules")


def _to_records(values: Any) -> tuple[Any, ...]:  # noqa: ANN401
    return tuple_of(values, "records")


def _count(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if type(value) is not int or value < 0:
        msg = "must be a whole number (int), not negative"
        raise InvalidInputError(msg, field=attribute.name, value=value)


def _to_rate(value: object) -> object:
    if isinstance(value, Decimal) and value.is_finite():
        return Fraction(value)
    if type(value) is int:
        return Fraction(value)
    return value


def _check_rate(
    instance: object, attribute: attrs.Attribute[Fraction | None], value: object
) -> None:
    if value is not None and (not isinstance(value, Fraction) or not 0 <= value <= 1):
        msg = "must be a Fraction, Decimal or int between 0 and 1, or None"
        raise InvalidInputError(msg, field=attribute.name, value=value)


@attrs.frozen
class SubmissionRecord:
    """What one unit submitted in one period, and how much of it was adopted.

    >>> SubmissionRecord("b1", Period.year(2030), submitted=4, adopted=1).adoption_rate
    Fraction(1, 4)
    >>> SubmissionRecord("b1", Period.year(2030), submitted=4, adopted=5)
    Traceback (most recent call last):
    ...
    govdisclosure.errors.InvalidInputError: adopted: more adopted than submitted (4) (got 5)
    """

    unit_id: str = attrs.field(validator=non_empty)
    period: Period = attrs.field(validator=instance_of(Period))
    submitted: int = attrs.field(kw_only=True, validator=_count)
    adopted: int = attrs.field(kw_only=True, validator=_count)

    def __attrs_post_init__(self) -> None:
        if self.adopted > self.submitted:
            msg = f"more adopted than submitted ({self.submitted})"
            raise InvalidInputError(msg, field="adopted", value=self.adopted)

    @property
    def adoption_rate(self) -> Fraction | None:
        """Adopted over submitted; ``None`` when nothing was submitted."""
        return Fraction(self.adopted, self.submitted) if self.submitted else None


@attrs.frozen
class QuotaRule:
    """Targets binding some units over an assessment period (a year, typically).

    Attributes:
        name: The rule's name for people ("district bureaus", say).
        units: The ids of the units it binds.
        min_submitted: The fewest items each unit must submit in the period.
        min_adoption_rate: The smallest share of its items each unit must have
            adopted, if the rule sets one.
        source: Where the rule comes from (a local notice, say).
    """

    name: str = attrs.field(validator=non_empty)
    units: tuple[str, ...] = attrs.field(kw_only=True, converter=_to_units)
    min_submitted: int = attrs.field(default=0, kw_only=True, validator=_count)
    min_adoption_rate: Fraction | None = attrs.field(
        default=None, kw_only=True, converter=_to_rate, validator=_check_rate
    )
    source: str = attrs.field(default="", kw_only=True)

    def __attrs_post_init__(self) -> None:
        given: tuple[object, ...] = self.units
        bad = [u for u in given if not isinstance(u, str) or not u]
        if bad or not given or len(set(given)) != len(given):
            msg = "must name at least one unit, each once, by a non-empty id"
            raise InvalidInputError(msg, field="units", value=self.units)


def _check_months(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if type(value) is not int or value < 1:
        msg = "must be a whole number of months, at least 1"
        raise InvalidInputError(msg, field=attribute.name, value=value)


def _to_decimal(value: object) -> object:
    return Decimal(value) if type(value) is int else value


def _check_weight(instance: object, attribute: attrs.Attribute[Decimal], value: object) -> None:
    if not isinstance(value, Decimal) or not value.is_finite():
        msg = "must be a finite Decimal (or an int)"
        raise InvalidInputError(msg, field=attribute.name, value=value)


@attrs.frozen
class PointsRule:
    """How points are scored and how often they are reported.

    Points for a unit and reporting period are ``per_submitted * submitted +
    per_adopted * adopted``. The weights are the organisation's own; nothing
    here assumes any.

    Attributes:
        every_months: The length of a reporting period, in calendar months.
        per_submitted: Points per item submitted.
        per_adopted: Points per item adopted.

    >>> PointsRule(every_months=2, per_submitted=1, per_adopted=3).points(submitted=5, adopted=2)
    Decimal('11')
    """

    every_months: int = attrs.field(kw_only=True, validator=_check_months)
    per_submitted: Decimal = attrs.field(
        kw_only=True, converter=_to_decimal, validator=_check_weight
    )
    per_adopted: Decimal = attrs.field(kw_only=True, converter=_to_decimal, validator=_check_weight)

    def points(self, *, submitted: int, adopted: int) -> Decimal:
        """The points for ``submitted`` items of which ``adopted`` were adopted."""
        return self.per_submitted * submitted + self.per_adopted * adopted


class Measure(enum.Enum):
    """What a unit falls short on."""

    SUBMITTED = "submitted"
    ADOPTION_RATE = "adoption_rate"


@attrs.frozen
class Shortfall:
    """A unit short of a target of a rule.

    ``actual`` is ``None`` for an adoption rate when nothing was submitted (a
    rate cannot be formed; the target is not met).
    """

    unit_id: str
    rule: str
    measure: Measure
    required: int | Fraction
    actual: int | Fraction | None

    @property
    def gap(self) -> int | Fraction:
        """How far short the unit is (the whole target when ``actual`` is ``None``)."""
        return self.required - (self.actual or 0)


@attrs.frozen
class QuotaAssessment:
    """Quota rules and submission records for one assessment period.

    Records must lie inside the period, and one unit's records must not
    overlap (they would be counted twice). With a :class:`PointsRule`, each
    record must also lie inside one reporting period, so that no record is
    split by guesswork. A unit bound by a rule and without records has
    submitted nothing.

    Attributes:
        period: The assessment period (the span the targets are for).
        rules: The quota rules.
        records: The submission records.
        points_rule: How points are scored and reported, if they are.

    Raises:
        InvalidInputError: naming every bad record at once.
    """

    period: Period = attrs.field(validator=instance_of(Period))
    rules: tuple[QuotaRule, ...] = attrs.field(converter=_to_rules)
    records: tuple[SubmissionRecord, ...] = attrs.field(default=(), converter=_to_records)
    points_rule: PointsRule | None = attrs.field(default=None, kw_only=True)

    def __attrs_post_init__(self) -> None:
        problems = self._problems()
        if problems:
            msg = f"invalid quota assessment for {self.period}"
            raise InvalidInputError(msg, problems=problems)

    def _problems(self) -> list[Problem]:
        problems: list[Problem] = []
        rules: tuple[object, ...] = self.rules
        problems.extend(
            Problem(f"rules[{i}]", "must be a QuotaRule", r)
            for i, r in enumerate(rules)
            if not isinstance(r, QuotaRule)
        )
        reporting = self._reporting_periods(problems)
        kept: list[SubmissionRecord] = []
        given: tuple[object, ...] = self.records
        for i, record in enumerate(given):
            at = f"records[{i}]"
            if not isinstance(record, SubmissionRecord):
                problems.append(Problem(at, "must be a SubmissionRecord", record))
                continue
            if not self.period.includes(record.period):
                msg = f"lies outside the assessment period {self.period}"
                problems.append(Problem(f"{at}.period", msg, str(record.period)))
            clash = next(
                (
                    k
                    for k in kept
                    if k.unit_id == record.unit_id and k.period.overlaps(record.period)
                ),
                None,
            )
            if clash is not None:
                msg = f"overlaps another record of unit {record.unit_id!r} ({clash.period})"
                problems.append(Problem(f"{at}.period", msg, str(record.period)))
            if reporting and not any(p.includes(record.period) for p in reporting):
                msg = "straddles two reporting periods of the points rule"
                problems.append(Problem(f"{at}.period", msg, str(record.period)))
            kept.append(record)
        return problems

    def _reporting_periods(self, problems: list[Problem]) -> tuple[Period, ...]:
        if self.points_rule is None:
            return ()
        try:
            return self.period.split_months(self.points_rule.every_months)
        except InvalidInputError as err:
            msg = f"the assessment period does not split into reporting periods: {err}"
            problems.append(Problem("points_rule.every_months", msg, str(self.period)))
            return ()

    # -- derived -----------------------------------------------------------------------

    @property
    def units(self) -> tuple[str, ...]:
        """Every unit bound by a rule, in order of first mention."""
        return tuple(dict.fromkeys(u for r in self.rules for u in r.units))

    def totals(self, unit_id: str) -> tuple[int, int]:
        """``(submitted, adopted)`` for ``unit_id`` over the whole period."""
        mine = [r for r in self.records if r.unit_id == unit_id]
        return sum(r.submitted for r in mine), sum(r.adopted for r in mine)

    def adoption_rate(self, unit_id: str) -> Fraction | None:
        """Adopted over submitted for ``unit_id``; ``None`` when nothing was submitted."""
        submitted, adopted = self.totals(unit_id)
        return Fraction(adopted, submitted) if submitted else None

    @property
    def shortfalls(self) -> tuple[Shortfall, ...]:
        """Every unit short of a target, rule by rule, unit by unit."""
        found: list[Shortfall] = []
        for rule in self.rules:
            for unit in rule.units:
                submitted, _ = self.totals(unit)
                if submitted < rule.min_submitted:
                    found.append(
                        Shortfall(unit, rule.name, Measure.SUBMITTED, rule.min_submitted, submitted)
                    )
                target = rule.min_adoption_rate
                rate = self.adoption_rate(unit)
                if target is not None and (rate is None or rate < target):
                    found.append(Shortfall(unit, rule.name, Measure.ADOPTION_RATE, target, rate))
        return tuple(found)

    def meets(self, unit_id: str) -> bool:
        """Whether ``unit_id`` meets every target that binds it."""
        return not any(s.unit_id == unit_id for s in self.shortfalls)

    @property
    def reporting_periods(self) -> tuple[Period, ...]:
        """The reporting periods of the points rule (empty without one)."""
        if self.points_rule is None:
            return ()
        return self.period.split_months(self.points_rule.every_months)

    def points(self) -> dict[Period, dict[str, Decimal]]:
        """Points per reporting period, per unit (every unit with a record or a rule).

        Raises:
            InvalidInputError: if the assessment has no points rule.

        >>> from decimal import Decimal
        >>> rule = QuotaRule("all", units=["u"], min_submitted=1)
        >>> jan = Period.month(2030, 1)
        >>> a = QuotaAssessment(Period.year(2030), [rule],
        ...     [SubmissionRecord("u", jan, submitted=3, adopted=1)],
        ...     points_rule=PointsRule(every_months=6, per_submitted=1, per_adopted=2))
        >>> for period, row in a.points().items():
        ...     print(period, row)
        2030-01-01..2030-06-30 {'u': Decimal('5')}
        2030-07-01..2030-12-31 {'u': Decimal('0')}
        """
        rule = self.points_rule
        if rule is None:
            msg = "the assessment has no points rule"
            raise InvalidInputError(msg, field="points_rule", value=None)
        units = tuple(dict.fromkeys((*self.units, *(r.unit_id for r in self.records))))
        table: dict[Period, dict[str, Decimal]] = {}
        for period in self.reporting_periods:
            row: dict[str, Decimal] = {}
            for unit in units:
                mine = [r for r in self.records if r.unit_id == unit and period.includes(r.period)]
                row[unit] = rule.points(
                    submitted=sum(r.submitted for r in mine), adopted=sum(r.adopted for r in mine)
                )
            table[period] = row
        return table
