"""Diplomatic asylum: which treaty governs, and what it says of the grant,
the qualification of the offence, the safe conduct and surrender.

Each treaty that binds both states on the date is a candidate answer; the
later, more specific treaty defeats the earlier (Caracas 1954 over Montevideo
1939 and 1933 over Havana 1928), and any treaty defeats the customary
baseline: no general right of diplomatic asylum (ICJ Asylum, 1950), no duty
of safe conduct outside a treaty, no duty to surrender (ICJ Haya de la Torre,
1951). Inside one treaty, two articles can pull apart: Caracas art. III bars
asylum for persons convicted of common offences while art. IV lets the
granting state qualify the offence; where the file has both facts, the
finding reports the conflict instead of choosing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from legation.law.authorities import ICJ_ASYLUM_1950
from legation.law.engine import Candidate, Context, Outcome, resolve, rule
from legation.law.reservations import effect as reservation_effect
from legation.model.case import Event, EventType as T, Person, Proceeding
from legation.model.dates import PartialDate
from legation.model.findings import Citation

HAVANA = "havana-asylum-1928"
MONTEVIDEO_33 = "montevideo-political-asylum-1933"
MONTEVIDEO_39 = "montevideo-asylum-refuge-1939"
CARACAS = "caracas-diplomatic-asylum-1954"
# Later first: a later treaty on the same subject defeats the ones after it here.
ASYLUM_TREATIES: tuple[str, ...] = (CARACAS, MONTEVIDEO_39, MONTEVIDEO_33, HAVANA)
NAMES = {
    CARACAS: "the Caracas Convention on Diplomatic Asylum (1954)",
    MONTEVIDEO_39: "the Montevideo Treaty on Political Asylum and Refuge (1939)",
    MONTEVIDEO_33: "the Montevideo Convention on Political Asylum (1933)",
    HAVANA: "the Havana Convention on Asylum (1928)",
}
CUSTOM = "custom"


def cite(instrument: str, article: str) -> Citation:
    return Citation(instrument=instrument, article=article)


@dataclass
class Grant:
    """The asylum facts the rules share: who, when, by whom, and the refuge."""

    event: Event
    person: Person | None
    refuge: Event | None

    @property
    def when(self) -> PartialDate:
        return self.event.date

    @property
    def start(self) -> PartialDate:
        return self.refuge.date if self.refuge is not None else self.event.date


def the_grant(ctx: Context) -> Grant | None:
    """The first grant of asylum by the sending state (the mission's state) to the
    person in focus, or to anyone when no one is."""
    grants = [
        e for e in ctx.concerning(ctx.events(T.ASYLUM_GRANTED)) if ctx.attr(e, "by") == ctx.sending
    ]
    if not grants:
        return None
    g = grants[0]
    refuges = [e for e in ctx.events(T.REFUGE_SOUGHT) if e.person == g.person]
    return Grant(g, ctx.person(g.person), refuges[0] if refuges else None)


def in_force(ctx: Context, when: PartialDate) -> tuple[list[str], list[str]]:
    """Asylum treaties binding both states on `when`, and those whose status is uncertain."""
    bound, unsure = [], []
    for inst in ASYLUM_TREATIES:
        b = ctx.binds(inst, (ctx.sending, ctx.receiving), when)
        if b.binds:
            bound.append(inst)
        elif b.binds is None:
            unsure.append(inst)
    return bound, unsure


def unknown_deposits(ctx: Context, instruments: list[str]) -> list[str]:
    """What would settle an uncertain treaty status: which state's deposit is unknown."""
    out = []
    for fact in ctx.treaty_facts.values():
        if fact["instrument"] in instruments and fact["party"] is None:
            out.append(
                f"whether and when {fact['state']} deposited its ratification of "
                f"{NAMES[fact['instrument']]} (the status data is uncertain on {fact['on']})"
            )
    return out or ["the dates of deposit of the asylum treaties for both states"]


def decide(
    ctx: Context,
    when: PartialDate,
    question: str,
    build: Callable[[str | None, list[str]], list[Candidate]],
) -> Outcome:
    """Build candidates for the treaties in force (and the customary baseline),
    resolve them, and where a treaty's status on the date is uncertain, resolve
    both ways and report any difference."""
    bound, unsure = in_force(ctx, when)

    def run(treaties: list[str]) -> Outcome:
        cands: list[Candidate] = list(build(None, treaties))
        for inst in treaties:
            cands.extend(build(inst, treaties))
        outcome, _ = resolve(cands, question)
        return outcome

    first = run(bound)
    if not unsure:
        return first
    second = run(sorted(set(bound) | set(unsure), key=ASYLUM_TREATIES.index))
    if (first.answer, first.breach) == (second.answer, second.breach):
        return first
    return Outcome(
        "undetermined",
        date=first.date,
        events=first.events,
        reasoning=[
            "Whether "
            + ", ".join(NAMES[u] for u in unsure)
            + f" bound both states on {when} is uncertain in the status data, and the answer "
            f"depends on it: if not, {first.answer}; if so, {second.answer}.",
            *first.reasoning,
        ],
        missing_facts=["the date from which the uncertain treaty bound both states"],
        citations=first.citations + second.citations,
    )


def later_than(inst: str, treaties: list[str]) -> tuple[str, ...]:
    """What a treaty defeats: the customary baseline and every earlier treaty in force."""
    i = ASYLUM_TREATIES.index(inst)
    return (CUSTOM, *(t for t in treaties if ASYLUM_TREATIES.index(t) > i))


def common_crime_proceedings(
    ctx: Context, grant: Grant, caracas: bool
) -> tuple[list[Proceeding], list[Proceeding]]:
    """Proceedings for common (non-political) offences before refuge: (certain, unknown).

    Havana art. 1 bars anyone "accused" of a common crime; Montevideo 1933 art. 1
    and Caracas art. III need formal prosecution or a conviction, and Caracas
    excludes convicts who have served their sentence.
    """
    if grant.person is None:
        return [], []
    procs = ctx.proceedings(grant.person, grant.start)
    kinds = (
        {"indictment", "conviction"}
        if caracas
        else {"charge", "indictment", "conviction", "warrant"}
    )
    relevant = [
        p for p in procs if p.kind in kinds and not (p.kind == "conviction" and p.sentence_served)
    ]
    return [p for p in relevant if p.political is False], [
        p for p in relevant if p.political is None
    ]


def barred_by_reform(ctx: Context, procs: list[Proceeding], when: PartialDate) -> list[Proceeding]:
    barred = [str(o).casefold() for o in ctx.param("barred_offences", when)]
    return [p for p in procs if any(b in p.offence.casefold() for b in barred)]


def qualified_political(ctx: Context, grant: Grant) -> bool:
    """The granting state characterised the case as political (offence or persecution)."""
    grounds = ctx.attr(grant.event, "grounds") or ""
    return any(w in grounds.casefold() for w in ("politic", "persecut"))


def urgency_ok(ctx: Context, grant: Grant) -> bool | None:
    """Objective urgency: the person faced an immediate danger when entering."""
    if grant.refuge is None:
        return None
    danger = ctx.attr(grant.refuge, "danger")
    return {"imminent": True, "none": False}.get(danger or "unknown")


def describe(procs: list[Proceeding]) -> str:
    return "; ".join(
        f"{p.kind} for {p.offence}" + (f" ({p.date})" if p.date else "") for p in procs
    )


# ---------------------------------------------------------------------------
@rule(
    "asylum.treaty",
    instrument=None,
    article="—",
    question="Is a diplomatic-asylum treaty in force between the granting and the territorial state (and which)?",
    provision=(
        "Diplomatic asylum binds the territorial state only through a treaty in force between it "
        "and the granting state; there is no general customary right to grant it (ICJ, Asylum, "
        "1950)."
    ),
)
def treaty(ctx: Context) -> Outcome | None:
    """Asked on the date of the grant (or of the refuge, if asylum was never formally
    granted), since that is when the territorial state's obligations would arise."""
    grants = ctx.concerning(ctx.events(T.ASYLUM_GRANTED, T.ASYLUM_REQUESTED, T.REFUGE_SOUGHT))
    if not grants:
        return None
    formal = [e for e in grants if e.type == T.ASYLUM_GRANTED]
    when = (formal or grants)[0].date
    s, r = ctx.sending, ctx.receiving
    bound, unsure = in_force(ctx, when)
    out = Outcome("no", date=when, events=[(formal or grants)[0].id or ""])
    if bound:
        out.answer = "yes"
        out.instrument = bound[0]
        out.article = "—"
        out.reasoning.append(
            f"On {when} {s} and {r} were both bound by " + "; ".join(NAMES[b] for b in bound) + "."
        )
        if len(bound) > 1:
            out.reasoning.append(
                f"Between them the later treaty, {NAMES[bound[0]]}, governs where the treaties differ."
            )
        out.citations += [cite(b, "—") for b in bound]
        if unsure:
            out.reasoning.append(
                f"Whether {', '.join(NAMES[u] for u in unsure)} also bound both on {when} is "
                "uncertain in the status data; the rules it would change say so."
            )
            out.missing_facts += unknown_deposits(ctx, unsure)
        for inst in bound:
            for state in (s, r):
                for art in sorted(ctx.reservations(state, inst, when)):
                    eff = reservation_effect(inst, state, art)
                    text = (
                        eff.paraphrase
                        if eff
                        else "its effect on these rules is not encoded; read it before relying on the finding"
                    )
                    out.reasoning.append(
                        f"{state} made a reservation to art. {art} of {inst}: {text}"
                    )
    elif unsure:
        out.answer = "undetermined"
        out.reasoning.append(
            f"Whether {', '.join(NAMES[u] for u in unsure)} bound both {s} and {r} on {when} is "
            "uncertain in the status data."
        )
        out.missing_facts += unknown_deposits(ctx, unsure)
    else:
        out.instrument = CUSTOM
        out.reasoning += [
            f"No diplomatic-asylum treaty bound both {s} and {r} on {when}.",
            "The customary baseline applies: there is no general right of diplomatic asylum that the "
            "territorial state must respect, no duty to issue a safe conduct, and no duty on the "
            "granting state to surrender the person; the inviolability of the premises still bars entry.",
        ]
        out.citations.append(ICJ_ASYLUM_1950)
    return out


# ---------------------------------------------------------------------------
def _grant_candidates(
    ctx: Context, grant: Grant
) -> Callable[[str | None, list[str]], list[Candidate]]:
    s, r = ctx.sending, ctx.receiving
    name = grant.person.name if grant.person else "the person"

    def build(inst: str | None, treaties: list[str]) -> list[Candidate]:
        if inst is None:
            out = Outcome(
                "no", date=grant.when, events=[grant.event.id or ""], instrument=CUSTOM, article="—"
            )
            out.reasoning += [
                f"No asylum treaty bound {s} and {r} on {grant.when}.",
                f"Without one, the grant is not opposable to {r}: diplomatic asylum derogates from "
                "the territorial state's sovereignty and needs a legal basis that is shown to exist "
                "(ICJ, Asylum, 1950). Sheltering someone is not for that reason a breach.",
            ]
            if grant.refuge is not None and grant.refuge.danger == "imminent":
                out.reasoning.append(
                    "The person faced an immediate danger on entering; a temporary humanitarian "
                    "refuge against such danger is widely tolerated, but it gives no right to a "
                    "safe conduct."
                )
            out.citations.append(ICJ_ASYLUM_1950)
            return [Candidate(CUSTOM, out)]
        if grant.event.date and ctx.mission("kind") == "consulate":
            out = Outcome(
                "no",
                breach=True,
                bearer=s,
                date=grant.when,
                instrument=inst,
                article="I" if inst == CARACAS else "2",
            )
            out.reasoning.append(
                "A consulate is not among the places where diplomatic asylum may be granted (legations, warships, military camps or aircraft)."
            )
            return [Candidate(inst, out, later_than(inst, treaties))]
        if inst == CARACAS:
            return _caracas(ctx, grant, treaties)
        if inst in (MONTEVIDEO_33, MONTEVIDEO_39):
            return _montevideo(ctx, grant, inst, treaties)
        return [_havana(ctx, grant, treaties)]

    del name
    return build


def _caracas(ctx: Context, grant: Grant, treaties: list[str]) -> list[Candidate]:
    s, r = ctx.sending, ctx.receiving
    defeats = later_than(CARACAS, treaties)
    certain, unknown = common_crime_proceedings(ctx, grant, caracas=True)
    base: dict[str, Any] = dict(date=grant.when, events=[grant.event.id or ""], instrument=CARACAS)
    # Urgency (arts. V-VII): the granting state judges it, unless a reservation says otherwise.
    urgency_steps: list[str] = []
    dom_rule = "VII" in ctx.reservations(r, CARACAS, grant.when) and reservation_effect(
        CARACAS, r, "VII"
    )
    if dom_rule:
        ok = urgency_ok(ctx, grant)
        if ok is False:
            out = Outcome("no", breach=True, bearer=s, article="V", **base)
            out.reasoning += [
                f"{r}'s reservation to art. VII means {s}'s own judgment of urgency does not bind it.",
                "Judged objectively, the person faced no immediate danger on entering; art. V allows "
                "asylum only in urgent cases.",
            ]
            out.citations += [cite(CARACAS, "V"), cite(CARACAS, "VII")]
            return [Candidate(f"reservation:{r}:VII", out, (*defeats, CARACAS))]
        if ok is None:
            out = Outcome("undetermined", article="V", **base)
            out.reasoning.append(
                f"{r}'s reservation to art. VII leaves urgency to be judged objectively, and the file does not say whether there was an immediate danger."
            )
            out.missing_facts.append(
                "whether the person faced an immediate danger when seeking refuge"
            )
            return [Candidate(f"reservation:{r}:VII", out, (*defeats, CARACAS))]
    else:
        urgency_steps.append(
            f"Art. VII leaves the judgment of urgency to {s}, the granting state; by granting asylum it judged the case urgent."
        )
    lawful = Outcome("yes", article="III", **base)
    lawful.reasoning += urgency_steps
    lawful.citations += [cite(CARACAS, "III"), cite(CARACAS, "VII")]
    if not certain and not unknown:
        lawful.reasoning.insert(
            0,
            "The person was not under indictment or trial for, or convicted of, a common offence when asylum was sought (art. III).",
        )
        return [Candidate(CARACAS, lawful, defeats)]
    if unknown and not certain:
        out = Outcome("undetermined", article="III", **base)
        out.reasoning.append(
            f"The person faced {describe(unknown)}; the file does not say whether the territorial state treats the offence as common or political."
        )
        out.missing_facts.append("whether the offence was treated as common or political")
        return [Candidate(CARACAS, out, defeats)]
    barred = Outcome("no", breach=True, bearer=s, article="III", **base)
    barred.reasoning.append(
        f"When asylum was sought the person faced {describe(certain)}, which {r} treats as common "
        "offences; art. III bars asylum for persons under indictment or convicted of common offences "
        "who have not served the sentence."
    )
    barred.citations.append(cite(CARACAS, "III"))
    reform_barred = barred_by_reform(ctx, certain, grant.when)
    if reform_barred and not ctx.param("clearly_political_exception", grant.when):
        barred.reasoning.append(
            f"The offence ({', '.join(p.offence for p in reform_barred)}) is one for which asylum is "
            "excluded with no exception for acts of a political character, so the granting state's "
            "qualification cannot change the answer."
        )
        return [Candidate(CARACAS + ".III", barred, (*defeats, CARACAS + ".IV"))]
    if not qualified_political(ctx, grant):
        return [Candidate(CARACAS + ".III", barred, defeats)]
    qual = ctx.sub("asylum.qualification.binding")
    who = ctx.param("qualification_by", grant.when)
    if qual is not None and qual.answer != "yes" and who in ("contestable", "third_party"):
        pending = Outcome("undetermined", article="IV", **base)
        pending.reasoning += [
            f"{r} treats the offences as common and {s} calls the case political.",
            "Under the rule as amended the character of the offence is settled by a third party"
            + (
                " when the territorial state contests it, as it does here"
                if who == "contestable"
                else ""
            )
            + "; until it decides, whether the bar of art. III applies is open.",
        ]
        pending.missing_facts.append("the third party's decision on the character of the offence")
        return [Candidate(CARACAS + ".IV", pending, defeats)]
    if qual is not None and qual.answer != "yes":
        barred.reasoning.append(
            f"{s} called the case political, but its qualification does not bind {r} here (see asylum.qualification.binding)."
        )
        return [Candidate(CARACAS + ".III", barred, defeats)]
    political = Outcome("yes", article="IV", **base)
    political.reasoning += [
        f"{s} qualified the case as political persecution; art. IV gives the granting state the "
        "determination of the nature of the offence or the motives for the persecution, and art. III "
        "itself spares acts that are clearly political.",
        *urgency_steps,
    ]
    political.citations.append(cite(CARACAS, "IV"))
    return [
        Candidate(CARACAS + ".III", barred, defeats),
        Candidate(CARACAS + ".IV", political, defeats),
    ]


def _montevideo(ctx: Context, grant: Grant, inst: str, treaties: list[str]) -> list[Candidate]:
    """Montevideo 1933 replaced Havana art. 1 (no asylum for persons prosecuted or
    sentenced for common offences) and gave the qualification to the granting state
    (art. 2), leaving Havana's urgency condition (art. 2) in place; the 1939 treaty
    does both in its art. 3. Where the territorial state's prosecution and the
    granting state's qualification collide, both articles are live: a conflict."""
    s, r = ctx.sending, ctx.receiving
    base: dict[str, Any] = dict(date=grant.when, events=[grant.event.id or ""], instrument=inst)
    defeats = later_than(inst, treaties)
    certain, unknown = common_crime_proceedings(ctx, grant, caracas=True)
    art, qual_art = ("1", "2") if inst == MONTEVIDEO_33 else ("3", "3")
    if unknown and not certain:
        out = Outcome("undetermined", article=art, **base)
        out.reasoning.append(
            f"The person faced {describe(unknown)}; whether it is a common offence is not in the file."
        )
        out.missing_facts.append("whether the offence was treated as common or political")
        return [Candidate(inst, out, defeats)]
    if inst == MONTEVIDEO_33:
        ok = urgency_ok(ctx, grant)
        if ok is not True:
            out = Outcome(
                "no" if ok is False else "undetermined",
                breach=ok is False,
                bearer=s if ok is False else None,
                article="2",
                **base,
            )
            out.instrument = HAVANA
            if ok is False:
                out.reasoning.append(
                    "Havana art. 2, left in force by the 1933 Convention, allows asylum only in urgent cases; the person faced no immediate danger."
                )
            else:
                out.reasoning.append(
                    "Havana art. 2, left in force by the 1933 Convention, requires urgency, judged objectively (ICJ, Asylum, 1950); the file does not say whether there was an immediate danger."
                )
                out.missing_facts.append(
                    "whether the person faced an immediate danger when seeking refuge"
                )
            out.citations += [cite(HAVANA, "2"), ICJ_ASYLUM_1950]
            return [Candidate(inst, out, defeats)]
    if not certain:
        out = Outcome("yes", article=art, **base)
        out.reasoning.append(
            "The person was not prosecuted or sentenced for a common offence, and the treaty's other conditions are met on the facts held."
        )
        return [Candidate(inst, out, defeats)]
    barred = Outcome("no", breach=True, bearer=s, article=art, **base)
    barred.reasoning.append(
        f"The person faced {describe(certain)}, which {r} treats as common offences; art. {art} "
        "bars asylum for persons prosecuted or sentenced for common offences."
    )
    if not qualified_political(ctx, grant):
        return [Candidate(inst, barred, defeats)]
    political = Outcome("yes", article=qual_art, **base)
    political.reasoning.append(
        f"{s} qualified the case as political, and art. {qual_art} gives that judgment to the granting state."
    )
    return [
        Candidate(f"{inst}.{art}", barred, defeats),
        Candidate(f"{inst}.{qual_art}", political, defeats),
    ]


def _havana(ctx: Context, grant: Grant, treaties: list[str]) -> Candidate:
    """Havana gives neither state the last word on the offence (ICJ, 1950): the
    territorial state's charge does not settle it, nor does the granting state's
    view; and urgency is an objective condition."""
    s, r = ctx.sending, ctx.receiving
    base: dict[str, Any] = dict(date=grant.when, events=[grant.event.id or ""], instrument=HAVANA)
    certain, unknown = common_crime_proceedings(ctx, grant, caracas=False)
    defeats = later_than(HAVANA, treaties)
    if certain:
        if qualified_political(ctx, grant):
            out = Outcome("undetermined", article="1", **base)
            out.reasoning += [
                f"{r} treats the person's offences ({describe(certain)}) as common; {s} calls the case political.",
                "Under the Havana Convention neither state's characterisation is binding on the other "
                "(ICJ, Asylum, 1950); the character of the offence has to be established objectively.",
            ]
            out.missing_facts.append(
                "an objective assessment of whether the offence is common or political"
            )
        else:
            out = Outcome("no", breach=True, bearer=s, article="1", **base)
            out.reasoning.append(
                f"The person was accused or convicted of common offences ({describe(certain)}); art. 1 forbids asylum for them."
            )
        out.citations.append(ICJ_ASYLUM_1950)
        return Candidate(HAVANA, out, defeats)
    if unknown:
        out = Outcome("undetermined", article="1", **base)
        out.reasoning.append(
            f"The person faced {describe(unknown)}; whether it is a common offence is not in the file."
        )
        out.missing_facts.append("whether the offence was treated as common or political")
        return Candidate(HAVANA, out, defeats)
    ok = urgency_ok(ctx, grant)
    if ok is False:
        out = Outcome("no", breach=True, bearer=s, article="2", **base)
        out.reasoning += [
            "The person was not accused of a common crime, so art. 1 does not bar the grant.",
            "But art. 2 allows asylum only in urgent cases and for the time strictly indispensable; "
            "the person faced no immediate danger when entering, so the grant did not meet it.",
        ]
        out.citations += [cite(HAVANA, "2"), ICJ_ASYLUM_1950]
        return Candidate(HAVANA, out, defeats)
    if ok is None:
        out = Outcome("undetermined", article="2", **base)
        out.reasoning.append(
            "Art. 2 requires an urgent case; the file does not say whether the person faced an immediate danger."
        )
        out.missing_facts.append("whether the person faced an immediate danger when seeking refuge")
        return Candidate(HAVANA, out, defeats)
    out = Outcome("yes", article="2", **base)
    out.reasoning.append(
        "The person was not accused of a common crime and faced an immediate danger: the grant met arts. 1 and 2."
    )
    return Candidate(HAVANA, out, defeats)


@rule(
    "asylum.grant.lawful",
    per_person=True,
    instrument=None,
    article="—",
    question="Was the grant of asylum consistent with the treaty in force (political character, urgency, no common-crime proceedings)?",
    provision=(
        "Asylum may be granted only to persons sought for political reasons, in urgent cases, and "
        "not to persons prosecuted or convicted for common offences (Havana 1928 arts. 1-2; "
        "Montevideo 1933 arts. 1-2; Caracas 1954 arts. III-VII)."
    ),
    depends_on=("asylum.qualification.binding",),
)
def grant_lawful(ctx: Context) -> Outcome | None:
    """Evaluated on the grant date, with the person's proceedings as they stood when
    refuge was sought; later proceedings do not make an earlier grant unlawful."""
    grant = the_grant(ctx)
    if grant is None:
        return None
    out = decide(ctx, grant.when, "asylum.grant.lawful", _grant_candidates(ctx, grant))
    out.bearer = ctx.sending
    return out


# ---------------------------------------------------------------------------
@rule(
    "asylum.qualification.binding",
    per_person=True,
    instrument=None,
    article="—",
    question="Is the granting state's qualification of the offence as political binding on the territorial state?",
    provision=(
        "Montevideo 1933 (art. 2) and Caracas 1954 (art. IV) give the qualification to the granting "
        "state; the Havana Convention does not, and no custom does (ICJ, Asylum, 1950)."
    ),
)
def qualification(ctx: Context) -> Outcome | None:
    """Who qualifies is a parameter: a reform may make it contestable or give it to a third party."""
    grant = the_grant(ctx)
    if grant is None:
        return None
    s, r = ctx.sending, ctx.receiving
    base: dict[str, Any] = dict(date=grant.when, events=[grant.event.id or ""])

    def build(inst: str | None, treaties: list[str]) -> list[Candidate]:
        if inst is None:
            out = Outcome("no", instrument=CUSTOM, article="—", **base)
            out.reasoning.append(
                f"No treaty in force gives {s} the right to qualify the offence with binding effect for {r}; custom does not either."
            )
            out.citations.append(ICJ_ASYLUM_1950)
            return [Candidate(CUSTOM, out)]
        if inst == HAVANA:
            out = Outcome("no", instrument=HAVANA, article="—", **base)
            out.reasoning.append(
                "The Havana Convention contains no rule letting the granting state qualify the offence unilaterally and definitively (ICJ, Asylum, 1950)."
            )
            out.citations.append(ICJ_ASYLUM_1950)
            return [Candidate(HAVANA, out, later_than(HAVANA, treaties))]
        art = {CARACAS: "IV", MONTEVIDEO_33: "2", MONTEVIDEO_39: "3"}[inst]
        who = ctx.param("qualification_by", grant.when) if inst == CARACAS else "granting_state"
        if who == "granting_state":
            out = Outcome("yes", instrument=inst, article=art, **base)
            out.reasoning.append(
                f"Art. {art} of {NAMES[inst]} gives the granting state ({s}) the qualification of the offence."
            )
        elif who == "contestable":
            out = Outcome("no", instrument=inst, article=art, **base)
            out.reasoning.append(
                f"Under the rule as amended, {r} may contest {s}'s qualification before a third party, so it is not binding by itself."
            )
        else:
            out = Outcome("no", instrument=inst, article=art, **base)
            out.reasoning.append(
                "Under the rule as amended, a third party qualifies the offence; neither state's view binds the other."
            )
        return [Candidate(inst, out, later_than(inst, treaties))]

    return decide(ctx, grant.when, "asylum.qualification.binding", build)


# ---------------------------------------------------------------------------
@rule(
    "asylum.safe_conduct.duty",
    per_person=True,
    instrument=None,
    article="—",
    question="Is the territorial state obliged to grant a safe conduct?",
    provision=(
        "Under Caracas art. XII the territorial state must, once asked, immediately give the "
        "guarantees and the safe conduct for the asylee's departure, save force majeure. Under Havana "
        "art. 2 it need do so only when it has itself asked for the departure (ICJ, Asylum, 1950). "
        "Outside a treaty there is no such duty."
    ),
    depends_on=("asylum.grant.lawful",),
)
def safe_conduct_duty(ctx: Context) -> Outcome | None:
    """The Caracas duty presupposes a grant the Convention allows: a person barred by
    art. III is to be invited to leave or surrendered, not given safe passage."""
    grant = the_grant(ctx)
    if grant is None:
        return None
    s, r = ctx.sending, ctx.receiving
    base: dict[str, Any] = dict(date=grant.when, events=[grant.event.id or ""])
    lawful = ctx.sub("asylum.grant.lawful")
    requested = [
        e for e in ctx.concerning(ctx.events(T.DEPARTURE_REQUESTED)) if ctx.attr(e, "by") == r
    ]

    def build(inst: str | None, treaties: list[str]) -> list[Candidate]:
        if inst is None:
            out = Outcome("no", instrument=CUSTOM, article="—", **base)
            out.reasoning.append(
                f"No asylum treaty binds {s} and {r}; outside a treaty the territorial state owes no safe conduct."
            )
            out.citations.append(ICJ_ASYLUM_1950)
            return [Candidate(CUSTOM, out)]
        if inst == CARACAS:
            if lawful is not None and lawful.answer == "no" and lawful.article == "III":
                out = Outcome("no", instrument=CARACAS, article="III", **base)
                out.reasoning.append(
                    "The grant is barred by art. III; such a person is to be invited to leave or surrendered, and art. XII's safe conduct does not follow."
                )
            elif lawful is not None and lawful.answer == "undetermined":
                out = Outcome("undetermined", instrument=CARACAS, article="XII", **base)
                out.reasoning.append(
                    "Whether the grant was lawful is undetermined (see asylum.grant.lawful), and the duty under art. XII depends on it."
                )
                out.missing_facts += lawful.missing_facts
            else:
                out = Outcome("yes", instrument=CARACAS, article="XII", **base)
                out.reasoning.append(
                    f"Under art. XII, once {s} asks for the asylee's departure, {r} must immediately give the guarantees and the safe conduct, save force majeure."
                )
            return [Candidate(CARACAS, out, later_than(CARACAS, treaties))]
        if requested:
            out = Outcome("yes", instrument=HAVANA, article="2", **base)
            out.reasoning.append(
                f"{r} asked for the asylee's departure on {requested[0].date}; under Havana art. 2 it must then give the guarantees for it."
            )
        else:
            out = Outcome("no", instrument=HAVANA, article="2", **base)
            out.reasoning.append(
                f"Under Havana art. 2 the guarantees are owed only once the territorial state asks for the departure, which {r} did not; the granting state cannot demand a safe conduct (ICJ, Asylum, 1950)."
            )
            out.citations.append(ICJ_ASYLUM_1950)
        return [Candidate(inst, out, later_than(inst, treaties))]

    return decide(ctx, grant.when, "asylum.safe_conduct.duty", build)


@rule(
    "asylum.safe_conduct.denial",
    per_person=True,
    instrument=None,
    article="—",
    question="Did the territorial state breach a duty by refusing or delaying the safe conduct?",
    provision=(
        "A refusal of a safe conduct that is owed (Caracas art. XII: immediately, save force "
        "majeure) is a breach by the territorial state; a refusal of one that is not owed is not."
    ),
    depends_on=("asylum.safe_conduct.duty",),
)
def safe_conduct_denial(ctx: Context) -> Outcome | None:
    """Engages on a refusal, or on a request left unanswered. Caracas sets no number
    of days for "immediately"; a reform may set one, and then delay past it is a breach."""
    r = ctx.receiving
    denials = [
        e for e in ctx.concerning(ctx.events(T.SAFE_CONDUCT_DENIED)) if ctx.attr(e, "by") == r
    ]
    requests = ctx.concerning(ctx.events(T.SAFE_CONDUCT_REQUESTED))
    granted = ctx.concerning(ctx.events(T.SAFE_CONDUCT_GRANTED))
    pending = [
        q
        for q in requests
        if not any(g.person == q.person and g.date.start >= q.date.start for g in granted + denials)
    ]
    if not denials and not pending:
        return None
    duty = ctx.sub("asylum.safe_conduct.duty")
    first = (denials or pending)[0]
    out = Outcome("no", bearer=r, date=first.date, events=[e.id or "" for e in denials or pending])
    if duty is None or duty.answer == "no":
        out.instrument = duty.instrument if duty else CUSTOM
        out.reasoning.append(
            f"{r} owed no safe conduct (see asylum.safe_conduct.duty), so refusing or withholding it breaches no duty."
        )
        return out
    out.instrument = duty.instrument
    out.article = duty.article
    if duty.answer == "undetermined":
        out.answer = "undetermined"
        out.reasoning.append(
            "Whether a safe conduct was owed is undetermined (see asylum.safe_conduct.duty)."
        )
        out.missing_facts += duty.missing_facts
        return out
    if denials:
        out.answer, out.breach = "yes", True
        out.reasoning.append(
            f"{r} refused the safe conduct on {denials[0].date} although it was owed; no force majeure is recorded."
        )
        out.missing_facts.append("whether force majeure prevented issuing the safe conduct")
        return out
    days = (ctx.as_of - pending[0].date.end).days
    deadline = ctx.param("safe_conduct_deadline_days", pending[0].date)
    if deadline is not None and days > deadline:
        out.answer, out.breach = "yes", True
        out.reasoning.append(
            f"The request of {pending[0].date} has gone unanswered for {days} days, beyond the {deadline} days allowed."
        )
        return out
    out.answer = "undetermined"
    out.reasoning.append(
        f"The request of {pending[0].date} has been pending {days} days as of {ctx.as_of}. Art. XII "
        "asks for the safe conduct immediately but sets no number of days."
    )
    out.missing_facts.append(
        "whether the delay is explained by force majeure or by arrangements in progress"
    )
    return out
