"""Classification schemes and crosswalks."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govdisclosure.classification import (
    Category,
    Crosswalk,
    CrosswalkEntry,
    CrosswalkReport,
    Scheme,
    UnknownCategoryError,
)
from govdisclosure.errors import InvalidInputError
from govdisclosure.law import Citation, Instrument

ACT = Instrument(code="demo", title="Demo Act", short="DA")


@pytest.fixture
def topics() -> Scheme:
    return Scheme(
        "topics",
        "主题",
        [
            Category(
                "org",
                "机构",
                "Organisation",
                children=[
                    Category("org.staff", "人员", "Staff"),
                    Category(
                        "org.units", "内设机构", "Units", children=[Category("org.units.x", "X")]
                    ),
                ],
            ),
            Category("money", "财政", "Money", citation=Citation(ACT, "7")),
            Category("misc", "其他", "Other"),
        ],
    )


@pytest.fixture
def law() -> Scheme:
    return Scheme(
        "law", "Law", [Category("1", "Structure"), Category("2", "Budget"), Category("3", "Fees")]
    )


class TestScheme:
    def test_lookup_by_code(self, topics):
        assert topics["org.units.x"].label == "X"
        assert topics["money"].citation == Citation(ACT, "7")
        assert "misc" in topics
        assert "nope" not in topics
        assert 42 not in topics

    def test_codes_in_depth_first_order(self, topics):
        assert topics.codes == ("org", "org.staff", "org.units", "org.units.x", "money", "misc")
        assert len(topics) == 6
        assert [c.code for c in topics.leaves] == ["org.staff", "org.units.x", "money", "misc"]
        assert [(c.code, d) for c, d in topics.walk()][:4] == [
            ("org", 0),
            ("org.staff", 1),
            ("org.units", 1),
            ("org.units.x", 2),
        ]

    def test_path_parent_descendants(self, topics):
        assert [c.code for c in topics.path("org.units.x")] == ["org", "org.units", "org.units.x"]
        assert topics.parent("org.units.x").code == "org.units"
        assert topics.parent("org") is None
        assert [c.code for c in topics.descendants("org")] == [
            "org.staff",
            "org.units",
            "org.units.x",
        ]
        assert topics.descendants("misc") == ()

    def test_is_within(self, topics):
        assert topics.is_within("org.units.x", "org")
        assert topics.is_within("org", "org")
        assert not topics.is_within("org", "org.units")
        assert not topics.is_within("money", "org")

    def test_lookup_by_path_matches_code_label_or_english(self, topics):
        assert topics.by_path("org", "内设机构", "X").code == "org.units.x"
        assert topics.by_path("Organisation", "Staff").code == "org.staff"
        assert topics.by_path("money").code == "money"

    def test_path_that_goes_nowhere(self, topics):
        with pytest.raises(UnknownCategoryError) as info:
            topics.by_path("org", "Money")  # money is not under org
        assert info.value.field == "steps[1]"
        assert info.value.value == "Money"
        with pytest.raises(UnknownCategoryError):
            topics.by_path()

    def test_unknown_code(self, topics):
        with pytest.raises(UnknownCategoryError) as info:
            topics["nope"]
        assert isinstance(info.value, LookupError)
        assert info.value.value == "nope"
        assert "'topics'" in str(info.value)

    def test_duplicate_code_rejected_naming_the_code(self):
        with pytest.raises(InvalidInputError) as info:
            Scheme(
                "s",
                "S",
                [
                    Category("a", "A"),
                    Category("b", "B", children=[Category("a", "A again")]),
                ],
            )
        (problem,) = info.value.problems
        assert problem.path == "categories[1].children[0].code"
        assert problem.value == "a"
        assert "duplicate category code 'a'" in str(info.value)
        assert "first at categories[0]" in str(info.value)

    def test_every_duplicate_reported(self):
        with pytest.raises(InvalidInputError) as info:
            Scheme(
                "s",
                "S",
                [Category("a", "A"), Category("a", "A"), Category("b", "B"), Category("b", "B")],
            )
        assert [p.value for p in info.value.problems] == ["a", "b"]

    def test_categories_must_be_a_collection(self):
        with pytest.raises(InvalidInputError) as info:
            Scheme("s", "S", "abc")  # type: ignore[arg-type]
        assert info.value.field == "categories"

    def test_non_category_rejected(self):
        with pytest.raises(InvalidInputError) as info:
            Scheme("s", "S", [Category("a", "A"), "b"])  # type: ignore[list-item]
        assert info.value.field == "categories[1]"

    @pytest.mark.parametrize(
        ("field", "kwargs"),
        [
            ("code", {"code": "", "label": "L"}),
            ("label", {"code": "c", "label": ""}),
            ("citation", {"code": "c", "label": "L", "citation": "Art 7"}),
        ],
    )
    def test_category_fields_checked(self, field, kwargs):
        with pytest.raises(InvalidInputError) as info:
            Category(**kwargs)
        assert info.value.field == field

    def test_equality_and_hash(self, law):
        again = Scheme(
            "law",
            "Law",
            [Category("1", "Structure"), Category("2", "Budget"), Category("3", "Fees")],
        )
        assert again == law
        assert hash(again) == hash(law)


class TestCrosswalk:
    def test_map_and_report(self, topics, law):
        walk = Crosswalk(
            topics,
            law,
            [
                CrosswalkEntry("org", "1"),
                CrosswalkEntry("money", ["2", "3"], inferred=True, note="our reading"),
            ],
        )
        assert walk.map("org") == ("1",)
        assert walk.map("money") == ("2", "3")
        assert walk.entry("money").inferred
        # No inheritance: a sub-category without an entry does not map.
        assert walk.map("org.staff") == ()
        assert walk.unmapped == ("org.staff", "org.units", "org.units.x", "misc")
        assert walk.image == ("1", "2", "3")
        assert walk.uncovered == ()
        report = walk.apply(["money", "misc", "org"])
        assert report == CrosswalkReport(
            mapped=(("money", ("2", "3")), ("org", ("1",))), unmapped=("misc",)
        )
        assert report.targets == ("2", "3", "1")

    def test_map_unknown_source_code(self, topics, law):
        walk = Crosswalk(topics, law, [])
        with pytest.raises(UnknownCategoryError):
            walk.map("1")
        with pytest.raises(UnknownCategoryError):
            walk.apply(["org", "zzz"])
        assert walk.uncovered == ("1", "2", "3")

    def test_every_bad_entry_reported(self, topics, law):
        with pytest.raises(InvalidInputError) as info:
            Crosswalk(
                topics,
                law,
                [
                    CrosswalkEntry("org", "9"),
                    CrosswalkEntry("nowhere", "1"),
                    CrosswalkEntry("money", "2"),
                    CrosswalkEntry("money", "3"),
                    CrosswalkEntry("misc", ()),
                ],
            )
        assert [(p.path, p.value) for p in info.value.problems] == [
            ("entries[0].targets[0]", "9"),
            ("entries[1].source", "nowhere"),
            ("entries[3].source", "money"),
            ("entries[4].targets", ()),
        ]
        assert "not a code of target scheme 'law'" in str(info.value)


_CODES = st.text(alphabet="abcdefgh.", min_size=1, max_size=4)


@st.composite
def _schemes(draw: st.DrawFn, code: str) -> Scheme:
    codes = draw(st.lists(_CODES, min_size=1, max_size=12, unique=True))
    # Build a random tree over the codes: each code hangs under an earlier one or at the top.
    parents = [None] + [
        draw(st.one_of(st.none(), st.integers(0, i - 1))) for i in range(1, len(codes))
    ]
    kids: dict[int | None, list[int]] = {}
    for i, p in enumerate(parents):
        kids.setdefault(p, []).append(i)

    def build(i: int) -> Category:
        return Category(codes[i], f"label {codes[i]}", children=[build(k) for k in kids.get(i, [])])

    return Scheme(code, code.upper(), [build(i) for i in kids[None]])


class TestProperties:
    @settings(max_examples=150)
    @given(data=st.data())
    def test_every_category_of_the_image_exists(self, data):
        source = data.draw(_schemes("src"))
        target = data.draw(_schemes("dst"))
        sources = data.draw(st.lists(st.sampled_from(source.codes), unique=True))
        targets = st.lists(st.sampled_from(target.codes), min_size=1, max_size=3, unique=True)
        walk = Crosswalk(source, target, [CrosswalkEntry(s, data.draw(targets)) for s in sources])
        assert all(code in target for code in walk.image)
        assert set(walk.image) | set(walk.uncovered) == set(target.codes)
        assert not set(walk.image) & set(walk.uncovered)
        report = walk.apply(source.codes)
        assert all(t in target for t in report.targets)
        assert {c for c, _ in report.mapped} == set(sources)
        assert set(report.unmapped) == set(source.codes) - set(sources)
        assert walk.unmapped == report.unmapped

    @settings(max_examples=150)
    @given(data=st.data())
    def test_targets_outside_the_scheme_are_always_named(self, data):
        source = data.draw(_schemes("src"))
        target = data.draw(_schemes("dst"))
        wanted = data.draw(st.lists(_CODES, min_size=1, max_size=4, unique=True))
        entry = CrosswalkEntry(source.codes[0], wanted)
        missing = [t for t in wanted if t not in target]
        if not missing:
            assert Crosswalk(source, target, [entry]).map(source.codes[0]) == tuple(wanted)
            return
        with pytest.raises(InvalidInputError) as info:
            Crosswalk(source, target, [entry])
        assert [p.value for p in info.value.problems] == missing

    @settings(max_examples=150)
    @given(_schemes("s"))
    def test_paths_lead_back_to_their_codes(self, scheme):
        for category, depth in scheme.walk():
            path = scheme.path(category.code)
            assert len(path) == depth + 1
            assert scheme.by_path(*(c.code for c in path)) == category
            for above in path:
                assert scheme.is_within(category.code, above.code)
