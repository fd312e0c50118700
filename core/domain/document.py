"""A workspace as a document: every row of every table, as JSON-able dicts,
and the one check every document passes before Parley writes any of it.

The JSON interchange, merge (whose other side may be a received ``.parley``
file) and opening a workspace file all check rows here, with the same rules
(``check_document``): the JSON Schema (``resources/schema``), finite numbers
and whole Unicode text, unique ids, references that point at rows, one row
per unique key, text limits and the domain's own rules (``validation``).
The first problem is reported with its JSON path.
"""

from __future__ import annotations

import json
import math
import types
import typing
from collections import Counter
from dataclasses import fields
from functools import lru_cache

import jsonschema_rs

from core.domain.records import Record
from core.domain.registry import REGISTRY, Registry, Table
from core.domain.validation import length_problems, problems_with
from core.i18n import translate
from core.resources import resource

FORMAT_NAME = "parley-workspace"
FORMAT_VERSION = 2
SCHEMA_FILE = resource("schema", f"parley-workspace-{FORMAT_VERSION}.schema.json")
# Format 1 (one source per position, no report text) is still read, and upgraded.
FORMAT_1_SCHEMA_FILE = resource("schema", "parley-workspace-1.schema.json")


def records_from_document(document: dict, registry: Registry = REGISTRY) -> list[Record]:
    """The document's records as dataclasses, in foreign-key order."""
    records: list[Record] = []
    for table in registry:
        records.extend(table.record.from_row(row) for row in document.get(table.name, []))
    return records


class DocumentError(ValueError):
    """A file that cannot be imported; ``str()`` names the first problem and where."""

    def __init__(self, message: str, path: str = "$"):
        super().__init__(f"{path}: {message}" if path else message)
        self.path = path
        self.problem = message


@lru_cache(maxsize=1)
def schema() -> dict:
    with open(SCHEMA_FILE, encoding="utf-8") as fh:
        return json.load(fh)


def upgraded(document):
    """A format-1 document as format 2 (``domain.upgrade``); anything else as it is.

    The format-1 document is checked against its own schema first, and its
    references to sources must hold, so the upgrade never guesses; the
    result then passes ``check_document`` like any other.
    """
    if not (isinstance(document, dict) and document.get("format") == FORMAT_NAME
            and document.get("format_version") == 1 and type(document.get("format_version")) is int):
        return document
    from core.domain.upgrade import upgrade_document_1_to_2

    found = _first_bad_row_value(document, REGISTRY, extra=("sources",))
    if found:
        raise DocumentError(found[1], found[0])
    try:
        error = next(_format_1_validator().iter_errors(document), None)
    except (RecursionError, ValueError, TypeError) as exc:
        raise DocumentError(translate("Document", "the file cannot be checked: {value}").format(value=str(exc).splitlines()[0] if str(exc) else exc)) from exc
    if error is not None:
        raise DocumentError(" ".join(error.message.split())[:300], json_path(error.instance_path))
    sources = {row["id"] for row in document.get("sources", [])}
    for table in ("positions", "evidence"):
        for n, row in enumerate(document.get(table, [])):
            if row.get("source_id") is not None and row["source_id"] not in sources:
                raise DocumentError(translate("Document", "refers to {value}, which is not in sources").format(value=row['source_id']),
                                    f"$.{table}[{n}].source_id")
    for n, row in enumerate(document.get("evidence", [])):
        if row.get("position_id") is None and row.get("source_id") is None:
            raise DocumentError(translate("Document", "evidence names neither a position nor a source"), f"$.evidence[{n}]")
    return upgrade_document_1_to_2(document)


@lru_cache(maxsize=1)
def _format_1_validator() -> jsonschema_rs.Validator:
    with open(FORMAT_1_SCHEMA_FILE, encoding="utf-8") as fh:
        return jsonschema_rs.validator_for(json.load(fh))


