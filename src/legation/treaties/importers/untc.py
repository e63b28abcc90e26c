"""UN Treaty Collection (MTDSG) participant tables.

Layout (see shared/research/treaty-sources.md): `Participant | Signature |
Ratification, Accession(a), Succession(d)`, dates `D Mon YYYY` with a
case-sensitive marker after the consent date (`a`, `d`, `A`, `AA`, `c`);
footnote numbers follow names. The XML export runs cells together
(`Barbados29 Mar 1976 26 Nov 1979`), so rows are split with a date regex,
never on whitespace. XML is parsed with defusedxml: no entity expansion.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from defusedxml import ElementTree as SafeET

from legation.errors import InputError
from legation.treaties.importers.common import ImportedRow, parse_html, state_from_cell, table_rows

DATE = r"(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4})"
CELL = re.compile(rf"^\s*{DATE}(?:\s+(AA|a|d|A|c))?\s*$")
RUN = re.compile(rf"\s?{DATE}(?:\s(AA|a|d|A|c)\b)?")
MARKERS = {
    None: "ratification",
    "a": "accession",
    "d": "succession",
    "A": "acceptance",
    "AA": "approval",
    "c": "ratification",
}


def _day(d: str, mon: str, y: str) -> date:
    return datetime.strptime(f"{int(d):02d} {mon} {y}", "%d %b %Y").date()


def parse_untc(data: bytes, name: str) -> list[ImportedRow]:
    """Rows of a saved MTDSG page, HTML or XML."""
    head = data[:512].lstrip()
    if head.startswith(b"<?xml") or b"<Treaty" in head or b"<treaty" in head:
        return _parse_xml(data, name)
    rows: list[ImportedRow] = []
    for cells in table_rows(parse_html(data, name)):
        if len(cells) < 2:
            continue
        state = state_from_cell(cells[0], name) if not CELL.match(cells[0]) else None
        if state is None:
            continue
        date_cells = cells[1:]
        has_signature_column = len(date_cells) >= 2
        if has_signature_column and (m := CELL.match(date_cells[0])):
            rows.append(ImportedRow(state, "signature", _day(*m.groups()[:3]), raw_name=cells[0]))
        consent = date_cells[-1] if has_signature_column else date_cells[0]
        if m := CELL.match(consent):
            marker = m.group(4)
            rows.append(
                ImportedRow(state, MARKERS[marker], _day(*m.groups()[:3]), raw_name=cells[0])
            )
    return rows


def _parse_xml(data: bytes, name: str) -> list[ImportedRow]:
    try:
        root = SafeET.fromstring(data)
    except Exception as exc:  # defusedxml raises its own types for entity attacks
        raise InputError(f"refused or unreadable XML: {exc}", file=name) from None
    rows: list[ImportedRow] = []
    for row in root.iter("Row"):
        text = _text_without_footnotes(row)
        first = re.search(DATE, text)
        if not first:
            continue
        state = state_from_cell(text[: first.start()], name)
        if state is None:
            continue
        found = list(RUN.finditer(text[first.start() :]))
        if len(found) >= 2:
            sig = found[0]
            rows.append(ImportedRow(state, "signature", _day(*sig.groups()[:3])))
            found = found[1:]
        m = found[0]
        rows.append(ImportedRow(state, MARKERS[m.group(4)], _day(*m.groups()[:3])))
    return rows


def _text_without_footnotes(element: object) -> str:
    """The row's text with `<superscript>` footnote numbers left out, so that a
    footnote "1" before "3 Mar 1984" is not read as the 13th."""
    parts: list[str] = []

    def walk(el: object) -> None:
        tag = getattr(el, "tag", "")
        if tag != "superscript" and getattr(el, "text", None):
            parts.append(el.text)  # type: ignore[attr-defined]
        for child in el:  # type: ignore[attr-defined]
            walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(element)
    return "".join(parts)
