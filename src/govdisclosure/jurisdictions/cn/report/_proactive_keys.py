"""The keys of table 二 of the annual report: its rows, columns and what a cell holds.

Re-exported by :mod:`~govdisclosure.jurisdictions.cn.report.format`, which
gives them their labels in each format (from :mod:`~._format_data`).

>>> ProactiveRow("rules"), ValueKind("signed")
(<ProactiveRow.RULES: 'rules'>, <ValueKind.SIGNED: 'signed'>)

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import enum

__all__: list[str] = []


class ProactiveRow(enum.Enum):
    """The 信息内容 rows of table 二 (across both formats)."""

    RULES = "rules"
    """规章: government rules."""
    NORMATIVE_DOCUMENTS = "normative_documents"
    """行政规范性文件 (2021) / 规范性文件 (2019): normative documents."""
    LICENSING = "licensing"
    """行政许可: administrative licensing."""
    OTHER_SERVICES = "other_services"
    """其他对外管理服务事项: other external management services (2019 only)."""
    PENALTY = "penalty"
    """行政处罚: administrative penalties."""
    COERCION = "coercion"
    """行政强制: administrative coercion."""
    FEES = "fees"
    """行政事业性收费: administrative fees."""
    PROCUREMENT = "procurement"
    """政府集中采购: centralised government procurement (2019 only)."""


class ProactiveColumn(enum.Enum):
    """The columns of table 二 (across both formats)."""

    ISSUED = "issued"
    """本年制发件数 (2021)."""
    REPEALED = "repealed"
    """本年废止件数 (2021)."""
    IN_FORCE = "in_force"
    """现行有效件数 (2021)."""
    DECISIONS = "decisions"
    """本年处理决定数量 (2021) / 处理决定数量 (2019)."""
    FEES_COLLECTED = "fees_collected"
    """本年收费金额（单位：万元）(2021), in 10,000 yuan."""
    NEWLY_MADE = "newly_made"
    """本年新制作数量 (2019)."""
    NEWLY_PUBLISHED = "newly_published"
    """本年新公开数量 (2019)."""
    TOTAL_PUBLISHED = "total_published"
    """对外公开总数量 (2019)."""
    PREVIOUS_ITEMS = "previous_items"
    """上一年项目数量 (2019)."""
    CHANGE = "change"
    """本年增/减 (2019): may be negative."""
    PROCUREMENT_PROJECTS = "procurement_projects"
    """采购项目数量 (2019)."""
    PROCUREMENT_AMOUNT = "procurement_amount"
    """采购总金额 (2019): the unit is not stated by the format."""


class ValueKind(enum.Enum):
    """What a cell of table 二 holds."""

    COUNT = "count"
    """A whole number, not negative."""
    SIGNED = "signed"
    """A whole number that may be negative (a change)."""
    AMOUNT = "amount"
    """A :class:`~decimal.Decimal` amount (may be fractional)."""
