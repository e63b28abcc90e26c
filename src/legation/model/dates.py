"""Dates as the sources give them: a day, or only a month or a year.

Treaty tables and news reports often give only `2017-12` or `1954`. Such a
date is a range, and a rule whose answer depends on where in the range the
real day falls must say so (DESIGN §2) rather than pick the first day.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import core_schema

_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A day, month or year; `start` and `end` are the first and last possible day."""

    start: date
    end: date
    text: str

    @classmethod
    def parse(cls, value: object) -> PartialDate:
        """Read `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or an interval `START/END` (or a `date`);
        raise ValueError otherwise."""
        if isinstance(value, PartialDate):
            return value
        if isinstance(value, date):
            return cls(value, value, value.isoformat())
        if isinstance(value, int) and 1000 <= value <= 9999:
            value = str(value)
        if not isinstance(value, str):
            raise ValueError(f"expected a date as YYYY-MM-DD, YYYY-MM or YYYY, got {value!r}")
        if "/" in value:
            return cls._interval(value)
        m = _PATTERN.match(value.strip())
        if not m:
            raise ValueError(f"expected a date as YYYY-MM-DD, YYYY-MM or YYYY, got {value!r}")
        year = int(m.group(1))
        if m.group(2) is None:
            return cls(date(year, 1, 1), date(year, 12, 31), m.group(0))
        month = int(m.group(2))
        if not 1 <= month <= 12:
            raise ValueError(f"month {month} out of range in {value!r}")
        if m.group(3) is None:
            last = calendar.monthrange(year, month)[1]
            return cls(date(year, month, 1), date(year, month, last), m.group(0))
        try:
            day = date(year, month, int(m.group(3)))
        except ValueError as exc:
            raise ValueError(f"impossible date {value!r}: {exc}") from None
        return cls(day, day, m.group(0))

    @classmethod
    def _interval(cls, value: str) -> PartialDate:
        """ISO 8601 interval `START/END`: the day is known only to lie between the two
        (a source attests that a state was party by END, without the deposit date)."""
        first, _, last = value.strip().partition("/")
        start, end = cls.parse(first), cls.parse(last)
        if end.end < start.start:
            raise ValueError(f"interval {value!r} ends before it starts")
        return cls(start.start, end.end, f"{start}/{end}")

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_plain_validator_function(
            cls.parse,
            serialization=core_schema.plain_serializer_function_ser_schema(str),
        )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {
            "type": "string",
            "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$",
            "description": "ISO 8601 date; YYYY-MM or YYYY where only that much is known",
        }

    @property
    def exact(self) -> bool:
        return self.start == self.end

    def __str__(self) -> str:
        return self.text


def parse_day(value: object) -> date:
    """Read an exact day (`YYYY-MM-DD`), as used for `--on` and `--as-of`."""
    if isinstance(value, date):
        return value
    pd = PartialDate.parse(value)
    if not pd.exact:
        raise ValueError(f"expected a full date YYYY-MM-DD, got {value!r}")
    return pd.start


def add_months(day: date, months: int) -> date:
    """`day` plus whole months, clamped to the month's last day (a year's notice ends
    on the same calendar day)."""
    month_index = day.month - 1 + months
    year = day.year + month_index // 12
    month = month_index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))
