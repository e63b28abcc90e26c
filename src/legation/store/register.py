"""The case register: the service the CLI, the API and the dashboard share.

It owns the database (SQLite file by default, PostgreSQL by URL), applies the
migrations, loads the bundled treaty positions and case library idempotently,
keeps events append-only with provenance, and stores analyses keyed by the case
version, the `as_of` date and the version of the data they used.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import platformdirs
from alembic import command
from alembic.config import Config
from pydantic import ValidationError
from sqlalchemy import Engine, create_engine, event, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from legation.cases.alerts import Alert, alerts, is_active
from legation.cases.library import library, library_dir
from legation.errors import CaseFileError, InputError, LegationError
from legation.law import analyze
from legation.law.view import IndexView
from legation.model.case import Case, Event
from legation.store.models import (
    AnalysisRow,
    AuditRow,
    CaseRow,
    EventRow,
    MetaRow,
    PersonRow,
    PositionRow,
    SourceRow,
    TokenRow,
)  # fmt: skip
from legation.treaties import default_index
from legation.treaties.load import DATA_DIR

LIBRARY = "library"


def default_url() -> str:
    """`LEGATION_DATABASE_URL`, else an SQLite file in the user's data directory."""
    url = os.environ.get("LEGATION_DATABASE_URL")
    if url:
        return url
    folder = Path(platformdirs.user_data_dir("legation"))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'legation.db'}"


@cache
def data_version() -> str:
    """Digest of the bundled treaty data and case library: an analysis records it."""
    digest = hashlib.sha256()
    for path in sorted(
        [*DATA_DIR.rglob("*.csv"), *DATA_DIR.rglob("*.yaml"), *library_dir().glob("*.yaml")]
    ):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class NotFound(LegationError):
    """A case or token that does not exist."""


@dataclass
class Page:
    items: list[dict[str, Any]]
    next: str | None


def _now() -> datetime:
    return datetime.now(UTC)


def _encode_cursor(key: str) -> str:
    return base64.urlsafe_b64encode(key.encode()).decode().rstrip("=")


def _decode_cursor(cursor: str) -> str:
    try:
        key = base64.b64decode(
            cursor + "=" * (-len(cursor) % 4), altchars=b"-_", validate=True
        ).decode()
    except (ValueError, UnicodeDecodeError):
        key = ""
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", key):
        raise InputError("not a cursor returned by this API", field="cursor")
    return key


