"""The project's own checks, run as tests so the README's one test command covers them.

Building the docs with warnings as errors, ``mypy --strict``, ``ruff``, and the
promise that importing the package does not import Hypothesis.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=False)


def test_docs_build_without_warnings(tmp_path: Path) -> None:
    pytest.importorskip("sphinx")
    pytest.importorskip("myst_parser")
    out = _run(
        sys.executable,
        "-m",
        "sphinx",
        "-W",
        "--keep-going",
        "-q",
        "-b",
        "html",
        "docs",
        str(tmp_path / "html"),
    )
    assert out.returncode == 0, out.stdout + out.stderr


def test_mypy_strict_is_clean() -> None:
    pytest.importorskip("mypy")
    out = _run(sys.executable, "-m", "mypy", "src")
    assert out.returncode == 0, out.stdout + out.stderr


def test_typed_usage_keeps_the_model_types() -> None:
    # from_json(text, Request) is a Request to the type checker, not Any (overloads).
    pytest.importorskip("mypy")
    usage = Path(__file__).resolve().parent / "typing"
    out = _run(sys.executable, "-m", "mypy", "--strict", str(usage))
    assert out.returncode == 0, out.stdout + out.stderr


def test_ruff_is_clean() -> None:
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff is None:
        pytest.skip("ruff is not installed")
    out = _run(ruff, "check", "src", "tests", "benchmarks")
    assert out.returncode == 0, out.stdout + out.stderr
    out = _run(ruff, "format", "--check", "src", "tests", "benchmarks")
    assert out.returncode == 0, out.stdout + out.stderr


def test_import_does_not_import_hypothesis() -> None:
    code = (
        "import sys, govdisclosure, govdisclosure.jurisdictions.cn, govdisclosure.requests;"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "{'hypothesis', 'pandas', 'holidays', 'chinese_calendar'});"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    out = _run(sys.executable, "-c", code)
    assert out.returncode == 0, out.stdout + out.stderr


def test_import_does_not_read_the_package_metadata() -> None:
    # importlib.metadata costs tens of milliseconds: __version__ is read on first use.
    code = (
        "import sys, govdisclosure;"
        "assert 'importlib.metadata' not in sys.modules, 'metadata imported';"
        "assert govdisclosure.__version__;"
        "assert 'importlib.metadata' in sys.modules"
    )
    out = _run(sys.executable, "-c", code)
    assert out.returncode == 0, out.stdout + out.stderr
