"""Finding states in text: names (CLDR, four languages), demonyms, capitals and
the usual metonyms for foreign ministries ("Itamaraty", "the Quai d'Orsay")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from legation.model.states import LANGUAGES, all_states
from legation.monitor.fold import fold


def _state_names() -> dict[str, Any]:
    text = (resources.files("legation.monitor") / "state_names.yaml").read_text(encoding="utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


# Curated names beyond CLDR's (demonyms, capitals, ministries, leaders), the aliases too
# ambiguous to count alone, and so on: data, in state_names.yaml beside this module.
_NAMES = _state_names()
EXTRA: dict[str, tuple[str, ...]] = {code: tuple(names) for code, names in _NAMES["names"].items()}
AMBIGUOUS: frozenset[str] = frozenset(_NAMES["ambiguous"])
KEEP_IN_CONTEXT: frozenset[str] = frozenset(_NAMES["keep_in_context"])
NAME_LIKE_DEMONYMS: frozenset[str] = frozenset(_NAMES["name_like_demonyms"])
CAPITALISED_ONLY: frozenset[str] = frozenset(_NAMES["capitalised_only"])
CITIES: frozenset[str] = frozenset(_NAMES["cities"])
SINGULAR_ONLY: frozenset[str] = frozenset(_NAMES["singular_only"])


def _plural(name: str) -> str | None:
    """The plural of a curated demonym ("argentino" -> "argentinos", "iranien" ->
    "iraniens", "portugues" -> "portugueses"); None for names that take none."""
    if " " in name or "." in name or name in CITIES or name in SINGULAR_ONLY:
        return None
    if name.endswith(("s", "x", "z")):
        return None
    if name[-1] in "aeiou" or name.endswith(("n", "i")):
        return name + "s"
    if name.endswith("l"):
        return name + "es"
    return None


@dataclass(frozen=True)
class Mention:
    code: str
    start: int
    end: int
    alias: str


_CAPITALISED = re.compile(r"[A-ZÁÉÍÓÚÑÇÂÊÔÃÕ][a-záéíóúñçâêôãõü]+")


def part_of_a_name(text: str, m: Mention) -> bool:
    """In Spanish, Portuguese and French a demonym is written in lower case, so one of
    the name-like demonyms, capitalised next to another capitalised word mid-sentence,
    is part of a person's name ("Betssy Chávez Chino", "el embajador Germán Bula")."""
    word = text[m.start : m.end]
    if m.alias not in NAME_LIKE_DEMONYMS or not word[:1].isupper():
        return False
    before = text[max(0, m.start - 30) : m.start].rstrip()
    after = text[m.end : m.end + 30].lstrip()
    prev_word = before.split()[-1] if before.split() else ""
    next_word = after.split()[0] if after.split() else ""
    if not prev_word or prev_word[-1] in '.!?:;«"(':
        return False  # the first word of a sentence is capitalised anyway
    return bool(
        _CAPITALISED.fullmatch(prev_word.strip(","))
        or _CAPITALISED.fullmatch(next_word.strip(",.;:"))
    )


@cache
def aliases() -> dict[str, str]:
    """Every folded name the monitor reads as a state, with the state's code."""
    out: dict[str, str] = {}
    for state in all_states():
        for lang in LANGUAGES:
            name = fold(state.name(lang))
            if len(name) > 3 and name not in AMBIGUOUS:
                out.setdefault(name, state.code)
    for code, names in EXTRA.items():
        for n in names:
            if n not in AMBIGUOUS or n in KEEP_IN_CONTEXT:
                out[n] = code
            plural = _plural(n)
            if plural and plural not in AMBIGUOUS and plural not in out:
                out[plural] = code
    out.pop("us", None)  # "us" the pronoun; "u.s." stays
    return out


@cache
def _regex() -> re.Pattern[str]:
    return re.compile(r"(?<![\w.])(" + _trie_pattern(aliases()) + r")(?![\w])")


