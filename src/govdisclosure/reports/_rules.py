"""Identity rules as data, and validation that returns findings.

A report table is checked against *identities*: equations between sums of
cells that must hold in a consistent table (a total equals the sum of its
parts; what came in equals what went out). Each rule is a plain value:

- :class:`SumIdentity` is one equation, ``sum(left) == sum(right)``, over named
  cells. "A target cell equals the sum of cells" is ``left=(target,)``.
- :class:`RowRule` states one equation per row (``total = a + b + c`` in every
  row); :class:`ColumnRule` one per column.

:func:`validate` checks a table against rules and returns one
:class:`Finding` per violated equation, plus one per blank cell. Validation
never changes the table, and an empty result means every identity holds and no
cell is blank.

How a blank cell enters an identity is a policy (:class:`BlankPolicy`): by
default an equation that touches a blank cell is not checked at all (a blank
is not a zero; the blank itself is reported); ``BlankPolicy.ZERO`` reads
blanks as zeros for the arithmetic, for reports known to leave zeros blank.

>>> t = Table.from_dict(("a", "b"), ("x", "y", "total"),
...     {"a": {"x": 1, "y": 2, "total": 3}, "b": {"x": 1, "y": 1, "total": 3}})
>>> rules = [RowRule("row-sum", left=("total",), right=("x", "y"))]
>>> [str(f) for f in validate(t, rules)]
['row-sum: b/total = 3 but b/x + b/y = 2 (difference +1)']

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from decimal import Decimal
from typing import Any, Protocol

import attrs

from govdisclosure.law import Citation
from govdisclosure.reports._table import Table  # noqa: F401 - the doctests use it

__all__ = [
    "BLANK_RULE",
    "BlankPolicy",
    "CellKey",
    "CellSource",
    "ColumnRule",
    "Finding",
    "Relation",
    "RowRule",
    "SumIdentity",
    "blank_findings",
    "compare",
    "default_cell_label",
    "validate",
]

CellKey = tuple[Hashable, Hashable]
"""The address of a cell: ``(row key, column key)``."""

BLANK_RULE = "blank"
"""The rule id of the finding reported for a blank cell."""

Number = int | Decimal
"""A numeric cell value: a count, or a :class:`~decimal.Decimal` amount or statistic."""

Value = int | Decimal | None
"""The value of a cell in a finding: a number, or ``None`` for a blank cell."""


class CellSource(Protocol):
    """Anything whose cells a rule can read: a :class:`Table`, or a schema-backed table."""

    @property
    def rows(self) -> tuple[Hashable, ...]:
        """The row keys."""

    @property
    def columns(self) -> tuple[Hashable, ...]:
        """The column keys."""

    def __getitem__(self, key: Any, /) -> Value:  # noqa: ANN401 - any table's cell keys
        """The value of one cell (``None`` if blank)."""

    def blank_cells(self) -> tuple[tuple[Hashable, Hashable], ...]:
        """The cells that are blank, in order."""


class Relation(enum.Enum):
    """How the two sides of a rule compare: ``=`` (an identity), ``≤`` or ``≥``."""

    EQ = "eq"
    """The left side equals the right side."""
    LE = "le"
    """The left side is at most the right side."""
    GE = "ge"
    """The left side is at least the right side."""

    @property
    def symbol(self) -> str:
        """``=``, ``≤`` or ``≥``."""
        return {"eq": "=", "le": "≤", "ge": "≥"}[self.value]

    def holds(self, left: Number, right: Number) -> bool:
        """Whether ``left`` stands in this relation to ``right``.

        >>> Relation.LE.holds(2, 3), Relation.GE.holds(2, 3), Relation.EQ.holds(3, 3)
        (True, False, True)
        """
        if self is Relation.EQ:
            return left == right
        if self is Relation.LE:
            return left <= right
        return left >= right


class BlankPolicy(enum.Enum):
    """How blank cells enter the arithmetic of an identity.

    Whatever the policy, every blank cell is also reported by its own finding
    (rule :data:`BLANK_RULE`) unless validation is asked not to, and blanks
    never hide an error: an identity with a blank cell and a non-zero one is
    checked with the blanks read as 0 (``"总计 is blank but its parts sum to
    805"`` is a broken identity), while one whose cells are all blank or zero
    gives only its blank findings. Both policies therefore give the same
    verdicts; the choice is kept so that existing calls still work.

    .. versionchanged:: 0.3.0
       ``SKIP`` no longer skips an identity whose other cells are not all zero.
    """

    SKIP = "skip"
    """The default: an identity touching blank cells is checked only if it has a non-zero cell."""
    ZERO = "zero"
    """Blank cells are read as zero for the arithmetic."""


def default_cell_label(cell: CellKey) -> str:
    """Name a cell ``row/column``, using an enum member's value when the key is one.

    >>> import enum
    >>> class K(enum.Enum):
    ...     NEW = "new"
    >>> default_cell_label((K.NEW, "total"))
    'new/total'
    """
    row, column = cell
    return f"{getattr(row, 'value', row)}/{getattr(column, 'value', column)}"


@attrs.frozen
class Finding:
    """One problem found in a table: a broken identity, or a blank cell.

    A finding names its rule, the cells involved with their values, and, for
    an identity, the two sides' totals. It describes the table; it never
    changes it.

    Attributes:
        rule: The id of the rule broken (:data:`BLANK_RULE` for a blank cell).
        message: A sentence for people.
        cells: The cells involved, left side first.
        numbers: The value of each of ``cells`` (``None`` for blank).
        left: The sum of the left side, for an identity.
        right: The sum of the right side, for an identity.
        table: Which table the cells belong to, where a report has several.
        citation: The source of the rule, where it has one.
        tables: For a rule across tables, the table of each of ``cells``
            (empty when every cell is in ``table``).
    """

    rule: str
    message: str
    cells: tuple[CellKey, ...]
    numbers: tuple[Value, ...]
    left: Number | None = None
    right: Number | None = None
    table: str = ""
    citation: Citation | None = attrs.field(default=None, eq=False)
    tables: tuple[str, ...] = ()

    @property
    def difference(self) -> Number | None:
        """``left - right`` for a broken identity, else ``None``."""
        if self.left is None or self.right is None:
            return None
        return self.left - self.right

    def __str__(self) -> str:
        return f"{self.rule}: {self.message}"


def _cell_keys(cells: Iterable[CellKey]) -> tuple[CellKey, ...]:
    return tuple(cells)


def _keys(keys: Iterable[Hashable]) -> tuple[Hashable, ...]:
    return tuple(keys)


def _optional_keys(keys: Iterable[Hashable] | None) -> tuple[Hashable, ...] | None:
    return None if keys is None else tuple(keys)


def _sum(values: Iterable[Value]) -> Number:
    return sum((v for v in values if v is not None), 0)


def _side(names: Sequence[str], values: Sequence[Value], total: Number) -> str:
    """One side of a comparison for people: ``a + b = 5``, ``t is blank``, ``(all blank)``."""
    joined = " + ".join(names)
    if values and all(v is None for v in values):
        return f"{joined} {'is' if len(values) == 1 else 'are'} blank"
    return f"{joined} = {total}"


def compare(  # noqa: PLR0913 - the parts of one comparison, all keyword-only
    rule: str,
    *,
    cells: tuple[CellKey, ...],
    left: Sequence[Value],
    right: Sequence[Value],
    relation: Relation,
    names: Callable[[], tuple[Sequence[str], Sequence[str]]],
    blanks: BlankPolicy,
    description: str = "",
    citation: Citation | None = None,
    table: str = "",
    tables: tuple[str, ...] = (),
) -> Finding | None:
    """Compare the sums of two sides: the finding if ``relation`` fails, else ``None``.

    The one comparison behind every identity and inequality, within a table or
    across tables (or years). Blanks never hide an error: when a comparison
    involves blank cells and any of its other cells is non-zero, it is made with
    the blanks read as 0 (under every :class:`BlankPolicy`), and a failure is a
    broken identity whose message says the cells were blank; when all its cells
    are blank or zero it gives no finding (the blanks are findings of their own).
    ``names`` gives the names of the two sides' cells, only for a message.

    >>> f = compare("r", cells=(("t", "n"), ("a", "n"), ("b", "n")), left=[3], right=[1, 1],
    ...             relation=Relation.EQ, names=lambda: (["t"], ["a", "b"]),
    ...             blanks=BlankPolicy.SKIP)
    >>> f.message, f.difference
    ('t = 3 but a + b = 2 (difference +1)', 1)
    >>> compare("r", cells=(("t", "n"), ("a", "n"), ("b", "n")), left=[None], right=[800, 5],
    ...         relation=Relation.EQ, names=lambda: (["t"], ["a", "b"]),
    ...         blanks=BlankPolicy.SKIP).message
    't is blank but a + b = 805 (difference -805); blank cells read as 0'
    >>> compare("r", cells=(("t", "n"), ("a", "n")), left=[None], right=[0],
    ...         relation=Relation.EQ, names=lambda: (["t"], ["a"]), blanks=BlankPolicy.SKIP)
    """
    blank = None in left or None in right
    if blank and not any(v for v in (*left, *right) if v is not None):
        return None  # every cell blank or zero: the blanks are findings of their own
    left_total = _sum(left)
    right_total = _sum(right)
    if relation.holds(left_total, right_total):
        return None
    left_names, right_names = names()
    lhs = _side(left_names, left, left_total)
    rhs = _side(right_names, right, right_total)
    off = left_total - right_total
    if relation is Relation.EQ:
        message = f"{lhs} but {rhs} (difference {off:+})"
    else:
        message = f"{lhs} but {rhs}; must be {relation.symbol} (difference {off:+})"
    if blank:
        message += "; blank cells read as 0"
    if description:
        message = f"{message}; {description}"
    return Finding(
        rule=rule,
        message=message,
        cells=cells,
        numbers=(*left, *right),
        left=left_total,
        right=right_total,
        table=table,
        citation=citation,
        tables=tables,
    )


@attrs.frozen
class SumIdentity:
    """One equation over cells of a table: ``sum(left) == sum(right)``.

    Attributes:
        rule: The id shared by every instance of the rule this equation comes from.
        left: The cells on the left side (the target, for "total = parts").
        right: The cells on the right side.
        description: What the equation says, for people.
        citation: The source of the rule, if any.

    >>> t = Table.from_dict(("r",), ("a", "b"), {"r": {"a": 2, "b": 3}})
    >>> SumIdentity("same", left=(("r", "a"),), right=(("r", "b"),)).check(t).difference
    -1
    """

    rule: str
    left: tuple[CellKey, ...] = attrs.field(converter=_cell_keys)
    right: tuple[CellKey, ...] = attrs.field(converter=_cell_keys)
    description: str = ""
    citation: Citation | None = attrs.field(default=None, eq=False)
    relation: Relation = Relation.EQ

    @property
    def cells(self) -> tuple[CellKey, ...]:
        """Every cell the equation touches, left side first."""
        return self.left + self.right

    def check(
        self,
        table: CellSource,
        *,
        blanks: BlankPolicy = BlankPolicy.SKIP,
        label: Callable[[CellKey], str] = default_cell_label,
        table_name: str = "",
    ) -> Finding | None:
        """The finding if the equation (or inequality) fails in ``table``, else ``None``.

        Under :attr:`BlankPolicy.SKIP` an equation touching a blank cell is not
        checked and gives ``None``.
        """
        return compare(
            self.rule,
            cells=self.cells,
            left=tuple(table[cell] for cell in self.left),
            right=tuple(table[cell] for cell in self.right),
            relation=self.relation,
            names=lambda: ([label(c) for c in self.left], [label(c) for c in self.right]),
            blanks=blanks,
            description=self.description,
            citation=self.citation,
            table=table_name,
        )


@attrs.frozen
class RowRule:
    """An equation stated once per row: ``sum(row[left]) == sum(row[right])``.

    Attributes:
        rule: The id of every equation this rule yields.
        left: The columns on the left side (the total column, for "total = parts").
        right: The columns on the right side.
        rows: The rows it applies to; ``None`` means every row of the table.
        description: What the rule says, for people.
        citation: The source of the rule, if any.
    """

    rule: str
    left: tuple[Hashable, ...] = attrs.field(converter=_keys)
    right: tuple[Hashable, ...] = attrs.field(converter=_keys)
    rows: tuple[Hashable, ...] | None = attrs.field(default=None, converter=_optional_keys)
    description: str = ""
    citation: Citation | None = attrs.field(default=None, eq=False)
    relation: Relation = Relation.EQ

    def instances(self, table: CellSource) -> Iterator[SumIdentity]:
        """One :class:`SumIdentity` per row the rule applies to."""
        for row in table.rows if self.rows is None else self.rows:
            yield SumIdentity(
                self.rule,
                left=tuple((row, c) for c in self.left),
                right=tuple((row, c) for c in self.right),
                description=self.description,
                citation=self.citation,
                relation=self.relation,
            )


@attrs.frozen
class ColumnRule:
    """An equation stated once per column: ``sum(column[left]) == sum(column[right])``.

    Attributes:
        rule: The id of every equation this rule yields.
        left: The rows on the left side (the total row, for "total = parts").
        right: The rows on the right side.
        columns: The columns it applies to; ``None`` means every column.
        description: What the rule says, for people.
        citation: The source of the rule, if any.
    """

    rule: str
    left: tuple[Hashable, ...] = attrs.field(converter=_keys)
    right: tuple[Hashable, ...] = attrs.field(converter=_keys)
    columns: tuple[Hashable, ...] | None = attrs.field(default=None, converter=_optional_keys)
    description: str = ""
    citation: Citation | None = attrs.field(default=None, eq=False)
    relation: Relation = Relation.EQ

    def instances(self, table: CellSource) -> Iterator[SumIdentity]:
        """One :class:`SumIdentity` per column the rule applies to."""
        for column in table.columns if self.columns is None else self.columns:
            yield SumIdentity(
                self.rule,
                left=tuple((r, column) for r in self.left),
                right=tuple((r, column) for r in self.right),
                description=self.description,
                citation=self.citation,
                relation=self.relation,
            )


Rule = SumIdentity | RowRule | ColumnRule


def _instances(rule: Rule, table: CellSource) -> Iterator[SumIdentity]:
    if isinstance(rule, SumIdentity):
        yield rule
    else:
        yield from rule.instances(table)


def blank_findings(
    table: CellSource,
    *,
    label: Callable[[CellKey], str] = default_cell_label,
    table_name: str = "",
) -> tuple[Finding, ...]:
    """One finding per blank cell of ``table``, row by row.

    >>> t = Table.blank(("a",), ("x",))
    >>> [str(f) for f in blank_findings(t)]
    ['blank: a/x is blank']
    """
    return tuple(
        Finding(
            rule=BLANK_RULE,
            message=f"{label(cell)} is blank",
            cells=(cell,),
            numbers=(None,),
            table=table_name,
        )
        for cell in table.blank_cells()
    )


def validate(  # noqa: PLR0913 - options are keyword-only
    table: CellSource,
    rules: Sequence[Rule],
    *,
    blanks: BlankPolicy = BlankPolicy.SKIP,
    report_blanks: bool = True,
    label: Callable[[CellKey], str] = default_cell_label,
    table_name: str = "",
) -> tuple[Finding, ...]:
    """Check ``table`` against ``rules``: one finding per violated equation, then blanks.

    Args:
        table: The table to check; it is not changed.
        rules: The identities, as data.
        blanks: How blank cells enter the arithmetic (see :class:`BlankPolicy`).
        report_blanks: Whether to add one finding per blank cell.
        label: How to name a cell in messages.
        table_name: Recorded on each finding.

    Returns:
        The findings: broken equations in rule order, then blank cells in table
        order. Empty when every identity holds and no cell is blank.
    """
    found: list[Finding] = []
    for rule in rules:
        for identity in _instances(rule, table):
            finding = identity.check(table, blanks=blanks, label=label, table_name=table_name)
            if finding is not None:
                found.append(finding)
    if report_blanks:
        found.extend(blank_findings(table, label=label, table_name=table_name))
    return tuple(found)
