"""The FOIA exemptions (§ 552(b)), Exemption 3 statutes, exclusions (§ 552(c)) and foreseeable harm.

* :data:`EXEMPTIONS`: the 14 reported exemptions as generic
  :class:`~govdisclosure.exemptions.ExemptionGround` s, keyed by
  :class:`~govdisclosure.jurisdictions.us.codes.ExemptionCode`. The statute
  *permits* withholding ("does not apply to matters"): every exemption is
  discretionary except Exemption 3, whose statutes prohibit disclosure by law
  (our reading of § 552(b) and (a)(8)(A)(i)(II), [INFERENCE]).
* Exemption 5: the deliberative process privilege does not apply to records
  created 25 years or more before the request (:func:`deliberative_process_applies`).
* Exemption 3: :class:`Exemption3Catalogue`, a catalogue of statutes that
  users extend; a statute enacted after the OPEN FOIA Act of 2009 must cite
  (b)(3) (:class:`ExemptionPolicy`).
* Foreseeable harm (§ 552(a)(8)): a :class:`Withholding` needs a
  :class:`HarmBasis` and its reason. **A withholding without one is refused**
  (``InvalidInputError``), never recorded with a finding: the statute says an
  agency shall withhold "only if" it foresees harm or the law prohibits
  disclosure, so such a withholding is not a lawful value to hold.
* :class:`Exclusion`: the three exclusions of § 552(c), which no requester-facing
  type holds (see ``us.outcomes``).

>>> EXEMPTIONS[ExemptionCode.EX_6].is_mandatory, EXEMPTIONS[ExemptionCode.EX_3].is_mandatory
(False, True)
>>> str(EXEMPTIONS[ExemptionCode.EX_7C].citation)
'5 U.S.C. § 552(b)(7)(C)'
>>> Withholding(ExemptionCode.EX_6, HarmBasis.FORESEEABLE_HARM, "")
Traceback (most recent call last):
...
govdisclosure.errors.InvalidInputError: reason: a withholding needs its reason: the harm ...
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date

import attrs
from dateutil.relativedelta import relativedelta

from govdisclosure._validators import check_date, instance_of, non_empty
from govdisclosure.errors import InvalidInputError, Problem, UnknownLabelError
from govdisclosure.exemptions import ExemptionGround, Nature
from govdisclosure.jurisdictions.us._exclusions import Exclusion
from govdisclosure.jurisdictions.us._exemption_texts import TEXTS
from govdisclosure.jurisdictions.us.codes import ExemptionCode
from govdisclosure.jurisdictions.us.instruments import FOIA
from govdisclosure.law import Citation

__all__ = [
    "DELIBERATIVE_PROCESS_YEARS",
    "EXEMPTIONS",
    "FORESEEABLE_HARM_CITATION",
    "OPEN_FOIA_RULE",
    "Exclusion",
    "Exemption3Catalogue",
    "Exemption3Statute",
    "ExemptionPolicy",
    "HarmBasis",
    "Withholding",
    "deliberative_process_applies",
    "exemption",
]

FORESEEABLE_HARM_CITATION = Citation(FOIA, "552(a)(8)(A)(i)")
"""(a)(8)(A)(i): withhold "only if" harm is foreseen or disclosure is prohibited by law."""


class HarmBasis(enum.Enum):
    """Why a withholding is allowed under § 552(a)(8)(A)(i) (added by Pub. L. 114-185).

    >>> HarmBasis("prohibited_by_law")
    <HarmBasis.PROHIBITED_BY_LAW: 'prohibited_by_law'>
    """

    FORESEEABLE_HARM = "foreseeable_harm"
    """(I): the agency reasonably foresees that disclosure would harm an interest the
    exemption protects."""
    PROHIBITED_BY_LAW = "prohibited_by_law"
    """(II): disclosure is prohibited by law (Exemption 3 statutes, and other laws)."""


DELIBERATIVE_PROCESS_YEARS = 25
DELIBERATIVE_PROCESS_CITATION = Citation(FOIA, "552(b)(5)")
"""(b)(5): the privilege "shall not apply to records created 25 years or more before" it."""


def _ground(code: ExemptionCode) -> ExemptionGround:
    return ExemptionGround(
        code=code.value,
        label=TEXTS[code],
        label_en=code.label,
        citation=Citation(FOIA, code.citation),
        nature=Nature.MANDATORY if code is ExemptionCode.EX_3 else Nature.DISCRETIONARY,
        outcome=code,
    )


EXEMPTIONS: dict[ExemptionCode, ExemptionGround] = {code: _ground(code) for code in ExemptionCode}
"""Every reported exemption, by code: the statute's text, citation and nature."""


