"""Three published annual-report pages, **invented**, for the tutorial and the tests.

No agency here exists and no number was published: the pages were written for
govdisclosure, in the style of the 政府信息公开工作年度报告 that district and department
portals publish (docs/tutorial-reports.md reads them). They carry what real pages carry
around and inside the report: a ``<title>`` naming the agency and year, a navigation
table and a page-metadata table before the report, a table quoted in a script and one in
an HTML comment, the report's tables nested in a layout table, group labels spanning
rows, labels broken over ``<span>``, ``<br>`` and ``<p>``, blanks printed as ``&nbsp;``,
and one misprint seen on real pages (``2.其他法律行政止公开``, Hongze district 2022 and
2023, for ``2.其他法律行政法规禁止公开``).

* :data:`DISTRICT_2023`: 示例区人民政府, 2023. It prints the misprint, and leaves table
  二's 行政强制 blank.
* :data:`DISTRICT_2024`: 示例区人民政府, 2024, from the same portal after a change of
  editor (labels in Word-style ``<span>`` runs). Its 二、上年结转 is the 2023 report's
  四、结转下年度继续办理 in every column but 商业企业 (3 carried over, 2 carried
  forward), and so 总计 (12 against 11); in table 四 it prints the 行政复议 总计 as 6,
  one more than its parts (3 + 1 + 1 + 0).
* :data:`BUREAU_2024`: 示例区市场监督管理局, 2024, a department of the district on a
  site of its own, with a breadcrumb table; it leaves table 二's fee amount blank.

Every other identity of the three pages holds. The numbers were chosen by hand
(tests/test_sample_pages.py checks them cell by cell against sums computed in the test).

>>> from govdisclosure.jurisdictions import cn
>>> report = cn.parse_report_html(DISTRICT_2023)
>>> report.agency, report.year, report.readings
('示例区人民政府', 2023, {'2.其他法律行政止公开': '2.其他法律行政法规禁止公开'})
>>> [cn.parse_report_html(page).agency for page in PAGES]
['示例区人民政府', '示例区人民政府', '示例区市场监督管理局']

Matplotlib's default fonts have no Chinese glyphs: :data:`ENGLISH_NAMES` gives each
agency a name to draw with.

>>> ENGLISH_NAMES["示例区市场监督管理局"]
'Shili Market Bureau'

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from typing import Final

__all__ = ["BUREAU_2024", "DISTRICT_2023", "DISTRICT_2024", "ENGLISH_NAMES", "PAGES"]

DISTRICT_2023: Final = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>示例区人民政府2023年政府信息公开工作年度报告_示例区人民政府门户网站</title>
<script>
var share = "<table><tr><td>一、本年新收政府信息公开申请数量</td><td>0</td></tr></table>";
</script>
</head><body>
<table class="nav"><tr>
<td><a href="/">首页</a></td><td><a href="/zwgk/">政务公开</a></td>
<td><a href="/zwgk/ndbg/">政府信息公开年报</a></td>
</tr></table>
<table class="meta">
<tr><td>索&nbsp;引&nbsp;号</td><td>11330199/2024-00031</td>
<td>分&nbsp;&nbsp;类</td><td>政府信息公开年报</td></tr>
<tr><td>发布机构</td><td>示例区人民政府办公室</td><td>发布日期</td><td>2024-01-26</td></tr>
<tr><td>标&nbsp;&nbsp;题</td><td colspan="3">示例区人民政府2023年政府信息公开工作年度报告</td></tr>
</table>
<!-- old template
<table><tr><td>一、本年新收政府信息公开申请数量</td><td>1</td><td>1</td></tr></table>
-->
<table class="article"><tr><td>
<h1>示例区人民政府2023年政府信息公开工作年度报告</h1>
<p>一、总体情况</p>
<p>2023年，全区共收到政府信息公开申请176件，上年结转7件，办结172件。</p>
<p>二、主动公开政府信息情况</p>
<table border="1" cellspacing="0">
<tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>3</td></tr>
<tr><td>行政规范性<br>文件</td><td>9</td><td>2</td><td>64</td></tr>
<tr><td colspan="4">第二十条第（五）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政许可</td><td colspan="3">2,315</td></tr>
<tr><td colspan="4">第二十条第（六）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政处罚</td><td colspan="3">418</td></tr>
<tr><td>行政强制</td><td colspan="3">&nbsp;</td></tr>
<tr><td colspan="4">第二十条第（八）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年收费金额（单位：万元）</td></tr>
<tr><td>行政事业性收费</td><td colspan="3">126.45</td></tr>
</table>
<p>三、收到和处理政府信息公开申请情况</p>
<table border="1" cellspacing="0">
<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，
等于第三项加第四项之和）</td>
<td colspan="7">申请人情况</td></tr>
<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
<tr><td><span>商业</span><span>企业</span></td><td>科研<br>机构</td><td>社会公益组织</td>
<td>法律服务机构</td><td>其他</td></tr>
<tr><td colspan="3">一、本年新收政府信息公开申请数量</td>
<td>152</td><td>18</td><td>0</td><td>1</td><td>3</td><td>2</td><td>176</td></tr>
<tr><td colspan="3">二、上年结转政府信息公开申请数量</td>
<td>6</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>7</td></tr>
<tr><td rowspan="22">三、本年度办理结果</td><td colspan="2">（一）予以公开</td>
<td>68</td><td>8</td><td>0</td><td>1</td><td>1</td><td>1</td><td>79</td></tr>
<tr><td colspan="2">（二）部分公开（区分处理的，只计这一情形，不计其他情形）</td>
<td>14</td><td>3</td><td>0</td><td>0</td><td>1</td><td>0</td><td>18</td></tr>
<tr><td rowspan="8">（三）不予公开</td><td>1.属于国家秘密</td>
<td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>2.其他法律行政止公开</td>
<td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>
<tr><td>3.危及“三安全一稳定”</td>
<td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>4.保护第三方合法权益</td>
<td>2</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>3</td></tr>
<tr><td>5.属于三类内部事务信息</td>
<td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>
<tr><td>6.属于四类过程性信息</td>
<td>3</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>3</td></tr>
<tr><td>7.属于行政执法案卷</td>
<td>2</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>2</td></tr>
<tr><td>8.属于行政查询事项</td>
<td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>
<tr><td rowspan="3">（四）无法提供</td><td>1.本机关不掌握相关<p>政府信息</p></td>
<td>38</td><td>4</td><td>0</td><td>0</td><td>1</td><td>1</td><td>44</td></tr>
<tr><td>2.没有现成信息需要另行制作</td>
<td>5</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>6</td></tr>
<tr><td>3.补正后申请内容仍不明确</td>
<td>2</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>2</td></tr>
<tr><td rowspan="5">（五）不予处理</td><td>1.信访举报投诉类申请</td>
<td>7</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>7</td></tr>
<tr><td>2.重复申请</td>
<td>3</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>3</td></tr>
<tr><td>3.要求提供公开出版物</td>
<td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>4.无正当理由大量反复申请</td>
<td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>
<tr><td>5.要求行政机关确认或重新出具已获取信息</td>
<td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td rowspan="3">（六）其他处理</td>
<td>1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请</td>
<td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>
<tr><td>2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请</td>
<td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>3.其他</td>
<td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td colspan="2">（七）总计</td>
<td>149</td><td>17</td><td>0</td><td>1</td><td>3</td><td>2</td><td>172</td></tr>
<tr><td colspan="3">四、结转下年度继续办理</td>
<td>9</td><td>2</td><td>0</td><td>0</td><td>0</td><td>0</td><td>11</td></tr>
</table>
<p>四、政府信息公开行政复议、行政诉讼情况</p>
<table border="1" cellspacing="0">
<tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>
<tr><td rowspan="2">结果<br>维持</td><td rowspan="2">结果<br>纠正</td>
<td rowspan="2">其他<br>结果</td><td rowspan="2">尚未<br>审结</td><td rowspan="2">总计</td>
<td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
<tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>
<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>
<tr><td>2</td><td>1</td><td>0</td><td>1</td><td>4</td><td>1</td><td>0</td><td>0</td><td>0</td><td>1</td>
<td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
</table>
<p>五、存在的主要问题及改进情况</p>
<p>（略）</p>
</td></tr></table>
<table class="footer"><tr><td>主办：示例区人民政府办公室</td>
<td>网站标识码：3301990001</td></tr></table>
</body></html>
"""
"""示例区人民政府's 2023 report (invented): the misprint, a blank in table 二."""

