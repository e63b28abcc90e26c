"""`legation serve`, `legation db …`, `legation tokens …`, `legation alerts`,
`legation cases import|export`: the register from the command line."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import typer
import yaml
from rich.table import Table

from legation.cases.reader import read_case
from legation.cli.output import JSON_OPTION, console, day_option, emit_json, handle_errors
from legation.errors import InputError, InputErrors
from legation.store.register import Register

db_app = typer.Typer(help="The register's database: schema and bundled data.")
tokens_app = typer.Typer(help="API tokens for writes (only a hash is stored).")


@handle_errors
def serve(
    host: str = typer.Option("127.0.0.1", "--host"),
    port: int = typer.Option(8000, "--port"),
) -> None:
    """Run the REST API (and dashboard) on the configured store."""
    import uvicorn

    from legation.api import create_app

    app = create_app(Register.open())
    console.print(
        f"Legation on http://{host}:{port}/  (API under /api/v1, OpenAPI at /api/v1/openapi.json)"
    )
    uvicorn.run(app, host=host, port=port, log_level="info")


@db_app.command("upgrade")
@handle_errors
def db_upgrade(as_json: bool = JSON_OPTION) -> None:
    """Migrate the database to the latest schema and load the package's data (idempotent)."""
    reg = Register(None)
    reg.upgrade()
    loaded = reg.load_bundled()
    if as_json:
        emit_json({"url": _safe(reg.url), **loaded})
    else:
        console.print(
            f"{_safe(reg.url)}: schema up to date; reloaded {loaded['cases']} library cases, {loaded['positions']} positions"
        )


def _safe(url: str) -> str:
    """The URL without its password, for printing."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        return f"{scheme}://{creds.split(':')[0]}:***@{host}"
    return url


@tokens_app.command("create")
@handle_errors
def tokens_create(name: str = typer.Argument(..., help="Who the token is for.")) -> None:
    """Create a token and print it once."""
    token = Register.open().create_token(name)
    print(token)


@tokens_app.command("revoke")
@handle_errors
def tokens_revoke(name: str = typer.Argument(...)) -> None:
    """Revoke a token by name."""
    Register.open().revoke_token(name)
    console.print(f"revoked {name}")


@handle_errors
def alerts(
    as_of: str | None = typer.Option(None, "--as-of"),
    include_inactive: bool = typer.Option(False, "--all", help="Also closed and historical cases."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Alerts from the register, newest first."""
    found = Register.open().alerts(day_option(as_of, "--as-of"), include_inactive=include_inactive)
    if as_json:
        emit_json({"items": [a.to_json() for a in found], "next": None})
        return
    table = Table("date", "case", "kind", "message", title=f"{len(found)} alerts")
    for a in found:
        table.add_row(a.date.isoformat(), a.case, a.kind, a.message)
    console.print(table)


@handle_errors
def import_cases(
    files: list[Path] = typer.Argument(..., help="Case files (YAML or JSON)."),
    replace: bool = typer.Option(False, "--replace", help="Replace cases with the same id."),
) -> None:
    """Import case files into the register: all or nothing."""
    problems: list[InputError] = []
    cases = []
    for path in files:
        try:
            cases.append(read_case(path))
        except InputErrors as exc:
            problems.extend(exc.errors)
        except InputError as exc:
            problems.append(exc)
    if problems:
        raise InputErrors(problems)
    count = Register.open().import_cases(cases, actor="cli", replace=replace)
    console.print(f"imported {count} cases")


@handle_errors
def export_cases(
    fmt: str = typer.Option(
        "json", "--format", help="json, yaml, csv (events) or parquet (events)."
    ),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="File to write (stdout for text formats)."
    ),
) -> None:
    """Export the register's cases."""
    cases = Register.open().all_cases()
    docs = [c.model_dump(mode="json", exclude_none=True) for c in cases]
    if fmt == "json":
        _write(json.dumps({"items": docs}, ensure_ascii=False, indent=2), output)
    elif fmt == "yaml":
        _write(yaml.safe_dump_all(docs, allow_unicode=True, sort_keys=False), output)
    elif fmt in ("csv", "parquet"):
        rows = [
            {"case": c.id, "event": e.id, "date": str(e.date), "type": e.type.value, "by": e.by, "person": e.person,
             "consent": None if e.consent is None else str(e.consent), "source": e.source, "note": e.note}
            for c in cases for e in c.events
        ]  # fmt: skip
        if fmt == "csv":
            buf = io.StringIO()
            writer = csv.DictWriter(buf, fieldnames=list(rows[0]) if rows else ["case"])
            writer.writeheader()
            writer.writerows(rows)
            _write(buf.getvalue(), output)
        else:
            import pyarrow as pa
            import pyarrow.parquet as pq

            if output is None:
                raise InputError("parquet needs --output FILE", field="--output")
            pq.write_table(pa.Table.from_pylist(rows), output)
            console.print(f"wrote {len(rows)} events to {output}")
    else:
        raise InputError("choose json, yaml, csv or parquet", field="--format")


def _write(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")


@handle_errors
def report(
    case: str = typer.Argument(..., help="A case id in the register, or a case file."),
    fmt: str = typer.Option("md", "--format", help="md, html or pdf."),
    as_of: str | None = typer.Option(None, "--as-of"),
    lang: str = typer.Option("en", "--lang", help="en, es, pt or fr."),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="File to write (required for pdf)."
    ),
) -> None:
    """A memo for one case: facts, applicable law, findings, principles, timeline, sources."""
    from legation.reports.memo import memo_context, render_html, render_markdown, render_pdf
    from legation.web.i18n import LANGUAGES

    if lang not in LANGUAGES:
        raise InputError(f"choose one of {', '.join(LANGUAGES)}", field="--lang")
    path = Path(case)
    reg = Register.open()
    model = read_case(path) if path.suffix in (".yaml", ".yml", ".json") else reg.get_case(case)[0]
    ctx = memo_context(model, reg.view, day_option(as_of, "--as-of"), lang)
    if fmt == "md":
        _write(render_markdown(ctx), output)
    elif fmt == "html":
        _write(render_html(ctx), output)
    elif fmt == "pdf":
        if output is None:
            raise InputError("pdf needs --output FILE", field="--output")
        output.write_bytes(render_pdf(ctx))
        console.print(f"wrote {output}")
    else:
        raise InputError("choose md, html or pdf", field="--format")
