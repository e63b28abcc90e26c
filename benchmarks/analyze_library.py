"""Benchmark: analysing cases with what-ifs.

1. The bundled library, as the dashboard would re-run it on every edit (target: well
   under 100 ms on this machine).
2. Generated sets of 1,000, 5,000 and 10,000 varied cases (library cases with their
   states, dates, consent, proceedings and dangers varied at random, seeded), reporting
   cases/s so that a flat cost per case is visible as the set grows.
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from datetime import date, timedelta

from legation.cases.library import library
from legation.law import analyze
from legation.law.reform import apply, compare, load_reform
from legation.law.view import IndexView
from legation.model.case import Case
from legation.model.dates import PartialDate
from legation.treaties import default_index
from legation.treaties.check import OAS_MEMBERS

AS_OF = date(2026, 11, 29)


def varied(n: int, seed: int = 7) -> Iterator[Case]:
    """`n` plausible cases derived from the library (streamed, not held in a list)."""
    rng = random.Random(seed)
    base = list(library().values())
    for i in range(n):
        case = rng.choice(base)
        shift = timedelta(days=rng.randint(-4000, 400))
        events = []
        for e in case.events:
            changes: dict[str, object] = {}
            if e.date.exact and e.date.start + shift <= AS_OF:
                changes["date"] = PartialDate.parse(e.date.start + shift)
            if e.consent is not None:
                changes["consent"] = rng.choice([True, False, "unknown"])
            if e.danger is not None:
                changes["danger"] = rng.choice(["imminent", "none", "unknown"])
            events.append(e.model_copy(update=changes))
        mission = case.mission
        if rng.random() < 0.5:
            sending, receiving = rng.sample(OAS_MEMBERS, 2)
            mission = mission.model_copy(
                update={"sending_state": sending, "receiving_state": receiving}
            )
        yield case.model_copy(
            update={"id": f"{case.id}-v{i}", "events": events, "mission": mission}
        )


def timed(cases: Iterator[Case], view: IndexView) -> tuple[int, float]:
    start = time.perf_counter()
    n = 0
    for case in cases:
        analyze(case, view, AS_OF)
        n += 1
    return n, time.perf_counter() - start


def main() -> None:
    view = IndexView(default_index())
    lib = list(library().values())
    timed(iter(lib), view)  # warm the treaty-status cache
    runs = [timed(iter(lib), view)[1] for _ in range(5)]
    print(f"library: {len(lib)} cases with what-ifs in {min(runs) * 1000:.1f} ms (best of 5)")
    applied = apply([load_reform("exclude-ordinary-offences")], view)
    reform_runs = []
    for _ in range(5):
        start = time.perf_counter()
        compare(lib, view, applied, AS_OF)
        reform_runs.append(time.perf_counter() - start)
    print(
        f"reform: whole library before and after 'exclude-ordinary-offences' in {min(reform_runs) * 1000:.1f} ms"
    )
    for n in (1_000, 5_000, 10_000):
        count, seconds = timed(varied(n), view)
        print(
            f"generated {count:>6} cases: {count / seconds:8.0f} cases/s, {seconds / count * 1e3:.2f} ms per case"
        )


if __name__ == "__main__":
    main()
