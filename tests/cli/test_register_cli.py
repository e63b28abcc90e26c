"""Register commands: import is all or nothing, export in four formats, tokens, alerts."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import yaml
from typer.testing import CliRunner

from legation.cases.library import library_dir
from legation.cli.app import app

runner = CliRunner()


@pytest.fixture(autouse=True)
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LEGATION_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_db_upgrade_loads_then_is_idempotent() -> None:
    code, out, _ = run("db", "upgrade", "--json")
    assert code == 0 and json.loads(out)["cases"] == 21
    code, out, _ = run("db", "upgrade", "--json")
    assert json.loads(out)["cases"] == 0


def test_import_is_all_or_nothing(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(
        (library_dir() / "quito-2024.yaml").read_text().replace("id: quito-2024", "id: quito-copy")
    )
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        good.read_text()
        .replace("id: quito-copy", "id: quito-bad")
        .replace("kind: embassy", "kind: palace")
    )
    code, _, err = run("cases", "import", str(good), str(bad))
    assert code == 2 and f"{bad}:7: mission.kind" in err
    code, out, _ = run("cases", "export", "--format", "json")
    assert "quito-copy" not in {c["id"] for c in json.loads(out)["items"]}
    code, _, _ = run("cases", "import", str(good))
    assert code == 0
    code, out, _ = run("cases", "export", "--format", "json")
    assert "quito-copy" in {c["id"] for c in json.loads(out)["items"]}


def test_export_formats(tmp_path: Path) -> None:
    code, out, _ = run("cases", "export", "--format", "yaml")
    docs = list(yaml.safe_load_all(out))
    assert code == 0 and len(docs) == 21
    code, out, _ = run("cases", "export", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert any(
        r["case"] == "quito-2024" and r["type"] == "premises_entered" and r["by"] == "ECU"
        for r in rows
    )
    target = tmp_path / "events.parquet"
    code, _, _ = run("cases", "export", "--format", "parquet", "-o", str(target))
    table = pq.read_table(target)
    assert code == 0 and table.num_rows == len(rows)
    code, _, err = run("cases", "export", "--format", "xml")
    assert code == 2 and "--format" in err


def test_tokens_and_alerts() -> None:
    code, out, _ = run("tokens", "create", "desk")
    assert code == 0 and out.strip().startswith("lgt_")
    code, _, err = run("tokens", "create", "desk")
    assert code == 2 and "exists" in err
    assert run("tokens", "revoke", "desk")[0] == 0
    code, out, _ = run("alerts", "--as-of", "2026-11-29", "--json")
    assert {a["case"] for a in json.loads(out)["items"]} == {"lima-mexican-embassy-2025"}


def test_review_rejects_a_malformed_day() -> None:
    code, _, err = run("monitor", "review", "--accept", "1", "--date", "2024-04-05")
    assert code == 2 and "--date" in err and "INDEX=YYYY-MM-DD" in err
    code, _, err = run("monitor", "review", "--date", "0=2024-04-05")
    assert code == 2 and "--date" in err and "--accept" in err
