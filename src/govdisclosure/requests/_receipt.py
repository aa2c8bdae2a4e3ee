"""How an application arrived, and which recorded moment fixes its date of receipt.

The channels are generic; which moment fixes the date for each channel, and
in which time zone a timestamp becomes a local date, are facts of a
jurisdiction, passed in as :class:`ReceiptRule` records and a ``tzinfo``
(the PRC rules are ``govdisclosure.jurisdictions.cn.RECEIPT_RULES`` and
``cn.TIME_ZONE``).

A timestamp must carry its time zone: a naive ``datetime`` is refused, since
the local date it stands for cannot be known.

>>> from datetime import datetime, timezone, timedelta
>>> from govdisclosure.law import Citation, Instrument
>>> act = Instrument(code="demo", title="Demo Act", short="DA")
>>> rules = {ReceiptChannel.ONLINE: ReceiptRule(
...     ReceiptChannel.ONLINE, ReceiptBasis.CONFIRMED, Citation(act, "9"))}
>>> plus8 = timezone(timedelta(hours=8))
>>> date_of_receipt(ReceiptChannel.ONLINE, rules=rules, tz=plus8,
...                 confirmed=datetime(2024, 3, 1, 23, 30, tzinfo=timezone.utc))
datetime.date(2024, 3, 2)

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from datetime import date, datetime, tzinfo

import attrs

from govdisclosure.errors import InvalidInputError
from govdisclosure.law import Citation

__all__ = [
    "ReceiptBasis",
    "ReceiptChannel",
    "ReceiptRule",
    "date_of_receipt",
    "local_date",
]


class ReceiptChannel(enum.Enum):
    """How an application reached the organ."""

    IN_PERSON = "in_person"
    """Handed in at the office."""
    POST_SIGNED = "post_signed"
    """Sent by a postal service that the organ signs for."""
    ORDINARY_MAIL = "ordinary_mail"
    """Sent by ordinary letter or another postal service that needs no signature."""
    ONLINE = "online"
    """Sent through an internet channel (web form, e-mail, platform)."""
    FAX = "fax"
    """Sent by fax to the office that handles applications."""


class ReceiptBasis(enum.Enum):
    """Which recorded moment fixes the date of receipt."""

    SUBMITTED = "submitted"
    """The moment the applicant handed the application in."""
    SIGNED_FOR = "signed_for"
    """The moment the organ signed for the postal item."""
    CONFIRMED = "confirmed"
    """The moment receipt was confirmed (with the applicant, or by both sides)."""


@attrs.frozen
class ReceiptRule:
    """A jurisdiction's rule: for ``channel``, the date of receipt is the date of ``basis``.

    Attributes:
        channel: The channel the rule is for.
        basis: The recorded moment whose local date is the date of receipt.
        citation: The provision that says so.
        note: A short explanation for people.
    """

    channel: ReceiptChannel
    basis: ReceiptBasis
    citation: Citation
    note: str = ""


def local_date(moment: date | datetime, tz: tzinfo) -> date:
    """The date of ``moment`` in the time zone ``tz``.

    A plain :class:`~datetime.date` is already local and passes through. An
    aware :class:`~datetime.datetime` is converted to ``tz`` first. A naive
    datetime raises :class:`~govdisclosure.errors.InvalidInputError`.

    >>> from datetime import timezone, timedelta
    >>> local_date(datetime(2024, 3, 1, 23, 30, tzinfo=timezone.utc), timezone(timedelta(hours=8)))
    datetime.date(2024, 3, 2)
    >>> local_date(datetime(2024, 3, 1, 23, 30), timezone.utc)
    Traceback (most recent call last):
    ...
    govdisclosure.errors.InvalidInputError: moment: a timestamp needs a time zone ...
    """
    if isinstance(moment, datetime):
        if moment.tzinfo is None or moment.utcoffset() is None:
            msg = "a timestamp needs a time zone to say which local day it falls on"
            raise InvalidInputError(msg, field="moment", value=moment)
        return moment.astimezone(tz).date()
    if type(moment) is date:
        return moment
    msg = "must be a datetime.date or an aware datetime.datetime"
    raise InvalidInputError(msg, field="moment", value=moment)


def date_of_receipt(  # noqa: PLR0913 - one keyword per recorded moment
    channel: ReceiptChannel,
    *,
    rules: Mapping[ReceiptChannel, ReceiptRule],
    tz: tzinfo,
    submitted: date | datetime | None = None,
    signed_for: date | datetime | None = None,
    arrived: date | datetime | None = None,
    confirmed: date | datetime | None = None,
) -> date:
    """Fix the date of receipt of an application from its channel and recorded moments.

    The rule for ``channel`` in ``rules`` names the moment that counts; that
    moment must be given. The other moments, where given, are checked for
    consistency: nothing is signed for or confirmed before it was sent, and
    nothing is confirmed before it arrived.

    Args:
        channel: How the application arrived.
        rules: The jurisdiction's rule for each channel.
        tz: The jurisdiction's time zone, for timestamps.
        submitted: When the applicant handed in or sent the application.
        signed_for: When the organ signed for the postal item.
        arrived: When the application actually reached the office.
        confirmed: When receipt was confirmed (with the applicant or by both sides).

    Returns:
        The local date of receipt (day 0 of the reply period).

    Raises:
        InvalidInputError: if the channel has no rule, the moment that counts is
            missing, or the moments contradict each other.
    """
    if type(channel) is not ReceiptChannel:
        msg = "must be a ReceiptChannel"
        raise InvalidInputError(msg, field="channel", value=channel)
    rule = rules.get(channel)
    if rule is None:
        msg = "no receipt rule for this channel"
        raise InvalidInputError(msg, field="channel", value=channel)
    moments = {
        ReceiptBasis.SUBMITTED: submitted,
        ReceiptBasis.SIGNED_FOR: signed_for,
        ReceiptBasis.CONFIRMED: confirmed,
    }
    local = {
        name: local_date(value, tz)
        for name, value in (
            ("submitted", submitted),
            ("signed_for", signed_for),
            ("arrived", arrived),
            ("confirmed", confirmed),
        )
        if value is not None
    }
    for early, late in (
        ("submitted", "signed_for"),
        ("submitted", "arrived"),
        ("submitted", "confirmed"),
        ("arrived", "confirmed"),
        ("signed_for", "confirmed"),
    ):
        if early in local and late in local and local[late] < local[early]:
            msg = f"is before {early} ({local[early].isoformat()})"
            raise InvalidInputError(msg, field=late, value=local[late])
    chosen = moments[rule.basis]
    if chosen is None:
        msg = f"the date of receipt by {channel.value} is fixed by this moment; it is missing"
        raise InvalidInputError(msg, field=rule.basis.value, value=None)
    return local[rule.basis.value]
