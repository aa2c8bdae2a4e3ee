"""Test configuration: Hypothesis profiles, and the ``slow`` marker of the quick subset.

``HYPOTHESIS_PROFILE=ci`` (set by ``.ci/run``) removes per-example deadlines, which
are noise on a loaded two-core machine; ``thorough`` runs ten times the examples.

Every Hypothesis property, and every test in :data:`SLOW_MODULES` (the docs build,
the type and lint checks, the day-by-day oracles), is marked ``slow``: the quick
subset for the edit-test loop is ``pytest -m "not slow"`` (example tests and
doctests). The whole suite, as CI and the README run it, includes them.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("ci", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", deadline=None)
settings.register_profile(
    "thorough", deadline=None, max_examples=1000, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

SLOW_MODULES = frozenset(
    {
        "test_tooling",
        "test_us_calendar_oracle",
        "test_uk_calendar_oracle",
        "test_calendar_oracles_us_uk",
        "test_fuzz",
    }
)
"""Test modules that are slow as a whole (builds, checkers, oracles over every day)."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the Hypothesis properties and the slow modules ``slow``."""
    for item in items:
        module = getattr(item, "module", None)
        name = module.__name__.rsplit(".", 1)[-1] if module is not None else ""
        test = getattr(item, "obj", None)
        if name in SLOW_MODULES or getattr(test, "is_hypothesis_test", False):
            item.add_marker(pytest.mark.slow)
