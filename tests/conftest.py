"""Shared fixtures: the real bundled data, loaded once."""

from __future__ import annotations

import pytest

from legation.law.view import IndexView
from legation.treaties import TreatyIndex, default_index


@pytest.fixture(scope="session")
def index() -> TreatyIndex:
    return default_index()


@pytest.fixture(scope="session")
def view(index: TreatyIndex) -> IndexView:
    return IndexView(index)


# -- databases: every register and API test runs on SQLite and on PostgreSQL ------
import os  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

from legation.store.register import Register  # noqa: E402

PG_URL = os.environ.get("LEGATION_TEST_DATABASE_URL")


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'register.db'}"
    if not PG_URL:
        if os.environ.get("CI"):
            pytest.fail("CI must run the PostgreSQL half: .ci/run sets LEGATION_TEST_DATABASE_URL")
        pytest.skip("no PostgreSQL: set LEGATION_TEST_DATABASE_URL (make pg starts one)")
    return PG_URL


@pytest.fixture
def register(db_url: str) -> Iterator[Register]:
    """A register on an empty schema with the bundled data loaded."""
    reg = Register(db_url)
    reg.downgrade("base")
    reg.upgrade()
    reg.load_bundled()
    yield reg
    reg.engine.dispose()


# -- the monitor's review queue -------------------------------------------------------
UNDATED_RAID = (
    "Mexico took its complaint to the OAS Permanent Council on Wednesday. "
    "Ecuadorian police had stormed the Mexican embassy in Quito."
)


@pytest.fixture
def queue_undated_raid() -> Callable[[Register], tuple[int, int]]:
    """Queues for review a story whose raid on Mexico's Quito embassy is background,
    told without a day of its own; gives the extraction id and the raid's index."""
    from datetime import date

    from legation.monitor.link import link
    from legation.monitor.pipeline import Document, process
    from legation.store import review

    def queue(reg: Register) -> tuple[int, int]:
        doc = Document(UNDATED_RAID, "https://example.org/oas-quito", None, date(2024, 4, 10))
        result = process(doc)
        index = next(i for i, e in enumerate(result["events"]) if e["type"] == "premises_entered")
        queued = review.record(reg, doc.digest, doc.url, result, link(result, reg.all_cases()))
        assert queued is not None and result["events"][index]["date"] is None
        return queued, index

    return queue
