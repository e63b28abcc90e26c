"""Linking extracted events to register cases: same mission (sending and receiving
state), a date within the case's span (with a margin), persons by fuzzy name."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from rapidfuzz import fuzz

from legation.model.case import Case

MARGIN = timedelta(days=120)


def link(result: dict[str, Any], cases: list[Case]) -> dict[str, Any] | None:
    """The best matching case, with the reasons, or None (then a new-case draft)."""
    best: tuple[float, Case, list[str]] | None = None
    for case in cases:
        score, why = 0.0, []
        for ev in result.get("events", []):
            mission_of, by = ev.get("mission_of"), ev.get("by")
            if mission_of == case.sending and by in (case.receiving, case.sending):
                score += 2
                why.append(f"{ev['type']}: mission of {mission_of} in {case.receiving}")
            elif {mission_of, by} == {case.sending, case.receiving}:
                score += 1.5
            # an event without its own day (the extractor leaves background undated)
            # is still news of the document's day
            day = ev.get("date") or result.get("published")
            if day and case.events:
                d = date.fromisoformat(day)
                first = min(e.date.start for e in case.events)
                last = max(e.date.end for e in case.events)
                # in days, not dates: a case day near the calendar's ends must not overflow
                if (first - d).days <= MARGIN.days and (d - last).days <= MARGIN.days:
                    score += 1
            person = ev.get("person")
            if person:
                for p in case.persons:
                    if fuzz.token_set_ratio(person, p.name) >= 85:
                        score += 2
                        why.append(f"person {person} ~ {p.name}")
                        break
        if score >= 3 and (best is None or score > best[0]):
            best = (score, case, why)
    if best is None:
        return None
    return {"case": best[1].id, "score": best[0], "why": sorted(set(best[2]))}


def draft(result: dict[str, Any]) -> dict[str, Any] | None:
    """A new-case draft from an unlinked relevant extraction (for review)."""
    events = [e for e in result.get("events", []) if not e.get("negated")]
    mission = next((e.get("mission_of") for e in events if e.get("mission_of")), None)
    receiving = next((e.get("by") for e in events if e.get("by") and e.get("by") != mission), None)
    if not (mission and receiving):
        return None
    return {
        "legation": 1,
        "title": result.get("title") or f"Mission of {mission} in {receiving}",
        "mission": {"sending_state": mission, "receiving_state": receiving, "kind": "embassy"},
        "events": [
            {
                k: v
                for k, v in e.items()
                if k in ("type", "by", "date", "person", "consent", "utility")
            }
            for e in events
        ],
        "sources": [{"url": result["url"]}] if result.get("url") else [],
    }
