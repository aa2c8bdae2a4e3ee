"""The seed district: its units, channels, 2018 figures, review rules and quotas, as data.

The project started from a district's self-examination report on its open
government information work (a Spanish rendering of a Chinese original,
``shared/seed/``), followed by two notes on publicity work: a procuratorate's
review of press releases, and a municipal justice bureau's submission quotas.
The functions here write what those texts say with the library's models.

Reading notes, so that nothing is passed off as more than the seed says:

* The seed names no district, subdistrict, township or enterprise. Units it
  names by function (the government office, the inspection office, the
  supervision office, the development and reform commission, the archives
  bureau) get Chinese names back-translated from the Spanish; units it names
  only by kind or sector (subdistricts, townships, the public enterprises and
  institutions of nine sectors) get one placeholder each, marked ``（示例）``.
* The nine sectors are those of the 2007 Regulations' Art 37 (教育、医疗卫生、
  计划生育、供水、供电、供气、供热、环保、公共交通), in force in 2018.
* Every figure of the report is "more than" (más de) a number; each is kept as
  a lower bound (:class:`~govdisclosure.channels.Figure`), with the 100%
  response rate the report states kept apart from the counts.
* The year: the report concerns 2018 (its request figures say so; its other
  figures are "throughout the year").
* The quota figures (50 and 30 items a year, 50% adopted, points every two
  months) are a municipal justice bureau's own rules, not law; they are data
  of this example, not constants of the library.

>>> tree = agencies()
>>> [a.name for a in tree.children(DISTRICT)][:3]
['某区人民政府办公室', '某区人民政府督查室', '某区监察局']
>>> hotline = next(a for a in activity_2018() if a.channel is Channel.HOTLINE)
>>> print(hotline.received), hotline.reported_response_rate
more than 8200 (None, Fraction(1, 1))

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction

from govdisclosure.agencies import Agency, AgencyKind, AgencyTree, Sector
from govdisclosure.channels import Channel, ChannelActivity, Figure, Period
from govdisclosure.publicity import PointsRule, QuotaAssessment, QuotaRule, SubmissionRecord
from govdisclosure.review import ReviewPolicy

__all__ = [
    "AFFILIATED_MIN_ITEMS",
    "ARCHIVES",
    "BUREAU_MIN_ITEMS",
    "DISTRICT",
    "MIN_ADOPTION_RATE",
    "OGI_OFFICE",
    "POINTS_EVERY_MONTHS",
    "YEAR",
    "activity_2018",
    "agencies",
    "channels",
    "justice_system",
    "points_rule",
    "press_review_policy",
    "quota_assessment",
    "quota_rules",
    "review_policy",
]

YEAR = 2018
"""The year the report covers."""

DISTRICT = "district-gov"
"""The id of the district people's government, the root of :func:`agencies`."""

OGI_OFFICE = "gov-office"
"""The id of the unit in charge of the district's daily disclosure work (the government office)."""

ARCHIVES = "archives-bureau"
"""The id of the district archives bureau, which opened archive volumes to the public."""

_PLACEHOLDER = "（示例）"

_SECTORS: tuple[tuple[Sector, str, str], ...] = (
    (Sector.EDUCATION, "教育", "Education"),
    (Sector.HEALTH, "医疗卫生", "Health care"),
    (Sector.FAMILY_PLANNING, "计划生育", "Family planning"),
    (Sector.WATER, "供水", "Water supply"),
    (Sector.POWER, "供电", "Power supply"),
    (Sector.GAS, "供气", "Gas supply"),
    (Sector.HEATING, "供热", "Heating"),
    (Sector.ENVIRONMENT, "环保", "Environmental protection"),
    (Sector.PUBLIC_TRANSPORT, "公共交通", "Public transport"),
)


