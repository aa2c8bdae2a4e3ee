"""The PRC information-processing fee (信息处理费): 国办函〔2020〕109号 as data.

Disclosure on request is free (OGI Reg. (2019) Art 42 ¶1), except that an
organ *may* charge an information-processing fee when an applicant's requests
clearly exceed a reasonable number or frequency. The State Council General
Office's measures (《政府信息公开信息处理费管理办法》, 国办函〔2020〕109号, in
force 2021-01-01) set two excess-progressive schedules (Art 3):

* **per request** (按件计收, Art 4), counted over one applicant's
  applications in one calendar month: 1–10 free; 11–30 at 100 yuan each;
  from the 31st, bands of 10 whose rate rises by 100 yuan per band
  (31–40 at 200, 41–50 at 300, …: our reading, :data:`STEPPED_BY_TEN`);
* **per volume** (按量计收, Art 5), counted in pages of one application:
  1–30 free; 31–100 at 10 yuan a page; 101–200 at 20; from 201 at 40.

The organ picks one basis per application, never both (Art 3). A fee notice
gives the applicant 20 working days from the day after receipt to pay
(:data:`FEE_PAYMENT_PERIOD`); unpaid, the application is deemed abandoned.

>>> processing_fee_per_request(35)
Money(amount=Decimal('3000'), currency='CNY')
>>> str(processing_fee_per_volume(250))
'¥4,700.00'
>>> print(assess_per_volume(91).explain())
information-processing fee, per volume (按量计收): 91 pages (nos. 1–91)
  band 1–30: nos. 1–30, 30 × ¥0.00 = ¥0.00 [Fee Measures (2020) Art 5 (一)]
  band 31–100: nos. 31–91, 61 × ¥10.00 = ¥610.00 [Fee Measures (2020) Art 5 (二)]
  total: ¥610.00

The fee notice and its event-log counterparts: a :class:`FeeNotice` supplies
what the request events of ``govdisclosure.requests`` need:
``FeeNoticeIssued(on=notice.issued_on, amount=notice.amount)``,
``FeePaid(on=paid_on)`` while :meth:`FeeNotice.status` is ``PAID``, and
``FeeLapsed(on=notice.lapses_on())`` once it is ``LAPSED``.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from govdisclosure._validators import whole_number
from govdisclosure.errors import InvalidInputError
from govdisclosure.fees import FeeAssessment
from govdisclosure.jurisdictions.cn._fee_notice import FeeNotice, FeeStatus, fee_payment_deadline
from govdisclosure.jurisdictions.cn._fee_rules import (
    CURRENCY,
    FEE_PAYMENT_PERIOD,
    PER_REQUEST_SCHEDULE,
    PER_REQUEST_TERMS,
    PER_VOLUME_SCHEDULE,
    PER_VOLUME_SCHEDULES,
    STEPPED_BY_TEN,
    FeeBasis,
    PerRequestBandPolicy,
    PerRequestTerms,
    _check_date,
    per_request_schedule,
    per_volume_schedule,
)
from govdisclosure.jurisdictions.cn.instruments import SICHUAN_FEE_NOTICE_2021
from govdisclosure.ledger import LedgerItem, MonthlyLedger
from govdisclosure.money import Money

__all__ = [
    "CURRENCY",
    "FEE_PAYMENT_PERIOD",
    "PER_REQUEST_SCHEDULE",
    "PER_REQUEST_TERMS",
    "PER_VOLUME_SCHEDULE",
    "PER_VOLUME_SCHEDULES",
    "SICHUAN_FEE_NOTICE_2021",
    "STEPPED_BY_TEN",
    "FeeBasis",
    "FeeNotice",
    "FeeStatus",
    "PerRequestBandPolicy",
    "PerRequestTerms",
    "assess",
    "assess_per_request",
    "assess_per_volume",
    "fee_ledger",
    "fee_payment_deadline",
    "per_request_schedule",
    "per_volume_schedule",
    "processing_fee_per_request",
    "processing_fee_per_volume",
]


# -- totals --------------------------------------------------------------------------


def assess_per_request(
    count: int, *, policy: PerRequestBandPolicy = STEPPED_BY_TEN, on: date | None = None
) -> FeeAssessment:
    """The per-request fee, itemised, for ``count`` applications by one applicant in a month.

    Args:
        count: The applicant's applications in one calendar month (0 or more),
            each multi-item application counted as its number of units.
        policy: How to read the bands above 30 (default :data:`STEPPED_BY_TEN`).
        on: A date in the month, to pick the rules in force (default: the latest).

    Raises:
        InvalidInputError: ``count`` is negative or not an int.
        NoRuleInForceError: ``on`` is before 2021-01-01.

    >>> print(assess_per_request(35).explain())
    information-processing fee, per request (按件计收): 35 requests (nos. 1–35)
      band 1–10: nos. 1–10, 10 × ¥0.00 = ¥0.00 [Fee Measures (2020) Art 4 (一)]
      band 11–30: nos. 11–30, 20 × ¥100.00 = ¥2,000.00 [Fee Measures (2020) Art 4 (二)]
      band 31–40: nos. 31–35, 5 × ¥200.00 = ¥1,000.00
        [Fee Measures (2020) Art 4 (三), bands as read by policy 'stepped_by_ten' [INFERENCE]]
      total: ¥3,000.00
    """
    whole_number(count, "count")
    return per_request_schedule(policy=policy, on=on).fee(count)


def assess_per_volume(pages: int, *, on: date | None = None) -> FeeAssessment:
    """The per-volume fee, itemised, for one application of ``pages`` pages.

    Raises:
        InvalidInputError: ``pages`` is negative or not an int.
        NoRuleInForceError: ``on`` is before 2021-01-01.

    >>> [(str(c.band), c.units, str(c.subtotal)) for c in assess_per_volume(250).breakdown]
    [('1–30', 30, '¥0.00'), ('31–100', 70, '¥700.00'), ('101–200', 100, '¥2,000.00'),
     ('201+', 50, '¥2,000.00')]
    """
    whole_number(pages, "pages")
    return per_volume_schedule(on=on).fee(pages)


def processing_fee_per_request(
    count: int, *, policy: PerRequestBandPolicy = STEPPED_BY_TEN, on: date | None = None
) -> Money:
    """The total per-request fee for ``count`` applications by one applicant in one month.

    >>> [str(processing_fee_per_request(n)) for n in (10, 11, 30, 31, 40, 41)]
    ['¥0.00', '¥100.00', '¥2,000.00', '¥2,200.00', '¥4,000.00', '¥4,300.00']
    >>> processing_fee_per_request(-1)
    Traceback (most recent call last):
    ...
    govdisclosure.errors.InvalidInputError: count: must not be negative (got -1)
    """
    return assess_per_request(count, policy=policy, on=on).total


def processing_fee_per_volume(pages: int, *, on: date | None = None) -> Money:
    """The total per-volume fee for one application of ``pages`` pages.

    >>> [str(processing_fee_per_volume(n)) for n in (30, 31, 91, 100, 101, 200, 201)]
    ['¥0.00', '¥10.00', '¥610.00', '¥700.00', '¥720.00', '¥2,700.00', '¥2,740.00']
    """
    return assess_per_volume(pages, on=on).total


def _both(field: str, value: object) -> InvalidInputError:
    msg = (
        "an application is charged per request or per volume, never both "
        "(Fee Measures Art 3); give only the inputs of the chosen basis"
    )
    return InvalidInputError(msg, field=field, value=value)


def assess(  # noqa: PLR0913 - one basis, its own inputs, date and policy
    basis: FeeBasis,
    *,
    received_on: date,
    number: int | None = None,
    units: int | None = None,
    pages: int | None = None,
    policy: PerRequestBandPolicy = STEPPED_BY_TEN,
) -> FeeAssessment:
    """The fee of one application, on the one basis the organ chose for it (Art 3).

    Args:
        basis: The chosen basis.
        received_on: When the application was received; no fee can be
            assessed for one received before 2021-01-01.
        number: Per request: the application's number among the applicant's
            applications of its calendar month (its first unit's number; see
            :func:`fee_ledger`).
        units: Per request: how many units it counts for (default 1).
        pages: Per volume: its pages.
        policy: Per request: how to read the bands above 30.

    Raises:
        InvalidInputError: An input of the other basis is given (Art 3: never
            both), or one the chosen basis needs is missing or bad.
        NoRuleInForceError: ``received_on`` is before 2021-01-01.

    >>> assess(FeeBasis.PER_REQUEST, received_on=date(2024, 3, 20), number=35).total
    Money(amount=Decimal('200'), currency='CNY')
    >>> assess(FeeBasis.PER_VOLUME, received_on=date(2024, 3, 20), pages=91).total
    Money(amount=Decimal('610'), currency='CNY')
    >>> assess(FeeBasis.PER_VOLUME, received_on=date(2024, 3, 20), pages=91, number=35)
    Traceback (most recent call last):
    ...
    govdisclosure.errors.InvalidInputError: number: an application is charged per request or
    per volume, never both ...
    """
    _check_date(received_on, "received_on")
    if _check_basis(basis) is FeeBasis.PER_REQUEST:
        if pages is not None:
            raise _both("pages", pages)
        if number is None:
            msg = "is needed: the application's number in the applicant's calendar month"
            raise InvalidInputError(msg, field="number", value=None)
        first = whole_number(number, "number", minimum=1)
        count = 1 if units is None else whole_number(units, "units", minimum=1)
        schedule = per_request_schedule(policy=policy, on=received_on)
        return schedule.fee(count, after=first - 1)
    if number is not None:
        raise _both("number", number)
    if units is not None:
        raise _both("units", units)
    if pages is None:
        msg = "is needed: the application's pages"
        raise InvalidInputError(msg, field="pages", value=None)
    return assess_per_volume(pages, on=received_on)


def _check_basis(value: object) -> FeeBasis:
    if not isinstance(value, FeeBasis):
        msg = "must be a FeeBasis"
        raise InvalidInputError(msg, field="basis", value=value)
    return value


# -- monthly accounting (Art 4) ----------------------------------------------------------


def fee_ledger(
    applications: Iterable[LedgerItem | date],
    *,
    policy: PerRequestBandPolicy = STEPPED_BY_TEN,
) -> MonthlyLedger:
    """One applicant's applications, numbered within each calendar month and charged per request.

    Art 4 counts "同一申请人…一个自然月内累计申请": the applications of one
    applicant in one calendar month, cumulatively. Each application gets the
    next numbers in its month, in order of date (the date of receipt;
    applications of the same date in the order given), and costs the rates
    of the bands those numbers fall in. Which application in a month bears
    the fee follows from that order: **[INFERENCE]** (our reading; Art 4 does
    not say).

    A multi-item application split "按照'一事一申请'原则，以合理的最小单位" (Art 4)
    counts for as many units as you say (``LedgerItem(on, units=n)``);
    nothing is guessed. A plain ``date`` is an application of one unit.

    Every listed application is counted and charged per request; leave out
    any that should not be (the organ may charge another per volume instead,
    Art 3). The month totals equal
    :func:`processing_fee_per_request` of the month's count.

    Raises:
        InvalidInputError: An application is malformed (every one is named).
        NoRuleInForceError: An application was received before 2021-01-01.

    >>> book = fee_ledger([date(2024, 3, 1)] * 12 + [LedgerItem(date(2024, 4, 2), units=3)])
    >>> [(str(m.month), m.units, str(m.amount)) for m in book.months]
    [('2024-03', 12, '¥200.00'), ('2024-04', 3, '¥0.00')]
    >>> [line.first for line in book.lines][-3:], book.lines[11].amount
    ([11, 12, 1], Money(amount=Decimal('100'), currency='CNY'))
    """
    items = list(applications)
    dates = sorted({i.on if isinstance(i, LedgerItem) else i for i in items if _is_dated(i)})
    starts = {PER_REQUEST_TERMS.in_force(d).start for d in dates}
    if len(starts) > 1:  # pragma: no cover - only one version exists so far
        msg = "the applications span versions of the rules; ledger each period apart"
        raise InvalidInputError(msg, field="applications", value=[str(d) for d in dates])
    on = dates[0] if dates else None
    return MonthlyLedger.build(per_request_schedule(policy=policy, on=on), items)


def _is_dated(item: object) -> bool:
    return isinstance(item, LedgerItem) or type(item) is date
