"""Precision, recall and F1 of the monitor on the labelled set, per language.

Relevance is scored per document; events by (type, negated) per document, counted
per event type; states as sets per relevant document; positions by (state, topic,
stance).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from legation.monitor.pipeline import Document, process

LANGS = ("en", "es", "pt", "fr")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, gold: Counter[Any], pred: Counter[Any]) -> None:
        both = gold & pred
        self.tp += sum(both.values())
        self.fp += sum((pred - both).values())
        self.fn += sum((gold - both).values())

    def to_json(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 3), "recall": round(self.recall, 3), "f1": round(self.f1, 3),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}  # fmt: skip


@dataclass
class LanguageReport:
    documents: int = 0
    relevance: Score = field(default_factory=Score)
    events: Score = field(default_factory=Score)
    by_type: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    states: Score = field(default_factory=Score)
    positions: Score = field(default_factory=Score)


def eval_dir() -> Path:
    return Path(str(resources.files("legation.monitor") / "eval"))


def load_set(folder: Path | None = None) -> dict[str, list[dict[str, Any]]]:
    root = folder or eval_dir()
    return {
        lang: yaml.safe_load((root / f"{lang}.yaml").read_text(encoding="utf-8")) or []
        for lang in LANGS
        if (root / f"{lang}.yaml").exists()
    }


def evaluate(folder: Path | None = None) -> dict[str, Any]:
    reports: dict[str, LanguageReport] = {}
    for lang, docs in load_set(folder).items():
        rep = reports.setdefault(lang, LanguageReport())
        for d in docs:
            rep.documents += 1
            published = d.get("published")
            pub = (
                published
                if isinstance(published, date)
                else (date.fromisoformat(published) if published else None)
            )
            result = process(Document(d["text"], d.get("source", {}).get("url"), None, pub))
            gold = d["labels"]
            rep.relevance.add(
                Counter({"r": 1} if gold["relevant"] else {}),
                Counter({"r": 1} if result["relevant"] else {}),
            )
            gold_ev = Counter((e["type"], bool(e.get("negated"))) for e in gold.get("events", []))
            pred_ev = Counter((e["type"], bool(e.get("negated"))) for e in result.get("events", []))
            rep.events.add(gold_ev, pred_ev)
            for t in set(k[0] for k in gold_ev) | set(k[0] for k in pred_ev):
                rep.by_type[t].add(
                    Counter({k: v for k, v in gold_ev.items() if k[0] == t}),
                    Counter({k: v for k, v in pred_ev.items() if k[0] == t}),
                )
            if gold["relevant"]:
                rep.states.add(
                    Counter(set(gold.get("states", []))), Counter(set(result.get("states", [])))
                )
            rep.positions.add(Counter((p["state"], p["topic"], p["stance"]) for p in gold.get("positions", [])),
                              Counter((p["state"], p["topic"], p["stance"]) for p in result.get("positions", [])))  # fmt: skip
    return {
        lang: {
            "documents": r.documents,
            "relevance": r.relevance.to_json(),
            "events": r.events.to_json(),
            "event_types": {t: s.to_json() for t, s in sorted(r.by_type.items())},
            "states": r.states.to_json(),
            "positions": r.positions.to_json(),
        }
        for lang, r in reports.items()
    }
