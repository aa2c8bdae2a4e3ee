"""A schema's sum rules compiled once into integer-indexed equations, and the fast check over them.

A :class:`~govdisclosure.reports.TableSchema` states its sums as rules over keys
(:class:`~govdisclosure.reports.SumIdentity`, :class:`~govdisclosure.reports.RowRule`,
:class:`~govdisclosure.reports.ColumnRule`). Checking them by key builds every
equation anew and looks every cell up by its key (often an enum member, whose hash
is slow). :func:`compile_rules` does that work once per schema: each equation
becomes two tuples of positions into the flat list of the table's values (in the
order of the schema's ``cell_keys``), beside its relation and its equation by key,
which is kept to build the finding of a broken equation.
:meth:`CompiledRules.findings` then walks integers and builds a
:class:`~govdisclosure.reports.Finding` only for an equation that fails, through
:func:`~govdisclosure.reports.compare` itself, so the findings, their order and
their messages are those of :func:`~govdisclosure.reports.validate` over the same
rules, blanks included (blanks never hide an error: an equation with a blank cell
and a non-zero one is checked with the blanks read as 0, one whose cells are all
blank or zero gives no finding).

A schema compiles its rules on first use and keeps them
(:attr:`~govdisclosure.reports.TableSchema.compiled_rules`).

>>> from govdisclosure.reports import KeySpec, RowRule, TableSchema
>>> s = TableSchema("t", [KeySpec(k, {"en": k}) for k in ("a", "b")],
...     [KeySpec(k, {"en": k}) for k in ("x", "y", "total")],
...     row_rules=[RowRule("row-sum", left=("total",), right=("x", "y"))])
>>> rules = s.compiled_rules
>>> [(e.left, e.right) for e in rules.equations]
[((2,), (0, 1)), ((5,), (3, 4))]
>>> [f.message for f in rules.findings((1, 2, 3, 1, 1, 3), label=s.cell_label)]
['b/total = 3 but b/x + b/y = 2 (difference +1)']

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Collection, Hashable, Sequence
from operator import itemgetter
from typing import TYPE_CHECKING, Any

import attrs

from govdisclosure.errors import InvalidInputError
from govdisclosure.reports._rules import (
    BlankPolicy,
    CellKey,
    ColumnRule,
    Finding,
    Relation,
    RowRule,
    SumIdentity,
    Value,
    compare,
    default_cell_label,
)
from govdisclosure.reports._table import Table

if TYPE_CHECKING:
    from govdisclosure.reports._schema import TableSchema

__all__ = ["CellNames", "CompiledEquation", "CompiledRules", "compile_rules"]

_HOLDS: dict[Relation, Callable[[Any, Any], bool]] = {
    Relation.EQ: operator.eq,
    Relation.LE: operator.le,
    Relation.GE: operator.ge,
}
"""The comparison of each relation, as a C function (the same as :meth:`Relation.holds`)."""

_Side = tuple[Callable[[Sequence[Value]], tuple[Value, ...]] | None, int]
"""One side of an equation for the fast loop: a getter of two or more cells, or one position."""


@attrs.frozen
class CompiledEquation:
    """One equation of a schema's rules, by position.

    Attributes:
        identity: The equation by cell key (its rule id, cells, relation,
            description and citation make the finding).
        left: The position of each left-hand cell among the schema's ``cell_keys``.
        right: The position of each right-hand cell.
    """

    identity: SumIdentity
    left: tuple[int, ...]
    right: tuple[int, ...]

    @property
    def positions(self) -> frozenset[int]:
        """Every position the equation reads."""
        return frozenset((*self.left, *self.right))

    def finding(
        self,
        values: Sequence[Value],
        *,
        blanks: BlankPolicy,
        name: Callable[[int], str],
        table_name: str,
    ) -> Finding | None:
        """The finding of this equation over ``values``, exactly as :func:`compare` gives it.

        ``name`` gives the label of the cell at a position (see :class:`CellNames`).
        """
        identity = self.identity
        return compare(
            identity.rule,
            cells=identity.cells,
            left=tuple(values[i] for i in self.left),
            right=tuple(values[i] for i in self.right),
            relation=identity.relation,
            names=lambda: ([name(i) for i in self.left], [name(i) for i in self.right]),
            blanks=blanks,
            description=identity.description,
            citation=identity.citation,
            table=table_name,
        )


class CellNames:
    """The label of each cell by its position, asked of ``label`` once per cell and check.

    One check names a cell in several findings (a total sits in a row sum and in
    a column sum), and a label keyed by enum members is slow to look up; the
    label is a pure function of the cell, so it is asked once.

    >>> names = CellNames((("a", "x"), ("a", "y")), default_cell_label)
    >>> names(1), names(1)
    ('a/y', 'a/y')
    """

    __slots__ = ("_found", "_keys", "_label")

    def __init__(self, keys: Sequence[CellKey], label: Callable[[CellKey], str]) -> None:
        self._keys = keys
        self._label = label
        self._found: dict[int, str] = {}

    def __call__(self, position: int) -> str:
        """The label of the cell at ``position``."""
        found = self._found.get(position)
        if found is None:
            found = self._label(self._keys[position])
            self._found[position] = found
        return found


_OPERATORS = {Relation.EQ: "==", Relation.LE: "<=", Relation.GE: ">="}
"""The operator of each relation in generated code (those of :meth:`Relation.holds`)."""

_LONG_SIDE = 32
"""A side with more cells than this is summed with ``sum((...))``, not a chain of ``+``."""


def _sum_code(positions: tuple[int, ...]) -> str:
    cells = [f"v[{i}]" for i in positions]
    if not cells:
        return "0"
    if len(cells) > _LONG_SIDE:  # a long chain of + nests deeply in the compiler
        return f"sum(({', '.join(cells)},))"
    return f"({' + '.join(cells)})"


def _generate(equations: Sequence[CompiledEquation]) -> Callable[[Sequence[Value]], list[int]]:
    """One function that tests every equation over filled cells and lists those that fail.

    The code is made of positions (ints), the three operators and ``sum``
    only: nothing from the schema's text reaches it. One line per equation,
    ``if not (v[6] == (v[0] + v[1])): found.append(0)``; it runs about twice
    as fast as a loop over getters.
    """
    lines = ["def broken(v):", "    found = []"]
    for k, e in enumerate(equations):
        relation = _OPERATORS[e.identity.relation]
        lines.append(
            f"    if not ({_sum_code(e.left)} {relation} {_sum_code(e.right)}): found.append({k})"
        )
    lines.append("    return found")
    namespace: dict[str, Any] = {"sum": sum}
    code = compile("\n".join(lines), "<govdisclosure compiled rules>", "exec")
    exec(code, namespace)  # noqa: S102 - code built from ints and fixed operators only
    found: Callable[[Sequence[Value]], list[int]] = namespace["broken"]
    return found


def _side(positions: tuple[int, ...], zero: int) -> _Side:
    if len(positions) >= 2:
        return itemgetter(*positions), 0
    return None, positions[0] if positions else zero


@attrs.frozen
class CompiledRules:
    """A schema's sum rules as equations over positions, in the order they are checked.

    Attributes:
        rows: The row keys the rules were expanded over (the schema's).
        columns: The column keys.
        cell_keys: The schema's cells: position ``i`` holds ``cell_keys[i]``.
        equations: Every equation, rule by rule (identities, per row, per column);
            empty when ``complete`` is false.
        complete: Whether every cell the rules name is a cell of the schema. A
            rule over rows or columns that lack some cell (a ragged schema) is
            not compiled: such a schema is checked cell by key, as before.
        labels: The schema's label of each cell in its first language
            (:meth:`~govdisclosure.reports.TableSchema.cell_label`), by position:
            the names in findings when no other labelling is asked for.
    """

    rows: tuple[Hashable, ...]
    columns: tuple[Hashable, ...]
    cell_keys: tuple[CellKey, ...]
    equations: tuple[CompiledEquation, ...]
    complete: bool = True
    labels: tuple[str, ...] = ()
    _plan: tuple[tuple[_Side, _Side, Callable[[Any, Any], bool]], ...] = attrs.field(
        init=False, eq=False, repr=False
    )
    _broken: Callable[[Sequence[Value]], list[int]] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        zero = len(self.cell_keys)  # the position of a constant 0 after the cells
        plan = tuple(
            (_side(e.left, zero), _side(e.right, zero), _HOLDS[e.identity.relation])
            for e in self.equations
        )
        object.__setattr__(self, "_plan", plan)
        object.__setattr__(self, "_broken", _generate(self.equations))

    def __reduce__(self) -> tuple[Any, ...]:
        # the generated check is rebuilt from the equations, never pickled
        fields = (self.rows, self.columns, self.cell_keys, self.equations, self.complete)
        return type(self), (*fields, self.labels)

    def fits(self, rows: Sequence[Hashable], columns: Sequence[Hashable]) -> bool:
        """Whether a table with these row and column keys is checked by these equations.

        A rule stated for every row (or column) applies to the table's rows, so
        the equations hold for a table whose rows and columns are the schema's.
        """
        return (
            self.complete
            and (rows is self.rows or tuple(rows) == self.rows)
            and (columns is self.columns or tuple(columns) == self.columns)
        )

    def broken(self, values: Sequence[Value]) -> list[int]:
        """The index of each equation that fails over ``values``, in which no cell is blank.

        ``values`` holds one number per cell (a 0 after them is allowed).
        """
        return self._broken(values)

    def suspects(self, values: Sequence[Value], keep: Sequence[int]) -> list[int]:
        """Of the equations ``keep``, those that may fail over ``values``, blanks allowed.

        An equation with a blank cell is a suspect unless its cells are all
        blank or zero (then :func:`compare` gives no finding); one with no blank
        cell is a suspect if it fails. ``values`` ends with a 0, as for :meth:`broken`.
        """
        found: list[int] = []
        plan = self._plan
        for k in keep:
            (lget, lpos), (rget, rpos), holds = plan[k]
            left = (values[lpos],) if lget is None else lget(values)
            right = (values[rpos],) if rget is None else rget(values)
            if None in left or None in right:
                if any(left) or any(right):
                    found.append(k)
            elif not holds(sum(left), sum(right)):
                found.append(k)
        return found

    def findings(  # noqa: PLR0913 - options are keyword-only
        self,
        values: Sequence[Value],
        *,
        blanks: BlankPolicy = BlankPolicy.SKIP,
        label: Callable[[CellKey], str] = default_cell_label,
        table_name: str = "",
        skip: Collection[int] = (),
        names: Callable[[int], str] | None = None,
    ) -> list[Finding]:
        """One finding per broken equation over ``values``, in order.

        Args:
            values: One value per cell, in the order of :attr:`cell_keys`
                (``None`` for blank).
            blanks: How blanks enter the arithmetic (see :class:`BlankPolicy`).
            label: How to name a cell in messages.
            table_name: Recorded on each finding.
            skip: Positions of undetermined cells: an equation reading one is
                not checked.
            names: The labels by position, to share with other findings of the
                same check (made from ``label`` if ``None``).

        Raises:
            InvalidInputError: if ``values`` does not hold one value per cell.
        """
        if len(values) != len(self.cell_keys):
            msg = f"the schema has {len(self.cell_keys)} cells"
            raise InvalidInputError(msg, field="values", value=len(values))
        equations = self.equations
        if skip:
            lost = frozenset(skip)
            kept = [k for k, e in enumerate(equations) if lost.isdisjoint((*e.left, *e.right))]
            suspects = self.suspects([*values, 0], kept)
        elif None in values:
            suspects = self.suspects([*values, 0], range(len(equations)))
        else:
            suspects = self._broken(values)  # the fast path: every cell filled
        name = CellNames(self.cell_keys, label) if names is None else names
        found: list[Finding] = []
        for k in suspects:
            finding = equations[k].finding(values, blanks=blanks, name=name, table_name=table_name)
            if finding is not None:
                found.append(finding)
        return found


def _expand(rule: SumIdentity | RowRule | ColumnRule, shape: Table[Any, Any]) -> list[SumIdentity]:
    return [rule] if isinstance(rule, SumIdentity) else list(rule.instances(shape))


def compile_rules(schema: TableSchema) -> CompiledRules:
    """Compile the sum rules of ``schema`` (identities, row rules, column rules) into positions.

    Each rule is expanded over the schema's rows and columns, as
    :func:`~govdisclosure.reports.validate` expands it over a table of the
    schema, and each cell is replaced by its position among ``cell_keys``.

    >>> from govdisclosure.reports import ColumnRule, KeySpec, TableSchema
    >>> flow = ColumnRule("flow", left=("start", "in"), right=("out",))
    >>> s = TableSchema("t", [KeySpec(k, {"en": k}) for k in ("start", "in", "out")],
    ...     [KeySpec("n", {"en": "n"})], column_rules=[flow])
    >>> [(e.left, e.right) for e in compile_rules(s).equations]
    [((0, 1), (2,))]
    """
    rows = schema.row_keys
    columns = schema.column_keys
    keys = schema.cell_keys
    shape: Table[Any, Any] = Table.blank(rows, columns)
    identities = [i for rule in schema.rules for i in _expand(rule, shape)]
    labels = tuple(schema.cell_label(cell) for cell in keys)
    if not all(schema.has_cell(cell) for i in identities for cell in i.cells):
        return CompiledRules(rows, columns, keys, (), complete=False, labels=labels)
    equations = tuple(
        CompiledEquation(
            identity,
            tuple(schema.index(cell) for cell in identity.left),
            tuple(schema.index(cell) for cell in identity.right),
        )
        for identity in identities
    )
    return CompiledRules(rows, columns, keys, equations, labels=labels)
