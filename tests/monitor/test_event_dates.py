"""The day each extracted event is given, on the cases in event_dates.yaml."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from legation.monitor.extract import extract

CASES = yaml.safe_load((Path(__file__).parent / "event_dates.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["why"][:60] for c in CASES])
def test_the_day_of_each_event(case: dict[str, Any]) -> None:
    published: date = case["published"]
    events = extract(case["text"], case["lang"], published)["events"]
    got = {e["type"]: e["date"] for e in events}
    expected = {t: d.isoformat() if d else None for t, d in case["days"].items()}
    assert {t: got.get(t, "not found") for t in expected} == expected, got
