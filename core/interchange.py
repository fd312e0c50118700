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
import math
import re
from collections import Counter
from dataclasses import fields
from functools import lru_cache
from pathlib import Path

import jsonschema_rs

from .atomic_files import atomic_target, sweep_partials, write_bytes_atomically
from .documents import CLASSES, FORMAT_NAME, FORMAT_VERSION, TABLE_ORDER, records_from_document
from .locking import lock_path
from .paths import resource
from .store import TABLES, Workspace, WorkspaceError, open_workspace
from .validation import length_problems, problems_with

MAX_BYTES = 512 * 1024 * 1024
# SQLite stores integers in 64 bits; anything outside would fail at insert (or be cut).
SQLITE_INT_MIN, SQLITE_INT_MAX = -(2**63), 2**63 - 1
MAX_NUMBER_CHARS = 400  # a longer number is refused unparsed: Python's int() is quadratic in its digits
ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")  # \uD800-\uDFFF: perhaps a lone half
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
    """Write ``data`` whole to ``target`` (private, 0600), sweeping a killed writer's leftovers first."""
    target = Path(target)
    if not target.parent.exists():
        raise OSError(f"the folder {target.parent} does not exist")
    sweep_partials(target.parent)
    write_bytes_atomically(target, data)


def write_json(workspace: Workspace, target: Path) -> None:
    write_atomically(target, dumps(export_document(workspace)).encode("utf-8"))


# -- reading and checking ------------------------------------------------
@lru_cache(maxsize=1)
def schema() -> dict:
    with open(SCHEMA_FILE, encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=1)
def validator() -> jsonschema_rs.Validator:
    """jsonschema-rs, compiled once: it names the JSON path of a problem and checks a
    500-issue file in 0.05 s (fastjsonschema 0.88 s, jsonschema 18.8 s)."""
    return jsonschema_rs.validator_for(schema())


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


class BadValue:
    """A value the parser kept aside: reported with its JSON path once the whole file is read."""

    def __init__(self, problem: str):
        self.problem = problem


def _integer(text: str):
    if len(text.lstrip("-")) > MAX_NUMBER_CHARS:
        return BadValue(f"the integer of {len(text):,} digits is out of range")
    number = int(text)
    if not SQLITE_INT_MIN <= number <= SQLITE_INT_MAX:
        return BadValue(f"{text} is out of range (integers go from {SQLITE_INT_MIN} to {SQLITE_INT_MAX})")
    return number


def _decimal(text: str):
    number = float(text) if len(text) <= MAX_NUMBER_CHARS else math.inf
    if not math.isfinite(number):
        shown = text if len(text) <= 40 else text[:37] + "..."
        return BadValue(f"{shown} is not a finite number")
    return number


def _first_bad_value(value, path: str = "$"):
    """The JSON path and problem of the first value the parser set aside or that is not
    whole Unicode text (a lone surrogate), or None. Walked only when the parse saw one."""
    if isinstance(value, BadValue):
        return path, value.problem
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            return path, f"the text holds a lone surrogate (\\u{ord(value[exc.start]):04x}), not a character"
        return None
    if isinstance(value, dict):
        for key, item in value.items():
            found = _first_bad_value(key, path) or _first_bad_value(item, f"{path}.{key}")
            if found:
                return found
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found = _first_bad_value(item, f"{path}[{index}]")
            if found:
                return found
    return None


