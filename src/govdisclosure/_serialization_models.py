"""Converter hooks that need the domain models: tagged unions and special shapes.

Kept apart from :mod:`govdisclosure.serialization` so that the converter itself
imports only the lowest layers; these hooks are installed on first use.
"""

from __future__ import annotations

import cattrs


def install(converter: cattrs.Converter) -> None:
    """Register the model-specific hooks on ``converter``."""
