"""The case file (DESIGN §2) as typed data.

Every key is part of the format and unknown keys are errors. Which attributes
an event type needs is declared in EVENT_ATTRIBUTES, one table that the
validator, the JSON Schema's description and the docs all read.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from legation.model.dates import PartialDate


class EventType(StrEnum):
    REFUGE_SOUGHT = "refuge_sought"
    ASYLUM_REQUESTED = "asylum_requested"
    ASYLUM_GRANTED = "asylum_granted"
    ASYLUM_DENIED = "asylum_denied"
    ASYLUM_ENDED = "asylum_ended"
    SAFE_CONDUCT_REQUESTED = "safe_conduct_requested"
    SAFE_CONDUCT_GRANTED = "safe_conduct_granted"
    SAFE_CONDUCT_DENIED = "safe_conduct_denied"
    DEPARTURE_REQUESTED = "departure_requested"
    DEPARTURE = "departure"
    SURRENDER = "surrender"
    PREMISES_ENTERED = "premises_entered"
    PREMISES_SEARCHED = "premises_searched"
    PREMISES_ATTACKED = "premises_attacked"
    PREMISES_SURROUNDED = "premises_surrounded"
    UTILITIES_CUT = "utilities_cut"
    ACCESS_BLOCKED = "access_blocked"
    COMMUNICATIONS_INTERFERED = "communications_interfered"
    PROTECTION_WITHDRAWN = "protection_withdrawn"
    DIPLOMAT_DETAINED = "diplomat_detained"
    DIPLOMAT_ATTACKED = "diplomat_attacked"
    DIPLOMAT_EXPELLED = "diplomat_expelled"
    RELATIONS_SEVERED = "relations_severed"
    MISSION_CLOSED = "mission_closed"
    CUSTODY_ASSIGNED = "custody_assigned"
    CUSTODY_REVOKED = "custody_revoked"
    ARCHIVES_SEIZED = "archives_seized"
    BAG_OPENED = "bag_opened"
    VEHICLE_SEARCHED = "vehicle_searched"
    PREMISES_MISUSED = "premises_misused"
    OTHER = "other"


# type -> (required attributes, optional attributes). "by|private_actors" means one of
# the two is required. Every event may also carry id, note and source.
E = EventType
EVENT_ATTRIBUTES: dict[EventType, tuple[tuple[str, ...], tuple[str, ...]]] = {
    E.REFUGE_SOUGHT: (("person",), ("danger",)),
    E.ASYLUM_REQUESTED: (("person",), ("by",)),
    E.ASYLUM_GRANTED: (("person", "by"), ("grounds",)),
    E.ASYLUM_DENIED: (("person", "by"), ()),
    E.ASYLUM_ENDED: (("person",), ("by",)),
    E.SAFE_CONDUCT_REQUESTED: (("person", "by"), ()),
    E.SAFE_CONDUCT_GRANTED: (("person", "by"), ()),
    E.SAFE_CONDUCT_DENIED: (("person", "by"), ()),
    E.DEPARTURE_REQUESTED: (("by",), ("person",)),
    E.DEPARTURE: (("person",), ("to",)),
    E.SURRENDER: (("person", "by"), ()),
    E.PREMISES_ENTERED: (("by", "consent"), ("consent_by", "purpose", "person", "area")),
    E.PREMISES_SEARCHED: (("by", "consent"), ("consent_by", "area")),
    E.PREMISES_ATTACKED: (("by|private_actors",), ("endorsed_by",)),
    E.PREMISES_SURROUNDED: (("by",), ()),
    E.UTILITIES_CUT: (("by", "utility"), ()),
    E.ACCESS_BLOCKED: (("by",), ()),
    E.COMMUNICATIONS_INTERFERED: (("by",), ()),
    E.PROTECTION_WITHDRAWN: (("by",), ()),
    E.DIPLOMAT_DETAINED: (("by",), ("person",)),
    E.DIPLOMAT_ATTACKED: (("by|private_actors",), ("person", "endorsed_by")),
    E.DIPLOMAT_EXPELLED: (("by",), ("person",)),
    E.RELATIONS_SEVERED: (("by",), ()),
    E.MISSION_CLOSED: (("by",), ()),
    E.CUSTODY_ASSIGNED: (("to",), ("by",)),
    E.CUSTODY_REVOKED: (("by",), ()),
    E.ARCHIVES_SEIZED: (("by|private_actors",), ("endorsed_by",)),
    E.BAG_OPENED: (("by",), ()),
    E.VEHICLE_SEARCHED: (("by",), ()),
    E.PREMISES_MISUSED: (("by",), ("person",)),
    E.OTHER: (("note",), ("by", "person")),
}
COMMON_ATTRIBUTES = ("id", "date", "type", "note", "source", "disputed")
STATE_ATTRIBUTES = ("by", "to", "endorsed_by")


class Source(BaseModel):
    model_config = ConfigDict(extra="forbid")
    url: str
    title: str | None = None
    accessed: date | None = None


class Proceeding(BaseModel):
    """Judicial status of a person in the territorial state before refuge."""

    model_config = ConfigDict(extra="forbid")
    kind: Literal["charge", "indictment", "conviction", "warrant"]
    offence: str
    political: bool | None = Field(
        default=None, description="as characterised by the territorial state"
    )
    sentence_served: bool | None = None
    date: PartialDate | None = None
    by: str | None = Field(default=None, description="state whose courts act, if not the host")
    note: str | None = None
    source: str | None = None


class Person(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    name: str
    nationality: str | None = None
    role: Literal["asylee", "diplomat", "consular_officer", "staff", "other"]
    proceedings: list[Proceeding] = Field(default_factory=list)
    note: str | None = None
    source: str | None = None


class Mission(BaseModel):
    model_config = ConfigDict(extra="forbid")
    sending_state: str
    receiving_state: str
    kind: Literal["embassy", "residence", "consulate", "legation", "permanent_mission", "other"]
    city: str | None = None
    designation_objected: bool | None = Field(
        default=None,
        description="the receiving state objected, in time, to the building's designation",
    )


class Event(BaseModel):
    """One dated fact. Attributes not used by the event's type must be absent."""

    model_config = ConfigDict(extra="forbid")
    id: str | None = None
    date: PartialDate
    type: EventType
    note: str | None = None
    source: str | None = None
    disputed: bool | None = Field(
        default=None,
        description="a state concerned contests that the event happened as described",
    )
    person: str | None = None
    by: str | None = None
    to: str | None = None
    private_actors: bool | None = None
    endorsed_by: str | None = None
    consent: bool | Literal["unknown"] | None = None
    consent_by: Literal["head_of_mission", "other"] | None = None
    purpose: Literal["arrest", "search", "fire", "disaster", "eviction", "other"] | None = None
    area: Literal["consular_work", "residence", "other"] | None = Field(
        default=None, description="part of consular premises entered (VCCR 31(1))"
    )
    danger: Literal["imminent", "none", "unknown"] | None = None
    grounds: str | None = None
    utility: Literal["power", "water", "telephone", "internet", "gas"] | None = None

    @model_validator(mode="after")
    def _attributes_fit_type(self) -> Event:
        required, optional = EVENT_ATTRIBUTES[self.type]
        allowed = set(COMMON_ATTRIBUTES) | set(optional)
        for req in required:
            if "|" in req:
                names = req.split("|")
                allowed.update(names)
                if not any(getattr(self, n) not in (None, False) for n in names):
                    raise ValueError(f"{self.type.value} needs one of: {', '.join(names)}")
            else:
                allowed.add(req)
                if getattr(self, req) is None:
                    raise ValueError(f"{self.type.value} needs '{req}'")
        for name in type(self).model_fields:
            if name not in allowed and getattr(self, name) is not None:
                raise ValueError(f"'{name}' is not an attribute of {self.type.value}")
        return self

    @property
    def consented_by_head(self) -> bool | None:
        """Consent that counts under VCDR 22(1): given by the head of mission."""
        if self.consent == "unknown" or self.consent is None:
            return None
        if self.consent is False:
            return False
        return (self.consent_by or "head_of_mission") == "head_of_mission"


class Case(BaseModel):
    """A case file. `id` is a slug unique in a library."""

    model_config = ConfigDict(extra="forbid")
    legation: Literal[1]
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str
    mission: Mission
    persons: list[Person] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    summary: str | None = None

    def person(self, person_id: str) -> Person | None:
        return next((p for p in self.persons if p.id == person_id), None)

    def name_of(self, person_id: str) -> str:
        """The person's name for display, or the id if the file has no such person."""
        person = self.person(person_id)
        return person.name if person else person_id

    def event(self, event_id: str) -> Event | None:
        return next((e for e in self.events if e.id == event_id), None)

    @property
    def sending(self) -> str:
        return self.mission.sending_state

    @property
    def receiving(self) -> str:
        return self.mission.receiving_state
