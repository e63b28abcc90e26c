"""Reading case files (DESIGN §2) with errors that point at the line and field.

YAML is read twice: once into plain data for validation, once as a node tree
whose marks give the line of any field the validator complains about. Aliases
are refused (they serve no purpose in a case file and are how YAML bombs
work), and so are files over a size limit.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from legation.errors import CaseFileError, InputError, InputErrors, UnknownStateError
from legation.model.case import STATE_ATTRIBUTES, Case
from legation.model.states import resolve

MAX_CASE_BYTES = 2 * 1024 * 1024


class _Loader(yaml.SafeLoader):
    """SafeLoader that leaves dates as text, so that the case model parses them
    (and reports an impossible date with its field) instead of PyYAML failing."""


_Loader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def read_case(path: Path | str) -> Case:
    """Read and validate one case file (YAML or JSON)."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise CaseFileError(f"cannot read: {exc.strerror}", file=str(p)) from None
    return parse_case(data, name=str(p))


def parse_case(data: bytes | str, name: str = "<case>") -> Case:
    """Validate a case file given as text; `name` is used in error messages."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if len(raw) > MAX_CASE_BYTES:
        raise CaseFileError(f"larger than {MAX_CASE_BYTES} bytes", file=name)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CaseFileError(
            f"not UTF-8 text ({exc.reason} at byte {exc.start})", file=name
        ) from None
    root = _compose(text, name)
    doc = _load(text, name)
    if not isinstance(doc, dict):
        raise CaseFileError("a case file is a mapping (legation: 1, id: …)", file=name, line=1)
    errors: list[InputError] = []
    _normalise_states(doc, root, name, errors)
    _assign_event_ids(doc)
    if errors:
        raise _bundle(errors)
    try:
        case = Case.model_validate(doc)
    except ValidationError as exc:
        for err in exc.errors():
            loc = tuple(err["loc"])
            errors.append(
                CaseFileError(
                    _message(err), file=name, line=_line(root, loc), field=_dotted(doc, loc)
                )
            )
        raise _bundle(errors) from None
    _check_references(case, doc, root, name, errors)
    if errors:
        raise _bundle(errors)
    return case


def _bundle(errors: list[InputError]) -> InputError:
    return errors[0] if len(errors) == 1 else InputErrors(errors)


def _compose(text: str, name: str) -> yaml.Node | None:
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.AliasEvent):
                mark = event.start_mark
                raise CaseFileError(
                    "YAML aliases are not allowed in case files",
                    file=name,
                    line=mark.line + 1 if mark else None,
                )
        return yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise CaseFileError(
            f"not valid YAML or JSON: {getattr(exc, 'problem', None) or exc}",
            file=name,
            line=mark.line + 1 if mark else None,
        ) from None


def _load(text: str, name: str) -> Any:
    stripped = text.lstrip()
    if stripped.startswith("{"):
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise CaseFileError(f"not valid JSON: {exc.msg}", file=name, line=exc.lineno) from None
    return yaml.load(text, Loader=_Loader)  # a SafeLoader subclass: no arbitrary objects


def _line(root: yaml.Node | None, loc: tuple[Any, ...]) -> int | None:
    """Line (1-based) of the deepest node that `loc` reaches."""
    node = root
    best = node.start_mark.line + 1 if node is not None else None
    for key in loc:
        if isinstance(node, yaml.MappingNode):
            match = next((v for k, v in node.value if k.value == key), None)
            key_node = next((k for k, v in node.value if k.value == key), None)
            if match is None:
                break
            node = match
            best = (key_node or match).start_mark.line + 1
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int):
            if key >= len(node.value):
                break
            node = node.value[key]
            best = node.start_mark.line + 1
        else:
            break
    return best


def _dotted(doc: Any, loc: tuple[Any, ...]) -> str:
    """`events[3].consent`, skipping pydantic's internal union labels."""
    out = ""
    node = doc
    for key in loc:
        if isinstance(key, int):
            out += f"[{key}]"
            node = node[key] if isinstance(node, list) and key < len(node) else None
        elif isinstance(node, dict) and key in node:
            out += ("." if out else "") + str(key)
            node = node[key]
        elif node is None or isinstance(node, dict):
            out += ("." if out else "") + str(key)
            node = None
    return out or "(document)"


