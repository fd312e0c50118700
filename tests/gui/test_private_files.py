"""Settings and screenshots are private to their owner (issue 9, finding 15); dialogs hold to the text limits (16)."""

import os
import stat
import subprocess
import sys
from pathlib import Path

from core.domain.validation import STANCE_LIMIT

ROOT = Path(__file__).resolve().parents[2]


def mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


def test_settings_live_in_the_data_directory_and_are_private(seed_window, isolated_dirs):
    from gui.window_settings import app_settings, save_window

    os.umask(0o022)
    save_window(seed_window)
    path = Path(app_settings().fileName())
    assert path.is_relative_to(Path(os.environ["PARLEY_DATA_DIR"])), path
    assert path.exists() and mode(path) == 0o600


def test_a_screenshot_is_private(tmp_path):
    target = tmp_path / "shot.png"
    result = subprocess.run([sys.executable, "-m", "gui.app", "--screenshot", str(target)], cwd=ROOT,
                            capture_output=True, text=True, timeout=120, env=dict(os.environ),
                            preexec_fn=lambda: os.umask(0o022))
    assert result.returncode == 0, result.stderr
    assert mode(target) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["shot.png"]


def test_the_position_dialog_refuses_an_over_long_stance(seed_window, seed_path):
    import sqlite3

    from PySide6.QtCore import Qt

    window = seed_window
    model = window.model
    row = model.row_for_issue(window.snapshot.issues[0].id)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    window.table.setCurrentIndex(model.index(row, headers.index("Russia")))
    before = sqlite3.connect(seed_path).execute("SELECT * FROM positions ORDER BY id").fetchall()
    dialog = window.editing.edit_dialog()
    dialog.form.editors["stance"].setText("x" * (STANCE_LIMIT + 1))
    dialog.accept()
    assert f"{STANCE_LIMIT:,}" in dialog.problems.text() and dialog.result() == 0
    assert sqlite3.connect(seed_path).execute("SELECT * FROM positions ORDER BY id").fetchall() == before
