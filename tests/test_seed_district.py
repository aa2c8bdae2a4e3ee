"""The seed district written as data: units, channels, 2018 figures, review rules, quotas."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest

from govdisclosure.agencies import AgencyKind, Sector
from govdisclosure.channels import Bound, Channel, Figure, Period
from govdisclosure.errors import InvalidTransitionError
from govdisclosure.examples import seed_district as seed
from govdisclosure.items import Catalogue, InformationItem
from govdisclosure.jurisdictions.cn.schemes import TOPICAL_SCHEME, TOPICAL_TO_STATUTORY
from govdisclosure.publicity import Measure, SubmissionRecord
from govdisclosure.review import Actor, Review, ReviewState


class TestUnits:
    def test_one_district_government_at_the_root(self):
        tree = seed.agencies()
        assert [a.id for a in tree.roots] == [seed.DISTRICT]
        assert tree[seed.DISTRICT].kind is AgencyKind.PEOPLES_GOVERNMENT
        assert all(tree.parent(a.id).id == seed.DISTRICT for a in tree if a.id != seed.DISTRICT)

    def test_leading_group_members_and_archives_are_departments(self):
        tree = seed.agencies()
        for unit in (
            seed.OGI_OFFICE,
            "inspection-office",
            "supervision-office",
            "drc",
            seed.ARCHIVES,
        ):
            assert tree[unit].kind is AgencyKind.DEPARTMENT

    def test_subdistricts_and_townships(self):
        kinds = [a.kind for a in seed.agencies()]
        assert AgencyKind.SUBDISTRICT_OFFICE in kinds
        assert AgencyKind.TOWNSHIP in kinds

    def test_public_enterprises_of_the_nine_sectors(self):
        # The seed: education, medicine and health, family planning, water, power, gas,
        # heating, environmental protection, public transport.
        sectors = {a.sector for a in seed.agencies() if a.kind is AgencyKind.PUBLIC_ENTERPRISE}
        assert sectors == {
            Sector.EDUCATION,
            Sector.HEALTH,
            Sector.FAMILY_PLANNING,
            Sector.WATER,
            Sector.POWER,
            Sector.GAS,
            Sector.HEATING,
            Sector.ENVIRONMENT,
            Sector.PUBLIC_TRANSPORT,
        }

    def test_placeholders_are_marked(self):
        for a in seed.agencies():
            if a.kind in (
                AgencyKind.SUBDISTRICT_OFFICE,
                AgencyKind.TOWNSHIP,
                AgencyKind.PUBLIC_ENTERPRISE,
            ):
                assert "（示例）" in a.name
                assert "placeholder" in a.name_en


class TestChannelsAndFigures:
    def test_channels_named_by_the_report(self):
        assert set(seed.channels()) >= {
            Channel.WEBSITE,
            Channel.HOTLINE,
            Channel.MAILBOX,
            Channel.READING_ROOM,
            Channel.ARCHIVES,
            Channel.RADIO_TV,
            Channel.NEWSPAPER,
            Channel.BULLETIN_BOARD,
        }

    def test_figures_are_lower_bounds_for_2018(self):
        by_channel = {a.channel: a for a in seed.activity_2018()}
        assert all(a.period == Period.year(2018) for a in by_channel.values())
        assert all(a.channel in seed.channels() for a in by_channel.values())
        assert by_channel[Channel.WEBSITE].items_published == Figure(20000, Bound.MORE_THAN)
        assert by_channel[Channel.HOTLINE].received == Figure(8200, Bound.MORE_THAN)
        assert by_channel[Channel.MAILBOX].received == Figure(3400, Bound.MORE_THAN)
        assert by_channel[Channel.ARCHIVES].volumes_opened == Figure(1000, Bound.MORE_THAN)
        assert by_channel[Channel.ARCHIVES].agency_id == seed.ARCHIVES

    def test_stated_rate_is_kept_apart_from_the_counts(self):
        for channel in (Channel.HOTLINE, Channel.MAILBOX):
            a = next(x for x in seed.activity_2018() if x.channel is channel)
            assert a.reported_response_rate == 1
            assert a.response_rate is None  # not derivable from lower bounds
            assert a.answered.minimum == a.received.minimum

    def test_contacts_roll_up_as_a_lower_bound(self):
        calls, letters = (
            next(a for a in seed.activity_2018() if a.channel is c).received
            for c in (Channel.HOTLINE, Channel.MAILBOX)
        )
        total = calls + letters
        assert not total.is_exact
        assert total.minimum == 8201 + 3401

    def test_items_roll_up_over_the_tree(self):
        tree = seed.agencies()
        own = {a.agency_id: a.items_published for a in seed.activity_2018() if a.items_published}
        zero = Figure(0)

        def combine(agency, below):
            total = own.get(agency.id, zero)
            for b in below:
                total += b
            return total

        assert tree.fold(combine)[seed.DISTRICT].minimum == 20001


class TestReviewRules:
    def test_who_provides_reviews(self):
        policy = seed.review_policy()
        assert policy.provider_reviews
        clerk = Actor("c", role="clerk", agency_id="drc")
        office = Actor("o", role="reviewer", agency_id=seed.OGI_OFFICE)
        own = Actor("r", role="reviewer", agency_id="drc")
        r = Review.start("DRC-2018-1", provider="drc", by=clerk, on=date(2018, 3, 1), policy=policy)
        r = r.submit(by=clerk, on=date(2018, 3, 2))
        with pytest.raises(InvalidTransitionError):
            r.approve(by=office, on=date(2018, 3, 3))
        r = r.approve(by=own, on=date(2018, 3, 3))
        assert r.responsible == (own,)  # who reviews is responsible

    def test_press_releases_need_both_sign_offs(self):
        policy = seed.press_review_policy()
        writer = Actor("w", role="officer")
        head = Actor("h", role="internal-unit-head")
        politics = Actor("p", role="political-department")
        r = Review.start(
            "PR-1", provider="procuratorate", by=writer, on=date(2018, 4, 17), policy=policy
        )
        r = r.submit(by=writer, on=date(2018, 4, 17)).approve(by=head, on=date(2018, 4, 18))
        with pytest.raises(InvalidTransitionError):
            r.publish(
                by=writer, on=date(2018, 4, 18)
            )  # not approved manuscripts may not be published
        r = r.approve(by=politics, on=date(2018, 4, 19)).publish(by=writer, on=date(2018, 4, 19))
        assert r.state is ReviewState.PUBLISHED


class TestQuotas:
    def test_rules_as_the_note_states_them(self):
        bureau, affiliated = seed.quota_rules(bureaus=["a"], affiliated=["b"])
        assert (bureau.min_submitted, affiliated.min_submitted) == (50, 30)
        assert bureau.min_adoption_rate == affiliated.min_adoption_rate == Fraction(1, 2)
        assert seed.points_rule(per_submitted=1, per_adopted=2).every_months == 2

    def test_who_falls_short(self):
        year = Period.year(2018)
        records = [
            SubmissionRecord("bureau-a", year, submitted=50, adopted=25),  # meets both
            SubmissionRecord("bureau-b", year, submitted=49, adopted=40),  # 49 < 50
            SubmissionRecord("unit-a", year, submitted=30, adopted=14),  # 14/30 < 1/2
        ]  # unit-b submitted nothing
        a = seed.quota_assessment(2018, records)
        short = [(s.unit_id, s.measure) for s in a.shortfalls]
        assert short == [
            ("bureau-b", Measure.SUBMITTED),
            ("unit-a", Measure.ADOPTION_RATE),
            ("unit-b", Measure.SUBMITTED),
            ("unit-b", Measure.ADOPTION_RATE),
        ]
        assert a.meets("bureau-a")

    def test_points_every_two_months(self):
        records = [
            SubmissionRecord("bureau-a", Period.month(2018, 1), submitted=5, adopted=3),
            SubmissionRecord("bureau-a", Period.month(2018, 4), submitted=2, adopted=1),
        ]
        a = seed.quota_assessment(
            2018, records, points=seed.points_rule(per_submitted=1, per_adopted=2)
        )
        table = a.points()
        assert len(table) == 6
        jan_feb, mar_apr = list(table)[:2]
        assert table[jan_feb]["bureau-a"] == Decimal(5 + 2 * 3)
        assert table[mar_apr]["bureau-a"] == Decimal(2 + 2 * 1)
        assert set(table[jan_feb]) == {"bureau-a", "bureau-b", "unit-a", "unit-b"}


def test_a_catalogue_of_the_district_maps_onto_art_20():
    drc_items = [
        InformationItem(
            "DRC-2018-1",
            "重点项目建设进展情况",
            agency_id="drc",
            formed=date(2018, 3, 1),
            published=date(2018, 3, 5),
            categories=[(TOPICAL_SCHEME.code, "projects")],
            channels=[Channel.WEBSITE],
        ),
        InformationItem(
            "DRC-2018-2",
            "业务工作动态",
            agency_id="drc",
            formed=date(2018, 3, 2),
            published=date(2018, 3, 6),
            categories=[(TOPICAL_SCHEME.code, "business")],
        ),
    ]
    catalogue = Catalogue("drc", drc_items)
    codes = [c for i in catalogue for c in i.categories_in(TOPICAL_SCHEME.code)]
    report = TOPICAL_TO_STATUTORY.apply(codes)
    assert report.targets == ("20.10",)
    assert report.unmapped == ("business",)
    assert len(catalogue.in_category(TOPICAL_SCHEME, "projects")) == 1
