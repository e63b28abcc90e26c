"""What-ifs, computed: vary each fact a rule read and keep the changes that flip it.

The variations are generated from the rule's own read log (the context's
`facts`), so a rule that never looked at consent is never asked "what if the
head of mission had consented".
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

from legation.law.engine import Overrides
from legation.model.case import Case, Event, EventType as T
from legation.model.dates import PartialDate


def _with_event(case: Case, event_id: str, **changes: Any) -> Case:
    events = [e.model_copy(update=changes) if e.id == event_id else e for e in case.events]
    return case.model_copy(update={"events": events})


def variations(
    case: Case,
    facts: dict[str, Any],
    overrides: Overrides,
    duration_flag: int,
    focus: str | None = None,
    groups: dict[str, set[tuple[str, ...]]] | None = None,
) -> Iterator[tuple[str, Case, Overrides]]:
    """(description, case, overrides) for each counterfactual worth trying."""
    groups = groups or {}
    for key, value in facts.items():
        if key.startswith("event:") and "." in key:
            event_id, attr = key[len("event:") :].split(".", 1)
            event = case.event(event_id)
            if event is None:
                continue
            yield from _event_variations(case, event, attr, value)
        elif key == "mission.designation_objected" and value is not None:
            mission = case.mission.model_copy(update={"designation_objected": not value})
            text = (
                "the receiving state had not objected to the designation"
                if value
                else "the receiving state had objected in time to the building's designation"
            )
            yield text, case.model_copy(update={"mission": mission}), overrides
        elif key.startswith("person:") and key.endswith(".proceedings") and value:
            pid = key[len("person:") : -len(".proceedings")]
            person = case.person(pid)
            if person is None:
                continue
            persons = [
                p.model_copy(update={"proceedings": []}) if p.id == pid else p for p in case.persons
            ]
            yield (
                f"{person.name} had faced no criminal proceedings",
                case.model_copy(update={"persons": persons}),
                overrides,
            )
            political = [
                p.model_copy(update={"proceedings": [x.model_copy(update={"political": True}) for x in p.proceedings]})
                if p.id == pid else p
                for p in case.persons
            ]  # fmt: skip
            yield (
                f"the territorial state itself treated {person.name}'s offences as political",
                case.model_copy(update={"persons": political}),
                overrides,
            )
        elif key.startswith("treaty:"):
            _, instrument, state = key.split(":", 2)
            if _cannot_matter(facts, groups.get(instrument, set()), instrument, state):
                continue
            flipped = Overrides({**overrides.status, (instrument, state): not bool(value)})
            verb = "had not been" if value else "had been"
            yield f"{state} {verb} bound by {instrument} on the date", case, flipped
        elif key == "duration.end" and value is None:
            yield from _left_early(case, duration_flag, overrides, focus)


def _cannot_matter(
    facts: dict[str, Any], groups: set[tuple[str, ...]], instrument: str, state: str
) -> bool:
    """Flipping one state's status cannot change whether the instrument binds a group
    in which another state is known not to be bound. Only where every group the rule
    asked about with this state is like that is the flip skipped."""
    mine = [g for g in groups if state in g]
    if not mine:
        return False
    return all(
        any(facts.get(f"treaty:{instrument}:{other}") is False for other in g if other != state)
        for g in mine
    )


NOUNS = {T.PREMISES_ENTERED: "entry", T.PREMISES_SEARCHED: "search"}


def _event_variations(
    case: Case, event: Event, attr: str, value: Any
) -> Iterator[tuple[str, Case, Overrides]]:
    when = str(event.date)
    if attr == "consent":
        if value is True:
            yield (
                f"consent to the {NOUNS.get(event.type, event.type.value.replace('_', ' '))} of {when} had been refused",
                _with_event(case, event.id or "", consent=False),
                Overrides(),
            )
        else:
            yield (
                f"the head of mission had consented to the {NOUNS.get(event.type, event.type.value.replace('_', ' '))} of {when}",
                _with_event(case, event.id or "", consent=True, consent_by="head_of_mission"),
                Overrides(),
            )
    elif attr == "consent_by" and value == "other":
        yield (
            f"the consent of {when} had come from the head of mission",
            _with_event(case, event.id or "", consent_by="head_of_mission"),
            Overrides(),
        )
    elif attr == "endorsed_by":
        if value:
            yield (
                f"{value} had not endorsed the private conduct of {when}",
                _with_event(case, event.id or "", endorsed_by=None),
                Overrides(),
            )
        elif event.private_actors:
            yield (
                f"{case.receiving} had endorsed the private conduct of {when}",
                _with_event(case, event.id or "", endorsed_by=case.receiving),
                Overrides(),
            )
    elif attr == "danger" and value in ("imminent", "none", "unknown", None):
        other = "none" if value == "imminent" else "imminent"
        text = (
            "the person had faced an immediate danger on entering"
            if other == "imminent"
            else "the person had faced no immediate danger on entering"
        )
        yield text, _with_event(case, event.id or "", danger=other), Overrides()
    elif attr == "grounds":
        if value:
            yield (
                "the granting state had not qualified the case as political",
                _with_event(case, event.id or "", grounds=None),
                Overrides(),
            )
        else:
            yield (
                "the granting state had qualified the case as political persecution",
                _with_event(case, event.id or "", grounds="political_persecution"),
                Overrides(),
            )
    elif attr == "area" and value is None:
        yield (
            f"the entry of {when} had been into the part used for consular work",
            _with_event(case, event.id or "", area="consular_work"),
            Overrides(),
        )
    elif attr == "by" and event.type == T.SAFE_CONDUCT_DENIED:
        yield (
            f"the safe conduct refused on {when} had been granted",
            _with_event(case, event.id or "", type=T.SAFE_CONDUCT_GRANTED),
            Overrides(),
        )


def _left_early(
    case: Case, flag: int, overrides: Overrides, focus: str | None
) -> Iterator[tuple[str, Case, Overrides]]:
    start = next(
        (
            e
            for e in case.events
            if e.type in (T.REFUGE_SOUGHT, T.ASYLUM_GRANTED) and focus in (None, e.person)
        ),
        None,
    )
    if start is None or start.person is None:
        return
    day = start.date.end + timedelta(days=max(flag - 1, 0))
    leave = Event.model_construct(
        id="whatif-departure", date=PartialDate.parse(day), type=T.DEPARTURE, person=start.person
    )
    events = [*case.events, leave]
    yield f"the person had left by {day}", case.model_copy(update={"events": events}), overrides
