"""The UK exemptions (FOIA Part II, EIR reg 12, FOISA Part 2), the public interest test, NCND.

* :func:`exemption` looks a provision up: ``exemption(Act.FOIA, "s.40(2)")``.
  Each :class:`UkExemption` says whether it is absolute or qualified (FOIA
  s.2(3), FOISA s.2(2); every EIR exception is qualified), whether the duty to
  confirm or deny can be excluded (NCND) and under which provision, and
  whether its test is class-based or one of prejudice.
* Where the status depends on a fact (FOIA s.36: held by a House of
  Parliament; s.40(2) and FOISA s.38(1)(b): the first data-protection
  condition) the fact must be given: a missing fact raises, never a guess.
  Where it depends on a reading the spec leaves unverified (FOIA s.37(1)(a)-(ab)
  since 2010; FOISA s.41(a)) it is a named field of :class:`ExemptionPolicy`.
* A :class:`Refusal` under a qualified provision needs its
  :class:`PublicInterestTest`, and the test must come out for maintaining the
  exemption; without one, ``InvalidInputError`` names ``public_interest``.
* The refusal grounds that are not exemptions (FOIA and FOISA s.12 cost and
  s.14 vexatious or repeated) are :class:`RefusalGround` s
  (:func:`refusal_ground`); EIR reg 12(4)(b) "manifestly unreasonable" is an
  exception, and so needs its public interest test.

>>> exemption(Act.FOIA, "s.40(1)").is_absolute()
True
>>> exemption(Act.FOIA, "s.43(2)").status.value, str(exemption(Act.FOIA, "s.43(2)").ncnd)
('qualified', 'FOIA 2000 s. 43(3)')
>>> Refusal(exemption(Act.FOIA, "s.43(2)"))
Traceback (most recent call last):
...
govdisclosure.errors.InvalidInputError: public_interest: s.43(2) is qualified: a refusal needs ...

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
from govdisclosure.jurisdictions.uk._exemption_data import EIR_ROWS, FOIA_ROWS, FOISA_ROWS, Row
from govdisclosure.jurisdictions.uk.acts import Act
from govdisclosure.law import Citation

__all__ = [
    "DEFAULT_EXEMPTION_POLICY",
    "EXEMPTIONS",
    "REFUSAL_GROUNDS",
    "Balance",
    "Basis",
    "Condition",
    "ExemptionPolicy",
    "GroundKind",
    "PublicInterestTest",
    "Refusal",
    "RefusalGround",
    "Status",
    "UkExemption",
    "exemption",
    "refusal_ground",
]


class Status(enum.Enum):
    """Whether a provision confers absolute exemption.

    >>> Status("conditional")
    <Status.CONDITIONAL: 'conditional'>
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


class Basis(enum.Enum):
    """The kind of test the provision sets (information for people; decides nothing)."""

    CLASS = "class"
    PREJUDICE = "prejudice"
    """FOIA: "would, or would be likely to, prejudice" (spec §B3.1, [INFERENCE] list)."""
    SUBSTANTIAL_PREJUDICE = "substantial_prejudice"
    """FOISA: "would, or would be likely to, prejudice substantially"."""
    ADVERSE_EFFECT = "adverse_effect"
    """EIR reg 12(5): disclosure "would adversely affect"."""
    OTHER = "other"
    """A "required for" test, or a prohibition by other law."""


class Condition(enum.Enum):
    """A fact on which a conditional provision's status turns.

    >>> Condition.HELD_BY_HOUSE_OF_PARLIAMENT.citation.article
    '2'
    """

    HELD_BY_HOUSE_OF_PARLIAMENT = "held_by_house_of_parliament"
    """FOIA s.36 is absolute for information held by the House of Commons or the House of Lords."""
    DP_PRINCIPLES_CONTRAVENED = "dp_principles_contravened"
    """Disclosure to the public would contravene the data protection principles (the first
    condition of FOIA s.40(2), FOISA s.38(1)(b))."""

    @property
    def citation(self) -> Citation:
        """The provision of s.2 that makes the provision absolute under this condition."""
        if self is Condition.HELD_BY_HOUSE_OF_PARLIAMENT:
            return Citation(Act.FOIA.instrument, "2", paragraph=3, item="e")
        return Citation(Act.FOIA.instrument, "2", paragraph=3, item="fa")


