"""Benchmark: the treaty matrix (35 x 35 OAS pairs x every instrument, one date).

Compares, in the same run, the in-memory index (status folded once per state and
instrument at load) with a naive scan that filters the raw rows and folds them for
every query. Prints both timings and the ratio; README quotes the ratio.
"""

from __future__ import annotations

import time
from datetime import date

from legation.treaties import TreatyIndex
from legation.treaties.check import OAS_MEMBERS
from legation.treaties.load import load
from legation.treaties.status import fold

ON = date(2024, 4, 5)


def indexed(index: TreatyIndex) -> int:
    count = 0
    for a in OAS_MEMBERS:
        for b in OAS_MEMBERS:
            count += len(index.between(a, b, ON))
    return count


def naive(index: TreatyIndex) -> int:
    rows = index.data.actions
    count = 0
    for a in OAS_MEMBERS:
        for b in OAS_MEMBERS:
            for inst_id, inst in index.instruments.items():
                bound = []
                for state in (a, b):
                    mine = [
                        r
                        for r in rows
                        if r.state == state and r.instrument == inst_id and not r.is_alt
                    ]
                    bound.append(fold(inst, mine).party_on(ON) is True)
                count += all(bound)
    return count


def best_of(fn: object, index: TreatyIndex, repeat: int) -> tuple[float, int]:
    times, result = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn(index)  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times), result


def main() -> None:
    index = TreatyIndex(load())
    queries = len(OAS_MEMBERS) ** 2 * len(index.instruments)
    fast, n_fast = best_of(indexed, index, 5)
    slow, n_slow = best_of(naive, index, 2)
    assert n_fast == n_slow, (n_fast, n_slow)
    print(
        f"treaty matrix: {len(OAS_MEMBERS)}x{len(OAS_MEMBERS)} pairs x {len(index.instruments)} instruments = {queries} lookups on {ON}"
    )
    print(f"  index : {fast * 1000:8.1f} ms  ({queries / fast:,.0f} lookups/s)")
    print(f"  naive : {slow * 1000:8.1f} ms  ({queries / slow:,.0f} lookups/s)")
    print(f"  ratio : {slow / fast:8.1f}x faster ({n_fast} instrument-pairs in force)")


if __name__ == "__main__":
    main()
