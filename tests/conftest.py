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
