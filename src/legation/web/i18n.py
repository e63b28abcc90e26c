"""Interface language: `?lang=`, then the cookie, then Accept-Language (DESIGN §5).

Catalogues are gettext `.po` files under `locale/`, read with Babel at start-up
(no compile step); state names and instrument titles come from CLDR and the
instrument data, not from the catalogues.
"""

from __future__ import annotations

import io
from functools import cache
from importlib import resources
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

LANGUAGES = ("en", "es", "pt", "fr")
COOKIE = "legation_lang"


def locale_dir() -> Path:
    return Path(str(resources.files("legation.web") / "locale"))


@cache
def translations(lang: str) -> NullTranslations:
    po = locale_dir() / lang / "LC_MESSAGES" / "messages.po"
    if lang == "en" or not po.exists():
        return NullTranslations()
    with po.open("rb") as f:
        catalog = read_po(f, locale=lang)
    buf = io.BytesIO()
    write_mo(buf, catalog)
    buf.seek(0)
    return Translations(buf)


def negotiate(query: str | None, cookie: str | None, accept: str | None) -> str:
    """The language to use, in the order DESIGN §5 gives."""
    for candidate in (query, cookie):
        if candidate in LANGUAGES:
            return candidate
    if accept:
        ranked = []
        for part in accept.split(","):
            tag, _, q = part.strip().partition(";q=")
            try:
                weight = float(q) if q else 1.0
            except ValueError:
                weight = 0.0
            ranked.append((weight, tag.split("-")[0].lower()))
        for _, tag in sorted(ranked, reverse=True):
            if tag in LANGUAGES:
                return tag
    return "en"
