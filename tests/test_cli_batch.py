"""The command line on batches: formats, per-request errors, streams, exit codes, caps.

Expected dates are worked out by hand: from Monday 2024-03-04 the PRC clock
(2019 Regulations, Art. 33: 20 working days) counts 5-8, 11-15, 18-22, 25-29
March and 1 April, so a request received on 2024-03-04 is due 2024-04-01
(no holiday in that span: Qingming 2024 is 4-6 April).
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from govdisclosure import __version__
from govdisclosure.cli import EXIT_FINDINGS, EXIT_INVALID, EXIT_OK, EXIT_USAGE, main
from govdisclosure.requests import Applicant, ApplicantKind, Request
from govdisclosure.serialization import to_dict, to_json

PERSON = Applicant(kind=ApplicantKind.NATURAL_PERSON)
GOOD = Request(id="ok-1", received=date(2024, 3, 4), applicant=PERSON)
UNCOVERED = Request(id="late-1", received=date(2031, 6, 2), applicant=PERSON)


def _batch(tmp_path: Path, items: list[object], name: str = "batch.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps({"schema_version": 1, "items": items}), encoding="utf-8")
    return path


def _mixed(tmp_path: Path) -> Path:
    bad = {"id": "bad-1", "received": "2024-02-30"}
    return _batch(tmp_path, [to_dict(GOOD), bad, to_dict(UNCOVERED), to_dict(GOOD)])


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"govdisclosure {__version__}"


def test_a_bad_and_an_uncovered_request_are_reported_and_the_rest_go_on(tmp_path, capsys):
    assert main(["deadline", str(_mixed(tmp_path))]) == EXIT_INVALID
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert len(lines) == 4
    assert lines[0] == "ok-1: received 2024-03-04, due 2024-04-01"
    assert lines[1].startswith("bad-1: error: ")
    assert "2024-02-30" in lines[1]
    assert lines[2].startswith("late-1: error: ")
    assert lines[3] == lines[0]
    assert captured.err.count("error: ") == 2


def test_fail_fast_stops_at_the_first_bad_request(tmp_path, capsys):
    assert main(["deadline", str(_mixed(tmp_path)), "--fail-fast"]) == EXIT_INVALID
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert lines[1].startswith("bad-1: error: ")


def test_json_lines_one_object_per_request(tmp_path, capsys):
    assert main(["deadline", str(_mixed(tmp_path)), "--format", "json"]) == EXIT_INVALID
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in records] == ["ok-1", "bad-1", "late-1", "ok-1"]
    assert [r["index"] for r in records] == [0, 1, 2, 3]
    assert records[0]["due"] == "2024-04-01"
    assert records[0]["error"] is None
    assert records[0]["limit"] == "20 working days"
    assert records[1]["due"] is None
    assert "2024-02-30" in records[1]["error"]
    assert records[2]["received"] == "2031-06-02"
    assert records[2]["error"]


def test_csv_with_a_header_and_a_row_per_request(tmp_path, capsys):
    path = _mixed(tmp_path)
    assert main(["deadline", str(path), "--format", "csv", "--on", "2024-04-02"]) == EXIT_INVALID
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 4
    assert rows[0]["due"] == "2024-04-01"
    assert rows[0]["status"] == "on 2024-04-02: overdue"
    assert rows[1]["due"] == ""
    assert rows[1]["error"]


def test_standard_input_and_output_file(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO(to_json([GOOD])))
    target = tmp_path / "out.txt"
    assert main(["deadline", "-", "-o", str(target)]) == EXIT_OK
    assert capsys.readouterr().out == ""
    assert target.read_text(encoding="utf-8") == "ok-1: received 2024-03-04, due 2024-04-01\n"


def test_a_bare_json_list_is_read_like_a_list_document(tmp_path, capsys):
    path = tmp_path / "bare.json"
    path.write_text(json.dumps([to_dict(GOOD)]), encoding="utf-8")
    assert main(["deadline", str(path)]) == EXIT_OK
    assert "due 2024-04-01" in capsys.readouterr().out


@pytest.mark.parametrize(
    "text",
    ['{"schema_version": 2, "items": []}', '{"items": []}', '"requests"', "not json", ""],
)
def test_a_file_that_is_not_a_batch_is_invalid_data(tmp_path, capsys, text):
    path = tmp_path / "x.json"
    path.write_text(text, encoding="utf-8")
    assert main(["deadline", str(path)]) == EXIT_INVALID
    assert capsys.readouterr().err.startswith("error: ")


def test_error_output_is_capped_with_a_count_of_the_rest(tmp_path, capsys):
    path = _batch(tmp_path, [{"id": f"b{i}"} for i in range(30)])
    assert main(["deadline", str(path), "--max-errors", "5"]) == EXIT_INVALID
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 6
    assert err[-1] == "error: ... and 25 more errors"


def test_a_huge_error_message_is_cut_to_one_short_line(tmp_path, capsys):
    path = tmp_path / "x.json"
    path.write_text(json.dumps({"schema_version": 1, "items": {}, "extra": list(range(9999))}))
    assert main(["deadline", str(path)]) == EXIT_INVALID
    err = capsys.readouterr().err
    assert len(err) < 1000


def test_usage_errors_exit_2(tmp_path, capsys):
    path = _batch(tmp_path, [to_dict(GOOD)])
    assert main(["deadline", str(path), "--dc-area"]) == EXIT_USAGE
    assert main(["deadline", str(path), "--jurisdiction", "us", "--notice", "n.json"]) == EXIT_USAGE
    with pytest.raises(SystemExit) as exit_info:
        main(["deadline", str(path), "--format", "yaml"])
    assert exit_info.value.code == EXIT_USAGE


def test_a_deadline_with_findings_exits_1(tmp_path, capsys):
    from govdisclosure.law import WorkingDays
    from govdisclosure.requests import ExtensionGranted

    # Art. 33 ¶2: an extension of at most 20 working days, given within the period.
    # Granted on 2024-04-10, after the due date of 2024-04-01: no effect, and a finding.
    late = Request(
        id="ext-late",
        received=date(2024, 3, 4),
        applicant=PERSON,
        events=(ExtensionGranted(on=date(2024, 4, 10), days=WorkingDays(20)),),
    )
    path = _batch(tmp_path, [to_dict(late)])
    assert main(["deadline", str(path), "--format", "json"]) == EXIT_FINDINGS
    record = json.loads(capsys.readouterr().out)
    assert record["due"] == "2024-04-01"
    assert record["findings"]


def test_report_refuses_a_year_before_the_regulations_or_the_data(tmp_path, capsys):
    path = _batch(tmp_path, [to_dict(GOOD)])
    assert main(["report", str(path), "--year", "1990", "--agency", "x"]) == EXIT_INVALID
    assert "2008-05-01" in capsys.readouterr().err
    assert main(["report", str(path), "--year", "2020", "--agency", "x"]) == EXIT_INVALID
    assert "2024-03-04" in capsys.readouterr().err
    assert main(["report", str(path), "--year", "2024", "--agency", "x"]) == EXIT_OK


def test_validate_blank_policy_and_the_blank_summary(tmp_path, capsys):
    from govdisclosure.examples.seed_report import seed_requests
    from govdisclosure.jurisdictions import cn

    table = cn.aggregate_requests(seed_requests(), year=2018).to_labels()
    received = next(label for label in table if "本年新收" in label)
    table[received]["总计"] = None  # a blank total whose parts are not all zero
    path = tmp_path / "t.json"
    path.write_text(json.dumps(table, ensure_ascii=False), encoding="utf-8")
    # Blanks never hide an error: the blank 总计 of a row whose parts are 2 breaks the row's
    # identity (and the balance of the 总计 column) under either policy.
    for policy in ("skip", "zero"):
        assert main(["validate", str(path), "--blank-policy", policy]) == EXIT_FINDINGS
        out = capsys.readouterr().out
        assert "blank cells: 1 (" in out
        assert "is blank but" in out
        assert "0 broken identities" not in out
    # A blank among zeros hides nothing: the 科研机构 column is 0 throughout the seed table.
    table[received]["总计"] = 2
    table[received]["科研机构"] = None
    path.write_text(json.dumps(table, ensure_ascii=False), encoding="utf-8")
    assert main(["validate", str(path)]) == EXIT_OK
    assert "0 broken identities" in capsys.readouterr().out


def test_a_closed_pipe_gives_no_traceback(tmp_path):
    path = _batch(tmp_path, [to_dict(GOOD)] * 5000)
    cmd = (
        f"{sys.executable} -m govdisclosure deadline {path} | {sys.executable} -c "
        '"import sys; sys.stdin.readline()"'
    )
    done = subprocess.run(cmd, shell=True, capture_output=True, text=True, check=False)  # noqa: S602
    assert "Traceback" not in done.stderr
    assert "BrokenPipeError" not in done.stderr


def test_deadline_under_uk_law(tmp_path, capsys):
    # Received Wednesday 2024-03-27; day one is the next working day (FOIA s.10(1)).
    # FOIA counts the whole UK's working days (s.10(6)): Good Friday 29 March and Easter
    # Monday 1 April are out: 28 Mar, 2-5 Apr, 8-12, 15-19, 22-26 -> the 20th is 26 April.
    # FOISA counts Scotland's (s.73), where Easter Monday is a working day -> 25 April.
    path = _batch(
        tmp_path, [to_dict(Request(id="UK-1", received=date(2024, 3, 27), applicant=PERSON))]
    )
    assert main(["deadline", str(path), "--jurisdiction", "uk"]) == EXIT_OK
    assert capsys.readouterr().out == "UK-1: received 2024-03-27, due 2024-04-26\n"
    assert main(["deadline", str(path), "--jurisdiction", "uk", "--act", "foisa"]) == EXIT_OK
    assert capsys.readouterr().out == "UK-1: received 2024-03-27, due 2024-04-25\n"
    # The internal review under the s.45 Code: 20 working days as well.
    assert main(["deadline", str(path), "--jurisdiction", "uk", "--review"]) == EXIT_OK
    assert "due 2024-04-26" in capsys.readouterr().out
    assert main(["deadline", str(path), "--act", "eir"]) == EXIT_USAGE
    assert main(["deadline", str(path), "--review"]) == EXIT_USAGE


US_DATA = Path(__file__).parent / "data" / "us"


def test_validate_a_us_annual_foia_report(capsys):
    # The Access Board's FY2023 report applies Exemption 3 once in V.B(3) while section IV
    # lists only an "N/A" statute with quantity 0 (read by hand from the file).
    assert main(["validate", str(US_DATA / "usab-fy2023.xml"), "--jurisdiction", "us"]) == (
        EXIT_FINDINGS
    )
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("us.IV.ex3-statute: USAB (ORG0): V.B(3) applies Ex. 3")
    assert out.splitlines()[-1] == "FY2023 USAB: 1 broken rules, 0 undetermined"
    args = ["validate", str(US_DATA / "usab-fy2025.xml"), "--jurisdiction", "us"]
    assert main([*args, "--previous", str(US_DATA / "usab-fy2024.xml")]) == EXIT_OK
    assert capsys.readouterr().out == "FY2025 USAB: 0 broken rules, 0 undetermined\n"


def test_validate_refuses_hostile_xml_and_wrong_options(tmp_path, capsys):
    bomb = tmp_path / "bomb.xml"
    bomb.write_text('<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;&a;</x>', encoding="utf-8")
    assert main(["validate", str(bomb), "--jurisdiction", "us"]) == EXIT_INVALID
    assert "DTD" in capsys.readouterr().err
    table = tmp_path / "t.json"
    table.write_text("{}", encoding="utf-8")
    assert main(["validate", str(table), "--previous", str(bomb)]) == EXIT_USAGE


def test_a_missing_extra_is_a_message_not_a_traceback(monkeypatch, capsys):
    # A None entry in sys.modules makes importing that module raise ImportError.
    for name in ("defusedxml", "defusedxml.ElementTree"):
        monkeypatch.setitem(sys.modules, name, None)
    path = str(US_DATA / "usab-fy2023.xml")
    assert main(["validate", path, "--jurisdiction", "us"]) == EXIT_USAGE
    assert "govdisclosure[us]" in capsys.readouterr().err
