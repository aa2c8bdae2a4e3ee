"""Benchmark: reading (and checking) a DOJ Annual FOIA Report's NIEM XML, against plain xml.etree.

Both paths start from the same XML text and end with the same numbers:

* ours: ``AnnualFoiaReport.from_xml(text)`` (defusedxml, every element checked
  against the section table, every bad element collected) and then
  ``report.validate()`` (the DOJ form's cross-field rules);
* xml.etree: the natural alternative, ``ElementTree.fromstring`` and a loop that
  follows each section's associations to its rows and reads every numeric leaf
  (``…Quantity`` as ``int``, ``…Value``/``…Amount``/``…Percent`` as ``Decimal``),
  with no checks at all.

The count and the sum of the numbers both paths read are compared before any time
is reported. The input is the U.S. Access Board's FY2024 report (tests/data/us/),
and, with ``--components N``, a report of N components written by ``to_xml`` from
that one (each component a copy of the agency's rows). Run:

    .venv/bin/python benchmarks/bench_us_annual_xml.py
    .venv/bin/python benchmarks/bench_us_annual_xml.py --components 100 --repeat 5
"""

from __future__ import annotations

import argparse
import gc
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import TypeVar
from xml.etree import ElementTree as ET

from govdisclosure.jurisdictions.us.annual import (
    AnnualFoiaReport,
    Link,
    Organization,
    ResponseDays,
    Section,
)

T = TypeVar("T")
REAL = Path(__file__).parent.parent / "tests" / "data" / "us" / "usab-fy2024.xml"
S = "{http://niem.gov/niem/structures/2.0}"
FOIA = "{http://leisp.usdoj.gov/niem/FoiaAnnualReport/extension/1.03}"
NC = "{http://niem.gov/niem/niem-core/2.0}"
DECIMAL_ENDINGS = ("DaysValue", "Amount", "Percent", "EmployeeQuantity", "StaffQuantity")


def widen(report: AnnualFoiaReport, n: int) -> AnnualFoiaReport:
    """``report`` with ``n`` components, each reporting a copy of the agency's rows."""
    components = tuple(Organization(f"ORG{k}", f"C{k}", f"Component {k}") for k in range(1, n + 1))
    sections = []
    for section in report.sections:
        rows = list(section.rows)
        links = list(section.links)
        for org in components:
            for row in section.rows:
                copy = type(row)(f"{row.id}-{org.id}", row.values)
                rows.append(copy)
                links.extend(
                    Link(copy.id, org.id, link.values)
                    for link in section.links
                    if link.row == row.id
                )
        sections.append(Section(section.id, tuple(rows), tuple(links), section.footnotes))
    return AnnualFoiaReport(
        report.fiscal_year, report.agency, components, tuple(sections), report.header
    )


def ours_numbers(report: AnnualFoiaReport) -> list[int | Decimal]:
    """Every number the model holds, as the XML writes them (rows once per association)."""
    found: list[int | Decimal] = []

    def take(value: object) -> None:
        if isinstance(value, bool):
            return
        if isinstance(value, int | Decimal):
            found.append(value)
        elif isinstance(value, ResponseDays) and value.days is not None:
            found.append(value.days)
        elif isinstance(value, tuple):
            found.extend(e[1] for e in value if isinstance(e, tuple) and isinstance(e[1], int))

    for section in report.sections:
        for link in section.links:
            row = section.row_by_id(link.row)
            for _, value in row.values if row is not None else ():
                take(value)
            for _, value in link.values:
                take(value)
    return found


def etree_numbers(text: str) -> list[int | Decimal]:
    """The hand-written reading: follow associations to rows, read numeric leaves."""
    root = ET.fromstring(text)  # noqa: S314 - the unprotected alternative, on trusted text
    found: list[int | Decimal] = []

    def take(element: ET.Element) -> None:
        for leaf in element.iter():
            if len(leaf) or leaf is element or leaf.text is None:
                continue
            name = leaf.tag.rsplit("}", 1)[-1]
            if name.endswith(DECIMAL_ENDINGS):
                found.append(Decimal(leaf.text.strip()))
            elif name.endswith("Quantity"):
                found.append(int(leaf.text.strip()))

    for section in root:
        if not section.tag.endswith("Section"):
            continue
        rows = {child.get(S + "id"): child for child in section if child.get(S + "id")}
        for assoc in section:
            if not assoc.tag.endswith("OrganizationAssociation"):
                continue
            ref = assoc.find(FOIA + "ComponentDataReference")
            if ref is None:
                continue
            take(rows[ref.get(S + "ref")])
            for extra in assoc:
                if extra.tag not in (FOIA + "ComponentDataReference", NC + "OrganizationReference"):
                    take_leaf = ET.Element("x")
                    take_leaf.append(extra)
                    take(take_leaf)
    return found


def best_of(repeat: int, run: Callable[[], T]) -> tuple[float, T]:
    best = float("inf")
    result: T | None = None
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        result = run()
        best = min(best, time.perf_counter() - start)
    if result is None:
        msg = "nothing was run"
        raise SystemExit(msg)
    return best, result


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--components", type=int, default=0, help="widen the report to N components"
    )
    parser.add_argument("--repeat", type=int, default=20, help="runs per path (best is kept)")
    args = parser.parse_args()
    text = REAL.read_text(encoding="utf-8")
    if args.components:
        text = widen(AnnualFoiaReport.from_xml(text), args.components).to_xml()
    print(f"input: {len(text):,} characters, {args.components or 'no'} components")

    read_time, report = best_of(args.repeat, lambda: AnnualFoiaReport.from_xml(text))
    check_time, findings = best_of(args.repeat, report.validate)
    etree_time, theirs = best_of(args.repeat, lambda: etree_numbers(text))
    ours = ours_numbers(report)
    if (len(ours), sum(ours)) != (len(theirs), sum(theirs)):
        msg = (
            f"the paths disagree: ours {len(ours)}, {sum(ours)}; etree {len(theirs)}, {sum(theirs)}"
        )
        raise SystemExit(msg)
    print(f"the paths agree on {len(ours):,} numbers (sum {sum(ours)}); {len(findings)} findings")
    print(f"AnnualFoiaReport.from_xml              : {read_time * 1000:9.2f} ms")
    print(f"report.validate()                      : {check_time * 1000:9.2f} ms")
    print(f"xml.etree, numbers only, no checks     : {etree_time * 1000:9.2f} ms")
    ratio = (read_time + check_time) / etree_time
    print(f"ratio (from_xml + validate / etree)    : {ratio:9.2f}")
    print(f"ratio (from_xml / etree)               : {read_time / etree_time:9.2f}")


if __name__ == "__main__":
    main()
