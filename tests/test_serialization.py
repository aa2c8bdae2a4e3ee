"""The JSON forms of the models, strict reading of hostile input, and the personal-data rule.

Expected JSON is written out by hand from the documented forms (docs/serialization.md),
never copied from the library's output.
"""

from __future__ import annotations

import enum
import json
from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest

from govdisclosure import AgencyTree, InvalidInputError, WorkingDays
from govdisclosure.agencies import Agency, AgencyKind
from govdisclosure.channels import Channel, ChannelActivity, Figure, Period
from govdisclosure.deadlines import compute_deadline
from govdisclosure.errors import GovDisclosureError
from govdisclosure.exemptions import ExemptionGround, Nature
from govdisclosure.jurisdictions import cn
from govdisclosure.jurisdictions.cn.report.format import ProactiveColumn, ProactiveRow
from govdisclosure.law import CalendarDays, Citation, Instrument
from govdisclosure.money import Money
from govdisclosure.reports import Table
from govdisclosure.requests import (
    Applicant,
    ApplicantIdentity,
    ApplicantKind,
    ConsultationEnded,
    ConsultationParty,
    ConsultationStarted,
    CorrectionLapsed,
    CorrectionReceived,
    CorrectionRequested,
    DelaySet,
    ExtensionGranted,
    FeeLapsed,
    FeeNoticeIssued,
    FeePaid,
    Replied,
    Request,
    Withdrawn,
)
from govdisclosure.review import Actor, Review
from govdisclosure.serialization import (
    MAX_DEPTH,
    from_dict,
    from_json,
    outcome_enums,
    register_event_type,
    register_outcome_enum,
    strip_personal_data,
    to_dict,
    to_json,
)

ZHANG = ApplicantIdentity(name="张三", id_document="110101199001011234", contact="138 0000 0000")


def _request(**changes: object) -> Request:
    fields: dict[str, object] = {
        "id": "2024-001",
        "received": date(2024, 3, 1),
        "applicant": Applicant(ApplicantKind.NATURAL_PERSON, ZHANG),
        "events": (
            ConsultationStarted(on=date(2024, 3, 5), party=ConsultationParty.THIRD_PARTY),
            ConsultationEnded(on=date(2024, 3, 19), party=ConsultationParty.THIRD_PARTY),
            Replied(on=date(2024, 3, 28), outcome=cn.Outcome.PARTLY_DISCLOSED),
        ),
        "channel": None,
    }
    fields.update(changes)
    return Request(**fields)  # type: ignore[arg-type]


def _doc(data: dict[str, object]) -> str:
    return json.dumps({"schema_version": 1, **data}, ensure_ascii=False)


def _problems(text: str, cls: object) -> dict[str, str]:
    with pytest.raises(InvalidInputError) as info:
        from_json(text, cls)
    return {p.path: p.message for p in info.value.problems}


def _request_doc(**changes: object) -> dict[str, object]:
    data: dict[str, object] = {
        "id": "2024-001",
        "received": "2024-03-01",
        "applicant": {"kind": "natural_person", "identity": None},
        "events": [{"type": "replied", "on": "2024-03-20", "outcome": "disclosed"}],
        "channel": None,
    }
    data.update(changes)
    return data


# -- the JSON forms -----------------------------------------------------------------------