class Register:
    """One database and the operations on it."""

    def __init__(self, url: str | None = None, *, analysis_cache: bool = True) -> None:
        self.url = url or default_url()
        kwargs: dict[str, Any] = {"future": True}
        if self.url.startswith("sqlite"):
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
        else:
            kwargs["pool_pre_ping"] = True
        self.engine: Engine = create_engine(self.url, **kwargs)
        if self.url.startswith("sqlite"):
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.analysis_cache = analysis_cache
        self.view = IndexView(default_index())

    # -- lifecycle --------------------------------------------------------------
    @classmethod
    def open(cls, url: str | None = None, **kwargs: Any) -> Register:
        """Migrate to the latest schema and load the bundled data (idempotent)."""
        reg = cls(url, **kwargs)
        reg.upgrade()
        reg.load_bundled()
        return reg

    def _alembic(self) -> Config:
        cfg = Config()
        cfg.set_main_option(
            "script_location", str(resources.files("legation.store") / "migrations")
        )
        cfg.set_main_option("sqlalchemy.url", self.url.replace("%", "%%"))
        return cfg

    def upgrade(self, revision: str = "head") -> None:
        with self.engine.begin() as conn:
            cfg = self._alembic()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)

    def downgrade(self, revision: str = "base") -> None:
        with self.engine.begin() as conn:
            cfg = self._alembic()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, revision)

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self.sessions.begin() as s:
            yield s

    def load_bundled(self) -> dict[str, int]:
        """Load the library cases and declared positions shipped with the package.

        Idempotent: unchanged data is left alone. When the package's data changed,
        library events are replaced while events entered through the API or imports
        are kept, so no register data is lost.
        """
        version = data_version()
        with self.session() as s:
            meta = s.get(MetaRow, "data_version")
            if meta is not None and meta.value == version:
                return {"cases": 0, "positions": 0}
            loaded = 0
            for case in library().values():
                row = s.get(CaseRow, case.id)
                kept = [] if row is None else [e for e in row.events if e.entered_by != LIBRARY]
                if row is not None:
                    s.delete(row)
                    s.flush()
                row = _case_row(case, LIBRARY)
                s.add(row)
                s.flush()
                for seq, kept_event in enumerate(kept, start=len(case.events)):
                    kept_event.seq = seq
                    row.events.append(_clone_event(kept_event))
                loaded += 1
            s.query(PositionRow).filter(PositionRow.origin == "data").delete()
            for p in default_index().data.positions:
                s.add(PositionRow(state=p.state, topic=p.topic, stance=p.stance, date=str(p.date),
                                  body=p.model_dump(mode="json"), origin="data"))  # fmt: skip
            if meta is None:
                s.add(MetaRow(key="data_version", value=version))
            else:
                meta.value = version
            _audit(s, "system", "load_bundled", None, {"cases": loaded, "data_version": version})
            return {"cases": loaded, "positions": len(default_index().data.positions)}

    # -- cases ------------------------------------------------------------------
    def list_cases(
        self,
        *,
        state: str | None = None,
        active: bool | None = None,
        q: str | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        cursor: str | None = None,
        limit: int = 50,
        today: date | None = None,
    ) -> Page:
        """Cases ordered by id (stable), filtered; `cursor` is opaque."""
        with self.session() as s:
            stmt = select(CaseRow).order_by(CaseRow.id)
            if state:
                stmt = stmt.where(
                    or_(CaseRow.sending_state == state, CaseRow.receiving_state == state)
                )
            if q:
                like = f"%{q.lower()}%"
                stmt = stmt.where(
                    or_(func.lower(CaseRow.title).like(like), func.lower(CaseRow.id).like(like))
                )
            if date_from:
                stmt = stmt.where(CaseRow.last_date >= date_from)
            if date_to:
                stmt = stmt.where(CaseRow.first_date <= date_to)
            if cursor:
                stmt = stmt.where(CaseRow.id > _decode_cursor(cursor))
            rows = s.scalars(stmt).all()
            items: list[dict[str, Any]] = []
            for row in rows:
                case = _row_to_case(row)
                live = is_active(case, today or date.today())
                if active is not None and live != active:
                    continue
                items.append(_summary(row, live))
                if len(items) > limit:
                    break
        more = len(items) > limit
        items = items[:limit]
        return Page(items, _encode_cursor(items[-1]["id"]) if more and items else None)

    def get_case(self, case_id: str) -> tuple[Case, dict[str, Any]]:
        """The case as it stands now (superseded events left out) and register metadata."""
        with self.session() as s:
            row = self._row(s, case_id)
            return _row_to_case(row), {
                "origin": row.origin,
                "version": row.version,
                "created_at": row.created_at.isoformat(),
                "updated_at": row.updated_at.isoformat(),
                "events_recorded": len(row.events),
                "etag": _etag(row.id, row.version),
            }

    def _row(self, s: Session, case_id: str) -> CaseRow:
        row = s.get(CaseRow, case_id)
        if row is None:
            raise NotFound(f"{case_id}: no such case in the register")
        return row

    def event_log(self, case_id: str) -> list[dict[str, Any]]:
        """Every event ever recorded for the case, with provenance and supersession."""
        with self.session() as s:
            row = self._row(s, case_id)
            superseded = {e.supersedes for e in row.events if e.supersedes}
            return [
                {
                    **e.body,
                    "seq": e.seq,
                    "entered_by": e.entered_by,
                    "entered_at": e.entered_at.isoformat(),
                    "provenance": e.provenance,
                    "supersedes": e.supersedes,
                    "superseded": e.event_id in superseded,
                }
                for e in row.events
            ]

    def append_event(
        self, case_id: str, body: dict[str, Any], *, actor: str, provenance: str | None = None,
        supersedes: str | None = None, attempts: int = 20,
    ) -> dict[str, Any]:  # fmt: skip
        """Append one event; validates it against the case as a whole first.

        Concurrent appends race for the next sequence number; the loser retries, so
        none is lost. The case version is bumped and its analysis recomputed.
        """
        for _ in range(attempts):
            try:
                return self._append_once(case_id, body, actor, provenance, supersedes)
            except IntegrityError:
                continue
        raise LegationError(f"{case_id}: could not append after {attempts} attempts (contention)")

    def _append_once(
        self,
        case_id: str,
        body: dict[str, Any],
        actor: str,
        provenance: str | None,
        supersedes: str | None,
    ) -> dict[str, Any]:
        with self.session() as s:
            row = self._row(s, case_id)
            current = _row_to_case(row)
            if supersedes is not None and current.event(supersedes) is None:
                raise InputError(
                    f"no current event {supersedes!r} to supersede", field="supersedes"
                )
            taken = {e.event_id for e in row.events}
            seq = max((e.seq for e in row.events), default=-1) + 1
            data = dict(body)
            data.setdefault("id", f"e{seq + 1}")
            if data["id"] in taken:
                raise InputError(
                    f"event id {data['id']!r} is already used in this case", field="id"
                )
            sources = [src.url for src in current.sources]
            if provenance and provenance not in sources:
                sources.append(provenance)
            try:
                event_model = Event.model_validate(data)
                events = [e for e in current.events if e.id != supersedes] + [event_model]
                Case.model_validate({**current.model_dump(exclude_none=True), "events": [e.model_dump(exclude_none=True) for e in events],
                                     "sources": [{"url": u} for u in sources]})  # fmt: skip
            except ValidationError as exc:
                err = exc.errors()[0]
                raise CaseFileError(
                    _msg(err), field=".".join(str(x) for x in err["loc"]) or "event"
                ) from None
            if event_model.person and current.person(event_model.person) is None:
                raise CaseFileError(
                    f"person {event_model.person!r} is not defined in the case", field="person"
                )
            now = _now()
            s.add(EventRow(case_id=case_id, seq=seq, event_id=data["id"], type=event_model.type.value,
                           date=str(event_model.date), body=event_model.model_dump(mode="json", exclude_none=True),
                           supersedes=supersedes, entered_by=actor, entered_at=now, provenance=provenance))  # fmt: skip
            if provenance and provenance not in {src.url for src in row.sources}:
                s.add(
                    SourceRow(
                        case_id=case_id,
                        seq=len(row.sources),
                        url=provenance,
                        title=None,
                        accessed=now.date(),
                    )
                )
            row.version = CaseRow.version + 1  # in SQL: no lost update under concurrency
            row.updated_at = now
            d = event_model.date
            row.first_date = min(filter(None, [row.first_date, d.start]))
            row.last_date = max(filter(None, [row.last_date, d.end]))
            _audit(
                s, actor, "append_event", case_id, {"event": data["id"], "supersedes": supersedes}
            )
            s.flush()
            s.refresh(row, ["version"])
            version = row.version
        self.analysis(case_id, date.today())
        return {
            **event_model.model_dump(mode="json", exclude_none=True),
            "seq": seq,
            "case_version": version,
        }

    def import_cases(self, cases: list[Case], *, actor: str, replace: bool = False) -> int:
        """Store validated cases in one transaction: all or nothing."""
        with self.session() as s:
            for case in cases:
                existing = s.get(CaseRow, case.id)
                if existing is not None and not replace:
                    raise InputError(
                        f"{case.id}: a case with this id is already in the register", field="id"
                    )
                if existing is not None:
                    s.delete(existing)
                    s.flush()
                s.add(_case_row(case, "import"))
            _audit(s, actor, "import", None, {"cases": [c.id for c in cases]})
        return len(cases)

    def all_cases(self) -> list[Case]:
        with self.session() as s:
            return [_row_to_case(r) for r in s.scalars(select(CaseRow).order_by(CaseRow.id))]

    # -- analyses ---------------------------------------------------------------
    def analysis(self, case_id: str, as_of: date) -> tuple[dict[str, Any], str]:
        """The stored analysis for the case's current version, computed if missing."""
        version = data_version()
        with self.session() as s:
            row = self._row(s, case_id)
            if self.analysis_cache:
                stored = s.scalars(
                    select(AnalysisRow).where(
                        AnalysisRow.case_id == case_id,
                        AnalysisRow.as_of == as_of,
                        AnalysisRow.case_version == row.version,
                        AnalysisRow.data_version == version,
                    )
                ).first()
                if stored is not None:
                    return stored.body, stored.etag
            case, case_version = _row_to_case(row), row.version
        body = analyze(case, self.view, as_of).to_json()
        body["data_version"] = version
        etag = hashlib.sha256(json.dumps(body, sort_keys=True, default=str).encode()).hexdigest()[
            :32
        ]
        if self.analysis_cache:
            try:
                with self.session() as s:
                    s.add(AnalysisRow(case_id=case_id, as_of=as_of, case_version=case_version, data_version=version,
                                      computed_at=_now(), etag=etag, body=body))  # fmt: skip
            except IntegrityError:
                pass  # another request stored the same analysis first
        return body, etag

    # -- alerts, positions ------------------------------------------------------
    def alerts(self, as_of: date, *, include_inactive: bool = False) -> list[Alert]:
        found = [
            a
            for case in self.all_cases()
            for a in alerts(case, as_of, include_inactive=include_inactive)
        ]
        return sorted(found, key=lambda a: (a.date, a.case, a.kind), reverse=True)

    def positions(self, state: str | None = None) -> list[dict[str, Any]]:
        with self.session() as s:
            stmt = select(PositionRow).order_by(PositionRow.state, PositionRow.date, PositionRow.pk)
            if state:
                stmt = stmt.where(PositionRow.state == state)
            return [r.body for r in s.scalars(stmt)]

    # -- tokens -----------------------------------------------------------------
    def create_token(self, name: str) -> str:
        """A new bearer token; only its hash is stored, so it is shown once."""
        token = "lgt_" + secrets.token_urlsafe(32)
        with self.session() as s:
            if s.scalars(select(TokenRow).where(TokenRow.name == name)).first() is not None:
                raise InputError(f"a token named {name!r} exists; revoke it first", field="NAME")
            s.add(TokenRow(name=name, token_hash=_hash(token), created_at=_now(), revoked_at=None))
            _audit(s, "cli", "create_token", name, {})
        return token

    def revoke_token(self, name: str) -> None:
        with self.session() as s:
            row = s.scalars(select(TokenRow).where(TokenRow.name == name)).first()
            if row is None:
                raise NotFound(f"{name}: no such token")
            s.delete(row)
            _audit(s, "cli", "revoke_token", name, {})

    def check_token(self, token: str) -> str | None:
        """The token's name if it is valid, else None."""
        with self.session() as s:
            row = s.scalars(select(TokenRow).where(TokenRow.token_hash == _hash(token))).first()
            return row.name if row is not None and row.revoked_at is None else None

    def audit_log(self, limit: int = 100) -> list[dict[str, Any]]:
        with self.session() as s:
            rows = s.scalars(select(AuditRow).order_by(AuditRow.pk.desc()).limit(limit))
            return [
                {
                    "at": r.at.isoformat(),
                    "actor": r.actor,
                    "action": r.action,
                    "target": r.target,
                    "detail": r.detail,
                }
                for r in rows
            ]


