"""Language identification, restricted to the four languages, on a short window."""

from __future__ import annotations

from functools import cache
from typing import Any

WINDOW = 600
CODES = {"ENGLISH": "en", "SPANISH": "es", "PORTUGUESE": "pt", "FRENCH": "fr"}


@cache
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    return (
        LanguageDetectorBuilder.from_languages(
            Language.ENGLISH, Language.SPANISH, Language.PORTUGUESE, Language.FRENCH
        )
        .with_minimum_relative_distance(0.1)
        .build()
    )


def detect(text: str) -> str:
    """`en`, `es`, `pt`, `fr`, or `other` when none is clearly it."""
    window = text[:WINDOW]
    if len(window.strip()) < 20:
        return "other"
    found = _detector().detect_language_of(window)
    return CODES.get(found.name, "other") if found is not None else "other"


_STOPWORDS = {
    "en": (" the ", " and ", " of ", " was ", " with "),
    "es": (" el ", " los ", " las ", " del ", " que ", " con "),
    "pt": (" o ", " os ", " do ", " da ", " que ", " com ", " não "),
    "fr": (" le ", " les ", " des ", " du ", " que ", " avec ", " est "),
}


def cheap(text: str) -> str:
    """A stop-word guess for documents triage discarded (lingua runs only on hits)."""
    sample = " " + text[:400].lower() + " "
    scores = {lang: sum(sample.count(w) for w in words) for lang, words in _STOPWORDS.items()}
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] >= 2 else "other"
