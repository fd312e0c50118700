"""The JSON interchange format: a whole workspace, ids included.

A document is ``{"format": "parley-workspace", "format_version": 2, <table>:
[rows...]}`` with the tables of the registry (``domain.registry``); the JSON Schema is
``resources/schema/parley-workspace-2.schema.json``. Export is deterministic
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
from collections.abc import Callable
from pathlib import Path

from core.domain.document import (  # noqa: F401 (DocumentError and check_document are part of this module's interface)
    BadValue,
    CheckedDocument,
    DocumentError,
    first_bad_value,
    check_document,
    checked_records,
    upgraded,
    records_from_document,
)
from core.domain.registry import REGISTRY, Registry
from core.collector_pause import collector_paused
from core.i18n import QT_TRANSLATE_NOOP, for_others, translate
from core.store.atomic_files import atomic_target, write_export
from core.store.documents import checked_rows, export_document, is_empty  # noqa: F401 (export_document: interface)
from core.store.locking import lock_path
from core.store.workspace import Workspace, WorkspaceError, open_workspace

MAX_BYTES = 512 * 1024 * 1024
# SQLite stores integers in 64 bits; anything outside would fail at insert (or be cut).
SQLITE_INT_MIN, SQLITE_INT_MAX = -(2**63), 2**63 - 1
MAX_NUMBER_CHARS = 400  # a longer number is refused unparsed: Python's int() is quadratic in its digits
ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")  # \uD800-\uDFFF: perhaps a lone half


# Row by row, the C encoder with a separator that carries the indentation (indent=2 would make
# json use its pure-Python encoder, three times slower on a large workspace).
_ROWS = json.JSONEncoder(ensure_ascii=False, separators=(",\n      ", ": "))
_SCALARS = {str, int, float, bool, type(None)}


def dumps(document: dict) -> str:
    """``json.dumps(document, ensure_ascii=False, indent=2) + "\\n"``, byte for byte, faster.

    A document's tables are lists of flat rows, and a flat row indented by
    two is what the C encoder writes with ``",\\n      "`` between items:
    only the braces around each row need their own lines. Inside an encoded
    string a newline is always written ``\\n``, so the raw newline of the
    separator marks the boundaries of items and nothing else. Anything not
    of that shape (a nested value, an empty row) goes to ``json.dumps`` itself.
    """
    return "".join(_pieces(document, checked=False))


def _pieces(document: dict, checked: bool) -> list[str]:
    """The text of ``dumps`` in pieces (one per table, the rest small), joined by the caller.

    ``checked``: the document has passed ``check_document``, whose schema
    allows only flat rows of text, numbers, booleans and nulls, so they are
    not looked at again here.
    """
    pieces = ["{\n"]
    for key, value in document.items():
        if not isinstance(key, str):
            return [json.dumps(document, ensure_ascii=False, indent=2) + "\n"]
        if len(pieces) > 1:
            pieces.append(",\n")
        pieces.append(f"  {json.dumps(key, ensure_ascii=False)}: ")
        if isinstance(value, list) and value and (checked or all(
                type(row) is dict and row and all(type(k) is str for k in row)
                and _SCALARS.issuperset(map(type, row.values())) for row in value)):
            body = _ROWS.encode(value)  # [{"a": 1,\n      "b": 2},\n      {"a": 3, ...}]
            pieces += ["[\n    {\n      ", body[2:-2].replace("},\n      {", "\n    },\n    {\n      "),
                       "\n    }\n  ]"]
        elif value is None or type(value) in _SCALARS or value == [] or value == {}:
            pieces.append(json.dumps(value, ensure_ascii=False))
        else:
            return [json.dumps(document, ensure_ascii=False, indent=2) + "\n"]
    if len(pieces) == 1:
        return [json.dumps(document, ensure_ascii=False, indent=2) + "\n"]
    pieces.append("\n}\n")
    return pieces


def write_json(workspace: Workspace, target: Path, stage: Callable[[str], None] | None = None) -> None:
    """Export ``workspace`` to ``target``; ``stage(name)`` is told each stage as it starts.

    Whatever ``stage`` raises stops the export before the file is written (the window's Cancel).
    """
    from core.store.file_access import refuse_workspace_as_output

    stage = stage or (lambda name: None)
    refuse_workspace_as_output(target, workspace.path)
    # Every row checked with the import's rules as it is exported: what is written always imports again.
    stage("Checking every row")
    with collector_paused():
        document = checked_rows(workspace, workspace.path.name)  # a refusal here is for the window, in its language
        with for_others():  # the document is data, in no interface language; nothing composed here may be either
            data = b"".join(piece.encode("utf-8") for piece in _pieces(document, checked=True))  # no copy of the whole
        del document
    stage(f"Writing {Path(target).name}")
    write_export(target, data)


# -- reading and checking ------------------------------------------------


def _no_duplicate_keys(pairs):
    seen = dict(pairs)
    if len(seen) != len(pairs):  # a key came twice: name the first one that did
        keys: set = set()
        for key, _ in pairs:
            if key in keys:
                raise DocumentError(translate("JsonDocument", "the key “{key}” appears twice in one object").format(key=key), "")
            keys.add(key)
    return seen


def _no_constants(name):
    raise DocumentError(translate("JsonDocument", "{name} is not a number JSON allows").format(name=name), "")


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


def parse_bytes(data: bytes) -> dict:
    """Strict JSON: UTF-8, no NaN or Infinity, no duplicate keys, bounded nesting."""
    if len(data) > MAX_BYTES:
        raise DocumentError(translate("JsonDocument", "the file is larger than {limit} MiB").format(limit=MAX_BYTES // (1024 * 1024)), "")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(translate("JsonDocument", "the file is not UTF-8 text (byte {start})").format(start=exc.start), "") from exc
    set_aside: list[BadValue] = []

    def integer(text):
        if len(text) < 19:  # at most 18 digits: always within SQLite's 64 bits
            return int(text)
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
        raise DocumentError(translate("JsonDocument", "not valid JSON: {msg} at line {lineno}, column {colno}").format(msg=exc.msg, lineno=exc.lineno, colno=exc.colno), "") from exc
    except RecursionError as exc:
        raise DocumentError(translate("JsonDocument", "the JSON is nested too deeply"), "") from exc
    if set_aside or ESCAPED_SURROGATE.search(text):
        try:
            found = first_bad_value(document)
        except RecursionError as exc:
            raise DocumentError(translate("JsonDocument", "the JSON is nested too deeply"), "") from exc
        if found:
            raise DocumentError(found[1], found[0])
    return document


def read_document(path: Path, registry: Registry = REGISTRY) -> CheckedDocument:
    """Read and check a workspace JSON file holding ``registry``'s tables; DocumentError says what is wrong.

    The document comes with the records its check made, which ``import_document`` writes as they are.
    """
    path = Path(path)
    if not path.is_file():
        reason = translate("JsonDocument", "it is a folder") if path.is_dir() else \
            translate("JsonDocument", "there is no such file")
        raise DocumentError(translate("JsonDocument", "cannot read {path}: {reason}").format(path=path, reason=reason), "")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise DocumentError(translate("JsonDocument", "the file is larger than {limit} MiB").format(limit=MAX_BYTES // (1024 * 1024)), "")
    with collector_paused():
        document = upgraded(parse_bytes(path.read_bytes()))  # format 1 is read, as format 2
        return CheckedDocument(document, registry, checked_records(document, registry))


# -- import ---------------------------------------------------------------
def import_document(workspace: Workspace, document: dict, progress: Callable[[int, int], None] | None = None) -> int:
    """Write a checked document into an empty workspace, in one transaction; returns the row count.

    The document is checked first, unless it comes from ``read_document``
    unchanged (a ``CheckedDocument``): then the records its check made are
    written. ``progress(done, total)`` counts the rows written; what it
    raises rolls the import back.
    """
    with collector_paused():
        checked = document.records_for(workspace.registry) if isinstance(document, CheckedDocument) else None
        if checked is None:
            checked = checked_records(document, workspace.registry)
        records = [record for table in checked.values() for record in table]
        ensure_empty(workspace)
        workspace.insert_many(records, progress)
        return len(records)


NEW_WORKSPACE = QT_TRANSLATE_NOOP("JsonDocument", "a new workspace")


def ensure_empty(workspace: Workspace, new_workspace: str = NEW_WORKSPACE) -> None:
    """Refuse to import into a workspace that holds records: an import is not a merge."""
    if not is_empty(workspace):
        raise DocumentError(translate("JsonDocument", "the workspace already holds records: import into {new_workspace}, or merge the file into this one").format(
            new_workspace=translate("JsonDocument", new_workspace)), "")


def import_new_workspace(document: dict, target: Path, registry: Registry = REGISTRY,
                         progress: Callable[[int, int], None] | None = None) -> int:
    """Create the workspace ``target`` from a document, whole or not at all.

    The workspace is built under a temporary name beside the target
    (``atomic_files``) and renamed into place only once it is complete and
    closed, so a kill, a full disk or a bad row leaves nothing at the target:
    no file, no ``-wal`` or ``-shm``, no lock. What a kill leaves under the
    temporary name, the next write into that folder sweeps away
    (``atomic_files.atomic_target``). On failure the first error is the one raised: the half-built
    workspace is discarded without a commit or a checkpoint, whose own
    failure on a full disk used to hide it. ``progress(done, total)``
    counts the rows written; whatever it raises (the window's Cancel) is
    such a failure, and leaves nothing at the target.
    """
    target = Path(target)
    if target.exists():
        raise WorkspaceError(translate("JsonDocument", "{target} exists already; choose another name").format(target=target.name))
    if not target.parent.is_dir():
        raise WorkspaceError(translate("JsonDocument", "the folder {parent} does not exist").format(parent=target.parent))
    with atomic_target(target) as temporary:
        try:
            workspace = open_workspace(temporary, registry=registry)
            try:
                _without_waiting_for_the_disk(workspace)
                count = import_document(workspace, document, progress)
                _waiting_for_the_disk(workspace)
            except BaseException:
                workspace.discard()
                raise
            workspace.close()
        finally:
            lock_path(temporary).unlink(missing_ok=True)
        if target.exists():  # another import got there first while this one ran
            raise WorkspaceError(translate("JsonDocument", "{target} exists already; choose another name").format(target=target.name))
    return count


def _without_waiting_for_the_disk(workspace: Workspace) -> None:
    """A new workspace is filled without SQLite's fsyncs (``synchronous = OFF``).

    Safe here, and only here: the workspace is a temporary file no one else
    knows of (``atomic_files.atomic_target``), renamed into place only once it
    is complete, closed and flushed to the disk (``replace_atomically`` fsyncs
    it before the rename). A crash, a full disk or a cancel can only spoil the
    temporary file, which is then deleted (or swept away after a kill), so
    nothing half-written is ever visible at the target. The journal stays
    (WAL, as in every workspace): switching it OFF and back to WAL left the
    connection unable to truncate its WAL at close ("database table is
    locked", from statements the opening checks left in sqlite3's cache), and
    the file must be in WAL mode when it is first opened, or that open runs
    the full checks of a large file in the foreground.
    """
    workspace.db.execute("PRAGMA synchronous = OFF")


def _waiting_for_the_disk(workspace: Workspace) -> None:
    """Back to the setting of every open workspace (``open_workspace``) before the file is closed."""
    workspace.db.execute("PRAGMA synchronous = FULL")
