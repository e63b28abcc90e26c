"""Event frames: an act and its object close together in one clause, over word lemmas.

The regular-expression vocabulary names phrases; news finds new phrasings faster than
anyone writes patterns. What carried over to unseen wording in the probe sentences was
the pairing of an act with its object (README, "Monitor"). A frame states that
pairing once, over lemmas, so that "cercavam a residência", "a residência foi cercada"
and "mantêm cercado o prédio da embaixada" are one rule and not three patterns.

Frames only add recall: the extractor consults them for an event type when no pattern
of that type fired in the sentence, and every later rule (negation, hedging, who acts,
consent) applies to a frame hit as to a pattern hit.

Lemmas come from a table per language (`frames/<lang>.lemmas.tsv`) cut from simplemma's
dictionaries down to the lemmas the frames name (scripts/frame_lemmas.py).

Files: `frames/<lang>.yaml`. `objects` names word classes; per event type, a list of
frames `{acts, objects, within, context, either_order}`: an act word and an object word
at most `within` words apart, with no clause break between; every `context` class must
have a word somewhere in the sentence; an object before its act needs a passive
auxiliary unless `either_order` ("la sede alberga a ..."). `never` lists phrases in which
a word means something else ("heart attack"). A word ending in `*` matches any word or
lemma it begins; others match a word or its lemma exactly, accent- and case-folded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import yaml

from legation.monitor.fold import fold

WORD = re.compile(r"\w+(?:-\w+)*")
# a clause ends at a semicolon, a colon, a bracket, a dash set off by spaces, or a
# comma before a conjunction ("who want him arrested, and its ambassador"); read on
# the folded text, where every dash is "-"
CLAUSE_BREAK = re.compile(r"[;:()\[\]]| - |, (and|but|y|pero|e|mas|et|mais)\b")
# a negation between an object and a later act ("the embassy was not stormed",
# "hasn't been shut"); Portuguese "no" is "in the" ("a embaixada no Cairo foi atacada")
NEGATION_WORD = re.compile(r"\b(not|never|no|nao|nunca|jamais|ne|n'|pas)\b|n't\b")
NEGATION_WORD_PT = re.compile(r"\b(nao|nunca|jamais)\b")
# An object before its act is a report only in the passive, the auxiliary right before
# the act ("the embassy was stormed", "l'ambassade a été prise d'assaut");
# "the asylum granted to Glas" names an earlier grant, it does not report one.
AUXILIARY = re.compile(
    r"\b(was|were|be|been|is|are|being|got|fue|fueron|sido|es|son|esta|estan|estaba|estaban|quedo|quedaron|"
    r"foi|foram|estava|estavam|ficou|ficaram|ete|est|sont|fut|furent|etait|etaient)"
    r"(\s+[\w']+){0,2}\s*$"
    # Portuguese "é" and "são" fold to words that also mean "and" and "saint": only
    # right before the act ("Embaixada é atacada", not "em São Paulo fechou")
    r"|\b(e|sao)\s+$"
)
# A headline drops the auxiliary but keeps the agent: "Embaixada do México invadida pela
# polícia", "Embajada asaltada por militares", "Embassy stormed by police".
HEADLINE_AGENT = re.compile(
    r"\s+(by|por|pela|pelo|pelas|pelos|par)\s+((the|la|las|el|los|a|as|o|os|le|les|l')\s*)?([\w-]+\s+)?"
    r"(police|policia\w*|policiais|policiers?|soldiers|soldados|soldats|troops|tropas|troupes|forces|fuerzas|"
    r"forcas|agents|agentes|military|militares|militaires|army|ejercito|exercito|armee|security forces|"
    r"commandos?|comandos?|gendarm\w*|carabiner\w*|protesters|manifestantes|manifestants|mob|turba|foule)\b"
)
# "four months after the raid": an earlier event recalled, not the one reported
RECALLED = re.compile(
    r"\b(after|since|depois|apos|desde|tras|despues|apres|depuis|anniversary|aniversario|anniversaire)"
    r"( (de|do|da|dos|das|del|de la|du|des|de l'|the|o|a|la|el|l'|of the))?\s*(\w+\s+)?$"
)

# "para deter o diplomata", "no van a invadir", "would be shut": an aim or a plan, not
# a report
INTENDED = re.compile(
    r"\b(para|pour|afin de|in order to|a fin de|vao|vai|van a|va a|vont|va|will|would|iria|iriam)"
    r"\s+((not|no|nao|pas)\s+)?((be|ser|estar|etre)\s+)?$"
)


@dataclass(frozen=True)
class Words:
    """A set of folded words and word beginnings (`expuls*`)."""

    exact: frozenset[str]
    prefixes: tuple[str, ...]

    @classmethod
    def of(cls, items: list[str]) -> Words:
        folded = [fold(i) for i in items]
        return cls(
            frozenset(w for w in folded if not w.endswith("*")),
            tuple(w[:-1] for w in folded if w.endswith("*")),
        )

    def match(self, key: str) -> bool:
        return key in self.exact or key.startswith(self.prefixes)


@dataclass(frozen=True)
class Frame:
    """Acts, objects and context are indices into the language's list of word sets."""

    event_type: str
    acts: int
    objects: int
    within: int
    context: tuple[int, ...] = ()
    either_order: bool = False


