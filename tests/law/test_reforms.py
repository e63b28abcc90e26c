"""Reform scenarios: each example flips exactly the findings it should, and nothing else."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from legation.cases.library import library
from legation.errors import InputError
from legation.law.reform import apply, bundled, compare, load_reform
from legation.law.view import IndexView

AS_OF = date(2026, 11, 29)


def flips(view: IndexView, *names: str) -> dict[tuple[str, str, str | None], tuple[object, object]]:
    """(case, rule, person) -> (answer, breach) before and after; person is None for
    rules answered once per case."""
    applied = apply([load_reform(n) for n in names], view)
    result = compare(list(library().values()), view, applied, AS_OF)
    return {
        (c["case"], c["rule"], c.get("person")): (
            c["before"] and (c["before"]["answer"], c["before"]["breach"]),
            c["after"] and (c["after"]["answer"], c["after"]["breach"]),
        )
        for c in result["changes"]
    }


def test_excluding_ordinary_offences_makes_the_quito_grant_unlawful_and_nothing_else(
    view: IndexView,
) -> None:
    assert flips(view, "exclude-ordinary-offences") == {
        ("quito-2024", "asylum.grant.lawful", "glas"): (("undetermined", False), ("no", True)),
        ("quito-2024", "asylum.safe_conduct.duty", "glas"): (
            ("undetermined", False),
            ("no", False),
        ),
        ("quito-2024", "asylum.safe_conduct.denial", "glas"): (
            ("undetermined", False),
            ("no", False),
        ),
        ("quito-2024", "asylum.surrender.duty", "glas"): (("undetermined", False), ("yes", False)),
    }
    # The police entry stays a breach: no asylum rule can license an entry.
    applied = apply([load_reform("exclude-ordinary-offences")], view)
    result = compare([library()["quito-2024"]], view, applied, AS_OF)
    assert ("quito-2024", "vcdr.22.1.entry") not in {
        (c["case"], c["rule"]) for c in result["changes"]
    }
    why = next(c["why"] for c in result["changes"] if c["rule"] == "asylum.grant.lawful")
    assert any("no exception for acts of a political character" in w for w in why)


def test_contestable_qualification_through_an_added_protocol(view: IndexView) -> None:
    # Every asylee whose grant was qualified political under Caracas art. IV: the six in
    # the Argentine residence one by one, Betssy Chávez in Lima, Jorge Glas in Quito.
    caracas = ("meda", "urruchurtu", "macero", "villalobos", "gonzalez", "martinez_mottola")
    assert flips(view, "contestable-qualification") == {
        (case, "asylum.qualification.binding", person): (("yes", False), ("no", False))
        for case, person in [
            *(("caracas-argentine-residence-2024", p) for p in caracas),
            ("lima-mexican-embassy-2025", "chavez"),
            ("quito-2024", "glas"),
        ]
    }


def test_safe_conduct_deadline_turns_a_pending_request_into_a_breach(view: IndexView) -> None:
    assert flips(view, "safe-conduct-deadline") == {
        ("lima-mexican-embassy-2025", "asylum.safe_conduct.denial", "chavez"): (
            ("undetermined", False),
            ("yes", True),
        )
    }


def test_maximum_duration(view: IndexView) -> None:
    # Counted person by person: of the six in Caracas only Martínez Mottola, who left in
    # December 2024, was under Legation's flag and passes the reform's maximum; the five who
    # stayed until May 2025 were already flagged.
    assert flips(view, "maximum-duration") == {
        ("lima-mexican-embassy-2025", "asylum.duration", "chavez"): (
            ("undetermined", False),
            ("yes", False),
        ),
        ("caracas-argentine-residence-2024", "asylum.duration", "martinez_mottola"): (
            ("no", False),
            ("yes", False),
        ),
        ("la-paz-mexican-residence-2019", "asylum.duration", "arce_zaconeta"): (
            ("undetermined", False),
            ("yes", False),
        ),
        ("la-paz-mexican-residence-2019", "asylum.duration", "quintana"): (
            ("undetermined", False),
            ("yes", False),
        ),
    }


def test_siege_provision_adds_findings_and_changes_none(view: IndexView) -> None:
    result = flips(view, "siege-measures-express")
    assert all(
        rule == "reform.siege.express" and before is None
        for (_, rule, _), (before, _) in result.items()
    )
    assert result[("caracas-argentine-residence-2024", "reform.siege.express", None)] == (
        None,
        ("yes", True),
    )
    # The La Paz deployment is contested, so the new provision cannot settle it.
    assert result[("la-paz-mexican-residence-2019", "reform.siege.express", None)] == (
        None,
        ("undetermined", False),
    )


def test_reforms_compose_in_order(view: IndexView) -> None:
    both = flips(view, "exclude-ordinary-offences", "safe-conduct-deadline")
    assert set(both) == set(flips(view, "exclude-ordinary-offences")) | set(
        flips(view, "safe-conduct-deadline")
    )


def test_every_example_reform_is_sourced_or_labelled_illustrative() -> None:
    assert len(bundled()) >= 4
    for name in bundled():
        reform = load_reform(name)
        assert reform.status == "illustrative" or reform.sources, name


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("params: {max_days: 10}", "no law parameter 'max_days'"),
        ("neutralise: [vcdr.22.9.entry]", "no rule 'vcdr.22.9.entry'"),
        ("replace: [{rule: asylum.nope, answer: 'no', reasoning: [x]}]", "no rule 'asylum.nope'"),
    ],
)
def test_unknown_names_are_errors(tmp_path: Path, body: str, message: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(f"reform: bad\ntitle: t\nstatus: illustrative\nsummary: s\n{body}\n")
    with pytest.raises(InputError, match=message):
        load_reform(path)


def test_neutralising_a_rule_removes_its_findings(view: IndexView, tmp_path: Path) -> None:
    path = tmp_path / "n.yaml"
    path.write_text(
        "reform: no-duration\ntitle: t\nstatus: illustrative\nsummary: s\nneutralise: [asylum.duration]\n"
    )
    result = compare(list(library().values()), view, apply([load_reform(path)], view), AS_OF)
    assert result["changes"] and all(
        c["rule"] == "asylum.duration" and c["after"] is None for c in result["changes"]
    )


def test_replacing_a_rule_declares_its_answer(view: IndexView, tmp_path: Path) -> None:
    path = tmp_path / "r.yaml"
    path.write_text(
        "reform: sc\ntitle: Safe conduct always owed\nstatus: illustrative\nsummary: s\n"
        "replace:\n  - rule: asylum.safe_conduct.duty\n    answer: 'yes'\n    reasoning: [The territorial state must always issue it.]\n"
    )
    result = compare(
        [library()["asylum-1950"]], view, apply([load_reform(path)], view), date(1950, 11, 20)
    )
    changed = {(c["rule"], c["after"]["answer"] if c["after"] else None) for c in result["changes"]}
    assert ("asylum.safe_conduct.duty", "yes") in changed
    assert (
        "asylum.safe_conduct.denial",
        "yes",
    ) in changed  # the denial now breaches the declared duty
