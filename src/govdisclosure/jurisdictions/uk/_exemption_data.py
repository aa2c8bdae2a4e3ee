"""The UK exemptions and exceptions as data: FOIA 2000 Part II, EIR 2004 reg 12, FOISA 2002 Part 2.

One row per provision (a section, or a limb where the limbs differ):
``(provision, heading, status, basis, ncnd, absolute_if, note)``.

* ``status``: ``"absolute"``, ``"qualified"``, ``"conditional"`` (absolute only
  when the fact named by ``absolute_if`` holds), ``"by_limb"`` (a section whose
  limbs differ: look a limb up), or ``"policy:<field>"`` (absolute or qualified
  as the named field of ``ExemptionPolicy`` says, where the spec is not firm).
* ``basis``: ``"class"``, ``"prejudice"`` (FOIA: "would, or would be likely
  to, prejudice"), ``"substantial_prejudice"`` (FOISA: "prejudice
  substantially"), ``"adverse_effect"`` (EIR reg 12(5): "would adversely
  affect"), or ``"other"`` (a "required for" test, a prohibition). The FOIA
  prejudice list follows the spec's [INFERENCE] (§B3.1: ss.26-29, 31, 33, 36,
  38, 43(2)); it is information for people and decides nothing.
* ``ncnd``: the provision under which the duty to confirm or deny does not
  arise (FOIA: a subsection of the section itself; EIR: reg 12(6); FOISA:
  s.18(1)), or ``None`` where there is none (FOIA s.21: spec §B3.1).

Headings: FOIA from the Act's Part II (spec §B3.1 table); EIR and FOISA are
the provisions' words, shortened.

>>> [row[0] for row in FOIA_ROWS][:4]
['21', '22', '22A', '23']
>>> len(EIR_ROWS), len(FOISA_ROWS) > 17
(12, True)
"""

from __future__ import annotations

__all__ = ["EIR_ROWS", "FOIA_ROWS", "FOISA_ROWS", "Row"]

Row = tuple[str, str, str, str, str | None, str | None, str]

FOIA_ROWS: tuple[Row, ...] = (
    (
        "21",
        "Information accessible to applicant by other means",
        "absolute",
        "class",
        None,
        None,
        "no NCND under s.21; may apply even if a fee is charged (spec §B3.1)",
    ),
    ("22", "Information intended for future publication", "qualified", "class", "22(2)", None, ""),
    (
        "22A",
        "Research",
        "qualified",
        "prejudice",
        "22A(2)",
        None,
        "added in 2014; not in the spec's lists [UNVERIFIED]",
    ),
    (
        "23",
        "Information supplied by, or relating to, bodies dealing with security matters",
        "absolute",
        "class",
        "23(5)",
        None,
        "",
    ),
    (
        "24",
        "National security",
        "qualified",
        "other",
        "24(2)",
        None,
        '"required for the purpose of safeguarding national security"',
    ),
    ("26", "Defence", "qualified", "prejudice", "26(3)", None, ""),
    (
        "27",
        "International relations",
        "qualified",
        "prejudice",
        "27(4)",
        None,
        "s.27(2) (confidential information from another State) is class-based",
    ),
    ("28", "Relations within the United Kingdom", "qualified", "prejudice", "28(3)", None, ""),
    ("29", "The economy", "qualified", "prejudice", "29(2)", None, ""),
    (
        "30",
        "Investigations and proceedings conducted by public authorities",
        "qualified",
        "class",
        "30(3)",
        None,
        "",
    ),
    ("31", "Law enforcement", "qualified", "prejudice", "31(3)", None, ""),
    ("32", "Court records, etc.", "absolute", "class", "32(3)", None, ""),
    ("33", "Audit functions", "qualified", "prejudice", "33(3)", None, ""),
    (
        "34",
        "Parliamentary privilege",
        "absolute",
        "other",
        "34(2)",
        None,
        '"required for the purpose of avoiding an infringement of the privileges"',
    ),
    ("35", "Formulation of government policy, etc.", "qualified", "class", "35(3)", None, ""),
    (
        "36",
        "Prejudice to effective conduct of public affairs",
        "conditional",
        "prejudice",
        "36(3)",
        "held_by_house_of_parliament",
        (
            "absolute only for information held by the House of Commons or the House of Lords "
            "(s.2(3)(e)); needs the reasonable opinion of a qualified person [UNVERIFIED detail]"
        ),
    ),
    (
        "37",
        "Communications with Her Majesty, etc. and honours",
        "by_limb",
        "class",
        "37(2)",
        None,
        "",
    ),
    (
        "37(1)(a)",
        "Communications with the Sovereign",
        "policy:royal_communications_absolute",
        "class",
        "37(2)",
        None,
        (
            "absolute since the Constitutional Reform and Governance Act 2010 (s.2(3)(ea)) "
            "[UNVERIFIED in the spec]: a policy"
        ),
    ),
    (
        "37(1)(aa)",
        (
            "Communications with the heir to, or the person second in line of succession "
            "to, the Throne"
        ),
        "policy:royal_communications_absolute",
        "class",
        "37(2)",
        None,
        "as s.37(1)(a)",
    ),
    (
        "37(1)(ab)",
        (
            "Communications with a person who has subsequently acceded to the Throne or "
            "become heir or second in line"
        ),
        "policy:royal_communications_absolute",
        "class",
        "37(2)",
        None,
        "as s.37(1)(a)",
    ),
    (
        "37(1)(ac)",
        "Communications with other members of the Royal Family",
        "qualified",
        "class",
        "37(2)",
        None,
        "",
    ),
    (
        "37(1)(ad)",
        "Communications with the Royal Household",
        "qualified",
        "class",
        "37(2)",
        None,
        "",
    ),
    (
        "37(1)(b)",
        "The conferring by the Crown of any honour or dignity",
        "qualified",
        "class",
        "37(2)",
        None,
        "",
    ),
    (
        "38",
        "Health and safety",
        "qualified",
        "prejudice",
        "38(2)",
        None,
        '"would, or would be likely to, endanger"',
    ),
    (
        "39",
        "Environmental information",
        "qualified",
        "class",
        "39(2)",
        None,
        "the information is to be requested under the EIR",
    ),
    (
        "40",
        "Personal information",
        "by_limb",
        "class",
        None,
        None,
        (
            "lists disagree in detail; amended by the Data Protection Act 2018 [UNVERIFIED current "
            "structure]"
        ),
    ),
    (
        "40(1)",
        "Personal data of which the applicant is the data subject",
        "absolute",
        "class",
        "40(5A)",
        None,
        "s.2(3)(f)",
    ),
    (
        "40(2)",
        "Personal data of which the applicant is not the data subject",
        "conditional",
        "class",
        "40(5B)",
        "dp_principles_contravened",
        (
            "absolute where disclosure would contravene the data protection principles (the first "
            "condition, s.2(3)(fa)); the other conditions are qualified"
        ),
    ),
    (
        "41",
        "Information provided in confidence",
        "absolute",
        "class",
        "41(2)",
        None,
        (
            "absolute, but a breach of confidence is not actionable where the public interest in "
            "disclosure outweighs the duty of confidence (a defence of the law of confidence, "
            "not the s.2 test)"
        ),
    ),
    ("42", "Legal professional privilege", "qualified", "class", "42(2)", None, ""),
    ("43", "Commercial interests", "by_limb", "class", None, None, ""),
    (
        "43(1)",
        "Trade secrets",
        "qualified",
        "class",
        None,
        None,
        "s.43(3) excludes the duty to confirm or deny for s.43(2) only",
    ),
    ("43(2)", "Prejudice to commercial interests", "qualified", "prejudice", "43(3)", None, ""),
    (
        "44",
        "Prohibitions on disclosure",
        "absolute",
        "other",
        "44(2)",
        None,
        "an enactment, a (retained) EU obligation, or contempt of court",
    ),
)
"""FOIA 2000 Part II, ss.21-44 (s.25 is not an exemption: certificates under ss.23 and 24)."""