class TestForms:
    def test_a_request_with_events(self):
        expected = {
            "id": "2024-001",
            "received": "2024-03-01",
            "applicant": {
                "kind": "natural_person",
                "identity": {
                    "name": "张三",
                    "id_document": "110101199001011234",
                    "contact": "138 0000 0000",
                },
            },
            "events": [
                {"type": "consultation_started", "on": "2024-03-05", "party": "third_party"},
                {"type": "consultation_ended", "on": "2024-03-19", "party": "third_party"},
                {"type": "replied", "on": "2024-03-28", "outcome": "partly_disclosed"},
            ],
            "channel": None,
        }
        assert to_dict(_request(), personal_data=True) == expected
        text = to_json(_request(), personal_data=True)
        assert json.loads(text) == {"schema_version": 1, **expected}
        assert next(iter(json.loads(text))) == "schema_version"

    def test_every_event_has_its_tag(self):
        on = date(2024, 3, 5)
        tags = {
            "correction_requested": CorrectionRequested(on=on),
            "correction_received": CorrectionReceived(on=on),
            "correction_lapsed": CorrectionLapsed(on=on),
            "consultation_started": ConsultationStarted(on=on, party=ConsultationParty.OTHER_ORGAN),
            "consultation_ended": ConsultationEnded(on=on, party=ConsultationParty.OTHER_ORGAN),
            "extension_granted": ExtensionGranted(on=on, days=WorkingDays(20)),
            "fee_notice_issued": FeeNoticeIssued(on=on, amount=Money("610.00", "CNY")),
            "fee_paid": FeePaid(on=on),
            "fee_lapsed": FeeLapsed(on=on),
            "delay_set": DelaySet(on=on, until=date(2024, 4, 1)),
            "replied": Replied(on=on),
            "withdrawn": Withdrawn(on=on),
        }
        for tag, event in tags.items():
            data = to_dict(event)
            assert data["type"] == tag
            assert data["on"] == "2024-03-05"
            assert from_dict(data, type(event)) == event
        assert to_dict(tags["extension_granted"])["days"] == {"days": 20}
        assert to_dict(tags["fee_notice_issued"])["amount"] == {
            "amount": "610.00",
            "currency": "CNY",
        }
        assert to_dict(tags["delay_set"])["until"] == "2024-04-01"

    def test_money_is_an_exact_decimal_string(self):
        assert to_dict(Money(Decimal("3000.00"), "CNY")) == {"amount": "3000.00", "currency": "CNY"}
        assert to_dict(Money(Decimal("1E+3"), "USD")) == {"amount": "1000", "currency": "USD"}
        back = from_json('{"schema_version": 1, "amount": "0.10", "currency": "EUR"}', Money)
        assert back.amount == Decimal("0.10")
        assert str(back.amount) == "0.10"

    def test_periods(self):
        assert to_json(WorkingDays(20)) == '{"schema_version": 1, "days": 20}'
        assert to_dict(CalendarDays(7)) == {"days": 7}

    def test_a_request_table_keeps_blank_apart_from_zero(self):
        t = cn.RequestTable.from_cells(
            {
                (cn.RequestRow.NEW, ApplicantKind.NATURAL_PERSON): 3,
                (cn.RequestRow.NEW, ApplicantKind.COMMERCIAL_ENTERPRISE): 0,
            }
        )
        data = to_dict(t)
        assert data["layout"] == "2021"
        new = data["cells"]["new"]
        assert new["natural_person"] == 3
        assert new["commercial_enterprise"] == 0
        assert new["research_institution"] is None
        assert new["total"] is None
        # 7 columns, the codes of the applicant kinds and "total"
        assert list(new) == [
            "natural_person",
            "commercial_enterprise",
            "research_institution",
            "public_interest_organization",
            "legal_service_institution",
            "other_organization",
            "total",
        ]
        # 25 rows in the 2021 format: 一, 二, 21 outcome rows, （七）总计, 四
        rows = list(data["cells"])
        assert len(rows) == 25
        assert rows[:3] == ["new", "carried_over", "disclosed"]
        assert rows[-2:] == ["handled", "carried_forward"]
        back = from_dict(data, cn.RequestTable)
        assert back == t
        assert back[cn.RequestRow.NEW, ApplicantKind.RESEARCH_INSTITUTION] is None
        assert back[cn.RequestRow.NEW, ApplicantKind.COMMERCIAL_ENTERPRISE] == 0

    def test_the_2019_table_has_one_other_handling_row(self):
        data = to_dict(cn.RequestTable.zeros(cn.ReportFormat.V2019))
        assert data["layout"] == "2019"
        assert "other_handling" in data["cells"]
        assert "other_fee_lapsed" not in data["cells"]
        assert len(data["cells"]) == 23

    def test_a_case_table(self):
        t = cn.ReconsiderationLitigationTable.from_row([5, None, None, 2, 7] + [None] * 10)
        data = to_dict(t)
        assert data == {
            "cells": {
                "reconsideration": {
                    "maintained": 5,
                    "corrected": None,
                    "other": None,
                    "pending": 2,
                    "total": 7,
                },
                "litigation_direct": dict.fromkeys(
                    ("maintained", "corrected", "other", "pending", "total")
                ),
                "litigation_after_reconsideration": dict.fromkeys(
                    ("maintained", "corrected", "other", "pending", "total")
                ),
            }
        }
        assert from_dict(data, cn.ReconsiderationLitigationTable) == t

    def test_a_proactive_table_writes_amounts_as_strings(self):
        t = cn.ProactiveTable.from_cells(
            {
                (ProactiveRow.RULES, ProactiveColumn.IN_FORCE): 74,
                (ProactiveRow.FEES, ProactiveColumn.FEES_COLLECTED): Decimal("1.5"),
            }
        )
        data = to_dict(t)
        assert data["cells"]["rules"]["in_force"] == 74
        assert data["cells"]["rules"]["issued"] is None
        assert data["cells"]["fees"]["fees_collected"] == "1.5"
        assert from_dict(data, cn.ProactiveTable) == t

    def test_an_annual_report(self):
        report = cn.AnnualReport(agency="某区人民政府", year=2025, requests=cn.RequestTable.zeros())
        data = to_dict(report)
        assert list(data) == [
            "agency",
            "year",
            "requests",
            "reviews",
            "proactive",
            "overview",
            "problems",
            "other_matters",
            "layout",
        ]
        assert data["reviews"]["cells"]["reconsideration"]["total"] is None
        assert from_json(to_json(report), cn.AnnualReport) == report

    def test_a_generic_table(self):
        t = Table.from_dict(("a", "b"), ("x", "y"), {"a": {"x": 1}, "b": {"y": -2}})
        data = to_dict(t)
        assert data == {
            "rows": ["a", "b"],
            "columns": ["x", "y"],
            "values": [[1, None], [None, -2]],
        }
        assert from_dict(data, Table) == t

    def test_an_agency_tree_keeps_its_links_as_pairs(self):
        gov = Agency("gov", "区政府", kind=AgencyKind.PEOPLES_GOVERNMENT)
        edu = Agency("edu", "教育局", kind=AgencyKind.DEPARTMENT)
        tree = AgencyTree([gov, edu], parents={"edu": "gov"})
        data = to_dict(tree)
        assert data["parents"] == [["edu", "gov"]]
        assert data["agencies"][1] == {
            "id": "edu",
            "name": "教育局",
            "name_en": "",
            "kind": "department",
            "sector": None,
        }
        assert from_dict(data, AgencyTree) == tree

    def test_fractions_and_figures(self):
        activity = ChannelActivity(
            Channel.HOTLINE,
            Period.year(2030),
            received=Figure.more_than(8200),
            reported_response_rate=Fraction(3, 4),
        )
        data = to_dict(activity)
        assert data["received"] == {"value": 8200, "bound": "more_than"}
        assert data["reported_response_rate"] == "3/4"
        assert data["period"] == {"start": "2030-01-01", "end": "2030-12-31"}
        assert from_dict(data, ChannelActivity) == activity

    def test_a_decision_holds_grounds_and_outcome_codes(self):
        decision = cn.Decision(
            disclosed=False,
            withheld=(cn.STATE_SECRET, cn.Outcome.UNAVAILABLE_NOT_HELD),
            principal=cn.Outcome.UNAVAILABLE_NOT_HELD,
        )
        data = to_dict(decision)
        assert data["withheld"][1] == "unavailable_not_held"
        assert data["withheld"][0]["code"] == "state_secret"
        assert data["withheld"][0]["outcome"] == "withheld_state_secret"
        assert data["principal"] == "unavailable_not_held"
        assert from_dict(data, cn.Decision) == decision

    def test_a_list_document(self):
        batch = [_request(), _request(id="2024-002")]
        text = to_json(batch)
        doc = json.loads(text)
        assert list(doc) == ["schema_version", "items"]
        assert [r["id"] for r in doc["items"]] == ["2024-001", "2024-002"]
        back = from_json(text, list[Request])
        assert back == strip_personal_data(batch)
        assert isinstance(back, list)
        assert from_json(text, tuple[Request, ...]) == tuple(strip_personal_data(batch))

    def test_a_deadline_carries_what_it_was_computed_from(self):
        cal = cn.calendar()
        req = _request(applicant=Applicant(ApplicantKind.NATURAL_PERSON))
        deadline = compute_deadline(req, cn.RULES_2019, cal)
        data = to_dict(deadline)
        assert list(data) == ["request", "rules", "calendar", "due"]
        # Received Fri 2024-03-01; 4 and 5 March count (2); 6-19 March are stopped by the
        # consultation; then 18 more: 20-22 March (3), 25-29 (5), 1-3 April (3), Sun 7 April
        # (a makeup working day after the Qingming rest of 4-6 April), 8-12 April (5), 15 April.
        assert data["due"] == "2024-04-15"
        assert from_dict(data, type(deadline)) == deadline


