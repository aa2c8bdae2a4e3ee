"""The exemption grounds of Arts 14, 15 and 16, and the Art 37 counting rule."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govdisclosure.errors import InvalidInputError, UnknownLabelError
from govdisclosure.exemptions import (
    Consequence,
    ExemptionGround,
    Nature,
    Override,
    OverrideRule,
)
from govdisclosure.jurisdictions.cn import exemptions as ex
from govdisclosure.jurisdictions.cn.instruments import OGI_2019
from govdisclosure.jurisdictions.cn.outcomes import Outcome, OutcomeGroup
from govdisclosure.law import Citation, Instrument

CONSENT = Override.THIRD_PARTY_CONSENT
PUBLIC = Override.PUBLIC_INTEREST
LAW = Override.LAW_REQUIRES_DISCLOSURE

# ground, article, paragraph, nature, overrides, report row: from the text of Arts 14-16.
TABLE = [
    (ex.STATE_SECRET, "14", None, Nature.MANDATORY, set(), Outcome.WITHHELD_STATE_SECRET),
    (
        ex.PROHIBITED_BY_LAW,
        "14",
        None,
        Nature.MANDATORY,
        set(),
        Outcome.WITHHELD_PROHIBITED_BY_LAW,
    ),
    (
        ex.ENDANGERS_SECURITY,
        "14",
        None,
        Nature.MANDATORY,
        set(),
        Outcome.WITHHELD_ENDANGERS_SECURITY,
    ),
    (
        ex.THIRD_PARTY_RIGHTS,
        "15",
        None,
        Nature.MANDATORY,
        {CONSENT, PUBLIC},
        Outcome.WITHHELD_THIRD_PARTY_RIGHTS,
    ),
    (
        ex.INTERNAL_AFFAIRS,
        "16",
        1,
        Nature.DISCRETIONARY,
        set(),
        Outcome.WITHHELD_INTERNAL_AFFAIRS,
    ),
    (
        ex.PROCESS_INFORMATION,
        "16",
        2,
        Nature.DISCRETIONARY,
        {LAW},
        Outcome.WITHHELD_PROCESS_INFORMATION,
    ),
    (
        ex.ENFORCEMENT_CASE_FILE,
        "16",
        2,
        Nature.DISCRETIONARY,
        {LAW},
        Outcome.WITHHELD_ENFORCEMENT_CASE_FILE,
    ),
]


def test_seven_grounds():
    assert [row[0] for row in TABLE] == list(ex.GROUNDS)
    assert len({g.code for g in ex.GROUNDS}) == 7


@pytest.mark.parametrize(
    ("g", "article", "paragraph", "nature", "overrides", "row"),
    TABLE,
    ids=[row[0].code for row in TABLE],
)
def test_each_ground(g, article, paragraph, nature, overrides, row):  # noqa: PLR0917
    assert g.citation.instrument == OGI_2019
    assert (g.citation.article, g.citation.paragraph) == (article, paragraph)
    assert g.nature is nature
    assert g.is_mandatory is (nature is Nature.MANDATORY)
    assert {r.override for r in g.overrides} == overrides
    assert all(r.citation.article == article for r in g.overrides)
    assert g.outcome is row
    assert ex.ground_for(row) is g
    assert ex.ground(g.code) is g
    assert ex.ground_from_label(g.label) is g
    assert ex.ground_from_label(row.label) is g
    assert g.label_en


@pytest.mark.parametrize(
    ("g", "present", "expected"),
    [
        (ex.STATE_SECRET, set(), Consequence.MUST_WITHHOLD),
        (ex.STATE_SECRET, {CONSENT, PUBLIC, LAW}, Consequence.MUST_WITHHOLD),  # Art 14: none
        (ex.ENDANGERS_SECURITY, {PUBLIC}, Consequence.MUST_WITHHOLD),
        (ex.THIRD_PARTY_RIGHTS, set(), Consequence.MUST_WITHHOLD),  # Art 15 "不得公开"
        (ex.THIRD_PARTY_RIGHTS, {CONSENT}, Consequence.MUST_DISCLOSE),  # "第三方同意公开的"
        (ex.THIRD_PARTY_RIGHTS, {PUBLIC}, Consequence.MUST_DISCLOSE),  # "…公共利益造成重大影响的"
        (ex.THIRD_PARTY_RIGHTS, {LAW}, Consequence.MUST_WITHHOLD),
        (ex.INTERNAL_AFFAIRS, set(), Consequence.MAY_WITHHOLD),  # Art 16 ¶1 "可以不予公开"
        (ex.INTERNAL_AFFAIRS, {LAW}, Consequence.MAY_WITHHOLD),
        (ex.PROCESS_INFORMATION, set(), Consequence.MAY_WITHHOLD),
        (ex.PROCESS_INFORMATION, {LAW}, Consequence.MUST_DISCLOSE),  # Art 16 ¶2 "从其规定"
        (ex.ENFORCEMENT_CASE_FILE, {LAW}, Consequence.MUST_DISCLOSE),
        (ex.ENFORCEMENT_CASE_FILE, {CONSENT}, Consequence.MAY_WITHHOLD),
    ],
)
def test_overrides(g, present, expected):
    assert g.consequence(present) is expected


def test_no_ground_for_rows_that_rest_on_no_exemption():
    withheld_rows = [o for o in Outcome if o.group is OutcomeGroup.WITHHELD]
    assert len(withheld_rows) == 8
    assert ex.ground_for(Outcome.WITHHELD_ADMINISTRATIVE_QUERY) is None  # Art 36 (7)
    assert ex.ground_for(Outcome.UNAVAILABLE_NOT_HELD) is None


def test_ground_labels_are_matched_tolerantly():
    assert ex.ground_from_label('（三）不予公开 3. 危及"三安全一稳定"') is ex.ENDANGERS_SECURITY
    assert ex.ground_from_label("行政执法案卷信息") is ex.ENFORCEMENT_CASE_FILE
    for bad in ("国家秘密以外", "", 14):
        with pytest.raises(UnknownLabelError):
            ex.ground_from_label(bad)
    with pytest.raises(UnknownLabelError):
        ex.ground("secret")


# -- Art 37 ---------------------------------------------------------------------------------

NOT_DISCLOSURE_ROWS = [o for o in Outcome if not o.is_disclosure]


@given(
    st.lists(
        st.sampled_from(list(ex.GROUNDS)) | st.sampled_from(NOT_DISCLOSURE_ROWS),
        min_size=1,
        max_size=5,
    )
)
def test_art_37_partly_disclosed_counts_only_as_partly_disclosed(reasons):
    decision = ex.Decision(disclosed=True, withheld=tuple(reasons))
    assert decision.outcome is Outcome.PARTLY_DISCLOSED
    assert ex.report_outcome(decision) is Outcome.PARTLY_DISCLOSED


def test_wholly_disclosed():
    assert ex.Decision(disclosed=True).outcome is Outcome.DISCLOSED


@pytest.mark.parametrize("g", ex.GROUNDS, ids=lambda g: g.code)
def test_wholly_withheld_on_one_ground_counts_in_its_row(g):
    assert ex.Decision(disclosed=False, withheld=(g,)).outcome is g.outcome


def test_wholly_refused_for_other_reasons():
    decision = ex.Decision(disclosed=False, withheld=(Outcome.UNAVAILABLE_NOT_HELD,))
    assert decision.outcome is Outcome.UNAVAILABLE_NOT_HELD


def test_reasons_in_one_row_need_no_principal():
    decision = ex.Decision(
        disclosed=False, withheld=(ex.STATE_SECRET, Outcome.WITHHELD_STATE_SECRET)
    )
    assert decision.outcome is Outcome.WITHHELD_STATE_SECRET


def test_reasons_in_several_rows_need_a_principal():
    reasons = (ex.STATE_SECRET, ex.THIRD_PARTY_RIGHTS)
    with pytest.raises(InvalidInputError) as caught:
        _ = ex.Decision(disclosed=False, withheld=reasons).outcome
    assert caught.value.field == "principal"
    chosen = ex.Decision(disclosed=False, withheld=reasons, principal=ex.THIRD_PARTY_RIGHTS)
    assert chosen.outcome is Outcome.WITHHELD_THIRD_PARTY_RIGHTS


def test_decisions_are_checked():
    with pytest.raises(InvalidInputError):
        ex.Decision(disclosed=False)
    with pytest.raises(InvalidInputError):
        ex.Decision(disclosed=True, withheld=(Outcome.DISCLOSED,))
    with pytest.raises(InvalidInputError):
        ex.Decision(disclosed=True, withheld=("state secret",))  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        ex.Decision(disclosed=False, withheld=(ex.STATE_SECRET,), principal=ex.INTERNAL_AFFAIRS)


# -- the generic type -----------------------------------------------------------------------

ACT = Instrument(code="demo", title="Demo Act", short="DA")


def test_generic_grounds_are_checked():
    rule = OverrideRule(CONSENT, Citation(ACT, "1"))
    with pytest.raises(InvalidInputError):
        ExemptionGround("x", "x", "x", Citation(ACT, "1"), "mandatory")  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        ExemptionGround("x", "x", "x", Citation(ACT, "1"), Nature.MANDATORY, (rule, rule))
    with pytest.raises(InvalidInputError):
        ExemptionGround("", "x", "x", Citation(ACT, "1"), Nature.MANDATORY)
    g = ExemptionGround("x", "x", "x", Citation(ACT, "1"), Nature.DISCRETIONARY, (rule,))
    assert g.override_rule(CONSENT) is rule
    assert g.override_rule(PUBLIC) is None
    assert g.outcome is None
    with pytest.raises(InvalidInputError):
        g.consequence(["consent"])
