"""UK exemptions: FOIA Part II (s.2(3)), EIR reg 12, FOISA Part 2 (s.2(2)), PIT, NCND, s.12/s.14.

Expected statuses and headings are copied by hand from the spec's table (spec
§B3.1) and, for FOISA s.2(2), from the Act's text (legislation.gov.uk, read for
this pack); never from the library's own tables.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govdisclosure.errors import InvalidInputError, UnknownLabelError
from govdisclosure.exemptions import Consequence, Override
from govdisclosure.jurisdictions.uk import (
    EXEMPTIONS,
    Act,
    ExemptionBasis,
    ExemptionCondition,
    ExemptionPolicy,
    ExemptionStatus,
    PublicInterestBalance,
    PublicInterestTest,
    Refusal,
    RefusalGround,
    RefusalKind,
    UkExemption,
    exemption,
    refusal_ground,
)

FOIA, EIR, FOISA = Act.FOIA, Act.EIR, Act.FOISA
MAINTAIN = PublicInterestTest(
    ["accountability"],
    ["harm inherent in the exemption"],
    PublicInterestBalance.MAINTAINING_OUTWEIGHS,
)
DISCLOSE = PublicInterestTest(
    ["accountability"], ["harm"], PublicInterestBalance.DISCLOSURE_OUTWEIGHS
)
EVEN = PublicInterestTest(["accountability"], ["harm"], PublicInterestBalance.EVENLY_BALANCED)
HOUSES = ExemptionCondition.HELD_BY_HOUSE_OF_PARLIAMENT
DP = ExemptionCondition.DP_PRINCIPLES_CONTRAVENED

# -- FOIA: the spec's table, by hand ---------------------------------------------------------

SPEC_HEADINGS = {
    "21": "Information accessible to applicant by other means",
    "22": "Information intended for future publication",
    "23": "Information supplied by, or relating to, bodies dealing with security matters",
    "24": "National security",
    "26": "Defence",
    "27": "International relations",
    "28": "Relations within the United Kingdom",
    "29": "The economy",
    "30": "Investigations and proceedings conducted by public authorities",
    "31": "Law enforcement",
    "32": "Court records, etc.",
    "33": "Audit functions",
    "34": "Parliamentary privilege",
    "35": "Formulation of government policy, etc.",
    "36": "Prejudice to effective conduct of public affairs",
    "37": "Communications with Her Majesty, etc. and honours",
    "38": "Health and safety",
    "39": "Environmental information",
    "40": "Personal information",
    "41": "Information provided in confidence",
    "42": "Legal professional privilege",
    "43": "Commercial interests",
    "44": "Prohibitions on disclosure",
}
SPEC_QUALIFIED = {"22", "24", "26", "27", "28", "29", "30", "31", "33", "35", "38", "39", "42"}
SPEC_ABSOLUTE = {"21", "23", "32", "34", "41", "44"}


@pytest.mark.parametrize(("section", "heading"), sorted(SPEC_HEADINGS.items()))
def test_foia_headings_are_the_acts(section, heading):
    assert exemption(FOIA, f"s.{section}").heading == heading


@pytest.mark.parametrize("section", sorted(SPEC_QUALIFIED))
def test_foia_qualified_sections(section):
    ex = exemption(FOIA, f"s.{section}")
    assert ex.status is ExemptionStatus.QUALIFIED
    assert ex.is_absolute() is False


@pytest.mark.parametrize("section", sorted(SPEC_ABSOLUTE))
def test_foia_absolute_sections(section):
    assert exemption(FOIA, f"s.{section}").is_absolute() is True


def test_s2_3_absolute_list_exact():
    # s.2(3)(a)-(h): 21, 23, 32, 34, 36 (Houses), 37(1)(a)-(ab) (2010), 40(1), 40(2) first
    # condition, 41, 44 (spec §B3.1).
    table = EXEMPTIONS[FOIA]
    by_status: dict[ExemptionStatus, set[str]] = {}
    for provision, ex in table.items():
        by_status.setdefault(ex.status, set()).add(provision)
    assert by_status[ExemptionStatus.ABSOLUTE] == {"21", "23", "32", "34", "40(1)", "41", "44"}
    assert by_status[ExemptionStatus.CONDITIONAL] == {"36", "40(2)"}
    assert by_status[ExemptionStatus.BY_POLICY] == {"37(1)(a)", "37(1)(aa)", "37(1)(ab)"}
    assert by_status[ExemptionStatus.BY_LIMB] == {"37", "40", "43"}
    absolute_default = {
        p
        for p, ex in table.items()
        if ex.status in {ExemptionStatus.ABSOLUTE, ExemptionStatus.BY_POLICY} and ex.is_absolute()
    }
    assert absolute_default == {
        "21", "23", "32", "34", "37(1)(a)", "37(1)(aa)", "37(1)(ab)", "40(1)", "41", "44",
    }  # fmt: skip


def test_every_section_21_to_44_but_25():
    for n in range(21, 45):
        if n == 25:
            with pytest.raises(UnknownLabelError, match="not an exemption"):
                exemption(FOIA, "s.25")
            continue
        assert exemption(FOIA, f"s.{n}").section == str(n)
    for outside in ("s.20", "s.45", "s.12"):
        with pytest.raises(UnknownLabelError) as info:
            exemption(FOIA, outside)
        assert info.value.field == "code"


def test_s36_absolute_only_for_the_houses():
    s36 = exemption(FOIA, "s.36")
    assert s36.basis is ExemptionBasis.PREJUDICE
    assert s36.is_absolute({HOUSES: True}) is True
    assert s36.is_absolute({HOUSES: False}) is False
    with pytest.raises(InvalidInputError) as info:
        s36.is_absolute()
    assert info.value.field == "facts"
    # Held by a House: absolute, so no public interest test; otherwise one is needed.
    Refusal(s36, facts={HOUSES: True})
    with pytest.raises(InvalidInputError) as info:
        Refusal(s36, facts={HOUSES: False})
    assert info.value.field == "public_interest"
    assert Refusal(s36, MAINTAIN, facts={HOUSES: False}).absolute is False


def test_s40_limbs():
    with pytest.raises(InvalidInputError, match=r"40\(1\)"):
        exemption(FOIA, "s.40").is_absolute()
    assert exemption(FOIA, "s.40(1)").is_absolute() is True
    s40_2 = exemption(FOIA, "s.40(2)")
    assert s40_2.is_absolute({DP: True}) is True
    assert s40_2.is_absolute({DP: False}) is False
    with pytest.raises(InvalidInputError):
        Refusal(s40_2)  # the fact is missing: no guess


def test_s37_royal_limbs_are_a_policy():
    s37a = exemption(FOIA, "s.37(1)(a)")
    assert s37a.is_absolute() is True
    assert s37a.is_absolute(policy=ExemptionPolicy(royal_communications_absolute=False)) is False
    assert exemption(FOIA, "s.37(1)(b)").is_absolute() is False
    assert exemption(FOIA, "s.37(1)(ac)").is_absolute() is False


def test_s41_absolute_with_its_confidence_defence_noted():
    s41 = exemption(FOIA, "s.41")
    assert s41.is_absolute() is True
    assert "public interest" in s41.note


def test_s43_prejudice_limb_and_class_limb():
    assert exemption(FOIA, "s.43(1)").basis is ExemptionBasis.CLASS
    assert exemption(FOIA, "s.43(2)").basis is ExemptionBasis.PREJUDICE


def test_foia_prejudice_list_of_the_spec():
    # spec §B3.1 [INFERENCE]: ss.26-29, 31, 33, 36, 38, 43(2) are prejudice-based.
    for p in ("26", "27", "28", "29", "31", "33", "36", "38", "43(2)"):
        assert exemption(FOIA, p).basis is ExemptionBasis.PREJUDICE, p
    for p in ("22", "30", "35", "42", "43(1)"):
        assert exemption(FOIA, p).basis is ExemptionBasis.CLASS, p


# -- NCND -------------------------------------------------------------------------------------


def test_ncnd_provisions():
    assert exemption(FOIA, "s.21").ncnd is None  # spec §B3.1: no NCND under s.21
    assert exemption(FOIA, "s.43(1)").ncnd is None
    assert str(exemption(FOIA, "s.43(2)").ncnd) == "FOIA 2000 s. 43(3)"
    assert str(exemption(FOIA, "s.23").ncnd) == "FOIA 2000 s. 23(5)"
    assert str(exemption(FOIA, "s.40(1)").ncnd) == "FOIA 2000 s. 40(5A)"
    assert str(exemption(FOIA, "s.24").ncnd) == "FOIA 2000 s. 24(2)"


def test_ncnd_refusal_needs_its_provision():
    with pytest.raises(InvalidInputError) as info:
        Refusal(exemption(FOIA, "s.21"), neither_confirm_nor_deny=True)
    assert info.value.field == "neither_confirm_nor_deny"
    refusal = Refusal(exemption(FOIA, "s.24"), MAINTAIN, neither_confirm_nor_deny=True)
    assert [str(c) for c in refusal.citations] == [
        "FOIA 2000 s. 24",
        "FOIA 2000 s. 2(2)(b)",
        "FOIA 2000 s. 24(2)",
    ]


# -- the public interest test -----------------------------------------------------------------


def test_qualified_refusal_needs_a_public_interest_test():
    with pytest.raises(InvalidInputError) as info:
        Refusal(exemption(FOIA, "s.35"))
    assert info.value.field == "public_interest"
    assert Refusal(exemption(FOIA, "s.35"), MAINTAIN).absolute is False


def test_a_test_for_disclosure_is_not_a_refusal():
    with pytest.raises(InvalidInputError) as info:
        Refusal(exemption(FOIA, "s.35"), DISCLOSE)
    assert info.value.field == "public_interest.balance"


def test_a_tie_discloses_by_default_under_foia_and_always_under_foisa_and_eir():
    with pytest.raises(InvalidInputError):
        Refusal(exemption(FOIA, "s.35"), EVEN)
    lenient = ExemptionPolicy(tie_favours_disclosure=False)
    Refusal(exemption(FOIA, "s.35"), EVEN, policy=lenient)
    for act, code in ((FOISA, "s.30"), (EIR, "reg.12(4)(e)")):
        with pytest.raises(InvalidInputError):
            Refusal(exemption(act, code), EVEN, policy=lenient)


def test_absolute_refusal_has_no_public_interest_test():
    Refusal(exemption(FOIA, "s.21"))
    with pytest.raises(InvalidInputError) as info:
        Refusal(exemption(FOIA, "s.21"), MAINTAIN)
    assert info.value.field == "public_interest"


def test_public_interest_test_needs_arguments():
    with pytest.raises(InvalidInputError):
        PublicInterestTest([], ["harm"], PublicInterestBalance.MAINTAINING_OUTWEIGHS)
    with pytest.raises(InvalidInputError):
        PublicInterestTest(["x"], [" "], PublicInterestBalance.MAINTAINING_OUTWEIGHS)
    assert PublicInterestTest(
        "one", "two", PublicInterestBalance.EVENLY_BALANCED
    ).for_disclosure == ("one",)


def test_generic_ground():
    qualified = exemption(FOIA, "s.42").ground()
    assert qualified.consequence() is Consequence.MAY_WITHHOLD
    assert qualified.consequence({Override.PUBLIC_INTEREST}) is Consequence.MUST_DISCLOSE
    absolute = exemption(FOIA, "s.44").ground()
    assert absolute.consequence({Override.PUBLIC_INTEREST}) is Consequence.MAY_WITHHOLD


# -- EIR --------------------------------------------------------------------------------------


def test_eir_exceptions_exact_and_all_qualified():
    expected = {f"12(4)({c})" for c in "abcde"} | {f"12(5)({c})" for c in "abcdefg"}
    assert set(EXEMPTIONS[EIR]) == expected
    for ex in EXEMPTIONS[EIR].values():
        assert ex.is_absolute() is False
        assert str(ex.public_interest_citation) == "EIR 2004 s. 12(1)(b)"


def test_eir_ncnd_only_for_12_5_a():
    ncnd = {p for p, ex in EXEMPTIONS[EIR].items() if ex.ncnd is not None}
    assert ncnd == {"12(5)(a)"}
    assert str(exemption(EIR, "reg 12(5)(a)").ncnd) == "EIR 2004 s. 12(6)"


def test_eir_manifestly_unreasonable_is_an_exception_with_a_test():
    ground = refusal_ground(EIR, "reg.12(4)(b)")
    assert isinstance(ground, UkExemption)
    assert ground.heading == "The request is manifestly unreasonable"
    with pytest.raises(InvalidInputError):
        Refusal(ground)
    Refusal(ground, MAINTAIN)
    with pytest.raises(UnknownLabelError):
        refusal_ground(EIR, "s.14(1)")


def test_eir_12_5_is_adverse_effect():
    assert exemption(EIR, "12(5)(e)").basis is ExemptionBasis.ADVERSE_EFFECT
    assert exemption(EIR, "12(4)(e)").code == "reg.12(4)(e)"


# -- FOISA ------------------------------------------------------------------------------------


def test_foisa_s2_2_absolute_list_exact():
    # s.2(2): (a) s.25, (b) s.26, (c) s.36(2), (d) s.37, (e)(i) s.38(1)(a), (c), (d),
    # (e)(ii) s.38(1)(b) where the first condition is satisfied.
    table = EXEMPTIONS[FOISA]
    absolute = {p for p, ex in table.items() if ex.status is ExemptionStatus.ABSOLUTE}
    assert absolute == {"25", "26", "36(2)", "37", "38(1)(a)", "38(1)(c)", "38(1)(d)"}
    assert {p for p, ex in table.items() if ex.status is ExemptionStatus.CONDITIONAL} == {
        "38(1)(b)"
    }
    assert exemption(FOISA, "s.38(1)(b)").is_absolute({DP: True}) is True
    assert exemption(FOISA, "s.41(a)").is_absolute() is False  # policy default
    assert (
        exemption(FOISA, "s.41(a)").is_absolute(
            policy=ExemptionPolicy(foisa_royal_communications_absolute=True)
        )
        is True
    )


def test_foisa_sections_25_to_41():
    for n in range(25, 42):
        assert exemption(FOISA, f"s.{n}").section == str(n)
    for outside in ("s.24", "s.42", "s.44"):
        with pytest.raises(UnknownLabelError):
            exemption(FOISA, outside)


def test_foisa_substantial_prejudice():
    for p in ("28", "30", "32", "33", "35", "40"):
        assert exemption(FOISA, p).basis is ExemptionBasis.SUBSTANTIAL_PREJUDICE, p
    assert exemption(FOISA, "29").basis is ExemptionBasis.CLASS


def test_foisa_ncnd_is_s18_for_its_list():
    with_ncnd = {p for p, ex in EXEMPTIONS[FOISA].items() if ex.ncnd is not None}
    for p in ("28", "29", "30", "31", "32", "33", "34", "35", "39(1)", "41(b)", "38(1)(a)"):
        assert p in with_ncnd, p
        assert str(exemption(FOISA, p).ncnd) == "FOISA 2002 s. 18(1)"
    for p in ("25", "26", "27", "36(1)", "36(2)", "37", "39(2)", "40"):
        assert p not in with_ncnd, p


def test_foisa_public_interest_citation():
    assert str(exemption(FOISA, "s.33").public_interest_citation) == "FOISA 2002 s. 2(1)(b)"
    assert str(exemption(FOIA, "s.33").public_interest_citation) == "FOIA 2000 s. 2(2)(b)"


# -- refusal grounds: s.12, s.14 --------------------------------------------------------------


@pytest.mark.parametrize("act", [FOIA, FOISA])
def test_s12_and_s14_grounds(act):
    vexatious = refusal_ground(act, "s.14(1)")
    repeated = refusal_ground(act, "s.14(2)")
    cost = refusal_ground(act, "s.12")
    assert isinstance(vexatious, RefusalGround)
    assert isinstance(repeated, RefusalGround)
    assert isinstance(cost, RefusalGround)
    assert (vexatious.kind, repeated.kind, cost.kind) == (
        RefusalKind.VEXATIOUS,
        RefusalKind.REPEATED,
        RefusalKind.COST_LIMIT,
    )
    assert str(repeated.citation) == f"{act.instrument.short} s. 14(2)"
    assert refusal_ground(act, "section 14(1)") is vexatious
    assert refusal_ground(act, "s.12(2)") is cost
    with pytest.raises(UnknownLabelError, match="name the limb"):
        refusal_ground(act, "s.14")
    with pytest.raises(UnknownLabelError):
        refusal_ground(act, "s.15")


# -- the lookup -------------------------------------------------------------------------------


@pytest.mark.parametrize("spelling", ["s.40(2)", "s. 40(2)", "S.40(2)", "section 40(2)", "40 (2)"])
def test_lookup_spellings(spelling):
    assert exemption(FOIA, spelling).provision == "40(2)"


def test_lookup_bad_input():
    with pytest.raises(InvalidInputError) as info:
        exemption("foia", "s.21")  # type: ignore[arg-type]
    assert info.value.field == "act"
    with pytest.raises(InvalidInputError) as info:
        exemption(FOIA, "")
    assert info.value.field == "code"


ALL = [ex for table in EXEMPTIONS.values() for ex in table.values()]


@given(st.sampled_from(ALL))
def test_lookup_round_trips(ex):
    assert exemption(ex.act, ex.code) is ex
    assert exemption(ex.act, ex.provision) is ex


@given(st.sampled_from(ALL), st.sampled_from(["(9)", "(1)(zz)", "(7)(q)(ii)"]))
def test_an_unlisted_subprovision_falls_back_to_its_container(ex, tail):
    found = exemption(ex.act, ex.code + tail)
    assert ex.provision == found.provision or found.is_limb_of(ex)
    assert (ex.code + tail).replace("s.", "").replace("reg.", "").startswith(found.provision)


def test_confidence_defence_is_a_field_not_the_s2_test():
    assert exemption(FOIA, "s.41").confidence_defence is True
    assert exemption(FOISA, "s.36(2)").confidence_defence is True
    assert exemption(FOISA, "s.36(1)").confidence_defence is False
    assert exemption(FOIA, "s.42").confidence_defence is False
    Refusal(exemption(FOIA, "s.41"))  # absolute: no public interest test under s.2


def test_facts_as_pairs_or_mapping_and_never_twice():
    s36 = exemption(FOIA, "s.36")
    assert Refusal(s36, facts=[(HOUSES, True)]) == Refusal(s36, facts={HOUSES: True})
    with pytest.raises(InvalidInputError):
        Refusal(s36, facts=[(HOUSES, True), (HOUSES, False)])
    with pytest.raises(InvalidInputError):
        Refusal(s36, facts={"held_by_house_of_parliament": True})
    with pytest.raises(InvalidInputError):
        Refusal(s36, facts={HOUSES: 1})