# -- strictness -----------------------------------------------------------------------


class TestNoCoercion:
    @pytest.mark.parametrize("days", ["20", 20.0, True, None, [20]])
    def test_a_whole_number_must_be_one(self, days):
        problems = _problems(_doc({"days": days}), WorkingDays)
        assert list(problems) == ["$.days"]

    @pytest.mark.parametrize("amount", [12.5, 12, "12,50", "1e3", "NaN", "", None])
    def test_a_decimal_must_be_a_decimal_string(self, amount):
        problems = _problems(_doc({"amount": amount, "currency": "CNY"}), Money)
        assert list(problems) == ["$.amount"]

    @pytest.mark.parametrize("on", ["2024-3-1", 20240301, "2024/03/01", "2024-03-01T00:00:00"])
    def test_a_date_must_be_iso(self, on):
        doc = _doc(_request_doc(received=on, events=[]))
        assert list(_problems(doc, Request)) == ["$.received"]

    def test_a_flag_must_be_true_or_false(self):
        text = _doc(
            {
                "fee_payment_pauses": 1,
                "other_organ_pauses_before_2019": "yes",
                "count_receipt_day": False,
                "delay_before_2019": True,
            }
        )
        problems = _problems(text, cn.ClockPolicy)
        assert set(problems) == {"$.fee_payment_pauses", "$.other_organ_pauses_before_2019"}

    def test_a_fraction_needs_a_non_zero_denominator(self):
        text = _doc(
            {
                "channel": "hotline",
                "period": {"start": "2030-01-01", "end": "2030-12-31"},
                "agency_id": None,
                "items_published": None,
                "volumes_opened": None,
                "received": None,
                "answered": None,
                "reported_response_rate": "1/0",
                "note": "",
            }
        )
        assert list(_problems(text, ChannelActivity)) == ["$.reported_response_rate"]

    def test_an_array_is_not_a_string(self):
        doc = _request_doc(events="replied")
        assert _problems(_doc(doc), Request) == {"$.events": "expected an array"}

    def test_an_object_is_not_an_array(self):
        doc = _request_doc(applicant=["natural_person"])
        assert list(_problems(_doc(doc), Request)) == ["$.applicant"]


