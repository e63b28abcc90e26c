"""The small engine that runs the rules: context, registry, conflicts, what-ifs.

A rule is a pure function of a `Context` (the case facts, a view of the
treaty data, the `as_of` date and the law parameters). The context records
every fact a rule reads; that record is the finding's trace, and it is also
what the what-if generator varies: only facts the rule actually read are
changed, and only changes that flip the answer are reported.

Where several provisions could govern one question (the customary baseline,
Havana 1928, Montevideo 1933, Caracas 1954, a reservation), each is a
`Candidate` that names the candidates it defeats. After defeat, two live
candidates that disagree are a conflict: the answer is `undetermined` and
both are cited, whatever order they were evaluated in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from legation.law.params import LawParams
from legation.model.case import Case, Event, EventType, Person
from legation.model.dates import PartialDate
from legation.model.findings import Answer, Citation, Finding


class TreatyView(Protocol):
    """What the law layer needs from the treaty data (TreatyIndex satisfies it)."""

    def party_on(
        self, state: str, instrument: str, day: date
    ) -> tuple[bool, bool, str | None, list[str]]:
        """(party, uncertain, since, sources) for one state on one day."""
        ...

    def reservations_on(self, state: str, instrument: str, day: date) -> list[tuple[str, ...]]:
        """Articles touched by each reservation of the state in effect on the day."""
        ...


@dataclass
class Bound:
    """Whether an instrument binds two states on a (possibly partial) date."""

    instrument: str
    states: tuple[str, ...]
    binds: bool | None
    since: str | None
    uncertain: bool
    sources: list[str]


@dataclass
class Outcome:
    """What a rule function returns; the engine turns it into a Finding."""

    answer: Answer
    breach: bool = False
    bearer: str | None = None
    date: PartialDate | None = None
    events: list[str] = field(default_factory=list)
    reasoning: list[str] = field(default_factory=list)
    missing_facts: list[str] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    instrument: str | None = None
    article: str | None = None


@dataclass(frozen=True)
class Rule:
    id: str
    instrument: str | None
    article: str
    question: str
    provision: str
    applies_from: date | None
    func: Callable[[Context], Outcome | None]
    depends_on: tuple[str, ...] = ()
    per_person: bool = False

    @property
    def why(self) -> str:
        return (self.func.__doc__ or "").strip()


REGISTRY: dict[str, Rule] = {}


def rule(
    id: str,
    *,
    instrument: str | None,
    article: str,
    question: str,
    provision: str,
    applies_from: date | None = None,
    depends_on: tuple[str, ...] = (),
    per_person: bool = False,
) -> Callable[[Callable[[Context], Outcome | None]], Callable[[Context], Outcome | None]]:
    """Register a rule with its stable id, the article it encodes and a paraphrase.

    `per_person` rules are answered once per sheltered person: six asylees in one
    residence can stand in different positions (one leaves, one is refused a safe
    conduct), and a single answer for "the asylee" would hide that."""

    def register(func: Callable[[Context], Outcome | None]) -> Callable[[Context], Outcome | None]:
        if id in REGISTRY:
            raise ValueError(f"rule {id} registered twice")
        REGISTRY[id] = Rule(
            id, instrument, article, question, provision, applies_from, func, depends_on, per_person
        )
        return func

    return register


@dataclass
class Overrides:
    """Counterfactual treaty status used by what-ifs: (instrument, state) -> bound?"""

    status: dict[tuple[str, str], bool] = field(default_factory=dict)


class Context:
    """The facts a rule may read, recording each read for the trace and the what-ifs."""

    def __init__(
        self,
        case: Case,
        treaties: TreatyView,
        as_of: date,
        params: LawParams,
        overrides: Overrides | None = None,
        rules: dict[str, Rule] | None = None,
        focus: str | None = None,
    ) -> None:
        self.case = case
        self.focus = focus
        self.treaties = treaties
        self.as_of = as_of
        self.params = params
        self.overrides = overrides or Overrides()
        self.rules = rules if rules is not None else REGISTRY
        self.facts: dict[str, Any] = {}
        self.treaty_facts: dict[str, dict[str, Any]] = {}
        self.used_rules: list[str] = []
        self._sub: dict[str, Outcome | None] = {}
        self.groups: dict[str, set[tuple[str, ...]]] = {}

    # -- facts -----------------------------------------------------------------
    @property
    def sending(self) -> str:
        return self.case.mission.sending_state

    @property
    def receiving(self) -> str:
        return self.case.mission.receiving_state

    def read(self, key: str, value: Any) -> Any:
        self.facts[key] = value
        return value

    def mission(self, attr: str) -> Any:
        return self.read(f"mission.{attr}", getattr(self.case.mission, attr))

    def events(self, *types: EventType, until: date | None = None) -> list[Event]:
        """Events of the given types that happened on or before `as_of`."""
        limit = until or self.as_of
        out = [e for e in self.case.events if e.type in types and e.date.start <= limit]
        for e in out:
            self.read(f"event:{e.id}", e.type.value)
        return out

    def concerning(self, events: list[Event]) -> list[Event]:
        """The events that concern the person in focus: theirs, and those naming nobody
        (a refusal announced for the whole group). All events when no one is in focus."""
        if self.focus is None:
            return events
        return [e for e in events if e.person is None or e.person == self.focus]

    def attr(self, event: Event, name: str) -> Any:
        return self.read(f"event:{event.id}.{name}", getattr(event, name))

    def person(self, person_id: str | None) -> Person | None:
        if person_id is None:
            return None
        return self.case.person(person_id)

    def proceedings(self, person: Person, before: PartialDate | None) -> list[Any]:
        """The person's proceedings that existed by `before` (all if it is None)."""
        procs = [
            p
            for p in person.proceedings
            if before is None or p.date is None or p.date.start <= before.end
        ]
        self.read(
            f"person:{person.id}.proceedings",
            [f"{p.kind}: {p.offence} (political={p.political})" for p in procs],
        )
        return procs

    # -- treaties --------------------------------------------------------------
    def party(
        self, state: str, instrument: str, when: PartialDate
    ) -> tuple[bool | None, bool, str | None, list[str]]:
        """Is `state` bound by `instrument` on `when`? None where a partial date straddles
        the change, or where the status data itself is uncertain on that day (a deposit
        known only as a range, sources that disagree): the rules then answer both ways
        and say `undetermined` only if that changes the answer. Every answer is kept,
        with its sources, for the trace."""
        key = f"{instrument}:{state}:{when}"
        cached = self.treaty_facts.get(key)
        if cached is not None:
            self.read(f"treaty:{instrument}:{state}", cached["party"])
            return cached["party"], cached["uncertain"], cached["since"], cached["sources"]
        forced = self.overrides.status.get((instrument, state))
        answer: tuple[bool | None, bool, str | None, list[str]]
        if forced is not None:
            answer = (forced, False, None, ["what-if"])
        elif when.exact:
            answer = self.treaties.party_on(state, instrument, when.start)
            if answer[1]:
                answer = (None, *answer[1:])
        else:
            first = self.treaties.party_on(state, instrument, when.start)
            last = self.treaties.party_on(state, instrument, when.end)
            same = first[0] == last[0] and not (first[1] or last[1])
            binds = first[0] if same else None
            answer = (
                binds,
                first[1] or last[1],
                last[2] or first[2],
                sorted({*first[3], *last[3]}),
            )
        self.treaty_facts[key] = {
            "instrument": instrument,
            "state": state,
            "on": str(when),
            "party": answer[0],
            "since": answer[2],
            "uncertain": answer[1],
            "sources": answer[3],
        }
        self.read(f"treaty:{instrument}:{state}", answer[0])
        return answer

    def binds(self, instrument: str, states: Sequence[str], when: PartialDate) -> Bound:
        """Is the instrument in force for every one of `states` on `when`? The group
        asked about is kept: flipping one state's status can change the answer only
        where no other state of the group is known not to be bound."""
        self.groups.setdefault(instrument, set()).add(tuple(dict.fromkeys(states)))
        results = [self.party(s, instrument, when) for s in dict.fromkeys(states)]
        if any(r[0] is False for r in results):
            value: bool | None = False
        elif all(r[0] is True for r in results):
            value = True
        else:
            value = None
        sinces = [r[2] for r in results if r[2]]
        return Bound(
            instrument,
            tuple(states),
            value,
            max(sinces) if sinces and value else None,
            any(r[1] for r in results),
            sorted({src for r in results for src in r[3]}),
        )

    def param(self, name: str, when: PartialDate) -> Any:
        """A law parameter as it applies to this pair on `when`: a reform's change made
        through an added instrument counts only where that instrument binds both."""
        for instrument, values in reversed(self.params.conditional):
            if (
                name in values
                and self.binds(instrument, (self.sending, self.receiving), when).binds
            ):
                return values[name]
        return self.read(f"param:{name}", getattr(self.params, name))

    def reservations(self, state: str, instrument: str, when: PartialDate) -> set[str]:
        """Articles the state has reserved under the instrument on `when`."""
        if (instrument, state) in self.overrides.status:
            return set()
        arts = {a for r in self.treaties.reservations_on(state, instrument, when.end) for a in r}
        self.read(f"reservations:{instrument}:{state}", sorted(arts))
        return arts

    # -- other rules -----------------------------------------------------------
    def sub(self, rule_id: str) -> Outcome | None:
        """The outcome of another rule on the same facts (memoised per context)."""
        if rule_id not in self._sub:
            self._sub[rule_id] = None  # guards against cycles
            self._sub[rule_id] = self.rules[rule_id].func(self)
        if rule_id not in self.used_rules:
            self.used_rules.append(rule_id)
        return self._sub[rule_id]


