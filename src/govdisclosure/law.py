"""Legal sources, typed periods, and rules that change over time.

Every number that comes from a legal text lives in a jurisdiction's rule pack
next to a :class:`Citation`. This module holds the generic pieces: the
instrument (a law, regulation or notice), the citation of a provision of it,
the two kinds of period (:class:`WorkingDays` is not :class:`CalendarDays`),
and :class:`Versioned`, which picks the version of a rule in force on a date.

>>> from datetime import date
>>> reg = Instrument(code="demo", title="Demo Act", short="DA")
>>> limit = Versioned("reply limit", (
...     Version(WorkingDays(15), start=date(2008, 5, 1), citation=Citation(reg, "24")),
...     Version(WorkingDays(20), start=date(2019, 5, 15), citation=Citation(reg, "33")),
... ))
>>> limit.in_force(date(2019, 5, 14)).value
WorkingDays(15)
>>> limit.in_force(date(2019, 5, 15)).value
WorkingDays(20)
>>> WorkingDays(20) == CalendarDays(20)
False

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
import itertools
from datetime import date
from typing import Generic, TypeVar

import attrs

from govdisclosure._validators import non_negative_int
from govdisclosure.errors import InvalidInputError, NoRuleInForceError

__all__ = [
    "OMIT_IF_DEFAULT",
    "CalendarDays",
    "Citation",
    "CitationStyle",
    "Instrument",
    "Version",
    "Versioned",
    "WorkingDays",
]

T = TypeVar("T")


@attrs.frozen(order=True, repr=False)
class WorkingDays:
    """A period counted in working days (工作日) of some working-day calendar.

    >>> WorkingDays(20) + WorkingDays(20)
    WorkingDays(40)
    >>> WorkingDays(-1)
    Traceback (most recent call last):
    ...
    govdisclosure.errors.InvalidInputError: days: must not be negative (got -1)
    """

    days: int = attrs.field(validator=non_negative_int)

    def __add__(self, other: object) -> WorkingDays:
        if not isinstance(other, WorkingDays):
            return NotImplemented
        return WorkingDays(self.days + other.days)

    def __repr__(self) -> str:
        return f"WorkingDays({self.days})"

    def __str__(self) -> str:
        return f"{self.days} working day{'' if self.days == 1 else 's'}"


@attrs.frozen(order=True, repr=False)
class CalendarDays:
    """A period counted in calendar days; never interchangeable with :class:`WorkingDays`.

    >>> CalendarDays(3) + CalendarDays(4)
    CalendarDays(7)
    """

    days: int = attrs.field(validator=non_negative_int)

    def __add__(self, other: object) -> CalendarDays:
        if not isinstance(other, CalendarDays):
            return NotImplemented
        return CalendarDays(self.days + other.days)

    def __repr__(self) -> str:
        return f"CalendarDays({self.days})"

    def __str__(self) -> str:
        return f"{self.days} calendar day{'' if self.days == 1 else 's'}"


OMIT_IF_DEFAULT = "govdisclosure.omit_if_default"
"""Field metadata: the serializer leaves the field out of a document while it has its default
(so that adding such a field changes no document written before)."""


class CitationStyle(enum.Enum):
    """How an instrument's provisions are cited: each legal tradition has its own.

    .. versionadded:: 0.2.0
    """

    ARTICLE = "article"
    """Articles, paragraphs and items: ``OGI Reg. (2019) Art 33 ¶2 (1)``."""
    SECTION = "section"
    """Sections, subsections and paragraphs: ``FOIA 2000 s. 10(1)(a)``."""
    CODE_SECTION = "code_section"
    """A code's sections: ``5 U.S.C. § 552(a)(6)``."""