# -- hostile input ----------------------------------------------------------------------


class TestHostileInput:
    def test_every_bad_field_is_named_at_once(self):
        doc = _request_doc(
            received="2023-02-30",
            applicant={"kind": "robot", "identity": None, "nickname": "x"},
            events=[
                {"type": "replied", "on": "2024-13-01", "outcome": None},
                {"type": "teleported", "on": "x"},
            ],
        )
        del doc["id"]
        problems = _problems(_doc(doc), Request)
        assert problems == {
            "$.id": "required key missing",
            "$.received": "not a real calendar date",
            "$.applicant.kind": problems["$.applicant.kind"],
            "$.applicant.nickname": "unknown key",
            "$.events[0].on": "not a real calendar date",
            "$.events[1].type": problems["$.events[1].type"],
        }
        assert problems["$.applicant.kind"].startswith("not a value of ApplicantKind")
        assert problems["$.events[1].type"].startswith("unknown event type")

    def test_the_message_names_the_paths(self):
        with pytest.raises(InvalidInputError) as info:
            from_json(_doc(_request_doc(received="2023-02-30")), Request)
        err = info.value
        assert isinstance(err, ValueError)
        assert isinstance(err, GovDisclosureError)
        assert str(err) == (
            "invalid Request document: $.received: not a real calendar date (got '2023-02-30')"
        )
        assert err.field == "$.received"
        assert err.value == "2023-02-30"

    def test_keys_without_a_default_are_required(self):
        doc = _request_doc()
        del doc["id"]
        del doc["received"]
        assert _problems(_doc(doc), Request) == {
            "$.id": "required key missing",
            "$.received": "required key missing",
        }
        report = to_dict(cn.AnnualReport(agency="x", year=2025, requests=cn.RequestTable.zeros()))
        del report["requests"]
        report["year"] = "2025"
        assert _problems(_doc(report), cn.AnnualReport) == {
            "$.year": "expected a whole number",
            "$.requests": "required key missing",
        }

    def test_keys_with_a_default_may_be_left_out(self):
        # A hand-written record need not spell out optional fields: they take the
        # model's documented defaults, as in Python.
        doc = _request_doc()
        del doc["channel"]
        doc["events"] = [{"type": "replied", "on": "2024-03-20"}]
        request = from_json(_doc(doc), Request)
        assert request.channel is None
        assert request.events[0].outcome is None
        report = cn.AnnualReport(agency="x", year=2025, requests=cn.RequestTable.zeros())
        data = to_dict(report)
        del data["reviews"]
        del data["layout"]
        assert from_dict(data, cn.AnnualReport) == report

    def test_unknown_keys_at_the_top(self):
        problems = _problems(_doc(_request_doc(priority="high")), Request)
        assert problems == {"$.priority": "unknown key"}

    def test_a_key_given_twice(self):
        text = (
            '{"schema_version": 1, "id": "a", "id": "b", "received": "2024-03-01", '
            '"applicant": {"kind": "natural_person", "kind": "natural_person", "identity": null}, '
            '"events": [], "channel": null}'
        )
        assert _problems(text, Request) == {
            "$.id": "key given twice",
            "$.applicant.kind": "key given twice",
        }

    @pytest.mark.parametrize(
        "number", ["10000000000000001", "1" + "0" * 30, "9" * 5000, "-1" + "0" * 40, "1e400"]
    )
    def test_absurdly_large_numbers(self, number):
        text = '{"schema_version": 1, "days": %s}' % number  # noqa: UP031 - raw JSON text
        problems = _problems(text, WorkingDays)
        assert list(problems) == ["$.days"]
        assert "large" in problems["$.days"]

    def test_negative_counts(self):
        assert "negative" in _problems(_doc({"days": -1}), WorkingDays)["$.days"]
        table = to_dict(cn.RequestTable.zeros())
        table["cells"]["disclosed"]["research_institution"] = -3
        table["cells"]["new"]["total"] = -1
        problems = _problems(_doc(table), cn.RequestTable)
        assert set(problems) == {
            "$.cells.disclosed.research_institution",
            "$.cells.new.total",
        }
        report = to_dict(cn.AnnualReport(agency="x", year=2025, requests=cn.RequestTable.zeros()))
        report["requests"]["cells"]["handled"]["natural_person"] = -1
        report["reviews"]["cells"]["reconsideration"]["pending"] = -2
        problems = _problems(_doc(report), cn.AnnualReport)
        assert set(problems) == {
            "$.requests.cells.handled.natural_person",
            "$.reviews.cells.reconsideration.pending",
        }

    def test_a_table_with_a_missing_or_unknown_row_or_cell(self):
        table = to_dict(cn.RequestTable.zeros())
        del table["cells"]["carried_over"]
        del table["cells"]["new"]["total"]
        table["cells"]["teleported"] = {}
        table["cells"]["disclosed"]["robots"] = 1
        problems = _problems(_doc(table), cn.RequestTable)
        assert set(problems) == {
            "$.cells.carried_over",
            "$.cells.new.total",
            "$.cells.teleported",
            "$.cells.disclosed.robots",
        }

    def test_a_2019_row_in_a_2021_table(self):
        table = to_dict(cn.RequestTable.zeros(cn.ReportFormat.V2019))
        table["layout"] = "2021"
        problems = _problems(_doc(table), cn.RequestTable)
        # other_handling is a row of the 2021 layout too (issue 14, point 3); its sub-rows
        # are missing, and a document must say they were not printed ("unprinted").
        assert "$.cells.other_handling" not in problems
        assert "$.cells.other_fee_lapsed" in problems

    def test_unknown_enum_values(self):
        problems = _problems(_doc({"cells": {}, "layout": "2022"}), cn.RequestTable)
        assert list(problems) == ["$.layout"]
        doc = _request_doc(channel="pigeon")
        assert list(_problems(_doc(doc), Request)) == ["$.channel"]

    def test_deep_nesting(self):
        deep = "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1)
        problems = _problems('{"schema_version": 1, "days": %s}' % deep, WorkingDays)  # noqa: UP031
        assert list(problems) == ["$"]
        data: object = 1
        for _ in range(100_000):
            data = [data]
        with pytest.raises(InvalidInputError) as info:
            from_dict({"days": data}, WorkingDays)
        assert info.value.problems[0].message.startswith("nested more than")
        assert info.value.problems[0].path.startswith("$.days[0]")

    @pytest.mark.parametrize(
        "text",
        [
            "",
            "{",
            '{"schema_version": 1, "days": 20',
            "[1, 2]",
            '"text"',
            "null",
            '{"schema_version": 1, "days": NaN}',
            '{"schema_version": 1, "days": Infinity}',
            b"\xff\xfe",
            42,
            None,
        ],
    )
    def test_malformed_documents(self, text):
        with pytest.raises(InvalidInputError) as info:
            from_json(text, WorkingDays)
        assert info.value.problems[0].path == "$"

    @pytest.mark.parametrize("version", [None, 2, "1", True, 1.0])
    def test_the_schema_version_must_be_1(self, version):
        data = {"days": 20} if version is None else {"schema_version": version, "days": 20}
        problems = _problems(json.dumps(data), WorkingDays)
        assert list(problems) == ["$.schema_version"]

    def test_a_model_must_be_an_object(self):
        for data in (5, "x", [], None):
            with pytest.raises(InvalidInputError) as info:
                from_dict(data, Request)
            assert info.value.fields == ("$",)

    def test_bytes_are_read_as_utf8(self):
        text = to_json(_request(), personal_data=True).encode()
        assert from_json(text, Request) == _request()