def agencies() -> AgencyTree:
    """The district's disclosing units, all under the district people's government.

    The members of the district's leading group named in the seed (government
    office, inspection office, supervision office, development and reform
    commission), the archives bureau, one placeholder subdistrict and one
    placeholder township, and one placeholder public enterprise or institution
    per sector. Putting the public enterprises under the district government is
    our choice, so that the district's figures roll up over one tree.

    >>> tree = agencies()
    >>> sorted(a.sector.value for a in tree if a.sector is not None)[:3]
    ['education', 'environment', 'family_planning']
    """
    dept = AgencyKind.DEPARTMENT
    units = [
        Agency(
            DISTRICT,
            "某区人民政府",
            "District People's Government",
            kind=AgencyKind.PEOPLES_GOVERNMENT,
        ),
        Agency(OGI_OFFICE, "某区人民政府办公室", "District Government Office", kind=dept),
        Agency(
            "inspection-office",
            "某区人民政府督查室",
            "District Government Inspection Office",
            kind=dept,
        ),
        Agency("supervision-office", "某区监察局", "District Supervision Office", kind=dept),
        Agency(
            "drc", "某区发展和改革委员会", "District Development and Reform Commission", kind=dept
        ),
        Agency(ARCHIVES, "某区档案局", "District Archives Bureau", kind=dept),
        Agency(
            "subdistrict",
            f"某街道办事处{_PLACEHOLDER}",
            "A subdistrict office (placeholder)",
            kind=AgencyKind.SUBDISTRICT_OFFICE,
        ),
        Agency(
            "township",
            f"某镇人民政府{_PLACEHOLDER}",
            "A township government (placeholder)",
            kind=AgencyKind.TOWNSHIP,
        ),
    ]
    units.extend(
        Agency(
            f"public-{sector.value}",
            f"{label}公共企事业单位{_PLACEHOLDER}",
            f"A public enterprise or institution: {label_en} (placeholder)",
            kind=AgencyKind.PUBLIC_ENTERPRISE,
            sector=sector,
        )
        for sector, label, label_en in _SECTORS
    )
    return AgencyTree(units, parents={u.id: DISTRICT for u in units if u.id != DISTRICT})


def channels() -> tuple[Channel, ...]:
    """The channels the report says the district uses.

    The district portal (with each unit's own pages), the public telephone line
    and mailbox, the public consultation room and the archives bureau's
    volumes, television and newspapers, public notice columns and walls, and
    other means: work briefings, convenience manuals, and the administrative
    approval hall's service manuals, notices and online windows.
    """
    return (
        Channel.WEBSITE,
        Channel.HOTLINE,
        Channel.MAILBOX,
        Channel.READING_ROOM,
        Channel.ARCHIVES,
        Channel.RADIO_TV,
        Channel.NEWSPAPER,
        Channel.BULLETIN_BOARD,
        Channel.OTHER,
    )


def activity_2018() -> tuple[ChannelActivity, ...]:
    """The activity figures the report gives for 2018, each a lower bound.

    * more than 20,000 items disclosed proactively, in all: recorded on the
      portal, since the report says every unit's disclosable information is
      uploaded there (our reading; the report gives no split by channel);
    * more than 8,200 calls and more than 3,400 letters, each "handled", with
      a stated response rate of 100%;
    * more than 1,000 archive volumes opened by the archives bureau.

    >>> web = activity_2018()[0]
    >>> web.items_published.minimum
    20001
    """
    year = Period.year(YEAR)
    return (
        ChannelActivity(
            Channel.WEBSITE,
            year,
            agency_id=DISTRICT,
            items_published=Figure.more_than(20000),
            note="'more than 20,000 pieces' disclosed proactively in all, uploaded to the portal",
        ),
        ChannelActivity(
            Channel.HOTLINE,
            year,
            agency_id=DISTRICT,
            received=Figure.more_than(8200),
            answered=Figure.more_than(8200),
            reported_response_rate=Fraction(1),
            note="'more than 8,200 calls' handled; response rate stated as 100%",
        ),
        ChannelActivity(
            Channel.MAILBOX,
            year,
            agency_id=DISTRICT,
            received=Figure.more_than(3400),
            answered=Figure.more_than(3400),
            reported_response_rate=Fraction(1),
            note="'more than 3,400' mailbox letters handled; response rate stated as 100%",
        ),
        ChannelActivity(
            Channel.ARCHIVES,
            year,
            agency_id=ARCHIVES,
            volumes_opened=Figure.more_than(1000),
            note="'more than 1,000 volumes' opened for public inspection",
        ),
    )


def review_policy() -> ReviewPolicy:
    """The district's confidentiality review: "who provides, reviews; who reviews, is responsible".

    The providing unit reviews its own items; the reviewer who decides is the
    one responsible (:attr:`~govdisclosure.review.Review.responsible`). The
    Chinese wording is our back-translation of the Spanish.
    """
    return ReviewPolicy(
        "谁提供谁审查、谁审查谁负责",
        provider_reviews=True,
        note="seed report, part 1(2): 'quién proporciona, quién revisa, quién es responsable'",
    )


