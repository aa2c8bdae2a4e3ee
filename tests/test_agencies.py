"""Agencies and the agency tree: lookups, validation, roll-up folds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govdisclosure.agencies import Agency, AgencyKind, AgencyTree, Sector, UnknownAgencyError
from govdisclosure.errors import InvalidInputError


def _a(agency_id: str, kind: AgencyKind = AgencyKind.DEPARTMENT) -> Agency:
    return Agency(agency_id, f"name of {agency_id}", kind=kind)


@pytest.fixture
def tree() -> AgencyTree:
    #        gov
    #      /  |  \
    #   edu  fin  town
    #    |
    #  school
    agencies = [
        _a("gov", AgencyKind.PEOPLES_GOVERNMENT),
        _a("edu"),
        _a("fin"),
        _a("town", AgencyKind.TOWNSHIP),
        Agency("school", "School", kind=AgencyKind.PUBLIC_ENTERPRISE, sector=Sector.EDUCATION),
    ]
    return AgencyTree(
        agencies, parents={"edu": "gov", "fin": "gov", "town": "gov", "school": "edu"}
    )


class TestAgency:
    def test_fields(self):
        a = Agency(
            "w", "供水公司", "Water company", kind=AgencyKind.PUBLIC_ENTERPRISE, sector=Sector.WATER
        )
        assert (a.id, a.name, a.name_en, a.kind, a.sector) == (
            "w",
            "供水公司",
            "Water company",
            AgencyKind.PUBLIC_ENTERPRISE,
            Sector.WATER,
        )

    def test_sector_only_for_public_enterprises(self):
        with pytest.raises(InvalidInputError) as info:
            Agency("d", "Bureau", kind=AgencyKind.DEPARTMENT, sector=Sector.GAS)
        assert info.value.field == "sector"
        assert info.value.value is Sector.GAS

    def test_sector_is_optional_for_public_enterprises(self):
        assert Agency("p", "P", kind=AgencyKind.PUBLIC_ENTERPRISE).sector is None

    @pytest.mark.parametrize(
        ("field", "kwargs"),
        [
            ("id", {"id": "", "name": "N"}),
            ("id", {"id": "  ", "name": "N"}),
            ("name", {"id": "x", "name": ""}),
        ],
    )
    def test_empty_strings_rejected(self, field, kwargs):
        with pytest.raises(InvalidInputError) as info:
            Agency(**kwargs, kind=AgencyKind.OTHER)
        assert info.value.field == field

    def test_kind_must_be_an_agency_kind(self):
        with pytest.raises(InvalidInputError) as info:
            Agency("x", "X", kind="department")  # type: ignore[arg-type]
        assert info.value.field == "kind"

    def test_sector_must_be_a_sector(self):
        with pytest.raises(InvalidInputError) as info:
            Agency("x", "X", kind=AgencyKind.PUBLIC_ENTERPRISE, sector="water")  # type: ignore[arg-type]
        assert info.value.field == "sector"


class TestLookups:
    def test_roots_and_membership(self, tree):
        assert [a.id for a in tree.roots] == ["gov"]
        assert "school" in tree
        assert "nobody" not in tree
        assert len(tree) == 5
        assert [a.id for a in tree] == ["gov", "edu", "fin", "town", "school"]

    def test_parent_and_children(self, tree):
        assert tree.parent("school").id == "edu"
        assert tree.parent("gov") is None
        assert [a.id for a in tree.children("gov")] == ["edu", "fin", "town"]
        assert tree.children("school") == ()

    def test_ancestors_nearest_first(self, tree):
        assert [a.id for a in tree.ancestors("school")] == ["edu", "gov"]
        assert tree.ancestors("gov") == ()

    def test_descendants_depth_first(self, tree):
        assert [a.id for a in tree.descendants("gov")] == ["edu", "school", "fin", "town"]
        assert [a.id for a in tree.descendants("edu")] == ["school"]

    def test_depth_and_walk(self, tree):
        assert tree.depth("school") == 2
        assert [(a.id, d) for a, d in tree.walk("edu")] == [("edu", 0), ("school", 1)]

    def test_fold_counts_units_per_subtree(self, tree):
        counts = tree.fold(lambda agency, below: 1 + sum(below))
        assert counts == {"gov": 5, "edu": 2, "school": 1, "fin": 1, "town": 1}

    def test_fold_sums_own_values(self, tree):
        own = {"gov": 1, "edu": 10, "fin": 100, "town": 1000, "school": 10000}
        totals = tree.fold(lambda agency, below: own[agency.id] + sum(below), "edu")
        assert totals == {"edu": 10010, "school": 10000}

    def test_unknown_id_is_a_lookup_error(self, tree):
        with pytest.raises(UnknownAgencyError) as info:
            tree.parent("nobody")
        assert isinstance(info.value, LookupError)
        assert isinstance(info.value, InvalidInputError)
        assert info.value.value == "nobody"
        with pytest.raises(LookupError):
            tree["nobody"]

    def test_parents_as_pairs(self):
        t = AgencyTree([_a("a"), _a("b")], parents=[("b", "a")])
        assert t.parent("b").id == "a"

    def test_equality(self, tree):
        same = AgencyTree(tree.agencies, parents=dict(tree.parents))
        assert same == tree
        assert hash(same) == hash(tree)
        assert AgencyTree(tree.agencies) != tree


class TestValidation:
    def test_cyclic_tree_rejected_naming_the_cycle(self):
        with pytest.raises(InvalidInputError) as info:
            AgencyTree([_a("a"), _a("b"), _a("c")], parents={"a": "b", "b": "c", "c": "a"})
        (problem,) = info.value.problems
        assert problem.path == "parents"
        assert set(problem.value) == {"a", "b", "c"}
        assert "cycle" in str(info.value)

    def test_self_parent_is_a_cycle(self):
        with pytest.raises(InvalidInputError) as info:
            AgencyTree([_a("a")], parents={"a": "a"})
        assert info.value.problems[0].value == ("a",)
        assert "cycle a -> a" in str(info.value)

    def test_duplicate_id_rejected(self):
        with pytest.raises(InvalidInputError) as info:
            AgencyTree([_a("a"), _a("b"), _a("a")])
        assert info.value.fields == ("agencies[2].id",)
        assert info.value.value == "a"
        assert "duplicate agency id" in str(info.value)

    def test_unknown_parent_and_child_rejected(self):
        with pytest.raises(InvalidInputError) as info:
            AgencyTree([_a("a")], parents={"a": "ghost", "phantom": "a"})
        assert [(p.path, p.value) for p in info.value.problems] == [
            ("parents['a']", "ghost"),
            ("parents['phantom']", "phantom"),
        ]

    def test_second_parent_rejected(self):
        with pytest.raises(InvalidInputError) as info:
            AgencyTree([_a("a"), _a("b"), _a("c")], parents=[("c", "a"), ("c", "b")])
        assert info.value.problems[0].value == "b"

    def test_every_problem_reported_at_once(self):
        agencies = [_a("a"), _a("a"), _a("x"), _a("y"), "not an agency"]
        with pytest.raises(InvalidInputError) as info:
            AgencyTree(agencies, parents={"x": "y", "y": "x", "a": "nobody"})  # type: ignore[list-item]
        paths = info.value.fields
        assert "agencies[1].id" in paths
        assert "agencies[4]" in paths
        assert "parents['a']" in paths
        assert "parents" in paths  # the cycle x -> y -> x
        assert len(paths) == 4

    def test_malformed_collections_name_the_field(self):
        with pytest.raises(InvalidInputError) as info:
            AgencyTree(5)  # type: ignore[arg-type]
        assert info.value.field == "agencies"
        with pytest.raises(InvalidInputError) as info:
            AgencyTree([_a("a")], parents=[("a",)])
        assert info.value.field == "parents[0]"
        with pytest.raises(InvalidInputError) as info:
            AgencyTree([_a("a")], parents="a")
        assert info.value.field == "parents"

    def test_two_separate_cycles_both_reported(self):
        ids = ["a", "b", "c", "d"]
        with pytest.raises(InvalidInputError) as info:
            AgencyTree([_a(i) for i in ids], parents={"a": "b", "b": "a", "c": "d", "d": "c"})
        cycles = sorted(sorted(p.value) for p in info.value.problems)
        assert cycles == [["a", "b"], ["c", "d"]]


def _has_cycle(n: int, parent: dict[int, int]) -> bool:
    """Independent check: following parents for more than n steps means a cycle."""
    for start in range(n):
        node: int | None = start
        for _ in range(n + 1):
            if node is None:
                break
            node = parent.get(node)
        if node is not None:
            return True
    return False


@st.composite
def _links(draw: st.DrawFn) -> tuple[int, dict[int, int]]:
    n = draw(st.integers(min_value=1, max_value=12))
    nodes = list(range(n))
    parent = draw(st.dictionaries(st.sampled_from(nodes), st.sampled_from(nodes), max_size=n))
    return n, parent


@st.composite
def _forests(draw: st.DrawFn) -> AgencyTree:
    n = draw(st.integers(min_value=1, max_value=15))
    parent: dict[str, str] = {}
    for i in range(1, n):
        up = draw(st.one_of(st.none(), st.integers(min_value=0, max_value=i - 1)))
        if up is not None:
            parent[f"u{i}"] = f"u{up}"
    order = draw(st.permutations(range(n)))
    return AgencyTree([_a(f"u{i}") for i in order], parents=parent)


class TestProperties:
    @settings(max_examples=200)
    @given(_links())
    def test_a_tree_never_has_a_cycle(self, case):
        n, parent = case
        agencies = [_a(f"u{i}") for i in range(n)]
        links = {f"u{c}": f"u{p}" for c, p in parent.items()}
        if _has_cycle(n, parent):
            with pytest.raises(InvalidInputError) as info:
                AgencyTree(agencies, parents=links)
            assert all(p.path == "parents" for p in info.value.problems)
            return
        tree = AgencyTree(agencies, parents=links)
        for agency in tree:
            chain = [a.id for a in tree.ancestors(agency.id)]
            assert agency.id not in chain
            assert len(chain) == len(set(chain))
            assert not chain or tree.parent(chain[-1]) is None

    @settings(max_examples=100)
    @given(_forests())
    def test_walk_visits_every_agency_once(self, tree):
        seen = [a.id for a, _ in tree.walk()]
        assert sorted(seen) == sorted(a.id for a in tree)

    @settings(max_examples=100)
    @given(_forests())
    def test_descendants_and_ancestors_agree(self, tree):
        for a in tree:
            below = {d.id for d in tree.descendants(a.id)}
            for b in tree:
                assert (b.id in below) == (a.id in {x.id for x in tree.ancestors(b.id)})

    @settings(max_examples=100)
    @given(_forests())
    def test_fold_count_is_one_plus_descendants(self, tree):
        counts = tree.fold(lambda agency, below: 1 + sum(below))
        for a in tree:
            assert counts[a.id] == 1 + len(tree.descendants(a.id))