def _message(err: Any) -> str:
    msg = str(err["msg"])
    if err["type"] == "extra_forbidden":
        return "unknown key (not part of the case-file format)"
    if err["type"] == "missing":
        return "is required"
    return msg.removeprefix("Value error, ")


def _normalise_states(
    doc: dict[str, Any], root: yaml.Node | None, name: str, errors: list[InputError]
) -> None:
    """Accept alpha-2 codes and names, store alpha-3; unknown codes are errors."""

    def fix(container: dict[str, Any], key: str, loc: tuple[Any, ...]) -> None:
        value = container.get(key)
        if value is None or not isinstance(value, str):
            return
        try:
            container[key] = resolve(value)
        except UnknownStateError as exc:
            errors.append(
                CaseFileError(exc.reason, file=name, line=_line(root, loc), field=_dotted(doc, loc))
            )

    mission = doc.get("mission")
    if isinstance(mission, dict):
        for key in ("sending_state", "receiving_state"):
            fix(mission, key, ("mission", key))
    for i, person in enumerate(doc.get("persons") or []):
        if isinstance(person, dict):
            fix(person, "nationality", ("persons", i, "nationality"))
            for j, proc in enumerate(person.get("proceedings") or []):
                if isinstance(proc, dict):
                    fix(proc, "by", ("persons", i, "proceedings", j, "by"))
    for i, event in enumerate(doc.get("events") or []):
        if isinstance(event, dict):
            for key in STATE_ATTRIBUTES:
                fix(event, key, ("events", i, key))


def _assign_event_ids(doc: dict[str, Any]) -> None:
    """Events without an id get `e<n>` (their 1-based position) so findings can cite them."""
    events = doc.get("events")
    if not isinstance(events, list):
        return
    taken = {e.get("id") for e in events if isinstance(e, dict)}
    for n, event in enumerate(events, start=1):
        if isinstance(event, dict) and not event.get("id"):
            candidate = f"e{n}"
            while candidate in taken:
                candidate += "_"
            event["id"] = candidate
            taken.add(candidate)


def _check_references(
    case: Case, doc: dict[str, Any], root: yaml.Node | None, name: str, errors: list[InputError]
) -> None:
    persons = [p.id for p in case.persons]
    seen: set[str] = set()
    for pid in persons:
        if pid in seen:
            errors.append(
                CaseFileError(f"person id {pid!r} defined twice", file=name, field="persons")
            )
        seen.add(pid)
    event_ids: set[str] = set()
    urls = {s.url for s in case.sources}
    for i, e in enumerate(case.events):
        assert e.id is not None
        if e.id in event_ids:
            loc: tuple[Any, ...] = ("events", i, "id")
            errors.append(
                CaseFileError(
                    f"event id {e.id!r} used twice",
                    file=name,
                    line=_line(root, loc),
                    field=f"events[{i}].id",
                )
            )
        event_ids.add(e.id)
        if e.person is not None and e.person not in seen:
            loc = ("events", i, "person")
            errors.append(
                CaseFileError(
                    f"person {e.person!r} is not defined under persons (defined: {', '.join(persons) or 'none'})",
                    file=name,
                    line=_line(root, loc),
                    field=f"events[{i}].person",
                )
            )
        if e.source is not None and e.source not in urls:
            loc = ("events", i, "source")
            errors.append(
                CaseFileError(
                    "source URL is not listed under the case's sources",
                    file=name,
                    line=_line(root, loc),
                    field=f"events[{i}].source",
                )
            )
