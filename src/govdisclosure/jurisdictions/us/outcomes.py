"""How a FOIA request ends: the dispositions of the annual report (V.B(1)), and a processed request.

:class:`Disposition` has one member per column of V.B(1): full grant, partial
grant/partial denial, full denial based on exemptions, and the 11
:class:`~govdisclosure.jurisdictions.us.codes.NonExemptionReason` s, each with
the report's label and its code in the NIEM exchange (``FoiaAnnualReportExtensions.xsd``,
[CODE]).

:class:`ProcessedRequest` is the agency's own record of a closed request: its
disposition, the exemptions applied (each a
:class:`~govdisclosure.jurisdictions.us.exemptions.Withholding` with its
foreseeable-harm basis) and any exclusion of § 552(c) used. The report is
tallied from it (:func:`disposition_counts`, :func:`applied_exemption_counts`,
:func:`exclusion_uses`). What the requester is told is a
:class:`RequesterResponse`, a type that cannot hold an exclusion.

>>> Disposition.from_code("NoRecords"), Disposition.NO_RECORDS.label
(<Disposition.NO_RECORDS: 'no_records'>, 'No Records')
>>> Disposition.FULL_DENIAL.code
'RequestDispositionFullExemptionDenialQuantity'
>>> Disposition.of(NonExemptionReason.DUPLICATE)
<Disposition.DUPLICATE: 'duplicate'>
"""

from __future__ import annotations

import enum
import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

import attrs

from govdisclosure._validators import instance_of
from govdisclosure.errors import InvalidInputError, Problem, UnknownLabelError
from govdisclosure.jurisdictions.us.codes import ExemptionCode, NonExemptionReason
from govdisclosure.jurisdictions.us.exemptions import EXEMPTIONS, Exclusion, Withholding
from govdisclosure.jurisdictions.us.instruments import DOJ_REPORT_FORMAT, FOIA
from govdisclosure.law import Citation

__all__ = [
    "Disposition",
    "DispositionPolicy",
    "ProcessedRequest",
    "RequesterResponse",
    "applied_exemption_counts",
    "disposition_counts",
    "exclusion_uses",
]


class Disposition(enum.Enum):
    """The disposition of a processed request: one column of V.B(1) of the annual report."""

    FULL_GRANT = "full_grant"
    PARTIAL_GRANT = "partial_grant"
    FULL_DENIAL = "full_denial"
    NO_RECORDS = "no_records"
    REFERRED = "referred"
    WITHDRAWN = "withdrawn"
    FEE_RELATED = "fee_related"
    NOT_DESCRIBED = "not_described"
    IMPROPER_REQUEST = "improper_request"
    NOT_AGENCY = "not_agency"
    DUPLICATE = "duplicate"
    IN_LITIGATION = "in_litigation"
    EXPEDITED_DENIAL = "expedited_denial"
    OTHER = "other"

    @property
    def reason(self) -> NonExemptionReason | None:
        """The non-exemption reason, for the 11 non-exemption dispositions."""
        return _REASON_OF.get(self)

    @property
    def label(self) -> str:
        """The report's wording."""
        reason = self.reason
        return _LABELS[self][0] if reason is None else reason.label

    @property
    def code(self) -> str:
        """The NIEM code: the V.B(1) element, or the ``NonExemptionDenialReasonCode``."""
        reason = self.reason
        return _LABELS[self][1] if reason is None else reason.value

    @property
    def grants(self) -> bool:
        """Whether records were released, in full or in part."""
        return self in (Disposition.FULL_GRANT, Disposition.PARTIAL_GRANT)

    @property
    def rests_on_exemptions(self) -> bool:
        """Whether the disposition withholds under exemptions (partial grant, full denial)."""
        return self in (Disposition.PARTIAL_GRANT, Disposition.FULL_DENIAL)

    @property
    def citation(self) -> Citation:
        """The report provision that counts it (§ 552(e)(1)(B); section V.B(1) of the report)."""
        return Citation(DOJ_REPORT_FORMAT, note="section V.B(1)")

    @classmethod
    def of(cls, reason: NonExemptionReason) -> Disposition:
        """The disposition of a non-exemption reason."""
        given: object = reason
        if not isinstance(given, NonExemptionReason):
            msg = "must be a NonExemptionReason"
            raise InvalidInputError(msg, field="reason", value=reason)
        return _OF_REASON[reason]

    @classmethod
    def from_code(cls, code: object) -> Disposition:
        """The disposition whose NIEM code (or V.B(1) element name) is ``code``.

        Raises:
            UnknownLabelError: no disposition has that code.
        """
        for member in cls:
            if member.code == code:
                return member
        msg = "not a disposition code of the annual report"
        raise UnknownLabelError(msg, field="code", value=code)

    @classmethod
    def from_label(cls, label: object) -> Disposition:
        """The disposition whose report label is ``label`` (case and spacing ignored).

        >>> Disposition.from_label("partial grant / partial denial")
        <Disposition.PARTIAL_GRANT: 'partial_grant'>

        Raises:
            UnknownLabelError: no disposition has that label.
        """
        key = _key(label) if isinstance(label, str) else None
        for member in cls:
            if key == _key(member.label):
                return member
        msg = "not a disposition label of the annual report"
        raise UnknownLabelError(msg, field="label", value=label)


