from __future__ import annotations

import pytest

from legation.errors import UnknownStateError
from legation.model.states import all_states, get_state, resolve


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("ECU", "ECU"),
        ("ec", "ECU"),
        ("Ecuador", "ECU"),
        ("Estados Unidos", "USA"),
        ("México", "MEX"),
        ("Venezuela (Bolivarian Republic of)", "VEN"),
        ("Bolivia (Plurinational State of)", "BOL"),
        ("Türkiye", "TUR"),
        ("Holy See", "VAT"),
        ("State of Palestine", "PSE"),
        ("Reino Unido", "GBR"),
        ("Royaume-Uni", "GBR"),
        ("St. Kitts & Nevis", "KNA"),
    ],
)
def test_codes_and_names_resolve(text: str, code: str) -> None:
    assert resolve(text) == code


def test_unknown_code_suggests_the_closest() -> None:
    with pytest.raises(UnknownStateError) as err:
        resolve("ECQ")
    assert "ECQ: unknown state; did you mean ECU (Ecuador)?" in str(err.value)


def test_names_come_from_cldr_in_four_languages() -> None:
    mexico = get_state("MEX")
    assert mexico.names == {"en": "Mexico", "es": "México", "pt": "México", "fr": "Mexique"}
    assert get_state("USA").name("fr") == "États-Unis"


def test_every_iso_state_is_known() -> None:
    codes = {s.code for s in all_states()}
    assert len(codes) >= 249
    assert {"VAT", "PSE", "SSD", "TLS"} <= codes
