"""Time-aware treaty status: who is bound by what, since when, on any date.

Status is derived, never stored: for each (state, instrument) the log of
actions is folded into intervals during which the state is bound, using the
instrument's final clauses. Rows that a second source reads differently
(`variant=alt`) give alternative readings; where a reading changes the
answer on the date asked, the status says it is uncertain instead of
choosing silently (DESIGN §7).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from legation.model.dates import PartialDate
from legation.model.treaty import CONSENT_KINDS, Action, ActionKind, Instrument
from legation.treaties.clauses import before, denunciation_effect, effect_of
from legation.treaties.load import TreatyData


@dataclass(frozen=True)
class Interval:
    """A span in which the state is bound: from `start` until `end` (exclusive)."""

    start: PartialDate
    end: PartialDate | None
    opened_by: Action
    closed_by: Action | None = None

    def contains(self, day: date) -> bool | None:
        """True, False, or None when a partial date makes it impossible to say."""
        started = before(day, self.start)
        if started is True:
            return False
        if self.end is not None:
            ended = before(day, self.end)
            if ended is False:
                return False
            if ended is None:
                return None
        return None if started is None else True


@dataclass(frozen=True)
class Reading:
    """One consistent reading of a state's log, and the intervals it yields."""

    actions: tuple[Action, ...]
    intervals: tuple[Interval, ...]
    notes: tuple[str, ...]
    alt: Action | None = None

    def party_on(self, day: date) -> bool | None:
        answers = [i.contains(day) for i in self.intervals]
        if any(a is True for a in answers):
            return True
        if any(a is None for a in answers):
            return None
        return False

    def interval_on(self, day: date) -> Interval | None:
        for i in self.intervals:
            if i.contains(day):
                return i
        return None


def fold(instrument: Instrument, actions: list[Action]) -> Reading:
    """Fold a chronological log into the intervals during which the state is bound."""
    ordered = sorted(actions, key=lambda a: (a.date.start, a.action != ActionKind.SIGNATURE))
    intervals: list[Interval] = []
    notes: list[str] = []
    current: Interval | None = None
    for act in ordered:
        if act.action in CONSENT_KINDS:
            if current is not None and current.end is None:
                notes.append(f"{act.action.value} of {act.date} while already bound: no change")
                continue
            current = Interval(effect_of(instrument, act), None, act)
            intervals.append(current)
        elif act.action == ActionKind.DENUNCIATION:
            if current is None or current.end is not None:
                notes.append(f"denunciation of {act.date} while not bound")
                continue
            if instrument.denunciation_rule.rule == "none" and act.effective is None:
                notes.append(
                    "no denunciation clause: effect assumed twelve months after notice "
                    "(VCLT art. 56(2))"
                )
            end = act.effective or denunciation_effect(instrument, act.date)
            current = Interval(current.start, end, current.opened_by, act)
            intervals[-1] = current
        elif act.action == ActionKind.DENUNCIATION_WITHDRAWN:
            if current is None or current.end is None:
                notes.append(f"withdrawal of denunciation of {act.date} with none pending")
                continue
            if before(act.date.start, current.end):
                # Withdrawn before it took effect: the denunciation never operates.
                current = Interval(current.start, None, current.opened_by)
                intervals[-1] = current
            else:
                notes.append(
                    f"denunciation withdrawn on {act.date}, after it had taken effect on "
                    f"{current.end}: treated as renewed consent from the withdrawal"
                )
                current = Interval(act.date, None, act)
                intervals.append(current)
    return Reading(tuple(ordered), tuple(intervals), tuple(notes))


@dataclass(frozen=True)
class Status:
    """Party status of one state under one instrument on one date."""

    instrument: Instrument
    state: str
    on: date
    party: bool
    since: PartialDate | None
    signed: bool
    actions: tuple[Action, ...]
    reservations: tuple[Action, ...]
    uncertain: bool = False
    uncertainty: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    pending_denunciation: Action | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "instrument": self.instrument.id,
            "party": self.party,
            "since": str(self.since) if self.since else None,
            "signed": self.signed,
            "actions": [a.to_json() for a in self.actions],
        }
        if self.reservations:
            out["reservations"] = [
                {"articles": list(r.articles), "note": r.note, "source": r.source}
                for r in self.reservations
            ]
        if self.pending_denunciation is not None:
            out["denunciation_pending"] = self.pending_denunciation.to_json()
        out["uncertain"] = self.uncertain
        if self.uncertainty:
            out["uncertainty"] = list(self.uncertainty)
        if self.notes:
            out["notes"] = list(self.notes)
        return out


@dataclass(frozen=True)
class Binding:
    """An instrument in force between two states on a date."""

    instrument: Instrument
    in_force_from: PartialDate
    statuses: tuple[Status, Status]
    uncertain: bool = False

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "instrument": self.instrument.id,
            "in_force_from": str(self.in_force_from),
        }
        if self.uncertain:
            out["uncertain"] = True
        reservations = [
            {"state": s.state, "articles": list(r.articles), "note": r.note}
            for s in self.statuses
            for r in s.reservations
        ]
        if reservations:
            out["reservations"] = reservations
        return out


@dataclass
class _Record:
    primary: Reading
    alternatives: list[Reading] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)