def _key(text: str) -> str:
    return re.sub(r"\s*/\s*", "/", " ".join(text.split())).casefold()


_LABELS = {
    Disposition.FULL_GRANT: ("Full Grant", "RequestDispositionFullGrantQuantity"),
    Disposition.PARTIAL_GRANT: (
        "Partial Grant/Partial Denial",
        "RequestDispositionPartialGrantQuantity",
    ),
    Disposition.FULL_DENIAL: (
        "Full Denial Based on Exemptions",
        "RequestDispositionFullExemptionDenialQuantity",
    ),
}
_REASON_OF = {Disposition[r.name]: r for r in NonExemptionReason}
_OF_REASON = {r: d for d, r in _REASON_OF.items()}


@attrs.frozen
class DispositionPolicy:
    """Readings of the report's dispositions where the sources read are not firm.

    Attributes:
        expedited_denial_on_requests: Whether a request (not an appeal) may
            be closed as "Appeal based solely on denial of expedited
            processing". Default ``False``: that code is for appeals only
            ([INFERENCE] from its label in the DOJ schema).
        count_each_withholding: Whether V.B(3) counts every withholding
            (``True``) or each exemption once per request (default,
            our reading of V.B(3), [INFERENCE]).

    >>> DispositionPolicy().expedited_denial_on_requests
    False
    """

    expedited_denial_on_requests: bool = attrs.field(default=False, validator=instance_of(bool))
    count_each_withholding: bool = attrs.field(default=False, validator=instance_of(bool))


_DEFAULT_POLICY = DispositionPolicy()


def _to_withholdings(values: object) -> tuple[Withholding, ...]:
    found = tuple(values) if isinstance(values, Iterable) else (values,)
    for i, item in enumerate(found):
        if not isinstance(item, Withholding):
            msg = "must be a Withholding (an exemption with its foreseeable-harm basis)"
            raise InvalidInputError(msg, field=f"withholdings[{i}]", value=item)
    return found


def _to_exclusions(values: object) -> tuple[Exclusion, ...]:
    found = tuple(values) if isinstance(values, Iterable) else (values,)
    for i, item in enumerate(found):
        if not isinstance(item, Exclusion) or item in found[:i]:
            msg = "must be distinct Exclusions"
            raise InvalidInputError(msg, field=f"exclusions[{i}]", value=item)
    return found


