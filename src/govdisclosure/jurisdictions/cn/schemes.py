"""Built-in PRC classification schemes, and a crosswalk between them.

:data:`STATUTORY_SCHEME` lists what the 2019 Regulations on Open Government
Information require to be disclosed proactively, each category with its
citation ([V], read verbatim in the full text of the Regulations):

* group ``"20"``: the 15 items of Art 20 that every administrative organ
  discloses, codes ``"20.1"`` … ``"20.15"`` after the article's own numbering;
* group ``"21.city"``: the extra items of Art 21 for 设区的市级、县级人民政府及其部门;
* group ``"21.township"``: the extra items of Art 21 for 乡（镇）人民政府.

Art 21 does not number its items; their codes are ours (stable slugs).

:data:`TOPICAL_SCHEME` is a topical catalogue like the seed district's
(agency functions, administrative approval, administrative law enforcement,
policies and regulations, business work, key projects, …), and
:data:`TOPICAL_TO_STATUTORY` maps it onto the statutory items. Every mapping
there is our reading ([INFERENCE]); no source states it.

>>> STATUTORY_SCHEME["20.10"].label
'重大建设项目的批准和实施情况'
>>> str(STATUTORY_SCHEME["20.10"].citation)
'OGI Reg. (2019) Art 20 (10)'
>>> len(STATUTORY_SCHEME["20"].children), len(STATUTORY_SCHEME["21.township"].children)
(15, 8)
>>> TOPICAL_TO_STATUTORY.map("approval")
('20.5',)
>>> TOPICAL_TO_STATUTORY.unmapped
('business', 'other')

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from govdisclosure.classification import Category, Crosswalk, CrosswalkEntry, Scheme
from govdisclosure.jurisdictions.cn.instruments import OGI_2019
from govdisclosure.law import Citation

__all__ = [
    "ART_20_ITEMS",
    "ART_21_CITY_COUNTY_ITEMS",
    "ART_21_TOWNSHIP_ITEMS",
    "STATUTORY_SCHEME",
    "TOPICAL_SCHEME",
    "TOPICAL_TO_STATUTORY",
]

_ART_20: tuple[tuple[str, str], ...] = (
    ("行政法规、规章和规范性文件", "Administrative regulations, rules and normative documents"),
    (
        "机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名",
        "Functions, structure, office address, office hours, contacts and names of heads",
    ),
    (
        "国民经济和社会发展规划、专项规划、区域规划及相关政策",
        "Economic and social development plans, special and regional plans, and related policies",
    ),
    ("国民经济和社会发展统计信息", "Economic and social development statistics"),
    (
        "办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果",
        (
            "Basis, conditions, procedure and results of administrative licensing and other "
            "external management services"
        ),
    ),
    (
        "实施行政处罚、行政强制的依据、条件、程序以及本行政机关认为具有一定社会影响的行政处罚决定",
        (
            "Basis, conditions and procedure of administrative penalties and coercion, and penalty "
            "decisions the organ considers of some social impact"
        ),
    ),
    ("财政预算、决算信息", "Budgets and final accounts"),
    ("行政事业性收费项目及其依据、标准", "Administrative fees, their basis and rates"),
    (
        "政府集中采购项目的目录、标准及实施情况",
        "Catalogue, standards and implementation of centralised government procurement",
    ),
    ("重大建设项目的批准和实施情况", "Approval and implementation of major construction projects"),
    (
        "扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况",
        (
            "Policies and measures on poverty relief, education, health care, social security, "
            "employment and the like, and their implementation"
        ),
    ),
    (
        "突发公共事件的应急预案、预警信息及应对情况",
        "Emergency plans, warnings and responses for public emergencies",
    ),
    (
        "环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况",
        (
            "Supervision and inspection of environmental protection, public health, work safety, "
            "food and drugs, and product quality"
        ),
    ),
    (
        "公务员招考的职位、名额、报考条件等事项以及录用结果",
        "Civil-service recruitment: posts, numbers, conditions, and results",
    ),
    (
        "法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息",
        (
            "Other information that laws, regulations, rules and state provisions require to be "
            "disclosed proactively"
        ),
    ),
)

_CITY_NOTE = "设区的市级、县级人民政府及其部门"
_TOWNSHIP_NOTE = "乡（镇）人民政府"

_ART_21_CITY: tuple[tuple[str, str, str], ...] = (
    ("municipal-works", "市政建设", "Municipal construction"),
    ("public-services", "公共服务", "Public services"),
    ("public-welfare", "公益事业", "Public-welfare undertakings"),
    ("land-expropriation", "土地征收", "Land expropriation"),
    ("housing-expropriation", "房屋征收", "Expropriation of houses"),
    ("public-order", "治安管理", "Public-order administration"),
    ("social-assistance", "社会救助", "Social assistance"),
)

_ART_21_TOWNSHIP: tuple[tuple[str, str, str], ...] = (
    ("rural-policy", "贯彻落实农业农村政策", "Implementation of agricultural and rural policies"),
    (
        "irrigation",
        "农田水利工程建设运营",
        "Construction and operation of farmland water-conservancy works",
    ),
    (
        "land-transfer",
        "农村土地承包经营权流转",
        "Transfer of rural land contract-management rights",
    ),
    ("homesteads", "宅基地使用情况审核", "Review of homestead use"),
    ("land-expropriation", "土地征收", "Land expropriation"),
    ("housing-expropriation", "房屋征收", "Expropriation of houses"),
    ("funds-and-labour", "筹资筹劳", "Raising of funds and labour"),
    ("social-assistance", "社会救助", "Social assistance"),
)

ART_20_ITEMS: tuple[Category, ...] = tuple(
    Category(
        f"20.{n}",
        label,
        label_en,
        citation=Citation(OGI_2019, "20", item=str(n)),
    )
    for n, (label, label_en) in enumerate(_ART_20, start=1)
)
"""The 15 items of Art 20, codes ``"20.1"`` … ``"20.15"``, labels verbatim ([V])."""

ART_21_CITY_COUNTY_ITEMS: tuple[Category, ...] = tuple(
    Category(
        f"21.city.{slug}",
        label,
        label_en,
        citation=Citation(OGI_2019, "21", note=_CITY_NOTE),
        note="Art 21 does not number its items; the code is ours.",
    )
    for slug, label, label_en in _ART_21_CITY
)
"""The extra items of Art 21 for city (with districts) and county governments and departments."""

ART_21_TOWNSHIP_ITEMS: tuple[Category, ...] = tuple(
    Category(
        f"21.township.{slug}",
        label,
        label_en,
        citation=Citation(OGI_2019, "21", note=_TOWNSHIP_NOTE),
        note="Art 21 does not number its items; the code is ours.",
    )
    for slug, label, label_en in _ART_21_TOWNSHIP
)
"""The extra items of Art 21 for township (town) governments."""

STATUTORY_SCHEME = Scheme(
    "cn.ogi-2019.proactive",
    "《中华人民共和国政府信息公开条例》主动公开的政府信息",
    (
        Category(
            "20",
            "第二十条",
            "Art 20: information every administrative organ discloses proactively",
            citation=Citation(OGI_2019, "20"),
            children=ART_20_ITEMS,
        ),
        Category(
            "21.city",
            f"第二十一条（{_CITY_NOTE}）",
            "Art 21: extra items for city (with districts) and county governments and their "
            "departments",
            citation=Citation(OGI_2019, "21", note=_CITY_NOTE),
            children=ART_21_CITY_COUNTY_ITEMS,
        ),
        Category(
            "21.township",
            f"第二十一条（{_TOWNSHIP_NOTE}）",
            "Art 21: extra items for township governments",
            citation=Citation(OGI_2019, "21", note=_TOWNSHIP_NOTE),
            children=ART_21_TOWNSHIP_ITEMS,
        ),
    ),
    name_en="Information to be disclosed proactively under the OGI Regulations (2019), Arts 20-21",
)
"""What Arts 20–21 of the 2019 Regulations require to be disclosed proactively."""

_SEED = "Named in the seed report (in Spanish); the Chinese label is our back-translation."
_OURS = "Not in the seed's list; a heading common in district catalogues, added by us."

TOPICAL_SCHEME = Scheme(
    "cn.topical",
    "政府信息公开目录（主题分类）",
    (
        Category(
            "functions",
            "机构职能",
            "Agency functions",
            note=_SEED,
            children=(
                Category("functions.duties", "职能职责", "Duties", note=_OURS),
                Category("functions.structure", "机构设置", "Internal structure", note=_OURS),
                Category("functions.leaders", "领导信息", "Leadership", note=_OURS),
                Category(
                    "functions.contacts", "联系方式", "Address, hours and contacts", note=_OURS
                ),
            ),
        ),
        Category("approval", "行政审批", "Administrative approval", note=_SEED),
        Category("enforcement", "行政执法", "Administrative law enforcement", note=_SEED),
        Category("policies", "政策法规", "Policies and regulations", note=_SEED),
        Category("business", "业务工作", "Business work", note=_SEED),
        Category("projects", "重点项目", "Key projects", note=_SEED),
        Category("plans", "规划计划", "Plans and programmes", note=_OURS),
        Category("statistics", "统计信息", "Statistics", note=_OURS),
        Category("finance", "财政资金", "Budgets, fees and procurement", note=_OURS),
        Category("personnel", "人事信息", "Personnel and recruitment", note=_OURS),
        Category("emergencies", "应急管理", "Emergency management", note=_OURS),
        Category("other", "其他", "Other", note=_OURS),
    ),
    name_en="Topical disclosure catalogue (like the seed district's)",
)
"""A topical disclosure catalogue like the seed district's.

