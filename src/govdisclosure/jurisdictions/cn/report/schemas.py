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
(26, 7, ['cn.t3.row-total', 'cn.t3.handled-total', 'cn.t3.other-total', 'cn.t3.balance'])
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
    OTHER_SUB_ROWS,
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
    "RULE_OTHER_TOTAL",
    "RULE_ROW_TOTAL",
    "Language",
    "ProactiveValue",
    "check_language",
    "language_validator",
    "printed_request_schema",
    "proactive_schema",
    "request_check_schema",
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
RULE_OTHER_TOTAL = "cn.t3.other-total"
"""（六）其他处理 = the sum of its three sub-rows (2021 format).

.. versionadded:: 0.3.0
"""
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
    """The outcome rows （七）总计 sums: （六） once, through its own row in both formats.

    Through （六）其他处理 rather than its sub-rows, so that a 2021 table printed
    with the single row is checked as fully as one printed with the sub-rows
    (whose parent is their sum, see :class:`~cn.RequestTable`).
    """
    return tuple(
        r.key
        for r in request_rows(layout)
        if (isinstance(r.key, Outcome) and r.key not in OTHER_SUB_ROWS)
        or r.key is RequestRow.OTHER_HANDLING
    )


def _column_rules(layout: ReportFormat) -> tuple[ColumnRule, ...]:
    handled = ColumnRule(
        RULE_HANDLED_TOTAL,
        left=(RequestRow.HANDLED,),
        right=_outcome_keys(layout),
        description="（七）总计 must equal the sum of the outcome rows",
        citation=_INFERRED,
    )
    balance = ColumnRule(
        RULE_BALANCE,
        left=(RequestRow.NEW, RequestRow.CARRIED_OVER),
        right=(RequestRow.HANDLED, RequestRow.CARRIED_FORWARD),
        description="一 + 二 must equal 三（七） + 四 (the table's stated 勾稽关系)",
        citation=_TABLE_NOTE,
    )
    if layout is ReportFormat.V2019:
        return handled, balance
    other = ColumnRule(
        RULE_OTHER_TOTAL,
        left=(RequestRow.OTHER_HANDLING,),
        right=OTHER_SUB_ROWS,
        description="（六）其他处理 must equal the sum of its three sub-rows",
        citation=_INFERRED,
    )
    return handled, other, balance


def _group_heading(group: OutcomeGroup) -> Heading:
    return Heading(group.value, _texts(group_heading(group)))


def _request_row_groups(key: RequestRowKey, group: OutcomeGroup | None) -> tuple[str, ...]:
    if key in (RequestRow.NEW, RequestRow.CARRIED_OVER, RequestRow.CARRIED_FORWARD):
        return ()
    if isinstance(key, Outcome) and group is not None and group not in FLAT_GROUPS:
        return (_RESULTS, group.value)
    return (_RESULTS,)


def _build_request_schema(layout: ReportFormat, *, parent: bool = True) -> TableSchema:
    specs = [
        s
        for s in request_rows(layout)
        if parent or layout is ReportFormat.V2019 or s.key is not RequestRow.OTHER_HANDLING
    ]
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
        column_rules=_column_rules(layout) if parent else (),
        stub=_texts(APPLICANT_HEADING),
        citation=layout.citation,
    )


_REQUEST_SCHEMAS = {layout: _build_request_schema(layout) for layout in ReportFormat}
_PRINTED_2021 = _build_request_schema(ReportFormat.V2021, parent=False)
_BY_SUB_ROWS = attrs.evolve(
    _REQUEST_SCHEMAS[ReportFormat.V2021],
    row_rules=(
        attrs.evolve(
            _row_rule(),
            rows=tuple(
                k
                for k in _REQUEST_SCHEMAS[ReportFormat.V2021].row_keys
                if k is not RequestRow.OTHER_HANDLING
            ),
        ),
    ),
    column_rules=(
        attrs.evolve(
            _column_rules(ReportFormat.V2021)[0],
            right=tuple(
                k for k in _REQUEST_SCHEMAS[ReportFormat.V2021].row_keys if isinstance(k, Outcome)
            ),
        ),
        _column_rules(ReportFormat.V2021)[2],
    ),
)


def request_check_schema(layout: ReportFormat, *, parent_is_sum: bool) -> TableSchema:
    """The schema a table 三 is checked against: :func:`request_schema`, or its sub-row variant.

    Where, in a 2021 table, （六）其他处理 is the sum of its sub-rows in every
    column (as it is when the report printed it as their heading), its row
    adds nothing to check: the identities are then those of the sub-rows
    (（七）总计 through them, no row total on （六）), so that one misprint is
    one finding.

    >>> [r.rule for r in request_check_schema(ReportFormat.V2021, parent_is_sum=True).rules]
    ['cn.t3.row-total', 'cn.t3.handled-total', 'cn.t3.balance']
    """
    if layout is ReportFormat.V2021 and parent_is_sum:
        return _BY_SUB_ROWS
    return _REQUEST_SCHEMAS[layout]


def printed_request_schema(
    layout: ReportFormat, *, single_other_row: bool, parent_is_sum: bool
) -> TableSchema:
    """The rows of table 三 as the format prints them, for rendering.

    The 2021 format prints （六）其他处理 as the heading of its sub-rows; a 2021
    table whose sub-rows were not printed is printed with the single row, as
    the 2019 format is; one whose （六） row is not the sum of its sub-rows
    prints that row's numbers too, above them.

    >>> len(printed_request_schema(ReportFormat.V2021, single_other_row=False,
    ...                            parent_is_sum=True).rows)
    25
    """
    if layout is ReportFormat.V2019 or single_other_row:
        return _REQUEST_SCHEMAS[ReportFormat.V2019]
    return _PRINTED_2021 if parent_is_sum else _REQUEST_SCHEMAS[layout]


def request_schema(layout: ReportFormat) -> TableSchema:
    """The schema of table 三 in ``layout`` (26 rows in 2021, 23 in 2019; 7 columns).

    >>> request_schema(ReportFormat.V2019).row(RequestRow.OTHER_HANDLING).label()
    '（六）其他处理'
    """
    return _REQUEST_SCHEMAS[layout]


def request_rules(layout: ReportFormat) -> tuple[RowRule | ColumnRule, ...]:
    """The identities of table 三 in ``layout``, as data.

    - :data:`RULE_ROW_TOTAL`, per row: 总计 = the six applicant columns ([INFERENCE]).
    - :data:`RULE_HANDLED_TOTAL`, per column: （七）总计 = the sum of the outcome
      rows, counting （六）其他处理 once, through its own row ([INFERENCE]).
    - :data:`RULE_OTHER_TOTAL`, per column (2021): （六）其他处理 = the sum of its
      three sub-rows ([INFERENCE]: the format prints it as their heading).
    - :data:`RULE_BALANCE`, per column: 一 + 二 = 三（七） + 四 (stated in the
      table's top-left cell).

    >>> [r.rule for r in request_rules(ReportFormat.V2021)]
    ['cn.t3.row-total', 'cn.t3.handled-total', 'cn.t3.other-total', 'cn.t3.balance']
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
