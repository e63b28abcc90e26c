"""The FastAPI application: routes of DESIGN §5 over the register and treaty index."""

from __future__ import annotations

import os
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Path, Query, Request, Response
from fastapi.responses import JSONResponse
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint

from legation.api.problems import HANDLERS, problem
from legation.cases.reader import MAX_CASE_BYTES, parse_case
from legation.errors import InputError
from legation.inputs import day_field, state_field
from legation.law import analyze as run_analysis
from legation.store.register import Register
from legation.treaties import default_index
from legation.treaties.settlement import routes as settlement_routes

API = "/api/v1"
MAX_BODY = MAX_CASE_BYTES


class BodyLimit(BaseHTTPMiddleware):
    """Refuse request bodies over the limit before reading them."""

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY):
            return problem(413, "Request too large", f"bodies are limited to {MAX_BODY} bytes")
        return await call_next(request)


_day = day_field
_state = state_field


def _cached(request: Request, body: dict[str, Any], etag: str) -> Response:
    quoted = f'"{etag}"'
    if request.headers.get("if-none-match") == quoted:
        return Response(status_code=304, headers={"ETag": quoted})
    return JSONResponse(body, headers={"ETag": quoted, "Cache-Control": "no-cache"})


def create_app(
    register: Register | None = None, *, reads_need_token: bool | None = None
) -> FastAPI:
    """Build the app over a register (opened on the configured URL when not given)."""
    reg = register or Register.open()
    if reads_need_token is None:
        reads_need_token = os.environ.get("LEGATION_READS_NEED_TOKEN", "") in ("1", "true", "yes")
    app = FastAPI(
        title="Legation",
        version="0.1.0",
        summary="The law protecting diplomatic missions and diplomatic asylum, as code.",
        openapi_url=f"{API}/openapi.json",
        docs_url=f"{API}/docs",
        redoc_url=None,
    )
    app.state.register = reg
    app.add_middleware(BodyLimit)
    for exc_type, handler in HANDLERS:
        app.add_exception_handler(exc_type, handler)
    index = default_index()

    app.state.reads_need_token = reads_need_token
    from legation.web.pages import mount

    mount(app, reg)
    app.add_exception_handler(_Unauthorized, on_unauthorized)
    read = [Depends(reader)]

    @app.get(f"{API}/instruments", dependencies=read, tags=["treaties"])
    def instruments() -> dict[str, Any]:
        """Instruments in scope, with titles in four languages and final clauses."""
        items = [i.model_dump(mode="json") for i in index.instruments.values()]
        return {"items": items, "next": None}

    @app.get(f"{API}/states/{{code}}/status", dependencies=read, tags=["treaties"])
    def state_status(
        code: Annotated[
            str, Path(examples=["ECU"], description="ISO alpha-3 or alpha-2 code, or a name")
        ],
        on: Annotated[
            str | None, Query(examples=["2024-04-05"], description="date; default today")
        ] = None,
    ) -> dict[str, Any]:
        """Party status of a state per instrument on a date (as `treaties status --json`)."""
        state, day = _state(code, "code"), _day(on, "on")
        return {
            "state": state,
            "on": day.isoformat(),
            "instruments": [s.to_json() for s in index.statuses(state, day)],
        }

    @app.get(f"{API}/between", dependencies=read, tags=["treaties"])
    def between(
        a: Annotated[str, Query(examples=["MEX"])],
        b: Annotated[str, Query(examples=["ECU"])],
        on: Annotated[str | None, Query(examples=["2024-04-05"])] = None,
    ) -> dict[str, Any]:
        """Instruments in force between two states on a date, and the dispute-settlement routes open."""
        sa, sb, day = _state(a, "a"), _state(b, "b"), _day(on, "on")
        return {
            "states": [sa, sb],
            "on": day.isoformat(),
            "instruments": [x.to_json() for x in index.between(sa, sb, day)],
            "dispute_settlement": settlement_routes(index, sa, sb, day),
        }

    @app.get(f"{API}/cases", dependencies=read, tags=["cases"])
    def cases(
        state: str | None = None,
        active: bool | None = None,
        q: Annotated[str | None, Query(max_length=200)] = None,
        date_from: Annotated[str | None, Query(alias="from")] = None,
        date_to: Annotated[str | None, Query(alias="to")] = None,
        cursor: Annotated[str | None, Query(max_length=400)] = None,
        limit: Annotated[int, Query(ge=1, le=200)] = 50,
    ) -> dict[str, Any]:
        """Cases in the register, ordered by id, with filters; `next` is an opaque cursor."""
        page = reg.list_cases(
            state=_state(state, "state") if state else None,
            active=active,
            q=q,
            date_from=_day(date_from, "from") if date_from else None,
            date_to=_day(date_to, "to") if date_to else None,
            cursor=cursor,
            limit=limit,
        )
        return {"items": page.items, "next": page.next}

    @app.get(f"{API}/cases/{{case_id}}", dependencies=read, tags=["cases"])
    def case(case_id: Annotated[str, Path(examples=["quito-2024"])], request: Request) -> Response:
        """One case, as its case file plus register metadata."""
        model, meta = reg.get_case(case_id)
        body = {"case": model.model_dump(mode="json", exclude_none=True), "register": meta}
        return _cached(request, body, meta["etag"])

    @app.get(f"{API}/cases/{{case_id}}/events", dependencies=read, tags=["cases"])
    def events(case_id: str) -> dict[str, Any]:
        """Every event recorded, superseded ones included, with provenance."""
        return {"items": reg.event_log(case_id), "next": None}

    @app.post(f"{API}/cases/{{case_id}}/events", status_code=201, tags=["cases"])
    def append_event(
        case_id: str, body: dict[str, Any], actor: Annotated[str, Depends(writer)]
    ) -> dict[str, Any]:
        """Append an event (a bearer token is needed). `source` is required as provenance;
        `supersedes` names an earlier event this one corrects."""
        data = dict(body)
        supersedes = data.pop("supersedes", None)
        if not data.get("source"):
            raise InputError("an appended event needs its source URL", field="source")
        return reg.append_event(
            case_id, data, actor=actor, provenance=data["source"], supersedes=supersedes
        )

    @app.get(f"{API}/cases/{{case_id}}/analysis", dependencies=read, tags=["analysis"])
    def analysis(
        case_id: Annotated[str, Path(examples=["quito-2024"])],
        request: Request,
        as_of: Annotated[str | None, Query(examples=["2024-05-01"])] = None,
    ) -> Response:
        """Findings for a stored case (as `analyze --json`)."""
        body, etag = reg.analysis(case_id, _day(as_of, "as_of"))
        return _cached(request, body, etag)

    @app.post(f"{API}/analyze", dependencies=read, tags=["analysis"])
    async def analyze_posted(request: Request, as_of: str | None = None) -> dict[str, Any]:
        """Analyse a posted case file (JSON, or YAML with Content-Type application/yaml) without storing it."""
        raw = await request.body()
        if len(raw) > MAX_BODY:
            raise InputError(f"case files are limited to {MAX_BODY} bytes", field="body")
        ctype = request.headers.get("content-type", "")
        if "yaml" not in ctype and "json" not in ctype:
            raise InputError("send application/json or application/yaml", field="content-type")
        model = parse_case(raw, name="body")
        return run_analysis(model, reg.view, _day(as_of, "as_of")).to_json()

    @app.get(f"{API}/alerts", dependencies=read, tags=["register"])
    def alerts(as_of: str | None = None, include_inactive: bool = False) -> dict[str, Any]:
        """Alerts from the register, newest first."""
        found = reg.alerts(_day(as_of, "as_of"), include_inactive=include_inactive)
        return {"items": [a.to_json() for a in found], "next": None}

    @app.get(f"{API}/review", dependencies=read, tags=["monitor"])
    def review_queue(
        status: Annotated[str | None, Query(pattern="^(pending|accepted|rejected)$")] = "pending",
    ) -> dict[str, Any]:
        """Extractions from statements and news waiting for review (or reviewed)."""
        from legation.store import review

        return {"items": review.queue(reg, status), "next": None}

    @app.post(f"{API}/review/{{extraction_id}}/accept", tags=["monitor"])
    def review_accept(
        extraction_id: int,
        actor: Annotated[str, Depends(writer)],
        case: str | None = None,
        date: Annotated[
            list[str] | None, Query(description="INDEX=YYYY-MM-DD: give or correct an event's day")
        ] = None,
    ) -> dict[str, Any]:
        """Accept an extraction: its events join the case (linked or named) with the document as source."""
        from legation.store import review

        return review.accept(reg, extraction_id, actor, case, review.parse_days(date or []))

    @app.post(f"{API}/review/{{extraction_id}}/reject", tags=["monitor"])
    def review_reject(extraction_id: int, actor: Annotated[str, Depends(writer)]) -> dict[str, Any]:
        """Reject an extraction; nothing enters the register."""
        from legation.store import review

        review.reject(reg, extraction_id, actor)
        return {"id": extraction_id, "status": "rejected"}

    @app.get(f"{API}/positions", dependencies=read, tags=["treaties"])
    def positions(state: str | None = None) -> dict[str, Any]:
        """Declared positions of states, each with its source."""
        return {"items": reg.positions(_state(state, "state") if state else None), "next": None}

    return app


class _Unauthorized(Exception):
    pass


def _token_name(request: Request, authorization: str | None) -> str | None:
    if not authorization or not authorization.lower().startswith("bearer "):
        return None
    register: Register = request.app.state.register
    return register.check_token(authorization.split(" ", 1)[1].strip())


def reader(request: Request, authorization: Annotated[str | None, Header()] = None) -> None:
    """Reads are public unless the deployment asks for a token."""
    if request.app.state.reads_need_token and _token_name(request, authorization) is None:
        raise _Unauthorized()


def writer(request: Request, authorization: Annotated[str | None, Header()] = None) -> str:
    """Writes need a bearer token; the token's name is recorded as the actor."""
    name = _token_name(request, authorization)
    if name is None:
        raise _Unauthorized()
    return name


async def on_unauthorized(request: Request, exc: Exception) -> JSONResponse:
    resp = problem(
        401, "Unauthorized", "a valid bearer token is required (legation tokens create NAME)"
    )
    resp.headers["WWW-Authenticate"] = "Bearer"
    return resp