@attrs.frozen
class ExemptionPolicy:
    """Readings the exemption rules rest on where the spec is not firm.

    Attributes:
        royal_communications_absolute: FOIA s.37(1)(a)-(ab) are absolute since
            the Constitutional Reform and Governance Act 2010 (s.2(3)(ea)).
            Default ``True``; the spec's lists say qualified and mark the 2010
            change [UNVERIFIED] (§B3.1).
        foisa_royal_communications_absolute: FOISA s.41(a) is absolute.
            Default ``False``: s.2(2) as read (text of 2006) does not list it;
            a later amendment was not checked [UNVERIFIED].
        tie_favours_disclosure: Under FOIA, an evenly balanced public interest
            test means disclosure (the exemption is maintained only if the
            public interest in maintaining it *outweighs* that in disclosure).
            Default ``True`` (spec §B3.1, [INFERENCE]). FOISA s.2(1)(b) and EIR
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


def _facts(values: object) -> tuple[tuple[Condition, bool], ...]:
    if values is None:
        return ()
    if not isinstance(values, Mapping):
        msg = "must be a mapping of Condition to bool"
        raise InvalidInputError(msg, field="facts", value=values)
    problems = [
        Problem(f"facts[{k!r}]", "must be a Condition with a bool", v)
        for k, v in values.items()
        if not isinstance(k, Condition) or type(v) is not bool
    ]
    if problems:
        msg = "invalid facts"
        raise InvalidInputError(msg, problems=problems)
    return tuple(sorted(values.items(), key=lambda kv: kv[0].value))


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
    >>> s36.is_absolute({Condition.HELD_BY_HOUSE_OF_PARLIAMENT: True})
    True
    >>> s36.is_absolute()
    Traceback (most recent call last):
    ...
    govdisclosure.errors.InvalidInputError: facts: s.36 is absolute only if ...
    """

    act: Act = attrs.field(validator=instance_of(Act))
    provision: str = attrs.field(validator=non_empty)
    heading: str = attrs.field(validator=non_empty)
    status: Status = attrs.field(validator=instance_of(Status))
    basis: Basis = attrs.field(validator=instance_of(Basis))
    ncnd: Citation | None = attrs.field(default=None, validator=instance_of(Citation, type(None)))
    absolute_if: Condition | None = attrs.field(
        default=None, validator=instance_of(Condition, type(None))
    )
    policy_field: str | None = attrs.field(default=None, validator=instance_of(str, type(None)))
    note: str = attrs.field(default="", validator=instance_of(str))

    def __attrs_post_init__(self) -> None:
        if (self.status is Status.CONDITIONAL) != (self.absolute_if is not None):
            msg = "a conditional provision (and only one) names its condition"
            raise InvalidInputError(msg, field="absolute_if", value=self.absolute_if)
        if (self.status is Status.BY_POLICY) != (self.policy_field is not None):
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
        facts: Mapping[Condition, bool] | None = None,
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
        known = dict(_facts(facts))
        if self.status is Status.ABSOLUTE:
            return True
        if self.status is Status.QUALIFIED:
            return False
        if self.status is Status.BY_POLICY:
            return bool(getattr(policy, str(self.policy_field)))
        if self.status is Status.BY_LIMB:
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
        facts: Mapping[Condition, bool] | None = None,
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


def _split(citation: Citation) -> Citation:
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
    ncnd_citation = None if ncnd is None else _split(Citation(act.instrument, ncnd))
    return UkExemption(
        act,
        provision,
        heading,
        Status(status),
        Basis(basis),
        ncnd_citation,
        None if condition is None else Condition(condition),
        policy_field,
        note,
    )


EXEMPTIONS: dict[Act, dict[str, UkExemption]] = {
    act: {row[0]: _exemption(act, row) for row in rows}
    for act, rows in ((Act.FOIA, FOIA_ROWS), (Act.EIR, EIR_ROWS), (Act.FOISA, FOISA_ROWS))
}
"""Every exempting provision, by regime and provision number (``EXEMPTIONS[Act.FOIA]["40(2)"]``)."""

_PREFIX = re.compile(r"^(?:s\.?|sec\.?|section|reg\.?|regulation|r\.)\s*", re.IGNORECASE)
_NOT_EXEMPTIONS = {
    (Act.FOIA, "25"): "s.25 is not an exemption (certificates under ss.23 and 24)",
}


def _normalise(code: str) -> str:
    return re.sub(r"\s+", "", _PREFIX.sub("", code.strip()))


