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
    got: dict[str, set[str | None]] = {}
    for e in events:
        got.setdefault(e["type"], set()).add(e["date"])
    expected = {t: {d.isoformat() if d else None} for t, d in case["days"].items()}
    assert {t: got.get(t, {"not found"}) for t in expected} == expected, got


DATE_WORDS = [
    "on", "the", "of", "de", "el", "la", "le", "na", "em", "hace", "il y a", "ago", "next",
    "proximo", "since", "a day after", "la veille de", "hours later", "night", "nuit", "a",
    "friday", "viernes", "sexta-feira", "segunda", "samedi", "yesterday", "ontem", "hier",
    "may", "march", "marco", "mar", "mai", "april", "abril", "fevrier", "december",
    "first", "third", "diecisiete", "vingt-deux", "trinta e um", "um", "un", "31", "29",
    "0", "99", "2024", "1899", "2099", "9999", "weeks", "days", "meses", "jours", ",",
    "police", "stormed", "the embassy", "2024-02-30", "2024-04-05",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    words=st.lists(st.sampled_from(DATE_WORDS), max_size=25),
    published=st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
    at=st.floats(min_value=0, max_value=1),
    previous=st.none() | st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
)
def test_a_day_is_never_after_publication_and_odd_text_does_not_raise(
    words: list[str], published: date, at: float, previous: date | None
) -> None:
    """Whatever the words around an act (impossible dates, far counts, years out of
    range, cues without an event before them), the day found is a real one from 1800
    on and not after publication, or none."""
    folded = fold(" ".join(words))
    pos = int(len(folded) * at)
    for default in (published, None):
        day = event_day(
            folded, (pos, pos), published, default, min(previous or published, published)
        )
        assert day is None or date(1800, 1, 1) <= day <= published
