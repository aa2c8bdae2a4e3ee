"""``python -m govdisclosure``: see :mod:`govdisclosure.cli`."""

from __future__ import annotations

import sys

from govdisclosure.cli import main

if __name__ == "__main__":  # pragma: no cover - exercised through subprocess in the tests
    sys.exit(main())