def _check_act_code(act: object, code: object) -> None:
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
    <Condition.DP_PRINCIPLES_CONTRAVENED: 'dp_principles_contravened'>
    >>> exemption(Act.FOIA, "s.25")
    Traceback (most recent call last):
    ...
    govdisclosure.errors.UnknownLabelError: code: s.25 is not an exemption ...

    Raises:
        UnknownLabelError: no such provision of ``act``.
    """
    _check_act_code(act, code)
    table = EXEMPTIONS[act]
    wanted = _normalise(code)
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


class Balance(enum.Enum):
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
            those inherent in the exemption count: ICO, spec §B3.1).
        balance: Which side outweighs.

    >>> pit = PublicInterestTest(["transparency of spending"], ["a fair tender process"],
    ...                          Balance.EVENLY_BALANCED)
    >>> pit.maintains(Act.FOIA), pit.maintains(Act.FOISA)
    (False, False)
    """

    for_disclosure: tuple[str, ...] = attrs.field(converter=_reasons)
    for_maintaining: tuple[str, ...] = attrs.field(converter=_reasons)
    balance: Balance = attrs.field(validator=instance_of(Balance))

    def maintains(self, act: Act, policy: ExemptionPolicy = DEFAULT_EXEMPTION_POLICY) -> bool:
        """Whether the exemption may be maintained under ``act``: only if maintaining outweighs.

        An even balance means disclosure under FOISA s.2(1)(b) and EIR reg 12(2);
        under FOIA as ``policy.tie_favours_disclosure`` says (default: disclose).
        """
        if self.balance is Balance.MAINTAINING_OUTWEIGHS:
            return True
        if self.balance is Balance.DISCLOSURE_OUTWEIGHS:
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

    >>> pit = PublicInterestTest(["openness"], ["safe space for policy"],
    ...                          Balance.MAINTAINING_OUTWEIGHS)
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
    facts: tuple[tuple[Condition, bool], ...] = attrs.field(
        default=None, kw_only=True, converter=_facts
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


class GroundKind(enum.Enum):
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
    kind: GroundKind = attrs.field(validator=instance_of(GroundKind))
    heading: str = attrs.field(validator=non_empty)
    note: str = attrs.field(default="", validator=instance_of(str))

    @property
    def code(self) -> str:
        """``"s.14(1)"``."""
        return f"s.{self.provision}"

    @property
    def citation(self) -> Citation:
        """The provision."""
        return _split(Citation(self.act.instrument, self.provision))


_REPEATED_NOTE = (
    "identical or substantially similar to a previous request from the same person, unless a "
    "reasonable interval has elapsed; 60 working days is some authorities' practice, not law "
    "(spec §B3.3)"
)

REFUSAL_GROUNDS: dict[Act, dict[str, RefusalGround]] = {
    act: {
        "12(1)": RefusalGround(
            act,
            "12(1)",
            GroundKind.COST_LIMIT,
            "Cost of compliance exceeds the limit",
            "see govdisclosure.jurisdictions.uk.cost_limit",
        ),
        "14(1)": RefusalGround(
            act,
            "14(1)",
            GroundKind.VEXATIOUS,
            "Vexatious request",
            "Dransfield [2015] EWCA Civ 454: burden, motive, value or serious "
            "purpose, harassment or distress"
            if act is Act.FOIA
            else "",
        ),
        "14(2)": RefusalGround(
            act, "14(2)", GroundKind.REPEATED, "Repeated request", _REPEATED_NOTE
        ),
    }
    for act in (Act.FOIA, Act.FOISA)
}
"""FOIA and FOISA s.12 and s.14. The EIR have neither: see reg 12(4)(b) (:func:`exemption`)."""


def refusal_ground(act: Act, code: str) -> RefusalGround | UkExemption:
    """The ground ``code`` of ``act`` (``"s.12"``, ``"s.14(1)"``); for the EIR, reg 12(4)(b).

    >>> refusal_ground(Act.EIR, "reg.12(4)(b)").heading
    'The request is manifestly unreasonable'
    >>> refusal_ground(Act.FOIA, "s.12").kind
    <GroundKind.COST_LIMIT: 'cost_limit'>

    Raises:
        UnknownLabelError: no such ground.
    """
    _check_act_code(act, code)
    wanted = _normalise(code)
    if act is Act.EIR:
        if wanted == "12(4)(b)":
            return EXEMPTIONS[Act.EIR]["12(4)(b)"]
    else:
        table = REFUSAL_GROUNDS[act]
        found = table.get(wanted) or table.get(f"{wanted}(1)")
        if found is not None:
            return found
    msg = (
        f"not a refusal ground of {act.instrument.short} (s.12, s.14(1), s.14(2); EIR reg 12(4)(b))"
    )
    raise UnknownLabelError(msg, field="code", value=code)


def _check_all(rows: Iterable[UkExemption]) -> None:
    """Every limb's section is listed (a check on the tables)."""
    for e in rows:
        if "(" in e.provision and e.section not in EXEMPTIONS[e.act] and e.act is not Act.EIR:
            msg = "a limb without its section"
            raise InvalidInputError(msg, field="provision", value=e.code)


_check_all(e for table in EXEMPTIONS.values() for e in table.values())
