"""The workspace file: creation, migration, refusal of files this version must not touch."""

import hashlib
import sqlite3

import pytest

from core.store import schema
from core.domain.records import Party, Track
from core.store.workspace import NewerWorkspaceError, NotAWorkspaceError, WorkspaceError, open_workspace


def sha256(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def table_names(path):
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table')")}


def test_migrating_an_empty_file_creates_the_schema(tmp_path):
    path = tmp_path / "empty.parley"
    path.write_bytes(b"")
    ws = open_workspace(path)
    assert ws.db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert ws.db.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    assert ws.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert ws.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    applied = [m.name for m in schema.migrations.applied(ws.db)]
    assert applied == schema.known_migration_names()
    ws.close()
    names = table_names(path)
    for table in ("parties", "tracks", "issues", "rounds", "people", "outlets", "reports", "positions", "figures",
                  "issue_status", "evidence", "citations", "positions_fts", "reports_fts"):
        assert table in names


def test_missing_file_is_created_private(tmp_path):
    path = tmp_path / "new.parley"
    open_workspace(path).close()
    assert path.stat().st_mode & 0o777 == 0o600


def test_fts_uses_the_diacritic_folding_tokenizer(tmp_path):
    ws = open_workspace(tmp_path / "w.parley")
    sql = ws.db.execute("SELECT sql FROM sqlite_master WHERE name = 'positions_fts'").fetchone()[0]
    ws.close()
    assert "unicode61 remove_diacritics 2" in sql


def test_reopening_applies_nothing_again(tmp_path):
    path = tmp_path / "w.parley"
    open_workspace(path).close()
    ws = open_workspace(path)
    assert len(schema.migrations.applied(ws.db)) == schema.SCHEMA_VERSION
    ws.close()


def _make_newer(path, *, version=None, migration=None):
    open_workspace(path).close()
    conn = sqlite3.connect(path, isolation_level=None)
    if version is not None:
        conn.execute(f"PRAGMA user_version = {version}")
    if migration is not None:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
            [schema.MIGRATION_SET, migration, "2030-01-01"],
        )
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def test_a_higher_schema_version_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "newer.parley"
    _make_newer(path, version=schema.SCHEMA_VERSION + 1)
    before = sha256(path)
    with pytest.raises(NewerWorkspaceError, match="newer version of Parley"):
        open_workspace(path)
    assert sha256(path) == before


def test_an_unknown_migration_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "unknown.parley"
    _make_newer(path, migration="m999_from_the_future")
    before = sha256(path)
    with pytest.raises(NewerWorkspaceError):
        open_workspace(path)
    assert sha256(path) == before


def test_a_foreign_sqlite_file_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    before = sha256(path)
    with pytest.raises(NotAWorkspaceError):
        open_workspace(path)
    assert sha256(path) == before


def test_a_non_sqlite_file_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "notes.parley"
    path.write_text("these are my notes, not a database")
    before = sha256(path)
    with pytest.raises(WorkspaceError):
        open_workspace(path)
    assert sha256(path) == before


def test_a_failed_write_leaves_nothing_behind(tmp_path):
    ws = open_workspace(tmp_path / "w.parley")
    track = Track(name="Humanitarian")
    duplicate = Party(id=track.id, name="A")
    clash = Party(id=duplicate.id, name="B")
    with pytest.raises(sqlite3.IntegrityError):
        ws.insert_many([track, duplicate, clash])
    assert ws.tracks() == [] and ws.parties() == []
    ws.close()


def test_every_row_gets_a_uuid(seed_ws):
    import uuid

    for table in ("parties", "tracks", "issues", "rounds", "people", "outlets", "reports", "positions", "figures",
                  "issue_status", "evidence", "citations"):
        for (row_id,) in seed_ws.db.execute(f"SELECT id FROM [{table}]"):
            assert str(uuid.UUID(row_id)) == row_id


def test_a_version_1_workspace_is_migrated_with_base_hashes(tmp_path):
    from sqlite_utils import Database

    from core.domain.hashing import content_hash

    path = tmp_path / "v1.parley"
    db = Database(path)
    schema.migrations.apply(db, stop_before="m002_base_hash")
    db.execute("INSERT INTO parties (id, name) VALUES ('6f1c2a52-9a43-4d0e-9a8e-2f1d1c0a7e55', 'Ukraine')")
    db.conn.commit()
    db.close()
    ws = open_workspace(path)
    assert ws.db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION == 5
    (row,) = ws.db["parties"].rows
    assert row["base_hash"] == content_hash(row)
    ws.close()
