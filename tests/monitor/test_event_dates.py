"""The day each extracted event is given, on the cases in event_dates.yaml."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings, strategies as st

from legation.monitor.dates import event_day
from legation.monitor.extract import extract
from legation.monitor.fold import fold

CASES = yaml.safe_load((Path(__file__).parent / "event_dates.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["why"][:60] for c in CASES])
def test_the_day_of_each_event(case: dict[str, Any]) -> None:
    published: date = case["published"]
    events = extract(case["text"], case["lang"], published)["events"]
    got = {e["type"]: e["date"] for e in events}
    expected = {t: d.isoformat() if d else None for t, d in case["days"].items()}
    assert {t: got.get(t, "not found") for t in expected} == expected, got


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from(list("abdeilnorstuyáé 0123456789-,.")), max_size=300)
    | st.sampled_from(
        ["on 31 February", "el 29 de febrero de 2023", "hace 99 semanas", "la nuit de x à y",
         "99 days ago", "on 2024-13-45", "le trente et un avril", "in May 2099"]
    ),
    published=st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
)  # fmt: skip
def test_a_day_is_never_after_publication_and_odd_text_does_not_raise(
    text: str, published: date
) -> None:
    """Whatever the sentence says (impossible dates, far counts, noise), the day found
    is a real date no later than publication, or none."""
    folded = fold(text)
    span = (len(folded) // 2, len(folded) // 2)
    for default in (published, None):
        day = event_day(folded, span, published, default, published)
        assert day is None or day <= published
