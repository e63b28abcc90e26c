"""The command line as a user meets it: exit codes, JSON shapes, error messages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from legation.cases.library import library_dir
from legation.cli.app import app

runner = CliRunner()
QUITO = str(library_dir() / "quito-2024.yaml")


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_status_json_shape_as_design() -> None:
    code, out, _ = run("treaties", "status", "EC", "--on", "2024-04-05", "--json")
    assert code == 0
    doc = json.loads(out)
    assert (doc["state"], doc["on"]) == ("ECU", "2024-04-05")
    caracas = next(
        i for i in doc["instruments"] if i["instrument"] == "caracas-diplomatic-asylum-1954"
    )
    assert caracas["party"] is True and caracas["since"] == "1955-03-20"
    assert all({"action", "date", "source"} <= set(a) for a in caracas["actions"])


def test_status_one_instrument_and_unknown_instrument() -> None:
    code, out, _ = run("treaties", "status", "USA", "--instrument", "achr-1969", "--json")
    assert code == 0
    [achr] = json.loads(out)["instruments"]
    assert (achr["party"], achr["signed"]) == (False, True)
    code, _, err = run("treaties", "status", "USA", "--instrument", "achr-1970")
    assert code == 2
    assert "achr-1970: unknown instrument" in err


def test_between_json() -> None:
    code, out, _ = run("treaties", "between", "MEX", "ECU", "--on", "2024-04-05", "--json")
    assert code == 0
    doc = json.loads(out)
    ids = {i["instrument"]: i["in_force_from"] for i in doc["instruments"]}
    assert doc["states"] == ["MEX", "ECU"]
    assert ids["vcdr-1961"] == "1965-07-16"
    assert "caracas-diplomatic-asylum-1954" in ids


def test_bad_input_exits_2_with_the_reason() -> None:
    code, _, err = run("treaties", "status", "ECQ")
    assert code == 2
    assert "ECQ: unknown state; did you mean ECU (Ecuador)?" in err
    code, _, err = run("treaties", "between", "MEX", "ECU", "--on", "2024-13-01")
    assert code == 2 and "--on" in err


def test_analyze_json_as_design(tmp_path: Path) -> None:
    code, out, _ = run("analyze", QUITO, "--as-of", "2024-05-01", "--json")
    assert code == 0
    doc = json.loads(out)
    assert set(doc) == {"case", "as_of", "applicable_law", "findings", "principles"}
    entry = next(f for f in doc["findings"] if f["rule"] == "vcdr.22.1.entry")
    keys = {"rule", "question", "answer", "breach", "bearer", "date", "events", "instrument",
            "article", "reasoning", "missing_facts", "citations", "what_if", "trace"}  # fmt: skip
    assert keys <= set(entry)
    assert (entry["answer"], entry["breach"], entry["bearer"]) == ("yes", True, "ECU")
    assert {
        "change": "the head of mission had consented to the entry of 2024-04-05",
        "answer": "no",
        "breach": False,
    } in entry["what_if"]
    assert doc["principles"]["ECU"]["inviolability"] == "breached"


def test_analyze_human_output_names_missing_facts() -> None:
    code, out, _ = run("analyze", QUITO, "--as-of", "2024-05-01")
    assert code == 0
    assert "vcdr.22.1.entry" in out and "missing:" in out and "what if" in out


def test_analyze_bad_file_exits_2_naming_line_and_field(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(Path(QUITO).read_text().replace("kind: embassy", "kind: palace"))
    code, _, err = run("analyze", str(bad))
    assert code == 2
    assert f"{bad}:7: mission.kind:" in err


def test_cases_list_and_show() -> None:
    code, out, _ = run("cases", "list", "--json")
    assert code == 0 and len(json.loads(out)["items"]) >= 20
    code, out, _ = run("cases", "show", "quito-2024", "--json")
    assert json.loads(out)["mission"]["sending_state"] == "MEX"
    code, _, err = run("cases", "show", "quito-2025")
    assert code == 2 and "no such case" in err


def test_schema_is_generated_from_the_model() -> None:
    code, out, _ = run("schema", "case")
    assert code == 0
    schema = json.loads(out)
    assert schema["additionalProperties"] is False
    assert "premises_entered" in json.dumps(schema)


def test_positions_flag_contradictions() -> None:
    code, out, _ = run("positions", "USA", "--json")
    assert code == 0
    items = json.loads(out)["items"]
    caracas = [i for i in items if i["topic"] == "caracas-diplomatic-asylum-1954"]
    assert caracas and all(i["contradiction"] is None for i in caracas)


def test_data_check_reports_coverage() -> None:
    code, out, _ = run("data", "check", "--coverage", "--json")
    assert code == 0
    doc = json.loads(out)
    assert doc["ok"] and doc["rows"] > 500
    vcdr = next(c for c in doc["coverage"] if c["instrument"] == "vcdr-1961")
    assert vcdr["depositary_parties"] == 193


def test_python_dash_m_entry_point() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "legation", "treaties", "between", "ARG", "VEN", "--on", "2024-08-01", "--json"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "caracas-diplomatic-asylum-1954" in proc.stdout


def test_reform_apply_json_shape() -> None:
    code, out, _ = run(
        "reform", "apply", "exclude-ordinary-offences", "--as-of", "2026-11-29", "--json"
    )
    assert code == 0
    doc = json.loads(out)
    assert set(doc) == {"reform", "as_of", "changes", "unchanged", "principles"}
    grant = next(c for c in doc["changes"] if c["rule"] == "asylum.grant.lawful")
    assert grant["case"] == "quito-2024" and grant["after"] == {
        "answer": "no",
        "breach": True,
        "bearer": "MEX",
    }
    assert doc["principles"]["quito-2024"]["MEX"]["responsible_protection"] == {
        "before": "at_risk",
        "after": "breached",
    }
    code, _, err = run("reform", "apply", "no-such-reform")
    assert code == 2 and "bundled reforms" in err
