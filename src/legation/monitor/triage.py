"""Relevance triage: a cheap score from the multilingual lexicon, run on every
document before anything costly (careful HTML extraction, language, extraction)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from legation.monitor.fold import fold
from legation.monitor.lexicon import ASYLUM, MISSION, NEAR_MISS, STRONG, THREAT
from legation.monitor.matcher import Matcher, best_matcher

GROUPS = {
    "strong": STRONG,
    "mission": MISSION,
    "asylum": ASYLUM,
    "threat": THREAT,
    "near_miss": NEAR_MISS,
}
THRESHOLD = 1.0


@dataclass(frozen=True)
class Lexicon:
    patterns: list[str]
    group_of: list[str]


@cache
def lexicon() -> Lexicon:
    patterns: list[str] = []
    group_of: list[str] = []
    seen: set[str] = set()
    for group, terms in GROUPS.items():
        for term in terms:
            t = fold(term)
            if t not in seen:
                seen.add(t)
                patterns.append(t)
                group_of.append(group)
    return Lexicon(patterns, group_of)


@cache
def default_matcher() -> Matcher:
    return best_matcher(lexicon().patterns)


@dataclass(frozen=True)
class Triage:
    relevant: bool
    score: float
    hits: dict[str, int]


_NOTHING = Triage(False, 0.0, {g: 0 for g in GROUPS})


def score_counts(counts: dict[int, int]) -> Triage:
    if not counts:
        return _NOTHING  # most documents: no term at all
    lex = lexicon()
    hits = {g: 0 for g in GROUPS}
    for pid, n in counts.items():
        hits[lex.group_of[pid]] += n
    strong, mission, asylum, threat, near = (
        hits[g] for g in ("strong", "mission", "asylum", "threat", "near_miss")
    )
    score = 0.0
    if strong and (mission or threat or asylum or strong >= 2):
        score += 1.2 + 0.2 * min(strong, 5)
    if mission and threat:
        score += 1.0 + 0.2 * min(threat, 5)
    if asylum and (mission or threat):
        score += 1.0 + 0.2 * min(asylum, 5)
    score -= 0.35 * min(near, 6)
    return Triage(score >= THRESHOLD, round(score, 3), hits)


def triage(text: str, matcher: Matcher | None = None) -> Triage:
    """Score a document's text (the matcher folds case and accents itself)."""
    return score_counts((matcher or default_matcher()).counts(text))
