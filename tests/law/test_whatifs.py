"""The what-ifs the analysis reports are exactly those a naive search finds: every
counterfactual tried, for every person, with nothing skipped and nothing shared."""

from __future__ import annotations

from datetime import date

import pytest

from legation.cases.library import library
from legation.law import analyze
from legation.law.analyze import RULE_ORDER, run_rule
from legation.law.engine import REGISTRY, Context
from legation.law.params import LawParams
from legation.law.view import IndexView
from legation.law.whatif import variations

AS_OF = date(2026, 11, 29)


def naive(
    case_id: str, view: IndexView
) -> dict[tuple[str, str | None], set[tuple[str, str, bool]]]:
    case, params = library()[case_id], LawParams()
    out: dict[tuple[str, str | None], set[tuple[str, str, bool]]] = {}
    for finding in analyze(case, view, AS_OF, what_ifs=False).findings:
        rule = REGISTRY[finding.rule]
        ctx, _ = run_rule(rule, case, view, AS_OF, params, focus=finding.person)
        found = set()
        for change, varied, overrides in variations(
            case, ctx.facts, ctx.overrides, params.duration_flag_days, ctx.focus
        ):
            other = rule.func(Context(varied, view, AS_OF, params, overrides, None, ctx.focus))
            if other is not None and (other.answer, other.breach) != (
                finding.answer,
                finding.breach,
            ):
                found.add((change, other.answer, other.breach))
        out[(finding.rule, finding.person)] = found
    return out


@pytest.mark.parametrize(
    "case_id",
    ["caracas-argentine-residence-2024", "la-paz-mexican-residence-2019", "quito-2024",
     "asylum-1950", "lima-mexican-embassy-2025", "martinelli-panama-2024"],
)  # fmt: skip
def test_reported_what_ifs_equal_the_naive_search(case_id: str, view: IndexView) -> None:
    analysis = analyze(library()[case_id], view, AS_OF)
    reported = {
        (f.rule, f.person): {(w.change, w.answer, w.breach) for w in f.what_if}
        for f in analysis.findings
    }
    assert reported == naive(case_id, view)
    assert set(RULE_ORDER) >= {rule for rule, _ in reported}


def test_the_leaving_early_counterfactual_is_about_the_person_in_focus(view: IndexView) -> None:
    # As of 1 April 2025 five of the six were still inside after more than a year;
    # Martínez Mottola had left in December 2024, so "had he left earlier" is moot.
    analysis = analyze(library()["caracas-argentine-residence-2024"], view, date(2025, 4, 1))
    meda = analysis.finding("asylum.duration", "meda")
    assert meda is not None and meda.answer == "yes"
    assert [w.change for w in meda.what_if if "left by" in w.change] == [
        "the person had left by 2025-03-19"
    ]
    mottola = analysis.finding("asylum.duration", "martinez_mottola")
    assert mottola is not None and mottola.answer == "no"
    assert not any("left by" in w.change for w in mottola.what_if)
