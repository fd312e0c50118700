"""Restore puts the backup in the real file, under its lock, whole or not at all
(issue 9, findings 7 and 13)."""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core import backups
from core.store import LockedWorkspaceError, open_workspace

ROOT = Path(__file__).resolve().parents[2]


def parley(*args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "gui.app", *args], cwd=ROOT, capture_output=True, text=True,
                          env=env, timeout=120)


def title(path):
    """The name of the workspace's first issue: what the tests change and look for."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT name FROM issues ORDER BY rowid LIMIT 1").fetchone()[0]
    finally:
        conn.close()


def retitle(path, text):
    conn = sqlite3.connect(path)
    conn.execute("UPDATE issues SET name = ? WHERE rowid = (SELECT min(rowid) FROM issues)", [text])
    conn.commit()
    conn.close()


def test_restore_through_a_symlink_restores_the_real_file_and_keeps_the_link(seed_path, tmp_path):
    saved = backups.backup_file(seed_path, "manual")
    original = title(seed_path)
    retitle(seed_path, "Edited after the backup")
    link = tmp_path / "elsewhere" / "talks.parley"
    link.parent.mkdir()
    link.symlink_to(seed_path)
    done = parley("restore", str(saved), "--workspace", str(link))
    assert done.returncode == 0, done.stderr
    assert link.is_symlink() and link.resolve() == seed_path
    assert title(seed_path) == original
    assert saved in backups.backups_of(link)  # the link finds the real file's backups


def test_restore_under_an_open_window_is_refused_through_a_symlink(seed_path, tmp_path):
    saved = backups.backup_file(seed_path, "manual")
    link = tmp_path / "talks.parley"
    link.symlink_to(seed_path)
    window = open_workspace(seed_path)
    try:
        before = seed_path.read_bytes()
        refused = parley("restore", str(saved), "--workspace", str(link))
        assert refused.returncode == 1 and "open in another Parley" in refused.stderr, refused.stderr
        with pytest.raises(OSError, match="open in another Parley"):
            backups.restore(saved, link)
        assert seed_path.read_bytes() == before
    finally:
        window.close()
    through_link = open_workspace(link)
    try:
        with pytest.raises(OSError, match="open in another Parley"):
            backups.restore(saved, seed_path)
    finally:
        through_link.close()


def leftovers(folder: Path, keep: set[str]) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


def test_a_restore_killed_at_any_moment_leaves_no_litter_and_a_whole_workspace(seed_path, tmp_path):
    """Kill ``parley restore`` at spread-out moments; the next run finds no temporary file, and the
    workspace is either as it was or the backup, whole."""
    from tests.generate_workspace import generate

    big = tmp_path / "big" / "talks.parley"
    big.parent.mkdir()
    generate(big, issues=300, rounds=10)  # 12,000 positions: a copy takes a moment to write
    saved = backups.backup_file(big, "manual")
    old_title, new_title = "before the restore", title(big)
    kills = int(os.environ.get("PARLEY_RESTORE_KILLS", "10"))
    for attempt in range(kills):
        retitle(big, old_title)
        child = subprocess.Popen([sys.executable, "-m", "gui.app", "restore", str(saved), "--workspace", str(big)],
                                 cwd=ROOT, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(0.2 + 0.04 * attempt)  # from start-up to the rename (0.5 s here)
        child.send_signal(signal.SIGKILL)
        child.wait()
        open_workspace(big).close()  # the next run: takes the lock and sweeps the folder
        backups.backup_dir()  # and the backups folder is swept when next used
        assert leftovers(big.parent, {big.name, f".{big.name}.lock"}) == [], attempt
        assert [p.name for p in backups.backup_dir().iterdir() if p.name.startswith(".")] == [], attempt
        conn = sqlite3.connect(big)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        assert title(big) in (old_title, new_title)
