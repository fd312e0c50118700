"""File menu: new, open, save as, recent, JSON import by drop, merge review."""

import shutil
import sqlite3

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from core.domain.records import Position
from core.interchange.json_document import write_json
from core.store.workspace import open_workspace


@pytest.fixture
def window(seed_window):
    return seed_window


def drop(window, path):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)


def test_new_open_and_recent(window, tmp_path, seed_path):
    new = tmp_path / "fresh.parley"
    assert window.file_actions.new_workspace(new)
    assert window.windowTitle() == "fresh.parley — Parley"
    assert window.model.rowCount() == 0 and window.undo_stack.count() == 0
    assert not window.file_actions.new_workspace(seed_path)
    assert "exists already" in window.last_error[1]
    assert window.file_actions.open_path(seed_path)
    assert window.windowTitle() == "seed.parley — Parley"
    assert window.file_actions.recent()[:2] == [str(seed_path), str(new)]


def test_save_as_copies_through_the_backup_api_and_carries_on_in_the_copy(window, tmp_path, seed_path):
    target = tmp_path / "copy.parley"
    assert window.file_actions.save_as(target).wait()
    assert window.workspace.path == target
    conn = sqlite3.connect(target)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert conn.execute("SELECT count(*) FROM positions").fetchone() == (19,)
    conn.close()
    assert target.stat().st_mode & 0o777 == 0o600


def test_dropping_json_imports_it_and_dropping_a_workspace_opens_it(window, tmp_path):
    exported = tmp_path / "colleague.json"
    write_json(window.workspace, exported)
    drop(window, exported)
    assert window.file_actions.task.wait()  # a dropped JSON file is imported in a worker
    assert window.workspace.path == tmp_path / "colleague.parley"
    assert len(window.snapshot.issues) == 9
    other = tmp_path / "other.parley"
    open_workspace(other).close()
    drop(window, other)
    assert window.workspace.path == other


def test_a_bad_json_file_is_refused_and_leaves_no_file(window, tmp_path, seed_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "parley-workspace", "format_version": 1, "parties": [{"id": "x"}]}')
    assert not window.file_actions.import_json(bad, tmp_path / "bad.parley").wait()
    assert window.last_error[1].startswith("$.parties[0]")
    assert not (tmp_path / "bad.parley").exists()
    assert window.workspace.path == seed_path


def test_merge_review_dialog_resolves_and_undoes(window, qtbot, tmp_path, seed_path):
    theirs_path = tmp_path / "theirs.parley"
    window.workspace.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(seed_path, theirs_path)
    theirs = open_workspace(theirs_path)
    position = theirs.positions()[0]
    position.stance = "Their wording"
    theirs.update(position)
    theirs.close()
    mine = window.workspace.get(Position, position.id)
    mine.stance = "My wording"
    window.workspace.update(mine)
    window.reload()
    task = window.file_actions.merge_from(theirs_path)
    assert task.wait()
    dialog = task.result
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert "Their wording" in dialog.table.item(0, 2).text() and "My wording" in dialog.table.item(0, 1).text()
    dialog.choose_all("theirs")
    assert dialog.accept().wait()  # the backup runs in a worker, then the merge is applied
    conn = sqlite3.connect(seed_path)
    assert conn.execute("SELECT stance FROM positions WHERE id = ?", [position.id]).fetchone() == ("Their wording",)
    window.undo_action.trigger()
    assert conn.execute("SELECT stance FROM positions WHERE id = ?", [position.id]).fetchone() == ("My wording",)
    conn.close()
