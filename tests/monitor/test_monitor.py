"""The monitor: triage engines agree, extraction on real wording, hostile input, fetch
guards, feeds, the review queue, and the measured quality on the labelled set."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from datetime import date
from http.server import BaseHTTPRequestHandler, HTTPServer
from itertools import pairwise
from pathlib import Path
from typing import Any, ClassVar

import pytest
from hypothesis import given, settings, strategies as st

from legation.monitor.evaluate import eval_dir, evaluate, load_evidence, load_set
from legation.monitor.extract import extract
from legation.monitor.fetch import FetchRefused, check_host, fetch
from legation.monitor.fold import fold
from legation.monitor.html import Unreadable, cheap_text, decode
from legation.monitor.ingest import parse_feed, read_path
from legation.monitor.matcher import AhoMatcher, HyperscanMatcher
from legation.monitor.pipeline import Document, process
from legation.monitor.plover import records
from legation.monitor.states import mentions
from legation.monitor.triage import lexicon, score_counts
from legation.store import review
from legation.store.register import Register

QUITO_ES = (
    "La policía ecuatoriana irrumpió el viernes por la noche en la embajada de México en Quito sin el "
    "consentimiento del jefe de misión y detuvo al exvicepresidente Jorge Glas, a quien México había "
    "concedido asilo horas antes. México rompió relaciones diplomáticas con Ecuador."
)


def test_result_has_the_shape_of_design_3a() -> None:
    result = process(Document(QUITO_ES, "https://example.org/a", None, date(2024, 4, 6)))
    assert {
        "url",
        "title",
        "published",
        "language",
        "relevant",
        "score",
        "events",
        "states",
        "positions",
    } <= set(result)
    assert result["language"] == "es" and result["relevant"] is True
    entry = next(e for e in result["events"] if e["type"] == "premises_entered")
    assert (entry["by"], entry["mission_of"], entry["consent"], entry["negated"]) == (
        "ECU",
        "MEX",
        False,
        False,
    )
    start, end = entry["evidence"]
    assert "irrumpi" in QUITO_ES[start:end]
    severed = next(e for e in result["events"] if e["type"] == "relations_severed")
    assert severed["by"] == "MEX"
    assert {"ECU", "MEX"} <= set(result["states"])


def test_a_denied_entry_is_marked_negated() -> None:
    text = ("Bolivia's interim government said the officers around the Mexican ambassador's residence in La Paz were there "
            "to protect it. The ministry denied that police entered the residence at any point.")  # fmt: skip
    events = process(Document(text, None, None, date(2019, 12, 26)))["events"]
    entered = [e for e in events if e["type"] == "premises_entered"]
    assert entered and all(e["negated"] for e in entered)


def test_a_demand_to_issue_a_safe_conduct_is_a_request_not_a_grant() -> None:
    text = ("Argentina urged the Venezuelan government to issue at once the safe conducts the six asylees in its "
            "embassy residence in Caracas need to leave the country.")  # fmt: skip
    types = {e["type"] for e in process(Document(text, None, None, date(2024, 12, 7)))["events"]}
    assert "safe_conduct_requested" in types and "safe_conduct_granted" not in types


def test_near_misses_are_not_relevant() -> None:
    for text in (
        "The US embassy in Madrid has cut visa appointment waiting times to three weeks, the consulate said.",
        "La nueva embajadora de Chile presentó sus cartas credenciales al rey en el Palacio Real.",
        "Les demandeurs d'asile déboutés par l'OFPRA peuvent saisir la Cour nationale du droit d'asile.",
        "O Superior Tribunal de Justiça concedeu salvo-conduto a pacientes para cultivar cannabis em casa.",
    ):
        assert process(Document(text))["relevant"] is False, text


def test_hyperscan_and_pyahocorasick_agree() -> None:
    patterns = lexicon().patterns
    hs, aho = HyperscanMatcher(patterns), AhoMatcher(patterns)
    for docs in load_set().values():
        for d in docs[:20]:
            assert (
                score_counts(hs.counts(d["text"])).relevant
                == score_counts(aho.counts(d["text"])).relevant
            ), d["id"]
    many = [d["text"].replace("\n", " ").encode() for d in load_set()["fr"][:30]]
    one_by_one = {i: c for i, b in enumerate(many) if (c := hs.counts_bytes(b))}
    assert hs.counts_block(b"\n".join(many)) == one_by_one and one_by_one
    # an accented letter is part of the word: no "legation" inside "délégation"
    assert hs.counts("une délégation turque") == aho.counts("une délégation turque") == {}


@given(st.text(max_size=300))
@settings(max_examples=200, deadline=None)
def test_folding_keeps_every_offset(text: str) -> None:
    assert len(fold(text)) == len(text)


@given(st.text(max_size=2000))
@settings(max_examples=150, deadline=None)
def test_any_text_is_processed_without_crashing(text: str) -> None:
    result = process(Document(text))
    assert result["language"] in ("en", "es", "pt", "fr", "other")


@given(st.binary(max_size=3000))
@settings(max_examples=150, deadline=None)
def test_any_bytes_as_html_are_processed_or_refused(data: bytes) -> None:
    try:
        text = decode(data)
    except Unreadable:
        return
    process(Document(text, is_html=True))


def test_hostile_html_is_handled() -> None:
    deep = "<div>" * 20000 + "embassy raided" + "</div>" * 20000
    assert "embassy raided" in cheap_text(deep)
    with pytest.raises(Unreadable):
        cheap_text("<p>" + "x" * (6 * 1024 * 1024))
    with pytest.raises(Unreadable):
        decode(b"\x00\x01\x02 binary")
    assert decode("Embaixada do México".encode("latin-1")).startswith("Embaixada")


def test_feed_with_entity_declarations_is_refused() -> None:
    bomb = (b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
            b"<rss><channel><item><title>&b;</title></item></channel></rss>")  # fmt: skip
    [item] = list(parse_feed(bomb, "bomb.xml"))
    assert item.doc is None and "entity" in (item.reason or "")


def test_feed_items_become_documents(tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>'
        "<item><title>Raid on embassy</title><link>https://example.org/1</link>"
        "<description>Ecuadorian police stormed the Mexican embassy in Quito on Friday.</description>"
        "<pubDate>Sat, 06 Apr 2024 10:00:00 GMT</pubDate></item></channel></rss>",
        encoding="utf-8",
    )
    [item] = list(read_path(feed))
    assert (
        item.doc is not None
        and item.doc.url == "https://example.org/1"
        and item.doc.published == date(2024, 4, 6)
    )
    assert process(item.doc)["relevant"]


def test_fetch_refuses_private_and_loopback_addresses() -> None:
    for url in (
        "http://127.0.0.1/",
        "http://localhost:8000/x",
        "http://10.0.0.1/",
        "http://169.254.169.254/latest",
        "file:///etc/passwd",
    ):
        with pytest.raises(FetchRefused):
            check_host(url)


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
            return
        if self.path == "/big":
            self.send_response(200)
            self.send_header("Content-Length", str(50 * 1024 * 1024))
            self.end_headers()
            return
        body = b"<html><body><p>Police stormed the Mexican embassy in Quito.</p></body></html>"
        if self.headers.get("If-None-Match") == '"v1"':
            self.send_response(304)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("ETag", '"v1"')
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def local_server() -> Any:
    server = HTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_fetch_limits_on_a_loopback_server(local_server: str) -> None:
    with pytest.raises(FetchRefused, match="non-public"):
        fetch(f"{local_server}/page")
    got = fetch(f"{local_server}/page", allow_private=True)
    assert got.status == 200 and got.etag == '"v1"'
    assert fetch(f"{local_server}/page", allow_private=True, etag='"v1"').status == 304
    with pytest.raises(FetchRefused, match="redirects"):
        fetch(f"{local_server}/loop", allow_private=True)
    with pytest.raises(FetchRefused, match="limit"):
        fetch(f"{local_server}/big", allow_private=True)


def test_review_queue_nothing_enters_unreviewed(register: Register) -> None:
    text = ("Peru has refused the safe conduct Mexico requested for Betssy Chávez, who has been in the Mexican "
            "embassy residence in Lima since November, the Peruvian foreign ministry said on Tuesday.")  # fmt: skip
    doc = Document(text, "https://example.org/peru-refuses", None, date(2026, 1, 6))
    result = process(doc)
    from legation.monitor.link import link

    linked = link(result, register.all_cases())
    assert linked is not None and linked["case"] == "lima-mexican-embassy-2025"
    extraction_id = review.record(register, doc.digest, doc.url, result, linked)
    assert extraction_id is not None and review.seen(register, doc.digest, doc.url)
    before = len(register.event_log("lima-mexican-embassy-2025"))
    assert len(register.event_log("lima-mexican-embassy-2025")) == before  # still only queued
    out = review.accept(register, extraction_id, "reviewer")
    assert any(e["type"] == "safe_conduct_denied" for e in out["added"])
    log = register.event_log("lima-mexican-embassy-2025")
    assert (
        log[-1]["provenance"] == "https://example.org/peru-refuses"
        and log[-1]["entered_by"] == "reviewer"
    )
    assert review.queue(register) == []


def test_an_accepted_mob_attack_enters_as_private_actors(register: Register) -> None:
    """A crowd's attack becomes `private_actors: true` in the case, not an act of the
    host state (which would read as the state itself breaching inviolability)."""
    text = "Hundreds of students stormed the US embassy in Tehran on Sunday and took its staff hostage."
    doc = Document(text, "https://example.org/tehran-embassy", None, date(1979, 11, 5))
    result = process(doc)
    attack = next(e for e in result["events"] if e["type"] == "premises_attacked")
    assert attack.get("private_actors") is True and "by" not in attack
    extraction_id = review.record(register, doc.digest, doc.url, result, None)
    assert extraction_id is not None
    out = review.accept(register, extraction_id, "reviewer", case_id="tehran-1980")
    added = next(e for e in out["added"] if e["type"] == "premises_attacked")
    assert added.get("private_actors") is True and not added.get("by")


def test_plover_records() -> None:
    recs = records(process(Document(QUITO_ES, "https://example.org/a", None, date(2024, 4, 6))))
    entry = next(r for r in recs if r["legation"]["type"] == "premises_entered")
    assert (entry["event_type"], entry["actor"], entry["recipient"]) == ("ASSAULT", "ECU", "MEX")
    assert entry["context"] == ["diplomatic"] and entry["coder"].startswith("legation")


def test_evaluation_set_meets_its_size_rules() -> None:
    docs = load_set()
    total = sum(len(v) for v in docs.values())
    assert total >= 200 and all(len(v) >= 40 for v in docs.values())
    near = sum(1 for v in docs.values() for d in v if not d["labels"]["relevant"])
    assert near / total >= 0.4
    assert all(d["source"]["url"].startswith("http") for v in docs.values() for d in v)
    heldout = load_set(eval_dir() / "heldout")
    assert set(heldout) == {"en", "es", "pt", "fr"} and all(len(v) >= 20 for v in heldout.values())


# Event-type F1 on the development set, session 7 (0.851-0.868; 0.81-0.84 before the
# event frames of session 5). The issue's target is 0.85: it is met on the development
# set in every language (Portuguese only just), not on the held-out set (README). These
# floors guard against regressions; nobody tunes on the held-out set.
EVENT_F1_FLOOR = 0.83
HELDOUT_EVENT_F1_FLOOR = 0.69


def test_measured_quality_does_not_regress() -> None:
    """Relevance and states at the issue's targets, events at the floor above, on the
    development set (the one the lexicons were tuned on); the held-out set's figures
    are reported in the README."""
    report = evaluate()
    assert set(report) == {"en", "es", "pt", "fr"}
    for lang, r in report.items():
        assert r["relevance"]["f1"] >= 0.95, (lang, r["relevance"])
        assert r["events"]["f1"] >= EVENT_F1_FLOOR, (lang, r["events"])
        assert r["states"]["f1"] >= 0.9, (lang, r["states"])
        # the span a reviewer is shown points at a sentence that states such an event
        assert r["evidence"]["accuracy"] >= 0.95, (lang, r["evidence"])
        # who acted agrees with the labels on 0.81-0.88 of the events compared
        assert r["agreement"]["by"]["agreement"] >= 0.75, (lang, r["agreement"])
        # whose mission it was: 0.86-0.92 (0.71-0.78 before possessives and owners)
        assert r["agreement"]["mission_of"]["agreement"] >= 0.8, (lang, r["agreement"])
        # who the event is about: 0.81-0.85 (0.48-0.52 when it was the first name)
        assert r["agreement"]["person"]["agreement"] >= 0.75, (lang, r["agreement"])
        # the third state (custodian, destination) and an entry's consent: 0.65-0.97, 0.61-0.87
        assert r["agreement"]["to"]["agreement"] >= 0.55, (lang, r["agreement"])
        assert r["agreement"]["consent"]["agreement"] >= 0.55, (lang, r["agreement"])
        # the day it happened (or none where the text gives none): 0.63-0.67, 0.40-0.51
        # when dateparser searched the sentence
        assert r["agreement"]["date"]["agreement"] >= 0.58, (lang, r["agreement"])
    assert json.dumps(report)
    heldout = evaluate(eval_dir() / "heldout")
    for lang, r in heldout.items():  # measured 0.70-0.77
        assert r["events"]["f1"] >= HELDOUT_EVENT_F1_FLOOR, (lang, r["events"])
        # dates, measured 0.63-0.71 (0.35-0.55 with dateparser's search)
        assert r["agreement"]["date"]["agreement"] >= 0.58, (lang, r["agreement"])


def test_every_labelled_event_has_its_stating_sentences() -> None:
    """evidence.yaml lists, for each event of the development set, the opening words of
    the sentences stating it; they must exist, once, in that document."""
    evidence = load_evidence()
    docs = {d["id"]: d for ds in load_set().values() for d in ds}
    with_events = {i for i, d in docs.items() if d["labels"]["events"]}
    assert set(evidence) == with_events
    for doc_id, per_event in evidence.items():
        text = docs[doc_id]["text"]
        assert len(per_event) == len(docs[doc_id]["labels"]["events"]), doc_id
        for openings in per_event:
            for words in openings:
                assert text.count(words) == 1, (doc_id, words)
    stated = sum(bool(o) for per_event in evidence.values() for o in per_event)
    assert stated >= 0.95 * sum(len(v) for v in evidence.values())


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Tras la reunión del Consejo Permanente, el Palacio San Martín protestó.", ["ARG"]),
        ("La police a tiré des grenades lacrymogènes devant l'ambassade du Mexique.", ["MEX"]),
        ("Salvador Allende's government; the embassy of El Salvador in San José.", ["SLV"]),
        ("A reunião no Itamaraty terminou sem acordo.", ["BRA"]),
        ("The Organization of American States met; the American embassy was closed.", ["USA"]),
        ("La Convention américaine et la Cour interaméricaine; le Pérou.", ["PER"]),
    ],
)
def test_everyday_words_are_not_states(text: str, codes: list[str]) -> None:
    """Names that CLDR gives to territories are also words ("reunión" is a meeting,
    "grenade" a grenade) and places (San Martín, Salvador): they are not mentions."""
    assert [m.code for m in mentions(fold(text))] == codes


def test_a_demonym_inside_a_persons_name_is_not_a_state() -> None:
    text = (
        "México concedió asilo a la exprimera ministra Betssy Chávez Chino en su embajada en "
        "Lima; el embajador Germán Bula, de Colombia, lo confirmó."
    )
    assert process(Document(text))["states"] == ["MEX", "PER", "COL"]


def test_portuguese_no_is_in_the_not_a_negation() -> None:
    """ "abrigo no Chile": "no" is "in the"; the refuge that follows is reported."""
    text = (
        "Perseguidos pela ditadura, que tinham encontrado abrigo no Chile, bateram à porta da "
        "embaixada do Brasil em Santiago."
    )
    events = extract(text, "pt", None)["events"]
    assert [(e["type"], e["negated"]) for e in events] == [("refuge_sought", False)]


def test_nicaraguense_que_is_no_denial() -> None:
    """French "nie que" (denies that) is a negation; "nicaragüense que" is not."""
    text = "La exdiputada nicaragüense que se asiló en la embajada de Costa Rica habló ayer."
    refuge = [e for e in extract(text, "es", None)["events"] if e["type"] == "refuge_sought"]
    assert [e["negated"] for e in refuge] == [False]
    denied = extract("Le ministère nie que l'opposant se soit réfugié à l'ambassade.", "fr", None)
    assert [(e["type"], e["negated"]) for e in denied["events"]] == [("refuge_sought", True)]


def test_any_attempt_to_storm_is_no_entry() -> None:
    text = "El gobierno advirtió que cualquier intento de irrumpir en la embajada será respondido."
    assert extract(text, "es", None)["events"] == []


def test_stormed_by_students_named_after_the_verb_is_an_attack() -> None:
    """The passive agent after the trigger is who entered, even when other words of
    the sentence come later ("... por estudantes revoltados com a entrada do Xá")."""
    text = (
        "Em 1979, a embaixada dos Estados Unidos em Teerão foi tomada de assalto por "
        "estudantes revoltados com a entrada do Xá em território americano."
    )
    assert [e["type"] for e in extract(text, "pt", None)["events"]] == ["premises_attacked"]


@pytest.mark.parametrize(
    "text",
    [
        "The activist escaped house arrest in Shandong and took shelter with American diplomats.",
        "Islamabad urged Kabul to arrest the culprits and protect Pakistani diplomats.",
        "Madrid would not hand López to those who want him arrested, and its ambassador will keep him.",
    ],
)
def test_an_arrest_that_is_not_of_a_diplomat(text: str) -> None:
    """House arrest, a call to arrest someone else, an arrest in another clause."""
    assert "diplomat_detained" not in {e["type"] for e in extract(text, "en", None)["events"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # found by stress tests of the negation and plan cues (session 5)
        ("Police, with no warrant, raided the Mexican embassy in Quito.", [("premises_entered", False)]),
        ("Ecuador hasn't expelled the Mexican ambassador.", [("diplomat_expelled", True)]),
        ("Ecuador not only expelled the Mexican ambassador but closed its consulate.",
         [("diplomat_expelled", False), ("mission_closed", False)]),
        ("Ecuador will expel the Mexican ambassador, officials said.", []),
        ("Ecuador denied raiding the Mexican embassy.", [("premises_entered", True)]),
        ("Federal agents moved on Venezuela's embassy in Georgetown but left without getting inside.",
         [("premises_entered", True)]),
        ("The Foreign Office said there was no question of shutting the embassy in Kabul.",
         [("mission_closed", True)]),
        # a blockade worded in the negative is no negated event, nor an entry
        ("Police let no one in or out of the Argentine embassy.", [("access_blocked", False)]),
        ("Police did not let no one in the Argentine embassy.", [("access_blocked", True)]),
        # a mob's ransacking is an attack, not a search (nor an entry by the state)
        ("A mob ransacked the Saudi embassy in Tehran.", [("premises_attacked", False)]),
    ],
)  # fmt: skip
def test_negation_and_plans_around_a_trigger(text: str, expected: list[tuple[str, bool]]) -> None:
    events = extract(text, "en", None)["events"]
    assert sorted((e["type"], e["negated"]) for e in events) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [  # (type, by, mission_of) of each event
        # the actor of a receiving-state act is the state named last before it; "its"
        # is the subject's, not the police's
        ("en", "Mexico said Ecuadorian police raided its embassy in Quito.",
         [("premises_entered", "ECU", "MEX")]),
        # a city beside the mission word says where the mission is, not whose
        ("en", "Police entered Ecuador's London embassy on Thursday.",
         [("premises_entered", "GBR", "ECU")]),
        # "su" is the subject's of its own clause ("a quienes el Gobierno mexicano")
        ("es", "El Gobierno del Perú informa que ha otorgado el salvoconducto solicitado por México "
               "para Lilia Paredes, a quien el Gobierno mexicano concedió asilo en su embajada en Lima.",
         [("asylum_granted", "MEX", "MEX"), ("safe_conduct_granted", "PER", "MEX"),
          ("safe_conduct_requested", "MEX", "MEX")]),
        # "dos/das" (of the) in Portuguese
        ("pt", "Tropas iraquianas cercaram a embaixada dos Estados Unidos no Kuwait.",
         [("premises_surrounded", "IRQ", "USA")]),
        # the owner of what the event is about: interests, a bag, diplomats
        ("es", "Brasil aceptó representar los intereses argentinos en Venezuela.",
         [("custody_assigned", "ARG", "ARG")]),
        ("es", "Venezuela acusó a Panamá de abrir una valija diplomática venezolana en el aeropuerto.",
         [("bag_opened", "PAN", "VEN")]),
        ("en", "Venezuela expelled the Argentine diplomats on Monday.",
         [("diplomat_expelled", "VEN", "ARG")]),
        # a bare participle with its agent names the sending state
        ("pt", "A chancelaria equatoriana respondeu que o asilo concedido pelo México a Glas não era lícito.",
         [("asylum_granted", "MEX", "MEX")]),
        # a custody is revoked by the host, not by the custodian named first
        ("pt", "O Itamaraty tomou conhecimento da decisão do governo venezuelano de retirar o "
               "consentimento para que o Brasil exerça a custódia da embaixada da Argentina em Caracas.",
         [("custody_revoked", "VEN", "ARG")]),
        # the state relations are broken with is not the one breaking them
        ("es", "El Consejo de Ministros de España acordó romper las relaciones diplomáticas con Guatemala.",
         [("relations_severed", "ESP", None)]),
        # the expelling state is the one named last before the act, not the first
        ("es", "Brasil protestó después de que Caracas expulsara a los diplomáticos argentinos.",
         [("diplomat_expelled", "VEN", "ARG")]),
        # the agent of a passive names who acted
        ("en", "The Mexican ambassador was expelled by Ecuador on Friday.",
         [("diplomat_expelled", "ECU", "MEX")]),
        ("fr", "L'ambassadeur du Mexique a été expulsé par l'Équateur.",
         [("diplomat_expelled", "ECU", "MEX")]),
        # a crowd is no state's organ: private actors, no `by`
        ("fr", "Des manifestants ont attaqué l'ambassade de France à Ouagadougou.",
         [("premises_attacked", "private actors", "FRA")]),
        ("en", "The embassy of Spain was attacked by a mob.",
         [("premises_attacked", "private actors", "ESP")]),
        ("es", "La policía nicaragüense atacó la embajada de Brasil en Managua.",
         [("premises_attacked", "NIC", "BRA")]),
        # "US" in capitals, "EE.UU.", "Le Niger"
        ("en", "Iraqi police entered the US embassy.", [("premises_entered", "IRQ", "USA")]),
        ("es", "Venezuela expulsó a los diplomáticos de EE.UU.", [("diplomat_expelled", "VEN", "USA")]),
        ("fr", "Le Niger a expulsé l'ambassadeur de France.", [("diplomat_expelled", "NER", "FRA")]),
        # plural demonyms are states too
        ("es", "Policías ecuatorianos entraron en la embajada de México.",
         [("premises_entered", "ECU", "MEX")]),
        # a grant with no mission named is in the granting state's mission
        ("en", "Ecuador granted him asylum in 2012.", [("asylum_granted", "ECU", "ECU")]),
    ],
)  # fmt: skip
def test_who_acted_and_whose_mission(
    lang: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    events = extract(text, lang, None)["events"]
    got = sorted(
        (
            e["type"],
            e.get("by") or ("private actors" if e.get("private_actors") else None),
            e.get("mission_of"),
        )
        for e in events
        if not e["negated"]
    )
    assert got == sorted(expected)


@pytest.mark.parametrize(
    ("lang", "text", "to"),
    [
        ("es", "Brasil aceptó representar los intereses argentinos en Venezuela.", "BRA"),
        (
            "pt",
            "Madrid cortou relações com a Guatemala e confiou a proteção dos seus interesses à Venezuela.",
            "VEN",
        ),
        ("en", "Switzerland has looked after Mexico's interests in Ecuador since June.", "CHE"),
        (
            "es",
            "La custodia de la sede de la Nunciatura ha sido confiada a la República Italiana.",
            "ITA",
        ),
    ],
)
def test_custody_goes_to_the_third_state(lang: str, text: str, to: str) -> None:
    events = extract(text, lang, None)["events"]
    assert [e.get("to") for e in events if e["type"] == "custody_assigned"] == [to]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Les policiers n'étaient pas entrés dans l'ambassade du Mexique."),
        ("fr", "Les forces de sécurité ne sont jamais entrées dans l'ambassade de France."),
        ("fr", "Le gouvernement a nié avoir pénétré dans l'ambassade du Mexique."),
        ("es", "El gobierno negó haber allanado la embajada de México."),
        ("pt", "O governo negou ter invadido a embaixada do México."),
    ],
)
def test_denials_in_other_forms(lang: str, text: str) -> None:
    entries = [e for e in extract(text, lang, None)["events"] if e["type"] == "premises_entered"]
    assert entries and all(e["negated"] for e in entries)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the asylee, not the minister named first in the sentence
        ("en", "Foreign Secretary William Hague said on Thursday that the United Kingdom would not give "
               "Julian Assange safe passage out of the country, hours after Ecuador announced that it had "
               "granted him asylum.",
         [("asylum_granted", "Julian Assange"), ("safe_conduct_denied", "Julian Assange")]),
        # a surname alone is the full name given earlier; the entry was to arrest him
        ("en", "Ecuadorian police raided the Mexican embassy in Quito on Friday night and arrested former "
               "vice-president Jorge Glas. Mexico had granted Glas asylum hours earlier, Foreign Minister "
               "Alicia Bárcena said.",
         [("asylum_granted", "Jorge Glas"), ("premises_entered", "Jorge Glas")]),
        # the diplomat of an expulsion, not the president who ordered it
        ("en", "Bolivia's interim president, Jeanine Áñez, declared Mexico's ambassador, María Teresa "
               "Mercado, persona non grata.",
         [("diplomat_expelled", "María Teresa Mercado")]),
        # a president in office grants; the one the story is about receives
        ("es", "El presidente José Raúl Mulino anunció que concederá el salvoconducto a Ricardo Martinelli "
               "para que viaje a Nicaragua.",
         [("safe_conduct_granted", "Ricardo Martinelli")]),
    ],
)  # fmt: skip
def test_who_the_event_is_about(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    events = extract(text, lang, None)["events"]
    assert sorted((e["type"], e.get("person")) for e in events) == sorted(expected)


@pytest.mark.parametrize(
    ("lang", "text", "to"),
    [
        ("es", "El expresidente Ricardo Martinelli, asilado desde 2024, dejó este sábado la embajada de "
               "Nicaragua en Ciudad de Panamá y voló a Bogotá.", "COL"),
        ("fr", "Réfugié depuis quinze mois à l'ambassade du Nicaragua à Panama, Ricardo Martinelli a quitté "
               "l'ambassade samedi et s'est envolé pour Bogotá.", "COL"),
        # the country left is not where they went; "desembarcou em" is where they arrived
        ("pt", "Os cinco asilados deixaram a Venezuela e desembarcaram em Washington.", "USA"),
        # the arrival told in the next sentence
        ("es", "Los cinco opositores asilados en la embajada argentina salieron del país el martes. "
               "Llegaron a Estados Unidos de madrugada, según el Departamento de Estado.", "USA"),
    ],
)  # fmt: skip
def test_a_departure_goes_somewhere(lang: str, text: str, to: str) -> None:
    departures = [e for e in extract(text, lang, None)["events"] if e["type"] == "departure"]
    assert departures and {e.get("to") for e in departures} == {to}


@pytest.mark.parametrize(
    ("lang", "text", "consent"),
    [  # an entry by force had no consent; one agreed to, or on invitation, had it
        ("es", "La policía ecuatoriana irrumpió en la embajada de México en Quito.", False),
        ("fr", "La police équatorienne a envahi l'ambassade du Mexique à Quito.", False),
        ("en", "Turkish police searched the Saudi consulate with Riyadh's agreement.", True),
        ("pt", "A polícia revistou o consulado saudita com o acordo das autoridades sauditas.", True),
        ("fr", "Des policiers chinois, invités par l'ambassade à pénétrer dans ses locaux, sont entrés "
               "dans l'ambassade des États-Unis.", True),
    ],
)  # fmt: skip
def test_consent_to_an_entry(lang: str, text: str, consent: bool) -> None:
    entries = [e for e in extract(text, lang, None)["events"] if e["type"] == "premises_entered"]
    assert entries and {e.get("consent") for e in entries} == {consent}


def test_eletricidade_is_power() -> None:
    events = extract("A embaixada do Brasil ficou sem eletricidade e sem água.", "pt", None)[
        "events"
    ]
    assert sorted(e["utility"] for e in events if e["type"] == "utilities_cut") == [
        "power",
        "water",
    ]


@pytest.mark.parametrize(
    ("lang", "text", "states", "events"),
    [  # false friends found in review: each once produced a wrong state or event
        ("fr", "Un seul pays a réagi : l'Équateur a expulsé l'ambassadeur du Mexique.",
         ["ECU", "MEX"], [("diplomat_expelled", "ECU")]),
        ("fr", "Le Chili a expulsé l'ambassadeur du Venezuela.", ["CHL", "VEN"], [("diplomat_expelled", "CHL")]),
        ("fr", "L'ambassadeur menacé de mort a été expulsé par l'Équateur.", ["ECU"], [("diplomat_expelled", "ECU")]),
        ("en", "Police took away the diplomatic bags of the Mexican embassy.", ["MEX"], []),
        ("es", "Cientos de carabineros rodearon la embajada de Argentina en Santiago.",
         ["ARG", "CHL"], [("premises_surrounded", "CHL")]),
        # "se registraron" took place; "allanó el camino" smoothed the way; "dio por
        # terminado" ended (helpers' review, session 5)
        ("es", "Se registraron incidentes frente a la embajada de México en Lima.", ["MEX", "PER"], []),
        ("es", "El acuerdo allanó el camino para reabrir la embajada de México en Lima.", ["MEX", "PER"], []),
        ("es", "Ecuador dio por terminado el asilo del exministro.", ["ECU"], [("asylum_ended", "ECU")]),
        ("en", "Police raided a drug den near the old embassy district of Ottawa.", ["CAN"], []),
    ],
)  # fmt: skip
def test_false_friends_found_in_review(
    lang: str, text: str, states: list[str], events: list[tuple[str, str]]
) -> None:
    from legation.monitor.extract import extract

    result = extract(text, lang, None)
    assert result["states"] == states
    assert [(e["type"], e["by"]) for e in result["events"]] == events


def test_two_ministers_are_not_the_two_people_named_before() -> None:
    text = (
        "Ana Pérez and Luis Gómez sought refuge in the Argentine embassy in Caracas. After the "
        "two foreign ministers met, the Argentine chargé d'affaires left the country."
    )
    departures = [e for e in process(Document(text))["events"] if e["type"] == "departure"]
    assert all(e.get("person") is None for e in departures)


def test_a_sentence_without_full_stops_costs_linear_time() -> None:
    """A hostile page with no full stop is cut into bounded pieces: the result for the
    repeated phrase is the same as for the phrase once."""
    from legation.monitor.extract import extract

    once = extract("Protesters attacked the British and German embassies in Kabul.", "en", None)
    many = extract(
        "protesters attacked the British and German embassies in Kabul and " * 4000, "en", None
    )
    kinds = {(e["type"], e["mission_of"]) for e in once["events"]}
    assert kinds == {(e["type"], e["mission_of"]) for e in many["events"]} == {
        ("premises_attacked", "GBR"), ("premises_attacked", "DEU"),
    }  # fmt: skip


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Khobragade spent hours in a cell; the U.S. Marshals Service confirmed it. Delhi protested.",
            [
                "Khobragade spent hours in a cell; the U.S. Marshals Service confirmed it.",
                "Delhi protested.",
            ],
        ),
        (
            "Tropas iraquianas cercaram a embaixada; lá dentro resistem o embaixador W. Nathaniel Howell e 10.800 litros de água.",
            [
                "Tropas iraquianas cercaram a embaixada; lá dentro resistem o embaixador W. Nathaniel Howell e 10.800 litros de água."
            ],
        ),
        (
            'Gen. Noriega se refugió en la nunciatura. "No saldrá", dijo el nuncio.\nFin',
            ["Gen. Noriega se refugió en la nunciatura.", '"No saldrá", dijo el nuncio.', "Fin"],
        ),
    ],
)
def test_sentences_end_at_full_stops_not_at_abbreviations_initials_or_numbers(
    text: str, expected: list[str]
) -> None:
    from legation.monitor.sentences import sentences

    assert [s.text.strip() for s in sentences(text, fold(text))] == expected


@given(st.text(alphabet=st.sampled_from("ab U.S 10.8!?\n\"'"), max_size=60))
def test_sentences_cover_the_text_in_order(text: str) -> None:
    from legation.monitor.sentences import sentences

    spans = [(s.start, s.end) for s in sentences(text, fold(text))]
    assert all(a < b for a, b in spans)
    assert all(b1 <= a2 for (_, b1), (a2, _) in pairwise(spans))
    covered = "".join(text[a:b] for a, b in spans)
    assert "".join(covered.split()) == "".join(text.split())  # only blank pieces are left out


def test_a_group_named_earlier_gets_one_event_per_person() -> None:
    """ "The five left Venezuela", after a sentence that names them: five departures,
    as five case files would record them; "and her two children" is a second event."""
    text = (
        "Magalli Meda, Pedro Urruchurtu, Claudia Macero, Humberto Villalobos and Omar Gonzalez "
        "had been sheltering in the Argentine embassy in Caracas under asylum. On Tuesday the "
        "five left Venezuela for the United States."
    )
    departures = [e for e in process(Document(text))["events"] if e["type"] == "departure"]
    assert [e["person"] for e in departures] == [
        "Magalli Meda", "Pedro Urruchurtu", "Claudia Macero", "Humberto Villalobos", "Omar Gonzalez",
    ]  # fmt: skip
    text = (
        "Perú otorgó el salvoconducto solicitado por México para Lilia Paredes y sus dos hijos, "
        "a quienes México concedió asilo en su embajada en Lima."
    )
    grants = [e for e in process(Document(text))["events"] if e["type"] == "safe_conduct_granted"]
    assert len(grants) == 2 and grants[0]["person"] == "Lilia Paredes"


def test_a_declared_status_that_contradicts_the_data_is_flagged() -> None:
    text = ("Speaking at the OAS, Ecuador's delegate said Ecuador is not a party to the Caracas Convention on "
            "Diplomatic Asylum and condemned the asylum given at the Mexican embassy.")  # fmt: skip
    result = process(Document(text, None, None, date(2024, 4, 9)))
    flagged = [p for p in result["positions"] if p["stance"] == "not_party"]
    assert flagged and "party since 1955-03-20" in flagged[0]["contradiction"]


@pytest.mark.parametrize(
    ("text", "expected", "unexpected"),
    [
        (  # a place after "in" does not speak; coordinated states speak together
            "Meeting in Washington, Colombia and Bolivia condemned the police incursion into the "
            "Mexican embassy in Quito.",
            {("COL", "vcdr-1961", "condemns"), ("BOL", "vcdr-1961", "condemns")},
            {("USA", "vcdr-1961", "condemns")},
        ),
        (  # refusing a safe conduct is not calling for one
            "La cancillería de Ecuador exigió que México entregue a Glas y advirtió que no expedirá "
            "ningún salvoconducto para que abandone el país.",
            set(),
            {("ECU", "caracas-diplomatic-asylum-1954", "calls_for_safe_conduct")},
        ),
        (  # "both countries are parties" declares both
            "El gobierno de México concedió asilo a Betssy Chávez conforme a la Convención de Caracas "
            "de 1954, de la que México y el Perú son parte.",
            {
                ("MEX", "caracas-diplomatic-asylum-1954", "party"),
                ("PER", "caracas-diplomatic-asylum-1954", "party"),
            },
            set(),
        ),
        (  # violating the asylum convention is condemned under that convention
            "O governo brasileiro afirma que a ação da polícia equatoriana na embaixada do México "
            "constitui clara violação da Convenção sobre Asilo Diplomático.",
            {("BRA", "caracas-diplomatic-asylum-1954", "condemns")},
            set(),
        ),
        (  # a request told in the past tense is an event, not a stance declared
            "Tras conceder el asilo, el gobierno de Colombia pidió a Venezuela el salvoconducto para Carmona.",
            set(),
            {("COL", "caracas-diplomatic-asylum-1954", "calls_for_safe_conduct")},
        ),
        (  # the subject of a breach is accused by the speaker, not speaking
            "México sostuvo ante la Corte que con el asalto a su embajada en Quito Ecuador violó la "
            "Convención de Viena.",
            {("MEX", "vcdr-1961", "condemns")},
            {("ECU", "vcdr-1961", "condemns")},
        ),
        (  # a charge denied is no condemnation
            "La France n'a donc pas violé la Convention de Vienne en perquisitionnant l'ambassade "
            "de Guinée équatoriale, a jugé la Cour.",
            set(),
            {("FRA", "vcdr-1961", "condemns"), ("GNQ", "vcdr-1961", "condemns")},
        ),
        (  # the source of a charge speaks it
            "Segundo Washington, a operação da polícia equatoriana na embaixada do México violou a "
            "Convenção de Viena.",
            {("USA", "vcdr-1961", "condemns")},
            set(),
        ),
        (  # convicted is not condemning
            "Martinelli, condenado a más de diez años por lavado de dinero, lleva un año en la "
            "embajada de Nicaragua en Panamá.",
            set(),
            {("PAN", "vcdr-1961", "condemns"), ("NIC", "vcdr-1961", "condemns")},
        ),
        (  # a request received, and one announced as refused, are no calls
            "Le Pérou a bien reçu la demande de sauf-conduit présentée par le Mexique en faveur de "
            "Betssy Chávez, réfugiée à l'ambassade du Mexique.",
            set(),
            {("PER", "caracas-diplomatic-asylum-1954", "calls_for_safe_conduct")},
        ),
        (
            "Le Foreign Office prévient qu'une éventuelle demande de sauf-conduit pour Julian Assange, "
            "réfugié à l'ambassade de l'Équateur, serait refusée.",
            set(),
            {("GBR", "caracas-diplomatic-asylum-1954", "calls_for_safe_conduct")},
        ),
        (  # the noun is the speaker's own charge
            "Mexico considers the police raid on its embassy in Quito a flagrant violation of the Vienna "
            "Convention on Diplomatic Relations.",
            {("MEX", "vcdr-1961", "condemns")},
            set(),
        ),
        (  # "does not recognise" is not also "recognises"
            "William Hague declared that the United Kingdom does not recognise diplomatic asylum.",
            {("GBR", "diplomatic-asylum-general-rule", "does_not_recognise")},
            {("GBR", "diplomatic-asylum-general-rule", "recognises")},
        ),
    ],
)
def test_who_declares_which_position(
    text: str, expected: set[tuple[str, str, str]], unexpected: set[tuple[str, str, str]]
) -> None:
    result = process(Document(text, None, None, date(2025, 11, 5)))
    found = {(p["state"], p["topic"], p["stance"]) for p in result["positions"]}
    assert expected <= found, found
    assert not (unexpected & found), found


def test_auto_accept_only_with_a_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    result = {"events": [{"type": "premises_entered", "confidence": 0.95, "negated": False}]}
    assert not review.auto_acceptable(result, {"case": "quito-2024"})
    monkeypatch.setenv("LEGATION_MONITOR_AUTO_ACCEPT", "0.9")
    assert review.auto_acceptable(result, {"case": "quito-2024"})
    assert not review.auto_acceptable(result, None)
    monkeypatch.setenv("LEGATION_MONITOR_AUTO_ACCEPT", "0.99")
    assert not review.auto_acceptable(result, {"case": "quito-2024"})


class _FeedHandler(BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        _FeedHandler.hits.append(self.headers.get("If-None-Match") or "")
        if self.headers.get("If-None-Match") == '"f1"':
            self.send_response(304)
            self.end_headers()
            return
        body = (
            b'<?xml version="1.0"?><rss version="2.0"><channel><title>N</title><item><title>Embassy raid</title>'
            b"<link>https://example.org/raid</link><description>Ecuadorian police stormed the Mexican embassy in "
            b"Quito on Friday without the ambassador's consent.</description></item></channel></rss>"
        )
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("ETag", '"f1"')
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


def test_watch_uses_conditional_requests_and_queues_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from legation.cli import monitor as monitor_cli
    from legation.cli.app import app

    monkeypatch.setenv("LEGATION_DATABASE_URL", f"sqlite:///{tmp_path / 'watch.db'}")
    monkeypatch.setattr(monitor_cli, "PER_HOST_INTERVAL", 0.0)
    server = HTTPServer(("127.0.0.1", 0), _FeedHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/feed.xml"
    try:
        result = CliRunner().invoke(
            app, ["monitor", "watch", url, "--every", "1s", "--times", "2", "--allow-private"]
        )
    finally:
        server.shutdown()
        server.server_close()
    assert result.exit_code == 0, result.stderr
    assert _FeedHandler.hits == ["", '"f1"']  # the second round asked with the ETag and got 304
    reg = Register(f"sqlite:///{tmp_path / 'watch.db'}")
    pending = review.queue(reg)
    assert len(pending) == 1 and pending[0]["url"] == "https://example.org/raid"


@pytest.mark.parametrize(
    ("lang", "event_type", "text"),
    [
        ("en", "diplomat_detained", "Police took into custody the deputy head of the Venezuelan mission in Lima, a move Caracas called an outrage."),
        ("es", "diplomat_attacked", "Un atacante apuñaló al primer secretario de la embajada de Ecuador en Lima cuando caminaba por Miraflores."),
        ("pt", "diplomat_expelled", "Caracas dá 72 horas para que diplomatas de sete países latino-americanos abandonem a Venezuela."),
        ("fr", "premises_attacked", "Une voiture piégée a explosé devant l'entrée de l'ambassade de Jordanie à Bagdad, tuant deux gardes."),
        ("es", "safe_conduct_denied", "Ecuador rehusó expedir el salvoconducto solicitado por México para que el exvicepresidente asilado pudiera salir del país."),
        ("fr", "premises_entered", "Les bureaux de la mission diplomatique ont été envahis par des policiers en civil, qui y ont interpellé un employé local."),
        ("pt", "mission_closed", "A embaixada de Portugal em Kiev interrompeu as atividades logo nas primeiras horas da invasão."),
        ("es", "departure_requested", "La cancillería ecuatoriana pidió a México que entregue al exvicepresidente refugiado en su embajada."),
    ],
)  # fmt: skip
def test_an_act_near_its_object_is_an_event(lang: str, event_type: str, text: str) -> None:
    """The fourth vocabulary pass pairs an act with its object within a clause ("stabbed
    ... the first secretary", "refused ... the safe conduct") instead of fixed phrases:
    such pairs caught new wordings that phrase-by-phrase patterns did not."""
    assert event_type in [e["type"] for e in extract(text, lang, None)["events"]]


def test_the_cast_of_a_story() -> None:
    """Names with their roles, surnames resolved to the full name, the protagonist the
    person named most often; the index answers per sentence."""
    from legation.monitor.persons import Cast

    text = (
        "Foreign Minister Gabriela Sommerfeld said on Friday that former vice-president Jorge Glas "
        "would be arrested. Glas has been inside the Mexican embassy since December. Mexico's "
        "ambassador, Raquel Serur, was expelled. Glas asked for asylum."
    )
    cast = Cast.of(text)
    roles = {p.name: p.role for p in cast.people}
    assert roles == {
        "Gabriela Sommerfeld": "official",
        "Jorge Glas": "other",
        "Raquel Serur": "diplomat",
    }
    assert cast.protagonist == "Jorge Glas" and cast.full_name("Glas") == "Jorge Glas"
    second = text.index("Glas has")
    assert cast.named_in(0, second) == [p for p in cast.people if p.start < second][:2]
    assert cast.main_diplomat() == "Raquel Serur"
    # a title further back ("la embajadora de Nicaragua en Panamá, ..."), and a head of
    # government named through the government ("el gobierno de ...")
    spanish = Cast.of(
        "Fue convocada la embajadora de Nicaragua en Panamá, Consuelo Sandoval Meza. "
        "El expresidente Héctor Cámpora entró en la embajada y el gobierno de Luis Echeverría "
        "le otorgó el asilo."
    )
    assert {p.name: p.role for p in spanish.people} == {
        "Consuelo Sandoval Meza": "diplomat",
        "Héctor Cámpora": "other",
        "Luis Echeverría": "official",
    }


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Los agentes no dejan entrar ni salir a nadie de la embajada argentina."),
        ("pt", "As tropas não deixam ninguém entrar nem sair da embaixada dos Estados Unidos."),
        ("fr", "Les policiers ne laissent personne entrer ni sortir de l'ambassade d'Argentine."),
    ],
)
def test_a_blockade_in_the_negative(lang: str, text: str) -> None:
    events = extract(text, lang, None)["events"]
    assert [(e["type"], e["negated"]) for e in events if e["type"] != "premises_surrounded"] == [
        ("access_blocked", False)
    ]


def test_a_question_is_reported_with_less_confidence() -> None:
    """A question states nothing as fact; it is kept (headlines ask about what happened)
    with the confidence of a hedged report."""
    asked = extract("Did Ecuadorian police enter the Mexican embassy in Quito?", "en", None)
    told = extract("Ecuadorian police entered the Mexican embassy in Quito.", "en", None)
    assert (
        [e["type"] for e in asked["events"]]
        == [e["type"] for e in told["events"]]
        == ["premises_entered"]
    )
    assert asked["events"][0]["confidence"] < told["events"][0]["confidence"]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.text(alphabet="abc .'", min_size=1, max_size=6), min_size=1, max_size=12),
    st.text(alphabet="abc .'x", max_size=60),
)
def test_the_prefix_tree_of_names_matches_as_the_flat_alternation(
    words: list[str], text: str
) -> None:
    """The state-name expression is built as a tree of prefixes for speed; it must find
    what the plain longest-first alternation finds."""
    import re

    from legation.monitor.states import _trie_pattern

    flat = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    tree = _trie_pattern(words)
    wrap = r"(?<![\w.])({})(?![\w])"
    assert [m.span() for m in re.finditer(wrap.format(tree), text)] == [
        m.span() for m in re.finditer(wrap.format(flat), text)
    ]


def test_an_undated_event_links_by_the_documents_day(register: Register) -> None:
    """Background told later in a story gets no day of its own (monitor/dates.py); the
    linker then reads the document's publication day against the case's span."""
    from legation.monitor.link import link

    text = (
        "Mexico took its complaint to the OAS Permanent Council on Wednesday. "
        "Ecuadorian police had stormed the Mexican embassy in Quito."
    )
    result = process(Document(text, None, None, date(2024, 4, 10)))
    stormed = [e for e in result["events"] if e["type"] == "premises_entered"]
    assert stormed and stormed[0]["date"] is None
    linked = link(result, register.all_cases())
    assert linked is not None and linked["case"] == "quito-2024"


def test_a_reviewer_gives_the_day_the_text_left_open(
    register: Register, queue_undated_raid: Callable[[Register], tuple[int, int]]
) -> None:
    """An event without a day is skipped on acceptance unless the reviewer gives one;
    a day given by index also corrects one the extractor got wrong."""
    from legation.errors import InputError

    first, index = queue_undated_raid(register)
    for bad in ("2024-04-05", "1_0=2024-04-05", "0=20240405", "0=2024-W14-5", "-1=2024-04-05"):
        with pytest.raises(InputError, match="INDEX=YYYY-MM-DD"):
            review.parse_days([bad])
    for far in ("0=9999-12-31", "0=0001-01-01", "0=2099-01-01"):
        with pytest.raises(InputError, match="between 1900"):  # a case's span is built from these
            review.parse_days([far])
    with pytest.raises(InputError, match="no event 99"):
        review.accept(register, first, "reviewer", days={99: "2024-04-05"})
    out = review.accept(register, first, "reviewer", days={index: "2024-04-05"})
    entered = [e for e in out["added"] if e["type"] == "premises_entered"]
    assert entered and entered[0]["date"] == "2024-04-05"
    assert not any(s["type"] == "premises_entered" for s in out["skipped"])


def test_a_second_reader_agrees_with_the_date_labels() -> None:
    """The day labels are judgement calls ("the news of the piece", "background"); a
    second reader who saw neither the labels nor the extractor dated 126 events of the
    development set, and agreement bounds what the extractor can be asked for."""
    import yaml

    second = yaml.safe_load((eval_dir() / "second" / "dates.yaml").read_text(encoding="utf-8"))
    docs = {d["id"]: d for ds in load_set().values() for d in ds}
    pairs = [
        (str(e["date"]) if e["date"] else None, str(s["date"]) if s["date"] else None)
        for doc_id, days in second.items()
        for e, s in zip(docs[doc_id]["labels"]["events"], days, strict=True)
    ]
    assert len(pairs) >= 120
    assert sum(a == b for a, b in pairs) / len(pairs) >= 0.9  # measured 0.97


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "Soldados iraquianos invadiram a residência do embaixador da França na Cidade do Kuwait e levaram à força quatro diplomatas franceses."),
        ("en", "Iraqi troops stationed in Kuwait City detained four French diplomats."),
        ("es", "Militares iraquíes apostados en la Ciudad de Kuwait detuvieron a cuatro diplomáticos franceses."),
        ("fr", "Des soldats irakiens postés à Koweït ont arrêté quatre diplomates français."),
    ],
)  # fmt: skip
def test_the_state_whose_forces_acted(lang: str, text: str) -> None:
    """The state named as owning the troops acted, though a place named nearer the act
    belongs to another (Kuwait City, where they were)."""
    events = [e for e in extract(text, lang, None)["events"] if e["type"] == "diplomat_detained"]
    assert events and events[0]["by"] == "IRQ"


@pytest.mark.parametrize(
    ("lang", "text", "whose"),
    [
        ("en", "Ten days after he slipped into the Vatican's nunciature on Christmas Eve, the deposed strongman gave himself up to American forces.", "VAT"),
        ("en", "Pakistan's head of mission in Kabul escaped unhurt on Friday when the embassy compound was attacked.", "PAK"),
        ("es", "Manifestantes atacaron la nunciatura de la Santa Sede en Managua.", "VAT"),
        ("fr", "Des manifestants ont attaqué le haut-commissariat du Nigeria à Accra.", "NGA"),
        ("pt", "O encarregado de negócios do Brasil foi expulso pelo governo da Nicarágua.", "BRA"),
        ("pt", "O cônsul-geral da Arábia Saudita em Istambul foi expulso pela Turquia.", "SAU"),
        ("pt", "O ex-presidente refugiou-se na representação do Uruguai em Lima.", "URY"),
        ("es", "Manifestantes atacaron la representación de Taiwán en Tegucigalpa.", "TWN"),
        ("fr", "Le consul général d'Algérie à Lyon a été arrêté par la police française.", "DZA"),
        ("es", "Unos 150 policías bolivianos rodearon la residencia oficial de México en La Paz.", "MEX"),
        ("fr", "Des manifestants ont attaqué la résidence officielle de France à Tripoli.", "FRA"),
    ],
)  # fmt: skip
def test_missions_by_other_names(lang: str, text: str, whose: str) -> None:
    """A nunciature, a high commission, a representation, a head of mission, a consul
    general or a chargé d'affaires names a mission as an embassy does."""
    events = extract(text, lang, None)["events"]
    assert events and {e.get("mission_of") for e in events} == {whose}


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("On Sunday Britain broke off relations with Tripoli.", ["GBR", "LBY"]),
        ("La Gran Bretaña y la Grande-Bretagne, a Grã-Bretanha.", ["GBR", "GBR", "GBR"]),
        ("Turkey expelled the Saudi consul.", ["TUR", "SAU"]),
        ("Guests ate turkey at the embassy reception.", []),
        ("Protesters in Ivory Coast, the UAE and Bosnia.", ["CIV", "ARE", "BIH"]),
        ("Os diplomatas estadunidenses e o embaixador costarriquenho.", ["USA", "CRI"]),
        ("As da Albânia, da Autoridade Palestiniana e de Montenegro.", ["ALB", "PSE", "MNE"]),
        # Pakistan, India and others have a Foreign Office too
        ("ISLAMABAD - Pakistan's envoy was unhurt, the Foreign Office said.", ["PAK", "PAK"]),
    ],
)
def test_common_short_names_of_states(text: str, codes: list[str]) -> None:
    """Names news uses that CLDR's do not cover ("Britain", "Turkey" since CLDR says
    Türkiye, "Ivory Coast"); "turkey" the bird and "the Foreign Office" are no state."""
    assert [m.code for m in mentions(fold(text), text)] == codes


