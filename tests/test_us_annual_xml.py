"""Reading and writing the DOJ Annual FOIA Report's NIEM XML (us.annual).

Pinned values were read by hand from the XML text of the files under
tests/data/us/ (see its README for sources). Hostile documents must be
refused, never expanded, and every bad element is named by its path.
"""

from __future__ import annotations

import time
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings

from govdisclosure.errors import InvalidInputError
from govdisclosure.jurisdictions.us.annual import (
    AnnualFoiaReport,
    DataRow,
    Link,
    Organization,
    ResponseDays,
    Section,
)
from govdisclosure.jurisdictions.us.codes import ExemptionCode, NonExemptionReason, TimeIncrement
from govdisclosure.strategies import us_annual_reports

DATA = Path(__file__).parent / "data" / "us"
FY2024 = (DATA / "usab-fy2024.xml").read_text(encoding="utf-8")
FY2023 = (DATA / "usab-fy2023.xml").read_text(encoding="utf-8")
FY2025 = (DATA / "usab-fy2025.xml").read_text(encoding="utf-8")
SYNTHETIC = (DATA / "synthetic-exd-fy2023.xml").read_text(encoding="utf-8")
ROOT = "/iepd:FoiaAnnualReport"


@pytest.fixture(scope="module")
def fy2024() -> AnnualFoiaReport:
    return AnnualFoiaReport.from_xml(FY2024)


@pytest.fixture(scope="module")
def synthetic() -> AnnualFoiaReport:
    return AnnualFoiaReport.from_xml(SYNTHETIC)


def refused(text: str) -> InvalidInputError:
    with pytest.raises(InvalidInputError) as caught:
        AnnualFoiaReport.from_xml(text)
    return caught.value


# -- the real files ------------------------------------------------------------------------


def test_fy2024_header_and_agency(fy2024: AnnualFoiaReport) -> None:
    assert fy2024.fiscal_year == 2024
    assert fy2024.agency == Organization("ORG0", "USAB", "United States Access Board")
    assert fy2024.components == ()
    assert fy2024.single_component
    assert fy2024.header.created == date(2024, 12, 18)
    assert fy2024.header.application == "FOIA Annual Report Workbook"
    assert fy2024.header.application_version == "1.1"
    assert len(fy2024.sections) == 32  # every section of the form


def test_fy2024_requests_and_dispositions(fy2024: AnnualFoiaReport) -> None:
    row = fy2024.overall("V.A")
    assert row is not None
    assert [row.get(f) for f in ("pending_start", "received", "processed", "pending_end")] == [
        1,
        42,
        41,
        2,
    ]
    disposition = fy2024.overall("V.B(1)")
    assert disposition is not None
    assert disposition.get("full_grant") == 9
    assert disposition.get("partial_grant") == 6
    assert disposition.get("full_denial") == 2
    assert disposition.get("non_exemption") == ((NonExemptionReason.NO_RECORDS, 24),)
    assert disposition.get("total") == 41
    assert fy2024.value("V.B(3)", "ORG0", "exemptions") == (
        (ExemptionCode.EX_3, 1),
        (ExemptionCode.EX_4, 1),
        (ExemptionCode.EX_6, 4),
    )


def test_fy2024_response_times_keep_lt1_and_na(fy2024: AnnualFoiaReport) -> None:
    assert fy2024.value("VII.A", "ORG0", "simple.lowest") == ResponseDays.lt1()
    assert fy2024.value("VII.A", "ORG0", "simple.median") == ResponseDays(Decimal(15))
    assert fy2024.value("VII.A", "ORG0", "simple.highest") == ResponseDays(Decimal(143))
    assert fy2024.value("VII.B", "ORG0", "simple.lowest") == ResponseDays(Decimal(1))
    # VII.D complex: only PendingRequestQuantity 0 is written; median and average are N/A
    assert fy2024.value("VII.D", "ORG0", "complex.pending") == 0
    assert fy2024.value("VII.D", "ORG0", "complex.median") is None
    assert fy2024.value("VII.D", "ORG0", "simple.median") == Decimal(6)


