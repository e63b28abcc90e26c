"""`legation reform list` and `legation reform apply`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
from rich.table import Table

from legation.cases.library import library
from legation.cases.reader import read_case
from legation.cli.output import JSON_OPTION, console, day_option, emit_json, handle_errors
from legation.law.reform import apply as apply_reforms, bundled, compare, load_reform
from legation.law.view import IndexView
from legation.model.case import Case
from legation.treaties import default_index

app = typer.Typer(help="Reform scenarios: a proposed change to the rules, applied to every case.")


@app.command("list")
@handle_errors
def list_(as_json: bool = JSON_OPTION) -> None:
    """The example reforms shipped with Legation."""
    rows: list[dict[str, Any]] = []
    for name in bundled():
        r = load_reform(name)
        rows.append(
            {
                "reform": r.reform,
                "title": r.title,
                "status": r.status,
                "sources": [s.url for s in r.sources],
            }
        )
    if as_json:
        emit_json({"items": rows})
        return
    table = Table("reform", "status", "title")
    for row in rows:
        table.add_row(row["reform"], row["status"], row["title"])
    console.print(table)


def _cases(paths: list[Path] | None) -> list[Case]:
    if not paths:
        return list(library().values())
    out: list[Case] = []
    for path in paths:
        files = (
            sorted(path.glob("*.yaml")) + sorted(path.glob("*.json")) if path.is_dir() else [path]
        )
        out.extend(read_case(f) for f in files)
    return out


@app.command("apply")
@handle_errors
def apply(
    reforms: list[str] = typer.Argument(
        ..., help="Reform files or bundled names, applied in this order."
    ),
    cases: list[Path] | None = typer.Option(
        None, "--cases", help="Case files or folders (default: the library)."
    ),
    as_of: str | None = typer.Option(None, "--as-of", help="Date of the analysis; default today."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Findings before and after the reform(s), case by case, with the reasons that changed."""
    view = IndexView(default_index())
    applied = apply_reforms([load_reform(r) for r in reforms], view)
    result = compare(_cases(cases), view, applied, day_option(as_of, "--as-of"))
    if as_json:
        emit_json(result)
        return
    table = Table(
        "case",
        "rule",
        "before",
        "after",
        "why",
        title=f"Reform {result['reform']} as of {result['as_of']}",
    )
    for c in result["changes"]:
        table.add_row(
            c["case"], c["rule"], _fmt(c["before"]), _fmt(c["after"]), "\n".join(c["why"][:3])
        )
    console.print(table)
    console.print(f"{len(result['changes'])} findings change; {result['unchanged']} stay the same.")
    for case_id, states in result["principles"].items():
        for state, principles in states.items():
            for name, values in principles.items():
                console.print(f"  {case_id} {state} {name}: {values['before']} → {values['after']}")


def _fmt(brief: dict[str, object] | None) -> str:
    if brief is None:
        return "—"
    return (
        f"{brief['answer']}{' (breach by ' + str(brief['bearer']) + ')' if brief['breach'] else ''}"
    )
