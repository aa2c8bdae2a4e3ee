"""The date of receipt of an application (OGI Reg. (2019) Art 31), in Beijing time.

Timestamps become dates in Beijing time: an online application confirmed at
23:30 UTC is received the next day.

>>> from datetime import datetime, timezone
>>> date_of_receipt(ReceiptChannel.ONLINE,
...                 confirmed=datetime(2024, 3, 1, 23, 30, tzinfo=timezone.utc))
datetime.date(2024, 3, 2)

By ordinary mail the organ must confirm with the applicant on the day the
letter arrives (Art 31(二)); a later confirmation does not move the date of
receipt by default (:class:`MailReceipt`), and is reported:

>>> date_of_receipt(ReceiptChannel.ORDINARY_MAIL, arrived=date(2024, 3, 1),
...                 confirmed=date(2024, 3, 8))
datetime.date(2024, 3, 1)
>>> [f.kind.value for f in receipt_findings(ReceiptChannel.ORDINARY_MAIL,
...                                         arrived=date(2024, 3, 1), confirmed=date(2024, 3, 8))]
['late_receipt_confirmation']

.. versionadded:: 0.2.0 (moved from ``cn.clock``, where every name is still importable)
"""

from __future__ import annotations

import enum
import types
from collections.abc import Mapping
from datetime import date, datetime, tzinfo

from dateutil import tz

from govdisclosure.deadlines import Finding, FindingKind
from govdisclosure.errors import InvalidInputError
from govdisclosure.jurisdictions.cn.instruments import OGI_2019
from govdisclosure.law import Citation, Version, Versioned
from govdisclosure.requests import ReceiptBasis, ReceiptChannel, ReceiptRule
from govdisclosure.requests import date_of_receipt as _date_of_receipt
from govdisclosure.requests import local_date as _local_date

__all__ = [
    "RECEIPT_RULES",
    "TIME_ZONE",
    "MailReceipt",
    "date_of_receipt",
    "local_date",
    "receipt_findings",
]


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


class MailReceipt(enum.Enum):
    """Which day is the date of receipt of ordinary mail when the organ confirms it late.

    Art 31(二): "平常信函等无需签收的：收到申请的当日与申请人确认，确认之日为收到申请之日":
    the organ confirms with the applicant *on the day the letter arrives*, and that day is
    the date of receipt. When the recorded confirmation is later than the
    arrival, the text does not say which wins [INFERENCE].
    """

    ARRIVAL = "arrival"
    """The day the letter arrived (default), as the organ cannot extend its own
    clock by confirming late."""
    CONFIRMATION = "confirmation"
    """The day of the recorded confirmation, the literal reading of "确认之日"."""


def date_of_receipt(  # noqa: PLR0913 - one keyword per recorded moment, and the policy
    channel: ReceiptChannel,
    *,
    submitted: date | datetime | None = None,
    signed_for: date | datetime | None = None,
    arrived: date | datetime | None = None,
    confirmed: date | datetime | None = None,
    mail: MailReceipt = MailReceipt.ARRIVAL,
) -> date:
    """The date of receipt under Art 31, from the channel and the recorded moments.

    In person, the day it is handed in (``submitted``); by signed-for post,
    the day the organ signs (``signed_for``); by ordinary mail, the day the
    organ confirms with the applicant, which must be the day it arrives
    (``confirmed``; if ``arrived`` is given and earlier, ``arrived`` counts
    unless ``mail=MailReceipt.CONFIRMATION``; :func:`receipt_findings`
    reports the late confirmation either way); online or by fax, the day
    both sides confirm (``confirmed``). Timestamps are read in Beijing time.

    Art 31 is a rule of the 2019 Regulations: a date of receipt before
    2019-05-15 raises :class:`~govdisclosure.errors.NoRuleInForceError` (for
    older applications, give ``Request.received`` directly).

    >>> date_of_receipt(ReceiptChannel.POST_SIGNED, submitted=date(2024, 3, 1),
    ...                 signed_for=date(2024, 3, 4))
    datetime.date(2024, 3, 4)
    >>> date_of_receipt(ReceiptChannel.ORDINARY_MAIL, arrived=date(2024, 3, 1),
    ...                 confirmed=date(2024, 3, 8), mail=MailReceipt.CONFIRMATION)
    datetime.date(2024, 3, 8)
    """
    if type(mail) is not MailReceipt:
        msg = "must be a MailReceipt"
        raise InvalidInputError(msg, field="mail", value=mail)
    on, late = _receipt(channel, submitted, signed_for, arrived, confirmed)
    if late is not None and mail is MailReceipt.ARRIVAL:
        on = late
    _RECEIPT_IN_FORCE.in_force(on)
    return on


def _receipt(
    channel: ReceiptChannel,
    submitted: date | datetime | None,
    signed_for: date | datetime | None,
    arrived: date | datetime | None,
    confirmed: date | datetime | None,
) -> tuple[date, date | None]:
    """The date the rule for ``channel`` names, and the arrival date if mail was confirmed late."""
    on = _date_of_receipt(
        channel,
        rules=RECEIPT_RULES,
        tz=TIME_ZONE,
        submitted=submitted,
        signed_for=signed_for,
        arrived=arrived,
        confirmed=confirmed,
    )
    if channel is not ReceiptChannel.ORDINARY_MAIL or arrived is None:
        return on, None
    came = local_date(arrived)
    return on, (came if came < on else None)


def receipt_findings(
    channel: ReceiptChannel,
    *,
    submitted: date | datetime | None = None,
    signed_for: date | datetime | None = None,
    arrived: date | datetime | None = None,
    confirmed: date | datetime | None = None,
) -> tuple[Finding, ...]:
    """What the recorded moments say about how receipt was handled (Art 31).

    Ordinary mail confirmed later than the day it arrived, or with no arrival
    date recorded (so that the confirmation cannot be checked).

    >>> receipt_findings(ReceiptChannel.ORDINARY_MAIL, arrived=date(2024, 3, 1),
    ...                  confirmed=date(2024, 3, 1))
    ()
    """
    on, late = _receipt(channel, submitted, signed_for, arrived, confirmed)
    if channel is ReceiptChannel.ORDINARY_MAIL and arrived is None:
        return (
            Finding(
                FindingKind.ARRIVAL_NOT_RECORDED,
                f"ordinary mail confirmed on {on.isoformat()}, but the day it arrived is not "
                "recorded: Art 31 asks for confirmation on that day, which cannot be checked",
                RECEIPT_RULES[ReceiptChannel.ORDINARY_MAIL].citation,
            ),
        )
    if late is None:
        return ()
    return (
        Finding(
            FindingKind.LATE_RECEIPT_CONFIRMATION,
            f"ordinary mail arrived on {late.isoformat()} but was confirmed with the applicant "
            f"only on {on.isoformat()}: Art 31 asks for confirmation on the day it arrives",
            RECEIPT_RULES[ReceiptChannel.ORDINARY_MAIL].citation,
        ),
    )