@lru_cache(maxsize=4)
def validator(registry: Registry = REGISTRY) -> jsonschema_rs.Validator:
    """jsonschema-rs, compiled once per registry: it names the JSON path of a problem and
    checks a 500-issue file in 0.05 s (fastjsonschema 0.88 s, jsonschema 18.8 s)."""
    return jsonschema_rs.validator_for(schema_for(registry))


def schema_for(registry: Registry) -> dict:
    """The JSON Schema file, plus a definition made from the record's fields for each
    registry table the file does not define.

    Parley's own tables are all defined in the file (a test holds every entry
    of ``REGISTRY`` to that), so this adds nothing for them; it lets a
    registry extended in a test, or by a later table before its definition is
    written, carry rows that are still checked field by field rather than
    refused as an unknown key.
    """
    base = schema()
    extra = [t for t in registry if t.name not in base["properties"]]
    if not extra:
        return base
    full = {**base, "properties": dict(base["properties"]), "$defs": dict(base["$defs"])}
    for table in extra:
        full["$defs"][table.name] = row_schema(table, base["$defs"]["parties"]["properties"]["base_hash"])
        full["properties"][table.name] = {**base["properties"]["parties"], "items": {"$ref": f"#/$defs/{table.name}"}}
    return full


JSON_TYPES = {str: "string", int: "integer", float: "number", bool: "boolean"}


def row_schema(table: Table, base_hash: dict) -> dict:
    """A row's JSON Schema from its record class: each field's type, ids as UUIDs, no other keys."""
    hints = typing.get_type_hints(table.record)
    references = {column for column, _ in table.references}
    properties: dict = {}
    required = ["id"]
    for field in fields(table.record):
        kinds = typing.get_args(hints[field.name]) if isinstance(hints[field.name], types.UnionType) \
            else (hints[field.name],)
        nullable = type(None) in kinds
        if field.name == "base_hash":
            properties[field.name] = base_hash
            continue
        if field.name == "id" or field.name in references:
            found: dict = {"$ref": "#/$defs/uuid"}
            if not nullable and field.name != "id":
                required.append(field.name)
        else:
            names = [JSON_TYPES[k] for k in kinds if k in JSON_TYPES]
            found = {"type": names[0] if len(names) == 1 else names}
            if "string" in names:
                found["maxLength"] = 100_000
        properties[field.name] = {"oneOf": [found, {"type": "null"}]} if nullable else found
    return {"type": "object", "additionalProperties": False, "required": required, "properties": properties}


def json_path(parts) -> str:
    path = "$"
    for part in parts:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path


class BadValue:
    """A value the parser kept aside: reported with its JSON path once the whole file is read."""

    def __init__(self, problem: str):
        self.problem = problem


def first_bad_value(value, path: str = "$"):
    """The JSON path and problem of the first value the parser set aside or that is not
    whole Unicode text (a lone surrogate), or None. Walked only when the parse saw one."""
    if isinstance(value, BadValue):
        return path, value.problem
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            return path, translate("Document", "the text holds a lone surrogate (\\u{code}), not a character").format(code=format(ord(value[exc.start]), "04x"))
        return None
    if isinstance(value, dict):
        for key, item in value.items():
            found = first_bad_value(key, path) or first_bad_value(item, f"{path}.{key}")
            if found:
                return found
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found = first_bad_value(item, f"{path}[{index}]")
            if found:
                return found
    return None


def check_document(document, registry: Registry = REGISTRY) -> None:
    """Raise DocumentError for the first problem; return quietly for a good document."""
    if not isinstance(document, dict):
        raise DocumentError(translate("Document", "a Parley workspace file is a JSON object"))
    if document.get("format") != FORMAT_NAME:
        raise DocumentError(translate("Document", "this is not a Parley workspace file (format should be “{format}”)").format(format=FORMAT_NAME), "$.format")
    version = document.get("format_version")
    if version != FORMAT_VERSION:
        if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
            raise DocumentError(translate("Document", "format version {version} is newer than this Parley reads ({reads}); open it with a newer Parley").format(version=version, reads=FORMAT_VERSION), "$.format_version")
        raise DocumentError(translate("Document", "unknown format version {version}").format(version=repr(version)), "$.format_version")
    # Before the schema, which would read infinity as null: a document built in memory
    # (a merge's other side) was not parsed here, so its numbers and text are unchecked.
    found = _first_bad_row_value(document, registry)
    if found:
        raise DocumentError(found[1], found[0])
    try:
        error = next(validator(registry).iter_errors(document), None)
    except (RecursionError, ValueError, TypeError) as exc:
        raise DocumentError(translate("Document", "the file cannot be checked: {value}").format(value=str(exc).splitlines()[0] if str(exc) else exc)) from exc
    if error is not None:
        raise DocumentError(" ".join(error.message.split())[:300], json_path(error.instance_path))
    _check_meaning(document, registry)


