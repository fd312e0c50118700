"""Reopening a workspace this Parley checked and closed cleanly skips the checks; any change brings them back.

Whether the row checks ran is seen by spying on the functions that run them
(``row_guard.check_file_rows_quickly``, ``documents.check_rows_of_file`` and
FTS5's check), and, where it matters most, by a bad row written behind
Parley's back with raw sqlite3, which must be refused.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core.store import checked_files, documents, file_checks, row_guard
from core.store.file_checks import NewerWorkspaceError, UnusableRowsError
from core.store.workspace import open_workspace

ROOT = Path(__file__).resolve().parents[3]
BAD_COLOUR = "UPDATE parties SET colour = 'no colour at all' WHERE rowid = (SELECT min(rowid) FROM parties)"


@pytest.fixture
def checks(monkeypatch):
    """The names of the checks that ran, in order, each still doing its work."""
    ran: list[str] = []

    def spying(module, name):
        real = getattr(module, name)

        def spy(*args, **kwargs):
            ran.append(name)
            return real(*args, **kwargs)

        monkeypatch.setattr(module, name, spy)

    spying(row_guard, "check_file_rows_quickly")
    spying(documents, "check_rows_of_file")
    spying(file_checks, "check_search_indexes")
    return ran


def closed_cleanly(path: Path) -> Path:
    """Open the workspace (its checks run), change nothing, close it: its stamp is kept."""
    open_workspace(path).close()
    return path


def write_behind_parleys_back(path: Path, sql: str = BAD_COLOUR) -> None:
    conn = sqlite3.connect(path)
    conn.execute(sql)
    conn.commit()
    conn.close()


def stamps() -> dict:
    document = json.loads(checked_files.record_path().read_text())
    return {entry["path"]: entry for entry in document["files"]}


def test_reopening_a_cleanly_closed_file_skips_every_check_of_its_rows(seed_path, checks):
    closed_cleanly(seed_path)
    assert checks == ["check_rows_of_file", "check_search_indexes"]  # the first open checked it all
    checks.clear()
    workspace = open_workspace(seed_path)
    try:
        assert checks == [] and workspace.check is None
        assert workspace.parties()  # and it reads as ever
    finally:
        workspace.close()


def test_a_file_edited_by_parley_and_closed_cleanly_is_trusted_again(seed_path, checks):
    closed_cleanly(seed_path)
    workspace = open_workspace(seed_path)
    party = workspace.parties()[0]
    party.name = "Renamed in Parley"
    workspace.update(party)
    workspace.close()
    checks.clear()
    workspace = open_workspace(seed_path)
    try:
        assert checks == [] and workspace.parties()[0].name == "Renamed in Parley"
    finally:
        workspace.close()


def test_a_bad_row_written_with_raw_sqlite_after_the_close_is_refused(seed_path, checks):
    closed_cleanly(seed_path)
    write_behind_parleys_back(seed_path)
    checks.clear()
    with pytest.raises(UnusableRowsError):
        open_workspace(seed_path)
    assert "check_rows_of_file" in checks


def test_a_read_only_open_uses_the_stamp_and_checks_a_changed_file(seed_path, checks):
    closed_cleanly(seed_path)
    checks.clear()
    open_workspace(seed_path, read_only=True).close()
    assert checks == []
    write_behind_parleys_back(seed_path)
    with pytest.raises(UnusableRowsError):
        open_workspace(seed_path, read_only=True)
    assert checks == ["check_file_rows_quickly"]


def test_a_copy_of_a_stamped_file_at_another_path_is_checked(seed_path, tmp_path, checks):
    closed_cleanly(seed_path)
    copy = tmp_path / "copy.parley"
    shutil.copy2(seed_path, copy)  # same bytes, same mtime
    checks.clear()
    open_workspace(copy).close()
    assert "check_rows_of_file" in checks


def test_a_file_replaced_at_its_path_by_a_copy_with_the_same_bytes_and_mtime_is_checked(seed_path, tmp_path,
                                                                                      checks):
    """A restore from a backup, or a sync client putting a file back: another inode."""
    closed_cleanly(seed_path)
    copy = tmp_path / "restored.parley"
    shutil.copy2(seed_path, copy)
    os.replace(copy, seed_path)
    checks.clear()
    open_workspace(seed_path).close()
    assert "check_rows_of_file" in checks


def test_a_stamps_mtime_is_one_no_later_write_can_give_the_file(seed_path):
    """A write landing in the same tick of the file system's clock as the close would otherwise
    give the file back the very mtime its stamp holds: the stamp's mtime is set just before it."""
    workspace = open_workspace(seed_path)
    party = workspace.parties()[0]
    party.name = "Written just now"
    workspace.update(party)
    workspace.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    written = os.stat(seed_path).st_mtime_ns  # the mtime the last write gave the file
    workspace.close()
    stamp = stamps()[str(seed_path.resolve())]
    assert stamp["mtime_ns"] < written
    assert os.stat(seed_path).st_mtime_ns == stamp["mtime_ns"]


def test_reopening_and_closing_an_unchanged_file_leaves_its_mtime_alone(seed_path):
    """The mtime is set back once, after a write; not at every close, which would walk it into the past."""
    closed_cleanly(seed_path)
    settled = os.stat(seed_path).st_mtime_ns
    closed_cleanly(seed_path)
    closed_cleanly(seed_path)
    assert os.stat(seed_path).st_mtime_ns == settled == stamps()[str(seed_path.resolve())]["mtime_ns"]


