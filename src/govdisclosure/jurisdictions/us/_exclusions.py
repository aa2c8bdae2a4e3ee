"""The three exclusions of 5 U.S.C. § 552(c): records treated as not subject to FOIA at all.

An exclusion is not a disposition: the requester is never told of it (our
reading, [INFERENCE]). The annual report counts its uses (XI.A, (e)(1)(P)).
The requester-facing types of ``us.outcomes`` refuse to hold an exclusion.

>>> str(Exclusion.C2.citation)
'5 U.S.C. § 552(c)(2)'
>>> Exclusion.C1.while_text
'during only such time as that circumstance continues'
>>> len(Exclusion.C1.conditions)
4
"""

from __future__ import annotations

import enum

from govdisclosure.jurisdictions.us.instruments import FOIA
from govdisclosure.law import Citation

__all__ = ["Exclusion"]


class Exclusion(enum.Enum):
    """An exclusion of § 552(c), with the conditions it needs and how long it lasts."""

    C1 = "c1"
    C2 = "c2"
    C3 = "c3"

    @property
    def citation(self) -> Citation:
        """The paragraph of § 552(c)."""
        return Citation(FOIA, f"552(c)({self.value[1]})")

    @property
    def conditions(self) -> tuple[str, ...]:
        """Every condition of the exclusion, in the statute's words (§ 552(c), [TEXT])."""
        return _EXCLUSIONS[self][0]

    @property
    def while_text(self) -> str:
        """For how long the records are excluded."""
        return _EXCLUSIONS[self][1]


_EXCLUSIONS: dict[Exclusion, tuple[tuple[str, ...], str]] = {
    Exclusion.C1: (
        (
            "the request involves access to records described in subsection (b)(7)(A)",
            "the investigation or proceeding involves a possible violation of criminal law",
            (
                "there is reason to believe that the subject of the investigation or proceeding is "
                "not aware of its pendency"
            ),
            (
                "disclosure of the existence of the records could reasonably be expected to "
                "interfere with enforcement proceedings"
            ),
        ),
        "during only such time as that circumstance continues",
    ),
    Exclusion.C2: (
        (
            (
                "informant records maintained by a criminal law enforcement agency under an "
                "informant's name or personal identifier"
            ),
            "requested by a third party according to the informant's name or personal identifier",
        ),
        "unless the informant's status as an informant has been officially confirmed",
    ),
    Exclusion.C3: (
        (
            (
                "records maintained by the Federal Bureau of Investigation pertaining to foreign "
                "intelligence or counterintelligence, or international terrorism"
            ),
            (
                "the existence of the records is classified information as provided in "
                "subsection (b)(1)"
            ),
        ),
        "as long as the existence of the records remains classified",
    ),
}
