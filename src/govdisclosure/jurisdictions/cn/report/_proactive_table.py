"""Table 二 of the annual report: proactive disclosure (rules and documents, decisions, fees).

A thin typed wrapper over the generic engine and the schema of table 二 in
each format (:func:`~.schemas.proactive_schema`), a ragged table: each block
(an item of Art 20) has its own columns, so the schema lists the cells it has.
What is the format's own is the layout detection (2019 or 2021).

>>> ProactiveTable.empty().validate()[0].message
'规章/本年制发件数 is blank'

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from typing import Any, ClassVar

import attrs

from govdisclosure.errors import InvalidInputError, Problem, UnknownLabelError
from govdisclosure.jurisdictions.cn.report._amounts import printed_amounts
from govdisclosure.jurisdictions.cn.report._request_table import cell_key
from govdisclosure.jurisdictions.cn.report._shown import ShownTable
from govdisclosure.jurisdictions.cn.report._tolerant import LabelTolerance
from govdisclosure.jurisdictions.cn.report.format import (
    ProactiveCell,
    ProactiveColumn,
    ProactiveRow,
    ReportFormat,
    check_format,
    proactive_cells,
)
from govdisclosure.jurisdictions.cn.report.matching import PROACTIVE_MATCHER
from govdisclosure.jurisdictions.cn.report.render import proactive_table_html
from govdisclosure.jurisdictions.cn.report.schemas import (
    Language,
    ProactiveValue,
    language_validator,
    proactive_schema,
)
from govdisclosure.reports import (
    CellKind,
    Finding,
    TableSchema,
    check_schema,
    coerce_value,
    label_index,
    merge_values,
    read_labels,
    to_labels,
)

__all__ = ["ProactiveTable"]

_ONLY_2019_ROWS = frozenset({ProactiveRow.OTHER_SERVICES, ProactiveRow.PROCUREMENT})
_COLUMNS_2021 = frozenset(c.column for c in proactive_cells(ReportFormat.V2021))
_COLUMNS_2019 = frozenset(c.column for c in proactive_cells(ReportFormat.V2019))
_LAYOUTS = (ReportFormat.V2021, ReportFormat.V2019)  # tried in this order
_COLUMN_KINDS: dict[Hashable, CellKind] = {
    spec.key: spec.kind for layout in ReportFormat for spec in proactive_schema(layout).columns
}


def _kind(_row: Hashable, column: Hashable) -> CellKind:
    return _COLUMN_KINDS[column]


def _is_amount_column(label: object) -> bool:
    if isinstance(label, str):
        key = PROACTIVE_MATCHER.match_column(label)
    else:
        key = label if isinstance(label, ProactiveColumn) else None
    return key is not None and _COLUMN_KINDS.get(key) is CellKind.AMOUNT


def _as_values(values: Iterable[ProactiveValue]) -> tuple[ProactiveValue, ...]:
    return tuple(values)


def _read_exact(
    data: object, layout: ReportFormat | None
) -> tuple[tuple[ProactiveValue, ...], ReportFormat] | None:
    """The values and format of ``data`` read by position, or ``None``: read the strict way.

    Read as the 2021 format (or ``layout``); failing that, with no ``layout``,
    as 2019 where its labels say so (a 2019-only row or column), as the strict
    way decides. Any other case is the strict way's.
    """
    if layout is not None and all(layout is not known for known in _LAYOUTS):
        return None  # not a format: the strict way says so
    for chosen in (layout,) if layout is not None else _LAYOUTS:
        index = label_index(proactive_schema(chosen), PROACTIVE_MATCHER, kind=_kind)
        grid = None if index is None else index.read(data)
        if grid is None or index is None:
            continue
        if layout is None and chosen is ReportFormat.V2019:
            rows, columns = index.given(data)  # type: ignore[arg-type]  # read: a dict
            if not (rows & _ONLY_2019_ROWS or columns - _COLUMNS_2021):
                return None  # not said to be 2019: the strict way reads it as 2021
        return index.values_of(grid), chosen
    return None


@attrs.frozen(repr=False)
class ProactiveTable(ShownTable):
    """Table 二: proactive disclosure (rules and documents, decisions, fees), one format.

    A cell is a count (``int``), an amount (:class:`~decimal.Decimal`; fees are
    in 万元 in the 2021 format and may be fractional), or ``None`` (blank).
    The format states no identity for table 二; the natural stock-and-flow
    check (last year in force + issued − repealed = in force) is our reading
    and fails in practice (amended rules, rules issued and repealed in one
    year), so :meth:`validate` reports blank cells only.

    >>> from decimal import Decimal
    >>> t = ProactiveTable.from_labels({"规章": {"本年制发件数": 3, "本年废止件数": 5,
    ...     "现行有效件数": 74}, "行政事业性收费": {"本年收费金额（单位：万元）": Decimal("1.5")}})
    >>> t[ProactiveRow.RULES, ProactiveColumn.IN_FORCE], t["行政事业性收费", "本年收费金额"]
    (74, Decimal('1.5'))

    Attributes:
        values: One value per cell, in the order of
            :func:`~cn.report.format.proactive_cells` for ``layout``.
        layout: The report format.
        language: The language it is shown in (``"zh"`` or ``"en"``): by
            ``_repr_html_`` in a notebook, and by ``to_html``, ``to_records`` and
            ``to_dataframe`` when they are given none. A display preference, not
            data: it takes no part in ``==``, and ``+`` keeps the left table's.

    .. versionchanged:: 0.3.0 ``language``.
    """

    values: tuple[ProactiveValue, ...] = attrs.field(converter=_as_values)
    layout: ReportFormat = ReportFormat.V2021
    language: Language = attrs.field(
        default="zh", kw_only=True, eq=False, validator=language_validator
    )

    records_name: ClassVar[str] = "proactive"

    def __attrs_post_init__(self) -> None:
        check_format(self.layout)
        schema = self.schema
        if len(self.values) != len(schema.cell_keys):
            msg = f"table 二 has {len(schema.cell_keys)} cells in the {self.layout.value} format"
            raise InvalidInputError(msg, field="values", value=len(self.values))
        problems: list[Problem] = []
        normalized: list[ProactiveValue] = []
        for (row, column), value in zip(schema.cell_keys, self.values, strict=True):
            path = f"[{row.value}, {column.value}]"  # type: ignore[attr-defined]
            found, problem = coerce_value(value, schema.kind((row, column)), path)
            if problem is not None:
                problems.append(problem)
            normalized.append(found)
        if problems:
            msg = "invalid table 二"
            raise InvalidInputError(msg, problems=problems)
        object.__setattr__(self, "values", tuple(normalized))

    @property
    def schema(self) -> TableSchema:
        """The schema of table 二 in this table's format."""
        return proactive_schema(self.layout)

    @property
    def cell_specs(self) -> tuple[ProactiveCell, ...]:
        """The cells of this format, in order."""
        return proactive_cells(self.layout)

    @classmethod
    def empty(cls, layout: ReportFormat = ReportFormat.V2021) -> ProactiveTable:
        """The all-blank table of ``layout``: the identity of ``+``."""
        return cls((None,) * len(proactive_cells(check_format(layout))), layout)

    @classmethod
    def from_cells(
        cls,
        cells: Mapping[tuple[ProactiveRow, ProactiveColumn], ProactiveValue],
        layout: ReportFormat = ReportFormat.V2021,
    ) -> ProactiveTable:
        """A table from ``{(row, column): value}``; cells not given are blank.

        Raises:
            UnknownLabelError: for a cell the format does not have.
        """
        specs = proactive_cells(check_format(layout))
        index = {(s.row, s.column): i for i, s in enumerate(specs)}
        values: list[ProactiveValue] = [None] * len(specs)
        unknown: list[Problem] = []
        for key, value in cells.items():
            i = index.get(key)
            if i is None:
                msg = f"no such cell in table 二 of the {layout.value} format"
                unknown.append(Problem("cells", msg, key))
                continue
            values[i] = value
        if unknown:
            msg = "unknown cells"
            raise UnknownLabelError(msg, problems=unknown)
        return cls(tuple(values), layout)

    @classmethod
    def from_labels(
        cls,
        data: Mapping[Any, Mapping[Any, ProactiveValue]],
        *,
        layout: ReportFormat | None = None,
        labels: LabelTolerance | None = None,
    ) -> ProactiveTable:
        """A table from ``{row label: {column label: value}}``, in either format.

        Block captions (第二十条第（一）项 …) may be given with no numbers. The
        format is read from the labels (2021: 本年制发件数 …; 2019: 本年新制作数量,
        上一年项目数量 …); pass ``layout`` to insist on one.

        Raises:
            UnknownLabelError: naming every label that matches nothing.
            InvalidInputError: for a bad value, or labels of both formats.

        Labels are read strictly (as :mod:`~.matching` reads them) unless
        ``labels`` is given: ``labels=LabelTolerance()`` reads the curated
        variants, paths and near misses too (see :class:`~cn.LabelTolerance`).
        An amount may be given as printed (``"251000元"``, ``"7,730.28"``): it is
        read exactly, never converted, and refused if its unit contradicts the
        unit its column label states; floats are refused.

        >>> t = ProactiveTable.from_labels({"行政事业性收费": {"本年收费金额": "7,730.28"}})
        >>> t["行政事业性收费", "本年收费金额（单位：万元）"]
        Decimal('7730.28')

        .. versionchanged:: 0.3.0 ``labels``, and amounts as printed.
        """
        # printed labels and amounts (0.3.0): see LabelTolerance and _amounts.printed_amounts
        if labels is not None:
            data = labels.translate("proactive", data)
        data = printed_amounts(data, _is_amount_column)
        exact = _read_exact(data, layout)  # exact labels, values that fit: by position
        if exact is not None:
            return cls(*exact)
        rows_read = read_labels(data, PROACTIVE_MATCHER, kind=_kind, what="table 二")
        cells: dict[tuple[Any, Any], ProactiveValue] = {
            (row, column): v for row, line in rows_read.items() for column, v in line.items()
        }
        columns = {c for _, c in cells}
        rows = {r for r, _ in cells}
        says_2019 = bool(rows & _ONLY_2019_ROWS or columns - _COLUMNS_2021)
        says_2021 = bool(columns - _COLUMNS_2019)
        if says_2019 and says_2021:
            msg = "labels of both the 2019 and the 2021 format of table 二"
            raise InvalidInputError(msg, field="data", value=sorted(c.value for c in columns))
        found = ReportFormat.V2019 if says_2019 else ReportFormat.V2021
        if layout is not None and (says_2019 or says_2021) and check_format(layout) is not found:
            msg = f"the labels given are those of the {found.value} format"
            raise InvalidInputError(msg, field="layout", value=layout)
        return cls.from_cells(cells, layout or found)

    def __getitem__(self, key: tuple[object, object]) -> ProactiveValue:
        row_label, column_label = cell_key(key)
        msg = f"no such cell in table 二 of the {self.layout.value} format"
        try:
            cell = (PROACTIVE_MATCHER.row(row_label), PROACTIVE_MATCHER.column(column_label))
        except UnknownLabelError:
            raise UnknownLabelError(msg, field="cell", value=key) from None
        if not self.schema.has_cell(cell):
            raise UnknownLabelError(msg, field="cell", value=key)
        return self.values[self.schema.index(cell)]

    @property
    def rows(self) -> tuple[Hashable, ...]:
        """The row keys of this format, in order."""
        return self.schema.row_keys

    @property
    def columns(self) -> tuple[Hashable, ...]:
        """The column keys of this format, in order."""
        return self.schema.column_keys

    def blank_cells(self) -> tuple[tuple[ProactiveRow, ProactiveColumn], ...]:
        """The ``(row, column)`` of every blank cell, block by block."""
        return tuple((row, column) for row, column, value in self.cells() if value is None)

    def cells(self) -> tuple[tuple[ProactiveRow, ProactiveColumn, ProactiveValue], ...]:
        """Every cell as ``(row, column, value)``, block by block."""
        return tuple(
            (spec.row, spec.column, value)
            for spec, value in zip(self.cell_specs, self.values, strict=True)
        )

    def label_of(
        self, cell: tuple[ProactiveRow, ProactiveColumn], language: Language = "zh"
    ) -> str:
        """A cell's name for people: ``row label/column label`` in this format."""
        if not self.schema.has_cell(cell):
            msg = "no such cell in table 二"
            raise UnknownLabelError(msg, field="cell", value=cell)
        return self.schema.cell_label(cell, language)

    def to_labels(self, language: Language = "zh") -> dict[str, dict[str, ProactiveValue]]:
        """The cells as ``{row label: {column label: value}}``, in this format's labels."""
        return to_labels(self.schema, self.values, language)

    def validate(self) -> tuple[Finding, ...]:
        """One finding per blank cell (the format states no identity for table 二)."""
        return check_schema(self.schema, self)

    def __add__(self, other: object) -> ProactiveTable:
        if not isinstance(other, ProactiveTable):
            return NotImplemented
        if other.layout is not self.layout:
            msg = "tables 二 of different formats cannot be added"
            raise InvalidInputError(msg, field="layout", value=other.layout)
        values, _ = merge_values(self.schema, self.values, other.values)
        return ProactiveTable(values, self.layout, language=self.language)

    def _html(self, language: Language) -> str:
        return proactive_table_html(self, language)

    def _frame_cells(self) -> ProactiveTable:
        return self

    def __repr__(self) -> str:
        filled = sum(v is not None for v in self.values)
        return f"ProactiveTable({self.layout.value} format, {filled}/{len(self.values)} filled)"
