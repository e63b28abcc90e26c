"""How protection ends: surrender, non-refoulement, and how long it has lasted."""

from __future__ import annotations

from datetime import date
from typing import Any

from legation.law.asylum import (
    CARACAS,
    CUSTOM,
    HAVANA,
    MONTEVIDEO_33,
    MONTEVIDEO_39,
    NAMES,
    Grant,
    common_crime_proceedings,
    decide,
    later_than,
    qualified_political,
    the_grant,
)  # fmt: skip
from legation.law.authorities import IACTHR_OC_25_18, ICJ_HAYA_1951
from legation.law.engine import Candidate, Context, Outcome, rule
from legation.model.case import Event, EventType as T
from legation.model.dates import PartialDate
from legation.model.findings import Citation

ACHR = "achr-1969"
REFUGEE = "refugee-convention-1951"
PROTOCOL = "refugee-protocol-1967"
CAT = "cat-1984"


def _grant_or_refuge(ctx: Context) -> Grant | None:
    grant = the_grant(ctx)
    if grant is not None:
        return grant
    refuges = ctx.concerning(ctx.events(T.REFUGE_SOUGHT))
    if not refuges:
        return None
    return Grant(refuges[0], ctx.person(refuges[0].person), refuges[0])


@rule(
    "asylum.surrender.duty",
    per_person=True,
    instrument=None,
    article="—",
    question="Is the granting state obliged to surrender the asylee to the territorial authorities?",
    provision=(
        "A person accused or convicted of a common crime who takes refuge is to be surrendered on "
        "the local government's request (Havana art. 1; Montevideo 1933 art. 1; Caracas art. III, "
        "which also allows inviting the person to leave). A political offender need not be "
        "surrendered even where the asylum was irregular (ICJ, Haya de la Torre, 1951)."
    ),
    depends_on=("asylum.grant.lawful",),
)
def surrender_duty(ctx: Context) -> Outcome | None:
    """An asylum that must end is not thereby an asylum that must end in surrender:
    the 1951 judgment keeps the two apart, and so does this rule."""
    grant = the_grant(ctx)
    if grant is None:
        return None
    s, r = ctx.sending, ctx.receiving
    base: dict[str, Any] = dict(date=grant.when, events=[grant.event.id or ""])
    lawful = ctx.sub("asylum.grant.lawful")

    def build(inst: str | None, treaties: list[str]) -> list[Candidate]:
        if inst is None:
            out = Outcome("no", instrument=CUSTOM, article="—", **base)
            out.reasoning.append(
                f"No asylum treaty binds {s} and {r}; no rule of general international law obliges {s} to hand the person over."
            )
            out.citations.append(ICJ_HAYA_1951)
            return [Candidate(CUSTOM, out)]
        caracas = inst == CARACAS
        certain, _ = common_crime_proceedings(
            ctx, grant, caracas=caracas or inst in (MONTEVIDEO_33, MONTEVIDEO_39)
        )
        art = {CARACAS: "III", MONTEVIDEO_33: "1", MONTEVIDEO_39: "3", HAVANA: "1"}[inst]
        if caracas and lawful is not None and lawful.answer == "undetermined" and certain:
            out = Outcome("undetermined", instrument=inst, article=art, **base)
            out.reasoning.append(
                "Whether the person falls under art. III's bar is itself undetermined (see asylum.grant.lawful), and the duty to surrender or invite to leave follows from that bar."
            )
            out.missing_facts += lawful.missing_facts
            return [Candidate(inst, out, later_than(inst, treaties))]
        politically_qualified = qualified_political(ctx, grant) and inst != HAVANA
        if certain and not (politically_qualified and not caracas):
            if caracas and lawful is not None and lawful.answer != "no":
                pass
            else:
                out = Outcome("yes", instrument=inst, article=art, **base)
                extra = " (or, under art. III, invited to leave)" if caracas else ""
                out.reasoning.append(
                    f"The person was prosecuted or convicted for common offences before seeking refuge; "
                    f"such a person is to be surrendered on {r}'s request{extra}."
                )
                return [Candidate(inst, out, later_than(inst, treaties))]
        out = Outcome("no", instrument=inst, article=art, **base)
        out.reasoning.append(
            f"The person is not a common offender under {NAMES[inst]}; no provision obliges {s} to surrender a political offender."
        )
        if lawful is not None and lawful.answer == "no":
            out.reasoning.append(
                "The grant was irregular (see asylum.grant.lawful), so the asylum must end; but ending it does not mean surrender (ICJ, Haya de la Torre, 1951)."
            )
        out.citations.append(ICJ_HAYA_1951)
        return [Candidate(inst, out, later_than(inst, treaties))]

    return decide(ctx, grant.when, "asylum.surrender.duty", build)


