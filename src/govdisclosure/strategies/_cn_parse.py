"""Strategies for reading printed PRC reports (``cn.ParsedReport`` and its policies)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st

from govdisclosure.jurisdictions import cn
from govdisclosure.strategies._base import _labels, _optional
from govdisclosure.strategies._cn import cn_case_tables, cn_proactive_tables, cn_request_tables
from govdisclosure.strategies._reports import report_findings

__all__ = [
    "cn_label_readings",
    "cn_label_tolerances",
    "cn_parse_options",
    "cn_parsed_reports",
    "cn_prose_figures",
    "registry",
]

_HOW = st.sampled_from(["normalized", "spelling", "alias", "variant", "path", "similar"])
_TABLES = st.sampled_from(["requests", "cases", "proactive"])
_ROLES = st.sampled_from(["row", "column"])


def cn_label_readings() -> st.SearchStrategy[cn.LabelReading]:
    """Readings of printed labels (any texts)."""
    return st.builds(cn.LabelReading, _labels, _labels, _HOW, _TABLES, _ROLES)


def cn_label_tolerances() -> st.SearchStrategy[cn.LabelTolerance]:
    """Label policies: aliases, variants and paths on or off, a similarity or none."""
    return st.builds(
        cn.LabelTolerance,
        aliases=st.dictionaries(_labels, _labels, max_size=3),
        variants=st.booleans(),
        paths=st.booleans(),
        min_similarity=_optional(st.sampled_from([0.5, 0.8, 0.9, 1.0])),
    )


def cn_parse_options() -> st.SearchStrategy[cn.ParseOptions]:
    """Options of the report readers."""
    return st.builds(cn.ParseOptions, cn_label_tolerances(), st.sampled_from(cn.AmountUnits))


@st.composite
def cn_parsed_reports(draw: st.DrawFn) -> cn.ParsedReport:
    """Reports as read from a page: tables or none, title facts, findings and readings."""
    readings = draw(st.lists(cn_label_readings(), max_size=3))
    return cn.ParsedReport(
        requests=draw(_optional(cn_request_tables())),
        cases=draw(_optional(cn_case_tables())),
        proactive=draw(_optional(cn_proactive_tables())),
        year=draw(_optional(st.integers(2008, 2040))),
        agency=draw(_optional(_labels)),
        findings=tuple(draw(st.lists(report_findings(), max_size=2))),
        readings={r.printed: r.official for r in readings},
        label_readings=tuple(readings),
        units=draw(st.dictionaries(_labels, st.sampled_from(["元", "万元"]), max_size=2)),
    )


def registry() -> dict[type, Callable[[], st.SearchStrategy[Any]]]:
    """The strategy of each model class of this module, by class."""
    return {
        cn.LabelReading: cn_label_readings,
        cn.LabelTolerance: cn_label_tolerances,
        cn.ParseOptions: cn_parse_options,
        cn.ParsedReport: cn_parsed_reports,
        cn.LabelVariant: lambda: st.sampled_from(cn.LABEL_VARIANTS),
        cn.ProseFigure: cn_prose_figures,
        cn.ProseOptions: lambda: st.builds(cn.ProseOptions, st.sampled_from(cn.ReceivedReading)),
    }


def cn_prose_figures() -> st.SearchStrategy[cn.ProseFigure]:
    """A figure a report's narrative states: its measure, number, printed form and sentence."""
    text = st.text(min_size=1, max_size=40)
    return st.builds(
        cn.ProseFigure, st.sampled_from(cn.ProseMeasure), st.integers(0, 10**9), text, text
    )