def test_fy2024_increments_staff_costs_and_lists(fy2024: AnnualFoiaReport) -> None:
    increments = fy2024.value("VII.C(1)", "ORG0", "increments")
    assert isinstance(increments, tuple)
    assert len(increments) == 13
    assert increments[0] == (TimeIncrement.DAYS_1_20, 28)
    assert increments[7] == (TimeIncrement.DAYS_141_160, 2)
    assert fy2024.value("VII.C(1)", "ORG0", "total") == 41
    assert fy2024.value("IX", "ORG0", "full_time") == Decimal(0)
    assert fy2024.value("IX", "ORG0", "total_staff") == Decimal("0.50")
    assert fy2024.value("IX", "ORG0", "processing_cost") == Decimal("63752.00")
    assert fy2024.value("X", "ORG0", "percent") == Decimal(0)
    assert fy2024.value("VII.E", "ORG0", "items") == (
        (date(2024, 9, 24), 4),
        (date(2024, 9, 24), 4),
    )
    assert fy2024.value("VI.C(5)", "ORG0", "items") is None  # an empty OldestPendingItems
    assert fy2024.value("XII.D(1)", "ORG0", "received_last") == 20


def test_fy2024_statute_is_associated_twice_with_the_agency(fy2024: AnnualFoiaReport) -> None:
    section = fy2024.section("IV")
    assert section is not None
    assert [row.id for row in section.rows] == ["ES1"]
    assert section.rows[0].get("description") == "42 U.S.C. §§ 2000e-5(b), 2000e-8(e)"
    assert section.links == (
        Link("ES1", "ORG0", (("quantity", 1),)),
        Link("ES1", "ORG0", (("quantity", 1),)),
    )
    assert section.rows_of("ORG0") == section.rows  # the row once, however often linked


def test_fy2023_pinned_values() -> None:
    report = AnnualFoiaReport.from_xml(FY2023)
    assert report.fiscal_year == 2023
    row = report.overall("V.A")
    assert row is not None
    assert [v for _, v in row.values] == [0, 20, 19, 1]
    assert report.value("VII.B", "ORG0", "simple.lowest") == ResponseDays.lt1()
    assert report.value("IX", "ORG0", "total_staff") == Decimal("0.20")
    assert report.value("IV", "ORG0", "description") == "N/A"
    assert report.value("XII.D(1)", "ORG0", "processed_last") == 11


def test_synthetic_multi_component_file(synthetic: AnnualFoiaReport) -> None:
    assert [c.abbreviation for c in synthetic.components] == ["ALPHA", "BETA"]
    assert not synthetic.single_component
    assert synthetic.value("V.A", "ORG2", "processed") == 45
    assert synthetic.row("VI.A", "ORG2") is None  # BETA handles no appeals
    assert synthetic.value("XII.A", "ORG2", "appeals") is None  # N/A: the element is omitted
    section = synthetic.section("VI.A")
    assert section is not None
    assert section.footnotes == ("Beta Office has no appeal authority.",)
    assert synthetic.value("VII.D", "ORG0", "simple.average") == Decimal("7.8")
    assert synthetic.value("X", "ORG1", "percent") == Decimal("0.4115")


# -- round trips ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", [FY2024, FY2023, FY2025, SYNTHETIC], ids=["fy2024", "fy2023", "fy2025", "synthetic"]
)
def test_real_files_round_trip(text: str) -> None:
    first = AnnualFoiaReport.from_xml(text)
    written = first.to_xml()
    again = AnnualFoiaReport.from_xml(written)
    assert again == first
    assert again.to_xml() == written


@settings(max_examples=150, deadline=None)
@given(us_annual_reports())
def test_generated_reports_round_trip(report: AnnualFoiaReport) -> None:
    assert AnnualFoiaReport.from_xml(report.to_xml()) == report


def test_text_with_markup_characters_survives() -> None:
    row = DataRow("ES1", (("description", "a < b & c > d \r\n\t 'q' \"dq\""),))
    report = AnnualFoiaReport(
        2024,
        Organization("ORG0", "A&B", "<x>"),
        sections=(Section("IV", (row,), (Link("ES1", "ORG0"),)),),
    )
    assert AnnualFoiaReport.from_xml(report.to_xml()) == report


