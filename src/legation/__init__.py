"""Legation: the law protecting diplomatic missions and diplomatic asylum, as code.

The public surface (imported lazily, so that `legation --help` stays quick):

    read_case, parse_case      case files (DESIGN §2) to typed cases
    analyze, LawParams         findings for a case as of a date (DESIGN §3)
    default_index, TreatyIndex treaty status over time
    Register                   the case register (SQLite or PostgreSQL)
    LegationError, InputError  the errors everything raises (legation.errors)
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "read_case": "legation.cases.reader",
    "parse_case": "legation.cases.reader",
    "analyze": "legation.law",
    "LawParams": "legation.law",
    "default_index": "legation.treaties",
    "TreatyIndex": "legation.treaties",
    "Register": "legation.store.register",
    "LegationError": "legation.errors",
    "InputError": "legation.errors",
}
__all__ = [*_EXPORTS, "__version__"]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'legation' has no attribute {name!r}")
