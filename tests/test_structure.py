"""The package's shape: no import cycle and no over-long module in the checked packages.

Every module of ``src/govdisclosure`` is parsed with :mod:`ast` (nothing is imported),
its imports read wherever they stand (inside functions too: a lazy import hides a
cycle, it does not remove it), except under ``if TYPE_CHECKING:``. To check the whole
package, set ``CHECKED = ("govdisclosure",)``.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"

CHECKED = ("govdisclosure",)
"""The packages (or modules) held to the rules below, with everything under them."""

MAX_LINES = 500

LONG_DATA: dict[str, str] = {
    "govdisclosure.jurisdictions.cn._notices": "one record per State Council holiday notice",
}
"""Modules allowed over MAX_LINES because they are rule data, each with the reason."""


def module_name(path: Path, root: Path = SRC) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imported_names(source: str, module: str, *, is_package: bool) -> set[str]:
    """Every dotted name ``module`` imports (``from a import b`` gives ``a`` and ``a.b``)."""
    package = module if is_package else module.rpartition(".")[0]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parts = parts[: len(parts) - node.level + 1]
                base = ".".join([*parts, *([node.module] if node.module else [])])
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(source))
    return found


def import_graph(root: Path = SRC) -> dict[str, set[str]]:
    """Each module of the package, with the modules of the package it imports."""
    paths = {module_name(p, root): p for p in sorted((root / "govdisclosure").rglob("*.py"))}
    return {
        name: {
            target
            for target in imported_names(
                path.read_text(encoding="utf-8"), name, is_package=path.name == "__init__.py"
            )
            if target in paths and target != name
        }
        for name, path in paths.items()
    }


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def strong(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component: list[str] = []
            while not component or component[-1] != v:
                component.append(stack.pop())
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            strong(v)
    return sorted(found)


def is_checked(module: str) -> bool:
    return any(module == c or module.startswith(c + ".") for c in CHECKED)


def _checked_paths() -> Iterator[tuple[str, Path]]:
    for path in sorted((SRC / "govdisclosure").rglob("*.py")):
        name = module_name(path)
        if is_checked(name):
            yield name, path


GRAPH = import_graph()


def test_the_checked_packages_exist():
    assert [c for c in CHECKED if c not in GRAPH] == []


def test_no_import_cycle_in_the_checked_packages():
    assert [c for c in cycles(GRAPH) if any(is_checked(m) for m in c)] == []


@pytest.mark.parametrize(("name", "path"), list(_checked_paths()), ids=str)
def test_no_checked_module_is_over_long(name: str, path: Path):
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES or name in LONG_DATA, f"{name}: {lines} lines"


# -- the checker itself ------------------------------------------------------------------------


def test_lazy_and_relative_imports_count_and_type_checking_ones_do_not():
    source = """
from typing import TYPE_CHECKING
from . import sibling
from .._up import thing
if TYPE_CHECKING:
    from pkg.typing_only import T
else:
    import pkg.runtime
def f():
    from pkg.lazy import g
"""
    found = imported_names(source, "pkg.sub.mod", is_package=False)
    assert {"pkg.sub", "pkg.sub.sibling", "pkg._up", "pkg._up.thing"} <= found
    assert {"pkg.runtime", "pkg.lazy", "pkg.lazy.g"} <= found
    assert not any(name.startswith("pkg.typing_only") for name in found)
    inside = imported_names("from . import a\nfrom .b import c\n", "pkg", is_package=True)
    assert inside == {"pkg", "pkg.a", "pkg.b", "pkg.b.c"}


def test_cycles_finds_every_loop_and_only_loops():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a", "e"}, "e": {"d"}, "f": {"a"}}
    assert cycles(graph) == [["a", "b", "c"], ["d", "e"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_graph_sees_a_known_import():
    assert "govdisclosure.serialization._converter" in GRAPH["govdisclosure.serialization"]
