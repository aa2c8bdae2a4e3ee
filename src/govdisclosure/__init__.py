"""govdisclosure: government information disclosure rules as data.

Working-day deadlines, exemptions, fees and the statutory annual report,
with every legal number beside its citation. The core does no I/O.

>>> import govdisclosure
>>> govdisclosure.WorkingDays(20)
WorkingDays(20)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from govdisclosure._lazy import attach

if TYPE_CHECKING:
    from govdisclosure.agencies import Agency, AgencyKind, AgencyTree, Sector
    from govdisclosure.calendar import WorkCalendar
    from govdisclosure.channels import Channel, ChannelActivity, Figure, Period
    from govdisclosure.classification import Category, Crosswalk, Scheme
    from govdisclosure.deadlines import Deadline, DeadlineStatus
    from govdisclosure.errors import (
        CalendarNotPublishedError,
        GovDisclosureError,
        InvalidInputError,
        NoRuleInForceError,
        TimelineError,
        UnknownLabelError,
    )
    from govdisclosure.items import Catalogue, DisclosureMode, InformationItem
    from govdisclosure.law import CalendarDays, Citation, Instrument, WorkingDays
    from govdisclosure.money import Money
    from govdisclosure.review import Review, ReviewState

    __version__: str


def _version(name: str) -> str:
    """``__version__``, read from the installed metadata on first use.

    ``importlib.metadata`` costs tens of milliseconds to import, so
    ``import govdisclosure`` does not pay for it until the version is asked for.
    """
    if name != "__version__":
        msg = f"module {__name__!r} has no attribute {name!r}"
        raise AttributeError(msg)
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("govdisclosure")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0.0.0"


if not TYPE_CHECKING:
    __getattr__, __dir__ = attach(__name__, __file__, extra=_version)

__all__ = [
    "Agency",
    "AgencyKind",
    "AgencyTree",
    "CalendarDays",
    "CalendarNotPublishedError",
    "Catalogue",
    "Category",
    "Channel",
    "ChannelActivity",
    "Citation",
    "Crosswalk",
    "Deadline",
    "DeadlineStatus",
    "DisclosureMode",
    "Figure",
    "GovDisclosureError",
    "InformationItem",
    "Instrument",
    "InvalidInputError",
    "Money",
    "NoRuleInForceError",
    "Period",
    "Review",
    "ReviewState",
    "Scheme",
    "Sector",
    "TimelineError",
    "UnknownLabelError",
    "WorkCalendar",
    "WorkingDays",
    "__version__",
]
