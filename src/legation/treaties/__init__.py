"""Treaty-status knowledge base: instruments, the log of state actions, and
time-aware queries over it (`TreatyIndex`)."""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

from legation.treaties.load import TreatyData, load
from legation.treaties.status import Binding, Status, TreatyIndex

__all__ = ["Binding", "Status", "TreatyData", "TreatyIndex", "default_index", "stale_files"]


@cache
def default_index() -> TreatyIndex:
    """The index over the data shipped with the package, built once per process."""
    return TreatyIndex(load())


def stale_files(index: TreatyIndex, today: date, max_age_days: int = 365) -> list[str]:
    """Data files whose `last_verified` is older than `max_age_days` before `today`."""
    limit = today - timedelta(days=max_age_days)
    out = [
        f"{f.path} (last verified {f.last_verified})"
        for f in index.data.files.values()
        if f.last_verified is None or f.last_verified < limit
    ]
    if index.data.positions_verified and index.data.positions_verified < limit:
        out.append(f"positions.yaml (last verified {index.data.positions_verified})")
    return out