_EIR_PIT = "subject to the public interest test (reg 12(1)(b)) and the presumption (reg 12(2))"

EIR_ROWS: tuple[Row, ...] = (
    (
        "12(4)(a)",
        "It does not hold the information when the request is received",
        "qualified",
        "class",
        None,
        None,
        _EIR_PIT,
    ),
    (
        "12(4)(b)",
        "The request is manifestly unreasonable",
        "qualified",
        "class",
        None,
        None,
        "plays the role of the FOIA cost limit and of FOIA s.14 (the EIR have no cost limit) "
        "[UNVERIFIED]; " + _EIR_PIT,
    ),
    (
        "12(4)(c)",
        "The request is formulated in too general a manner (and reg 9 advice was given)",
        "qualified",
        "class",
        None,
        None,
        _EIR_PIT,
    ),
    (
        "12(4)(d)",
        "Material still in the course of completion, unfinished documents or incomplete data",
        "qualified",
        "class",
        None,
        None,
        _EIR_PIT,
    ),
    ("12(4)(e)", "Internal communications", "qualified", "class", None, None, _EIR_PIT),
    (
        "12(5)(a)",
        "International relations, defence, national security or public safety",
        "qualified",
        "adverse_effect",
        "12(6)",
        None,
        "reg 12(6): neither confirm nor deny where that would itself adversely affect these "
        "interests; " + _EIR_PIT,
    ),
    (
        "12(5)(b)",
        "The course of justice, a fair trial, or a criminal or disciplinary inquiry",
        "qualified",
        "adverse_effect",
        None,
        None,
        _EIR_PIT,
    ),
    (
        "12(5)(c)",
        "Intellectual property rights",
        "qualified",
        "adverse_effect",
        None,
        None,
        _EIR_PIT,
    ),
    (
        "12(5)(d)",
        "The confidentiality of the proceedings of a public authority, where provided by law",
        "qualified",
        "adverse_effect",
        None,
        None,
        _EIR_PIT,
    ),
    (
        "12(5)(e)",
        (
            "The confidentiality of commercial or industrial information, where provided "
            "by law to protect a legitimate economic interest"
        ),
        "qualified",
        "adverse_effect",
        None,
        None,
        _EIR_PIT,
    ),
    (
        "12(5)(f)",
        "The interests of the person who provided the information voluntarily",
        "qualified",
        "adverse_effect",
        None,
        None,
        _EIR_PIT,
    ),
    (
        "12(5)(g)",
        "The protection of the environment to which the information relates",
        "qualified",
        "adverse_effect",
        None,
        None,
        _EIR_PIT,
    ),
)
"""EIR 2004 reg 12(4)(a)-(e) and 12(5)(a)-(g): every exception is qualified (spec §B4)."""

