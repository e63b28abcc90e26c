"""Alerts on real cases at real dates."""

from __future__ import annotations

from datetime import date

from legation.cases.alerts import alerts, inside, is_active
from legation.cases.library import library


def kinds(case_id: str, day: date) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for a in alerts(library()[case_id], day):
        out.setdefault(a.kind, []).append(a.message)
    return out


def test_argentine_residence_at_the_end_of_2024() -> None:
    found = kinds("caracas-argentine-residence-2024", date(2024, 12, 31))
    assert len(found["inside_180_days"]) == 5  # Martínez Mottola had left in December
    assert "inside_365_days" not in found
    assert any("revoked" in m for m in found["custody_revoked"])
    assert any("power cut by VEN" in m for m in found["siege_in_place"])
    assert found["severed_with_persons_inside"]


def test_a_year_inside_and_a_safe_conduct_pending() -> None:
    found = kinds("lima-mexican-embassy-2025", date(2026, 11, 29))
    assert found["inside_365_days"] == [
        "Betssy Chávez has been inside the premises for 393 days (more than 365)"
    ]
    assert found["safe_conduct_pending"]


def test_alerts_stop_when_everyone_has_left() -> None:
    case = library()["caracas-argentine-residence-2024"]
    assert alerts(case, date(2025, 6, 1)) == []
    assert not is_active(case, date(2025, 6, 1))
    assert alerts(case, date(2025, 6, 1), include_inactive=True)


def test_entry_that_takes_a_person_out_ends_the_stay() -> None:
    stays = inside(library()["quito-2024"], date(2024, 5, 1))
    assert stays["glas"] == (date(2023, 12, 17), date(2024, 4, 5))


def test_newest_first() -> None:
    found = alerts(library()["caracas-argentine-residence-2024"], date(2024, 12, 31))
    assert [a.date for a in found] == sorted((a.date for a in found), reverse=True)
