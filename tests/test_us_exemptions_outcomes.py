"""US dispositions (annual report V.B(1)), processed requests, and exclusions kept from requesters.

Labels and codes are checked against the spec's lists (§A5.3 [CODE]), not the library's.
"""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govdisclosure.errors import InvalidInputError, UnknownLabelError
from govdisclosure.jurisdictions.us.codes import ExemptionCode, NonExemptionReason
from govdisclosure.jurisdictions.us.exemptions import Exclusion, HarmBasis, Withholding
from govdisclosure.jurisdictions.us.outcomes import (
    Disposition,
    DispositionPolicy,
    ProcessedRequest,
    RequesterResponse,
    applied_exemption_counts,
    disposition_counts,
    exclusion_uses,
)
from govdisclosure.serialization import to_json
from govdisclosure.strategies._us_fees import us_processed_requests

PRIVACY = Withholding(ExemptionCode.EX_6, HarmBasis.FORESEEABLE_HARM, "staff names: harassment")
ADVICE = Withholding(ExemptionCode.EX_5, HarmBasis.FORESEEABLE_HARM, "chills candid advice")

# spec §A5.3: the 11 NonExemptionDenialReasonCode values, in the XSD's order.
SPEC_REASON_CODES = [
    "NoRecords", "Referred", "Withdrawn", "FeeRelated", "NotDescribed", "ImproperRequest",
    "NotAgency", "Duplicate", "InLitigation", "ExpeditedDenial", "Other",
]  # fmt: skip


def test_fourteen_dispositions_three_plus_eleven_reasons():
    assert len(Disposition) == 14
    reasons = [d.code for d in Disposition if d.reason is not None]
    assert reasons == SPEC_REASON_CODES
    assert [d.code for d in Disposition if d.reason is None] == [
        "RequestDispositionFullGrantQuantity",
        "RequestDispositionPartialGrantQuantity",
        "RequestDispositionFullExemptionDenialQuantity",
    ]


@pytest.mark.parametrize("disposition", list(Disposition))
def test_labels_and_codes_map_both_ways(disposition):
    assert Disposition.from_code(disposition.code) is disposition
    assert Disposition.from_label(disposition.label) is disposition
    assert Disposition.from_label(f"  {disposition.label.upper()} ") is disposition


def test_reasons_map_to_dispositions():
    for reason in NonExemptionReason:
        assert Disposition.of(reason).reason is reason
    assert Disposition.NOT_DESCRIBED.label == "Records not Reasonably Described"
    with pytest.raises(UnknownLabelError):
        Disposition.from_code("Ex. 1")
    with pytest.raises(UnknownLabelError):
        Disposition.from_label("Granted in full")


def test_dispositions_and_withholdings_agree():
    ProcessedRequest(Disposition.FULL_GRANT)
    ProcessedRequest(Disposition.PARTIAL_GRANT, (PRIVACY,))
    with pytest.raises(InvalidInputError):
        ProcessedRequest(Disposition.PARTIAL_GRANT)
    with pytest.raises(InvalidInputError):
        ProcessedRequest(Disposition.FULL_GRANT, (PRIVACY,))
    with pytest.raises(InvalidInputError):
        ProcessedRequest(Disposition.NO_RECORDS, (PRIVACY,))
    with pytest.raises(InvalidInputError) as err:
        ProcessedRequest(Disposition.OTHER)  # V.B(2) needs the reason
    assert err.value.field == "other_reason"
    with pytest.raises(InvalidInputError):
        ProcessedRequest(Disposition.NO_RECORDS, other_reason="why")
    with pytest.raises(InvalidInputError):
        ProcessedRequest(Disposition.FULL_DENIAL, ("Ex. 6",))
    with pytest.raises(InvalidInputError):
        ProcessedRequest(Disposition.NO_RECORDS, exclusions=(Exclusion.C1, Exclusion.C1))


