"""Benchmark: reading published PRC reports (``cn.parse_report_html`` + ``validate``), pages/s.

Parses and validates ``--pages`` copies of the bundled report pages
(tests/data/cn/reports/*.html: one real, two in the style of real ones) and
compares with the natural alternative, a plain lxml.html loop that turns every
table into a list of rows of cell texts (no spans, labels, numbers or checks).
Run:

    PYTHONPATH=src .venv/bin/python benchmarks/bench_cn_parse.py
    PYTHONPATH=src .venv/bin/python benchmarks/bench_cn_parse.py --pages 10000
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import lxml.html

from govdisclosure.jurisdictions import cn

PAGES = Path(__file__).resolve().parent.parent / "tests" / "data" / "cn" / "reports"


def plain_tables(html: str) -> list[list[list[str]]]:
    """Every table of the page as rows of cell texts: what a user writes without the library."""
    root = lxml.html.document_fromstring(html)
    return [
        [[td.text_content().strip() for td in tr.xpath("./td|./th")] for tr in table.iter("tr")]
        for table in root.iter("table")
    ]


def ours(html: str) -> int:
    """Parse and validate one page; the number of findings."""
    return len(cn.parse_report_html(html).validate())


def main() -> None:
    """Time both loops over the same pages and print pages/s and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    args = parser.parse_args()
    sources = [p.read_text(encoding="utf-8") for p in sorted(PAGES.glob("*.html"))]
    pages = [sources[i % len(sources)] for i in range(args.pages)]
    start = time.perf_counter()
    findings = sum(ours(page) for page in pages)
    parse_s = time.perf_counter() - start
    start = time.perf_counter()
    tables = sum(len(plain_tables(page)) for page in pages)
    plain_s = time.perf_counter() - start
    print(f"pages: {len(pages)} ({len(sources)} distinct), findings: {findings}, tables: {tables}")
    print(f"parse_report_html + validate: {len(pages) / parse_s:10.1f} pages/s")
    print(f"plain lxml table-to-list:     {len(pages) / plain_s:10.1f} pages/s")
    print(f"ratio (ours / plain):         {parse_s / plain_s:10.2f}x")


if __name__ == "__main__":
    main()
