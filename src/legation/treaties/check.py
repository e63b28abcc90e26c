"""`legation data check`: consistency of the whole data set, and its coverage.

Loading already rejects malformed rows; this adds the checks that need the
instrument (dates against adoption and entry into force) or several rows
(duplicates, a withdrawal with nothing to withdraw).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from legation.errors import InputError
from legation.model.treaty import CONSENT_KINDS, ActionKind
from legation.treaties.load import TreatyData

OAS_MEMBERS: tuple[str, ...] = (
    "ATG", "ARG", "BHS", "BRB", "BLZ", "BOL", "BRA", "CAN", "CHL", "COL", "CRI", "CUB",
    "DMA", "DOM", "ECU", "SLV", "GRD", "GTM", "GUY", "HTI", "HND", "JAM", "MEX", "NIC",
    "PAN", "PRY", "PER", "KNA", "LCA", "VCT", "SUR", "TTO", "USA", "URY", "VEN",
)  # fmt: skip


def check(data: TreatyData) -> list[InputError]:
    """Every problem in the data set; empty when it is consistent."""
    problems = list(data.problems)
    for sf in data.files.values():
        inst = data.instruments.get(sf.instrument)
        if inst is None:
            continue
        seen: Counter[tuple[str, str, str, str]] = Counter()
        for a in sf.actions:
            where = {"file": a.file, "line": a.line}
            if a.date.end < inst.adopted:
                problems.append(
                    InputError(
                        f"{a.action.value} dated {a.date}, before the instrument was adopted "
                        f"({inst.adopted})",
                        field="date",
                        **where,  # type: ignore[arg-type]
                    )
                )
            if a.effective and a.effective.end < a.date.start:
                problems.append(
                    InputError(
                        f"takes effect ({a.effective}) before its deposit ({a.date})",
                        field="effective",
                        **where,  # type: ignore[arg-type]
                    )
                )
            if a.act_date and a.act_date.start > a.date.end:
                problems.append(
                    InputError(
                        f"domestic act ({a.act_date}) after the deposit ({a.date})",
                        field="act_date",
                        **where,  # type: ignore[arg-type]
                    )
                )
            needs_articles = a.action in (ActionKind.RESERVATION, ActionKind.RESERVATION_WITHDRAWN)
            if needs_articles and not a.articles:
                problems.append(
                    InputError(
                        "a reservation must name the articles it touches (or 'general')",
                        field="articles",
                        **where,  # type: ignore[arg-type]
                    )
                )
            key = (a.state, a.action.value, str(a.date), a.variant)
            seen[key] += 1
            if seen[key] == 2 and a.action not in (
                ActionKind.RESERVATION,
                ActionKind.DECLARATION,
                ActionKind.OBJECTION,
            ):
                problems.append(
                    InputError(
                        f"duplicate {a.action.value} of {a.state} on {a.date}",
                        field="action",
                        **where,  # type: ignore[arg-type]
                    )
                )
    return problems


@dataclass(frozen=True)
class Coverage:
    instrument: str
    states_with_consent: int
    oas_covered: int
    depositary_parties: int | None
    reference_rows: int
    alt_rows: int
    # Signatories whose ratification is unknown, in files marked `# consents: incomplete`.
    signed_unknown: int = 0


def coverage(data: TreatyData) -> list[Coverage]:
    """Per instrument: how many states have a recorded consent, against the
    depositary's own count where we hold it, so the gap is visible."""
    out: list[Coverage] = []
    for inst_id, inst in data.instruments.items():
        sf = data.files.get(inst_id)
        actions = sf.actions if sf else []
        consenting = {a.state for a in actions if a.action in CONSENT_KINDS and not a.is_alt}
        acted = {a.state for a in actions}
        # Only a row counts: a state with none may be a non-party or a gap in the sources.
        oas = len(acted & set(OAS_MEMBERS))
        out.append(
            Coverage(
                inst_id,
                len(consenting),
                oas,
                inst.depositary_parties,
                sum(1 for a in actions if a.basis.value == "reference"),
                sum(1 for a in actions if a.is_alt),
                0 if (sf is None or sf.consents_complete) else len(acted - consenting),
            )
        )
    return out
