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
from dataclasses import fields
from functools import lru_cache
from operator import attrgetter

import jsonschema_rs

from core.domain.records import Record, field_names
from core.domain.registry import REGISTRY, Registry, Table
from core.domain.validation import length_problems, limited_fields, rule_problems
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


class CheckedDocument(dict):
    """A document that has passed ``check_document``, carrying the records that check made.

    ``json_document.read_document`` returns one, and ``import_document``
    writes its ``records`` instead of checking every row a second time (on
    the largest workspace the check is a good part of an import): what is
    written is then exactly what was checked. Setting or removing a table
    drops the records, and the import checks the document again; the rows
    themselves are not watched, so change a row only in a plain dict copy.
    """

    def __init__(self, document: dict, registry: Registry, records: dict[str, list[Record]]):
        super().__init__(document)
        self.registry = registry
        self.records: dict[str, list[Record]] | None = records

    def _changed(self) -> None:
        self.records = None

    def __setitem__(self, key, value):
        self._changed()
        super().__setitem__(key, value)

    def __delitem__(self, key):
        self._changed()
        super().__delitem__(key)

    def __ior__(self, other):
        self._changed()
        return super().__ior__(other)

    def update(self, *args, **kwargs):
        self._changed()
        super().update(*args, **kwargs)

    def setdefault(self, key, default=None):
        self._changed()
        return super().setdefault(key, default)

    def pop(self, *args):
        self._changed()
        return super().pop(*args)

    def popitem(self):
        self._changed()
        return super().popitem()

    def clear(self):
        self._changed()
        super().clear()

    def records_for(self, registry: Registry) -> dict[str, list[Record]] | None:
        """The checked records, if they still stand for this document and ``registry``; else None."""
        return self.records if registry is self.registry else None


def check_document(document, registry: Registry = REGISTRY) -> None:
    """Raise DocumentError for the first problem; return quietly for a good document."""
    checked_records(document, registry)


def checked_records(document, registry: Registry = REGISTRY) -> dict[str, list[Record]]:
    """``check_document``, returning the records the rows make, table by table in the registry's order.

    The check builds every row's record anyway (the domain's rules are written
    for records), so an import takes them from here instead of building them
    a second time.
    """
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
    checker = validator(registry)
    try:
        # is_valid stops at the first problem and builds no error; the error itself is asked for only then
        error = None if checker.is_valid(document) else next(checker.iter_errors(document), None)
    except (RecursionError, ValueError, TypeError) as exc:
        raise DocumentError(translate("Document", "the file cannot be checked: {value}").format(value=str(exc).splitlines()[0] if str(exc) else exc)) from exc
    if error is not None:
        raise DocumentError(" ".join(error.message.split())[:300], json_path(error.instance_path))
    return _check_meaning(document, registry)


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


def _check_meaning(document: dict, registry: Registry) -> dict[str, list[Record]]:
    """What the schema cannot say, for a document that has passed it (every row a flat object of
    the right fields and types): unique ids, references, unique keys, passages, lengths, the domain's rules.

    Each rule is first tested on whole tables with sets, which costs little
    when it holds (as it does for almost every file); only a table that breaks
    it is walked row by row, in order, to name the first row at fault, so the
    message and its JSON path are those of a row-by-row check.
    """
    rows_of = {name: document.get(name, []) for name in registry.names()}
    ids: dict[str, set[str]] = {}
    seen: set[str] = set()
    for table, rows in rows_of.items():
        table_ids = [row["id"] for row in rows]
        unique = set(table_ids)
        if len(unique) != len(table_ids) or not seen.isdisjoint(unique):
            earlier = set(seen)
            for n, row_id in enumerate(table_ids):
                if row_id in earlier:
                    raise DocumentError(translate("Document", "the id {id} is used twice").format(id=row_id), f"$.{table}[{n}].id")
                earlier.add(row_id)
        seen |= unique
        ids[table] = unique
    if len(rows_of.get("negotiation", [])) > 1:
        raise DocumentError(translate("Document", "a workspace has at most one negotiation"), "$.negotiation[1]")
    for table, column, target in registry.references():
        rows = rows_of[table]
        values = {row.get(column) for row in rows}
        values.discard(None)
        if not values <= ids[target]:
            for n, row in enumerate(rows):
                value = row.get(column)
                if value is not None and value not in ids[target]:
                    raise DocumentError(translate("Document", "refers to {value}, which is not in {target}").format(value=value, target=target), f"$.{table}[{n}].{column}")
    for table, columns in ((t.name, t.unique_together) for t in registry if t.unique_together):
        rows = rows_of[table]
        keys = [tuple(row.get(c) for c in columns) for row in rows]
        if len(set(keys)) != len(keys):
            earlier: set[tuple] = set()
            for n, key in enumerate(keys):
                if key in earlier:
                    raise DocumentError(translate("Document", "a second row for the same {columns}").format(columns=', '.join(columns)), f"$.{table}[{n}]")
                earlier.add(key)
    records = {table.name: [_record(table.record, row) for row in rows_of[table.name]] for table in registry}
    _check_passages(records.get("citations", []), rows_of.get("reports", []))
    for table in registry:
        table_records = records[table.name]
        too_long_at = _first_too_long(table_records)
        for n in range(too_long_at):  # no infinity (checked first) and no text too long before too_long_at
            problems = rule_problems(table_records[n])
            if problems:
                raise DocumentError(problems[0], f"$.{table.name}[{n}]")
        if too_long_at < len(table_records):
            field, problem = length_problems(table_records[too_long_at])[0]
            raise DocumentError(problem, f"$.{table.name}[{too_long_at}].{field}")
    return records


def _record(cls: type[Record], row: dict) -> Record:
    """The record of a row that has passed the schema (whose keys are all the record's fields).

    A row with every field in the record's order (as Parley writes them) is
    passed by position, three times faster than by keyword.
    """
    if tuple(row) == field_names(cls):
        return cls(*row.values())
    try:
        return cls(**row)
    except TypeError:  # a key that is no field: only a row the schema did not see (a table it does not name)
        return cls.from_row(row)


def _first_too_long(records: list[Record]) -> int:
    """The index of the first record with a text longer than its limit, or ``len(records)``.

    Each limited field's longest value is found for the whole table at once;
    only a table that has one too long is walked.
    """
    if not records:
        return 0
    for name, limit in limited_fields(type(records[0])):
        values = map(attrgetter(name), records)
        try:
            longest = max(map(len, filter(None, values)), default=0)  # text, or None where a field may be empty
        except TypeError:  # a value that is no text (the schema's to refuse): look at the texts only
            longest = max((len(v) for v in map(attrgetter(name), records) if isinstance(v, str)), default=0)
        if longest > limit:
            return next(n for n, record in enumerate(records) if length_problems(record))
    return len(records)


def _check_passages(citations: list[Record], reports: list[dict]) -> None:
    """Each citation's offsets must cut its passage out of its report's text exactly."""
    from core.domain.validation import passage_problems

    texts = {row["id"]: row.get("text") or "" for row in reports}
    for n, citation in enumerate(citations):
        if not isinstance(citation.passage_start, int) or not isinstance(citation.passage_end, int):
            continue  # the row's own check names it
        problems = passage_problems(citation, texts.get(citation.report_id, ""))
        if problems:
            raise DocumentError(problems[0], f"$.citations[{n}]")
