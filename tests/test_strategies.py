"""The public strategies build what they promise: consistent logs, balanced tables, and so on.

Each property checks something the model's own constructor does not: that a
"valid" table has no finding at all, that an "invalid" one has a broken
identity, that request logs can be run by the reply clock, and so on.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govdisclosure import strategies as gs
from govdisclosure.deadlines import Deadline, compute_deadline
from govdisclosure.jurisdictions import cn
from govdisclosure.jurisdictions.cn.report.format import ValueKind, proactive_cells
from govdisclosure.reports import BLANK_RULE
from govdisclosure.requests import ExtensionGranted, Request
from govdisclosure.review import ReviewState


class TestReportTables:
    @settings(max_examples=40, deadline=None)
    @given(gs.cn_request_tables())
    def test_valid_request_tables_have_no_finding_at_all(self, table):
        assert table.validate() == ()

    @settings(max_examples=40, deadline=None)
    @given(gs.cn_request_tables(valid=False))
    def test_invalid_request_tables_break_an_identity(self, table):
        broken = [f for f in table.validate() if f.rule != BLANK_RULE]
        assert broken
        assert {f.rule for f in broken} >= {"cn.t3.row-total"}

    @settings(max_examples=20, deadline=None)
    @given(gs.cn_request_tables(valid=None))
    def test_any_request_table_may_have_blanks(self, table):
        assert all(v is None or v >= 0 for _, _, v in table.cells.cells())

    @settings(max_examples=20, deadline=None)
    @given(gs.cn_request_tables(cn.ReportFormat.V2019))
    def test_a_layout_can_be_fixed(self, table):
        assert table.layout is cn.ReportFormat.V2019
        assert table.validate() == ()

    @settings(max_examples=40, deadline=None)
    @given(gs.cn_case_tables(), gs.cn_case_tables(valid=False))
    def test_case_tables(self, good, bad):
        assert good.validate() == ()
        assert [f.rule for f in bad.validate()] == ["cn.t4.group-total"]

    @settings(max_examples=30, deadline=None)
    @given(gs.cn_proactive_tables(blanks=False))
    def test_proactive_cells_hold_their_kind(self, table):
        for spec, value in zip(proactive_cells(table.layout), table.values, strict=True):
            if spec.kind is ValueKind.AMOUNT:
                assert isinstance(value, Decimal)
                assert value >= 0
            else:
                assert type(value) is int
                assert spec.kind is ValueKind.SIGNED or value >= 0

    @settings(max_examples=30, deadline=None)
    @given(gs.cn_annual_reports())
    def test_valid_annual_reports_check_clean(self, report):
        assert report.validate() == ()
        assert report.requests.layout is report.layout is report.proactive.layout

    @settings(max_examples=20, deadline=None)
    @given(gs.cn_annual_reports(valid=False))
    def test_invalid_annual_reports_have_findings(self, report):
        assert report.validate(report_blanks=False) != ()


class TestRequests:
    @settings(max_examples=150, deadline=None)
    @given(gs.requests(st.dates(date(2020, 1, 1), date(2020, 12, 31)), max_extension=5))
    def test_logs_are_ordered_and_end_once(self, request):
        assert date(2020, 1, 1) <= request.received <= date(2020, 12, 31)
        days = [request.received, *(e.on for e in request.events)]
        assert days == sorted(days)
        assert all(not e.concludes for e in request.events[:-1])
        extensions = [e for e in request.events if isinstance(e, ExtensionGranted)]
        assert len(extensions) <= 1
        assert all(1 <= e.days.days <= 5 for e in extensions)

    @settings(max_examples=50, deadline=None)
    @given(gs.requests(max_extension=0))
    def test_no_extension_when_none_is_allowed(self, request):
        assert not any(isinstance(e, ExtensionGranted) for e in request.events)

    @settings(max_examples=60, deadline=None)
    @given(gs.requests(gs.cn_dates(date(2019, 6, 1), date(2025, 6, 30)), max_extension=20))
    def test_the_cn_clock_runs_on_every_log(self, request):
        deadline = cn.reply_deadline(request)
        assert deadline.due is None or deadline.due > request.received

    @settings(max_examples=30, deadline=None)
    @given(gs.deadlines())
    def test_deadlines_are_what_the_clock_computes(self, deadline):
        assert isinstance(deadline, Deadline)
        again = compute_deadline(deadline.request, deadline.rules, deadline.calendar)
        assert again == deadline

    @settings(max_examples=30, deadline=None)
    @given(gs.applicants(identity=True), gs.applicants(identity=False))
    def test_identity_on_demand(self, with_identity, without):
        assert with_identity.identity is not None
        assert without.identity is None


class TestOtherModels:
    @settings(max_examples=40, deadline=None)
    @given(gs.money("JPY", min_value=5, max_value=10, max_places=1))
    def test_money_bounds(self, amount):
        assert amount.currency == "JPY"
        assert Decimal(5) <= amount.amount <= Decimal(10)
        exponent = amount.amount.as_tuple().exponent
        assert isinstance(exponent, int)
        assert exponent >= -1

    @settings(max_examples=30, deadline=None)
    @given(gs.progressive_schedules(open_ended=True), st.integers(0, 500))
    def test_open_ended_schedules_price_any_count(self, schedule, units):
        assert schedule.covers_through is None
        assert schedule.fee(units).units == units

    @settings(max_examples=30, deadline=None)
    @given(gs.calendars())
    def test_calendars_cover_whole_years(self, calendar):
        assert (calendar.first.month, calendar.first.day) == (1, 1)
        assert (calendar.last.month, calendar.last.day) == (12, 31)

    @settings(max_examples=30, deadline=None)
    @given(gs.agency_trees())
    def test_every_agency_reaches_a_root(self, tree):
        roots = {a.id for a in tree.roots}
        for agency in tree:
            top = ([agency, *tree.ancestors(agency.id)])[-1]
            assert top.id in roots

    @settings(max_examples=30, deadline=None)
    @given(gs.reviews())
    def test_reviews_replay(self, review):
        assert review.history[0].target is ReviewState.DRAFTED
        if review.state is ReviewState.PUBLISHED:
            assert review.published_on == review.history[-1].on

    @settings(max_examples=30, deadline=None)
    @given(gs.quota_assessments())
    def test_quota_assessments_can_be_scored(self, assessment):
        if assessment.points_rule is not None:
            table = assessment.points()
            assert len(table) == 12 // assessment.points_rule.every_months
        # (a rate target of 0 with nothing submitted is a shortfall with gap 0: see publicity)
        assert all(s.gap >= 0 for s in assessment.shortfalls)

    @settings(max_examples=30, deadline=None)
    @given(gs.cn_fee_notices())
    def test_fee_notices_are_for_something(self, notice):
        assert notice.amount.amount > 0
        assert notice.received_on - notice.issued_on <= timedelta(days=10)

    @settings(max_examples=30, deadline=None)
    @given(gs.cn_decisions())
    def test_decisions_have_a_report_row(self, decision):
        if decision.disclosed or len(set(decision.withheld)) <= 1:
            assert decision.outcome in cn.Outcome

    @settings(max_examples=20, deadline=None)
    @given(gs.crosswalks())
    def test_crosswalks_map_onto_their_target(self, walk):
        assert set(walk.image) <= set(walk.target.codes)


class TestByType:
    def test_for_type_knows_the_models(self):
        assert Request in gs.strategy_types()
        assert cn.AnnualReport in gs.strategy_types()

    def test_for_type_refuses_a_class_it_does_not_know(self):
        with pytest.raises(KeyError):
            gs.for_type(int)

    def test_register_type_strategies(self):
        gs.register_type_strategies()

        @settings(max_examples=5, deadline=None)
        @given(st.from_type(cn.RequestTable))
        def check(table):
            assert table.validate() == ()

        check()


def test_importing_serialization_does_not_import_hypothesis():
    code = (
        "import sys, govdisclosure.serialization as s, govdisclosure.requests as r;"
        "from datetime import date;"
        "s.to_json(r.Replied(on=date(2024, 1, 1)));"
        "sys.exit(1 if any(m.split('.')[0] == 'hypothesis' for m in sys.modules) else 0)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stdout + out.stderr
