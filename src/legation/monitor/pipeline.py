"""One document through the stages: triage first, the costly stages only on hits."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from typing import Any

from legation.monitor import html as html_mod
from legation.monitor.extract import extract
from legation.monitor.language import cheap as cheap_language, detect
from legation.monitor.triage import triage


@dataclass(frozen=True)
class Document:
    text: str
    url: str | None = None
    title: str | None = None
    published: date | None = None
    is_html: bool = False

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8", "replace")).hexdigest()


def from_bytes(
    data: bytes,
    *,
    url: str | None = None,
    published: date | None = None,
    content_type: str | None = None,
) -> Document:
    text = html_mod.decode(data)
    is_html = (content_type or "").startswith("text/html") or html_mod.looks_like_html(text)
    return Document(text, url, None, published, is_html)


def process(doc: Document) -> dict[str, Any]:
    """The DESIGN §3a result for one document."""
    cheap = html_mod.cheap_text(doc.text) if doc.is_html else doc.text
    first = triage(cheap)
    result: dict[str, Any] = {
        "url": doc.url, "title": doc.title, "published": doc.published.isoformat() if doc.published else None,
        "language": None, "relevant": first.relevant, "score": first.score,
        "events": [], "states": [], "positions": [],
    }  # fmt: skip
    if not first.relevant:
        result["language"] = cheap_language(cheap) if cheap else "other"
        return result
    text, title = html_mod.careful_text(doc.text) if doc.is_html else (doc.text, doc.title)
    result["title"] = doc.title or title
    lang = detect(text)
    result["language"] = lang
    if lang == "other":
        result["relevant"] = False
        return result
    result.update(extract(text, lang, doc.published))
    _flag_contradictions(result, doc.published)
    result["text_length"] = len(text)
    return result


def _flag_contradictions(result: dict[str, Any], published: date | None) -> None:
    """A declared party status that the treaty data contradicts is flagged (DESIGN §7)."""
    from legation.treaties import default_index

    index = default_index()
    day = published or date.today()
    for p in result.get("positions", []):
        if p["stance"] in ("party", "not_party") and p["topic"] in index.instruments:
            status = index.status(p["state"], p["topic"], day)
            if status.party != (p["stance"] == "party"):
                p["contradiction"] = (
                    f"the status data has {p['state']} "
                    + (f"party since {status.since}" if status.party else "not party")
                    + f" to {p['topic']} on {day}"
                )
