"""The EIR 2004 reg 12 exceptions and the FOISA 2002 Part 2 exemptions as data.

Rows as in ``_exemption_data`` (which explains each column).

>>> len(EIR_ROWS), [row[0] for row in FOISA_ROWS][:3]
(12, ['25', '26', '27'])

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from govdisclosure.jurisdictions.uk._exemption_data import Row

__all__ = ["EIR_ROWS", "FOISA_ROWS"]

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
"""EIR 2004 reg 12(4)(a)-(e) and 12(5)(a)-(g): every exception is qualified (reg 12(1)(b)
and (2), [UNVERIFIED])."""

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
