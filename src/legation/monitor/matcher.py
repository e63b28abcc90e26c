"""Multi-pattern matching behind one interface.

Hyperscan is the fast engine (hundreds of MB/s); pyahocorasick is the portable
fallback where Hyperscan has no wheel. Both take literal, already-folded patterns
and report (pattern id, end offset); both are tested against each other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from legation.monitor.fold import fold


class Matcher(Protocol):
    name: str

    def counts(self, text: str) -> dict[int, int]:
        """How many times each pattern id occurs (at a word start) in the document."""
        ...


_WORD = re.compile(r"\w")


class AhoMatcher:
    """pyahocorasick automaton; matches must start at a word boundary."""

    name = "pyahocorasick"

    def __init__(self, patterns: Sequence[str]) -> None:
        import ahocorasick

        self.patterns = list(patterns)
        self.automaton = ahocorasick.Automaton()
        for i, p in enumerate(self.patterns):
            self.automaton.add_word(p, i)
        self.automaton.make_automaton()

    def counts(self, text: str) -> dict[int, int]:
        folded = fold(text)
        out: dict[int, int] = {}
        for end, pid in self.automaton.iter(folded):
            start = end - len(self.patterns[pid]) + 1
            if start > 0 and _WORD.match(folded[start - 1]):
                continue
            out[pid] = out.get(pid, 0) + 1
        return out


# Accented and upper-case forms of each folded letter, so that Hyperscan can scan the
# raw UTF-8 of a document without folding it first (no per-character Python work).
_VARIANTS = {
    "a": "aáàâãäå",
    "e": "eéèêë",
    "i": "iíìîï",
    "o": "oóòôõö",
    "u": "uúùûü",
    "c": "cç",
    "n": "nñ",
    "y": "yý",
}


def _letter(ch: str) -> str:
    forms = _VARIANTS.get(ch, ch)
    every = sorted({f for x in forms for f in (x, x.upper())})
    if len(every) == 1:
        return re.escape(every[0])
    return "(?:" + "|".join(re.escape(f) for f in every) + ")"


def accent_insensitive(pattern: str) -> str:
    """A regex matching the folded literal in any case and with or without accents."""
    return "".join(_letter(ch) if ch.isalpha() else re.escape(ch) for ch in pattern)


# A match starts a word: at the start, or after a character that is not a letter, digit
# or underscore. Accented Latin letters (U+00C0-U+024F) count as letters, so that
# "legation" does not match inside "délégation".
WORD_START = r"(?:^|[^A-Za-z0-9_\x{C0}-\x{24F}])"


class HyperscanMatcher:
    """Hyperscan block-mode database over raw UTF-8: accent- and case-insensitive
    patterns, each anchored at a word start (WORD_START)."""

    name = "hyperscan"

    def __init__(self, patterns: Sequence[str]) -> None:
        import hyperscan

        self.patterns = list(patterns)
        self.db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
        expressions = [(WORD_START + accent_insensitive(p)).encode("utf-8") for p in self.patterns]
        flags = [hyperscan.HS_FLAG_UTF8] * len(expressions)
        self.db.compile(
            expressions=expressions,
            ids=list(range(len(expressions))),
            elements=len(expressions),
            flags=flags,
        )
        self._out: dict[int, int] = {}

    def _on_match(self, pid: int, start: int, end: int, flags: int, context: object) -> None:
        self._out[pid] = self._out.get(pid, 0) + 1

    def counts_bytes(self, data: bytes) -> dict[int, int]:
        self._out = {}
        self.db.scan(data, match_event_handler=self._on_match)
        return self._out

    def counts(self, text: str) -> dict[int, int]:
        """Counts in a document (raw or folded: the patterns fold themselves)."""
        return self.counts_bytes(text.encode("utf-8"))

    def counts_block(self, block: bytes) -> dict[int, dict[int, int]]:
        """Counts for a block of documents separated by newlines (a news archive
        stored one document per line), scanned in one call; only the documents with a
        match appear, keyed by their line number in the block. Most documents of a
        news stream match nothing, so the cost is Hyperscan's own scan plus a little
        per match, and nothing per document."""
        found: list[tuple[int, int]] = []

        def on_match(pid: int, start: int, end: int, flags: int, context: object) -> None:
            found.append((pid, end))

        self.db.scan(block, match_event_handler=on_match)
        out: dict[int, dict[int, int]] = {}
        line, position = 0, 0
        for pid, end in sorted(found, key=lambda f: f[1]):
            line += block.count(b"\n", position, end)
            position = end
            counts = out.setdefault(line, {})
            counts[pid] = counts.get(pid, 0) + 1
        return out


def best_matcher(patterns: Sequence[str]) -> Matcher:
    """Hyperscan where it is installed, else pyahocorasick."""
    try:
        return HyperscanMatcher(patterns)
    except ImportError:
        return AhoMatcher(patterns)
