"""The PRC reply clock: the regimes of 2007 and 2019, receipt dates, and the time zone.

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
  unreasonably many requests (Art 35).

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

Timestamps become dates in Beijing time: an online application confirmed at
23:30 UTC is received the next day.

>>> from datetime import datetime, timezone
>>> from govdisclosure.requests import ReceiptChannel
>>> date_of_receipt(ReceiptChannel.ONLINE,
...                 confirmed=datetime(2024, 3, 1, 23, 30, tzinfo=timezone.utc))
datetime.date(2024, 3, 2)

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import functools
import types
from collections.abc import Mapping
from datetime import date, datetime, timedelta, tzinfo

import attrs
from dateutil import tz

from govdisclosure.calendar import WorkCalendar
from govdisclosure.deadlines import ClockRules, Deadline, PauseRule, compute_deadline
from govdisclosure.errors import InvalidInputError
from govdisclosure.jurisdictions.cn.fees import FEE_PAYMENT_PERIOD
from govdisclosure.jurisdictions.cn.instruments import FEE_MEASURES_2020, OGI_2007, OGI_2019
from govdisclosure.law import Citation, Version, Versioned, WorkingDays
from govdisclosure.requests import (
    ReceiptBasis,
    ReceiptChannel,
    ReceiptRule,
    Request,
)
from govdisclosure.requests import date_of_receipt as _date_of_receipt
from govdisclosure.requests import local_date as _local_date

__all__ = [
    "DEFAULT_POLICY",
    "RECEIPT_RULES",
    "REPLY_RULES",
    "RULES_2007",
    "RULES_2019",
    "TIME_ZONE",
    "ClockPolicy",
    "clock_rules",
    "date_of_receipt",
    "local_date",
    "reply_deadline",
]

# -- time zone and date of receipt ---------------------------------------------------------


def _beijing() -> tzinfo:
    zone = tz.gettz("Asia/Shanghai")
    if zone is None:  # pragma: no cover - dateutil ships its own zone data
        msg = "no time zone data for Asia/Shanghai"
        raise LookupError(msg)
    return zone


TIME_ZONE: tzinfo = _beijing()
"""China Standard Time (Asia/Shanghai, with the 1986–1991 summer time), from dateutil."""


def _art31(item: str, note: str) -> Citation:
    return Citation(OGI_2019, "31", item=item, note=note)


RECEIPT_RULES: Mapping[ReceiptChannel, ReceiptRule] = types.MappingProxyType(
    {
        ReceiptChannel.IN_PERSON: ReceiptRule(
            ReceiptChannel.IN_PERSON,
            ReceiptBasis.SUBMITTED,
            _art31("一", "当面提交的，以提交之日为收到申请之日"),
            "in person: the day it is handed in",
        ),
        ReceiptChannel.POST_SIGNED: ReceiptRule(
            ReceiptChannel.POST_SIGNED,
            ReceiptBasis.SIGNED_FOR,
            _art31("二", "以邮寄方式提交的，以行政机关签收之日为收到申请之日"),
            "by post: the day the organ signs for it",
        ),
        ReceiptChannel.ORDINARY_MAIL: ReceiptRule(
            ReceiptChannel.ORDINARY_MAIL,
            ReceiptBasis.CONFIRMED,
            _art31(
                "二", "平常信函等无需签收的：收到申请的当日与申请人确认，确认之日为收到申请之日"
            ),
            "ordinary mail: confirmed with the applicant the day it arrives; that day",
        ),
        ReceiptChannel.ONLINE: ReceiptRule(
            ReceiptChannel.ONLINE,
            ReceiptBasis.CONFIRMED,
            _art31("三", "通过互联网渠道提交的，以双方确认之日为收到申请之日"),
            "online: the day both sides confirm",
        ),
        ReceiptChannel.FAX: ReceiptRule(
            ReceiptChannel.FAX,
            ReceiptBasis.CONFIRMED,
            _art31("三", "通过政府信息公开工作机构的传真提交的，以双方确认之日为收到申请之日"),
            "fax: the day both sides confirm",
        ),
    }
)
"""How each channel fixes the date of receipt (OGI Reg. (2019) Art 31)."""

_RECEIPT_IN_FORCE: Versioned[Mapping[ReceiptChannel, ReceiptRule]] = Versioned(
    "date of receipt of an application (收到申请之日)",
    (Version(RECEIPT_RULES, start=OGI_2019.effective or date.max, citation=_art31("一", "")),),
)


def local_date(moment: date | datetime) -> date:
    """The date of ``moment`` in Beijing time (plain dates pass through).

    >>> from datetime import timezone
    >>> local_date(datetime(2024, 3, 1, 16, 0, tzinfo=timezone.utc))
    datetime.date(2024, 3, 2)
    """
    return _local_date(moment, TIME_ZONE)


def date_of_receipt(
    channel: ReceiptChannel,
    *,
    submitted: date | datetime | None = None,
    signed_for: date | datetime | None = None,
    arrived: date | datetime | None = None,
    confirmed: date | datetime | None = None,
) -> date:
    """The date of receipt under Art 31, from the channel and the recorded moments.

    In person, the day it is handed in (``submitted``); by signed-for post,
    the day the organ signs (``signed_for``); by ordinary mail, the day the
    organ confirms with the applicant, which should be the day it arrives
    (``confirmed``); online or by fax, the day both sides confirm
    (``confirmed``). Timestamps are read in Beijing time.

    Art 31 is a rule of the 2019 Regulations: a date of receipt before
    2019-05-15 raises :class:`~govdisclosure.errors.NoRuleInForceError` (for
    older applications, give ``Request.received`` directly).

    >>> date_of_receipt(ReceiptChannel.POST_SIGNED, submitted=date(2024, 3, 1),
    ...                 signed_for=date(2024, 3, 4))
    datetime.date(2024, 3, 4)
    """
    on = _date_of_receipt(
        channel,
        rules=RECEIPT_RULES,
        tz=TIME_ZONE,
        submitted=submitted,
        signed_for=signed_for,
        arrived=arrived,
        confirmed=confirmed,
    )
    _RECEIPT_IN_FORCE.in_force(on)
    return on


# -- the regimes ---------------------------------------------------------------------------

_PAYMENT = FEE_PAYMENT_PERIOD.versions[0]

_FEE_POLICY_NOTE = (
    "our reading: the time from a fee notice to payment is not counted "
    "(ClockPolicy.fee_payment_pauses; spec §4.2 item 2 [UNVERIFIED])"
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
        period=WorkingDays(15),
        period_citation=Citation(OGI_2019, "32"),
    ),
    other_organ=PauseRule(
        stops_clock=True,
        citation=Citation(OGI_2019, "33", paragraph=3),
        period=WorkingDays(15),
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
"""The clock for requests received from 2019-05-15 (default policy)."""

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
        stops_clock=True,
        citation=Citation(
            OGI_2007,
            "24",
            paragraph=3,
            note=(
                "names only third parties; that consulting another organ is left out too, as "
                "under Art 33 ¶3 (2019), is our reading [INFERENCE] "
                "(ClockPolicy.other_organ_pauses_before_2019) " + _OLD
            ),
        ),
    ),
    fee=PauseRule(
        stops_clock=True,
        citation=Citation(
            OGI_2007,
            "27",
            note="cost fees; " + _FEE_POLICY_NOTE.replace("spec §4.2 item 2 ", "[INFERENCE], "),
        ),
    ),
    delay_citation=Citation(
        OGI_2007,
        note=(
            "the 2007 Regulations have no counterpart of Art 35 (2019); a delayed date "
            "recorded for such a request is applied as recorded (ClockPolicy.delay_before_2019)"
        ),
    ),
)
"""The clock for requests received 2008-05-01 to 2019-05-14 (default policy)."""

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


@attrs.frozen
class ClockPolicy:
    """Our readings where the PRC texts are silent; each has a default and can be changed.

    Attributes:
        fee_payment_pauses: Whether the time from a fee notice to payment is
            left out of the reply period. Widely believed, not confirmed: the
            national text after Art 5 of the fee measures was not obtained
            (spec §4.2, item 2, [UNVERIFIED]). Default: it is left out.
        other_organ_pauses_before_2019: Whether, under the 2007 Regulations,
            the time spent consulting another organ is left out too. Old Art
            24 ¶3 speaks only of third parties (read on republished copies,
            [3P]); Art 33 ¶3 (2019) added other organs. Default: yes, so that a
            consultation stops the clock the same way under both regimes, which
            is how the library's clock is specified; ``False`` gives the
            literal 2007 reading [INFERENCE].
        delay_before_2019: Whether a delayed date (``DelaySet``) recorded for a
            request under the 2007 Regulations fixes the due date as it does
            under Art 35 (2019). The 2007 text has no such article. Default:
            yes, the recorded date is applied (its explanation step says there
            was no such article); ``False`` ignores it with a finding.
        count_receipt_day: Whether the day of receipt itself counts as the
            first working day. The Regulations do not say how to start the
            count; the spec's reading (§6, [INFERENCE], and the general rule
            that the starting day of a period is not counted) is that it does
            not. Default: it does not.

    >>> reply = ClockPolicy(fee_payment_pauses=False)
    >>> clock_rules(date(2024, 3, 1), reply).fee.stops_clock
    False
    """

    fee_payment_pauses: bool = True
    other_organ_pauses_before_2019: bool = True
    count_receipt_day: bool = False
    delay_before_2019: bool = True

    def apply(self, rules: ClockRules) -> ClockRules:
        """``rules`` as read under this policy."""
        other_organ = rules.other_organ
        delay = rules.delay_citation
        if rules is RULES_2007:
            other_organ = attrs.evolve(other_organ, stops_clock=self.other_organ_pauses_before_2019)
            delay = delay if self.delay_before_2019 else None
        return attrs.evolve(
            rules,
            fee=attrs.evolve(rules.fee, stops_clock=self.fee_payment_pauses),
            other_organ=other_organ,
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

    The regime is the one in force on the date of receipt (``request.received``).

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
    rules = clock_rules(request.received, policy)
    return compute_deadline(request, rules, _default_calendar() if calendar is None else calendar)
