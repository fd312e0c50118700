"""Damaged files, a second writer, backups and restore, file permissions."""

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.store import backups
from core.store.paths import data_dir
from core.store.workspace import (
    DamagedWorkspaceError,
    NewerWorkspaceError,
    NotAWorkspaceError,
    WorkspaceError,
    open_workspace,
)

ROOT = Path(__file__).resolve().parents[3]


def sha(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def parley(*args, data):
    env = dict(os.environ, PARLEY_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "gui.app", *args], cwd=ROOT, capture_output=True, text=True,
                          env=env, timeout=120)


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    from core.interchange.seed import write_seed_workspace

    path = tmp_path_factory.mktemp("pristine") / "seed.parley"
    write_seed_workspace(path)
    return path  # a path, not bytes: hypothesis prints the arguments of a failing example


@settings(max_examples=int(os.environ.get("PARLEY_FLIPS", "300")), deadline=None)
@given(offset=st.integers(min_value=0), mask=st.integers(min_value=1, max_value=255),
       truncate=st.booleans(), data=st.data())
def test_byte_flips_and_truncations_never_go_unreported(pristine, tmp_path_factory, offset, mask, truncate, data):
    path = tmp_path_factory.mktemp("damaged") / "w.parley"
    damaged = bytearray(pristine.read_bytes())
    offset %= len(damaged)
    if truncate:
        damaged = damaged[:offset]
    else:
        damaged[offset] ^= mask
    path.write_bytes(bytes(damaged))
    before = sha(path)
    try:
        ws = open_workspace(path)
    except WorkspaceError as exc:
        assert isinstance(exc, DamagedWorkspaceError | NotAWorkspaceError | NewerWorkspaceError), exc
        assert "\n" not in str(exc) and path.name in str(exc)
        assert sha(path) == before
        return
    # The quick check on open reads structure only; the verified backup made on
    # every open runs the full integrity check, so damage it finds is reported
    # there. (SQLite keeps no checksums: a flip inside a record's text can pass both.)
    try:
        assert ws.db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        try:
            backups.backup(ws, "on-open")
        except backups.BackupError as exc:
            assert "integrity check" in str(exc) and "\n" not in str(exc)
    finally:
        ws.close()


def test_backups_are_verified_private_rotated_and_restorable(seed_ws, isolated_dirs):
    first = backups.backup(seed_ws, "manual")
    assert first.parent == data_dir() / "backups" and first.stat().st_mode & 0o777 == 0o600
    assert backups.verified(first)
    for _ in range(backups.KEEP + 5):
        backups.backup(seed_ws, "manual")
    assert len(backups.backups_of(seed_ws.path)) == backups.KEEP
    assert not first.exists()
    assert (data_dir().stat().st_mode & 0o777) == 0o700
    assert (data_dir() / "backups").stat().st_mode & 0o777 == 0o700


def test_a_migration_is_preceded_by_a_backup(tmp_path, isolated_dirs):
    from sqlite_utils import Database

    from core.store import schema

    path = tmp_path / "old.parley"
    db = Database(path)
    schema.migrations.apply(db, stop_before="m002_base_hash")
    db.close()
    open_workspace(path).close()
    (found,) = backups.backups_of(path)
    assert found.name.endswith(".before-migration.parley")
    conn = sqlite3.connect(found)
    assert conn.execute("PRAGMA user_version").fetchone() == (1,)
    conn.close()


def test_restore_from_the_command_line(seed_path, tmp_path):
    data = tmp_path / "data"
    assert parley("merge", str(seed_path), "--workspace", str(seed_path), data=data).returncode == 0
    listed = parley("restore", "--list", "--workspace", str(seed_path), data=data)
    assert listed.returncode == 0 and "before-merge" in listed.stdout
    with open(seed_path, "r+b") as fh:  # damage the b-tree header of page 2
        fh.seek(4096)
        fh.write(b"\xff" * 64)
    before = sha(seed_path)
    refused = parley("restore", "--workspace", str(seed_path), data=data)
    assert refused.returncode == 1 and "--set-aside-damaged" in refused.stderr and sha(seed_path) == before
    done = parley("restore", "--workspace", str(seed_path), "--set-aside-damaged", data=data)
    assert done.returncode == 0, done.stderr
    assert Path(f"{seed_path}.damaged").read_bytes() and sha(f"{seed_path}.damaged") == before
    ws = open_workspace(seed_path)
    assert len(ws.positions()) == 19
    ws.close()
    assert parley("restore", "7", "--workspace", str(seed_path), data=data).returncode == 2


def test_new_workspaces_are_private(tmp_path):
    path = tmp_path / "w.parley"
    open_workspace(path).close()
    assert path.stat().st_mode & 0o777 == 0o600


def test_invalid_utf8_anywhere_in_the_schema_page_never_escapes(pristine, tmp_path):
    """Page 1 holds the schema's SQL text: a non-UTF-8 byte there once raised
    UnicodeDecodeError past the damage handling."""
    original = pristine.read_bytes()
    path = tmp_path / "w.parley"
    refused = opened = 0
    for offset in range(100, 4096, 7):
        data = bytearray(original)
        data[offset] = 0xE9
        path.write_bytes(bytes(data))
        before = sha(path)
        try:
            open_workspace(path).close()
            opened += 1
        except WorkspaceError as exc:
            assert "\n" not in str(exc) and sha(path) == before
            refused += 1
        for journal in (Path(f"{path}-wal"), Path(f"{path}-shm")):
            journal.unlink(missing_ok=True)
    assert refused > 0 and refused + opened == len(range(100, 4096, 7))
