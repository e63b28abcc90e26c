"""Ingestion: files, folders, feeds and URLs, streamed, resumable, in local processes.

Documents are processed as they are read (no whole-corpus lists); a document seen
before (same URL or same content) is skipped; a document that cannot be read is
skipped with a logged reason. Feeds are pre-checked for entity declarations (the
way XML bombs work) before feedparser sees them.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from legation.monitor import html as html_mod
from legation.monitor.fetch import FetchRefused, fetch
from legation.monitor.pipeline import Document, from_bytes, process

log = logging.getLogger("legation.monitor")

TEXT_SUFFIXES = {".txt", ".html", ".htm", ".md"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
MAX_FEED_BYTES = 10 * 1024 * 1024


class Skipped(ValueError):
    pass


@dataclass(frozen=True)
class Item:
    doc: Document | None
    origin: str
    reason: str | None = None


def is_feed(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf" in head)


def parse_feed(data: bytes, origin: str) -> Iterator[Item]:
    if len(data) > MAX_FEED_BYTES:
        yield Item(None, origin, f"feed larger than {MAX_FEED_BYTES} bytes")
        return
    if b"<!entity" in data[:65536].lower():
        yield Item(None, origin, "feed declares XML entities (refused: entity expansion attack)")
        return
    import feedparser

    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    if parsed.get("bozo") and not parsed.get("entries"):
        yield Item(None, origin, f"unreadable feed: {parsed.get('bozo_exception')}")
        return
    for entry in parsed.get("entries", []):
        parts = [entry.get("title", "")]
        for c in entry.get("content", []) or []:
            parts.append(html_mod.cheap_text(c.get("value", "")))
        parts.append(html_mod.cheap_text(entry.get("summary", "")))
        published = None
        if entry.get("published_parsed"):
            published = date(*entry["published_parsed"][:3])
        yield Item(
            Document(
                "\n".join(p for p in parts if p), entry.get("link"), entry.get("title"), published
            ),
            origin,
        )


def read_path(path: Path, published: date | None = None) -> Iterator[Item]:
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.is_file() and child.suffix.lower() in TEXT_SUFFIXES | FEED_SUFFIXES:
                yield from read_path(child, published)
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Item(None, str(path), f"cannot read: {exc.strerror}")
        return
    if is_feed(data):
        yield from parse_feed(data, str(path))
        return
    try:
        when = published or date.fromtimestamp(path.stat().st_mtime)
        yield Item(from_bytes(data, url=path.resolve().as_uri(), published=when), str(path))
    except html_mod.Unreadable as exc:
        yield Item(None, str(path), str(exc))


def read_url(
    url: str, *, allow_private: bool = False, published: date | None = None
) -> Iterator[Item]:
    try:
        got = fetch(url, allow_private=allow_private)
    except FetchRefused as exc:
        yield Item(None, url, str(exc))
        return
    if got.status >= 400:
        yield Item(None, url, f"HTTP {got.status}")
        return
    if is_feed(got.content):
        yield from parse_feed(got.content, url)
        return
    try:
        yield Item(from_bytes(got.content, url=got.url, published=published or datetime.now().date(),
                              content_type=got.content_type), url)  # fmt: skip
    except html_mod.Unreadable as exc:
        yield Item(None, url, str(exc))


def read_sources(
    sources: Iterable[str], *, allow_private: bool = False, published: date | None = None
) -> Iterator[Item]:
    for source in sources:
        if source.startswith(("http://", "https://")):
            yield from read_url(source, allow_private=allow_private, published=published)
        else:
            yield from read_path(Path(source), published)


def _safe_process(doc: Document) -> tuple[Document, dict[str, Any] | None, str | None]:
    try:
        return doc, process(doc), None
    except html_mod.Unreadable as exc:
        return doc, None, str(exc)
    except Exception as exc:  # a hostile document must not stop the run
        return doc, None, f"{exc.__class__.__name__}: {exc}"


def run(
    docs: Iterable[Document], workers: int = 0
) -> Iterator[tuple[Document, dict[str, Any] | None, str | None]]:
    """Process documents, in `workers` local processes (0: all cores; 1: in-process)."""
    if workers == 1:
        yield from map(_safe_process, docs)
        return
    with multiprocessing.get_context("spawn").Pool(workers or None) as pool:
        yield from pool.imap(_safe_process, docs, chunksize=32)
