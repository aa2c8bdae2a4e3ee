"""Reading and writing for the command line: files or standard streams, capped error output.

The only module of govdisclosure that touches files. ``-`` stands for
standard input (or output). Batches of requests are read item by item, so
that one bad item is reported on its own line and the others go on.

>>> read_items('{"schema_version": 1, "items": [{"id": "a"}, 3]}', "requests")
[(0, 'a', {'id': 'a'}), (1, None, 3)]
>>> read_items('[]', "requests")
[]

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from govdisclosure.errors import InvalidInputError
from govdisclosure.serialization import SCHEMA_VERSION
from govdisclosure.serialization._bounds import parse

if TYPE_CHECKING:
    from types import TracebackType

__all__ = ["ErrorLog", "Output", "UsageError", "brief_error", "read_items", "read_text"]


class UsageError(Exception):
    """Options that do not go together (exit status 2, like argparse's own errors)."""


STDIO = "-"
"""The file name that stands for standard input or output."""

MESSAGE_LIMIT = 400
"""How many characters of one error message a line shows."""


def read_text(path: str) -> str:
    """The text of ``path`` (UTF-8), or of standard input for ``-``."""
    try:
        if path == STDIO:
            return sys.stdin.read()
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        msg = f"cannot read the file: {exc}"
        raise InvalidInputError(msg, field="path", value=path) from None


def read_items(text: str, what: str) -> list[tuple[int, str | None, Any]]:
    """Split a batch into its items: ``(index, id or None, raw item)``, without building them.

    A batch is a list document (``{"schema_version": 1, "items": [...]}``, as
    :func:`govdisclosure.serialization.to_json` writes it) or a bare JSON list
    of the same items. The JSON itself must be sound (one error for the file
    otherwise); the items are checked one by one by the caller.
    """
    data = parse(text)
    if isinstance(data, dict):
        version = data.get("schema_version")
        if version != SCHEMA_VERSION or set(data) != {"schema_version", "items"}:
            msg = (
                f"expected a list of {what}, or a document "
                f'{{"schema_version": {SCHEMA_VERSION}, "items": [...]}}'
            )
            raise InvalidInputError(msg, field="$", value=sorted(data))
        data = data["items"]
    if not isinstance(data, list):
        msg = f"expected a list of {what}"
        raise InvalidInputError(msg, field="$", value=type(data).__name__)
    items = []
    for i, item in enumerate(data):
        ident = item.get("id") if isinstance(item, dict) else None
        items.append((i, ident if isinstance(ident, str) else None, item))
    return items


def brief_error(exc: Exception) -> str:
    """One line for an error: its message cut to :data:`MESSAGE_LIMIT` characters.

    A message that is cut says how many problems it held in all.

    >>> from govdisclosure.errors import Problem
    >>> problems = [Problem(f"$[{i}]", "bad") for i in range(500)]
    >>> many = InvalidInputError("bad batch", problems=problems)
    >>> line = brief_error(many)
    >>> len(line) < 500, line.endswith("(… 500 problems in all)")
    (True, True)
    """
    text = " ".join(str(exc).split())
    if len(text) <= MESSAGE_LIMIT:
        return text
    problems = getattr(exc, "problems", ())
    tail = f" (… {len(problems)} problems in all)" if len(problems) > 1 else " …"
    return text[: MESSAGE_LIMIT - len(tail)] + tail


class ErrorLog:
    """Error lines to standard error, at most ``limit`` of them, then a count of the rest.

    >>> import io
    >>> stream = io.StringIO()
    >>> log = ErrorLog(limit=2, stream=stream)
    >>> for i in range(5):
    ...     log.write(f"item {i}: bad")
    >>> log.close()
    >>> print(stream.getvalue(), end="")
    error: item 0: bad
    error: item 1: bad
    error: ... and 3 more errors
    """

    def __init__(self, *, limit: int = 20, stream: IO[str] | None = None) -> None:
        self.limit = limit
        self.count = 0
        self._stream = stream

    def write(self, line: str) -> None:
        """Count an error and show it while under the limit."""
        self.count += 1
        if self.count <= self.limit:
            (self._stream or sys.stderr).write(f"error: {line}\n")

    def close(self) -> None:
        """Say how many errors were not shown."""
        hidden = self.count - self.limit
        if hidden > 0:
            plural = "error" if hidden == 1 else "errors"
            (self._stream or sys.stderr).write(f"error: ... and {hidden} more {plural}\n")


class Output:
    """Where results go: standard output, or the file given with ``-o``."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self._file: IO[str] | None = None

    def __enter__(self) -> IO[str]:
        if self.path is None or self.path == STDIO:
            return sys.stdout
        try:
            self._file = Path(self.path).open("w", encoding="utf-8", newline="")
        except OSError as exc:
            msg = f"cannot write the file: {exc}"
            raise InvalidInputError(msg, field="-o", value=self.path) from None
        return self._file

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._file is not None:
            self._file.close()