# -- helpers ----------------------------------------------------------------------
def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.close()


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _etag(case_id: str, version: int) -> str:
    return hashlib.sha256(f"{case_id}:{version}:{data_version()}".encode()).hexdigest()[:32]


def _msg(err: Any) -> str:
    return str(err["msg"]).removeprefix("Value error, ")


def _audit(s: Session, actor: str, action: str, target: str | None, detail: dict[str, Any]) -> None:
    s.add(AuditRow(at=_now(), actor=actor, action=action, target=target, detail=detail))


def _case_row(case: Case, origin: str) -> CaseRow:
    now = _now()
    m = case.mission
    days = [e.date for e in case.events]
    row = CaseRow(
        id=case.id, title=case.title, sending_state=m.sending_state, receiving_state=m.receiving_state,
        kind=m.kind, city=m.city, designation_objected=m.designation_objected, summary=case.summary,
        origin=origin, version=1, created_at=now, updated_at=now,
        first_date=min((d.start for d in days), default=None), last_date=max((d.end for d in days), default=None),
    )  # fmt: skip
    row.persons = [
        PersonRow(seq=i, person_id=p.id, body=p.model_dump(mode="json", exclude_none=True))
        for i, p in enumerate(case.persons)
    ]
    row.events = [
        EventRow(seq=i, event_id=e.id or f"e{i + 1}", type=e.type.value, date=str(e.date),
                 body=e.model_dump(mode="json", exclude_none=True), supersedes=None,
                 entered_by=origin, entered_at=now, provenance=e.source)
        for i, e in enumerate(case.events)
    ]  # fmt: skip
    row.sources = [
        SourceRow(seq=i, url=src.url, title=src.title, accessed=src.accessed)
        for i, src in enumerate(case.sources)
    ]
    return row