# -- hostile and bad input -----------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   \n\t "])
def test_empty_text_is_refused(text: str) -> None:
    error = refused(text)
    assert error.field == "<document>"
    assert "empty" in str(error)


def test_json_is_refused() -> None:
    error = refused('{"iepd:FoiaAnnualReport": {}}')
    assert error.field == "<document>"
    assert "JSON" in str(error)


def test_bytes_are_refused() -> None:
    with pytest.raises(InvalidInputError, match="str"):
        AnnualFoiaReport.from_xml(FY2024.encode())  # type: ignore[arg-type]


def test_another_root_element_is_refused() -> None:
    error = refused('<?xml version="1.0"?><rss><channel/></rss>')
    assert error.field == "<document>"
    assert error.value == "rss"


def test_the_right_local_name_in_another_namespace_is_refused() -> None:
    error = refused('<FoiaAnnualReport xmlns="urn:other"/>')
    assert error.value == "{urn:other}FoiaAnnualReport"


def test_malformed_xml_is_refused() -> None:
    error = refused("<iepd:FoiaAnnualReport")
    assert "not well-formed" in str(error)


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<iepd:FoiaAnnualReport xmlns:iepd="http://leisp.usdoj.gov/niem/FoiaAnnualReport/exchange/1.03"
  xmlns:nc="http://niem.gov/niem/niem-core/2.0">
  <nc:DocumentDescriptionText>&lol9;</nc:DocumentDescriptionText>
</iepd:FoiaAnnualReport>
"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<iepd:FoiaAnnualReport xmlns:iepd="http://leisp.usdoj.gov/niem/FoiaAnnualReport/exchange/1.03"
  xmlns:nc="http://niem.gov/niem/niem-core/2.0">
  <nc:DocumentDescriptionText>&secret;</nc:DocumentDescriptionText>
