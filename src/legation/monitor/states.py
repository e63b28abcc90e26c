"""Finding states in text: names (CLDR, four languages), demonyms, capitals and
the usual metonyms for foreign ministries ("Itamaraty", "the Quai d'Orsay")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from legation.model.states import LANGUAGES, all_states
from legation.monitor.fold import fold

# Curated: demonyms (stems, all four languages), capitals, ministries. Folded.
EXTRA: dict[str, tuple[str, ...]] = {
    "MEX": (
        "mexican",
        "mexicano",
        "mexicana",
        "mexicanos",
        "mexicain",
        "mexicaine",
        "mexico city",
        "ciudad de mexico",
        "cidade do mexico",
        "cancilleria mexicana",
        "sre",
        "lopez obrador",
        "sheinbaum",
    ),
    "ECU": (
        "ecuadorian",
        "ecuatoriano",
        "ecuatoriana",
        "equatoriano",
        "equatoriana",
        "equatorien",
        "equatorienne",
        "quito",
        "noboa",
    ),
    "VEN": (
        "venezuelan",
        "venezolano",
        "venezolana",
        "venezuelano",
        "venezuelana",
        "venezuelien",
        "venezuelienne",
        "caracas",
        "maduro",
        "miraflores",
    ),
    "ARG": (
        "argentine",
        "argentinian",
        "argentino",
        "argentina",
        "argentin",
        "buenos aires",
        "casa rosada",
        "milei",
        "palacio san martin",
    ),
    "PER": ("peruvian", "peruano", "peruana", "peruvien", "peruvienne", "lima", "torre tagle"),
    "BRA": (
        "brazilian",
        "brasileno",
        "brasilena",
        "brasileiro",
        "brasileira",
        "bresilien",
        "bresilienne",
        "brasilia",
        "itamaraty",
        "lula",
    ),
    "COL": (
        "colombian",
        "colombiano",
        "colombiana",
        "colombien",
        "colombienne",
        "bogota",
        "palacio de san carlos",
    ),
    "BOL": ("bolivian", "boliviano", "boliviana", "bolivien", "bolivienne", "la paz"),
    "PAN": (
        "panamanian",
        "panameno",
        "panamena",
        "panamenho",
        "panameen",
        "panameenne",
        "panama city",
        "ciudad de panama",
    ),
    "NIC": ("nicaraguan", "nicaraguense", "nicaraguayen", "nicaraguayenne", "managua", "ortega"),
    "HND": (
        "honduran",
        "hondureno",
        "hondurena",
        "hondurenho",
        "hondurien",
        "hondurienne",
        "tegucigalpa",
    ),
    "CUB": ("cuban", "cubano", "cubana", "cubain", "cubaine", "havana", "la habana", "havane"),
    "CHL": ("chilean", "chileno", "chilena", "chilien", "chilienne", "santiago"),
    "URY": (
        "uruguayan",
        "uruguayo",
        "uruguaya",
        "uruguaio",
        "uruguaia",
        "uruguayen",
        "uruguayenne",
        "montevideo",
        "montevideu",
    ),
    "PRY": (
        "paraguayan",
        "paraguayo",
        "paraguaya",
        "paraguaio",
        "paraguaia",
        "paraguayen",
        "paraguayenne",
        "asuncion",
    ),
    "GTM": (
        "guatemalan",
        "guatemalteco",
        "guatemalteca",
        "guatemalteque",
        "guatemala city",
        "ciudad de guatemala",
    ),
    "SLV": (
        "salvadoran",
        "salvadoreno",
        "salvadorena",
        "salvadorenho",
        "salvadorien",
        "salvadorienne",
        "san salvador",
        "bukele",
    ),
    "CRI": ("costa rican", "costarricense", "costaricien", "costaricienne", "san jose"),
    "DOM": (
        "dominican republic",
        "dominicano",
        "dominicana",
        "dominicain",
        "dominicaine",
        "santo domingo",
    ),
    "HTI": ("haitian", "haitiano", "haitiana", "haitien", "haitienne", "port-au-prince"),
    "USA": (
        "american",
        "u.s.",
        "us",
        "estadounidense",
        "norteamericano",
        "norte-americano",
        "americain",
        "americaine",
        "washington",
        "state department",
        "departamento de estado",
        "departement d'etat",
        "white house",
        "casa blanca",
        "maison blanche",
        "rubio",
        "blinken",
    ),
    "GBR": (
        "british",
        "britanico",
        "britanica",
        "britannique",
        "london",
        "londres",
        "foreign office",
        "uk",
        "royaume-uni",
        "reino unido",
    ),
    "FRA": (
        "french",
        "frances",
        "francesa",
        "francais",
        "francaise",
        "paris",
        "quai d'orsay",
        "elysee",
    ),
    "ESP": (
        "spanish",
        "espanol",
        "espanola",
        "espanhol",
        "espanhola",
        "espagnol",
        "espagnole",
        "madrid",
    ),
    "IRN": ("iranian", "irani", "iraniano", "iranien", "iranienne", "tehran", "teheran", "teera"),
    "NER": (
        "niamey",
        "nigerien",
        "nigerienne",
        "nigeriens",
        "nigeriennes",
        "au niger",
        "du niger",
        "del niger",
        "do niger",
        "nigerino",
        "nigerina",
    ),
    "VAT": (
        "holy see",
        "vatican",
        "santa sede",
        "saint-siege",
        "saint siege",
        "vaticano",
        "vatican's",
    ),
    "BFA": ("ouagadougou", "burkinabe", "burkinabes"),
    "MLI": ("bamako", "malien", "malienne", "maliens"),
    "SYR": (
        "damascus",
        "damas",
        "damasco",
        "syrian",
        "syrien",
        "syrienne",
        "sirio",
        "siria",
        "sirios",
    ),
    "SRB": ("belgrade", "belgrado", "serbian", "serbe", "serbes", "serbio", "servio"),
    "DZA": ("algiers", "alger", "argel", "algerian", "algerien", "algerienne", "argelino"),
    "GUY": ("guyanese", "guyanien", "guyanienne", "guyanes", "guianense"),
    "COD": (
        "congolese",
        "congoleno",
        "congoles",
        "congolais",
        "congolaise",
        "kinshasa",
        "drc",
        "rdc",
    ),
    "UGA": ("ugandan", "ugandes", "ugandesa", "ougandais", "ougandaise", "kampala"),
    "GNQ": ("equatorial guinean", "ecuatoguineano", "equatoguineense", "equato-guineen", "malabo"),
    "HUN": ("hungarian", "hungaro", "hungara", "hongrois", "hongroise", "budapest"),
    "CHN": (
        "chinese",
        "chino",
        "china",
        "chines",
        "chinesa",
        "chinois",
        "chinoise",
        "beijing",
        "pekin",
        "pequim",
    ),
    "SAU": ("saudi", "saudita", "saoudien", "saoudienne", "riyadh", "riad", "riade"),
    "TUR": (
        "turkish",
        "turco",
        "turca",
        "turc",
        "turque",
        "istanbul",
        "estambul",
        "ancara",
        "ankara",
    ),
    "LBY": ("libyan", "libio", "libia", "libio", "libyen", "libyenne", "tripoli"),
    "JPN": ("japanese", "japones", "japonesa", "japonais", "japonaise", "tokyo", "toquio"),
    "SWE": ("swedish", "sueco", "sueca", "suedois", "suedoise", "stockholm", "estocolmo"),
    "AUS": ("australian", "australiano", "australiana", "australien", "australienne", "canberra"),
    "CAN": ("canadian", "canadiense", "canadense", "canadien", "canadienne", "ottawa"),
    "KOR": ("south korean", "surcoreano", "sul-coreano", "sud-coreen", "seoul"),
    "PRK": ("north korean", "norcoreano", "norte-coreano", "nord-coreen", "pyongyang"),
    "RUS": (
        "russian",
        "ruso",
        "rusa",
        "russo",
        "russa",
        "russe",
        "moscow",
        "moscu",
        "moscou",
        "kremlin",
    ),
    "ISR": (
        "israeli",
        "israeli",
        "israelense",
        "israelien",
        "israelienne",
        "jerusalem",
        "tel aviv",
    ),
}
# Aliases too ambiguous to use as a state mention by themselves.
AMBIGUOUS = {
    "georgia",
    "jordan",
    "chad",
    "niger",
    "guinea",
    "dominica",
    "san jose",
    "santiago",
    "lima",
    "la paz",
    "us",
    "china",
    "argentina",
    "libia",
    "sre",
    # territories whose CLDR names are everyday words or places elsewhere: "San
    # Martín" (a hero, streets, Argentina's foreign ministry), "Jersey" (New Jersey)
    "san martin",
    "sao martinho",
    "jersey",
    "st. martin",
    # ... and everyday words: "reunión"/"réunion"/"reunião" is a meeting, "grenade" a
    # grenade, "anguila" an eel, "bermudas" shorts; Salvador is a Brazilian city and a
    # first name, Granada and Guadalupe places in Spain and Mexico
    "reunion",
    "la reunion",
    "reuniao",
    "granada",
    "grenade",
    "guadalupe",
    "santa lucia",
    "montserrat",
    "anguila",
    "bermudas",
    "salvador",
    "chili",
}
KEEP_IN_CONTEXT = {"us", "lima", "la paz", "santiago", "china", "argentina", "sre"}


@dataclass(frozen=True)
class Mention:
    code: str
    start: int
    end: int
    alias: str


@cache
def _aliases() -> dict[str, str]:
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
    out.pop("us", None)  # "us" the pronoun; "u.s." stays
    return out


@cache
def _regex() -> re.Pattern[str]:
    names = sorted(_aliases(), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(" + "|".join(re.escape(n) for n in names) + r")(?![\w])")


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
    r"convention americaine|(pan|ibero)-?americ\w*|latin american?|latinoameric\w*|"
    r"sudamerican\w*|south american?|central american?|centroamerican\w*|north american free)\b"
)


def mentions(folded: str) -> list[Mention]:
    """Every state mention in an already folded text, left to right."""
    aliases = _aliases()
    treaties = [m.span() for m in TREATY_NAMES.finditer(folded)]
    treaties += [m.span() for m in ORGANISATION_NAMES.finditer(folded)]
    return [
        Mention(aliases[m.group(1)], m.start(), m.end(), m.group(1))
        for m in _regex().finditer(folded)
        if not any(a <= m.start() < b for a, b in treaties)
    ]
