"""The expected schema is built with scripts run statement by statement as sqlite-utils runs them, only found faster."""

from __future__ import annotations

import sqlite3

import pytest
from sqlite_utils import Database

from core.store import schema
from core.store.schema_guard import ScriptedDatabase, expected_schema, run_script, sql_tokens

TRICKY = """
    CREATE TABLE notes (id TEXT PRIMARY KEY, body TEXT NOT NULL DEFAULT 'a; b' CHECK (body <> ';'));
    -- a comment; with a semicolon
    CREATE TABLE log (note_id TEXT, body TEXT);
    /* a block comment; also with one */
    CREATE TRIGGER notes_logged AFTER INSERT ON notes BEGIN
        INSERT INTO log VALUES (new.id, 'added; logged');
        INSERT INTO log VALUES (new.id, new.body);
    END;
    INSERT INTO notes (id, body) VALUES ('n1', 'x;y')
"""


def master(db: Database) -> list[tuple]:
    return db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").fetchall()


def test_a_script_with_semicolons_in_strings_comments_and_triggers_runs_as_sqlite_utils_runs_it():
    ours, theirs = Database(memory=True), Database(memory=True)
    with ours.atomic():
        run_script(ours, TRICKY)
    with theirs.atomic():
        theirs.executescript(TRICKY)
    assert master(ours) == master(theirs)
    logged = [("n1", "added; logged"), ("n1", "x;y")]
    assert ours.execute("SELECT * FROM log ORDER BY body").fetchall() == logged
    assert theirs.execute("SELECT * FROM log ORDER BY body").fetchall() == logged


def test_the_expected_schema_is_the_one_the_migrations_leave_through_sqlite_utils():
    ours, theirs = ScriptedDatabase(memory=True), Database(memory=True)
    schema.migrations.apply(ours)
    schema.migrations.apply(theirs)
    assert master(ours) == master(theirs)
    assert len(master(ours)) > 20  # the FTS tables and their triggers (made by enable_fts) included
    assert {(kind.lower(), name.lower(), table.lower(), sql_tokens(sql)) for kind, name, table, sql
            in master(theirs)} == expected_schema(schema.SCHEMA_VERSION)


def test_a_failing_statement_rolls_the_whole_script_back():
    db = Database(memory=True)
    with pytest.raises(sqlite3.OperationalError, match="already exists"), db.atomic():
        run_script(db, "CREATE TABLE a (x); CREATE TABLE a (y);")
    assert master(db) == []
