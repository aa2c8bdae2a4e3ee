"""The published Annual FOIA Report printed as text, Markdown and HTML.

Expected cells are read by hand from the XML files in tests/data/us/: the U.S. Access
Board's FY2024 V.A is 1 pending at the start, 42 received, 41 processed, 2 pending at the
end, and its VII.A simple track's lowest response time is the code LT1; the synthetic
two-component file's V.A is ALPHA 10/100/90/20, BETA 5/50/45/10, overall 15/150/135/30.
"""

from __future__ import annotations

from pathlib import Path

from govdisclosure.jurisdictions.us import AnnualFoiaReport
from govdisclosure.jurisdictions.us.annual import DataRow, Link, Organization, Section

DATA = Path(__file__).parent / "data" / "us"
USAB = AnnualFoiaReport.from_xml((DATA / "usab-fy2024.xml").read_text(encoding="utf-8"))
TWO = AnnualFoiaReport.from_xml((DATA / "synthetic-exd-fy2023.xml").read_text(encoding="utf-8"))


def _block(text: str, heading: str) -> list[str]:
    lines = text.splitlines()
    start = lines.index(heading)
    end = next((i for i in range(start + 1, len(lines)) if lines[i] == "" and i > start + 2), None)
    return lines[start:end]


def test_a_single_component_agency_prints_its_one_row_under_its_name():
    text = USAB.to_text()
    assert (
        text.splitlines()[0] == "Annual FOIA Report, fiscal year 2024: United States Access Board"
    )
    va = _block(text, "V.A. FOIA Requests — Received, Processed and Pending FOIA Requests")
    rows = [line.split("|") for line in va[4:]]
    assert [[c.strip() for c in r] for r in rows] == [["USAB", "1", "42", "41", "2"]]
    assert "AGENCY OVERALL" not in text


def test_components_then_the_agency_overall():
    va = _block(TWO.to_text(), "V.A. FOIA Requests — Received, Processed and Pending FOIA Requests")
    cells = [[c.strip() for c in line.split("|")] for line in va[4:]]
    assert cells == [
        ["ALPHA", "10", "100", "90", "20"],
        ["BETA", "5", "50", "45", "10"],
        ["AGENCY OVERALL", "15", "150", "135", "30"],
    ]


def test_lt1_and_na_are_printed_as_such():
    text = USAB.to_text()
    heading = next(line for line in text.splitlines() if line.startswith("VII.A."))
    header, _, usab = (line.split("|") for line in _block(text, heading)[2:5])
    lowest = [c.strip() for c in header].index("Simple lowest")
    assert usab[lowest].strip() == "<1"  # the code LT1, "less than 1"
    row = DataRow("PS1", (("received", 3),))
    report = AnnualFoiaReport(
        2025, Organization("ORG0", "X"), sections=(Section("V.A", (row,), (Link("PS1", "ORG0"),)),)
    )
    assert report.to_text().splitlines()[-1].split("|")[1].strip() == "N/A"


def test_markdown_and_html_hold_the_same_cells_and_escape_text():
    md = TWO.to_markdown()
    assert md.startswith("# Annual FOIA Report, fiscal year 2023")
    assert "| AGENCY OVERALL | 15 | 150 | 135 | 30 |" in md
    evil = Organization("ORG0", "<b>&</b>", "<script>x</script>")
    row = DataRow("PS1", (("received", 3),))
    page = AnnualFoiaReport(
        2025, evil, sections=(Section("V.A", (row,), (Link("PS1", "ORG0"),)),)
    ).to_html()
    assert "<script>" not in page
    assert "&lt;script&gt;" in page