def test_a_bad_row_written_by_another_connection_while_parley_had_the_file_open_is_checked(seed_path, checks):
    """Parley's close folds that write into the file: it must not vouch for it."""
    workspace = open_workspace(seed_path)
    write_behind_parleys_back(seed_path)
    workspace.close()
    checks.clear()
    with pytest.raises(UnusableRowsError):
        open_workspace(seed_path)


def test_a_file_parley_crashed_on_is_checked_in_full(seed_path, checks):
    closed_cleanly(seed_path)
    child = subprocess.Popen([sys.executable, "-m", "tests.crash_child", str(seed_path)], cwd=ROOT,
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "ready"
        for _ in range(3):
            assert child.stdout.readline().startswith("ok ")
    finally:
        child.kill()  # SIGKILL on POSIX: no clean close
        child.wait()
        child.stdout.close()
    checks.clear()
    open_workspace(seed_path).close()
    assert "check_rows_of_file" in checks


def test_a_damaged_record_is_ignored_in_one_line_and_rewritten(seed_path, checks, capsys):
    closed_cleanly(seed_path)
    checked_files.record_path().write_bytes(b'{"format": "parley-checked-files", "version": 1, "files": [{"pa')
    checks.clear()
    open_workspace(seed_path).close()
    assert "check_rows_of_file" in checks
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err and "checked-files.json" in err
    checks.clear()
    open_workspace(seed_path).close()  # the close rewrote the record
    assert checks == []


@pytest.mark.parametrize("record", [
    b"\xff\xfe not even text",
    b'{"format": "someone-elses", "version": 1, "files": []}',
    b'{"format": "parley-checked-files", "version": 1, "files": [{"path": 1}]}',
    b"[" * 100_000,
])
def test_a_foreign_or_damaged_record_is_never_trusted_nor_a_traceback(seed_path, checks, capsys, record):
    closed_cleanly(seed_path)
    checked_files.record_path().write_bytes(record)
    checks.clear()
    open_workspace(seed_path, read_only=True).close()
    assert "check_file_rows_quickly" in checks
    assert "Traceback" not in capsys.readouterr().err


def test_the_record_lives_in_the_data_directory(seed_path):
    closed_cleanly(seed_path)
    record = Path(os.environ["PARLEY_DATA_DIR"]) / "checked-files.json"
    assert record == checked_files.record_path()
    assert str(seed_path.resolve()) in stamps()


def test_the_record_keeps_the_most_recent_files_only(tmp_path, monkeypatch):
    monkeypatch.setattr(checked_files, "KEEP", 3)
    paths = [tmp_path / f"w{n}.parley" for n in range(5)]
    for path in paths:
        closed_cleanly(path)
    assert list(stamps()) == [str(p.resolve()) for p in paths[2:]]


def test_a_stamp_does_not_let_a_newer_schema_through(seed_path):
    """Even a stamp that matches (here forged) skips only the row checks: the version is still read."""
    closed_cleanly(seed_path)
    write_behind_parleys_back(seed_path, "PRAGMA user_version = 999")
    checked_files.record_checked(seed_path)
    with pytest.raises(NewerWorkspaceError):
        open_workspace(seed_path)


@pytest.fixture
def checked_in_background(monkeypatch, seed_path):
    """Every file counts as large: opening it for writing leaves the full check to a child process."""
    closed_cleanly(seed_path)  # in WAL mode, and stamped
    os.utime(seed_path)  # touched: the stamp no longer matches
    monkeypatch.setattr(file_checks, "FULL_CHECK_BYTES", 0)
    return seed_path


def test_a_file_closed_while_its_background_check_runs_gets_no_stamp(checked_in_background, checks):
    workspace = open_workspace(checked_in_background)
    assert workspace.check is not None and not workspace.check.done
    workspace.close()
    assert str(checked_in_background.resolve()) not in stamps()  # the old one is gone too
    checks.clear()
    open_workspace(checked_in_background, read_only=True).close()
    assert checks == ["check_file_rows_quickly"]


def test_a_file_whose_background_check_passed_is_stamped(checked_in_background, checks):
    workspace = open_workspace(checked_in_background)
    workspace.check.wait()
    workspace.close()
    checks.clear()
    workspace = open_workspace(checked_in_background)
    assert checks == [] and workspace.check is None
    workspace.close()


def test_a_file_whose_background_check_failed_gets_no_stamp(checked_in_background):
    workspace = open_workspace(checked_in_background)
    workspace.check.wait()
    workspace.check.error = file_checks.DamagedWorkspaceError("the full check found a fault")
    workspace.close()
    assert str(checked_in_background.resolve()) not in stamps()


def test_a_stamp_of_a_file_changed_in_the_same_second_with_its_mtime_put_back_is_still_refused(seed_path):
    """A tool that sets the mtime back still moves the status-change time (POSIX only: on Windows
    ``st_ctime`` is the creation time, so there this test would fail; CI is Linux)."""
    closed_cleanly(seed_path)
    kept = stamps()[str(seed_path.resolve())]
    before = os.stat(seed_path)
    time.sleep(0.01)  # the status-change time moves on by at least a tick of the file system's clock
    write_behind_parleys_back(seed_path)
    os.utime(seed_path, ns=(before.st_atime_ns, before.st_mtime_ns))
    now = checked_files.stamp_of(seed_path, kept["rules"])
    assert (now.size, now.mtime_ns, now.inode, now.pages) == (kept["size"], kept["mtime_ns"], kept["inode"],
                                                              kept["pages"])  # all but ctime_ns alike
    with pytest.raises(UnusableRowsError):
        open_workspace(seed_path)
