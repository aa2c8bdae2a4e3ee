"""The built-in PRC schemes: Art 20, Art 21, the topical catalogue and its crosswalk.

Expected labels are the article texts as the spec gives them (§1), written out
here again, not read back from the code.
"""

from __future__ import annotations

import pytest

from govdisclosure.jurisdictions.cn.instruments import OGI_2019
from govdisclosure.jurisdictions.cn.schemes import (
    ART_20_ITEMS,
    ART_21_CITY_COUNTY_ITEMS,
    ART_21_TOWNSHIP_ITEMS,
    STATUTORY_SCHEME,
    TOPICAL_SCHEME,
    TOPICAL_TO_STATUTORY,
)
from govdisclosure.law import Citation

ART_20 = [
    "行政法规、规章和规范性文件",
    "机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名",
    "国民经济和社会发展规划、专项规划、区域规划及相关政策",
    "国民经济和社会发展统计信息",
    "办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果",
    "实施行政处罚、行政强制的依据、条件、程序以及本行政机关认为具有一定社会影响的行政处罚决定",
    "财政预算、决算信息",
    "行政事业性收费项目及其依据、标准",
    "政府集中采购项目的目录、标准及实施情况",
    "重大建设项目的批准和实施情况",
    "扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况",
    "突发公共事件的应急预案、预警信息及应对情况",
    "环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况",
    "公务员招考的职位、名额、报考条件等事项以及录用结果",
    "法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息",
]

# Art 21, for 设区的市级、县级人民政府及其部门 (spec §1).
ART_21_CITY = ["市政建设", "公共服务", "公益事业", "土地征收", "房屋征收", "治安管理", "社会救助"]
# Art 21, for 乡(镇)人民政府 (spec §1).
ART_21_TOWNSHIP = [
    "贯彻落实农业农村政策",
    "农田水利工程建设运营",
    "农村土地承包经营权流转",
    "宅基地使用情况审核",
    "土地征收",
    "房屋征收",
    "筹资筹劳",
    "社会救助",
]


class TestArt20:
    def test_fifteen_items_verbatim(self):
        assert [c.label for c in ART_20_ITEMS] == ART_20
        assert [c.code for c in ART_20_ITEMS] == [f"20.{n}" for n in range(1, 16)]

    @pytest.mark.parametrize("n", range(1, 16))
    def test_each_item_cites_its_article_and_item(self, n):
        category = STATUTORY_SCHEME[f"20.{n}"]
        assert category.label == ART_20[n - 1]
        assert category.citation == Citation(OGI_2019, "20", item=str(n))
        assert category.label_en
        assert STATUTORY_SCHEME.parent(f"20.{n}").code == "20"

    def test_item_6_is_penalties_and_coercion(self):
        assert "行政处罚、行政强制" in STATUTORY_SCHEME.by_path("20", "20.6").label


class TestArt21:
    def test_city_and_county_items(self):
        assert [c.label for c in ART_21_CITY_COUNTY_ITEMS] == ART_21_CITY
        assert all(c.citation.article == "21" for c in ART_21_CITY_COUNTY_ITEMS)
        assert all("设区的市级、县级人民政府" in c.citation.note for c in ART_21_CITY_COUNTY_ITEMS)
        assert [c.code for c in STATUTORY_SCHEME["21.city"].children] == [
            c.code for c in ART_21_CITY_COUNTY_ITEMS
        ]

    def test_township_items(self):
        assert [c.label for c in ART_21_TOWNSHIP_ITEMS] == ART_21_TOWNSHIP
        assert len(ART_21_TOWNSHIP_ITEMS) == 8
        assert all("乡（镇）人民政府" in c.citation.note for c in ART_21_TOWNSHIP_ITEMS)

    def test_shared_items_have_separate_codes(self):
        # 土地征收, 房屋征收 and 社会救助 appear in both lists; codes stay unique.
        city = {c.label: c.code for c in ART_21_CITY_COUNTY_ITEMS}
        town = {c.label: c.code for c in ART_21_TOWNSHIP_ITEMS}
        for label in ("土地征收", "房屋征收", "社会救助"):
            assert city[label] != town[label]
            assert (
                STATUTORY_SCHEME[city[label]].label == STATUTORY_SCHEME[town[label]].label == label
            )

    def test_scheme_size(self):
        assert len(STATUTORY_SCHEME) == 3 + 15 + 7 + 8
        assert all(c.citation is not None for c in STATUTORY_SCHEME)


class TestTopical:
    def test_seed_headings_present(self):
        # The seed: agency functions, administrative approval and administrative law
        # enforcement, policies and regulations, business work, key projects.
        for code in ("functions", "approval", "enforcement", "policies", "business", "projects"):
            assert code in TOPICAL_SCHEME
            assert "seed" in TOPICAL_SCHEME[code].note
        assert TOPICAL_SCHEME.by_path("行政审批").code == "approval"
        assert (
            TOPICAL_SCHEME.by_path("Agency functions", "Internal structure").code
            == "functions.structure"
        )

    def test_added_headings_are_marked_as_ours(self):
        for code in ("plans", "statistics", "finance", "personnel", "emergencies", "other"):
            assert "added by us" in TOPICAL_SCHEME[code].note


class TestCrosswalk:
    @pytest.mark.parametrize(
        ("topic", "items"),
        [
            ("functions", ("20.2",)),  # 机构职能 ~ 机关职能、机构设置 …
            ("functions.contacts", ("20.2",)),  # 联系方式 is named in item (二)
            ("approval", ("20.5",)),  # 行政审批 ~ 办理行政许可 …
            ("enforcement", ("20.6",)),  # 行政执法 ~ 行政处罚、行政强制
            ("policies", ("20.1",)),  # 政策法规 ~ 规章和规范性文件
            ("projects", ("20.10",)),  # 重点项目 ~ 重大建设项目
            ("statistics", ("20.4",)),
            ("finance", ("20.7", "20.8", "20.9")),  # 预算决算, 收费, 集中采购
            ("personnel", ("20.14",)),
            ("emergencies", ("20.12",)),
        ],
    )
    def test_mappings(self, topic, items):
        assert TOPICAL_TO_STATUTORY.map(topic) == items

    def test_every_mapping_is_flagged_as_our_reading(self):
        assert TOPICAL_TO_STATUTORY.entries
        assert all(e.inferred and "[INFERENCE]" in e.note for e in TOPICAL_TO_STATUTORY.entries)

    def test_what_does_not_map(self):
        assert TOPICAL_TO_STATUTORY.unmapped == ("business", "other")
        # Items of Art 20 no topical heading reaches.
        uncovered_20 = [c for c in TOPICAL_TO_STATUTORY.uncovered if c.startswith("20.")]
        assert uncovered_20 == ["20.11", "20.13", "20.15"]

    def test_every_target_exists(self):
        assert all(code in STATUTORY_SCHEME for code in TOPICAL_TO_STATUTORY.image)
        assert TOPICAL_TO_STATUTORY.source is TOPICAL_SCHEME
        assert TOPICAL_TO_STATUTORY.target is STATUTORY_SCHEME
