"""The sections of the Annual FOIA Report computed from a tally, as printed blocks; rendering.

Interim surface: the report model (``AnnualFoiaReport``) is written on
another branch and had not landed when this was written, so the sections are
computed from a :class:`~govdisclosure.jurisdictions.us.report._tally.FoiaTally`
straight into printed :class:`~govdisclosure.jurisdictions.us.report._layout.Block`
values: a row per component, then ``AGENCY OVERALL`` (an agency with one
component prints one row, which is the overall row).

>>> from datetime import date
>>> from govdisclosure.calendar import WorkCalendar
>>> from govdisclosure.jurisdictions.us.codes import Track
>>> from govdisclosure.jurisdictions.us.outcomes import Disposition
>>> from govdisclosure.jurisdictions.us.report._records import FoiaRequestRecord
>>> from govdisclosure.jurisdictions.us.report._tally import FoiaTally
>>> cal = WorkCalendar(first=date(2024, 1, 1), last=date(2025, 12, 31))
>>> r = FoiaRequestRecord(component="OIP", received=date(2025, 3, 3), track=Track.SIMPLE,
...                       perfected=date(2025, 3, 3), closed=date(2025, 3, 3),
...                       disposition=Disposition.FULL_GRANT)
>>> blocks = report_blocks(FoiaTally.of([r], fiscal_year=2025, calendar=cal))
>>> print(block_text(blocks[1]))
V.A. FOIA Requests — Received, Processed and Pending FOIA Requests
<BLANKLINE>
Component      | Pending at Start of Year | Received | Processed | Pending at End of Year
---------------+--------------------------+----------+-----------+-----------------------
AGENCY OVERALL |                        0 |        1 |         1 |                      0

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from decimal import Decimal

from govdisclosure.jurisdictions.us.codes import ExemptionCode, NonExemptionReason, Track
from govdisclosure.jurisdictions.us.outcomes import Disposition
from govdisclosure.jurisdictions.us.report._daystats import (
    average,
    buckets,
    highest,
    lowest,
    median,
)
from govdisclosure.jurisdictions.us.report._layout import (
    OVERALL_LABEL,
    Block,
    block_html,
    block_markdown,
    block_text,
    count_text,
    money_text,
)
from govdisclosure.jurisdictions.us.report._records import AppealDisposition
from govdisclosure.jurisdictions.us.report._tally import ComponentTally, FoiaTally

__all__ = ["day_text", "render_html", "render_markdown", "render_text", "report_blocks"]

_REQUEST_REASONS = [r for r in NonExemptionReason if r is not NonExemptionReason.EXPEDITED_DENIAL]
_TRACK_LABELS = {Track.SIMPLE: "Simple", Track.COMPLEX: "Complex", Track.EXPEDITED: "Expedited"}


def day_text(value: Decimal | int | None) -> str:
    """A day statistic: ``N/A`` when nothing was counted, ``<1`` (code ``LT1``) below one day.

    >>> day_text(None), day_text(Decimal("0.5")), day_text(0), day_text(Decimal("12.50"))
    ('N/A', '<1', '<1', '12.50')
    """
    if value is None:
        return "N/A"
    return "<1" if value < 1 else str(value)


def _rows(
    tally: FoiaTally, cells: Callable[[ComponentTally], Sequence[str]]
) -> tuple[tuple[str, ...], ...]:
    names = sorted(tally.components)
    overall = (OVERALL_LABEL, *cells(tally.overall()))
    if len(names) == 1:
        return (overall,)
    return (*((n, *cells(tally.components[n])) for n in names), overall)


def _track(hist: Counter[tuple[Track, int]], track: Track) -> Counter[int]:
    return Counter({d: k for (t, d), k in hist.items() if t is track})


def _times(hist: Counter[int], places: int) -> list[str]:
    return [
        day_text(median(hist)),
        day_text(average(hist, places)),
        day_text(lowest(hist)),
        day_text(highest(hist)),
    ]


def _flow(c: Counter[str]) -> list[str]:
    return [count_text(c[k]) for k in ("pending_start", "received", "processed", "pending_end")]


def _oldest(items: Sequence[tuple[int, object]]) -> list[str]:
    out: list[str] = []
    for i in range(10):
        if i < len(items):
            days, received = items[i]
            out.append(f"{received} ({days})")
        else:
            out.append("N/A")
    return out


def _listed(
    section: str, what: str, tally: FoiaTally, counts: Callable[[ComponentTally], Counter[str]]
) -> Block:
    """A block of described items (V.B(2), VI.C(3), IV): a line per component and description."""
    parts = sorted(tally.components.items())
    if len(parts) > 1:
        parts.append((OVERALL_LABEL, tally.overall()))
    else:
        parts = [(OVERALL_LABEL, tally.overall())]
    rows = tuple(
        (name, text, count_text(k)) for name, t in parts for text, k in sorted(counts(t).items())
    )
    return Block(section, ("Component", what, "Number of Times"), rows)


def report_blocks(tally: FoiaTally) -> tuple[Block, ...]:
    """Every section the records give, as printed blocks, in the report's order."""
    places = tally.policy.average_places
    comp = ("Component",)
    flow = ("Pending at Start of Year", "Received", "Processed", "Pending at End of Year")
    exemptions = tuple(e.value for e in ExemptionCode)
    oldest = ("Oldest", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th")
    blocks = [
        _listed("IV", "Statute", tally, lambda t: t.statutes),
        Block("V.A", (*comp, *flow), _rows(tally, lambda t: _flow(t.requests))),
        Block(
            "V.B(1)",
            (
                *comp,
                "Full Grants",
                "Partial Grants/Partial Denials",
                "Full Denials Based on Exemptions",
                *(r.label for r in _REQUEST_REASONS),
                "Total",
            ),
            _rows(
                tally,
                lambda t: [
                    count_text(t.dispositions[Disposition.FULL_GRANT]),
                    count_text(t.dispositions[Disposition.PARTIAL_GRANT]),
                    count_text(t.dispositions[Disposition.FULL_DENIAL]),
                    *(count_text(t.non_exemption[r]) for r in _REQUEST_REASONS),
                    count_text(t.requests["processed"]),
                ],
            ),
        ),
        _listed("V.B(2)", "Description", tally, lambda t: t.other_reasons),
        Block(
            "V.B(3)",
            (*comp, *exemptions),
            _rows(tally, lambda t: [count_text(t.exemptions[e]) for e in ExemptionCode]),
        ),
        Block("VI.A", (*comp, *flow), _rows(tally, lambda t: _flow(t.appeals))),
        Block(
            "VI.B",
            (*comp, "Affirmed", "Partially Affirmed", "Completely Reversed", "Other", "Total"),
            _rows(
                tally,
                lambda t: [
                    *(count_text(t.appeal_dispositions[d]) for d in AppealDisposition),
                    count_text(t.appeals["processed"]),
                ],
            ),
        ),
        Block(
            "VI.C(1)",
            (*comp, *exemptions),
            _rows(tally, lambda t: [count_text(t.appeal_exemptions[e]) for e in ExemptionCode]),
        ),
        Block(
            "VI.C(2)",
            (*comp, *(r.label for r in NonExemptionReason)),
            _rows(tally, lambda t: [count_text(t.appeal_reasons[r]) for r in NonExemptionReason]),
        ),
        _listed("VI.C(3)", "Description", tally, lambda t: t.appeal_other_reasons),
        Block(
            "VI.C(4)",
            (*comp, "Median", "Average", "Lowest", "Highest"),
            _rows(tally, lambda t: _times(t.appeal_response, places)),
        ),
        Block("VI.C(5)", (*comp, *oldest), _rows(tally, lambda t: _oldest(t.appeal_oldest))),
    ]
    for section, source in (("VII.A", "response"), ("VII.B", "granted_response")):
        header = tuple(f"{_TRACK_LABELS[t]} {s}" for t in Track for s in ("Median", "Average"))
        header += tuple(f"{_TRACK_LABELS[t]} {s}" for t in Track for s in ("Lowest", "Highest"))

        def cells(t: ComponentTally, source: str = source) -> list[str]:
            per = [_times(_track(getattr(t, source), tr), places) for tr in Track]
            return [*(x for p in per for x in p[:2]), *(x for p in per for x in p[2:])]

        blocks.append(Block(section, (*comp, *header), _rows(tally, cells)))
    for n, track in enumerate(Track, start=1):

        def increments(t: ComponentTally, track: Track = track) -> list[str]:
            hist = _track(t.response, track)
            return [
                *(count_text(v) for v in buckets(hist).values()),
                count_text(sum(hist.values())),
            ]

        header = (*comp, *(b.value for b in buckets({})), "Total")
        blocks.append(Block(f"VII.C({n})", header, _rows(tally, increments)))
    blocks += [
        Block(
            "VII.D",
            (
                *comp,
                *(
                    f"{_TRACK_LABELS[t]} {s}"
                    for t in Track
                    for s in ("Number", "Median", "Average")
                ),
            ),
            _rows(
                tally,
                lambda t: [
                    x
                    for tr in Track
                    for h in [_track(t.pending_perfected, tr)]
                    for x in (
                        count_text(sum(h.values())),
                        day_text(median(h)),
                        day_text(average(h, places)),
                    )
                ],
            ),
        ),
        Block("VII.E", (*comp, *oldest), _rows(tally, lambda t: _oldest(t.oldest))),
        Block(
            "VIII.A",
            (*comp, "Granted", "Denied", "Median Days", "Average Days", "Within Ten Calendar Days"),
            _rows(
                tally,
                lambda t: [
                    count_text(t.expedited["granted"]),
                    count_text(t.expedited["denied"]),
                    day_text(median(t.expedited_days)),
                    day_text(average(t.expedited_days, places)),
                    count_text(t.expedited["within_limit"]),
                ],
            ),
        ),
        Block(
            "VIII.B",
            (*comp, "Granted", "Denied", "Median Days", "Average Days"),
            _rows(
                tally,
                lambda t: [
                    count_text(t.fee_waivers["granted"]),
                    count_text(t.fee_waivers["denied"]),
                    day_text(median(t.fee_waiver_days)),
                    day_text(average(t.fee_waiver_days, places)),
                ],
            ),
        ),
        Block(
            "X",
            (*comp, "Total Amount of Fees Collected"),
            _rows(tally, lambda t: [money_text(t.fees)]),
        ),
        Block(
            "XI.A",
            (*comp, "Number of Times Subsection (c) Used"),
            _rows(tally, lambda t: [count_text(t.requests["exclusions"])]),
        ),
        Block(
            "XII.A",
            (*comp, "Backlogged Requests", "Backlogged Appeals"),
            _rows(
                tally,
                lambda t: [
                    count_text(t.requests["backlog"]),
                    count_text(t.appeals["backlog"]) if t.handles_appeals else "N/A",
                ],
            ),
        ),
    ]
    return tuple(blocks)


def render_text(tally: FoiaTally) -> str:
    """The report as plain text: every block, a blank line between."""
    head = f"Annual FOIA Report, Fiscal Year {tally.fiscal_year}"
    return "\n\n".join([head, *(block_text(b) for b in report_blocks(tally))])


def render_markdown(tally: FoiaTally) -> str:
    """The report as Markdown: a title, then a heading and a table per section."""
    head = f"# Annual FOIA Report, Fiscal Year {tally.fiscal_year}"
    return "\n\n".join([head, *(block_markdown(b) for b in report_blocks(tally))])


def render_html(tally: FoiaTally) -> str:
    """The report as an HTML fragment (every text escaped)."""
    head = f"<h1>Annual FOIA Report, Fiscal Year {tally.fiscal_year}</h1>"
    return "\n".join([head, *(block_html(b) for b in report_blocks(tally))])
