"""The one-writer lock is keyed to the real file (issue 9, findings 6 and 7).

A symlink at the lock's own path is never followed (nor its target
truncated), and a second writer that reaches the workspace through a symlink
is refused like one that names it directly.
"""

import hashlib
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from core.store.locking import lock_path
from core.store.workspace import LockedWorkspaceError, WorkspaceError, open_workspace

ROOT = Path(__file__).resolve().parents[3]


def sha(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def parley(*args, data):
    env = dict(os.environ, PARLEY_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "gui.app", *args], cwd=ROOT, capture_output=True, text=True,
                          env=env, timeout=120)


def test_a_symlink_planted_at_the_lock_path_is_not_followed_nor_its_target_truncated(seed_path, tmp_path):
    victim = tmp_path / "someone-elses-notes.txt"
    victim.write_text("their notes, not a process id\n")
    lock = seed_path.with_name(f".{seed_path.name}.lock")
    lock.symlink_to(victim)
    with pytest.raises(WorkspaceError) as refused:
        open_workspace(seed_path)
    message = str(refused.value)
    assert "symbolic link" in message and seed_path.name in message and "\n" not in message
    assert victim.read_text() == "their notes, not a process id\n"
    assert lock.is_symlink()


def test_the_lock_file_is_never_truncated(seed_path):
    first = open_workspace(seed_path)
    first.close()
    lock = lock_path(seed_path)
    lock.write_bytes(b"left by an older Parley")
    open_workspace(seed_path).close()
    assert lock.read_bytes() == b"left by an older Parley"


def test_a_second_writer_through_a_symlink_is_refused_naming_the_workspace(seed_path, tmp_path):
    link_folder = tmp_path / "shared"
    link_folder.mkdir()
    link = link_folder / "talks.parley"
    link.symlink_to(seed_path)
    window = open_workspace(seed_path)
    try:
        before = sha(seed_path)
        with pytest.raises(LockedWorkspaceError) as refused:
            open_workspace(link)
        assert "open in another Parley" in str(refused.value) and str(seed_path) in str(refused.value)
        merge = parley("merge", str(seed_path), "--workspace", str(link), data=tmp_path / "data")
        assert merge.returncode == 1 and "open in another Parley" in merge.stderr, merge.stderr
        assert sha(seed_path) == before
    finally:
        window.close()
    # and the other way round: a window through the link, a writer on the real path
    through_link = open_workspace(link)
    try:
        with pytest.raises(LockedWorkspaceError):
            open_workspace(seed_path)
    finally:
        through_link.close()


def test_a_second_writer_is_refused_and_a_killed_one_leaves_no_lock(seed_path, tmp_path):
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from core.store.workspace import open_workspace; "
                               "w = open_workspace(sys.argv[1]); print('open', flush=True); time.sleep(60)",
         str(seed_path)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        before = sha(seed_path)
        with pytest.raises(LockedWorkspaceError, match="seed.parley is open in another Parley"):
            open_workspace(seed_path)
        window = parley("--workspace", str(seed_path), "--screenshot", str(tmp_path / "x.png"), data=tmp_path)
        assert window.returncode == 1 and "seed.parley is open in another Parley" in window.stderr
        assert window.stderr.count("\n") == 1
        merge = parley("merge", str(seed_path), "--workspace", str(seed_path), data=tmp_path)
        assert merge.returncode == 1 and "open in another Parley" in merge.stderr
        export = parley("export", "--output", str(tmp_path / "x.pdf"), "--workspace", str(seed_path), data=tmp_path)
        assert export.returncode == 0, export.stderr  # reading needs no lock
        assert sha(seed_path) == before
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
        holder.stdout.close()
    open_workspace(seed_path).close()  # the kernel let go of the killed holder's lock
