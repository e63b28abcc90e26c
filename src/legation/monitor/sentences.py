"""A document cut into sentences, with their spans: every extracted event points at
one, and an act, its actor and its date are read within it.

The splitter is conservative on purpose: a wrong cut moves an event's evidence and
parts an act from its date or its actor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from legation.monitor.states import Mention

# A sentence ends at ".", "!" or "?" (and any closing quote or bracket) before a space,
# or at a line break; not inside a number ("10.800"), after an abbreviation or an
# initial ("the U.S. embassy", "Gen. Noriega", "W. Nathaniel Howell"), nor before a
# word in lower case.
BOUNDARY = re.compile(r"[.!?]+[\"')\]»”’]*(?=\s|$)|\n")
ABBREVIATION = re.compile(
    r"\b([A-Z]|[A-Z]\.[A-Z](\.[A-Z])*|Mr|Mrs|Ms|Dr|Drs|Gen|Col|Lt|Sgt|Capt|Cmdr|Gov|Sen|Rep|Rev|St|Sr|Sra|"
    r"Srta|Dra|Lic|Ing|Mons|Mgr|Mme|Mlle|Jr|Inc|Corp|Av|Avda|Pres|Prof|Excmo|Excma|Amb|Emb)$"
)
NEXT_LOWER = re.compile(r"\s+[a-záéíóúñçâêôãõàèìòùäëïöüœ]")


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    folded: str
    states: list[Mention] = field(default_factory=list)


# A "sentence" longer than this (no full stop in pages of text: a hostile or broken
# document) is cut into pieces, so that the per-sentence work stays bounded.
MAX_SENTENCE = 2000


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in BOUNDARY.finditer(text):
        if (
            m.group(0) != "\n"
            and m.group(0)[0] == "."
            and (
                ABBREVIATION.search(text, max(start, m.start() - 12), m.start())
                or NEXT_LOWER.match(text, m.end())
            )
        ):
            continue
        spans.append((start, m.end()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def sentences(text: str, folded: str) -> list[Sentence]:
    out = []
    for start, end in _sentence_spans(text):
        if not text[start:end].strip():
            continue
        while end - start > MAX_SENTENCE:
            cut = (
                text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE) + 1
                or start + MAX_SENTENCE
            )
            out.append(Sentence(start, cut, text[start:cut], folded[start:cut]))
            start = cut
        out.append(Sentence(start, end, text[start:end], folded[start:end]))
    return out
