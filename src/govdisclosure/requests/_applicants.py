"""Applicants: the statistical kind, kept apart from identifying details.

>>> a = Applicant(kind=ApplicantKind.NATURAL_PERSON)
>>> a.kind.is_organization, a.identity is None
(False, True)
"""

from __future__ import annotations

import copyreg
import enum
from typing import Any

import attrs

from govdisclosure._validators import instance_of

__all__ = ["Applicant", "ApplicantIdentity", "ApplicantKind"]


class ApplicantKind(enum.Enum):
    """Who applied: exactly the applicant columns of the PRC annual report (table 三).

    The report splits "legal persons or other organisations" into five kinds and
    has no column for their subtotal.
    """

    NATURAL_PERSON = "natural_person"
    COMMERCIAL_ENTERPRISE = "commercial_enterprise"
    RESEARCH_INSTITUTION = "research_institution"
    PUBLIC_INTEREST_ORGANIZATION = "public_interest_organization"
    LEGAL_SERVICE_INSTITUTION = "legal_service_institution"
    OTHER_ORGANIZATION = "other_organization"

    @property
    def is_organization(self) -> bool:
        """Whether this kind is a legal person or other organisation."""
        return self is not ApplicantKind.NATURAL_PERSON


@attrs.frozen
class ApplicantIdentity:
    """Identifying details of an applicant: personal data, never aggregated.

    Every field is optional; serialization leaves the whole identity out unless
    asked to keep it.
    """

    name: str | None = None
    id_document: str | None = None
    contact: str | None = None


@attrs.frozen(init=False)
class Applicant:
    """An applicant: the statistical ``kind``, and optional identifying details.

    Attributes:
        kind: The report column the applicant is counted in.
        identity: Name, identity document and contact, if recorded (personal data).

    The constructor is written out by hand (it is on the path of every request
    read); a wrong ``kind`` is refused by the field's declared validator.
    """

    kind: ApplicantKind = attrs.field(validator=instance_of(ApplicantKind))
    identity: ApplicantIdentity | None = None

    def __init__(self, kind: ApplicantKind, identity: ApplicantIdentity | None = None) -> None:
        given: object = kind
        if not isinstance(given, ApplicantKind):
            field: Any = attrs.fields(Applicant).kind
            field.validator(self, field, kind)
        _set_kind(self, kind)
        _set_identity(self, identity)

    def __reduce__(self) -> tuple[object, ...]:
        """Pickle as the two fields; unpickling checks them again (a subclass: as attrs does)."""
        if type(self) is not Applicant:
            return copyreg.__newobj__, (type(self),), self.__getstate__()  # type: ignore[attr-defined]
        return Applicant, (self.kind, self.identity)


_set_kind = Applicant.__dict__["kind"].__set__
_set_identity = Applicant.__dict__["identity"].__set__
