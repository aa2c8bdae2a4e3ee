"""US FOIA exemptions (§ 552(b)), Exemption 3 statutes, foreseeable harm (§ 552(a)(8)), exclusions.

Expected texts are copied from the spec's table (spec §A3.1, [TEXT]), not
from the library; dates for the 25-year rule are worked out by calendar.
"""

from __future__ import annotations

from datetime import date

import attrs
import pytest

from govdisclosure.errors import InvalidInputError, UnknownLabelError
from govdisclosure.exemptions import Consequence, Nature
from govdisclosure.jurisdictions.us.codes import ExemptionCode
from govdisclosure.jurisdictions.us.exemptions import (
    DELIBERATIVE_PROCESS_YEARS,
    EXEMPTIONS,
    OPEN_FOIA_RULE,
    Exclusion,
    Exemption3Catalogue,
    Exemption3Statute,
    ExemptionPolicy,
    HarmBasis,
    Withholding,
    deliberative_process_applies,
    exemption,
)

E = ExemptionCode
HARM = HarmBasis.FORESEEABLE_HARM
LAW = HarmBasis.PROHIBITED_BY_LAW
# An invented statute, for the catalogue's rules only.
OLD = Exemption3Statute("Example Records Act", "99 U.S.C. § 1", date(1990, 1, 5), cites_b3=False)


def test_fourteen_reported_exemptions_and_no_plain_7():
    # spec §A3.1: Ex. 1-6, 7(A)-(F), 8, 9; "there is no plain Ex. 7 code".
    assert len(EXEMPTIONS) == 14
    assert set(EXEMPTIONS) == set(ExemptionCode)
    with pytest.raises(UnknownLabelError):
        exemption("Ex. 7")


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (E.EX_2, "related solely to the internal personnel rules and practices of an agency"),
        (E.EX_4, ("trade secrets and commercial or financial information obtained from a person "
                 "and privileged or confidential")),
        (E.EX_9, ("geological and geophysical information and data, including maps, concerning "
                 "wells")),
        (E.EX_6, "a clearly unwarranted invasion of personal privacy"),
        (E.EX_7A, "could reasonably be expected to interfere with enforcement proceedings"),
        (E.EX_5, ("records created 25 years or more before the date on which the records were "
                 "requested")),
    ],
)  # fmt: skip
def test_texts_are_the_statutes_words(code, words):
    assert words in EXEMPTIONS[code].label


@pytest.mark.parametrize("code", list(ExemptionCode))
def test_citations_follow_the_code(code):
    # "Ex. 7(C)" is § 552(b)(7)(C); "Ex. 3" is § 552(b)(3).
    number = code.value.removeprefix("Ex. ")
    expected = f"5 U.S.C. § 552(b)({number[0]})" + number[1:]
    assert str(EXEMPTIONS[code].citation) == expected


def test_only_exemption_3_is_a_prohibition_by_law():
    # spec §A3.1 [INFERENCE]: "does not apply to" permits withholding; Ex. 3 statutes prohibit.
    mandatory = {c for c, g in EXEMPTIONS.items() if g.nature is Nature.MANDATORY}
    assert mandatory == {E.EX_3}
    assert EXEMPTIONS[E.EX_6].consequence() is Consequence.MAY_WITHHOLD
    assert EXEMPTIONS[E.EX_3].consequence() is Consequence.MUST_WITHHOLD


# -- Exemption 5: the deliberative process privilege and its 25 years -----------------------


@pytest.mark.parametrize(
    ("created", "requested", "applies"),
    [
        (date(2000, 3, 1), date(2025, 3, 1), False),  # exactly 25 years: "25 years or more"
        (date(2000, 3, 2), date(2025, 3, 1), True),  # a day short of 25 years
        (date(1999, 12, 31), date(2025, 3, 1), False),  # more than 25 years
        (date(2025, 3, 1), date(2025, 3, 1), True),  # created the day of the request
        (date(1999, 2, 28), date(2024, 2, 29), False),  # leap day looks back to 28 Feb
        (date(1999, 3, 1), date(2024, 2, 29), True),
    ],
)
def test_deliberative_process_25_years(created, requested, applies):
    assert DELIBERATIVE_PROCESS_YEARS == 25
    assert deliberative_process_applies(created, requested) is applies


def test_a_record_created_after_the_request_is_refused():
    with pytest.raises(InvalidInputError) as err:
        deliberative_process_applies(date(2025, 3, 2), date(2025, 3, 1))
    assert err.value.field == "created"


