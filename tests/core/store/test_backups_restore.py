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

from core.store import backups
from core.store.workspace import open_workspace

ROOT = Path(__file__).resolve().parents[3]


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


def kill_when(child: subprocess.Popen, folder: Path, looked_for: str | None, after: float,
              gone: bool = False) -> None:
    """SIGKILL ``child`` ``after`` seconds once a file whose name contains ``looked_for`` shows in ``folder``
    (or, with ``gone``, has shown and gone again; at once if None): the moments follow the restore's own
    progress, not the machine's speed."""
    deadline = time.monotonic() + 60
    seen = False
    while looked_for and child.poll() is None and time.monotonic() < deadline:
        there = any(looked_for in p.name for p in folder.iterdir())
        if there and not gone or seen and not there:
            break
        seen = seen or there
        time.sleep(0.001)
    time.sleep(after)
    child.send_signal(signal.SIGKILL)
    child.wait()


def test_a_restore_killed_at_any_moment_leaves_no_litter_and_a_whole_workspace(tmp_path):
    """Kill ``parley restore`` while it starts, while it backs up the current file, while it writes the
    copy beside the workspace, and around the rename. The next run finds no temporary file, and the
    workspace is either as it was or the backup, whole."""
    from tests.generate_workspace import generate

    big = tmp_path / "big" / "talks.parley"
    big.parent.mkdir()
    generate(big, issues=300, rounds=10)  # 12,000 positions: each copy takes a moment to write
    saved = tmp_path / "saved.parley"  # outside backups/, where rotation would remove it after 20 restores
    os.replace(backups.backup_file(big, "manual"), saved)
    folder = backups.backup_dir()
    old_title, new_title = "before the restore", title(big)
    moments = [(big.parent, None, 0.3), (folder, "before-restore.parley.", 0.0),
               (folder, "before-restore.parley.", 0.03), (big.parent, ".partial", 0.0),
               (big.parent, ".partial", 0.02), (big.parent, ".partial", 0.05),
               (big.parent, ".partial", 0.1), (big.parent, ".partial", 0.2), (big.parent, ".partial", 0.3)]
    renamed = [(big.parent, ".partial", 0.0, True), (big.parent, ".partial", 0.01, True)]  # just after the rename
    outcomes = []
    for where, looked_for, after, *gone in (moments + renamed) * int(os.environ.get("PARLEY_RESTORE_ROUNDS", "1")):
        retitle(big, old_title)
        child = subprocess.Popen([sys.executable, "-m", "gui.app", "restore", str(saved), "--workspace", str(big)],
                                 cwd=ROOT, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        kill_when(child, where, looked_for, after, *gone)
        moment = (looked_for, after, *gone)
        open_workspace(big).close()  # the next run: takes the lock and sweeps the folder
        backups.backup_dir()  # and the backups folder is swept when next used
        assert leftovers(big.parent, {big.name, f".{big.name}.lock"}) == [], moment
        assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == [], moment
        conn = sqlite3.connect(big)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", moment
        conn.close()
        outcomes.append(title(big))
        assert outcomes[-1] in (old_title, new_title), moment
        if gone:
            assert outcomes[-1] == new_title, moment  # killed after the rename: restored, whole
