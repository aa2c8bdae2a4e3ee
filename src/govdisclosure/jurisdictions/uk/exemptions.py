"""The UK exemptions (FOIA Part II, EIR reg 12, FOISA Part 2), the public interest test, NCND.

* :func:`exemption` looks a provision up: ``exemption(Act.FOIA, "s.40(2)")``.
  Each :class:`UkExemption` says whether it is absolute or qualified (FOIA
  s.2(3), FOISA s.2(2); every EIR exception is qualified), whether the duty to
  confirm or deny can be excluded (NCND) and under which provision, and
  whether its test is class-based or one of prejudice.
* Where the status depends on a fact (FOIA s.36: held by a House of
  Parliament; s.40(2) and FOISA s.38(1)(b): the first data-protection
  condition) the fact must be given: a missing fact raises, never a guess.
  Where it depends on a reading the sources read leave unverified (FOIA s.37(1)(a)-(ab)
  since 2010; FOISA s.41(a)) it is a named field of :class:`ExemptionPolicy`.
* A :class:`Refusal` under a qualified provision needs its
  :class:`PublicInterestTest`, and the test must come out for maintaining the
  exemption; without one, ``InvalidInputError`` names ``public_interest``.
* The refusal grounds that are not exemptions (FOIA and FOISA s.12 cost and
  s.14 vexatious or repeated) are :class:`RefusalGround` s
  (:func:`refusal_ground`); EIR reg 12(4)(b) "manifestly unreasonable" is an
  exception, and so needs its public interest test.

>>> from govdisclosure.jurisdictions.uk.acts import Act
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

from govdisclosure.jurisdictions.uk._exemption_model import (
    DEFAULT_EXEMPTION_POLICY,
    EXEMPTIONS,
    ExemptionBasis,
    ExemptionCondition,
    ExemptionPolicy,
    ExemptionStatus,
    UkExemption,
    exemption,
)
from govdisclosure.jurisdictions.uk._refusals import (
    REFUSAL_GROUNDS,
    PublicInterestBalance,
    PublicInterestTest,
    Refusal,
    RefusalGround,
    RefusalKind,
    refusal_ground,
)

__all__ = [
    "DEFAULT_EXEMPTION_POLICY",
    "EXEMPTIONS",
    "REFUSAL_GROUNDS",
    "ExemptionBasis",
    "ExemptionCondition",
    "ExemptionPolicy",
    "ExemptionStatus",
    "PublicInterestBalance",
    "PublicInterestTest",
    "Refusal",
    "RefusalGround",
    "RefusalKind",
    "UkExemption",
    "exemption",
    "refusal_ground",
]
