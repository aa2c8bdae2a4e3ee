"""The DOJ Annual FOIA Report (5 U.S.C. § 552(e)), built from request records and rendered.

A FOIA office's log is a list of :class:`FoiaRequestRecord` (with their
:class:`FoiaAppealRecord`); :meth:`FoiaTally.of` counts them over a federal
fiscal year (1 October to 30 September, named by the year it ends), per
component. Tallies add as a monoid (``+``), keep the item-level days so that
the agency-overall medians are computed from the items and never averaged,
and :func:`render_text`, :func:`render_markdown` and :func:`render_html`
print the sections in the layout of the DOJ report, a row per component and
then the agency overall.

>>> from datetime import date
>>> from govdisclosure.calendar import WorkCalendar
>>> from govdisclosure.jurisdictions.us.codes import Track
>>> cal = WorkCalendar(first=date(2023, 1, 1), last=date(2026, 12, 31))
>>> records = [
...     FoiaRequestRecord(component="FBI", received=date(2024, 11, 4), track=Track.SIMPLE,
...                       perfected=date(2024, 11, 4), closed=date(2024, 11, 18),
...                       disposition=Disposition.FULL_GRANT),
...     FoiaRequestRecord(component="EOUSA", received=date(2025, 9, 2), track=Track.COMPLEX),
... ]
>>> tally = FoiaTally.of(records, fiscal_year=2025, calendar=cal)
>>> overall = tally.overall()
>>> [overall.requests[k] for k in ("received", "processed", "pending_end")]
[2, 1, 1]

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from govdisclosure.jurisdictions.us.outcomes import Disposition
from govdisclosure.jurisdictions.us.report._blocks import (
    day_text,
    render_html,
    render_markdown,
    render_text,
    report_blocks,
)
from govdisclosure.jurisdictions.us.report._layout import OVERALL_LABEL, SECTION_TITLES, Block
from govdisclosure.jurisdictions.us.report._policy import (
    AggregationPolicy,
    ClockStart,
    DayCount,
    DayUnit,
)
from govdisclosure.jurisdictions.us.report._records import (
    AppealDisposition,
    FoiaAppealRecord,
    FoiaRequestRecord,
)
from govdisclosure.jurisdictions.us.report._tally import (
    ComponentTally,
    FoiaTally,
    fiscal_year_bounds,
)

__all__ = [
    "OVERALL_LABEL",
    "SECTION_TITLES",
    "AggregationPolicy",
    "AppealDisposition",
    "Block",
    "ClockStart",
    "ComponentTally",
    "DayCount",
    "DayUnit",
    "Disposition",
    "FoiaAppealRecord",
    "FoiaRequestRecord",
    "FoiaTally",
    "day_text",
    "fiscal_year_bounds",
    "render_html",
    "render_markdown",
    "render_text",
    "report_blocks",
]
