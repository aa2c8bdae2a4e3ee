"""Hypothesis strategies for the US fee, exemption and outcome models (``jurisdictions.us``).

Joined into :func:`govdisclosure.strategies.for_type` by ``_registry()``.

>>> from hypothesis import given, settings
>>> @settings(max_examples=20, deadline=None)
... @given(us_fee_assessments())
... def test_never_negative(fee):
...     assert fee.total.amount >= 0
>>> test_never_negative()

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from dateutil.relativedelta import relativedelta
from hypothesis import strategies as st

from govdisclosure.fees import FeeWaiver, WaiverKind
from govdisclosure.jurisdictions.us.codes import ExemptionCode
from govdisclosure.jurisdictions.us.exemptions import (
    Exclusion,
    Exemption3Catalogue,
    Exemption3Statute,
    ExemptionPolicy,
    HarmBasis,
    Withholding,
)
from govdisclosure.jurisdictions.us.fees import (
    WAIVER_CITATION,
    DeadlineFacts,
    FeeBarException,
    FeePolicy,
    FeeRates,
    FeeStep,
    FoiaFeeAssessment,
    RequesterCategory,
    assess_fees,
)
from govdisclosure.jurisdictions.us.instruments import FOIA
from govdisclosure.jurisdictions.us.outcomes import (
    Disposition,
    DispositionPolicy,
    ProcessedRequest,
    RequesterResponse,
)
from govdisclosure.law import Citation
from govdisclosure.money import Money

_TEXT = st.text(
    st.characters(codec="utf-8", categories=("L", "N", "Zs")), min_size=1, max_size=20
).filter(lambda s: s.strip() != "" and "exclu" not in s.casefold())
_DATES = st.dates(date(1950, 1, 1), date(2035, 12, 31))


def _usd(low: str = "0", high: str = "200") -> st.SearchStrategy[Money]:
    return st.decimals(Decimal(low), Decimal(high), places=2).map(lambda d: Money(d, "USD"))


def us_fee_rates() -> st.SearchStrategy[FeeRates]:
    """Agency rates: search and review per hour, duplication per page."""
    return st.builds(
        FeeRates,
        search_per_hour=_usd("0", "120"),
        review_per_hour=_usd("0", "150"),
        per_page=_usd("0", "1"),
    )


def us_fee_policies() -> st.SearchStrategy[FeePolicy]:
    """Fee policies: exact hours or billing increments, each reading of the minimum and waiver."""
    return st.builds(
        FeePolicy,
        st.sampled_from(["drawn", "agency"]),
        billing_increment=st.sampled_from([None, Decimal("0.25"), Decimal("0.5"), Decimal(1)]),
        charge_at_minimum=st.booleans(),
        waiver_last=st.booleans(),
        excuse_in_working_days=st.booleans(),
    )


def us_deadline_facts() -> st.SearchStrategy[DeadlineFacts]:
    """What an agency may show for an excuse of (viii)(II)."""
    return st.builds(
        DeadlineFacts,
        unusual_circumstances=st.booleans(),
        timely_written_notice=st.booleans(),
        days_late=st.none() | st.integers(0, 30),
        pages_necessary=st.none() | st.integers(0, 10_000),
        scope_discussed=st.booleans(),
        good_faith_attempts=st.integers(0, 5),
        court_found_exceptional=st.booleans(),
        within_court_time=st.booleans(),
    )


def us_fee_steps() -> st.SearchStrategy[FeeStep]:
    """Steps of a fee's reasoning."""
    cites = st.sampled_from([None, Citation(FOIA, "552(a)(4)(A)(ii)(I)"), WAIVER_CITATION])
    return st.builds(FeeStep, _TEXT, cites)


def us_fee_waivers() -> st.SearchStrategy[FeeWaiver | None]:
    """No waiver, a full one, or a partial one by an amount in USD."""
    partial = _usd("0.01", "300").map(
        lambda m: FeeWaiver(WaiverKind.PARTIAL, "public interest", WAIVER_CITATION, amount=m)
    )
    full = st.just(FeeWaiver(WaiverKind.FULL, "public interest", WAIVER_CITATION))
    return st.none() | full | partial


def hours(high: int = 30) -> st.SearchStrategy[Decimal | int]:
    """Hours: Decimals to the hundredth, or whole ints."""
    return st.decimals(Decimal(0), Decimal(high), places=2) | st.integers(0, high)


