"""The sections of the DOJ Annual FOIA Report as data: XML elements, fields and kinds.

One table, :data:`SECTIONS`, says for each section of the report (as the DOJ schema
``FoiaAnnualReportExtensions.xsd`` defines it) which XML section element holds it, which
element is its data row, which element associates a row with an organisation, and the
row's fields: their names, XML elements, kinds and the lists inside a row. Reading, writing,
validating and the Hypothesis strategy all interpret this one table.

>>> SECTION_BY_ID["V.A"].element
'foia:ProcessedRequestSection'
>>> [f.name for f in SECTION_BY_ID["V.A"].fields]
['pending_start', 'received', 'processed', 'pending_end']
>>> SECTION_BY_ID["VII.A"].field("simple.median").xml_names
('foia:ResponseTimeMedianDaysValue', 'foia:ResponseTimeMedianDaysCode')
>>> len(SECTIONS)
32

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import enum

import attrs

from govdisclosure.jurisdictions.us.annual._values import Kind
from govdisclosure.jurisdictions.us.codes import ExemptionCode, NonExemptionReason, TimeIncrement
from govdisclosure.jurisdictions.us.instruments import DOJ_REPORT_FORMAT, FOIA, Citation

__all__ = [
    "NAMESPACES",
    "SECTIONS",
    "SECTION_BY_ELEMENT",
    "SECTION_BY_ID",
    "FieldSpec",
    "ListSpec",
    "SectionSpec",
]

NAMESPACES = {
    "iepd": "http://leisp.usdoj.gov/niem/FoiaAnnualReport/exchange/1.03",
    "foia": "http://leisp.usdoj.gov/niem/FoiaAnnualReport/extension/1.03",
    "i": "http://niem.gov/niem/appinfo/2.0",
    "j": "http://niem.gov/niem/domains/jxdm/4.1",
    "nc": "http://niem.gov/niem/niem-core/2.0",
    "s": "http://niem.gov/niem/structures/2.0",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
}
"""The prefixes and namespace URIs of the exchange (the DOJ schema and import paths, [CODE])."""

REPORT_CITATION = Citation(FOIA, "552(e)(1)")
"""The statute that requires the report and lists its contents."""

FORMAT_CITATION = Citation(DOJ_REPORT_FORMAT, note="FoiaAnnualReportExtensions.xsd")
"""The XML exchange the sections follow."""


@attrs.frozen
class ListSpec:
    """A repeated element inside a row: each entry a key and, for most lists, a quantity.

    ``key`` is the child element holding the entry's key ("" when the item
    element's own text is the key); ``codes`` is the enum of the key's code
    list, or ``None`` when the key is ``key_kind`` (text or a date).
    """

    item: str
    key: str
    quantity: str | None = None
    codes: type[enum.Enum] | None = None
    key_kind: Kind = Kind.TEXT


@attrs.frozen
class FieldSpec:
    """One field of a section's row.

    ``element`` is the qualified XML name (for a response-time statistic, the
    abstract name whose ``…Value`` or ``…Code`` form appears); ``group`` the
    element that wraps it inside the row ("" for none, e.g. the track element
    ``foia:SimpleResponseTime``); ``items`` the list spec of a list field.
    """

    name: str
    element: str
    kind: Kind
    group: str = ""
    items: ListSpec | None = None

    @property
    def xml_names(self) -> tuple[str, ...]:
        """The element names this field may be written as."""
        if self.kind is Kind.RESPONSE:
            return (self.element + "Value", self.element + "Code")
        return (self.element,)


@attrs.frozen
class SectionSpec:
    """One section of the report: its XML elements, its row's fields, its citation.

    ``shared`` marks section IV, whose rows (statutes) are associated with
    any number of organisations, each association carrying ``link_fields``
    (the number of times that organisation relied on the statute). Every other
    section's row belongs to exactly one organisation.
    """

    id: str
    title: str
    element: str
    row: str
    association: str
    fields: tuple[FieldSpec, ...]
    link_fields: tuple[FieldSpec, ...] = ()
    shared: bool = False

    def field(self, name: str) -> FieldSpec:
        """The field called ``name``; ``KeyError`` if there is none."""
        for spec in self.fields:
            if spec.name == name:
                return spec
        msg = f"section {self.id} has no field {name!r}"
        raise KeyError(msg)

    @property
    def citation(self) -> Citation:
        """The exchange's schema, where the section is defined."""
        return FORMAT_CITATION


def _f(name: str, local: str, kind: Kind = Kind.COUNT, group: str = "") -> FieldSpec:
    return FieldSpec(name, "foia:" + local, kind, group)


