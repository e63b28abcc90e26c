"""The Hyperscan prefilter never hides a trigger that Python's `re` would find."""

from __future__ import annotations

from legation.monitor.evaluate import eval_dir, load_set
from legation.monitor.extract import _compiled, _prefilter
from legation.monitor.fold import fold
from legation.monitor.sentences import sentences


def test_prefilter_keeps_every_pattern_that_matches() -> None:
    flat = [(i, p) for patterns in _compiled().values() for i, p in patterns]
    pf = _prefilter()
    checked = 0
    for folder in (None, eval_dir() / "heldout"):
        for docs in load_set(folder).values():
            for d in docs:
                text = d["text"]
                for s in sentences(text, fold(text)):
                    can = pf.candidates(s.folded)
                    if can is None:
                        continue
                    matching = {i for i, p in flat if p.search(s.folded)}
                    assert matching <= can, (s.text, sorted(matching - can))
                    checked += 1
    assert checked > 1000


def test_prefilter_skips_sentences_with_nothing_to_find() -> None:
    pf = _prefilter()
    # Only the patterns Hyperscan cannot compile (look-arounds) are left to run.
    assert pf.candidates("the central bank kept interest rates unchanged on tuesday.") == pf.always
