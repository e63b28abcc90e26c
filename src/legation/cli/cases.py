"""`legation cases …` and `legation schema case`."""

from __future__ import annotations

import json
from typing import Any

import typer
from rich.table import Table

from legation.cases.library import get, library
from legation.cli.output import JSON_OPTION, console, emit_json, handle_errors
from legation.model.case import Case

app = typer.Typer(help="The bundled library of real cases.")
schema_app = typer.Typer(help="JSON Schemas of the file formats.")


@schema_app.callback()
def _schema() -> None:
    """JSON Schemas of the file formats (generated from the model)."""


def _dates(case: Case) -> tuple[str, str]:
    days = [e.date for e in case.events]
    if not days:
        return "", ""
    return str(min(days, key=lambda d: d.start)), str(max(days, key=lambda d: d.end))


@app.command("list")
@handle_errors
def list_(as_json: bool = JSON_OPTION) -> None:
    """The cases in the library."""
    rows: list[dict[str, Any]] = []
    for case in library().values():
        first, last = _dates(case)
        rows.append(
            {
                "id": case.id,
                "title": case.title,
                "sending_state": case.sending,
                "receiving_state": case.receiving,
                "kind": case.mission.kind,
                "from": first,
                "to": last,
                "events": len(case.events),
                "sources": len(case.sources),
            }
        )
    if as_json:
        emit_json({"items": rows})
        return
    table = Table("id", "title", "sending", "receiving", "from", "to", title=f"{len(rows)} cases")
    for r in rows:
        table.add_row(
            r["id"], r["title"], r["sending_state"], r["receiving_state"], r["from"], r["to"]
        )
    console.print(table)


@app.command()
@handle_errors
def show(case_id: str = typer.Argument(..., metavar="ID"), as_json: bool = JSON_OPTION) -> None:
    """One case: mission, persons, events and sources."""
    case = get(case_id)
    if as_json:
        emit_json(case.model_dump(mode="json", exclude_none=True))
        return
    m = case.mission
    console.print(f"[bold]{case.title}[/bold]  ({case.id})")
    console.print(f"{m.kind} of {m.sending_state} in {m.city or '?'}, {m.receiving_state}")
    for p in case.persons:
        console.print(f"  {p.name} ({p.role}{', ' + p.nationality if p.nationality else ''})")
    table = Table("id", "date", "type", "by", "note")
    for e in case.events:
        table.add_row(
            e.id or "",
            str(e.date),
            e.type.value,
            e.by or ("private" if e.private_actors else ""),
            e.note or "",
        )
    console.print(table)
    for s in case.sources:
        console.print(f"  source: {s.title or ''} {s.url}")


@schema_app.command("case")
def schema_case() -> None:
    """Print the JSON Schema of the case-file format (generated from the model)."""
    schema = Case.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Legation case file"
    print(json.dumps(schema, indent=2, ensure_ascii=False))
