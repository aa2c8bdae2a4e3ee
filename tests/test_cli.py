"""The command line: the example, reports and deadlines from JSON files, validation."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from govdisclosure.cli import main
from govdisclosure.examples.seed_report import seed_requests
from govdisclosure.serialization import to_json

EXAMPLE_JSON = (
    Path(__file__).resolve().parent.parent
    / "src"
    / "govdisclosure"
    / "examples"
    / "seed_requests_2018.json"
)


def test_python_m_govdisclosure_example_prints_the_seed_report():
    out = subprocess.run(
        [sys.executable, "-m", "govdisclosure", "example"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    text = out.stdout
    assert "某区人民政府2018年政府信息公开工作年度报告" in text
    assert "8,200余" in text
    assert "3,400余" in text
    assert "国办公开办函〔2021〕30号" in text
    line = next(s for s in text.splitlines() if s.startswith("一、本年新收"))
    assert [c.strip() for c in line.split("|")[1:]] == ["2", "0", "0", "0", "0", "0", "2"]


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_format_and_language(capsys, fmt, lang):
    assert main(["example", "--format", fmt, "--lang", lang]) == 0
    out = capsys.readouterr().out
    assert "2018" in out
    if fmt == "html":
        assert "<table" in out


def test_records_are_json_for_dataframes(capsys):
    assert main(["example", "--format", "records"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert records
    assert {"agency", "year", "table", "row", "column", "value"} <= set(records[0])
    assert all(r["year"] == 2018 for r in records)


def test_bundled_example_json_is_the_seed_requests():
    # The file the command line reads is the serialization of the example records.
    assert json.loads(EXAMPLE_JSON.read_text(encoding="utf-8")) == json.loads(
        to_json(list(seed_requests()))
    )


def test_report_from_a_json_file(capsys):
    assert main(["report", str(EXAMPLE_JSON), "--year", "2018", "--agency", "某区"]) == 0
    out = capsys.readouterr().out
    line = next(s for s in out.splitlines() if s.startswith("（一）予以公开") or "予以公开" in s)
    assert line.rstrip().endswith("2")


def test_deadlines_from_a_json_file(capsys):
    assert main(["deadline", str(EXAMPLE_JSON), "--on", "2018-12-31", "--explain"]) == 0
    out = capsys.readouterr().out
    # 4 June 2018 + 15 working days (2007 Regulations): 5-8, 11-15, 19-22, 25-26 June.
    assert "due 2018-06-26" in out
    assert out.count("replied_on_time") == 2


def test_validate_passes_a_consistent_table_and_fails_a_broken_one(tmp_path, capsys):
    from govdisclosure.jurisdictions import cn

    good = cn.aggregate_requests(seed_requests(), year=2018).to_labels()
    path = tmp_path / "t.json"
    path.write_text(json.dumps(good, ensure_ascii=False), encoding="utf-8")
    assert main(["validate", str(path)]) == 0
    assert "0 findings, 0 broken identities" in capsys.readouterr().out
    disclosed = next(label for label in good if "予以公开" in label)
    good[disclosed]["总计"] = 3  # the row no longer adds up, nor the column
    path.write_text(json.dumps(good, ensure_ascii=False), encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert "2 broken identities" in out


def test_bad_input_exits_3_naming_the_problem(tmp_path, capsys):
    path = tmp_path / "bad.json"
    path.write_text('{"schema_version": 1, "items": [{"id": 5}]}', encoding="utf-8")
    assert main(["deadline", str(path)]) == 3
    err = capsys.readouterr().err
    assert err.startswith("error:")
    assert "item 0: " in err
    assert "$.received: required key missing" in err
    assert main(["report", str(tmp_path / "missing.json"), "--year", "2018", "--agency", "x"]) == 3


def _us_requests(tmp_path: Path) -> Path:
    from datetime import date

    from govdisclosure.requests import Applicant, ApplicantKind, Request

    person = Applicant(kind=ApplicantKind.NATURAL_PERSON)
    path = tmp_path / "us.json"
    path.write_text(
        to_json(
            [
                Request(id="FOIA-1", received=date(2024, 12, 20), applicant=person),
                Request(id="FOIA-2", received=date(2021, 1, 19), applicant=person),
            ]
        ),
        encoding="utf-8",
    )
    return path


def test_deadline_under_us_law(tmp_path, capsys):
    path = _us_requests(tmp_path)
    assert main(["deadline", str(path), "--jurisdiction", "us", "--explain"]) == 0
    out = capsys.readouterr().out
    # spec §A2.10: 2024-12-20 + 20 federal working days = 2025-01-24.
    assert "FOIA-1: received 2024-12-20, due 2025-01-24" in out
    assert "5 U.S.C. § 552(a)(6)(A)(i)" in out
    # 2021-01-19 + 20: 2021-02-17 outside the DC area, 2021-02-18 inside (Inauguration Day).
    assert "FOIA-2: received 2021-01-19, due 2021-02-17" in out
    assert main(["deadline", str(path), "--jurisdiction", "us", "--dc-area"]) == 0
    assert "FOIA-2: received 2021-01-19, due 2021-02-18" in capsys.readouterr().out


def test_dc_area_needs_the_us_jurisdiction(tmp_path, capsys):
    assert main(["deadline", str(_us_requests(tmp_path)), "--dc-area"]) == 2
    assert "--dc-area" in capsys.readouterr().err