def test_counts_for_the_report():
    done = [
        ProcessedRequest(Disposition.FULL_GRANT),
        ProcessedRequest(Disposition.PARTIAL_GRANT, (PRIVACY, ADVICE, PRIVACY)),
        ProcessedRequest(Disposition.FULL_DENIAL, (PRIVACY,), exclusions=(Exclusion.C1,)),
        ProcessedRequest(Disposition.NO_RECORDS, exclusions=(Exclusion.C1, Exclusion.C2)),
    ]
    counts = disposition_counts(done)
    assert sum(counts.values()) == 4
    assert (counts[Disposition.FULL_GRANT], counts[Disposition.NO_RECORDS]) == (1, 1)
    # V.B(3): by default each exemption once per request: Ex. 6 on two requests, Ex. 5 on one.
    applied = applied_exemption_counts(done)
    assert (applied[ExemptionCode.EX_6], applied[ExemptionCode.EX_5]) == (2, 1)
    every = applied_exemption_counts(done, DispositionPolicy(count_each_withholding=True))
    assert every[ExemptionCode.EX_6] == 3
    # XI.A: two requests denied under (c), whatever the number of exclusions on each.
    assert exclusion_uses(done) == 2


def test_expedited_denial_is_for_appeals_by_policy():
    done = [ProcessedRequest(Disposition.EXPEDITED_DENIAL)]
    with pytest.raises(InvalidInputError) as err:
        disposition_counts(done)
    assert err.value.field == "requests[0].disposition"
    allowed = DispositionPolicy(expedited_denial_on_requests=True)
    assert disposition_counts(done, allowed)[Disposition.EXPEDITED_DENIAL] == 1
    with pytest.raises(InvalidInputError):
        disposition_counts(["full_grant"])


# -- exclusions never reach a requester ------------------------------------------------------

_REVEALING = ("552(c)", "(c)(1)", "(c)(2)", "(c)(3)", "xclu", '"c1"', '"c2"', '"c3"')


def test_the_requester_response_has_no_place_for_an_exclusion():
    # No field of the requester-facing type can hold an Exclusion: none is typed so.
    for field in attrs.fields(RequesterResponse):
        assert "Exclusion" not in str(field.type)
    with pytest.raises(InvalidInputError):
        RequesterResponse(Disposition.NO_RECORDS, (Exclusion.C1,))
    with pytest.raises(InvalidInputError):
        RequesterResponse(Exclusion.C1)
    for text in ("records excluded under 5 U.S.C. § 552(c)(1)", "see (c)(3)", "an Exclusion"):
        with pytest.raises(InvalidInputError):
            RequesterResponse(Disposition.NO_RECORDS, reasons=(text,))
        with pytest.raises(InvalidInputError):
            RequesterResponse(Disposition.OTHER, other_reason=text)


def test_a_request_with_an_exclusion_looks_like_any_other_to_the_requester():
    with_c = ProcessedRequest(Disposition.NO_RECORDS, exclusions=(Exclusion.C3,))
    without = ProcessedRequest(Disposition.NO_RECORDS)
    assert with_c.for_requester() == without.for_requester()
    assert with_c.for_requester().render() == "Disposition: No Records"


@settings(max_examples=300, deadline=None)
@given(us_processed_requests())
def test_nothing_shown_to_a_requester_reveals_an_exclusion(request):
    shown = request.for_requester()
    for text in (shown.render(), to_json(shown), repr(shown)):
        assert not any(word in text for word in _REVEALING), text
    assert shown == attrs.evolve(request, exclusions=()).for_requester()


@settings(max_examples=200, deadline=None)
@given(st.lists(us_processed_requests(), max_size=12))
def test_tallies_add_up(requests):
    counts = disposition_counts(requests, DispositionPolicy(expedited_denial_on_requests=True))
    assert sum(counts.values()) == len(requests)
    applied = applied_exemption_counts(requests)
    assert sum(applied.values()) == sum(len(r.applied_exemptions) for r in requests)
    assert exclusion_uses(requests) == sum(1 for r in requests if r.exclusions)
    # V.B(3) applications are at least the requests denied on exemptions (spec §A5.4 idea).
    denied = counts[Disposition.FULL_DENIAL] + counts[Disposition.PARTIAL_GRANT]
    assert sum(applied.values()) >= denied


def test_the_response_renders_exemptions_and_harm():
    text = ProcessedRequest(Disposition.PARTIAL_GRANT, (PRIVACY,)).for_requester().render()
    assert "Withheld under Exemption 6 [5 U.S.C. § 552(b)(6)]" in text
    assert "staff names: harassment" in text
    assert "foreseeable-harm standard was considered [5 U.S.C. § 552(a)(8)]" in text