@rule(
    "asylum.non_refoulement",
    per_person=True,
    instrument=ACHR,
    article="22(8)",
    question="Would surrender to the territorial authorities breach non-refoulement?",
    provision=(
        "No person may be returned to a state where life or liberty is at risk of violation for "
        "political opinion and like grounds (ACHR art. 22(8)); the Inter-American Court reads this "
        "duty as binding a state's diplomatic agents towards persons in its missions (OC-25/18). "
        "Refugee Convention art. 33 and CAT art. 3 apply only where their own conditions are met."
    ),
)
def non_refoulement(ctx: Context) -> Outcome | None:
    """A national inside his own state is not a refugee (art. 1A needs him to be
    outside his country) and handing him to local authorities is not a transfer
    "to another State" under CAT art. 3; the finding says so instead of citing
    them as if they applied."""
    grant = _grant_or_refuge(ctx)
    if grant is None:
        return None
    s, r = ctx.sending, ctx.receiving
    person = grant.person
    surrendered = [e for e in ctx.concerning(ctx.events(T.SURRENDER)) if e.by == s]
    when: PartialDate = surrendered[0].date if surrendered else grant.when
    out = Outcome(
        "no",
        date=when,
        bearer=s,
        events=[e.id or "" for e in surrendered] or [grant.event.id or ""],
    )
    national = (
        person is not None and ctx.read(f"person:{person.id}.nationality", person.nationality) == r
    )
    danger = grant.refuge.danger if grant.refuge is not None else None
    if grant.refuge is not None:
        ctx.attr(grant.refuge, "danger")
    at_risk = danger == "imminent" or qualified_political(ctx, grant)
    achr = ctx.binds(ACHR, (s,), when)
    if achr.binds:
        out.reasoning.append(
            f"{s} was party to the American Convention on {when}; its art. 22(8) binds its agents towards persons sheltered in its missions (OC-25/18)."
        )
        out.citations.append(IACTHR_OC_25_18)
        if at_risk:
            out.answer = "yes"
            out.reasoning.append(
                "The person is reported to face persecution or an immediate danger to life or liberty; handing him over would expose him to the risk the article forbids."
            )
        elif danger in (None, "unknown"):
            out.answer = "undetermined"
            out.reasoning.append(
                "The file does not say whether the person faces a risk to life or liberty for political reasons if handed over."
            )
            out.missing_facts.append(
                "whether the person faces a risk to life or liberty on political or similar grounds"
            )
        else:
            out.reasoning.append("No risk to life or liberty is reported.")
        if surrendered and out.answer == "yes":
            out.breach = True
            out.reasoning.append(f"{s} in fact surrendered the person on {surrendered[0].date}.")
        return out
    out.instrument = CUSTOM
    out.article = "—"
    out.reasoning.append(f"{s} was not bound by the American Convention on {when}.")
    if national:
        out.reasoning.append(
            f"The person is a national of {r}, inside {r}: the Refugee Convention (art. 33) protects "
            "refugees, who must be outside their country, and CAT art. 3 concerns sending a person "
            "to another state; neither usually reaches a handover to one's own authorities."
        )
        out.citations += [
            Citation(instrument=REFUGEE, article="1A(2)"),
            Citation(instrument=CAT, article="3"),
        ]
        return out
    out.answer = "undetermined"
    out.reasoning.append(
        "The person is not a national of the territorial state; CAT art. 3 or the Refugee "
        "Convention's art. 33 may apply if handing him over would lead to his transfer to a state "
        "where he faces torture or persecution."
    )
    out.missing_facts.append(
        "whether handing the person over would lead to a transfer where torture or persecution is a real risk"
    )
    out.citations += [
        Citation(instrument=CAT, article="3"),
        Citation(instrument=REFUGEE, article="33"),
    ]
    return out


