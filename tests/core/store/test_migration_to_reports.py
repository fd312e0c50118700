"""Schema 3: sources become outlets and reports, a position's source its first citation (issue 11)."""

import shutil
import sqlite3

from core.domain.hashing import content_hash
from core.domain.upgrade import derived_id
from core.store import schema
from core.store.backups import backups_of
from core.store.workspace import open_workspace
from pathlib import Path

OLD = Path(__file__).resolve().parents[2] / "fixtures" / "schema" / "seed-schema-2.parley"


def old_rows(sql):
    conn = sqlite3.connect(f"file:{OLD}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_the_committed_schema_2_workspace_is_upgraded_with_nothing_lost(tmp_path):
    path = tmp_path / "talks.parley"
    shutil.copy(OLD, path)
    (source_id, title, outlet), = old_rows("SELECT id, title, outlet FROM sources")
    cited = old_rows("SELECT id, source_id FROM positions WHERE source_id IS NOT NULL")
    status_sources = old_rows("SELECT id, status_id FROM evidence WHERE source_id IS NOT NULL")
    position_evidence = old_rows("SELECT id FROM evidence WHERE position_id IS NOT NULL")
    positions = old_rows("SELECT count(*) FROM positions")[0][0]
    ws = open_workspace(path)
    try:
        assert ws.db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION == 5
        (report,) = ws.reports()
        assert (report.id, report.title, report.text) == (source_id, title, "")  # the text was never kept
        assert [o.name for o in ws.outlets()] == ([outlet] if outlet else [])
        assert len(ws.positions()) == positions
        by_position = {c.position_id: c for c in ws.citations() if c.position_id}
        assert set(by_position) == {position_id for position_id, _ in cited}
        for position_id, old_source in cited:
            citation = by_position[position_id]
            assert citation.report_id == old_source and citation.credibility == 6
            assert citation.id == derived_id("citation", position_id, old_source)  # the same on every copy
        by_status = sorted((c.status_id, c.id) for c in ws.citations() if c.status_id)
        assert by_status == sorted((status_id, derived_id("citation", evidence_id))
                                   for evidence_id, status_id in status_sources)
        assert sorted(e.id for e in ws.evidence()) == sorted(row[0] for row in position_evidence)
        for table in ("parties", "people", "positions", "evidence"):
            for row in ws.db[table].rows:
                assert row["base_hash"] == content_hash(row), (table, row["id"])  # untouched rows stay untouched
        assert ws.db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert [r[0] for r in ws.db.execute("SELECT count(*) FROM positions_fts WHERE positions_fts MATCH 'bodies'")
                ][0] > 0
    finally:
        ws.close()
    assert [b.name.split(".")[-2] for b in backups_of(path)] == ["before-migration"]


def test_report_text_is_searchable(seed_ws):
    hits = seed_ws.db.execute("SELECT rowid FROM reports_fts WHERE reports_fts MATCH '339'").fetchall()
    assert len(hits) == 1


def test_an_older_workspace_opened_read_only_is_sent_to_the_window_not_judged_by_todays_rows(tmp_path):
    """A schema-2 file's evidence may name only a source; today's row rules would call that a bad row."""
    import pytest

    from core.store.workspace import WorkspaceError

    path = tmp_path / "talks.parley"
    shutil.copy(OLD, path)
    assert old_rows("SELECT count(*) FROM evidence WHERE position_id IS NULL")[0][0] > 0
    with pytest.raises(WorkspaceError, match="made by an older Parley; open it in the window once"):
        open_workspace(path, read_only=True)