_S18 = "18(1)"

FOISA_ROWS: tuple[Row, ...] = (
    ("25", "Information otherwise accessible", "absolute", "class", None, None, "s.2(2)(a)"),
    ("26", "Prohibitions on disclosure", "absolute", "other", None, None, "s.2(2)(b)"),
    (
        "27",
        "Information intended for future publication",
        "qualified",
        "class",
        None,
        None,
        "s.27(2) (research) is a substantial-prejudice test",
    ),
    (
        "28",
        "Relations within the United Kingdom",
        "qualified",
        "substantial_prejudice",
        _S18,
        None,
        "",
    ),
    (
        "29",
        "Formulation of Scottish Administration policy etc.",
        "qualified",
        "class",
        _S18,
        None,
        "",
    ),
    (
        "30",
        "Prejudice to effective conduct of public affairs",
        "qualified",
        "substantial_prejudice",
        _S18,
        None,
        "",
    ),
    (
        "31",
        "National security and defence",
        "qualified",
        "other",
        _S18,
        None,
        's.31(1) "required for"; s.31(4) (defence) is a substantial-prejudice test',
    ),
    ("32", "International relations", "qualified", "substantial_prejudice", _S18, None, ""),
    (
        "33",
        "Commercial interests and the economy",
        "qualified",
        "substantial_prejudice",
        _S18,
        None,
        "s.33(1)(a) (trade secrets) is class-based",
    ),
    (
        "34",
        (
            "Investigations by Scottish public authorities and proceedings arising out of such "
            "investigations"
        ),
        "qualified",
        "class",
        _S18,
        None,
        "",
    ),
    ("35", "Law enforcement", "qualified", "substantial_prejudice", _S18, None, ""),
    ("36", "Confidentiality", "by_limb", "class", None, None, ""),
    (
        "36(1)",
        "Confidentiality of communications in legal proceedings (legal professional privilege)",
        "qualified",
        "class",
        None,
        None,
        "",
    ),
    (
        "36(2)",
        (
            "Information obtained from another person whose disclosure would be an actionable "
            "breach of confidence"
        ),
        "absolute",
        "class",
        None,
        None,
        "s.2(2)(c)",
    ),
    ("37", "Court records, etc.", "absolute", "class", None, None, "s.2(2)(d)"),
    ("38", "Personal information", "by_limb", "class", _S18, None, ""),
    (
        "38(1)(a)",
        "Personal data of which the applicant is the data subject",
        "absolute",
        "class",
        _S18,
        None,
        "s.2(2)(e)(i)",
    ),
    (
        "38(1)(b)",
        "Personal data of which the applicant is not the data subject",
        "conditional",
        "class",
        _S18,
        "dp_principles_contravened",
        "absolute where the first condition is satisfied (s.2(2)(e)(ii)); otherwise qualified",
    ),
    ("38(1)(c)", "Personal census information", "absolute", "class", _S18, None, "s.2(2)(e)(i)"),
    (
        "38(1)(d)",
        "A deceased person's health record",
        "absolute",
        "class",
        _S18,
        None,
        "s.2(2)(e)(i)",
    ),
    ("39", "Health, safety and the environment", "by_limb", "other", None, None, ""),
    (
        "39(1)",
        "Health and safety",
        "qualified",
        "other",
        _S18,
        None,
        '"would, or would be likely to, endanger"',
    ),
    (
        "39(2)",
        "Environmental information",
        "qualified",
        "class",
        None,
        None,
        (
            "the information is to be requested under the Environmental Information (Scotland) "
            "Regulations 2004"
        ),
    ),
    ("40", "Audit functions", "qualified", "substantial_prejudice", None, None, ""),
    ("41", "Communications with Her Majesty etc. and honours", "by_limb", "class", _S18, None, ""),
    (
        "41(a)",
        (
            "Communications with Her Majesty, with other members of the Royal Family or with "
            "the Royal Household"
        ),
        "policy:foisa_royal_communications_absolute",
        "class",
        _S18,
        None,
        (
            "qualified in s.2(2) as read (2006 text); a later amendment making part of it absolute "
            "was not checked [UNVERIFIED]: a policy"
        ),
    ),
    (
        "41(b)",
        "The exercise by Her Majesty of Her prerogative of honour",
        "qualified",
        "class",
        _S18,
        None,
        "",
    ),
)
"""FOISA 2002 Part 2, ss.25-41; the absolute list is s.2(2)(a)-(e) (read on legislation.gov.uk,
text of 2006-02-13). NCND: s.18(1), for ss.28-35, 38, 39(1) and 41 only."""