class TestModelChecksComeOutAsInvalidInput:
    def test_an_impossible_event_log(self):
        doc = _request_doc(
            events=[
                {"type": "replied", "on": "2024-03-02", "outcome": None},
                {"type": "withdrawn", "on": "2024-03-03"},
            ]
        )
        problems = _problems(_doc(doc), Request)
        assert list(problems) == ["$.events[1]"]
        assert "after the request ended" in problems["$.events[1]"]

    def test_an_event_before_receipt(self):
        doc = _request_doc(events=[{"type": "withdrawn", "on": "2024-02-01"}])
        assert list(_problems(_doc(doc), Request)) == ["$.events[0]"]

    def test_a_bad_event_field(self):
        doc = _request_doc(
            events=[{"type": "delay_set", "on": "2024-03-05", "until": "2024-03-01"}]
        )
        assert list(_problems(_doc(doc), Request)) == ["$.events[0].until"]
        doc = _request_doc(events=[{"type": "extension_granted", "on": "2024-03-05", "days": {}}])
        assert _problems(_doc(doc), Request) == {"$.events[0].days.days": "required key missing"}

    def test_an_event_of_the_wrong_type(self):
        text = _doc({"type": "withdrawn", "on": "2024-03-05"})
        assert list(_problems(text, Replied)) == ["$.type"]
        assert from_json(text, Withdrawn) == Withdrawn(on=date(2024, 3, 5))
        assert _problems(_doc({"on": "2024-03-05"}), Withdrawn) == {
            "$.type": "required key missing"
        }

    def test_an_illegal_review_step(self):
        clerk = Actor("c1", role="clerk")
        review = Review.start("A-1", provider="edu", by=clerk, on=date(2030, 3, 1))
        review = review.submit(by=clerk, on=date(2030, 3, 2))
        data = to_dict(review)
        data["history"][1]["action"] = "publish"
        data["history"][1]["target"] = "published"
        problems = _problems(_doc(data), Review)
        assert list(problems) == ["$.history"]
        data = to_dict(review)
        data["history"][1]["on"] = "2030-02-01"
        assert list(_problems(_doc(data), Review)) == ["$.history[1]"]

    def test_an_agency_tree_with_a_cycle(self):
        data = {
            "agencies": [
                {"id": "a", "name": "A", "name_en": "", "kind": "other", "sector": None},
                {"id": "b", "name": "B", "name_en": "", "kind": "other", "sector": None},
            ],
            "parents": [["a", "b"], ["b", "a"]],
        }
        problems = _problems(_doc(data), AgencyTree)
        assert list(problems) == ["$.parents"]
        assert "cycle" in problems["$.parents"]

    def test_a_period_that_ends_before_it_starts(self):
        data = to_dict(ChannelActivity(Channel.WEBSITE, Period.year(2030)))
        data["period"] = {"start": "2030-02-01", "end": "2030-01-01"}
        assert list(_problems(_doc(data), ChannelActivity)) == ["$.period.end"]

    def test_a_fee_schedule_with_a_gap(self):
        data = to_dict(cn.PER_VOLUME_SCHEDULE)
        data["bands"][1]["lower"] += 1
        problems = _problems(_doc(data), type(cn.PER_VOLUME_SCHEDULE))
        assert "$.bands[1].lower" in problems

    def test_a_deadline_whose_due_date_is_not_the_computed_one(self):
        req = _request(applicant=Applicant(ApplicantKind.NATURAL_PERSON))
        deadline = compute_deadline(req, cn.RULES_2019, cn.calendar())
        data = to_dict(deadline)
        data["due"] = "2024-04-12"
        problems = _problems(_doc(data), type(deadline))
        assert list(problems) == ["$.due"]
        assert "2024-04-15" in problems["$.due"]

    def test_errors_in_a_list_document_are_under_items(self):
        good = _request_doc()
        bad = _request_doc(received="2024-02-30")
        text = json.dumps({"schema_version": 1, "items": [good, bad]})
        assert list(_problems(text, list[Request])) == ["$.items[1].received"]
        text = json.dumps({"schema_version": 1, "items": [], "count": 0})
        assert _problems(text, list[Request]) == {"$.count": "unknown key"}
        text = json.dumps({"schema_version": 1, "requests": []})
        assert _problems(text, list[Request]) == {
            "$.requests": "unknown key",
            "$.items": "required key missing",
        }


