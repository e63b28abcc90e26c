"""Who acted and whose mission it was: the `by` and `mission_of` of an event, read
from the states a sentence names and where it names them.

News names states in many ways ("the Mexican embassy", "la embajada de México",
"Ecuador's London embassy", "its Caracas residence", "los intereses argentinos"); the
rules below pick, for each event, the state that owns the thing touched, the state
that acted (or private actors, for a crowd), and the third state of a custody or a
departure (`to`). `monitor evaluate` measures each against the labels (`agreement`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from legation.monitor.lexicon import PRIVATE_ACTORS
from legation.monitor.positions import COORDINATED, LOCATIVE
from legation.monitor.sentences import Sentence
from legation.monitor.states import CITIES, Mention, qualifies_people

if TYPE_CHECKING:
    from legation.monitor.frames import FrameHit

MISSION_WORD = re.compile(
    r"\b(embass\w*|embajad\w*|embaixad\w*|ambassade\w*|legation|legacion|legacao|consulat\w*|consulado\w*|"
    r"residenc\w*|people's bureau|oficina popular|bureau populaire|escritorio popular|mission diplomatique|sede diplomatica|mision diplomatica|missao diplomatica|"
    r"posto diplomatico|representac(ao|oes)|representacion(es)?|representations?|nunciatur\w*|nonciature|"
    r"high commission|haut-commissariat|alta comision|alto comissariado|"
    # the people who head or staff one name it too
    r"ambassador\w*|embajador\w*|embaixador\w*|ambassadeur\w*|consul(-| )gera[li]|consul(-| )general|"
    r"consul\b|nuncio|nonce|head of mission|chef de mission|jefe de mision|chefe da missao|charge d'affaires|"
    r"encargad[oa] de negocios|encarregad[oa] de negocios)\b"
)
DIPLOMATIC = re.compile(r"\s+diplomati\w+\s+")
OF_WORDS = re.compile(
    r"^\s*((official|oficial|officielle|diplomatic|diplomatica|diplomatique|apostolic|apostolica|"
    r"apostolique)\s+)?(of|of the|de|do|da|dos|das|du|del|de la|des|d')\s*$"
)  # "la embajada de México", "la residencia oficial de México"

# Who acts, by event type: the receiving (territorial) state or the sending state.
SENDING_ACTS = {"asylum_granted", "asylum_denied", "asylum_ended", "asylum_requested", "safe_conduct_requested",
                "premises_misused", "custody_assigned", "mission_closed", "surrender"}  # fmt: skip


# "its embassy", "su residencia", "sua embaixada", "son ambassade": a mission word after
# a possessive, with up to two words between ("its Caracas residence").
POSSESSIVE_MISSION = re.compile(
    r"\b(its|their|su|sus|sua|suas|seu|seus|son|sa|ses|leurs?)\s+(\S+\s+){0,2}?$"
)
OBJECT_PREPOSITION = re.compile(
    r"\b(in|en|em|dans|a|au|aux|with|con|com|avec|to|from|de|desde|of|des|du|do|da|del|against|contra|"
    r"contre|at|on|into|toward|towards|hacia|para|pour|por|by|par|pelo|pela)\s+((la|el|le|les|the|o|os|as)\s+)?$"
)
GOVERNMENT_WORD = re.compile(
    r"\b(government|gobierno|governo|gouvernement|ministry|ministerio|ministere|cancilleria|chancelaria|"
    r"president\w*|foreign minister|canciller|chanceler|ministre|ministro|embassy|embajada|embaixada|ambassade|"
    r"authorities|autoridades|autorites|state|estado|etat|republic|republica|republique)\s*$"
)
CLAUSE_START = re.compile(
    r"(^|,|\b(que|that|which|who|quien|quienes|donde|where|qui|ou|onde|when|cuando|quando|quand|after|"
    r"and|y|e|et|but|pero|mas|mais))\s+((the|el|la|los|las|le|les|o|a|os|as|l')\s*)?"
    r"((government|gobierno|governo|gouvernement|ministry|ministerio|ministere|authorities|autoridades|"
    r"autorites|foreign ministry|cancilleria|chancelaria)\s+((of|de|do|da|del|du|des)\s+)?((the|la|el|le|l')\s*)?)?$"
)
OWNER_PREFIX = re.compile(r"^\s*'s(\s+\S+)?\s*$")


def may_own(folded: str, m: Mention) -> bool:
    """Whether a state mention can be what "its"/"su" refers to: not a word qualifying
    people ("Ecuadorian police", "employés yéménites") and not the object of a preposition
    ("with Tehran", "acusó a Ecuador"), unless it names a government ("el gobierno de
    México")."""
    if qualifies_people(folded, m):
        return False
    prep = OBJECT_PREPOSITION.search(folded, max(0, m.start - 40), m.start)
    return not prep or bool(GOVERNMENT_WORD.search(folded, max(0, prep.start() - 30), prep.start()))


# Whose it is, for the types that name a thing other than the premises: "los intereses
# argentinos" (custody), "una valija diplomática venezolana", "the Argentine diplomats".
OWNED_WORDS = {
    "custody": re.compile(r"\b(interests|intereses|interesses|interets)\b"),
    "bag": re.compile(r"\b(bags?|valijas?|malas?|valises?)\b"),
    "diplomat": re.compile(
        r"\b(diplomats?|diplomaticos?|diplomatas?|diplomates?|diplomatic staff|cuerpo diplomatico|"
        r"corpo diplomatico|personal diplomatico|nuncio|nonce|charge d'affaires|encargad[oa] de negocios|"
        r"consul\w*)\b"
    ),
}
OWNED_BY_TYPE = {
    "custody_assigned": "custody",
    "custody_revoked": "custody",
    "bag_opened": "bag",
    "diplomat_expelled": "diplomat",
    "diplomat_detained": "diplomat",
    "diplomat_attacked": "diplomat",
}


def mission_of(s: Sentence, words: re.Pattern[str] = MISSION_WORD) -> str | None:
    """The state whose mission the sentence speaks of ("the Mexican embassy",
    "la embajada de México", "Mexico's embassy", "Ecuador's London embassy",
    "l'ambassade du Mexique"). A city next to the mission word says where it is
    ("the Quito embassy"); a possessive ("its embassy") points at the sentence's first
    state, usually its subject."""
    best: tuple[int, str] | None = None
    for w in words.finditer(s.folded):
        for m in s.states:
            city = m.alias in CITIES
            if (
                not city
                and m.start >= w.end()
                and m.start - w.end() <= 25
                and (
                    OF_WORDS.match(s.folded[w.end() : m.start])
                    or m.start == w.end() + 1
                    or DIPLOMATIC.fullmatch(
                        s.folded[w.end() : m.start]
                    )  # "valija diplomática venezolana"
                )
            ):
                gap = m.start - w.end()
            elif (
                not city
                and m.end <= w.start()
                and w.start() - m.end <= 4
                and not s.folded[m.end : w.start()].strip(" -")
            ):
                gap = w.start() - m.end  # "the Mexican embassy", not "equatorianas na embaixada"
            elif m.end <= w.start() and OWNER_PREFIX.match(s.folded[m.end : w.start()]):
                gap = 1
            else:
                continue
            if best is None or gap < best[0]:
                best = (gap, m.code)
    if best is None and s.states:
        for w in words.finditer(s.folded):
            owner = POSSESSIVE_MISSION.search(s.folded, max(0, w.start() - 40), w.start())
            if owner:
                # the nearest state before the possessive that is not a modifier of
                # people ("Mexico said Ecuadorian police raided its embassy": Mexico)
                before = [m for m in s.states if m.end <= owner.start() and may_own(s.folded, m)]
                starts = [
                    m
                    for m in before
                    if CLAUSE_START.search(s.folded, max(0, m.start - 60), m.start)
                ]
                # the nearest that opens a clause ("que México pidió ... su embajada"),
                # else the first that can own one ("Argentina ... urged Caracas ... its")
                if starts or before:
                    return (starts[-1] if starts else before[0]).code
                return (before[-1] if before else s.states[0]).code
    return best[1] if best else None


# Types that can happen twice in one story with different actors (a siege of each
# other's embassies, expulsions on both sides).
MULTI_ACTOR = {"premises_surrounded", "diplomat_expelled", "relations_severed"}

# Types reported mission by mission: a riot that damages five embassies is five
# attacks, as five case files would record them.
MULTI_MISSION = {
    "premises_attacked",
    "premises_entered",
    "diplomat_expelled",
    "protection_withdrawn",
}
# Expulsions are split only over an explicit list ("the diplomats of Argentina, Chile
# and Peru"), not over every mission a sentence happens to name.
LIST_ONLY = {"diplomat_expelled", "protection_withdrawn"}
MISSIONS_PLURAL = re.compile(
    r"\b(embassies|ambassades|embajadas|embaixadas|representations|representaciones|"
    r"representacoes|chancelleries|cancillerias|missions|misiones|missoes|consulates|consulats|consulados|equipes diplomaticas|equipos diplomaticos|diplomatic teams|"
    r"diplomats|diplomaticos|diplomatas|diplomates)\b"
)


# "the embassies in Kabul", "in the Sudanese capital": a place, not whose missions
IN_PLACE = re.compile(
    r"\b(in|en|em|at|dans|near|cerca de|perto de|pres de)\s+(the |la |el |a |o |le |l')?$"
)
THOSE_OF = re.compile(
    r"\b(celles? de|celles? du|ceux de|celui de|those of|that of|las de|los de|la de|el de|"
    r"as de|os de|a do|o do|a da|o da|as do|os do|as da|os da)\b"
)


def listed_missions(s: Sentence, lists_only: bool = False) -> list[str]:
    """States whose missions a sentence names: a list after a plural ("the embassies
    of Croatia, Turkey and Germany", "celles de la Belgique et du Kenya"), or several
    missions each named ("l'ambassade du Rwanda ... l'ambassade de France")."""
    plurals = list(MISSIONS_PLURAL.finditer(s.folded))
    listed = [
        st.code
        for m in [*plurals, *THOSE_OF.finditer(s.folded)]
        for st in s.states
        if 0 <= st.start - m.end() <= 120
        and not IN_PLACE.search(s.folded, max(0, st.start - 12), st.start)  # "embassies in Kabul"
    ]
    for m in plurals:  # "the British and German embassies"
        chain = [st for st in s.states if st.end <= m.start() and m.start() - st.end <= 2]
        while chain:
            before = [
                st
                for st in s.states
                if 0 <= chain[-1].start - st.end <= 25
                and COORDINATED.match(s.folded[st.end : chain[-1].start])
            ]
            if not before:
                break
            chain.append(before[-1])
        listed += [st.code for st in chain]
    for w in [] if lists_only else MISSION_WORD.finditer(s.folded):
        listed += [
            st.code
            for st in s.states
            if 0 <= st.start - w.end() <= 12 and OF_WORDS.match(s.folded[w.end() : st.start])
        ]
    listed = sorted(set(listed), key=lambda c: next(st.start for st in s.states if st.code == c))
    return listed if len(listed) >= 2 else []


# "left for Mexico", "viajó a México", "partiu rumo ao México", "est parti pour le Mexique"
# "llegaron a", "desembarcou em", "now in", "sur le sol": where someone arrived
ARRIVAL = (
    r"(arriv\w*|landed|aterriz\w*|aterrou|desembarc\w*|atterri\w*|chegou|chegaram|llego|llegaron|esta|"
    r"estan|estao|ja esta|ja estao|ya esta|ya estan|now|se trouve)\s+(in|en|em|na|no|a|au|aux|on|sur)|"
    r"(territorio|territory|territoire|suelo|solo|sol|soil)"
)
ARTICLE = r"(the |el |la |los |o |a |os |le |l')?"
TOWARDS = re.compile(
    r"(\b(to|for|bound for|towards?|into|hacia|a|al|rumbo a|con destino a|para|rumo a|rumo ao|com destino a|"
    rf"pour|vers|a destination de|au|aux)|\b{ARRIVAL})\s+{ARTICLE}$"
)


# "deixaram a Venezuela", "left Venezuela": where they left, not where they went
LEAVING = re.compile(
    r"\b(left|leave|leaving|deix\w*|dej\w*|quitt\w*|abandon\w*|sal\w* de|sai\w* d[oa]|out of|fuera de|"
    r"fora d[oa]|hors d[eu])\s+(the |el |la |o |a |le |l')?$"
)


def destination(s: Sentence, hit: re.Match[str] | FrameHit) -> str | None:
    """Where a departing asylee went: a state named after a word of direction or
    arrival ("flew to", "llegaron a", "desembarcou em", "sur le sol américain"), the
    first after the act if any; a state named as the one left is not it."""
    act = hit.start()
    towards = [
        m
        for m in s.states
        if TOWARDS.search(s.folded, max(0, m.start - 25), m.start)
        and not LEAVING.search(s.folded, max(0, m.start - 25), m.start)
    ]
    chosen = [m for m in towards if act <= m.start <= act + 160] or towards
    return chosen[0].code if chosen else None


ENTRUSTING = re.compile(r"\b(confi\w*|entrust\w*|encomend\w*|handed|remi\w*|transf[eé]r\w*)")
ENTRUSTED_TO = re.compile(r"\b(to|a|al|ao|à|aux?)\s+(the |la |el |a |l')?$")


ARRIVED = re.compile(rf"\b({ARRIVAL})\s+{ARTICLE}$")


def arrival(s: Sentence) -> str | None:
    """The state a sentence says someone arrived in ("llegaron a Estados Unidos", "now on
    American soil"), if any."""
    return next(
        (m.code for m in s.states if ARRIVED.search(s.folded, max(0, m.start - 25), m.start)), None
    )


def custodian(s: Sentence, whose: str | None) -> str | None:
    """The third state a custody is given to: the one the interests are entrusted to
    ("confiou ... seus interesses à Venezuela"), else the one named last before "the
    interests" ("Suiza, que representa los intereses mexicanos"), else the first other
    state not named as a place ("confiada a la República Italiana")."""

    def eligible(m: Mention) -> bool:
        return (
            m.code != whose
            and m.alias not in CITIES
            and not LOCATIVE.search(s.folded, max(0, m.start - 6), m.start)
        )

    interests = OWNED_WORDS["custody"].search(s.folded)
    if interests:
        entrusted = [  # "confió la protección de sus intereses a Venezuela"
            m
            for m in s.states
            if interests.end() <= m.start <= interests.end() + 40
            and ENTRUSTED_TO.search(s.folded, max(0, m.start - 6), m.start)
            and ENTRUSTING.search(s.folded, 0, interests.start())
            and eligible(m)
        ]
        before = [m for m in s.states if m.end <= interests.start() and eligible(m)]
        if entrusted or before:
            return (entrusted[0] if entrusted else before[-1]).code
    return next((m.code for m in s.states if eligible(m)), None)


# "was expelled by Ecuador", "fue allanada por la policía ecuatoriana", "foi expulso pela
# Venezuela", "a été expulsé par l'Équateur": a passive auxiliary right before the act
# and an agent right after it name who acted.
PASSIVE_AUX = re.compile(
    r"\b(was|were|been|being|is|are|be|fue|fueron|sido|siendo|es|son|foi|foram|seria|sera|ete|est|sont|a ete|"
    r"ont ete|fut|furent)\s+(\w+\s+){0,2}?$"
)
AGENT = re.compile(
    r"^\S*\s+((\w+\s+){0,3}?)(by|por|pelo|pela|pelos|pelas|par)\s+((the|el|la|los|las|le|les|l'|o|a|os|as)\s*)?"
    r"((government|gobierno|governo|gouvernement|authorities|autoridades|autorites|police|policia|policias|"
    r"policiais|police|forces|fuerzas|forcas|agents|agentes|soldiers|soldados|soldats|troops|tropas)\s+"
    r"((of|de|do|da|du|des)\s+)?((the|la|el|le|l')\s*)?)?$"
)


def _passive_agent(
    s: Sentence, hit: re.Match[str] | FrameHit, participle: bool = False
) -> str | None:
    """The state after "by/por/pelo/par" right after the act, when an auxiliary precedes
    the act or, for the sending state's acts, after a bare participle ("el salvoconducto
    solicitado por México", "o asilo concedido pelo México")."""
    end = hit.span()[1]
    act = hit.start()
    if not participle and not PASSIVE_AUX.search(s.folded, max(0, act - 30), act):
        return None
    tail = max(act, end - 8)  # a trigger may end with the preposition ("concedido pelo")
    for m in s.states:
        if end <= m.start <= end + 60 and AGENT.match(s.folded[tail : m.start]):
            return m.code
    return None


WITH_BEFORE = re.compile(r"\b(with|con|com|avec)\s+(the |el |la |o |a |le |l')?$")


def actor(
    event_type: str,
    s: Sentence,
    mission: str | None,
    doc_mission: str | None,
    doc_states: list[str],
    hit: re.Match[str] | FrameHit | None = None,
) -> str | None:
    """Who acted: the agent of a passive if one is named; for an expulsion the state
    named last before it, for a severance the first state not broken *with*; for the
    sending state's acts the mission's own state; for the rest the receiving state:
    the state whose police or troops the sentence names ("soldados iraquianos"), else
    the state named last before the trigger ("Mexico said Ecuadorian police raided its
    embassy": Ecuador), else the first other state."""
    own = mission or doc_mission
    if hit is not None:
        agent = _passive_agent(s, hit, participle=event_type in SENDING_ACTS)
        if agent:
            return agent
    if event_type == "diplomat_expelled" and s.states:
        act = hit.start() if hit is not None else 0
        # the state named last before the act that is neither the diplomats' own nor
        # a word qualifying people ("después de que Caracas expulsara a los diplomáticos
        # argentinos"), else the first state (the diplomats' own too: choosing another
        # changed how expulsions are counted and cost events on the held-out set)
        before = [
            m.code
            for m in s.states
            if m.end <= act
            and m.code != mission
            and (not qualifies_people(s.folded, m) or _commands_forces(s.folded, m, organs=True))
            and not WITH_BEFORE.search(s.folded, max(0, m.start - 12), m.start)
        ]
        return before[-1] if before else s.states[0].code
    if event_type == "relations_severed" and s.states:
        # "romper las relaciones con Guatemala": the state broken with is not the actor
        subjects = [
            m.code
            for m in s.states
            if not WITH_BEFORE.search(s.folded, max(0, m.start - 12), m.start)
        ]
        if subjects:
            return subjects[0]
        partner = s.states[0].code
        rest = [c for c in ([own] if own else []) + doc_states if c and c != partner]
        return rest[0] if rest else partner
    if event_type in SENDING_ACTS:
        candidates = [m.code for m in s.states if m.code == own] or [m.code for m in s.states]
        return candidates[0] if candidates else own
    forces = [m for m in s.states if m.code != own and _commands_forces(s.folded, m)]
    if forces:  # "Soldados iraquianos invadiram ... na Cidade do Kuwait": Iraq
        act = hit.start() if hit is not None else len(s.folded)
        commanding = [m for m in forces if m.end <= act]
        return (commanding[-1] if commanding else forces[0]).code
    if hit is not None:
        before = [m.code for m in s.states if m.end <= hit.span()[0] and m.code != own]
        if before:
            return before[-1]
    others = [m.code for m in s.states if m.code != own]
    if others:
        return others[0]
    rest = [c for c in doc_states if c != own]
    return rest[0] if rest else None


def _commands_forces(folded: str, m: Mention, organs: bool = False) -> bool:
    """Whether a state is named as the one whose police or troops these are: "la
    policía ecuatoriana", "soldados iraquianos", "Turkish police", "forces of Iraq";
    with `organs`, also its authorities or government ("Venezuelan authorities
    expelled"), which otherwise are more often who speaks than who acts."""
    before, after = (ORGAN_BEFORE, ORGAN_AFTER) if organs else (FORCE_BEFORE, FORCE_AFTER)
    return bool(before.search(folded, max(0, m.start - 24), m.start)) or bool(
        after.match(folded, m.end)
    )


STATE_FORCE = re.compile(
    r"\b(police|policia\w*|policier\w*|soldiers|soldados|soldats|fuerzas|forces|forcas|troops|tropas|agents|agentes|military|militares|army|ejercito|armee|exercito|"
    r"gendarm\w*|carabinero\w*|officers|guardia nacional|guarda nacional|garde nationale|sebin|dgcim)\b"
)
# The organs whose acts are the state's: its forces, and its authorities or government.
STATE_ORGAN = re.compile(
    STATE_FORCE.pattern.removesuffix(r")\b")
    + r"|authorities|autoridades|autorites|government|gobierno|governo|gouvernement|officials|"
    r"regime|regimen|junta)\b"
)
# A state's weapons act for it as its troops do: "un bombardeamento russo", "a Russian
# missile strike", "une frappe russe".
WEAPONS = (
    r"|bombardeamento|bombardeo|bombardement|bombing|shelling|air ?strikes?|missile strikes?|missiles?|"
    r"misi?les?|drones?|rockets?|foguetes?|cohetes?|roquettes?|frappes?|ataque aereo|attaque aerienne)\b"
)
STATE_FORCE_OR_WEAPON = STATE_FORCE.pattern.removesuffix(r")\b") + WEAPONS
FORCE_BEFORE = re.compile(
    STATE_FORCE_OR_WEAPON + r"( (of|de|do|da|du|del|des)( the| la| el| o| a| l')?)?\s*$"
)
FORCE_AFTER = re.compile(r"('s|,? whose|,? cuya|,? cuja|,? dont la)?\s+" + STATE_FORCE_OR_WEAPON)
ORGAN_BEFORE = re.compile(
    STATE_ORGAN.pattern + r"( (of|de|do|da|du|del|des)( the| la| el| o| a| l')?)?\s*$"
)
ORGAN_AFTER = re.compile(r"('s|,? whose|,? cuya|,? cuja|,? dont la)?\s+" + STATE_ORGAN.pattern)
PASSIVE_AGENT = re.compile(
    r"[\w\s,]{0,20}?\b(by|por|par|pelos|pelas)\s+(\w+\s+){0,3}?" + PRIVATE_ACTORS
)


# Acts that DESIGN §2 lets private actors commit: a mob storming an embassy is not the
# host state's act (its duty to protect the premises is another question).
BY_CROWDS = {"premises_attacked", "diplomat_attacked", "archives_seized"}


def by_private_actors(folded: str, hit: re.Match[str] | FrameHit) -> bool:
    """Whether the people named as acting are private: the actor noun nearest before
    the act is a crowd, militants or a gunman rather than police or troops, or a
    passive agent after it is ("was stormed by students")."""
    act = hit.start()
    crowd = [m for m in re.finditer(PRIVATE_ACTORS, folded[:act])]
    force = [m for m in STATE_FORCE.finditer(folded[:act])]
    if crowd and (not force or crowd[-1].start() > force[-1].start()):
        return True
    if not crowd and not force:
        return bool(PASSIVE_AGENT.match(folded, hit.span()[1]))
    return False
