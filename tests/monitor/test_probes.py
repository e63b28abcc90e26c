"""The trigger vocabulary on probe sentences it was not written from.

Each probe reports one event in a wording chosen to differ from the others, or is a near
miss. Patterns were written from the even positions only; the odd positions measure how
the vocabulary meets new wording (README, "Monitor quality"). The floors are the rates
measured when the event frames landed, less a margin.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from legation.monitor.evaluate import LANGS
from legation.monitor.extract import extract
from legation.monitor.pipeline import Document, process

PROBES = Path(__file__).parent / "probes"


def probes(lang: str) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = yaml.safe_load((PROBES / f"{lang}.yaml").read_text("utf-8"))
    return items


@pytest.mark.parametrize("lang", LANGS)
def test_unseen_probes_are_mostly_found(lang: str) -> None:
    unseen = [p for p in probes(lang)[1::2] if p["type"] != "none"]
    found = [
        p
        for p in unseen
        if p["type"] in {e["type"] for e in extract(p["text"], lang, None)["events"]}
    ]
    assert len(unseen) >= 55
    # measured 0.57 (pt) to 0.79 (es) after the fourth vocabulary pass, 0.64 (fr) to
    # 0.80 (es) after the event frames
    assert len(found) / len(unseen) >= 0.6, (lang, len(found), len(unseen))


@pytest.mark.parametrize("lang", LANGS)
def test_no_near_miss_yields_an_event(lang: str) -> None:
    near = [p for p in probes(lang) if p["type"] == "none"]
    assert len(near) == 30
    for p in near:
        assert process(Document(p["text"]))["events"] == [], p["text"]
