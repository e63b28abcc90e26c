"""Reading the dates and states that users type, for the CLI and the API alike:
one place that turns a bad value into an InputError naming the field."""

from __future__ import annotations

from datetime import date

from legation.errors import InputError
from legation.model.dates import parse_day
from legation.model.states import resolve


def day_field(value: str | None, field: str, default: date | None = None) -> date:
    """An exact date, or `default` (today) when absent. Shells may read the clock;
    the law layer may not, so the date is decided here."""
    if value is None:
        return default or date.today()
    try:
        return parse_day(value)
    except ValueError as exc:
        raise InputError(str(exc), field=field) from None


def state_field(value: str, field: str) -> str:
    """An alpha-3 code from a code or name; unknown values name the field."""
    try:
        return resolve(value)
    except InputError as exc:
        raise InputError(exc.reason, field=field) from None
