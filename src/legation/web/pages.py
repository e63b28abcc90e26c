"""Dashboard pages (DESIGN §5), server-rendered over the same services as the API."""

from __future__ import annotations

import hashlib
from collections import Counter
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.responses import HTMLResponse, PlainTextResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint

from legation.cases.alerts import inside, is_active
from legation.cases.reader import parse_case
from legation.errors import InputError, InputErrors
from legation.law import analyze
from legation.law.principles import PRINCIPLE_RULES
from legation.law.reform import apply as apply_reforms, bundled, compare, load_reform
from legation.model.dates import parse_day
from legation.model.findings import Analysis, shown_once
from legation.model.states import get_state, resolve
from legation.reports.memo import memo_context, render_html, render_markdown, render_pdf
from legation.store.register import Register
from legation.treaties import default_index
from legation.treaties.check import OAS_MEMBERS
from legation.treaties.settlement import routes as settlement_routes
from legation.web.charts import timeline_svg, world_map_svg
from legation.web.i18n import COOKIE, LANGUAGES, negotiate, translations

# A review form carries a day per event at most; more fields are refused.
MAX_EVENT_DAYS = 64

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


def _dir(name: str) -> Path:
    return Path(str(resources.files("legation.web") / name))


@cache
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(_dir("templates")), autoescape=select_autoescape(["html"])
    )
    env.globals["asset_version"] = _asset_version()
    env.globals["max_event_days"] = MAX_EVENT_DAYS
    return env


@cache
def _asset_version() -> str:
    digest = hashlib.sha256()
    for path in sorted(_dir("static").iterdir()):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