@dataclass(frozen=True)
class Table:
    frames: dict[str, list[Frame]]
    sets: list[Words]


@dataclass(frozen=True)
class FrameHit:
    """Quacks like the `re.Match` of a pattern hit: the extractor reads start, end and
    group(0). `start()` is the act, where negation and hedging are looked for; the
    span a reviewer sees runs from the earlier word of the pair to the later one."""

    act_start: int
    span_start: int
    span_end: int
    text: str

    def start(self) -> int:
        return self.act_start

    def end(self) -> int:
        return self.span_end

    def span(self) -> tuple[int, int]:
        return self.span_start, self.span_end

    def group(self, _: int = 0) -> str:
        return self.text[self.span_start : self.span_end]


@cache
def _data(lang: str) -> dict[str, Any]:
    path = resources.files("legation.monitor") / "frames" / f"{lang}.yaml"
    if not path.is_file():
        return {}
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return data


@cache
def _never(lang: str) -> re.Pattern[str] | None:
    """Phrases in which an act or object word means something else ("ataque cardíaco",
    "embajador de la marca"): a frame hit overlapping one is dropped."""
    phrases = _data(lang).get("never") or []
    return re.compile("|".join(rf"\b{re.escape(fold(p))}\b" for p in phrases)) if phrases else None


@cache
def _table(lang: str) -> Table:
    data = _data(lang)
    sets: list[Words] = []

    def index(items: list[str]) -> int:
        sets.append(Words.of(items))
        return len(sets) - 1

    classes = {name: index(items) for name, items in (data.get("objects") or {}).items()}
    out: dict[str, list[Frame]] = {}
    for event_type, items in (data.get("frames") or {}).items():
        for item in items:
            objects, context = item["objects"], item.get("context") or []
            out.setdefault(event_type, []).append(
                Frame(
                    event_type,
                    index(item["acts"]),
                    classes[objects] if isinstance(objects, str) else index(objects),
                    int(item.get("within", 6)),
                    tuple(classes[c] for c in ([context] if isinstance(context, str) else context)),
                    bool(item.get("either_order", False)),
                )
            )
    return Table(out, sets)


def frames(lang: str) -> dict[str, list[Frame]]:
    """The frames of one language by event type (empty for a language without a file)."""
    return _table(lang).frames


@lru_cache(maxsize=100_000)
def _sets_of(key: str, lang: str) -> frozenset[int]:
    """The word sets a word or lemma belongs to; news repeats its words, so this is
    worked out once per word and not once per frame and sentence."""
    return frozenset(i for i, w in enumerate(_table(lang).sets) if w.match(key))


