"""Read the treaty data shipped in `data/`: instruments, status logs, positions.

Loading validates every row and collects all the problems of a file before
failing, so that `legation data check` can name each bad row at once.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from legation.errors import InputError, InputErrors, UnknownStateError
from legation.model.dates import PartialDate
from legation.model.states import resolve
from legation.model.treaty import Action, Instrument, Position

DATA_DIR = Path(str(resources.files("legation.treaties") / "data"))

CSV_COLUMNS = (
    "state",
    "action",
    "date",
    "act_date",
    "effective",
    "articles",
    "note",
    "source",
    "source_kind",
    "basis",
    "variant",
)
REQUIRED = ("state", "action", "date", "source", "source_kind", "basis")


@dataclass
class StatusFile:
    """One instrument's status log as read from disk, with its header metadata."""

    path: str
    instrument: str
    last_verified: date | None
    notes: list[str]
    actions: list[Action]
    # `# consents: incomplete` in the header: ratifications of some signatories may be
    # missing, so "signed, no consent recorded" means unknown rather than not bound.
    consents_complete: bool = True


@dataclass
class TreatyData:
    """Everything under `data/`, validated."""

    instruments: dict[str, Instrument]
    files: dict[str, StatusFile]
    positions: list[Position]
    instruments_verified: date | None = None
    positions_verified: date | None = None
    problems: list[InputError] = field(default_factory=list)

    @property
    def actions(self) -> list[Action]:
        return [a for f in self.files.values() for a in f.actions]


def _relative(path: Path) -> str:
    try:
        return str(path.relative_to(DATA_DIR.parent.parent.parent))
    except ValueError:
        return str(path)


def load_instruments(path: Path) -> tuple[dict[str, Instrument], date | None]:
    name = _relative(path)
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise InputError(f"not valid YAML: {exc}", file=name) from None
    if not isinstance(doc, dict) or not isinstance(doc.get("instruments"), list):
        raise InputError("expected a mapping with an 'instruments' list", file=name)
    out: dict[str, Instrument] = {}
    errors: list[InputError] = []
    for i, raw in enumerate(doc["instruments"]):
        try:
            inst = Instrument.model_validate(raw)
        except ValidationError as exc:
            for err in exc.errors():
                loc = ".".join(str(p) for p in err["loc"])
                errors.append(InputError(err["msg"], file=name, field=f"instruments[{i}].{loc}"))
            continue
        if inst.id in out:
            errors.append(InputError("duplicate instrument id", file=name, field=inst.id))
        out[inst.id] = inst
    if errors:
        raise InputErrors(errors)
    verified = doc.get("last_verified")
    return out, verified if isinstance(verified, date) else None


def parse_status_csv(
    text: str, name: str, instruments: dict[str, Instrument]
) -> tuple[StatusFile, list[InputError]]:
    """Parse one status log; returns the rows that are valid and the errors of the rest."""
    header: dict[str, str] = {}
    notes: list[str] = []
    body_lines: list[str] = []
    first_body_line = 0
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not body_lines and line.startswith("#"):
            key, _, value = line[1:].partition(":")
            key, value = key.strip(), value.strip()
            if key == "notes":
                notes.append(value)
            elif key:
                header[key] = value
            continue
        if not body_lines:
            first_body_line = lineno
        body_lines.append(line)
    errors: list[InputError] = []
    instrument = header.get("instrument", "")
    if instrument not in instruments:
        errors.append(
            InputError(f"unknown instrument {instrument!r}", file=name, line=1, field="instrument")
        )
    verified: date | None = None
    try:
        verified = PartialDate.parse(header.get("last_verified", "")).start
    except ValueError:
        errors.append(
            InputError("missing or invalid last_verified", file=name, field="last_verified")
        )
    consents = header.get("consents", "complete")
    if consents not in ("complete", "incomplete"):
        errors.append(
            InputError(
                f"consents must be 'complete' or 'incomplete', not {consents!r}",
                file=name,
                field="consents",
            )
        )
    complete = consents != "incomplete"
    reader = csv.DictReader(io.StringIO("\n".join(body_lines)))
    columns = tuple(reader.fieldnames or ())
    if columns != CSV_COLUMNS:
        errors.append(
            InputError(
                f"columns must be {','.join(CSV_COLUMNS)}; got {','.join(columns)}",
                file=name,
                line=first_body_line,
            )
        )
        return StatusFile(name, instrument, verified, notes, [], complete), errors
    actions: list[Action] = []
    for row in reader:
        row_line = first_body_line + reader.line_num - 1
        action = _row_to_action(row, instrument, name, row_line, errors)
        if action is not None:
            actions.append(action)
    return StatusFile(name, instrument, verified, notes, actions, complete), errors


