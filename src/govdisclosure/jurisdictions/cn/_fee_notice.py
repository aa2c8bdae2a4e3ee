"""The PRC fee notice (收费通知) and its payment deadline.

Re-exported by :mod:`govdisclosure.jurisdictions.cn.fees`; import them from there.
"""

from __future__ import annotations

import enum
from datetime import date, timedelta

import attrs

from govdisclosure._validators import instance_of
from govdisclosure.calendar import WorkCalendar
from govdisclosure.errors import InvalidInputError
from govdisclosure.fees import FeeAssessment
from govdisclosure.jurisdictions.cn._fee_rules import (
    CURRENCY,
    FEE_PAYMENT_PERIOD,
    FeeBasis,
    _check_date,
)
from govdisclosure.money import Money

__all__ = ["FeeNotice", "FeeStatus", "fee_payment_deadline"]


def _official_calendar() -> WorkCalendar:
    # Imported here: the calendar data are large and most fee questions need none.
    from govdisclosure.jurisdictions.cn.workdays import calendar

    return calendar()


def fee_payment_deadline(notice_received_on: date, calendar: WorkCalendar | None = None) -> date:
    """The last day to pay a fee: the 20th working day after the notice was received.

    "在收到收费通知次日起20个工作日内": counting starts the day after receipt,
    so the deadline is ``calendar.add_workdays(notice_received_on, 20)``.
    Paying on that day is in time.

    Args:
        notice_received_on: When the applicant received the fee notice.
        calendar: The working-day calendar (default: the official PRC one,
            ``govdisclosure.jurisdictions.cn.workdays.calendar()``).

    Raises:
        NoRuleInForceError: The notice was received before 2021-01-01.
        CalendarNotPublishedError: The deadline needs a year with no holiday notice.

    >>> fee_payment_deadline(date(2024, 9, 20))   # skips 1-7 Oct, counts Sun 29 Sep, Sat 12 Oct
    datetime.date(2024, 10, 23)
    """
    _check_date(notice_received_on, "notice_received_on")
    period = FEE_PAYMENT_PERIOD.in_force(notice_received_on).value
    cal = _official_calendar() if calendar is None else calendar
    return cal.add_workdays(notice_received_on, period.days)


class FeeStatus(enum.Enum):
    """Where a fee notice stands on a given day."""

    PENDING = "pending"
    """Not paid, and the payment period has not run out."""
    PAID = "paid"
    """Paid within the payment period."""
    LAPSED = "lapsed"
    """Not paid within the payment period: the application is deemed abandoned."""


def _date_field(instance: object, attribute: attrs.Attribute[date], value: object) -> None:
    _check_date(value, attribute.name)


@attrs.frozen
class FeeNotice:
    """A fee notice (收费通知) for one application: when sent and received, on what basis, how much.

    Attributes:
        issued_on: When the organ sent it.
        received_on: When the applicant received it; the payment period runs
            from the next day.
        basis: The basis chosen for the application (one, never both: Art 3).
        assessment: The fee, itemised; it must be on ``basis`` and more than nothing.
        application: A reference to the application, for people.

    For the request's event log (``govdisclosure.requests``):
    ``FeeNoticeIssued(on=issued_on, amount=amount)``, ``FeePaid(on=...)`` when
    paid in time, ``FeeLapsed(on=lapses_on())`` when not.

    >>> from govdisclosure.jurisdictions.cn.fees import assess_per_volume
    >>> notice = FeeNotice(date(2024, 9, 19), date(2024, 9, 20), FeeBasis.PER_VOLUME,
    ...                    assess_per_volume(91))
    >>> str(notice.amount), notice.payment_due(), notice.lapses_on()
    ('¥610.00', datetime.date(2024, 10, 23), datetime.date(2024, 10, 24))
    >>> [notice.status(d).value for d in (date(2024, 10, 23), date(2024, 10, 24))]
    ['pending', 'lapsed']
    >>> notice.status(date(2024, 11, 1), paid_on=date(2024, 10, 23)).value
    'paid'
    """

    issued_on: date = attrs.field(validator=_date_field)
    received_on: date = attrs.field(validator=_date_field)
    basis: FeeBasis = attrs.field(validator=instance_of(FeeBasis))
    assessment: FeeAssessment = attrs.field(validator=instance_of(FeeAssessment))
    application: str = ""

    def __attrs_post_init__(self) -> None:
        if self.received_on < self.issued_on:
            msg = f"must not be before issued_on ({self.issued_on.isoformat()})"
            raise InvalidInputError(msg, field="received_on", value=self.received_on)
        unit = self.assessment.schedule.unit
        if unit != self.basis.unit:
            msg = (
                f"is on a schedule counting {unit}s, not {self.basis.unit}s as the "
                f"{self.basis.label_en} basis does (Fee Measures Art 3: one basis per application)"
            )
            raise InvalidInputError(msg, field="assessment", value=self.assessment)
        if self.assessment.schedule.currency != CURRENCY or not self.amount.amount > 0:
            msg = "a fee notice is for a fee in yuan of more than nothing"
            raise InvalidInputError(msg, field="assessment", value=self.assessment)

    @property
    def amount(self) -> Money:
        """The fee to pay."""
        return self.assessment.total

    def payment_due(self, calendar: WorkCalendar | None = None) -> date:
        """The last day to pay (see :func:`fee_payment_deadline`)."""
        return fee_payment_deadline(self.received_on, calendar)

    def lapses_on(self, calendar: WorkCalendar | None = None) -> date:
        """The first day the fee is overdue and the application deemed abandoned."""
        return self.payment_due(calendar) + timedelta(days=1)

    def status(
        self,
        on: date,
        paid_on: date | None = None,
        *,
        calendar: WorkCalendar | None = None,
    ) -> FeeStatus:
        """Where the notice stands at the end of day ``on``.

        A payment counts from ``paid_on`` on. Paid by the deadline: ``PAID``.
        Unpaid after the deadline: ``LAPSED``; a payment made after the
        deadline does not revive the application (it was deemed abandoned when
        the period ran out), so the status stays ``LAPSED``.

        Raises:
            InvalidInputError: ``on`` or ``paid_on`` is before the notice was issued.
        """
        _check_date(on, "on")
        if on < self.issued_on:
            msg = f"is before the notice was issued ({self.issued_on.isoformat()})"
            raise InvalidInputError(msg, field="on", value=on)
        if paid_on is not None:
            _check_date(paid_on, "paid_on")
            if paid_on < self.issued_on:
                msg = f"is before the notice was issued ({self.issued_on.isoformat()})"
                raise InvalidInputError(msg, field="paid_on", value=paid_on)
        due = self.payment_due(calendar)
        if paid_on is not None and paid_on <= on and paid_on <= due:
            return FeeStatus.PAID
        return FeeStatus.LAPSED if on > due else FeeStatus.PENDING
