"""Who an event is about: the asylee of an asylum story, the diplomat of an expulsion.

A news story names many people: the asylee, ministers who speak, the ambassador who
receives a request, a judge. An asylum event is about the asylee, who is seldom the
first name in the sentence ("Foreign Secretary William Hague said Britain would not
give Julian Assange safe passage") and is often named by surname or pronoun only
("Glas", "him"). So names are read with the title before them (an official in office
speaks or acts; a *former* official is usually the one seeking asylum), and the
story's protagonist, the person named most often, stands in when a sentence names
nobody else.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import yaml

from legation.monitor.fold import fold
from legation.monitor.sentences import Sentence
from legation.monitor.states import NAME_LIKE_DEMONYMS, SINGULAR_ONLY, aliases, mentions

_UPPER = "A-ZÁÉÍÓÚÑÇÂÊÔÃÕÀÈÌÒÙÄËÏÖÜŒ"
_LOWER = "a-záéíóúñçâêôãõàèìòùäëïöüœß"
_WORD = rf"[{_UPPER}][{_LOWER}]+(?:[-'][{_UPPER}]?[{_LOWER}]+)?|[{_UPPER}]\."
_PARTICLE = r"(?:de la|de los|de las|del|de|da|do|dos|das|van|von|al-|el-|bin|ben)"
NAME = re.compile(
    rf"(?<![{_UPPER}{_LOWER}\w])((?:{_WORD})(?:\s+(?:{_PARTICLE}\s+)?(?:{_WORD})){{1,4}})(?![{_LOWER}\w])"
)


def _name_words() -> frozenset[str]:
    text = (resources.files("legation.monitor") / "name_words.yaml").read_text(encoding="utf-8")
    return frozenset(fold(w) for w in yaml.safe_load(text)["not_name_words"].split())


# Capitalised words that are not parts of people's names (titles, institutions, places,
# calendar words): data, in name_words.yaml beside this module.
NOT_NAME_WORDS = _name_words()

# Titles of people in office who speak or act (folded); "former" or "ex-" before one
# makes its holder someone the story may be about.
OFFICIAL = re.compile(
    r"\b(president\w*|prime minister|primer ministro|primeir[oa] ministr[oa]|premier ministre|"
    r"(foreign|home|interior) (minister|secretary)|minist\w*|secretar\w*|chancel\w*|canciller\w*|"
    r"spokes\w*|portavoz|porta-voz|porte-parole|attorney general|fiscal\w*|judge|juez|juiz|juge|"
    r"senator|senador\w*|senateur|deputy|diputad\w*|deputad\w*|depute|general|colonel|coronel|"
    r"commander|comandante|captain|capitan|capitao|officials?|funcionari\w*|agent\w*|number two|"
    r"numero dos|leader of|lider d\w+|vicepresident\w*|vice-president\w*|government of|gobierno de|"
    r"governo de|gouvernement de|administration of)(\s+[\w']+){0,3},?\s+$"
)
# "Diosdado Cabello, the number two of Venezuela's ruling party, said": who speaks is
# not who the story is about
SAYS = re.compile(
    r"^('s)?(,[^.;]{0,80},)?\s+(said|says|told|announced|stated|added|dijo|afirmo|declaro|aseguro|anuncio|"
    r"senalo|indico|explico|agrego|disse|afirmou|declarou|anunciou|acrescentou|a declare|a affirme|"
    r"a annonce|a indique|a dit|a ajoute)\b"
)
DIPLOMAT = re.compile(
    r"\b(ambassador|embajador\w*|embaixador\w*|ambassad(eur|rice)|consul\w*|charge d'affaires|"
    r"encargad[oa] de negocios|nuncio|nonce|diplomat\w*|first secretary|primer secretario|"
    r"premier secretaire|attache|agregad[oa]|adido)\b[\w\s,'-]{0,40}$"
)
FORMER = re.compile(
    r"\b(former|ex|ex-|antiguo|antigua|antigo|antiga|ancien|ancienne|exvice\w*|expresident\w*|deposed|"
    r"depuesto|deposto|derrocado|destitu\w*|ousted|opposition|oposicion|oposicao|opposant\w*|opositor\w*)\b"
)


@dataclass(frozen=True)
class Person:
    name: str
    start: int
    end: int
    role: str  # "official", "diplomat" or "other"


def _not_a_name_word(word: str) -> bool:
    folded = fold(word.rstrip("."))
    return folded in NOT_NAME_WORDS or folded in _state_words()


@cache
def _state_words() -> frozenset[str]:
    """One-word state names, demonyms and capitals ("Chinese", "Peruvian", "London"):
    a capitalised run is cut at one."""
    return frozenset(a for a in aliases() if " " not in a and a not in SINGULAR_ONLY)


def _trim(words: list[str]) -> tuple[int, int]:
    """The longest run of name words (as word indexes), cut at title, institution,
    place and state words; particles ("de la") only inside it."""
    best, start = (0, 0), 0
    for i, w in enumerate(words):
        if _not_a_name_word(_bare(w)):
            start = i + 1
            continue
        caps = sum(1 for x in words[start : i + 1] if x[:1].isupper())
        if caps > sum(1 for x in words[best[0] : best[1]] if x[:1].isupper()):
            best = (start, i + 1)
    lo, hi = best
    while hi > lo and not words[hi - 1][:1].isupper():
        hi -= 1
    while lo < hi and not words[lo][:1].isupper():
        lo += 1
    return lo, hi


@lru_cache(maxsize=4096)
def _names_a_place(name: str) -> bool:
    return any(m.alias not in NAME_LIKE_DEMONYMS for m in mentions(fold(name)))


def _bare(word: str) -> str:
    return word.removesuffix("'s").removesuffix("’s")


def people(text: str) -> list[Person]:
    """Every name of a person in a text, with the role its title gives it."""
    folded = fold(text)
    out: list[Person] = []
    for m in NAME.finditer(text):
        spans = [(w.start(), w.end()) for w in re.finditer(r"\S+", m.group(1))]
        words = [m.group(1)[a:b] for a, b in spans]
        lo, hi = _trim(words)
        kept = words[lo:hi]
        if len([w for w in kept if w[:1].isupper() and not w.endswith(".")]) < 2:
            continue
        if _names_a_place(" ".join(kept)):
            continue  # "Buenos Aires", "Costa Rica"
        start = m.start(1) + spans[lo][0]
        name = " ".join([*kept[:-1], _bare(kept[-1])])
        end = m.start(1) + spans[hi - 1][1] - (len(kept[-1]) - len(_bare(kept[-1])))
        before = folded[max(0, start - 60) : start]
        role = "other"
        if DIPLOMAT.search(before):
            role = "diplomat"
        elif (OFFICIAL.search(before) and not FORMER.search(before[-40:])) or SAYS.match(
            folded, end
        ):
            role = "official"
        out.append(Person(name, start, end, role))
    return out


TOKEN = re.compile(r"\w+(?:[-']\w+)*")


@dataclass
class Cast:
    """The people of one story, indexed for the questions extraction asks: who is named
    in a sentence, a name in full, the protagonist. Built once per document, in time
    linear in its length (a hostile page of names must not take quadratic time)."""

    people: list[Person]
    protagonist: str | None
    _longest: dict[str, str]
    _starts: list[int]

    @classmethod
    def of(cls, text: str) -> Cast:
        found = people(text)
        longest: dict[str, str] = {}
        for p in found:
            last = p.name.split()[-1]
            if len(p.name) > len(longest.get(last, "")):
                longest[last] = p.name
        words = Counter(w.removesuffix("'s") for w in TOKEN.findall(text))
        counts: dict[str, tuple[int, int, int]] = {}
        for p in found:
            full = longest[p.name.split()[-1]]
            if full not in counts:  # at equal counts, one outside office, then the first
                counts[full] = (words[full.split()[-1]], 0 if p.role == "official" else 1, -p.start)
        hero = max(counts, key=lambda n: counts[n]) if counts else None
        return cls(found, hero, longest, [p.start for p in found])

    def named_in(self, start: int, end: int) -> list[Person]:
        """The people named between two offsets."""
        return self.people[bisect_left(self._starts, start) : bisect_left(self._starts, end)]

    def full_name(self, short: str) -> str:
        """A name as written in full elsewhere in the story ("Glas" -> "Jorge Glas")."""
        return self._longest.get(short.split()[-1], short)

    def main_diplomat(self) -> str | None:
        """The diplomat the story names first, for an expulsion told without the name."""
        return next((p.name for p in self.people if p.role == "diplomat"), None)


# Events about the person who sought protection, and events about a diplomat.
ASYLEE_EVENTS = {
    "refuge_sought", "asylum_requested", "asylum_granted", "asylum_denied", "asylum_ended",
    "safe_conduct_requested", "safe_conduct_granted", "safe_conduct_denied", "departure",
    "departure_requested", "surrender",
}  # fmt: skip
DIPLOMAT_EVENTS = {"diplomat_expelled", "diplomat_detained", "diplomat_attacked"}
ARREST = re.compile(
    r"\b(arrest\w*|detain\w*|detuv\w*|deten\w*|detid\w*|prend\w*|pris\b|arret\w*|captur\w*)"
)


DIPLOMAT_LEAVING = re.compile(
    r"\b(ambassador|embajador\w*|embaixador\w*|ambassad(eur|rice)|charge d'affaires|encargad[oa] de negocios|"
    r"diplomat\w*|consul\w*|nuncio|nonce|staff|personal|pessoal|personnel)\b"
)


def about(event_type: str, s: Sentence, act: int, cast: Cast, asylum_story: bool) -> str | None:
    """Who the event is about. An asylum event: the story's protagonist if the sentence
    names them, else a person outside office it names, else the protagonist ("granted
    him asylum"); an entry in an asylum story or to arrest someone likewise. A diplomat's
    expulsion, arrest or injury: the diplomat named in the sentence, else the first the
    story names."""
    here = cast.named_in(s.start, s.end)
    hero = cast.protagonist
    outside = [p for p in here if p.role == "other"]
    if event_type in DIPLOMAT_EVENTS:
        named = [p for p in here if p.role == "diplomat"] or outside
        return named[0].name if named else cast.main_diplomat()
    if event_type in ASYLEE_EVENTS or (
        event_type == "premises_entered" and (ARREST.search(s.folded) or asylum_story)
    ):
        if hero and re.search(rf"\b{re.escape(hero.split()[-1])}\b", s.text):
            return hero  # the story's protagonist, named here
        if outside:
            return cast.full_name(outside[0].name)
        if event_type == "departure" and DIPLOMAT_LEAVING.search(s.folded, max(0, act - 60), act):
            return None  # "the Argentine chargé d'affaires left the country"
        return hero
    return None
