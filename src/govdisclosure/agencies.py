"""Agencies and the tree they form, for lookups and later roll-ups.

An :class:`Agency` is any unit that discloses information: a people's
government, a department, a subdistrict office, a township, or a public
enterprise or institution (with its :class:`Sector`). An :class:`AgencyTree`
links agencies to their parents and answers the questions a roll-up needs:
parent, children, ancestors, descendants, roots, and a bottom-up
:meth:`~AgencyTree.fold`.

>>> gov = Agency("gov", "Demo District Government", kind=AgencyKind.PEOPLES_GOVERNMENT)
>>> edu = Agency("edu", "Education Bureau", kind=AgencyKind.DEPARTMENT)
>>> school = Agency("school", "No. 1 School", kind=AgencyKind.PUBLIC_ENTERPRISE,
...                 sector=Sector.EDUCATION)
>>> tree = AgencyTree([gov, edu, school], parents={"edu": "gov", "school": "edu"})
>>> [a.id for a in tree.ancestors("school")]
['edu', 'gov']
>>> tree.fold(lambda agency, below: 1 + sum(below))["gov"]   # units in each subtree
3
>>> AgencyTree([gov, edu], parents={"gov": "edu", "edu": "gov"})
Traceback (most recent call last):
...
govdisclosure.errors.InvalidInputError: invalid agency tree: parents: cycle gov -> edu -> gov ...

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, TypeVar

import attrs

from govdisclosure._validators import instance_of, non_empty, tuple_of
from govdisclosure.errors import InvalidInputError, Problem, UnknownAgencyError

__all__ = [
    "Agency",
    "AgencyKind",
    "AgencyTree",
    "Sector",
    "UnknownAgencyError",
]


def _to_agencies(values: Any) -> tuple[Any, ...]:  # noqa: ANN401
    return tuple_of(values, "agencies")


T = TypeVar("T")


class AgencyKind(enum.Enum):
    """What kind of unit an agency is."""

    PEOPLES_GOVERNMENT = "peoples_government"
    """A people's government at some level (a district, county, city, ...)."""
    DEPARTMENT = "department"
    """A department or working body of a government (a bureau, commission, office)."""
    SUBDISTRICT_OFFICE = "subdistrict_office"
    """A subdistrict office, the urban government's agent below the district."""
    TOWNSHIP = "township"
    """A township or town government."""
    PUBLIC_ENTERPRISE = "public_enterprise"
    """A public enterprise or public institution providing public services."""
    OTHER = "other"
    """Any other organisation that discloses information."""


class Sector(enum.Enum):
    """The public-service sector of a public enterprise or institution."""

    EDUCATION = "education"
    HEALTH = "health"
    FAMILY_PLANNING = "family_planning"
    WATER = "water"
    POWER = "power"
    GAS = "gas"
    HEATING = "heating"
    ENVIRONMENT = "environment"
    PUBLIC_TRANSPORT = "public_transport"
    OTHER = "other"


def _check_sector(
    instance: Agency, attribute: attrs.Attribute[Sector | None], value: object
) -> None:
    if value is None:
        return
    if not isinstance(value, Sector):
        msg = "must be a Sector or None"
        raise InvalidInputError(msg, field=attribute.name, value=value)
    if instance.kind is not AgencyKind.PUBLIC_ENTERPRISE:
        msg = f"only a public enterprise or institution has a sector, not a {instance.kind.value}"
        raise InvalidInputError(msg, field=attribute.name, value=value)


@attrs.frozen
class Agency:
    """A unit that discloses information.

    Attributes:
        id: A stable key, unique within a tree.
        name: The official name, in the agency's own language.
        name_en: An English name.
        kind: What kind of unit it is (keyword only).
        sector: For a public enterprise or institution, its sector (keyword only).

    >>> Agency("w", "Water Company", kind=AgencyKind.PUBLIC_ENTERPRISE, sector=Sector.WATER).sector
    <Sector.WATER: 'water'>
    >>> Agency("d", "Bureau", kind=AgencyKind.DEPARTMENT, sector=Sector.WATER)
    Traceback (most recent call last):
    ...
    govdisclosure.errors.InvalidInputError: sector: only a public enterprise ...
    """

    id: str = attrs.field(validator=non_empty)
    name: str = attrs.field(validator=non_empty)
    name_en: str = attrs.field(default="", validator=instance_of(str))
    kind: AgencyKind = attrs.field(kw_only=True, validator=instance_of(AgencyKind))
    sector: Sector | None = attrs.field(default=None, kw_only=True, validator=_check_sector)


