"""The command line: the only part of govdisclosure that reads or writes files.

Commands (``govdisclosure`` or ``python -m govdisclosure``; ``--help`` on each)::

    govdisclosure --version
    govdisclosure example [--format text|markdown|html|records] [--lang zh|en] [-o FILE]
    govdisclosure report REQUESTS.json --year 2025 --agency NAME [--layout 2021|2019] [--format ...]
    govdisclosure deadline REQUESTS.json [--format text|json|csv] [--on DATE] [--explain]
                  [--jurisdiction cn|us|uk] [--act foia|eir|foisa] [--review]
                  [--notice NOTICE ...] [--dc-area] [--fail-fast]
    govdisclosure validate TABLE.json [--blank-policy skip|zero]
    govdisclosure validate REPORT.xml --jurisdiction us [--previous LAST_YEAR.xml]

``REQUESTS.json`` is a list of requests as :func:`govdisclosure.serialization.to_json`
writes it (``{"schema_version": 1, "items": [...]}``) or a bare JSON list of
the same items; ``-`` reads standard input and ``-o FILE`` writes to a file.
``TABLE.json`` holds a table 三 as published, ``{row label: {column label:
number or null}}``, optionally with a table 四 under the key ``"四"``.

Exit status: :data:`EXIT_OK` (0) on success; :data:`EXIT_FINDINGS` (1) when
``validate`` finds a broken identity or a deadline carries findings;
:data:`EXIT_USAGE` (2) for a command line that cannot be parsed (or an
optional extra the command needs, such as ``govdisclosure[us]``, that is not installed);
:data:`EXIT_INVALID` (3) for bad or uncovered data (the message names the field
and the value). A closed pipe (``| head``) ends the command quietly.

>>> main(["example", "--lang", "en", "--format", "markdown"])  # doctest: +ELLIPSIS
> Example: the seed district's annual report for 2018. ...
0

.. versionadded:: 0.1.0
.. versionchanged:: 0.3.0
   A package; ``deadline --format``, ``--notice``, ``--fail-fast``, ``-`` and
   ``-o``, ``--version``, exit status 3 for bad data.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from govdisclosure.cli._deadline import EXIT_FINDINGS, EXIT_INVALID, EXIT_OK
from govdisclosure.cli._io import UsageError, brief_error
from govdisclosure.cli._parser import EXIT_USAGE, parser
from govdisclosure.errors import GovDisclosureError

__all__ = ["EXIT_FINDINGS", "EXIT_INVALID", "EXIT_OK", "EXIT_USAGE", "main"]


def _quiet_stdout() -> None:
    """After a closed pipe, point standard output at the null device so exit does not fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # a stream without a file (tests)
        pass


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    args = parser().parse_args(argv)
    try:
        return int(args.run(args))
    except GovDisclosureError as exc:
        sys.stderr.write(f"error: {brief_error(exc)}\n")
        return EXIT_INVALID
    except UsageError as exc:
        sys.stderr.write(f"usage error: {exc}\n")
        return EXIT_USAGE
    except ImportError as exc:  # an optional extra the command needs is not installed
        sys.stderr.write(f"error: {exc}\n")
        return EXIT_USAGE
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_OK