# -- outcomes of rule packs ---------------------------------------------------------------


class TestOutcomes:
    def test_cn_outcomes_are_registered(self):
        assert cn.Outcome in outcome_enums()

    def test_an_unknown_outcome(self):
        doc = _request_doc(events=[{"type": "replied", "on": "2024-03-20", "outcome": "granted"}])
        problems = _problems(_doc(doc), Request)
        assert list(problems) == ["$.events[0].outcome"]
        assert "not an outcome" in problems["$.events[0].outcome"]

    def test_an_outcome_must_be_a_string(self):
        doc = _request_doc(events=[{"type": "replied", "on": "2024-03-20", "outcome": 1}])
        assert list(_problems(_doc(doc), Request)) == ["$.events[0].outcome"]

    def test_an_unregistered_outcome_enum_is_not_written(self):
        class Local(enum.Enum):
            GRANTED = "granted"

        with pytest.raises(InvalidInputError) as info:
            to_dict(Replied(on=date(2024, 3, 20), outcome=Local.GRANTED))
        assert "register_outcome_enum" in str(info.value)

    def test_an_outcome_enum_may_not_reuse_a_value(self):
        class Clash(enum.Enum):
            DISCLOSED = "disclosed"

        with pytest.raises(InvalidInputError):
            register_outcome_enum(Clash)
        assert Clash not in outcome_enums()
        register_outcome_enum(cn.Outcome)  # registering again changes nothing
        assert outcome_enums().count(cn.Outcome) == 1

    def test_a_ground_with_an_outcome_that_is_not_an_enum_is_not_written(self):
        act = Instrument(code="demo", title="Demo Act", short="DA")
        ground = ExemptionGround(
            "privacy", "privacy", "Privacy", Citation(act, "15"), Nature.MANDATORY, (), "withheld"
        )
        with pytest.raises(InvalidInputError):
            to_dict(ground)

    def test_event_tags_are_unique(self):
        with pytest.raises(InvalidInputError):
            register_event_type("replied", Withdrawn)
        with pytest.raises(InvalidInputError):
            register_event_type("Not A Tag", Withdrawn)