@attrs.frozen
class Instrument:
    """A legal instrument: a law, regulation, interpretation, notice or format document.

    Attributes:
        code: A stable key, unique within the library (``"cn.ogi-2019"``).
        title: The official title, in the instrument's own language.
        short: A short name for people (``"OGI Reg. (2019)"``).
        number: The document number (文号), where it has one.
        promulgated: The date of issue or promulgation.
        effective: The date it took effect.
        url: Where the text can be read.
        style: How its provisions are cited (:class:`CitationStyle`).

    .. versionchanged:: 0.2.0 ``style``.
    """

    code: str
    title: str
    short: str
    number: str | None = None
    promulgated: date | None = None
    effective: date | None = None
    url: str | None = None
    style: CitationStyle = attrs.field(
        default=CitationStyle.ARTICLE, kw_only=True, metadata={OMIT_IF_DEFAULT: True}
    )

    def __str__(self) -> str:
        return self.short


@attrs.frozen
class Citation:
    """A pointer to a provision: instrument, article, paragraph, item.

    >>> reg = Instrument(code="demo", title="Demo Act", short="DA")
    >>> str(Citation(reg, "33", paragraph=2, item="1"))
    'DA Art 33 ¶2 (1)'
    >>> str(Citation(reg, note="annex table 3"))
    'DA, annex table 3'
    >>> foia = Instrument(code="uk.foia", title="Freedom of Information Act 2000",
    ...                   short="FOIA 2000", style=CitationStyle.SECTION)
    >>> str(Citation(foia, "10", paragraph=1, item="a"))
    'FOIA 2000 s. 10(1)(a)'
    >>> usc = Instrument(code="us.552", title="5 U.S.C. 552", short="5 U.S.C.",
    ...                  style=CitationStyle.CODE_SECTION)
    >>> str(Citation(usc, "552(a)(6)"))
    '5 U.S.C. § 552(a)(6)'
    """

    instrument: Instrument
    article: str | None = None
    paragraph: int | None = None
    item: str | None = None
    note: str = ""

    def __str__(self) -> str:
        text = self.instrument.short
        style = self.instrument.style
        if style is CitationStyle.ARTICLE:
            if self.article is not None:
                text += f" Art {self.article}"
            if self.paragraph is not None:
                text += f" ¶{self.paragraph}"
            if self.item is not None:
                text += f" ({self.item})"
        else:
            sign = "s." if style is CitationStyle.SECTION else "§"
            if self.article is not None:
                text += f" {sign} {self.article}"
            if self.paragraph is not None:
                text += f"({self.paragraph})"
            if self.item is not None:
                text += f"({self.item})"
        if self.note:
            text += f", {self.note}"
        return text


@attrs.frozen
class Version(Generic[T]):
    """One version of a rule: its value, the dates it is in force, and its source.

    ``start`` is the first day in force; ``end`` is the last day in force, or
    ``None`` for "until the next version starts" (or still in force).
    """

    value: T
    start: date
    citation: Citation
    end: date | None = None

    def __attrs_post_init__(self) -> None:
        if self.end is not None and self.end < self.start:
            msg = "the last day in force is before the first"
            raise InvalidInputError(msg, field="end", value=self.end)


@attrs.frozen
class Versioned(Generic[T]):
    """A rule with dated versions; :meth:`in_force` picks the one for a date.

    A version without an ``end`` is in force until the next one starts.
    Versions may not overlap. A date before the first version, or in a gap
    after a version's explicit ``end``, raises
    :class:`~govdisclosure.errors.NoRuleInForceError`.
    """

    name: str
    versions: tuple[Version[T], ...]

    def __attrs_post_init__(self) -> None:
        ordered = sorted(self.versions, key=lambda v: v.start)
        for before, after in itertools.pairwise(ordered):
            if before.start == after.start or (
                before.end is not None and before.end >= after.start
            ):
                msg = f"versions of {self.name} overlap"
                raise InvalidInputError(msg, field="versions", value=after.start)
        object.__setattr__(self, "versions", tuple(ordered))

    def in_force(self, on: date) -> Version[T]:
        """Return the version in force on ``on``."""
        for version in reversed(self.versions):
            if version.start <= on:
                if version.end is not None and on > version.end:
                    break
                return version
        raise NoRuleInForceError(self.name, on)
