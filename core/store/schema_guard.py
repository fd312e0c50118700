"""A workspace file's schema must be exactly the one Parley makes, before SQLite runs any of it.

A ``.parley`` file is a program as much as a document: its schema can hold
triggers that run on the user's edits, views that never end, CHECK
expressions that call functions (``fts3_tokenizer`` can overwrite a pointer
and crash the process) and virtual tables. SQLite only *parses* the schema
when it reads ``sqlite_master``; it runs that code when a statement, or an
integrity check on a writable connection, touches the table. So this module
reads ``sqlite_master`` through a guarded connection (read-only, an
authorizer that denies every function call, ``trusted_schema=OFF``, and
defensive mode where Python offers it) and compares it with the schema
Parley's own migrations produce for the file's version, built in memory.
Anything extra or different is refused: a file passes only if SQLite would
find nothing in it that Parley did not put there.

The comparison ignores what cannot change meaning: whitespace, comments,
letter case of keywords and names, and how names are quoted. It keeps
literals exact, so a changed default or CHECK list is a difference.
"""

from __future__ import annotations

import re
import sqlite3
from functools import lru_cache
from pathlib import Path

from sqlite_utils import Database

from core.store import schema

# One SQL token per match; whitespace and comments are dropped by the caller.
_TOKEN = re.compile(
    r"""(?P<space>\s+)
      | (?P<comment>--[^\n]*|/\*.*?(?:\*/|$))
      | (?P<string>'(?:[^']|'')*')
      | (?P<blob>[xX]'[0-9A-Fa-f]*')
      | (?P<quoted>"(?:[^"]|"")*"|`(?:[^`]|``)*`|\[[^\]]*\])
      | (?P<word>[^\W\d]\w*|\d[\w.]*)
      | (?P<other>.)""",
    re.VERBOSE | re.DOTALL,
)

Entry = tuple[str, str, str, tuple[str, ...] | None]  # type, name, table, SQL tokens


@lru_cache(maxsize=512)
def sql_tokens(sql: str | bytes | None) -> tuple[str, ...] | None:
    """The tokens of a CREATE statement, with quoting, case and layout made uniform."""
    if sql is None:
        return None
    if not isinstance(sql, str):  # a damaged record can hold a blob or a number where the SQL belongs
        return ("<not SQL text>",)
    tokens: list[str] = []
    for match in _TOKEN.finditer(sql):
        kind, text = match.lastgroup, match.group()
        if kind in ("space", "comment"):
            continue
        if kind == "quoted":
            inner = text[1:-1]
            text = inner.replace(text[0] * 2, text[0]) if text[0] != "[" else inner
            kind = "word"
        tokens.append(text.lower() if kind in ("word", "blob") else text)
    return tuple(tokens)


def run_script(db: Database, script: str) -> None:
    """``db.executescript`` inside a transaction, statement by statement as sqlite-utils runs it, found faster.

    Inside a transaction sqlite-utils (4.2) finds where each statement ends
    by asking ``sqlite3.complete_statement`` after every character of the
    script (its ``enable_fts`` triggers included: ~50 ms for Parley's schema).
    A statement can end only at a semicolon, so asking at each semicolon
    finds the same statements. Outside a transaction both hand the script to
    SQLite whole.
    """
    if not db.conn.in_transaction:
        db.conn.executescript(script)
        return
    cursor = db.conn.cursor()
    pending = ""
    pieces = script.split(";")
    for n, piece in enumerate(pieces):
        pending += piece if n == len(pieces) - 1 else piece + ";"
        statement = pending.strip()
        if statement and sqlite3.complete_statement(statement):
            cursor.execute(statement)
            pending = ""
    if pending.strip():
        cursor.execute(pending.strip())


class ScriptedDatabase(Database):
    """An in-memory database for building the expected schema, whose scripts run through ``run_script``.

    Every start builds that schema (to compare the file's with it), and half
    its time went to sqlite-utils finding statement ends; the migrations and
    their SQL are the same ones every workspace gets.
    """

    def executescript(self, sql: str) -> sqlite3.Cursor:
        run_script(self, sql)
        return self.conn.cursor()


@lru_cache(maxsize=None)
def expected_schema(version: int) -> frozenset[Entry]:
    """``sqlite_master`` as Parley's migrations leave it at ``version``, made in memory."""
    names = schema.known_migration_names()
    if not 1 <= version <= len(names):
        raise ValueError(f"no schema version {version}")
    db = ScriptedDatabase(memory=True, execute_plugins=False)  # no plugin's functions, and no scan for them
    try:
        if version < len(names):
            schema.migrations.apply(db, stop_before=names[version])
        else:
            schema.migrations.apply(db)
        return frozenset(_entries(db.conn))
    finally:
        db.close()


def _lower(value) -> str:
    """A schema record's type or name in lower case; a damaged one (a blob, a number, NULL) as its repr."""
    return value.lower() if isinstance(value, str) else repr(value)


def _entries(conn: sqlite3.Connection) -> list[Entry]:
    return [(_lower(kind), _lower(name), _lower(table), sql_tokens(sql))
            for kind, name, table, sql in conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master")]


def _deny_functions(action: int, arg1, arg2, database, trigger) -> int:
    """Authorizer: no function of any kind runs until the schema has passed."""
    if action == sqlite3.SQLITE_FUNCTION:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def guarded_connection(path: Path) -> sqlite3.Connection:
    """A read-only connection that evaluates nothing a file's schema asks for.

    A WAL-mode file with no ``-wal`` beside it, or any file in a read-only
    folder, is opened ``immutable``: there
    is nothing to read from a WAL, and SQLite then creates no ``-wal`` and
    ``-shm`` files beside a file that may yet be refused.
    """
    from core.store.file_access import read_only_uri

    uri = read_only_uri(path, leave_no_files=True)
    conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    if hasattr(conn, "setconfig"):  # Python 3.12 and later
        conn.setconfig(sqlite3.SQLITE_DBCONFIG_DEFENSIVE, True)
        conn.setconfig(sqlite3.SQLITE_DBCONFIG_ENABLE_FTS3_TOKENIZER, False)
        conn.setconfig(sqlite3.SQLITE_DBCONFIG_TRUSTED_SCHEMA, False)
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.set_authorizer(_deny_functions)
    return conn


def schema_differences(conn: sqlite3.Connection, version: int) -> list[str]:
    """What in the file's schema Parley would not have made, as phrases; [] when it matches."""
    actual = _entries(conn)
    expected = expected_schema(version)
    expected_by_name = {(entry[0], entry[1]): entry for entry in expected}
    problems: list[str] = []
    seen: set[tuple[str, str]] = set()
    for entry in actual:
        kind, name = entry[0], entry[1]
        seen.add((kind, name))
        wanted = expected_by_name.get((kind, name))
        label = "virtual table" if kind == "table" and entry[3] and entry[3][:3] == ("create", "virtual",
                                                                                      "table") else kind
        article = "an" if str(label)[:1] in ("a", "e", "i", "o", "u") else "a"  # a damaged type may be no text
        if wanted is None:
            problems.append(f"{article} {label} “{name}” that Parley does not make")
        elif wanted != entry:
            problems.append(f"{article} {label} “{name}” that differs from the one Parley makes")
    for kind, name in sorted(set(expected_by_name) - seen):
        problems.append(f"no {kind} “{name}”, which Parley makes")
    return problems
