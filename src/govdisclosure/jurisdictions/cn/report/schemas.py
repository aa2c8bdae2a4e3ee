"""Tables 二, 三 and 四 of the PRC annual report as schemas of the generic engine.

Each table of each format is a :class:`~govdisclosure.reports.TableSchema`
built from the format's label tables (:mod:`~.format`): its rows and columns
with the official Chinese labels and the English ones beside them, the
headings rows sit under, what each cell holds, and the identities as data
(:data:`RULE_ROW_TOTAL`, :data:`RULE_HANDLED_TOTAL`, :data:`RULE_BALANCE`,
:data:`RULE_GROUP_TOTAL`). The typed tables of :mod:`~.tables` are thin
wrappers over these schemas and the engine.

>>> s = request_schema(ReportFormat.V2021)
>>> len(s.rows), len(s.columns), [r.rule for r in s.rules]
(25, 7, ['cn.t3.row-total', 'cn.t3.handled-total', 'cn.t3.balance'])
>>> s.cell_label((Outcome.WITHHELD_STATE_SECRET, Total.TOTAL), "en")
'1. State secret/Total'

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

import attrs

from govdisclosure.errors import InvalidInputError
from govdisclosure.jurisdictions.cn.instruments import REPORT_FORMAT_2021
from govdisclosure.jurisdictions.cn.outcomes import Outcome, OutcomeGroup
from govdisclosure.jurisdictions.cn.report.format import (
    APPLICANT_HEADING,
    CASE_COLUMNS,
    CASE_HEADING,
    CASE_KINDS,
    CONTENT_HEADING,
    FLAT_GROUPS,
    REQUEST_COLUMNS,
    RESULTS_HEADING,
    CaseResult,
    Label,
    ProactiveColumn,
    ReportFormat,
    RequestRow,
    RequestRowKey,
    Total,
    ValueKind,
    group_heading,
    proactive_blocks,
    request_rows,
)
from govdisclosure.law import Citation
from govdisclosure.reports import (
    CellKind,
    ColumnRule,
    Heading,
    KeySpec,
    RowRule,
    TableSchema,
)
from govdisclosure.requests._applicants import ApplicantKind

__all__ = [
    "CASE_RULES",
    "CASE_SCHEMA",
    "LANGUAGES",
    "RULE_BALANCE",
    "RULE_CARRY",
    "RULE_GROUP_TOTAL",
    "RULE_HANDLED_TOTAL",
    "RULE_ROW_TOTAL",
    "Language",
    "ProactiveValue",
    "check_language",
    "language_validator",
    "proactive_schema",
    "request_rules",
    "request_schema",
]

Language = Literal["zh", "en"]
"""Which labels to use: the official Chinese ones, or the English ones beside them."""

LANGUAGES: tuple[Language, ...] = ("zh", "en")
"""The languages the report's labels come in.