def test_withholding_claims_the_privilege_only_in_time():
    young = Withholding(
        E.EX_5, HARM, "advice on a pending rule", deliberative_process=True,
        record_created=date(2001, 1, 1), requested_on=date(2025, 1, 1),
    )  # fmt: skip
    assert young.deliberative_process
    with pytest.raises(InvalidInputError) as err:
        attrs.evolve(young, record_created=date(2000, 1, 1))  # 25 years to the day
    assert err.value.field == "record_created"
    with pytest.raises(InvalidInputError):
        attrs.evolve(young, requested_on=None)
    with pytest.raises(InvalidInputError) as err:
        attrs.evolve(young, exemption=E.EX_6)
    assert err.value.field == "deliberative_process"
    # Other Ex. 5 privileges (attorney work product, say) have no 25-year limit.
    Withholding(E.EX_5, HARM, "attorney work product", record_created=date(1950, 1, 1),
                requested_on=date(2025, 1, 1))  # fmt: skip


# -- foreseeable harm, § 552(a)(8) ------------------------------------------------------------


@pytest.mark.parametrize("reason", ["", "   "])
def test_a_withholding_without_its_reason_is_refused(reason):
    # (a)(8)(A)(i): withhold "only if" harm is foreseen or disclosure is prohibited by law.
    with pytest.raises(InvalidInputError) as err:
        Withholding(E.EX_6, HARM, reason)
    assert err.value.field == "reason"
    assert "552(a)(8)(A)(i)" in str(err.value)


def test_exemption_3_is_prohibited_by_law_and_needs_its_statute():
    Withholding(E.EX_3, LAW, "the statute prohibits it", statute=OLD)
    with pytest.raises(InvalidInputError) as err:
        Withholding(E.EX_3, HARM, "harm", statute=OLD)
    assert err.value.field == "harm_basis"
    with pytest.raises(InvalidInputError) as err:
        Withholding(E.EX_3, LAW, "some statute")
    assert err.value.field == "statute"
    with pytest.raises(InvalidInputError) as err:
        Withholding(E.EX_6, HARM, "privacy", statute=OLD)
    assert err.value.field == "statute"


def test_a_discretionary_exemption_may_rest_on_another_law():
    # (a)(8)(A)(i)(II): "disclosure is prohibited by law", e.g. Ex. 4 and the Trade Secrets Act.
    held = Withholding(E.EX_4, LAW, "18 U.S.C. § 1905 prohibits disclosure")
    assert held.citation == EXEMPTIONS[E.EX_4].citation


# -- Exemption 3 statutes and the OPEN FOIA Act -----------------------------------------------


def test_open_foia_rule_statutes_after_the_act_must_cite_b3():
    # (b)(3)(B): "if enacted after the date of enactment of the OPEN FOIA Act of 2009".
    assert OPEN_FOIA_RULE.open_foia_enacted == date(2009, 10, 28)  # [UNVERIFIED] default
    on_the_day = attrs.evolve(OLD, enacted=date(2009, 10, 28))
    after = attrs.evolve(OLD, name="Later Act", enacted=date(2009, 10, 29))
    assert on_the_day.qualifies()
    assert not after.qualifies()
    assert attrs.evolve(after, cites_b3=True).qualifies()
    assert after.qualifies(ExemptionPolicy(date(2009, 12, 1)))  # another reading of the date


def test_the_catalogue_is_extended_not_mutated():
    empty = Exemption3Catalogue()
    grown = empty.with_statutes(OLD)
    assert empty.statutes == ()
    assert grown.statute("Example Records Act") is OLD
    held = grown.withholding("Example Records Act")
    assert (held.exemption, held.harm_basis, held.statute) == (E.EX_3, LAW, OLD)
    with pytest.raises(UnknownLabelError):
        grown.statute("No Such Act")


def test_the_catalogue_refuses_what_does_not_qualify_and_duplicates():
    late = attrs.evolve(OLD, name="Later Act", enacted=date(2015, 1, 1))
    with pytest.raises(InvalidInputError) as err:
        Exemption3Catalogue((OLD, late))
    assert err.value.fields == ("statutes[1]",)
    with pytest.raises(InvalidInputError) as err:
        Exemption3Catalogue((OLD, OLD))
    assert err.value.fields == ("statutes[1].name",)
    # The same statute qualifies under a policy that reads the Act's date later.
    Exemption3Catalogue((OLD, late), policy=ExemptionPolicy(date(2016, 1, 1)))


# -- exclusions, § 552(c) ---------------------------------------------------------------------


def test_three_exclusions_with_their_conditions():
    assert [str(x.citation) for x in Exclusion] == [
        "5 U.S.C. § 552(c)(1)",
        "5 U.S.C. § 552(c)(2)",
        "5 U.S.C. § 552(c)(3)",
    ]
    assert any("possible violation of criminal law" in c for c in Exclusion.C1.conditions)
    assert "officially confirmed" in Exclusion.C2.while_text
    assert "remains classified" in Exclusion.C3.while_text
