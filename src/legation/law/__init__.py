"""The law as code: rules keyed by stable ids (DESIGN §3) and the engine that runs them.

Pure: rules read the case, a view of the treaty data and an `as_of` date;
they do no I/O and read no clock.
"""

from __future__ import annotations

from legation.law.analyze import RULE_ORDER, analyze
from legation.law.engine import REGISTRY, Rule
from legation.law.params import LawParams

__all__ = ["REGISTRY", "RULE_ORDER", "LawParams", "Rule", "analyze"]