def _first_bad_row_value(document: dict, registry: Registry, extra: tuple[str, ...] = ()):
    """The path and problem of the first lone surrogate or non-finite number in a row.

    Rows are flat objects of scalars (anything else is the schema's to
    refuse, and is passed over here), so one pass over the rows does (some
    40 ms for 20,000 positions, where a general walk took ten times as long);
    ``isascii`` passes most text without encoding it.
    """
    for table in (*registry.names(), *extra):
        rows = document.get(table, ())
        for n, row in enumerate(rows if isinstance(rows, list) else ()):
            if not isinstance(row, dict):
                continue
            for key, value in row.items():
                if type(value) is str:
                    if not value.isascii():
                        found = first_bad_value(value, f"$.{table}[{n}].{key}")
                        if found:
                            return found
                elif type(value) is float and not math.isfinite(value):
                    return f"$.{table}[{n}].{key}", translate("Document", "{value} is not a finite number").format(
                        value=value)
    return None


def _check_meaning(document: dict, registry: Registry) -> None:
    ids: dict[str, set[str]] = {}
    seen: Counter = Counter()
    for table in registry.names():
        rows = document.get(table, [])
        ids[table] = set()
        for n, row in enumerate(rows):
            if seen[row["id"]]:
                raise DocumentError(translate("Document", "the id {id} is used twice").format(id=row['id']), f"$.{table}[{n}].id")
            seen[row["id"]] += 1
            ids[table].add(row["id"])
    if len(document.get("negotiation", [])) > 1:
        raise DocumentError(translate("Document", "a workspace has at most one negotiation"), "$.negotiation[1]")
    for table, column, target in registry.references():
        for n, row in enumerate(document.get(table, [])):
            value = row.get(column)
            if value is not None and value not in ids[target]:
                raise DocumentError(translate("Document", "refers to {value}, which is not in {target}").format(value=value, target=target), f"$.{table}[{n}].{column}")
    for table, columns in ((t.name, t.unique_together) for t in registry if t.unique_together):
        keys: set[tuple] = set()
        for n, row in enumerate(document.get(table, [])):
            key = tuple(row.get(c) for c in columns)
            if key in keys:
                raise DocumentError(translate("Document", "a second row for the same {columns}").format(columns=', '.join(columns)), f"$.{table}[{n}]")
            keys.add(key)
    _check_passages(document)
    for table in registry:
        for n, row in enumerate(document.get(table.name, [])):
            record = table.record.from_row(row)
            too_long = length_problems(record)
            if too_long:
                raise DocumentError(too_long[0][1], f"$.{table.name}[{n}].{too_long[0][0]}")
            problems = problems_with(record)
            if problems:
                raise DocumentError(problems[0], f"$.{table.name}[{n}]")


def _check_passages(document: dict) -> None:
    """Each citation's offsets must cut its passage out of its report's text exactly."""
    from core.domain.records import Citation
    from core.domain.validation import passage_problems

    texts = {row["id"]: row.get("text") or "" for row in document.get("reports", [])}
    for n, row in enumerate(document.get("citations", [])):
        citation = Citation.from_row(row)
        if not isinstance(citation.passage_start, int) or not isinstance(citation.passage_end, int):
            continue  # the row's own check names it
        problems = passage_problems(citation, texts.get(citation.report_id, ""))
        if problems:
            raise DocumentError(problems[0], f"$.citations[{n}]")
