"""Validation of a schema-described table into findings: sums, flows, inequalities, roll-ups.

:func:`check_schema` checks cells against every rule of a
:class:`~govdisclosure.reports.TableSchema`; each finding names its cells, like
pandera's failure cases. A roll-up (:class:`~govdisclosure.reports.RollUpRule`)
recomputes an overall row by each cell's aggregate: a sum adds, a minimum or
maximum takes the smallest or largest part, and a median must lie between the
parts and must not be their average.

>>> from govdisclosure.reports import Aggregate, CellKind, KeySpec, ReportTable, RollUpRule
>>> s = TableSchema("t", [KeySpec(k, {"en": k}) for k in ("all", "a", "b")],
...     [KeySpec("median", {"en": "median"}, kind=CellKind.AMOUNT, aggregate=Aggregate.MEDIAN)],
...     rollups=[RollUpRule("overall", "all", ("a", "b"))])
>>> [f.message for f in ReportTable(s, (4, 2, 6)).validate()]
["all/median = 4 equals the average of the parts' medians (recompute it from the items)"]

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from fractions import Fraction
from itertools import chain

from govdisclosure.errors import InvalidInputError
from govdisclosure.reports._compiled import CellNames, CompiledRules
from govdisclosure.reports._rules import (
    BlankPolicy,
    CellKey,
    CellSource,
    ColumnRule,
    Finding,
    RowRule,
    SumIdentity,
    Value,
    validate,
)
from govdisclosure.reports._schema import Aggregate, RollUpRule, TableSchema
from govdisclosure.reports._table import Table

__all__ = ["UNDETERMINED_RULE", "check_schema"]

UNDETERMINED_RULE = "undetermined"
"""The rule id of the finding reported for an undetermined cell (a merged median)."""


# -- checking ----------------------------------------------------------------------------


def _mean(values: Sequence[Value]) -> Fraction:
    return sum((Fraction(v) for v in values if v is not None), Fraction(0)) / len(values)


def _rollup_findings(  # noqa: C901, PLR0913 - one pass over the columns, a branch per aggregate
    rollup: RollUpRule,
    schema: TableSchema,
    source: CellSource,
    *,
    label: Callable[[CellKey], str],
    table_name: str,
    skip: frozenset[CellKey],
) -> list[Finding]:
    found: list[Finding] = []
    columns = schema.column_keys if rollup.columns is None else rollup.columns
    for column in columns:
        target = (rollup.overall, column)
        cells = (target, *((part, column) for part in rollup.parts))
        if any(cell in skip for cell in cells):
            continue
        overall = source[target]
        parts = [source[(part, column)] for part in rollup.parts]
        if overall is None or any(v is None for v in parts) or not parts:
            continue
        filled = [v for v in parts if v is not None]
        aggregate = schema.aggregate(target)
        expected: Value = None
        problem = ""
        if aggregate is Aggregate.SUM:
            expected = sum(filled, 0)
        elif aggregate is Aggregate.MIN:
            expected = min(filled)
        elif aggregate is Aggregate.MAX:
            expected = max(filled)
        elif not min(filled) <= overall <= max(filled):
            problem = f"lies outside the parts' range {min(filled)}..{max(filled)}"
        elif len(set(filled)) > 1 and Fraction(overall) == _mean(parts):
            problem = "equals the average of the parts' medians (recompute it from the items)"
        if expected is not None and overall != expected:
            problem = f"but the {aggregate.value} of the parts is {expected}"
        if not problem:
            continue
        message = f"{label(target)} = {overall} {problem}"
        if rollup.description:
            message = f"{message}; {rollup.description}"
        found.append(
            Finding(
                rule=rollup.rule,
                message=message,
                cells=cells,
                numbers=(overall, *parts),
                left=overall,
                right=expected,
                table=table_name,
                citation=rollup.citation,
            )
        )
    return found


def check_schema(  # noqa: PLR0913 - options are keyword-only
    schema: TableSchema,
    source: CellSource,
    *,
    blanks: BlankPolicy | None = None,
    report_blanks: bool = True,
    label: Callable[[CellKey], str] | None = None,
    table_name: str | None = None,
    undetermined: Iterable[CellKey] = (),
    values: Sequence[Value] | None = None,
) -> tuple[Finding, ...]:
    """Check ``source`` against every rule of ``schema``: broken rules, then blanks.

    The order is: identities, row rules, column rules, roll-ups, then one
    finding per blank cell and one per undetermined cell (if ``report_blanks``).
    An equation touching an undetermined cell is not checked (the rule's other
    rows or columns still are).

    The sum rules are checked through the schema's
    :attr:`~govdisclosure.reports.TableSchema.compiled_rules` (equations over
    cell positions, compiled once) when ``source`` has the schema's rows and
    columns; the findings are the same as checking rule by rule.

    Args:
        schema: The table's schema.
        source: The cells (a :class:`~govdisclosure.reports.Table` or a
            :class:`~govdisclosure.reports.ReportTable`).
        blanks: How blanks enter the arithmetic (the schema's default if ``None``).
        report_blanks: Whether to add one finding per blank or undetermined cell.
        label: How to name a cell (``row/column`` in the schema's first language).
        table_name: Recorded on each finding (the schema's name if ``None``).
        undetermined: Cells whose value is undetermined.
        values: The values of ``source``'s cells in the order of the schema's
            ``cell_keys``, when the caller holds them that way (a
            :class:`~govdisclosure.reports.ReportTable` does); read from
            ``source`` otherwise.

    Raises:
        InvalidInputError: if ``values`` does not hold one value per cell.

    .. versionchanged:: 0.3.0 ``values``; the sums are checked by position.
    """
    policy = schema.blanks if blanks is None else blanks
    name = schema.name if table_name is None else table_name
    namer = schema.cell_label if label is None else label
    skip = frozenset(undetermined)
    compiled = schema.compiled_rules
    if values is not None and len(values) != len(compiled.cell_keys):
        msg = f"table {schema.name} has {len(compiled.cell_keys)} cells"
        raise InvalidInputError(msg, field="values", value=len(values))
    fits = compiled.fits(source.rows, source.columns)
    flat = values
    if flat is None and fits and schema.cells is None and isinstance(source, Table):
        flat = list(chain.from_iterable(source.values))  # the grid, row by row: the schema's order
    names = compiled.labels.__getitem__ if label is None else CellNames(compiled.cell_keys, label)
    found: list[Finding]
    if fits:
        positions = [schema.index(cell) for cell in skip if schema.has_cell(cell)]
        found = compiled.findings(
            _read_used(compiled, source, frozenset(positions)) if flat is None else flat,
            blanks=policy,
            label=namer,
            table_name=name,
            skip=positions,
            names=names,
        )
    else:
        found = _rule_findings(schema, source, policy=policy, label=namer, name=name, skip=skip)
    for rollup in schema.rollups:
        found.extend(
            _rollup_findings(rollup, schema, source, label=namer, table_name=name, skip=skip)
        )
    if report_blanks:
        if flat is None:
            blank = [(cell, namer(cell)) for cell in source.blank_cells()]
        elif None in flat:
            keys = compiled.cell_keys
            blank = [(keys[i], names(i)) for i, v in enumerate(flat) if v is None]
        else:
            blank = []
        found.extend(_blank_findings(blank, skip=skip, table_name=name))
    return tuple(found)


def check_schema_by_key(  # noqa: PLR0913 - options are keyword-only
    schema: TableSchema,
    source: CellSource,
    *,
    blanks: BlankPolicy | None = None,
    report_blanks: bool = True,
    label: Callable[[CellKey], str] | None = None,
    table_name: str | None = None,
    undetermined: Iterable[CellKey] = (),
) -> tuple[Finding, ...]:
    """:func:`check_schema` rule by rule and cell by key, without the compiled equations.

    The reference the compiled path is tested against (same findings, same order).
    """
    policy = schema.blanks if blanks is None else blanks
    name = schema.name if table_name is None else table_name
    namer = schema.cell_label if label is None else label
    skip = frozenset(undetermined)
    found = _rule_findings(schema, source, policy=policy, label=namer, name=name, skip=skip)
    for rollup in schema.rollups:
        found.extend(
            _rollup_findings(rollup, schema, source, label=namer, table_name=name, skip=skip)
        )
    if report_blanks:
        blank = [(cell, namer(cell)) for cell in source.blank_cells()]
        found.extend(_blank_findings(blank, skip=skip, table_name=name))
    return tuple(found)


def _rule_findings(  # noqa: PLR0913 - the parts of one check, keyword-only
    schema: TableSchema,
    source: CellSource,
    *,
    policy: BlankPolicy,
    label: Callable[[CellKey], str],
    name: str,
    skip: frozenset[CellKey],
) -> list[Finding]:
    """The sum rules checked one by one, each cell looked up by key."""
    rules: tuple[SumIdentity | RowRule | ColumnRule, ...] = schema.rules
    if skip:
        rules = tuple(i for r in rules for i in _instances(r, source) if not skip & set(i.cells))
    return list(
        validate(source, rules, blanks=policy, report_blanks=False, label=label, table_name=name)
    )


def _read_used(compiled: CompiledRules, source: CellSource, skip: frozenset[int]) -> list[Value]:
    """The cells the checked equations read, by key; 0 in every other position (never read)."""
    found: list[Value] = [0] * len(compiled.cell_keys)
    keys = compiled.cell_keys
    for equation in compiled.equations:
        if skip.isdisjoint(equation.positions):
            for i in (*equation.left, *equation.right):
                found[i] = source[keys[i]]
    return found


def _blank_findings(
    cells: Iterable[tuple[CellKey, str]], *, skip: frozenset[CellKey], table_name: str
) -> list[Finding]:
    """One finding per blank or undetermined cell, given with its label."""
    found: list[Finding] = []
    for cell, label in cells:
        lost = cell in skip
        found.append(
            Finding(
                rule=UNDETERMINED_RULE if lost else "blank",
                message=f"{label} is {'undetermined' if lost else 'blank'}",
                cells=(cell,),
                numbers=(None,),
                table=table_name,
            )
        )
    return found


def _instances(rule: SumIdentity | RowRule | ColumnRule, source: CellSource) -> list[SumIdentity]:
    """The equations a rule states over ``source``: one per row or column it applies to."""
    return [rule] if isinstance(rule, SumIdentity) else list(rule.instances(source))