def _list(name: str, items: ListSpec) -> FieldSpec:
    return FieldSpec(name, items.item, Kind.COUNT, items=items)


_NON_EXEMPTION = ListSpec(
    "foia:NonExemptionDenial",
    "foia:NonExemptionDenialReasonCode",
    "foia:NonExemptionDenialQuantity",
    NonExemptionReason,
)
_EXEMPTIONS = ListSpec(
    "foia:AppliedExemption",
    "foia:AppliedExemptionCode",
    "foia:AppliedExemptionQuantity",
    ExemptionCode,
)
_OTHER_REASONS = ListSpec(
    "foia:OtherDenialReason",
    "foia:OtherDenialReasonDescriptionText",
    "foia:OtherDenialReasonQuantity",
)
_INCREMENTS = ListSpec(
    "foia:TimeIncrement",
    "foia:TimeIncrementCode",
    "foia:TimeIncrementProcessedQuantity",
    TimeIncrement,
)
_OLD_ITEMS = ListSpec(
    "foia:OldItem", "foia:OldItemReceiptDate", "foia:OldItemPendingDaysQuantity", key_kind=Kind.DATE
)
TRACKS = ("simple", "complex", "expedited")
"""The processing tracks, as the prefixes of the per-track fields."""


def _processing(sid: str, title: str, element: str) -> SectionSpec:
    return SectionSpec(
        sid,
        title,
        element,
        "foia:ProcessingStatistics",
        "foia:ProcessingStatisticsOrganizationAssociation",
        (
            _f("pending_start", "ProcessingStatisticsPendingAtStartQuantity"),
            _f("received", "ProcessingStatisticsReceivedQuantity"),
            _f("processed", "ProcessingStatisticsProcessedQuantity"),
            _f("pending_end", "ProcessingStatisticsPendingAtEndQuantity"),
        ),
    )


def _quartet(prefix: str = "", group: str = "") -> tuple[FieldSpec, ...]:
    return tuple(
        _f(prefix + stat, f"ResponseTime{stat.title()}Days", Kind.RESPONSE, group)
        for stat in ("median", "average", "lowest", "highest")
    )


def _response_by_track(sid: str, title: str, element: str) -> SectionSpec:
    fields: tuple[FieldSpec, ...] = ()
    for track in TRACKS:
        fields += _quartet(track + ".", f"foia:{track.title()}ResponseTime")
    return SectionSpec(
        sid,
        title,
        element,
        "foia:ProcessedResponseTime",
        "foia:ProcessedResponseTimeOrganizationAssociation",
        fields,
    )


def _increments(sid: str, track: str) -> SectionSpec:
    return SectionSpec(
        sid,
        f"Response-time increments, {track} requests",
        f"foia:{track.title()}ResponseTimeIncrementsSection",
        "foia:ComponentResponseTimeIncrements",
        "foia:ResponseTimeIncrementsOrganizationAssociation",
        (_list("increments", _INCREMENTS), _f("total", "TimeIncrementTotalQuantity")),
    )


def _oldest(sid: str, title: str, element: str) -> SectionSpec:
    return SectionSpec(
        sid,
        title,
        element,
        "foia:OldestPendingItems",
        "foia:OldestPendingItemsOrganizationAssociation",
        (_list("items", _OLD_ITEMS),),
    )


def _comparison(sid: str, title: str, element: str) -> SectionSpec:
    return SectionSpec(
        sid,
        title,
        element,
        "foia:ProcessingComparison",
        "foia:ProcessingComparisonOrganizationAssociation",
        (
            _f("received_last", "ItemsReceivedLastYearQuantity"),
            _f("received_current", "ItemsReceivedCurrentYearQuantity"),
            _f("processed_last", "ItemsProcessedLastYearQuantity"),
            _f("processed_current", "ItemsProcessedCurrentYearQuantity"),
        ),
    )


def _backlog_comparison(sid: str, title: str, element: str) -> SectionSpec:
    return SectionSpec(
        sid,
        title,
        element,
        "foia:BacklogComparison",
        "foia:BacklogComparisonOrganizationAssociation",
        (_f("last", "BacklogLastYearQuantity"), _f("current", "BacklogCurrentYearQuantity")),
    )


def _other_reasons(sid: str, title: str, element: str) -> SectionSpec:
    return SectionSpec(
        sid,
        title,
        element,
        "foia:ComponentOtherDenialReason",
        "foia:OtherDenialReasonOrganizationAssociation",
        (_list("reasons", _OTHER_REASONS), _f("total", "ComponentOtherDenialReasonQuantity")),
    )


