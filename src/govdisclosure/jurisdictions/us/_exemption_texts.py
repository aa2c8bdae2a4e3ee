"""The nine exemptions of 5 U.S.C. § 552(b) as data, in the statute's words ([TEXT]).

Exemption 7 is one exemption in six parts, each reported with its own code;
every part repeats the exemption's opening words so each entry reads whole.

>>> TEXTS[ExemptionCode.EX_2]
'related solely to the internal personnel rules and practices of an agency'
>>> TEXTS[ExemptionCode.EX_7F].endswith("endanger the life or physical safety of any individual")
True
"""

from __future__ import annotations

from govdisclosure.jurisdictions.us.codes import ExemptionCode

__all__ = ["TEXTS"]

_EX7 = (
    "records or information compiled for law enforcement purposes, but only to the extent that "
    "the production of such law enforcement records or information "
)

TEXTS: dict[ExemptionCode, str] = {
    ExemptionCode.EX_1: (
        "(A) specifically authorized under criteria established by an Executive order to be kept "
        "secret in the interest of national defense or foreign policy and (B) are in fact "
        "properly classified pursuant to such Executive order"
    ),
    ExemptionCode.EX_2: "related solely to the internal personnel rules and practices of an agency",
    ExemptionCode.EX_3: (
        "specifically exempted from disclosure by statute (other than section 552b of this "
        "title), if that statute— (A)(i) requires that the matters be withheld from the public "
        "in such a manner as to leave no discretion on the issue; or (ii) establishes particular "
        "criteria for withholding or refers to particular types of matters to be withheld; and "
        "(B) if enacted after the date of enactment of the OPEN FOIA Act of 2009, specifically "
        "cites to this paragraph"
    ),
    ExemptionCode.EX_4: (
        "trade secrets and commercial or financial information obtained from a person and "
        "privileged or confidential"
    ),
    ExemptionCode.EX_5: (
        "inter-agency or intra-agency memorandums or letters that would not be available by law "
        "to a party other than an agency in litigation with the agency, provided that the "
        "deliberative process privilege shall not apply to records created 25 years or more "
        "before the date on which the records were requested"
    ),
    ExemptionCode.EX_6: (
        "personnel and medical files and similar files the disclosure of which would constitute "
        "a clearly unwarranted invasion of personal privacy"
    ),
    ExemptionCode.EX_7A: _EX7 + "(A) could reasonably be expected to interfere with enforcement "
    "proceedings",
    ExemptionCode.EX_7B: _EX7 + "(B) would deprive a person of a right to a fair trial or an "
    "impartial adjudication",
    ExemptionCode.EX_7C: _EX7 + "(C) could reasonably be expected to constitute an unwarranted "
    "invasion of personal privacy",
    ExemptionCode.EX_7D: _EX7
    + (
        "(D) could reasonably be expected to disclose the identity of a confidential source, "
        "including a State, local, or foreign agency or authority or any private institution "
        "which furnished information on a confidential basis, and, in the case of a record or "
        "information compiled by criminal law enforcement authority in the course of a criminal "
        "investigation or by an agency conducting a lawful national security intelligence "
        "investigation, information furnished by a confidential source"
    ),
    ExemptionCode.EX_7E: _EX7
    + (
        "(E) would disclose techniques and procedures for law enforcement investigations or "
        "prosecutions, or would disclose guidelines for law enforcement investigations or "
        "prosecutions if such disclosure could reasonably be expected to risk circumvention of "
        "the law"
    ),
    ExemptionCode.EX_7F: _EX7 + "(F) could reasonably be expected to endanger the life or "
    "physical safety of any individual",
    ExemptionCode.EX_8: (
        "contained in or related to examination, operating, or condition reports prepared by, on "
        "behalf of, or for the use of an agency responsible for the regulation or supervision of "
        "financial institutions"
    ),
    ExemptionCode.EX_9: (
        "geological and geophysical information and data, including maps, concerning wells"
    ),
}

assert set(TEXTS) == set(ExemptionCode)  # noqa: S101 - a check on the table above
