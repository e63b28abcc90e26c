"""Party status of real states on real dates, from the bundled depositary data."""

from __future__ import annotations

from datetime import date

import pytest

from legation.treaties import TreatyIndex

CARACAS = "caracas-diplomatic-asylum-1954"


def test_signed_but_never_ratified(index: TreatyIndex) -> None:
    # The USA signed the American Convention on 1 June 1977 and never ratified it.
    st = index.status("USA", "achr-1969", date(2024, 1, 1))
    assert st.signed is True
    assert st.party is False
    assert st.since is None


@pytest.mark.parametrize(
    ("day", "party", "pending"),
    [
        (date(2012, 11, 26), True, False),  # before Colombia's notice
        (date(2013, 6, 1), True, True),  # notice given, not yet effective
        (date(2013, 11, 28), False, False),  # a year after the 27 Nov 2012 notice
    ],
)
def test_colombia_denounces_pact_of_bogota(
    index: TreatyIndex, day: date, party: bool, pending: bool
) -> None:
    st = index.status("COL", "pact-of-bogota-1948", day)
    assert st.party is party
    assert (st.pending_denunciation is not None) is pending


def test_colombia_denunciation_dates_disagree_and_status_says_so(index: TreatyIndex) -> None:
    # Sources date the notice 27, 28 or 29 Nov 2012; on 28 Nov 2013 the answer depends on which.
    st = index.status("COL", "pact-of-bogota-1948", date(2013, 11, 28))
    assert st.uncertain
    assert any("2012-11-29" in u for u in st.uncertainty)
    assert not index.status("COL", "pact-of-bogota-1948", date(2014, 1, 1)).uncertain


def test_venezuela_leaves_the_american_convention(index: TreatyIndex) -> None:
    assert index.status("VEN", "achr-1969", date(2013, 9, 9)).party is True
    after = index.status("VEN", "achr-1969", date(2013, 9, 11))
    assert after.party is False
    # The 2019 instrument deposited by the Guaidó-appointed envoy is kept as a disputed reading.
    assert after.uncertain is False
    assert index.status("VEN", "achr-1969", date(2024, 1, 1)).uncertain is True


def test_venezuela_leaves_the_oas_two_years_after_notice(index: TreatyIndex) -> None:
    assert index.status("VEN", "oas-charter-1948", date(2018, 12, 31)).party is True
    assert index.status("VEN", "oas-charter-1948", date(2019, 5, 1)).party is False
    assert "VEN" in index.oas_members(date(2018, 1, 1))
    assert "VEN" not in index.oas_members(date(2020, 1, 1))


def test_nicaragua_leaves_the_oas_on_19_november_2023(index: TreatyIndex) -> None:
    assert index.status("NIC", "oas-charter-1948", date(2023, 11, 18)).party is True
    assert index.status("NIC", "oas-charter-1948", date(2023, 11, 19)).party is False


def test_entry_into_force_lags_deposit_by_thirty_days(index: TreatyIndex) -> None:
    # Antigua and Barbuda acceded to the VCDR on 17 Feb 2017; in force 30 days later (art. 51(2)).
    assert index.status("ATG", "vcdr-1961", date(2017, 3, 18)).party is False
    st = index.status("ATG", "vcdr-1961", date(2017, 3, 19))
    assert st.party is True
    assert str(st.since) == "2017-03-19"


def test_reservation_is_reported_with_its_articles(index: TreatyIndex) -> None:
    st = index.status("LBY", "vcdr-1961", date(2000, 1, 1))
    assert st.party
    assert any("27(3)" in r.articles for r in st.reservations)
    dom = index.status("DOM", CARACAS, date(2000, 1, 1))
    assert any(r.articles == ("VII",) for r in dom.reservations)


def test_haiti_denounced_caracas_and_withdrew_the_denunciation(index: TreatyIndex) -> None:
    assert index.status("HTI", CARACAS, date(1960, 1, 1)).party is True
    assert index.status("HTI", CARACAS, date(1970, 1, 1)).party is False
    assert index.status("HTI", CARACAS, date(1975, 1, 1)).party is True


@pytest.mark.parametrize(
    ("a", "b", "since"),
    [
        ("MEX", "ECU", "1957-01-25"),
        ("ARG", "VEN", "1993-02-15"),
        ("PER", "MEX", "1962-05-21"),
    ],
)
def test_caracas_binds_pairs_from_the_later_ratification(
    index: TreatyIndex, a: str, b: str, since: str
) -> None:
    bindings = {x.instrument.id: x for x in index.between(a, b, date(2024, 4, 5))}
    assert str(bindings[CARACAS].in_force_from) == since


def test_united_states_is_not_bound_by_caracas(index: TreatyIndex) -> None:
    assert not index.status("USA", CARACAS, date(2024, 4, 5)).party
    assert CARACAS not in {x.instrument.id for x in index.between("USA", "MEX", date(2024, 4, 5))}


def test_el_salvador_oas_date_is_not_read_day_first(index: TreatyIndex) -> None:
    # OAS writes 09/06/54 (6 Sep 1954); an aggregator read it as 9 June. The deposit was 28 Sep.
    st = index.status("SLV", CARACAS, date(1955, 1, 1))
    assert st.party
    assert str(st.since) == "1954-12-29"  # bound from the Convention's entry into force
    assert index.status("SLV", CARACAS, date(1954, 12, 28)).party is False


def test_nothing_binds_before_the_instrument_exists(index: TreatyIndex) -> None:
    assert index.between("MEX", "ECU", date(1927, 1, 1)) == []


def test_parties_on_a_date_grow_over_time(index: TreatyIndex) -> None:
    early = set(index.parties(CARACAS, date(1955, 1, 1)))
    late = set(index.parties(CARACAS, date(2000, 1, 1)))
    assert {"SLV", "VEN"} <= early
    assert early < late
