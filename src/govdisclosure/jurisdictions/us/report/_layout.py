"""The printed layout of the Annual FOIA Report: section headings, and blocks of rows to render.

A :class:`Block` is one printed table: its heading, its column headings and
its rows of text, a row per component then ``AGENCY OVERALL``. The renderers
lay blocks out with the generic helpers of :mod:`govdisclosure.reports`
(``text_table``, ``markdown_table``, ``html_table``); nothing here draws a table.

>>> b = Block("V.A", ("Component", "Received"), (("OIP", "3"), (OVERALL_LABEL, "3")))
>>> print(block_text(b))
V.A. FOIA Requests — Received, Processed and Pending FOIA Requests
<BLANKLINE>
Component      | Received
---------------+---------
OIP            |        3
AGENCY OVERALL |        3

The headings follow the DOJ report's own (the sections of
``FoiaAnnualReportExtensions.xsd``; the wording of all but V.A is [UNVERIFIED]
against the DOJ Handbook).

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import html
from decimal import Decimal
from typing import NamedTuple

from govdisclosure.reports import HtmlCell, html_table, markdown_table, text_table

__all__ = [
    "OVERALL_LABEL",
    "SECTION_TITLES",
    "Block",
    "block_html",
    "block_markdown",
    "block_text",
    "count_text",
    "money_text",
]

OVERALL_LABEL = "AGENCY OVERALL"
"""The label of the agency-overall row."""

_DASH = " — "
SECTION_TITLES: dict[str, str] = {
    "IV": "IV. Exemption 3 Statutes",
    "V.A": "V.A. FOIA Requests" + _DASH + "Received, Processed and Pending FOIA Requests",
    "V.B(1)": "V.B.(1) Disposition of FOIA Requests" + _DASH + "All Processed Requests",
    "V.B(2)": "V.B.(2) Disposition of FOIA Requests" + _DASH + '"Other" Reasons for "Full Denials '
    'Based on Reasons Other than Exemptions"',
    "V.B(3)": "V.B.(3) Disposition of FOIA Requests" + _DASH + "Number of Times Exemptions Applied",
    "VI.A": "VI.A. Administrative Appeals" + _DASH + "Received, Processed and Pending Appeals",
    "VI.B": "VI.B. Disposition of Administrative Appeals" + _DASH + "All Processed Appeals",
    "VI.C(1)": "VI.C.(1) Reasons for Denial on Appeal"
    + _DASH
    + "Number of Times Exemptions Applied",
    "VI.C(2)": "VI.C.(2) Reasons for Denial on Appeal" + _DASH + "Reasons Other than Exemptions",
    "VI.C(3)": "VI.C.(3) Reasons for Denial on Appeal" + _DASH + '"Other" Reasons',
    "VI.C(4)": "VI.C.(4) Response Time for Administrative Appeals",
    "VI.C(5)": "VI.C.(5) Ten Oldest Pending Administrative Appeals",
    "VII.A": "VII.A. FOIA Requests" + _DASH + "Response Time for All Processed Perfected Requests",
    "VII.B": "VII.B. Processed Requests" + _DASH + "Response Time for Perfected Requests in Which "
    "Information Was Granted",
    "VII.C(1)": "VII.C.(1) Simple Requests" + _DASH + "Response Time in Day Increments",
    "VII.C(2)": "VII.C.(2) Complex Requests" + _DASH + "Response Time in Day Increments",
    "VII.C(3)": "VII.C.(3) Requests Granted Expedited Processing" + _DASH + "Response Time in Day "
    "Increments",
    "VII.D": "VII.D. Pending Requests" + _DASH + "All Pending Perfected Requests",
    "VII.E": "VII.E. Pending Requests" + _DASH + "Ten Oldest Pending Perfected Requests",
    "VIII.A": "VIII.A. Requests for Expedited Processing",
    "VIII.B": "VIII.B. Requests for Fee Waiver",
    "IX": "IX. FOIA Personnel and Costs",
    "X": "X. Fees Collected for Processing Requests",
    "XI.A": "XI.A. Number of Times Subsection (c) Used",
    "XI.B": "XI.B. Number of Subsection (a)(2) Postings",
    "XII.A": "XII.A. Backlogs of FOIA Requests and Administrative Appeals",
    "XII.B": "XII.B. Consultations on FOIA Requests" + _DASH + "Received, Processed, and Pending "
    "Consultations",
    "XII.C": "XII.C. Consultations on FOIA Requests" + _DASH + "Ten Oldest Consultations Received "
    "from Other Agencies and Pending at the Agency",
    "XII.D(1)": "XII.D.(1) Comparison of Numbers of Requests from Previous and Current Annual "
    "Report" + _DASH + "Requests Received and Processed",
    "XII.D(2)": "XII.D.(2) Comparison of Numbers of Requests from Previous and Current Annual "
    "Report" + _DASH + "Backlogged Requests",
    "XII.E(1)": "XII.E.(1) Comparison of Numbers of Administrative Appeals from Previous and "
    "Current Annual Report" + _DASH + "Appeals Received and Processed",
    "XII.E(2)": "XII.E.(2) Comparison of Numbers of Administrative Appeals from Previous and "
    "Current Annual Report" + _DASH + "Backlogged Appeals",
}
"""The heading of every section, by its id (``"V.A"``, ``"VII.C(1)"``)."""


class Block(NamedTuple):
    """One printed table of the report.

    Attributes:
        section: The section id, a key of :data:`SECTION_TITLES`.
        header: The column headings.
        rows: The rows, as text, a row per component then the overall row.
        note: A line printed under the table (a footnote), if any.
    """

    section: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    note: str = ""

    @property
    def title(self) -> str:
        """The section heading."""
        return SECTION_TITLES[self.section]


def count_text(value: int | None) -> str:
    """A count with thousands separators; ``N/A`` for ``None``.

    >>> count_text(12345), count_text(None)
    ('12,345', 'N/A')
    """
    return "N/A" if value is None else f"{value:,}"


def money_text(value: Decimal | None) -> str:
    """Dollars with cents and thousands separators.

    >>> money_text(Decimal("1234.5"))
    '1,234.50'
    """
    return "N/A" if value is None else f"{value:,.2f}"


def block_text(block: Block) -> str:
    """A block as plain text: heading, blank line, table (and its note)."""
    out = [block.title, "", text_table([block.header], block.rows)]
    if block.note:
        out.append(block.note)
    return "\n".join(out)


def block_markdown(block: Block, *, level: int = 2) -> str:
    """A block as Markdown: a heading of ``level``, then a table."""
    out = ["#" * level + " " + block.title, "", markdown_table(block.header, block.rows)]
    if block.note:
        out += ["", block.note]
    return "\n".join(out)


def block_html(block: Block, *, level: int = 2) -> str:
    """A block as HTML: a heading element, then a table (every text escaped)."""
    head = [HtmlCell(h, header=True) for h in block.header]
    body = [
        [
            HtmlCell(c, header=j == 0, css_class="overall" if r[0] == OVERALL_LABEL else None)
            for j, c in enumerate(r)
        ]
        for r in block.rows
    ]
    out = [
        f"<h{level}>{html.escape(block.title, quote=False)}</h{level}>",
        html_table([head, *body], css_class="foia-report"),
    ]
    if block.note:
        out.append(f"<p>{html.escape(block.note, quote=False)}</p>")
    return "\n".join(out)
