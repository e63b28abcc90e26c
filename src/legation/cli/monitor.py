"""`legation extract` and `legation monitor …`."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

import typer
from rich.progress import Progress
from rich.table import Table

from legation.cli.output import (
    JSON_OPTION,
    console,
    day_option,
    emit_json,
    err_console,
    handle_errors,
)
from legation.errors import InputError

if TYPE_CHECKING:
    from legation.monitor.pipeline import Document

app = typer.Typer(
    help="Statements and news in four languages become events, positions and case updates."
)


def _published(value: str | None) -> date | None:
    return day_option(value, "--published") if value else None


@handle_errors
def extract(
    source: str = typer.Argument(..., help="A file (text, HTML, feed) or an http(s) URL."),
    published: str | None = typer.Option(
        None, "--published", help="Publication date (YYYY-MM-DD)."
    ),
    allow_private: bool = typer.Option(
        False, "--allow-private", help="Allow fetching private or loopback addresses."
    ),
    as_json: bool = JSON_OPTION,
) -> None:
    """Events, states and positions in one statement or article (DESIGN §3a)."""
    from legation.cases.library import library
    from legation.monitor.ingest import read_sources
    from legation.monitor.link import draft, link
    from legation.monitor.pipeline import process

    items = list(
        read_sources([source], allow_private=allow_private, published=_published(published))
    )
    if not items:
        raise InputError("nothing to read", field="SOURCE")
    results = []
    for item in items:
        if item.doc is None:
            raise InputError(item.reason or "unreadable", file=item.origin)
        result = process(item.doc)
        if result["relevant"]:
            linked = link(result, list(library().values()))
            result["linked_case"] = linked
            if linked is None:
                result["draft"] = draft(result)
        results.append(result)
    if as_json:
        emit_json(results[0] if len(results) == 1 else {"items": results})
        return
    for r in results:
        console.print(
            f"[bold]{r.get('title') or r.get('url') or source}[/bold] ({r['language']}) relevant={r['relevant']} score={r['score']}"
        )
        for e in r["events"]:
            console.print(
                f"  event {e['type']} by={e.get('by')} mission_of={e.get('mission_of')} date={e.get('date')} negated={e['negated']}"
            )
        for p in r["positions"]:
            console.print(f"  position {p['state']} {p['stance']} {p['topic']}")


@app.command()
@handle_errors
def ingest(
    sources: list[str] = typer.Argument(..., help="Files, folders, feeds or URLs."),
    workers: int = typer.Option(
        0, "--workers", help="Local processes (0: all cores, 1: in-process)."
    ),
    published: str | None = typer.Option(None, "--published"),
    allow_private: bool = typer.Option(False, "--allow-private"),
    as_json: bool = JSON_OPTION,
) -> None:
    """Read documents into the register's review queue; already-seen ones are skipped."""
    from legation.monitor.ingest import read_sources, run
    from legation.monitor.link import link
    from legation.store import review
    from legation.store.register import Register

    reg = Register.open()
    cases = reg.all_cases()
    stats = {"read": 0, "skipped_seen": 0, "skipped_unreadable": 0, "relevant": 0, "queued": 0}

    def fresh() -> Iterator[Document]:
        for item in read_sources(
            sources, allow_private=allow_private, published=_published(published)
        ):
            if item.doc is None:
                stats["skipped_unreadable"] += 1
                err_console.print(f"[yellow]skipped[/yellow] {item.origin}: {item.reason}")
                continue
            if review.seen(reg, item.doc.digest, item.doc.url):
                stats["skipped_seen"] += 1
                continue
            yield item.doc

    with Progress(console=err_console, transient=True) as progress:
        task = progress.add_task("reading", total=None)
        for doc, result, problem in run(fresh(), workers):
            progress.advance(task)
            stats["read"] += 1
            if result is None:
                stats["skipped_unreadable"] += 1
                err_console.print(f"[yellow]skipped[/yellow] {doc.url}: {problem}")
                continue
            linked = link(result, cases) if result["relevant"] else None
            queued = review.record(reg, doc.digest, doc.url, result, linked)
            if queued is not None:
                stats["queued"] += 1
                if review.auto_acceptable(result, linked):
                    review.accept(reg, queued, "monitor (auto)")
                    stats["auto_accepted"] = stats.get("auto_accepted", 0) + 1
            stats["relevant"] += int(bool(result["relevant"]))
    if as_json:
        emit_json(stats)
    else:
        console.print(", ".join(f"{k.replace('_', ' ')}: {v}" for k, v in stats.items()))


