"""The code lists of the DOJ Annual FOIA Report, shared by the exemptions, outcomes and report.

Each member's value is the code as the NIEM exchange writes it
(``FoiaAnnualReportExtensions.xsd`` in ``usdoj/foia-api``, [CODE]); ``label`` is the
report's own wording.

>>> ExemptionCode("Ex. 7(C)").label
'Exemption 7(C)'
>>> ExemptionCode.EX_7C.citation
'552(b)(7)(C)'
>>> NonExemptionReason.NO_RECORDS.value, NonExemptionReason.NO_RECORDS.label
('NoRecords', 'No Records')
>>> [t.value for t in TimeIncrement][:3]
['1-20', '21-40', '41-60']
>>> TimeIncrement.of(20), TimeIncrement.of(401)
(<TimeIncrement.DAYS_1_20: '1-20'>, <TimeIncrement.DAYS_401_PLUS: '401+'>)
"""

from __future__ import annotations

import enum

from govdisclosure.errors import InvalidInputError

__all__ = ["ExemptionCode", "NonExemptionReason", "TimeIncrement", "Track"]


class ExemptionCode(enum.Enum):
    """The 14 exemption codes of the report: § 552(b)(1)-(9), with (b)(7) in six parts.

    There is no plain ``Ex. 7`` code: Exemption 7 is always reported by its
    subparagraph (``ExemptionCodeSimpleType``, [CODE]).
    """

    EX_1 = "Ex. 1"
    EX_2 = "Ex. 2"
    EX_3 = "Ex. 3"
    EX_4 = "Ex. 4"
    EX_5 = "Ex. 5"
    EX_6 = "Ex. 6"
    EX_7A = "Ex. 7(A)"
    EX_7B = "Ex. 7(B)"
    EX_7C = "Ex. 7(C)"
    EX_7D = "Ex. 7(D)"
    EX_7E = "Ex. 7(E)"
    EX_7F = "Ex. 7(F)"
    EX_8 = "Ex. 8"
    EX_9 = "Ex. 9"

    @property
    def label(self) -> str:
        """``Exemption 7(C)``."""
        return "Exemption " + self.value.removeprefix("Ex. ")

    @property
    def citation(self) -> str:
        """The provision in § 552, e.g. ``552(b)(7)(C)``."""
        number = self.value.removeprefix("Ex. ")
        if "(" in number:
            head, sub = number.split("(", 1)
            return f"552(b)({head})({sub}"
        return f"552(b)({number})"


class NonExemptionReason(enum.Enum):
    """The 11 reasons, other than an exemption, for which a request is closed without a grant.

    ``EXPEDITED_DENIAL`` is used in appeals only ([INFERENCE] from its label).
    """

    NO_RECORDS = "NoRecords"
    REFERRED = "Referred"
    WITHDRAWN = "Withdrawn"
    FEE_RELATED = "FeeRelated"
    NOT_DESCRIBED = "NotDescribed"
    IMPROPER_REQUEST = "ImproperRequest"
    NOT_AGENCY = "NotAgency"
    DUPLICATE = "Duplicate"
    IN_LITIGATION = "InLitigation"
    EXPEDITED_DENIAL = "ExpeditedDenial"
    OTHER = "Other"

    @property
    def label(self) -> str:
        """The report's wording."""
        return _REASON_LABELS[self]


_REASON_LABELS = {
    NonExemptionReason.NO_RECORDS: "No Records",
    NonExemptionReason.REFERRED: "All Records Referred to Another Component or Agency",
    NonExemptionReason.WITHDRAWN: "Request Withdrawn",
    NonExemptionReason.FEE_RELATED: "Fee-Related Reason",
    NonExemptionReason.NOT_DESCRIBED: "Records not Reasonably Described",
    NonExemptionReason.IMPROPER_REQUEST: "Improper FOIA Request for Other Reason",
    NonExemptionReason.NOT_AGENCY: "Not Agency Record",
    NonExemptionReason.DUPLICATE: "Duplicate Request",
    NonExemptionReason.IN_LITIGATION: "Request in Litigation",
    NonExemptionReason.EXPEDITED_DENIAL: "Appeal Based Solely on Denial of Request for Expedited "
    "Processing",
    NonExemptionReason.OTHER: "Other",
}


class Track(enum.Enum):
    """The processing tracks of the report (§ 552(a)(6)(D); the DOJ schema's three, [CODE])."""

    SIMPLE = "simple"
    COMPLEX = "complex"
    EXPEDITED = "expedited"


class TimeIncrement(enum.Enum):
    """The 13 response-time buckets of § 552(e)(1)(G), in business days."""

    DAYS_1_20 = "1-20"
    DAYS_21_40 = "21-40"
    DAYS_41_60 = "41-60"
    DAYS_61_80 = "61-80"
    DAYS_81_100 = "81-100"
    DAYS_101_120 = "101-120"
    DAYS_121_140 = "121-140"
    DAYS_141_160 = "141-160"
    DAYS_161_180 = "161-180"
    DAYS_181_200 = "181-200"
    DAYS_201_300 = "201-300"
    DAYS_301_400 = "301-400"
    DAYS_401_PLUS = "401+"

    @classmethod
    def of(cls, days: int) -> TimeIncrement:
        """The bucket of a response of ``days`` business days (0 counts in ``1-20``).

        >>> TimeIncrement.of(200), TimeIncrement.of(201), TimeIncrement.of(300)
        (<TimeIncrement.DAYS_181_200: '181-200'>, <TimeIncrement.DAYS_201_300: '201-300'>, \
<TimeIncrement.DAYS_201_300: '201-300'>)
        >>> TimeIncrement.of(-1)
        Traceback (most recent call last):
        ...
        govdisclosure.errors.InvalidInputError: days: must be a whole number of days, 0 or more ...
        """
        if type(days) is not int or days < 0:
            msg = "must be a whole number of days, 0 or more"
            raise InvalidInputError(msg, field="days", value=days)
        members = list(cls)
        if days <= 200:
            return members[max(days - 1, 0) // 20]
        if days <= 300:
            return cls.DAYS_201_300
        if days <= 400:
            return cls.DAYS_301_400
        return cls.DAYS_401_PLUS