def _to_links(values: Any) -> tuple[tuple[str, str], ...]:  # noqa: ANN401 - checked here
    if isinstance(values, Mapping):
        return tuple((child, parent) for child, parent in values.items())
    pairs = tuple_of(values, "parents")
    bad = [i for i, p in enumerate(pairs) if not isinstance(p, tuple | list) or len(p) != 2]
    if bad:
        msg = "must be (child id, parent id) pairs"
        raise InvalidInputError(msg, field=f"parents[{bad[0]}]", value=pairs[bad[0]])
    return tuple((child, parent) for child, parent in pairs)


@attrs.frozen(eq=False)
class AgencyTree:
    """Agencies linked to their parents: a forest, validated as a whole.

    ``parents`` maps a child's id to its parent's id (a mapping, or pairs);
    agencies without a parent are roots. Every problem is reported at once:
    duplicate ids, links naming unknown agencies, a child given two parents,
    and every cycle. Children keep the order in which agencies are given.

    Attributes:
        agencies: The agencies, in the order given.
        parents: ``(child id, parent id)`` pairs.

    Raises:
        InvalidInputError: naming every problem (``problems``).

    >>> a = Agency("a", "A", kind=AgencyKind.OTHER)
    >>> try:
    ...     AgencyTree([a, a], parents={"a": "zz"})
    ... except InvalidInputError as err:
    ...     for problem in err.problems:
    ...         print(problem)
    agencies[1].id: duplicate agency id (got 'a')
    parents['a']: unknown parent agency (got 'zz')
    """

    agencies: tuple[Agency, ...] = attrs.field(converter=_to_agencies)
    parents: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_to_links)

    _by_id: dict[str, Agency] = attrs.field(init=False, repr=False)
    _parent: dict[str, str] = attrs.field(init=False, repr=False)
    _children: dict[str, list[str]] = attrs.field(init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        problems: list[Problem] = []
        by_id = _index(self.agencies, problems)
        parent = _links(self.parents, by_id, problems)
        problems.extend(_cycles(parent))
        if problems:
            msg = "invalid agency tree"
            raise InvalidInputError(msg, problems=problems)
        children: dict[str, list[str]] = {agency_id: [] for agency_id in by_id}
        for agency_id in by_id:
            if agency_id in parent:
                children[parent[agency_id]].append(agency_id)
        object.__setattr__(self, "_by_id", by_id)
        object.__setattr__(self, "_parent", parent)
        object.__setattr__(self, "_children", children)

    # -- equality ------------------------------------------------------------------------

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AgencyTree):
            return NotImplemented
        return self.agencies == other.agencies and self._parent == other._parent

    def __hash__(self) -> int:
        return hash((self.agencies, frozenset(self._parent.items())))

    # -- lookups -------------------------------------------------------------------------

    def _check(self, agency_id: str) -> str:
        if agency_id not in self._by_id:
            msg = "no agency of the tree has this id"
            raise UnknownAgencyError(msg, field="agency_id", value=agency_id)
        return agency_id

    def __getitem__(self, agency_id: str) -> Agency:
        return self._by_id[self._check(agency_id)]

    def __contains__(self, agency_id: object) -> bool:
        return isinstance(agency_id, str) and agency_id in self._by_id

    def __iter__(self) -> Iterator[Agency]:
        return iter(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)

    @property
    def roots(self) -> tuple[Agency, ...]:
        """The agencies without a parent, in the order given."""
        return tuple(a for a in self._by_id.values() if a.id not in self._parent)

    def parent(self, agency_id: str) -> Agency | None:
        """The parent of an agency, or ``None`` for a root.

        Raises:
            UnknownAgencyError: if the id is not in the tree.
        """
        up = self._parent.get(self._check(agency_id))
        return None if up is None else self._by_id[up]

    def children(self, agency_id: str) -> tuple[Agency, ...]:
        """The direct children of an agency, in the order given."""
        return tuple(self._by_id[c] for c in self._children[self._check(agency_id)])

    def ancestors(self, agency_id: str) -> tuple[Agency, ...]:
        """The parent, grandparent, ... of an agency, nearest first."""
        found: list[Agency] = []
        up = self._parent.get(self._check(agency_id))
        while up is not None:
            found.append(self._by_id[up])
            up = self._parent.get(up)
        return tuple(found)

    def descendants(self, agency_id: str) -> tuple[Agency, ...]:
        """Every agency below ``agency_id``, depth first, parents before children."""
        return tuple(a for a, depth in self.walk(agency_id) if depth > 0)

    def depth(self, agency_id: str) -> int:
        """How many ancestors an agency has (0 for a root)."""
        return len(self.ancestors(agency_id))

    def walk(self, agency_id: str | None = None) -> Iterator[tuple[Agency, int]]:
        """Visit a subtree (or the whole forest) depth first, yielding ``(agency, depth)``.

        Depth is relative to the starting agency (0), or to the roots.

        >>> gov = Agency("gov", "Government", kind=AgencyKind.PEOPLES_GOVERNMENT)
        >>> dept = Agency("dept", "Department", kind=AgencyKind.DEPARTMENT)
        >>> tree = AgencyTree([gov, dept], parents={"dept": "gov"})
        >>> [(a.id, d) for a, d in tree.walk()]
        [('gov', 0), ('dept', 1)]
        """
        starts = [self._check(agency_id)] if agency_id is not None else [a.id for a in self.roots]
        stack = [(s, 0) for s in reversed(starts)]
        while stack:
            current, depth = stack.pop()
            yield self._by_id[current], depth
            stack.extend((c, depth + 1) for c in reversed(self._children[current]))

    def fold(
        self,
        combine: Callable[[Agency, tuple[T, ...]], T],
        agency_id: str | None = None,
    ) -> dict[str, T]:
        """Combine values bottom up: each agency's value from its children's values.

        ``combine(agency, values_of_children)`` is called once per agency of the
        subtree (children before parents; values in the children's order).
        Returns every agency's value by id. This is the roll-up primitive: a
        subtree total is ``combine = lambda a, below: own[a.id] + sum(below)``.

        >>> gov = Agency("gov", "Government", kind=AgencyKind.PEOPLES_GOVERNMENT)
        >>> dept = Agency("dept", "Department", kind=AgencyKind.DEPARTMENT)
        >>> tree = AgencyTree([gov, dept], parents={"dept": "gov"})
        >>> own = {"gov": 3, "dept": 4}
        >>> tree.fold(lambda a, below: own[a.id] + sum(below))
        {'dept': 4, 'gov': 7}
        """
        order = [a.id for a, _ in self.walk(agency_id)]
        values: dict[str, T] = {}
        for current in reversed(order):
            below = tuple(values[c] for c in self._children[current])
            values[current] = combine(self._by_id[current], below)
        return values