def test_a_decimal_that_could_not_be_read_back_is_not_written():
    with pytest.raises(InvalidInputError):
        to_dict(Money(Decimal("1E+30"), "CNY"))
    with pytest.raises(InvalidInputError):
        to_dict(Money(Decimal("1E-25"), "CNY"))


def test_enum_keys_of_a_generic_table_are_written_as_codes():
    t = Table.from_cells((cn.RequestRow.NEW,), (ApplicantKind.NATURAL_PERSON,), {})
    assert to_dict(t) == {"rows": ["new"], "columns": ["natural_person"], "values": [[None]]}


# -- personal data ---------------------------------------------------------------------------


class TestPersonalData:
    def test_identity_is_written_only_when_asked(self):
        text = to_json(_request())
        assert "张三" not in text
        assert "110101199001011234" not in text
        assert json.loads(text)["applicant"] == {"kind": "natural_person", "identity": None}
        assert "张三" in to_json(_request(), personal_data=True)
        assert to_dict(_request())["applicant"]["identity"] is None

    def test_strip_a_request_and_a_batch(self):
        stripped = strip_personal_data(_request())
        assert stripped.applicant.identity is None
        assert stripped.events == _request().events
        batch = strip_personal_data([_request(), _request(id="2")])
        assert [r.applicant.identity for r in batch] == [None, None]
        assert isinstance(batch, list)
        assert isinstance(strip_personal_data((_request(),)), tuple)

    def test_an_object_without_personal_data_is_returned_as_is(self):
        req = _request(applicant=Applicant(ApplicantKind.NATURAL_PERSON))
        assert strip_personal_data(req) is req
        report = cn.AnnualReport(agency="x", year=2025, requests=cn.RequestTable.zeros())
        assert strip_personal_data(report) is report

    def test_a_deadline_is_stripped_too(self):
        deadline = compute_deadline(_request(), cn.RULES_2019, cn.calendar())
        assert "张三" not in to_json(deadline)
        assert strip_personal_data(deadline).request.applicant.identity is None

    def test_aggregated_reports_never_contain_it(self):
        batch = [
            _request(id=f"2024-{i:03d}", applicant=Applicant(kind, ZHANG))
            for i, kind in enumerate(ApplicantKind)
        ]
        table = cn.aggregate_requests(batch, year=2024)
        assert table[cn.Outcome.PARTLY_DISCLOSED, cn.Total.TOTAL] == 6
        report = cn.AnnualReport(agency="某区人民政府", year=2024, requests=table)
        text = to_json(report, personal_data=True)
        for secret in (ZHANG.name, ZHANG.id_document, ZHANG.contact):
            assert secret is not None
            assert secret not in text
        assert "identity" not in text
