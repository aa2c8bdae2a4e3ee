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

import enum
import functools
from collections.abc import Iterable
from datetime import date, timedelta
from typing import TypeVar

import attrs

from govdisclosure._validators import instance_of, whole_number
from govdisclosure.calendar import WorkCalendar
from govdisclosure.errors import InvalidInputError
from govdisclosure.fees import Band, FeeAssessment, ProgressiveSchedule, SteppedBands
from govdisclosure.jurisdictions.cn.instruments import FEE_MEASURES_2020, SICHUAN_FEE_NOTICE_2021
from govdisclosure.law import Citation, Version, Versioned, WorkingDays
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

T = TypeVar("T")

CURRENCY = "CNY"
"""Fees are set in yuan (元)."""


def _effective() -> date:
    effective = FEE_MEASURES_2020.effective
    if effective is None:  # pragma: no cover - the instrument record carries it
        msg = "the fee measures' record has no effective date"
        raise RuntimeError(msg)
    return effective


_IN_FORCE = _effective()


def _yuan(amount: int) -> Money:
    return Money(amount, CURRENCY)


def _check_date(value: object, field: str) -> date:
    if type(value) is not date:
        msg = "must be a datetime.date (not a datetime or a string)"
        raise InvalidInputError(msg, field=field, value=value)
    return value


def _version(rule: Versioned[T], on: date | None) -> Version[T]:
    """The version in force on ``on``; the latest version when ``on`` is None."""
    if on is None:
        return rule.versions[-1]
    return rule.in_force(_check_date(on, "on"))


# -- per request (按件计收), Art 4 -------------------------------------------------------


@attrs.frozen
class PerRequestTerms:
    """The numbers of Art 4 of the fee measures (per request), as the text states them.

    Attributes:
        free_through: (一) "10件以下(含10件)的，不收费": free up to this count.
        base_through: (二) "11—30件(含30件)的部分": the base band ends here.
        base_rate: (二) "100元/件": the base band's rate.
        band_width: (三) "以10件为一档": requests per band above ``base_through``.
        band_step: (三) "每增加一档，收费标准提高100元/件": the rise per band.
    """

    free_through: int
    base_through: int
    base_rate: Money
    band_width: int
    band_step: Money


PER_REQUEST_TERMS: Versioned[PerRequestTerms] = Versioned(
    "per-request information-processing fee (Fee Measures Art 4)",
    (
        Version(
            PerRequestTerms(
                free_through=10,
                base_through=30,
                base_rate=_yuan(100),
                band_width=10,
                band_step=_yuan(100),
            ),
            start=_IN_FORCE,
            citation=Citation(FEE_MEASURES_2020, "4"),
        ),
    ),
)
"""Art 4's numbers, by version ([V-mirror], spec §4.2)."""


