"""The JSON interchange format: a whole workspace, ids included.

A document is ``{"format": "parley-workspace", "format_version": 1, <table>:
[rows...]}`` with the tables of ``documents.TABLE_ORDER``; the JSON Schema is
``resources/schema/parley-workspace-1.schema.json``. Export is deterministic
(rows by id, fields in a fixed order), so export → import → export gives the
same bytes.

Import reads and checks the whole file before anything is written: its size,
its encoding, strict JSON (no NaN, no duplicate keys, no runaway nesting),
the format version, the JSON Schema, then what a schema cannot say
(references, unique ids, one position per party, issue and round, the
domain's own rules). The first problem is reported with its JSON path; a bad
file changes nothing.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from dataclasses import fields
from functools import lru_cache
from pathlib import Path

import fastjsonschema
import jsonschema

from .documents import CLASSES, FORMAT_NAME, FORMAT_VERSION, TABLE_ORDER, records_from_document
from .paths import resource
from .store import TABLES, Workspace, WorkspaceError, open_workspace, remove_workspace_files
from .validation import problems_with

MAX_BYTES = 512 * 1024 * 1024
SCHEMA_FILE = resource("schema", f"parley-workspace-{FORMAT_VERSION}.schema.json")

# (table, column) -> table the column refers to
REFERENCES = {
    ("issues", "track_id"): "tracks",
    ("people", "party_id"): "parties",
    ("positions", "issue_id"): "issues",
    ("positions", "party_id"): "parties",
    ("positions", "round_id"): "rounds",
    ("positions", "speaker_id"): "people",
    ("positions", "source_id"): "sources",
    ("issue_status", "issue_id"): "issues",
    ("issue_status", "round_id"): "rounds",
    ("issue_status", "claimed_by_party_id"): "parties",
    ("evidence", "status_id"): "issue_status",
    ("evidence", "position_id"): "positions",
    ("evidence", "source_id"): "sources",
}
UNIQUE_TOGETHER = {
    "positions": ("issue_id", "party_id", "round_id"),
    "issue_status": ("issue_id", "round_id"),
}


class DocumentError(ValueError):
    """A file that cannot be imported; ``str()`` names the first problem and where."""

    def __init__(self, message: str, path: str = "$"):
        super().__init__(f"{path}: {message}" if path else message)
        self.path = path
        self.problem = message


# -- export ------------------------------------------------------------
def export_document(workspace: Workspace) -> dict:
    document: dict = {"format": FORMAT_NAME, "format_version": FORMAT_VERSION}
    for table in TABLE_ORDER:
        cls = CLASSES[table]
        records = sorted(workspace.all(cls), key=lambda r: r.id)
        document[table] = [{f.name: getattr(r, f.name) for f in fields(cls)} for r in records]
    return document


def dumps(document: dict) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def write_atomically(target: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``target``, then rename it over."""
    target = Path(target)
    if not target.parent.exists():
        raise OSError(f"the folder {target.parent} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    finally:
        Path(tmp).unlink(missing_ok=True)


def write_json(workspace: Workspace, target: Path) -> None:
    write_atomically(target, dumps(export_document(workspace)).encode("utf-8"))


# -- reading and checking ------------------------------------------------
@lru_cache(maxsize=1)
def schema() -> dict:
    with open(SCHEMA_FILE, encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=1)
def validator() -> jsonschema.protocols.Validator:
    """The reference validator: slow, but names the most relevant problem and its path."""
    cls = jsonschema.validators.validator_for(schema())
    cls.check_schema(schema())
    return cls(schema())


@lru_cache(maxsize=1)
def fast_validator():
    """The same schema compiled to Python by fastjsonschema: some thirty times faster on
    a large, valid file (240,000 positions: about 1.5 s instead of 45). It reads
    the keywords this schema uses identically under draft 7."""
    return fastjsonschema.compile({**schema(), "$schema": "http://json-schema.org/draft-07/schema#"})


def json_path(parts) -> str:
    path = "$"
    for part in parts:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path


def _no_duplicate_keys(pairs):
    seen = {}
    for key, value in pairs:
        if key in seen:
            raise DocumentError(f"the key “{key}” appears twice in one object", "")
        seen[key] = value
    return seen


def _no_constants(name):
    raise DocumentError(f"{name} is not a number JSON allows", "")


def parse_bytes(data: bytes) -> dict:
    """Strict JSON: UTF-8, no NaN or Infinity, no duplicate keys, bounded nesting."""
    if len(data) > MAX_BYTES:
        raise DocumentError(f"the file is larger than {MAX_BYTES // (1024 * 1024)} MiB", "")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(f"the file is not UTF-8 text (byte {exc.start})", "") from exc
    try:
        document = json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        raise DocumentError(f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}", "") from exc
    except RecursionError as exc:
        raise DocumentError("the JSON is nested too deeply", "") from exc
    return document


def check_document(document) -> None:
    """Raise DocumentError for the first problem; return quietly for a good document."""
    if not isinstance(document, dict):
        raise DocumentError("a Parley workspace file is a JSON object")
    if document.get("format") != FORMAT_NAME:
        raise DocumentError(f"this is not a Parley workspace file (format should be “{FORMAT_NAME}”)", "$.format")
    version = document.get("format_version")
    if version != FORMAT_VERSION:
        if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
            raise DocumentError(f"format version {version} is newer than this Parley reads ({FORMAT_VERSION}); "
                                "open it with a newer Parley", "$.format_version")
        raise DocumentError(f"unknown format version {version!r}", "$.format_version")
    try:
        fast_validator()(document)
    except fastjsonschema.JsonSchemaException:
        try:
            error = jsonschema.exceptions.best_match(validator().iter_errors(document))
        except RecursionError as exc:
            raise DocumentError("the JSON is nested too deeply") from exc
        if error is not None:
            raise DocumentError(error.message, json_path(error.absolute_path)) from None
        raise DocumentError("the file does not match the Parley workspace schema") from None
    except RecursionError as exc:
        raise DocumentError("the JSON is nested too deeply") from exc
    _check_meaning(document)


def _check_meaning(document: dict) -> None:
    ids: dict[str, set[str]] = {}
    seen: Counter = Counter()
    for table in TABLE_ORDER:
        rows = document.get(table, [])
        ids[table] = set()
        for n, row in enumerate(rows):
            if seen[row["id"]]:
                raise DocumentError(f"the id {row['id']} is used twice", f"$.{table}[{n}].id")
            seen[row["id"]] += 1
            ids[table].add(row["id"])
    if len(document.get("negotiation", [])) > 1:
        raise DocumentError("a workspace has at most one negotiation", "$.negotiation[1]")
    for (table, column), target in REFERENCES.items():
        for n, row in enumerate(document.get(table, [])):
            value = row.get(column)
            if value is not None and value not in ids[target]:
                raise DocumentError(f"refers to {value}, which is not in {target}", f"$.{table}[{n}].{column}")
    for table, columns in UNIQUE_TOGETHER.items():
        keys: set[tuple] = set()
        for n, row in enumerate(document.get(table, [])):
            key = tuple(row.get(c) for c in columns)
            if key in keys:
                raise DocumentError(f"a second row for the same {', '.join(columns)}", f"$.{table}[{n}]")
            keys.add(key)
    for n, row in enumerate(document.get("evidence", [])):
        if row.get("position_id") is None and row.get("source_id") is None:
            raise DocumentError("evidence names neither a position nor a source", f"$.evidence[{n}]")
    for table in TABLE_ORDER:
        cls = CLASSES[table]
        for n, row in enumerate(document.get(table, [])):
            problems = problems_with(cls.from_row(row))
            if problems:
                raise DocumentError(problems[0], f"$.{table}[{n}]")


def read_document(path: Path) -> dict:
    """Read and check a workspace JSON file; DocumentError says what is wrong."""
    path = Path(path)
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise DocumentError(f"the file is larger than {MAX_BYTES // (1024 * 1024)} MiB", "")
    document = parse_bytes(path.read_bytes())
    check_document(document)
    return document


# -- import ---------------------------------------------------------------
def is_empty(workspace: Workspace) -> bool:
    return all(workspace.db.execute(f"SELECT 1 FROM [{t}] LIMIT 1").fetchone() is None for t in TABLES.values())


def import_document(workspace: Workspace, document: dict) -> int:
    """Write a checked document into an empty workspace, in one transaction; returns the row count."""
    check_document(document)
    if not is_empty(workspace):
        raise DocumentError("the workspace already holds records: import into a new workspace, "
                            "or merge the file into this one", "")
    records = records_from_document(document)
    workspace.insert_many(records)
    return len(records)


def import_new_workspace(document: dict, target: Path) -> int:
    """Create the workspace ``target`` from a document; on any failure no file is left behind."""
    target = Path(target)
    if target.exists():
        raise WorkspaceError(f"{target.name} exists already; choose another name")
    workspace = open_workspace(target)
    try:
        count = import_document(workspace, document)
    except BaseException:
        workspace.close()
        remove_workspace_files(target)
        raise
    workspace.close()
    return count
