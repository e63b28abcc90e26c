"""`legation analyze FILE`."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.panel import Panel
from rich.table import Table

from legation.cases.reader import read_case
from legation.cli.output import JSON_OPTION, console, day_option, emit_json, handle_errors
from legation.law import analyze as run_analysis
from legation.law.principles import PRINCIPLE_RULES
from legation.law.view import IndexView
from legation.model.case import Case
from legation.model.findings import Analysis, Finding
from legation.treaties import default_index


@handle_errors
def analyze(
    file: Path = typer.Argument(..., help="A case file (YAML or JSON)."),
    as_of: str | None = typer.Option(None, "--as-of", help="Date of the analysis; default today."),
    trace: bool = typer.Option(
        True, "--trace/--no-trace", help="Include each finding's trace in JSON."
    ),
    as_json: bool = JSON_OPTION,
) -> None:
    """Findings for one case file: answers, reasons, citations and what-ifs."""
    case = read_case(file)
    day = day_option(as_of, "--as-of")
    result = run_analysis(case, IndexView(default_index()), day)
    if as_json:
        emit_json(result.to_json(trace=trace))
        return
    render(result, case)


def render(result: Analysis, case: Case | None = None) -> None:
    console.print(Panel(f"[bold]{result.case}[/bold] as of {result.as_of}", expand=False))
    law = Table("instrument", "states", "binds both from", title="Applicable law")
    for a in result.applicable_law:
        law.add_row(
            a.instrument,
            "–".join(a.states),
            a.in_force_from + (" (uncertain)" if a.uncertain else ""),
        )
    console.print(law)
    principles = Table("state", *PRINCIPLE_RULES, title="Principles (OAS Permanent Council)")
    colour = {"breached": "red", "at_risk": "yellow", "respected": "green", "not_engaged": "dim"}
    for state, row in result.principles.items():
        principles.add_row(state, *(f"[{colour[v]}]{v}[/{colour[v]}]" for v in row.values()))
    console.print(principles)
    groups: dict[str, list[str]] = {}
    for principle, rules in PRINCIPLE_RULES.items():
        for r in rules:
            groups[r] = [principle]
    by_state: dict[str, list[Finding]] = {}
    for f in result.findings:
        by_state.setdefault(f.bearer or "—", []).append(f)
    for state, findings in by_state.items():
        console.rule(f"[bold]{state}[/bold]")
        for f in findings:
            mark = {
                "yes": "[red]yes[/red]" if f.breach else "[bold]yes[/bold]",
                "no": "no",
                "undetermined": "[yellow]undetermined[/yellow]",
            }[f.answer]
            principle = ", ".join(groups.get(f.rule, ["—"]))
            who = f" [{case.name_of(f.person) if case else f.person}]" if f.person else ""
            console.print(
                f"[bold]{f.rule}[/bold]{who} ({principle}; {f.instrument} {f.article}) {f.question}  → {mark}{' — breach by ' + f.bearer if f.breach and f.bearer else ''}"
            )
            for step in f.reasoning:
                console.print(f"    • {step}", highlight=False)
            for m in f.missing_facts:
                console.print(f"    [yellow]missing:[/yellow] {m}", highlight=False)
            for w in f.what_if:
                console.print(
                    f"    [cyan]what if[/cyan] {w.change} → {w.answer}{' (breach)' if w.breach else ''}",
                    highlight=False,
                )