@attrs.frozen
class ProcessedRequest:
    """A processed request as the agency records it: what the report counts. Never shown as is.

    Attributes:
        disposition: How the request was closed (V.B(1)).
        withholdings: The exemptions applied (needed for a partial grant or
            a full denial, none otherwise).
        other_reason: For :attr:`Disposition.OTHER`, the reason (V.B(2)).
        exclusions: Exclusions of § 552(c) used (XI.A). Internal: never in
            :meth:`for_requester`.
        ref: The agency's reference.

    >>> from govdisclosure.jurisdictions.us.exemptions import HarmBasis
    >>> privacy = Withholding(ExemptionCode.EX_6, HarmBasis.FORESEEABLE_HARM,
    ...                       "names of junior staff would expose them to harassment")
    >>> done = ProcessedRequest(Disposition.PARTIAL_GRANT, (privacy,), exclusions=(Exclusion.C1,))
    >>> done.applied_exemptions
    (<ExemptionCode.EX_6: 'Ex. 6'>,)
    >>> "552(c)" in done.for_requester().render()
    False
    >>> ProcessedRequest(Disposition.FULL_DENIAL)
    Traceback (most recent call last):
    ...
    govdisclosure.errors.InvalidInputError: withholdings: a full denial based on exemptions ...
    """

    disposition: Disposition = attrs.field(validator=instance_of(Disposition))
    withholdings: tuple[Withholding, ...] = attrs.field(default=(), converter=_to_withholdings)
    other_reason: str = attrs.field(default="", kw_only=True, validator=instance_of(str))
    exclusions: tuple[Exclusion, ...] = attrs.field(
        default=(), kw_only=True, converter=_to_exclusions
    )
    ref: str = attrs.field(default="", kw_only=True, validator=instance_of(str))

    def __attrs_post_init__(self) -> None:
        problems = _disposition_problems(self.disposition, self.withholdings, self.other_reason)
        if problems:
            raise InvalidInputError(problems=problems)

    @property
    def applied_exemptions(self) -> tuple[ExemptionCode, ...]:
        """The exemptions applied, each once, in the order first applied."""
        return tuple(dict.fromkeys(w.exemption for w in self.withholdings))

    def for_requester(self) -> RequesterResponse:
        """What the requester is told: the disposition and the exemptions, no exclusion."""
        return RequesterResponse(
            self.disposition,
            self.applied_exemptions,
            tuple(f"{w.exemption.label}: {w.reason}" for w in self.withholdings),
            other_reason=self.other_reason,
        )


def _disposition_problems(
    disposition: Disposition, withholdings: tuple[object, ...], other_reason: str
) -> list[Problem]:
    problems = []
    if disposition.rests_on_exemptions and not withholdings:
        msg = f"a {disposition.label.lower()} needs the exemptions applied"
        problems.append(Problem("withholdings", msg, ()))
    if not disposition.rests_on_exemptions and withholdings:
        msg = f"a {disposition.label.lower()} withholds nothing under an exemption"
        problems.append(Problem("withholdings", msg, len(withholdings)))
    if (disposition is Disposition.OTHER) != bool(other_reason.strip()):
        msg = "the reason is given for (and only for) the disposition Other (V.B(2))"
        problems.append(Problem("other_reason", msg, other_reason))
    return problems


# Words that would reveal an exclusion: its citation or its name.
_EXCLUSION_TEXT = re.compile(r"552\s*\(c\)|\(c\)\s*\([123]\)|\bexclu", re.IGNORECASE)


def _no_exclusion_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    texts = value if isinstance(value, tuple) else (value,)
    for text in texts:
        if not isinstance(text, str):
            msg = "must be text"
            raise InvalidInputError(msg, field=attribute.name, value=text)
        if _EXCLUSION_TEXT.search(text):
            msg = "a requester is never told of an exclusion of § 552(c)"
            raise InvalidInputError(msg, field=attribute.name, value=text)


def _to_codes(values: object) -> tuple[ExemptionCode, ...]:
    found = tuple(values) if isinstance(values, Iterable) else (values,)
    for i, item in enumerate(found):
        if not isinstance(item, ExemptionCode):
            msg = "must be an ExemptionCode (a requester is told exemptions, nothing else)"
            raise InvalidInputError(msg, field=f"exemptions[{i}]", value=item)
    return found


def _to_texts(values: object) -> tuple[object, ...]:
    return tuple(values) if isinstance(values, list | tuple) else (values,)


