"""What a sentence says did not happen, may happen, or only reportedly happened:
negation before a trigger, threats and plans, hedges ("allegedly", "según").

Kept apart from the triggers because the same cues apply to every event type, and a
reviewer asking why an event came out `negated` or with a low confidence reads here.
"""

from __future__ import annotations

import re
from functools import cache

from legation.monitor.lexicon import HEDGE, NEGATION


@cache
def negation_cues() -> re.Pattern[str]:
    return re.compile("|".join(NEGATION))


@cache
def hedge() -> re.Pattern[str]:
    return re.compile("|".join(HEDGE))


# A threat or a possibility shortly before a trigger: the event has not happened.
HYPOTHETICAL = re.compile(
    r"(\b(threaten\w* (to|with)|could|might|pourrai(t|ent)|envisag\w* de|podria(n)?|poderia(m)?|considering|"
    r"contempla\w*|estudia la posibilidad de)\s+(\w+\s+){0,3}|\b(menac\w* de|amenaz\w* con|ameac\w* (de|com)|"
    r"(any|every) attempt to|(cualquier|todo) intento de|(qualquer|toda) tentativa de|toute tentative de)\s+)$"
)

# "will expel", "plans to close", "va a romper": a plan right before the trigger
PLANNED = re.compile(
    r"\b(will|would|may|plans? to|set to|expected to|va a|van a|vai|vao|vont)\s+((not|no|pas)\s+)?(be\s+)?$"
)
# (also "n'" right before a trigger that begins with its auxiliary, "n'|étaient pas entrés",
# and "denied" right before a gerund, "denied raiding")
SHORT_NEGATION = re.compile(
    r"\b(no|nao|not|won't|will not|ne|n'a|n'est)\b|n't\b|\bn'$|\bden(ied|ies|y)( having)? $"
)
# "not only expelled ... but also": no negation
NOT_ONLY = re.compile(r"\b(not only|no solo|no solamente|nao so|nao apenas|non seulement)\b")
# Portuguese "no" is "in the" ("abrigo no Chile"), not a negation
SHORT_NEGATION_PT = re.compile(r"\b(nao|nunca)\b")


def negated(folded: str, start: int, lang: str | None = None) -> bool:
    """A negation cue shortly before the trigger, in the same clause."""
    # searched in place, not in a slice: a slice that begins inside "venezolano" would
    # start with a word "no"
    if NOT_ONLY.search(folded, max(0, start - 30), start):
        return False
    short = SHORT_NEGATION_PT if lang == "pt" else SHORT_NEGATION
    # "Police, with no warrant, raided": the short window stops at a comma or bracket
    lo = max(0, start - 14)
    near = max([lo] + [folded.rfind(c, lo, start) + 1 for c in ",()"])
    if short.search(folded, near, start):
        return True
    lo, hi = max(0, start - 70), start + 5
    cut = max(folded.rfind(sep, lo, hi) for sep in (";", " but ", " pero ", " mas ", " mais "))
    return bool(negation_cues().search(folded, max(lo, cut), hi))
