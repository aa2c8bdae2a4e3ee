"""Exemption grounds as data: what may or must be withheld, what overrides it, and where it counts.

An :class:`ExemptionGround` is one statutory reason for not disclosing
information: its official wording, its source, whether withholding is
mandatory or discretionary, the circumstances that override it (the third
party consents; the public interest weighs more; a law requires disclosure),
and the outcome it is counted under in statistics. The outcome is opaque
here: a rule pack's own value (``cn.Outcome`` for the PRC).

>>> from govdisclosure.law import Citation, Instrument
>>> act = Instrument(code="demo", title="Demo Act", short="DA")
>>> privacy = ExemptionGround(
...     code="privacy", label="personal information", label_en="Personal information",
...     citation=Citation(act, "15"), nature=Nature.MANDATORY,
...     overrides=(OverrideRule(Override.THIRD_PARTY_CONSENT, Citation(act, "15")),),
...     outcome="withheld_privacy")
>>> privacy.consequence()
<Consequence.MUST_WITHHOLD: 'must_withhold'>
>>> privacy.consequence({Override.THIRD_PARTY_CONSENT})
<Consequence.MUST_DISCLOSE: 'must_disclose'>
>>> privacy.consequence({Override.PUBLIC_INTEREST})   # not an override of this ground
<Consequence.MUST_WITHHOLD: 'must_withhold'>

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
from collections.abc import Hashable, Iterable

import attrs

from govdisclosure.errors import InvalidInputError
from govdisclosure.law import Citation

__all__ = [
    "Consequence",
    "ExemptionGround",
    "Nature",
    "Override",
    "OverrideRule",
]


class Nature(enum.Enum):
    """Whether a ground obliges the organ to withhold, or only allows it."""

    MANDATORY = "mandatory"
    """The information must not be disclosed (unless an override applies)."""
    DISCRETIONARY = "discretionary"
    """The information may be withheld; the organ may still disclose it."""


class Override(enum.Enum):
    """Circumstances that displace an exemption ground and require disclosure."""

    THIRD_PARTY_CONSENT = "third_party_consent"
    """The third party whose rights are at stake agrees to disclosure."""
    PUBLIC_INTEREST = "public_interest"
    """Withholding would significantly affect the public interest."""
    LAW_REQUIRES_DISCLOSURE = "law_requires_disclosure"
    """A law (or regulation, or rule) requires the information to be disclosed."""


class Consequence(enum.Enum):
    """What a ground means for the information, given the overrides that apply."""

    MUST_WITHHOLD = "must_withhold"
    MAY_WITHHOLD = "may_withhold"
    MUST_DISCLOSE = "must_disclose"


@attrs.frozen
class OverrideRule:
    """An override a ground recognises, and the provision that says so.

    Attributes:
        override: The circumstance.
        citation: The provision.
        note: Its wording or a gloss, for people.
    """

    override: Override
    citation: Citation
    note: str = ""


def _check_nature(instance: object, attribute: attrs.Attribute[Nature], value: object) -> None:
    if not isinstance(value, Nature):
        msg = "must be a Nature (mandatory or discretionary)"
        raise InvalidInputError(msg, field=attribute.name, value=value)


def _check_code(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not value:
        msg = "must be a non-empty string"
        raise InvalidInputError(msg, field=attribute.name, value=value)


def _to_overrides(values: Iterable[object]) -> tuple[OverrideRule, ...]:
    found: list[OverrideRule] = []
    seen: set[Override] = set()
    for i, rule in enumerate(values):
        if not isinstance(rule, OverrideRule):
            msg = "must be an OverrideRule"
            raise InvalidInputError(msg, field=f"overrides[{i}]", value=rule)
        found.append(rule)
        if rule.override in seen:
            msg = "override listed twice"
            raise InvalidInputError(msg, field=f"overrides[{i}]", value=rule.override)
        seen.add(rule.override)
    return tuple(found)


@attrs.frozen
class ExemptionGround:
    """One statutory ground for withholding information.

    Attributes:
        code: A stable key (``"state_secret"``).
        label: The ground in the instrument's own words.
        label_en: An English label.
        citation: The provision that sets the ground.
        nature: Mandatory or discretionary.
        overrides: The circumstances that displace the ground, each with its source.
        outcome: The outcome the ground is counted under (a rule pack's value).
    """

    code: str = attrs.field(validator=_check_code)
    label: str
    label_en: str
    citation: Citation
    nature: Nature = attrs.field(validator=_check_nature)
    overrides: tuple[OverrideRule, ...] = attrs.field(default=(), converter=_to_overrides)
    outcome: Hashable = None

    @property
    def is_mandatory(self) -> bool:
        """Whether the organ must withhold (absent an override)."""
        return self.nature is Nature.MANDATORY

    def override_rule(self, override: Override) -> OverrideRule | None:
        """The rule for ``override``, if this ground recognises it."""
        for rule in self.overrides:
            if rule.override is override:
                return rule
        return None

    def consequence(self, present: Iterable[object] = ()) -> Consequence:
        """What the ground means, given the circumstances ``present``.

        A recognised override requires disclosure; otherwise a mandatory
        ground requires withholding and a discretionary one allows it.
        Circumstances the ground does not recognise change nothing.
        """
        for item in present:
            if not isinstance(item, Override):
                msg = "must be Override values"
                raise InvalidInputError(msg, field="present", value=item)
            if self.override_rule(item) is not None:
                return Consequence.MUST_DISCLOSE
        if self.nature is Nature.MANDATORY:
            return Consequence.MUST_WITHHOLD
        return Consequence.MAY_WITHHOLD
