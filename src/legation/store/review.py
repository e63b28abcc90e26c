"""The monitor's side of the register: documents read, and the review queue.

An extraction becomes events and positions only when a reviewer accepts it (or a
configured confidence threshold does), each event carrying the document as its
source.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import select

from legation.errors import InputError
from legation.model.case import EVENT_ATTRIBUTES, EventType
from legation.model.dates import parse_day
from legation.store.models import ExtractionRow, MonitorDocumentRow, PositionRow
from legation.store.register import NotFound, Register, _audit


def seen(reg: Register, digest: str, url: str | None) -> bool:
    with reg.session() as s:
        stmt = select(MonitorDocumentRow.pk).where(MonitorDocumentRow.digest == digest)
        if s.scalars(stmt).first() is not None:
            return True
        if url:
            return (
                s.scalars(
                    select(MonitorDocumentRow.pk).where(MonitorDocumentRow.url == url)
                ).first()
                is not None
            )
        return False


def record(
    reg: Register,
    digest: str,
    url: str | None,
    result: dict[str, Any],
    linked: dict[str, Any] | None,
) -> int | None:
    """Remember the document; queue its extraction for review when relevant."""
    now = datetime.now(UTC)
    with reg.session() as s:
        s.add(
            MonitorDocumentRow(
                url=url, digest=digest, relevant=bool(result.get("relevant")), read_at=now
            )
        )
        if not result.get("relevant") or not (result.get("events") or result.get("positions")):
            return None
        row = ExtractionRow(url=url, digest=digest, language=result.get("language") or "other", body=result,
                            linked_case=linked["case"] if linked else None, status="pending", created_at=now)  # fmt: skip
        s.add(row)
        s.flush()
        return row.pk


def auto_acceptable(result: dict[str, Any], linked: dict[str, Any] | None) -> bool:
    """Only when a threshold is configured (LEGATION_MONITOR_AUTO_ACCEPT, 0-1), the
    extraction is linked to a case, and every event that would be added clears it."""
    import os

    raw = os.environ.get("LEGATION_MONITOR_AUTO_ACCEPT")
    if not raw or linked is None:
        return False
    try:
        threshold = float(raw)
    except ValueError:
        return False
    events = [e for e in result.get("events", []) if not e.get("negated")]
    return bool(events) and all(e.get("confidence", 0) >= threshold for e in events)


def queue(reg: Register, status: str | None = "pending") -> list[dict[str, Any]]:
    with reg.session() as s:
        stmt = select(ExtractionRow).order_by(ExtractionRow.pk.desc())
        if status:
            stmt = stmt.where(ExtractionRow.status == status)
        return [
            {"id": r.pk, "url": r.url, "language": r.language, "status": r.status, "linked_case": r.linked_case,
             "title": r.body.get("title"), "events": r.body.get("events", []), "positions": r.body.get("positions", []),
             "created_at": r.created_at.isoformat()}
            for r in s.scalars(stmt)
        ]  # fmt: skip


def reject(reg: Register, extraction_id: int, actor: str) -> None:
    with reg.session() as s:
        row = s.get(ExtractionRow, extraction_id)
        if row is None:
            raise NotFound(f"{extraction_id}: no such extraction")
        row.status, row.reviewed_by, row.reviewed_at = "rejected", actor, datetime.now(UTC)
        _audit(s, actor, "reject_extraction", str(extraction_id), {})


DAY_GIVEN = re.compile(r"^(\d{1,3})=(\d{4}-\d{2}-\d{2})$")  # the day itself read by parse_day
EARLIEST_DAY = date(1900, 1, 1)


def parse_days(pairs: list[str], field: str = "date") -> dict[int, str]:
    """Days a reviewer gives events, as "INDEX=YYYY-MM-DD" (the event's position in the
    extraction, from 0): the extractor leaves a day empty where the text is vague, and
    may get one wrong. A day must be a real one between 1900 and today: a case's span
    (and the linker's window around it) is computed from these days."""
    days: dict[int, str] = {}
    for pair in pairs:
        m = DAY_GIVEN.match(pair.strip())
        try:
            if m is None:
                raise ValueError
            day = parse_day(m.group(2))
        except ValueError:
            raise InputError(
                f"{pair!r}: give INDEX=YYYY-MM-DD, e.g. 0=2024-04-05", field=field
            ) from None
        if not EARLIEST_DAY <= day <= date.today():
            raise InputError(f"{pair!r}: a day between {EARLIEST_DAY} and today", field=field)
        days[int(m.group(1))] = day.isoformat()
    return days


def accept(
    reg: Register,
    extraction_id: int,
    actor: str,
    case_id: str | None = None,
    days: dict[int, str] | None = None,
    field: str = "date",
) -> dict[str, Any]:
    """Turn an extraction into events of a case (its linked case unless one is named)
    and into positions; returns what was added and what was skipped, with reasons.
    `days` gives or corrects the day of events by their index."""
    with reg.session() as s:
        row = s.get(ExtractionRow, extraction_id)
        if row is None:
            raise NotFound(f"{extraction_id}: no such extraction")
        if row.status != "pending":
            raise InputError(f"extraction {extraction_id} is already {row.status}", field="id")
        body, url = dict(row.body), row.url
        target = case_id or row.linked_case
    added, skipped = [], []
    events = body.get("events", [])
    outside = sorted(set(days or {}) - set(range(len(events))))
    if outside:
        raise InputError(f"extraction {extraction_id} has no event {outside[0]}", field=field)
    if target is not None:
        case, _ = reg.get_case(target)
        for index, ev in enumerate(events):
            if days and index in days:
                ev = {**ev, "date": days[index]}
            if ev.get("negated"):
                skipped.append(
                    {"type": ev["type"], "reason": "reported as denied or not having happened"}
                )
                continue
            event = _as_case_event(ev, case)
            if isinstance(event, str):
                skipped.append({"type": ev["type"], "reason": event})
                continue
            if not url:
                skipped.append({"type": ev["type"], "reason": "the document has no URL to cite"})
                continue
            event["source"] = url
            added.append(reg.append_event(target, event, actor=actor, provenance=url))
    with reg.session() as s:
        for p in body.get("positions", []):
            s.add(PositionRow(state=p["state"], topic=p["topic"], stance=p["stance"], date=body.get("published") or "",
                              body={**p, "date": body.get("published"), "statement": "(from the monitor; see source)",
                                    "source": {"title": body.get("title") or url or "", "url": url or ""}},
                              origin="monitor"))  # fmt: skip
        row2 = s.get(ExtractionRow, extraction_id)
        assert row2 is not None
        row2.status, row2.reviewed_by, row2.reviewed_at = "accepted", actor, datetime.now(UTC)
        _audit(
            s, actor, "accept_extraction", str(extraction_id), {"case": target, "added": len(added)}
        )
    return {
        "case": target,
        "added": added,
        "skipped": skipped,
        "positions": len(body.get("positions", [])),
    }


def _as_case_event(ev: dict[str, Any], case: Any) -> dict[str, Any] | str:
    """An extracted event in case-file form, or the reason it cannot be one."""
    try:
        etype = EventType(ev["type"])
    except ValueError:
        return "unknown event type"
    required, optional = EVENT_ATTRIBUTES[etype]
    out: dict[str, Any] = {"type": etype.value, "date": ev.get("date")}
    if not out["date"]:
        return "no date"
    names = {p.id: p.name for p in case.persons}
    if ev.get("person"):
        pid = next(
            (i for i, n in names.items() if fuzz.token_set_ratio(ev["person"], n) >= 85), None
        )
        if pid:
            out["person"] = pid
    if ev.get("by"):
        out["by"] = ev["by"]
    elif ev.get("private_actors"):
        out["private_actors"] = True  # a mob's attack: the host's duty to protect is at issue
    if etype in (EventType.PREMISES_ENTERED, EventType.PREMISES_SEARCHED):
        out["consent"] = ev.get("consent", "unknown")
    if etype == EventType.UTILITIES_CUT:
        out["utility"] = ev.get("utility", "power")
    if etype == EventType.CUSTODY_ASSIGNED and ev.get("to"):
        out["to"] = ev["to"]
    allowed = {name for attr in (*required, *optional) for name in attr.split("|")} | {
        "type",
        "date",
    }
    for req in required:
        names_needed = req.split("|")
        if not any(n in out for n in names_needed):
            return f"missing {req} for {etype.value}"
    return {k: v for k, v in out.items() if k in allowed or k in ("type", "date")}
