"""Instruments, their final clauses, and the actions states take on them.

An instrument's status for a state is never stored: it is computed from the
log of actions (signature, deposit of consent, denunciation …) and the final
clauses that say when each action takes effect (legation.treaties.status).
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from legation.model.dates import PartialDate


class ActionKind(StrEnum):
    SIGNATURE = "signature"
    RATIFICATION = "ratification"
    ACCESSION = "accession"
    SUCCESSION = "succession"
    ACCEPTANCE = "acceptance"
    APPROVAL = "approval"
    DENUNCIATION = "denunciation"
    DENUNCIATION_WITHDRAWN = "denunciation_withdrawn"
    RESERVATION = "reservation"
    RESERVATION_WITHDRAWN = "reservation_withdrawn"
    DECLARATION = "declaration"
    OBJECTION = "objection"


CONSENT_KINDS = frozenset(
    {
        ActionKind.RATIFICATION,
        ActionKind.ACCESSION,
        ActionKind.SUCCESSION,
        ActionKind.ACCEPTANCE,
        ActionKind.APPROVAL,
    }
)


class SourceKind(StrEnum):
    DEPOSITARY = "depositary"
    NATIONAL = "national"
    SECONDARY = "secondary"


class Basis(StrEnum):
    READ = "read"
    REFERENCE = "reference"


class Reference(BaseModel):
    """A source as a title and a link."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    title: str
    url: str


class EntryRule(BaseModel):
    """When the instrument enters into force for a state that consents after its general
    entry into force: on deposit, or a number of days after it."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    rule: Literal["on_deposit", "days_after_deposit"]
    days: int = 0
    article: str


class DenunciationRule(BaseModel):
    """When a denunciation takes effect, or that the instrument has no denunciation clause."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    rule: Literal["months_after_notice", "none"]
    months: int = 0
    not_before_years_in_force: int = 0
    article: str | None = None
    note: str | None = None


class Instrument(BaseModel):
    """A treaty in scope (DESIGN §1) with the final clauses Legation encodes."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    id: str
    short: str
    family: Literal[
        "diplomatic", "consular", "asylum", "refugee", "human_rights", "settlement", "organisation"
    ]
    titles: dict[str, str]
    adopted_place: str
    adopted: date
    entry_into_force: date
    depositary: Literal["UN Secretary-General", "OAS General Secretariat", "Government of Uruguay"]
    reference: str = Field(description="UNTC chapter and number (III-3) or OAS number (A-46)")
    status_url: str
    text_url: str | None = None
    entry_rule: EntryRule
    denunciation_rule: DenunciationRule
    regional: bool = False
    encodes: str
    depositary_parties: int | None = Field(
        default=None, description="parties the depositary counts (coverage is measured against it)"
    )
    depositary_parties_note: str | None = None

    def title(self, lang: str = "en") -> str:
        return self.titles.get(lang) or self.titles["en"]


class Action(BaseModel):
    """One row of an instrument's status log: what a state did, when, and where we read it."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    instrument: str
    state: str
    action: ActionKind
    date: PartialDate
    act_date: PartialDate | None = None
    effective: PartialDate | None = None
    articles: tuple[str, ...] = ()
    note: str | None = None
    source: str
    source_kind: SourceKind
    basis: Basis
    variant: Literal["", "alt"] = ""
    file: str | None = None
    line: int | None = None

    @property
    def is_alt(self) -> bool:
        return self.variant == "alt"

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {"action": self.action.value, "date": str(self.date)}
        if self.act_date:
            out["act_date"] = str(self.act_date)
        if self.effective:
            out["effective"] = str(self.effective)
        if self.articles:
            out["articles"] = list(self.articles)
        if self.note:
            out["note"] = self.note
        out["source"] = self.source
        out["source_kind"] = self.source_kind.value
        out["basis"] = self.basis.value
        if self.is_alt:
            out["variant"] = "alt"
        return out


class Position(BaseModel):
    """What a state declared about an instrument or about diplomatic asylum."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    state: str
    topic: str
    stance: Literal[
        "party",
        "not_party",
        "recognises",
        "does_not_recognise",
        "condemns",
        "supports",
        "calls_for_safe_conduct",
    ]
    date: PartialDate
    forum: str | None = None
    statement: str
    target: str | None = None
    source: Reference
