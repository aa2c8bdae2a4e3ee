"""Our readings where the Cabinet Office's definitions were not read: :class:`StatisticsPolicy`.

The bulletins define "resolvable" requests and the rounding of their
percentages in annexes (B and D of each bulletin) that were not read
([UNVERIFIED]); each
choice that changes a number is a field here, with a default and the reason.

>>> StatisticsPolicy().percent(Decimal(37), Decimal(100))
Decimal('37')
>>> StatisticsPolicy().percent(Decimal(1), Decimal(8))      # 12.5 % rounds half up
Decimal('13')
>>> StatisticsPolicy(resolvable_includes_pending=False).resolvable_includes_pending
False

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal

import attrs

from govdisclosure.errors import InvalidInputError
from govdisclosure.jurisdictions.uk.statistics.records import WithheldReason

__all__ = ["StatisticsPolicy"]

_ROUNDINGS = frozenset({ROUND_HALF_UP, ROUND_HALF_EVEN})


def _places(_: object, attribute: attrs.Attribute[int], value: object) -> None:
    if type(value) is not int or not 0 <= value <= 4:
        msg = "must be a whole number of decimal places from 0 to 4"
        raise InvalidInputError(msg, field=attribute.name, value=value)


def _rounding(_: object, attribute: attrs.Attribute[str], value: object) -> None:
    if value not in _ROUNDINGS:
        msg = "must be decimal.ROUND_HALF_UP or decimal.ROUND_HALF_EVEN"
        raise InvalidInputError(msg, field=attribute.name, value=value)


_PROCEDURAL = (WithheldReason.COST_LIMIT, WithheldReason.VEXATIOUS_OR_REPEATED)


def _reasons(value: object) -> tuple[WithheldReason, ...]:
    if isinstance(value, (str, WithheldReason)) or not isinstance(value, Iterable):
        return value  # type: ignore[return-value]  # refused by the validator
    return tuple(value)


def _procedural(
    _: object, attribute: attrs.Attribute[tuple[WithheldReason, ...]], value: object
) -> None:
    if (
        not isinstance(value, tuple)
        or any(r not in _PROCEDURAL for r in value)
        or list(value) != [r for r in _PROCEDURAL if r in value]
    ):
        msg = (
            "must be the procedural withheld reasons (cost limit, vexatious or repeated),"
            " each once, in that order"
        )
        raise InvalidInputError(msg, field=attribute.name, value=value)


def _flag(_: object, attribute: attrs.Attribute[bool], value: object) -> None:
    if type(value) is not bool:
        msg = "must be a bool"
        raise InvalidInputError(msg, field=attribute.name, value=value)


@attrs.frozen
class StatisticsPolicy:
    """How the FOI statistics are counted where the bulletins' annexes were not read.

    Attributes:
        resolvable_includes_pending: **Policy.** Whether requests on hold or
            not yet processed at the time of monitoring count as resolvable
            ("not yet assessed"). Default ``True``: the bulletin copies read
            ([3P]) list "not yet processed/on hold" among the resolvable, and the Q2 2020 figures
            need it (6,648 resolvable, of which 3,273 withheld and 37 % ≈ 2,460
            granted, leave about 915 that are neither). One monitored body's
            own page (Bank of England, 2023 Q1) counts only replied requests;
            set ``False`` for that reading.
        refusal_before_exemptions: **Policy.** A request refused under s.12 or
            s.14 that also cites exemptions counts, in the withheld-reasons
            table, under the refusal (``True``, the default) or under the
            exemptions. The bulletins' reasons partition the withheld requests
            (33 % + 2 % + 65 % = 100 %, Q2 2020); which reason wins is our
            reading. Its exemptions are counted in the exemptions table either way.
        procedural_refusals: **Policy.** The withheld reasons Table 6b takes off
            the resolvable as "procedural refusals": s.12 (cost limit) and s.14
            (vexatious or repeated) by default. The bulletins' definition was not
            read [UNVERIFIED]; this is the reading of "procedural" against the
            exemptions, which are substantive.
        percent_places: **Policy.** Decimal places of a derived percentage;
            0 (whole percent) as the bulletins print their headline figures.
        percent_rounding: **Policy.** The rounding of a derived percentage
            (``decimal.ROUND_HALF_UP`` by default; the bulletins' own rule was
            not read).
    """

    resolvable_includes_pending: bool = attrs.field(default=True, validator=_flag)
    refusal_before_exemptions: bool = attrs.field(default=True, validator=_flag)
    procedural_refusals: tuple[WithheldReason, ...] = attrs.field(
        default=_PROCEDURAL, converter=_reasons, validator=_procedural
    )
    percent_places: int = attrs.field(default=0, validator=_places)
    percent_rounding: str = attrs.field(default=ROUND_HALF_UP, validator=_rounding)

    def percent(self, part: Decimal, whole: Decimal) -> Decimal | None:
        """``100 * part / whole`` rounded by the policy; ``None`` when ``whole`` is 0.

        >>> StatisticsPolicy(percent_places=1).percent(Decimal(2), Decimal(3))
        Decimal('66.7')
        >>> StatisticsPolicy().percent(Decimal(0), Decimal(0)) is None
        True
        """
        if whole == 0:
            return None
        quantum = Decimal(1).scaleb(-self.percent_places)
        return (Decimal(100) * part / whole).quantize(quantum, rounding=self.percent_rounding)

    @property
    def tolerance(self) -> Decimal:
        """Half a unit of the last printed place: the most a rounded percentage can be off.

        >>> StatisticsPolicy().tolerance
        Decimal('0.5')
        """
        return Decimal(5).scaleb(-self.percent_places - 1)
