"""The register on SQLite and on PostgreSQL: loading, append-only events,
supersession, all-or-nothing imports, tokens, stored analyses, migrations."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import inspect

from legation.cases.library import library, library_dir
from legation.cases.reader import read_case
from legation.errors import CaseFileError, InputError
from legation.store.register import NotFound, Register

SOURCE = "https://www.reuters.com/world/americas/"


def test_loading_is_idempotent(register: Register) -> None:
    assert register.load_bundled() == {"cases": 0, "positions": 0}
    page = register.list_cases(limit=200)
    assert {c["id"] for c in page.items} == set(library())


def test_a_case_reads_back_as_its_file(register: Register) -> None:
    case, meta = register.get_case("quito-2024")
    assert case == library()["quito-2024"]
    assert meta["origin"] == "library" and meta["version"] == 1


def test_filters_and_stable_pagination(register: Register) -> None:
    mex = register.list_cases(state="MEX", limit=200).items
    assert {"quito-2024", "lima-mexican-embassy-2025", "la-paz-mexican-residence-2019"} <= {
        c["id"] for c in mex
    }
    first = register.list_cases(limit=7)
    second = register.list_cases(limit=7, cursor=first.next)
    assert first.next and not {c["id"] for c in first.items} & {c["id"] for c in second.items}
    assert [c["id"] for c in first.items] == sorted(c["id"] for c in first.items)
    active = register.list_cases(active=True, today=date(2026, 11, 29)).items
    assert [c["id"] for c in active] == ["lima-mexican-embassy-2025"]
    assert [c["id"] for c in register.list_cases(q="khashoggi").items] == [
        "khashoggi-istanbul-2018"
    ]
    old = register.list_cases(date_to=date(1960, 1, 1), limit=200).items
    assert {c["id"] for c in old} == {"asylum-1950", "haya-de-la-torre-1951", "mindszenty-1956"}


def test_events_are_append_only_and_corrections_supersede(register: Register) -> None:
    before = register.analysis("lima-mexican-embassy-2025", date(2026, 1, 1))[0]
    added = register.append_event(
        "lima-mexican-embassy-2025",
        {"date": "2025-12-30", "type": "safe_conduct_denied", "by": "PER", "person": "chavez", "source": SOURCE},
        actor="tester", provenance=SOURCE,
    )  # fmt: skip
    assert added["case_version"] == 2
    after = register.analysis("lima-mexican-embassy-2025", date(2026, 1, 1))[0]
    denial = next(f for f in after["findings"] if f["rule"] == "asylum.safe_conduct.denial")
    assert (denial["answer"], denial["breach"]) == ("yes", True)
    assert before != after
    register.append_event(
        "lima-mexican-embassy-2025",
        {"date": "2025-12-30", "type": "other", "by": "PER", "note": "the refusal was a deferral", "source": SOURCE},
        actor="tester", provenance=SOURCE, supersedes=added["id"],
    )  # fmt: skip
    log = register.event_log("lima-mexican-embassy-2025")
    assert [e["superseded"] for e in log if e["id"] == added["id"]] == [True]
    assert log[-1]["supersedes"] == added["id"] and log[-1]["entered_by"] == "tester"
    case, _ = register.get_case("lima-mexican-embassy-2025")
    assert case.event(added["id"]) is None


def test_invalid_event_is_refused_with_its_field(register: Register) -> None:
    with pytest.raises(CaseFileError, match="premises_entered needs 'consent'"):
        register.append_event(
            "quito-2024", {"date": "2024-04-06", "type": "premises_entered", "by": "ECU"}, actor="t"
        )
    with pytest.raises(NotFound):
        register.append_event(
            "nope", {"date": "2024-04-06", "type": "other", "note": "x"}, actor="t"
        )
    assert register.get_case("quito-2024")[1]["version"] == 1


def test_concurrent_appends_lose_nothing(register: Register) -> None:
    n = 12
    errors: list[Exception] = []

    def worker(i: int) -> None:
        try:
            register.append_event(
                "lima-mexican-embassy-2025",
                {"date": "2026-01-02", "type": "other", "by": "MEX", "note": f"note {i}", "source": SOURCE},
                actor=f"client-{i}", provenance=SOURCE,
            )  # fmt: skip
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    log = register.event_log("lima-mexican-embassy-2025")
    notes = sorted(e["note"] for e in log if e.get("note", "").startswith("note "))
    assert notes == sorted(f"note {i}" for i in range(n))
    assert len({e["seq"] for e in log}) == len(log)
    _case, meta = register.get_case("lima-mexican-embassy-2025")
    assert meta["version"] == 1 + n
    body, _ = register.analysis("lima-mexican-embassy-2025", date(2026, 2, 1))
    assert body["case"] == "lima-mexican-embassy-2025" and body["findings"]


def test_imports_are_all_or_nothing(register: Register, tmp_path: Path) -> None:
    good = read_case(library_dir() / "quito-2024.yaml").model_copy(update={"id": "quito-copy"})
    clash = read_case(library_dir() / "tehran-1980.yaml")
    with pytest.raises(InputError, match="already in the register"):
        register.import_cases([good, clash], actor="t")
    assert "quito-copy" not in {c["id"] for c in register.list_cases(limit=200).items}
    assert register.import_cases([good], actor="t") == 1
    assert register.get_case("quito-copy")[1]["origin"] == "import"


def test_tokens_store_only_a_hash(register: Register) -> None:
    token = register.create_token("ministry-desk")
    assert register.check_token(token) == "ministry-desk"
    assert register.check_token(token + "x") is None
    with register.session() as s:
        from legation.store.models import TokenRow

        row = s.query(TokenRow).one()
        assert token not in (row.token_hash, row.name)
    register.revoke_token("ministry-desk")
    assert register.check_token(token) is None


def test_analyses_are_stored_with_data_version(register: Register) -> None:
    body, etag = register.analysis("tehran-1980", date(1980, 5, 24))
    again, etag2 = register.analysis("tehran-1980", date(1980, 5, 24))
    assert (body, etag) == (again, etag2)
    assert body["data_version"] and len(etag) == 32


def test_audit_trail_records_writes(register: Register) -> None:
    register.create_token("audited")
    actions = [a["action"] for a in register.audit_log()]
    assert actions[0] == "create_token" and "load_bundled" in actions


def test_migrations_down_and_up(db_url: str) -> None:
    reg = Register(db_url)
    reg.upgrade()
    tables = set(inspect(reg.engine).get_table_names())
    assert {"cases", "events", "analyses", "positions", "api_tokens", "audit"} <= tables
    reg.downgrade("base")
    assert set(inspect(reg.engine).get_table_names()) <= {"alembic_version"}
    reg.upgrade()
    reg.load_bundled()
    assert reg.get_case("tehran-1980")[0].id == "tehran-1980"
    reg.engine.dispose()


def test_data_update_keeps_register_events(register: Register) -> None:
    register.append_event(
        "quito-2024", {"date": "2024-04-11", "type": "other", "by": "MEX", "note": "ICJ application", "source": SOURCE},
        actor="t", provenance=SOURCE,
    )  # fmt: skip
    with register.session() as s:
        from legation.store.models import MetaRow

        s.get(MetaRow, "data_version").value = "older"  # type: ignore[union-attr]
    assert register.load_bundled()["cases"] == len(library())
    log = register.event_log("quito-2024")
    assert any(e.get("note") == "ICJ application" for e in log)
