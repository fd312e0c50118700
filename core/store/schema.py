"""The workspace schema, created and migrated with sqlite-utils' Migrations.

Each migration sets ``PRAGMA user_version`` to its own number, so a file's
version can be read without knowing the migration table. sqlite-utils
accepts a database holding migrations it does not know; ``store`` checks for
those itself before anything is written, and refuses such a file.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATION_SET = "parley"
# 'PRLY': marks an SQLite file as a Parley workspace.
APPLICATION_ID = 0x50524C59
FTS_TOKENIZER = "unicode61 remove_diacritics 2"

migrations = Migrations(MIGRATION_SET)


@migrations()
def m001_initial(db: Database) -> None:
    """Every table of the domain, with UUID keys and foreign keys."""
    db.executescript(
        """
        CREATE TABLE negotiation (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE parties (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            short_name TEXT NOT NULL DEFAULT '',
            colour TEXT NOT NULL DEFAULT '#777777',
            sort_order INTEGER NOT NULL DEFAULT 0,
            role TEXT NOT NULL DEFAULT 'party'
                CHECK (role IN ('party', 'observer', 'mediator', 'host'))
        );
        CREATE TABLE tracks (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            sort_order INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE issues (
            id TEXT PRIMARY KEY,
            track_id TEXT REFERENCES tracks(id) ON DELETE SET NULL,
            name TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            quantity_kind TEXT CHECK (quantity_kind IN ('duration', 'count', 'date')),
            sort_order INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE rounds (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL DEFAULT '',
            date TEXT NOT NULL,
            place TEXT NOT NULL DEFAULT '',
            duration_minutes INTEGER,
            duration_note TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE people (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            party_id TEXT REFERENCES parties(id) ON DELETE SET NULL,
            role TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE sources (
            id TEXT PRIMARY KEY,
            outlet TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            published TEXT NOT NULL DEFAULT '',
            accessed TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE positions (
            id TEXT PRIMARY KEY,
            issue_id TEXT NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
            party_id TEXT NOT NULL REFERENCES parties(id) ON DELETE CASCADE,
            round_id TEXT NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
            stated INTEGER NOT NULL DEFAULT 1 CHECK (stated IN (0, 1)),
            stance TEXT NOT NULL DEFAULT '',
            summary TEXT NOT NULL DEFAULT '',
            value_low REAL,
            value_high REAL,
            value_unit TEXT NOT NULL DEFAULT '',
            value_qualifier TEXT CHECK (value_qualifier IN
                ('at_least', 'at_most', 'about', 'before', 'unspecified')),
            value_date TEXT,
            quote TEXT NOT NULL DEFAULT '',
            original_text TEXT NOT NULL DEFAULT '',
            original_language TEXT NOT NULL DEFAULT '',
            translation TEXT NOT NULL DEFAULT '',
            speaker_id TEXT REFERENCES people(id) ON DELETE SET NULL,
            source_id TEXT REFERENCES sources(id) ON DELETE SET NULL,
            stated_on TEXT,
            timing_note TEXT NOT NULL DEFAULT '',
            analyst_note TEXT NOT NULL DEFAULT '',
            UNIQUE (issue_id, party_id, round_id)
        );
        CREATE INDEX positions_by_issue ON positions(issue_id, party_id);
        CREATE TABLE issue_status (
            id TEXT PRIMARY KEY,
            issue_id TEXT NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
            round_id TEXT NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
            status TEXT NOT NULL CHECK (status IN
                ('agreed', 'narrowing', 'open', 'opposed', 'not_discussed')),
            common_ground TEXT NOT NULL DEFAULT '',
            claimed_by_party_id TEXT REFERENCES parties(id) ON DELETE SET NULL,
            note TEXT NOT NULL DEFAULT '',
            UNIQUE (issue_id, round_id)
        );
        CREATE TABLE evidence (
            id TEXT PRIMARY KEY,
            status_id TEXT NOT NULL REFERENCES issue_status(id) ON DELETE CASCADE,
            position_id TEXT REFERENCES positions(id) ON DELETE CASCADE,
            source_id TEXT REFERENCES sources(id) ON DELETE CASCADE,
            note TEXT NOT NULL DEFAULT '',
            CHECK (position_id IS NOT NULL OR source_id IS NOT NULL)
        );
        """
    )
    db["positions"].enable_fts(
        ["stance", "summary", "quote", "original_text", "translation", "analyst_note"],
        tokenize=FTS_TOKENIZER,
        create_triggers=True,
    )
    db["issue_status"].enable_fts(
        ["common_ground", "note"], tokenize=FTS_TOKENIZER, create_triggers=True
    )
    db["issues"].enable_fts(
        ["name", "description"], tokenize=FTS_TOKENIZER, create_triggers=True
    )
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("PRAGMA user_version = 1")


DOMAIN_TABLES = ("negotiation", "parties", "tracks", "issues", "rounds", "people", "sources",
                 "positions", "issue_status", "evidence")


@migrations()
def m002_base_hash(db: Database) -> None:
    """Record each row's content hash as the common ancestor for merges."""
    from core.domain.hashing import content_hash

    for table in DOMAIN_TABLES:
        db.execute(f"ALTER TABLE [{table}] ADD COLUMN base_hash TEXT NOT NULL DEFAULT ''")
        rows = list(db[table].rows)
        for row in rows:
            db.execute(f"UPDATE [{table}] SET base_hash = ? WHERE id = ?", [content_hash(row), row["id"]])
    db.execute("PRAGMA user_version = 2")


def known_migration_names() -> list[str]:
    return [m.name for m in migrations.pending(Database(memory=True))]


SCHEMA_VERSION = len(known_migration_names())