class TreatyIndex:
    """In-memory index over the loaded data: every query is a lookup, not a scan."""

    def __init__(self, data: TreatyData) -> None:
        self.data = data
        self.instruments = data.instruments
        grouped: dict[tuple[str, str], list[Action]] = defaultdict(list)
        for action in data.actions:
            grouped[(action.state, action.instrument)].append(action)
        self._records: dict[tuple[str, str], _Record] = {}
        for key, actions in grouped.items():
            inst = self.instruments[key[1]]
            primary_actions = [a for a in actions if not a.is_alt]
            record = _Record(fold(inst, primary_actions), actions=sorted(actions, key=_order))
            by_source: dict[str, list[Action]] = defaultdict(list)
            for alt in (a for a in actions if a.is_alt):
                by_source[alt.source].append(alt)
            for alts in by_source.values():
                reading = fold(inst, _substitute(primary_actions, alts))
                record.alternatives.append(
                    Reading(reading.actions, reading.intervals, reading.notes, alts[0])
                )
            self._records[key] = record
        self._incomplete = {i for i, f in data.files.items() if not f.consents_complete}
        self._states_by_instrument: dict[str, list[str]] = defaultdict(list)
        for state, inst_id in sorted(self._records):
            self._states_by_instrument[inst_id].append(state)

    def instrument(self, instrument_id: str) -> Instrument:
        from legation.errors import UnknownInstrumentError

        try:
            return self.instruments[instrument_id]
        except KeyError:
            known = ", ".join(sorted(self.instruments))
            raise UnknownInstrumentError(
                f"{instrument_id}: unknown instrument; known: {known}", field="instrument"
            ) from None

    def status(self, state: str, instrument_id: str, on: date) -> Status:
        inst = self.instrument(instrument_id)
        record = self._records.get((state, instrument_id))
        if record is None:
            return Status(inst, state, on, False, None, False, (), ())
        shown = tuple(a for a in record.actions if a.date.start <= on)
        party_primary = record.primary.party_on(on)
        uncertainty: list[str] = []
        if party_primary is None:
            uncertainty.append(
                "a date in the log is known only to the month or year, and the date asked "
                "falls inside that range"
            )
        for alt in record.alternatives:
            other = alt.party_on(on)
            if other != party_primary and alt.alt is not None:
                uncertainty.append(
                    f"{alt.alt.source} reads the {alt.alt.action.value} as {alt.alt.date}"
                    + (f" ({alt.alt.note})" if alt.alt.note else "")
                    + f": on that reading the state {_verb(other)}"
                )
        if (
            instrument_id in self._incomplete
            and not party_primary
            and not any(a.action in CONSENT_KINDS for a in record.actions)
        ):
            uncertainty.append(
                "signed, but no ratification is recorded, and this instrument's ratification "
                "records are known to be incomplete (see the data file's notes)"
            )
        interval = record.primary.interval_on(on)
        pending = None
        if interval and interval.closed_by is not None and interval.closed_by.date.start <= on:
            pending = interval.closed_by
        return Status(
            instrument=inst,
            state=state,
            on=on,
            party=bool(party_primary),
            since=interval.start if interval else None,
            signed=any(a.action == ActionKind.SIGNATURE and not a.is_alt for a in shown),
            actions=shown,
            reservations=_reservations_in_effect(shown),
            uncertain=bool(uncertainty),
            uncertainty=tuple(uncertainty),
            notes=record.primary.notes,
            pending_denunciation=pending,
        )

    def statuses(self, state: str, on: date) -> list[Status]:
        return [self.status(state, i, on) for i in self.instruments]

    def between(self, a: str, b: str, on: date) -> list[Binding]:
        """Every instrument in force for both states on `on`, with the date it binds both."""
        out: list[Binding] = []
        for inst_id, inst in self.instruments.items():
            # Cheap test on the folded intervals first; full statuses only for matches.
            ra, rb = self._records.get((a, inst_id)), self._records.get((b, inst_id))
            if ra is None or rb is None:
                continue
            if not (ra.primary.party_on(on) or ra.alternatives) or not (
                rb.primary.party_on(on) or rb.alternatives
            ):
                continue
            sa, sb = self.status(a, inst_id, on), self.status(b, inst_id, on)
            if sa.party and sb.party and sa.since and sb.since:
                since = max(sa.since, sb.since, key=lambda d: (d.end, d.start))
                out.append(Binding(inst, since, (sa, sb), sa.uncertain or sb.uncertain))
        return out

    def parties(self, instrument_id: str, on: date) -> list[str]:
        """States bound by the instrument on `on`."""
        self.instrument(instrument_id)
        return [
            s
            for s in self._states_by_instrument.get(instrument_id, ())
            if self._records[(s, instrument_id)].primary.party_on(on)
        ]

    def oas_members(self, on: date) -> list[str]:
        """OAS membership on a date: the parties to the Charter (DESIGN §1)."""
        return self.parties("oas-charter-1948", on)


def _verb(party: bool | None) -> str:
    if party is None:
        return "may be bound (a date is known only to the month or year)"
    return "is bound" if party else "is not bound"


def _order(a: Action) -> tuple[date, str, str]:
    return (a.date.start, a.action.value, a.variant)


def _substitute(primary: list[Action], alts: list[Action]) -> list[Action]:
    """One source's reading: each of its rows replaces the primary row it contradicts
    (same action, within two years), or is added where it contradicts none."""
    out = list(primary)
    for alt in alts:
        near = [
            a
            for a in out
            if a.action == alt.action and not a.is_alt
            and abs((a.date.start - alt.date.start).days) <= 731
        ]  # fmt: skip
        if near:
            nearest = min(near, key=lambda a: abs((a.date.start - alt.date.start).days))
            out = [alt if a is nearest else a for a in out]
        else:
            out.append(alt)
    return out


def _reservations_in_effect(actions: tuple[Action, ...]) -> tuple[Action, ...]:
    live: list[Action] = []
    for a in actions:
        if a.is_alt:
            continue
        if a.action == ActionKind.RESERVATION:
            live.append(a)
        elif a.action == ActionKind.RESERVATION_WITHDRAWN:
            withdrawn = set(a.articles)
            live = [r for r in live if not (withdrawn and set(r.articles) <= withdrawn)]
    return tuple(live)