def _clone_event(e: EventRow) -> EventRow:
    return EventRow(seq=e.seq, event_id=e.event_id, type=e.type, date=e.date, body=e.body, supersedes=e.supersedes,
                    entered_by=e.entered_by, entered_at=e.entered_at, provenance=e.provenance)  # fmt: skip


def _row_to_case(row: CaseRow) -> Case:
    superseded = {e.supersedes for e in row.events if e.supersedes}
    current = [e for e in row.events if e.event_id not in superseded]
    # Events stay in the order recorded (the case file's chronological order, then
    # appends); rules read dates, and same-day order is the order of recording.
    ordered = sorted(current, key=lambda e: e.seq)
    doc = {
        "legation": 1,
        "id": row.id,
        "title": row.title,
        "mission": {k: v for k, v in {
            "sending_state": row.sending_state, "receiving_state": row.receiving_state, "kind": row.kind,
            "city": row.city, "designation_objected": row.designation_objected}.items() if v is not None},
        "persons": [p.body for p in row.persons],
        "events": [e.body for e in ordered],
        "sources": [{k: v for k, v in {"url": s.url, "title": s.title, "accessed": s.accessed}.items() if v is not None} for s in row.sources],
    }  # fmt: skip
    if row.summary:
        doc["summary"] = row.summary
    return Case.model_validate(doc)


def _summary(row: CaseRow, active: bool) -> dict[str, Any]:
    return {
        "id": row.id,
        "title": row.title,
        "sending_state": row.sending_state,
        "receiving_state": row.receiving_state,
        "kind": row.kind,
        "city": row.city,
        "from": row.first_date.isoformat() if row.first_date else None,
        "to": row.last_date.isoformat() if row.last_date else None,
        "active": active,
        "origin": row.origin,
        "version": row.version,
    }
