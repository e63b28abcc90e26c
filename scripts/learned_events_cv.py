"""Would a learned sentence classifier find the events the trigger patterns miss?

An experiment, not part of the monitor: `pip install -e ".[experiments]"`, then
`python scripts/learned_events_cv.py`. It trains one logistic regression per event
type over hashed word and character n-grams of each folded sentence, with the
sentences that `eval/evidence.yaml` says state an event as positives, and lets it add
an event of a type the patterns found nowhere in a document when its probability
passes a threshold. Five folds over the development set's documents; each fold is
scored with the patterns alone and with the classifier's additions.

Result on 2026-11-29 (745 documents, 1,330 labelled events, 1,900 stating sentences):
the patterns alone 0.822 F1; with the classifier 0.791-0.823 depending on threshold
and regularisation, never better by more than 0.001. Sentence-level average precision
is 0.25-0.83 per type: too little data for n-grams to beat hand-written patterns, so
the monitor does not use it (README, "Monitor quality").
"""

from __future__ import annotations

import hashlib
import sys
from collections import Counter
from typing import Any

import numpy as np
from scipy.sparse import hstack
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.linear_model import LogisticRegression

from legation.monitor.evaluate import load_evidence, load_set, published, stating_sentences
from legation.monitor.fold import fold
from legation.monitor.pipeline import Document, process
from legation.monitor.sentences import sentences

FOLDS = 5
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)
WORDS = HashingVectorizer(analyzer="word", ngram_range=(1, 2), n_features=2**18,
                          alternate_sign=False, token_pattern=r"(?u)\b\w+\b")  # fmt: skip
CHARS = HashingVectorizer(
    analyzer="char_wb", ngram_range=(3, 5), n_features=2**18, alternate_sign=False
)


def documents() -> list[dict[str, Any]]:
    evidence = load_evidence()
    docs = []
    for docs_of_language in load_set().values():
        for d in docs_of_language:
            spans = [(s.start, s.end) for s in sentences(d["text"], fold(d["text"]))]
            gold = d["labels"]["events"]
            stating = stating_sentences(d["text"], gold, evidence.get(d["id"], [[]] * len(gold)))
            docs.append({
                "id": d["id"], "gold": gold, "spans": spans,
                "sentences": [fold(d["text"][a:b]) for a, b in spans],
                "stating": stating, "result": process(Document(d["text"], published=published(d))),
            })  # fmt: skip
    return docs


def f1(tp: int, fp: int, fn: int) -> str:
    p, r = tp / (tp + fp), tp / (tp + fn)
    return f"F1 {2 * p * r / (p + r):.3f} (P {p:.3f}, R {r:.3f})"


def counts(doc: dict[str, Any], added: list[str]) -> tuple[int, int, int]:
    gold = Counter((e["type"], bool(e.get("negated"))) for e in doc["gold"])
    pred = Counter((e["type"], bool(e.get("negated"))) for e in doc["result"]["events"])
    pred.update((t, False) for t in added)
    both = gold & pred
    return sum(both.values()), sum((pred - both).values()), sum((gold - both).values())


def main(c: float) -> None:
    docs = documents()
    types = sorted({e["type"] for d in docs for e in d["gold"]})
    x = hstack([WORDS.transform(s := [t for d in docs for t in d["sentences"]]),
                CHARS.transform(s)]).tocsr()  # fmt: skip
    y = np.array([[any(a <= sp[0] < b for a, b in d["stating"].get(t, [])) for t in types]
                  for d in docs for sp in d["spans"]], dtype=np.int8)  # fmt: skip
    owner = np.repeat(np.arange(len(docs)), [len(d["spans"]) for d in docs])
    fold_of = np.array([int(hashlib.sha1(d["id"].encode()).hexdigest(), 16) % FOLDS for d in docs])
    totals = {th: np.zeros(3, int) for th in (*THRESHOLDS, None)}
    for k in range(FOLDS):
        train = fold_of[owner] != k
        models = {t: LogisticRegression(C=c, solver="liblinear", class_weight="balanced")
                  .fit(x[train], y[train, j]) for j, t in enumerate(types) if y[train, j].sum() >= 3}  # fmt: skip
        for i in np.flatnonzero(fold_of == k):
            d, rows = docs[i], np.flatnonzero(owner == i)
            totals[None] += counts(d, [])
            have = {e["type"] for e in d["result"]["events"]}
            best = {t: m.predict_proba(x[rows])[:, 1].max() if len(rows) and d["result"]["relevant"]
                    else 0.0 for t, m in models.items() if t not in have}  # fmt: skip
            for th in THRESHOLDS:
                totals[th] += counts(d, [t for t, p in best.items() if p >= th])
    print(f"patterns alone: {f1(*totals[None])}")
    for th in THRESHOLDS:
        print(f"with classifier (C={c}, threshold {th}): {f1(*totals[th])}")


if __name__ == "__main__":
    main(float(sys.argv[1]) if len(sys.argv) > 1 else 8.0)