def protection_span(
    ctx: Context, grant: Grant
) -> tuple[PartialDate, PartialDate | None, Event | None]:
    """When protection began and, if it has, ended (departure, surrender or end of asylum)."""
    pid = grant.event.person
    ends = [e for e in ctx.events(T.DEPARTURE, T.SURRENDER, T.ASYLUM_ENDED) if e.person == pid]
    end = ends[0] if ends else None
    ctx.read("duration.end", str(end.date) if end else None)
    return grant.start, end.date if end else None, end


@rule(
    "asylum.duration",
    per_person=True,
    instrument=None,
    article="—",
    question='Has the protection lasted beyond the period strictly indispensable (a "permanent refuge")?',
    provision=(
        "Asylum is granted only for the period strictly indispensable for the person to leave in "
        "safety (Havana art. 2; Caracas art. V); embassies should not become permanent refuges "
        "(OAS Permanent Council). No treaty sets a number of days."
    ),
    depends_on=("asylum.treaty",),
)
def duration(ctx: Context) -> Outcome | None:
    """The treaties give no number, so the count is set against Legation's flag
    (a parameter, not law) or a reform's maximum. A long stay caused by the
    territorial state's refusal of a safe conduct is not laid at the granting
    state's door."""
    grant = _grant_or_refuge(ctx)
    if grant is None:
        return None
    start, end_date, end = protection_span(ctx, grant)
    last: date = end_date.end if end_date else ctx.as_of
    first: date = end_date.start if end_date else ctx.as_of
    longest, shortest = (last - start.start).days, (first - start.end).days
    s, r = ctx.sending, ctx.receiving
    maximum = ctx.param("max_asylum_days", start)
    limit = maximum or ctx.param("duration_flag_days", start)
    basis = (
        "the maximum set by the reform"
        if maximum
        else "Legation's flag threshold (a parameter, not a rule of law)"
    )
    span = f"{shortest}" if shortest == longest else f"{shortest}–{longest}"
    state = f"ended on {end_date}" if end_date else f"is ongoing as of {ctx.as_of}"
    out = Outcome(
        "no", date=start, events=[grant.event.id or ""] + ([end.id or ""] if end else []), bearer=s
    )
    out.reasoning.append(f"Protection began on {start} and {state}: {span} days.")
    out.citations += [
        Citation(instrument=HAVANA, article="2"),
        Citation(instrument=CARACAS, article="V"),
    ]
    if longest <= limit:
        out.reasoning.append(f"That is within {limit} days, {basis}.")
        return out
    if shortest <= limit:
        out.answer = "undetermined"
        out.reasoning.append(
            f"Whether it passes {limit} days ({basis}) depends on dates known only to the month or year."
        )
        out.missing_facts.append("the exact dates the protection began and ended")
        return out
    out.answer = "yes"
    out.reasoning.append(f"That is beyond {limit} days, {basis}.")
    refused = ctx.concerning(ctx.events(T.SAFE_CONDUCT_DENIED))
    asked = ctx.concerning(ctx.events(T.SAFE_CONDUCT_REQUESTED, T.DEPARTURE_REQUESTED))
    treaty = ctx.sub("asylum.treaty")
    if refused:
        out.reasoning.append(
            f"{r} refused a safe conduct on {refused[0].date}; the length of the stay is not the granting state's doing alone."
        )
    elif treaty is not None and treaty.answer == "yes" and not asked:
        out.breach = True
        out.reasoning.append(
            f"No safe conduct or departure was sought although a treaty binds both states; keeping the person this long without seeking an exit is {s}'s own doing."
        )
    elif maximum:
        out.reasoning.append(
            "Under the reform, passing the maximum obliges both states to negotiate the person's transfer to a third state."
        )
    return out
