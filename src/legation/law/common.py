"""Pieces the rule modules share: which instrument governs a pair on a date,
and the customary baseline when none does."""

from __future__ import annotations

from legation.law.authorities import ICJ_TEHRAN_1980
from legation.law.engine import Context, Outcome
from legation.model.case import Event
from legation.model.dates import PartialDate
from legation.model.findings import Citation

VCDR = "vcdr-1961"
VCCR = "vccr-1963"


def is_consular(ctx: Context) -> bool:
    return bool(ctx.mission("kind") == "consulate")


def governing_vienna(ctx: Context, when: PartialDate, article: str, out: Outcome) -> None:
    """Say which Vienna Convention governs the pair on `when`, or that custom does.

    The VCDR codified rules of inviolability that bound states before it and bind
    non-parties still (ICJ Tehran, 1980); so a finding before 1964, or between
    states not both party, applies the same rule as customary law and says so.
    """
    instrument = VCCR if is_consular(ctx) else VCDR
    bound = ctx.binds(instrument, (ctx.sending, ctx.receiving), when)
    name = (
        "Vienna Convention on Consular Relations"
        if instrument == VCCR
        else "Vienna Convention on Diplomatic Relations"
    )
    if bound.binds:
        out.instrument, out.article = instrument, article
        out.reasoning.append(
            f"The {name} was in force between {ctx.sending} and {ctx.receiving} on {when} "
            f"(for both since {bound.since})."
        )
    elif bound.binds is None:
        out.instrument, out.article = instrument, article
        out.reasoning.append(
            f"Whether the {name} bound both {ctx.sending} and {ctx.receiving} on {when} cannot be "
            "settled from the dates held; the rule it states is applied either way, as treaty or as "
            "the customary rule it codifies."
        )
    else:
        out.instrument, out.article = "customary", article
        out.reasoning.append(
            f"The {name} did not bind both {ctx.sending} and {ctx.receiving} on {when}; the rule it "
            "codifies applies as customary international law."
        )
        out.citations.append(ICJ_TEHRAN_1980)


def earliest(events: list[Event]) -> PartialDate | None:
    return min((e.date for e in events), key=lambda d: d.start, default=None)


def cite(instrument: str, article: str) -> Citation:
    return Citation(instrument=instrument, article=article)


def attributed_to(event: Event, state: str) -> bool:
    """The event is the state's act: by its agents, or private conduct it endorsed."""
    return event.by == state or event.endorsed_by == state
