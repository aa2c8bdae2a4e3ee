"""Information items, catalogues, channels, periods and reported figures."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govdisclosure.calendar import MakeupWorkday, WorkCalendar
from govdisclosure.channels import Bound, Channel, ChannelActivity, Figure, Period
from govdisclosure.classification import Category, Scheme, UnknownCategoryError
from govdisclosure.errors import CalendarNotPublishedError, InvalidInputError
from govdisclosure.items import (
    Catalogue,
    DateField,
    DisclosureMode,
    InformationItem,
    Validity,
    ValidityStatus,
)
from govdisclosure.law import WorkingDays

# A toy calendar for 2030: Mon 4 - Fri 8 February are rest days, Sat 9 February is worked.
CAL = WorkCalendar(
    first=date(2030, 1, 1),
    last=date(2030, 12, 31),
    rest_days=[date(2030, 2, d) for d in range(4, 9)],
    makeup_workdays=[MakeupWorkday(date(2030, 2, 9))],
)


def five_days(d: date) -> date:
    """A toy deadline rule: five working days after the day, under CAL."""
    return CAL.add_workdays(d, 5)


def item(**kw: object) -> InformationItem:
    defaults: dict[str, object] = {"agency_id": "a", "formed": date(2030, 1, 2)}
    defaults.update(kw)
    return InformationItem(
        str(defaults.pop("index_number", "A-1")), str(defaults.pop("title", "T")), **defaults
    )  # type: ignore[arg-type]


class TestItem:
    def test_fields_and_defaults(self):
        i = item(document_number="某府发〔2030〕1号", categories=[("t", "x"), ["law", "20.1"]])
        assert i.mode is DisclosureMode.PROACTIVE
        assert i.validity == Validity()
        assert i.categories == (("t", "x"), ("law", "20.1"))
        assert i.categories_in("law") == ("20.1",)
        assert i.categories_in("none") == ()
        assert i.runs_from == date(2030, 1, 2)

    def test_period_runs_from_the_last_change(self):
        assert item(changed=date(2030, 3, 1)).runs_from == date(2030, 3, 1)

    def test_dates_out_of_order_all_reported(self):
        with pytest.raises(InvalidInputError) as info:
            item(formed=date(2030, 3, 1), changed=date(2030, 2, 1), published=date(2030, 1, 1))
        assert info.value.fields == ("changed", "published")

    def test_published_before_change_rejected(self):
        with pytest.raises(InvalidInputError) as info:
            item(changed=date(2030, 3, 1), published=date(2030, 2, 1))
        assert info.value.fields == ("published",)
        assert "before changed" in str(info.value)

    def test_datetime_is_not_a_date(self):
        with pytest.raises(InvalidInputError) as info:
            item(formed=datetime(2030, 1, 2, 9, 0))
        assert info.value.field == "formed"

    @pytest.mark.parametrize(
        ("field", "value"),
        [("document_number", 5), ("mode", "proactive"), ("validity", "in force")],
    )
    def test_wrong_types_name_the_field(self, field, value):
        with pytest.raises(InvalidInputError) as info:
            item(**{field: value})
        assert info.value.field == field
        assert info.value.value == value

    def test_not_disclosed_needs_grounds_and_no_publication(self):
        with pytest.raises(InvalidInputError) as info:
            item(
                mode=DisclosureMode.NOT_DISCLOSED,
                published=date(2030, 1, 3),
                channels=[Channel.WEBSITE],
            )
        assert info.value.fields == ("exemption_grounds", "published", "channels")

    def test_not_disclosed_with_grounds(self):
        i = item(mode=DisclosureMode.NOT_DISCLOSED, exemption_grounds="state_secret")
        assert i.exemption_grounds == ("state_secret",)

    def test_grounds_only_for_items_not_disclosed(self):
        with pytest.raises(InvalidInputError) as info:
            item(exemption_grounds=["state_secret"])
        assert info.value.field == "exemption_grounds"

    def test_duplicates_and_bad_entries(self):
        with pytest.raises(InvalidInputError) as info:
            item(
                categories=[("t", "x"), ("t", "x"), ("t",)],
                channels=[Channel.WEBSITE, Channel.WEBSITE, "radio"],
            )
        assert info.value.fields == ("categories[1]", "categories[2]", "channels[1]", "channels[2]")


class TestLateness:
    def test_deadline_and_lateness_by_hand(self):
        # Formed Fri 1 Feb; working days after: Sat 9 (worked), 11, 12, 13, 14 -> Thu 14 Feb.
        i = item(formed=date(2030, 2, 1), published=date(2030, 2, 19))
        assert i.deadline(five_days) == date(2030, 2, 14)
        # Late by Fri 15, Mon 18, Tue 19.
        assert i.lateness(five_days, CAL) == WorkingDays(3)
        assert i.is_late(five_days)

    def test_on_time_is_zero(self):
        i = item(formed=date(2030, 2, 1), published=date(2030, 2, 14))
        assert i.lateness(five_days, CAL) == WorkingDays(0)
        assert not i.is_late(five_days)

    def test_rest_day_after_the_deadline_is_late_by_zero_working_days(self):
        # Formed Fri 1 Mar: Mar 4-8 -> Fri 8 Mar; published Sat 9 Mar.
        i = item(formed=date(2030, 3, 1), published=date(2030, 3, 9))
        assert i.is_late(five_days)
        assert i.lateness(five_days, CAL) == WorkingDays(0)

    def test_change_restarts_the_period(self):
        i = item(formed=date(2030, 1, 2), changed=date(2030, 3, 1), published=date(2030, 3, 11))
        assert i.deadline(five_days) == date(2030, 3, 8)
        assert i.lateness(five_days, CAL) == WorkingDays(1)

    def test_unpublished_needs_as_of(self):
        i = item(formed=date(2030, 3, 1))
        with pytest.raises(InvalidInputError) as info:
            i.lateness(five_days, CAL)
        assert info.value.field == "published"
        assert i.lateness(five_days, CAL, as_of=date(2030, 3, 12)) == WorkingDays(2)
        assert not i.is_late(five_days, as_of=date(2030, 3, 8))
        with pytest.raises(InvalidInputError) as info:
            i.lateness(five_days, CAL, as_of=date(2030, 2, 1))
        assert info.value.field == "as_of"

    def test_only_proactive_items_have_a_deadline(self):
        i = item(mode=DisclosureMode.ON_REQUEST)
        with pytest.raises(InvalidInputError) as info:
            i.lateness(five_days, CAL, as_of=date(2030, 3, 1))
        assert info.value.field == "mode"

    def test_calendar_not_covering_raises(self):
        i = item(formed=date(2030, 12, 27), published=date(2031, 1, 10))
        with pytest.raises(CalendarNotPublishedError):
            i.lateness(five_days, CAL)


class TestValidity:
    def test_in_force(self):
        v = Validity(effective=date(2030, 1, 1))
        assert not v.in_force_on(date(2029, 12, 31))
        assert v.in_force_on(date(2040, 1, 1))

    def test_repealed_with_known_end(self):
        v = Validity(ValidityStatus.REPEALED, effective=date(2030, 1, 1), ends=date(2030, 6, 30))
        assert v.in_force_on(date(2030, 6, 30))
        assert not v.in_force_on(date(2030, 7, 1))

    def test_repealed_with_unknown_end_cannot_answer(self):
        with pytest.raises(InvalidInputError) as info:
            Validity(ValidityStatus.EXPIRED).in_force_on(date(2030, 1, 1))
        assert info.value.field == "ends"

    def test_end_before_start(self):
        with pytest.raises(InvalidInputError) as info:
            Validity(effective=date(2030, 2, 1), ends=date(2030, 1, 1))
        assert info.value.field == "ends"


@pytest.fixture
def topics() -> Scheme:
    return Scheme(
        "t",
        "Topics",
        [
            Category("org", "Org", children=[Category("org.staff", "Staff")]),
            Category("money", "Money"),
        ],
    )


@pytest.fixture
def catalogue() -> Catalogue:
    return Catalogue(
        "a",
        [
            item(
                index_number="A-1",
                formed=date(2030, 1, 2),
                published=date(2030, 1, 9),
                categories=[("t", "org")],
            ),
            item(
                index_number="A-2",
                formed=date(2030, 1, 20),
                published=date(2030, 2, 1),
                categories=[("t", "org.staff"), ("law", "20.2")],
            ),
            item(index_number="A-3", formed=date(2030, 2, 2), categories=[("t", "money")]),
            item(
                index_number="A-4",
                formed=date(2030, 2, 3),
                mode=DisclosureMode.NOT_DISCLOSED,
                exemption_grounds=["x"],
                categories=[("t", "money")],
            ),
        ],
    )


class TestCatalogue:
    def test_lookups(self, catalogue):
        assert len(catalogue) == 4
        assert "A-2" in catalogue
        assert catalogue.get("A-3").title == "T"
        assert catalogue.get("Z") is None
        assert [i.index_number for i in catalogue] == ["A-1", "A-2", "A-3", "A-4"]

    def test_by_category_with_scheme_includes_subcategories(self, catalogue, topics):
        assert [i.index_number for i in catalogue.in_category(topics, "org")] == ["A-1", "A-2"]
        assert [i.index_number for i in catalogue.in_category("t", "org")] == ["A-1"]
        with pytest.raises(UnknownCategoryError):
            catalogue.in_category(topics, "nope")

    def test_by_date(self, catalogue):
        january = Period(date(2030, 1, 1), date(2030, 1, 31))
        assert [i.index_number for i in catalogue.during(january)] == ["A-1"]
        assert [i.index_number for i in catalogue.during(january, by=DateField.FORMED)] == [
            "A-1",
            "A-2",
        ]
        assert len(catalogue.during(january, by=DateField.CHANGED)) == 0

    def test_queries_chain(self, catalogue, topics):
        feb = Period.month(2030, 2)
        found = catalogue.in_category(topics, "money").during(feb, by=DateField.FORMED)
        assert [i.index_number for i in found] == ["A-3", "A-4"]
        assert [i.index_number for i in found.with_mode(DisclosureMode.PROACTIVE)] == ["A-3"]

    def test_other_agency_and_duplicate_index_rejected(self, catalogue):
        with pytest.raises(InvalidInputError) as info:
            Catalogue("a", [item(index_number="X"), item(index_number="X", agency_id="b")])
        assert info.value.fields == ("items[1].agency_id", "items[1].index_number")
        with pytest.raises(InvalidInputError):
            catalogue.with_item(item(index_number="A-1"))
        assert len(catalogue.with_item(item(index_number="A-5"))) == 5


class TestPeriod:
    def test_year_month_days(self):
        assert Period.year(2028).days == 366
        assert Period.month(2030, 2) == Period(date(2030, 2, 1), date(2030, 2, 28))
        assert date(2030, 2, 28) in Period.month(2030, 2)
        assert "2030-02-01" not in Period.month(2030, 2)

    def test_split_into_two_month_runs(self):
        runs = Period.year(2030).split_months(2)
        assert [(p.start.month, p.end.month, p.end.day) for p in runs] == [
            (1, 2, 28),
            (3, 4, 30),
            (5, 6, 30),
            (7, 8, 31),
            (9, 10, 31),
            (11, 12, 31),
        ]

    def test_split_refuses_to_clip(self):
        with pytest.raises(InvalidInputError) as info:
            Period(date(2030, 1, 2), date(2030, 12, 31)).split_months(2)
        assert info.value.field == "start"
        with pytest.raises(InvalidInputError) as info:
            Period(date(2030, 1, 1), date(2030, 12, 30)).split_months(2)
        assert info.value.field == "end"
        with pytest.raises(InvalidInputError):
            Period.year(2030).split_months(0)

    def test_includes_and_overlaps(self):
        q1 = Period(date(2030, 1, 1), date(2030, 3, 31))
        assert Period.year(2030).includes(q1)
        assert not q1.includes(Period.year(2030))
        assert q1.overlaps(Period(date(2030, 3, 31), date(2030, 4, 2)))
        assert not q1.overlaps(Period.month(2030, 4))

    def test_end_before_start(self):
        with pytest.raises(InvalidInputError) as info:
            Period(date(2030, 2, 1), date(2030, 1, 31))
        assert info.value.field == "end"


class TestFigure:
    def test_bounds(self):
        assert Figure(5).is_exact
        assert Figure.more_than(8200).minimum == 8201
        assert Figure.at_least(50).minimum == 50
        assert str(Figure.more_than(8200)) == "more than 8200"
        assert repr(Figure.more_than(8200)) == "Figure.more_than(8200)"
        assert repr(Figure(3)) == "Figure(3)"

    def test_addition(self):
        assert Figure(2) + Figure(3) == Figure(5)
        # more than 10 plus exactly 3 is at least 14.
        assert Figure.more_than(10) + Figure(3) == Figure(14, Bound.AT_LEAST)

    def test_negative_rejected(self):
        with pytest.raises(InvalidInputError):
            Figure(-1)

    @given(
        st.integers(0, 10**6), st.integers(0, 10**6), st.sampled_from(Bound), st.sampled_from(Bound)
    )
    def test_minimum_is_additive(self, a, b, ba, bb):
        total = Figure(a, ba) + Figure(b, bb)
        assert total.minimum == Figure(a, ba).minimum + Figure(b, bb).minimum
        assert total.is_exact == (ba is Bound.EXACT and bb is Bound.EXACT)


class TestChannelActivity:
    def test_exact_counts_give_a_rate(self):
        a = ChannelActivity(Channel.HOTLINE, Period.year(2030), received=120, answered=90)
        assert a.received == Figure(120)
        assert a.response_rate == Fraction(3, 4)

    def test_lower_bounds_give_no_rate(self):
        a = ChannelActivity(
            Channel.MAILBOX,
            Period.year(2030),
            received=Figure.more_than(3400),
            answered=Figure.more_than(3400),
            reported_response_rate=Decimal("1.00"),
        )
        assert a.response_rate is None
        assert a.reported_response_rate == Fraction(1)

    def test_nothing_received_gives_no_rate(self):
        assert (
            ChannelActivity(
                Channel.HOTLINE, Period.year(2030), received=0, answered=0
            ).response_rate
            is None
        )
        assert ChannelActivity(Channel.HOTLINE, Period.year(2030)).response_rate is None

    def test_answered_above_received_rejected(self):
        with pytest.raises(InvalidInputError) as info:
            ChannelActivity(Channel.HOTLINE, Period.year(2030), received=5, answered=6)
        assert info.value.field == "answered"
        with pytest.raises(InvalidInputError):
            ChannelActivity(
                Channel.HOTLINE, Period.year(2030), received=5, answered=Figure.more_than(5)
            )

    def test_answered_bound_below_exact_received_accepted(self):
        a = ChannelActivity(
            Channel.HOTLINE, Period.year(2030), received=6, answered=Figure.more_than(5)
        )
        assert a.response_rate is None

    def test_every_bad_field_reported(self):
        with pytest.raises(InvalidInputError) as info:
            ChannelActivity(
                "hotline",  # type: ignore[arg-type]
                Period.year(2030),
                agency_id="",
                volumes_opened=-3,  # type: ignore[arg-type]
                reported_response_rate=Fraction(3, 2),
            )
        assert info.value.fields == (
            "channel",
            "agency_id",
            "volumes_opened",
            "reported_response_rate",
        )

    def test_every_channel_has_an_english_label(self):
        assert all(c.label_en for c in Channel)
        assert len(Channel) == 12

    @settings(max_examples=200)
    @given(st.integers(0, 10**5), st.data())
    def test_rate_is_between_zero_and_one(self, received, data):
        answered = data.draw(st.integers(0, received))
        rate = ChannelActivity(
            Channel.MAILBOX, Period.year(2030), received=received, answered=answered
        ).response_rate
        assert rate is None or 0 <= rate <= 1
        assert (rate is None) == (received == 0)
