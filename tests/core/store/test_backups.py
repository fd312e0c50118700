"""Backups belong to one workspace, found by its real path (issue 9, finding 8).

Two workspaces with one file name never rotate away each other's backups, and
restore never offers one the other's. The backups folder is private, and a
symlink in it is never followed.
"""

import os
import shutil
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from core.store import backups
from core.store.paths import data_dir
from core.interchange.seed import write_seed_workspace
from core.store.workspace import open_workspace

ROOT = Path(__file__).resolve().parents[3]


def parley(*args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "gui.app", *args], cwd=ROOT, capture_output=True, text=True,
                          env=env, timeout=120)


def positions(path):
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM positions").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def two_talks(tmp_path):
    """a/talks.parley (the seed) and b/talks.parley (another negotiation, 5 positions fewer): one name, two workspaces."""
    a, b = tmp_path / "a" / "talks.parley", tmp_path / "b" / "talks.parley"
    for path in (a, b):
        path.parent.mkdir()
        write_seed_workspace(path)
    conn = sqlite3.connect(b)
    conn.execute("PRAGMA foreign_keys = ON")  # the evidence for deleted positions goes with them
    conn.execute("DELETE FROM positions WHERE rowid IN (SELECT rowid FROM positions LIMIT 5)")
    conn.execute("UPDATE negotiation SET id = ?", [str(uuid.uuid4())])  # ids are UUIDs, as every row's
    conn.commit()
    conn.close()
    return a, b


def test_same_named_workspaces_never_rotate_or_restore_each_others_backups(two_talks):
    a, b = two_talks
    ws_b = open_workspace(b)
    only_b = backups.backup(ws_b, "manual")
    ws_b.close()
    ws_a = open_workspace(a)
    for _ in range(backups.KEEP + 2):
        backups.backup(ws_a, "manual")
    ws_a.close()
    assert only_b.exists(), "a's backups rotated away b's only backup"
    assert backups.backups_of(b) == [only_b]
    assert len(backups.backups_of(a)) == backups.KEEP and only_b not in backups.backups_of(a)
    assert backups.newest_good_backup(b) == only_b
    listed = parley("restore", "--list", "--workspace", str(b))
    assert listed.returncode == 0 and listed.stdout.count("\n") == 1 and only_b.name in listed.stdout
    restored = parley("restore", "--workspace", str(b))
    assert restored.returncode == 0, restored.stderr
    assert positions(b) == 14  # its own backup, not a's 19 positions


def test_old_style_backups_are_still_listed_for_their_own_workspace(two_talks):
    a, b = two_talks
    folder = backups.backup_dir()
    old_a = folder / "talks.20250101-120000-000000.manual.parley"
    shutil.copyfile(a, old_a)
    assert backups.backups_of(a) == [old_a]
    assert backups.backups_of(b) == []  # another negotiation: not its backup


def test_the_backups_folder_is_tightened_to_0700(seed_ws):
    folder = data_dir() / "backups"
    folder.mkdir(mode=0o777)
    folder.chmod(0o777)
    backups.backup(seed_ws, "manual")
    assert folder.stat().st_mode & 0o777 == 0o700


def test_a_symlink_in_the_backups_folder_is_never_followed(seed_ws, tmp_path):
    folder = backups.backup_dir()
    elsewhere = tmp_path / "elsewhere.parley"
    write_seed_workspace(elsewhere)
    made = backups.backup(seed_ws, "manual")
    planted = folder / (made.name[: -len(".parley")] + "9.parley")
    planted.symlink_to(elsewhere)
    assert planted not in backups.backups_of(seed_ws.path)
    path = seed_ws.path
    seed_ws.close()
    before = elsewhere.read_bytes()
    with pytest.raises(backups.BackupError, match="symbolic link"):
        backups.restore(planted, path)
    assert elsewhere.read_bytes() == before


def test_a_symlinked_backups_folder_is_refused(seed_ws, tmp_path):
    target = tmp_path / "somewhere-public"
    target.mkdir()
    (data_dir() / "backups").symlink_to(target)
    with pytest.raises(backups.BackupError, match="symbolic link"):
        backups.backup(seed_ws, "manual")
    assert list(target.iterdir()) == []