def frame_words(lang: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """Every exact word and every prefix the frames of `lang` name."""
    data = _data(lang)
    groups = [*(data.get("objects") or {}).values()]
    for items in (data.get("frames") or {}).values():
        for item in items:
            groups.append(item["acts"])
            if isinstance(item["objects"], list):
                groups.append(item["objects"])
    words = [fold(w) for g in groups for w in g]
    return (
        frozenset(w for w in words if not w.endswith("*")),
        tuple(sorted({w[:-1] for w in words if w.endswith("*")})),
    )


@cache
def _lemmas(lang: str) -> dict[str, str]:
    """Inflected form -> lemma, for the lemmas the frames name (scripts/frame_lemmas.py
    draws them from simplemma's dictionaries)."""
    path = resources.files("legation.monitor") / "frames" / f"{lang}.lemmas.tsv"
    if not path.is_file():
        return {}
    return dict(
        line.split("\t", 1) for line in path.read_text(encoding="utf-8").splitlines() if line
    )


def _lemma(word: str, lang: str) -> str:
    return _lemmas(lang).get(word.lower()) or fold(word)


# a verb with a pronoun attached: "refugiou-se", "entregou-se", "a-t-il"
CLITIC = re.compile(
    r"-(se|lhe|lhes|o|a|os|as|lo|la|los|las|nos|me|te|t|il|elle|ils|elles|on|y|en)$"
)


def _keys(word: str, lang: str) -> tuple[str, ...]:
    """The folded word, its lemma, and for "refugiou-se" the verb without its pronoun
    ("closed-door" is not "closed")."""
    folded = fold(word)
    keys = [folded, _lemma(word, lang)]
    clitic = CLITIC.search(folded)
    if clitic:
        head = word[: clitic.start()]
        keys += [fold(head), _lemma(head, lang)]
    return tuple(keys)


@lru_cache(maxsize=100_000)
def _word_sets(word: str, lang: str) -> frozenset[int]:
    """The word sets a word of the text belongs to, by itself or by its lemma."""
    return frozenset().union(*(_sets_of(k, lang) for k in _keys(word, lang)))


def find(text: str, lang: str, folded: str | None = None) -> dict[str, FrameHit]:
    """Per event type, the first frame that holds in `text` (one sentence); `folded`
    is its folded copy when the caller has it already."""
    table = frames(lang)
    if not table:
        return {}
    words = [(m.start(), m.end(), _word_sets(m.group(0), lang)) for m in WORD.finditer(text)]
    folded = fold(text) if folded is None else folded
    breaks = [m.start() for m in CLAUSE_BREAK.finditer(folded)]
    never = _never(lang)
    taken = [m.span() for m in never.finditer(folded)] if never else []
    found: dict[str, FrameHit] = {}
    negation = NEGATION_WORD_PT if lang == "pt" else NEGATION_WORD
    for event_type, group in table.items():
        for frame in group:
            hit = _pair(frame, words, breaks, taken, negation, folded, text)
            if hit is not None:
                found[event_type] = hit
                break
    return found


def _pair(
    frame: Frame,
    words: list[tuple[int, int, frozenset[int]]],
    breaks: list[int],
    taken: list[tuple[int, int]],
    negation: re.Pattern[str],
    folded: str,
    text: str,
) -> FrameHit | None:
    """The first act-object pair of `frame` that holds; a pair overlapping a `never`
    phrase is skipped, not the frame."""
    acts = [i for i, w in enumerate(words) if frame.acts in w[2]]
    if not acts:
        return None
    if not all(any(c in w[2] for w in words) for c in frame.context):
        return None
    objects = [i for i, w in enumerate(words) if frame.objects in w[2]]
    for a in acts:
        for o in objects:
            if o == a or abs(o - a) > frame.within:
                continue
            first, last = min(a, o), max(a, o)
            lo, hi = words[first][0], words[last][1]
            if any(lo < b < hi for b in breaks) or any(x < hi and lo < y for x, y in taken):
                continue
            gap = folded[words[first][1] : words[last][0]]
            if o < a and (
                negation.search(gap)
                or not (
                    frame.either_order
                    or AUXILIARY.search(gap)
                    or HEADLINE_AGENT.match(folded, words[a][1])
                )
            ):
                continue  # "the embassy was never entered" is left to the patterns
            act = words[a][0]
            if RECALLED.search(folded, max(0, act - 40), act) or INTENDED.search(
                folded, max(0, act - 40), act
            ):
                continue
            return FrameHit(act, lo, hi, text)
    return None
