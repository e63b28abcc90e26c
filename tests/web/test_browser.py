"""The dashboard in a real browser (Debian's Chromium, driven by Playwright)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from legation.cases.library import library_dir

from .conftest import ARTIFACTS

PAGES = [
    ("overview", "/?today=2026-11-29"),
    ("case", "/cases/quito-2024"),
    ("treaties", "/treaties?on=2024-04-05"),
    ("state", "/states/MEX"),
    ("pair", "/pair?a=ARG&b=VEN&on=2024-08-01"),
    ("analyze", "/analyze"),
    ("reforms", "/reforms?reform=exclude-ordinary-offences"),
]


@pytest.fixture
def page(browser: Any, live_server: str) -> Any:
    context = browser.new_context(
        base_url=live_server, accept_downloads=True, viewport={"width": 1280, "height": 900}
    )
    pg = context.new_page()
    pg.errors = []  # type: ignore[attr-defined]
    pg.on("console", lambda msg: pg.errors.append(msg.text) if msg.type == "error" else None)  # type: ignore[attr-defined]
    pg.on("pageerror", lambda exc: pg.errors.append(str(exc)))  # type: ignore[attr-defined]
    yield pg
    context.close()


@pytest.mark.parametrize(("name", "url"), PAGES)
def test_every_page_loads_without_console_errors(page: Any, name: str, url: str) -> None:
    response = page.goto(url)
    assert response.status == 200
    page.wait_for_load_state("networkidle")
    assert page.errors == [], page.errors
    assert page.locator("html").get_attribute("lang") == "en"
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=False)


def _mexico_caracas(page: Any) -> str:
    row = page.locator("table.matrix tbody tr", has=page.locator("th a[href='/states/MEX']"))
    column = [h.strip() for h in page.locator("table.matrix thead th").all_inner_texts()].index(
        "Caracas Convention on Diplomatic Asylum"
    )
    return str(row.locator("td").nth(column - 1).get_attribute("class"))


def test_the_year_slider_moves_the_matrix_through_history(page: Any) -> None:
    page.goto("/treaties?on=1950-06-01")
    assert "party" not in _mexico_caracas(page).split()  # the Convention did not exist yet
    with page.expect_navigation(url="**on=1960-06-01**"):
        page.locator("#year").fill("1960")  # sets the value and fires input and change
    page.wait_for_load_state()
    assert "party" in _mexico_caracas(page).split()  # Mexico bound since 1957
    assert page.errors == []


def test_switching_language_changes_text_and_is_remembered(page: Any) -> None:
    page.goto("/treaties?on=2024-04-05")
    assert page.locator("h1").inner_text() == "Who is bound by what"
    page.get_by_role("link", name="ES", exact=True).click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "es"
    assert page.locator("h1").inner_text() == "Quién está obligado por qué"
    page.goto("/pair")  # no ?lang: the cookie remembers
    assert page.locator("html").get_attribute("lang") == "es"
    assert "México" in page.locator("h2").first.inner_text()


def test_uploading_a_bad_case_file_shows_the_error_inline(page: Any, tmp_path: Any) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        (library_dir() / "quito-2024.yaml").read_text().replace("kind: embassy", "kind: palace")
    )
    page.goto("/analyze")
    page.locator("#file").set_input_files(str(bad))
    page.get_by_role("button", name="Analyse").click()
    page.wait_for_load_state()
    error = page.locator(".errors li").first.inner_text()
    assert "line 7" in error and "mission.kind" in error
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "analyze-error.png"))


def test_pasting_a_good_case_shows_findings(page: Any) -> None:
    page.goto("/analyze")
    page.locator("#text").fill((library_dir() / "tehran-1980.yaml").read_text())
    page.get_by_role("button", name="Analyse").click()
    page.wait_for_load_state()
    assert page.locator("#finding-vcdr\\.22\\.2\\.protect").count() == 1


def test_the_memo_downloads_as_a_valid_pdf(page: Any) -> None:
    page.goto("/cases/quito-2024")
    with page.expect_download() as info:
        page.get_by_role("link", name="Download memo (PDF)").click()
    download = info.value
    data = Path(download.path()).read_bytes()
    assert data.startswith(b"%PDF-")
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    assert "Police entry into Mexico" in text and "vcdr.22.1.entry" in text
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "quito-2024-memo.pdf").write_bytes(data)


def test_keyboard_reaches_the_main_content(page: Any) -> None:
    page.goto("/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"


def test_phone_screen(browser: Any, live_server: str) -> None:
    context = browser.new_context(base_url=live_server, viewport={"width": 390, "height": 844})
    pg = context.new_page()
    pg.goto("/cases/quito-2024")
    assert pg.evaluate("document.documentElement.scrollWidth") <= 400
    ARTIFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / "case-phone.png"))
    context.close()
