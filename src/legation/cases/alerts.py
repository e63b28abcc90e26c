"""Alerts computed from a case's events as of a date (pure: no clock, no I/O).

What a legal adviser wants flagged without asking: people who have been inside for
long, safe conducts left pending, siege measures still in place, entries, breaks
in relations with people still inside, custody revoked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from legation.model.case import Case, EventType as T

LONG_STAYS = (365, 180)
SAFE_CONDUCT_PENDING_DAYS = 30
SIEGE = (T.PREMISES_SURROUNDED, T.ACCESS_BLOCKED, T.UTILITIES_CUT, T.COMMUNICATIONS_INTERFERED)
EXITS = (T.DEPARTURE, T.SURRENDER, T.ASYLUM_ENDED)
# A case is live while someone is still inside and something has happened recently;
# a historical file that simply stops (the 1950 judgment) raises no alerts today.
ACTIVE_WINDOW_DAYS = 730


@dataclass(frozen=True)
class Alert:
    case: str
    kind: str
    date: date
    message: str
    person: str | None = None
    days: int | None = None
    event: str | None = None

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {
            "case": self.case,
            "kind": self.kind,
            "date": self.date.isoformat(),
            "message": self.message,
        }
        for key in ("person", "days", "event"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        return out


def inside(case: Case, as_of: date) -> dict[str, tuple[date, date | None]]:
    """Per person who sought refuge: when they entered and, if they have, when they left."""
    out: dict[str, tuple[date, date | None]] = {}
    for e in case.events:
        if e.date.start > as_of or e.person is None:
            continue
        if e.type in (T.REFUGE_SOUGHT, T.ASYLUM_GRANTED) and e.person not in out:
            out[e.person] = (e.date.start, None)
        elif (e.type in EXITS or e.type == T.PREMISES_ENTERED) and e.person in out:
            # An entry naming a person is how a person is taken out (Quito, 2024).
            out[e.person] = (out[e.person][0], e.date.end)
    return out


def is_active(case: Case, as_of: date) -> bool:
    """Someone is still inside and the latest event is recent."""
    past = [e for e in case.events if e.date.start <= as_of]
    if not past:
        return False
    recent = (as_of - max(e.date.end for e in past)).days <= ACTIVE_WINDOW_DAYS
    return recent and any(left is None for _, left in inside(case, as_of).values())


def alerts(case: Case, as_of: date, *, include_inactive: bool = False) -> list[Alert]:
    """Every alert for the case as of `as_of`, newest first (none for a closed or
    historical case unless `include_inactive`)."""
    if not include_inactive and not is_active(case, as_of):
        return []
    found: list[Alert] = []
    stays = inside(case, as_of)
    names = {p.id: p.name for p in case.persons}
    for pid, (entered, left) in stays.items():
        if left is not None:
            continue
        days = (as_of - entered).days
        for limit in LONG_STAYS:
            if days > limit:
                found.append(
                    Alert(case.id, f"inside_{limit}_days", entered + timedelta(days=limit + 1),
                          f"{names.get(pid, pid)} has been inside the premises for {days} days (more than {limit})",
                          person=pid, days=days)
                )  # fmt: skip
                break
    past = [e for e in case.events if e.date.start <= as_of]
    for req in (e for e in past if e.type == T.SAFE_CONDUCT_REQUESTED):
        answered = any(
            e.type in (T.SAFE_CONDUCT_GRANTED, T.SAFE_CONDUCT_DENIED, *EXITS)
            and e.person == req.person and e.date.start >= req.date.start
            for e in past
        )  # fmt: skip
        waited = (as_of - req.date.end).days
        if not answered and waited > SAFE_CONDUCT_PENDING_DAYS:
            found.append(
                Alert(case.id, "safe_conduct_pending", req.date.end + timedelta(days=SAFE_CONDUCT_PENDING_DAYS + 1),
                      f"safe conduct for {names.get(req.person or '', req.person)} requested on {req.date}, unanswered for {waited} days",
                      person=req.person, days=waited, event=req.id)
            )  # fmt: skip
    everyone_left = bool(stays) and all(left is not None for _, left in stays.values())
    for e in past:
        if e.type in SIEGE and not everyone_left:
            what = (
                f"{e.utility} cut" if e.type == T.UTILITIES_CUT else e.type.value.replace("_", " ")
            )
            found.append(
                Alert(
                    case.id,
                    "siege_in_place",
                    e.date.start,
                    f"{what} by {e.by} on {e.date}, with no later event lifting it",
                    event=e.id,
                )
            )
        elif e.type == T.PREMISES_ENTERED:
            consent = "consent unknown"
            if e.consent is True:
                consent = "with consent"
            elif e.consent is False:
                consent = "without consent"
            found.append(
                Alert(
                    case.id,
                    "premises_entered",
                    e.date.start,
                    f"premises entered by {e.by} on {e.date} ({consent})",
                    event=e.id,
                )
            )
        elif e.type == T.RELATIONS_SEVERED:
            remaining = [
                pid
                for pid, (entered, left) in stays.items()
                if entered <= e.date.end and (left is None or left > e.date.start)
            ]
            if remaining:
                who = ", ".join(names.get(p, p) for p in remaining)
                found.append(
                    Alert(
                        case.id,
                        "severed_with_persons_inside",
                        e.date.start,
                        f"relations severed on {e.date} while {who} remained inside",
                        event=e.id,
                    )
                )
        elif e.type == T.CUSTODY_REVOKED:
            found.append(
                Alert(
                    case.id,
                    "custody_revoked",
                    e.date.start,
                    f"{e.by} revoked its acceptance of the custodian state on {e.date}",
                    event=e.id,
                )
            )
    return sorted(found, key=lambda a: (a.date, a.kind), reverse=True)
