"""OAS Department of International Law signatory tables.

Layout (see shared/research/treaty-sources.md): `COUNTRY | SIGNATURE |
RATIFICATION/ACCESSION | DEPOSIT | INFORMATION`, dates in US order MM/DD/YY
with two-digit years (a few rows use four). `09/06/54` is 6 September 1954,
not 9 June: one public aggregator fell into that. A two-digit year is read in
the century that puts it on or after the instrument's adoption. The deposit
cell may end in `RA` (ratification) or `AD` (accession); `-` is no action.
"""

from __future__ import annotations

import re
from datetime import date

from legation.errors import InputError
from legation.treaties.importers.common import ImportedRow, parse_html, state_from_cell, table_rows

US_DATE = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})\s*(RA|AD|AC)?\s*$")


def parse_us_date(text: str, adopted_year: int) -> tuple[date, str | None] | None:
    """`MM/DD/YY[ RA|AD]` to a date and its marker; None for `-` or blank."""
    m = US_DATE.match(text)
    if not m:
        return None
    month, day, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if len(m.group(3)) == 2:
        year += 1900 if 1900 + year >= adopted_year else 2000
    try:
        return date(year, month, day), m.group(4)
    except ValueError:
        raise InputError(f"impossible date {text.strip()!r} (read as MM/DD/YY)") from None


def parse_oas(data: bytes, adopted_year: int, name: str) -> list[ImportedRow]:
    """Rows of a saved OAS signatories page."""
    out: list[ImportedRow] = []
    for cells in table_rows(parse_html(data, name)):
        if len(cells) < 4 or US_DATE.match(cells[0]):
            continue
        try:
            state = state_from_cell(cells[0], name)
        except InputError:
            continue  # header rows and notes
        if state is None:
            continue
        try:
            sig = parse_us_date(cells[1], adopted_year)
            inst = parse_us_date(cells[2], adopted_year)
            dep = parse_us_date(cells[3], adopted_year)
        except InputError as exc:
            raise InputError(exc.reason, file=name, field=f"row {cells[0]}") from None
        if sig:
            out.append(ImportedRow(state, "signature", sig[0], raw_name=cells[0]))
        if dep:
            action = "accession" if dep[1] in ("AD", "AC") else "ratification"
            out.append(
                ImportedRow(state, action, dep[0], inst[0] if inst else None, raw_name=cells[0])
            )
    return out
