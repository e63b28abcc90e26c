"""Errors Legation raises, in one place.

    LegationError                 anything Legation reports on purpose (exit 1)
    └── InputError                bad input from a user or a data file (exit 2)
        ├── UnknownStateError     a state code or name that resolves to nothing
        ├── UnknownInstrumentError
        └── CaseFileError         a case file that breaks the format (DESIGN §2)

An InputError always says where (file, line, field) and why, so that a user
can fix the input without reading code.
"""

from __future__ import annotations


class LegationError(Exception):
    """Base of every error Legation raises deliberately."""

    exit_code = 1


class InputError(LegationError):
    """Invalid input: names the file, the line, the field and the reason."""

    exit_code = 2

    def __init__(
        self,
        reason: str,
        *,
        file: str | None = None,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        self.reason = reason
        self.file = file
        self.line = line
        self.field = field
        super().__init__(self.message)

    @property
    def message(self) -> str:
        where = []
        if self.file:
            where.append(self.file if self.line is None else f"{self.file}:{self.line}")
        elif self.line is not None:
            where.append(f"line {self.line}")
        if self.field:
            where.append(self.field)
        prefix = ": ".join(where)
        return f"{prefix}: {self.reason}" if prefix else self.reason

    def to_dict(self) -> dict[str, object]:
        return {"file": self.file, "line": self.line, "field": self.field, "reason": self.reason}


class InputErrors(InputError):
    """Several input errors found in one pass (a data check, a batch import)."""

    def __init__(self, errors: list[InputError]) -> None:
        self.errors = errors
        first = errors[0]
        super().__init__(first.reason, file=first.file, line=first.line, field=first.field)

    @property
    def message(self) -> str:
        return "\n".join(e.message for e in self.errors)


class UnknownStateError(InputError):
    """A state code or name that matches no known state."""


class UnknownInstrumentError(InputError):
    """An instrument id that is not in the data set."""


class CaseFileError(InputError):
    """A case file that does not follow the format of DESIGN §2."""
