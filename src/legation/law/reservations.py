"""What the reservations in the status data do to the rules.

The status data says that a state reserved an article; this table says what
that does to a rule, in our words. A reservation that touches an article a
rule relies on, and whose effect is not encoded here, makes the finding say
so rather than ignore it.
"""

from __future__ import annotations

from dataclasses import dataclass

CARACAS = "caracas-diplomatic-asylum-1954"


@dataclass(frozen=True)
class ReservationEffect:
    instrument: str
    state: str
    article: str
    rules: tuple[str, ...]
    paraphrase: str
    # "objective_urgency": the granting state's judgment of urgency does not bind the
    # reserving territorial state; "noted": no effect on the rules' answers.
    effect: str


EFFECTS: tuple[ReservationEffect, ...] = (
    ReservationEffect(
        CARACAS, "DOM", "VII", ("asylum.grant.lawful",),
        "The Dominican Republic does not accept that the granting state alone judges whether a "
        "case is urgent, and keeps disputes over whether danger or persecution existed outside "
        "the Convention's settlement.",
        "objective_urgency",
    ),
    ReservationEffect(
        CARACAS, "GTM", "II", ("asylum.treaty",),
        "Guatemala rejects the idea that states are under no duty to grant asylum; it holds a "
        "broader view of asylum as a right.",
        "noted",
    ),
    ReservationEffect(
        CARACAS, "GTM", "XX", ("asylum.treaty",),
        "Guatemala reserves the article that frees asylum from reciprocity.",
        "noted",
    ),
    ReservationEffect(
        CARACAS, "URY", "II", ("asylum.treaty",),
        "Uruguay reserves the article on the right but no duty to grant asylum.",
        "noted",
    ),
    ReservationEffect(
        CARACAS, "URY", "XV", ("asylum.treaty",),
        "Uruguay reserves the article on transit through third states.",
        "noted",
    ),
    ReservationEffect(
        CARACAS, "URY", "XX", ("asylum.treaty",),
        "Uruguay reserves the article that frees asylum from reciprocity.",
        "noted",
    ),
)  # fmt: skip


def effect(instrument: str, state: str, article: str) -> ReservationEffect | None:
    return next(
        (e for e in EFFECTS if (e.instrument, e.state, e.article) == (instrument, state, article)),
        None,
    )
