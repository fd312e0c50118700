"""Backups while the window is open, and restoring one from the File menu."""

import sqlite3

import pytest

from core.store import backups
from core.domain.records import Position


@pytest.fixture
def window(seed_window):
    return seed_window


def test_a_verified_backup_is_made_on_open(window, qtbot, seed_path):
    window.backups.start("on-open")
    qtbot.waitUntil(lambda: len(backups.backups_of(seed_path)) == 1, timeout=10000)
    (made,) = backups.backups_of(seed_path)
    assert made.name.endswith(".on-open.parley") and backups.verified(made)
    assert made.stat().st_mode & 0o777 == 0o600


def test_restore_dialog_puts_a_backup_back(window, qtbot, seed_path):
    saved = backups.backup(window.workspace, "manual")
    position = window.workspace.positions()[0]
    edited = Position(**{**position.to_row(), "stance": "Edited after the backup"})
    from core.edits.changes import modification

    window.push(modification(position, edited))
    dialog = window.file_actions.restore_dialog()
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and dialog.list.item(0).text().endswith("KiB)")
    dialog.accept()
    assert window.file_actions.task.wait()  # the restore runs in a worker
    conn = sqlite3.connect(seed_path)
    assert conn.execute("SELECT stance FROM positions WHERE id = ?", [position.id]).fetchone() == (position.stance,)
    conn.close()
    assert window.undo_stack.count() == 0 and window.workspace.path == seed_path
    before_restore = [p for p in backups.backups_of(seed_path) if p.name.endswith(".before-restore.parley")]
    assert len(before_restore) == 1 and saved.exists()
    kept = sqlite3.connect(before_restore[0])
    assert kept.execute("SELECT stance FROM positions WHERE id = ?", [position.id]).fetchone() == (
        "Edited after the backup",)
    kept.close()


def test_a_symlinked_backups_folder_is_reported_not_raised_in_the_window(window, tmp_path):
    from core.store.paths import data_dir

    target = tmp_path / "somewhere-public"
    target.mkdir()
    (data_dir() / "backups").symlink_to(target)
    assert window.file_actions.restore_dialog() is None
    assert "symbolic link" in window.last_error[1]
