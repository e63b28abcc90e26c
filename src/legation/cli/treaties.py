"""`legation treaties …` and `legation positions`."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import typer
from rich.table import Table

from legation.cli.output import (
    JSON_OPTION,
    console,
    day_option,
    emit_json,
    err_console,
    handle_errors,
    state_arg,
)
from legation.model.states import get_state
from legation.treaties import default_index, stale_files
from legation.treaties.positions import contradictions

app = typer.Typer(help="Treaty status: instruments, parties, what binds whom on a date.")


def _warn_stale() -> None:
    for line in stale_files(default_index(), date.today()):
        err_console.print(f"[yellow]warning:[/yellow] data not re-verified for a year: {line}")


@app.command("list")
@handle_errors
def list_(as_json: bool = JSON_OPTION) -> None:
    """Instruments with ids, titles and entry into force."""
    index = default_index()
    rows = [
        {
            "id": i.id,
            "title": i.title(),
            "adopted": i.adopted.isoformat(),
            "entry_into_force": i.entry_into_force.isoformat(),
            "depositary": i.depositary,
            "reference": i.reference,
            "status_url": i.status_url,
        }
        for i in index.instruments.values()
    ]
    if as_json:
        emit_json({"items": rows})
        return
    table = Table("id", "title", "adopted", "in force", "depositary", title="Instruments")
    for r in rows:
        table.add_row(r["id"], r["title"], r["adopted"], r["entry_into_force"], r["reference"])
    console.print(table)


@app.command()
@handle_errors
def status(
    state: str = typer.Argument(..., help="ISO alpha-3 or alpha-2 code, or a name."),
    instrument: str | None = typer.Option(None, "--instrument", help="Only this instrument."),
    on: str | None = typer.Option(None, "--on", help="Date (YYYY-MM-DD); default today."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Party status of a state, per instrument, on a date."""
    index = default_index()
    code = state_arg(state, "STATE")
    day = day_option(on, "--on")
    if instrument is not None:
        statuses = [index.status(code, index.instrument(instrument).id, day)]
    else:
        statuses = index.statuses(code, day)
    if as_json:
        emit_json(
            {"state": code, "on": day.isoformat(), "instruments": [s.to_json() for s in statuses]}
        )
        return
    _warn_stale()
    table = Table(
        "instrument", "party", "since", "signed", "reservations", "note",
        title=f"{get_state(code).name()} ({code}) on {day.isoformat()}",
    )  # fmt: skip
    for s in statuses:
        party = "[green]yes[/green]" if s.party else "no"
        if s.uncertain:
            party += " [yellow](uncertain)[/yellow]"
        note = "; ".join(s.uncertainty or s.notes)
        if s.pending_denunciation is not None:
            note = f"denunciation notified {s.pending_denunciation.date}; " + note
        reservations = ", ".join(",".join(r.articles) for r in s.reservations)
        table.add_row(
            s.instrument.id,
            party,
            str(s.since or ""),
            "yes" if s.signed else "",
            reservations,
            note,
        )
    console.print(table)


@app.command()
@handle_errors
def between(
    a: str = typer.Argument(..., help="First state."),
    b: str = typer.Argument(..., help="Second state."),
    on: str | None = typer.Option(None, "--on", help="Date (YYYY-MM-DD); default today."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Instruments in force between two states on a date."""
    index = default_index()
    sa, sb = state_arg(a, "A"), state_arg(b, "B")
    day = day_option(on, "--on")
    bindings = index.between(sa, sb, day)
    if as_json:
        emit_json(
            {
                "states": [sa, sb],
                "on": day.isoformat(),
                "instruments": [x.to_json() for x in bindings],
            }
        )
        return
    _warn_stale()
    table = Table("instrument", "in force between them from", "note", title=f"{sa}–{sb} on {day}")
    for x in bindings:
        table.add_row(x.instrument.id, str(x.in_force_from), "uncertain" if x.uncertain else "")
    console.print(table)
    if not bindings:
        console.print("No instrument in scope binds both states on that date.")


@app.command("import")
@handle_errors
def import_(
    file: Path = typer.Argument(..., exists=False, help="A saved UNTC or OAS status page."),
    instrument: str = typer.Option(..., "--instrument", help="Instrument id the page is for."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Read a saved depositary page and show how it differs from the bundled data."""
    from legation.treaties.importers import diff_against, read_page

    index = default_index()
    inst = index.instrument(instrument)
    rows = read_page(file, inst)
    diff = diff_against(
        rows, index.data.files[inst.id].actions if inst.id in index.data.files else []
    )
    if as_json:
        emit_json(diff.to_json())
        return
    table = Table("change", "state", "action", "page", "bundled", title=f"{file.name} vs {inst.id}")
    for change in diff.changes:
        table.add_row(
            change.kind, change.state, change.action, change.page or "", change.bundled or ""
        )
    console.print(table)
    console.print(f"{diff.same} rows agree.")


@handle_errors
def positions(
    state: str = typer.Argument(..., help="State whose declared positions to show."),
    as_json: bool = JSON_OPTION,
) -> None:
    """What a state has declared about these instruments and diplomatic asylum,
    flagging any declaration that contradicts the status data."""
    index = default_index()
    code = state_arg(state, "STATE")
    items = [p for p in index.data.positions if p.state == code]
    flagged = {id(c.position): c for c in contradictions(index, items)}
    if as_json:
        emit_json(
            {
                "state": code,
                "items": [
                    {
                        **p.model_dump(mode="json"),
                        "contradiction": flagged[id(p)].reason if id(p) in flagged else None,
                    }
                    for p in items
                ],
            }
        )
        return
    table = Table("date", "topic", "stance", "statement", "source", title=f"Positions of {code}")
    for p in items:
        stance = p.stance + (" [red](contradicts status data)[/red]" if id(p) in flagged else "")
        table.add_row(str(p.date), p.topic, stance, p.statement, p.source.url)
    console.print(table)
    for c in flagged.values():
        console.print(f"[red]contradiction:[/red] {c.reason}")
