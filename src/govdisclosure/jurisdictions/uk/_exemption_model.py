"""The UK exempting provisions as records: status, basis, NCND, caveats; the lookup.

Public names are re-exported by :mod:`govdisclosure.jurisdictions.uk.exemptions`.

>>> exemption(Act.FOISA, "s.36(2)").is_absolute()
True

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Mapping

import attrs

from govdisclosure._validators import instance_of, non_empty
from govdisclosure.errors import InvalidInputError, Problem, UnknownLabelError
from govdisclosure.exemptions import ExemptionGround, Nature, Override, OverrideRule
from govdisclosure.jurisdictions.uk._exemption_data import FOIA_ROWS, Row
from govdisclosure.jurisdictions.uk._exemption_data_eir_foisa import EIR_ROWS, FOISA_ROWS
from govdisclosure.jurisdictions.uk.acts import Act
from govdisclosure.law import Citation

__all__ = [
    "DEFAULT_EXEMPTION_POLICY",
    "EXEMPTIONS",
    "ExemptionBasis",
    "ExemptionCondition",
    "ExemptionPolicy",
    "ExemptionStatus",
    "UkExemption",
    "exemption",
    "split_citation",
]


class ExemptionStatus(enum.Enum):
    """Whether a provision confers absolute exemption.

    >>> ExemptionStatus("conditional")
    <ExemptionStatus.CONDITIONAL: 'conditional'>
    """

    ABSOLUTE = "absolute"
    QUALIFIED = "qualified"
    """Subject to the public interest test (FOIA s.2(2)(b), FOISA s.2(1)(b), EIR reg 12(1)(b))."""
    CONDITIONAL = "conditional"
    """Absolute only when a fact holds (:attr:`UkExemption.absolute_if`), qualified otherwise."""
    BY_LIMB = "by_limb"
    """A section whose limbs differ: look the limb up."""
    BY_POLICY = "by_policy"
    """Absolute or qualified as a field of :class:`ExemptionPolicy` says."""


class ExemptionBasis(enum.Enum):
    """The kind of test the provision sets (information for people; decides nothing)."""

    CLASS = "class"
    PREJUDICE = "prejudice"
    """FOIA: "would, or would be likely to, prejudice" (which sections: [INFERENCE])."""
    SUBSTANTIAL_PREJUDICE = "substantial_prejudice"
    """FOISA: "would, or would be likely to, prejudice substantially"."""
    ADVERSE_EFFECT = "adverse_effect"
    """EIR reg 12(5): disclosure "would adversely affect"."""
    OTHER = "other"
    """A "required for" test, or a prohibition by other law."""


class ExemptionCondition(enum.Enum):
    """A fact on which a conditional provision's status turns.

    >>> ExemptionCondition.HELD_BY_HOUSE_OF_PARLIAMENT.citation.article
    '2'
    """

    HELD_BY_HOUSE_OF_PARLIAMENT = "held_by_house_of_parliament"
    """FOIA s.36 is absolute for information held by the House of Commons or the House of Lords."""
    DP_PRINCIPLES_CONTRAVENED = "dp_principles_contravened"
    """Disclosure to the public would contravene the data protection principles (the first
    condition of FOIA s.40(2), FOISA s.38(1)(b))."""

    @property
    def citation(self) -> Citation:
        """The FOIA s.2(3) paragraph that makes the provision absolute under this condition.

        (FOISA's equivalent for s.38(1)(b) is s.2(2)(e)(ii).)
        """
        if self is ExemptionCondition.HELD_BY_HOUSE_OF_PARLIAMENT:
            return Citation(Act.FOIA.instrument, "2", paragraph=3, item="e")
        return Citation(Act.FOIA.instrument, "2", paragraph=3, item="fa")


@attrs.frozen
class ExemptionPolicy:
    """Readings the exemption rules rest on where the sources read are not firm.

    Attributes:
        royal_communications_absolute: FOIA s.37(1)(a)-(ab) are absolute since
            the Constitutional Reform and Governance Act 2010 (s.2(3)(ea)).
            Default ``True``; the exemption lists seen (the MoJ summaries,
            authority pages) say qualified; there the 2010 change is [UNVERIFIED].
        foisa_royal_communications_absolute: FOISA s.41(a) is absolute.
            Default ``False``: s.2(2) as read (text of 2006) does not list it;
            a later amendment was not checked [UNVERIFIED].
        tie_favours_disclosure: Under FOIA, an evenly balanced public interest
            test means disclosure (the exemption is maintained only if the
            public interest in maintaining it *outweighs* that in disclosure).
            Default ``True`` (our reading, [INFERENCE]). FOISA s.2(1)(b) and EIR
            reg 12(2) say so in terms, and ignore this field.

    >>> DEFAULT_EXEMPTION_POLICY.royal_communications_absolute
    True
    """

    royal_communications_absolute: bool = attrs.field(default=True, validator=instance_of(bool))
    foisa_royal_communications_absolute: bool = attrs.field(
        default=False, validator=instance_of(bool)
    )
    tie_favours_disclosure: bool = attrs.field(default=True, validator=instance_of(bool))


DEFAULT_EXEMPTION_POLICY = ExemptionPolicy()
"""The default readings (see :class:`ExemptionPolicy`)."""


def facts_of(values: object) -> tuple[tuple[ExemptionCondition, bool], ...]:
    """Facts as sorted ``(condition, bool)`` pairs, from a mapping or from such pairs."""
    if values is None:
        return ()
    pairs: list[object]
    if isinstance(values, Mapping):
        pairs = list(values.items())
    elif isinstance(values, Iterable) and not isinstance(values, str | bytes):
        pairs = list(values)
    else:
        msg = "must be a mapping of ExemptionCondition to bool"
        raise InvalidInputError(msg, field="facts", value=values)
    problems = [
        Problem(f"facts[{i}]", "must be an (ExemptionCondition, bool) pair", pair)
        for i, pair in enumerate(pairs)
        if not (
            isinstance(pair, tuple)
            and len(pair) == 2
            and isinstance(pair[0], ExemptionCondition)
            and type(pair[1]) is bool
        )
    ]
    conditions = [p[0] for p in pairs if isinstance(p, tuple) and p]
    problems += [
        Problem(f"facts[{i}]", "is given twice", c)
        for i, c in enumerate(conditions)
        if c in conditions[:i]
    ]
    if problems:
        msg = "invalid facts"
        raise InvalidInputError(msg, problems=problems)
    checked = [p for p in pairs if isinstance(p, tuple)]
    return tuple(sorted(checked, key=lambda kv: kv[0].value))


@attrs.frozen
class UkExemption:
    """One exempting provision of a UK regime (a section, a limb, or an EIR exception).

    Attributes:
        act: The regime.
        provision: The provision as numbered (``"40(2)"``, ``"12(5)(a)"``).
        heading: Its heading, for people.
        status: Absolute, qualified, conditional, by limb, or by policy.
        basis: Class-based, prejudice, substantial prejudice, adverse effect, or other.
        ncnd: The provision excluding the duty to confirm or deny, if any.
        absolute_if: For a conditional provision, the fact that makes it absolute.
        policy_field: For a provision whose status is a policy, the field of
            :class:`ExemptionPolicy` that decides it.
        note: Caveats, for people.

    >>> s36 = exemption(Act.FOIA, "s.36")
    >>> s36.is_absolute({ExemptionCondition.HELD_BY_HOUSE_OF_PARLIAMENT: True})
    True
    >>> s36.is_absolute()
    Traceback (most recent call last):
    ...
    govdisclosure.errors.InvalidInputError: facts: s.36 is absolute only if ...
    """

    act: Act = attrs.field(validator=instance_of(Act))
    provision: str = attrs.field(validator=non_empty)
    heading: str = attrs.field(validator=non_empty)
    status: ExemptionStatus = attrs.field(validator=instance_of(ExemptionStatus))
    basis: ExemptionBasis = attrs.field(validator=instance_of(ExemptionBasis))
    ncnd: Citation | None = attrs.field(default=None, validator=instance_of(Citation, type(None)))
    absolute_if: ExemptionCondition | None = attrs.field(
        default=None, validator=instance_of(ExemptionCondition, type(None))
    )
    policy_field: str | None = attrs.field(default=None, validator=instance_of(str, type(None)))
    note: str = attrs.field(default="", validator=instance_of(str))

    def __attrs_post_init__(self) -> None:
        if (self.status is ExemptionStatus.CONDITIONAL) != (self.absolute_if is not None):
            msg = "a conditional provision (and only one) names its condition"
            raise InvalidInputError(msg, field="absolute_if", value=self.absolute_if)
        if (self.status is ExemptionStatus.BY_POLICY) != (self.policy_field is not None):
            msg = "a provision decided by policy (and only one) names its policy field"
            raise InvalidInputError(msg, field="policy_field", value=self.policy_field)
        if self.policy_field is not None and not hasattr(
            DEFAULT_EXEMPTION_POLICY, self.policy_field
        ):
            msg = "not a field of ExemptionPolicy"
            raise InvalidInputError(msg, field="policy_field", value=self.policy_field)

    @property
    def code(self) -> str:
        """The provision as people cite it: ``"s.40(2)"``, ``"reg.12(4)(b)"``."""
        return f"{'reg.' if self.act is Act.EIR else 's.'}{self.provision}"

    @property
    def confidence_defence(self) -> bool:
        """Whether it rests on an actionable breach of confidence (FOIA s.41, FOISA s.36(2)).

        Such a provision is absolute, but the law of confidence has its own
        public interest defence: a breach is not actionable where the public
        interest in disclosure outweighs the duty of confidence (the common
        law of confidence; no source for it was read, [UNVERIFIED]).
        Weighing it is part of deciding whether the provision applies at all;
        it is not the s.2 test, so a :class:`Refusal` under it takes no
        :class:`PublicInterestTest`.

        >>> exemption(Act.FOIA, "s.41").confidence_defence
        True
        """
        return (self.act, self.provision) in _CONFIDENCE

    @property
    def section(self) -> str:
        """The section (or regulation) number: ``"40"`` for ``"40(2)"``."""
        return self.provision.split("(", 1)[0]

    @property
    def citation(self) -> Citation:
        """The provision, as a citation."""
        return Citation(self.act.instrument, self.provision)

    @property
    def public_interest_citation(self) -> Citation:
        """The provision that sets the public interest test for this regime."""
        if self.act is Act.EIR:
            return Citation(self.act.instrument, "12", paragraph=1, item="b")
        if self.act is Act.FOISA:
            return Citation(self.act.instrument, "2", paragraph=1, item="b")
        return Citation(self.act.instrument, "2", paragraph=2, item="b")

    def is_absolute(
        self,
        facts: Mapping[ExemptionCondition, bool] | None = None,
        policy: ExemptionPolicy = DEFAULT_EXEMPTION_POLICY,
    ) -> bool:
        """Whether the provision confers absolute exemption, given the ``facts`` and ``policy``.

        Raises:
            InvalidInputError: the status turns on a fact not given (``facts``),
                or the section's limbs differ (look the limb up).
        """
        given: object = policy
        if not isinstance(given, ExemptionPolicy):
            msg = "must be an ExemptionPolicy"
            raise InvalidInputError(msg, field="policy", value=policy)
        known = dict(facts_of(facts))
        if self.status is ExemptionStatus.ABSOLUTE:
            return True
        if self.status is ExemptionStatus.QUALIFIED:
            return False
        if self.status is ExemptionStatus.BY_POLICY:
            return bool(getattr(policy, str(self.policy_field)))
        if self.status is ExemptionStatus.BY_LIMB:
            limbs = [e.code for e in EXEMPTIONS[self.act].values() if e.is_limb_of(self)]
            msg = f"{self.code}: its limbs differ; name one of {', '.join(limbs)}"
            raise InvalidInputError(msg, field="provision", value=self.provision)
        condition = self.absolute_if
        if condition not in known:
            msg = (
                f"{self.code} is absolute only if {condition.value if condition else '?'}: "
                "state that fact"
            )
            raise InvalidInputError(msg, field="facts", value=facts)
        return known[condition]

    def is_limb_of(self, section: UkExemption) -> bool:
        """Whether this provision is a limb of ``section`` (same regime, longer number)."""
        return (
            self.act is section.act
            and self.provision != section.provision
            and self.provision.startswith(section.provision + "(")
        )

    def ground(
        self,
        facts: Mapping[ExemptionCondition, bool] | None = None,
        policy: ExemptionPolicy = DEFAULT_EXEMPTION_POLICY,
    ) -> ExemptionGround:
        """The provision as a generic :class:`~govdisclosure.exemptions.ExemptionGround`.

        Every UK exemption permits withholding (discretionary); a qualified one
        is overridden by the public interest in disclosure.

        >>> from govdisclosure.exemptions import Override
        >>> exemption(Act.EIR, "reg.12(4)(e)").ground().consequence({Override.PUBLIC_INTEREST})
        <Consequence.MUST_DISCLOSE: 'must_disclose'>
        """
        overrides: tuple[OverrideRule, ...] = ()
        if not self.is_absolute(facts, policy):
            overrides = (
                OverrideRule(
                    Override.PUBLIC_INTEREST,
                    self.public_interest_citation,
                    "the public interest in maintaining the exemption does not outweigh that "
                    "in disclosure",
                ),
            )
        return ExemptionGround(
            code=f"{self.act.value}:{self.code}",
            label=self.heading,
            label_en=self.heading,
            citation=self.citation,
            nature=Nature.DISCRETIONARY,
            overrides=overrides,
            outcome=self.code,
        )


def split_citation(citation: Citation) -> Citation:
    """``"43(3)"`` as article 43, paragraph 3 (a whole number), for a tidy citation."""
    match = re.fullmatch(r"(\w+)\((\d+)\)(?:\((\w+)\))?", citation.article or "")
    if match is None:
        return citation
    return Citation(citation.instrument, match[1], paragraph=int(match[2]), item=match[3])


def _exemption(act: Act, row: Row) -> UkExemption:
    provision, heading, status, basis, ncnd, condition, note = row
    policy_field = None
    if status.startswith("policy:"):
        status, policy_field = "by_policy", status.removeprefix("policy:")
    ncnd_citation = None if ncnd is None else split_citation(Citation(act.instrument, ncnd))
    return UkExemption(
        act,
        provision,
        heading,
        ExemptionStatus(status),
        ExemptionBasis(basis),
        ncnd_citation,
        None if condition is None else ExemptionCondition(condition),
        policy_field,
        note,
    )


EXEMPTIONS: dict[Act, dict[str, UkExemption]] = {
    act: {row[0]: _exemption(act, row) for row in rows}
    for act, rows in ((Act.FOIA, FOIA_ROWS), (Act.EIR, EIR_ROWS), (Act.FOISA, FOISA_ROWS))
}
"""Every exempting provision, by regime and provision number (``EXEMPTIONS[Act.FOIA]["40(2)"]``)."""

_CONFIDENCE = frozenset({(Act.FOIA, "41"), (Act.FOISA, "36(2)")})
"""The provisions that rest on an actionable breach of confidence."""

_PREFIX = re.compile(r"^(?:section|sec\.?|s\.?|regulation|reg\.?|r\.)\s*", re.IGNORECASE)
_NOT_EXEMPTIONS = {
    (Act.FOIA, "25"): "s.25 is not an exemption (certificates under ss.23 and 24)",
}


def normalise_code(code: str) -> str:
    return re.sub(r"\s+", "", _PREFIX.sub("", code.strip()))


def check_act_code(act: object, code: object) -> None:
    if not isinstance(act, Act):
        msg = "must be an Act"
        raise InvalidInputError(msg, field="act", value=act)
    if not isinstance(code, str) or not code.strip():
        msg = "must be a non-empty str"
        raise InvalidInputError(msg, field="code", value=code)


def exemption(act: Act, code: str) -> UkExemption:
    """The provision of ``act`` numbered ``code`` (``"s.40(2)"``, ``"40(2)"``, ``"reg 12(4)(b)"``).

    A sub-provision that is not listed on its own falls back to the nearest
    listed provision that contains it (``"s.31(1)(a)"`` is s.31).

    >>> exemption(Act.FOIA, "s.31(1)(a)").code
    's.31'
    >>> exemption(Act.FOISA, "s.38(1)(b)").absolute_if
    <ExemptionCondition.DP_PRINCIPLES_CONTRAVENED: 'dp_principles_contravened'>
    >>> exemption(Act.FOIA, "s.25")
    Traceback (most recent call last):
    ...
    govdisclosure.errors.UnknownLabelError: code: s.25 is not an exemption ...

    Raises:
        UnknownLabelError: no such provision of ``act``.
    """
    check_act_code(act, code)
    table = EXEMPTIONS[act]
    wanted = normalise_code(code)
    candidate = wanted
    while candidate:
        if (act, candidate) in _NOT_EXEMPTIONS:
            raise UnknownLabelError(_NOT_EXEMPTIONS[act, candidate], field="code", value=code)
        if candidate in table:
            return table[candidate]
        if "(" not in candidate:
            break
        candidate = candidate[: candidate.rindex("(")]
    msg = f"not an exempting provision of {act.instrument.short}"
    raise UnknownLabelError(msg, field="code", value=code)


def _check_all(rows: Iterable[UkExemption]) -> None:
    """Every limb's section is listed (a check on the tables)."""
    for e in rows:
        if "(" in e.provision and e.section not in EXEMPTIONS[e.act] and e.act is not Act.EIR:
            msg = "a limb without its section"
            raise InvalidInputError(msg, field="provision", value=e.code)


_check_all(e for table in EXEMPTIONS.values() for e in table.values())