@attrs.frozen
class RequesterResponse:
    """What a requester is told about a processed request. It cannot hold an exclusion.

    Its fields take a :class:`Disposition`, :class:`ExemptionCode` s and text;
    an :class:`Exclusion`, or text citing § 552(c) or naming an exclusion, is
    refused (an exclusion is never told to the requester: our reading, [INFERENCE]).

    Attributes:
        disposition: How the request was closed.
        exemptions: The exemptions applied, for the marking of § 552(b).
        reasons: The foreseeable-harm (or prohibited-by-law) reasons given.
        other_reason: For :attr:`Disposition.OTHER`, the reason.

    >>> RequesterResponse(Disposition.NO_RECORDS, (Exclusion.C3,))
    Traceback (most recent call last):
    ...
    govdisclosure.errors.InvalidInputError: exemptions[0]: must be an ExemptionCode ...
    """

    disposition: Disposition = attrs.field(validator=instance_of(Disposition))
    exemptions: tuple[ExemptionCode, ...] = attrs.field(default=(), converter=_to_codes)
    reasons: tuple[str, ...] = attrs.field(
        default=(), converter=_to_texts, validator=_no_exclusion_text
    )
    other_reason: str = attrs.field(default="", kw_only=True, validator=_no_exclusion_text)

    def render(self) -> str:
        """The response as text for the requester.

        >>> print(RequesterResponse(Disposition.FULL_GRANT).render())
        Disposition: Full Grant
        """
        lines = [f"Disposition: {self.disposition.label}"]
        if self.other_reason:
            lines.append(f"Reason: {self.other_reason}")
        lines += [
            f"Withheld under {code.label} [{EXEMPTIONS[code].citation}]" for code in self.exemptions
        ]
        lines += [f"  {reason}" for reason in self.reasons]
        if self.exemptions:
            lines.append(f"The foreseeable-harm standard was considered [{_HARM}].")
        return "\n".join(lines)


_HARM = Citation(FOIA, "552(a)(8)")


def _requests(requests: Iterable[object]) -> list[ProcessedRequest]:
    found = list(requests)
    bad = [
        Problem(f"requests[{i}]", "must be a ProcessedRequest", r)
        for i, r in enumerate(found)
        if not isinstance(r, ProcessedRequest)
    ]
    if bad:
        msg = "invalid processed requests"
        raise InvalidInputError(msg, problems=bad)
    return [r for r in found if isinstance(r, ProcessedRequest)]


def disposition_counts(
    requests: Iterable[ProcessedRequest], policy: DispositionPolicy = _DEFAULT_POLICY
) -> dict[Disposition, int]:
    """V.B(1): how many requests closed with each disposition (every disposition, zeros too).

    >>> counts = disposition_counts([ProcessedRequest(Disposition.NO_RECORDS)])
    >>> counts[Disposition.NO_RECORDS], counts[Disposition.FULL_GRANT]
    (1, 0)

    Raises:
        InvalidInputError: an item is not a :class:`ProcessedRequest`, or is
            closed as an expedited-processing denial (appeals only, by policy).
    """
    found = _requests(requests)
    if not policy.expedited_denial_on_requests:
        bad = [
            Problem(f"requests[{i}].disposition", "is for appeals only (policy)", r.disposition)
            for i, r in enumerate(found)
            if r.disposition is Disposition.EXPEDITED_DENIAL
        ]
        if bad:
            msg = "invalid request dispositions"
            raise InvalidInputError(msg, problems=bad)
    counts = Counter(r.disposition for r in found)
    return {d: counts.get(d, 0) for d in Disposition}


def applied_exemption_counts(
    requests: Iterable[ProcessedRequest], policy: DispositionPolicy = _DEFAULT_POLICY
) -> dict[ExemptionCode, int]:
    """V.B(3): how many times each exemption was applied (each once per request, by default).

    >>> from govdisclosure.jurisdictions.us.exemptions import HarmBasis
    >>> w = Withholding(ExemptionCode.EX_5, HarmBasis.FORESEEABLE_HARM, "chills advice")
    >>> done = ProcessedRequest(Disposition.FULL_DENIAL, (w, w))
    >>> applied_exemption_counts([done])[ExemptionCode.EX_5]
    1
    >>> applied_exemption_counts([done], DispositionPolicy(count_each_withholding=True))[
    ...     ExemptionCode.EX_5]
    2
    """
    counts: Counter[ExemptionCode] = Counter()
    for request in _requests(requests):
        if policy.count_each_withholding:
            counts.update(w.exemption for w in request.withholdings)
        else:
            counts.update(request.applied_exemptions)
    return {code: counts.get(code, 0) for code in ExemptionCode}


def exclusion_uses(requests: Iterable[ProcessedRequest]) -> int:
    """XI.A: the number of times an exclusion of § 552(c) was used ((e)(1)(P)).

    A request on which one or more exclusions were used counts once
    ([INFERENCE] from "the number of times the agency denied a request for
    records under subsection (c)": times a request was denied, not exclusions).

    >>> exclusion_uses([ProcessedRequest(Disposition.NO_RECORDS,
    ...                                  exclusions=(Exclusion.C1, Exclusion.C2))])
    1
    """
    return sum(1 for r in _requests(requests) if r.exclusions)