def _check_steps(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    whole_number(value, attribute.name)


@attrs.frozen
class PerRequestBandPolicy:
    """How to read Art 4 (三), the bands above 30 requests a month: a policy, not law.

    The text says only "31件以上的部分：以10件为一档，每增加一档，收费标准提高100元/件"
    (from the 31st: bands of 10, the rate rising 100 yuan per band). It does
    not list the bands or say whether the first band of 10 above 30 is
    already an "added band". **[INFERENCE]** The usual reading, and our
    default (:data:`STEPPED_BY_TEN`), is that it is: 31–40 at 200 yuan,
    41–50 at 300, and the ``n``-th band above 30 at ``100·(n+1)`` yuan.

    Override it by passing another policy wherever ``policy=`` is accepted.

    Attributes:
        name: A stable name, shown in the citation of the bands it makes.
        first_band_steps: How many rises of ``band_step`` the first band above
            ``base_through`` already carries over ``base_rate`` (1 in our
            reading; 0 would keep 31–40 at the base rate).
        description: What the reading says, for people.

    >>> custom = PerRequestBandPolicy("first_band_at_base", first_band_steps=0)
    >>> processing_fee_per_request(41, policy=custom)   # 20 at 100, 10 at 100, 1 at 200
    Money(amount=Decimal('3200'), currency='CNY')
    """

    name: str
    first_band_steps: int = attrs.field(default=1, validator=_check_steps)
    description: str = ""

    def tail(self, terms: PerRequestTerms, citation: Citation) -> SteppedBands:
        """The stepped bands above ``terms.base_through`` under this reading."""
        return SteppedBands(
            start=terms.base_through + 1,
            width=terms.band_width,
            first_rate=terms.base_rate + terms.band_step * self.first_band_steps,
            step=terms.band_step,
            citation=attrs.evolve(
                citation,
                item="三",
                note=f"bands as read by policy {self.name!r} [INFERENCE]",
            ),
        )


STEPPED_BY_TEN = PerRequestBandPolicy(
    "stepped_by_ten",
    first_band_steps=1,
    description=(
        "Our reading [INFERENCE] of Art 4 (三): 31–40 at 200 yuan, 41–50 at 300, "
        "the n-th band of 10 above 30 at 100·(n+1) yuan per request."
    ),
)
"""The default reading of Art 4 (三) ([INFERENCE]; see :class:`PerRequestBandPolicy`)."""


@functools.cache
def _per_request(
    terms: PerRequestTerms, citation: Citation, policy: PerRequestBandPolicy
) -> ProgressiveSchedule:
    return ProgressiveSchedule(
        "information-processing fee, per request (按件计收)",
        [
            Band(1, terms.free_through, Money.zero(CURRENCY), attrs.evolve(citation, item="一")),
            Band(
                terms.free_through + 1,
                terms.base_through,
                terms.base_rate,
                attrs.evolve(citation, item="二"),
            ),
        ],
        citation,
        then=policy.tail(terms, citation),
        unit="request",
    )


def _check_policy(policy: object) -> PerRequestBandPolicy:
    if not isinstance(policy, PerRequestBandPolicy):
        msg = "must be a PerRequestBandPolicy (e.g. STEPPED_BY_TEN)"
        raise InvalidInputError(msg, field="policy", value=policy)
    return policy


def per_request_schedule(
    *, policy: PerRequestBandPolicy = STEPPED_BY_TEN, on: date | None = None
) -> ProgressiveSchedule:
    """The per-request schedule (Art 4) in force on ``on`` (default: the latest).

    Raises:
        NoRuleInForceError: ``on`` is before the measures took effect (2021-01-01).

    >>> [f"{b}: {b.rate}" for b in per_request_schedule().bands_through(45)]
    ['1–10: ¥0.00', '11–30: ¥100.00', '31–40: ¥200.00', '41–50: ¥300.00']
    """
    version = _version(PER_REQUEST_TERMS, on)
    return _per_request(version.value, version.citation, _check_policy(policy))


PER_REQUEST_SCHEDULE = per_request_schedule()
"""The per-request schedule now in force, under the default band policy."""


# -- per volume (按量计收), Art 5 --------------------------------------------------------


def _art5(item: str) -> Citation:
    return Citation(FEE_MEASURES_2020, "5", item=item)


PER_VOLUME_SCHEDULES: Versioned[ProgressiveSchedule] = Versioned(
    "per-volume information-processing fee (Fee Measures Art 5)",
    (
        Version(
            ProgressiveSchedule(
                "information-processing fee, per volume (按量计收)",
                [
                    Band(1, 30, _yuan(0), _art5("一")),  # 30页以下(含30页)的，不收费
                    Band(31, 100, _yuan(10), _art5("二")),  # 31—100页(含100页)的部分：10元/页
                    Band(101, 200, _yuan(20), _art5("三")),  # 101—200页(含200页)的部分：20元/页
                    Band(201, None, _yuan(40), _art5("四")),  # 201页以上的部分：40元/页
                ],
                Citation(FEE_MEASURES_2020, "5"),
                unit="page",
            ),
            start=_IN_FORCE,
            citation=Citation(FEE_MEASURES_2020, "5"),
        ),
    ),
)
"""Art 5's schedule, by version ([V] on an official local page, spec §4.2)."""


def per_volume_schedule(*, on: date | None = None) -> ProgressiveSchedule:
    """The per-volume schedule (Art 5) in force on ``on`` (default: the latest).

    Raises:
        NoRuleInForceError: ``on`` is before the measures took effect (2021-01-01).

    >>> [f"{b}: {b.rate}" for b in per_volume_schedule().bands]
    ['1–30: ¥0.00', '31–100: ¥10.00', '101–200: ¥20.00', '201+: ¥40.00']
    """
    return _version(PER_VOLUME_SCHEDULES, on).value


PER_VOLUME_SCHEDULE = per_volume_schedule()
"""The per-volume schedule now in force."""


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


# -- the basis of one application's fee (Art 3) -----------------------------------------


class FeeBasis(enum.Enum):
    """The basis an organ chose for one application's fee: per request or per volume.

    Art 3: "行政机关对每件申请可以根据实际情况选择适用其中一种标准，但不得同时按照两种标准重复计算"
    (one basis per application, never both).
    """

    PER_REQUEST = "per_request"
    PER_VOLUME = "per_volume"

    @property
    def label(self) -> str:
        """The term of the measures (按件计收 / 按量计收)."""
        return "按件计收" if self is FeeBasis.PER_REQUEST else "按量计收"

    @property
    def label_en(self) -> str:
        """An English label."""
        return "per request" if self is FeeBasis.PER_REQUEST else "per volume"

    @property
    def unit(self) -> str:
        """What its schedule counts (``"request"`` or ``"page"``)."""
        return "request" if self is FeeBasis.PER_REQUEST else "page"

    @property
    def citation(self) -> Citation:
        """The article that sets its schedule."""
        return Citation(FEE_MEASURES_2020, "4" if self is FeeBasis.PER_REQUEST else "5")


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
    the fee follows from that order: **[INFERENCE]** (spec §4.2).

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


# -- the fee notice and its payment period -------------------------------------------------

FEE_PAYMENT_PERIOD: Versioned[WorkingDays] = Versioned(
    "information-processing fee payment period",
    (
        Version(
            WorkingDays(20),
            start=_IN_FORCE,
            citation=Citation(
                SICHUAN_FEE_NOTICE_2021,
                item="二",
                note=(
                    "申请人应当在收到收费通知次日起20个工作日内缴纳费用，逾期未缴纳的视为放弃申请 "
                    "[V-mirror]; restates 国办函〔2020〕109号, whose article (probably Art 6) "
                    "and wording are [UNVERIFIED]"
                ),
            ),
        ),
    ),
)
"""The applicant's time to pay a fee: 20 working days from the day after receiving the notice.

The number and wording are verified only in Sichuan's provincial restatement
(point 二); the national article is [UNVERIFIED] (spec §4.2).
"""


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
