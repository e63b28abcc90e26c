"""PLOVER-shaped records, for use beside political-event datasets.

PLOVER (Political Language Ontology for Verifiable Event Records) codes an event
by category and mode with actor, recipient and date; we map our legal event types
onto its categories and keep our own fields alongside.
"""

from __future__ import annotations

from typing import Any

CODER_VERSION = "legation-monitor-0.1"

# type -> (PLOVER event category, mode)
CATEGORY: dict[str, tuple[str, str]] = {
    "premises_entered": ("ASSAULT", "coerce"), "premises_searched": ("SEIZE", "coerce"),
    "premises_attacked": ("ASSAULT", "beat"), "premises_surrounded": ("COERCE", "restrict"),
    "utilities_cut": ("COERCE", "restrict"), "access_blocked": ("COERCE", "restrict"),
    "communications_interfered": ("COERCE", "censor"), "protection_withdrawn": ("REDUCE", "security"),
    "diplomat_detained": ("COERCE", "arrest"), "diplomat_attacked": ("ASSAULT", "beat"),
    "diplomat_expelled": ("REDUCE", "expel"), "relations_severed": ("REDUCE", "relations"),
    "mission_closed": ("REDUCE", "relations"), "custody_assigned": ("COOPERATE", "diplomatic"),
    "custody_revoked": ("REJECT", "diplomatic"), "archives_seized": ("SEIZE", "property"),
    "bag_opened": ("SEIZE", "property"), "vehicle_searched": ("SEIZE", "property"),
    "premises_misused": ("ASSAULT", "kill"), "asylum_granted": ("AID", "asylum"),
    "asylum_denied": ("REJECT", "asylum"), "asylum_requested": ("REQUEST", "asylum"),
    "asylum_ended": ("REDUCE", "asylum"), "safe_conduct_requested": ("REQUEST", "safe conduct"),
    "safe_conduct_granted": ("CONCEDE", "safe conduct"), "safe_conduct_denied": ("REJECT", "safe conduct"),
    "departure_requested": ("DEMAND", "leave"), "departure": ("RETREAT", "leave"),
    "surrender": ("CONCEDE", "surrender"), "refuge_sought": ("REQUEST", "asylum"),
}  # fmt: skip


def records(result: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for ev in result.get("events", []):
        if ev.get("negated"):
            continue
        category, mode = CATEGORY.get(ev["type"], ("OTHER", ""))
        out.append({
            "event_type": category, "mode": mode,
            "context": ["asylum"] if "asylum" in ev["type"] or "safe_conduct" in ev["type"] or ev["type"] == "refuge_sought" else ["diplomatic"],
            "actor": ev.get("by"), "recipient": ev.get("mission_of"), "event_date": ev.get("date"),
            "language": result.get("language"), "url": result.get("url"),
            "text_span": ev.get("evidence"), "coder": CODER_VERSION,
            "legation": {"type": ev["type"], "consent": ev.get("consent"), "person": ev.get("person"), "confidence": ev.get("confidence")},
        })  # fmt: skip
    return out