def _index(agencies: Iterable[object], problems: list[Problem]) -> dict[str, Agency]:
    by_id: dict[str, Agency] = {}
    for i, agency in enumerate(agencies):
        if not isinstance(agency, Agency):
            problems.append(Problem(f"agencies[{i}]", "must be an Agency", agency))
        elif agency.id in by_id:
            problems.append(Problem(f"agencies[{i}].id", "duplicate agency id", agency.id))
        else:
            by_id[agency.id] = agency
    return by_id


def _links(
    links: Iterable[tuple[str, str]], by_id: Mapping[str, Agency], problems: list[Problem]
) -> dict[str, str]:
    parent: dict[str, str] = {}
    for child, up in links:
        where = f"parents[{child!r}]"
        if child not in by_id:
            problems.append(Problem(where, "unknown agency", child))
        elif up not in by_id:
            problems.append(Problem(where, "unknown parent agency", up))
        elif child in parent and parent[child] != up:
            msg = f"a second parent (already under {parent[child]!r})"
            problems.append(Problem(where, msg, up))
        else:
            parent[child] = up
    return parent


def _cycles(parent: Mapping[str, str]) -> list[Problem]:
    """Every cycle of the parent links, each reported once."""
    problems: list[Problem] = []
    done: set[str] = set()
    for start in parent:
        path: list[str] = []
        on_path: set[str] = set()
        current: str | None = start
        while current is not None and current not in done and current not in on_path:
            path.append(current)
            on_path.add(current)
            current = parent.get(current)
        if current is not None and current in on_path:
            cycle = path[path.index(current) :]
            shown = " -> ".join([*cycle, cycle[0]])
            problems.append(Problem("parents", f"cycle {shown}", tuple(cycle)))
        done.update(path)
    return problems
