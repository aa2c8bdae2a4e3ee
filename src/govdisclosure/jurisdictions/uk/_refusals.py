"""Refusals: the public interest test, a refusal under one provision, and the s.12/s.14 grounds.

Public names are re-exported by :mod:`govdisclosure.jurisdictions.uk.exemptions`.

>>> refusal_ground(Act.FOISA, "s.14(1)").kind.value
'vexatious'

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import enum
from collections.abc import Iterable

import attrs

from govdisclosure._validators import instance_of, non_empty
from govdisclosure.errors import InvalidInputError, UnknownLabelError
from govdisclosure.jurisdictions.uk._exemption_model import (
    DEFAULT_EXEMPTION_POLICY,
    EXEMPTIONS,
    ExemptionCondition,
    ExemptionPolicy,
    UkExemption,
    check_act_code,
    facts_of,
    normalise_code,
    split_citation,
)
from govdisclosure.jurisdictions.uk.acts import Act
from govdisclosure.law import Citation

__all__ = [
    "REFUSAL_GROUNDS",
    "PublicInterestBalance",
    "PublicInterestTest",
    "Refusal",
    "RefusalGround",
    "RefusalKind",
    "refusal_ground",
]


class PublicInterestBalance(enum.Enum):
    """The conclusion of a public interest test."""

    MAINTAINING_OUTWEIGHS = "maintaining_outweighs"
    """The public interest in maintaining the exemption outweighs that in disclosure."""
    DISCLOSURE_OUTWEIGHS = "disclosure_outweighs"
    EVENLY_BALANCED = "evenly_balanced"
    """Neither outweighs the other: disclosure (FOISA s.2(1)(b), EIR reg 12(2); FOIA by policy)."""


def _reasons(values: object) -> tuple[str, ...]:
    if isinstance(values, str) or not isinstance(values, Iterable):
        found: tuple[object, ...] = (values,)
    else:
        found = tuple(values)
    if not found or any(not isinstance(v, str) or not v.strip() for v in found):
        msg = "must name at least one argument, each a non-empty str"
        raise InvalidInputError(msg, field="arguments", value=values)
    return tuple(str(v) for v in found)


@attrs.frozen
class PublicInterestTest:
    """The public interest test a qualified exemption needs, with its arguments and conclusion.

    Attributes:
        for_disclosure: The public interest arguments for disclosure.
        for_maintaining: The arguments for maintaining the exemption (only
            those inherent in the exemption count: the ICO's public interest
            test guidance, [V-mirror]).
        balance: Which side outweighs.

    >>> pit = PublicInterestTest(["transparency of spending"], ["a fair tender process"],
    ...                          PublicInterestBalance.EVENLY_BALANCED)
    >>> pit.maintains(Act.FOIA), pit.maintains(Act.FOISA)
    (False, False)
    """

    for_disclosure: tuple[str, ...] = attrs.field(converter=_reasons)
    for_maintaining: tuple[str, ...] = attrs.field(converter=_reasons)
    balance: PublicInterestBalance = attrs.field(validator=instance_of(PublicInterestBalance))

    def maintains(self, act: Act, policy: ExemptionPolicy = DEFAULT_EXEMPTION_POLICY) -> bool:
        """Whether the exemption may be maintained under ``act``: only if maintaining outweighs.

        An even balance means disclosure under FOISA s.2(1)(b) and EIR reg 12(2);
        under FOIA as ``policy.tie_favours_disclosure`` says (default: disclose).
        """
        if self.balance is PublicInterestBalance.MAINTAINING_OUTWEIGHS:
            return True
        if self.balance is PublicInterestBalance.DISCLOSURE_OUTWEIGHS:
            return False
        return act is Act.FOIA and not policy.tie_favours_disclosure


@attrs.frozen
class Refusal:
    """Information withheld (or its existence neither confirmed nor denied) under one provision.

    Attributes:
        exemption: The provision relied on.
        public_interest: The public interest test: required for a qualified
            provision, refused for an absolute one.
        neither_confirm_nor_deny: Whether the authority neither confirms nor
            denies that it holds the information (needs :attr:`UkExemption.ncnd`).
        facts: The facts a conditional provision's status turns on.
        policy: The readings applied.

    Raises:
        InvalidInputError: a qualified provision without a public interest
            test (``public_interest``); a test that does not come out for
            maintaining the exemption (``public_interest.balance``); a test on an
            absolute provision; NCND where the provision allows none; a missing fact.

    >>> from govdisclosure.jurisdictions.uk.exemptions import exemption
    >>> pit = PublicInterestTest(["openness"], ["safe space for policy"],
    ...                          PublicInterestBalance.MAINTAINING_OUTWEIGHS)
    >>> Refusal(exemption(Act.FOIA, "s.35"), pit, neither_confirm_nor_deny=True).citations[-1]
    Citation(instrument=..., article='35', paragraph=3, item=None, note='')
    """

    exemption: UkExemption = attrs.field(validator=instance_of(UkExemption))
    public_interest: PublicInterestTest | None = attrs.field(
        default=None, validator=instance_of(PublicInterestTest, type(None))
    )
    neither_confirm_nor_deny: bool = attrs.field(
        default=False, kw_only=True, validator=instance_of(bool)
    )
    facts: tuple[tuple[ExemptionCondition, bool], ...] = attrs.field(
        default=None, kw_only=True, converter=facts_of
    )
    policy: ExemptionPolicy = attrs.field(
        default=DEFAULT_EXEMPTION_POLICY, kw_only=True, validator=instance_of(ExemptionPolicy)
    )

    def __attrs_post_init__(self) -> None:
        ex = self.exemption
        absolute = ex.is_absolute(dict(self.facts), self.policy)
        pit = self.public_interest
        if absolute and pit is not None:
            msg = f"{ex.code} is absolute here: it has no public interest test"
            raise InvalidInputError(msg, field="public_interest", value=pit)
        if not absolute and pit is None:
            msg = (
                f"{ex.code} is qualified: a refusal needs its public interest test "
                f"[{ex.public_interest_citation}]"
            )
            raise InvalidInputError(msg, field="public_interest", value=None)
        if pit is not None and not pit.maintains(ex.act, self.policy):
            msg = (
                "the public interest in maintaining the exemption does not outweigh that in "
                f"disclosure: the information must be disclosed [{ex.public_interest_citation}]"
            )
            raise InvalidInputError(msg, field="public_interest.balance", value=pit.balance)
        if self.neither_confirm_nor_deny and ex.ncnd is None:
            msg = f"{ex.code} does not exclude the duty to confirm or deny"
            raise InvalidInputError(msg, field="neither_confirm_nor_deny", value=True)

    @property
    def absolute(self) -> bool:
        """Whether the provision is absolute here."""
        return self.exemption.is_absolute(dict(self.facts), self.policy)

    @property
    def citations(self) -> tuple[Citation, ...]:
        """The provisions relied on: the exemption, the public interest test, the NCND provision."""
        found = [self.exemption.citation]
        if self.public_interest is not None:
            found.append(self.exemption.public_interest_citation)
        if self.neither_confirm_nor_deny and self.exemption.ncnd is not None:
            found.append(self.exemption.ncnd)
        return tuple(found)


class RefusalKind(enum.Enum):
    """A refusal ground that is not an exemption."""

    COST_LIMIT = "cost_limit"
    VEXATIOUS = "vexatious"
    REPEATED = "repeated"


@attrs.frozen
class RefusalGround:
    """A ground for not complying with a request that is not an exemption (s.12, s.14).

    Attributes:
        act: The regime.
        provision: ``"12(1)"``, ``"14(1)"``, ``"14(2)"``.
        kind: Cost limit, vexatious, or repeated.
        heading: For people.
        note: Caveats.

    >>> str(refusal_ground(Act.FOIA, "s.14(2)").citation)
    'FOIA 2000 s. 14(2)'
    """

    act: Act = attrs.field(validator=instance_of(Act))
    provision: str = attrs.field(validator=non_empty)
    kind: RefusalKind = attrs.field(validator=instance_of(RefusalKind))
    heading: str = attrs.field(validator=non_empty)
    note: str = attrs.field(default="", validator=instance_of(str))

    @property
    def code(self) -> str:
        """``"s.14(1)"``."""
        return f"s.{self.provision}"

    @property
    def citation(self) -> Citation:
        """The provision."""
        return split_citation(Citation(self.act.instrument, self.provision))


_REPEATED_NOTE = (
    "identical or substantially similar to a previous request from the same person, unless a "
    "reasonable interval has elapsed (wording [UNVERIFIED]); 60 working days is some "
    "authorities' practice, not law (southwark.gov.uk, canterbury.gov.uk [3P])"
)

REFUSAL_GROUNDS: dict[Act, dict[str, RefusalGround]] = {
    act: {
        "12(1)": RefusalGround(
            act,
            "12(1)",
            RefusalKind.COST_LIMIT,
            "Cost of compliance exceeds the limit",
            "see govdisclosure.jurisdictions.uk.cost_limit",
        ),
        "14(1)": RefusalGround(
            act,
            "14(1)",
            RefusalKind.VEXATIOUS,
            "Vexatious request",
            "Dransfield [2015] EWCA Civ 454: burden, motive, value or serious "
            "purpose, harassment or distress"
            if act is Act.FOIA
            else "",
        ),
        "14(2)": RefusalGround(
            act, "14(2)", RefusalKind.REPEATED, "Repeated request", _REPEATED_NOTE
        ),
    }
    for act in (Act.FOIA, Act.FOISA)
}
"""FOIA and FOISA s.12 and s.14. The EIR have neither: see reg 12(4)(b) (:func:`exemption`)."""


def refusal_ground(act: Act, code: str) -> RefusalGround | UkExemption:
    """The ground ``code`` of ``act`` (``"s.12"``, ``"s.14(1)"``); for the EIR, reg 12(4)(b).

    ``"s.12"`` (and ``"s.12(2)"``, its confirm-or-deny limb) is the cost-limit
    ground; ``"s.14"`` alone is refused: its two limbs are different grounds.

    >>> refusal_ground(Act.EIR, "reg.12(4)(b)").heading
    'The request is manifestly unreasonable'
    >>> refusal_ground(Act.FOIA, "s.12").kind
    <RefusalKind.COST_LIMIT: 'cost_limit'>

    Raises:
        UnknownLabelError: no such ground.
    """
    check_act_code(act, code)
    wanted = normalise_code(code)
    if act is Act.EIR:
        if wanted == "12(4)(b)":
            return EXEMPTIONS[Act.EIR]["12(4)(b)"]
    else:
        table = REFUSAL_GROUNDS[act]
        if wanted == "14":
            msg = "name the limb: s.14(1) (vexatious) or s.14(2) (repeated)"
            raise UnknownLabelError(msg, field="code", value=code)
        found = table.get("12(1)" if wanted in {"12", "12(2)"} else wanted)
        if found is not None:
            return found
    msg = (
        f"not a refusal ground of {act.instrument.short} (s.12, s.14(1), s.14(2); EIR reg 12(4)(b))"
    )
    raise UnknownLabelError(msg, field="code", value=code)
