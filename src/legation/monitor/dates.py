"""The day an event happened, read from its sentence and the publication date.

A case file's timeline is built from these days, so a wrong day is worse than none:
review skips an event without a day and asks for it, but accepts a wrong one. Hence
the rules below prefer `None` whenever the sentence dates the event only vaguely
("since December", "in 2023", "had been cut for weeks").

The first version searched the sentence with dateparser and fell back on the
publication day; on the labelled set it agreed with the labels on 40-51% of events
(held-out 35-55%). dateparser's search reads durations as dates ("gave them 72 hours
to leave" became three days before publication), misses ordinal and spelled-out days
("the third of January 1949", "el diecisiete de noviembre") and counts ("hace tres
semanas"), and returns the sentence's first date rather than the act's. The forms
news uses are few, so they are recognised here with small tables per language, and
the date nearest the act is kept. A later sentence without a day of its own is
mostly background, so only the lead takes the story's day by default.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

MONTHS = {
    1: "january|jan|enero|janeiro|janvier",
    2: "february|feb|febrero|fevereiro|fevrier",
    3: "march|mar|marzo|marco|mars",
    4: "april|apr|abril|avril",
    5: "may|mayo|maio|mai",
    6: "june|jun|junio|junho|juin",
    7: "july|jul|julio|julho|juillet",
    8: "august|aug|agosto|aout",
    9: "september|sept|sep|septiembre|setiembre|setembro|septembre",
    10: "october|oct|octubre|outubro|octobre",
    11: "november|nov|noviembre|novembro|novembre",
    12: "december|dec|diciembre|dezembro|decembre",
}
MONTH_OF = {name: n for n, names in MONTHS.items() for name in names.split("|")}
MONTH = r"(?P<month>" + "|".join(sorted(MONTH_OF, key=len, reverse=True)) + r")\.?"
ABBREVIATED = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
MONTH_NAME = "|".join(n for n in sorted(MONTH_OF, key=len, reverse=True) if n not in ABBREVIATED)
# a month alone, as vagueness: not "marco" (Portuguese March folded, but also "en el marco
# de", "Marco Rubio") nor "may" (English modal)
VAGUE_MONTH = "|".join(n for n in MONTH_NAME.split("|") if n not in ("marco", "may"))
# months that are also common words: a date with them wants a year, "de"/"of", or a
# preposition before it ("on 5 May", "el 3 de marzo"), not "3 may have been", "um marco"
AMBIGUOUS_MONTHS = {"may", "march", "marco", "mar", "mai"}
OF_BETWEEN = re.compile(r"\s(of|de)\s")
DATE_LEAD_IN = re.compile(
    r"\b(on|the|since|from|until|by|before|after|le|el|em|desde|depuis|du|au|des|a partir du)\s+$"
)

_UNITS = "first second third fourth fifth sixth seventh eighth ninth"
_TEENS = "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
DAY_WORDS = {w: i + 1 for i, w in enumerate(_UNITS.split())}
DAY_WORDS |= {w: i + 10 for i, w in enumerate(_TEENS.split())}
DAY_WORDS |= {"twentieth": 20, "thirtieth": 30, "thirty-first": 31}
DAY_WORDS |= {f"twenty-{w}": 21 + i for i, w in enumerate(_UNITS.split())}
DAY_WORDS |= {"primero": 1, "premier": 1, "primeiro": 1}


def _spelled(units: str, teens: str, tens: str, joins: tuple[str, str]) -> dict[str, int]:
    """Day numbers written out ("diecisiete de noviembre", "vingt-deux avril"): 1-19
    from the two lists, then twenty and thirty, 21-29 as the tens word, the join and
    the unit, and 31 the same way."""
    first, *_ = units.split()
    twenty, thirty = tens.split()
    twenties, join = joins
    out = {w: i + 1 for i, w in enumerate(units.split())}
    out |= {w: i + 10 for i, w in enumerate(teens.split())}
    out |= {twenty: 20, thirty: 30, f"{thirty}{join}{first}": 31}
    out |= {f"{twenties}{u}": 21 + i for i, u in enumerate(units.split())}
    return out


DAY_WORDS |= _spelled(
    "uno dos tres cuatro cinco seis siete ocho nueve",
    "diez once doce trece catorce quince dieciseis diecisiete dieciocho diecinueve",
    "veinte treinta", ("veinti", " y "),
)  # fmt: skip
DAY_WORDS |= _spelled(
    "um dois tres quatro cinco seis sete oito nove",
    "dez onze doze treze catorze quinze dezesseis dezessete dezoito dezenove",
    "vinte trinta", ("vinte e ", " e "),
)  # fmt: skip
DAY_WORDS |= _spelled(
    "un deux trois quatre cinq six sept huit neuf",
    "dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf",
    "vingt trente", ("vingt-", " et "),
)  # fmt: skip
DAY_WORDS |= {
    "vingt et un": 21,
    "veintiun": 21,
    "dezasseis": 16,
    "dezassete": 17,
    "dezanove": 19,
}

DAY = (
    r"(?P<day>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|er|o|º)?|"
    + "|".join(sorted(DAY_WORDS, key=len, reverse=True))
    + r")"
)
YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
ANY_YEAR = r"(?:1[89]\d\d|20\d\d)"

# "5 April 2024", "the third of January 1949", "5 de abril de 2024", "le 1er mai",
# "April 5, 2024"; the year is optional
DAY_MONTH = re.compile(rf"\b{DAY}\s+(?:of\s+|de\s+)?{MONTH}(?:,?\s+(?:of\s+|de\s+)?{YEAR})?\b")
MONTH_DAY = re.compile(rf"\b{MONTH}\s+{DAY}\b(?:,?\s+{YEAR})?")
ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")
# a month or a year without a day: "in December", "desde marzo de 2024", "en 2023" (not
# the month of "15 de agosto")
VAGUE = re.compile(
    rf"(?<!\d )\b(?:in|en|em|since|desde|depuis|de|of|from|until|hasta|ate|jusqu'en)\s+"
    rf"(?:(?:early|late|mid-|principios de|finales de|fines de|inicios de|fin|debut|"
    rf"inicio de|meados de|finais de|mediados de|mi-|fin de|the|el|o)\s*)?(?:{VAGUE_MONTH})(?:\s+(?:de\s+|of\s+)?{ANY_YEAR})?\b"
    rf"|\b(?:in|en|em|since|desde|depuis|from|until|hasta|ate|jusqu'en|durante|during|pendant)\s+(?:the |el |o )?{ANY_YEAR}\b"
    r"|\b(last|this|past) (week|month|year)\b|\b(la semana|el mes|el ano) pasad[oa]\b"
    r"|\b(la semaine|le mois|l'annee) derniere?\b|\b(na semana|no mes|no ano) passad[oa]\b"
    r"|\b(semana|mes|ano) passad[oa]\b"
    r"|\b(\w+ (months?|years?|meses|anos|mois|ans) (ago|atras)|(hace|il y a|ha) \w+ (meses|anos|mois|ans))\b"
)

WEEKDAYS = {
    0: r"monday|lunes|segunda-feira|lundi",
    1: r"tuesday|martes|terca-feira|mardi",
    2: r"wednesday|miercoles|quarta-feira|mercredi",
    3: r"thursday|jueves|quinta-feira|jeudi",
    4: r"friday|viernes|sexta-feira|vendredi",
    5: r"saturday|sabado|samedi",
    6: r"sunday|domingo|dimanche",
}
WEEKDAY_OF = {name: n for n, names in WEEKDAYS.items() for name in names.split("|")}
# Portuguese weekdays also go without "-feira" after "na/nesta/desde a" ("na sexta")
PT_SHORT = {"segunda": 0, "terca": 1, "quarta": 2, "quinta": 3, "sexta": 4}
WEEKDAY = re.compile(
    r"(?<!santo )\b(?P<weekday>" + "|".join(sorted(WEEKDAY_OF, key=len, reverse=True)) + r")\b"
    r"|\b(?:na|nesta|desta|ultima) (?P<short>segunda|terca|quarta|quinta|sexta)"
    r"(?=\s*[,.;:()]|\s+(passada|pela|de manha|a noite|a tarde|\d)|\s*$)"
)
# a weekday ahead ("el próximo lunes", "next Monday", "lundi prochain") is no past day
AHEAD = re.compile(r"\b(proxim[oa]|next|this coming|coming)\s+$")
AHEAD_AFTER = re.compile(r"\s+(prochain|que vem|que viene|proximo|next)\b")
NIGHT = re.compile(
    r"\b(night|nuit|noche|noite|madrugada) (of|de|del|da) \w+(-feira)? (to|a|al|au|para) \w+(-feira)?\b"
)

# Days named relative to publication, with how many days back they are.
RELATIVE = [
    (re.compile(r"\b(the day before yesterday|anteayer|antier|anteontem|avant-hier)\b"), 2),
    (re.compile(r"\b(yesterday|last night|ayer|anoche|ontem|hier)\b"), 1),
    (
        re.compile(
            r"\b(today|tonight|this (morning|afternoon|evening)|earlier today|hoy|esta (manana|tarde|noche)|"
            r"hoje|(esta|nesta) (manha|tarde|noite)|aujourd'hui|ce (matin|soir)|cet apres-midi|"
            r"cette nuit)\b"
        ),
        0,
    ),
]
COUNT_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4,
    "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "quince": 15,
    "um": 1, "uma": 1, "dois": 2, "duas": 2, "quatro": 4, "sete": 7, "oito": 8, "nove": 9,
    "dez": 10, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "quinze": 15,
}  # fmt: skip
COUNT = r"(?P<count>\d{1,2}|" + "|".join(COUNT_WORDS) + r")"
UNIT = r"(?P<unit>days?|weeks?|dias?|semanas?|jours?|semaines?)"
# "two days ago", "hace tres semanas", "il y a deux jours", "há dois dias" ("ha" once
# folded), "dois dias atrás"; a bare duration ("72 hours to leave") is no date
AGO = (
    re.compile(rf"\b{COUNT} {UNIT} (ago|atras)\b"),
    re.compile(rf"\b(hace|il y a|ha) {COUNT} {UNIT}\b"),
)

# A calendar date further than this from the act is usually another event's ("gave
# them 72 hours to leave the country over the disputed 28 July election"); a day
# counted from publication ("the ministry said on Tuesday") dates the news wherever it
# stands in the sentence.
REACH = 80

# Told as background rather than as the day's news: a pluperfect before the act, an
# ongoing state ("has been sheltering"), or a span ("for weeks", "desde hace meses").
RECALLED = re.compile(
    r"\b(had|hadn't|habia|habian|habria|tinha|tinham|havia|haviam|avait|avaient|etait|etaient)\b"
    r"|\b(has|have) been \w+ing\b"
    r"|\b(for|durante|depuis|ha|hace|desde hace) (weeks|months|years|semanas|meses|anos|des semaines|des mois|des annees)\b"
)


def _on_or_before(day: int, month: int, year: int | None, published: date) -> date | None:
    """A calendar date; without a year, the latest such day not after publication (a
    day in the weeks after publication is a deadline, "leave by 15 August", not when
    anything happened). A year named elsewhere in the sentence is not taken for the
    date's: tried, it was more often another event's."""
    try:
        if year is not None:
            return date(year, month, day)
        found = date(published.year, month, day)
        if found <= published:
            return found
        if (found - published).days <= 62:
            return None
        return date(published.year - 1, month, day)
    except ValueError:  # 31 April, 29 February of a common year
        return None


def _last_weekday(weekday: int, published: date) -> date:
    """The latest such weekday on or before publication: "on Friday" in Saturday's paper
    is the day before, in Friday's paper that very day."""
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def _day_number(text: str) -> int:
    return DAY_WORDS.get(text) or int(re.match(r"\d+", text).group(0))  # type: ignore[union-attr]


