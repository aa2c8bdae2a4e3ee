"""The cost limit: FOIA s.12 with the 2004 Fees Regulations, FOISA s.12, and the fees around it.

:func:`cost_limit_check` estimates a request (or requests aggregated under reg
5) with the generic engine (:class:`govdisclosure.fees.CostLimit`): staff hours
on the permitted activities only, times the flat rate, against the appropriate
limit. A request over the limit may be *refused* (:meth:`CostLimitResult.refusal`):
the estimate is a reason, not a fee. Around it, the fees: under the limit, only
disbursements (:meth:`CostLimitResult.disbursement_fee`, reg 6); above it, an
authority that chooses to comply may charge under s.13
(:meth:`CostLimitResult.s13_fee`).

Hours are a ``Decimal`` (or an int): a total for the permitted activities
together, or a mapping per activity (FOIA: ``determine_held``, ``locate``,
``retrieve``, ``extract``; FOISA: ``locate``, ``retrieve``, ``provide``).
Another activity (redaction, say) is refused, naming it.

>>> from decimal import Decimal
>>> cost_limit_check(Decimal(24), central_government=True).status.value     # £600: not over
'within'
>>> result = cost_limit_check(Decimal("24.5"), central_government=True)
>>> str(result.estimate), result.refusable
('£612.50', True)
>>> cost_limit_check(Decimal(18), central_government=False).limit
Money(amount=Decimal('450'), currency='GBP')

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal

import attrs

import govdisclosure.jurisdictions.uk._cost_limit_data as data
from govdisclosure._validators import instance_of, tuple_of
from govdisclosure.calendar import WorkCalendar
from govdisclosure.errors import InvalidInputError, Problem
from govdisclosure.fees import CostLimit, CostLimitStatus, CostLimitVerdict, Threshold
from govdisclosure.fees._rates import check_quantity
from govdisclosure.jurisdictions.uk._aggregation import aggregation_group, aggregation_step
from govdisclosure.jurisdictions.uk._cost_records import (
    DEFAULT_COST_POLICY,
    TOTAL,
    CostLimitPolicy,
    CostRefusal,
    CostStep,
    Disbursements,
    FeeQuote,
    NonWorkingReceipt,
    RequestHours,
    to_steps,
)
from govdisclosure.jurisdictions.uk._refusals import REFUSAL_GROUNDS
from govdisclosure.jurisdictions.uk.acts import Act
from govdisclosure.law import Citation
from govdisclosure.money import Money

__all__ = [
    "DEFAULT_COST_POLICY",
    "CostLimitPolicy",
    "CostLimitResult",
    "CostRefusal",
    "CostStep",
    "Disbursements",
    "FeeQuote",
    "NonWorkingReceipt",
    "RequestHours",
    "aggregation_group",
    "cost_limit_check",
]


def _limit(
    act: Act, *, central_government: bool | None, policy: CostLimitPolicy, per_activity: bool
) -> tuple[CostLimit, list[CostStep]]:
    if act is Act.FOISA:
        rate, amount = policy.foisa_hourly_rate, data.FOISA_LIMIT
        citation = data.FOISA_LIMIT_CITATION
        steps = [
            CostStep("the prescribed amount (any Scottish public authority)", citation, amount),
            CostStep(
                "staff time at the authority's rate, at most £15.00 per hour",
                data.FOISA_HOURLY_RATE_CITATION,
                rate,
            ),
            CostStep(
                "only locating, retrieving and providing the information count",
                data.FOISA_ACTIVITIES_CITATION,
            ),
            CostStep(
                "not determining whether it is held or whether it should be given",
                data.FOISA_EXCLUDED_CITATION,
            ),
        ]
    else:
        rate = data.FOIA_HOURLY_RATE
        if central_government:
            amount, citation = data.FOIA_CENTRAL_LIMIT, data.FOIA_CENTRAL_LIMIT_CITATION
            who = "an authority listed in Part I of Schedule 1"
        else:
            amount, citation = data.FOIA_OTHER_LIMIT, data.FOIA_OTHER_LIMIT_CITATION
            who = "any other public authority"
        steps = [
            CostStep(f"the appropriate limit: {who}", citation, amount),
            CostStep(
                "staff time at £25.00 per person per hour", data.FOIA_HOURLY_RATE_CITATION, rate
            ),
            CostStep(
                "only determining whether held, locating, retrieving and extracting count",
                data.FOIA_ACTIVITIES_CITATION,
            ),
        ]
    codes = tuple(code for code, _, _ in _activities(act)) if per_activity else (TOTAL,)
    limit = CostLimit(
        f"{act.instrument.short} s.12", codes, rate, Threshold(amount), citation=citation
    )
    return limit, steps


def _activities(act: Act) -> tuple[tuple[str, str, Citation], ...]:
    return data.FOISA_ACTIVITIES if act is Act.FOISA else data.FOIA_ACTIVITIES


@attrs.frozen
class CostLimitResult:
    """The cost-limit answer for a request (or requests aggregated), with its steps.

    Attributes:
        act: The regime (FOIA or FOISA).
        verdict: The generic verdict: the estimates, the limit, the status.
        steps: How the answer was reached, each step cited.
        policy: The readings applied.
    """

    act: Act = attrs.field(validator=instance_of(Act))
    verdict: CostLimitVerdict = attrs.field(validator=instance_of(CostLimitVerdict))
    steps: tuple[CostStep, ...] = attrs.field(converter=to_steps)
    policy: CostLimitPolicy = attrs.field(
        default=DEFAULT_COST_POLICY, validator=instance_of(CostLimitPolicy)
    )

    @property
    def hours(self) -> Decimal:
        """The hours estimated, over every request aggregated."""
        return self.verdict.hours

    @property
    def estimate(self) -> Money:
        """The estimated cost: hours × the rate."""
        return self.verdict.estimate

    @property
    def limit(self) -> Money:
        """The appropriate limit (FOIA) or prescribed amount (FOISA)."""
        return self.verdict.limit.limit.amount

    @property
    def hourly_rate(self) -> Money:
        """The rate applied."""
        return self.verdict.limit.hourly_rate

    @property
    def status(self) -> CostLimitStatus:
        """Within, exceeds, or undetermined (an activity not estimated and not over yet)."""
        return self.verdict.status

    @property
    def refusable(self) -> bool | None:
        """Whether s.12 allows refusal: ``None`` when undetermined."""
        return self.verdict.refusable

    @property
    def confirm_deny_lapses(self) -> bool | None:
        """FOIA s.12(2): whether determining whether the information is held alone passes the limit.

        ``None`` when that cannot be told: a total without its breakdown, an
        unestimated ``determine_held`` (unless the others already pass), or FOISA
        (which does not count that activity).
        """
        if self.act is not Act.FOIA or TOTAL in self.verdict.limit.activities:
            return None
        held = [e.of("determine_held") for e in self.verdict.estimates]
        known = sum((h for h in held if h is not None), Decimal(0))
        over = self.verdict.limit.limit.passed_by(self.hourly_rate * known)
        if over:
            return True
        return None if None in held else False

    def refusal(self) -> CostRefusal:
        """The s.12 refusal, with its estimate: a reason to refuse, not a fee.

        Raises:
            InvalidInputError: the estimate does not pass the limit, or is undetermined.
        """
        if self.refusable is not True:
            msg = "the request may be refused on cost only when the estimate passes the limit"
            raise InvalidInputError(msg, field="status", value=self.status)
        ground = REFUSAL_GROUNDS[self.act]["12(1)"]
        return CostRefusal(ground, self.estimate, self.limit, self.steps)

    def disbursement_fee(self, disbursements: Disbursements) -> FeeQuote:
        """FOIA, under the limit: the fee for disbursements only (reg 6), no staff time.

        Raises:
            InvalidInputError: FOISA (its fee for required disclosure, SSI 2004/467
                reg 4, was not read and is not implemented), or an estimate
                that is not within the limit.
        """
        given: object = disbursements
        if not isinstance(given, Disbursements):
            msg = "must be a Disbursements"
            raise InvalidInputError(msg, field="disbursements", value=disbursements)
        if self.act is Act.FOISA:
            msg = "the FOISA fee under the prescribed amount (SSI 2004/467 reg 4) is not modelled"
            raise InvalidInputError(msg, field="act", value=self.act)
        if self.status is not CostLimitStatus.WITHIN:
            msg = "a fee under reg 6 needs an estimate within the limit"
            raise InvalidInputError(msg, field="status", value=self.status)
        steps = [
            CostStep(
                "reproducing the information", data.FOIA_REG6_CITATION, disbursements.reproduction
            ),
            CostStep(
                "postage or other transmission", data.FOIA_REG6_CITATION, disbursements.postage
            ),
            CostStep(
                "the applicant's preferred means of communication",
                data.FOIA_REG6_CITATION,
                disbursements.other,
            ),
            CostStep("no staff time under the limit", data.FOIA_REG6_CITATION),
        ]
        return FeeQuote(disbursements.total, steps)

    def s13_fee(
        self, disbursements: Disbursements | None = None, *, communication_hours: Decimal | int = 0
    ) -> FeeQuote:
        """The most an authority may charge if it chooses to comply above the limit (s.13).

        FOIA (reg 7): the estimate, plus staff time informing and communicating
        at £25 per hour (if ``policy.s13_communication_staff_time``), plus
        disbursements. FOISA (SSI 2004/376 reg 4): £50 plus the amount by which
        the projected costs exceed £600 (no other input).

        Raises:
            InvalidInputError: the estimate does not pass the limit; bad hours;
                FOISA with disbursements or communication hours.
        """
        hours = check_quantity(communication_hours, "communication_hours", whole=False)
        if self.status is not CostLimitStatus.EXCEEDS:
            msg = "a s.13 fee applies only when the estimate passes the limit"
            raise InvalidInputError(msg, field="status", value=self.status)
        if self.act is Act.FOISA:
            if disbursements is not None or hours:
                msg = "the FOISA s.13 fee is fixed by the projected costs alone"
                raise InvalidInputError(msg, field="disbursements", value=disbursements)
            total = data.FOISA_S13_FEE_BASE + (self.estimate - self.limit)
            step = CostStep(
                "£50 plus the projected costs over £600", data.FOISA_S13_FEE_CITATION, total
            )
            return FeeQuote(total, [step])
        extra: object = Disbursements() if disbursements is None else disbursements
        if not isinstance(extra, Disbursements):
            msg = "must be a Disbursements"
            raise InvalidInputError(msg, field="disbursements", value=disbursements)
        if hours and not self.policy.s13_communication_staff_time:
            msg = "staff time for communicating is not charged under this policy"
            raise InvalidInputError(msg, field="communication_hours", value=communication_hours)
        staff = data.FOIA_HOURLY_RATE * hours
        steps = [
            CostStep("the estimate of reg 4", data.FOIA_REG7_CITATION, self.estimate),
            CostStep(
                f"informing and communicating: {hours.normalize():f} h at £25.00",
                data.FOIA_REG7_CITATION,
                staff,
            ),
            CostStep("disbursements", data.FOIA_REG7_CITATION, extra.total),
        ]
        return FeeQuote(self.estimate + staff + extra.total, steps)

    def explain(self) -> str:
        """The steps, then each request's hours, for people."""
        lines = [f"{self.act.instrument.short} cost limit: {self.status.value}"]
        lines += [f"  {s}" for s in self.steps]
        lines += [f"  {line}" for line in self.verdict.explain().splitlines()[1:]]
        return "\n".join(lines)


