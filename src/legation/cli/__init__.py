"""Command line: thin Typer commands over the library (DESIGN §4)."""