def exemption(code: object) -> ExemptionGround:
    """The exemption with ``code`` (an :class:`ExemptionCode` or its report code, ``"Ex. 5"``).

    >>> exemption("Ex. 5").label_en
    'Exemption 5'
    >>> exemption("Ex. 7")
    Traceback (most recent call last):
    ...
    govdisclosure.errors.UnknownLabelError: code: not an exemption code of the report ...
    """
    if isinstance(code, ExemptionCode):
        return EXEMPTIONS[code]
    for member in ExemptionCode:
        if code == member.value:
            return EXEMPTIONS[member]
    msg = "not an exemption code of the report (Exemption 7 is reported by its parts)"
    raise UnknownLabelError(msg, field="code", value=code)


def deliberative_process_applies(created: date, requested: date) -> bool:
    """Whether the deliberative process privilege may apply to a record (§ 552(b)(5)).

    Not to records created 25 years or more before the date of the request:
    the record must be younger than the day 25 years before the request
    (counted by calendar, so a request on 29 February looks back to 28 February).

    >>> deliberative_process_applies(date(2000, 3, 2), date(2025, 3, 1))
    True
    >>> deliberative_process_applies(date(2000, 3, 1), date(2025, 3, 1))   # exactly 25 years
    False

    Raises:
        InvalidInputError: a date that is not a date, or a record created after the request.
    """
    given: tuple[tuple[str, object], ...] = (("created", created), ("requested", requested))
    for name, value in given:
        if not isinstance(value, date):
            msg = "must be a date"
            raise InvalidInputError(msg, field=name, value=value)
    if created > requested:
        msg = "a record created after the request is not a requested record"
        raise InvalidInputError(msg, field="created", value=created)
    return created > requested - relativedelta(years=DELIBERATIVE_PROCESS_YEARS)


@attrs.frozen
class ExemptionPolicy:
    """Readings the exemption rules rest on where the sources read are not firm.

    Attributes:
        open_foia_enacted: The date of enactment of the OPEN FOIA Act of 2009;
            an Exemption 3 statute enacted after it must cite (b)(3).
            Default 2009-10-28 ([UNVERIFIED]: the Act itself was not read).

    >>> OPEN_FOIA_RULE.open_foia_enacted
    datetime.date(2009, 10, 28)
    """

    open_foia_enacted: date = attrs.field(default=date(2009, 10, 28), validator=check_date)


OPEN_FOIA_RULE = ExemptionPolicy()
"""The default reading: the OPEN FOIA Act of 2009 was enacted on 2009-10-28 [UNVERIFIED]."""

OPEN_FOIA_CITATION = Citation(FOIA, "552(b)(3)(B)")


@attrs.frozen
class Exemption3Statute:
    """A statute an agency relies on under Exemption 3 (§ 552(b)(3), (e)(1)(B)(ii)).

    Attributes:
        name: The statute, for people (and the key in a catalogue).
        citation: Where it is codified (``"50 U.S.C. § 3024(i)(1)"``).
        enacted: Its date of enactment (of the provision relied on).
        cites_b3: Whether it specifically cites § 552(b)(3).
        note: The scope of the information it covers, for the report's section IV.

    >>> law = Exemption3Statute("Example Records Act", "99 U.S.C. § 1", date(2015, 1, 5),
    ...                         cites_b3=False)
    >>> law.qualifies()
    False
    >>> attrs.evolve(law, enacted=date(2009, 10, 28)).qualifies()   # not "after" the Act
    True
    """

    name: str = attrs.field(validator=non_empty)
    citation: str = attrs.field(validator=non_empty)
    enacted: date = attrs.field(validator=check_date)
    cites_b3: bool = attrs.field(kw_only=True, validator=instance_of(bool))
    note: str = attrs.field(default="", kw_only=True, validator=instance_of(str))

    def qualifies(self, policy: ExemptionPolicy = OPEN_FOIA_RULE) -> bool:
        """Whether the statute may ground Exemption 3: cites (b)(3), or enacted by the Act."""
        return self.cites_b3 or self.enacted <= policy.open_foia_enacted


