"""Event frames (legation.monitor.frames): what they read and what they leave alone,
from the cases in frames_cases.yaml, and the shape of the frame files."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from legation.monitor import frames
from legation.monitor.evaluate import LANGS
from legation.monitor.extract import extract
from legation.monitor.fold import fold
from legation.monitor.lexicon import EVENT_TRIGGERS, VOCABULARY
from legation.monitor.pipeline import Document, process

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "frames_cases.yaml").read_text("utf-8")
)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["text"][:40])
def test_frames_read_the_sentence(case: dict[str, Any]) -> None:
    assert sorted(frames.find(case["text"], case["lang"])) == sorted(case["frames"])
    if "events" in case:
        events = [
            [e["type"], e["negated"]] for e in extract(case["text"], case["lang"], None)["events"]
        ]
        assert all(e in events for e in case["events"]), events


def test_a_frame_hit_shows_the_act_and_its_object() -> None:
    text = "Agentes do SEBIN cercavam desde a madrugada a residência da embaixada argentina."
    hit = frames.find(text, "pt")["premises_surrounded"]
    assert hit.group(0) == "cercavam desde a madrugada a residência"
    assert text[hit.start() :].startswith("cercavam")
    passive = "A residência da embaixada argentina foi cercada por agentes do SEBIN."
    hit = frames.find(passive, "pt")["premises_surrounded"]
    assert hit.group(0) == "residência da embaixada argentina foi cercada"
    assert passive[hit.start() :].startswith("cercada")  # negation is looked for before the act


@pytest.mark.parametrize("lang", LANGS)
def test_frame_files_name_event_types_and_folded_words(lang: str) -> None:
    table = frames.frames(lang)
    assert table, lang
    assert set(table) <= set(EVENT_TRIGGERS)
    raw = yaml.safe_load(
        (Path(frames.__file__).parent / "frames" / f"{lang}.yaml").read_text("utf-8")
    )
    words = [w for ws in raw["objects"].values() for w in ws]
    for items in raw["frames"].values():
        for item in items:
            words += item["acts"]
            if isinstance(item["objects"], list):
                words += item["objects"]
            else:
                assert item["objects"] in raw["objects"]
            context = item.get("context") or []
            assert set([context] if isinstance(context, str) else context) <= set(raw["objects"])
    for w in words:
        assert w == fold(w) and re.fullmatch(r"[a-z'-]+\*?", w), (lang, w)


def test_no_frame_fires_on_the_false_friends_of_its_type() -> None:
    for event_type, by_language in VOCABULARY.items():
        for phrase in by_language.get("avoid", []):
            for lang in LANGS:
                assert event_type not in frames.find(phrase, lang), (event_type, phrase)


FRAME_PROBES = Path(__file__).parent / "frame_probes"


@pytest.mark.parametrize("lang", LANGS)
def test_the_sentences_the_frames_were_written_from_are_found(lang: str) -> None:
    items = yaml.safe_load((FRAME_PROBES / f"{lang}.yaml").read_text("utf-8"))
    reports = [p for p in items if p["type"] != "none"]
    found = [
        p
        for p in reports
        if p["type"] in {e["type"] for e in extract(p["text"], lang, None)["events"]}
    ]
    assert len(reports) == 85
    # measured 0.92 (fr) to 0.99 (es, pt) when the second pass landed
    assert len(found) / len(reports) >= 0.9, (lang, len(found))
    for p in items:
        if p["type"] == "none" and p["text"] not in KNOWN_PATTERN_MISFIRES:
            assert process(Document(p["text"]))["events"] == [], p["text"]


# Near misses on which a core pattern of lexicon.py (not a frame) still fires: the bare
# "asedi-" of a siege and "expuls-" of an expulsion rely on triage to keep other sieges
# and evictions out. Requiring an official in the sentence of an expulsion cost 13 true
# expulsions on the development set ("they were given 72 hours"), so it was not done.
KNOWN_PATTERN_MISFIRES = {
    "El asedio de Sarajevo fue el tema central de la exposición inaugurada en la embajada de Bosnia en Madrid.",
    "Le préfet a ordonné l'expulsion des squatteurs d'un immeuble voisin du consulat.",
}


def test_the_lemma_tables_are_current() -> None:
    """frames/<lang>.lemmas.tsv are cut from simplemma for the words the frames name;
    after a frames file changes, scripts/frame_lemmas.py must be run again."""
    script = Path(__file__).resolve().parents[2] / "scripts" / "frame_lemmas.py"
    done = subprocess.run(
        [sys.executable, str(script), "--check"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_frame_word_matches_its_inflections() -> None:
    # "cercar" is the frame word; "cercavam" reaches it through the lemma table
    assert "premises_surrounded" in frames.find("Agentes cercavam a embaixada.", "pt")
    assert frames._lemma("Cercavam", "pt") == "cercar"
