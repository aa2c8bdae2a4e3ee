"""The cross-field rules of the Annual FOIA Report (spec §A5.4), one test per rule.

Each case is a hand-made minimal report that satisfies the rule and a copy
that breaks exactly that rule (no other rule is violated; checks whose inputs
are absent from a minimal report only give undetermined findings, which are
set aside here and tested on their own). Expected values are computed by hand.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings

from govdisclosure.errors import InvalidInputError
from govdisclosure.jurisdictions.us.annual import (
    SECTIONS,
    UNDETERMINED,
    AnnualFoiaReport,
    DataRow,
    Link,
    Organization,
    ResponseDays,
    Section,
)
from govdisclosure.jurisdictions.us.annual._rule_objects import fee_percent
from govdisclosure.jurisdictions.us.codes import ExemptionCode as Ex
from govdisclosure.jurisdictions.us.codes import NonExemptionReason as Why
from govdisclosure.jurisdictions.us.codes import TimeIncrement as Inc
from govdisclosure.strategies import us_annual_reports

DATA = Path(__file__).parent / "data" / "us"
D = Decimal
LT1 = ResponseDays.lt1()

Rows = dict[str, dict[str, dict[str, Any]]]


def days(value: str | int) -> ResponseDays:
    return ResponseDays(Decimal(value))


def build(
    rows: Rows, components: tuple[str, ...] = (), statutes: tuple[tuple[str, int], ...] = ()
) -> AnnualFoiaReport:
    """A report from ``{section: {org: {field: value}}}``; ``statutes``: (org, quantity) links."""
    sections = []
    for spec in SECTIONS:
        if spec.id == "IV" and statutes:
            row = DataRow("ES1", (("description", "26 U.S.C. § 6103"),))
            links = tuple(Link("ES1", org, (("quantity", q),)) for org, q in statutes)
            sections.append(Section("IV", (row,), links))
        if spec.id not in rows:
            continue
        data_rows, links = [], []
        for n, (org, fields) in enumerate(rows[spec.id].items()):
            row_id = f"R{len(sections)}-{n}"
            unknown = set(fields) - {f.name for f in spec.fields}
            assert not unknown, unknown
            values = tuple((f.name, fields[f.name]) for f in spec.fields if f.name in fields)
            data_rows.append(DataRow(row_id, values))
            links.append(Link(row_id, org))
        sections.append(Section(spec.id, tuple(data_rows), tuple(links)))
    orgs = tuple(Organization(c, c) for c in components)
    return AnnualFoiaReport(2024, Organization("ORG0", "AG", "An Agency"), orgs, tuple(sections))


def broken(report: AnnualFoiaReport) -> list[str]:
    """The rule ids of the determined findings, in order, without repeats."""
    found: list[str] = []
    for f in report.validate():
        if not f.rule.endswith(UNDETERMINED) and f.rule not in found:
            found.append(f.rule)
    return found


def undetermined(report: AnnualFoiaReport) -> list[str]:
    return sorted({f.rule for f in report.validate() if f.rule.endswith(UNDETERMINED)})


def va(start: int, received: int, processed: int, end: int) -> dict[str, int]:
    return {
        "pending_start": start,
        "received": received,
        "processed": processed,
        "pending_end": end,
    }


def quartet(
    median: ResponseDays | None,
    average: ResponseDays | None,
    low: ResponseDays | None,
    high: ResponseDays | None,
    prefix: str = "simple.",
) -> dict[str, ResponseDays]:
    values = {"median": median, "average": average, "lowest": low, "highest": high}
    return {prefix + k: v for k, v in values.items() if v is not None}


def inc(*pairs: tuple[Inc, int]) -> dict[str, Any]:
    return {"increments": tuple(pairs), "total": sum(q for _, q in pairs)}


# -- each rule: a report that satisfies it and one that breaks exactly it -----------------------

TWO = ("C1", "C2")

CASES: list[tuple[str, Rows, Rows, tuple[str, ...]]] = [
    # rule 1: pending at end = start + received - processed (V.A, VI.A, XII.B)
    ("us.V.A.flow", {"V.A": {"ORG0": va(1, 42, 41, 2)}}, {"V.A": {"ORG0": va(1, 42, 41, 3)}}, ()),
    ("us.VI.A.flow", {"VI.A": {"ORG0": va(0, 4, 3, 1)}}, {"VI.A": {"ORG0": va(0, 4, 3, 0)}}, ()),
    ("us.XII.B.flow", {"XII.B": {"ORG0": va(2, 1, 3, 0)}}, {"XII.B": {"ORG0": va(2, 1, 3, 1)}}, ()),
    # rule 2: the overall row is the sum of the components' rows
    (
        "us.V.A.overall-sum",
        {"V.A": {"C1": va(1, 10, 9, 2), "C2": va(0, 5, 5, 0), "ORG0": va(1, 15, 14, 2)}},
        {"V.A": {"C1": va(1, 10, 9, 2), "C2": va(0, 5, 5, 0), "ORG0": va(1, 16, 15, 2)}},
        TWO,
    ),
    (
        "us.V.B(3).overall-sum",
        {
            "V.B(3)": {
                "C1": {"exemptions": ((Ex.EX_5, 2),)},
                "C2": {"exemptions": ((Ex.EX_5, 1), (Ex.EX_6, 4))},
                "ORG0": {"exemptions": ((Ex.EX_5, 3), (Ex.EX_6, 4))},
            }
        },
        {
            "V.B(3)": {
                "C1": {"exemptions": ((Ex.EX_5, 2),)},
                "C2": {"exemptions": ((Ex.EX_5, 1), (Ex.EX_6, 4))},
                "ORG0": {"exemptions": ((Ex.EX_5, 2), (Ex.EX_6, 4))},
            }
        },
        TWO,
    ),
    (
        "us.IX.overall-sum",
        {
            "IX": {
                "C1": {"processing_cost": D("100.50")},
                "C2": {"processing_cost": D("20")},
                "ORG0": {"processing_cost": D("120.50")},
            }
        },
        {
            "IX": {
                "C1": {"processing_cost": D("100.50")},
                "C2": {"processing_cost": D("20")},
                "ORG0": {"processing_cost": D("120.00")},
            }
        },
        TWO,
    ),
    # rule 3: V.A processed = V.B(1) total
    (
        "us.V.A=V.B(1)",
        {"V.A": {"ORG0": va(0, 5, 5, 0)}, "V.B(1)": {"ORG0": {"full_grant": 5, "total": 5}}},
        {"V.A": {"ORG0": va(0, 5, 5, 0)}, "V.B(1)": {"ORG0": {"full_grant": 4, "total": 4}}},
        (),
    ),
    # rule 4: V.A processed >= the sum of the VII.C totals (comp)
    (
        "us.V.A>=VII.C",
        {
            "V.A": {"ORG0": va(0, 6, 6, 0)},
            "VII.C(1)": {"ORG0": inc((Inc.DAYS_1_20, 3))},
            "VII.C(2)": {"ORG0": inc((Inc.DAYS_21_40, 2))},
            "VII.C(3)": {"ORG0": inc((Inc.DAYS_1_20, 1))},
        },
        {
            "V.A": {"ORG0": va(0, 5, 5, 0)},
            "VII.C(1)": {"ORG0": inc((Inc.DAYS_1_20, 3))},
            "VII.C(2)": {"ORG0": inc((Inc.DAYS_21_40, 2))},
            "VII.C(3)": {"ORG0": inc((Inc.DAYS_1_20, 1))},
        },
        (),
    ),
    # rule 5: full denials <= applications of exemptions
    (
        "us.V.B(1)<=V.B(3)",
        {
            "V.B(1)": {"ORG0": {"full_denial": 3, "total": 3}},
            "V.B(3)": {"ORG0": {"exemptions": ((Ex.EX_6, 3),)}},
        },
        {
            "V.B(1)": {"ORG0": {"full_denial": 3, "total": 3}},
            "V.B(3)": {"ORG0": {"exemptions": ((Ex.EX_6, 2),)}},
        },
        (),
    ),
    # rule 6: V.B(1) Other = V.B(2) total
    (
        "us.V.B(1)=V.B(2)",
        {
            "V.B(1)": {"ORG0": {"non_exemption": ((Why.OTHER, 2),), "total": 2}},
            "V.B(2)": {"ORG0": {"reasons": (("Sealed", 2),), "total": 2}},
        },
        {
            "V.B(1)": {"ORG0": {"non_exemption": ((Why.OTHER, 2),), "total": 2}},
            "V.B(2)": {"ORG0": {"reasons": (("Sealed", 1),), "total": 1}},
        },
        (),
    ),
    # rule 7: VI.A processed = VI.B total; VI.C(2) Other = VI.C(3) total
    (
        "us.VI.A=VI.B",
        {"VI.A": {"ORG0": va(0, 3, 3, 0)}, "VI.B": {"ORG0": {"affirmed": 3, "total": 3}}},
        {"VI.A": {"ORG0": va(0, 3, 3, 0)}, "VI.B": {"ORG0": {"affirmed": 2, "total": 2}}},
        (),
    ),
    (
        "us.VI.C(2)=VI.C(3)",
        {
            "VI.C(2)": {"ORG0": {"non_exemption": ((Why.OTHER, 1),)}},
            "VI.C(3)": {"ORG0": {"reasons": (("x", 1),), "total": 1}},
        },
        {
            "VI.C(2)": {"ORG0": {"non_exemption": ((Why.OTHER, 1),)}},
            "VI.C(3)": {"ORG0": {"total": 0}},
        },
        (),
    ),
    # rule 8: response-time quartets
    (
        "us.VII.A.lowest<=highest",
        {"VII.A": {"ORG0": quartet(None, None, days(2), days(9))}},
        {"VII.A": {"ORG0": quartet(None, None, days(10), days(9))}},
        (),
    ),
    (
        "us.VI.C(4).lowest<=highest",
        {"VI.C(4)": {"ORG0": quartet(None, None, LT1, days(1), "")}},
        {"VI.C(4)": {"ORG0": quartet(None, None, days(2), LT1, "")}},
        (),
    ),
    (
        "us.VII.A.positive-if-processed",
        {
            "VII.A": {"ORG0": quartet(days(5), days(6), LT1, days(20))},
            "VII.C(1)": {"ORG0": inc((Inc.DAYS_1_20, 3))},
        },
        {
            "VII.A": {"ORG0": quartet(days(5), days(6), days(0), days(20))},
            "VII.C(1)": {"ORG0": inc((Inc.DAYS_1_20, 3))},
        },
        (),
    ),
    (
        "us.VII.A.na-if-none-processed",
        {
            "VII.A": {"ORG0": quartet(days(0), days(0), days(0), days(0), "complex.")},
            "VII.C(2)": {"ORG0": {"total": 0}},
        },
        {
            "VII.A": {"ORG0": quartet(days(0), days(0), days(0), days(4), "complex.")},
            "VII.C(2)": {"ORG0": {"total": 0}},
        },
        (),
    ),
    (
        "us.VII.A.overall-lowest",
        {
            "VII.A": {
                "C1": quartet(None, None, LT1, None),
                "C2": quartet(None, None, days(3), None),
                "ORG0": quartet(None, None, LT1, None),
            }
        },
        {
            "VII.A": {
                "C1": quartet(None, None, LT1, None),
                "C2": quartet(None, None, days(3), None),
                "ORG0": quartet(None, None, days(1), None),
            }
        },
        TWO,
    ),
    (
        "us.VII.B.overall-highest",
        {
            "VII.B": {
                "C1": quartet(None, None, None, days(40)),
                "C2": quartet(None, None, None, days(90)),
                "ORG0": quartet(None, None, None, days(90)),
            }
        },
        {
            "VII.B": {
                "C1": quartet(None, None, None, days(40)),
                "C2": quartet(None, None, None, days(90)),
                "ORG0": quartet(None, None, None, days(40)),
            }
        },
        TWO,
    ),
    (
        "us.VII.A.overall-median",
        {
            "VII.A": {
                "C1": quartet(days(10), None, None, None),
                "C2": quartet(days(30), None, None, None),
                "ORG0": quartet(days(12), None, None, None),
            }
        },
        {
            "VII.A": {
                "C1": quartet(days(10), None, None, None),
                "C2": quartet(days(30), None, None, None),
                "ORG0": quartet(days(31), None, None, None),
            }
        },
        TWO,
    ),
    (
        "us.VII.A.overall-median-not-average",
        {
            "VII.A": {
                "C1": quartet(days(10), None, None, None),
                "C2": quartet(days(30), None, None, None),
                "ORG0": quartet(days(12), None, None, None),
            }
        },
        {
            "VII.A": {
                "C1": quartet(days(10), None, None, None),
                "C2": quartet(days(30), None, None, None),
                "ORG0": quartet(days(20), None, None, None),
            }
        },
        TWO,
    ),
    # rule 9: VII.D pending <= V.A pending at end (comp); overall per track = sum; median between
    (
        "us.VII.D<=V.A",
        {
            "V.A": {"ORG0": va(3, 0, 0, 3)},
            "VII.D": {"ORG0": {"simple.pending": 2, "complex.pending": 1}},
        },
        {
            "V.A": {"ORG0": va(3, 0, 0, 3)},
            "VII.D": {"ORG0": {"simple.pending": 2, "complex.pending": 2}},
        },
        (),
    ),
    (
        "us.VII.D.overall-sum",
        {
            "VII.D": {
                "C1": {"complex.pending": 6},
                "C2": {"complex.pending": 2},
                "ORG0": {"complex.pending": 8},
            }
        },
        {
            "VII.D": {
                "C1": {"complex.pending": 6},
                "C2": {"complex.pending": 2},
                "ORG0": {"complex.pending": 9},
            }
        },
        TWO,
    ),
    (
        "us.VII.D.overall-median",
        {
            "VII.D": {
                "C1": {"simple.pending": 1, "simple.median": D(5)},
                "C2": {"simple.pending": 1, "simple.median": D(8)},
                "ORG0": {"simple.pending": 2, "simple.median": D(7)},
            }
        },
        {
            "VII.D": {
                "C1": {"simple.pending": 1, "simple.median": D(5)},
                "C2": {"simple.pending": 1, "simple.median": D(8)},
                "ORG0": {"simple.pending": 2, "simple.median": D("8.5")},
            }
        },
        TWO,
    ),
    # rule 10: ten-oldest lists
    (
        "us.VII.E.non-increasing",
        {
            "VII.E": {
                "ORG0": {
                    "items": (
                        (date(2023, 1, 5), 180),
                        (date(2023, 2, 1), 160),
                        (date(2023, 2, 1), 160),
                    )
                }
            }
        },
        {
            "VII.E": {
                "ORG0": {
                    "items": (
                        (date(2023, 1, 5), 180),
                        (date(2023, 3, 1), 150),
                        (date(2023, 2, 1), 160),
                    )
                }
            }
        },
        (),
    ),
    (
        "us.VI.C(5).at-most-ten",
        {"VI.C(5)": {"ORG0": {"items": tuple((None, 20 - n) for n in range(10))}}},
        {"VI.C(5)": {"ORG0": {"items": tuple((None, 20 - n) for n in range(11))}}},
        (),
    ),
    (
        "us.XII.C.listed-if-pending",
        {
            "XII.B": {"ORG0": va(0, 3, 2, 1)},
            "XII.C": {"ORG0": {"items": ((date(2024, 9, 1), 21),)}},
        },
        {"XII.B": {"ORG0": va(0, 3, 2, 1)}, "XII.C": {"ORG0": {}}},
        (),
    ),
    # rule 11: expedited processing
    (
        "us.VIII.A.within-ten",
        {"VIII.A": {"ORG0": {"granted": 2, "denied": 1, "within_ten": 3}}},
        {"VIII.A": {"ORG0": {"granted": 2, "denied": 1, "within_ten": 4}}},
        (),
    ),
    (
        "us.VIII.B.overall-median",
        {
            "VIII.B": {
                "C1": {"granted": 1, "median": D(2)},
                "C2": {"denied": 1, "median": D(6)},
                "ORG0": {"granted": 1, "denied": 1, "median": D(2)},
            }
        },
        {
            "VIII.B": {
                "C1": {"granted": 1, "median": D(2)},
                "C2": {"denied": 1, "median": D(6)},
                "ORG0": {"granted": 1, "denied": 1, "median": D(1)},
            }
        },
        TWO,
    ),
    # rule 12: staff and costs if requests were processed
    (
        "us.IX.staff-if-processed",
        {
            "V.B(1)": {"ORG0": {"full_grant": 4, "total": 4}},
            "IX": {
                "ORG0": {
                    "full_time": D(0),
                    "equivalent": D("0.5"),
                    "total_staff": D("0.5"),
                    "processing_cost": D(1),
                }
            },
        },
        {
            "V.B(1)": {"ORG0": {"full_grant": 4, "total": 4}},
            "IX": {
                "ORG0": {
                    "full_time": D(0),
                    "equivalent": D(0),
                    "total_staff": D(0),
                    "processing_cost": D(1),
                }
            },
        },
        (),
    ),
    (
        "us.IX.cost-if-processed",
        {
            "V.B(1)": {"ORG0": {"full_grant": 4, "total": 4}},
            "IX": {"ORG0": {"total_staff": D(1), "processing_cost": D(9)}},
        },
        {
            "V.B(1)": {"ORG0": {"full_grant": 4, "total": 4}},
            "IX": {"ORG0": {"total_staff": D(1), "processing_cost": D(0)}},
        },
        (),
    ),
    # rule 13: the fee percentage (1 / 3 x 100 = 33.333... -> 33.33)
    (
        "us.X.percent",
        {
            "IX": {"ORG0": {"processing_cost": D(3)}},
            "X": {"ORG0": {"fees": D(1), "percent": D("33.33")}},
        },
        {
            "IX": {"ORG0": {"processing_cost": D(3)}},
            "X": {"ORG0": {"fees": D(1), "percent": D("33.3333")}},
        },
        (),
    ),
    # rule 14: backlogs
    (
        "us.XII.A<=VII.D",
        {
            "XII.A": {"ORG0": {"requests": 3}},
            "VII.D": {"ORG0": {"simple.pending": 2, "expedited.pending": 1}},
        },
        {
            "XII.A": {"ORG0": {"requests": 4}},
            "VII.D": {"ORG0": {"simple.pending": 2, "expedited.pending": 1}},
        },
        (),
    ),
    (
        "us.XII.A<=VI.A",
        {"XII.A": {"ORG0": {"appeals": 1}}, "VI.A": {"ORG0": va(1, 0, 0, 1)}},
        {"XII.A": {"ORG0": {"appeals": 2}}, "VI.A": {"ORG0": va(1, 0, 0, 1)}},
        (),
    ),
    (
        "us.XII.A.appeals-na",
        {"XII.A": {"ORG0": {"requests": 0}}},
        {"XII.A": {"ORG0": {"requests": 0, "appeals": 0}}},
        (),
    ),
    (
        "us.XII.A.appeals-na",
        {"XII.A": {"ORG0": {"appeals": 0}}, "VI.A": {"ORG0": va(0, 0, 0, 0)}},
        {"XII.A": {"ORG0": {"requests": 0}}, "VI.A": {"ORG0": va(0, 0, 0, 0)}},
        (),
    ),
    # rule 15: this year's column of XII.D/XII.E equals V.A, VI.A and XII.A
    (
        "us.XII.D(1)=V.A",
        {
            "V.A": {"ORG0": va(0, 5, 4, 1)},
            "XII.D(1)": {"ORG0": {"received_current": 5, "processed_current": 4}},
        },
        {
            "V.A": {"ORG0": va(0, 5, 4, 1)},
            "XII.D(1)": {"ORG0": {"received_current": 5, "processed_current": 5}},
        },
        (),
    ),
    (
        "us.XII.E(1)=VI.A",
        {
            "VI.A": {"ORG0": va(0, 2, 2, 0)},
            "XII.E(1)": {"ORG0": {"received_current": 2, "processed_current": 2}},
        },
        {
            "VI.A": {"ORG0": va(0, 2, 2, 0)},
            "XII.E(1)": {"ORG0": {"received_current": 1, "processed_current": 2}},
        },
        (),
    ),
    (
        "us.XII.D(2)=XII.A",
        {"XII.A": {"ORG0": {"requests": 7}}, "XII.D(2)": {"ORG0": {"last": 9, "current": 7}}},
        {"XII.A": {"ORG0": {"requests": 7}}, "XII.D(2)": {"ORG0": {"last": 9, "current": 9}}},
        (),
    ),
    (
        "us.XII.E(2)=XII.A",
        {
            "XII.A": {"ORG0": {"appeals": 1}},
            "VI.A": {"ORG0": va(1, 0, 0, 1)},
            "XII.E(2)": {"ORG0": {"current": 1}},
        },
        {
            "XII.A": {"ORG0": {"appeals": 1}},
            "VI.A": {"ORG0": va(1, 0, 0, 1)},
            "XII.E(2)": {"ORG0": {"current": 0}},
        },
        (),
    ),
    # rule 16: row totals
    (
        "us.V.B(1).total",
        {
            "V.B(1)": {
                "ORG0": {
                    "full_grant": 1,
                    "partial_grant": 2,
                    "full_denial": 0,
                    "non_exemption": ((Why.NO_RECORDS, 5),),
                    "total": 8,
                }
            }
        },
        {
            "V.B(1)": {
                "ORG0": {
                    "full_grant": 1,
                    "partial_grant": 2,
                    "full_denial": 0,
                    "non_exemption": ((Why.NO_RECORDS, 5),),
                    "total": 9,
                }
            }
        },
        (),
    ),
    (
        "us.V.B(2).total",
        {"V.B(2)": {"ORG0": {"reasons": (("a", 1), ("b", 2)), "total": 3}}},
        {"V.B(2)": {"ORG0": {"reasons": (("a", 1), ("b", 2)), "total": 2}}},
        (),
    ),
    (
        "us.VI.C(3).total",
        {"VI.C(3)": {"ORG0": {"reasons": (("a", 1),), "total": 1}}},
        {"VI.C(3)": {"ORG0": {"reasons": (("a", 1),), "total": 0}}},
        (),
    ),
    (
        "us.VI.B.total",
        {"VI.B": {"ORG0": {"affirmed": 1, "partial": 1, "reversed": 0, "other": 1, "total": 3}}},
        {"VI.B": {"ORG0": {"affirmed": 1, "partial": 1, "reversed": 0, "other": 1, "total": 4}}},
        (),
    ),
    (
        "us.VII.C(2).total",
        {"VII.C(2)": {"ORG0": {"increments": ((Inc.DAYS_401_PLUS, 2),), "total": 2}}},
        {"VII.C(2)": {"ORG0": {"increments": ((Inc.DAYS_401_PLUS, 2),), "total": 1}}},
        (),
    ),
    (
        "us.IX.total-staff",
        {"IX": {"ORG0": {"full_time": D(0), "equivalent": D("0.50"), "total_staff": D("0.5")}}},
        {"IX": {"ORG0": {"full_time": D(1), "equivalent": D("0.50"), "total_staff": D("0.5")}}},
        (),
    ),
    (
        "us.IX.total-cost",
        {
            "IX": {
                "ORG0": {
                    "processing_cost": D("63752.00"),
                    "litigation_cost": D(0),
                    "total_cost": D("63752"),
                }
            }
        },
        {
            "IX": {
                "ORG0": {
                    "processing_cost": D("63752.00"),
                    "litigation_cost": D(10),
                    "total_cost": D("63752"),
                }
            }
        },
        (),
    ),
]


@pytest.mark.parametrize(
    ("rule", "good", "bad", "components"), CASES, ids=[f"{c[0]}-{n}" for n, c in enumerate(CASES)]
)
def test_rule(rule: str, good: Rows, bad: Rows, components: tuple[str, ...]) -> None:
    assert broken(build(good, components)) == []
    assert broken(build(bad, components)) == [rule]


# -- the Exemption 3 statute rule and section IV's double association ---------------------------


def test_exemption_3_needs_a_statute_for_the_component() -> None:
    rows: Rows = {"V.B(3)": {"ORG0": {"exemptions": ((Ex.EX_3, 1),)}}}
    assert broken(build(rows, statutes=(("ORG0", 1),))) == []
    assert broken(build(rows, statutes=(("ORG0", 0),))) == ["us.IV.ex3-statute"]
    assert broken(build(rows)) == ["us.IV.ex3-statute"]


def test_a_statute_linked_twice_to_the_same_organisation_is_the_convention() -> None:
    rows: Rows = {"V.B(3)": {"ORG0": {"exemptions": ((Ex.EX_3, 1),)}}}
    report = build(rows, statutes=(("ORG0", 1), ("ORG0", 1)))
    assert broken(report) == []
    assert not [f for f in report.validate() if f.table == "IV"]


def test_exemption_3_statute_is_checked_per_component() -> None:
    rows: Rows = {
        "V.B(3)": {
            "C1": {"exemptions": ((Ex.EX_3, 2),)},
            "C2": {"exemptions": ((Ex.EX_3, 1),)},
            "ORG0": {"exemptions": ((Ex.EX_3, 3),)},
        }
    }
    findings = [
        f
        for f in build(rows, TWO, statutes=(("C1", 2), ("ORG0", 3))).validate()
        if f.rule == "us.IV.ex3-statute"
    ]
    assert [f.cells[0][0] for f in findings] == ["C2"]
    assert "C2 (C2)" in findings[0].message


# -- single-component agencies, N/A and LT1 -----------------------------------------------------


def test_a_single_component_agency_is_not_compared_with_itself() -> None:
    # One row, which is also the overall row: a median equal to "the average of the
    # component medians" (itself) must not be reported, nor any overall-vs-component rule.
    rows: Rows = {
        "VII.A": {"ORG0": quartet(days(15), days(26), LT1, days(143))},
        "VII.C(1)": {"ORG0": inc((Inc.DAYS_1_20, 40), (Inc.DAYS_141_160, 1))},
    }
    report = build(rows)
    assert report.single_component
    assert broken(report) == []
    assert not [f for f in report.validate() if "overall" in f.rule]


def test_one_component_with_a_median_is_not_an_average_finding() -> None:
    rows: Rows = {
        "VII.A": {
            "C1": quartet(days(10), None, None, None),
            "C2": {},
            "ORG0": quartet(days(10), None, None, None),
        }
    }
    assert broken(build(rows, TWO)) == []


def test_an_na_component_median_is_left_out_not_read_as_zero() -> None:
    # Read as 0 (the form's specialNumber), 10 would be the average of 0 and 20.
    rows: Rows = {
        "VII.A": {
            "C1": quartet(None, None, None, None),
            "C2": quartet(days(20), None, None, None),
            "ORG0": quartet(days(20), None, None, None),
        }
    }
    assert broken(build(rows, TWO)) == []
    rows["VII.A"]["C1"] = quartet(days(0), None, None, None)  # 0.0000 as written: a value
    assert broken(build(rows, TWO)) == []  # 20 lies in [0, 20] and is not the average 10


def test_an_na_overall_median_is_undetermined_not_a_verdict() -> None:
    rows: Rows = {
        "VII.A": {
            "C1": quartet(days(10), None, None, None),
            "C2": quartet(days(30), None, None, None),
            "ORG0": {},
        }
    }
    report = build(rows, TWO)
    assert broken(report) == []
    assert undetermined(report) == [
        "us.VII.A.overall-median-not-average/undetermined",
        "us.VII.A.overall-median/undetermined",
    ]


def test_lt1_counts_as_one_tenth() -> None:
    low = {
        "VII.A": {"C1": quartet(None, None, LT1, None), "C2": quartet(None, None, days(2), None)}
    }
    assert (
        broken(
            build({"VII.A": {**low["VII.A"], "ORG0": quartet(None, None, days("0.1"), None)}}, TWO)
        )
        == []
    )
    assert broken(
        build({"VII.A": {**low["VII.A"], "ORG0": quartet(None, None, days(0), None)}}, TWO)
    ) == ["us.VII.A.overall-lowest"]


def test_an_na_count_counts_as_zero() -> None:
    # V.B(1) with no NonExemptionDenial elements and V.B(2) total 0 agree: Other is 0.
    rows: Rows = {
        "V.B(1)": {"ORG0": {"full_grant": 2, "total": 2}},
        "V.B(2)": {"ORG0": {"total": 0}},
    }
    assert broken(build(rows)) == []


def test_a_missing_row_makes_a_rule_undetermined_with_the_reason() -> None:
    report = build({"V.A": {"ORG0": va(0, 5, 5, 0)}})
    findings = [f for f in report.validate() if f.rule == "us.V.A=V.B(1)" + UNDETERMINED]
    assert len(findings) == 1
    assert "V.B(1).total: the row is not reported" in findings[0].message
    assert findings[0].numbers == (None, None)


def test_the_appeals_backlog_rules_skip_a_component_without_appeals() -> None:
    rows: Rows = {
        "XII.A": {
            "C1": {"requests": 0, "appeals": 1},
            "C2": {"requests": 0},
            "ORG0": {"requests": 0, "appeals": 1},
        },
        "VI.A": {"C1": va(1, 0, 0, 1), "ORG0": va(1, 0, 0, 1)},
    }
    report = build(rows, TWO)
    assert broken(report) == []
    assert not [f for f in report.validate() if f.rule.startswith("us.XII.A<=VI.A")]


def test_the_staff_rule_reads_total_staff_not_full_time() -> None:
    rows: Rows = {
        "V.B(1)": {"ORG0": {"full_grant": 41, "total": 41}},
        "IX": {
            "ORG0": {
                "full_time": D(0),
                "equivalent": D("0.50"),
                "total_staff": D("0.50"),
                "processing_cost": D("63752.00"),
            }
        },
    }
    assert broken(build(rows)) == []


@pytest.mark.parametrize(
    ("fees", "costs", "expected"),
    [
        ("1", "3", "33.33"),  # 33.333...
        ("2", "3", "66.67"),  # 66.666... rounds up
        ("1", "4000", "0.03"),  # 0.025 exactly: half up (Math.round), not half even (0.02)
        ("1", "8000", "0.01"),  # 0.0125 -> 0.01
        ("0", "63752.00", "0"),
        ("25.00", "0", "0"),  # no processing costs: 0
        ("1259.56", "350000.00", "0.36"),  # 0.35987...
    ],
)
def test_fee_percent_rounds_as_the_form(fees: str, costs: str, expected: str) -> None:
    assert fee_percent(D(fees), D(costs)) == D(expected)


# -- the real files and the synthetic multi-component file --------------------------------------


def test_usab_fy2024_is_consistent() -> None:
    # Checked by hand: V.A 1+42-41=2; V.B(1) 9+6+2+24=41=V.A processed=VII.C(1) total
    # (28+6+2+2+1+2); V.B(3) 1+1+4=6 >= 2 full denials; Ex. 3 has statute ES1 (quantity 1);
    # VII.D 2 <= 2; VII.E 4, 4; IX staff 0 + 0.50 = 0.50 > 0; costs 63752 + 0; X 0 / 63752 = 0;
    # XII.A 0 <= 2; XII.D(1) 42, 41 = V.A; XII.D(2) 0 = XII.A; appeals all 0, backlog 0 (not N/A).
    report = AnnualFoiaReport.from_xml((DATA / "usab-fy2024.xml").read_text(encoding="utf-8"))
    assert report.validate() == ()


def test_usab_fy2023_claims_exemption_3_without_a_statute() -> None:
    # V.B(3) applies "Ex. 3" once; section IV lists only the statute "N/A", quantity 0 (twice).
    report = AnnualFoiaReport.from_xml((DATA / "usab-fy2023.xml").read_text(encoding="utf-8"))
    assert [str(f) for f in report.validate()] == [
        (
            "us.IV.ex3-statute: USAB (ORG0): V.B(3) applies Ex. 3 1 time but section IV lists no "
            "statute with a quantity for it"
        )
    ]


def test_the_synthetic_multi_component_file() -> None:
    report = AnnualFoiaReport.from_xml(
        (DATA / "synthetic-exd-fy2023.xml").read_text(encoding="utf-8")
    )
    found = [
        (f.rule, f.cells[0][0]) for f in report.validate() if not f.rule.endswith(UNDETERMINED)
    ]
    assert found == [
        ("us.V.B(1)<=V.B(3)", "ORG2"),  # BETA: 2 full denials, 1 exemption applied
        ("us.VII.E.non-increasing", "ORG1"),  # ALPHA: 180, 150, 160
        ("us.IX.staff-if-processed", "ORG2"),  # BETA: 45 processed, 0 staff
        ("us.X.percent", "ORG1"),  # 1234.56 / 300000 x 100 = 0.41152 -> 0.41, written 0.4115
        ("us.VII.A.within-increments", "ORG1"),  # complex: 15th/16th of 30 in 41-60, median 40
        ("us.VII.A.within-increments", "ORG0"),  # complex: 18th of 35 in 41-60, median 38
        ("us.VII.A.overall-median-not-average", "ORG0"),  # 15 = (10 + 20) / 2
        ("us.VII.D.overall-sum", "ORG0"),  # complex pending 9, components 6 + 2
    ]
    percent = next(f for f in report.validate() if f.rule == "us.X.percent")
    assert (percent.left, percent.right) == (D("0.4115"), D("0.41"))
    # the file omits VII.C(3), XII.D(2) and XII.E: checks that need them are undetermined
    assert undetermined(report) == [
        "us.V.A>=VII.C/undetermined",
        "us.XII.D(2)=XII.A/undetermined",
        "us.XII.E(1)=VI.A/undetermined",
        "us.XII.E(2)=XII.A/undetermined",
    ]


# -- two years: rule 15's "last year" column -----------------------------------------------------


def test_usab_fy2024_agrees_with_its_fy2023_report() -> None:
    # FY2024 XII.D(1) last year: 20 received, 19 processed = FY2023 V.A; XII.D(2) last year 1 =
    # FY2023 XII.A 1; V.A pending at start 1 = FY2023 pending at end 1; appeals and consultations 0.
    fy2023 = AnnualFoiaReport.from_xml((DATA / "usab-fy2023.xml").read_text(encoding="utf-8"))
    fy2024 = AnnualFoiaReport.from_xml((DATA / "usab-fy2024.xml").read_text(encoding="utf-8"))
    assert fy2024.validate(previous=fy2023) == ()
    # the other way round is not a pair of consecutive years
    with pytest.raises(InvalidInputError, match="fiscal year 2022"):
        fy2023.validate(previous=fy2024)


def test_last_year_columns_and_carried_over_items() -> None:
    before = build({"V.A": {"ORG0": va(0, 20, 19, 1)}, "XII.A": {"ORG0": {"requests": 1}}})
    before = attrs.evolve(before, fiscal_year=2023)
    good = build(
        {
            "V.A": {"ORG0": va(1, 42, 41, 2)},
            "XII.D(1)": {"ORG0": {"received_last": 20, "processed_last": 19}},
            "XII.D(2)": {"ORG0": {"last": 1}},
        }
    )
    assert [f for f in good.validate(previous=before) if f.rule.endswith("last-year")] == []
    bad = build(
        {
            "V.A": {"ORG0": va(2, 42, 41, 3)},
            "XII.D(1)": {"ORG0": {"received_last": 21, "processed_last": 19}},
            "XII.D(2)": {"ORG0": {"last": 0}},
        }
    )
    found = [(f.rule, f.left, f.right) for f in bad.validate(previous=before)]
    found = [f for f in found if f[0].endswith(("last-year", "carried-over"))]
    assert found == [
        ("us.XII.D(1).last-year", 21, 20),
        ("us.XII.D(2).last-year", 0, 1),
        ("us.V.A.carried-over", 2, 1),
    ]


def test_components_are_matched_by_abbreviation_across_years() -> None:
    before = build({"V.A": {"C1": va(0, 1, 0, 1), "ORG0": va(0, 1, 0, 1)}}, ("C1",))
    before = attrs.evolve(before, fiscal_year=2023, components=(Organization("C1", "ALPHA"),))
    now = build({"V.A": {"K9": va(2, 0, 0, 2), "ORG0": va(1, 0, 0, 1)}}, ("K9",))
    now = attrs.evolve(now, components=(Organization("K9", "ALPHA"),))
    carried = [f for f in now.validate(previous=before) if f.rule == "us.V.A.carried-over"]
    assert [(f.cells[0][0], f.left, f.right) for f in carried] == [("K9", 2, 1)]


# -- properties ----------------------------------------------------------------------------------


@settings(max_examples=100, deadline=None)
@given(us_annual_reports())
def test_validate_never_raises_and_survives_the_xml_round_trip(report: AnnualFoiaReport) -> None:
    findings = report.validate()
    assert all(f.rule.startswith("us.") and f.message for f in findings)
    assert AnnualFoiaReport.from_xml(report.to_xml()).validate() == findings


@settings(max_examples=100, deadline=None)
@given(us_annual_reports(max_components=0))
def test_a_single_component_report_has_no_overall_findings(report: AnnualFoiaReport) -> None:
    assert not [f for f in report.validate() if ".overall-" in f.rule]


def test_usab_fy2025_is_consistent_alone_and_with_fy2024() -> None:
    # By hand: V.A 2+21-19=4; V.B(1) 7+8+0+4=19=VII.C(1) total (9+5+3+1+1); Ex. 3 twice with a
    # statute of quantity 2; VII.D 3 <= 4; VII.E 187, 37, 12; XII.A 2 <= 3; X 0; and against
    # FY2024: XII.D(1) last year 42 and 41, XII.D(2) last year 0, V.A pending at start 2.
    fy2024 = AnnualFoiaReport.from_xml((DATA / "usab-fy2024.xml").read_text(encoding="utf-8"))
    text = (DATA / "usab-fy2025.xml").read_text(encoding="utf-8")
    fy2025 = AnnualFoiaReport.from_xml(text)
    assert fy2025.validate() == ()
    assert fy2025.validate(previous=fy2024) == ()


# -- VII.A against VII.C ([INFERENCE]) -------------------------------------------------------------


def _times(median: str | int, low: ResponseDays, high: str | int) -> Rows:
    # 5 requests: 2 in 1-20, 2 in 21-40, 1 in 61-80; the 3rd (the median) is in 21-40
    return {
        "VII.A": {"ORG0": quartet(days(median), days(30), low, days(high))},
        "VII.C(1)": {"ORG0": inc((Inc.DAYS_1_20, 2), (Inc.DAYS_21_40, 2), (Inc.DAYS_61_80, 1))},
    }


def test_response_times_fall_in_their_increments() -> None:
    assert broken(build(_times(25, LT1, 70))) == []
    assert broken(build(_times("40.5", days(20), "80.9"))) == []  # below the next floor
    assert broken(build(_times(20, LT1, 70))) == ["us.VII.A.within-increments"]
    assert broken(build(_times(25, days(21), 70))) == ["us.VII.A.within-increments"]
    assert broken(build(_times(25, LT1, 81))) == ["us.VII.A.within-increments"]


def test_an_even_count_median_may_lie_between_two_increments() -> None:
    rows: Rows = {
        "VII.A": {"ORG0": quartet(days("20.5"), days("20.5"), days(20), days(21))},
        "VII.C(1)": {"ORG0": inc((Inc.DAYS_1_20, 1), (Inc.DAYS_21_40, 1))},
    }
    assert broken(build(rows)) == []
    rows["VII.A"]["ORG0"] = quartet(days(41), days("20.5"), days(20), days(21))
    assert broken(build(rows)) == ["us.VII.A.within-increments"]


def test_the_last_increment_is_open_ended() -> None:
    rows: Rows = {
        "VII.A": {"ORG0": quartet(days(900), days(800), days(401), days(1200), "expedited.")},
        "VII.C(3)": {"ORG0": inc((Inc.DAYS_401_PLUS, 3))},
    }
    assert broken(build(rows)) == []


def test_a_component_that_processed_nothing_is_left_out_of_overall_statistics() -> None:
    # C2 processed no complex requests and writes the N/A times as 0.0000, as the DOJ export does:
    # the overall lowest is C1's 5, not min(5, 0).
    rows: Rows = {
        "VII.A": {
            "C1": quartet(days(9), days(9), days(5), days(12), "complex."),
            "C2": quartet(days(0), days(0), days(0), days(0), "complex."),
            "ORG0": quartet(days(9), days(9), days(5), days(12), "complex."),
        },
        "VII.C(2)": {
            "C1": inc((Inc.DAYS_1_20, 3)),
            "C2": {"total": 0},
            "ORG0": inc((Inc.DAYS_1_20, 3)),
        },
    }
    assert broken(build(rows, TWO)) == []
    # had C2 processed some, its 0 would be a value (and its own quartet would be wrong)
    rows["VII.C(2)"]["C2"] = inc((Inc.DAYS_1_20, 1))
    rows["VII.C(2)"]["ORG0"] = inc((Inc.DAYS_1_20, 4))
    assert "us.VII.A.overall-lowest" in broken(build(rows, TWO))
