"""Write the lemma tables the event frames read (src/legation/monitor/frames/<lang>.lemmas.tsv).

A frame word such as "cercar" should match "cercavam" and "cercada". simplemma knows
those forms, but its dictionaries take ~210 MB and 1.6 s to load for four languages,
for the few hundred lemmas the frames name. This script keeps, from simplemma's
dictionaries, only the forms whose lemma is a frame word (or begins with a frame
prefix); the monitor then needs neither simplemma nor its memory at run time.
Re-run it after editing a frames file; tests/monitor/test_frames.py checks the tables
are current.

    python scripts/frame_lemmas.py            # write the tables
    python scripts/frame_lemmas.py --check    # exit 1 if a table is out of date
"""

from __future__ import annotations

import sys
from pathlib import Path

from simplemma.strategies.dictionaries import DefaultDictionaryFactory

from legation.monitor.evaluate import LANGS
from legation.monitor.fold import fold
from legation.monitor.frames import frame_words

FRAMES = Path(__file__).resolve().parent.parent / "src" / "legation" / "monitor" / "frames"


def table(lang: str) -> str:
    exact, prefixes = frame_words(lang)
    dictionary = DefaultDictionaryFactory().get_dictionary(lang)
    rows = set()
    for form, lemma in dictionary.items():
        # keyed by the lower-cased form with its accents: folded, "pára" (stops) and
        # "para" (for) would be one word
        key = form.lower()
        lem = fold(lemma.decode() if isinstance(lemma, bytes) else lemma)
        if fold(key) != lem and " " not in key and (lem in exact or lem.startswith(prefixes)):
            rows.add(f"{key}\t{lem}")
    return "".join(f"{r}\n" for r in sorted(rows))


def main() -> int:
    stale = []
    for lang in LANGS:
        path = FRAMES / f"{lang}.lemmas.tsv"
        text = table(lang)
        if "--check" in sys.argv:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(path.name)
        else:
            path.write_text(text, encoding="utf-8")
            print(f"{path.name}: {text.count(chr(10))} forms")
    if stale:
        print("out of date: " + ", ".join(stale) + " (run scripts/frame_lemmas.py)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
