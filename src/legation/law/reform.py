"""Reforms: a proposed change to the rules, applied without editing the law layer.

A reform file (YAML) may change law parameters (everywhere, or only between the
parties to an instrument it adds), neutralise a rule, replace a rule's answer with
a declared one, add a provision (a new rule triggered by listed events), and add an
instrument with its parties and dates. Reforms compose in the order given. A reform
naming a rule, parameter, instrument or event type that does not exist is an error
naming it. Like OpenFisca's reforms, the base legislation is untouched: the result
is a new parameter set, rule table and treaty view.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from legation.errors import InputError, InputErrors
from legation.law.engine import REGISTRY, Context, Outcome, Rule, TreatyView
from legation.law.params import PARAMETERS, LawParams
from legation.model.case import EventType
from legation.model.findings import Citation
from legation.model.treaty import Reference

Side = Literal["sending", "receiving"]


class Party(BaseModel):
    model_config = ConfigDict(extra="forbid")
    state: str
    since: date


class NewInstrument(BaseModel):
    """An instrument the reform brings in (an amending protocol), with who is bound from when."""

    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[a-z0-9-]+$")
    title: str
    parties: list[Party] = Field(default_factory=list)
    same_parties_as: str | None = Field(
        default=None,
        description="bind the parties of an existing instrument, from the day it binds each",
    )


class Replacement(BaseModel):
    """A rule's answer replaced by a declared one wherever the rule engages."""

    model_config = ConfigDict(extra="forbid")
    rule: str
    answer: Literal["yes", "no", "undetermined"]
    breach: bool = False
    bearer: Side | None = None
    reasoning: list[str]
    article: str | None = None
    when_in_force: str | None = None


class Provision(BaseModel):
    """A new provision: a rule that engages on listed events by one side."""

    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^reform\.[a-z0-9_.]+$")
    question: str
    article: str
    paraphrase: str
    events: list[EventType]
    by: Side = "receiving"
    breach: bool = True
    principle: Literal["inviolability", "no_siege", "responsible_protection"] | None = None
    when_in_force: str | None = None


