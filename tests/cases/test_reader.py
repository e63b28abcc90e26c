"""Case files: bad input is named by file, line and field; good input round-trips."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from legation.cases.library import library, library_dir
from legation.cases.reader import parse_case, read_case
from legation.errors import InputError

GOOD = """\
legation: 1
id: sample
title: A sample
mission:
  sending_state: MX
  receiving_state: Ecuador
  kind: embassy
persons:
  - {id: glas, name: Jorge Glas, nationality: ECU, role: asylee}
events:
  - {id: e1, date: 2023-12-17, type: refuge_sought, person: glas, danger: unknown}
  - {date: 2024-04-05, type: premises_entered, by: ECU, consent: false}
  - {date: 2024-04, type: relations_severed, by: MEX}
"""


def errors_of(text: str) -> list[str]:
    with pytest.raises(InputError) as err:
        parse_case(text, name="case.yaml")
    return err.value.message.splitlines()


def test_states_normalised_and_ids_assigned() -> None:
    case = parse_case(GOOD)
    assert (case.sending, case.receiving) == ("MEX", "ECU")
    assert [e.id for e in case.events] == ["e1", "e2", "e3"]
    assert not case.events[2].date.exact


def test_json_is_accepted_too() -> None:
    doc = parse_case(GOOD).model_dump(mode="json", exclude_none=True)
    assert parse_case(json.dumps(doc)).model_dump() == parse_case(GOOD).model_dump()


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda t: t.replace("kind: embassy", "kind: embassy\n  colour: red"),
         "case.yaml:8: mission.colour: unknown key (not part of the case-file format)"),
        (lambda t: t.replace("type: refuge_sought", "type: refuge_taken"),
         "case.yaml:11: events[0].type:"),
        (lambda t: t.replace("by: ECU, consent: false", "by: ECU"),
         "case.yaml:12: events[1]: premises_entered needs 'consent'"),
        (lambda t: t.replace("person: glas, danger", "person: nobody, danger"),
         "case.yaml:11: events[0].person: person 'nobody' is not defined under persons (defined: glas)"),
        (lambda t: t.replace("receiving_state: Ecuador", "receiving_state: ECQ"),
         "case.yaml:6: mission.receiving_state: ECQ: unknown state; did you mean ECU (Ecuador)?"),
        (lambda t: t.replace("date: 2024-04-05", "date: 2024-02-30"),
         "case.yaml:12: events[1].date: impossible date"),
        (lambda t: t.replace("by: MEX}", "by: MEX, utility: power}"),
         "case.yaml:13: events[2]: 'utility' is not an attribute of relations_severed"),
    ],
)  # fmt: skip
def test_errors_name_line_and_field(mutate: object, expected: str) -> None:
    messages = errors_of(mutate(GOOD))  # type: ignore[operator]
    assert any(m.startswith(expected) for m in messages), messages


def test_custody_assigned_needs_to() -> None:
    text = GOOD + "  - {date: 2024-08-01, type: custody_assigned, by: MEX}\n"
    assert errors_of(text) == ["case.yaml:14: events[3]: custody_assigned needs 'to'"]


def test_yaml_aliases_are_refused() -> None:
    text = GOOD.replace("title: A sample", "title: &t A sample\nsummary: *t")
    assert errors_of(text) == ["case.yaml:4: YAML aliases are not allowed in case files"]


def test_not_yaml_at_all() -> None:
    messages = errors_of("legation: [1\nid: x")
    assert messages[0].startswith("case.yaml:")


def test_binary_input_is_refused() -> None:
    with pytest.raises(InputError, match="not UTF-8"):
        parse_case(b"\xff\xfe\x00garbage", name="case.yaml")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        read_case(tmp_path / "nope.yaml")


def test_library_has_the_required_real_cases() -> None:
    ids = set(library())
    assert len(ids) >= 20
    required = {
        "asylum-1950", "haya-de-la-torre-1951", "tehran-1980", "armed-activities-kinshasa-2005",
        "equatorial-guinea-paris-2020", "quito-2024", "caracas-argentine-residence-2024",
        "assange-london-2012", "mindszenty-1956", "zelaya-tegucigalpa-2009",
        "lima-mexican-embassy-2025", "martinelli-panama-2024", "havana-peruvian-embassy-1980",
        "fang-lizhi-1989", "chen-guangcheng-2012", "khashoggi-istanbul-2018",
        "libyan-peoples-bureau-1984",
    }  # fmt: skip
    assert required <= ids


def test_every_library_fact_has_a_source() -> None:
    for case in library().values():
        assert case.sources, case.id
        for event in case.events:
            assert event.source, f"{case.id}: event {event.id} has no source"


def test_library_files_are_named_by_id() -> None:
    assert {p.stem for p in library_dir().glob("*.yaml")} == set(library())
