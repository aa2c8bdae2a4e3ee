"""A package's public names, imported on first use (PEP 562).

A package ``__init__`` lists its public names once, as ordinary ``from ...
import ...`` lines inside ``if TYPE_CHECKING:``: that is what mypy, readers and
editors see. At run time the same block is not executed; :func:`attach` gives
the package a module ``__getattr__`` that reads the block (on the first name
asked for, not at import) and imports the one submodule a name lives in when it
is first used. ``import govdisclosure.jurisdictions.cn`` therefore costs
almost nothing, and ``cn.reply_deadline`` costs only the clock's own modules.

A package's subpackages and submodules (``cn.report``) are found the same way,
and ``dir(package)`` lists every public name without importing any.

>>> import govdisclosure.jurisdictions.cn as cn
>>> cn.reply_deadline.__module__
'govdisclosure.jurisdictions.cn.clock'
>>> "reply_deadline" in dir(cn)
True
>>> cn.no_such_name
Traceback (most recent call last):
  ...
AttributeError: module 'govdisclosure.jurisdictions.cn' has no attribute 'no_such_name'

.. versionadded:: 0.4.0
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from collections.abc import Callable

__all__ = ["attach", "exports_of"]


def exports_of(path: str) -> dict[str, tuple[str, str]]:
    """The names a package file imports under ``if TYPE_CHECKING:``: name → (module, attribute).

    Only absolute ``from module import name [as alias]`` lines are allowed in the
    block; anything else there is a mistake in the package and raises
    ``ImportError`` naming the file and the line.

    >>> import govdisclosure
    >>> exports_of(govdisclosure.__file__)["WorkCalendar"]
    ('govdisclosure.calendar', 'WorkCalendar')
    """
    import ast  # only on the first name asked for, never at import
    from pathlib import Path

    tree = ast.parse(Path(path).read_text(encoding="utf-8"), filename=path)
    found: dict[str, tuple[str, str]] = {}
    for node in tree.body:
        if not (isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"):
            continue
        for line in node.body:
            if isinstance(line, ast.AnnAssign | ast.Pass):
                continue  # a declared attribute such as ``__version__: str``
            if not isinstance(line, ast.ImportFrom) or line.level or line.module is None:
                msg = f"{path}, line {line.lineno}: only 'from module import name' belongs here"
                raise ImportError(msg)
            for alias in line.names:
                found[alias.asname or alias.name] = (line.module, alias.name)
    return found


def attach(
    package: str,
    path: str,
    *,
    extra: Callable[[str], object] | None = None,
) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """A ``__getattr__`` and a ``__dir__`` for ``package``, whose ``__init__`` is ``path``.

    ``extra(name)`` is asked for a name the block does not list (the top
    package's ``__version__``); it raises ``AttributeError`` for names it does
    not know. A value, once imported, is stored in the package, so the hook
    runs once per name.

    >>> getattr_, dir_ = attach("govdisclosure", __import__("govdisclosure").__file__)
    >>> getattr_("Money").__name__
    'Money'
    """
    table: dict[str, tuple[str, str]] = {}

    def names() -> dict[str, tuple[str, str]]:
        if not table:
            table.update(exports_of(path))
        return table

    def __getattr__(name: str) -> object:  # noqa: N807 - the PEP 562 hook
        module = sys.modules[package]
        where = names().get(name)
        if where is not None:
            value = getattr(importlib.import_module(where[0]), where[1])
        elif not name.startswith("_") and importlib.util.find_spec(f"{package}.{name}") is not None:
            value = importlib.import_module(f"{package}.{name}")
        elif extra is not None:
            value = extra(name)
        else:
            msg = f"module {package!r} has no attribute {name!r}"
            raise AttributeError(msg)
        setattr(module, name, value)
        return value

    def __dir__() -> list[str]:  # noqa: N807 - the PEP 562 hook
        return sorted(set(vars(sys.modules[package])) | set(names()))

    return __getattr__, __dir__
