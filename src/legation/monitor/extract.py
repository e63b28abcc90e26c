"""From text to events and positions (DESIGN §3a), sentence by sentence.

Rule-based on purpose: every output can be traced to a trigger, a sentence and a
character span, which a reviewer needs before accepting anything as a fact.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date
from functools import cache
from typing import Any

from legation.monitor import negation
from legation.monitor.attribution import (
    BY_CROWDS,
    LIST_ONLY,
    MULTI_ACTOR,
    MULTI_MISSION,
    OWNED_BY_TYPE,
    OWNED_WORDS,
    PASSIVE_AGENT,
    SENDING_ACTS,
    STATE_FORCE,
    actor,
    arrival,
    by_private_actors,
    custodian,
    destination,
    listed_missions,
    mission_of,
)
from legation.monitor.dates import LEAD, event_day, story_day
from legation.monitor.fold import fold
from legation.monitor.frames import FrameHit, find as find_frames
from legation.monitor.lexicon import (
    EVENT_TRIGGERS,
    LET_LEAVE,
    NOT_YET,
    PRIVATE_ACTORS,
    REQUEST_CUES,
    TRIGGER_LANGUAGES,
)
from legation.monitor.persons import Cast, about as about_whom
from legation.monitor.positions import positions
from legation.monitor.prefilter import Prefilter
from legation.monitor.sentences import Sentence, sentences
from legation.monitor.states import NAME_LIKE_DEMONYMS, Mention, mentions, part_of_a_name

CONSENT_NO = re.compile(
    r"\b(without (the )?(consent|permission|authori[sz]ation)|sin (el )?(consentimiento|permiso|autorizacion)|sem (o )?(consentimento|autorizacao)|sans (le |l')?(consentement|autorisation|accord))\b"
)
CONSENT_YES = re.compile(
    r"\b(with ([\w']+ ){0,3}(agreement|consent|permission|approval|blessing)|(com|con) (o|a|el|la) "
    r"(acordo|concordancia|acuerdo|anuencia|aval|venia)|avec l'(accord|aval)|avec le (consentement|feu vert)|"
    r"invit\w* (by|par|por|pelo|pela)|feu vert|luz verde|sinal verde|green light|in agreement with|"
    r"de acuerdo con|em acordo com|en accord avec|d'accord avec|in (cooperation|coordination) with|"
    r"en (cooperation|coordination) avec|en (cooperacion|coordinacion) con|em (cooperacao|coordenacao) com|"
    r"invited|invitation|a (su |la )?invitacion|a convite|sur invitation|a l'invitation|allowed (in|inside|them in)|"
    r"let (them|police|officers) in|with (the )?authori[sz]ation|"
    r"authori[sz]ed by|(con|com|avec) (la |a |l')?(autorizacion|autorizacao|autorisation|permiso|permissao|accord)|"
    r"autoriz\w* por|autoris\w* par|consinti\w*|consentiu|consenti\w*|joint (search|inspection)|"
    r"(inspeccion|busqueda|registro|inspecao|busca|vistoria|fouille|perquisition|inspection) conjunt\w*|"
    r"at the request of the ambassador|invited (in )?by the ambassador|invited (onto|into|in to|inside) .{0,60} by the ambassador|invitad[oa]s? por el embajador|convidad[oa]s? a entrar pelo embaixador|a convite do embaixador|invite\w* a entrer par l'ambassadeur|con el consentimiento|a pedido del embajador|com o consentimento|avec le consentement|a la demande de l'ambassadeur)\b"
)
# An entry by force says there was no consent: "raided", "stormed", "irrumpió",
# "allanó", "invadiram", "ont fait irruption", "forced their way in".
FORCED = re.compile(
    r"\b(raid\w*|storm\w*|burst\w*|broke (in|into|down|through)|forced (their |its |his )?(way|entry|open)|"
    r"irrump\w*|irrupcion|allan\w*|asalt\w*|assalt\w*|invad\w*|invas\w*|forz\w*|forc(ou|aram|ando)|"
    r"arromb\w*|derrib\w*|derrub\w*|enfonc\w*|fait irruption|font irruption|firent irruption|"
    r"(pris|prise|prendre) d'assaut|tomaron por asalto|by force|por la fuerza|a la fuerza|a forca|par la force|"
    r"envah\w*|assaut|belier\w*|battering rams?|ariete\w*|incursion\w*|incursao|intrus\w*)\b"
)


@cache
def _compiled() -> dict[str, list[tuple[int, re.Pattern[str]]]]:
    """Per event type, its patterns with their index in the flat list the prefilter knows."""
    out: dict[str, list[tuple[int, re.Pattern[str]]]] = {}
    n = 0
    for t, pats in EVENT_TRIGGERS.items():
        out[t] = []
        for p in pats:
            out[t].append((n, re.compile(p)))
            n += 1
    return out


LANGUAGES_WITH_VOCABULARY = ("en", "es", "pt", "fr")


@cache
def _foreign(lang: str) -> frozenset[int]:
    """Indices of the vocabulary patterns written for other languages than `lang`."""
    skip: set[int] = set()
    for t, patterns in _compiled().items():
        for i, p in patterns:
            langs = TRIGGER_LANGUAGES.get((t, p.pattern))
            if langs is not None and lang not in langs and lang in LANGUAGES_WITH_VOCABULARY:
                skip.add(i)
    return frozenset(skip)


@cache
def _prefilter() -> Prefilter:
    return Prefilter([p for pats in EVENT_TRIGGERS.values() for p in pats])


@cache
def _request() -> re.Pattern[str]:
    return re.compile(REQUEST_CUES)


# "que emita los salvoconductos": a grant verb in the subjunctive is what is asked for.
SUBJUNCTIVE = re.compile(
    r"(emita|emitam|emitan|conceda|concedam|concedan|otorgue|otorguen|expida|expidan|"
    r"entregue|entreguen|extienda|extiendan)\b"
)

# "hundreds of carabineros": a number of people, not who they are.
QUANTITY = re.compile(
    r"(hundreds of|thousands of|cientos de|miles de|centenas de|milhares de|des centaines de|des milliers de)"
)


def _repeats(event_type: str, folded: str) -> list[str | None]:
    """Expulsions often come in pairs in one sentence ("declared the ambassador persona
    non grata and gave the consul 72 hours to leave"): one event per distinct hit."""
    if event_type != "diplomat_expelled":
        return [None]
    spans = sorted({m.span() for _, p in _compiled()[event_type] for m in p.finditer(folded)})
    distinct: list[tuple[int, int]] = []  # overlapping hits are one phrase
    for a, b in spans:
        if distinct and a < distinct[-1][1]:
            distinct[-1] = (distinct[-1][0], max(b, distinct[-1][1]))
        else:
            distinct.append((a, b))
    # "declared persona non grata and given 48 hours to leave" is one expulsion told
    # twice: never more expulsions than officials named
    officials = len(OFFICIAL.findall(folded))
    return [None] + [f"#{i}" for i in range(1, min(len(distinct), max(officials, 1)))]


OFFICIAL = re.compile(
    r"\b(ambassador|ambassadors|ambassadeur|ambassadeurs|ambassadrice|embajador|embajadora|embajadores|"
    r"embaixador|embaixadora|embaixadores|consul|consuls|consules|consul-general|charge d'affaires|"
    r"chargee d'affaires|encargad[oa]s? de negocios|encarregad[oa]s? de negocios|attache|attaches|"
    r"agregad[oa]s?|adid[oa]s?|diplomat|diplomats|diplomate|diplomates|diplomatico|diplomaticos|"
    r"diplomatica|diplomaticas|diplomata|diplomatas|envoy|envoys|nuncio|nonce)\b"
)


UTILITY_WORDS = {
    "power": re.compile(r"\b(power|electric\w*|eletric\w*|luz|energia|courant)\b"),
    "water": re.compile(r"\b(water|agua|eau)\b"),
    "telephone": re.compile(r"\b(landlines?|telephon\w*|telefon\w*|phone lines|linhas fixas)\b"),
}


def _mentions_utility(folded: str, kind: str) -> bool:
    return bool(UTILITY_WORDS[kind].search(folded))


NAME = r"[A-ZÁÉÍÓÚÑÇÂÊÔÃÕ][a-záéíóúñçâêôãõü]+(?:\s+[A-ZÁÉÍÓÚÑÇÂÊÔÃÕ][a-záéíóúñçâêôãõü]+){1,3}"
NAME_LIST = re.compile(rf"({NAME})((?:,\s*{NAME})*)\s*,?\s+(?:and|y|e|et)\s+({NAME})")
GROUP_EVENTS = (
    "departure", "refuge_sought", "asylum_granted", "asylum_requested", "surrender",
    "safe_conduct_requested", "safe_conduct_granted", "safe_conduct_denied",
    "diplomat_detained", "diplomat_attacked",
)  # fmt: skip


# "Lilia Paredes and her two children", "Hortensia Bussi, Allende's widow, and two of
# her daughters": a named person and an unnamed group are two events.
WITH_FAMILY = re.compile(
    rf"({NAME})[^.;]{{0,60}}?,?\s+(?:y|and|e|et|junto con|along with|avec|com)\s+(?:a\s+|à\s+)?"
    r"(?:(?:dos|tres|two|three|deux|trois|duas|três)\s+de\s+)?(?:sus|su|his|her|their|seus|suas|sua|seu|ses|sa|son|leurs?)\s+"
    r"(?:\w+\s+)?(hij[oa]s|children|filh[oa]s|enfants|fill[ea]s|famil\w*|esposa|wife|mulher|femme|marido|husband|daughters|sons)\b"
)


NUMBER_WORDS = {
    2: r"two|both|dos|ambos|ambas|duas|dois|deux|tous deux|les deux",
    3: r"three|tres|trois",
    4: r"four|cuatro|quatro|quatre",
    5: r"five|cinco|cinq",
    6: r"six|seis",
    7: r"seven|siete|sete|sept",
}


def _refers_to(folded: str, n: int) -> bool:
    """Whether a sentence speaks of a group of `n` people named earlier ("the five",
    "los seis opositores", "les deux hommes", "all five")."""
    if n not in NUMBER_WORDS:
        return False
    m = re.search(
        rf"\b(the|all|los|las|todos los|todas las|os|as|todos os|les|tous les|these|estos|esses|ces)\s+"
        rf"({NUMBER_WORDS[n]}|{n})\b(\s+\w+)?",
        folded,
    )
    if m is None:
        return False
    return not NOT_PEOPLE.fullmatch((m.group(3) or "").strip())


# "the two countries", "los dos cancilleres": numbers of things, or of other people
NOT_PEOPLE = re.compile(
    r"(countries|paises|pays|governments|gobiernos|governos|gouvernements|ministers|ministros|ministres|"
    r"cancilleres|chanceliers|chanceleres|foreign|embassies|embajadas|embaixadas|ambassades|states|estados|"
    r"etats|nations|naciones|nacoes|sides|partes|days|dias|jours|years|anos|ans|months|meses|mois|weeks|"
    r"semanas|semaines|hours|horas|heures|presidents|presidentes|leaders|lideres|dirigeants|diplomats|"
    r"diplomaticos|diplomatas|diplomates|ambassadors|embajadores|embaixadores|ambassadeurs)"
)


def _names_a_state(name: str) -> bool:
    """A capitalised group that names a state ("Costa Rica") rather than a person; a
    name-like demonym inside a name ("Betssy Chávez Chino") does not count."""
    return any(m.alias not in NAME_LIKE_DEMONYMS for m in mentions(fold(name)))


def _listed_persons(s: Sentence) -> list[str]:
    """The people of an enumeration ("Meda, Urruchurtu, Macero, Villalobos and
    González left"): a group event is one event per person, as a case file records it."""
    m = NAME_LIST.search(s.text)
    if m is None:
        family = WITH_FAMILY.search(s.text)
        if family is None or _names_a_state(family.group(1)):
            return []
        return [family.group(1), f"{family.group(1)} ({family.group(2)})"]
    names = [m.group(1), *re.findall(NAME, m.group(2)), m.group(3)]
    return [n for n in names if not _names_a_state(n)]


# Triggers worded in the negative: "let no one in", "no dejan entrar", "ne laissent personne".
NEGATIVE_WORDING = re.compile(r"(no|nao|ne|let|lets|letting|allow\w*)\b")

# An attempt at the premises that did not get in, told after the trigger.
FAILED_ENTRY = re.compile(
    r"\b(without (getting|going) (in|inside)|without entering|failed to (get in|enter|break in)|"
    r"sin (lograr|conseguir|poder) (entrar|ingresar|acceder)|sans (parvenir a|pouvoir|reussir a) "
    r"(entrer|penetrer|y entrer)|sem (conseguir|poder) (entrar|invadir))\b"
)


def _event(
    event_type: str, s: Sentence, hit: re.Match[str] | FrameHit, by: str | None, mission: str | None,
    doc_mission: str | None, kind: str | None, who: str | None, negated: bool, hedged: bool,
    day: date | None, crowd: bool = False,
) -> dict[str, Any]:  # fmt: skip
    """One event in the DESIGN §3a shape, with the span that triggered it."""
    event: dict[str, Any] = {"type": event_type}
    to = custodian(s, mission or doc_mission) if event_type == "custody_assigned" else None
    if event_type == "departure":
        to = destination(s, hit)
    if to and by == to:
        by = None  # "la custodia ha sido confiada a Italia": Italy takes it, not gives it
    if by:
        event["by"] = by
    elif crowd:
        event["private_actors"] = True
    if mission or doc_mission:
        event["mission_of"] = mission or doc_mission
    elif by and event_type in SENDING_ACTS:
        event["mission_of"] = by  # "Mexico granted him asylum": in its own mission
    if event_type in ("premises_entered", "premises_searched"):
        if CONSENT_NO.search(s.folded):
            event["consent"] = False
        elif CONSENT_YES.search(s.folded):
            event["consent"] = True
        elif FORCED.search(s.folded):
            event["consent"] = False  # an entry by force had none
    if to:
        event["to"] = to
    if kind is not None and not kind.startswith("#"):
        event["utility"] = kind
    if who:
        event["person"] = who
    event["date"] = day.isoformat() if day else None
    event["negated"] = negated
    event["confidence"] = round(
        0.85 - (0.25 if hedged else 0) + (0.1 if mission else 0)
        - (0.2 if negated else 0),
        2,
    )  # fmt: skip
    first, last = hit.span()  # a frame hit: from the earlier word of the pair to the later
    event["evidence"] = [s.start + first, s.start + last]
    return event


def _triggers(s: Sentence, lang: str) -> dict[str, re.Match[str] | FrameHit]:
    """Per event type, the first trigger in the sentence: the patterns (prefiltered,
    in the sentence's language), then event frames for the types no pattern caught."""
    found: dict[str, re.Match[str] | FrameHit] = {}
    can = _prefilter().candidates(s.folded)
    foreign = _foreign(lang)
    for event_type, patterns in _compiled().items():
        first = next(
            (
                m
                for i, p in patterns
                if (can is None or i in can) and i not in foreign and (m := p.search(s.folded))
            ),
            None,
        )
        if first is not None:
            found[event_type] = first
    for event_type, frame_hit in find_frames(s.text, lang, s.folded).items():
        found.setdefault(event_type, frame_hit)  # frames add what no pattern caught
    return found


def _reconcile(found: dict[str, re.Match[str] | FrameHit], s: Sentence, lang: str) -> set[str]:
    """Where two readings of one phrase compete, keep the one the sentence supports: a
    crowd's entry is an attack, a search is an entry, "would not issue" a refusal, "urged
    Caracas to issue" a request. Changes `found` in place; returns the types reached by
    turning a negated trigger into its opposite (they are not negated again)."""
    if "protection_withdrawn" in found and "custody_revoked" in found:
        del found["custody_revoked"]  # "withdrew the police guard" is not a custody revocation
    if "custody_assigned" in found and "custody_revoked" in found:
        del found["custody_assigned"]  # "withdrew its consent to Brazil's custody" is a revocation
    private = re.search(PRIVATE_ACTORS, s.folded)
    state_force = STATE_FORCE.search(s.folded)
    entry = found.get("premises_entered")
    if entry is not None and (not private or private.start() > entry.end()):
        # the passive agent after the trigger: "was stormed by students"
        private = PASSIVE_AGENT.match(s.folded, entry.end()) or private
    if (
        "premises_entered" in found
        and private
        and (not state_force or "premises_attacked" in found)
        and private.start() <= found["premises_entered"].end()
    ):
        # non-state intruders ("the assailants managed to get in")
        found.setdefault("premises_attacked", found.pop("premises_entered"))
    if (
        "premises_surrounded" in found
        and private
        and not state_force
        and not QUANTITY.fullmatch(private.group(0))
    ):
        del found["premises_surrounded"]  # a crowd outside is not a cordon of the state
    if "vehicle_searched" in found:
        # "search their vehicles" is not a search of the premises
        found.pop("premises_searched", None)
    search = found.get("premises_searched")
    if search is not None and by_private_actors(s.folded, search):
        del found["premises_searched"]  # "a mob ransacked the embassy": an attack, not a search
        found.setdefault("premises_attacked", search)
    if "refuge_sought" in found and "premises_entered" in found and not state_force:
        del found["premises_entered"]  # people coming in for protection seek refuge
    if (
        "premises_searched" in found
        and "premises_entered" not in found
        and not negation.negated(s.folded, found["premises_searched"].start(), lang)
    ):
        found["premises_entered"] = found["premises_searched"]  # a search is an entry
    converted: set[str] = set()
    if "safe_conduct_granted" in found:
        grant = found["safe_conduct_granted"]
        if re.search(NOT_YET, s.folded):
            pass  # "has not yet been granted": a pending grant, kept as a negated grant
        elif "safe_conduct_denied" in found or negation.negated(s.folded, grant.start(), lang):
            del found["safe_conduct_granted"]  # "would not issue" is a refusal
            found.setdefault("safe_conduct_denied", grant)
            converted.add("safe_conduct_denied")
            req = found.get("safe_conduct_requested")
            if req is not None and req.start() <= grant.start() <= req.end():
                del found["safe_conduct_requested"]  # one phrase: "warned it would not issue"
        elif SUBJUNCTIVE.match(grant.group(0)) or _request().search(
            s.folded, max(0, grant.start() - 35), grant.start() + 1
        ):
            del found["safe_conduct_granted"]  # "urged Caracas to issue" is a request
            found.setdefault("safe_conduct_requested", grant)
    if "asylum_denied" in found and "asylum_granted" in found:
        del found["asylum_granted"]
    blockade = found.get("access_blocked")
    if blockade is not None and NEGATIVE_WORDING.match(blockade.group(0)):
        found.pop("premises_entered", None)  # "no dejan entrar ni salir": no entry told
    return converted


def extract(text: str, lang: str, published: date | None) -> dict[str, Any]:
    """Events, states and positions in a relevant document's text."""
    folded = fold(text)
    doc_mentions = mentions(folded, text)
    if lang in ("es", "pt", "fr"):
        doc_mentions = [m for m in doc_mentions if not part_of_a_name(text, m)]
    sents = sentences(text, folded)
    for s in sents:
        s.states = [m for m in doc_mentions if s.start <= m.start < s.end]
        s.states = [Mention(m.code, m.start - s.start, m.end - s.start, m.alias) for m in s.states]
    doc_states = list(dict.fromkeys(m.code for m in doc_mentions))
    doc_mission = next((mo for s in sents if (mo := mission_of(s))), None)
    cast = Cast.of(text)
    asylum_story = bool(ASYLUM_CONTEXT.search(folded))
    events: list[dict[str, Any]] = []
    seen: set[tuple[str, str | None, str | None, bool]] = set()
    named: list[str] = []  # the last enumeration of people, for "the five" later on
    named_age = 0
    lead_day = story_day([s.folded for s in sents[:LEAD]], published) if published else None
    for index, s in enumerate(sents):
        listed_here = _listed_persons(s)
        named, named_age = (listed_here, 0) if listed_here else (named, named_age + 1)
        if named_age > 3:
            named = []
        mission = mission_of(s)
        # a question reports nothing as fact ("Did police enter the embassy?"), though
        # headlines ask about what happened: kept, with the confidence of a hedge
        hedged = bool(negation.hedge().search(s.folded)) or s.text.rstrip().rstrip(
            '"»”’)'
        ).endswith("?")
        found = _triggers(s, lang)
        converted = _reconcile(found, s, lang)
        for event_type, hit in found.items():
            # a trigger whose wording is negative ("let no one in") is negated only by a
            # cue before it
            negative = event_type == "access_blocked" and NEGATIVE_WORDING.match(hit.group(0))
            at = hit.start() - 5 if negative else hit.start()
            negated = negation.negated(s.folded, max(0, at), lang) or (
                event_type == "safe_conduct_granted" and bool(re.search(NOT_YET, s.folded))
            )
            if event_type == "premises_entered" and FAILED_ENTRY.search(
                s.folded, max(0, hit.start() - 25)
            ):
                negated = True  # "moved on the embassy but left without getting inside"
            if event_type == "asylum_granted" and negated and "asylum_denied" not in found:
                # "has not granted the asylum García asked for" is a refusal of it
                event_type, negated = "asylum_denied", False
            elif event_type == "departure" and negated and re.match(LET_LEAVE, hit.group(0)):
                # "London would not let him leave the country": safe passage refused
                event_type, negated = "safe_conduct_denied", False
            if (
                event_type not in converted
                and not event_type.endswith("_requested")
                and (
                    negation.HYPOTHETICAL.search(s.folded, max(0, hit.start() - 40), hit.start())
                    # "had no plans to close" is kept, as a negated closure
                    or (
                        not negated
                        and negation.PLANNED.search(s.folded, max(0, hit.start() - 40), hit.start())
                    )
                )
            ):
                continue  # "threatened to / will sever relations" reports no severance
            if event_type in converted or event_type == "protection_withdrawn":
                negated = False  # the negative wording is what the trigger means
            elif event_type == "safe_conduct_denied" and negated:
                continue  # "did not refuse" is too rare to model; leave it out
            utilities = [event_type]
            for kind in (
                ["power", "water", "telephone"]
                if event_type == "utilities_cut"
                else _repeats(event_type, s.folded)
            ):
                if (
                    kind is not None
                    and not kind.startswith("#")
                    and not _mentions_utility(s.folded, kind)
                ):
                    continue
                owned = OWNED_BY_TYPE.get(event_type)
                whose = (owned and mission_of(s, OWNED_WORDS[owned])) or mission
                by = actor(event_type, s, whose, doc_mission, doc_states, hit)
                crowd = event_type in BY_CROWDS and by_private_actors(s.folded, hit)
                if crowd:
                    by = None  # a mob is no state's organ (DESIGN §2: private_actors)
                listed = listed_here if event_type in GROUP_EVENTS else []
                if not listed and event_type in GROUP_EVENTS and _refers_to(s.folded, len(named)):
                    listed = named  # "the five left the country", named a sentence before
                whos: list[str | None] = [*listed] or [None]
                missions: list[str | None] = [whose]
                if event_type in MULTI_MISSION:
                    missions = [*listed_missions(s, event_type in LIST_ONLY)] or [whose]
                about = about_whom(event_type, s, hit.start(), cast, asylum_story)
                default = lead_day if index < LEAD else None
                day = event_day(s.folded, hit.span(), published, default, _last_day(events))
                for who in whos:
                    for where in missions:
                        key = (
                            event_type + (f":{kind}" if kind else "") + (f":{who}" if who else ""),
                            by if event_type in MULTI_ACTOR else None,
                            (where or doc_mission) if event_type in MULTI_MISSION else None,
                            negated,
                        )
                        if key in seen:
                            continue
                        seen.add(key)
                        events.append(
                            _event(event_type, s, hit, by, where, doc_mission, kind, who or about,
                                   negated, hedged, day, crowd)
                        )  # fmt: skip
            del utilities
    _arrivals(events, sents)
    _shared_consent(events, sents)
    return {
        "events": _asylee_departures(events, folded),
        "states": doc_states,
        "positions": positions(sents, doc_states),
    }


def _last_day(events: list[dict[str, Any]]) -> date | None:
    """The day of the latest event told so far that has one."""
    day = next((e["date"] for e in reversed(events) if e.get("date")), None)
    return date.fromisoformat(day) if day else None


def _shared_consent(events: list[dict[str, Any]], sents: list[Sentence]) -> None:
    """Consent is told once for a search that takes several sentences ("with Riyadh's
    agreement ... the investigators searched the consulate"): an entry or search told
    without it takes the one told for another entry or search of the same mission, or
    the agreement a sentence of the story states."""
    entries = [e for e in events if e["type"] in ("premises_entered", "premises_searched")]
    told = {e.get("mission_of"): e["consent"] for e in entries if "consent" in e}
    agreed = any(CONSENT_YES.search(s.folded) for s in sents) and not any(
        CONSENT_NO.search(s.folded) or FORCED.search(s.folded) for s in sents
    )
    for e in entries:
        if "consent" not in e:
            if e.get("mission_of") in told:
                e["consent"] = told[e.get("mission_of")]
            elif agreed:
                e["consent"] = True


def _arrivals(events: list[dict[str, Any]], sents: list[Sentence]) -> None:
    """A departure told without where to, followed by an arrival ("salieron del país el
    martes. ... llegaron a Estados Unidos"): the next sentence's arrival is its `to`."""
    starts = [s.start for s in sents]
    for e in events:
        if e["type"] != "departure" or "to" in e:
            continue
        i = bisect_right(starts, e["evidence"][0])
        if i < len(sents) and (to := arrival(sents[i])):
            e["to"] = to


ASYLUM_CONTEXT = re.compile(
    r"(asil|asyl|asile|refug|salvo ?conduct|salvo-condut|sauf-conduit|safe[- ]conduct|safe passage|"
    r"shelter|abrig|holed up|hospede|huesped|nunciat|nonciat|reclus|protection of the (us|american) embassy|"
    r"exili|exil|resguard|cobij|amparo|encierro|encerrad)"
)


def _asylee_departures(events: list[dict[str, Any]], folded: str) -> list[dict[str, Any]]:
    """`departure` is an asylee leaving (DESIGN §2): a diplomat flying home in a story
    with no asylum or refuge in it is not one."""
    asylum_story = bool(ASYLUM_CONTEXT.search(folded))
    return [e for e in events if e["type"] != "departure" or asylum_story]
