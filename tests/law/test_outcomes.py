"""Legal outcomes as data: each YAML file in outcomes/ states, for one real case,
what a court or the weight of authority settled, and the engine must agree.
An expectation may name a `person` (an id of the case file) for the rules answered
once per sheltered person."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from legation.cases.library import library
from legation.law import RULE_ORDER, analyze
from legation.law.view import IndexView
from legation.model.dates import parse_day

OUTCOMES = Path(__file__).parent / "outcomes"


def _answer(value: Any) -> str:
    # Unquoted yes/no are booleans to YAML 1.1; the files may use either form.
    if value is True:
        return "yes"
    if value is False:
        return "no"
    return str(value)


def _expectations() -> list[Any]:
    params = []
    for path in sorted(OUTCOMES.glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        for i, exp in enumerate(doc["expectations"]):
            params.append(
                pytest.param(doc["case"], doc["as_of"], exp, id=f"{path.stem}[{i}] {exp['rule']}")
            )
    return params


@pytest.mark.parametrize(("case_id", "as_of", "expectation"), _expectations())
def test_outcome(case_id: str, as_of: Any, expectation: dict[str, Any], view: IndexView) -> None:
    assert expectation["rule"] in RULE_ORDER, f"unknown rule id {expectation['rule']}"
    assert expectation.get("authority", {}).get("url"), "every expectation cites its authority"
    day: date = parse_day(expectation.get("as_of", as_of))
    analysis = analyze(library()[case_id], view, day, what_ifs=False)
    finding = analysis.finding(expectation["rule"], expectation.get("person"))
    assert finding is not None, f"{expectation['sentence']}: rule did not engage"
    got = (finding.answer, finding.breach)
    want = (_answer(expectation["answer"]), bool(expectation.get("breach", False)))
    assert got == want, f"{expectation['sentence']}\n" + "\n".join(finding.reasoning)
    if "bearer" in expectation:
        assert finding.bearer == expectation["bearer"]


def test_every_library_case_has_outcomes() -> None:
    files = {p.stem for p in OUTCOMES.glob("*.yaml")}
    assert set(library()) <= files