</iepd:FoiaAnnualReport>
"""

EXTERNAL_DTD = """<?xml version="1.0"?>
<!DOCTYPE r SYSTEM "http://example.invalid/evil.dtd">
<iepd:FoiaAnnualReport xmlns:iepd="http://leisp.usdoj.gov/niem/FoiaAnnualReport/exchange/1.03"/>
"""

PLAIN_DOCTYPE = FY2024.replace(
    "<iepd:FoiaAnnualReport ", "<!DOCTYPE iepd:FoiaAnnualReport>\n<iepd:FoiaAnnualReport ", 1
)


@pytest.mark.parametrize(
    "text",
    [BILLION_LAUGHS, EXTERNAL_ENTITY, EXTERNAL_DTD, PLAIN_DOCTYPE],
    ids=["billion-laughs", "external-entity", "external-dtd", "plain-doctype"],
)
def test_dtds_and_entities_are_refused_without_expansion(text: str) -> None:
    started = time.perf_counter()
    error = refused(text)
    assert time.perf_counter() - started < 1.0  # refused before anything is expanded
    assert error.field == "<document>"
    assert "DTDs" in str(error)
    assert error.value in {"DTDForbidden", "EntitiesForbidden", "ExternalReferenceForbidden"}
    assert "lollol" not in str(error)
    assert "root:" not in str(error)


def _received(text: str) -> str:
    return FY2024.replace(
        "<foia:ProcessingStatisticsReceivedQuantity>42</foia:ProcessingStatisticsReceivedQuantity>",
        f"<foia:ProcessingStatisticsReceivedQuantity>{text}</foia:ProcessingStatisticsReceivedQuantity>",
        1,
    )


RECEIVED = (
    f"{ROOT}/foia:ProcessedRequestSection[1]/foia:ProcessingStatistics[1]"
    "/foia:ProcessingStatisticsReceivedQuantity[1]"
)


@pytest.mark.parametrize(
    "bad", ["4.5", "NaN", "-1", "1e3", "", "forty-two", "99999999999999999999", "0x2A"]
)
def test_bad_counts_are_refused_by_path(bad: str) -> None:
    error = refused(_received(bad))
    assert error.fields == (RECEIVED,)
    assert error.value == bad


def test_counts_allow_the_xsd_lexical_forms() -> None:
    report = AnnualFoiaReport.from_xml(_received(" +042 "))
    assert report.value("V.A", "ORG0", "received") == 42


@pytest.mark.parametrize("bad", ["abc", "NaN", "Infinity", "-3", "1,5", "1.2.3"])
def test_non_decimal_statistics_are_refused(bad: str) -> None:
    text = FY2024.replace(
        "<foia:ResponseTimeMedianDaysValue>15</foia:ResponseTimeMedianDaysValue>",
        f"<foia:ResponseTimeMedianDaysValue>{bad}</foia:ResponseTimeMedianDaysValue>",
    )
    error = refused(text)
    assert error.fields == (
        (
            f"{ROOT}/foia:ProcessedResponseTimeSection[1]/foia:ProcessedResponseTime[1]"
            "/foia:SimpleResponseTime[1]/foia:ResponseTimeMedianDaysValue[1]"
        ),
    )


@pytest.mark.parametrize(
    ("old", "new", "where"),
    [
        (
            ">NoRecords<",
            ">NoRecord<",
            (
                "foia:RequestDispositionSection[1]/foia:RequestDisposition[1]"
                "/foia:NonExemptionDenial[1]/foia:NonExemptionDenialReasonCode[1]"
            ),
        ),
        (
            ">Ex. 4<",
            ">Ex. 7<",
            (
                "foia:RequestDispositionAppliedExemptionsSection[1]"
                "/foia:ComponentAppliedExemptions[1]/foia:AppliedExemption[2]/foia:AppliedExemptionCode[1]"
            ),
        ),
        (
            ">401+<",
            ">400+<",
            (
                "foia:SimpleResponseTimeIncrementsSection[1]"
                "/foia:ComponentResponseTimeIncrements[1]/foia:TimeIncrement[13]/foia:TimeIncrementCode[1]"
            ),
        ),
        (
            ">LT1<",
            ">GT1<",
            (
                "foia:ProcessedResponseTimeSection[1]/foia:ProcessedResponseTime[1]"
                "/foia:SimpleResponseTime[1]/foia:ResponseTimeLowestDaysCode[1]"
            ),
        ),
    ],
    ids=["reason", "exemption", "increment", "response-code"],
)
def test_unknown_codes_are_refused(old: str, new: str, where: str) -> None:
    error = refused(FY2024.replace(old, new, 1))
    assert error.fields == (f"{ROOT}/{where}",)


def test_dangling_references_are_refused() -> None:
    text = FY2024.replace(
        '<foia:ComponentDataReference s:ref="PS1"/>', '<foia:ComponentDataReference s:ref="PS9"/>'
    )
    text = text.replace(
        '<foia:ComponentDataReference s:ref="RD1"/><nc:OrganizationReference s:ref="ORG0"/>',
        '<foia:ComponentDataReference s:ref="RD1"/><nc:OrganizationReference s:ref="ORG7"/>',
    )
    error = refused(text)
    assert set(error.fields) == {
        (
            f"{ROOT}/foia:ProcessedRequestSection[1]/foia:ProcessingStatisticsOrganizationAssociation[1]"
            "/foia:ComponentDataReference"
        ),
        # PS1 is then associated with no organisation
        f"{ROOT}/foia:ProcessedRequestSection[1]/foia:ProcessingStatistics[1]",
        (
            f"{ROOT}/foia:RequestDispositionSection[1]/foia:RequestDispositionOrganizationAssociation[1]"
            "/nc:OrganizationReference"
        ),
    }
    assert "PS9" in str(error)
    assert "ORG7" in str(error)


def test_a_row_not_associated_is_refused() -> None:
    text = FY2024.replace(
        '<foia:BacklogOrganizationAssociation><foia:ComponentDataReference s:ref="BK1"/>'
        '<nc:OrganizationReference s:ref="ORG0"/></foia:BacklogOrganizationAssociation>',
        "",
    )
    error = refused(text)
    assert error.fields == (f"{ROOT}/foia:BacklogSection[1]/foia:Backlog[1]",)
    assert "not associated" in str(error)


def test_an_element_where_text_is_expected_is_refused() -> None:
    nested = "<foia:X><foia:Y><foia:Z>1</foia:Z></foia:Y></foia:X>"
    error = refused(_received(nested))
    assert error.fields == (RECEIVED,)
    assert "where text is expected" in str(error)


def test_unknown_elements_are_refused() -> None:
    text = FY2024.replace(
        "<foia:DocumentFiscalYearDate>2024</foia:DocumentFiscalYearDate>",
        "<foia:DocumentFiscalYearDate>2024</foia:DocumentFiscalYearDate><foia:SurpriseSection/>",
    ).replace(
        "<foia:TimesUsedQuantity>0</foia:TimesUsedQuantity>",
        "<foia:TimesUsedQuantity>0</foia:TimesUsedQuantity><foia:TimesAbusedQuantity>1</foia:TimesAbusedQuantity>",
    )
    error = refused(text)
    assert error.fields == (
        f"{ROOT}/foia:SurpriseSection[1]",
        f"{ROOT}/foia:SubsectionUsedSection[1]/foia:SubsectionUsed[1]/foia:TimesAbusedQuantity[1]",
    )


@pytest.mark.parametrize("bad", ["FY24", "24", "2024-01", ""])
def test_bad_fiscal_year_is_refused(bad: str) -> None:
    text = FY2024.replace(
        ">2024</foia:DocumentFiscalYearDate>", f">{bad}</foia:DocumentFiscalYearDate>"
    )
    assert refused(text).fields == (f"{ROOT}/foia:DocumentFiscalYearDate[1]",)


def test_missing_fiscal_year_is_refused() -> None:
    text = FY2024.replace("<foia:DocumentFiscalYearDate>2024</foia:DocumentFiscalYearDate>", "")
    error = refused(text)
    assert error.fields == (ROOT,)
    assert "DocumentFiscalYearDate" in str(error)


def test_a_field_twice_and_a_section_twice_are_refused() -> None:
    twice = "<foia:TimesUsedQuantity>0</foia:TimesUsedQuantity>"
    text = FY2024.replace(twice, twice + twice)
    start = FY2024.index("<foia:BacklogSection>")
    end = FY2024.index("</foia:BacklogSection>") + len("</foia:BacklogSection>")
    text = text.replace(FY2024[start:end], FY2024[start:end] * 2)
    error = refused(text)
    assert error.fields == (
        f"{ROOT}/foia:SubsectionUsedSection[1]/foia:SubsectionUsed[1]/foia:TimesUsedQuantity[2]",
        f"{ROOT}/foia:BacklogSection[2]",
    )


def test_every_bad_element_is_reported_at_once() -> None:
    text = _received("4.5")
    text = text.replace(">NoRecords<", ">Nope<")
    text = text.replace("<foia:TimesUsedQuantity>0<", "<foia:TimesUsedQuantity>-2<")
    text = text.replace(
        '<foia:ComponentDataReference s:ref="FC1"/>', '<foia:ComponentDataReference s:ref="FC2"/>'
    )
    error = refused(text)
    assert len(error.problems) == 5  # + the FC1 row left with no association
    assert error.fields[0] == RECEIVED
    assert {"4.5", "Nope", "-2", "FC2", "FC1"} <= {str(p.value) for p in error.problems}


def test_direct_construction_checks_links_and_values() -> None:
    agency = Organization("ORG0")
    bad = Section(
        "V.A",
        (DataRow("PS1", (("received", -1), ("bogus", 1))), DataRow("PS2")),
        (Link("PS1", "ORG9"), Link("PSX", "ORG0")),
    )
    with pytest.raises(InvalidInputError) as caught:
        AnnualFoiaReport(2024, agency, sections=(bad,))
    fields = caught.value.fields
    assert "sections[0].rows[0].received" in fields
    assert "sections[0].rows[0].bogus" in fields
    assert "sections[0].rows[1]" in fields  # PS2 linked to nothing
    assert "sections[0].links[0].org" in fields
    assert "sections[0].links[1].row" in fields


def test_text_where_elements_are_expected_is_refused() -> None:
    text = FY2024.replace(
        '<foia:SubsectionUsed s:id="SU1"><foia:TimesUsedQuantity>0</foia:TimesUsedQuantity>',
        '<foia:SubsectionUsed s:id="SU1">junk<foia:TimesUsedQuantity>0</foia:TimesUsedQuantity>7',
    )
    error = refused(text)
    assert error.fields == (
        f"{ROOT}/foia:SubsectionUsedSection[1]/foia:SubsectionUsed[1]",
        f"{ROOT}/foia:SubsectionUsedSection[1]/foia:SubsectionUsed[1]/foia:TimesUsedQuantity[1]",
    )


def test_a_bad_statute_quantity_is_named_by_its_path() -> None:
    text = FY2024.replace(
        "<foia:ReliedUponStatuteQuantity>1</foia:ReliedUponStatuteQuantity>",
        "<foia:ReliedUponStatuteQuantity>one</foia:ReliedUponStatuteQuantity>",
        1,
    )
    assert refused(text).fields == (
        (
            f"{ROOT}/foia:Exemption3StatuteSection[1]/foia:ReliedUponStatuteOrganizationAssociation[1]"
            "/foia:ReliedUponStatuteQuantity[1]"
        ),
    )


def test_a_pretty_printed_document_reads_the_same() -> None:
    pretty = FY2024.replace("><", ">\n  <")
    assert AnnualFoiaReport.from_xml(pretty) == AnnualFoiaReport.from_xml(FY2024)


def test_an_overlong_document_is_refused_before_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    from govdisclosure.jurisdictions.us.annual import _xml_read

    monkeypatch.setattr(_xml_read, "MAX_DOCUMENT_CHARS", len(FY2024) - 1)
    error = refused(FY2024)
    assert error.field == "<document>"
    assert error.value == len(FY2024)


def test_two_organisations_with_one_id_are_refused() -> None:
    text = FY2024.replace(
        "<nc:OrganizationName>United States Access Board</nc:OrganizationName>",
        "<nc:OrganizationName>United States Access Board</nc:OrganizationName>"
        '<nc:OrganizationSubUnit s:id="ORG0"/>',
    )
    error = refused(text)
    assert error.fields == (f"{ROOT}/nc:Organization[1]/nc:OrganizationSubUnit[1]",)


@pytest.mark.parametrize(
    "text",
    [
        "\ufeff" + FY2024,
        FY2024.replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-8"?>'),
    ],
    ids=["bom", "declared-utf8"],
)
def test_a_byte_order_mark_or_an_encoding_declaration_is_fine(text: str) -> None:
    assert AnnualFoiaReport.from_xml(text) == AnnualFoiaReport.from_xml(FY2024)


def test_amounts_are_money_in_us_dollars(fy2024: AnnualFoiaReport) -> None:
    from govdisclosure.money import Money

    assert fy2024.money("IX", "ORG0", "processing_cost") == Money(Decimal("63752.00"), "USD")
    assert fy2024.money("X", "ORG0", "fees") == Money(Decimal(0), "USD")
    with pytest.raises(InvalidInputError, match="not an amount of money"):
        fy2024.money("IX", "ORG0", "total_staff")


def test_fy2025_keeps_character_references_and_carriage_returns() -> None:
    report = AnnualFoiaReport.from_xml(FY2025)
    assert report.value("IV", "ORG0", "description") == "5 U.S.C. \u00a7 13109(a)(2) "
    lines = ["Confidential financial", "disclosure report pertaining", "to certain government"]
    withheld = "".join(line + "\r\n" for line in lines) + "employees "
    assert report.value("IV", "ORG0", "withheld") == ((withheld, None),)
    cases = report.value("IV", "ORG0", "cases")
    assert isinstance(cases, tuple)
    assert "Att\u2019ys, 161 F. Supp. 3d 1" in cases[0][0]
    assert report.value("V.B(3)", "ORG0", "exemptions") == (
        (ExemptionCode.EX_3, 2),
        (ExemptionCode.EX_5, 2),
        (ExemptionCode.EX_6, 7),
        (ExemptionCode.EX_7A, 1),
    )
    assert report.value("VII.E", "ORG0", "items") == (
        (date(2024, 12, 30), 187),
        (date(2025, 8, 7), 37),
        (date(2025, 9, 12), 12),
    )
    assert "&#13;" in report.to_xml()  # the carriage returns are written as references
