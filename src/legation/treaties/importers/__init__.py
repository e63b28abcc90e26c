"""Importers for the depositaries' status tables (UNTC MTDSG, OAS DIL).

They turn a saved page into status rows and compare them with the bundled
data; they never write the data files themselves, so a human reviews every
change (the rows still need a source URL and a paraphrased note).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from legation.errors import InputError
from legation.model.treaty import Action, Instrument
from legation.treaties.importers.common import ImportedRow
from legation.treaties.importers.oas import parse_oas
from legation.treaties.importers.untc import parse_untc

__all__ = ["Change", "Diff", "ImportedRow", "diff_against", "parse_oas", "parse_untc", "read_page"]

MAX_PAGE_BYTES = 20 * 1024 * 1024


def read_page(path: Path, instrument: Instrument) -> list[ImportedRow]:
    """Parse a saved page with the layout of the instrument's depositary."""
    if not path.is_file():
        raise InputError("no such file", file=str(path))
    data = path.read_bytes()
    if len(data) > MAX_PAGE_BYTES:
        raise InputError(f"page larger than {MAX_PAGE_BYTES} bytes", file=str(path))
    if instrument.depositary == "UN Secretary-General":
        return parse_untc(data, name=str(path))
    return parse_oas(data, adopted_year=instrument.adopted.year, name=str(path))


@dataclass(frozen=True)
class Change:
    kind: str  # "new" | "different" | "missing"
    state: str
    action: str
    page: str | None
    bundled: str | None


@dataclass
class Diff:
    changes: list[Change] = field(default_factory=list)
    same: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"same": self.same, "changes": [c.__dict__ for c in self.changes]}


def diff_against(rows: list[ImportedRow], bundled: list[Action]) -> Diff:
    """Compare imported rows with the bundled log, per state and kind of action."""
    consent = {"ratification", "accession", "succession", "acceptance", "approval"}

    def kind(a: str) -> str:
        return "consent" if a in consent else a

    ours: dict[tuple[str, str], Action] = {}
    for a in bundled:
        if not a.is_alt and kind(a.action.value) in ("consent", "signature"):
            ours.setdefault((a.state, kind(a.action.value)), a)
    diff = Diff()
    seen: set[tuple[str, str]] = set()
    for r in rows:
        key = (r.state, kind(r.action))
        seen.add(key)
        mine = ours.get(key)
        if mine is None:
            diff.changes.append(Change("new", r.state, r.action, r.date.isoformat(), None))
        elif mine.date.start != r.date or mine.action.value != r.action:
            diff.changes.append(
                Change(
                    "different",
                    r.state,
                    r.action,
                    r.date.isoformat(),
                    f"{mine.action.value} {mine.date}",
                )
            )
        else:
            diff.same += 1
    page_states = {r.state for r in rows}
    for key, mine in sorted(ours.items()):
        if key not in seen and key[0] in page_states | set():
            diff.changes.append(
                Change("missing", mine.state, mine.action.value, None, str(mine.date))
            )
    return diff
