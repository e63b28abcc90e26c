from __future__ import annotations

from datetime import date

import pytest

from legation.model.dates import PartialDate, add_months, parse_day


def test_partial_dates_are_ranges() -> None:
    month = PartialDate.parse("2017-12")
    assert (month.start, month.end) == (date(2017, 12, 1), date(2017, 12, 31))
    year = PartialDate.parse(1954)
    assert (year.start, year.end) == (date(1954, 1, 1), date(1954, 12, 31))
    assert PartialDate.parse("2024-02").end == date(2024, 2, 29)


@pytest.mark.parametrize("bad", ["2023-02-30", "2023-13", "09/06/54", "", "20240101"])
def test_impossible_or_ambiguous_dates_are_rejected(bad: str) -> None:
    with pytest.raises(ValueError):
        PartialDate.parse(bad)


def test_full_date_required_for_query_dates() -> None:
    assert parse_day("2024-04-05") == date(2024, 4, 5)
    with pytest.raises(ValueError):
        parse_day("2024-04")


def test_a_years_notice_ends_on_the_same_calendar_day() -> None:
    assert add_months(date(2012, 11, 27), 12) == date(2013, 11, 27)
    assert add_months(date(2016, 2, 29), 12) == date(2017, 2, 28)
    assert add_months(date(2017, 4, 28), 24) == date(2019, 4, 28)