.. versionadded:: 0.3.0
"""


def check_language(value: object, field: str = "language") -> Language:
    """``value`` if it is one of :data:`LANGUAGES`, else :class:`InvalidInputError` naming it.

    >>> check_language("en")
    'en'
    >>> check_language("fr")
    Traceback (most recent call last):
    ...
    govdisclosure.errors.InvalidInputError: language: must be 'zh' or 'en' (got 'fr')

    .. versionadded:: 0.3.0
    """
    if not isinstance(value, str) or value not in LANGUAGES:
        msg = "must be 'zh' or 'en'"
        raise InvalidInputError(msg, field=field, value=value)
    return value


def language_validator(
    instance: object, attribute: attrs.Attribute[Language], value: object
) -> None:
    """An attrs validator: :func:`check_language` on the field.

    .. versionadded:: 0.3.0
    """
    check_language(value, attribute.name)


ProactiveValue = int | Decimal | None
"""A cell of table 二: a count, a signed change, an amount, or ``None`` (blank)."""

RULE_ROW_TOTAL = "cn.t3.row-total"
RULE_HANDLED_TOTAL = "cn.t3.handled-total"
RULE_BALANCE = "cn.t3.balance"
RULE_CARRY = "cn.t3.carried-forward"
RULE_GROUP_TOTAL = "cn.t4.group-total"

_APPLICANT_COLUMNS: tuple[ApplicantKind, ...] = tuple(ApplicantKind)
_CASE_RESULTS: tuple[CaseResult, ...] = tuple(CaseResult)

_TABLE_NOTE = Citation(REPORT_FORMAT_2021, note="table 三, note in the top-left cell")
_INFERRED = Citation(
    REPORT_FORMAT_2021,
    note="[INFERENCE], confirmed on real reports (Shanghai municipal government 2019; 2025)",
)
_INFERRED_4 = Citation(REPORT_FORMAT_2021, note="[INFERENCE], confirmed on a real 2025 report")

_RESULTS = "results"


def _texts(label: Label) -> dict[str, str]:
    return {"zh": label.zh, "en": label.en}


# -- table 三 ----------------------------------------------------------------------


def _row_rule() -> RowRule:
    return RowRule(
        RULE_ROW_TOTAL,
        left=(Total.TOTAL,),
        right=_APPLICANT_COLUMNS,
        description="总计 must equal the sum of the six applicant columns",
        citation=_INFERRED,
    )


def _outcome_keys(layout: ReportFormat) -> tuple[RequestRowKey, ...]:
    return tuple(
        r.key
        for r in request_rows(layout)
        if isinstance(r.key, Outcome) or r.key is RequestRow.OTHER_HANDLING
    )


def _column_rules(layout: ReportFormat) -> tuple[ColumnRule, ...]:
    return (
        ColumnRule(
            RULE_HANDLED_TOTAL,
            left=(RequestRow.HANDLED,),
            right=_outcome_keys(layout),
            description="（七）总计 must equal the sum of the outcome rows",
            citation=_INFERRED,
        ),
        ColumnRule(
            RULE_BALANCE,
            left=(RequestRow.NEW, RequestRow.CARRIED_OVER),
            right=(RequestRow.HANDLED, RequestRow.CARRIED_FORWARD),
            description="一 + 二 must equal 三（七） + 四 (the table's stated 勾稽关系)",
            citation=_TABLE_NOTE,
        ),
    )


def _group_heading(group: OutcomeGroup) -> Heading:
    return Heading(group.value, _texts(group_heading(group)))


def _request_row_groups(key: RequestRowKey, group: OutcomeGroup | None) -> tuple[str, ...]:
    if key in (RequestRow.NEW, RequestRow.CARRIED_OVER, RequestRow.CARRIED_FORWARD):
        return ()
    if isinstance(key, Outcome) and group is not None and group not in FLAT_GROUPS:
        return (_RESULTS, group.value)
    return (_RESULTS,)


def _build_request_schema(layout: ReportFormat) -> TableSchema:
    specs = request_rows(layout)
    rows = tuple(
        KeySpec(
            spec.key,
            {"zh": spec.label, "en": spec.label_en},
            long_labels={"zh": spec.full_label, "en": spec.label_en},
            groups=_request_row_groups(spec.key, spec.group),
        )
        for spec in specs
    )
    groups = {g for spec in rows for g in spec.groups[1:]}
    headings = (
        Heading(_RESULTS, _texts(RESULTS_HEADING)),
        *(_group_heading(g) for g in OutcomeGroup if g.value in groups),
    )
    columns = tuple(KeySpec(c.key, {"zh": c.label, "en": c.label_en}) for c in REQUEST_COLUMNS)
    return TableSchema(
        "requests",
        rows,
        columns,
        headings=headings,
        row_rules=(_row_rule(),),
        column_rules=_column_rules(layout),
        stub=_texts(APPLICANT_HEADING),
        citation=layout.citation,
    )


_REQUEST_SCHEMAS = {layout: _build_request_schema(layout) for layout in ReportFormat}


def request_schema(layout: ReportFormat) -> TableSchema:
    """The schema of table 三 in ``layout`` (25 rows in 2021, 23 in 2019; 7 columns).

    >>> request_schema(ReportFormat.V2019).row(RequestRow.OTHER_HANDLING).label()
    '（六）其他处理'
    """
    return _REQUEST_SCHEMAS[layout]


def request_rules(layout: ReportFormat) -> tuple[RowRule | ColumnRule, ...]:
    """The identities of table 三 in ``layout``, as data.

    - :data:`RULE_ROW_TOTAL`, per row: 总计 = the six applicant columns ([INFERENCE]).
    - :data:`RULE_HANDLED_TOTAL`, per column: （七）总计 = the sum of the outcome
      rows (（六） is one row in 2019) ([INFERENCE]).
    - :data:`RULE_BALANCE`, per column: 一 + 二 = 三（七） + 四 (stated in the
      table's top-left cell).

    >>> [r.rule for r in request_rules(ReportFormat.V2021)]
    ['cn.t3.row-total', 'cn.t3.handled-total', 'cn.t3.balance']
    """
    schema = _REQUEST_SCHEMAS[layout]
    return (*schema.row_rules, *schema.column_rules)


# -- table 四 ----------------------------------------------------------------------

CASE_RULES: tuple[RowRule, ...] = (
    RowRule(
        RULE_GROUP_TOTAL,
        left=(Total.TOTAL,),
        right=_CASE_RESULTS,
        description="总计 must equal 结果维持 + 结果纠正 + 其他结果 + 尚未审结",
        citation=_INFERRED_4,
    ),
)
"""The identity of table 四, per group: the four results sum to 总计 ([INFERENCE])."""

CASE_SCHEMA = TableSchema(
    "reconsideration_litigation",
    tuple(KeySpec(kind, {"zh": kind.label, "en": kind.label_en}) for kind in CASE_KINDS),
    tuple(KeySpec(c.key, {"zh": c.label, "en": c.label_en}) for c in CASE_COLUMNS),
    row_rules=CASE_RULES,
    stub=_texts(CASE_HEADING),
    citation=ReportFormat.V2021.citation,
)
"""The schema of table 四 (the same in both formats): three groups of five columns."""


# -- table 二 ----------------------------------------------------------------------

_CELL_KINDS = {
    ValueKind.COUNT: CellKind.COUNT,
    ValueKind.SIGNED: CellKind.SIGNED,
    ValueKind.AMOUNT: CellKind.AMOUNT,
}


def _build_proactive_schema(layout: ReportFormat) -> TableSchema:
    rows: list[KeySpec] = []
    columns: dict[ProactiveColumn, KeySpec] = {}
    headings: list[Heading] = []
    for block in proactive_blocks(layout):
        headings.append(Heading(block.caption_en, {"zh": block.caption, "en": block.caption_en}))
        rows.extend(
            KeySpec(row, _texts(label), groups=(block.caption_en,)) for row, label in block.rows
        )
        for column, label, kind in block.columns:
            columns.setdefault(column, KeySpec(column, _texts(label), kind=_CELL_KINDS[kind]))
    cells = tuple(
        (row, column)
        for block in proactive_blocks(layout)
        for row, _ in block.rows
        for column, _, _ in block.columns
    )
    return TableSchema(
        "proactive",
        rows,
        tuple(columns.values()),
        cells=cells,
        headings=headings,
        stub=_texts(CONTENT_HEADING),
        citation=layout.citation,
    )


_PROACTIVE_SCHEMAS = {layout: _build_proactive_schema(layout) for layout in ReportFormat}


def proactive_schema(layout: ReportFormat) -> TableSchema:
    """The schema of table 二 in ``layout``: one heading per block, only the cells it has.

    >>> len(proactive_schema(ReportFormat.V2021).cell_keys)
    10
    """
    return _PROACTIVE_SCHEMAS[layout]
