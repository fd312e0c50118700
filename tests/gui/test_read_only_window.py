"""A workspace in a read-only folder opens read-only in the window, says so, and
still exports (issue 9, finding 12)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from core.edits.changes import modification
from core.domain.records import Position
from tests.read_only_places import read_only

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def talks(tmp_path):
    from core.interchange.seed import write_seed_workspace

    path = tmp_path / "shared" / "talks.parley"
    path.parent.mkdir()
    write_seed_workspace(path)
    return path


def test_a_read_only_workspace_opens_with_a_banner_edits_off_and_exports_on(seed_window, talks, seed_path, tmp_path):
    window = seed_window
    with read_only(talks.parent):
        assert window.file_actions.open_path(talks), window.last_error
        assert window.workspace.read_only and "read-only" in window.windowTitle()
        banner = window.findChild(QLabel, "readOnlyBanner")
        assert banner is not None and banner.isVisible()
        assert "read-only" in banner.text() and str(talks.parent) in banner.text()
        for name in ("editCell", "deleteCell", "mergeWorkspace", "restoreBackup", "manageParties"):
            assert not window.findChild(type(window.edit_action), name).isEnabled(), name
        position = window.workspace.positions()[0]
        edited = Position(**{**position.to_row(), "stance": "An edit that cannot be saved"})
        assert not window.push(modification(position, edited))
        assert "read-only" in window.last_error[1]
        assert window.file_actions.export_json(tmp_path / "out.json").wait()
        assert len(json.loads((tmp_path / "out.json").read_text())["positions"]) == 19
        assert window.file_actions.export_csv(tmp_path / "out.csv").wait()
    assert window.file_actions.open_path(seed_path)
    assert not banner.isVisible() and window.edit_action.isEnabled() and "read-only" not in window.windowTitle()


def test_the_window_starts_on_a_read_only_workspace(talks, tmp_path):
    shot = tmp_path / "shot.png"
    with read_only(talks.parent):
        done = subprocess.run([sys.executable, "-m", "gui.app", "--workspace", str(talks), "--screenshot", str(shot)],
                              cwd=ROOT, capture_output=True, text=True, timeout=120,
                              env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0, done.stderr
    assert shot.stat().st_size > 0



def test_every_editing_action_named_for_read_only_exists(seed_window):
    """A renamed action would silently stay enabled on a read-only workspace."""
    from gui.read_only import EDITING_ACTIONS

    found = {action.objectName() for action in seed_window.actions_by_name(EDITING_ACTIONS)}
    assert found == set(EDITING_ACTIONS)
