"""The PRC legal instruments the ``cn`` rule pack cites.

Each fact is cited where it is used and marked by how firmly it is
established: [V] read verbatim in a stored copy of the full text; [V-mirror]
verbatim, but only in a republished copy (a local-government page or a mirror
of the gov.cn text); [3P] in third-party material only (a blog, a Q&A page,
open-source code that reproduces official tables); [UNVERIFIED] not found in a
source read; [INFERENCE] our reading. Each instrument below says which copy of
it was read, where one was; dates not verified against the official text are
noted beside them.

>>> str(Citation(OGI_2019, "33", paragraph=2))
'OGI Reg. (2019) Art 33 ¶2'
>>> OGI_2019.effective
datetime.date(2019, 5, 15)
"""

from __future__ import annotations

from datetime import date

from govdisclosure.law import Citation, Instrument

__all__ = [
    "FEE_MEASURES_2020",
    "HOLIDAY_MEASURES_2007",
    "HOLIDAY_MEASURES_2013",
    "HOLIDAY_MEASURES_2024",
    "INTERPRETATION_2015",
    "OGI_2007",
    "OGI_2019",
    "REPORT_FORMAT_2019",
    "REPORT_FORMAT_2021",
    "SICHUAN_FEE_NOTICE_2021",
    "SPC_PROVISIONS_2011",
    "Citation",
]

OGI_2007 = Instrument(
    code="cn.ogi-2007",
    title="中华人民共和国政府信息公开条例",
    short="OGI Reg. (2007)",
    number="国务院令第492号",
    promulgated=date(2007, 4, 5),
    effective=date(2008, 5, 1),
)
"""The 2007 Regulations on Open Government Information, in force 2008-05-01 to 2019-05-14."""

OGI_2019 = Instrument(
    code="cn.ogi-2019",
    title="中华人民共和国政府信息公开条例（2019年修订）",
    short="OGI Reg. (2019)",
    number="国务院令第711号",
    promulgated=date(2019, 4, 3),
    effective=date(2019, 5, 15),
)
"""The Regulations as revised by State Council Order No. 711, in force from 2019-05-15.
[V]: the full text, Arts 1-56, read in GitHub ``LawRefBook/Laws``,
``行政法规/政府信息公开条例(2019-04-03).md``, and cross-checked with a mirror of Order 711."""

FEE_MEASURES_2020 = Instrument(
    code="cn.fee-2020",
    title="政府信息公开信息处理费管理办法",
    short="Fee Measures (2020)",
    number="国办函〔2020〕109号",
    promulgated=date(2020, 11, 17),
    # In force 2021-01-01 per the provincial implementing notices (Heilongjiang, Henan);
    # the national "本办法自2021年1月1日起施行" clause itself was not seen ([V-mirror, indirect]).
    effective=date(2021, 1, 1),
)
"""The information-processing fee measures (国办函〔2020〕109号). Arts 1-4 [V-mirror], read in
republished copies of the gov.cn text that agree with each other; the Art 5 tiers [V] on an
official local page, http://www.xinhui.gov.cn/zwgk/zdlyxxgk/hjbhxxgk/tzgg/content/post_2365222.html;
the text after Art 5 was not obtained."""

REPORT_FORMAT_2019 = Instrument(
    code="cn.report-format-2019",
    title="中华人民共和国政府信息公开工作年度报告格式（试行）",
    short="Report Format (2019 trial)",
    number="国办公开办函〔2019〕60号",
)
"""The 2019 trial format of the annual report (its notice's introduction read on a mirror
[V-mirror]; its tables as printed in the real 2019 annual report of the Shanghai Municipal
People's Government's General Office, dated 2020-01-31, read as embedded in open-source code)."""

REPORT_FORMAT_2021 = Instrument(
    code="cn.report-format-2021",
    title="中华人民共和国政府信息公开工作年度报告格式",
    short="Report Format (2021)",
    number="国办公开办函〔2021〕30号",
    promulgated=date(2021, 9, 26),
)
"""The national format of the annual report, 2021 (replaced the 2019 trial format).
[V-mirror]: its introduction on an official local republication,
http://zrzy.smx.gov.cn/16903/616589856/1288675.html, and the start of its table skeleton on a
mirror of a 宁国市商务局 page; the remaining labels [3P], from open-source annual-report parsers
and fixtures that agree with each other."""

INTERPRETATION_2015 = Instrument(
    code="cn.interp-2015",
    title="国务院办公厅政府信息与政务公开办公室关于政府信息公开期限有关问题的解释",
    short="Deadline Interpretation (2015)",
    number="国办公开办函〔2015〕207号",
)
"""The 2015 interpretation of disclosure time limits (part 一 seen, on a mirror)."""

SPC_PROVISIONS_2011 = Instrument(
    code="cn.spc-2011",
    title="最高人民法院关于审理政府信息公开行政案件若干问题的规定",
    short="SPC Provisions (2011)",
    promulgated=date(2011, 7, 29),
    effective=date(2011, 8, 13),
)
"""The Supreme People's Court provisions on OGI cases (predate the 2019 revision; read in
GitHub ``LawRefBook/Laws``, ``司法解释/``)."""

HOLIDAY_MEASURES_2007 = Instrument(
    code="cn.holidays-2007",
    title="全国年节及纪念日放假办法（2007年修订）",
    short="Holiday Measures (2007)",
    number="国务院令第513号",
    promulgated=date(2007, 12, 14),
    effective=date(2008, 1, 1),
)
"""The national holiday measures as revised in 2007: 11 statutory days, 春节 除夕 to 初二."""

HOLIDAY_MEASURES_2013 = Instrument(
    code="cn.holidays-2013",
    title="全国年节及纪念日放假办法（2013年修订）",
    short="Holiday Measures (2013)",
    promulgated=date(2013, 12, 11),
)
"""The national holiday measures as revised in 2013: 11 statutory days (read in GitHub
``LawRefBook/Laws``, ``行政法规/全国年节及纪念日放假办法(2013-12-11).md``)."""

HOLIDAY_MEASURES_2024 = Instrument(
    code="cn.holidays-2024",
    title="全国年节及纪念日放假办法（2024年修订）",
    short="Holiday Measures (2024)",
    promulgated=date(2024, 11, 10),
)
"""The national holiday measures as revised in 2024: 13 statutory days (read in GitHub
``LawRefBook/Laws``, ``行政法规/全国年节及纪念日放假办法(2024-11-10).md``)."""

SICHUAN_FEE_NOTICE_2021 = Instrument(
    code="cn.sc-fee-2021",
    title="四川省财政厅 四川省发展改革委 关于政府信息公开信息处理费有关事项的通知",
    short="Sichuan Fee Notice (2021)",
    promulgated=date(2021, 1, 18),
)
"""Sichuan's notice implementing the fee measures (2021-01-18; read on a mirror of
the provincial page, [V-mirror])."""
