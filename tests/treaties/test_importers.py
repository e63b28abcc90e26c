"""Importers on small pages built from the real layouts (facts only)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from legation.errors import InputError
from legation.treaties import TreatyIndex
from legation.treaties.importers import diff_against, parse_oas, parse_untc, read_page

FIXTURES = Path(__file__).parent / "fixtures"


def test_untc_html_grid_with_footnotes_and_markers() -> None:
    rows = parse_untc((FIXTURES / "untc-iii-3.html").read_bytes(), "untc-iii-3.html")
    got = {(r.state, r.action): r.date for r in rows}
    assert got[("ARG", "signature")] == date(1961, 4, 18)
    assert got[("ARG", "ratification")] == date(1963, 10, 10)
    assert got[("ATG", "accession")] == date(2017, 2, 17)
    assert got[("AUS", "ratification")] == date(1968, 1, 26)
    assert got[("BHS", "succession")] == date(1977, 3, 17)


def test_untc_xml_cells_run_together() -> None:
    rows = parse_untc((FIXTURES / "untc-v-5.xml").read_bytes(), "untc-v-5.xml")
    got = {(r.state, r.action): r.date for r in rows}
    assert got[("BRB", "signature")] == date(1976, 3, 29)
    assert got[("BRB", "ratification")] == date(1979, 11, 26)
    assert got[("CMR", "accession")] == date(1984, 3, 3)  # the footnote is not the day


def test_xml_entity_bomb_is_refused(tmp_path: Path) -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        b"<Treaty><Row>&lol2;</Row></Treaty>"
    )
    with pytest.raises(InputError, match="refused or unreadable XML"):
        parse_untc(bomb, "bomb.xml")


def test_oas_dates_are_month_first_with_two_digit_years() -> None:
    rows = parse_oas((FIXTURES / "oas-a-42.html").read_bytes(), adopted_year=1948, name="a-42")
    got = {(r.state, r.action): (r.date, r.act_date) for r in rows}
    # Chile: instrument 08/21/67, deposit 04/15/74.
    assert got[("CHL", "ratification")] == (date(1974, 4, 15), date(1967, 8, 21))
    # Belize's 2022 accession uses a four-digit year.
    assert got[("BLZ", "accession")] == (date(2022, 10, 27), date(2022, 10, 24))
    # 04/30/48 is 30 April 1948.
    assert got[("MEX", "signature")] == (date(1948, 4, 30), None)


def test_import_diff_against_bundled_data(index: TreatyIndex, tmp_path: Path) -> None:
    inst = index.instrument("pact-of-bogota-1948")
    bundled = index.data.files[inst.id].actions
    same = diff_against(read_page(FIXTURES / "oas-a-42.html", inst), bundled)
    assert same.changes == []
    assert same.same == 6
    page = (FIXTURES / "oas-a-42.html").read_text().replace("04/15/74 RA", "04/16/74 RA")
    (tmp_path / "a-42.html").write_text(page)
    changed = diff_against(read_page(tmp_path / "a-42.html", inst), bundled)
    assert [(c.kind, c.state, c.page) for c in changed.changes] == [
        ("different", "CHL", "1974-04-16")
    ]