def press_review_policy() -> ReviewPolicy:
    """The procuratorate's rule for press releases (the seed's second note).

    A release is reviewed by the head of the internal unit, then by the
    political department; publishing a release not approved is forbidden.
    """
    return ReviewPolicy(
        "新闻稿件审核",
        approval_roles=("internal-unit-head", "political-department"),
        note="seed, second note: reviewed by the internal unit's head, then the political dept.",
    )


BUREAU_MIN_ITEMS = 50
"""Items each district or city justice bureau must submit in a year (the seed's third note)."""

AFFILIATED_MIN_ITEMS = 30
"""Items each directly affiliated unit or department must submit in a year."""

MIN_ADOPTION_RATE = Fraction(1, 2)
"""The smallest yearly share of items adopted by the platforms, at every level."""

POINTS_EVERY_MONTHS = 2
"""Points are reported across the system every two months."""

_QUOTA_SOURCE = "seed, third note: a municipal justice bureau's publicity rules (local, not law)"


def quota_rules(*, bureaus: Iterable[str], affiliated: Iterable[str]) -> tuple[QuotaRule, ...]:
    """The justice bureau's yearly targets, binding the units named.

    >>> [r.min_submitted for r in quota_rules(bureaus=["b1"], affiliated=["u1"])]
    [50, 30]
    """
    return (
        QuotaRule(
            "district and city justice bureaus",
            units=tuple(bureaus),
            min_submitted=BUREAU_MIN_ITEMS,
            min_adoption_rate=MIN_ADOPTION_RATE,
            source=_QUOTA_SOURCE,
        ),
        QuotaRule(
            "directly affiliated units and departments",
            units=tuple(affiliated),
            min_submitted=AFFILIATED_MIN_ITEMS,
            min_adoption_rate=MIN_ADOPTION_RATE,
            source=_QUOTA_SOURCE,
        ),
    )


def points_rule(*, per_submitted: Decimal | int, per_adopted: Decimal | int) -> PointsRule:
    """The points system, reported every two months; the weights are the caller's.

    The seed says points are kept and reported every two months, not how they
    are scored, so the weights must be given.
    """
    return PointsRule(
        every_months=POINTS_EVERY_MONTHS,
        per_submitted=Decimal(per_submitted),
        per_adopted=Decimal(per_adopted),
    )


def justice_system() -> AgencyTree:
    """A small justice-bureau system to run the quotas on: placeholders throughout.

    The seed names no units; the tree has the municipal bureau, two district
    bureaus and two directly affiliated units.
    """
    dept = AgencyKind.DEPARTMENT
    units = [
        Agency("city-justice", f"某市司法局{_PLACEHOLDER}", "Municipal Justice Bureau", kind=dept),
        Agency("bureau-a", f"甲区司法局{_PLACEHOLDER}", "District Justice Bureau A", kind=dept),
        Agency("bureau-b", f"乙区司法局{_PLACEHOLDER}", "District Justice Bureau B", kind=dept),
        Agency(
            "unit-a",
            f"直属单位甲{_PLACEHOLDER}",
            "Directly affiliated unit A",
            kind=AgencyKind.OTHER,
        ),
        Agency(
            "unit-b",
            f"直属单位乙{_PLACEHOLDER}",
            "Directly affiliated unit B",
            kind=AgencyKind.OTHER,
        ),
    ]
    return AgencyTree(units, parents={u.id: "city-justice" for u in units[1:]})


def quota_assessment(
    year: int,
    records: Iterable[SubmissionRecord],
    *,
    points: PointsRule | None = None,
) -> QuotaAssessment:
    """The year's quota assessment of :func:`justice_system`'s units.

    >>> recs = [SubmissionRecord("bureau-a", Period.year(2030), submitted=50, adopted=25)]
    >>> [s.unit_id for s in quota_assessment(2030, recs).shortfalls][:3]
    ['bureau-b', 'bureau-b', 'unit-a']
    """
    tree = justice_system()
    bureaus = [a.id for a in tree.children("city-justice") if a.id.startswith("bureau-")]
    affiliated = [a.id for a in tree.children("city-justice") if a.id.startswith("unit-")]
    return QuotaAssessment(
        Period.year(year),
        quota_rules(bureaus=bureaus, affiliated=affiliated),
        records,
        points_rule=points,
    )