class SecurityHeaders(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        response = await call_next(request)
        if not request.url.path.startswith("/api/"):
            response.headers["Content-Security-Policy"] = CSP
            response.headers["X-Content-Type-Options"] = "nosniff"
            response.headers["Referrer-Policy"] = "no-referrer"
        return response


def _lang(request: Request) -> str:
    return negotiate(
        request.query_params.get("lang"),
        request.cookies.get(COOKIE),
        request.headers.get("accept-language"),
    )


def _today(request: Request) -> date:
    value = request.query_params.get("today")
    try:
        return parse_day(value) if value else date.today()
    except ValueError:
        return date.today()


def render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    lang = _lang(request)
    t = translations(lang)
    index = default_index()

    def state_name(code: str | None) -> str:
        if not code:
            return ""
        try:
            return get_state(code).name(lang)
        except InputError:
            return code

    def title(instrument: str | None) -> str:
        if instrument in index.instruments:
            return index.instruments[instrument].title(lang)
        return instrument or ""

    def url_lang(code: str) -> str:
        params = dict(request.query_params)
        params["lang"] = code
        return str(request.url.path) + "?" + "&".join(f"{k}={v}" for k, v in params.items())

    body = environment().get_template(template).render(
        _=t.gettext, lang=lang, languages=LANGUAGES, state_name=state_name, title=title,
        url_lang=url_lang, path=request.url.path, **context,
    )  # fmt: skip
    response = HTMLResponse(body, status_code=status)
    if request.query_params.get("lang") in LANGUAGES:
        response.set_cookie(COOKIE, lang, max_age=365 * 86400, samesite="lax")
    return response


def grouped(analysis: Analysis) -> dict[str, dict[str, list[Any]]]:
    """Findings by state, then by principle (rules outside the three under 'other'),
    with per-person findings that agree shown once."""
    principle_of = {r: p for p, rules in PRINCIPLE_RULES.items() for r in rules}
    out: dict[str, dict[str, list[Any]]] = {}
    for f, people in shown_once(analysis.findings):
        state = f.bearer or "—"
        out.setdefault(state, {}).setdefault(principle_of.get(f.rule, "other"), []).append(
            (f, people)
        )
    return out


def mount(app: FastAPI, reg: Register) -> None:
    """Add the dashboard's pages to the API application."""
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=_dir("static")), name="static")
    index = default_index()

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def overview(request: Request) -> HTMLResponse:
        today = _today(request)
        cases = reg.all_cases()
        live = [c for c in cases if is_active(c, today)]
        people = []
        for c in live:
            names = {p.id: p.name for p in c.persons}
            for pid, (entered, left) in inside(c, today).items():
                if left is None:
                    people.append(
                        {
                            "case": c,
                            "name": names.get(pid, pid),
                            "entered": entered,
                            "days": (today - entered).days,
                        }
                    )
        recent = sorted(
            ((e, c) for c in cases for e in c.events if e.date.start <= today),
            key=lambda x: x[0].date.start,
            reverse=True,
        )[:12]
        return render(
            request, "overview.html", today=today, live=live, people=people, recent=recent,
            alerts=reg.alerts(today), cases=cases, map_version=f"{len(cases)}-{len(live)}-{today.isoformat()}",
        )  # fmt: skip

    @app.get("/map.svg", include_in_schema=False)
    def world_map(request: Request) -> Response:
        today = _today(request)
        cases = reg.all_cases()
        live = [c for c in cases if is_active(c, today)]
        sending = Counter(c.sending for c in cases)
        receiving = Counter(c.receiving for c in cases)
        active_states = {s for c in live for s in (c.sending, c.receiving)}
        svg = world_map_svg(
            dict(sending), dict(receiving), active_states, "Cases by sending and receiving state"
        )
        return Response(svg, media_type="image/svg+xml", headers={"Cache-Control": "max-age=300"})

    @app.get("/cases/{case_id}", response_class=HTMLResponse, include_in_schema=False)
    def case_page(request: Request, case_id: str) -> HTMLResponse:
        case, meta = reg.get_case(case_id)
        as_of = (
            _today(request)
            if not request.query_params.get("as_of")
            else parse_day(request.query_params["as_of"])
        )
        analysis = analyze(case, reg.view, as_of)
        law_by_date = []
        for day in sorted({e.date.end for e in case.events if e.date.end <= as_of}):
            law_by_date.append((day, index.between(case.sending, case.receiving, day)))
        return render(
            request, "case.html", case=case, meta=meta, analysis=analysis, groups=grouped(analysis),
            timeline=timeline_svg(case, case.title), law_by_date=law_by_date, as_of=as_of,
        )  # fmt: skip

    @app.get("/cases/{case_id}/memo.{fmt}", include_in_schema=False)
    def memo(request: Request, case_id: str, fmt: str) -> Response:
        case, _ = reg.get_case(case_id)
        as_of = (
            parse_day(request.query_params["as_of"])
            if request.query_params.get("as_of")
            else date.today()
        )
        ctx = memo_context(case, reg.view, as_of, _lang(request))
        if fmt == "md":
            return PlainTextResponse(
                render_markdown(ctx), media_type="text/markdown; charset=utf-8"
            )
        if fmt == "html":
            return HTMLResponse(render_html(ctx))
        if fmt == "pdf":
            return Response(render_pdf(ctx), media_type="application/pdf",
                            headers={"Content-Disposition": f'attachment; filename="{case.id}-memo.pdf"'})  # fmt: skip
        raise InputError("memo format is md, html or pdf", field="format")

    @app.get("/treaties", response_class=HTMLResponse, include_in_schema=False)
    def treaties(request: Request, on: str | None = None) -> HTMLResponse:
        day = parse_day(on) if on else _today(request)
        states = sorted(
            set(OAS_MEMBERS) | {s for c in reg.all_cases() for s in (c.sending, c.receiving)}
        )
        matrix = [(s, [index.status(s, i, day) for i in index.instruments]) for s in states]
        return render(
            request,
            "treaties.html",
            day=day,
            matrix=matrix,
            instruments=list(index.instruments.values()),
        )

    @app.get("/states/{code}", response_class=HTMLResponse, include_in_schema=False)
    def state_page(request: Request, code: str) -> HTMLResponse:
        state = resolve(code)
        day = _today(request)
        from legation.treaties.positions import contradictions

        mine = [p for p in index.data.positions if p.state == state]
        flagged = {id(c.position): c.reason for c in contradictions(index, mine)}
        positions = [(p, flagged.get(id(p))) for p in mine]
        cases = [c for c in reg.all_cases() if state in (c.sending, c.receiving)]
        history = [
            (i, [a for a in index.status(state, i.id, day).actions])
            for i in index.instruments.values()
        ]
        return render(request, "state.html", state=state, statuses=index.statuses(state, day), day=day,
                      positions=positions, cases=cases, history=history)  # fmt: skip

    @app.get("/pair", response_class=HTMLResponse, include_in_schema=False)
    def pair(
        request: Request, a: str = "MEX", b: str = "ECU", on: str | None = None
    ) -> HTMLResponse:
        sa, sb = resolve(a), resolve(b)
        day = parse_day(on) if on else _today(request)
        return render(request, "pair.html", a=sa, b=sb, day=day, bindings=index.between(sa, sb, day),
                      routes=settlement_routes(index, sa, sb, day))  # fmt: skip

    @app.get("/analyze", response_class=HTMLResponse, include_in_schema=False)
    def analyze_form(request: Request) -> HTMLResponse:
        return render(request, "analyze.html", text="", errors=[], analysis=None, groups=None)

    @app.post("/analyze", response_class=HTMLResponse, include_in_schema=False)
    async def analyze_post(request: Request) -> HTMLResponse:
        async with request.form(max_files=1, max_fields=4) as form:
            upload = form.get("file")
            text = str(form.get("text") or "")
            if upload is not None and hasattr(upload, "read"):
                raw = await upload.read()
                if raw:
                    text = raw.decode("utf-8", errors="replace")
        errors: list[dict[str, Any]] = []
        analysis = None
        model = None
        try:
            model = parse_case(text, name="case")
            analysis = analyze(model, reg.view, _today(request))
        except InputErrors as exc:
            errors = [e.to_dict() for e in exc.errors]
        except InputError as exc:
            errors = [exc.to_dict()]
        return render(request, "analyze.html", status=422 if errors else 200, text=text, errors=errors,
                      analysis=analysis, groups=grouped(analysis) if analysis else None,
                      case=model if analysis else None)  # fmt: skip

    @app.get("/review", response_class=HTMLResponse, include_in_schema=False)
    def review_page(request: Request) -> HTMLResponse:
        from legation.store import review

        return render(request, "review.html", items=review.queue(reg), message=None)

    @app.post("/review/{extraction_id}", response_class=HTMLResponse, include_in_schema=False)
    async def review_action(request: Request, extraction_id: int) -> HTMLResponse:
        """Accepting or rejecting changes the register, so the form must carry a token."""
        from legation.store import review

        async with request.form(max_files=0, max_fields=4 + MAX_EVENT_DAYS) as form:
            token, action, case = (
                str(form.get("token") or ""),
                str(form.get("action") or ""),
                str(form.get("case") or ""),
            )
            # the day a reviewer gives an event whose day is unknown or wrong
            given = [
                f"{key.removeprefix('day-')}={value}"
                for key, value in form.items()
                if key.startswith("day-") and isinstance(value, str) and value
            ]
        actor = reg.check_token(token) if token else None
        if actor is None:
            return render(
                request,
                "review.html",
                status=401,
                items=review.queue(reg),
                message="A valid API token is required.",
            )
        if action == "accept":
            try:
                out = review.accept(
                    reg, extraction_id, actor, case or None, review.parse_days(given)
                )
            except InputError as e:
                return render(
                    request, "review.html", status=400, items=review.queue(reg), message=str(e)
                )
            message = (
                f"Accepted {extraction_id}: {len(out['added'])} events added to {out['case']}."
            )
        else:
            review.reject(reg, extraction_id, actor)
            message = f"Rejected {extraction_id}."
        return render(request, "review.html", items=review.queue(reg), message=message)

    @app.get("/reforms", response_class=HTMLResponse, include_in_schema=False)
    def reforms(request: Request) -> HTMLResponse:
        chosen = request.query_params.getlist("reform")
        state = request.query_params.get("state") or None
        available = [load_reform(n) for n in bundled()]
        result = None
        if chosen:
            applied = apply_reforms([load_reform(n) for n in chosen], reg.view)
            result = compare(reg.all_cases(), reg.view, applied, _today(request))
            if state:
                code = resolve(state)
                keep = {c.id for c in reg.all_cases() if code in (c.sending, c.receiving)}
                result["changes"] = [c for c in result["changes"] if c["case"] in keep]
        return render(
            request,
            "reforms.html",
            available=available,
            chosen=chosen,
            result=result,
            state=state or "",
        )