@lru_cache(maxsize=512)
def _candidates(folded: str, published: date) -> tuple[tuple[int, int, date, bool], ...]:
    """Every day the sentence names, as (start, end, day, relative): relative days
    ("on Tuesday", "yesterday") are counted from publication. Cached: a sentence with
    several events is read once."""
    found: list[tuple[int, int, date, bool]] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, day: date | None, relative: bool = True) -> None:
        if (
            day is not None
            and day <= published
            and not any(a < end and start < b for a, b in taken)
        ):
            found.append((start, end, day, relative))
            taken.append((start, end))

    for m in ISO.finditer(folded):
        add(
            m.start(),
            m.end(),
            _on_or_before(int(m["day"]), int(m["month"]), int(m["year"]), published),
            False,
        )
    for pattern in (DAY_MONTH, MONTH_DAY):
        for m in pattern.finditer(folded):
            linked = bool(m["year"]) or bool(OF_BETWEEN.search(m.group(0)))
            if not m["day"][0].isdigit() and (pattern is MONTH_DAY or not linked):
                continue  # a spelled day wants "de"/"of" or a year: "um marco histórico"
            if (
                m["month"] in AMBIGUOUS_MONTHS
                and not linked
                and not DATE_LEAD_IN.search(folded, max(0, m.start() - 12), m.start())
            ):
                continue  # "3 may have been detained", "may 5" without a year
            year = int(m["year"]) if m["year"] else None
            day = _on_or_before(_day_number(m["day"]), MONTH_OF[m["month"]], year, published)
            add(m.start(), m.end(), day, False)
    for pattern in AGO:
        for m in pattern.finditer(folded):
            n = int(m["count"]) if m["count"].isdigit() else COUNT_WORDS[m["count"]]
            weeks = m["unit"].startswith(("sem", "week"))
            add(m.start(), m.end(), published - timedelta(days=n * (7 if weeks else 1)))
    for pattern, back in RELATIVE:
        for m in pattern.finditer(folded):
            add(m.start(), m.end(), published - timedelta(days=back))
    for m in NIGHT.finditer(folded):  # "la nuit de vendredi à samedi": the Friday
        first = WEEKDAY.search(m.group(0))
        weekday = WEEKDAY_OF[first["weekday"]] if first and first["weekday"] else None
        if weekday is not None:
            add(m.start(), m.end(), _last_weekday(weekday, published))
    for m in WEEKDAY.finditer(folded):
        if AHEAD.search(folded, max(0, m.start() - 14), m.start()) or AHEAD_AFTER.match(
            folded, m.end()
        ):
            continue  # "el próximo lunes": a day to come
        weekday = WEEKDAY_OF[m["weekday"]] if m["weekday"] else PT_SHORT[m["short"]]
        add(m.start(), m.end(), _last_weekday(weekday, published))
    return tuple(found)


