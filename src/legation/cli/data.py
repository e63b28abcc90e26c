"""`legation data check`: validate the treaty data set and report its coverage."""

from __future__ import annotations

import typer
from rich.table import Table

from legation.cli.output import JSON_OPTION, console, emit_json, err_console
from legation.treaties.check import check, coverage
from legation.treaties.load import load

app = typer.Typer(help="The bundled treaty data: validation and coverage.")


@app.command("check")
def check_(
    show_coverage: bool = typer.Option(False, "--coverage", help="Also report coverage."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Validate every data file; exit 2 naming each bad row."""
    data = load(strict=False)
    problems = check(data)
    cov = coverage(data)
    if as_json:
        emit_json(
            {
                "ok": not problems,
                "problems": [p.to_dict() for p in problems],
                "rows": len(data.actions),
                "coverage": [c.__dict__ for c in cov] if show_coverage else None,
            }
        )
    else:
        for p in problems:
            err_console.print(f"[red]error:[/red] {p.message}", highlight=False)
        console.print(
            f"{len(data.actions)} status rows in {len(data.files)} files, "
            f"{len(data.positions)} positions: "
            + ("[green]ok[/green]" if not problems else f"[red]{len(problems)} problems[/red]")
        )
        if show_coverage:
            table = Table(
                "instrument", "states with consent", "depositary count", "OAS members with a row",
                "rows to re-verify", "disputed readings", "signed, consent unknown", title="Coverage",
            )  # fmt: skip
            for c in cov:
                table.add_row(
                    c.instrument,
                    str(c.states_with_consent),
                    str(c.depositary_parties or "?"),
                    f"{c.oas_covered}/35",
                    str(c.reference_rows),
                    str(c.alt_rows),
                    str(c.signed_unknown) if c.signed_unknown else "",
                )
            console.print(table)
    if problems:
        raise typer.Exit(2)
