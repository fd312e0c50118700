"""Say what happened (issue 9, finding 12): a read-only folder or file is read-only,
not damaged, and exports still work; a full disk is a full disk."""

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from core.store import backups
from core.cli import main as cli
from core.store.workspace import ReadOnlyWorkspaceError, open_workspace
from tests.read_only_places import read_only

ROOT = Path(__file__).resolve().parents[3]


def sha(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def parley(*args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "gui.app", *args], cwd=ROOT, capture_output=True, text=True,
                          env=env, timeout=120)


@pytest.fixture
def talks(tmp_path):
    from core.interchange.seed import write_seed_workspace

    path = tmp_path / "shared" / "talks.parley"
    path.parent.mkdir()
    write_seed_workspace(path)
    return path


@pytest.mark.parametrize("where", ["folder", "file"])
def test_a_read_only_workspace_is_called_read_only_and_still_exports(talks, tmp_path, where):
    before = sorted(p.name for p in talks.parent.iterdir())
    with read_only(talks.parent if where == "folder" else talks):
        digest = sha(talks)
        with pytest.raises(ReadOnlyWorkspaceError) as refused:
            open_workspace(talks)
        message = str(refused.value)
        assert "read-only" in message and "damaged" not in message and talks.name in message
        for fmt in ("json", "pdf", "csv"):
            out = tmp_path / f"out.{fmt}"
            done = parley("export", "--format", fmt, "--output", str(out), "--workspace", str(talks))
            assert done.returncode == 0, done.stderr
            assert out.stat().st_size > 0
        assert len(json.loads((tmp_path / "out.json").read_text())["positions"]) == 19
        merge = parley("merge", str(tmp_path / "out.json"), "--workspace", str(talks))
        assert merge.returncode == 1 and "read-only" in merge.stderr and "damaged" not in merge.stderr
        assert merge.stderr.count("\n") == 1
        reader = open_workspace(talks, read_only=True)
        assert len(reader.positions()) == 19
        reader.close()
        assert sha(talks) == digest
    after = sorted(p.name for p in talks.parent.iterdir())
    assert after == before or where == "file"  # nothing was written beside it


def test_a_full_disk_before_a_merge_says_the_disk_is_full_and_leaves_no_journal(talks, tmp_path, monkeypatch,
                                                                                capsys):
    """SQLite's own SQLITE_FULL, from a backup file capped at a few pages, stands for a full disk."""
    other = tmp_path / "other.json"
    assert cli(["export", "--format", "json", "--output", str(other), "--workspace", str(talks)]) == 0
    digest = sha(talks)
    real_connect = sqlite3.connect

    def tiny_disk(target, *args, **kwargs):
        conn = real_connect(target, *args, **kwargs)
        if f"{os.sep}backups{os.sep}" in str(target) and "mode=ro" not in str(target):
            conn.execute("PRAGMA max_page_count = 4")
        return conn

    monkeypatch.setattr(sqlite3, "connect", tiny_disk)
    capsys.readouterr()
    assert cli(["merge", str(other), "--workspace", str(talks)]) == 1
    error = capsys.readouterr().err
    assert "is full" in error and "nothing was changed" in error and "damaged" not in error, error
    folder = backups.backup_dir()  # before undo() also undoes the test's own data folder
    monkeypatch.undo()
    assert [p.name for p in folder.iterdir()] == []  # no copy, no -journal, no temporary file
    assert sha(talks) == digest


def test_a_full_disk_raised_by_the_system_is_named_too(seed_ws, monkeypatch):
    import errno

    from core.store import atomic_files

    def no_space(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic_files, "fsync_path", no_space)
    with pytest.raises(backups.BackupError, match="is full; nothing was changed"):
        backups.backup(seed_ws, "manual")
    assert list(backups.backup_dir().iterdir()) == []