class Reform(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reform: str = Field(pattern=r"^[a-z0-9-]+$")
    title: str
    status: Literal["proposed", "illustrative"]
    summary: str
    sources: list[Reference] = Field(default_factory=list)
    instruments: list[NewInstrument] = Field(default_factory=list)
    params: dict[str, Any] = Field(default_factory=dict)
    params_when_in_force: str | None = None
    neutralise: list[str] = Field(default_factory=list)
    replace: list[Replacement] = Field(default_factory=list)
    provisions: list[Provision] = Field(default_factory=list)


def reforms_dir() -> Path:
    return Path(str(resources.files("legation.law") / "reforms"))


def bundled() -> dict[str, Path]:
    return {p.stem: p for p in sorted(reforms_dir().glob("*.yaml"))}


def load_reform(source: str | Path) -> Reform:
    """A reform by file path or by the name of a bundled example; errors name the field."""
    path = Path(source)
    if not path.exists() and str(source) in bundled():
        path = bundled()[str(source)]
    name = str(path)
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        known = ", ".join(bundled())
        raise InputError(
            f"cannot read ({exc.strerror}); bundled reforms: {known}", file=name
        ) from None
    except yaml.YAMLError as exc:
        raise InputError(f"not valid YAML: {exc}", file=name) from None
    try:
        reform = Reform.model_validate(doc)
    except ValidationError as exc:
        raise InputErrors(
            [
                InputError(str(e["msg"]), file=name, field=".".join(str(x) for x in e["loc"]))
                for e in exc.errors()
            ]
        ) from None
    _check_names(reform, name)
    return reform


def _check_names(reform: Reform, name: str) -> None:
    errors: list[InputError] = []
    for key in reform.params:
        if key not in PARAMETERS:
            errors.append(
                InputError(
                    f"no law parameter {key!r}; known: {', '.join(sorted(PARAMETERS))}",
                    file=name,
                    field=f"params.{key}",
                )
            )
    for rule_id in reform.neutralise:
        if rule_id not in REGISTRY:
            errors.append(InputError(f"no rule {rule_id!r}", file=name, field="neutralise"))
    for i, rep in enumerate(reform.replace):
        if rep.rule not in REGISTRY:
            errors.append(
                InputError(f"no rule {rep.rule!r}", file=name, field=f"replace[{i}].rule")
            )
    for i, prov in enumerate(reform.provisions):
        if prov.id in REGISTRY:
            errors.append(
                InputError(f"{prov.id!r} is already a rule", file=name, field=f"provisions[{i}].id")
            )
    if errors:
        raise InputErrors(errors) if len(errors) > 1 else errors[0]


@dataclass(frozen=True)
class Applied:
    """The legislation after one or more reforms."""

    name: str
    params: LawParams
    rules: dict[str, Rule]
    view: TreatyView
    principles: dict[str, str]


def apply(reforms: list[Reform], base_view: TreatyView, base: LawParams | None = None) -> Applied:
    """Compose reforms in order over the base parameters, rules and treaty data."""
    params = base or LawParams()
    rules = dict(REGISTRY)
    added: dict[str, NewInstrument] = {}
    principles: dict[str, str] = {}
    known_instruments = set(getattr(base_view, "instruments", lambda: [])())
    for reform in reforms:
        for inst in reform.instruments:
            if inst.same_parties_as and inst.same_parties_as not in known_instruments | set(added):
                raise InputError(
                    f"no instrument {inst.same_parties_as!r}",
                    field=f"{reform.reform}.instruments.same_parties_as",
                )
            added[inst.id] = inst
        known = known_instruments | set(added)
        for where in [
            reform.params_when_in_force,
            *(r.when_in_force for r in reform.replace),
            *(p.when_in_force for p in reform.provisions),
        ]:
            if where is not None and where not in known:
                raise InputError(f"no instrument {where!r}", field=f"{reform.reform}.when_in_force")
        if reform.params:
            if reform.params_when_in_force:
                params = replace(
                    params,
                    conditional=(
                        *params.conditional,
                        (reform.params_when_in_force, dict(reform.params)),
                    ),
                )
            else:
                params = replace(params, **reform.params)
        for rule_id in reform.neutralise:
            rules.pop(rule_id, None)
        for rep in reform.replace:
            rules[rep.rule] = _replaced(rules.get(rep.rule, REGISTRY[rep.rule]), rep, reform)
        for prov in reform.provisions:
            rules[prov.id] = _provision_rule(prov, reform)
            if prov.principle:
                principles[prov.id] = prov.principle
    view = _Overlay(base_view, added) if added else base_view
    return Applied("+".join(r.reform for r in reforms), params, rules, view, principles)


def _bearer(ctx: Context, side: Side | None) -> str | None:
    return {"sending": ctx.sending, "receiving": ctx.receiving, None: None}[side]


def _replaced(original: Rule, rep: Replacement, reform: Reform) -> Rule:
    def func(ctx: Context) -> Outcome | None:
        out = original.func(ctx)
        if out is None:
            return None
        if (
            rep.when_in_force
            and out.date
            and not ctx.binds(rep.when_in_force, (ctx.sending, ctx.receiving), out.date).binds
        ):
            return out
        return Outcome(
            rep.answer, breach=rep.breach, bearer=_bearer(ctx, rep.bearer), date=out.date, events=out.events,
            reasoning=[f"Under the reform '{reform.title}':", *rep.reasoning],
            citations=[Citation(authority=f"Reform: {reform.title} ({reform.status})")],
            instrument=rep.when_in_force or out.instrument, article=rep.article or out.article,
        )  # fmt: skip

    func.__doc__ = f"Replaced by the reform {reform.reform}."
    return replace(original, func=func)


def _provision_rule(prov: Provision, reform: Reform) -> Rule:
    def func(ctx: Context) -> Outcome | None:
        side = ctx.receiving if prov.by == "receiving" else ctx.sending
        hits = [
            e
            for e in ctx.events(*prov.events)
            if ctx.attr(e, "by") == side or e.endorsed_by == side
        ]
        if not hits:
            return None
        first = hits[0].date
        if (
            prov.when_in_force
            and not ctx.binds(prov.when_in_force, (ctx.sending, ctx.receiving), first).binds
        ):
            return None
        out = Outcome("yes", breach=prov.breach, bearer=side, date=first, events=[e.id or "" for e in hits],
                      instrument=prov.when_in_force or "reform", article=prov.article)  # fmt: skip
        out.reasoning.append(f"Under the reform '{reform.title}': {prov.paraphrase}")
        out.reasoning += [f"On {e.date} {side}: {e.type.value.replace('_', ' ')}." for e in hits]
        if all(ctx.attr(e, "disputed") for e in hits):
            out.answer, out.breach = "undetermined", False
            out.reasoning.append("Each of these acts is contested by a state concerned.")
            out.missing_facts.append("which account of the contested acts is right")
        out.citations.append(Citation(authority=f"Reform: {reform.title} ({reform.status})"))
        return out

    func.__doc__ = prov.paraphrase
    return Rule(
        prov.id,
        prov.when_in_force or "reform",
        prov.article,
        prov.question,
        prov.paraphrase,
        None,
        func,
    )


class _Overlay:
    """The base treaty view plus the instruments a reform adds."""

    def __init__(self, base: TreatyView, added: dict[str, NewInstrument]) -> None:
        self.base = base
        self.added = added

    def party_on(
        self, state: str, instrument: str, day: date
    ) -> tuple[bool, bool, str | None, list[str]]:
        inst = self.added.get(instrument)
        if inst is None:
            return self.base.party_on(state, instrument, day)
        if inst.same_parties_as:
            party, uncertain, since, _ = self.party_on(state, inst.same_parties_as, day)
            return party, uncertain, since, [f"reform: {inst.title}"]
        for p in inst.parties:
            if p.state == state and p.since <= day:
                return True, False, p.since.isoformat(), [f"reform: {inst.title}"]
        return False, False, None, []

    def reservations_on(self, state: str, instrument: str, day: date) -> list[tuple[str, ...]]:
        return [] if instrument in self.added else self.base.reservations_on(state, instrument, day)

    def instruments(self) -> list[str]:
        return [*getattr(self.base, "instruments", lambda: [])(), *self.added]

    def between(self, a: str, b: str, day: date) -> list[tuple[str, str, bool]]:
        out = list(getattr(self.base, "between", lambda *_: [])(a, b, day))
        for inst_id in self.added:
            pa, pb = self.party_on(a, inst_id, day), self.party_on(b, inst_id, day)
            if pa[0] and pb[0] and pa[2] and pb[2]:
                out.append((inst_id, max(pa[2], pb[2]), pa[1] or pb[1]))
        return out


def compare(
    cases: list[Any], base_view: TreatyView, applied: Applied, as_of: date
) -> dict[str, Any]:
    """Every case analysed with and without the reform(s): what changed, and why."""
    from legation.law.analyze import analyze

    changes: list[dict[str, Any]] = []
    principle_changes: dict[str, dict[str, dict[str, dict[str, str]]]] = {}
    unchanged = 0
    for case in cases:
        before = analyze(case, base_view, as_of, what_ifs=False)
        after = analyze(case, applied.view, as_of, applied.params, what_ifs=False, rules=applied.rules,
                        principle_of=applied.principles)  # fmt: skip
        old = {(f.rule, f.person): f for f in before.findings}
        new = {(f.rule, f.person): f for f in after.findings}
        for key in [*old, *(k for k in new if k not in old)]:
            b, a = old.get(key), new.get(key)
            key_b = (b.answer, b.breach, b.bearer) if b else None
            key_a = (a.answer, a.breach, a.bearer) if a else None
            if key_b == key_a:
                unchanged += 1
                continue
            why = [
                step
                for step in (a.reasoning if a else [])
                if step not in (b.reasoning if b else [])
            ]
            if a is None:
                why = ["The rule does not apply under the reform."]
            changes.append({
                "case": case.id,
                "rule": key[0],
                **({"person": key[1]} if key[1] else {}),
                "before": _brief(b),
                "after": _brief(a),
                "why": why,
            })  # fmt: skip
        for state, row in after.principles.items():
            for principle, value in row.items():
                was = before.principles.get(state, {}).get(principle, "not_engaged")
                if was != value:
                    principle_changes.setdefault(case.id, {}).setdefault(state, {})[principle] = {
                        "before": was,
                        "after": value,
                    }
    return {
        "reform": applied.name,
        "as_of": as_of.isoformat(),
        "changes": changes,
        "unchanged": unchanged,
        "principles": principle_changes,
    }


def _brief(f: Any) -> dict[str, Any] | None:
    if f is None:
        return None
    return {"answer": f.answer, "breach": f.breach, "bearer": f.bearer}
