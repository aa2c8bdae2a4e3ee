"""cn.Outcome: the 21 leaf rows of part 三 of the 2021 report format (spec §5.5).

The labels below are typed from the spec's list of rows, not taken from the
code, and each is tried the ways published reports write it.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govdisclosure.errors import GovDisclosureError, UnknownLabelError
from govdisclosure.jurisdictions.cn.instruments import (
    FEE_MEASURES_2020,
    OGI_2019,
    REPORT_FORMAT_2021,
)
from govdisclosure.jurisdictions.cn.outcomes import Outcome, OutcomeGroup

OC = Outcome
G = OutcomeGroup

# (group enumerator and label, leaf enumerator, leaf label, member, group, article, paragraph, item)
ROWS = [
    ("（一）", "", "予以公开", OC.DISCLOSED, G.DISCLOSED),
    (
        "（二）",
        "",
        "部分公开（区分处理的，只计这一情形，不计其他情形）",
        OC.PARTLY_DISCLOSED,
        G.PARTLY_DISCLOSED,
    ),
    ("（三）不予公开", "1.", "属于国家秘密", OC.WITHHELD_STATE_SECRET, G.WITHHELD),
    ("（三）不予公开", "2.", "其他法律行政法规禁止公开", OC.WITHHELD_PROHIBITED_BY_LAW, G.WITHHELD),
    ("（三）不予公开", "3.", "危及“三安全一稳定”", OC.WITHHELD_ENDANGERS_SECURITY, G.WITHHELD),
    ("（三）不予公开", "4.", "保护第三方合法权益", OC.WITHHELD_THIRD_PARTY_RIGHTS, G.WITHHELD),
    ("（三）不予公开", "5.", "属于三类内部事务信息", OC.WITHHELD_INTERNAL_AFFAIRS, G.WITHHELD),
    ("（三）不予公开", "6.", "属于四类过程性信息", OC.WITHHELD_PROCESS_INFORMATION, G.WITHHELD),
    ("（三）不予公开", "7.", "属于行政执法案卷", OC.WITHHELD_ENFORCEMENT_CASE_FILE, G.WITHHELD),
    ("（三）不予公开", "8.", "属于行政查询事项", OC.WITHHELD_ADMINISTRATIVE_QUERY, G.WITHHELD),
    ("（四）无法提供", "1.", "本机关不掌握相关政府信息", OC.UNAVAILABLE_NOT_HELD, G.UNAVAILABLE),
    (
        "（四）无法提供",
        "2.",
        "没有现成信息需要另行制作",
        OC.UNAVAILABLE_NEEDS_CREATION,
        G.UNAVAILABLE,
    ),
    ("（四）无法提供", "3.", "补正后申请内容仍不明确", OC.UNAVAILABLE_STILL_UNCLEAR, G.UNAVAILABLE),
    ("（五）不予处理", "1.", "信访举报投诉类申请", OC.NOT_PROCESSED_COMPLAINT, G.NOT_PROCESSED),
    ("（五）不予处理", "2.", "重复申请", OC.NOT_PROCESSED_REPEAT, G.NOT_PROCESSED),
    ("（五）不予处理", "3.", "要求提供公开出版物", OC.NOT_PROCESSED_PUBLICATION, G.NOT_PROCESSED),
    ("（五）不予处理", "4.", "无正当理由大量反复申请", OC.NOT_PROCESSED_EXCESSIVE, G.NOT_PROCESSED),
    (
        "（五）不予处理",
        "5.",
        "要求行政机关确认或重新出具已获取信息",
        OC.NOT_PROCESSED_CONFIRMATION,
        G.NOT_PROCESSED,
    ),
    (
        "（六）其他处理",
        "1.",
        "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        OC.OTHER_CORRECTION_LAPSED,
        G.OTHER,
    ),
    (
        "（六）其他处理",
        "2.",
        "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        OC.OTHER_FEE_LAPSED,
        G.OTHER,
    ),
    ("（六）其他处理", "3.", "其他", OC.OTHER, G.OTHER),
]

_FULL = str.maketrans('().,123456789"', "（）．，１２３４５６７８９＂")
_HALF = str.maketrans("（），", "(),")


def variants(group: str, enum: str, label: str) -> list[str]:
    """The ways a row label is written in published reports."""
    found = [
        label,
        f"  {label}\n",
        " ".join(label),
        label.translate(_HALF),
        label.replace("“", '"').replace("”", '"'),
        label.replace("“", "'").replace("”", "'"),
        label.replace("“", "「").replace("”", "」"),
        label.replace("“", "‘").replace("”", "’"),
    ]
    if enum:
        number = enum.rstrip(".")
        found += [
            f"{enum}{label}",
            f"{enum} {label}",
            f"{number}、{label}",
            f"（{number}）{label}",
            f"({number}){label}",
            f"{enum}{label}".translate(_FULL),
            f"{group} {enum}{label}",
            f"{group}{enum}{label}",
            f"{group.translate(_HALF)}\t{enum} {label.translate(_HALF)}",
        ]
    else:
        found += [f"{group}{label}", f"{group} {label}", f"{group}{label}".translate(_HALF)]
    return found


def test_there_are_21_rows_in_report_order():
    assert len(Outcome) == 21
    assert [r[3] for r in ROWS] == list(Outcome)
    assert len({o.value for o in Outcome}) == 21


@pytest.mark.parametrize(("group", "enum", "label", "member", "kind"), ROWS)
def test_every_official_label_in_every_spelling(group, enum, label, member, kind):
    assert member.group is kind
    for text in variants(group, enum, label):
        assert Outcome.from_label(text) is member, text


@pytest.mark.parametrize(("group", "enum", "label", "member", "kind"), ROWS)
def test_labels_match_the_format(group, enum, label, member, kind):
    assert member.label == label
    assert member.label_en
    assert member.is_disclosure is (kind in (G.DISCLOSED, G.PARTLY_DISCLOSED))


def test_partly_disclosed_without_its_note():
    assert Outcome.from_label("部分公开") is OC.PARTLY_DISCLOSED
    assert Outcome.from_label("（二）部分公开") is OC.PARTLY_DISCLOSED
    assert Outcome.from_label("2、部分公开(区分处理的，只计这一情形，不计其他情形)") is (
        OC.PARTLY_DISCLOSED
    )


@pytest.mark.parametrize(
    "label",
    [
        "（三）不予公开",
        "不予公开",
        "（四）无法提供",
        "总计",
        "（七）总计",
        "本年新收政府信息公开申请数量",
        "予以公开了",
        "属于国家秘密信息",
        "",
        "   ",
        "9.属于国家秘密x",
    ],
)
def test_unknown_labels_raise(label):
    with pytest.raises(UnknownLabelError) as caught:
        Outcome.from_label(label)
    assert caught.value.field == "label"
    assert isinstance(caught.value, GovDisclosureError)
    assert isinstance(caught.value, LookupError)


@pytest.mark.parametrize("label", [None, 3, b"\xe4\xba\x88"])
def test_non_strings_raise(label):
    with pytest.raises(UnknownLabelError):
        Outcome.from_label(label)


@given(st.text(alphabet="abcxyz0123 ()（）", max_size=12))
def test_noise_never_matches(text):
    with pytest.raises(UnknownLabelError):
        Outcome.from_label(text)


# The article each row rests on (spec §5.5, "Mapping of table rows to Articles").
CITED = {
    OC.DISCLOSED: (OGI_2019, "36", None, "2"),
    OC.PARTLY_DISCLOSED: (OGI_2019, "37", None, None),
    OC.WITHHELD_STATE_SECRET: (OGI_2019, "14", None, None),
    OC.WITHHELD_PROHIBITED_BY_LAW: (OGI_2019, "14", None, None),
    OC.WITHHELD_ENDANGERS_SECURITY: (OGI_2019, "14", None, None),
    OC.WITHHELD_THIRD_PARTY_RIGHTS: (OGI_2019, "15", None, None),
    OC.WITHHELD_INTERNAL_AFFAIRS: (OGI_2019, "16", 1, None),
    OC.WITHHELD_PROCESS_INFORMATION: (OGI_2019, "16", 2, None),
    OC.WITHHELD_ENFORCEMENT_CASE_FILE: (OGI_2019, "16", 2, None),
    OC.WITHHELD_ADMINISTRATIVE_QUERY: (OGI_2019, "36", None, "7"),
    OC.UNAVAILABLE_NOT_HELD: (OGI_2019, "36", None, "4"),
    OC.UNAVAILABLE_NEEDS_CREATION: (OGI_2019, "38", None, None),
    OC.UNAVAILABLE_STILL_UNCLEAR: (OGI_2019, "30", None, None),
    OC.NOT_PROCESSED_COMPLAINT: (OGI_2019, "39", 1, None),
    OC.NOT_PROCESSED_REPEAT: (OGI_2019, "36", None, "6"),
    OC.NOT_PROCESSED_PUBLICATION: (OGI_2019, "39", 2, None),
    OC.NOT_PROCESSED_EXCESSIVE: (OGI_2019, "35", None, None),
    OC.NOT_PROCESSED_CONFIRMATION: (REPORT_FORMAT_2021, None, None, None),
    OC.OTHER_CORRECTION_LAPSED: (OGI_2019, "30", None, None),
    OC.OTHER_FEE_LAPSED: (FEE_MEASURES_2020, None, None, None),
    OC.OTHER: (REPORT_FORMAT_2021, None, None, None),
}


@pytest.mark.parametrize("member", list(Outcome))
def test_each_row_carries_its_citation(member):
    instrument, article, paragraph, item = CITED[member]
    c = member.citation
    assert (c.instrument, c.article, c.paragraph, c.item) == (instrument, article, paragraph, item)


def test_group_labels():
    assert G.WITHHELD.label == "（三）不予公开"
    assert G.PARTLY_DISCLOSED.label.startswith("（二）部分公开")
    assert all(g.label_en for g in G)


def test_group_enumerator_before_item_enumerator():
    assert Outcome.from_label("（三）3.危及“三安全一稳定”") is Outcome.WITHHELD_ENDANGERS_SECURITY
    assert Outcome.from_label("(五)2. 重复申请") is Outcome.NOT_PROCESSED_REPEAT


@pytest.mark.parametrize(
    ("label", "outcome"),
    [
        (
            "申请人无正当理由逾期不补正，行政机关不再处理其政府信息公开申请",
            "OTHER_CORRECTION_LAPSED",
        ),
        (
            "申请人逾期未按收费通知要求缴纳费用,行政机关不再处理其政府信息公开申请",
            "OTHER_FEE_LAPSED",
        ),
        ("3，危及“三安全一稳定”", "WITHHELD_ENDANGERS_SECURITY"),
        ("1 属于国家秘密", "WITHHELD_STATE_SECRET"),
    ],
)
def test_separators_written_either_way(label, outcome):
    # Published reports write 、 as ， or , and number rows "1." "1，" or "1 ".
    assert Outcome.from_label(label) is Outcome[outcome]
