"""Inviolability of mission premises, archives, communication and persons.

VCDR arts. 22, 24, 25, 27, 29, 41(3), 45 and VCCR art. 31, with the points of
law the ICJ settled: inviolability admits no self-help exception (Tehran,
1980); the receiving state answers for private attacks it fails to prevent or
later endorses (Tehran); a timely, non-arbitrary objection stops a building
from becoming premises (Equatorial Guinea v. France, 2020). For a consulate
the VCDR-keyed rules cite the VCCR article that does the same work.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from legation.law.authorities import ICJ_ARMED_ACTIVITIES_2005, ICJ_EQ_GUINEA_2020, ICJ_TEHRAN_1980
from legation.law.common import (
    VCCR,
    VCDR,
    attributed_to,
    cite,
    earliest,
    governing_vienna,
    is_consular,
)
from legation.law.engine import Context, Outcome, rule
from legation.model.case import Event, EventType as T

VCDR_IN_FORCE = date(1964, 4, 24)

SIEGE = (T.PREMISES_SURROUNDED, T.ACCESS_BLOCKED, T.UTILITIES_CUT, T.PROTECTION_WITHDRAWN)


def _settle(ctx: Context, out: Outcome, breach_events: list[Event]) -> bool:
    """Mark `out` a breach on `breach_events`, unless every one of them is disputed:
    then the answer waits on the facts. Returns True when a breach was found."""
    if not breach_events:
        return False
    firm = [e for e in breach_events if not ctx.attr(e, "disputed")]
    if firm:
        out.answer, out.breach = "yes", True
        out.events = [e.id for e in firm if e.id]
        out.date = earliest(firm)
        return True
    out.answer, out.breach = "undetermined", False
    out.events = [e.id for e in breach_events if e.id]
    out.reasoning.append(
        "Each act relied on is contested by a state concerned (as to whether it happened, or "
        "what it was for); the answer turns on which account is right."
    )
    out.missing_facts.append("which account of the contested acts is right")
    return False


def _premises_gate(ctx: Context, out: Outcome) -> bool:
    """True when the building is not premises of the mission (and says why)."""
    status = ctx.sub("premises.status")
    if status is not None and status.answer == "no":
        out.reasoning.append(
            "The building never acquired the status of premises of the mission "
            "(see premises.status), so the inviolability of art. 22 does not attach to it."
        )
        out.citations.append(ICJ_EQ_GUINEA_2020)
        return True
    return False


@rule(
    "premises.status",
    instrument=VCDR,
    article="1(i)",
    question="Did the building have the status of premises of the mission?",
    provision=(
        "Premises of the mission are the buildings, or parts of buildings, and land used for the "
        "purposes of the mission. Where the receiving state objects in time, and neither "
        "arbitrarily nor in a discriminatory way, to a building's designation, it does not become "
        "premises of the mission."
    ),
)
def premises_status(ctx: Context) -> Outcome | None:
    """Engages only when the file says whether the receiving state objected: the
    question is otherwise not in dispute and a finding would be noise."""
    objected = ctx.mission("designation_objected")
    if objected is None:
        return None
    out = Outcome("no" if objected else "yes", citations=[ICJ_EQ_GUINEA_2020])
    if objected:
        out.reasoning += [
            f"{ctx.receiving} objected to the designation of the building as premises of "
            f"{ctx.sending}'s mission.",
            "The Vienna Convention does not let the sending state impose a designation on the "
            "receiving state; a timely objection, made without arbitrariness or discrimination, "
            "keeps the building from becoming premises (ICJ, Equatorial Guinea v. France, 2020).",
            "The file records the objection as made; whether it was timely and even-handed is "
            "taken as given by the file.",
        ]
    else:
        out.reasoning.append(
            f"{ctx.receiving} did not object to the designation; the building was used for the "
            "mission's purposes and so had the status of premises."
        )
    return out


@rule(
    "vcdr.22.1.entry",
    instrument=VCDR,
    article="22(1)",
    question="Did agents of the receiving state enter the premises without the consent of the head of mission?",
    provision=(
        "The premises of the mission are inviolable. Agents of the receiving state may not enter "
        "them except with the consent of the head of the mission. There is no exception for "
        "emergencies or for abuse of the premises."
    ),
    applies_from=VCDR_IN_FORCE,
    depends_on=("premises.status",),
)
def entry(ctx: Context) -> Outcome | None:
    """Only state agents' entries engage 22(1); an intrusion by private persons is a
    question of the duty to protect (22(2)). Consent must come from the head of
    mission: consent given by anyone else is not the consent the article asks for."""
    if is_consular(ctx):
        return None
    entries = [
        e for e in ctx.events(T.PREMISES_ENTERED) if ctx.attr(e, "by") and e.by != ctx.sending
    ]
    if not entries:
        return None
    out = Outcome("no", date=entries[0].date, events=[e.id for e in entries if e.id])
    governing_vienna(ctx, entries[0].date, "22(1)", out)
    if ctx.mission("kind") == "residence":
        out.reasoning.append(
            "The private residence of a diplomatic agent enjoys the same inviolability (art. 30(1))."
        )
        out.citations.append(cite(VCDR, "30(1)"))
    if _premises_gate(ctx, out):
        return out
    unknown: list[Event] = []
    for e in entries:
        consent = ctx.attr(e, "consent")
        by_head = e.consented_by_head
        if consent is not False and consent is not True:
            unknown.append(e)
            continue
        ctx.attr(e, "consent_by")
        if by_head:
            out.reasoning.append(
                f"On {e.date} {e.by}'s agents entered with the consent of the head of mission: no breach."
            )
            continue
        if ctx.attr(e, "disputed"):
            unknown.append(e)
            out.reasoning.append(
                f"That agents of {e.by} entered on {e.date} as described is contested."
            )
            continue
        who = (
            "without consent"
            if consent is False
            else "with consent given by someone other than the head of mission, which is not consent under art. 22(1)"
        )
        out.answer, out.breach, out.bearer = "yes", True, e.by
        out.date, out.events = e.date, [e.id] if e.id else []
        out.reasoning.append(f"On {e.date} agents of {e.by} entered the premises {who}.")
        purpose = ctx.attr(e, "purpose")
        if purpose in ("fire", "disaster"):
            out.reasoning.append(
                "The VCDR, unlike art. 31(2) of the VCCR for consular premises, has no exception "
                "for fire or other disaster: consent is still required."
            )
        if ctx.events(T.PREMISES_MISUSED):
            out.reasoning.append(
                "Misuse of the premises by the sending state does not license entry: the Convention's "
                "own remedies are declaring agents persona non grata or breaking relations (ICJ, Tehran)."
            )
            out.citations.append(ICJ_TEHRAN_1980)
        if ctx.events(T.ASYLUM_GRANTED, T.REFUGE_SOUGHT):
            out.reasoning.append(
                "Sheltering a person, even irregularly, does not permit the territorial state to "
                "enter to seize him: no asylum rule can license an entry (ICJ, Asylum and Haya de la "
                "Torre)."
            )
        if ctx.events(T.RELATIONS_SEVERED, T.MISSION_CLOSED, until=e.date.end):
            out.reasoning.append("Inviolability survives the severance of relations (art. 45(a)).")
            out.citations.append(cite(VCDR, "45(a)"))
        return out
    if unknown:
        out.answer = "undetermined"
        out.events = [e.id for e in unknown if e.id]
        out.date = unknown[0].date
        out.bearer = unknown[0].by
        if any(e.consent == "unknown" for e in unknown):
            out.reasoning.append(
                f"Agents of {unknown[0].by} entered on {unknown[0].date}; the file does not say "
                "whether the head of mission consented."
            )
            out.missing_facts.append("whether the head of mission consented to the entry")
        if any(e.disputed for e in unknown):
            out.missing_facts.append("which account of the contested entry is right")
    return out


@rule(
    "vcdr.22.2.protect",
    instrument=VCDR,
    article="22(2)",
    question=(
        "Did the receiving state fail in its special duty to protect the premises against "
        "intrusion, damage, disturbance of the peace or impairment of dignity?"
    ),
    provision=(
        "The receiving state has a special duty to take all appropriate steps to protect the "
        "premises against intrusion or damage and to prevent disturbance of the peace of the "
        "mission or impairment of its dignity. Cordons, blocking supplies and visitors, cutting "
        "power or water and intimidating surveillance are measures against the mission, not "
        "protection of it."
    ),
    applies_from=VCDR_IN_FORCE,
    depends_on=("premises.status",),
)
def protect(ctx: Context) -> Outcome | None:
    """A private attack engages the duty; it is breached where the receiving state
    endorsed the attack, had withdrawn its protection, or itself attacked. Siege
    measures by the receiving state breach it directly. Where the file does not say
    how the receiving state responded to a private attack, the answer waits for it."""
    r = ctx.receiving
    attacks = ctx.events(T.PREMISES_ATTACKED)
    intrusions = [e for e in ctx.events(T.PREMISES_ENTERED) if ctx.attr(e, "by") is None]
    siege = [e for e in ctx.events(*SIEGE) if ctx.attr(e, "by") == r]
    private = [e for e in attacks if ctx.attr(e, "private_actors")]
    own = [e for e in attacks if attributed_to(e, r) and not e.private_actors]
    if not (attacks or siege or intrusions):
        return None
    first = earliest(attacks + siege + intrusions)
    assert first is not None
    out = Outcome("no", date=first, bearer=r)
    article = "31(3)" if is_consular(ctx) else "22(2)"
    governing_vienna(ctx, first, article, out)
    if _premises_gate(ctx, out):
        return out
    breach_events: list[Event] = []
    for e in own:
        breach_events.append(e)
        out.reasoning.append(
            f"On {e.date} forces of {r} itself attacked the premises; a state that attacks the premises a fortiori fails to protect them."
        )
        out.citations.append(ICJ_ARMED_ACTIVITIES_2005)
    withdrawn = [e for e in siege if e.type == T.PROTECTION_WITHDRAWN]
    undetermined: list[Event] = []
    for e in private:
        endorsed = ctx.attr(e, "endorsed_by")
        if endorsed == r:
            breach_events.append(e)
            out.reasoning.append(
                f"Private persons attacked the premises on {e.date} and {r} later endorsed their "
                "conduct, which made it an act of the state; its failure to protect is a breach."
            )
            out.citations.append(ICJ_TEHRAN_1980)
        elif any(w.date.start <= e.date.end for w in withdrawn):
            breach_events.append(e)
            out.reasoning.append(
                f"Private persons attacked the premises on {e.date} after {r} had withdrawn the protection owed to them."
            )
        else:
            undetermined.append(e)
    misuse = ctx.events(T.PREMISES_MISUSED)
    for e in siege:
        what = {
            T.PREMISES_SURROUNDED: "surrounded the premises with a cordon",
            T.ACCESS_BLOCKED: "blocked access to the premises",
            T.UTILITIES_CUT: f"cut the {e.utility} supply",
            T.PROTECTION_WITHDRAWN: "withdrew the protection of the premises",
        }[e.type]
        if e.type == T.PREMISES_SURROUNDED and any(m.date.start <= e.date.end for m in misuse):
            out.reasoning.append(
                f"On {e.date} {r} {what} after the premises had been misused by the sending state; "
                "containing a danger from outside without entering is compatible with the duty to "
                "protect, so this alone is not counted as a breach."
            )
            continue
        breach_events.append(e)
        out.reasoning.append(
            f"On {e.date} {r} {what}: a siege measure that disturbs the peace of the mission and impairs its dignity."
        )
    for e in intrusions:
        undetermined.append(e)
    if breach_events:
        if _settle(ctx, out, breach_events) and ctx.events(T.RELATIONS_SEVERED, T.MISSION_CLOSED):
            out.reasoning.append(
                "The duty to respect and protect the premises continues after severance (art. 45(a))."
            )
        return out
    if undetermined:
        out.answer = "undetermined"
        out.events = [e.id for e in undetermined if e.id]
        out.reasoning.append(
            "Private persons intruded into or attacked the premises; whether the receiving state "
            "breached its duty depends on whether it took appropriate steps to prevent or end it, "
            "which the file does not say."
        )
        out.missing_facts.append(
            "what the receiving state did to prevent or end the intrusion (and whether it endorsed it)"
        )
    return out


@rule(
    "vcdr.22.3.search",
    instrument=VCDR,
    article="22(3)",
    question="Were the premises, furnishings or means of transport searched, requisitioned, attached or subjected to execution?",
    provision=(
        "The premises, their furnishings and other property there, and the mission's means of "
        "transport are immune from search, requisition, attachment or execution."
    ),
    applies_from=VCDR_IN_FORCE,
    depends_on=("premises.status",),
)
def search(ctx: Context) -> Outcome | None:
    """A search with the head of mission's consent is no breach, as for entry. For a
    consulate the search is an entry under VCCR art. 31(2) (vccr.31.entry)."""
    if is_consular(ctx):
        return None
    searches = [
        e
        for e in ctx.events(T.PREMISES_SEARCHED, T.VEHICLE_SEARCHED)
        if ctx.attr(e, "by") != ctx.sending
    ]
    if not searches:
        return None
    out = Outcome("no", date=searches[0].date, bearer=searches[0].by)
    governing_vienna(ctx, searches[0].date, "31(4)" if is_consular(ctx) else "22(3)", out)
    if _premises_gate(ctx, out):
        return out
    unknown: list[Event] = []
    for e in searches:
        if e.type == T.VEHICLE_SEARCHED:
            out.answer, out.breach, out.bearer, out.date = "yes", True, e.by, e.date
            out.events = [e.id] if e.id else []
            out.reasoning.append(
                f"On {e.date} {e.by} searched a means of transport of the mission."
            )
            return out
        consent = ctx.attr(e, "consent")
        ctx.attr(e, "consent_by")
        if consent is True and e.consented_by_head:
            out.reasoning.append(
                f"The search of {e.date} was made with the head of mission's consent."
            )
            continue
        if consent == "unknown":
            unknown.append(e)
            continue
        out.answer, out.breach, out.bearer, out.date = "yes", True, e.by, e.date
        out.events = [e.id] if e.id else []
        out.reasoning.append(
            f"On {e.date} {e.by} searched the premises without the head of mission's consent."
        )
        return out
    if unknown:
        out.answer = "undetermined"
        out.events = [e.id for e in unknown if e.id]
        out.missing_facts.append("whether the head of mission consented to the search")
    return out


def _simple_breach(
    ctx: Context,
    types: tuple[T, ...],
    article: str,
    consular_article: str,
    describe: Callable[[Event], str],
    keep: Callable[[Event], bool] = lambda e: True,
) -> Outcome | None:
    """A receiving-state act that breaches the article by itself (or by endorsement)."""
    r = ctx.receiving
    acts = [
        e
        for e in ctx.events(*types)
        if (ctx.attr(e, "by") == r or ctx.attr(e, "endorsed_by") == r) and keep(e)
    ]
    if not acts:
        return None
    out = Outcome("no", bearer=r, date=acts[0].date)
    governing_vienna(ctx, acts[0].date, consular_article if is_consular(ctx) else article, out)
    for e in acts:
        how = "" if e.by == r else " (private conduct the state later endorsed)"
        out.reasoning.append(f"On {e.date} {r} {describe(e)}{how}.")
    _settle(ctx, out, acts)
    return out


@rule(
    "vcdr.24.archives",
    instrument=VCDR,
    article="24",
    question="Were the archives or documents of the mission violated?",
    provision="The archives and documents of the mission are inviolable at any time and wherever they may be.",
    applies_from=VCDR_IN_FORCE,
)
def archives(ctx: Context) -> Outcome | None:
    """Inviolable "at any time": after severance too, so no date gate."""
    out = _simple_breach(
        ctx, (T.ARCHIVES_SEIZED,), "24", "33", lambda e: "seized or violated the mission's archives"
    )
    if out is not None and any(e.private_actors for e in ctx.events(T.ARCHIVES_SEIZED)):
        out.citations.append(ICJ_TEHRAN_1980)
    return out


@rule(
    "vcdr.25.facilities",
    instrument=VCDR,
    article="25",
    question="Did the receiving state withhold facilities the mission needs (utilities, supplies, access)?",
    provision="The receiving state must accord full facilities for the performance of the mission's functions.",
    applies_from=VCDR_IN_FORCE,
)
def facilities(ctx: Context) -> Outcome | None:
    """Cutting utilities or access is the opposite of according facilities. So is
    adopting a seizure of the premises: a mission held by occupiers the state has
    approved cannot function at all, which is why the ICJ found art. 25 breached in
    Tehran (1980). An attack the state did not adopt is a matter for art. 22, not here."""
    r = ctx.receiving
    out = _simple_breach(
        ctx,
        (T.UTILITIES_CUT, T.ACCESS_BLOCKED, T.PREMISES_ATTACKED),
        "25",
        "28",
        lambda e: {
            T.UTILITIES_CUT: f"cut the {e.utility} supply",
            T.ACCESS_BLOCKED: "blocked access to the mission",
        }.get(
            e.type,
            "let the premises be seized and then adopted the seizure, leaving the mission unable to work",
        ),
        keep=lambda e: e.type != T.PREMISES_ATTACKED or e.endorsed_by == r,
    )
    if out is not None and any(e.endorsed_by == r for e in ctx.events(T.PREMISES_ATTACKED)):
        out.citations.append(ICJ_TEHRAN_1980)
    return out


@rule(
    "vcdr.27.communication",
    instrument=VCDR,
    article="27",
    question="Was the mission's free communication interfered with?",
    provision=(
        "The receiving state must permit and protect free communication for all official "
        "purposes; official correspondence is inviolable and the diplomatic bag may be neither "
        "opened nor detained."
    ),
    applies_from=VCDR_IN_FORCE,
)
def communication(ctx: Context) -> Outcome | None:
    """Cutting telephone or internet lines interferes with communication as much
    as jamming does; opening the bag is expressly barred by 27(3)."""
    r = ctx.receiving
    acts = [
        e
        for e in ctx.events(T.COMMUNICATIONS_INTERFERED, T.BAG_OPENED, T.UTILITIES_CUT)
        if ctx.attr(e, "by") == r
        and (e.type != T.UTILITIES_CUT or e.utility in ("telephone", "internet"))
    ]
    if not acts:
        return None
    out = Outcome(
        "yes", breach=True, bearer=r, date=acts[0].date, events=[e.id for e in acts if e.id]
    )
    governing_vienna(ctx, acts[0].date, "35" if is_consular(ctx) else "27", out)
    for e in acts:
        what = {
            T.COMMUNICATIONS_INTERFERED: "interfered with the mission's communications",
            T.BAG_OPENED: "opened or detained the diplomatic bag (art. 27(3))",
            T.UTILITIES_CUT: f"cut the mission's {e.utility} lines",
        }[e.type]
        out.reasoning.append(f"On {e.date} {r} {what}.")
    return out


@rule(
    "vcdr.29.person",
    instrument=VCDR,
    article="29",
    question="Was a diplomatic agent arrested, detained or attacked?",
    provision=(
        "The person of a diplomatic agent is inviolable: no arrest or detention, and the "
        "receiving state must treat him with due respect and take all appropriate steps to "
        "prevent any attack on his person, freedom or dignity."
    ),
    applies_from=VCDR_IN_FORCE,
)
def person(ctx: Context) -> Outcome | None:
    """Detention or attack by the receiving state's agents is a breach; an attack by
    private persons engages the duty to prevent and is a breach if endorsed."""
    r = ctx.receiving
    acts = ctx.events(T.DIPLOMAT_DETAINED, T.DIPLOMAT_ATTACKED)
    if not acts:
        return None
    out = Outcome("no", bearer=r, date=acts[0].date)
    governing_vienna(ctx, acts[0].date, "41" if is_consular(ctx) else "29", out)
    breach: list[Event] = []
    pending: list[Event] = []
    for e in acts:
        by = ctx.attr(e, "by")
        endorsed = ctx.attr(e, "endorsed_by")
        who = ctx.person(e.person)
        name = who.name if who else "a member of the mission"
        verb = "detained" if e.type == T.DIPLOMAT_DETAINED else "attacked"
        if by == r or endorsed == r:
            breach.append(e)
            out.reasoning.append(
                f"On {e.date} {r}{' (by endorsing private conduct)' if by != r else ''} {verb} {name}."
            )
        elif e.private_actors:
            pending.append(e)
    if breach:
        _settle(ctx, out, breach)
        if is_consular(ctx):
            out.reasoning.append(
                "Consular officers' personal inviolability is narrower (VCCR art. 41): arrest is allowed for a grave crime on a judicial decision."
            )
        return out
    if pending:
        out.answer = "undetermined"
        out.events = [e.id for e in pending if e.id]
        out.missing_facts.append(
            "what the receiving state did to prevent the attack on the diplomat"
        )
        out.reasoning.append(
            "Private persons attacked a member of the mission; the file does not say what the receiving state did to prevent it."
        )
        return out
    return None


@rule(
    "vcdr.41.3.misuse",
    instrument=VCDR,
    article="41(3)",
    question="Did the sending state use the premises in a manner incompatible with the functions of the mission?",
    provision=(
        "The premises must not be used in any manner incompatible with the functions of the "
        "mission as laid down in the Convention, in other rules of general international law, or "
        "in special agreements in force between the sending and the receiving state."
    ),
    applies_from=VCDR_IN_FORCE,
)
def misuse(ctx: Context) -> Outcome | None:
    """Shooting from or harming someone inside the premises is misuse. Sheltering
    a person is not misuse where an asylum treaty in force between the two states
    allows it (a "special agreement" under 41(3)); where none does, authorities are
    divided, and the answer says so."""
    s = ctx.sending
    acts = [e for e in ctx.events(T.PREMISES_MISUSED) if ctx.attr(e, "by") == s]
    article = "55(2)" if is_consular(ctx) else "41(3)"
    if acts:
        out = Outcome(
            "yes", breach=True, bearer=s, date=acts[0].date, events=[e.id for e in acts if e.id]
        )
        governing_vienna(ctx, acts[0].date, article, out)
        for e in acts:
            out.reasoning.append(
                f"On {e.date} {s} used the premises for a purpose foreign to the functions of a mission"
                + (f": {e.note}" if e.note else ".")
            )
        out.reasoning.append(
            "Misuse gives the receiving state the Convention's remedies (persona non grata, severance), not a right to enter (ICJ, Tehran)."
        )
        out.citations.append(ICJ_TEHRAN_1980)
        return out
    grants = [e for e in ctx.events(T.ASYLUM_GRANTED) if e.by == s]
    if not grants:
        return None
    treaty = ctx.sub("asylum.treaty")
    out = Outcome("no", date=grants[0].date, events=[e.id for e in grants if e.id], bearer=s)
    governing_vienna(ctx, grants[0].date, article, out)
    if treaty is not None and treaty.answer == "yes":
        out.reasoning.append(
            "Sheltering the asylee rests on an asylum treaty in force between the two states, a special agreement that 41(3) itself refers to."
        )
        return out
    out.answer = "undetermined"
    out.reasoning += [
        f"{s} sheltered a person in the premises with no asylum treaty in force between it and {ctx.receiving}.",
        "Whether that is a use incompatible with the mission's functions is disputed: some states "
        "(the United Kingdom in the Assange case) treat diplomatic asylum outside a treaty as such "
        "a use; long practice of temporary humanitarian refuge points the other way.",
    ]
    return out


@rule(
    "vcdr.45.severance",
    instrument=VCDR,
    article="45",
    question=(
        "After severance or closure, did the receiving state fail to respect and protect the "
        "premises, or refuse the custody of a third state?"
    ),
    provision=(
        "When relations are broken off or a mission is recalled, the receiving state must still "
        "respect and protect the premises, property and archives, even in armed conflict, and the "
        "sending state may entrust their custody to a third state acceptable to the receiving state."
    ),
    applies_from=VCDR_IN_FORCE,
)
def severance(ctx: Context) -> Outcome | None:
    """Hostile acts after severance breach 45(a). Whether a receiving state may
    withdraw its acceptance of a custodian (45(b)) is disputed; alone, it leaves
    the answer undetermined."""
    r = ctx.receiving
    breaks = ctx.events(T.RELATIONS_SEVERED, T.MISSION_CLOSED)
    if not breaks:
        return None
    start = breaks[0].date
    hostile_types = (
        T.PREMISES_ENTERED,
        T.PREMISES_SEARCHED,
        T.PREMISES_ATTACKED,
        *SIEGE,
        T.ARCHIVES_SEIZED,
    )
    # Events after the break in the file's (chronological) order: an entry listed
    # before a same-day severance (Quito, 5 April 2024) happened before it.
    after = ctx.case.events[ctx.case.events.index(breaks[0]) + 1 :]
    candidates = [e for e in ctx.events(*hostile_types) if e in after and attributed_to(e, r)]
    consent_unknown = [e for e in candidates if e.consent == "unknown"]
    hostile = [e for e in candidates if e not in consent_unknown and not e.consented_by_head]
    revoked = ctx.events(T.CUSTODY_REVOKED)
    out = Outcome("no", bearer=r, date=start, events=[b.id for b in breaks if b.id])
    governing_vienna(ctx, start, "45", out)
    out.reasoning.append(f"Relations were broken off or the mission closed on {start}.")
    if hostile:
        out.answer, out.breach = "yes", True
        out.events = [e.id for e in hostile if e.id]
        out.date = hostile[0].date
        out.article = "45(a)"
        for e in hostile:
            out.reasoning.append(
                f"On {e.date}, after the break, {r} acted against the premises ({e.type.value.replace('_', ' ')})."
            )
        if revoked:
            out.reasoning.append(
                "It also withdrew its acceptance of the custodian state; whether art. 45(b) allows that is disputed, but the acts above breach 45(a) either way."
            )
        return out
    if consent_unknown:
        out.answer = "undetermined"
        out.events = [e.id for e in consent_unknown if e.id]
        out.reasoning.append(
            f"{r}'s agents entered after the break; the file does not say whether the sending "
            "state or the custodian state consented."
        )
        out.missing_facts.append(
            "whether the sending state or the custodian state consented to the entry"
        )
        return out
    if revoked:
        out.answer = "undetermined"
        out.article = "45(b)"
        out.events = [e.id for e in revoked if e.id]
        out.reasoning.append(
            f"{r} withdrew its acceptance of the third state holding custody. Art. 45(b) requires "
            "the custodian to be acceptable to the receiving state but says nothing of withdrawing "
            "that acceptance; the authorities are divided, so Legation does not decide it."
        )
        return out
    out.reasoning.append("No act against the premises after the break is recorded.")
    return out


@rule(
    "vccr.31.entry",
    instrument=VCCR,
    article="31(2)",
    question="Did the receiving state enter the part of consular premises used exclusively for consular work without consent?",
    provision=(
        "The receiving state's authorities may not enter the part of consular premises used "
        "exclusively for consular work without the consent of the head of the consular post, a "
        "person he designates, or the head of the sending state's diplomatic mission; consent is "
        "presumed in case of fire or other disaster requiring prompt protective action."
    ),
)
def consular_entry(ctx: Context) -> Outcome | None:
    """Unlike the VCDR, the VCCR protects only the part used exclusively for consular
    work and presumes consent in fire or disaster; consent given by the sending
    state's authorities counts."""
    if not is_consular(ctx):
        return None
    entries = [
        e
        for e in ctx.events(T.PREMISES_ENTERED, T.PREMISES_SEARCHED)
        if ctx.attr(e, "by") and e.by != ctx.sending
    ]
    if not entries:
        return None
    out = Outcome(
        "no", date=entries[0].date, bearer=entries[0].by, events=[e.id for e in entries if e.id]
    )
    governing_vienna(ctx, entries[0].date, "31(2)", out)
    for e in entries:
        consent = ctx.attr(e, "consent")
        purpose = ctx.attr(e, "purpose")
        area = ctx.attr(e, "area")
        if consent is True:
            out.reasoning.append(
                f"The entry of {e.date} was made with the sending side's consent: no breach."
            )
            continue
        if purpose in ("fire", "disaster"):
            out.reasoning.append(
                f"The entry of {e.date} was for a fire or disaster, where consent is presumed (art. 31(2))."
            )
            continue
        if area in ("residence", "other"):
            out.reasoning.append(
                f"The entry of {e.date} was into a part not used exclusively for consular work, which art. 31(2) does not cover."
            )
            continue
        if consent == "unknown":
            out.answer = "undetermined"
            out.missing_facts.append("whether the consular post consented to the entry")
            continue
        if area is None:
            out.answer = "undetermined"
            out.missing_facts.append(
                "whether the part entered was used exclusively for consular work"
            )
            out.reasoning.append(
                f"{e.by} entered on {e.date} without consent; art. 31(2) protects only the part used exclusively for consular work, and the file does not say which part was entered."
            )
            continue
        out.answer, out.breach, out.bearer, out.date = "yes", True, e.by, e.date
        out.events = [e.id] if e.id else []
        out.reasoning.append(
            f"On {e.date} {e.by} entered the part used for consular work without consent."
        )
        return out
    return out
