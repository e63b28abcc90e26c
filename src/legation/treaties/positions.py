"""Declared positions checked against the status data.

A state that says it is not bound by a convention the depositary lists it as
party to (or the reverse) is worth flagging: either the statement or our data
is wrong, and a legal adviser needs to know which before relying on either.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from legation.model.treaty import Position
from legation.treaties.status import TreatyIndex


@dataclass(frozen=True)
class Contradiction:
    position: Position
    reason: str


def contradictions(index: TreatyIndex, positions: Iterable[Position]) -> list[Contradiction]:
    """Positions on party status that disagree with the status computed for their date."""
    out: list[Contradiction] = []
    for p in positions:
        if p.stance not in ("party", "not_party") or p.topic not in index.instruments:
            continue
        status = index.status(p.state, p.topic, p.date.end)
        said_party = p.stance == "party"
        if status.party != said_party:
            data_says = f"party since {status.since}" if status.party else "not party"
            out.append(
                Contradiction(
                    p,
                    f"{p.state} declared itself {'party' if said_party else 'not party'} to "
                    f"{p.topic} on {p.date}, but the status data has it {data_says} on that date",
                )
            )
    return out
