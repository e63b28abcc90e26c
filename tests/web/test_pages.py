"""Dashboard pages without a browser: headers, escaping, languages, memos."""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pypdf import PdfReader

from legation.api import create_app
from legation.cases.library import library_dir
from legation.store.register import Register
from legation.web.i18n import negotiate

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    reg = Register(f"sqlite:///{tmp_path_factory.mktemp('pages') / 'p.db'}")
    reg.upgrade()
    reg.load_bundled()
    with TestClient(create_app(reg)) as c:
        yield c


def test_pages_send_a_content_security_policy(client: TestClient) -> None:
    resp = client.get("/cases/quito-2024")
    assert "script-src 'self'" in resp.headers["content-security-policy"]
    assert "<script>" not in resp.text  # no inline script: the CSP would block it anyway


def test_text_from_outside_is_escaped(client: TestClient) -> None:
    hostile = (
        (library_dir() / "tehran-1980.yaml")
        .read_text()
        .replace("title: ", "title: <script>alert(1)</script> ", 1)
    )
    resp = client.post("/analyze", data={"text": hostile})
    assert resp.status_code == 200
    assert "<script>alert(1)</script>" not in resp.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in resp.text


def test_language_negotiation_order() -> None:
    assert negotiate("fr", "es", "pt") == "fr"
    assert negotiate(None, "es", "pt-BR,pt;q=0.9") == "es"
    assert negotiate(None, None, "de-DE,pt;q=0.8,en;q=0.5") == "pt"
    assert negotiate("xx", None, None) == "en"


@pytest.mark.parametrize(
    ("lang", "heading"),
    [
        ("es", "Quién está obligado por qué"),
        ("pt", "Quem está vinculado a quê"),
        ("fr", "Qui est lié par quoi"),
    ],
)
def test_every_page_in_four_languages(client: TestClient, lang: str, heading: str) -> None:
    resp = client.get("/treaties", params={"lang": lang, "on": "2024-04-05"})
    assert f'<html lang="{lang}">' in resp.text and heading in resp.text
    assert resp.cookies.get("legation_lang") == lang
    state = client.get("/states/MEX", params={"lang": lang}).text
    assert {"es": "México", "pt": "México", "fr": "Mexique"}[lang] in state


def test_every_message_has_a_translation() -> None:
    from babel.messages.pofile import read_po

    used: set[str] = set()
    for f in [
        *ROOT.glob("src/legation/web/templates/*.html"),
        *ROOT.glob("src/legation/reports/templates/*"),
    ]:
        used |= set(re.findall(r'_\("([^"]+)"\)', f.read_text())) | set(
            re.findall(r"_\('([^']+)'\)", f.read_text())
        )
    for lang in ("es", "pt", "fr"):
        with (ROOT / f"src/legation/web/locale/{lang}/LC_MESSAGES/messages.po").open("rb") as fh:
            catalog = read_po(fh)
        missing = {m for m in used if not (catalog.get(m) and catalog.get(m).string)}
        assert not missing, f"{lang}: {sorted(missing)}"


def test_memo_markdown_has_facts_findings_and_citations(client: TestClient) -> None:
    md = client.get("/cases/tehran-1980/memo.md", params={"as_of": "1980-05-24", "lang": "en"}).text
    assert md.startswith("# ")
    assert "## 2. Applicable law" in md and "vcdr.22.2.protect" in md
    assert "ICJ, United States Diplomatic and Consular Staff in Tehran" in md
    assert "https://" in md.split("## 5. Sources", 1)[1]


def test_memo_pdf_text_is_extractable_and_translated(client: TestClient) -> None:
    resp = client.get("/cases/quito-2024/memo.pdf", params={"lang": "es", "as_of": "2024-05-01"})
    assert resp.headers["content-type"] == "application/pdf"
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(resp.content)).pages)
    assert "MEMORANDO" in text.upper() and "Derecho aplicable" in text and "vcdr.22.1.entry" in text


