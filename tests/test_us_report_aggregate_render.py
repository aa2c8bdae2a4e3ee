"""The report's sections computed from records and rendered (interim: from a tally, not the model).

Expected values are worked out by hand in the comments (weekends-only calendar).
"""

from __future__ import annotations

from datetime import date

from govdisclosure.calendar import WorkCalendar
from govdisclosure.jurisdictions.us.codes import Track
from govdisclosure.jurisdictions.us.outcomes import Disposition
from govdisclosure.jurisdictions.us.report._blocks import (
    render_html,
    render_markdown,
    render_text,
    report_blocks,
)
from govdisclosure.jurisdictions.us.report._layout import OVERALL_LABEL, Block
from govdisclosure.jurisdictions.us.report._records import FoiaRequestRecord
from govdisclosure.jurisdictions.us.report._tally import FoiaTally

CAL = WorkCalendar.from_rules([], first=date(2020, 1, 1), last=date(2030, 12, 31))


def _done(component: str, closed: date, **kw: object) -> FoiaRequestRecord:
    return FoiaRequestRecord(
        component=component,
        received=date(2025, 3, 3),  # a Monday
        track=Track.SIMPLE,
        perfected=date(2025, 3, 3),
        closed=closed,
        disposition=kw.pop("disposition", Disposition.FULL_GRANT),  # type: ignore[arg-type]
        **kw,  # type: ignore[arg-type]
    )


def _block(blocks: tuple[Block, ...], section: str) -> Block:
    return next(b for b in blocks if b.section == section)


# CIV: 1 and 2 business days (closed Tue, Wed); OIP: 9 business days and 0 (same day)
RECORDS = [
    _done("CIV", date(2025, 3, 4)),
    _done("CIV", date(2025, 3, 5)),
    _done("OIP", date(2025, 3, 14)),  # Mon 3 -> Fri 14 March: 9 business days
    _done(
        "OIP",
        date(2025, 3, 3),
        disposition=Disposition.OTHER,
        other_reason="<script>",
    ),  # same day: 0 days
]


def test_rows_per_component_then_overall() -> None:
    blocks = report_blocks(FoiaTally.of(RECORDS, fiscal_year=2025, calendar=CAL))
    va = _block(blocks, "V.A")
    assert va.title == "V.A. FOIA Requests — Received, Processed and Pending FOIA Requests"
    assert [r[0] for r in va.rows] == ["CIV", "OIP", OVERALL_LABEL]
    assert va.rows[-1][1:] == ("0", "4", "4", "0")


def test_overall_median_is_from_items_not_the_average_of_medians() -> None:
    # § 552(e)(1)(E)-(F); spec §A5.4 rule 8. Simple track days: CIV {1, 2}, OIP {9, 0}.
    # CIV median 1.5, OIP median 4.5; overall items {0, 1, 2, 9}: median 1.5 (not 3, the mean
    # of medians); overall average 3.00; lowest 0 -> "<1"; highest 9.
    va = _block(report_blocks(FoiaTally.of(RECORDS, fiscal_year=2025, calendar=CAL)), "VII.A")
    rows = {r[0]: r for r in va.rows}
    # columns: Simple median, Simple average, Complex median, ...; lowest/highest after
    assert rows["CIV"][1:3] == ("1.5", "1.50")
    assert rows["OIP"][1:3] == ("4.5", "4.50")
    assert rows[OVERALL_LABEL][1:3] == ("1.5", "3.00")
    assert rows[OVERALL_LABEL][3] == "N/A"  # no complex request
    assert rows[OVERALL_LABEL][7:9] == ("<1", "9")


def test_one_component_prints_one_row_which_is_the_overall_row() -> None:
    blocks = report_blocks(FoiaTally.of(RECORDS[:2], fiscal_year=2025, calendar=CAL))
    listed = {"IV", "V.B(2)", "VI.C(3)"}  # a line per description; none here
    assert all(
        len(b.rows) == 1 and b.rows[0][0] == OVERALL_LABEL
        for b in blocks
        if b.section not in listed
    )
    assert all(b.rows == () for b in blocks if b.section in listed)


def test_renderings_carry_the_headings_and_escape_text() -> None:
    tally = FoiaTally.of(RECORDS, fiscal_year=2025, calendar=CAL)
    text = render_text(tally)
    assert text.startswith("Annual FOIA Report, Fiscal Year 2025")
    assert "VII.C.(1) Simple Requests — Response Time in Day Increments" in text
    md = render_markdown(tally)
    assert "## V.A. FOIA Requests — Received, Processed and Pending FOIA Requests" in md
    html = render_html(tally)
    assert "<h2>V.A. FOIA Requests" in html
    assert '<th class="overall">AGENCY OVERALL</th>' in html
    assert "<script>" not in html


def test_buckets_row_adds_up() -> None:
    # VII.C(1): all four simple requests fall in 1-20 (0 counts there); total 4
    c1 = _block(report_blocks(FoiaTally.of(RECORDS, fiscal_year=2025, calendar=CAL)), "VII.C(1)")
    overall = c1.rows[-1]
    assert overall[1] == "4"
    assert overall[-1] == "4"
    assert sum(int(x) for x in overall[1:-1]) == 4


def test_described_items_get_a_line_each() -> None:
    # V.B(2): OIP's one "other" reason, listed for OIP and for the agency overall
    vb2 = _block(report_blocks(FoiaTally.of(RECORDS, fiscal_year=2025, calendar=CAL)), "V.B(2)")
    assert vb2.rows == (("OIP", "<script>", "1"), (OVERALL_LABEL, "<script>", "1"))
    html = render_html(FoiaTally.of(RECORDS, fiscal_year=2025, calendar=CAL))
    assert "&lt;script&gt;" in html


def test_sections_in_the_report_order() -> None:
    blocks = report_blocks(FoiaTally.of(RECORDS, fiscal_year=2025, calendar=CAL))
    order = [b.section for b in blocks]
    assert order[:5] == ["IV", "V.A", "V.B(1)", "V.B(2)", "V.B(3)"]
    assert order[-1] == "XII.A"
