"""What the law layer answers (DESIGN §3): findings, what-ifs, principles."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Answer = Literal["yes", "no", "undetermined"]
PrincipleValue = Literal["respected", "breached", "at_risk", "not_engaged"]


class Citation(BaseModel):
    """An article of an instrument, or an authority (a judgment, an opinion) with its link."""

    model_config = ConfigDict(frozen=True)
    instrument: str | None = None
    article: str | None = None
    authority: str | None = None
    url: str | None = None

    def to_json(self) -> dict[str, str]:
        return {k: v for k, v in self.model_dump().items() if v is not None}


class WhatIf(BaseModel):
    change: str
    answer: Answer
    breach: bool


class Finding(BaseModel):
    rule: str
    question: str
    person: str | None = None  # extension: set on per-person asylum rules (docs/cases.md)
    answer: Answer
    breach: bool = False
    bearer: str | None = None
    date: str | None = None
    events: list[str] = Field(default_factory=list)
    instrument: str | None = None
    article: str | None = None
    reasoning: list[str] = Field(default_factory=list)
    missing_facts: list[str] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    what_if: list[WhatIf] = Field(default_factory=list)
    trace: dict[str, Any] = Field(default_factory=dict)

    def to_json(self, *, trace: bool = True) -> dict[str, Any]:
        out = self.model_dump(mode="json", exclude={"citations", "trace"})
        if out["person"] is None:
            del out["person"]
        out["citations"] = [c.to_json() for c in self.citations]
        if trace:
            out["trace"] = self.trace
        return out


class ApplicableLaw(BaseModel):
    instrument: str
    states: list[str]
    in_force_from: str
    uncertain: bool = False


class Analysis(BaseModel):
    case: str
    as_of: str
    applicable_law: list[ApplicableLaw]
    findings: list[Finding]
    principles: dict[str, dict[str, PrincipleValue]]

    def to_json(self, *, trace: bool = True) -> dict[str, Any]:
        return {
            "case": self.case,
            "as_of": self.as_of,
            "applicable_law": [a.model_dump(exclude_defaults=True) for a in self.applicable_law],
            "findings": [f.to_json(trace=trace) for f in self.findings],
            "principles": self.principles,
        }

    def finding(self, rule: str, person: str | None = None) -> Finding | None:
        """The finding of `rule` (for `person`, on per-person rules; else the first)."""
        return next(
            (f for f in self.findings if f.rule == rule and person in (None, f.person)), None
        )


def shown_once(findings: list[Finding]) -> list[tuple[Finding, list[str]]]:
    """For reading: each finding with the people it concerns, per-person findings that say
    the same thing for several people given once with all of them. Five identical answers
    for five asylees would bury the one that differs. The findings are not changed."""
    out: list[tuple[Finding, list[str]]] = []
    people_of: dict[tuple[Any, ...], list[str]] = {}
    for f in findings:
        if not f.person:
            out.append((f, []))
            continue
        key = (f.rule, f.answer, f.breach, f.bearer, tuple(f.reasoning), tuple(f.missing_facts))
        if key in people_of:
            people_of[key].append(f.person)
            continue
        people_of[key] = [f.person]
        out.append((f, people_of[key]))
    return out
