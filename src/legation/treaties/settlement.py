"""Dispute-settlement routes open between two states on a date (the forum finder).

The ICJ can hear a dispute between two states through the Pact of Bogotá (art.
XXXI, between its parties) or, for disputes about the VCDR, through its Optional
Protocol (art. I). Declarations under art. 36(2) of the Court's Statute are not in
the data yet; the answer says so rather than leaving the route out silently.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from legation.treaties.status import TreatyIndex

ROUTES = (
    ("icj-pact-of-bogota", "pact-of-bogota-1948", "XXXI", "any dispute of a juridical nature"),
    ("icj-vcdr-optional-protocol", "vcdr-op-disputes-1961", "I", "disputes on the interpretation or application of the VCDR"),
)  # fmt: skip


def routes(index: TreatyIndex, a: str, b: str, on: date) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for route, instrument, article, scope in ROUTES:
        sa, sb = index.status(a, instrument, on), index.status(b, instrument, on)
        entry: dict[str, Any] = {
            "route": route,
            "forum": "International Court of Justice",
            "instrument": instrument,
            "article": article,
            "scope": scope,
            "open": sa.party and sb.party,
            "uncertain": sa.uncertain or sb.uncertain,
        }
        reservations = [
            {"state": s.state, "articles": list(r.articles), "note": r.note}
            for s in (sa, sb)
            for r in s.reservations
        ]
        if reservations:
            entry["reservations"] = reservations
        if not entry["open"]:
            missing = [s.state for s in (sa, sb) if not s.party]
            entry["why_closed"] = f"not bound on {on}: {', '.join(missing)}"
        out.append(entry)
    out.append(
        {
            "route": "icj-optional-clause",
            "forum": "International Court of Justice",
            "instrument": None,
            "article": "36(2) of the ICJ Statute",
            "open": None,
            "note": "optional-clause declarations are not in Legation's data yet",
        }
    )
    return out