def _to_statutes(values: object) -> tuple[Exemption3Statute, ...]:
    found = tuple(values) if isinstance(values, Iterable) else (values,)
    problems = [
        Problem(f"statutes[{i}]", "must be an Exemption3Statute", s)
        for i, s in enumerate(found)
        if not isinstance(s, Exemption3Statute)
    ]
    names = [getattr(s, "name", None) for s in found]
    problems += [
        Problem(f"statutes[{i}].name", "is listed twice", n)
        for i, n in enumerate(names)
        if n in names[:i]
    ]
    if problems:
        msg = "invalid Exemption 3 catalogue"
        raise InvalidInputError(msg, problems=problems)
    return found


@attrs.frozen
class Exemption3Catalogue:
    """The Exemption 3 statutes an agency may rely on; extend it with :meth:`with_statutes`.

    Every statute must qualify under ``policy`` (the OPEN FOIA Act rule); a
    statute enacted after the Act that does not cite (b)(3) is refused.

    >>> older = Exemption3Statute("Example Records Act", "99 U.S.C. § 1", date(1990, 1, 5),
    ...                           cites_b3=False)
    >>> catalogue = Exemption3Catalogue().with_statutes(older)
    >>> catalogue.statute("Example Records Act").citation
    '99 U.S.C. § 1'
    >>> catalogue.with_statutes(attrs.evolve(older, name="New Act", enacted=date(2020, 1, 1)))
    Traceback (most recent call last):
    ...
    govdisclosure.errors.InvalidInputError: invalid Exemption 3 catalogue: statutes[1]: enacted ...
    """

    statutes: tuple[Exemption3Statute, ...] = attrs.field(default=(), converter=_to_statutes)
    policy: ExemptionPolicy = attrs.field(
        default=OPEN_FOIA_RULE, kw_only=True, validator=instance_of(ExemptionPolicy)
    )

    def __attrs_post_init__(self) -> None:
        enacted = self.policy.open_foia_enacted
        problems = [
            Problem(
                f"statutes[{i}]",
                f"enacted after the OPEN FOIA Act of 2009 ({enacted}) and does not cite "
                f"(b)(3) [{OPEN_FOIA_CITATION}]",
                s.name,
            )
            for i, s in enumerate(self.statutes)
            if not s.qualifies(self.policy)
        ]
        if problems:
            msg = "invalid Exemption 3 catalogue"
            raise InvalidInputError(msg, problems=problems)

    def with_statutes(self, *statutes: Exemption3Statute) -> Exemption3Catalogue:
        """A catalogue with ``statutes`` added."""
        return attrs.evolve(self, statutes=(*self.statutes, *statutes))

    def statute(self, name: str) -> Exemption3Statute:
        """The statute called ``name``.

        Raises:
            UnknownLabelError: the catalogue has no such statute.
        """
        for statute in self.statutes:
            if statute.name == name:
                return statute
        msg = "not a statute of the Exemption 3 catalogue"
        raise UnknownLabelError(msg, field="name", value=name)

    def withholding(self, name: str, reason: str = "") -> Withholding:
        """A withholding under Exemption 3 on the catalogued statute ``name``.

        >>> law = Exemption3Statute("Example Records Act", "99 U.S.C. § 1", date(1990, 1, 5),
        ...                         cites_b3=False)
        >>> Exemption3Catalogue((law,)).withholding("Example Records Act").reason
        'disclosure prohibited by Example Records Act, 99 U.S.C. § 1'
        """
        statute = self.statute(name)
        why = reason or f"disclosure prohibited by {statute.name}, {statute.citation}"
        return Withholding(ExemptionCode.EX_3, HarmBasis.PROHIBITED_BY_LAW, why, statute=statute)


