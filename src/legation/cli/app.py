"""The `legation` command: sub-apps are registered here, each in its own module."""

from __future__ import annotations

import typer

from legation.cli import cases, data, law, monitor, reform, register, treaties

app = typer.Typer(
    help="Legation: the law protecting diplomatic missions and diplomatic asylum, as code.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
app.add_typer(treaties.app, name="treaties")
app.add_typer(data.app, name="data")
app.command("positions")(treaties.positions)
app.add_typer(cases.app, name="cases")
app.add_typer(cases.schema_app, name="schema")
app.command("analyze")(law.analyze)
app.command("serve")(register.serve)
app.command("alerts")(register.alerts)
app.command("report")(register.report)
app.add_typer(register.db_app, name="db")
app.add_typer(register.tokens_app, name="tokens")
app.add_typer(reform.app, name="reform")
app.add_typer(monitor.app, name="monitor")
app.command("extract")(monitor.extract)
cases.app.command("import")(register.import_cases)
cases.app.command("export")(register.export_cases)


def main() -> None:
    app()
