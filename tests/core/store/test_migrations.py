"""Workspaces written by earlier Parleys open and are upgraded, losing nothing.

The fixtures in ``tests/fixtures/schema`` were written by the code of their
day, checked out of git history (schema 1 by commit 8ec16a2, schema 2 by
commit 665778a, schema 4 by commit 0514fec) with that code's own
``write_seed_workspace``; they are not
rebuilt from today's migrations, so a later edit to an old migration shows
up here as a failure.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from core.interchange.json_document import dumps, export_document, import_new_workspace, parse_bytes
from core.store import backups, schema
from core.store.file_checks import check_openable
from core.store.workspace import open_workspace

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "schema"


def rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@pytest.mark.parametrize("version", [1, 2, 4])
def test_an_old_workspace_is_checked_upgraded_and_keeps_every_row(version, tmp_path):
    fixture = FIXTURES / f"seed-schema-{version}.parley"
    fixture_hash = hashlib.sha256(fixture.read_bytes()).hexdigest()
    assert rows(fixture, "PRAGMA user_version") == [(version,)]
    before = rows(fixture, "SELECT id, issue_id, party_id, round_id, stance, value_low, value_high FROM positions "
                           "ORDER BY id")
    assert len(before) == 19
    copy = tmp_path / "talks.parley"
    shutil.copyfile(fixture, copy)

    assert check_openable(copy).user_version == version  # its schema is exactly what that version made
    workspace = open_workspace(copy)
    try:
        assert workspace.db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        after = workspace.db.execute("SELECT id, issue_id, party_id, round_id, stance, value_low, value_high "
                                     "FROM positions ORDER BY id").fetchall()
        assert after == before
        assert all(h for (h,) in workspace.db.execute("SELECT base_hash FROM positions"))
        document = export_document(workspace)
    finally:
        workspace.close()
    assert hashlib.sha256(fixture.read_bytes()).hexdigest() == fixture_hash  # the fixture itself untouched
    if version < schema.SCHEMA_VERSION:
        assert any("before-migration" in p.name for p in backups.backups_of(copy))
    again = tmp_path / "again.parley"
    import_new_workspace(parse_bytes(dumps(document).encode()), again)
    reopened = open_workspace(again)
    try:
        assert export_document(reopened) == document
    finally:
        reopened.close()
