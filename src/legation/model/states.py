"""States: ISO 3166-1 codes and their names in the four interface languages.

The list comes from pycountry (ISO 3166-1) and the names from CLDR through
Babel, so no name is typed by hand except the handful of aliases that treaty
practice uses and CLDR does not (UN short forms such as "Venezuela
(Bolivarian Republic of)", or "Türkiye").
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

import pycountry
from babel import Locale

from legation.errors import UnknownStateError

LANGUAGES: tuple[str, ...] = ("en", "es", "pt", "fr")

# Names used in depositary tables and the press that CLDR does not give.
_ALIASES: dict[str, tuple[str, ...]] = {
    "USA": (
        "United States of America",
        "US",
        "U.S.",
        "EEUU",
        "EE. UU.",
        "Estados Unidos de América",
    ),
    "GBR": ("United Kingdom of Great Britain and Northern Ireland", "Great Britain", "Britain"),
    "VEN": ("Venezuela (Bolivarian Republic of)", "Bolivarian Republic of Venezuela"),
    "BOL": ("Bolivia (Plurinational State of)", "Plurinational State of Bolivia"),
    "IRN": ("Iran (Islamic Republic of)", "Islamic Republic of Iran", "Persia"),
    "COD": ("Democratic Republic of the Congo", "Congo (Kinshasa)", "DR Congo", "DRC", "Zaire"),
    "COG": ("Congo (Brazzaville)", "Republic of the Congo"),
    "TUR": ("Türkiye", "Turkiye", "Turkey"),
    "RUS": ("Russian Federation", "USSR", "Soviet Union"),
    "KOR": ("Republic of Korea", "South Korea"),
    "PRK": ("Democratic People's Republic of Korea", "North Korea"),
    "VAT": ("Holy See", "Santa Sede", "Saint-Siège", "Vatican"),
    "PSE": ("State of Palestine", "Palestine", "Estado de Palestina", "État de Palestine"),
    "KNA": (
        "St. Kitts & Nevis",
        "St. Kitts and Nevis",
        "San Kitts and Nevis",
        "Saint Kitts & Nevis",
    ),
    "ATG": ("Antigua & Barbuda",),
    "VCT": ("St. Vincent and the Grenadines", "St. Vincent & the Grenadines"),
    "LCA": ("St. Lucia",),
    "BHS": ("Bahamas (Commonwealth of)", "The Bahamas", "Commonwealth of the Bahamas"),
    "TTO": ("Trinidad & Tobago",),
    "CIV": ("Côte d'Ivoire", "Cote d'Ivoire", "Ivory Coast"),
    "CZE": ("Czechia", "Czech Republic"),
    "MKD": ("North Macedonia", "The former Yugoslav Republic of Macedonia"),
    "MDA": ("Republic of Moldova",),
    "TZA": ("United Republic of Tanzania",),
    "LAO": ("Lao People's Democratic Republic",),
    "SYR": ("Syrian Arab Republic",),
    "FSM": ("Micronesia (Federated States of)",),
    "GNQ": ("Equatorial Guinea", "Guinea Ecuatorial", "Guinée équatoriale"),
    "LBY": ("Libyan Arab Jamahiriya", "Libya"),
    "SWZ": ("Eswatini", "Swaziland"),
    "CPV": ("Cabo Verde", "Cape Verde"),
    "NLD": ("Netherlands (Kingdom of the)", "Kingdom of the Netherlands"),
}


@dataclass(frozen=True)
class State:
    """A state (or entity that acts in treaty practice) by its ISO alpha-3 code."""

    code: str
    alpha2: str
    names: dict[str, str] = field(compare=False, hash=False)

    def name(self, lang: str = "en") -> str:
        return self.names.get(lang) or self.names["en"]


def fold(text: str) -> str:
    """Case-, accent- and punctuation-folded form used to match names."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", stripped.casefold()).strip()


@dataclass(frozen=True)
class _Registry:
    by_code: dict[str, State]
    by_key: dict[str, str]


@cache
def _registry() -> _Registry:
    locales = {lang: Locale.parse(lang) for lang in LANGUAGES}
    by_code: dict[str, State] = {}
    by_key: dict[str, str] = {}
    for country in pycountry.countries:
        a2, a3 = country.alpha_2, country.alpha_3
        names = {}
        for lang, loc in locales.items():
            names[lang] = loc.territories.get(a2) or country.name
        state = State(a3, a2, names)
        by_code[a3] = state
        keys = {a3, a2, country.name, *names.values()}
        for attr in ("official_name", "common_name"):
            if hasattr(country, attr):
                keys.add(getattr(country, attr))
        keys.update(_ALIASES.get(a3, ()))
        for key in keys:
            by_key.setdefault(fold(key), a3)
    # Codes outrank names: "PE" is Peru, whatever a name folds to.
    for state in by_code.values():
        by_key[fold(state.code)] = state.code
        by_key[fold(state.alpha2)] = state.code
    return _Registry(by_code, by_key)


def all_states() -> list[State]:
    """Every state, sorted by code."""
    reg = _registry()
    return [reg.by_code[c] for c in sorted(reg.by_code)]


def get_state(code: str) -> State:
    """The state for an alpha-3 code, alpha-2 code or a known name."""
    return _registry().by_code[resolve(code)]


def resolve(text: str) -> str:
    """Normalise a code or name to alpha-3, or raise UnknownStateError with suggestions."""
    reg = _registry()
    raw = text.strip()
    if raw.upper() in reg.by_code:
        return raw.upper()
    key = fold(raw)
    if key in reg.by_key:
        return reg.by_key[key]
    raise UnknownStateError(f"{raw}: unknown state{_suggest(raw)}")


def _suggest(raw: str) -> str:
    reg = _registry()
    candidates: list[str] = []
    upper = raw.upper()
    if 2 <= len(upper) <= 3:
        codes = [c for c in reg.by_code if len(c) == len(upper)] or list(reg.by_code)
        alpha2 = {s.alpha2: s.code for s in reg.by_code.values()}
        pool = codes if len(upper) == 3 else list(alpha2)
        for hit in difflib.get_close_matches(upper, pool, n=3, cutoff=0.5):
            candidates.append(hit if len(upper) == 3 else alpha2[hit])
    for hit in difflib.get_close_matches(fold(raw), list(reg.by_key), n=3, cutoff=0.75):
        candidates.append(reg.by_key[hit])
    unique = list(dict.fromkeys(candidates))[:3]
    if not unique:
        return ""
    shown = ", ".join(f"{c} ({reg.by_code[c].name()})" for c in unique)
    return f"; did you mean {shown}?"
