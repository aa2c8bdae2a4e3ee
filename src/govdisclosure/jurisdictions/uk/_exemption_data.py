"""The FOIA 2000 Part II exemptions as data (the row format shared with the EIR and FOISA tables).

One row per provision (a section, or a limb where the limbs differ):
``(provision, heading, status, basis, ncnd, absolute_if, note)``.

* ``status``: ``"absolute"``, ``"qualified"``, ``"conditional"`` (absolute only
  when the fact named by ``absolute_if`` holds), ``"by_limb"`` (a section whose
  limbs differ: look a limb up), or ``"policy:<field>"`` (absolute or qualified
  as the named field of ``ExemptionPolicy`` says, where the sources are not firm).
* ``basis``: ``"class"``, ``"prejudice"`` (FOIA: "would, or would be likely
  to, prejudice"), ``"substantial_prejudice"`` (FOISA: "prejudice
  substantially"), ``"adverse_effect"`` (EIR reg 12(5): "would adversely
  affect"), or ``"other"`` (a "required for" test, a prohibition). The FOIA
  prejudice list is our reading, [INFERENCE] (ss.26-29, 31, 33, 36, 38,
  43(2)); it is information for people and decides nothing.
* ``ncnd``: the provision under which the duty to confirm or deny does not
  arise (FOIA: a subsection of the section itself; EIR: reg 12(6); FOISA:
  s.18(1)), or ``None`` where there is none (FOIA s.21: the MoJ exemption summaries,
  [V-mirror]).

Headings: FOIA from the Act's Part II, as the Ministry of Justice's exemption
summaries give them ([V-mirror]); EIR and FOISA are
the provisions' words, shortened.

>>> [row[0] for row in FOIA_ROWS][:4]
['21', '22', '22A', '23']

The EIR and FOISA tables are in ``_exemption_data_eir_foisa``.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

__all__ = ["FOIA_ROWS", "Row"]

Row = tuple[str, str, str, str, str | None, str | None, str]

FOIA_ROWS: tuple[Row, ...] = (
    (
        "21",
        "Information accessible to applicant by other means",
        "absolute",
        "class",
        None,
        None,
        "no NCND under s.21; may apply even if a fee is charged (MoJ summaries [V-mirror])",
    ),
    ("22", "Information intended for future publication", "qualified", "class", "22(2)", None, ""),
    (
        "22A",
        "Research",
        "qualified",
        "prejudice",
        "22A(2)",
        None,
        "added in 2014; not in the exemption lists seen [UNVERIFIED]",
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
            "[UNVERIFIED]: a policy"
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
