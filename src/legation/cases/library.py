"""The bundled library of real cases, shipped as case files in `library/`."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from legation.cases.reader import read_case
from legation.errors import InputError
from legation.model.case import Case


def library_dir() -> Path:
    return Path(str(resources.files("legation.cases") / "library"))


@cache
def library() -> dict[str, Case]:
    """Every case in the library by id, read once per process."""
    cases: dict[str, Case] = {}
    for path in sorted(library_dir().glob("*.yaml")):
        case = read_case(path)
        if case.id != path.stem:
            raise InputError(
                f"id {case.id!r} does not match the file name", file=str(path), field="id"
            )
        cases[case.id] = case
    return cases


def get(case_id: str) -> Case:
    try:
        return library()[case_id]
    except KeyError:
        known = ", ".join(sorted(library()))
        raise InputError(
            f"{case_id}: no such case in the library; known: {known}", field="ID"
        ) from None