@dataclass
class Candidate:
    """One provision that could answer a question, and the ones it defeats."""

    id: str
    outcome: Outcome
    defeats: tuple[str, ...] = ()


def resolve(candidates: Iterable[Candidate], question: str) -> tuple[Outcome, list[Candidate]]:
    """Apply defeat (lex specialis, reservations); report a conflict between survivors."""
    cands = list(candidates)
    defeated = {d for c in cands for d in c.defeats}
    live = [c for c in cands if c.id not in defeated]
    if not live:
        raise ValueError(f"no live candidate for {question}")
    answers = {(c.outcome.answer, c.outcome.breach) for c in live}
    if len(answers) == 1:
        winner = live[0].outcome
        for other in live[1:]:
            winner.citations.extend(c for c in other.outcome.citations if c not in winner.citations)
        return winner, live
    merged = Outcome(
        "undetermined",
        date=live[0].outcome.date,
        events=sorted({e for c in live for e in c.outcome.events}),
        reasoning=[
            "Two provisions apply with no rule of priority between them, and they answer "
            "differently; Legation reports the conflict rather than choosing:"
        ],
        missing_facts=[
            "an authoritative decision (a court, or agreement of the states) on which of the "
            "conflicting provisions prevails"
        ],
    )
    for c in live:
        merged.reasoning.append(f"[{c.id}] answers {c.outcome.answer}:")
        merged.reasoning.extend(f"  {step}" for step in c.outcome.reasoning)
        merged.citations.extend(x for x in c.outcome.citations if x not in merged.citations)
        merged.missing_facts.extend(
            m for m in c.outcome.missing_facts if m not in merged.missing_facts
        )
    return merged, live


def to_finding(rule: Rule, outcome: Outcome, ctx: Context) -> Finding:
    citations = list(outcome.citations)
    own = Citation(
        instrument=outcome.instrument or rule.instrument, article=outcome.article or rule.article
    )
    if own.instrument and own not in citations:
        citations.insert(0, own)
    return Finding(
        rule=rule.id,
        question=rule.question,
        answer=outcome.answer,
        breach=outcome.breach,
        bearer=outcome.bearer,
        date=str(outcome.date) if outcome.date else None,
        events=outcome.events,
        instrument=outcome.instrument if outcome.instrument is not None else rule.instrument,
        article=outcome.article or rule.article,
        reasoning=outcome.reasoning,
        missing_facts=outcome.missing_facts,
        citations=citations,
        trace={
            "rule": rule.id,
            "facts": dict(ctx.facts),
            "treaty_status": list(ctx.treaty_facts.values()),
            "subfindings": list(ctx.used_rules),
        },
    )