def _check_inputs(act: object, central_government: object, policy: object) -> list[Problem]:
    problems: list[Problem] = []
    if not isinstance(act, Act):
        problems.append(Problem("act", "must be an Act", act))
    elif act is Act.EIR:
        problems.append(
            Problem(
                "act",
                "the EIR have no cost limit: a burdensome request is manifestly unreasonable "
                "(reg 12(4)(b)), an exception with its public interest test",
                act,
            )
        )
    elif act is Act.FOIA and type(central_government) is not bool:
        problems.append(
            Problem(
                "central_government",
                "must be a bool: is the authority listed in Part I of Schedule 1 to FOIA?",
                central_government,
            )
        )
    elif act is Act.FOISA and central_government is not None:
        problems.append(
            Problem(
                "central_government",
                "FOISA has one prescribed amount: leave it out",
                central_government,
            )
        )
    if not isinstance(policy, CostLimitPolicy):
        problems.append(Problem("policy", "must be a CostLimitPolicy", policy))
    return problems


def cost_limit_check(  # noqa: PLR0913 - the regulation's inputs, all keyword-only
    hours: Decimal | int | Mapping[str, Decimal | int | None],
    *,
    central_government: bool | None = None,
    act: Act = Act.FOIA,
    received: date | None = None,
    aggregated: Iterable[RequestHours] = (),
    calendar: WorkCalendar | None = None,
    ref: str = "",
    policy: CostLimitPolicy = DEFAULT_COST_POLICY,
) -> CostLimitResult:
    """Whether a request's cost passes the limit (FOIA s.12 and SI 2004/3244; FOISA s.12).

    Args:
        hours: The request's hours: a total for the permitted activities, or
            a mapping per activity (``None`` for one not estimated).
        central_government: FOIA: whether the authority is listed in Part I of
            Schedule 1 (£600) or not (£450). Must be left out for FOISA.
        act: FOIA (default) or FOISA; the EIR have no cost limit.
        received: When the request was received (needed to aggregate).
        aggregated: FOIA reg 5: the other requests by the same person (or
            persons acting in concert) for the same or similar information, as
            judged by the caller; all must fall within one period of 60
            consecutive working days with this one.
        calendar: The working days (needed to aggregate).
        ref: A reference for this request.
        policy: The readings applied (:class:`CostLimitPolicy`).

    Raises:
        InvalidInputError: every bad input at once: negative or float hours, an
            activity that does not count, a missing ``central_government``,
            aggregation without dates or calendar or outside 60 working days.

    >>> per_activity = cost_limit_check({"determine_held": 25, "locate": None,
    ...                                  "retrieve": None, "extract": None},
    ...                                 central_government=True)
    >>> per_activity.status.value, per_activity.confirm_deny_lapses
    ('exceeds', True)
    """
    problems = _check_inputs(act, central_government, policy)
    others = tuple_of(aggregated, "aggregated")
    if problems:
        msg = "invalid cost-limit question"
        raise InvalidInputError(msg, problems=problems)
    main = RequestHours(date.min if received is None else received, hours, ref=ref)
    group = (main, *others)
    problems += [
        Problem(f"aggregated[{i}]", "must be a RequestHours", r)
        for i, r in enumerate(others)
        if not isinstance(r, RequestHours)
    ]
    if others and act is Act.FOISA:
        problems.append(
            Problem(
                "aggregated",
                "FOISA aggregation (SSI 2004/467 reg 6: different persons, with publication) is "
                "not modelled",
                others,
            )
        )
    if others and (received is None or not isinstance(calendar, WorkCalendar)):
        problems.append(
            Problem(
                "received" if received is None else "calendar",
                "aggregation needs the date of receipt and a WorkCalendar",
                received if received is None else calendar,
            )
        )
    if problems:
        msg = "invalid cost-limit question"
        raise InvalidInputError(msg, problems=problems)
    forms = {r.is_total for r in group}
    if len(forms) > 1:
        msg = "give every request's hours in the same form (all totals, or all per activity)"
        raise InvalidInputError(msg, field="aggregated", value=others)
    per_activity = forms == {False}
    limit, steps = _limit(
        act, central_government=central_government, policy=policy, per_activity=per_activity
    )
    if others and isinstance(calendar, WorkCalendar):
        steps.append(aggregation_step(group, calendar, policy))
    verdict = limit.check([r.estimate() for r in group])
    steps.append(
        CostStep(
            f"{verdict.hours.normalize():f} hours × {limit.hourly_rate}: {verdict.status.value} "
            f"(refusable when {limit.limit})",
            data.FOISA_S12_CITATION if act is Act.FOISA else data.FOIA_S12_CITATION,
            verdict.estimate,
        )
    )
    return CostLimitResult(act, verdict, steps, policy)