The seed (a Spanish rendering) names agency functions, administrative approval,
administrative law enforcement, policies and regulations, business work and
key projects; their Chinese labels are our back-translation. The other
headings are ours, added to make the catalogue usable; each category's
``note`` says which is which.
"""

_R = "Our reading ([INFERENCE]); no source states this mapping."

TOPICAL_TO_STATUTORY = Crosswalk(
    TOPICAL_SCHEME,
    STATUTORY_SCHEME,
    (
        CrosswalkEntry("functions", "20.2", inferred=True, note=_R),
        CrosswalkEntry("functions.duties", "20.2", inferred=True, note=_R),
        CrosswalkEntry("functions.structure", "20.2", inferred=True, note=_R),
        CrosswalkEntry("functions.leaders", "20.2", inferred=True, note=_R),
        CrosswalkEntry("functions.contacts", "20.2", inferred=True, note=_R),
        CrosswalkEntry("approval", "20.5", inferred=True, note=_R),
        CrosswalkEntry("enforcement", "20.6", inferred=True, note=_R),
        CrosswalkEntry(
            "policies",
            "20.1",
            inferred=True,
            note=f"{_R} Plans with their policies belong to 20.3, sector policies to 20.11; "
            "classify such items there directly.",
        ),
        CrosswalkEntry("projects", "20.10", inferred=True, note=_R),
        CrosswalkEntry("plans", "20.3", inferred=True, note=_R),
        CrosswalkEntry("statistics", "20.4", inferred=True, note=_R),
        CrosswalkEntry("finance", ("20.7", "20.8", "20.9"), inferred=True, note=_R),
        CrosswalkEntry("personnel", "20.14", inferred=True, note=_R),
        CrosswalkEntry("emergencies", "20.12", inferred=True, note=_R),
    ),
    name="topical catalogue -> OGI Reg. (2019) Arts 20-21",
)
"""The topical catalogue mapped onto the statutory items: all our reading.

"Business work" and "other" are too broad to map and are left unmapped
(:attr:`~govdisclosure.classification.Crosswalk.unmapped`).
"""
