"""The REST API as a client meets it, on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from legation.api import create_app
from legation.cases.library import library_dir
from legation.store.register import Register

API = "/api/v1"
SOURCE = "https://www.reuters.com/world/americas/"


@pytest.fixture
def client(register: Register) -> Iterator[TestClient]:
    with TestClient(create_app(register)) as c:
        yield c


def problem_of(resp: object) -> dict[str, object]:
    assert resp.headers["content-type"] == "application/problem+json"  # type: ignore[attr-defined]
    return resp.json()  # type: ignore[attr-defined, no-any-return]


def test_instruments_and_status(client: TestClient) -> None:
    items = client.get(f"{API}/instruments").json()["items"]
    assert len(items) == 14 and items[0]["titles"]["es"]
    doc = client.get(f"{API}/states/EC/status", params={"on": "2024-04-05"}).json()
    caracas = next(
        i for i in doc["instruments"] if i["instrument"] == "caracas-diplomatic-asylum-1954"
    )
    assert doc["state"] == "ECU" and caracas["party"] and caracas["since"] == "1955-03-20"


def test_between_with_dispute_settlement_routes(client: TestClient) -> None:
    doc = client.get(f"{API}/between", params={"a": "MEX", "b": "ECU", "on": "2024-04-11"}).json()
    routes = {r["route"]: r for r in doc["dispute_settlement"]}
    assert routes["icj-pact-of-bogota"]["open"] is True
    assert routes["icj-vcdr-optional-protocol"]["open"] is False
    col = client.get(f"{API}/between", params={"a": "COL", "b": "NIC", "on": "2014-01-01"}).json()
    assert {r["route"]: r["open"] for r in col["dispute_settlement"]}["icj-pact-of-bogota"] is False


def test_errors_are_problem_json_naming_the_field(client: TestClient) -> None:
    resp = client.get(f"{API}/states/ECQ/status")
    body = problem_of(resp)
    assert resp.status_code == 422 and body["field"] == "code"
    assert "did you mean ECU" in str(body["detail"])
    resp = client.get(f"{API}/between", params={"a": "MEX", "b": "ECU", "on": "2024-02-30"})
    assert problem_of(resp)["field"] == "on"
    resp = client.get(f"{API}/cases", params={"limit": 0})
    assert resp.status_code == 422 and problem_of(resp)["field"] == "limit"
    resp = client.get(f"{API}/cases/no-such-case")
    assert resp.status_code == 404 and problem_of(resp)["title"] == "Not found"


def test_case_list_filters_and_cursor(client: TestClient) -> None:
    first = client.get(f"{API}/cases", params={"limit": 5}).json()
    second = client.get(f"{API}/cases", params={"limit": 5, "cursor": first["next"]}).json()
    assert len(first["items"]) == 5 and first["next"]
    assert first["items"][-1]["id"] < second["items"][0]["id"]
    ven = client.get(f"{API}/cases", params={"state": "VEN"}).json()["items"]
    assert {c["id"] for c in ven} == {
        "caracas-argentine-residence-2024",
        "venezuelan-embassy-washington-2019",
    }
    bad = client.get(f"{API}/cases", params={"cursor": "%%%"})
    assert bad.status_code == 422 and problem_of(bad)["field"] == "cursor"


def test_case_etag_and_not_modified(client: TestClient) -> None:
    resp = client.get(f"{API}/cases/quito-2024")
    assert resp.status_code == 200 and resp.json()["case"]["mission"]["receiving_state"] == "ECU"
    etag = resp.headers["etag"]
    assert client.get(f"{API}/cases/quito-2024", headers={"If-None-Match": etag}).status_code == 304


def test_analysis_route_matches_the_cli_shape(client: TestClient) -> None:
    resp = client.get(f"{API}/cases/quito-2024/analysis", params={"as_of": "2024-05-01"})
    doc = resp.json()
    entry = next(f for f in doc["findings"] if f["rule"] == "vcdr.22.1.entry")
    assert (entry["answer"], entry["breach"], entry["bearer"]) == ("yes", True, "ECU")
    assert client.get(
        f"{API}/cases/quito-2024/analysis", params={"as_of": "2024-05-01"}, headers={"If-None-Match": resp.headers["etag"]}
    ).status_code == 304  # fmt: skip


def test_writes_need_a_token_and_change_the_analysis(
    client: TestClient, register: Register
) -> None:
    event = {
        "date": "2025-12-30",
        "type": "safe_conduct_denied",
        "by": "PER",
        "person": "chavez",
        "source": SOURCE,
    }
    resp = client.post(f"{API}/cases/lima-mexican-embassy-2025/events", json=event)
    assert resp.status_code == 401 and resp.headers["www-authenticate"] == "Bearer"
    token = register.create_token("desk")
    auth = {"Authorization": f"Bearer {token}"}
    before = client.get(f"{API}/cases/lima-mexican-embassy-2025").headers["etag"]
    resp = client.post(f"{API}/cases/lima-mexican-embassy-2025/events", json=event, headers=auth)
    assert resp.status_code == 201 and resp.json()["case_version"] == 2
    assert client.get(f"{API}/cases/lima-mexican-embassy-2025").headers["etag"] != before
    denial = next(
        f for f in client.get(f"{API}/cases/lima-mexican-embassy-2025/analysis", params={"as_of": "2026-01-01"}).json()["findings"]
        if f["rule"] == "asylum.safe_conduct.denial"
    )  # fmt: skip
    assert denial["breach"] is True
    log = client.get(f"{API}/cases/lima-mexican-embassy-2025/events").json()["items"]
    assert log[-1]["entered_by"] == "desk" and log[-1]["provenance"] == SOURCE
    missing_source = client.post(
        f"{API}/cases/lima-mexican-embassy-2025/events", json={"date": "2026-01-01", "type": "other", "note": "x"}, headers=auth
    )  # fmt: skip
    assert missing_source.status_code == 422 and problem_of(missing_source)["field"] == "source"
    bad = client.post(
        f"{API}/cases/quito-2024/events",
        json={"date": "2024-04-06", "type": "premises_entered", "by": "ECU", "source": SOURCE},
        headers=auth,
    )
    assert bad.status_code == 422 and "needs 'consent'" in str(problem_of(bad)["detail"])


def test_stateless_analysis_of_posted_yaml_and_json(client: TestClient) -> None:
    text = (library_dir() / "tehran-1980.yaml").read_text(encoding="utf-8")
    resp = client.post(
        f"{API}/analyze",
        params={"as_of": "1980-05-24"},
        content=text,
        headers={"Content-Type": "application/yaml"},
    )
    rules = {f["rule"]: f["breach"] for f in resp.json()["findings"]}
    assert rules["vcdr.22.2.protect"] is True
    bad = text.replace("kind: embassy", "kind: palace")
    resp = client.post(f"{API}/analyze", content=bad, headers={"Content-Type": "application/yaml"})
    body = problem_of(resp)
    assert resp.status_code == 422 and body["field"] == "mission.kind"
    assert "tehran" not in {
        c["id"] for c in client.get(f"{API}/cases", params={"q": "tehran-copy"}).json()["items"]
    }


def test_request_size_is_limited(client: TestClient) -> None:
    resp = client.post(
        f"{API}/analyze",
        content=b"x" * (3 * 1024 * 1024),
        headers={"Content-Type": "application/yaml"},
    )
    assert resp.status_code == 413


def test_alerts_and_positions(client: TestClient) -> None:
    alerts = client.get(f"{API}/alerts", params={"as_of": "2026-11-29"}).json()["items"]
    assert alerts and {a["case"] for a in alerts} == {"lima-mexican-embassy-2025"}
    assert [a["date"] for a in alerts] == sorted((a["date"] for a in alerts), reverse=True)
    past = client.get(f"{API}/alerts", params={"as_of": "2024-12-31"}).json()["items"]
    assert any(a["kind"] == "custody_revoked" for a in past)
    usa = client.get(f"{API}/positions", params={"state": "USA"}).json()["items"]
    assert any(
        p["topic"] == "caracas-diplomatic-asylum-1954" and p["stance"] == "not_party" for p in usa
    )


def test_openapi_document_lists_the_routes(client: TestClient) -> None:
    doc = client.get(f"{API}/openapi.json").json()
    paths = set(doc["paths"])
    assert {
        f"{API}/instruments",
        f"{API}/between",
        f"{API}/cases/{{case_id}}/analysis",
        f"{API}/analyze",
        f"{API}/alerts",
    } <= paths


def test_reads_can_require_a_token(register: Register, tmp_path: Path) -> None:
    with TestClient(create_app(register, reads_need_token=True)) as c:
        assert c.get(f"{API}/instruments").status_code == 401
        token = register.create_token("reader")
        assert (
            c.get(f"{API}/instruments", headers={"Authorization": f"Bearer {token}"}).status_code
            == 200
        )


def test_openapi_has_examples(client: TestClient) -> None:
    doc = client.get(f"{API}/openapi.json").json()
    params = {p["name"]: p for p in doc["paths"][f"{API}/between"]["get"]["parameters"]}
    assert params["a"]["schema"].get("examples") == ["MEX"] or params["a"].get("examples")


def test_review_accept_takes_the_reviewers_days(
    client: TestClient,
    register: Register,
    queue_undated_raid: Callable[[Register], tuple[int, int]],
) -> None:
    """POST /review/{id}/accept?date=INDEX=DAY gives an undated event its day; a
    malformed day is a 422 naming the field."""
    queued, index = queue_undated_raid(register)
    auth = {"Authorization": f"Bearer {register.create_token('desk')}"}
    bad = client.post(f"{API}/review/{queued}/accept", params={"date": "yesterday"}, headers=auth)
    assert bad.status_code == 422 and problem_of(bad)["field"] == "date"
    resp = client.post(
        f"{API}/review/{queued}/accept", params={"date": f"{index}=2024-04-05"}, headers=auth
    )
    assert resp.status_code == 200
    added = [e for e in resp.json()["added"] if e["type"] == "premises_entered"]
    assert added and added[0]["date"] == "2024-04-05"
