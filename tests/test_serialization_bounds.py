"""The nesting-depth check of untrusted JSON text, against a character-by-character reference."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from govdisclosure.serialization._bounds import _depth, scan


def reference_depth(text: str) -> int:
    """The deepest bracket outside strings, walking one character at a time."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest


@settings(max_examples=2000)
@given(st.text(alphabet='[]{}"\\ab,:\n', max_size=60))
def test_depth_agrees_with_a_walk_over_the_characters(text):
    assert _depth(text) == reference_depth(text)


def test_brackets_inside_strings_do_not_count():
    assert _depth('{"a": "[[[[", "b": [1, "\\"]]]"]}') == 2
    assert _depth('"unterminated [[[') == 0


def test_scan_names_the_path_of_a_key_given_twice():
    class Twice(dict):
        duplicates = ("x",)

    (problem,) = scan({"a": [{"b": Twice(x=1)}]})
    assert problem.path == "$.a[0].b.x"