def _optional_date(
    instance: object, attribute: attrs.Attribute[date | None], value: object
) -> None:
    if value is not None:
        check_date(instance, attribute, value)  # type: ignore[arg-type]


@attrs.frozen
class Withholding:
    """One exemption applied to (part of) a record, with its foreseeable-harm basis (§ 552(a)(8)).

    Attributes:
        exemption: The exemption applied.
        harm_basis: Why withholding is allowed: harm reasonably foreseen, or
            disclosure prohibited by law. Exemption 3 is always prohibited by law.
        reason: The harm foreseen, or the law that prohibits disclosure (never empty).
        statute: Exemption 3 only: the statute relied on.
        deliberative_process: Exemption 5 only: whether the deliberative process
            privilege is claimed (then both dates are needed).
        record_created: When the record was created.
        requested_on: When it was requested.

    Raises:
        InvalidInputError: no reason; Exemption 3 without a statute or on a
            harm basis; a statute on another exemption; the deliberative process
            privilege off Exemption 5, without its dates, or for a record 25
            years old or more.

    >>> Withholding(ExemptionCode.EX_5, HarmBasis.FORESEEABLE_HARM,
    ...             "would chill candid advice on the pending rule",
    ...             deliberative_process=True, record_created=date(1990, 1, 1),
    ...             requested_on=date(2024, 6, 1))
    Traceback (most recent call last):
    ...
    govdisclosure.errors.InvalidInputError: record_created: the deliberative process privilege ...
    """

    exemption: ExemptionCode = attrs.field(validator=instance_of(ExemptionCode))
    harm_basis: HarmBasis = attrs.field(validator=instance_of(HarmBasis))
    reason: str = attrs.field(validator=instance_of(str))
    statute: Exemption3Statute | None = attrs.field(
        default=None, kw_only=True, validator=instance_of(Exemption3Statute, type(None))
    )
    deliberative_process: bool = attrs.field(
        default=False, kw_only=True, validator=instance_of(bool)
    )
    record_created: date | None = attrs.field(default=None, kw_only=True, validator=_optional_date)
    requested_on: date | None = attrs.field(default=None, kw_only=True, validator=_optional_date)

    def __attrs_post_init__(self) -> None:
        if not self.reason.strip():
            msg = (
                "a withholding needs its reason: the harm reasonably foreseen, or the law that "
                f"prohibits disclosure [{FORESEEABLE_HARM_CITATION}]"
            )
            raise InvalidInputError(msg, field="reason", value=self.reason)
        ex3 = self.exemption is ExemptionCode.EX_3
        if ex3 and self.harm_basis is not HarmBasis.PROHIBITED_BY_LAW:
            msg = "Exemption 3 rests on a statute: its basis is prohibited_by_law"
            raise InvalidInputError(msg, field="harm_basis", value=self.harm_basis)
        if ex3 != (self.statute is not None):
            msg = "Exemption 3 needs its statute" if ex3 else "only Exemption 3 rests on a statute"
            raise InvalidInputError(msg, field="statute", value=self.statute)
        self._check_deliberative_process()

    def _check_deliberative_process(self) -> None:
        if not self.deliberative_process:
            return
        if self.exemption is not ExemptionCode.EX_5:
            msg = "the deliberative process privilege is claimed under Exemption 5 only"
            raise InvalidInputError(msg, field="deliberative_process", value=self.exemption)
        if self.record_created is None or self.requested_on is None:
            msg = "the deliberative process privilege needs the record's and the request's dates"
            raise InvalidInputError(msg, field="record_created", value=self.record_created)
        if not deliberative_process_applies(self.record_created, self.requested_on):
            msg = (
                "the deliberative process privilege does not apply to records created "
                f"{DELIBERATIVE_PROCESS_YEARS} years or more before the request "
                f"[{DELIBERATIVE_PROCESS_CITATION}]"
            )
            raise InvalidInputError(msg, field="record_created", value=self.record_created)

    @property
    def citation(self) -> Citation:
        """The exemption's provision."""
        return EXEMPTIONS[self.exemption].citation
