"""The PRC reply clock: the regimes of 2007 and 2019, and the readings where they are silent.

:func:`reply_deadline` picks the regime in force on the date of receipt and
runs the generic clock (:mod:`govdisclosure.deadlines`) on the official
working-day calendar:

* received 2008-05-01 to 2019-05-14, the 2007 Regulations: a reply within 15
  working days, extendable once by at most 15 (old Art 24 ¶2); the time spent
  consulting a third party is not counted (old Art 24 ¶3).
* received from 2019-05-15, the 2019 Regulations: 20 working days, extendable
  once by at most 20 (Art 33 ¶2); the time spent consulting third parties and
  other organs is not counted (Art 33 ¶3); a correction must be requested
  within 7 working days of receipt, and the period runs again from receipt of
  the corrected application (Art 30); a delayed date may be fixed for
  unreasonably many requests (Art 35); the consulted party has 15 working
  days (Arts 32 and 34), and by default no more is left out.

Where the texts are silent, :class:`ClockPolicy` names our reading, with a
default that can be overridden. Received before 2008-05-01, no rule is in
force: :class:`~govdisclosure.errors.NoRuleInForceError`.

>>> from datetime import date
>>> from govdisclosure.requests import Applicant, ApplicantKind, Request
>>> req = Request(id="r1", received=date(2024, 9, 27),
...               applicant=Applicant(kind=ApplicantKind.NATURAL_PERSON))
>>> reply_deadline(req).due  # 29 Sep (a Sunday worked), 30 Sep, 8-12 Oct (12th worked), ...
datetime.date(2024, 10, 30)
>>> for step in reply_deadline(req).explain():
...     print(step.on, step.citation)
2024-09-27 OGI Reg. (2019) Art 33 ¶2
2024-10-30 OGI Reg. (2019) Art 33 ¶2

The date of receipt (Art 31) is :func:`date_of_receipt`, in
:mod:`govdisclosure.jurisdictions.cn.receipt` and importable from here too.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
import functools
from datetime import date, timedelta

import attrs

from govdisclosure._validators import instance_of
from govdisclosure.calendar import WorkCalendar
from govdisclosure.deadlines import (
    ClockRules,
    Deadline,
    PauseRule,
    compute_deadline,
    register_rules,
)
from govdisclosure.errors import InvalidInputError, TimelineError
from govdisclosure.jurisdictions.cn.fees import FEE_PAYMENT_PERIOD
from govdisclosure.jurisdictions.cn.instruments import FEE_MEASURES_2020, OGI_2007, OGI_2019
from govdisclosure.jurisdictions.cn.receipt import (
    RECEIPT_RULES,
    TIME_ZONE,
    MailReceipt,
    date_of_receipt,
    local_date,
    receipt_findings,
)
from govdisclosure.law import OMIT_IF_DEFAULT, Citation, Version, Versioned, WorkingDays
from govdisclosure.requests import Request

__all__ = [
    "CONSULTATION_PERIOD",
    "DEFAULT_POLICY",
    "RECEIPT_RULES",
    "REPLY_RULES",
    "RULES_2007",
    "RULES_2019",
    "TIME_ZONE",
    "ClockPolicy",
    "MailReceipt",
    "RegimeBasis",
    "clock_rules",
    "date_of_receipt",
    "local_date",
    "receipt_findings",
    "reply_deadline",
]

# -- the regimes ---------------------------------------------------------------------------

_PAYMENT = FEE_PAYMENT_PERIOD.versions[0]

_FEE_MEASURES_IN_FORCE = FEE_MEASURES_2020.effective or date(2021, 1, 1)

CONSULTATION_PERIOD = WorkingDays(15)
"""The consulted party's time to answer: 15 working days for a third party (Art 32) and for
the other organs that made the information jointly (Art 34)."""

_FEE_POLICY_READING = (
    "our reading: the time from a fee notice to payment is not counted "
    "(ClockPolicy.fee_payment_pauses; "
)
_FEE_POLICY_NOTE = (
    _FEE_POLICY_READING + "the fee measures' text after Art 5 was not obtained [UNVERIFIED])"
)

RULES_2019 = ClockRules(
    name="OGI Reg. (2019)",
    limit=WorkingDays(20),
    limit_citation=Citation(OGI_2019, "33", paragraph=2),
    max_extension=WorkingDays(20),
    extension_citation=Citation(OGI_2019, "33", paragraph=2),
    restart_citation=Citation(OGI_2019, "30"),
    third_party=PauseRule(
        stops_clock=True,
        citation=Citation(OGI_2019, "33", paragraph=3),
        period=CONSULTATION_PERIOD,
        period_citation=Citation(OGI_2019, "32"),
    ),
    other_organ=PauseRule(
        stops_clock=True,
        citation=Citation(OGI_2019, "33", paragraph=3),
        period=CONSULTATION_PERIOD,
        period_citation=Citation(OGI_2019, "34"),
    ),
    fee=PauseRule(
        stops_clock=True,
        citation=Citation(FEE_MEASURES_2020, note=_FEE_POLICY_NOTE),
        period=_PAYMENT.value,
        period_citation=_PAYMENT.citation,
    ),
    correction_notice=WorkingDays(7),
    correction_notice_citation=Citation(OGI_2019, "30"),
    delay_citation=Citation(OGI_2019, "35"),
)
"""The clock for requests received from 2019-05-15, as the texts give it (before any
:class:`ClockPolicy` is applied: see :func:`clock_rules`)."""

_OLD = "text of old Art 24 read on republished copies [3P]"

RULES_2007 = ClockRules(
    name="OGI Reg. (2007)",
    limit=WorkingDays(15),
    limit_citation=Citation(OGI_2007, "24", paragraph=2, note=_OLD),
    max_extension=WorkingDays(15),
    extension_citation=Citation(OGI_2007, "24", paragraph=2, note=_OLD),
    restart_citation=Citation(
        OGI_2007,
        "21",
        item="四",
        note=(
            "申请内容不明确的，应当告知申请人作出更改、补充; the 2007 text sets no restart: our "
            "reading [INFERENCE] is that, as under Art 30 (2019), the period runs from receipt "
            "of the corrected application"
        ),
    ),
    third_party=PauseRule(
        stops_clock=True,
        citation=Citation(OGI_2007, "24", paragraph=3, note=_OLD),
    ),
    other_organ=PauseRule(
        stops_clock=False,
        citation=Citation(
            OGI_2007,
            "24",
            paragraph=3,
            note=(
                "names only third parties, so the time spent consulting another organ is "
                "counted; leaving it out too, as under Art 33 ¶3 (2019), is the alternative "
                "reading (ClockPolicy.other_organ_pauses_before_2019) " + _OLD
            ),
        ),
    ),
    fee=PauseRule(
        stops_clock=True,
        citation=Citation(
            OGI_2007,
            "27",
            note="cost fees; " + _FEE_POLICY_READING + "[INFERENCE], [UNVERIFIED])",
        ),
    ),
    delay_citation=Citation(
        OGI_2007,
        note=(
            "the 2007 Regulations have no counterpart of Art 35 (2019); a delayed date "
            "recorded for such a request is applied as recorded only under "
            "ClockPolicy(delay_before_2019=True)"
        ),
    ),
)
"""The clock for requests received 2008-05-01 to 2019-05-14, as the texts give it (before any
:class:`ClockPolicy` is applied: see :func:`clock_rules`)."""

REPLY_RULES: Versioned[ClockRules] = Versioned(
    "reply period for requests (依申请公开答复期限)",
    (
        Version(
            RULES_2007,
            start=OGI_2007.effective or date.min,
            end=(OGI_2019.effective or date.max) - timedelta(days=1),
            citation=RULES_2007.limit_citation,
        ),
        Version(
            RULES_2019,
            start=OGI_2019.effective or date.max,
            citation=RULES_2019.limit_citation,
        ),
    ),
)
"""The regimes, picked by the date of receipt."""


# Policy fields added in 0.2 are left out of documents while they hold their defaults.
_NEW = {OMIT_IF_DEFAULT: True}


class RegimeBasis(enum.Enum):
    """Which date picks the regime (2007 or 2019) for an application corrected under Art 30."""

    ORIGINAL_RECEIPT = "original_receipt"
    """The receipt of the original application (default), as the application is one and the
    regime in force when it was made governs it."""
    CORRECTED_APPLICATION = "corrected_application"
    """The receipt of the corrected application, which Art 30 makes the new day 0."""


@attrs.frozen
class ClockPolicy:
    """Our readings where the PRC texts are silent; each has a default and can be changed.

    Attributes:
        fee_payment_pauses: Whether the time from a fee notice to payment is
            left out of the reply period. Widely believed, not confirmed: the
            national text after Art 5 of the fee measures was not obtained
            ([UNVERIFIED]). Default: it is left out.
        other_organ_pauses_before_2019: Whether, under the 2007 Regulations,
            the time spent consulting another organ is left out too. Old Art
            24 ¶3 speaks only of third parties (read on republished copies,
            [3P]); Art 33 ¶3 (2019) added other organs. Default: no, as the
            2007 text reads; ``True`` treats both regimes alike [INFERENCE].
        count_receipt_day: Whether the day of receipt itself counts as the
            first working day. The Regulations do not say how to start the
            count; our reading ([INFERENCE], by analogy with the general rule
            that the starting day of a period is not counted, Civil Procedure
            Law (2023) Art 85, "期间开始的时和日，不计算在期间内", quoted [3P];
            a Q&A page has the OGI period run "自收到申请次日起算" [3P]) is
            that it does not. Default: it does not.
        delay_before_2019: Whether a delayed date (``DelaySet``) recorded for a
            request under the 2007 Regulations fixes the due date as it does
            under Art 35 (2019). The 2007 text has no such article. Default:
            no, the statutory period stands and the delay is a finding.
        consultation_cap: The most working days after the day a consultation
            began that are left out of the period (Arts 32 and 34 give the
            consulted party 15 working days; what lies beyond is not time
            "所需" for consultation [INFERENCE]). A consultation that never
            ends still gives a due date. ``None`` lifts the cap: an open
            consultation then leaves the due date unknown. Applies where the
            regime gives the consulted party a period (2019); the 2007
            Regulations give none. Default: :data:`CONSULTATION_PERIOD`.
        fee_pause_until_payment_deadline: Whether a fee notice pauses the
            clock at most until the payment deadline of the fee measures
            (:func:`~govdisclosure.jurisdictions.cn.fees.fee_payment_deadline`,
            20 working days [UNVERIFIED]); a payment after it does not revive
            the application, and an unpaid notice ends the pause there.
            Default: yes.
        fee_pause_before_fee_measures: Whether a fee notice issued before the
            fee measures (国办函〔2020〕109号) were in force, 2021-01-01, pauses the
            clock. Default: no (the pause rests on those measures); it is a
            finding.
        corrected_regime: Which date picks the regime for a corrected
            application (:class:`RegimeBasis`). Default: the original receipt.

    >>> reply = ClockPolicy(fee_payment_pauses=False)
    >>> clock_rules(date(2024, 3, 1), reply).fee.stops_clock
    False
    >>> clock_rules(date(2024, 3, 1)).third_party.cap
    WorkingDays(15)

    .. versionchanged:: 0.2.0 ``other_organ_pauses_before_2019`` and ``delay_before_2019``
       default to the literal 2007 reading; ``consultation_cap``,
       ``fee_pause_until_payment_deadline``, ``fee_pause_before_fee_measures`` and
       ``corrected_regime`` are new.
    """

    fee_payment_pauses: bool = attrs.field(default=True, validator=instance_of(bool))
    other_organ_pauses_before_2019: bool = attrs.field(default=False, validator=instance_of(bool))
    count_receipt_day: bool = attrs.field(default=False, validator=instance_of(bool))
    delay_before_2019: bool = attrs.field(default=False, validator=instance_of(bool))
    consultation_cap: WorkingDays | None = attrs.field(
        default=CONSULTATION_PERIOD,
        validator=instance_of(WorkingDays, type(None)),
        kw_only=True,
        metadata=_NEW,
    )
    fee_pause_until_payment_deadline: bool = attrs.field(
        default=True, validator=instance_of(bool), kw_only=True, metadata=_NEW
    )
    fee_pause_before_fee_measures: bool = attrs.field(
        default=False, validator=instance_of(bool), kw_only=True, metadata=_NEW
    )
    corrected_regime: RegimeBasis = attrs.field(
        default=RegimeBasis.ORIGINAL_RECEIPT,
        validator=instance_of(RegimeBasis),
        kw_only=True,
        metadata=_NEW,
    )

    def _capped(self, rule: PauseRule) -> PauseRule:
        if rule.period is None or self.consultation_cap is None:
            return rule
        return attrs.evolve(
            rule,
            cap=self.consultation_cap,
            cap_citation=attrs.evolve(
                rule.period_citation or rule.citation,
                note=(
                    "the consulted party's period bounds the time left out as 所需 for "
                    "consultation: our reading [INFERENCE] (ClockPolicy.consultation_cap)"
                ),
            ),
        )

    def _fee(self, rule: PauseRule) -> PauseRule:
        return attrs.evolve(
            rule,
            stops_clock=self.fee_payment_pauses,
            cap=_PAYMENT.value if self.fee_pause_until_payment_deadline else None,
            cap_citation=_PAYMENT.citation if self.fee_pause_until_payment_deadline else None,
            in_force_from=None if self.fee_pause_before_fee_measures else _FEE_MEASURES_IN_FORCE,
            in_force_citation=Citation(
                FEE_MEASURES_2020,
                note=(
                    "in force from 2021-01-01; no fee pause before it "
                    "(ClockPolicy.fee_pause_before_fee_measures)"
                ),
            ),
        )

    def apply(self, rules: ClockRules) -> ClockRules:
        """``rules`` as read under this policy."""
        other_organ = rules.other_organ
        delay = rules.delay_citation
        if rules is RULES_2007:
            other_organ = attrs.evolve(other_organ, stops_clock=self.other_organ_pauses_before_2019)
            delay = delay if self.delay_before_2019 else None
        return attrs.evolve(
            rules,
            third_party=self._capped(rules.third_party),
            other_organ=self._capped(other_organ),
            fee=self._fee(rules.fee),
            count_day_zero=self.count_receipt_day,
            delay_citation=delay,
        )


DEFAULT_POLICY = ClockPolicy()
"""The default readings (see :class:`ClockPolicy`)."""

_CACHE: dict[tuple[int, ClockPolicy], ClockRules] = {}
# The regimes under the default policy, newest first, for a lookup by date without hashing.
_DEFAULTS = tuple(
    (v.start, v.end or date.max, DEFAULT_POLICY.apply(v.value))
    for v in reversed(REPLY_RULES.versions)
)
# Known by name, so that a serialized deadline names its rules instead of embedding them.
register_rules("cn.ogi-2019", _DEFAULTS[0][2])
register_rules("cn.ogi-2007", _DEFAULTS[1][2])


def clock_rules(received: date, policy: ClockPolicy = DEFAULT_POLICY) -> ClockRules:
    """The clock rules for a request received on ``received``, under ``policy``.

    >>> clock_rules(date(2019, 5, 14)).limit, clock_rules(date(2019, 5, 15)).limit
    (WorkingDays(15), WorkingDays(20))

    Raises:
        NoRuleInForceError: if ``received`` is before 2008-05-01.
    """
    if policy is DEFAULT_POLICY:
        for start, end, default in _DEFAULTS:
            if start <= received <= end:
                return default
    version = REPLY_RULES.in_force(received)
    key = (id(version), policy)
    rules = _CACHE.get(key)
    if rules is None:
        rules = _CACHE[key] = policy.apply(version.value)
    return rules


@functools.cache
def _default_calendar() -> WorkCalendar:
    # Imported here, once: callers who pass their own calendar never load the official one.
    from govdisclosure.jurisdictions.cn.workdays import calendar

    return calendar()


def reply_deadline(
    request: Request,
    *,
    calendar: WorkCalendar | None = None,
    policy: ClockPolicy = DEFAULT_POLICY,
) -> Deadline:
    """When the reply to ``request`` is due under the PRC Regulations, and how.

    The regime is the one in force on the date of receipt (``request.received``);
    for a corrected application, see ``ClockPolicy.corrected_regime``.

    Args:
        request: The request and its event log.
        calendar: The working-day calendar; by default the official one
            (``govdisclosure.jurisdictions.cn.workdays.calendar()``).
        policy: Our readings where the texts are silent (:class:`ClockPolicy`).

    Returns:
        The :class:`~govdisclosure.deadlines.Deadline`.

    Raises:
        NoRuleInForceError: if the request was received before 2008-05-01.
        TimelineError: a second extension, or one longer than the regime allows.
        CalendarNotPublishedError: the count runs past the published calendar.
    """
    given: object = request
    if not isinstance(given, Request):
        msg = "must be a Request"
        raise InvalidInputError(msg, field="request", value=given)
    chosen: object = policy
    if not isinstance(chosen, ClockPolicy):
        msg = "must be a ClockPolicy"
        raise InvalidInputError(msg, field="policy", value=chosen)
    rules = clock_rules(request.received, policy)
    cal = _default_calendar() if calendar is None else calendar
    if policy.corrected_regime is not RegimeBasis.CORRECTED_APPLICATION:
        return compute_deadline(request, rules, cal)
    # Art 30: the corrected application is the new day 0; under this reading its date of
    # receipt also picks the regime, whose extension bounds then govern. Day 0 does not
    # depend on the extensions, so it is found with the receipt regime's bounds lifted.
    try:
        deadline = compute_deadline(request, rules, cal)
    except TimelineError as error:
        probe = attrs.evolve(rules, max_extension=None, max_extensions=len(request.events) + 1)
        try:
            start = compute_deadline(request, probe, cal).start
        except TimelineError:
            raise error from None
        corrected = clock_rules(start, policy)
        if corrected is rules:
            raise
        return compute_deadline(request, corrected, cal)
    if deadline.start != request.received:
        corrected = clock_rules(deadline.start, policy)
        if corrected is not rules:
            deadline = compute_deadline(request, corrected, cal)
    return deadline
