"""Positions declared in statements (DESIGN §3a): who speaks, about which instrument or
rule, and what stance, read sentence by sentence from the patterns of lexicon.py."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from legation.monitor.lexicon import POSITION_PATTERNS
from legation.monitor.sentences import Sentence
from legation.monitor.states import Mention, qualifies_people


@cache
def _patterns() -> list[tuple[str, str, re.Pattern[str]]]:
    return [(stance, topic, re.compile(p)) for stance, topic, p in POSITION_PATTERNS]


# "Meeting in Washington, the Council condemned": a place named after a locative
# preposition is where something happened, not who speaks.
LOCATIVE = re.compile(r"\b(in|en|em|at|dans|near|cerca de|perto de|pres de)\s+$")

# "la embajada de México", "la policía ecuatoriana": the mission whose premises were
# touched and the agents who acted are not who speaks about it.
NOT_SPEAKER = re.compile(
    r"\b(embass\w*|embajad\w*|embaixad\w*|ambassade\w*|legation|legacion|legacao|residenc\w*|"
    r"police|policia|policiais|policiers?|forces|fuerzas|forcas|troops|tropas|soldiers|soldados|"
    r"soldats|agents|agentes)\s+(of |de |do |da |du |del |de la |des |d')?(the |l')?$"
    # "una acción contra el Ecuador": the state proceeded against
    r"|\b(against|contra|contre)\s+(the |el |la |o |a |l')?$"
)
# "Segundo Washington, a operação violou ...": the source of a charge speaks it
ATTRIBUTED = re.compile(
    r"\b(according to|segun|segundo|selon|para|for)\s+(the |el |la |o |a |le |l')?$"
)
# "Condenado a diez años", "condamné pour blanchiment": convicted, not condemning
CONVICTED = re.compile(
    r"^(condenad[oa]s?\s+(a|por|pela|pelo|em|en)|condamne(e|s|es)?\s+(pour|a|en)|convicted|sentenced)\b"
)
# "la solicitud de salvoconducto presentada por México": a request named, not made
NAMED_REQUEST = re.compile(
    r"^(solicitud|solicitacao|sollicitation|demande|demanda|pedido|request|requests|reclamacao|reclamation)\b"
)
ARTICLE_BEFORE = re.compile(
    r"\b(la|una|su|sus|the|a|its|their|une|sa|leur|o|um|seu|sua|de|du|del|da|do|des)\s+(\w+\s+)?$"
)

BOTH = re.compile(r"\b(ambos|ambas|both|tous deux|os dois|as duas|les deux)\b")

# "Colombia and Bolivia condemned", "le Brésil, le Chili et l'Argentine appellent":
# mentions joined by a comma or a conjunction speak together.
COORDINATED = re.compile(
    r"^[\s,]*(and|y|e|et|as well as|together with|junto con|junto com|ainsi que)?[\s,]*(the|el|la|los|o|a|os|le|la|les|l')?\s*$"
)


def _speakers(s: Sentence, trigger: int, target: str | None) -> list[str]:
    """Who declares a stance: the state named last before the trigger (not as a
    place: "in Washington"), with any states coordinated with it."""
    before = [
        st
        for st in s.states
        if st.start < trigger
        and st.code != target
        and not LOCATIVE.search(s.folded, max(0, st.start - 6), st.start)
        and not NOT_SPEAKER.search(s.folded, max(0, st.start - 30), st.start)
        and not qualifies_people(s.folded, st)
    ]
    if not before:
        return []
    chosen = [before[-1]]
    for st in reversed(before[:-1]):
        if COORDINATED.match(s.folded[st.end : chosen[-1].start]):
            chosen.append(st)
        else:
            break
    return list(dict.fromkeys(st.code for st in reversed(chosen)))


# Inside a "call for a safe conduct" span, a refusal means the speaker is refusing one.
REFUSAL = re.compile(
    r"\b(not|never|no (expedira|concedera|otorgara|entregara|emitira)|ningun\w*|nenhum\w*|"
    r"aucun\w*|refus\w*|rechaz\w*|deneg\w*|denied|denies|deny|reject\w*|recus\w*|negou|"
    r"nego|niega|negar\w*|nao (vai|ira|concede|emitira)|rejet\w*|rejeit\w*)\b"
)


# A request told in the past tense is an event (safe_conduct_requested); a stance is
# what a statement declares now ("urges", "insta", "exige", "appelle").
NARRATED_REQUEST = re.compile(
    r"(requested|asked|sought|pidio|pidieron|solicito|solicitaron|pediu|pediram|solicitou|solicitaram|"
    r"demandou|a demande|ont demande|a sollicite|ont sollicite|avait demande|avait sollicite|habia pedido|"
    r"habia solicitado|tinha pedido|had asked|had requested)\b"
)

# "no reconoce", "does not recognise": the negation just before a "recognises" cue.
NOT_BEFORE = re.compile(r"\b(no|nao|not|ne|n'|does not|do not|did not)\b")


# A stance whose cue is the breach itself ("violated the Vienna Convention", "desnaturalizó
# el asilo"): the state named as its subject is the one accused. Verbs only: the noun
# ("a flagrant violation of") is said by the speaker.
ACCUSATION = re.compile(
    r"(violat(ed|es|e|ing)|viol(o|aron|a|an|ou|aram|e|ent|ait|aient)|breach(ed|es|ing)?|infringed|"
    r"descumpri\w*|incumpli\w*|vulner(o|aron|a|an|ou|aram)|meconna\w*|desconoc(io|ieron|e|en)|"
    r"distort(ed|s|ing)?|misus(ed|es|ing)|abus(ed|ing|o|aron|ou)|desnaturaliz(o|aron|a|an|ou)|"
    r"desvirtu(o|a|aron|ou)|denatur\w*|deturp\w*|devoy\w*)\b"
)


def _accused(s: Sentence, m: re.Match[str]) -> Mention | None:
    """The subject of a breach named just before its verb, if any."""
    if not ACCUSATION.match(m.group(0)):
        return None
    near = [
        st
        for st in s.states
        if st.end <= m.start() <= st.end + 60
        and not LOCATIVE.search(s.folded, max(0, st.start - 6), st.start)
        and not ATTRIBUTED.search(s.folded, max(0, st.start - 20), st.start)
    ]
    return near[-1] if near else None


def positions(sents: list[Sentence], doc_states: list[str]) -> list[dict[str, Any]]:
    """Stances per speaking state; one per (state, topic, stance) in a document."""
    out: list[dict[str, Any]] = []
    seen_positions: set[tuple[str, str, str]] = set()
    for s in sents:
        for stance, topic, pattern in _patterns():
            m = pattern.search(s.folded)
            if m is None:
                continue
            if stance == "calls_for_safe_conduct" and NARRATED_REQUEST.match(m.group(0)):
                continue  # "Bogotá asked Caracas for the safe conduct": an event, told
            if (
                stance == "calls_for_safe_conduct"
                and NAMED_REQUEST.match(m.group(0))
                and ARTICLE_BEFORE.search(s.folded, max(0, m.start() - 25), m.start())
            ):
                continue  # "Peru received the request for a safe conduct"
            if stance == "condemns" and CONVICTED.match(m.group(0)):
                continue
            if stance == "calls_for_safe_conduct" and REFUSAL.search(
                s.folded, max(0, m.start() - 40), m.end() + 40
            ):
                continue  # "would issue no safe conduct", "rejected the request for one"
            if stance == "recognises" and NOT_BEFORE.search(
                s.folded, max(0, m.start() - 8), m.start() + 4
            ):
                continue  # "no reconoce el asilo diplomático" is the opposite stance
            after = [st.code for st in s.states if st.start >= m.start()]
            # only a condemnation or a call has a target ("condemns Ecuador"); "España no
            # es parte ... para ir a España" names the speaker twice
            target = (
                after[0] if after and stance in ("condemns", "calls_for_safe_conduct") else None
            )
            inside = [st.code for st in s.states if m.start() <= st.start < m.end()]
            if stance == "party" and BOTH.search(m.group(0)):
                # "de la que ambos países son parte": every state the sentence names
                speakers = list(dict.fromkeys(st.code for st in s.states)) or doc_states[:2]
            elif stance == "party" and inside:
                # "la Convención de Caracas, de la que México y el Perú son parte"
                speakers = list(dict.fromkeys(inside))
            elif ACCUSATION.match(m.group(0)) and NOT_BEFORE.search(
                s.folded, max(0, m.start() - 16), m.start()
            ):
                continue  # "La France n'a donc pas violé la Convention": no charge
            elif (accused := _accused(s, m)) is not None:
                # "con ello Ecuador violó la Convención": Ecuador is accused, not speaking
                target = accused.code
                speakers = (
                    _speakers(s, accused.start, target)
                    or [c for c in doc_states if c != target][:1]
                )
            else:
                speakers = _speakers(s, m.start(), target) or doc_states[:1]
            for speaker in speakers:
                if (speaker, topic, stance) in seen_positions or (
                    speaker == target and stance in ("condemns", "calls_for_safe_conduct")
                ):
                    continue
                seen_positions.add((speaker, topic, stance))
                pos: dict[str, Any] = {
                    "state": speaker,
                    "topic": topic,
                    "stance": stance,
                    "evidence": [s.start + m.start(), s.start + m.end()],
                }
                if (
                    target
                    and target != speaker
                    and stance in ("condemns", "calls_for_safe_conduct")
                ):
                    pos["target"] = target
                out.append(pos)
    return out