@pytest.mark.parametrize(
    ("lang", "text", "consent"),
    [
        ("en", "Turkish investigators searched the Saudi consulate in Istanbul on Monday night. Officials said they worked in cooperation with the Saudi authorities.", True),
        ("fr", "Des enquêteurs turcs ont fouillé le consulat saoudien à Istanbul. Ils ont travaillé en coordination avec les autorités saoudiennes.", True),
        ("es", "Investigadores turcos registraron el consulado saudí en Estambul. Actuaron en coordinación con las autoridades saudíes.", True),
        # an entry by force stays without consent whatever else the story says
        ("fr", "La police équatorienne a fait irruption dans l'ambassade du Mexique. Elle agissait en coordination avec le parquet.", False),
    ],
)  # fmt: skip
def test_consent_told_elsewhere_in_the_story(lang: str, text: str, consent: bool) -> None:
    """The agreement to a search is often told in another sentence than the search."""
    entries = [e for e in extract(text, lang, None)["events"] if e["type"].startswith("premises_")]
    assert entries and {e.get("consent") for e in entries} == {consent}


def test_a_crowd_outside_an_embassy_and_a_place_after_in() -> None:
    """Marchers outside an embassy are private actors, not a cordon of the state; "in
    the Sudanese capital" says where the embassies are, not whose."""
    marchers = extract(
        "More than 1,000 marchers gathered outside the Japanese embassy in Beijing and pelted it with bottles.",
        "en",
        None,
    )["events"]
    assert [(e["type"], e.get("private_actors")) for e in marchers] == [("premises_attacked", True)]
    stormed = extract(
        "Some 5,000 protesters stormed the British and German embassies in the Sudanese capital on Friday.",
        "en",
        None,
    )["events"]
    assert sorted(e["mission_of"] for e in stormed) == ["DEU", "GBR"]