@st.composite
def us_fee_inputs(draw: st.DrawFn) -> dict[str, Any]:
    """Keyword arguments for :func:`~govdisclosure.jurisdictions.us.fees.assess_fees`."""
    missed = draw(st.booleans())
    claimed = draw(st.lists(st.sampled_from(FeeBarException), unique=True, max_size=2))
    return {
        "category": draw(st.sampled_from(RequesterCategory)),
        "search_hours": draw(hours()),
        "review_hours": draw(hours()),
        "pages": draw(st.integers(0, 3000)),
        "rates": draw(us_fee_rates()),
        "minimum_fee": draw(_usd("0", "50")),
        "deadline_missed": missed,
        "exceptions": claimed if missed else [],
        "facts": draw(us_deadline_facts()) if missed and claimed else None,
        "waiver": draw(us_fee_waivers()),
        "prior_nonpayment": draw(st.booleans()),
        "policy": draw(us_fee_policies()),
    }


def us_fee_assessments() -> st.SearchStrategy[FoiaFeeAssessment]:
    """Fees assessed from drawn inputs."""
    return us_fee_inputs().map(lambda kwargs: assess_fees(**kwargs))


def us_exemption_policies() -> st.SearchStrategy[ExemptionPolicy]:
    """Readings of the OPEN FOIA Act's date."""
    return st.builds(ExemptionPolicy, st.dates(date(2009, 1, 1), date(2010, 12, 31)))


def us_exemption3_statutes(policy: ExemptionPolicy | None = None) -> st.SearchStrategy[Any]:
    """Exemption 3 statutes (all qualifying under ``policy`` when one is given)."""
    made = st.builds(
        Exemption3Statute,
        _TEXT,
        _TEXT,
        _DATES,
        cites_b3=st.booleans(),
        note=st.text(max_size=12),
    )
    if policy is None:
        return made
    return made.filter(lambda s: s.qualifies(policy))


@st.composite
def us_exemption3_catalogues(draw: st.DrawFn) -> Exemption3Catalogue:
    """Catalogues of qualifying statutes with distinct names."""
    policy = draw(us_exemption_policies())
    statutes = draw(
        st.lists(us_exemption3_statutes(policy), max_size=4, unique_by=lambda s: s.name)
    )
    return Exemption3Catalogue(statutes, policy=policy)


@st.composite
def us_withholdings(draw: st.DrawFn) -> Withholding:
    """Withholdings under every exemption, with their bases (and Ex. 5's privilege, in time)."""
    code = draw(st.sampled_from(ExemptionCode))
    if code is ExemptionCode.EX_3:
        statute = draw(us_exemption3_statutes())
        return Withholding(code, HarmBasis.PROHIBITED_BY_LAW, draw(_TEXT), statute=statute)
    basis = draw(st.sampled_from(HarmBasis))
    if code is ExemptionCode.EX_5 and draw(st.booleans()):
        requested = draw(st.dates(date(1990, 1, 1), date(2035, 12, 31)))
        earliest = requested - relativedelta(years=25) + relativedelta(days=1)
        created = draw(st.dates(earliest, requested))
        return Withholding(
            code,
            basis,
            draw(_TEXT),
            deliberative_process=True,
            record_created=created,
            requested_on=requested,
        )
    return Withholding(code, basis, draw(_TEXT))


@st.composite
def us_processed_requests(draw: st.DrawFn) -> ProcessedRequest:
    """Processed requests of every disposition, some with exclusions used."""
    disposition = draw(st.sampled_from(Disposition))
    held = draw(st.lists(us_withholdings(), min_size=1, max_size=3))
    return ProcessedRequest(
        disposition,
        held if disposition.rests_on_exemptions else (),
        other_reason=draw(_TEXT) if disposition is Disposition.OTHER else "",
        exclusions=draw(st.lists(st.sampled_from(Exclusion), unique=True, max_size=2)),
        ref=draw(st.text(max_size=8)),
    )


def us_requester_responses() -> st.SearchStrategy[RequesterResponse]:
    """What requesters are told, from drawn processed requests."""
    return us_processed_requests().map(lambda r: r.for_requester())


def us_disposition_policies() -> st.SearchStrategy[DispositionPolicy]:
    """Readings of the dispositions."""
    return st.builds(DispositionPolicy, st.booleans(), st.booleans())


def registry() -> dict[type, Callable[[], st.SearchStrategy[Any]]]:
    """The strategy of every model here, by class (for ``strategies.for_type``)."""
    return {
        FeeRates: us_fee_rates,
        FeePolicy: us_fee_policies,
        DeadlineFacts: us_deadline_facts,
        FeeStep: us_fee_steps,
        FoiaFeeAssessment: us_fee_assessments,
        ExemptionPolicy: us_exemption_policies,
        Exemption3Statute: us_exemption3_statutes,
        Exemption3Catalogue: us_exemption3_catalogues,
        Withholding: us_withholdings,
        ProcessedRequest: us_processed_requests,
        RequesterResponse: us_requester_responses,
        DispositionPolicy: us_disposition_policies,
    }