def _trie_pattern(words: Iterable[str]) -> str:
    """One regular expression for many literal words, shaped as a tree of their shared
    prefixes ("mexic(?:an|o)"): Python's engine tries a flat alternation of ~1,900 names
    one by one at every position, the tree one character at a time (20x faster here,
    same matches: a longer name is still tried before its prefix)."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        if len(branches) == 1 and not ends:
            return branches[0]
        return "(?:" + "|".join(branches) + ")" + ("?" if ends else "")

    return emit(trie)


# Treaties named after the city where they were adopted: "the Caracas Convention" is
# not a mention of Venezuela, nor "la Convention de Vienne" one of Austria.
TREATY_NAMES = re.compile(
    r"\b(conven\w+|treaty|tratado|traite|pact[oe]?|protocol\w*) (sobre [\w ]{0,30}|on [\w ]{0,30}|sur [\w ]{0,30})?"
    r"(de |of |d')?(la )?(caracas|havana|la habana|la havane|havane|montevideo|vienna|viena|vienne|bogota)\b"
    r"|\b(caracas|havana|montevideo|vienna|bogota) (convention|conventions|treaty|pact)\b"
)


# Organisations and treaties named after a continent: "the Organization of American
# States" and "la Convention américaine" are not mentions of the United States.
ORGANISATION_NAMES = re.compile(
    r"\b(organi[sz]ation of (the )?american states|organizacion de (los )?estados americanos|"
    r"organisation des etats americains|organizacao dos estados americanos|estados americanos|"
    r"inter-?americ\w*|interameric\w*|american convention|convencion americana|convencao americana|"
    r"convention americaine|(pan|ibero)-?americ\w*|latin americ\w*|latinoameric\w*|"
    r"sudamerican\w*|south americ\w*|central americ\w*|centroamerican\w*|north american free)\b"
)


# "the US embassy": the pronoun "us" is left out of the aliases, the capitals are not.
US_CAPITALS = re.compile(r"(?<![\w.])US(?![\w])")


def mentions(folded: str, text: str | None = None) -> list[Mention]:
    """Every state mention in an already folded text, left to right; given the text
    before folding (same offsets), "US" in capitals too, and names that are also
    common words ("Turkey") only in capitals."""
    names = aliases()
    treaties = [m.span() for m in TREATY_NAMES.finditer(folded)]
    treaties += [m.span() for m in ORGANISATION_NAMES.finditer(folded)]
    found = [
        Mention(names[m.group(1)], m.start(), m.end(), m.group(1))
        for m in _regex().finditer(folded)
        if not any(a <= m.start() < b for a, b in treaties)
    ]
    if text is not None:  # "Turkey" the state, not the bird
        found = [m for m in found if m.alias not in CAPITALISED_ONLY or text[m.start].isupper()]
    if text is not None and "US" in text:
        found += [Mention("USA", m.start(), m.end(), "us") for m in US_CAPITALS.finditer(text)]
        found.sort(key=lambda m: m.start)
    return found


# Nouns for people that a demonym qualifies: "Ecuadorian police", "employés yéménites".
PEOPLE = (
    r"(police|polic\w*|agents?|agentes|troops|tropas|soldiers|soldados|soldats|forces|fuerzas|forcas|"
    r"diplomat\w*|officials?|funcionarios?|ambassador|embajador\w*|embaixador\w*|ambassadeur\w*|"
    r"nationals?|citizens?|ciudadanos?|cidadaos?|ressortissants?|opposition|opositor\w*|intelligence|"
    r"security|authorities|autoridades|autorites|asylees|asilados|asylum seekers|employ\w*|empleados|"
    r"staff|capital|capitale|ex|ex-\w+|expresident\w*|exvice\w*|exministr\w*|exprimer\w*|"
    r"exmandatari\w*|former|president\w*|ministr\w*)"
)
PEOPLE_AFTER = re.compile(rf"\s+{PEOPLE}\b")
PEOPLE_BEFORE = re.compile(
    rf"\b{PEOPLE}( (de )?(securite|seguridad|seguranca|inteligencia|renseignement|nacional(es)?|nationale?s?))?\s+$"
)


def qualifies_people(folded: str, m: Mention) -> bool:
    """ "Ecuadorian police", "los diplomáticos argentinos": the state is not the actor."""
    return bool(
        PEOPLE_AFTER.match(folded, m.end)
        or PEOPLE_BEFORE.search(folded, max(0, m.start - 30), m.start)
    )