def test_an_embassy_suites_hotel_is_a_near_miss() -> None:
    text = (
        "Two nearly identical Embassy Suites hotels are about to open in Fort Lauderdale. The "
        "Embassy Suites north tower is ringed by suites and a pool; police officers directed "
        "traffic at the opening."
    )
    assert process(Document(text, None, None, None))["relevant"] is False


def test_landing_where_asylum_was_received_is_a_departure() -> None:
    text = (
        "A família do ex-presidente, que estava abrigada na embaixada mexicana em Lima, "
        "desembarcou nesta quarta-feira no México, onde recebeu asilo político."
    )
    assert "departure" in [e["type"] for e in extract(text, "pt", None)["events"]]


@pytest.mark.parametrize(
    "text",
    [
        "O que começou como manifestação terminou com 52 americanos mantidos em cativeiro durante 444 dias na embaixada.",
        "Segundo relatos, o pessoal da embaixada do Marrocos teria sido levado sob a mira de armas.",
    ],
)
def test_held_captive_or_at_gunpoint_is_a_detention(text: str) -> None:
    assert "diplomat_detained" in [e["type"] for e in extract(text, "pt", None)["events"]]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "O ministério informa que foram afetadas outras cinco representações, as da Albânia, da Argentina e de Montenegro."),
        ("es", "El ministerio informó que fueron alcanzadas otras tres embajadas, las de Albania, Argentina y Montenegro."),
    ],
)  # fmt: skip
def test_missions_hit_in_a_bombardment_are_each_attacked(lang: str, text: str) -> None:
    """A report of missions hit lists them ("foram afetadas outras cinco representações,
    as da ..."): one attack per mission."""
    events = extract(text, lang, None)["events"]
    assert sorted(e["mission_of"] for e in events if e["type"] == "premises_attacked") == [
        "ALB", "ARG", "MNE",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "Um bombardeamento russo sobre o centro da capital ucraniana atingiu o edifício onde funciona a Embaixada de Portugal."),
        ("en", "A Russian missile strike on central Kyiv damaged the building that houses Portugal's embassy."),
    ],
)  # fmt: skip
def test_the_state_whose_weapons_struck(lang: str, text: str) -> None:
    """A state's bombardment or missiles act for it as its troops do, though the city
    they hit is named nearer the act."""
    attacks = [e for e in extract(text, lang, None)["events"] if e["type"] == "premises_attacked"]
    assert attacks and attacks[0]["by"] == "RUS"
