"""The window's Merge and Open refuse a hostile workspace file through the same core code as the CLI."""

import hashlib
import shutil
from pathlib import Path

import pytest

from core.interchange.json_document import export_document
from tests.fixtures.make_hostile import CRASHING, HANGING, HOSTILE

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "hostile"
# The files that crashed or hung Parley go through core.interchange.received.read_other in a
# subprocess in tests/core/store/test_hostile_files.py; here a regression would take pytest down.
NAMES = [name for name in HOSTILE if name not in CRASHING + HANGING] + ["damaged_wal"]


def sha(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@pytest.mark.parametrize("name", NAMES)
def test_the_window_refuses_to_merge_or_open_a_hostile_file(seed_window, tmp_path, name):
    path = tmp_path / f"{name}.parley"
    shutil.copyfile(FIXTURES / path.name, path)
    before, mine = sha(path), export_document(seed_window.workspace)
    assert not seed_window.file_actions.merge_from(path).wait()
    title, text = seed_window.last_error
    assert title == f"{path.name} was not merged" and "\n" not in text and path.name in text
    assert not seed_window.file_actions.open_path(path)
    assert seed_window.last_error[0] == "The workspace was not opened" and "\n" not in seed_window.last_error[1]
    assert seed_window.workspace.path.name == "seed.parley"
    assert export_document(seed_window.workspace) == mine and sha(path) == before
    assert sorted(p.name for p in tmp_path.iterdir() if name in p.name) == [path.name]


def test_an_edit_to_a_large_file_that_fails_its_background_check_is_refused_in_the_window(qtbot, tmp_path,
                                                                                         monkeypatch):
    """Finding 11 in the window: the edit waits for the full check, then is reported, not written."""
    import sqlite3

    from core.store import file_checks
    from core.edits.changes import insertion
    from core.domain.records import Track
    from core.store.workspace import open_workspace
    from gui.main_window import MainWindow

    path = tmp_path / "index_out_of_step.parley"
    shutil.copyfile(FIXTURES / path.name, path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    before = sha(path)
    monkeypatch.setattr(file_checks, "FULL_CHECK_BYTES", 0)  # as if it were a large file
    window = MainWindow(open_workspace(path))
    qtbot.addWidget(window)
    try:
        assert not window.push(insertion(Track(name="Written to a damaged file")))
        assert "damaged" in window.last_error[1] and "\n" not in window.last_error[1]
    finally:
        window.close_workspace()
    assert sha(path) == before
