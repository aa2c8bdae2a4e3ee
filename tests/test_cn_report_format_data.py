"""The PRC format's labels live once: ``format``'s specs and the schemas agree with the spec.

The expected layouts of table 二 below are typed from the project spec, §5.4 (the
2021 format, and the 2019 trial format as printed in the Shanghai 2019 report),
not from the code's output.
"""

from __future__ import annotations

import pytest

from govdisclosure.jurisdictions.cn.outcomes import OutcomeGroup
from govdisclosure.jurisdictions.cn.report.format import (
    APPLICANT_HEADING,
    CASE_COLUMNS,
    CASE_HEADING,
    CASE_KINDS,
    CONTENT_HEADING,
    FLAT_GROUPS,
    REQUEST_COLUMNS,
    ReportFormat,
    group_heading,
    proactive_blocks,
    request_rows,
)
from govdisclosure.jurisdictions.cn.report.schemas import (
    CASE_SCHEMA,
    proactive_schema,
    request_schema,
)

SPEC_TABLE_TWO = {
    ReportFormat.V2021: [
        ("（一）", ["规章", "行政规范性文件"], ["本年制发件数", "本年废止件数", "现行有效件数"]),
        ("（五）", ["行政许可"], ["本年处理决定数量"]),
        ("（六）", ["行政处罚", "行政强制"], ["本年处理决定数量"]),
        ("（八）", ["行政事业性收费"], ["本年收费金额（单位：万元）"]),
    ],
    ReportFormat.V2019: [
        ("（一）", ["规章", "规范性文件"], ["本年新制作数量", "本年新公开数量", "对外公开总数量"]),
        (
            "（五）",
            ["行政许可", "其他对外管理服务事项"],
            ["上一年项目数量", "本年增/减", "处理决定数量"],
        ),
        ("（六）", ["行政处罚", "行政强制"], ["上一年项目数量", "本年增/减", "处理决定数量"]),
        ("（八）", ["行政事业性收费"], ["上一年项目数量", "本年增/减"]),
        ("（九）", ["政府集中采购"], ["采购项目数量", "采购总金额"]),
    ],
}


@pytest.mark.parametrize("layout", list(ReportFormat))
def test_table_two_blocks_are_the_specs(layout: ReportFormat) -> None:
    found = [
        (
            b.caption.removeprefix("第二十条第").removesuffix("项"),
            [label.zh for _, label in b.rows],
            [label.zh for _, label, _ in b.columns],
        )
        for b in proactive_blocks(layout)
    ]
    assert found == SPEC_TABLE_TWO[layout]
    for block in proactive_blocks(layout):
        item = block.caption[len("第二十条第（") : -len("）项")]
        assert block.citation.item == str("一二三四五六七八九".index(item) + 1)
        assert block.caption_en == f"Art 20({block.citation.item})"


@pytest.mark.parametrize("layout", list(ReportFormat))
def test_request_schema_labels_are_the_format_specs(layout: ReportFormat) -> None:
    schema = request_schema(layout)
    specs = request_rows(layout)
    assert [r.key for r in schema.rows] == [s.key for s in specs]
    assert [(r.label("zh"), r.label("en")) for r in schema.rows] == [
        (s.label, s.label_en) for s in specs
    ]
    assert [(c.key, c.label("zh"), c.label("en")) for c in schema.columns] == [
        (c.key, c.label, c.label_en) for c in REQUEST_COLUMNS
    ]
    assert dict(schema.stub) == {"zh": APPLICANT_HEADING.zh, "en": APPLICANT_HEADING.en}
    grouped = {s.group for s in specs if s.group is not None} - set(FLAT_GROUPS)
    for group in grouped:
        if group is OutcomeGroup.OTHER and layout is ReportFormat.V2019:
            continue  # （六）其他处理 is one row of its own in 2019
        heading = next(h for h in schema.headings if h.key == group.value)
        assert heading.label("zh") == group_heading(group).zh == group.label
        assert heading.label("en") == group_heading(group).en


def test_group_headings_are_numbered_in_the_order_of_the_table() -> None:
    assert [group_heading(g).en.split(")")[0] for g in OutcomeGroup] == [
        f"({n}" for n in range(1, 7)
    ]


def test_case_and_proactive_schemas_read_the_format_headings() -> None:
    assert [(r.key, r.label("zh"), r.label("en")) for r in CASE_SCHEMA.rows] == [
        (k, k.label, k.label_en) for k in CASE_KINDS
    ]
    assert [(c.key, c.label("zh")) for c in CASE_SCHEMA.columns] == [
        (c.key, c.label) for c in CASE_COLUMNS
    ]
    assert dict(CASE_SCHEMA.stub) == {"zh": CASE_HEADING.zh, "en": CASE_HEADING.en}
    assert CASE_HEADING.zh == "项目"
    for layout in ReportFormat:
        assert dict(proactive_schema(layout).stub) == {
            "zh": CONTENT_HEADING.zh,
            "en": CONTENT_HEADING.en,
        }
        assert CONTENT_HEADING.zh == "信息内容"
