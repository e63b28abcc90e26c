"""Precision, recall and F1 of the monitor on the labelled set, per language.

Relevance is scored per document; events by (type, negated) per document, counted
per event type; states as sets per relevant document; positions by (state, topic,
stance). Where the set says which sentences state each event (`evidence.yaml`), the
evidence span of every event of a labelled type is also checked: a reviewer reads that
span first, so it should point at a sentence that states such an event.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz

from legation.monitor.fold import fold
from legation.monitor.pipeline import Document, process
from legation.monitor.sentences import sentences

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
    evidence: Score = field(default_factory=Score)
    # per event attribute (ATTRIBUTES): tp, events giving the labelled value; fp, another
    agreement: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))


def eval_dir() -> Path:
    return Path(str(resources.files("legation.monitor") / "eval"))


def load_set(folder: Path | None = None) -> dict[str, list[dict[str, Any]]]:
    root = folder or eval_dir()
    return {
        lang: yaml.safe_load((root / f"{lang}.yaml").read_text(encoding="utf-8")) or []
        for lang in LANGS
        if (root / f"{lang}.yaml").exists()
    }


def published(doc: dict[str, Any]) -> date | None:
    """A labelled document's publication date (YAML may give a date or a string)."""
    value = doc.get("published")
    return value if isinstance(value, date) else (date.fromisoformat(value) if value else None)


def load_evidence(folder: Path | None = None) -> dict[str, list[list[str]]]:
    """Per document, per labelled event, the opening words of the sentences stating it."""
    path = (folder or eval_dir()) / "evidence.yaml"
    return (yaml.safe_load(path.read_text(encoding="utf-8")) or {}) if path.exists() else {}


def stating_sentences(
    text: str, gold: list[dict[str, Any]], anchors: list[list[str]]
) -> dict[str, list[tuple[int, int]]]:
    """Per event type, the spans of the sentences that state an event of that type."""
    spans = [(s.start, s.end) for s in sentences(text, fold(text))]
    out: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for event, opening in zip(gold, anchors, strict=True):
        for words in opening:
            at = text.index(words)
            out[event["type"]] += [sp for sp in spans if sp[0] <= at < sp[1]]
    return out


def _score_evidence(score: Score, text: str, gold: list[dict[str, Any]], anchors: list[list[str]],
                    predicted: list[dict[str, Any]]) -> None:  # fmt: skip
    stating = stating_sentences(text, gold, anchors)
    for e in predicted:
        if e["type"] not in stating or "evidence" not in e:
            continue  # a wrong type is already counted against the events score
        start = e["evidence"][0]
        if any(a <= start < b for a, b in stating[e["type"]]):
            score.tp += 1
        else:
            score.fp += 1


# The attributes of an event a case file keeps after review, scored for agreement with
# the labels: who acted, whose mission, who it was about, the third state (a custody's
# custodian, a departure's destination), an entry's consent and the day it happened.
ATTRIBUTES = ("by", "mission_of", "person", "to", "consent", "date")


def _value(event: dict[str, Any], attribute: str) -> Any:
    """An event's state for the attribute; for `by`, private actors count as an answer;
    for `date`, a day the text does not fix ("since December") is labelled null, and an
    extractor that leaves it empty agrees, one that puts the publication day does not."""
    if attribute == "by" and event.get("private_actors"):
        return "private actors"
    if attribute == "consent" and attribute in event:
        return "with consent" if event["consent"] is True else "without consent"
    if attribute == "date" and attribute in event:
        return str(event["date"]) if event["date"] else "unknown"
    return event.get(attribute)


def _score_attribute(
    score: Score, attribute: str, gold: list[dict[str, Any]], predicted: list[dict[str, Any]]
) -> None:
    """One attribute (ATTRIBUTES), on the events found of a type that has it labelled:
    per type, as many as both sides have are compared, and those with the same value
    agree."""
    labelled = [(e["type"], v) for e in gold if (v := _value(e, attribute))]
    for t in {t for t, _ in labelled}:
        g = Counter(v for u, v in labelled if u == t)
        p = Counter(_value(e, attribute) for e in predicted if e["type"] == t)
        compared = min(sum(g.values()), sum(p.values()))
        agree = sum((g & p).values())
        score.tp += agree
        score.fp += compared - agree


def _score_persons(
    score: Score, gold: list[dict[str, Any]], predicted: list[dict[str, Any]]
) -> None:
    """Who the event is about, per type as for `by`; a name agrees when it matches a
    labelled one as the linker would match it ("Glas" and "Jorge Glas")."""
    for t in {e["type"] for e in gold if e.get("person")}:
        left = [e["person"] for e in gold if e["type"] == t and e.get("person")]
        names = [e.get("person") for e in predicted if e["type"] == t]
        compared = min(len(left), len(names))
        agree = 0
        for name in names:
            match = next((g for g in left if name and fuzz.token_set_ratio(name, g) >= 85), None)
            if match is not None:
                left.remove(match)
                agree += 1
        score.tp += min(agree, compared)
        score.fp += compared - min(agree, compared)


def evaluate(folder: Path | None = None) -> dict[str, Any]:
    reports: dict[str, LanguageReport] = {}
    evidence = load_evidence(folder)
    for lang, docs in load_set(folder).items():
        rep = reports.setdefault(lang, LanguageReport())
        for d in docs:
            rep.documents += 1
            result = process(
                Document(d["text"], d.get("source", {}).get("url"), None, published(d))
            )
            gold = d["labels"]
            rep.relevance.add(
                Counter({"r": 1} if gold["relevant"] else {}),
                Counter({"r": 1} if result["relevant"] else {}),
            )
            gold_ev = Counter((e["type"], bool(e.get("negated"))) for e in gold.get("events", []))
            pred_ev = Counter((e["type"], bool(e.get("negated"))) for e in result.get("events", []))
            rep.events.add(gold_ev, pred_ev)
            if d["id"] in evidence:
                _score_evidence(rep.evidence, d["text"], gold["events"], evidence[d["id"]],
                                result.get("events", []))  # fmt: skip
            for attribute in ATTRIBUTES:
                score = rep.agreement[attribute]
                events = gold.get("events", []), result.get("events", [])
                if attribute == "person":
                    _score_persons(score, *events)
                else:
                    _score_attribute(score, attribute, *events)
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
            "agreement": {
                attribute: {
                    "agreement": round(r.agreement[attribute].precision, 3),
                    "same": r.agreement[attribute].tp,
                    "other": r.agreement[attribute].fp,
                }
                for attribute in ATTRIBUTES
            },
            **(
                {
                    "evidence": {
                        "accuracy": round(r.evidence.precision, 3),
                        "right": r.evidence.tp,
                        "elsewhere": r.evidence.fp,
                    }
                }
                if r.evidence.tp + r.evidence.fp
                else {}
            ),
        }
        for lang, r in reports.items()
    }
