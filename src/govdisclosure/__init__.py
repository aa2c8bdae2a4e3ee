"""govdisclosure: government information disclosure rules as data.

Working-day deadlines, exemptions, fees and the statutory annual report,
with every legal number beside its citation. The core does no I/O.

>>> import govdisclosure
>>> govdisclosure.WorkingDays(20)
WorkingDays(20)
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from govdisclosure.calendar import WorkCalendar
from govdisclosure.errors import (
    CalendarNotPublishedError,
    GovDisclosureError,
    InvalidInputError,
)
from govdisclosure.law import CalendarDays, Citation, Instrument, WorkingDays
from govdisclosure.money import Money

try:
    __version__ = version("govdisclosure")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

__all__ = [
    "CalendarDays",
    "CalendarNotPublishedError",
    "Citation",
    "GovDisclosureError",
    "Instrument",
    "InvalidInputError",
    "Money",
    "WorkCalendar",
    "WorkingDays",
    "__version__",
]