@app.command()
@handle_errors
def watch(
    feeds: list[str] = typer.Argument(..., help="Feed URLs."),
    every: str = typer.Option("15m", "--every", help="Interval: 30s, 15m, 1h."),
    times: int = typer.Option(
        0, "--times", help="Stop after this many rounds (0: run until stopped)."
    ),
    allow_private: bool = typer.Option(False, "--allow-private"),
) -> None:
    """Poll feeds with conditional requests, backing off on errors, one request per host per round."""
    from urllib.parse import urlsplit

    from legation.monitor.fetch import FetchRefused, fetch
    from legation.monitor.ingest import parse_feed
    from legation.monitor.link import link
    from legation.monitor.pipeline import process
    from legation.store import review
    from legation.store.register import Register

    seconds = _interval(every)
    reg = Register.open()
    state: dict[str, dict[str, str | None]] = {}
    backoff: dict[str, float] = {}
    failures: dict[str, int] = {}
    last_hit: dict[str, float] = {}
    rounds = 0
    while True:
        rounds += 1
        for url in feeds:
            if backoff.get(url, 0) > time.monotonic():
                continue
            host = urlsplit(url).hostname or ""
            wait = last_hit.get(host, -1e9) + PER_HOST_INTERVAL - time.monotonic()
            if wait > 0:
                time.sleep(wait)  # at most one request per host every PER_HOST_INTERVAL seconds
            last_hit[host] = time.monotonic()
            known = state.get(url, {})
            try:
                got = fetch(
                    url,
                    allow_private=allow_private,
                    etag=known.get("etag"),
                    last_modified=known.get("last_modified"),
                )
            except FetchRefused as exc:
                failures[url] = failures.get(url, 0) + 1
                delay = min(3600.0, max(seconds, 60.0) * 2 ** min(failures[url], 6))
                backoff[url] = time.monotonic() + delay
                err_console.print(f"[yellow]{url}[/yellow]: {exc}; retry in {delay:.0f}s")
                continue
            failures.pop(url, None)
            state[url] = {"etag": got.etag, "last_modified": got.last_modified}
            if got.status == 304:
                continue
            for item in parse_feed(got.content, url):
                if item.doc is None or review.seen(reg, item.doc.digest, item.doc.url):
                    continue
                result = process(item.doc)
                review.record(
                    reg,
                    item.doc.digest,
                    item.doc.url,
                    result,
                    link(result, reg.all_cases()) if result["relevant"] else None,
                )
        if times and rounds >= times:
            return
        time.sleep(seconds)


PER_HOST_INTERVAL = 5.0


def _interval(text: str) -> float:
    units = {"s": 1, "m": 60, "h": 3600}
    if not text or text[-1] not in units or not text[:-1].isdigit():
        raise InputError("write the interval as 30s, 15m or 1h", field="--every")
    return int(text[:-1]) * units[text[-1]]


@app.command()
@handle_errors
def evaluate(
    which: str = typer.Option(
        "dev", "--set", help="dev (the set the lexicons were tuned on) or heldout."
    ),
    as_json: bool = JSON_OPTION,
) -> None:
    """Precision, recall and F1 per language on a labelled evaluation set."""
    from legation.monitor.evaluate import ATTRIBUTES, eval_dir, evaluate as run_eval

    if which not in ("dev", "heldout"):
        raise InputError("choose dev or heldout", field="--set")
    report = run_eval(eval_dir() / "heldout" if which == "heldout" else None)
    if as_json:
        emit_json(report)
        return
    table = Table(
        "lang", "docs", "relevance", "events", "states", "positions", *ATTRIBUTES,
        title="Monitor evaluation: F1, then agreement of each event attribute with the labels",
    )  # fmt: skip
    for lang, r in report.items():
        scores = [r[k]["f1"] for k in ("relevance", "events", "states", "positions")]
        scores += [r["agreement"][a]["agreement"] for a in ATTRIBUTES]
        table.add_row(lang, str(r["documents"]), *(f"{x:.2f}" for x in scores))
    console.print(table)


@app.command("review")
@handle_errors
def review_cmd(
    accept: int | None = typer.Option(None, "--accept", help="Accept this extraction."),
    reject: int | None = typer.Option(None, "--reject", help="Reject this extraction."),
    case: str | None = typer.Option(
        None, "--case", help="Case to add the events to (default: the linked case)."
    ),
    day: list[str] = typer.Option(
        [],
        "--date",
        help="With --accept: give or correct an event's day, INDEX=YYYY-MM-DD (repeatable).",
    ),
    as_json: bool = JSON_OPTION,
) -> None:
    """The review queue: list pending extractions, or accept or reject one."""
    from legation.store import review
    from legation.store.register import Register

    days = review.parse_days(day, field="--date")
    if days and accept is None:
        raise InputError(
            "--date gives the day of an event being accepted: add --accept ID", field="--date"
        )
    reg = Register.open()
    if accept is not None:
        out = review.accept(reg, accept, "cli", case, days, field="--date")
        emit_json(out) if as_json else console.print(
            f"accepted {accept}: {len(out['added'])} events added to {out['case']}, {len(out['skipped'])} skipped"
        )
        return
    if reject is not None:
        review.reject(reg, reject, "cli")
        console.print(f"rejected {reject}")
        return
    items = review.queue(reg)
    if as_json:
        emit_json({"items": items, "next": None})
        return
    table = Table(
        "id",
        "lang",
        "linked case",
        "events (index: type day)",
        "url",
        title=f"{len(items)} pending",
    )
    for it in items:
        table.add_row(
            str(it["id"]),
            it["language"],
            it["linked_case"] or "—",
            ", ".join(
                f"{i}: {e['type']} {e.get('date') or 'day?'}" for i, e in enumerate(it["events"])
            ),
            it["url"] or "",
        )
    console.print(table)


@app.command("plover")
@handle_errors
def plover_cmd(
    source: str = typer.Argument(...), published: str | None = typer.Option(None, "--published")
) -> None:
    """Events of a document as PLOVER-shaped records (JSON)."""
    from legation.monitor.ingest import read_sources
    from legation.monitor.pipeline import process
    from legation.monitor.plover import records

    out = []
    for item in read_sources([source], published=_published(published)):
        if item.doc is not None:
            out.extend(records(process(item.doc)))
    emit_json({"items": out})
