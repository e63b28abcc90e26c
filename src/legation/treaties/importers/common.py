"""Shared pieces of the importers: the row they produce, name matching, safe parsing."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from lxml import html as lxml_html

from legation.errors import InputError
from legation.model.states import resolve

FOOTNOTES = re.compile(r"(?:\s*\d+(?:\s*,\s*\d+)*)+\s*$")


@dataclass(frozen=True)
class ImportedRow:
    state: str
    action: str
    date: dt.date
    act_date: dt.date | None = None
    raw_name: str = ""


def state_from_cell(text: str, name: str) -> str | None:
    """The alpha-3 code for a participant cell, footnote numbers stripped; None for
    header or blank rows."""
    cleaned = FOOTNOTES.sub("", " ".join(text.split())).strip(" *")
    if not cleaned or cleaned.lower() in {"participant", "country", "país", "pais"}:
        return None
    try:
        return resolve(cleaned)
    except InputError as exc:
        raise InputError(exc.reason, file=name, field="participant") from None


def parse_html(data: bytes, name: str) -> lxml_html.HtmlElement:
    """Parse untrusted HTML without network access or entity expansion."""
    parser = lxml_html.HTMLParser(no_network=True, remove_comments=True, huge_tree=False)
    try:
        root = lxml_html.document_fromstring(data, parser=parser)
    except Exception as exc:  # lxml raises several unrelated types on garbage
        raise InputError(f"not a readable HTML page: {exc}", file=name) from None
    return root


def table_rows(root: lxml_html.HtmlElement) -> list[list[str]]:
    rows: list[list[str]] = []
    for tr in root.iter("tr"):
        cells = [" ".join(td.text_content().split()) for td in tr if td.tag in ("td", "th")]
        if cells:
            rows.append(cells)
    return rows