def _applied(sid: str, title: str, element: str) -> SectionSpec:
    return SectionSpec(
        sid,
        title,
        element,
        "foia:ComponentAppliedExemptions",
        "foia:ComponentAppliedExemptionsOrganizationAssociation",
        (_list("exemptions", _EXEMPTIONS),),
    )


SECTIONS: tuple[SectionSpec, ...] = (
    SectionSpec(
        "IV",
        "Exemption 3 statutes",
        "foia:Exemption3StatuteSection",
        "foia:ReliedUponStatute",
        "foia:ReliedUponStatuteOrganizationAssociation",
        (
            FieldSpec("description", "j:StatuteDescriptionText", Kind.TEXT),
            _list("withheld", ListSpec("foia:ReliedUponStatuteInformationWithheldText", "")),
            _list("cases", ListSpec("nc:Case", "nc:CaseTitleText")),
        ),
        link_fields=(_f("quantity", "ReliedUponStatuteQuantity"),),
        shared=True,
    ),
    _processing("V.A", "Requests received, processed and pending", "foia:ProcessedRequestSection"),
    SectionSpec(
        "V.B(1)",
        "Dispositions of requests",
        "foia:RequestDispositionSection",
        "foia:RequestDisposition",
        "foia:RequestDispositionOrganizationAssociation",
        (
            _f("full_grant", "RequestDispositionFullGrantQuantity"),
            _f("partial_grant", "RequestDispositionPartialGrantQuantity"),
            _f("full_denial", "RequestDispositionFullExemptionDenialQuantity"),
            _list("non_exemption", _NON_EXEMPTION),
            _f("total", "RequestDispositionTotalQuantity"),
        ),
    ),
    _other_reasons("V.B(2)", "Other reasons for denial", "foia:RequestDenialOtherReasonSection"),
    _applied("V.B(3)", "Exemptions applied", "foia:RequestDispositionAppliedExemptionsSection"),
    _processing("VI.A", "Administrative appeals", "foia:ProcessedAppealSection"),
    SectionSpec(
        "VI.B",
        "Dispositions of appeals",
        "foia:AppealDispositionSection",
        "foia:AppealDisposition",
        "foia:AppealDispositionOrganizationAssociation",
        (
            _f("affirmed", "AppealDispositionAffirmedQuantity"),
            _f("partial", "AppealDispositionPartialQuantity"),
            _f("reversed", "AppealDispositionReversedQuantity"),
            _f("other", "AppealDispositionOtherQuantity"),
            _f("total", "AppealDispositionTotalQuantity"),
        ),
    ),
    _applied(
        "VI.C(1)",
        "Exemptions relied on in appeals",
        "foia:AppealDispositionAppliedExemptionsSection",
    ),
    SectionSpec(
        "VI.C(2)",
        "Non-exemption reasons on appeal",
        "foia:AppealNonExemptionDenialSection",
        "foia:AppealNonExemptionDenial",
        "foia:AppealNonExemptionDenialOrganizationAssociation",
        (_list("non_exemption", _NON_EXEMPTION),),
    ),
    _other_reasons("VI.C(3)", "Other reasons on appeal", "foia:AppealDenialOtherReasonSection"),
    SectionSpec(
        "VI.C(4)",
        "Appeal response time",
        "foia:AppealResponseTimeSection",
        "foia:ResponseTime",
        "foia:ResponseTimeOrganizationAssociation",
        _quartet(),
    ),
    _oldest("VI.C(5)", "Ten oldest pending appeals", "foia:OldestPendingAppealSection"),
    _response_by_track(
        "VII.A",
        "Response time, all processed perfected requests",
        "foia:ProcessedResponseTimeSection",
    ),
    _response_by_track(
        "VII.B",
        "Response time, requests where information was granted",
        "foia:InformationGrantedResponseTimeSection",
    ),
    _increments("VII.C(1)", "simple"),
    _increments("VII.C(2)", "complex"),
    _increments("VII.C(3)", "expedited"),
    SectionSpec(
        "VII.D",
        "Pending perfected requests",
        "foia:PendingPerfectedRequestsSection",
        "foia:PendingPerfectedRequests",
        "foia:PendingPerfectedRequestsOrganizationAssociation",
        tuple(
            spec
            for track in TRACKS
            for spec in (
                _f(
                    f"{track}.pending",
                    "PendingRequestQuantity",
                    Kind.COUNT,
                    f"foia:{track.title()}PendingRequestStatistics",
                ),
                _f(
                    f"{track}.median",
                    "PendingRequestMedianDaysValue",
                    Kind.DAYS,
                    f"foia:{track.title()}PendingRequestStatistics",
                ),
                _f(
                    f"{track}.average",
                    "PendingRequestAverageDaysValue",
                    Kind.DAYS,
                    f"foia:{track.title()}PendingRequestStatistics",
                ),
            )
        ),
    ),
    _oldest("VII.E", "Ten oldest pending requests", "foia:OldestPendingRequestSection"),
    SectionSpec(
        "VIII.A",
        "Expedited processing",
        "foia:ExpeditedProcessingSection",
        "foia:ExpeditedProcessing",
        "foia:ExpeditedProcessingOrganizationAssociation",
        (
            _f("granted", "RequestGrantedQuantity"),
            _f("denied", "RequestDeniedQuantity"),
            _f("median", "AdjudicationMedianDaysValue", Kind.DAYS),
            _f("average", "AdjudicationAverageDaysValue", Kind.DAYS),
            _f("within_ten", "AdjudicationWithinTenDaysQuantity"),
        ),
    ),
    SectionSpec(
        "VIII.B",
        "Fee waivers",
        "foia:FeeWaiverSection",
        "foia:FeeWaiver",
        "foia:FeeWaiverOrganizationAssociation",
        (
            _f("granted", "RequestGrantedQuantity"),
            _f("denied", "RequestDeniedQuantity"),
            _f("median", "AdjudicationMedianDaysValue", Kind.DAYS),
            _f("average", "AdjudicationAverageDaysValue", Kind.DAYS),
        ),
    ),
    SectionSpec(
        "IX",
        "FOIA personnel and costs",
        "foia:PersonnelAndCostSection",
        "foia:PersonnelAndCost",
        "foia:PersonnelAndCostOrganizationAssociation",
        (
            _f("full_time", "FullTimeEmployeeQuantity", Kind.STAFF),
            _f("equivalent", "EquivalentFullTimeEmployeeQuantity", Kind.STAFF),
            _f("total_staff", "TotalFullTimeStaffQuantity", Kind.STAFF),
            _f("processing_cost", "ProcessingCostAmount", Kind.MONEY),
            _f("litigation_cost", "LitigationCostAmount", Kind.MONEY),
            _f("total_cost", "TotalCostAmount", Kind.MONEY),
        ),
    ),
    SectionSpec(
        "X",
        "Fees collected",
        "foia:FeesCollectedSection",
        "foia:FeesCollected",
        "foia:FeesCollectedOrganizationAssociation",
        (
            _f("fees", "FeesCollectedAmount", Kind.MONEY),
            _f("percent", "FeesCollectedCostPercent", Kind.PERCENT),
        ),
    ),
    SectionSpec(
        "XI.A",
        "Times subsection (c) was used",
        "foia:SubsectionUsedSection",
        "foia:SubsectionUsed",
        "foia:SubsectionUsedOrganizationAssociation",
        (_f("times_used", "TimesUsedQuantity"),),
    ),
    SectionSpec(
        "XI.B",
        "Subsection (a)(2) records posted",
        "foia:SubsectionPostSection",
        "foia:Subsection",
        "foia:SubsectionPostOrganizationAssociation",
        (_f("by_foia", "PostedbyFOIAQuantity"), _f("by_program", "PostedbyProgramQuantity")),
    ),
    SectionSpec(
        "XII.A",
        "Backlogs at the end of the fiscal year",
        "foia:BacklogSection",
        "foia:Backlog",
        "foia:BacklogOrganizationAssociation",
        (_f("requests", "BackloggedRequestQuantity"), _f("appeals", "BackloggedAppealQuantity")),
    ),
    _processing("XII.B", "Consultations from other agencies", "foia:ProcessedConsultationSection"),
    _oldest("XII.C", "Ten oldest pending consultations", "foia:OldestPendingConsultationSection"),
    _comparison(
        "XII.D(1)",
        "Requests received and processed, last year and this",
        "foia:ProcessedRequestComparisonSection",
    ),
    _backlog_comparison(
        "XII.D(2)",
        "Backlogged requests, last year and this",
        "foia:BackloggedRequestComparisonSection",
    ),
    _comparison(
        "XII.E(1)",
        "Appeals received and processed, last year and this",
        "foia:ProcessedAppealComparisonSection",
    ),
    _backlog_comparison(
        "XII.E(2)",
        "Backlogged appeals, last year and this",
        "foia:BackloggedAppealComparisonSection",
    ),
)
"""Every section of the report (the DOJ schema's), in the order the exchange writes them."""

SECTION_BY_ID = {spec.id: spec for spec in SECTIONS}
"""The sections by id (``"V.A"``)."""

SECTION_BY_ELEMENT = {spec.element: spec for spec in SECTIONS}
"""The sections by XML section element (``"foia:ProcessedRequestSection"``)."""
