"""The three principles put to the OAS Permanent Council, derived from findings.

respect the inviolability of missions (`inviolability`); avoid harassment and
siege tactics (`no_siege`); use protection responsibly so that embassies do
not become permanent refuges (`responsible_protection`).
"""

from __future__ import annotations

from legation.model.findings import Finding, PrincipleValue

PRINCIPLE_RULES: dict[str, tuple[str, ...]] = {
    "inviolability": (
        "vcdr.22.1.entry", "vcdr.22.3.search", "vcdr.24.archives", "vcdr.27.communication",
        "vcdr.29.person", "vcdr.45.severance", "vccr.31.entry",
    ),
    "no_siege": ("vcdr.22.2.protect", "vcdr.25.facilities"),
    "responsible_protection": ("asylum.grant.lawful", "asylum.duration", "vcdr.41.3.misuse"),
}  # fmt: skip


def principles(
    findings: list[Finding], states: list[str], extra: dict[str, str] | None = None
) -> dict[str, dict[str, PrincipleValue]]:
    """Per state: breached if a finding establishes a breach by it; at risk if a
    finding about its conduct is undetermined (or flags a long stay); respected if
    a finding engaged its conduct and found nothing; otherwise not engaged."""
    groups = {k: list(v) for k, v in PRINCIPLE_RULES.items()}
    for rule_id, principle in (extra or {}).items():
        groups[principle].append(rule_id)
    out: dict[str, dict[str, PrincipleValue]] = {}
    for state in states:
        row: dict[str, PrincipleValue] = {}
        for principle, rules in groups.items():
            mine = [f for f in findings if f.rule in rules and f.bearer == state]
            if any(f.breach for f in mine):
                row[principle] = "breached"
            elif any(
                f.answer == "undetermined" or (f.rule == "asylum.duration" and f.answer == "yes")
                for f in mine
            ):
                row[principle] = "at_risk"
            elif mine:
                row[principle] = "respected"
            else:
                row[principle] = "not_engaged"
        out[state] = row
    return out
