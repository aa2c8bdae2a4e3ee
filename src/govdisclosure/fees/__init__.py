"""Fee schedules: progressive bands, rates by requester category and activity, cost limits.

A :class:`ProgressiveSchedule` is a sequence of contiguous :class:`Band` s,
counted from unit 1 (the first request, the first page), each with a rate per
unit. The fee for ``n`` units charges every unit at the rate of its own band
(excess-progressive charging, as opposed to charging all units at the rate of
the last band). A schedule may end with an open band (``upper=None``), or with
:class:`SteppedBands`: an endless run of equal-width bands whose rate rises by
a fixed step per band.

:meth:`ProgressiveSchedule.fee` returns a :class:`FeeAssessment`: the total
and an itemised breakdown (units, rate, subtotal and citation per band).

:class:`RateSchedule` prices a request by requester category and activity
(search hours, review hours, pages copied): each :class:`ActivityRate` is a
price per unit with a billing increment and a free allowance, which the engine
turns into a two-band :class:`ProgressiveSchedule` over increments, so every
charge is itemised by the same :class:`FeeAssessment`. A :class:`FeeBar`
zeroes named activities, a :class:`FeeWaiver` and a minimum-fee
:class:`Threshold` take their part off, and :meth:`RateSchedule.assess` returns
a :class:`RateAssessment` whose total is the sum of its lines. A
:class:`CostLimit` is not a fee: it compares an estimate with a limit and
returns a :class:`CostLimitVerdict`, possibly undetermined.

Nothing here belongs to a country; jurisdictions build their schedules in
their rule packs (for the PRC, ``govdisclosure.jurisdictions.cn.fees``).

>>> from govdisclosure.money import Money
>>> eur = lambda n: Money(n, "EUR")
>>> demo = ProgressiveSchedule(
...     "demo copying charge",
...     [Band(1, 5, eur(0)), Band(6, 20, eur(1)), Band(21, None, eur(2))],
...     unit="page",
... )
>>> fee = demo.fee(25)
>>> fee.total
Money(amount=Decimal('25'), currency='EUR')
>>> [(str(c.band), c.units, str(c.subtotal)) for c in fee.breakdown]
[('1–5', 5, '€0.00'), ('6–20', 15, '€15.00'), ('21+', 5, '€10.00')]
>>> demo.marginal_rate(21)
Money(amount=Decimal('2'), currency='EUR')

A matrix schedule (invented numbers): search by the quarter hour, the first
two hours free to "other" requesters, and no fee of $25 or less:

>>> from decimal import Decimal
>>> usd = lambda n: Money(n, "USD")
>>> search = Activity("search", Measure.HOURS)
>>> matrix = RateSchedule(
...     "demo agency", "USD", [RequesterCategory("other")], [search],
...     [ActivityRate("other", "search", usd(40), RateUnit.HOUR,
...                   increment=Decimal("0.25"), allowance=2)],
...     minimum_fee=Threshold(usd(25)),
... )
>>> [str(matrix.assess("other", {"search": Decimal(h)}).total) for h in ("2.5", "2.6", "3")]
['$0.00', '$30.00', '$40.00']

.. versionadded:: 0.1.0
.. versionchanged:: 0.2.0
   Rate schedules by requester category and activity, waivers, fee bars and cost limits.
"""

from __future__ import annotations

from govdisclosure.fees._adjustments import FeeBar, FeeWaiver, Threshold, WaiverKind
from govdisclosure.fees._bands import Band, SteppedBands
from govdisclosure.fees._charges import ActivityCharge, AdjustmentKind, FeeAdjustment
from govdisclosure.fees._cost_limit import (
    CostEstimate,
    CostLimit,
    CostLimitStatus,
    CostLimitVerdict,
)
from govdisclosure.fees._matrix import FeeStage, RateAssessment, RateSchedule
from govdisclosure.fees._progressive import BandCharge, FeeAssessment, ProgressiveSchedule
from govdisclosure.fees._rates import (
    Activity,
    ActivityRate,
    Measure,
    RateUnit,
    RequesterCategory,
    increments_in,
)

__all__ = [
    "Activity",
    "ActivityCharge",
    "ActivityRate",
    "AdjustmentKind",
    "Band",
    "BandCharge",
    "CostEstimate",
    "CostLimit",
    "CostLimitStatus",
    "CostLimitVerdict",
    "FeeAdjustment",
    "FeeAssessment",
    "FeeBar",
    "FeeStage",
    "FeeWaiver",
    "Measure",
    "ProgressiveSchedule",
    "RateAssessment",
    "RateSchedule",
    "RateUnit",
    "RequesterCategory",
    "SteppedBands",
    "Threshold",
    "WaiverKind",
    "increments_in",
]
