"""The PRC fee rules as data: the numbers of 国办函〔2020〕109号 Arts 3–5 and the payment period.

Each number sits beside its citation, by version; the functions here only pick
the version in force. Re-exported by :mod:`govdisclosure.jurisdictions.cn.fees`
(import them from there), where the assessments, the ledger and the fee notice live.
"""

from __future__ import annotations

import enum
import functools
from datetime import date
from typing import TypeVar

import attrs

from govdisclosure._validators import whole_number
from govdisclosure.errors import InvalidInputError
from govdisclosure.fees import Band, ProgressiveSchedule, SteppedBands
from govdisclosure.jurisdictions.cn.instruments import FEE_MEASURES_2020, SICHUAN_FEE_NOTICE_2021
from govdisclosure.law import Citation, Version, Versioned, WorkingDays
from govdisclosure.money import Money

__all__ = [
    "CURRENCY",
    "FEE_PAYMENT_PERIOD",
    "PER_REQUEST_SCHEDULE",
    "PER_REQUEST_TERMS",
    "PER_VOLUME_SCHEDULE",
    "PER_VOLUME_SCHEDULES",
    "STEPPED_BY_TEN",
    "FeeBasis",
    "PerRequestBandPolicy",
    "PerRequestTerms",
    "per_request_schedule",
    "per_volume_schedule",
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
"""Art 4's numbers, by version ([V-mirror]: republished copies of the gov.cn text)."""


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

    >>> from govdisclosure.jurisdictions.cn.fees import processing_fee_per_request
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
"""Art 5's schedule, by version ([V] on an official local page,
http://www.xinhui.gov.cn/zwgk/zdlyxxgk/hjbhxxgk/tzgg/content/post_2365222.html)."""


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
(point 二, read on a mirror of the provincial page); the national article is
[UNVERIFIED]: the fee measures' text after Art 5 was not obtained.
"""
