"""Which event triggers can fire in a sentence, found in one Hyperscan pass.

The extractor holds some 1,870 trigger patterns; running each with Python's `re` on
every sentence of a relevant document costs milliseconds per document, which is most
of the pipeline's time. Hyperscan answers "which of these patterns match anywhere in
this sentence" in microseconds, and only those are then run with `re`, whose match
(and span) stays the one the extractor reports. Compiling the database takes seconds,
so it is cached on disk, keyed by the patterns themselves.

Hyperscan is used only on ASCII sentences (folded text nearly always is), where its
`\\b` and `\\w` agree with Python's; patterns it cannot compile (look-arounds) are
always run. Without Hyperscan every pattern is run, as before.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import platformdirs

log = logging.getLogger(__name__)

LOOKAROUND = re.compile(r"\(\?[=!<]")


class Prefilter:
    """Candidate pattern indices for a sentence; None means "run them all"."""

    def __init__(self, patterns: Sequence[str]) -> None:
        self.patterns = list(patterns)
        self.always = {i for i, p in enumerate(self.patterns) if LOOKAROUND.search(p)}
        self.db: Any = None
        try:
            import hyperscan
        except ImportError:  # pragma: no cover - the portable fallback
            return
        self._hs = hyperscan
        self.db = self._load_or_compile()

    def _load_or_compile(self) -> Any:
        hs = self._hs
        ids = [i for i in range(len(self.patterns)) if i not in self.always]
        key = hashlib.sha256(
            "\n".join([hs.__version__, *self.patterns]).encode("utf-8")
        ).hexdigest()[:24]
        cache_file = Path(platformdirs.user_cache_dir("legation")) / f"triggers-{key}.hsdb"
        if cache_file.exists():
            try:
                db = hs.loadb(cache_file.read_bytes(), hs.HS_MODE_BLOCK)
                db.scratch = hs.Scratch(db)
                return db
            except Exception as exc:  # a stale or damaged cache: rebuild it
                log.warning("trigger cache %s unreadable (%s); rebuilding", cache_file, exc)
        db = hs.Database(mode=hs.HS_MODE_BLOCK)
        flags = hs.HS_FLAG_SINGLEMATCH | hs.HS_FLAG_ALLOWEMPTY
        try:
            db.compile(
                expressions=[self.patterns[i].encode("utf-8") for i in ids],
                ids=ids,
                elements=len(ids),
                flags=[flags] * len(ids),
            )
        except Exception as exc:
            log.warning("trigger patterns not compiled by Hyperscan (%s); running all", exc)
            return None
        try:
            cache_file.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache_file.with_suffix(f".{os.getpid()}.tmp")  # parallel ingest workers
            tmp.write_bytes(hs.dumpb(db))
            tmp.replace(cache_file)
        except OSError as exc:
            log.info("trigger cache not written (%s)", exc)
        return db

    def candidates(self, sentence: str) -> set[int] | None:
        if self.db is None or not sentence.isascii():
            return None
        found = set(self.always)

        def on_match(pid: int, start: int, end: int, flags: int, context: object) -> None:
            found.add(pid)

        self.db.scan(sentence.encode("ascii"), match_event_handler=on_match)
        return found