DISTRICT_2024: Final = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>示例区人民政府2024年政府信息公开工作年度报告_示例区人民政府门户网站</title>
</head><body>
<table class="nav"><tr>
<td><a href="/">首页</a></td><td><a href="/zwgk/">政务公开</a></td>
<td><a href="/zwgk/ndbg/">政府信息公开年报</a></td>
</tr></table>
<table class="meta">
<tr><td>索&nbsp;引&nbsp;号</td><td>11330199/2025-00018</td>
<td>分&nbsp;&nbsp;类</td><td>政府信息公开年报</td></tr>
<tr><td>发布机构</td><td>示例区人民政府办公室</td><td>发布日期</td><td>2025-01-22</td></tr>
<tr><td>标&nbsp;&nbsp;题</td><td colspan="3">示例区人民政府2024年政府信息公开工作年度报告</td></tr>
</table>
<table class="article"><tr><td>
<h1>示例区人民政府2024年政府信息公开工作年度报告</h1>
<p>一、总体情况</p>
<p>2024年，全区共收到政府信息公开申请199件，办结197件，结转下年度14件。</p>
<p><span>二、主动公开政府信息情况</span></p>
<table border="1" cellspacing="0" width="600">
<tr><td colspan="4"><p><span>第二十条第（一）项</span></p></td></tr>
<tr><td><span>信息内容</span></td><td><span>本年</span><span>制发件数</span></td>
<td><span>本年</span><span>废止件数</span></td><td><span>现行</span><span>有效件数</span></td></tr>
<tr><td><span>规章</span></td><td>1</td><td>0</td><td>4</td></tr>
<tr><td><span>行政</span><span>规范性文件</span></td><td>11</td><td>5</td><td>70</td></tr>
<tr><td colspan="4"><p><span>第二十条第（五）项</span></p></td></tr>
<tr><td><span>信息内容</span></td><td colspan="3"><span>本年处理决定数量</span></td></tr>
<tr><td><span>行政许可</span></td><td colspan="3">2,508</td></tr>
<tr><td colspan="4"><p><span>第二十条第（六）项</span></p></td></tr>
<tr><td><span>信息内容</span></td><td colspan="3"><span>本年处理决定数量</span></td></tr>
<tr><td><span>行政处罚</span></td><td colspan="3">391</td></tr>
<tr><td><span>行政强制</span></td><td colspan="3">27</td></tr>
<tr><td colspan="4"><p><span>第二十条第（八）项</span></p></td></tr>
<tr><td><span>信息内容</span></td><td colspan="3"><span>本年收费金额（单位：万元）</span></td></tr>
<tr><td><span>行政事业性</span><span>收费</span></td><td colspan="3">118.30</td></tr>
</table>
<p><span>三、收到和处理政府信息公开申请情况</span></p>
<table border="1" cellspacing="0" width="600">
<tr><td colspan="3" rowspan="3"><p><span>（本列数据的勾稽关系为：第一项加第二项之和，</span></p>
<p><span>等于第三项加第四项之和）</span></p></td><td colspan="7"><span>申请人情况</span></td></tr>
<tr><td rowspan="2"><span>自然</span><span>人</span></td>
<td colspan="5"><span>法人或其他组织</span></td>
<td rowspan="2"><span>总</span><span>计</span></td></tr>
<tr><td><p>商业</p><p>企业</p></td><td><p>科研</p><p>机构</p></td><td><p>社会公益</p><p>组织</p></td>
<td><p>法律服务</p><p>机构</p></td><td>其他</td></tr>
<tr><td colspan="3"><span>一、本年新收政府信息公开申请数量</span></td>
<td>171</td><td>21</td><td>1</td><td>0</td><td>4</td><td>2</td><td>199</td></tr>
<tr><td colspan="3"><span>二、上年结转政府信息公开申请数量</span></td>
<td>9</td><td>3</td><td>0</td><td>0</td><td>0</td><td>0</td><td>12</td></tr>
<tr><td rowspan="22"><span>三</span><span>、本</span><span>年</span><span>度</span><span>办</span>
<span>理</span><span>结</span><span>果</span></td>
<td colspan="2"><span>（</span><span>一</span><span>）</span><span>予以公开</span></td>
<td>80</td><td>10</td><td>1</td><td>0</td><td>1</td><td>1</td><td>93</td></tr>
<tr><td colspan="2"><span>（二）部分公开</span>
<span>（区分处理的，只计这一情形，不计其他情形）</span></td>
<td>17</td><td>4</td><td>0</td><td>0</td><td>1</td><td>0</td><td>22</td></tr>
<tr><td rowspan="8"><span>（三）不予</span><span>公开</span></td>
<td><span>1.属于国家秘密</span></td>
<td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td><span>2.其他法律行政法规</span><span>禁止公开</span></td>
<td>2</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>2</td></tr>
<tr><td><span>3.危及“三安全</span><span>一稳定”</span></td>
<td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td><span>4.保护第三方</span><span>合法权益</span></td>
<td>3</td><td>2</td><td>0</td><td>0</td><td>0</td><td>0</td><td>5</td></tr>
<tr><td><span>5.属于三类内部</span><span>事务信息</span></td>
<td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td><span>6.属于四类过程性</span><span>信息</span></td>
<td>4</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>4</td></tr>
<tr><td><span>7.属于行政执法</span><span>案卷</span></td>
<td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>
<tr><td><span>8.属于行政查询</span><span>事项</span></td>
<td>2</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>2</td></tr>
<tr><td rowspan="3"><span>（四）无法</span><span>提供</span></td>
<td><span>1.本机关不掌握相关</span><span>政府信息</span></td>
<td>41</td><td>5</td><td>0</td><td>0</td><td>1</td><td>1</td><td>48</td></tr>
<tr><td><span>2.没有现成信息</span><span>需要另行制作</span></td>
<td>4</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>5</td></tr>
<tr><td><span>3.补正后申请内容</span><span>仍不明确</span></td>
<td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>
<tr><td rowspan="5"><span>（五）不予</span><span>处理</span></td>
<td><span>1.信访举报投诉类</span><span>申请</span></td>
<td>6</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>6</td></tr>
<tr><td><span>2.重复申请</span></td>
<td>4</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>4</td></tr>
<tr><td><span>3.要求提供公开</span><span>出版物</span></td>
<td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>
<tr><td><span>4.无正当理由大量</span><span>反复申请</span></td>
<td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td><span>5.要求行政机关确认或</span><span>重新出具已获取信息</span></td>
<td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td rowspan="3"><span>（六）其他</span><span>处理</span></td>
<td><span>1.申请人无正当理由逾期不补正、</span><span>行政机关不再处理其政府信息公开申请</span></td>
<td>2</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>3</td></tr>
<tr><td><span>2.申请人逾期未按收费通知要求缴纳费用、</span>
<span>行政机关不再处理其政府信息公开申请</span></td>
<td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td><span>3.其他</span></td>
<td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td colspan="2"><span>（七）总计</span></td>
<td>168</td><td>23</td><td>1</td><td>0</td><td>3</td><td>2</td><td>197</td></tr>
<tr><td colspan="3"><span>四、结转下年度继续办理</span></td>
<td>12</td><td>1</td><td>0</td><td>0</td><td>1</td><td>0</td><td>14</td></tr>
</table>
<p><span>四、政府信息公开行政复议、行政诉讼情况</span></p>
<table border="1" cellspacing="0" width="600">
<tr><td colspan="5"><span>行政复议</span></td><td colspan="10"><span>行政诉讼</span></td></tr>
<tr><td rowspan="2"><span>结果</span><span>维持</span></td>
<td rowspan="2"><span>结果</span><span>纠正</span></td>
<td rowspan="2"><span>其他</span><span>结果</span></td>
<td rowspan="2"><span>尚未</span><span>审结</span></td>
<td rowspan="2"><span>总</span><span>计</span></td>
<td colspan="5"><span>未经复议直接起诉</span></td><td colspan="5"><span>复议后起诉</span></td></tr>
<tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>
<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>
<tr><td>3</td><td>1</td><td>1</td><td>0</td><td>6</td><td>1</td><td>0</td><td>0</td><td>1</td><td>2</td>
<td>1</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>
</table>
<p><span>五、存在的主要问题及改进情况</span></p>
<p><span>（略）</span></p>
</td></tr></table>
<table class="footer"><tr><td>主办：示例区人民政府办公室</td>
<td>网站标识码：3301990001</td></tr></table>
</body></html>
"""
"""示例区人民政府's 2024 report (invented): a carry-over that is not 2023's, a 总计 too high."""

BUREAU_2024: Final = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>示例区市场监督管理局2024年政府信息公开工作年度报告 - 示例区市场监督管理局</title>
</head><body>
<table class="crumbs" width="100%"><tr>
<td>当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; 年度报告</td>
</tr></table>
<table class="xxgk-meta" width="100%">
<tr><th>发布机构：</th><td>示例区市场监督管理局</td><th>成文日期：</th><td>2025-01-15</td></tr>
<tr><th>主题分类：</th><td>年度报告</td><th>公开方式：</th><td>主动公开</td></tr>
</table>
<div class="content"><table width="100%"><tr><td>
<table width="100%"><tr><td>
<p align="center"><b>示例区市场监督管理局2024年政府信息公开工作年度报告</b></p>
<p>二、主动公开政府信息情况</p>
<table border="1">
<tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>行政规范性文件</td><td>3</td><td>1</td><td>15</td></tr>
<tr><td colspan="4">第二十条第（五）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政许可</td><td colspan="3">5,872</td></tr>
<tr><td colspan="4">第二十条第（六）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政处罚</td><td colspan="3">1,146</td></tr>
<tr><td>行政强制</td><td colspan="3">63</td></tr>
<tr><td colspan="4">第二十条第（八）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年收费金额（单位：万元）</td></tr>
<tr><td>行政事业性收费</td><td colspan="3">&nbsp;</td></tr>
</table>
<p>三、收到和处理政府信息公开申请情况</p>
<table border="1">
<tr><td colspan="3" rowspan="3">&nbsp;</td><td colspan="7">申请人情况</td></tr>
<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
<tr><td colspan="3">一、本年新收政府信息<br>公开申请数量</td>
<td>25</td><td>16</td><td>0</td><td>0</td><td>2</td><td>0</td><td>43</td></tr>
<tr><td colspan="3">二、上年结转政府信息<br>公开申请数量</td>
<td>1</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>2</td></tr>
<tr><td rowspan="22">三、本年度<br>办理结果</td><td colspan="2">（一）予以公开</td>
<td>9</td><td>7</td><td>0</td><td>0</td><td>1</td><td>0</td><td>17</td></tr>
<tr><td colspan="2">（二）部分公开（区分处理的，<br>只计这一情形，不计其他情形）</td>
<td>3</td><td>3</td><td>0</td><td>0</td><td>0</td><td>0</td><td>6</td></tr>
<tr><td rowspan="8">（三）不予公开</td><td>1.属于国家秘密</td>
<td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>2.其他法律行政法规禁止公开</td>
<td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>3.危及“三安全一稳定”</td>
<td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>4.保护第三方合法权益</td>
<td>1</td><td>2</td><td>0</td><td>0</td><td>0</td><td>0</td><td>3</td></tr>
<tr><td>5.属于三类内部事务信息</td>
<td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>6.属于四类过程性信息</td>
<td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>
<tr><td>7.属于行政执法案卷</td>
<td>0</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>
<tr><td>8.属于行政查询事项</td>
<td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td rowspan="3">（四）无法提供</td><td>1.本机关不掌握相关政府信息</td>
<td>6</td><td>2</td><td>0</td><td>0</td><td>1</td><td>0</td><td>9</td></tr>
<tr><td>2.没有现成信息需要另行制作</td>
<td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>
<tr><td>3.补正后申请内容仍不明确</td>
<td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td rowspan="5">（五）不予处理</td><td>1.信访举报投诉类申请</td>
<td>2</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>2</td></tr>
<tr><td>2.重复申请</td>
<td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>3.要求提供公开出版物</td>
<td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>4.无正当理由大量反复申请</td>
<td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>5.要求行政机关确认或重新出具已获取信息</td>
<td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td rowspan="3">（六）其他处理</td>
<td>1.申请人无正当理由逾期不补正、行政机关<br>不再处理其政府信息公开申请</td>
<td>1</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>2</td></tr>
<tr><td>2.申请人逾期未按收费通知要求缴纳费用、<br>行政机关不再处理其政府信息公开申请</td>
<td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>3.其他</td>
<td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td colspan="2">（七）总计</td>
<td>24</td><td>16</td><td>0</td><td>0</td><td>2</td><td>0</td><td>42</td></tr>
<tr><td colspan="3">四、结转下年度继续办理</td>
<td>2</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>3</td></tr>
</table>
<p>四、政府信息公开行政复议、行政诉讼情况</p>
<table border="1">
<tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>
<tr><td rowspan="2">结果维持</td><td rowspan="2">结果纠正</td><td rowspan="2">其他结果</td>
<td rowspan="2">尚未审结</td><td rowspan="2">总计</td>
<td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
<tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>
<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>
<tr><td>1</td><td>0</td><td>0</td><td>0</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td>
<td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
</table>
</td></tr></table>
</td></tr></table></div>
<table class="footer" width="100%"><tr><td>版权所有：示例区市场监督管理局</td></tr></table>
</body></html>
"""
"""示例区市场监督管理局's 2024 report (invented): a blank fee amount, every identity holding."""

PAGES: Final = (DISTRICT_2023, DISTRICT_2024, BUREAU_2024)
"""The three pages, in the order above."""

ENGLISH_NAMES: Final = {
    "示例区人民政府": "Shili District",
    "示例区市场监督管理局": "Shili Market Bureau",
}
"""A name in Latin letters for each agency, for charts drawn with matplotlib's default fonts."""
