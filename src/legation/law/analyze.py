"""Analyse a case: run every rule, attach computed what-ifs, derive the principles."""

from __future__ import annotations

from datetime import date

from legation.law import asylum, diplomatic, protection  # noqa: F401  (registers the rules)
from legation.law.engine import REGISTRY, Context, Overrides, Rule, TreatyView, to_finding
from legation.law.params import LawParams
from legation.law.principles import principles
from legation.law.whatif import variations
from legation.model.case import Case, EventType
from legation.model.findings import Analysis, ApplicableLaw, Finding, WhatIf

# The order of DESIGN §3, so output reads the same way every time.
RULE_ORDER: tuple[str, ...] = (
    "vcdr.22.1.entry", "vcdr.22.2.protect", "vcdr.22.3.search", "vcdr.24.archives",
    "vcdr.25.facilities", "vcdr.27.communication", "vcdr.29.person", "vcdr.41.3.misuse",
    "vcdr.45.severance", "vccr.31.entry", "premises.status", "asylum.treaty",
    "asylum.grant.lawful", "asylum.qualification.binding", "asylum.safe_conduct.duty",
    "asylum.safe_conduct.denial", "asylum.surrender.duty", "asylum.non_refoulement",
    "asylum.duration",
)  # fmt: skip


def run_rule(
    rule: Rule, case: Case, treaties: TreatyView, as_of: date, params: LawParams,
    overrides: Overrides | None = None, rules: dict[str, Rule] | None = None,
    focus: str | None = None,
) -> tuple[Context, Finding | None]:  # fmt: skip
    ctx = Context(case, treaties, as_of, params, overrides, rules, focus)
    outcome = rule.func(ctx)
    if outcome is None:
        return ctx, None
    finding = to_finding(rule, outcome, ctx)
    finding.person = focus
    return ctx, finding


def sheltered(case: Case, as_of: date) -> list[str]:
    """The people the sending state sheltered by `as_of`, in the order they appear:
    those granted asylum first, then those who only sought refuge."""
    out: dict[str, None] = {}
    for kind in (EventType.ASYLUM_GRANTED, EventType.REFUGE_SOUGHT):
        for e in case.events:
            granted_by_other = kind == EventType.ASYLUM_GRANTED and e.by not in (None, case.sending)
            if e.type == kind and e.person and e.date.start <= as_of and not granted_by_other:
                out.setdefault(e.person)
    return list(out)


def analyze(
    case: Case,
    treaties: TreatyView,
    as_of: date,
    params: LawParams | None = None,
    *,
    what_ifs: bool = True,
    rules: dict[str, Rule] | None = None,
    principle_of: dict[str, str] | None = None,
) -> Analysis:
    """Findings for one case as of a date. Pure: same inputs, same output."""
    params = params or LawParams()
    table = rules if rules is not None else REGISTRY
    findings: list[Finding] = []
    people = sheltered(case, as_of)
    alike = {p: _position(case, p) for p in people}
    computed: dict[tuple[str, str], Finding] = {}
    for rule_id in [*RULE_ORDER, *sorted(set(table) - set(RULE_ORDER))]:
        rule = table.get(rule_id)
        if rule is None:
            continue
        focuses: list[str | None] = [*people] if rule.per_person and people else [None]
        for focus in focuses:
            ctx, finding = run_rule(rule, case, treaties, as_of, params, rules=table, focus=focus)
            if finding is None:
                continue
            twin = computed.get((rule_id, alike[focus])) if focus else None
            if what_ifs and twin is not None and twin.answer == finding.answer:
                finding.what_if = _renamed(twin, finding, case)
            elif what_ifs:
                finding.what_if = _what_ifs(
                    rule, finding, ctx, case, treaties, as_of, params, table
                )
                if focus:
                    computed[(rule_id, alike[focus])] = finding
            findings.append(finding)
    states = list(
        dict.fromkeys([case.sending, case.receiving, *(f.bearer for f in findings if f.bearer)])
    )
    return Analysis(
        case=case.id,
        as_of=as_of.isoformat(),
        applicable_law=applicable_law(case, treaties, as_of),
        findings=findings,
        principles=principles(findings, states, principle_of),
    )


def _position(case: Case, person_id: str) -> str:
    """Everything the per-person rules can read about one person, names and ids left
    out. Two asylees in the same position get the same answers and the same what-ifs
    (six people refused the same safe conduct on the same day), so the what-ifs are
    computed once and only the name in them is changed."""
    person = case.person(person_id)
    own = person.model_dump(mode="json", exclude={"id", "name"}) if person else None
    events = [
        e.model_dump(mode="json", exclude={"id", "person", "note", "source"})
        for e in case.events
        if e.person == person_id
    ]
    return repr((own, events))


def _renamed(twin: Finding, finding: Finding, case: Case) -> list[WhatIf]:
    old = case.person(twin.person or "")
    new = case.person(finding.person or "")
    if old is None or new is None:
        return list(twin.what_if)
    return [
        w.model_copy(update={"change": w.change.replace(old.name, new.name)}) for w in twin.what_if
    ]


def _what_ifs(
    rule: Rule, finding: Finding, ctx: Context, case: Case, treaties: TreatyView,
    as_of: date, params: LawParams, table: dict[str, Rule],
) -> list[WhatIf]:  # fmt: skip
    out: list[WhatIf] = []
    seen: set[str] = set()
    for change, varied, overrides in variations(
        case, ctx.facts, ctx.overrides, params.duration_flag_days, ctx.focus, ctx.groups
    ):
        if change in seen:
            continue
        seen.add(change)
        other = rule.func(Context(varied, treaties, as_of, params, overrides, table, ctx.focus))
        if other is None:
            continue
        if (other.answer, other.breach) != (finding.answer, finding.breach):
            out.append(WhatIf(change=change, answer=other.answer, breach=other.breach))
    return out


def applicable_law(case: Case, treaties: TreatyView, as_of: date) -> list[ApplicableLaw]:
    """Instruments binding the sending and receiving state on any event date (or
    `as_of` if there is none), each with the date from which it binds both."""
    days = sorted({e.date.end for e in case.events if e.date.end <= as_of}) or [as_of]
    between = getattr(treaties, "between", None)
    if between is None:
        return []
    seen: dict[str, ApplicableLaw] = {}
    for day in days:
        for inst, since, uncertain in between(case.sending, case.receiving, day):
            if inst not in seen:
                seen[inst] = ApplicableLaw(
                    instrument=inst,
                    states=[case.sending, case.receiving],
                    in_force_from=since,
                    uncertain=uncertain,
                )
    return list(seen.values())
