"""The three UK access regimes, and the part of the UK whose working days each counts.

>>> Act.FOIA.instrument.short, Act.FOISA.instrument.short
('FOIA 2000', 'FOISA 2002')
"""

from __future__ import annotations

import enum

from govdisclosure.jurisdictions.uk.instruments import EIR_2004, FOIA_2000, FOISA_2002
from govdisclosure.law import Instrument

__all__ = ["Act", "Part"]


class Part(enum.Enum):
    """A part of the United Kingdom with its own bank holidays, or all of them."""

    ENGLAND_AND_WALES = "england_and_wales"
    SCOTLAND = "scotland"
    NORTHERN_IRELAND = "northern_ireland"
    ALL = "all"
    """The union: a day is a holiday if it is one in any part (FOIA 2000 s.10(6))."""


class Act(enum.Enum):
    """The regime a request is made under."""

    FOIA = "foia"
    """Freedom of Information Act 2000."""
    EIR = "eir"
    """Environmental Information Regulations 2004."""
    FOISA = "foisa"
    """Freedom of Information (Scotland) Act 2002."""

    @property
    def instrument(self) -> Instrument:
        """The instrument."""
        return {Act.FOIA: FOIA_2000, Act.EIR: EIR_2004, Act.FOISA: FOISA_2002}[self]
