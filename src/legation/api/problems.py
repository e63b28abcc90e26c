"""One error shape for the whole API: RFC 9457 problem details naming the field."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from legation.errors import InputError, InputErrors, LegationError
from legation.store.register import NotFound

PROBLEM = "application/problem+json"


def problem(
    status: int,
    title: str,
    detail: str,
    *,
    field: str | None = None,
    errors: list[dict[str, Any]] | None = None,
) -> JSONResponse:
    body: dict[str, Any] = {
        "type": "about:blank",
        "title": title,
        "status": status,
        "detail": detail,
    }
    if field:
        body["field"] = field
    if errors:
        body["errors"] = errors
    return JSONResponse(body, status_code=status, media_type=PROBLEM)


async def on_input_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, InputError)
    errors = [e.to_dict() for e in exc.errors] if isinstance(exc, InputErrors) else None
    return problem(422, "Invalid input", exc.message, field=exc.field, errors=errors)


async def on_not_found(request: Request, exc: Exception) -> JSONResponse:
    return problem(404, "Not found", str(exc))


async def on_legation_error(request: Request, exc: Exception) -> JSONResponse:
    return problem(409, "Conflict", str(exc))


async def on_validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = [
        {
            "field": ".".join(str(p) for p in e["loc"] if p not in ("body", "query", "path")),
            "reason": e["msg"],
        }
        for e in exc.errors()
    ]
    first = errors[0] if errors else {"field": None, "reason": "invalid request"}
    return problem(
        422,
        "Invalid input",
        f"{first['field']}: {first['reason']}",
        field=first["field"] or None,
        errors=errors,
    )


HANDLERS: list[tuple[type[Exception], Any]] = [
    (RequestValidationError, on_validation_error),
    (NotFound, on_not_found),
    (InputError, on_input_error),
    (LegationError, on_legation_error),
]
