"""Documentation that cannot drift: generated files are current, every command and
rule id is documented, and the rule ids are those of the design contract."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import typer.main

from legation.cli.app import app
from legation.law import REGISTRY, RULE_ORDER

ROOT = Path(__file__).resolve().parent.parent
DESIGN = ROOT.parent / "shared" / "DESIGN.md"
CONTRACT_RULES = (
    "vcdr.22.1.entry", "vcdr.22.2.protect", "vcdr.22.3.search", "vcdr.24.archives",
    "vcdr.25.facilities", "vcdr.27.communication", "vcdr.29.person", "vcdr.41.3.misuse",
    "vcdr.45.severance", "vccr.31.entry", "premises.status", "asylum.treaty",
    "asylum.grant.lawful", "asylum.qualification.binding", "asylum.safe_conduct.duty",
    "asylum.safe_conduct.denial", "asylum.surrender.duty", "asylum.non_refoulement",
    "asylum.duration",
)  # fmt: skip


def test_rule_ids_are_the_contract() -> None:
    assert tuple(RULE_ORDER) == CONTRACT_RULES
    assert set(REGISTRY) == set(CONTRACT_RULES)
    if DESIGN.exists():  # the shared contract sits beside the checkout
        table = re.findall(r"^\| `([a-z0-9_.]+)` \| ", DESIGN.read_text(encoding="utf-8"), re.M)
        assert table == list(CONTRACT_RULES)


def test_generated_docs_are_current(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    import gen_docs

    for name, make in gen_docs.FILES.items():
        assert (ROOT / "docs" / name).read_text(encoding="utf-8") == make(), (
            f"docs/{name} is stale: run python scripts/gen_docs.py"
        )


def _commands(group: typer.Typer, prefix: str = "") -> list[str]:
    click_group = typer.main.get_command(group)
    out = []
    for name, cmd in click_group.commands.items():  # type: ignore[attr-defined]
        full = f"{prefix}{name}"
        if hasattr(cmd, "commands"):
            out += [f"{full} {sub}" for sub in cmd.commands]
        else:
            out.append(full)
    return out


def test_every_command_is_documented() -> None:
    docs = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in _commands(app):
        assert f"`legation {command}" in docs, f"{command} missing from docs/cli.md"
        assert f"legation {command}" in readme, f"{command} missing from README"


def test_readme_quick_start_is_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Quick start", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    assert [line.split()[0:2] for line in block.strip().splitlines()] == [
        ["make", "run"],
        ["make", "test"],
    ]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci


def test_ci_script_is_strict() -> None:
    proc = subprocess.run(
        ["bash", "-n", str(ROOT / ".ci" / "run")], capture_output=True, check=False
    )
    assert proc.returncode == 0
    assert "set -euo pipefail" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_public_surface_is_what_it_says() -> None:
    import legation

    for name in legation.__all__:
        assert getattr(legation, name) is not None, name
