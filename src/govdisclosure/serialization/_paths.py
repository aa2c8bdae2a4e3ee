"""Paths that name a place in a JSON document: ``$.events[2].on``, ``cells["一"]``.

The lowest module of :mod:`govdisclosure.serialization`: every error it reports
names the bad value by such a path.

>>> key_path("$.events", 2)
'$.events[2]'
>>> key_path("$", "on")
'$.on'
"""

from __future__ import annotations

import json
import re

NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
"""A key written after a dot (``.key``); any other key is written in brackets."""


def key_path(path: str, key: object) -> str:
    """``path`` followed by an object key (``.key``, or ``["odd key"]``) or an index (``[3]``)."""
    if type(key) is int:
        return f"{path}[{key}]"
    if isinstance(key, str) and NAME.fullmatch(key):
        return f"{path}.{key}" if path else key
    return f"{path}[{json.dumps(key, ensure_ascii=False) if isinstance(key, str) else key!r}]"


def join_path(path: str, sub: str) -> str:
    """``path`` followed by the relative path ``sub`` (``"events[0]"`` or ``"[0].on"``).

    >>> join_path("$.request", "events[0]")
    '$.request.events[0]'
    """
    if not sub:
        return path
    if not path:
        return sub
    if sub.startswith("["):
        return path + sub
    return f"{path}.{sub}"