def _row_to_action(
    row: dict[str, Any], instrument: str, name: str, line: int, errors: list[InputError]
) -> Action | None:
    if None in row:
        errors.append(InputError("more cells than columns", file=name, line=line))
        return None
    values = {k: (v or "").strip() for k, v in row.items()}
    for col in REQUIRED:
        if not values[col]:
            errors.append(InputError("is required", file=name, line=line, field=col))
            return None
    try:
        state = resolve(values["state"])
    except UnknownStateError as exc:
        errors.append(InputError(exc.reason, file=name, line=line, field="state"))
        return None
    if state != values["state"]:
        errors.append(
            InputError(f"write the alpha-3 code {state}", file=name, line=line, field="state")
        )
    data: dict[str, Any] = {
        "instrument": instrument,
        "state": state,
        "action": values["action"],
        "date": values["date"],
        "act_date": values["act_date"] or None,
        "effective": values["effective"] or None,
        "articles": tuple(a.strip() for a in values["articles"].split(";") if a.strip()),
        "note": values["note"] or None,
        "source": values["source"],
        "source_kind": values["source_kind"],
        "basis": values["basis"],
        "variant": values["variant"],
        "file": name,
        "line": line,
    }
    try:
        return Action.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            column = str(err["loc"][0]) if err["loc"] else None
            errors.append(InputError(err["msg"], file=name, line=line, field=column))
        return None


def load_positions(path: Path) -> tuple[list[Position], date | None]:
    name = _relative(path)
    if not path.exists():
        return [], None
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise InputError(f"not valid YAML: {exc}", file=name) from None
    out: list[Position] = []
    errors: list[InputError] = []
    for i, raw in enumerate(doc.get("positions") or []):
        try:
            if isinstance(raw, dict) and "state" in raw:
                raw = {**raw, "state": resolve(str(raw["state"]))}
                if raw.get("target"):
                    raw["target"] = resolve(str(raw["target"]))
            out.append(Position.model_validate(raw))
        except UnknownStateError as exc:
            errors.append(InputError(exc.reason, file=name, field=f"positions[{i}].state"))
        except ValidationError as exc:
            for err in exc.errors():
                loc = ".".join(str(p) for p in err["loc"])
                errors.append(InputError(err["msg"], file=name, field=f"positions[{i}].{loc}"))
    if errors:
        raise InputErrors(errors)
    verified = doc.get("last_verified")
    return out, verified if isinstance(verified, date) else None


def load(data_dir: Path | None = None, *, strict: bool = True) -> TreatyData:
    """Load and validate the data set. With `strict`, any bad row raises InputErrors;
    otherwise bad rows are left out and listed in `problems` (for `data check`)."""
    root = data_dir or DATA_DIR
    instruments, inst_verified = load_instruments(root / "instruments.yaml")
    files: dict[str, StatusFile] = {}
    problems: list[InputError] = []
    for path in sorted((root / "status").glob("*.csv")):
        sf, errs = parse_status_csv(path.read_text(encoding="utf-8"), _relative(path), instruments)
        problems.extend(errs)
        if sf.instrument in files:
            problems.append(InputError("second file for this instrument", file=sf.path))
        if sf.instrument in instruments:
            files[sf.instrument] = sf
        if path.stem != sf.instrument:
            problems.append(
                InputError(f"file name must be {sf.instrument}.csv", file=sf.path, line=1)
            )
    positions, pos_verified = load_positions(root / "positions.yaml")
    if strict and problems:
        raise InputErrors(problems)
    return TreatyData(instruments, files, positions, inst_verified, pos_verified, problems)