def test_reforms_page_lists_changes_filtered_by_state(client: TestClient) -> None:
    page = client.get(
        "/reforms", params=[("reform", "exclude-ordinary-offences"), ("state", "ECU")]
    ).text
    assert "asylum.grant.lawful" in page and 'href="/cases/quito-2024"' in page
    other = client.get(
        "/reforms", params=[("reform", "exclude-ordinary-offences"), ("state", "USA")]
    ).text
    assert "asylum.grant.lawful" not in other


def test_map_is_served_as_svg(client: TestClient) -> None:
    resp = client.get("/map.svg")
    assert resp.headers["content-type"].startswith("image/svg+xml")
    assert "<svg" in resp.text[:400] and "Mexico" in resp.text


def test_per_person_findings_are_shown_once_for_people_in_the_same_position(
    client: TestClient,
) -> None:
    page = client.get("/cases/caracas-argentine-residence-2024?as_of=2025-05-07").text
    duration = re.findall(
        r'<article[^>]*id="finding-asylum\.duration[^"]*">\s*<h5>(.*?)</h5>', page, flags=re.S
    )
    names = [re.findall(r'class="person">([^<]+)<', h) for h in duration]
    # Five who stayed until May 2025 share one card; Martínez Mottola, who left in
    # December 2024, has his own.
    assert sorted(len(n) for n in names) == [1, 5]
    assert ["Fernando Martínez Mottola"] in names


def test_the_review_queue_shows_what_a_reviewer_must_check(tmp_path: Path) -> None:
    """Whose mission, who acted (or a crowd), who it was about and consent are shown
    beside each extracted event, in the reader's language."""
    from datetime import date

    from legation.monitor.pipeline import Document, process
    from legation.store import review

    reg = Register(f"sqlite:///{tmp_path / 'r.db'}")
    reg.upgrade()
    text = (
        "La policía ecuatoriana irrumpió el viernes en la embajada de México en Quito y detuvo al "
        "exvicepresidente Jorge Glas, asilado allí. Horas después, manifestantes atacaron la "
        "embajada de Ecuador en la Ciudad de México."
    )
    doc = Document(text, "https://example.org/quito", None, date(2024, 4, 6))
    review.record(reg, doc.digest, doc.url, process(doc), None)
    with TestClient(create_app(reg)) as c:
        page = c.get("/review", params={"lang": "es"}).text
    assert "premises_entered (Ecuador) 2024-04-05" in page
    assert "misión de México · Jorge Glas · sin consentimiento" in page
    assert "premises_attacked (actores privados)" in page


def test_a_reviewer_gives_an_undated_event_its_day_on_the_page(
    tmp_path: Path, queue_undated_raid: Callable[[Register], tuple[int, int]]
) -> None:
    """The review page offers a day field per event and says that events without a
    day are not added; the day typed there reaches the case."""
    reg = Register(f"sqlite:///{tmp_path / 'r.db'}")
    reg.upgrade()
    reg.load_bundled()
    queued, index = queue_undated_raid(reg)
    token = reg.create_token("desk")
    with TestClient(create_app(reg)) as c:
        page = c.get("/review", params={"lang": "en"}).text
        assert f'name="day-{index}"' in page and "Events without a day are not added" in page
        form = {
            "token": token,
            "action": "accept",
            "case": "quito-2024",
            f"day-{index}": "2999-04-05",
        }
        refused = c.post(f"/review/{queued}", data=form)
        assert refused.status_code == 400 and "between 1900" in refused.text
        form[f"day-{index}"] = "2024-04-05"
        done = c.post(f"/review/{queued}", data=form).text
    assert "events added to quito-2024" in done
    log = reg.event_log("quito-2024")
    assert any(e["type"] == "premises_entered" and e["date"] == "2024-04-05" and
               e["provenance"] == "https://example.org/oas-quito" for e in log)  # fmt: skip