# The headline and the first sentence tell the day's news; later sentences without a
# day of their own are mostly background (measured on the labelled set: taking the
# publication day for them agreed less often than leaving them empty).
LEAD = 2


def story_day(lead: list[str], published: date) -> date:
    """The day a story's news happened: the first day its lead names within the week
    before publication ("Saudi Arabia announced on Sunday" under Monday's headline),
    else the publication day."""
    for folded in lead:
        named = sorted(_candidates(folded, published))
        for _, _, day, _ in named:
            if (published - day).days <= 7:
                return day
    return published


# A day given by the event told just before: "hours later", "esa misma noche", "le
# lendemain".
SAME_DAY = re.compile(
    r"\b(hours later|minutes later|within the hour|that (evening|night|day|afternoon|morning)|the same day|"
    r"later that day|horas (despues|mas tarde)|minutos despues|pocos minutos|esa (misma )?(noche|tarde|manana)|"
    r"ese (mismo )?dia|el mismo dia|horas depois|minutos depois|naquela (noite|tarde|manha)|naquele dia|"
    r"no mesmo dia|mesmo dia|le meme jour|(quelques )?heures plus tard|minutes plus tard|dans l'heure|"
    r"ce (soir|jour)-la|le soir meme|dans la foulee|earlier in the day|earlier that day|"
    r"plus tot dans la journee|mas temprano|ese mismo dia)\b"
)
# An act told in a clause opened by these happened a day before the sentence's own day
# ("Riyadh cut ties on Sunday, a day after its embassy was stormed"), a day after it
# ("vendredi, la veille de l'irruption"), or the same day ("hours after").
RELATIVE_CLAUSES = (
    (
        re.compile(
            r"\b(a day after|one day after|un dia despues de|le lendemain de|um dia depois d[aeo]s?)\b"
        ),
        -1,
    ),
    (re.compile(r"\b(the eve of|la vispera de|la veille de|na vespera d[aeo]s?)\b"), 1),
    (
        re.compile(
            r"\b(hours after|minutes after|shortly after|horas despues de|minutos despues de|"
            r"horas depois d[aeo]s?|heures apres|peu apres)\b"
        ),
        0,
    ),
)
NEXT_DAY = re.compile(
    r"\b(the next day|the following day|a day later|next morning|al dia siguiente|un dia despues|"
    r"no dia seguinte|um dia depois|le lendemain|un jour plus tard)\b"
)


