"""The seed district's 2018 report: its figures come out of the models, true to the seed."""

from __future__ import annotations

from datetime import date

import pytest

from govdisclosure.examples.seed_report import LAYOUT_NOTE, seed_report, seed_requests
from govdisclosure.jurisdictions import cn
from govdisclosure.jurisdictions.cn.report import CaseKind, RequestRow, Total
from govdisclosure.law import WorkingDays
from govdisclosure.requests import ApplicantKind


def test_two_requests_received_in_2018_both_disclosed():
    table = seed_report().requests.to_dict()
    # The seed: "En 2018 ... recibió dos solicitudes", "todas fueron divulgadas".
    assert table[RequestRow.NEW][Total.TOTAL] == 2
    assert table[RequestRow.NEW][ApplicantKind.NATURAL_PERSON] == 2
    assert table[cn.Outcome.DISCLOSED][Total.TOTAL] == 2
    assert table[RequestRow.HANDLED][Total.TOTAL] == 2
    assert table[RequestRow.CARRIED_OVER][Total.TOTAL] == 0
    assert table[RequestRow.CARRIED_FORWARD][Total.TOTAL] == 0
    others = [row for row in table if row not in (RequestRow.NEW, RequestRow.HANDLED)]
    assert sum(table[row][Total.TOTAL] or 0 for row in others) == 2  # only 予以公开


def test_the_table_is_counted_from_the_records():
    assert seed_report().requests == cn.aggregate_requests(seed_requests(), year=2018)


def test_requests_fall_under_the_2007_regulations_and_were_on_time():
    for request in seed_requests():
        assert request.received.year == 2018
        deadline = cn.reply_deadline(request)
        assert deadline.rules.limit == WorkingDays(15)  # 2007 Regulations, old Art 24
        assert deadline.replied_on_time is True
    # By hand, 2018 notice: Mon 4 June received; working days 5-8 June (4), 11-15 (9),
    # Mon 18 June is the Dragon Boat holiday, 19 June is the 10th: the reply came on day 10.
    first = seed_requests()[0]
    assert cn.calendar().count_workdays(first.received, date(2018, 6, 19)) == 10


def test_no_reconsideration_or_litigation_and_table_two_blank():
    report = seed_report()
    row = report.reviews.to_row()
    assert row == (0,) * 15
    assert all(value is None for value in report.proactive.values)  # the seed gives none
    assert CaseKind  # the three groups exist; all zero above


def test_the_report_validates_and_keeps_its_year():
    report = seed_report()
    assert report.year == 2018
    assert report.validate(report_blanks=False) == ()


@pytest.mark.parametrize(
    ("language", "figures"),
    [
        ("zh", ["20,000余", "8,200余", "3,400余", "1,000余", "100%"]),
        ("en", ["more than 20,000", "more than 8,200", "more than 3,400", "more than 1,000"]),
    ],
)
def test_section_one_quotes_the_seed_figures(language, figures):
    text = seed_report(language).overview
    for figure in figures:
        assert figure in text


def test_the_example_says_which_layout_and_regime():
    assert "2021" in LAYOUT_NOTE["en"]
    assert "2007" in LAYOUT_NOTE["en"]
    assert "国办公开办函〔2021〕30号" in LAYOUT_NOTE["zh"]


def test_bad_language_is_rejected():
    from govdisclosure.errors import InvalidInputError

    with pytest.raises(InvalidInputError) as info:
        seed_report("fr")  # type: ignore[arg-type]
    assert info.value.field == "language"
