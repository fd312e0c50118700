"""The checks of a received or opened file hold whatever its size and whatever it holds
(adversarial review of issue 9, findings 1, 2, 3, 4, 7 and 14).

Each hostile file is made here from the seed workspace or a committed fixture
(small generated fixtures, nothing copied from the review's folder).
"""

import hashlib
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from core.interchange.received import read_other
from core.store import documents
from core.store.file_checks import (
    DamagedWorkspaceError,
    NotAWorkspaceError,
    UnexpectedSchemaError,
    UnusableRowsError,
    WorkspaceError,
    check_openable,
)
from core.store.row_guard import MAX_ROWID, check_rows_quickly
from core.store.workspace import open_workspace

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "hostile"
PARLEY_ID = 0x50524C59


def sha(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def padded_wal_copy(name: str, folder: Path) -> Path:
    """A hostile fixture in WAL mode, padded past the size that used to switch the row check off."""
    path = folder / f"padded_{name}.parley"
    shutil.copyfile(FIXTURES / f"{name}.parley", path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    with open(path, "r+b") as fh:
        fh.truncate(9 * 1024 * 1024)  # SQLite ignores the bytes past its last page
    return path


@pytest.mark.parametrize("name", ["text_in_number_column", "infinite_number", "bad_colour", "text_in_sort_order"])
@pytest.mark.parametrize("read_only", [False, True])
def test_a_large_file_with_a_bad_row_is_refused_before_any_row_is_read(name, read_only, tmp_path):
    path = padded_wal_copy(name, tmp_path)
    before = sha(path)
    with pytest.raises(UnusableRowsError) as refused:
        open_workspace(path, read_only=read_only).close()
    assert "\n" not in str(refused.value) and path.name in str(refused.value)
    assert sha(path) == before


def test_a_large_good_file_opened_for_writing_still_gets_its_full_check_in_the_background(seed_path, tmp_path):
    path = tmp_path / "big.parley"
    shutil.copyfile(seed_path, path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    with open(path, "r+b") as fh:
        fh.truncate(9 * 1024 * 1024)
    workspace = open_workspace(path)
    try:
        assert workspace.check is not None  # the fast check ran here; the slow one runs beside the window
        workspace.check.wait()
    finally:
        workspace.close()


def with_rowid(seed_path: Path, folder: Path, rowid: int) -> Path:
    path = folder / "rowid.parley"
    shutil.copyfile(seed_path, path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE positions SET rowid = ? WHERE rowid = (SELECT max(rowid) FROM positions)", [rowid])
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("read_only", [False, True])
def test_a_row_numbered_beyond_the_bound_is_refused_at_the_fast_check(seed_path, tmp_path, read_only):
    path = with_rowid(seed_path, tmp_path, 3_000_000_000)
    with pytest.raises(UnusableRowsError, match="3000000000"):
        open_workspace(path, read_only=read_only).close()
    with pytest.raises(UnusableRowsError):
        read_other(path)


def test_a_row_numbered_at_the_bound_is_accepted(seed_path, tmp_path):
    path = with_rowid(seed_path, tmp_path, MAX_ROWID)
    open_workspace(path, read_only=True).close()


def view_only_file(path: Path, recursive: bool) -> Path:
    """Parley's application id and version, and one object: a view where the migrations table belongs."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {PARLEY_ID}")
    conn.execute("PRAGMA user_version = 2")
    rows = ("WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) "
            "SELECT 'parley' AS migration_set, 'x' AS name, '' AS applied_at FROM r WHERE n < 0") if recursive \
        else "SELECT 'parley' AS migration_set, 'm001_initial' AS name, '' AS applied_at"
    conn.execute(f"CREATE VIEW _sqlite_migrations AS {rows}")
    conn.close()
    return path


@pytest.mark.parametrize("recursive", [True, False])
def test_a_parley_file_with_no_tables_is_schema_checked(tmp_path, recursive):
    path = view_only_file(tmp_path / "views.parley", recursive)
    before = sha(path)
    with pytest.raises(UnexpectedSchemaError) as refused:
        check_openable(path)  # before the fix: passed as a blank file, then open and merge hung on the view
    assert "view" in str(refused.value) and "\n" not in str(refused.value)
    with pytest.raises(UnexpectedSchemaError):
        read_other(path)
    assert sha(path) == before


def test_a_blank_database_with_only_a_view_is_not_a_workspace(tmp_path):
    path = tmp_path / "foreign.parley"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE VIEW v AS SELECT 1")
    conn.close()
    with pytest.raises(NotAWorkspaceError):
        check_openable(path)


def test_merge_checks_the_copy_it_reads_not_the_file_before_it_was_swapped(seed_path, tmp_path, monkeypatch):
    """A file swapped for a hostile one between the check and the copy: the copy is what is checked."""
    theirs = tmp_path / "theirs.parley"
    shutil.copyfile(seed_path, theirs)
    copy_database = documents._copy_database

    def swapped_then_copied(path, copy):
        shutil.copyfile(FIXTURES / "trigger_deletes_issues.parley", path)  # the race, made certain
        copy_database(path, copy)

    monkeypatch.setattr(documents, "_copy_database", swapped_then_copied)
    with pytest.raises(UnexpectedSchemaError, match="trigger"):
        read_other(theirs)
    assert list(documents.scratch_dir().iterdir()) == []


def test_merge_refuses_an_empty_file_in_one_line(tmp_path):
    empty = tmp_path / "empty.parley"
    empty.write_bytes(b"")
    with pytest.raises(NotAWorkspaceError, match="empty"):
        read_other(empty)


def damaged_index(seed_path: Path, folder: Path, damage: str) -> Path:
    path = folder / "index.parley"
    shutil.copyfile(seed_path, path)
    conn = sqlite3.connect(path)
    conn.execute(damage)
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("damage", [
    "UPDATE positions_fts_config SET v = 99 WHERE k = 'version'",
    "UPDATE positions_fts_data SET block = zeroblob(length(block)) WHERE id > 10",
])
def test_a_damaged_search_index_is_refused_in_one_line_and_never_written_through(seed_path, tmp_path, damage):
    path = damaged_index(seed_path, tmp_path, damage)
    before = sha(path)
    with pytest.raises(DamagedWorkspaceError, match="search index") as refused:
        open_workspace(path).close()
    assert "\n" not in str(refused.value)
    assert sha(path) == before
    assert sorted(p.name for p in tmp_path.iterdir() if "index" in p.name) == ["index.parley"]  # no lock, -wal, -shm


@pytest.mark.parametrize("empty", ["/dev/null", "empty.parley"])
def test_an_empty_file_is_not_called_a_workspace_made_by_an_older_parley(tmp_path, empty):
    path = Path(empty) if empty.startswith("/") else tmp_path / empty
    if not path.is_absolute() or not path.exists():
        path.write_bytes(b"")
    with pytest.raises(WorkspaceError) as refused:
        open_workspace(path, read_only=True).close()
    assert "empty" in str(refused.value) and "older" not in str(refused.value)


def test_the_fast_check_takes_well_under_a_second_on_a_thousand_rows(seed_path):
    conn = sqlite3.connect(f"file:{seed_path}?mode=ro", uri=True)
    started = time.perf_counter()
    check_rows_quickly(conn, seed_path.name)
    assert time.perf_counter() - started < 0.5
    conn.close()


def test_a_json_export_checks_every_row_so_what_it_writes_imports_again(tmp_path):
    """A read-only open (export) runs the fast check only; a row that passes it but not the import's
    rules (a blank party name) is refused by the JSON export instead of written."""
    from core.interchange.json_document import write_json

    path = tmp_path / "blank_name.parley"
    shutil.copyfile(FIXTURES / "bad_colour.parley", path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE parties SET colour = '#123456', name = '   '")
    conn.commit()
    conn.close()
    workspace = open_workspace(path, read_only=True)
    try:
        with pytest.raises(UnusableRowsError, match="name"):
            write_json(workspace, tmp_path / "out.json")
    finally:
        workspace.close()
    assert not (tmp_path / "out.json").exists()
