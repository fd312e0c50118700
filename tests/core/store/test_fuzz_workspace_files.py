"""Fuzzing received .parley files: byte flips, truncations, schema mutations and hostile rows.

Whatever the file, Open and merge either refuse it with one line and change
nothing, or succeed, and then the workspace still exports to JSON and
imports again. Never a traceback. ``PARLEY_FUZZ_FILES`` sets the number of
files opened (default 1200, 15-30 ms each here); an eighth as many are
merged (about 120 ms each: a merge also backs up, writes and re-imports).
"""

import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.cli import main as cli
from core.interchange.json_document import (
    check_document,
    dumps,
    export_document,
    import_new_workspace,
    parse_bytes,
    read_document,
    write_json,
)
from core.store.workspace import WorkspaceError, open_workspace

SCHEMA_MUTATIONS = [
    "CREATE TRIGGER zz AFTER INSERT ON positions BEGIN DELETE FROM issues; END",
    "CREATE TRIGGER zz BEFORE UPDATE ON parties BEGIN SELECT RAISE(ABORT, 'no'); END",
    "CREATE VIEW zz AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n FROM r",
    "CREATE TABLE zz (x)",
    "CREATE INDEX zz ON positions(stance)",
    "CREATE UNIQUE INDEX zz ON parties(name)",
    "ALTER TABLE positions ADD COLUMN zz TEXT",
    "ALTER TABLE parties ADD COLUMN zz INTEGER DEFAULT (random())",
    "CREATE VIRTUAL TABLE zz USING fts3(x)",
    "CREATE VIRTUAL TABLE zz USING fts5(x)",
    "DROP INDEX positions_by_issue",
    "DROP TRIGGER positions_au",
    "DROP TABLE evidence",
    "CREATE TABLE sqlite_stat1(tbl, idx, stat)",
    "ANALYZE",
    "PRAGMA user_version = 1",
    "PRAGMA user_version = 0",
    "PRAGMA user_version = 99",
    "PRAGMA application_id = 7",
    "DELETE FROM _sqlite_migrations",
    "INSERT INTO _sqlite_migrations (migration_set, name) VALUES ('parley', 'm999')",
    "UPDATE positions_fts_config SET v = 99 WHERE k = 'version'",
    "DELETE FROM positions_fts_data",
]
COLUMNS = {
    "parties": ["name", "colour", "sort_order", "role", "short_name", "id"],
    "issues": ["name", "quantity_kind", "sort_order", "track_id"],
    "rounds": ["date", "duration_minutes", "name"],
    "positions": ["value_low", "value_high", "value_date", "stated", "stance", "issue_id", "value_qualifier",
                  "stated_on", "original_text", "base_hash"],
    "reports": ["url", "published", "title", "text"],
    "citations": ["passage_start", "passage_end", "passage", "credibility", "value_low", "report_id"],
    "issue_status": ["status", "round_id"],
}
VALUES = st.one_of(
    st.none(), st.integers(min_value=-2**63, max_value=2**63 - 1), st.floats(allow_nan=True),
    st.text(max_size=20), st.binary(max_size=12),
    st.sampled_from(["", " ", "#zzzzzz", "2025-02-30", "1e999", "-1", "party", "<b>x</b>", "=1+1", "\x00"]),
)


def sha(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def small_seed(tmp_path_factory):
    """The seed workspace with 512-byte pages: small, so that flips land on structure as often as on text."""
    from core.interchange.seed import write_seed_workspace

    folder = tmp_path_factory.mktemp("fuzz-seed")
    write_seed_workspace(folder / "seed.parley")
    conn = sqlite3.connect(folder / "seed.parley", isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA page_size = 512")
    conn.execute("VACUUM")
    conn.execute("PRAGMA journal_mode = WAL")  # as Parley leaves its files
    conn.close()
    return folder / "seed.parley"


mutations = st.one_of(
    st.tuples(st.just("flip"), st.integers(min_value=0), st.integers(min_value=1, max_value=255)),
    st.tuples(st.just("truncate"), st.integers(min_value=0)),
    st.tuples(st.just("schema"), st.sampled_from(SCHEMA_MUTATIONS)),
    st.tuples(st.just("row"), st.sampled_from(sorted(COLUMNS)), st.data()),
)


def mutate(path: Path, mutation) -> None:
    kind = mutation[0]
    if kind in ("flip", "truncate"):
        data = bytearray(path.read_bytes())
        offset = mutation[1] % len(data)
        if kind == "flip":
            data[offset] ^= mutation[2]
        else:
            del data[offset:]
        path.write_bytes(bytes(data))
        return
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        if kind == "schema":
            conn.execute(mutation[1])
        else:
            table, data = mutation[1], mutation[2]
            column = data.draw(st.sampled_from(COLUMNS[table]))
            value = data.draw(VALUES)
            conn.execute(f"UPDATE [{table}] SET [{column}] = ? WHERE rowid = (SELECT min(rowid) FROM [{table}])",
                         [value])
    except sqlite3.Error:
        pass  # the mutation itself was refused (a CHECK, NOT NULL): the file is as it was
    finally:
        conn.close()


def round_trips(workspace_path: Path, folder: Path) -> None:
    """The workspace exports to JSON, and that JSON imports into a new workspace."""
    exported = folder / "export.json"
    workspace = open_workspace(workspace_path, read_only=True)
    try:
        write_json(workspace, exported)
    finally:
        workspace.close()
    import_new_workspace(read_document(exported), folder / "reimported.parley")


CASES = int(os.environ.get("PARLEY_FUZZ_FILES", "1200"))
FUZZ = settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def mangled(small_seed, tmp_path_factory, mutation):
    folder = tmp_path_factory.mktemp("fuzz")
    theirs = folder / "theirs.parley"
    shutil.copyfile(small_seed, theirs)
    mutate(theirs, mutation)
    return folder, theirs


@settings(FUZZ, max_examples=CASES)
@given(mutation=mutations)
def test_opening_a_mangled_workspace_refuses_it_in_one_line_or_it_works_whole(small_seed, tmp_path_factory,
                                                                               mutation):
    folder, theirs = mangled(small_seed, tmp_path_factory, mutation)
    theirs_before = sha(theirs)
    try:
        open_workspace(theirs).close()
    except WorkspaceError as exc:
        assert "\n" not in str(exc) and theirs.name in str(exc), exc
        assert sha(theirs) == theirs_before
        assert sorted(p.name for p in folder.iterdir()) == ["theirs.parley"]
        return
    workspace = open_workspace(theirs, read_only=True)
    try:  # what a JSON export of it would hold passes the JSON import's checks
        check_document(parse_bytes(dumps(export_document(workspace)).encode("utf-8")))
    finally:
        workspace.close()


@settings(FUZZ, max_examples=max(1, CASES // 8))
@given(mutation=mutations)
def test_merging_a_mangled_workspace_refuses_it_in_one_line_or_merges_whole(small_seed, tmp_path_factory,
                                                                            mutation, capsys):
    folder, theirs = mangled(small_seed, tmp_path_factory, mutation)
    theirs_before = sha(theirs)
    mine = folder / "mine.parley"
    shutil.copyfile(small_seed, mine)
    mine_before = sha(mine)
    capsys.readouterr()
    status = cli(["merge", str(theirs), "--workspace", str(mine), "--strategy", "theirs"])
    err = capsys.readouterr().err
    assert sha(theirs) == theirs_before
    if status != 0:
        assert status == 1 and err.count("\n") == 1, err
        assert sha(mine) == mine_before
        return
    round_trips(mine, folder)
