"""Optional dependencies, imported on first use, with an ImportError that says how to install them.

One helper for every extra (numpy, pandas, lxml, matplotlib, defusedxml): the
caller gives the module and the sentence the user reads.

>>> require("json", "never shown").__name__
'json'
>>> require("no_such_module_here", "this needs it: pip install it")
Traceback (most recent call last):
...
ImportError: this needs it: pip install it

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import importlib
from types import ModuleType

__all__ = ["require", "require_numpy"]


def require(module: str, hint: str) -> ModuleType:
    """``module``, imported; an :class:`ImportError` whose message is ``hint`` if it is missing."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ImportError(hint) from exc


def require_numpy() -> ModuleType:
    """Import numpy, or raise an ImportError that says how to install it.

    >>> require_numpy().__name__
    'numpy'
    """
    hint = (
        "the batch (array) methods need numpy: pip install 'govdisclosure[numpy]' "
        "(or pip install numpy)"
    )
    return require("numpy", hint)
