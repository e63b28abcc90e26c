"""Bad data rows are named by file, line and field; `data check` passes on the bundle."""

from __future__ import annotations

from pathlib import Path

import pytest

from legation.treaties.check import check, coverage
from legation.treaties.load import DATA_DIR, load, parse_status_csv

HEADER = "state,action,date,act_date,effective,articles,note,source,source_kind,basis,variant"


def _parse(body: str) -> list[str]:
    instruments = load().instruments
    text = f"# instrument: vcdr-1961\n# last_verified: 2026-11-29\n{HEADER}\n{body}"
    _, errors = parse_status_csv(text, "vcdr-1961.csv", instruments)
    return [e.message for e in errors]


def test_bundled_data_is_consistent() -> None:
    data = load(strict=False)
    problems = check(data)
    assert problems == [], "\n".join(p.message for p in problems)


def test_every_instrument_of_the_design_has_a_status_file() -> None:
    data = load()
    assert set(data.files) == set(data.instruments)
    assert len(data.instruments) == 14


def test_unknown_state_is_named_with_file_line_and_field() -> None:
    errors = _parse("ECQ,ratification,1965-07-16,,,,,https://x,depositary,read,\n")
    assert errors == ["vcdr-1961.csv:4: state: ECQ: unknown state; did you mean ECU (Ecuador)?"]


def test_alpha2_must_be_written_as_alpha3() -> None:
    errors = _parse("EC,ratification,1965-07-16,,,,,https://x,depositary,read,\n")
    assert errors == ["vcdr-1961.csv:4: state: write the alpha-3 code ECU"]


@pytest.mark.parametrize(
    ("row", "field"),
    [
        ("ECU,ratified,1965-07-16,,,,,https://x,depositary,read,", "action"),
        ("ECU,ratification,16/07/1965,,,,,https://x,depositary,read,", "date"),
        ("ECU,ratification,1965-07-16,,,,,,depositary,read,", "source"),
        ("ECU,ratification,1965-07-16,,,,,https://x,wikipedia,read,", "source_kind"),
    ],
)
def test_bad_cells_are_named(row: str, field: str) -> None:
    errors = _parse(row + "\n")
    assert len(errors) == 1
    assert errors[0].startswith(f"vcdr-1961.csv:4: {field}:")


def test_check_catches_dates_out_of_order(tmp_path: Path) -> None:
    import shutil

    shutil.copytree(DATA_DIR, tmp_path / "data")
    path = tmp_path / "data" / "status" / "vcdr-1961.csv"
    path.write_text(
        path.read_text(encoding="utf-8")
        + "ECU,ratification,1950-01-01,,,,,https://x,depositary,read,alt\n"
        + "ECU,reservation,1970-01-01,,,,,https://x,depositary,read,\n",
        encoding="utf-8",
    )
    problems = [p.message for p in check(load(tmp_path / "data", strict=False))]
    assert any("before the instrument was adopted (1961-04-18)" in p for p in problems)
    assert any("must name the articles" in p for p in problems)


def test_coverage_compares_with_the_depositary_count() -> None:
    rows = {c.instrument: c for c in coverage(load())}
    vcdr = rows["vcdr-1961"]
    assert vcdr.depositary_parties == 193
    assert 0 < vcdr.states_with_consent <= 193
    assert rows["caracas-diplomatic-asylum-1954"].states_with_consent >= 14
    # Files marked "consents: incomplete" count their signatories of unknown status.
    assert rows["havana-asylum-1928"].signed_unknown > 0
    assert "HND" not in {
        a.state
        for a in load().files["havana-asylum-1928"].actions
        if a.action.value == "ratification"
    }
    assert rows["vcdr-1961"].signed_unknown == 0


def test_position_contradicting_status_is_flagged() -> None:
    from datetime import date

    from legation.model.dates import PartialDate
    from legation.model.treaty import Position, Reference
    from legation.treaties import default_index
    from legation.treaties.positions import contradictions

    index = default_index()
    says_not_party = Position(
        state="ECU",
        topic="caracas-diplomatic-asylum-1954",
        stance="not_party",
        date=PartialDate.parse(date(2024, 4, 9)),
        statement="(test) Ecuador says it is not bound by the Caracas Convention",
        source=Reference(title="test", url="https://example.org"),
    )
    [found] = contradictions(index, [says_not_party])
    assert "party since 1955-03-20" in found.reason
    assert contradictions(index, index.data.positions) == []
