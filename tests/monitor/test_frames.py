"""Event frames (legation.monitor.frames): what they read and what they leave alone,
from the cases in frames_cases.yaml, and the shape of the frame files."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from legation.monitor import frames
from legation.monitor.evaluate import LANGS
from legation.monitor.extract import extract
from legation.monitor.fold import fold
from legation.monitor.lexicon import EVENT_TRIGGERS, VOCABULARY

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
