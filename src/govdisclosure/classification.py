"""Classification schemes for information, and crosswalks between them.

A :class:`Scheme` is a tree of :class:`Category` values, each with a stable
code, a label in the original language, an English label and, where the
category comes from a legal text, its :class:`~govdisclosure.law.Citation`.
Codes are unique within a scheme; look a category up by code or by path.

A :class:`Crosswalk` maps the categories of one scheme onto one or more
categories of another (a topical catalogue onto the items a law lists, say)
and reports what does not map.

>>> topics = Scheme("topics", "Topics", [
...     Category("org", "Organisation", children=[Category("org.staff", "Staff")]),
...     Category("money", "Budgets"),
...     Category("misc", "Other"),
... ])
>>> [c.code for c in topics.path("org.staff")]
['org', 'org.staff']
>>> topics.by_path("Organisation", "Staff").code
'org.staff'
>>> law = Scheme("law", "Listed by law", [Category("1", "Structure"), Category("2", "Budget")])
>>> walk = Crosswalk(topics, law, [
...     CrosswalkEntry("org", ["1"]),
...     CrosswalkEntry("money", ["2"], inferred=True, note="our reading"),
... ])
>>> walk.map("money")
('2',)
>>> walk.unmapped
('org.staff', 'misc')

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from govdisclosure._validators import instance_of, non_empty, tuple_of
from govdisclosure.errors import InvalidInputError, Problem, UnknownCategoryError
from govdisclosure.law import Citation

__all__ = [
    "Category",
    "Crosswalk",
    "CrosswalkEntry",
    "CrosswalkReport",
    "Scheme",
    "UnknownCategoryError",
]


def _to_children(values: Any) -> tuple[Any, ...]:  # noqa: ANN401
    return tuple_of(values, "children")


def _to_categories(values: Any) -> tuple[Any, ...]:  # noqa: ANN401
    return tuple_of(values, "categories")


def _to_targets(values: Any) -> tuple[Any, ...]:  # noqa: ANN401
    return tuple_of(values, "targets", one=True)


def _to_entries(values: Any) -> tuple[Any, ...]:  # noqa: ANN401
    return tuple_of(values, "entries")


@attrs.frozen
class Category:
    """A category of a scheme: stable code, labels, optional citation, sub-categories.

    Attributes:
        code: A stable key, unique within the scheme; store this, not the label.
        label: The label in the original language.
        label_en: An English label.
        citation: The provision the category comes from, if it comes from law.
        children: Sub-categories.
        note: Free text (for instance, where a label is our translation).

    >>> Category("", "Empty code")
    Traceback (most recent call last):
    ...
    govdisclosure.errors.InvalidInputError: code: must be a non-empty string (got '')
    """

    code: str = attrs.field(validator=non_empty)
    label: str = attrs.field(validator=non_empty)
    label_en: str = attrs.field(default="", validator=instance_of(str))
    citation: Citation | None = attrs.field(
        default=None, validator=instance_of(Citation, type(None))
    )
    children: tuple[Category, ...] = attrs.field(default=(), converter=_to_children)
    note: str = attrs.field(default="", validator=instance_of(str))


@attrs.frozen(eq=False)
class Scheme:
    """A classification scheme: a tree of categories with unique codes.

    Every problem is reported at once: entries that are not categories, and
    every duplicate code (naming the code and where it first appeared).

    Attributes:
        code: A stable key for the scheme (items name it beside a category code).
        name: The scheme's name in the original language.
        categories: The top-level categories.
        name_en: An English name.

    Raises:
        InvalidInputError: naming every problem.

    >>> Scheme("s", "S", [Category("a", "A"), Category("b", "B", children=[Category("a", "A2")])])
    Traceback (most recent call last):
    ...
    govdisclosure.errors.InvalidInputError: invalid scheme 's': categories[1].children[0].code:
    duplicate category code 'a' (first at categories[0]) (got 'a')
    """

    code: str = attrs.field(validator=non_empty)
    name: str = attrs.field(validator=non_empty)
    categories: tuple[Category, ...] = attrs.field(converter=_to_categories)
    name_en: str = attrs.field(default="", validator=instance_of(str))

    _paths: dict[str, tuple[Category, ...]] = attrs.field(init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        problems: list[Problem] = []
        paths: dict[str, tuple[Category, ...]] = {}
        where: dict[str, str] = {}
        stack: list[tuple[object, str, tuple[Category, ...]]] = [
            (c, f"categories[{i}]", ()) for i, c in reversed(list(enumerate(self.categories)))
        ]
        while stack:
            node, at, above = stack.pop()
            if not isinstance(node, Category):
                problems.append(Problem(at, "must be a Category", node))
                continue
            if node.code in paths:
                msg = f"duplicate category code {node.code!r} (first at {where[node.code]})"
                problems.append(Problem(f"{at}.code", msg, node.code))
                continue
            path = (*above, node)
            paths[node.code] = path
            where[node.code] = at
            stack.extend(
                (child, f"{at}.children[{i}]", path)
                for i, child in reversed(list(enumerate(node.children)))
            )
        if problems:
            msg = f"invalid scheme {self.code!r}"
            raise InvalidInputError(msg, problems=problems)
        object.__setattr__(self, "_paths", paths)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Scheme):
            return NotImplemented
        return (self.code, self.name, self.categories, self.name_en) == (
            other.code,
            other.name,
            other.categories,
            other.name_en,
        )

    def __hash__(self) -> int:
        return hash((self.code, self.name, self.categories, self.name_en))

    # -- lookups -------------------------------------------------------------------------

    def _path(self, code: str) -> tuple[Category, ...]:
        key: object = code
        found = self._paths.get(key) if isinstance(key, str) else None
        if found is None:
            msg = f"no category of scheme {self.code!r} has this code"
            raise UnknownCategoryError(msg, field="code", value=code)
        return found

    def __getitem__(self, code: str) -> Category:
        return self._path(code)[-1]

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code in self._paths

    def __iter__(self) -> Iterator[Category]:
        """Every category, depth first, parents before children."""
        return (path[-1] for path in self._paths.values())

    def __len__(self) -> int:
        return len(self._paths)

    @property
    def codes(self) -> tuple[str, ...]:
        """Every code, depth first, parents before children."""
        return tuple(self._paths)

    @property
    def leaves(self) -> tuple[Category, ...]:
        """The categories without sub-categories, depth first."""
        return tuple(c for c in self if not c.children)

    def path(self, code: str) -> tuple[Category, ...]:
        """The categories from the top of the tree down to ``code`` (itself last).

        Raises:
            UnknownCategoryError: if no category has that code.
        """
        return self._path(code)

    def parent(self, code: str) -> Category | None:
        """The category directly above ``code``, or ``None`` at the top."""
        path = self._path(code)
        return path[-2] if len(path) > 1 else None

    def descendants(self, code: str) -> tuple[Category, ...]:
        """Every category below ``code``, depth first."""
        depth = len(self._path(code))
        return tuple(
            path[-1]
            for path in self._paths.values()
            if len(path) > depth and path[depth - 1].code == code
        )

    def is_within(self, code: str, ancestor: str) -> bool:
        """Whether ``code`` is ``ancestor`` or lies below it.

        >>> s = Scheme("s", "S", [Category("a", "A", children=[Category("a1", "A1")])])
        >>> s.is_within("a1", "a"), s.is_within("a", "a1")
        (True, False)
        """
        self._path(ancestor)
        return any(c.code == ancestor for c in self._path(code))

    def walk(self) -> Iterator[tuple[Category, int]]:
        """Every category with its depth (0 at the top), depth first."""
        return ((path[-1], len(path) - 1) for path in self._paths.values())

    def by_path(self, *steps: str) -> Category:
        """The category reached by following ``steps`` down from the top.

        Each step is matched, among the children of the category reached so far,
        against a child's code, its label or its English label, exactly.

        Raises:
            UnknownCategoryError: naming the first step that matches nothing.

        >>> s = Scheme("s", "S", [Category("a", "Alpha", children=[Category("a1", "One")])])
        >>> s.by_path("a", "One").code
        'a1'
        >>> s.by_path("Alpha", "Two")
        Traceback (most recent call last):
        ...
        govdisclosure.errors.UnknownCategoryError: steps[1]: no category ... (got 'Two')
        """
        if not steps:
            msg = "at least one step is needed"
            raise UnknownCategoryError(msg, field="steps", value=steps)
        level = self.categories
        found: Category | None = None
        for i, step in enumerate(steps):
            found = next((c for c in level if step in (c.code, c.label, c.label_en)), None)
            if found is None:
                msg = "no category here has this code or label"
                raise UnknownCategoryError(msg, field=f"steps[{i}]", value=step)
            level = found.children
        assert found is not None  # noqa: S101 - steps is not empty
        return found


@attrs.frozen
class CrosswalkEntry:
    """One source category and the target categories it maps onto.

    Attributes:
        source: A code of the source scheme.
        targets: Codes of the target scheme (a single string is one code).
        inferred: Whether the mapping is a reading of ours rather than a stated
            equivalence (keyword only).
        note: Why the mapping holds, or how it was read.
    """

    source: str = attrs.field(validator=non_empty)
    targets: tuple[str, ...] = attrs.field(converter=_to_targets)
    inferred: bool = attrs.field(default=False, kw_only=True)
    note: str = attrs.field(default="", kw_only=True)


@attrs.frozen
class CrosswalkReport:
    """What a crosswalk made of some source codes.

    Attributes:
        mapped: ``(source code, target codes)`` for each code that maps.
        unmapped: The source codes with no counterpart in the target scheme.
    """

    mapped: tuple[tuple[str, tuple[str, ...]], ...]
    unmapped: tuple[str, ...]

    @property
    def targets(self) -> tuple[str, ...]:
        """Every target code reached, each once, in order of first appearance."""
        return tuple(dict.fromkeys(t for _, targets in self.mapped for t in targets))


@attrs.frozen
class Crosswalk:
    """A mapping of the categories of one scheme onto categories of another.

    Every entry is validated at once: sources and targets must exist in their
    schemes, a source may appear in one entry only, and an entry needs at least
    one target. A source category without an entry does not map (see
    :attr:`unmapped`); a mapping never passes from a category to its
    sub-categories unless they have entries of their own.

    Attributes:
        source: The scheme mapped from.
        target: The scheme mapped onto.
        entries: The mapping, one entry per mapped source category.
        name: A name for people.

    Raises:
        InvalidInputError: naming every bad entry.

    >>> a = Scheme("a", "A", [Category("x", "X")])
    >>> b = Scheme("b", "B", [Category("y", "Y")])
    >>> Crosswalk(a, b, [CrosswalkEntry("x", ["z"])])
    Traceback (most recent call last):
    ...
    govdisclosure.errors.InvalidInputError: invalid crosswalk a -> b: entries[0].targets[0]:
    not a code of target scheme 'b' (got 'z')
    """

    source: Scheme
    target: Scheme
    entries: tuple[CrosswalkEntry, ...] = attrs.field(converter=_to_entries)
    name: str = ""

    _by_source: dict[str, CrosswalkEntry] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        problems: list[Problem] = []
        by_source: dict[str, CrosswalkEntry] = {}
        given: tuple[object, ...] = self.entries
        for i, raw in enumerate(given):
            at = f"entries[{i}]"
            if not isinstance(raw, CrosswalkEntry):
                problems.append(Problem(at, "must be a CrosswalkEntry", raw))
                continue
            entry = raw
            if entry.source not in self.source:
                msg = f"not a code of source scheme {self.source.code!r}"
                problems.append(Problem(f"{at}.source", msg, entry.source))
            elif entry.source in by_source:
                problems.append(Problem(f"{at}.source", "mapped twice", entry.source))
            else:
                by_source[entry.source] = entry
            if not entry.targets:
                problems.append(Problem(f"{at}.targets", "needs at least one target", ()))
            for j, code in enumerate(entry.targets):
                if code not in self.target:
                    msg = f"not a code of target scheme {self.target.code!r}"
                    problems.append(Problem(f"{at}.targets[{j}]", msg, code))
        if problems:
            msg = f"invalid crosswalk {self.source.code} -> {self.target.code}"
            raise InvalidInputError(msg, problems=problems)
        object.__setattr__(self, "_by_source", by_source)

    def entry(self, code: str) -> CrosswalkEntry | None:
        """The entry for source ``code``, or ``None`` if it does not map.

        Raises:
            UnknownCategoryError: if ``code`` is not a code of the source scheme.
        """
        self.source.path(code)
        return self._by_source.get(code)

    def map(self, code: str) -> tuple[str, ...]:
        """The target codes for source ``code``; empty if it has no counterpart.

        Raises:
            UnknownCategoryError: if ``code`` is not a code of the source scheme.
        """
        found = self.entry(code)
        return () if found is None else found.targets

    def apply(self, codes: Iterable[str]) -> CrosswalkReport:
        """Map many source codes at once, reporting those that do not map.

        Raises:
            UnknownCategoryError: if a code is not a code of the source scheme.

        >>> a = Scheme("a", "A", [Category("x", "X"), Category("w", "W")])
        >>> b = Scheme("b", "B", [Category("y", "Y")])
        >>> Crosswalk(a, b, [CrosswalkEntry("x", "y")]).apply(["x", "w"])
        CrosswalkReport(mapped=(('x', ('y',)),), unmapped=('w',))
        """
        mapped: list[tuple[str, tuple[str, ...]]] = []
        unmapped: list[str] = []
        for code in codes:
            targets = self.map(code)
            if targets:
                mapped.append((code, targets))
            else:
                unmapped.append(code)
        return CrosswalkReport(tuple(mapped), tuple(unmapped))

    @property
    def unmapped(self) -> tuple[str, ...]:
        """The source codes with no entry, in scheme order."""
        return tuple(c for c in self.source.codes if c not in self._by_source)

    @property
    def image(self) -> tuple[str, ...]:
        """The target codes some source maps onto, in target-scheme order."""
        reached = {t for e in self._by_source.values() for t in e.targets}
        return tuple(c for c in self.target.codes if c in reached)

    @property
    def uncovered(self) -> tuple[str, ...]:
        """The target codes nothing maps onto, in target-scheme order."""
        reached = set(self.image)
        return tuple(c for c in self.target.codes if c not in reached)
