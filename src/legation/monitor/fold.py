"""Accent- and case-folding that keeps every character offset.

Evidence spans point into the extracted text, so the folded copy used for matching
must have the same length: each character folds to exactly one character.
"""

from __future__ import annotations

import unicodedata
from functools import cache


@cache
def _table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0x00C0, 0x2020):
        ch = chr(cp)
        base = "".join(
            c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)
        ).lower()
        if len(base) == 1 and base != ch:
            table[cp] = base
        elif len(ch.lower()) == 1 and ch.lower() != ch:
            table[cp] = ch.lower()
    for src, dst in {
        "’": "'",
        "‘": "'",
        "“": '"',
        "”": '"',
        "«": '"',
        "»": '"',
        "–": "-",
        "—": "-",
    }.items():
        table[ord(src)] = dst
    return table


def fold(text: str) -> str:
    """Lower-case, accents removed, same length as `text`."""
    folded = text.translate(_table()).lower()
    return folded if len(folded) == len(text) else _slow(text)


def _slow(text: str) -> str:
    table = _table()
    out = []
    for ch in text:
        f = table.get(ord(ch), ch).lower()
        out.append(f if len(f) == 1 else ch)
    return "".join(out)