def parse_bytes(data: bytes) -> dict:
    """Strict JSON: UTF-8, no NaN or Infinity, no duplicate keys, bounded nesting."""
    if len(data) > MAX_BYTES:
        raise DocumentError(f"the file is larger than {MAX_BYTES // (1024 * 1024)} MiB", "")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(f"the file is not UTF-8 text (byte {exc.start})", "") from exc
    set_aside: list[BadValue] = []

    def integer(text):
        value = _integer(text)
        if isinstance(value, BadValue):
            set_aside.append(value)
        return value

    def decimal(text):
        value = _decimal(text)
        if isinstance(value, BadValue):
            set_aside.append(value)
        return value

    try:
        document = json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constants,
                              parse_int=integer, parse_float=decimal)
    except json.JSONDecodeError as exc:
        raise DocumentError(f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}", "") from exc
    except RecursionError as exc:
        raise DocumentError("the JSON is nested too deeply", "") from exc
    if set_aside or ESCAPED_SURROGATE.search(text):
        try:
            found = _first_bad_value(document)
        except RecursionError as exc:
            raise DocumentError("the JSON is nested too deeply", "") from exc
        if found:
            raise DocumentError(found[1], found[0])
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
    # Before the schema, which would read infinity as null: a document built in memory
    # (a merge's other side) was not parsed here, so its numbers and text are unchecked.
    found = _first_bad_row_value(document)
    if found:
        raise DocumentError(found[1], found[0])
    try:
        error = next(validator().iter_errors(document), None)
    except (RecursionError, ValueError, TypeError) as exc:
        raise DocumentError(f"the file cannot be checked: {str(exc).splitlines()[0] if str(exc) else exc}") from exc
    if error is not None:
        raise DocumentError(" ".join(error.message.split())[:300], json_path(error.instance_path))
    _check_meaning(document)


def _first_bad_row_value(document: dict):
    """The path and problem of the first lone surrogate or non-finite number in a row.

    Rows are flat objects of scalars (anything else is the schema's to
    refuse, and is passed over here), so one pass over the rows does (some
    40 ms for 20,000 positions, where a general walk took ten times as long);
    ``isascii`` passes most text without encoding it.
    """
    for table in TABLE_ORDER:
        rows = document.get(table, ())
        for n, row in enumerate(rows if isinstance(rows, list) else ()):
            if not isinstance(row, dict):
                continue
            for key, value in row.items():
                if type(value) is str:
                    if not value.isascii():
                        found = _first_bad_value(value, f"$.{table}[{n}].{key}")
                        if found:
                            return found
                elif type(value) is float and not math.isfinite(value):
                    return f"$.{table}[{n}].{key}", f"{value} is not a finite number"
    return None


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
            record = cls.from_row(row)
            too_long = length_problems(record)
            if too_long:
                raise DocumentError(too_long[0][1], f"$.{table}[{n}].{too_long[0][0]}")
            problems = problems_with(record)
            if problems:
                raise DocumentError(problems[0], f"$.{table}[{n}]")


def read_document(path: Path) -> dict:
    """Read and check a workspace JSON file; DocumentError says what is wrong."""
    path = Path(path)
    if not path.is_file():
        raise DocumentError(f"cannot read {path}: " + ("it is a folder" if path.is_dir() else "there is no such file"),
                            "")
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
    """Create the workspace ``target`` from a document, whole or not at all.

    The workspace is built under a temporary name beside the target
    (``atomic_files``) and renamed into place only once it is complete and
    closed, so a kill, a full disk or a bad row leaves nothing at the target:
    no file, no ``-wal`` or ``-shm``, no lock. What a kill leaves under the
    temporary name, ``sweep_partials`` removes on the next import into that
    folder. On failure the first error is the one raised: the half-built
    workspace is discarded without a commit or a checkpoint, whose own
    failure on a full disk used to hide it.
    """
    target = Path(target)
    if target.exists():
        raise WorkspaceError(f"{target.name} exists already; choose another name")
    if not target.parent.is_dir():
        raise WorkspaceError(f"the folder {target.parent} does not exist")
    sweep_partials(target.parent)
    with atomic_target(target) as temporary:
        try:
            workspace = open_workspace(temporary)
            try:
                count = import_document(workspace, document)
            except BaseException:
                workspace.discard()
                raise
            workspace.close()
        finally:
            lock_path(temporary).unlink(missing_ok=True)
        if target.exists():  # another import got there first while this one ran
            raise WorkspaceError(f"{target.name} exists already; choose another name")
    return count