CLAUSE_BREAK = re.compile(r"[,;:]")
RELATIVE_PRONOUN = re.compile(
    r"\b(a quien(es)?|a los que|a las que|al que|a la que|donde|en (la|el) que|who|whom|where|a qui|"
    r"onde|a quem|aos quais|na qual|no qual|cuy[oa]s?|dont)\b"
)


def event_day(
    folded: str, act: tuple[int, int], published: date | None, default: date | None,
    previous: date | None = None,
) -> date | None:  # fmt: skip
    """The day of the act at `act` (a span in the folded sentence), in this order: a
    day counted from the sentence's own when the act sits in a clause such as "a day
    after ..."; in a relative clause ("a quienes México concedió asilo"), only a day
    named inside it; the named day nearest to it; the day of the event told before when
    the sentence points back to it ("hours later"); None if the sentence dates it only
    by month or year or tells it as background (a pluperfect, an ongoing state); else
    `default` (the story's day for a lead sentence, None for the rest)."""
    if published is None:
        return None
    start, end = act

    def distance(span: tuple[int, int]) -> int:
        return max(span[0] - end, start - span[1], 0)

    named = _candidates(folded, published)
    for cue, shift in RELATIVE_CLAUSES:
        # the act must sit in the cue's own clause: "A day after the raid, Mexico broke
        # off relations on Tuesday" dates the severance Tuesday, not Monday
        said = [
            m for m in cue.finditer(folded, 0, start)
            if start - m.end() <= REACH and not CLAUSE_BREAK.search(folded, m.end(), start)
        ]  # fmt: skip
        if said:
            cut = said[-1].start()
            before = [c for c in named if c[1] <= cut]
            main = max(before, key=lambda c: c[1])[2] if before else (default or previous)
            return min(main + timedelta(days=shift), published) if main else None
    relative = RELATIVE_PRONOUN.search(folded, max(0, start - 40), start)
    days = sorted((distance(c[:2]), c[2], c[3], c[1]) for c in named)
    near = [d for d in days if d[0] <= REACH or d[2]]
    if relative:
        # "a quienes México concedió asilo", "where he had lived": background told in a
        # relative clause takes no day from outside it, nor the story's
        near = [d for d in near if d[3] > relative.end()]
    if near:
        return near[0][1]
    if relative:
        return None
    if previous is not None and SAME_DAY.search(folded, 0, start):
        return previous
    if previous is not None and NEXT_DAY.search(folded, 0, start):
        return min(previous + timedelta(days=1), published)
    if VAGUE.search(folded) or RECALLED.search(folded, max(0, start - 40), start):
        return None
    return default
