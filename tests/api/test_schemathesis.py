"""Property-based run of schemathesis against the OpenAPI document: no server error
on any generated request (SQLite register; the write route needs a token, which the
generated requests do not carry, so it answers 401)."""

from __future__ import annotations

from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from legation.api import create_app
from legation.store.register import Register

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def _app(tmp: Path) -> object:
    reg = Register(f"sqlite:///{tmp / 'schemathesis.db'}")
    reg.upgrade()
    reg.load_bundled()
    return create_app(reg)


_TMP = Path(__import__("tempfile").mkdtemp(prefix="legation-st-"))
schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", _app(_TMP))


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors(case: schemathesis.Case) -> None:
    response = case.call()
    assert response.status_code < 500, f"{case.method} {case.formatted_path}: {response.text[:300]}"
