"""The packages whose public names are imported on first use (govdisclosure._lazy, PEP 562).

Each lazy package lists its names once, under ``if TYPE_CHECKING:``; these
tests hold that list to ``__all__``, show that importing a package imports
none of its heavy modules, that every name resolves in a fresh interpreter in
any order (a cycle would surface as an ImportError), and that counting the
lazy imports as imports leaves the module graph free of cycles.
"""

from __future__ import annotations

import ast
import graphlib
import importlib
import json
import subprocess
import sys
import types
from pathlib import Path

import pytest

from govdisclosure._lazy import exports_of

LAZY_PACKAGES = (
    "govdisclosure",
    "govdisclosure.jurisdictions.cn",
    "govdisclosure.jurisdictions.cn.report",
    "govdisclosure.jurisdictions.us",
    "govdisclosure.jurisdictions.uk",
)
SRC = Path(__file__).resolve().parent.parent / "src"


def _fresh(code: str) -> str:
    """Run ``code`` in a fresh interpreter with src/ first on the path; its stdout."""
    return subprocess.run(
        [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(SRC)!r})\n{code}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


@pytest.mark.parametrize("name", LAZY_PACKAGES)
def test_the_lazy_block_is_all(name: str) -> None:
    module = importlib.import_module(name)
    assert module.__file__ is not None
    listed = set(exports_of(module.__file__))
    declared = {"__version__"} if name == "govdisclosure" else set()  # read from the metadata
    assert listed | declared == set(module.__all__)
    assert len(module.__all__) == len(set(module.__all__))


@pytest.mark.parametrize("name", LAZY_PACKAGES)
def test_every_name_is_the_defining_modules_object(name: str) -> None:
    module = importlib.import_module(name)
    assert module.__file__ is not None
    for public, (home, attribute) in exports_of(module.__file__).items():
        assert getattr(module, public) is getattr(importlib.import_module(home), attribute)
        assert public in dir(module)


def test_importing_a_pack_imports_none_of_its_modules() -> None:
    loaded = json.loads(
        _fresh(
            "import govdisclosure.jurisdictions.cn, govdisclosure.jurisdictions.us, "
            "govdisclosure.jurisdictions.uk\n"
            "import json; print(json.dumps(sorted(sys.modules)))"
        )
    )
    ours = {m for m in loaded if m.startswith("govdisclosure")}
    assert ours == {
        "govdisclosure",
        "govdisclosure._lazy",
        "govdisclosure.jurisdictions",
        "govdisclosure.jurisdictions.cn",
        "govdisclosure.jurisdictions.us",
        "govdisclosure.jurisdictions.uk",
    }
    for heavy in ("attr", "numpy", "lxml", "importlib.metadata", "dateutil"):
        assert heavy not in loaded


@pytest.mark.parametrize("name", LAZY_PACKAGES)
@pytest.mark.parametrize("order", ["forward", "backward"])
def test_every_name_resolves_in_a_fresh_interpreter(name: str, order: str) -> None:
    step = 1 if order == "forward" else -1
    out = _fresh(
        f"import importlib\nm = importlib.import_module({name!r})\n"
        f"for n in m.__all__[::{step}]: getattr(m, n)\nprint(len(m.__all__))"
    )
    assert int(out) == len(importlib.import_module(name).__all__)


def test_star_import_gives_all() -> None:
    space: dict[str, object] = {}
    exec("from govdisclosure.jurisdictions.us import *", space)  # noqa: S102 - a fixed statement
    us = importlib.import_module("govdisclosure.jurisdictions.us")
    assert set(space) - {"__builtins__"} == set(us.__all__)


def test_unknown_names_and_submodules() -> None:
    cn = importlib.import_module("govdisclosure.jurisdictions.cn")
    with pytest.raises(
        AttributeError, match=r"'govdisclosure\.jurisdictions\.cn' has no attribute 'nope'"
    ):
        _ = cn.nope
    with pytest.raises(AttributeError, match="has no attribute '_private'"):
        _ = cn._private
    assert isinstance(cn.report, types.ModuleType)
    assert cn.report.__name__ == "govdisclosure.jurisdictions.cn.report"
    version = _fresh("import govdisclosure; print(govdisclosure.__version__)").strip()
    assert version
    assert version == importlib.import_module("govdisclosure").__version__


def test_a_lazy_block_holds_only_from_imports(tmp_path: Path) -> None:
    bad = tmp_path / "__init__.py"
    bad.write_text("if TYPE_CHECKING:\n    import os\n", encoding="utf-8")
    with pytest.raises(ImportError, match="line 2: only 'from module import name'"):
        exports_of(str(bad))


def _imports(path: Path, package: str) -> set[str]:
    """Every module ``path`` imports: lazy ones, and the lazy packages' TYPE_CHECKING blocks."""
    lazy = package in LAZY_PACKAGES and path.name == "__init__.py"
    found: set[str] = set()

    def visit(nodes: list[ast.stmt]) -> None:
        for node in nodes:
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test) and not lazy:
                continue
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                found.add(node.module)
                found.update(f"{node.module}.{alias.name}" for alias in node.names)
            for field in ("body", "orelse", "finalbody", "handlers"):
                inner = getattr(node, field, None)
                if isinstance(inner, list):
                    visit(inner)

    visit(ast.parse(path.read_text(encoding="utf-8")).body)
    return found


def test_no_import_cycle_with_the_lazy_imports_counted() -> None:
    root = SRC / "govdisclosure"
    modules: dict[str, Path] = {}
    for path in root.rglob("*.py"):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        modules[".".join(parts)] = path
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name
        graph[name] = {
            other for other in _imports(path, package) if other in modules and other != name
        }
    graphlib.TopologicalSorter(graph).prepare()  # raises CycleError naming the cycle
