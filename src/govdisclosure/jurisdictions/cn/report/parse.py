"""Reading annual reports as printed: HTML pages and the text layer of PDFs.

The public face of the readers: :func:`parse_report_html`,
:func:`parse_report_text`, the result :class:`ParsedReport`, and the label
policy :class:`LabelTolerance` with its curated :data:`LABEL_VARIANTS`; the
narrative's figures against the tables: :func:`prose_figures`, :func:`check_prose`.
lxml (the ``parse`` extra, ``pip install govdisclosure[parse]``) is needed
only to read HTML, and imported only then.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from govdisclosure.jurisdictions.cn.report._parse_html import parse_report_html
from govdisclosure.jurisdictions.cn.report._parse_text import parse_report_text
from govdisclosure.jurisdictions.cn.report._parsed import (
    AmountUnits,
    ParsedReport,
    ParseOptions,
    read_amount,
)
from govdisclosure.jurisdictions.cn.report._prose import (
    ProseFigure,
    ProseOptions,
    ReceivedReading,
    check_prose,
    prose_figures,
)
from govdisclosure.jurisdictions.cn.report._prose_patterns import (
    MEASURE_CELLS,
    MEASURE_CELLS_2019,
    PROSE_PATTERNS,
    ProseMeasure,
    ProsePattern,
)
from govdisclosure.jurisdictions.cn.report._tolerant import STRICT, LabelReading, LabelTolerance
from govdisclosure.jurisdictions.cn.report._variants import LABEL_VARIANTS, LabelVariant

__all__ = [
    "LABEL_VARIANTS",
    "MEASURE_CELLS",
    "MEASURE_CELLS_2019",
    "PROSE_PATTERNS",
    "STRICT",
    "AmountUnits",
    "LabelReading",
    "LabelTolerance",
    "LabelVariant",
    "ParseOptions",
    "ParsedReport",
    "ProseFigure",
    "ProseMeasure",
    "ProseOptions",
    "ProsePattern",
    "ReceivedReading",
    "check_prose",
    "parse_report_html",
    "parse_report_text",
    "prose_figures",
    "read_amount",
]
