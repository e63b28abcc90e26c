"""The trigger vocabulary: every pattern compiles, and none fires on the false friends
listed for its event type (a nursing home is an 'asilo', a head office a 'siège')."""

from __future__ import annotations

import re

from legation.monitor.fold import fold
from legation.monitor.lexicon import EVENT_TRIGGERS, VOCABULARY


def test_vocabulary_types_are_the_event_vocabulary() -> None:
    assert set(VOCABULARY) <= set(EVENT_TRIGGERS)
    for by_language in VOCABULARY.values():
        assert set(by_language) <= {"en", "es", "pt", "fr", "avoid"}


def test_no_vocabulary_trigger_fires_on_its_false_friends() -> None:
    # The core patterns of lexicon.py are broader ("surrounded by family") and rely on
    # triage having found the document relevant; the vocabulary must not need that.
    for event_type, by_language in VOCABULARY.items():
        patterns = [p for lang, ps in by_language.items() if lang != "avoid" for p in ps]
        for phrase in by_language.get("avoid", []):
            folded = fold(phrase)
            hits = [p for p in patterns if re.search(p, folded)]
            assert not hits, (event_type, phrase, hits)


def test_vocabulary_patterns_are_folded_text() -> None:
    for by_language in VOCABULARY.values():
        for language, patterns in by_language.items():
            if language == "avoid":
                continue
            for p in patterns:
                re.compile(p)
                assert p == p.lower() and p.isascii(), p
