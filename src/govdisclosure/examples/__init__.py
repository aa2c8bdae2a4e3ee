"""Worked examples as data: real cases written with the library's models.

:mod:`~govdisclosure.examples.seed_district` is the district whose 2018
self-examination report started the project: its units, channels, activity
figures, review rules, and the publicity-submission quotas of the notes that
come with it. Examples do no I/O.

>>> from . import seed_district
>>> len(seed_district.agencies()) > 0
True

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from . import seed_district

__all__ = ["seed_district"]
